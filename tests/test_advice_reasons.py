"""The advice for a high risk says what the verdict rests on: asking for objectionable provisions
to be removed only when the text holds such provisions, advice about pressure when the Chinese
side pressed or the tie gave in; a proposed tie without a red flag is not told about red flags."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest
from test_report_variants import CALIBRATION, scenario_assessment

from partnercheck.domain.advice import advice_paragraphs
from partnercheck.domain.assessment import Answer, PartnershipStatus
from partnercheck.domain.checklist_loader import ChecklistError, parse_checklist
from partnercheck.domain.scoring import score_assessment

CLAUSES = {"nl": "Vraag de partner bij bezwaarlijke bepalingen schriftelijk om schrapping", "en": "remove objectionable provisions"}
PRESSURE = {"nl": "Geef niet toe aan verzoeken of bezwaren van Chinese zijde", "en": "Do not give in to requests or objections from the Chinese side"}
CLOSE = {"nl": "Doe dat in overleg met het ministerie van Buitenlandse Zaken en het ICP China van RVO.", "en": "Do so in consultation with"}


def advice(stem: str, lang: str, status: PartnershipStatus | None = None, answers: dict[str, str] | None = None) -> str:
    """The advice for a calibration scenario, its tie's status and some answers changed."""
    a, checklist = scenario_assessment(next((CALIBRATION / "scenarios").glob(f"{stem}*.toml")))
    a.answers |= {qid: Answer(value) for qid, value in (answers or {}).items()}
    if status is not None:
        a.partnership = dataclasses.replace(a.partnership, status=status, since=None if status is PartnershipStatus.PROPOSED else 2009)
    result = score_assessment(a, checklist)
    assert result.verdict.value == "high", stem
    return " ".join(advice_paragraphs(result, a.partnership, lang))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_giving_in_to_the_embassy_gets_advice_about_pressure_not_about_clauses(lang):
    text = advice("12-", lang)
    assert PRESSURE[lang] in text and CLAUSES[lang] not in text and CLOSE[lang] in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_political_clause_keeps_the_request_to_remove_it(lang):
    text = advice("02-", lang)
    assert CLAUSES[lang] in text and PRESSURE[lang] not in text and CLOSE[lang] in text


def test_clauses_and_pressure_together_get_both_sentences_clauses_first():
    text = advice("02-", "nl", answers={"human-rights.yielded": "on-request"})
    assert CLOSE["nl"] in text and text.index(CLAUSES["nl"]) < text.index(PRESSURE["nl"]) < text.index(CLOSE["nl"])


def test_a_high_risk_without_clauses_or_pressure_gets_neither_sentence():
    # The gaps of scenario 11 (no ICP China, posts not told, no VNG session) in an active tie
    # that was entered after 2020.
    text = advice("11-", "nl", status=PartnershipStatus.ACTIVE)
    assert CLAUSES["nl"] not in text and PRESSURE["nl"] not in text
    assert text.startswith("Het risico is hoog. Zet de band niet ongewijzigd voort.") and text.endswith(CLOSE["nl"])


def test_a_proposed_tie_is_told_of_red_flags_only_when_it_has_one():
    assert "rode vlaggen" not in advice("11-", "nl")
    assert "Ga de band niet aan zolang de rode vlaggen en de hoog beoordeelde thema's" in advice("02-", "nl", status=PartnershipStatus.PROPOSED)


def test_the_checklist_says_which_measures_carry_a_reason_for_the_advice(library):
    topics = {r.id: r.advice_topic for t in library.active.themes for r in t.recommendations if r.advice_topic}
    assert topics == {"one-china.remove-clause": "clauses", "human-rights.report-pressure": "pressure"}


def test_the_loader_refuses_an_advice_topic_it_does_not_know():
    data = tomllib.loads((Path(__file__).parents[1] / "resources" / "checklists" / "china-partnerships-2026.5.toml").read_text(encoding="utf-8"))
    data["themes"][0]["recommendations"][0]["advice_topic"] = "gifts"
    with pytest.raises(ChecklistError, match=r"themes\[0\]\.recommendations\[0\]\.advice_topic: must be one of clauses, pressure"):
        parse_checklist(data, "test.toml")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    "answers",
    [{"human-rights.pressure": "unknown"}, {"human-rights.yielded": "unknown"}, {"human-rights.yielded": "cancelled-unasked"}],
    ids=["pressure-unknown", "yielded-unknown", "cancelled-unasked"],
)
def test_pressure_is_named_only_when_it_is_established(lang, answers):
    """A tie high for its One-China clause that does not know whether it met pressure, or that
    gave something up unasked, gets the measure about requests (record them, do not give in)
    but no advice that speaks of pressure it has met ("if the pressure continues")."""
    a, checklist = scenario_assessment(next((CALIBRATION / "scenarios").glob("02-*.toml")))
    a.answers |= {qid: Answer(value) for qid, value in answers.items()}
    result = score_assessment(a, checklist)
    assert "human-rights.report-pressure" in {r.id for r in result.recommendations} or "human-rights.own-course" in {
        r.id for r in result.recommendations
    }
    text = " ".join(advice_paragraphs(result, a.partnership, lang))
    assert CLAUSES[lang] in text and PRESSURE[lang] not in text


def test_pressure_met_and_resisted_is_named():
    assert PRESSURE["nl"] in advice("02-", "nl", answers={"human-rights.pressure": "yes"})
