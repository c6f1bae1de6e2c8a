"""Evidence attached to a tie as a whole: attached by number or UUID, listed with name, date and
hash, kept when the bin is emptied, moved along when ties are merged, in the Woo export."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json

from partnercheck.services import retention


def test_a_file_attached_to_a_tie_is_kept_listed_and_exported(run, store, new_assessment, partnership, tmp_path):  # type: ignore[no-untyped-def]
    first = store.create(new_assessment)
    tie = store.tie_of(first)
    content = b"%PDF raadsbesluit stedenband"
    (tmp_path / "Raadsbesluit 2012.pdf").write_bytes(content)

    code, out, err = run("attach-tie", store.get_tie(tie).uuid, str(tmp_path / "Raadsbesluit 2012.pdf"))
    assert code == 0, err
    assert f"to tie {tie}" in out and hashlib.sha256(content).hexdigest()[:12] in out
    (listed,) = json.loads(run("attach-tie", str(tie), "--json")[1])
    assert (listed["name"], listed["size"], listed["sha256"]) == ("Raadsbesluit 2012.pdf", len(content), hashlib.sha256(content).hexdigest())
    assert "Raadsbesluit 2012.pdf" in run("attach-tie", str(tie))[1]

    # Emptying the bin drops blobs nothing uses any more; a tie's file is still used.
    store.delete(first)
    retention.empty_bin(store)
    (item,) = store.tie_evidence(tie)
    assert store.blob(item.sha256, item.name) == content

    other = store.tie_of(store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(partnership, counterpart="Suzhou"))))
    store.merge_ties(other, tie)
    assert [i.name for i in store.tie_evidence(other)] == ["Raadsbesluit 2012.pdf"]

    code, _, err = run("woo-export", str(other), "--out", str(tmp_path / "woo"))
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO((tmp_path / "woo" / "tie-evidence.csv").read_text(encoding="utf-8-sig"))))
    assert [(r["name"], r["sha256"]) for r in rows] == [("Raadsbesluit 2012.pdf", hashlib.sha256(content).hexdigest())]


def test_a_missing_file_or_tie_is_refused_and_nothing_stored(run, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    code, _, err = run("attach-tie", str(tie), str(tmp_path / "nergens.pdf"))
    assert code == 2 and "nergens.pdf" in err
    (tmp_path / "a.txt").write_text("x")
    code, _, err = run("attach-tie", "999", str(tmp_path / "a.txt"))
    assert code == 2 and "999" in err
    assert store.tie_evidence(tie) == [] and "No files attached" in run("attach-tie", str(tie))[1]


def test_a_tie_file_goes_to_the_bin_comes_back_and_emptying_destroys_it_unless_held(run, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    from partnercheck.domain.assessment import AssessmentState
    from partnercheck.domain.retention import binned_file_may_go
    from partnercheck.services import evidence

    tie = store.tie_of(store.create(new_assessment))
    item = store.attach_to_tie(tie, "foto.jpg", b"foto van het bezoek")
    evidence.remove_from_tie(store, item.id)
    assert store.tie_evidence(tie) == [] and [b.item.id for b in store.binned_tie_evidence()] == [item.id]
    evidence.restore_to_tie(store, item.id)
    assert [i.id for i in store.tie_evidence(tie)] == [item.id] and store.binned_tie_evidence() == []
    # The tie's history keeps the file's way into the bin and back.
    moves = [(e.old, e.new) for e in store.tie_history(tie, f"evidence:{item.id}")]
    line = f"foto.jpg ({item.sha256[:12]})"
    assert moves == [(None, line), (line, "bin"), ("bin", line)]

    evidence.remove_from_tie(store, item.id)
    assert [i.id for i in store.tie_evidence(tie, in_bin=True)] == [item.id]
    code, _, err = run("woo-export", str(tie), "--out", str(tmp_path / "woo"))
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO((tmp_path / "woo" / "tie-evidence.csv").read_text(encoding="utf-8-sig"))))
    assert [(r["name"], r["in_bin"]) for r in rows] == [("foto.jpg", "yes")], "a file in the bin still exists: it is listed"
    store.set_tie_hold(tie, True)
    assert json.loads(run("bin", "--empty", "--json")[1])["files_kept"] == 1
    store.set_tie_hold(tie, False)
    emptied = json.loads(run("bin", "--empty", "--json")[1])
    assert (emptied["files_destroyed"], emptied["files_kept"]) == (1, 0)
    assert store.binned_tie_evidence() == [] and not store.has_blobs([item.sha256])
    # The rule: an answer's file is locked with an assessment in review or final.
    assert binned_file_may_go(AssessmentState.DRAFT, False) and not binned_file_may_go(AssessmentState.DRAFT, True)
    assert not binned_file_may_go(AssessmentState.REVIEW, False) and not binned_file_may_go(AssessmentState.FINAL, False)
