"""Checklist 2026.5 is the corrections of 2026.4 after an adviser's reading. 2026.4 was delivered,
so it keeps the text assessments were approved with (tests/test_delivered_checklists.py) and the
corrections are a version of their own. Two change meaning: the ICP China answer for an old tie
no longer covers a tie renewed or extended since 2020 (a new value, so the old answer comes back
open), and purpose.values "no" no longer triggers the human-rights dialogue plan. The rest is
wording and facts. An upgrade carries every other answer and keeps every calibration verdict."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from typing import Any

import pytest

from partnercheck.domain.assessment import Answer, Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from partnercheck.domain.scoring import score
from partnercheck.domain.upgrade import upgrade as carry_over
from partnercheck.resources import checklist_dir
from partnercheck.workspace import checklist_library

BEFORE, AFTER = "2026.4", "2026.5"
ICP = "rvo-icp.icp-consulted"
# The one answer whose meaning 2026.5 narrowed: "entered before 2020, not discussed since" may
# stand for a tie renewed since, which 2026.5 puts with a new tie (risk 3).
REVALUED = {"not-since-2020": "not-since-2020-not-renewed"}
WORDING = ("text_nl", "text_en")
# Measures that name the assessment's own government ({self}, {council}) or fit every answer
# that triggers them.
REWORDED_MEASURES = """
    cpaffc.own-channel cpaffc.local-purpose one-china.record-reading human-rights.hold-debate human-rights.own-course
    purpose.scale-safeguards purpose.values-plan gifts.check-media gifts.event-terms data-delegations.clean-devices
    data-delegations.data-check transparency.publish intermediaries.own-channel exit-evaluation.exit-plan
    exit-evaluation.weigh-dialogue
""".split()
# Where 2026.5 differs from 2026.4, and nowhere else (by id, field).
CHANGED = (
    {("version",), ("sources",)}
    | {(f"recommendation {rec}", field) for field in WORDING for rec in REWORDED_MEASURES}
    | {("theme rvo-icp", f"intro_{lang}") for lang in ("nl", "en")}
    | {(f"question {q}", f) for q in ("human-rights.yielded", "gifts.donations", "gifts.conditions") for f in ("guidance_nl", "guidance_en")}
    | {(f"question {q}", "sources") for q in ("human-rights.yielded", "gifts.donations", "gifts.conditions")}
    | {(f"question {ICP}", f"guidance_{lang}") for lang in ("nl", "en")}
    | {(f"option {ICP}[2]", f) for f in ("value", "label_nl", "label_en")}
    | {(f"option {ICP}[3]", f) for f in ("label_nl", "label_en")}
    | {("option purpose.values[2]", "recommend")}
)


def _toml(version: str) -> dict[str, Any]:
    return tomllib.loads((checklist_dir() / f"china-partnerships-{version}.toml").read_text(encoding="utf-8"))


def _fields(data: dict[str, Any]) -> dict[tuple[str, ...], Any]:
    """Every value of a checklist file under a name that says whose it is (ids, not positions)."""
    found: dict[tuple[str, ...], Any] = {(k,): v for k, v in data.items() if k != "themes"}
    for theme in data["themes"]:
        found |= {(f"theme {theme['id']}", k): v for k, v in theme.items() if k not in ("questions", "recommendations")}
        for question in theme["questions"]:
            found |= {(f"question {question['id']}", k): v for k, v in question.items() if k != "options"}
            for n, option in enumerate(question["options"]):
                found |= {(f"option {question['id']}[{n}]", k): v for k, v in option.items()}
        for rec in theme.get("recommendations", []):
            found |= {(f"recommendation {rec['id']}", k): v for k, v in rec.items()}
    return found


def _checklists():  # type: ignore[no-untyped-def]
    library = checklist_library()
    old, new = library.get("china-partnerships", BEFORE), library.get("china-partnerships", AFTER)
    assert old is not None and new is not None
    return old, new


def _assessment(checklist, answers: dict[str, Answer], since: int | None = 2009) -> Assessment:  # type: ignore[no-untyped-def]
    kinds = (DutchPartyKind.MUNICIPALITY, CounterpartKind.CITY)
    partnership = Partnership("Gemeente Voorbeeld", kinds[0], "Voorbeeldstad", kinds[1], PartnershipStatus.ACTIVE, since)
    return Assessment(partnership, checklist.id, checklist.version, assessor="A. de Vries", answers=answers)


def test_2026_5_differs_from_2026_4_only_in_the_listed_corrections():
    before, after = _fields(_toml(BEFORE)), _fields(_toml(AFTER))
    assert {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)} == CHANGED
    # Two new sources at the end; every source 2026.4 has stays as it was.
    old_sources, new_sources = _toml(BEFORE)["sources"], _toml(AFTER)["sources"]
    assert new_sources[: len(old_sources)] == old_sources and [s["code"] for s in new_sources[len(old_sources) :]] == ["S33", "S34"]


def test_2026_5_is_active_and_2026_4_keeps_its_delivered_options():
    library = checklist_library()
    assert library.active.version == AFTER
    old, new = _checklists()
    assert old.question(ICP).option("not-since-2020") is not None, "an assessment on 2026.4 keeps its answer"
    assert new.question(ICP).option("not-since-2020") is None, "the narrowed meaning has a value of its own"
    assert "human-rights.plan-dialogue" in old.question("purpose.values").option("no").recommendations


def test_the_revalued_icp_answer_keeps_its_risk_and_stays_for_old_ties_only():
    """Only the meaning narrowed: an old tie neither renewed nor extended since 2020 that has not
    consulted ICP China is still risk 2, and the answer is still flagged for a newer tie."""
    old, new = _checklists()
    was, now = old.question(ICP).option("not-since-2020"), new.question(ICP).option(REVALUED["not-since-2020"])
    assert now is not None and (now.risk, now.entered_before, now.recommendations) == (was.risk, was.entered_before, was.recommendations)
    assert "niet verlengd of uitgebreid" in now.label.nl and "not been renewed or extended" in now.label.en
    renewed = new.question(ICP).option("not-consulted")
    assert renewed.risk == 3 and "sinds 2020" in renewed.label.nl and "decided since 2020" in renewed.label.en


@pytest.mark.parametrize("n", range(5))
def test_an_upgrade_carries_every_answer_but_the_revalued_one(n):
    """Every option of every 2026.4 question (the n-th, or the last where there are fewer)."""
    old, new = _checklists()
    answers = {q.id: Answer(q.options[min(n, len(q.options) - 1)].value, f"note {q.id}") for q in old.questions}
    revision, summary = carry_over(_assessment(old, answers), old, new)
    reopened = (ICP,) if answers[ICP].value in REVALUED else ()
    assert summary.to_review == reopened and not (summary.new or summary.dropped)
    assert len(summary.carried) == len(new.questions) - len(reopened)
    assert {qid: a for qid, a in revision.answers.items() if qid not in reopened} == {qid: a for qid, a in answers.items() if qid not in reopened}


def test_an_old_icp_answer_comes_back_open_with_the_old_answer_beside_it():
    """Zuid-Holland renewed its tie with Hebei (since 2007) for 2021-2025: on 2026.4 'entered
    before 2020, not discussed since' fitted it (risk 2); 2026.5 asks again, and without ICP
    China at the renewal the answer that fits is the one for a new decision (risk 3)."""
    old, new = _checklists()
    answers = {q.id: Answer(min(q.options, key=lambda o: o.risk).value) for q in old.questions}
    answers[ICP] = Answer("not-since-2020", "renewed 2021-2025, ICP China not asked")
    revision, summary = carry_over(_assessment(old, answers, since=2007), old, new)
    reopened = revision.answers[ICP]
    assert summary.to_review == (ICP,) and reopened.value is None
    assert "renewed 2021-2025, ICP China not asked" in reopened.note
    assert "vorig antwoord / previous answer: Nee: de band is vóór 2020 aangegaan en sindsdien niet met ICP China besproken" in reopened.note
    assert score(new, revision.answers).verdict.value == "incomplete", "no verdict until the officer decides again"
    theme = next(t for t in score(new, revision.answers | {ICP: Answer("not-consulted")}).themes if t.theme_id == "rvo-icp")
    assert theme.risk_points > next(t for t in score(old, answers).themes if t.theme_id == "rvo-icp").risk_points


def _calibration():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("calibration_scenarios", Path(__file__).parent / "calibration" / "test_calibration.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCENARIOS = sorted((Path(__file__).parent / "calibration" / "scenarios").glob("*.toml"))


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_a_calibration_scenario_made_on_2026_4_keeps_its_verdict_on_2026_5(path):
    """The scenario as it was answered on 2026.4, upgraded; the re-valued answer given again as
    the scenario has it. Verdict, theme levels and open points stay; the measures lose at most
    the dialogue plan that purpose.values "no" no longer triggers."""
    cal, old, new = _calibration(), *_checklists()
    scenario = tomllib.loads(path.read_text(encoding="utf-8"))
    assert scenario["checklist_version"] == AFTER, "the scenarios run on the active checklist"
    now = cal.answers_for(scenario, new)
    then = {qid: Answer({v: k for k, v in REVALUED.items()}.get(value, value)) for qid, value in now.items()}
    revision, summary = carry_over(_assessment(old, then), old, new)
    assert set(summary.to_review) == ({ICP} if now.get(ICP) in REVALUED.values() else set())
    for qid in summary.to_review:
        revision.answers[qid] = Answer(now[qid])
    assert {qid: a.value for qid, a in revision.answers.items()} == now
    before, after = score(old, then), score(new, revision.answers)
    assert (after.verdict, after.overall, after.open_points) == (before.verdict, before.overall, before.open_points)
    assert [(t.theme_id, t.level) for t in after.themes] == [(t.theme_id, t.level) for t in before.themes]
    gone = [r.id for r in before.recommendations if r.id not in {r.id for r in after.recommendations}]
    # The dialogue plan stays where its own question triggers it (human-rights.raised not "yes").
    only_values = now.get("purpose.values") == "no" and now.get("human-rights.raised") not in ("partly", "no", "unknown")
    assert gone == (["human-rights.plan-dialogue"] if only_values else [])
    assert {r.id for r in after.recommendations} <= {r.id for r in before.recommendations}
