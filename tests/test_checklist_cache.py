"""The parsed checklists kept between runs: used when current, never when anything changed."""

from __future__ import annotations

import shutil

from partnercheck.resources import checklist_dir
from partnercheck.services.checklist_cache import cache_dir, load_library


def test_a_second_run_reads_the_cache_and_gets_the_same_checklists(tmp_path):  # type: ignore[no-untyped-def]
    dirs = [checklist_dir(), tmp_path / "installed"]
    first = load_library(dirs)
    cached = list(cache_dir().glob("checklists-*.pickle"))
    assert len(cached) == 1
    second = load_library(dirs)
    assert second is not first and [c.key for c in second] == [c.key for c in first]
    assert second.active.questions == first.active.questions
    # What each question derives from its options (not compared by ==) comes back too.
    for was, now in zip(first.active.questions, second.active.questions, strict=True):
        assert (now.has_red_flag, now.highest_plain_risk) == (was.has_red_flag, was.highest_plain_risk)
        assert [now.option(o.value) for o in now.options] == list(was.options)
    assert second.active.sources == first.active.sources and second.active.themes == first.active.themes


def test_a_changed_checklist_folder_is_parsed_afresh(tmp_path):  # type: ignore[no-untyped-def]
    installed = tmp_path / "installed"
    installed.mkdir()
    load_library([checklist_dir(), installed])
    newest = max(checklist_dir().glob("*.toml"))
    text = newest.read_text(encoding="utf-8").replace('version = "', 'version = "9', 1)
    (installed / "newer.toml").write_text(text, encoding="utf-8")
    library = load_library([checklist_dir(), installed])
    assert library.active.version.startswith("9"), "the new file was read, not the old cache"
    assert len(list(cache_dir().glob("checklists-*.pickle"))) == 1, "the stale cache is gone"


def test_a_damaged_cache_is_parsed_over(tmp_path):  # type: ignore[no-untyped-def]
    dirs = [checklist_dir(), tmp_path / "installed"]
    expected = [c.key for c in load_library(dirs)]
    for cached in cache_dir().glob("checklists-*.pickle"):
        cached.write_bytes(b"\x80\x05not a pickle")
    assert [c.key for c in load_library(dirs)] == expected
    shutil.rmtree(cache_dir())
    cache_dir().write_text("a file where the folder should be", encoding="utf-8")
    assert [c.key for c in load_library(dirs)] == expected, "a cache that cannot be written is no error"
