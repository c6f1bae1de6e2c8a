"""The report's fonts parsed once per machine (report/font_cache.py): a font read from the
cache is the font reportlab parses, and a damaged cache only means parsing again."""

from __future__ import annotations

import pickle

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from partnercheck.report.font_cache import load_font
from partnercheck.resources import font_dir

FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallback-subset.ttf"]


def _same(cached: TTFont, parsed: TTFont) -> None:
    assert cached.face.glyphToChar == parsed.face.glyphToChar  # read from the cache only when asked for
    assert set(vars(cached)) == set(vars(parsed)), "the font has what reportlab's own would have"
    assert (cached.fontName, cached.shapable, cached._asciiReadable) == (parsed.fontName, parsed.shapable, parsed._asciiReadable)
    ours, theirs = vars(cached.face), vars(parsed.face)
    assert set(ours) == set(theirs)
    for name, value in theirs.items():
        if name != "_pdfScale":
            assert ours[name] == value, name
    assert cached.face._pdfScale(123) == parsed.face._pdfScale(123)
    assert cached.stringWidth("Gemeente 扬州", 10) == parsed.stringWidth("Gemeente 扬州", 10)


@pytest.mark.parametrize("file", FILES)
def test_a_font_from_the_cache_is_the_font_reportlab_parses(file, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PARTNERCHECK_CACHE_DIR", str(tmp_path))
    path = font_dir() / file
    first = load_font("F", path)  # parses and keeps
    assert len(list(tmp_path.glob("font-*.pickle"))) == 1
    parsed = TTFont("F", str(path))
    _same(first, parsed)
    _same(load_font("F", path), parsed)  # from the cache


def test_a_cache_file_of_an_earlier_format_means_parsing_again(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PARTNERCHECK_CACHE_DIR", str(tmp_path))
    path = font_dir() / "DejaVuSans.ttf"
    load_font("F", path)
    (kept,) = tmp_path.glob("font-*.pickle")
    small, tables, _ = pickle.loads(kept.read_bytes())
    kept.write_bytes(pickle.dumps((small, tables)))  # as earlier versions kept it: every table read at once
    _same(load_font("F", path), TTFont("F", str(path)))
    assert len(pickle.loads(kept.read_bytes())) == 3, "written again in the present format"


def test_each_font_keeps_its_own_cache_file(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PARTNERCHECK_CACHE_DIR", str(tmp_path))
    for file in FILES:
        load_font("F", font_dir() / file)
    assert len(list(tmp_path.glob("font-*.pickle"))) == 3, "DejaVuSans-Bold's file does not replace DejaVuSans's"


def test_a_damaged_cache_file_means_parsing_again(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PARTNERCHECK_CACHE_DIR", str(tmp_path))
    path = font_dir() / "DejaVuSans.ttf"
    load_font("F", path)
    (kept,) = tmp_path.glob("font-*.pickle")
    kept.write_bytes(kept.read_bytes()[:1000])
    _same(load_font("F", path), TTFont("F", str(path)))
    assert kept.stat().st_size > 1000, "written again whole"


def test_an_unwritable_cache_folder_still_gives_the_font(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("PARTNERCHECK_CACHE_DIR", str(blocker / "cache"))
    path = font_dir() / "DejaVuSans.ttf"
    _same(load_font("F", path), TTFont("F", str(path)))
