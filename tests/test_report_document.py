"""The report as a document: page footers, the outline and metadata, the same bytes for the
same assessment (in threads too), long fields over pages, progress, refusals, the content
hash, a light import, the appendix of changes since the previous assessment. No Qt is involved."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest
from report_helpers import (
    ACTIONS,
    CREATED,
    LANGS,
    SHIPPED_IN_FULL_RUN,
    checklist_for,
    flat,
    full_report,
    make_assessment,
    render,
    riskiest,
    synthetic_checklist,
)

from partnercheck.domain.assessment import (
    Action,
    Answer,
    AssessmentState,
)
from partnercheck.domain.checklist import Checklist
from partnercheck.report import content_hash, render_report
from partnercheck.report.texts import label


@pytest.fixture(params=["shipped", "synthetic"])
def checklist(request) -> Checklist:  # type: ignore[no-untyped-def]
    return checklist_for(request.param)


@pytest.mark.parametrize("lang", LANGS)
def test_footer_numbers_every_page_and_names_version_and_fingerprint(checklist, lang):
    assessment, pdf = full_report(checklist, lang)
    total = len(pdf.pages)
    word = {"nl": "Pagina {} van {}", "en": "Page {} of {}"}[lang]
    fingerprint = content_hash(assessment)
    for number, page in enumerate(pdf.pages, 1):
        assert word.format(number, total) in page, (number, page[:200])
        assert checklist.version in page
        assert fingerprint in page


@pytest.mark.parametrize("lang", LANGS)
def test_outline_has_an_entry_per_theme_and_metadata_is_set(checklist, lang):
    _, pdf = full_report(checklist, lang)
    titles = pdf.outline_titles()
    for n, theme in enumerate(checklist.themes, 1):
        assert f"{n}. {theme.title.get(lang)}" in titles
    for key in ("Summary and advice", "Action plan", "Sources", "Sign-off"):
        assert label(lang, key) in titles
    meta = pdf.reader.metadata
    assert "Gemeente Ĳsselstein & Co" in meta.title and "扬州 Yangzhou" in meta.title
    assert meta.author == "A. de Vries <IZ>"
    assert checklist.version in meta.subject
    assert pdf.reader.trailer["/Root"]["/Lang"] == lang


@SHIPPED_IN_FULL_RUN
def test_same_assessment_gives_the_same_bytes(checklist):
    assessment, pdf = full_report(checklist, "nl")
    first = pdf.data
    render_report(make_assessment(checklist, skip=2, note="iets anders 中"), checklist, "en")  # no state may leak
    assert render_report(assessment, checklist, "nl") == first


def test_reports_rendered_in_worker_threads_are_the_same_as_in_sequence():
    checklist = synthetic_checklist()
    assessments = [make_assessment(checklist, skip=i) for i in range(4)]
    expected = [render_report(a, checklist, "nl") for a in assessments]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(lambda a: render_report(a, checklist, "nl"), assessments)) == expected


@SHIPPED_IN_FULL_RUN
def test_a_note_of_five_thousand_words_flows_over_pages(checklist):
    words = [f"woord{i}" for i in range(5000)]
    words[2500] = "<midden & einde>"
    long_note = " ".join(words[:2000]) + "\n\n" + " ".join(words[2000:])
    assessment = make_assessment(checklist)
    qid = checklist.questions[0].id
    assessment.answers[qid] = Answer(assessment.answers[qid].value, long_note)
    baseline = len(render(make_assessment(checklist), checklist, "nl").pages)
    pdf = render(assessment, checklist, "nl")
    assert len(pdf.pages) >= baseline + 5
    assert "woord4999" in pdf.text and "<midden & einde>" in pdf.text


def test_huge_fields_in_tables_do_not_break_the_layout():
    checklist = synthetic_checklist()
    huge = " ".join(["lange-actie"] * 1500)
    pdf = render(make_assessment(checklist, actions=[Action(huge, owner="x " * 300)], counterpart="扬州" * 200), checklist, "en")
    assert pdf.text.count("lange-actie") == 1500


def test_progress_runs_from_zero_to_done():
    checklist = synthetic_checklist()
    calls: list[tuple[int, int]] = []
    render_report(make_assessment(checklist), checklist, "nl", progress=lambda done, total: calls.append((done, total)))
    totals = {total for _, total in calls}
    assert len(totals) == 1
    total = totals.pop()
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    done = [d for d, _ in calls]
    assert done == sorted(done) and total >= len(checklist.themes) + 4


def test_wrong_checklist_or_language_is_refused():
    checklist = synthetic_checklist()
    assessment = make_assessment(checklist)
    with pytest.raises(ValueError, match="not the one the assessment was made with"):
        render_report(replace(assessment, checklist_version="9.9"), checklist)
    with pytest.raises(ValueError, match="unsupported language"):
        render_report(assessment, checklist, "de")


# -- the fingerprint ------------------------------------------------------------------------


def test_content_hash_follows_content_not_timestamps_or_workflow():
    checklist = synthetic_checklist()
    a = make_assessment(checklist, actions=ACTIONS)
    h = content_hash(a)
    assert re.fullmatch(r"[0-9a-f]{12}", h)
    same = replace(a, created=CREATED + dt.timedelta(days=3), updated=None, id=7, state=AssessmentState.FINAL, approved_by="x")
    assert content_hash(same) == h
    assert content_hash(replace(a, answers={**a.answers, "extra": Answer(None, "")})) == h  # an empty record carries nothing
    qid = checklist.questions[0].id
    assert content_hash(replace(a, answers={**a.answers, qid: Answer(a.answers[qid].value, "other note")})) != h
    assert content_hash(replace(a, actions=ACTIONS[:-1])) != h
    assert content_hash(replace(a, assessor="someone else")) != h


# -- layering -------------------------------------------------------------------------------


@pytest.mark.slow  # a process of its own
def test_importing_the_report_package_is_light_and_never_pulls_qt():
    code = (
        "import sys, partnercheck.report as r; "
        "assert 'reportlab' not in sys.modules, 'reportlab imported eagerly'; "
        "r.content_hash; "
        "import partnercheck.report.document; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- changes since the previous assessment ---------------------------------------------------


@SHIPPED_IN_FULL_RUN
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_changes_since_the_previous_assessment_appendix(checklist, lang):
    current = make_assessment(checklist, actions=ACTIONS)
    changed = checklist.questions[0]
    safest = min(changed.options, key=lambda o: o.risk)
    previous_answers = {**current.answers, changed.id: Answer(safest.value, "eerder")}
    previous = replace(current, id=41, revision=1, answers=previous_answers)
    pdf = render(current, checklist, lang, previous=previous)
    title = label(lang, "Changes since the previous assessment")
    assert title in pdf.outline_titles()
    [page] = [p for p in pdf.pages if title in p]
    assert label(lang, "Changed answers") in page
    assert flat(changed.text.get(lang))[:40] in page
    assert safest.label.get(lang) in page and riskiest(changed).label.get(lang) in page
    assert "41" in page
    # Without a previous assessment there is no appendix; with an identical one it says so.
    assert title not in full_report(checklist, lang)[1].text  # the same assessment, rendered once per module
    same = render(current, checklist, lang, previous=replace(current, id=41))
    assert (
        flat(
            label(lang, "No answers or levels have changed since assessment {id} (revision {revision}, {date}).").format(id=41, revision=1, date="X")
        ).split(" 41")[0]
        in same.text
    )
