"""The report's fonts: text split into runs per font, Dutch and Chinese covered by the shipped
files, markup escaped. No Qt is involved."""

from __future__ import annotations

import pytest
from report_helpers import (
    SHIPPED_IN_FULL_RUN,
    checklist_for,
    make_assessment,
)

from partnercheck.domain.checklist import Checklist
from partnercheck.report import fonts, render_report
from partnercheck.resources import font_dir


@pytest.fixture(params=["shipped", "synthetic"])
def checklist(request) -> Checklist:  # type: ignore[no-untyped-def]
    return checklist_for(request.param)


# -- the font runs --------------------------------------------------------------------------


def _fake_font(char: str) -> str | None:
    if char.isspace():
        return None
    return "cjk" if "\u4e00" <= char <= "\u9fff" else "latin"


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("", []),
        ("Breda", [("latin", "Breda")]),
        ("扬州 Yangzhou", [("cjk", "扬州 "), ("latin", "Yangzhou")]),
        ("  扬州", [("cjk", "  扬州")]),
        ("a 中文 b", [("latin", "a "), ("cjk", "中文 "), ("latin", "b")]),
        ("x\n中\ny", [("latin", "x\n"), ("cjk", "中\n"), ("latin", "y")]),
    ],
)
def test_split_runs_groups_characters_by_font(text, runs):
    result = fonts.split_runs(text, _fake_font)
    assert result == runs
    assert "".join(run for _, run in result) == text


def test_split_runs_of_only_whitespace_is_one_run_in_the_main_font():
    assert fonts.split_runs("  \n ", _fake_font) == [(fonts.REGULAR, "  \n ")]


def test_shipped_fonts_cover_dutch_and_chinese():
    for char in "Aéëĳ€–“":
        assert fonts.font_for(char) == fonts.REGULAR, char
    for char in "扬州中文":
        assert fonts.font_for(char) == fonts.FALLBACK, char
    assert fonts.font_for(" ") is None


def test_markup_escapes_and_sets_chinese_in_the_fallback_font():
    assert fonts.markup("<b> & </b>") == "&lt;b&gt; &amp; &lt;/b&gt;"
    assert fonts.markup("a\nb") == "a<br/>b"
    assert fonts.markup("ĳ 中文") == f'ĳ <font name="{fonts.FALLBACK}">中文</font>'
    assert fonts.markup("bell\x07 and\r\nline") == "bell and<br/>line"


@SHIPPED_IN_FULL_RUN
def test_fonts_are_the_shipped_files(checklist):
    render_report(make_assessment(checklist), checklist, "nl")
    from reportlab.pdfbase import pdfmetrics

    for name in (fonts.REGULAR, fonts.BOLD, fonts.FALLBACK):
        path = pdfmetrics.getFont(name).face.filename
        assert str(path).startswith(str(font_dir())), path


# -- content --------------------------------------------------------------------------------
