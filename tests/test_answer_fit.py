"""An answer meant for a tie older than ICP China (2020), given for a proposed tie or one entered
since, is flagged: the same rule (domain.answer_fit) in the report's open points, the Word draft
and ``partnercheck score``. It is no open question for completeness: the score stays that of the
answers (the window's warning: tests/ui/test_answer_fit_window.py)."""

from __future__ import annotations

import dataclasses
import io
import json
import tomllib
from pathlib import Path

import docx
import pytest
from test_report_variants import pages

from partnercheck.domain.answer_fit import misfits
from partnercheck.domain.assessment import Answer, Basis, PartnershipStatus
from partnercheck.domain.checklist_loader import ChecklistError, parse_checklist
from partnercheck.domain.scoring import score_assessment
from partnercheck.report import render_report
from partnercheck.report.word import render_word

OLD_TIE_ONLY = {"rvo-icp.icp-consulted": "not-since-2020-not-renewed", "one-china.policy-check": "before-2020"}


def answered(new_assessment, library, extra: dict[str, str], **tie):  # type: ignore[no-untyped-def]
    """Every question at its lowest-risk option, ``extra`` as given, the tie changed by ``tie``."""
    checklist = library.active
    answers = {q.id: Answer(min(q.options, key=lambda o: o.risk).value, basis=Basis.DOCUMENT) for q in checklist.questions}
    answers |= {qid: Answer(value, basis=Basis.DOCUMENT) for qid, value in extra.items()}
    partnership = dataclasses.replace(new_assessment.partnership, **tie)
    return dataclasses.replace(new_assessment, partnership=partnership, answers=answers), checklist


def test_the_active_checklist_marks_the_answers_for_ties_older_than_icp_china(library):
    marked = {(q.id, o.value): o.entered_before for q in library.active.questions for o in q.options if o.entered_before}
    assert marked == {(qid, value): 2020 for qid, value in OLD_TIE_ONLY.items()}


@pytest.mark.parametrize(
    ("tie", "flagged"),
    [
        ({"status": PartnershipStatus.PROPOSED, "since": None}, True),
        ({"status": PartnershipStatus.ACTIVE, "since": 2021}, True),
        ({"status": PartnershipStatus.ACTIVE, "since": 2020}, True),  # ICP China was there from 2020
        ({"status": PartnershipStatus.DORMANT, "since": 2009}, False),
        ({"status": PartnershipStatus.ACTIVE, "since": 2019}, False),
        ({"status": PartnershipStatus.ACTIVE, "since": None}, False),  # no year: no contradiction known
    ],
)
def test_an_old_tie_answer_is_flagged_only_where_the_tie_contradicts_it(new_assessment, library, tie, flagged):
    a, checklist = answered(new_assessment, library, OLD_TIE_ONLY, **tie)
    found = misfits(checklist, a.partnership, a.answers)
    assert [m.question_id for m in found] == (["one-china.policy-check", "rvo-icp.icp-consulted"] if flagged else [])


def test_a_misfit_is_no_open_question_and_leaves_the_score_alone(new_assessment, library):
    """Which is wrong, the answer or the tie's year, only the officer can tell: the assessment
    stays complete and scored on its answers, and the flag says what to check."""
    a, checklist = answered(new_assessment, library, OLD_TIE_ONLY, status=PartnershipStatus.PROPOSED, since=None)
    result = score_assessment(a, checklist)
    assert result.is_complete and result.open_points == () and result.verdict.value in {"low", "medium"}
    assert score_assessment(dataclasses.replace(a, partnership=new_assessment.partnership), checklist) == result


def test_the_report_lists_a_misfit_in_the_open_points_of_the_full_report_and_the_summary(new_assessment, library):
    icp = {"rvo-icp.icp-consulted": OLD_TIE_ONLY["rvo-icp.icp-consulted"]}
    a, checklist = answered(new_assessment, library, icp, status=PartnershipStatus.PROPOSED, since=None)
    for variant in ("full", "summary"):
        text = " ".join(pages(render_report(a, checklist, "nl", variant=variant)))
        lead = text.index("Open punten Dit antwoord past niet bij de band:")
        assert text.index("4.1 Is het Informatie- en Contactpunt China (ICP China)", lead) - lead < 60, variant
        assert "maar deze band is pas voorgesteld. Kies het antwoord dat bij de band past" in text, variant
    english = " ".join(pages(render_report(a, checklist, "en", variant="summary")))
    assert "This answer does not fit the tie:" in english and "but this tie is only proposed" in english
    fitting = dataclasses.replace(a, partnership=dataclasses.replace(a.partnership, status=PartnershipStatus.ACTIVE, since=2009))
    assert "past niet bij de band" not in " ".join(pages(render_report(fitting, checklist, "nl", variant="summary")))


def test_the_word_draft_lists_a_misfit_with_the_tie_s_year(new_assessment, library):
    a, checklist = answered(new_assessment, library, OLD_TIE_ONLY, since=2021)
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(render_word(a, checklist, "nl"))).paragraphs)
    assert "Deze 2 antwoorden passen niet bij de band:" in text
    assert text.count("maar deze band bestaat sinds 2021") == 2


def test_score_names_a_misfit_in_text_and_json(run, store, new_assessment, library):
    a, _ = answered(new_assessment, library, OLD_TIE_ONLY, since=2022)
    assessment_id = store.create(a)
    code, out, _ = run("score", str(assessment_id), "--lang", "nl")
    assert code == 0
    assert "past niet bij de band: rvo-icp.icp-consulted = not-since-2020-not-renewed. Het antwoord geldt alleen voor een band die vóór 2020" in out
    code, out, _ = run("score", str(assessment_id), "--json", "--lang", "nl")
    found = json.loads(out)["misfits"]
    assert [(m["question"], m["value"]) for m in found] == sorted(OLD_TIE_ONLY.items())
    assert "maar deze band bestaat sinds 2022" in found[0]["text"]
    store.update_partnership(assessment_id, dataclasses.replace(a.partnership, since=2009), a.assessor)
    assert json.loads(run("score", str(assessment_id), "--json")[1])["misfits"] == []


@pytest.mark.parametrize("year", ["2020", 20.5, True, 1066])
def test_the_loader_refuses_an_entered_before_that_is_no_year(year):
    path = Path(__file__).parents[1] / "resources" / "checklists" / "china-partnerships-2026.5.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    data["themes"][0]["questions"][0]["options"][1]["entered_before"] = year
    with pytest.raises(ChecklistError, match=r"themes\[0\]\.questions\[0\]\.options\[1\]\.entered_before"):
        parse_checklist(data, "test.toml")
