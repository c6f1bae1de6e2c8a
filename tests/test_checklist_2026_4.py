"""Checklist 2026.4 changes meaning in three places (a China-policy review): giving in to a
request from the Chinese side is the pressure red flag, an old tie is asked whether it has
consulted ICP China since it exists, and a new question asks the tie's scale. An upgrade from
2026.3 carries every other answer; the answers whose meaning was split come back open with the
old answer beside them, and an assessment made on 2026.3 keeps its own checklist."""

from __future__ import annotations

from partnercheck.domain.assessment import Answer, Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from partnercheck.domain.levels import Verdict
from partnercheck.domain.scoring import score
from partnercheck.domain.upgrade import upgrade as carry_over
from partnercheck.workspace import checklist_library

BEFORE, AFTER = "2026.3", "2026.4"
# Old values whose meaning 2026.4 split: they did not record whether anyone asked, or whether
# the tie predates ICP China, so the officer decides again.
SPLIT_VALUES = {"human-rights.yielded": ("cancelled", "toned-down"), "rvo-icp.icp-consulted": ("no",)}


def _checklists():  # type: ignore[no-untyped-def]
    library = checklist_library()
    old, new = library.get("china-partnerships", BEFORE), library.get("china-partnerships", AFTER)
    assert old is not None and new is not None
    return old, new


def _assessment(checklist, answers: dict[str, Answer]) -> Assessment:  # type: ignore[no-untyped-def]
    kinds = (DutchPartyKind.MUNICIPALITY, CounterpartKind.CITY)
    partnership = Partnership("Gemeente Voorbeeld", kinds[0], "Voorbeeldstad", kinds[1], PartnershipStatus.ACTIVE, 2009)
    return Assessment(partnership, checklist.id, checklist.version, assessor="A. de Vries", answers=answers)


def test_2026_4_and_2026_3_stay_loadable():
    library = checklist_library()
    assert library.get("china-partnerships", AFTER) is not None  # active until 2026.5 (tests/test_checklist_2026_5.py)
    old, _ = _checklists()
    assert old.question("human-rights.yielded").option("cancelled") is not None, "an assessment on 2026.3 keeps its options"


def test_an_upgrade_brings_the_split_answers_back_for_review_and_carries_the_rest():
    old, new = _checklists()
    answers = {q.id: Answer(min(q.options, key=lambda o: o.risk).value, f"note {q.id}") for q in old.questions}
    answers["human-rights.yielded"] = Answer("cancelled", "the exhibition was called off")
    answers["rvo-icp.icp-consulted"] = Answer("no", "")
    revision, summary = carry_over(_assessment(old, answers), old, new)
    assert set(summary.to_review) == set(SPLIT_VALUES)
    assert summary.new == ("purpose.scale",) and not summary.dropped
    assert len(summary.carried) == len(old.questions) - len(SPLIT_VALUES)
    cancelled = revision.answers["human-rights.yielded"]
    assert cancelled.value is None
    assert "the exhibition was called off" in cancelled.note
    assert "vorig antwoord / previous answer: Iets afgelast, verwijderd of ingetrokken" in cancelled.note
    assert revision.answers["rvo-icp.icp-consulted"].value is None
    assert "vorig antwoord / previous answer: Nee / No" in revision.answers["rvo-icp.icp-consulted"].note
    # Open questions: no verdict until the officer has decided again (and the scale is asked).
    assert score(new, revision.answers).verdict is Verdict.INCOMPLETE


def test_answers_that_kept_their_meaning_travel_and_keep_the_verdict():
    """The answers "no" and "don't know" on giving in, and "yes", "planned", "don't know" on ICP China mean what
    they meant; with the scale answered symbolic, an otherwise lowest assessment stays low."""
    old, new = _checklists()
    answers = {q.id: Answer(min(q.options, key=lambda o: o.risk).value) for q in old.questions}
    revision, summary = carry_over(_assessment(old, answers), old, new)
    assert not summary.to_review and summary.new == ("purpose.scale",)
    revision.answers["purpose.scale"] = Answer("symbolic")
    assert score(old, answers).verdict is Verdict.LOW is score(new, revision.answers).verdict
    for qid, kept in (("human-rights.yielded", ("no", "unknown")), ("rvo-icp.icp-consulted", ("yes", "planned", "unknown"))):
        for value in kept:
            assert new.question(qid).option(value) is not None, (qid, value)
        for value in SPLIT_VALUES[qid]:
            assert new.question(qid).option(value) is None, (qid, value)
