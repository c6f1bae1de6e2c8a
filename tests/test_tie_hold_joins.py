"""A hold on a tie covers what joins it later: an assessment made for the same parties, a
revision, an import, one moved or merged in takes the hold over with the tie's reason, recorded
in its own history and the tie's. The records manager's hold never silently misses a record."""

from __future__ import annotations

import dataclasses
import json

from partnercheck.cli import main
from partnercheck.services import retention
from partnercheck.workspace import open_store


def _hold_history(store, assessment_id):  # type: ignore[no-untyped-def]
    return [(h.old, h.new) for h in store.history(assessment_id) if h.subject == "hold"]


def _reason(store, assessment_id):  # type: ignore[no-untyped-def]
    hold = store.hold_of(assessment_id)
    return None if hold is None else hold.reason


def test_new_and_imported_assessments_of_a_tie_on_hold_take_its_hold(run, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    first = store.create(new_assessment)
    tie = store.tie_of(first)
    retention.hold_tie(store, tie, True, "Woo-verzoek 2026-200")

    second = store.create(new_assessment)  # the same parties: the same tie
    assert store.tie_of(second) == tie
    assert _reason(store, second) == "Woo-verzoek 2026-200"
    assert _hold_history(store, second) == [(None, "on: Woo-verzoek 2026-200")]
    last = store.tie_history(tie)[-1]
    assert (last.subject, last.old, last.new) == ("hold-extended", None, f"assessment {second}: on: Woo-verzoek 2026-200")

    # From another municipality's database, imported here: it joins the tie and its hold.
    other = open_store(tmp_path / "elders.sqlite3")
    sent = other.create(new_assessment)
    other.close()
    assert main(["export", "--db", str(tmp_path / "elders.sqlite3"), str(sent), "--out", str(tmp_path / "b.json")]) == 0
    code, out, err = run("import", str(tmp_path / "b.json"))
    assert code == 0, err
    imported = max(store.tie_holds(tie))
    assert imported not in (first, second) and _reason(store, imported) == "Woo-verzoek 2026-200"

    # Read back for a reader, in Dutch and in English.
    assert f"bewaarplicht uitgebreid tot: – → assessment {second}: on: Woo-verzoek 2026-200" in run("tie-history", str(tie), "--lang", "nl")[1]
    assert "hold extended to: – →" in run("tie-history", str(tie), "--lang", "en")[1]
    entries = json.loads(run("retention", "--json")[1])["records"]
    assert {e["id"] for e in entries if e["hold"]} == {first, second, imported}


def test_a_lifted_hold_or_one_on_a_single_assessment_is_not_extended(store, new_assessment):  # type: ignore[no-untyped-def]
    first = store.create(new_assessment)
    tie = store.tie_of(first)
    retention.hold_tie(store, tie, True, "Bezwaar 2026-7")
    retention.hold_tie(store, tie, False)
    assert store.hold_of(store.create(new_assessment)) is None

    retention.hold(store, first, True, "Rechtszaak")  # one record held, not the tie
    assert store.hold_of(store.create(new_assessment)) is None
    assert not [h for h in store.tie_history(tie) if h.subject == "hold-extended"]


def test_assessments_moved_or_merged_into_a_tie_on_hold_take_its_hold(store, new_assessment, partnership):  # type: ignore[no-untyped-def]
    held = store.create(new_assessment)
    tie = store.tie_of(held)
    retention.hold_tie(store, tie, True, "Woo-verzoek 2026-300")

    moved = store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(partnership, counterpart="Suzhou")))
    own = store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(partnership, counterpart="Wuxi")))
    retention.hold(store, own, True, "Bezwaar 2026-9")
    assert store.hold_of(moved) is None
    store.move_assessment(moved, tie)
    store.move_assessment(own, tie)
    assert _reason(store, moved) == "Woo-verzoek 2026-300"
    assert _reason(store, own) == "Bezwaar 2026-9"  # its own hold stays as it was
    assert _hold_history(store, own) == [(None, "on: Bezwaar 2026-9")]

    # Split off into a new tie: it keeps the hold it has (a hold lives on the assessment).
    split = store.move_assessment(moved)
    assert _reason(store, moved) == "Woo-verzoek 2026-300" and store.tie_of(moved) == split

    # Merging: the tie that goes is on hold, so the one that stays (and what joins it later) is too.
    stays = store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(partnership, counterpart="Hangzhou")))
    keep = store.tie_of(stays)
    retention.hold_tie(store, keep, True, "eerder")
    retention.hold_tie(store, keep, False)  # keep's own last hold entry is a lift, after tie's "on"
    store.merge_ties(keep, tie)
    assert _reason(store, stays) == "Woo-verzoek 2026-300"
    later = store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(partnership, counterpart="Hangzhou")))
    assert store.tie_of(later) == keep and _reason(store, later) == "Woo-verzoek 2026-300"
    assert {i: _reason(store, i) for i in store.tie_holds(keep)} == {
        held: "Woo-verzoek 2026-300",
        own: "Bezwaar 2026-9",
        stays: "Woo-verzoek 2026-300",
        later: "Woo-verzoek 2026-300",
    }

    # And the other way round: the tie that stays is on hold, the one that goes is not.
    third = store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(partnership, counterpart="Nanjing")))
    store.merge_ties(keep, store.tie_of(third))
    assert _reason(store, third) == "Woo-verzoek 2026-300"
    subjects = [(h.subject, h.new) for h in store.tie_history(keep)]
    assert ("hold-extended", f"assessment {third}: on: Woo-verzoek 2026-300") in subjects


def test_the_tie_history_says_which_hold_was_lifted_or_replaced_as_the_assessments_history_does(store, new_assessment):  # type: ignore[no-untyped-def]
    first = store.create(new_assessment)
    tie = store.tie_of(first)

    def tie_holds():  # type: ignore[no-untyped-def]
        return [(h.old, h.new) for h in store.tie_history(tie) if h.subject == "hold"]

    retention.hold_tie(store, tie, True, "Woo-verzoek 5")
    retention.hold_tie(store, tie, True, "Bezwaar 7")  # another reason replaces it
    retention.hold_tie(store, tie, False)
    assert tie_holds() == [(None, "on: Woo-verzoek 5"), ("on: Woo-verzoek 5", "on: Bezwaar 7"), ("on: Bezwaar 7", None)]
    assert _hold_history(store, first) == tie_holds()  # the same words in both histories

    # Holds set on its assessments one by one (none on the tie as a whole): lifting them says theirs.
    second = store.create(new_assessment)
    retention.hold(store, first, True, "Rechtszaak 3")
    retention.hold(store, second, True, "Woo-verzoek 9")
    retention.hold_tie(store, tie, False)
    assert tie_holds()[-1] == ("on: Rechtszaak 3; Woo-verzoek 9", None)
