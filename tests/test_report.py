"""The PDF advice report's content, read back with pypdf: the cover, the draft mark, the
summary, every theme, question and note as typed, the action plan and the sign-off block
(fonts: test_report_fonts.py; pages, outline, determinism: test_report_document.py).

Runs against the shipped checklist (whatever its content is today) and against a small
synthetic checklist that is sure to have red flags, several themes and more than eight
recommended measures. No Qt is involved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from report_helpers import (
    ACTIONS,
    LANGS,
    SHIPPED_IN_FULL_RUN,
    STATUS_WORDS,
    TRICKY_NOTE,
    checklist_for,
    flat,
    full_report,
    make_assessment,
    render,
    riskiest,
    synthetic_checklist,
)

from partnercheck.catalogs import catalog
from partnercheck.domain.advice import measure_text
from partnercheck.domain.assessment import (
    AssessmentState,
)
from partnercheck.domain.checklist import Checklist
from partnercheck.domain.scoring import score
from partnercheck.report.texts import label


@pytest.fixture(params=["shipped", "synthetic"])
def checklist(request) -> Checklist:  # type: ignore[no-untyped-def]
    return checklist_for(request.param)


@pytest.mark.parametrize("lang", LANGS)
def test_cover_shows_partnership_version_level_and_draft_mark(checklist, lang):
    assessment = make_assessment(checklist, skip=1)
    result = score(checklist, assessment.answers)
    pdf = render(assessment, checklist, lang)
    cover = pdf.pages[0]
    assert "Gemeente Ĳsselstein & Co" in cover
    assert "扬州 Yangzhou" in cover
    assert "A. de Vries <IZ>" in cover
    assert checklist.version in cover and checklist.id in cover
    level_word = {"nl": ("laag", "middel", "hoog"), "en": ("low", "medium", "high")}[lang][result.overall]
    assert level_word.upper() in cover
    assert label(lang, "DRAFT") in cover
    assert (
        flat(
            label(lang, "{answered} of {total} questions answered ({pct}%)").format(
                answered=result.answered, total=result.total, pct=round(100 * result.completeness)
            )
        )
        in cover
    )
    # The assessment's own date, not the day of printing.
    assert {"nl": "20 november 2026", "en": "20 November 2026"}[lang] in cover
    assert pdf.reader.metadata["/CreationDate"].startswith("D:20261120164500+01")


@SHIPPED_IN_FULL_RUN
@pytest.mark.parametrize("lang", LANGS)
def test_draft_mark_on_every_page_while_incomplete(checklist, lang):
    incomplete = replace(
        make_assessment(checklist, skip=1), state=AssessmentState.FINAL, approved_by="Burgemeester", approved_on=dt.date(2026, 12, 1)
    )
    pdf = render(incomplete, checklist, lang)
    mark = label(lang, "DRAFT")
    assert all(mark in page for page in pdf.pages)
    assert "Burgemeester" not in pdf.pages[0]  # an incomplete assessment is never shown as approved


@SHIPPED_IN_FULL_RUN
@pytest.mark.parametrize("lang", LANGS)
def test_no_draft_mark_when_complete_and_approved(checklist, lang):
    final = replace(make_assessment(checklist), state=AssessmentState.FINAL, approved_by="J. Jansen (wethouder)", approved_on=dt.date(2026, 12, 1))
    pdf = render(final, checklist, lang)
    assert label(lang, "DRAFT") not in pdf.text
    # The approval date in the report's own words, never as the database stores it.
    assert "J. Jansen (wethouder)" in pdf.pages[0] and {"nl": "1 december 2026", "en": "1 December 2026"}[lang] in pdf.pages[0]
    assert "2026-12-01" not in pdf.text
    assert "J. Jansen (wethouder)" in pdf.pages[-1]  # pre-filled in the sign-off block


@pytest.mark.parametrize("lang", LANGS)
def test_complete_but_unapproved_is_still_a_draft(checklist, lang):
    _, pdf = full_report(checklist, lang)
    assert label(lang, "DRAFT") in pdf.pages[0]
    assert (
        flat(label(lang, "This assessment is complete but has not been approved yet. Have it reviewed and approved before it goes to the board."))
        in pdf.pages[0]
    )


@SHIPPED_IN_FULL_RUN
def test_a_final_assessment_prints_its_recorded_approval(checklist):
    final = replace(
        make_assessment(checklist),
        state=AssessmentState.FINAL,
        reviewed_by="R. Reviewer",
        approved_by="B. Baas",
        approved_on=dt.date(2026, 12, 3),
    )
    pdf = render(final, checklist, "nl")
    assert "CONCEPT" not in pdf.text
    assert "B. Baas" in pdf.pages[0] and "3 december 2026" in pdf.pages[0]
    assert "R. Reviewer" in pdf.pages[-1]


@pytest.mark.parametrize("lang", LANGS)
def test_summary_lists_red_flags_with_the_chosen_answer(checklist, lang):
    assessment, pdf = full_report(checklist, lang)
    result = score(checklist, assessment.answers)
    summary = pdf.pages[1]
    assert label(lang, "Summary and advice") in summary
    if checklist.id == "synthetic":
        assert len(result.red_flags) == 3
    for qid in result.red_flags:
        question = checklist.question(qid)
        assert flat(question.text.get(lang)) in summary
        assert riskiest(question).label.get(lang) in summary
    if not result.red_flags:
        assert label(lang, "Red flags") not in summary, "no heading for red flags there are none of"


@pytest.mark.parametrize("lang", LANGS)
def test_summary_caps_the_key_measures_and_refers_to_the_rest(lang):
    checklist = synthetic_checklist()
    summary = render(make_assessment(checklist), checklist, lang).pages[1]
    assert label(lang, "Key measures") in summary
    assert (
        flat(
            catalog(lang)
            .ngettext(
                "{n} more measure is listed under “Findings per theme”, with the theme {themes}.",
                "{n} more measures are listed with their themes under “Findings per theme”: {themes}.",
                2,
            )
            .format(n=3, themes="")
        )[:30]
        in summary
    )
    assert "8." in summary and "9." not in summary


@pytest.mark.parametrize("lang", LANGS)
def test_every_theme_question_note_and_guidance_is_printed(checklist, lang):
    assessment, pdf = full_report(checklist, lang)
    for n, theme in enumerate(checklist.themes, 1):
        assert flat(f"{n}. {theme.title.get(lang)}") in pdf.body
        for question in theme.questions:
            assert flat(question.text.get(lang)) in pdf.body
            assert flat(f"{TRICKY_NOTE} [{question.id}]") in pdf.body
            guidance = flat(question.guidance.get(lang))
            if guidance and riskiest(question).risk >= 1:
                assert guidance.split(". ")[0] in pdf.body
    for rec in score(checklist, assessment.answers).recommendations:
        assert flat(measure_text(rec, assessment.partnership, lang)) in pdf.body


@pytest.mark.parametrize("lang", LANGS)
def test_user_text_prints_exactly_as_typed(checklist, lang):
    _, pdf = full_report(checklist, lang)
    for literal in ("<b>dit</b>", "&", "<script>alert('x')</script>", "100% > 50%", "ĳsbaan", "扬州 中文", "Ĳsselstein & Co", "<IZ>"):
        assert literal in pdf.text, literal


@SHIPPED_IN_FULL_RUN
@pytest.mark.parametrize("lang", LANGS)
def test_unanswered_questions_say_so(checklist, lang):
    pdf = render(make_assessment(checklist, skip=1), checklist, lang)
    assert label(lang, "not answered") in pdf.text


@pytest.mark.parametrize("lang", LANGS)
def test_action_plan_rows_with_translated_status(checklist, lang):
    _, pdf = full_report(checklist, lang)
    assert label(lang, "Action plan") in pdf.text
    assert "Breng <b>CPAFFC</b> & partners in kaart" in pdf.text
    for action in ACTIONS:
        assert action.text in pdf.text
        if action.owner:
            assert action.owner in pdf.text
        assert STATUS_WORDS[lang][action.status.value] in pdf.text
    # the due date day-first in both languages, never ISO (domain.dates)
    assert {"nl": "01-03-2027", "en": "01/03/2027"}[lang] in pdf.text


@SHIPPED_IN_FULL_RUN
@pytest.mark.parametrize("lang", LANGS)
def test_action_plan_says_when_there_are_no_actions(checklist, lang):
    pdf = render(make_assessment(checklist, actions=[]), checklist, lang)
    assert label(lang, "No actions have been recorded yet.") in pdf.text


@pytest.mark.parametrize("lang", LANGS)
def test_sign_off_block_and_sources_close_the_report(checklist, lang):
    _, pdf = full_report(checklist, lang)
    last = pdf.pages[-1]
    for key in ("Sign-off", "Prepared by", "Reviewed by", "Approved by", "Name", "Date", "Signature"):
        assert label(lang, key) in last, key
    assert "A. de Vries <IZ>" in last
    for source in checklist.sources:
        assert flat(source.title) in pdf.text
        if source.url:
            assert source.url in pdf.body.replace(" ", "")  # a URL may run over a page break
