"""Checklist 2026.3 changes wording only: the same questions, options, risks, red flags and
recommendations as 2026.2, so an upgrade carries every answer and keeps the verdict, while an
assessment approved on 2026.2 keeps its own text. Its Dutch follows the glossary."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from partnercheck.domain.assessment import Answer, Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from partnercheck.domain.scoring import score
from partnercheck.domain.upgrade import upgrade as carry_over
from partnercheck.resources import checklist_dir
from partnercheck.workspace import checklist_library

WORDS = Path(__file__).resolve().parents[1] / "docs" / "words.md"
BEFORE, AFTER = "2026.2", "2026.3"
# Where 2026.3 differs from 2026.2, and nowhere else.
CHANGED = {"version", "description_nl", "themes[9].recommendations[2].text_nl"}


def _toml(version: str) -> dict[str, Any]:
    return tomllib.loads((checklist_dir() / f"china-partnerships-{version}.toml").read_text(encoding="utf-8"))


def _differences(a: Any, b: Any, path: str = "") -> set[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        found = {f"{path}.{k}".lstrip(".") for k in a.keys() ^ b.keys()}
        for key in a.keys() & b.keys():
            found |= _differences(a[key], b[key], f"{path}.{key}".lstrip("."))
        return found
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return set().union(*(_differences(x, y, f"{path}[{n}]") for n, (x, y) in enumerate(zip(a, b, strict=True))))
    return set() if a == b else {path}


def test_2026_3_changes_only_the_wording_the_glossary_asked_for():
    before, after = _toml(BEFORE), _toml(AFTER)
    assert _differences(before, after) == CHANGED
    register = after["themes"][9]["recommendations"][2]
    assert register["id"] == "transparency.keep-register" and "wijs een beheerder aan" in register["text_nl"]
    assert "waarom die telt" in after["description_nl"]


def test_2026_3_and_2026_2_stay_loadable_with_their_own_text():
    library = checklist_library()
    assert library.get("china-partnerships", AFTER) is not None  # a later version is active since
    old = library.get("china-partnerships", BEFORE)
    assert old is not None and "ertoe doet" in old.description.nl, "an assessment on 2026.2 keeps its text"


def test_an_upgrade_from_2026_2_carries_every_answer_and_keeps_the_verdict():
    library = checklist_library()
    old, new = library.get("china-partnerships", BEFORE), library.get("china-partnerships", AFTER)
    assert old is not None and new is not None
    answers = {q.id: Answer(max(q.options, key=lambda o: o.risk).value, f"note {q.id}") for q in old.questions}
    partnership = Partnership("Gemeente Voorbeeld", DutchPartyKind.MUNICIPALITY, "Voorbeeldstad", CounterpartKind.CITY, PartnershipStatus.ACTIVE)
    source = Assessment(partnership, old.id, old.version, assessor="A. de Vries", answers=answers)
    revision, summary = carry_over(source, old, new)
    assert len(summary.carried) == len(new.questions) and not (summary.to_review or summary.new or summary.dropped)
    assert revision.answers == answers
    before, after = score(old, answers), score(new, revision.answers)
    assert (after.verdict, after.themes, after.open_points) == (before.verdict, before.themes, before.open_points)
    assert [r.id for r in after.recommendations] == [r.id for r in before.recommendations]


def _glossary_not_words() -> set[str]:
    """The retired words and the words the glossary's "not" column keeps out (one word each)."""
    text = WORDS.read_text(encoding="utf-8")
    section = text.split("## Retired words", 1)[1].split("\n## ", 1)[0]
    words = {line[2:].strip() for line in section.splitlines() if line.startswith("- ")}
    return words | {"eigenaar"}


def test_the_newest_checklist_uses_no_word_the_glossary_keeps_out():
    newest = checklist_library().active
    dutch = [newest.description.nl]
    for theme in newest.themes:
        dutch += [theme.title.nl, theme.intro.nl]
        for question in theme.questions:
            dutch += [question.text.nl, question.guidance.nl, *(o.label.nl for o in question.options)]
        for rec in theme.recommendations:
            dutch += [rec.text.nl] + ([rec.text_signed.nl] if rec.text_signed is not None else [])
    found = [(word, text[:80]) for word in _glossary_not_words() for text in dutch if word in text.lower()]
    assert not found, found
