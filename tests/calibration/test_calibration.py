"""Calibration: whole assessments built from answer *intent* must get the verdict a China adviser
would sign.

Each file in ``scenarios/`` describes one assessment: the partnership's status, a default intent
for every question ("lowest", "highest-plain", "unknown") and explicit options for some question
ids. The test builds a real interchange file from it, imports it with the command line into a
fresh database, runs ``partnercheck score ID --json`` and checks the verdict, and where the
scenario says so the first open point, a measure among the first ones, and that no single
improvement of one step takes the verdict off high.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from partnercheck.cli import main
from partnercheck.domain.assessment import Answer
from partnercheck.domain.checklist import Checklist, Question
from partnercheck.domain.scoring import score
from partnercheck.workspace import checklist_library

SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.toml"))
INTENTS = {"lowest", "highest-plain", "unknown"}


def load(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def checklist_for(scenario: dict) -> Checklist:
    checklist = checklist_library().get("china-partnerships", scenario["checklist_version"])
    assert checklist is not None, scenario["checklist_version"]
    return checklist


def option_for(question: Question, intent: str) -> str:
    if intent == "lowest":
        return min(question.options, key=lambda o: o.risk).value
    if intent == "highest-plain":
        return max((o for o in question.options if not o.red_flag), key=lambda o: o.risk).value
    if intent == "unknown":
        [unknown] = [o for o in question.options if o.unknown]
        return unknown.value
    raise ValueError(f"unknown intent {intent!r}")


def answers_for(scenario: dict, checklist: Checklist) -> dict[str, str]:
    default = scenario.get("default", "lowest")
    assert default in INTENTS, default
    explicit = scenario.get("answers", {})
    unknown_ids = set(explicit) - {q.id for q in checklist.questions}
    assert not unknown_ids, f"scenario names questions the checklist does not have: {sorted(unknown_ids)}"
    questions = list(checklist.questions)
    if scenario.get("answered") == "first-half":
        questions = questions[: len(questions) // 2]
    answers = {}
    for question in questions:
        value = explicit.get(question.id)
        if value in INTENTS:
            value = option_for(question, value)
        elif value is None:
            value = option_for(question, default)
        assert question.option(value) is not None, f"{question.id} has no option {value!r}"
        answers[question.id] = value
    return answers


def document(scenario: dict, checklist: Checklist, answers: dict[str, str]) -> dict:
    partnership = {
        "dutch_party": "Gemeente Voorbeeld",
        "dutch_party_kind": "municipality",
        "counterpart": "Voorbeeldstad",
        "counterpart_kind": "city",
        **scenario.get("partnership", {}),
    }
    return {
        "format": "partnercheck-assessment",
        "format_version": 1,
        "checklist": {"id": checklist.id, "version": checklist.version},
        "partnership": partnership,
        "assessor": "Calibration",
        "created": "2026-11-30T10:00:00+01:00",
        "answers": {qid: {"value": value, "note": ""} for qid, value in answers.items()},
        "actions": [],
    }


def run(*args: str, capsys) -> str:  # type: ignore[no-untyped-def]
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def score_via_cli(doc: dict, tmp_path: Path, capsys) -> dict:  # type: ignore[no-untyped-def]
    db = tmp_path / "calibration.sqlite3"
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assessment_id = run("import", str(path), "--db", str(db), capsys=capsys).split()[-1]
    result = json.loads(run("score", assessment_id, "--json", "--db", str(db), capsys=capsys))
    path.unlink()
    return result


def verdict_and_open_points(result: dict, checklist: Checklist, answers: dict[str, str]) -> tuple[str, list[str]]:
    """As ``score --json`` reports them; they agree with the scoring model itself."""
    model = score(checklist, {qid: Answer(value) for qid, value in answers.items()})
    assert (result["verdict"], result["open_points"]) == (model.verdict.value, list(model.open_points))
    return result["verdict"], list(result["open_points"])


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario_gets_the_expected_verdict(path, tmp_path, capsys):
    scenario = load(path)
    checklist = checklist_for(scenario)
    answers = answers_for(scenario, checklist)
    result = score_via_cli(document(scenario, checklist, answers), tmp_path, capsys)
    verdict, points = verdict_and_open_points(result, checklist, answers)
    expect = scenario["expect"]
    assert verdict in expect["verdict"], f"{path.stem}: verdict {verdict!r}, overall {result['overall']!r}"
    if "open_points_first" in expect:
        assert points and points[0] == expect["open_points_first"], points[:3]
    if "recommendation_in_top" in expect:
        wanted = expect["recommendation_in_top"]
        top = [r["id"] for r in result["recommendations"][: wanted["n"]]]
        assert wanted["id"] in top, top


def one_step_better(question: Question, value: str) -> list[str]:
    """The options one step less risky than the chosen one (the next lower risk level)."""
    current = question.option(value)
    assert current is not None
    lower = sorted({o.risk for o in question.options if not o.red_flag and o.risk < current.risk}, reverse=True)
    if current.red_flag or not lower:
        return []
    return [o.value for o in question.options if not o.red_flag and o.risk == lower[0]]


ROBUST = [p for p in SCENARIOS if load(p).get("robust_to_single_improvement")]


@pytest.mark.parametrize("path", ROBUST, ids=[p.stem for p in ROBUST])
def test_high_survives_any_single_improvement(path, tmp_path, capsys):
    scenario = load(path)
    checklist = checklist_for(scenario)
    answers = answers_for(scenario, checklist)
    variations = []
    for question in checklist.questions:
        if question.id not in answers:
            continue
        for better in one_step_better(question, answers[question.id]):
            variations.append({**answers, question.id: better})
    assert len(variations) >= 20, "the scenario should have plenty of answers to improve"
    failures = []
    for variant in variations:
        result = score_via_cli(document(scenario, checklist, variant), tmp_path, capsys)
        verdict, _ = verdict_and_open_points(result, checklist, variant)
        if verdict != "high":
            changed = next(q for q in variant if variant[q] != answers[q])
            failures.append(f"{changed}={variant[changed]} gives {verdict}")
    assert not failures, failures


def test_score_json_reports_verdict_and_open_points(tmp_path, capsys):
    scenario = load(SCENARIOS[0])
    checklist = checklist_for(scenario)
    result = score_via_cli(document(scenario, checklist, answers_for(scenario, checklist)), tmp_path, capsys)
    assert {"verdict", "open_points"} <= set(result)
