"""A tie's details are written only if the tie has not changed since they were read (compared
inside the write transaction): otherwise nothing is written and the writer is told, in the
command line in English and Dutch (exit 2)."""

from __future__ import annotations

import dataclasses

import pytest

from partnercheck.services import tie_history
from partnercheck.store.errors import ConflictError, TieConflictError
from partnercheck.workspace import open_store


def test_a_change_made_meanwhile_is_not_overwritten(store, new_assessment, db_path):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    read = store.get_tie(tie)
    other = open_store(db_path)  # another window or program on the same file
    try:
        tie_history.change_tie(other, tie, {"notes": "van collega"})
    finally:
        other.close()
    entries = len(store.tie_history(tie))
    with pytest.raises(TieConflictError) as caught:
        tie_history.change_tie(store, tie, {"contacts": "M. de Boer"}, expected=read)
    assert isinstance(caught.value, ConflictError) and caught.value.what == "tie"
    assert "changed elsewhere in the meantime, so nothing was changed" in str(caught.value)
    stored = store.get_tie(tie)
    assert (stored.notes, stored.contacts) == ("van collega", "") and len(store.tie_history(tie)) == entries
    with pytest.raises(TieConflictError):
        store.update_tie(dataclasses.replace(read, status=read.status), expected=read)

    # Read again, the change goes through; an event or an assessment added meanwhile is no conflict.
    fresh = store.get_tie(tie)
    store.create(new_assessment)
    tie_history.change_tie(store, tie, {"contacts": "M. de Boer"}, expected=fresh)
    assert store.get_tie(tie).contacts == "M. de Boer"


def test_the_tie_command_refuses_when_the_tie_changed_while_it_ran(run, store, new_assessment, db_path, monkeypatch):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    real = tie_history.changed_tie

    runs: list[int] = []

    def meanwhile(before, changes):  # type: ignore[no-untyped-def]
        # Another program writes after the command read the tie and before it writes.
        other = open_store(db_path)
        try:
            other.update_tie(dataclasses.replace(other.get_tie(tie), notes="tegelijk" + "!" * len(runs)))
            runs.append(1)
        finally:
            other.close()
        return real(before, changes)

    monkeypatch.setattr(tie_history, "changed_tie", meanwhile)
    code, out, err = run("tie", str(tie), "--contacts", "M. de Boer")
    assert (code, out) == (2, "")
    assert f"tie {tie}: its details were changed elsewhere while this command ran, so nothing was changed" in err
    assert len(err.splitlines()) == 1
    assert (store.get_tie(tie).contacts, store.get_tie(tie).notes) == ("", "tegelijk")
    code, _, err = run("tie", str(tie), "--contacts", "M. de Boer", "--lang", "nl")  # in the run's language
    assert code == 2 and f"band {tie}: de gegevens zijn intussen elders gewijzigd" in err and len(err.splitlines()) == 1
