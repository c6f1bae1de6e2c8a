"""The public register per tie: one row per tie (its number, and the parties, status and years
the tie has now, `ended` included), showing the latest final assessment approved for
publication; a newer final waiting for its decision is named, a tie with none is left out."""

from __future__ import annotations

import dataclasses
import sqlite3

from partnercheck.domain.assessment import Answer, AssessmentState, PartnershipStatus
from partnercheck.services import assessments


def _final(store, assessment_id, library, pick=min):  # type: ignore[no-untyped-def]
    for q in library.active.questions:
        store.save_answer(assessment_id, q.id, Answer(pick(q.options, key=lambda o: o.risk).value))
    assessments.change_state(store, assessment_id, AssessmentState.REVIEW)
    assessments.change_state(store, assessment_id, AssessmentState.FINAL, by="B. Baas")
    return assessment_id


def test_the_register_has_a_row_per_tie_with_its_latest_published_assessment(run, store, new_assessment, partnership, library, tmp_path):  # type: ignore[no-untyped-def]
    first = _final(store, store.create(new_assessment), library)
    tie = store.tie_of(first)
    assert run("approve-publication", str(first), "--by", "M. Burgemeester", "--note", "Gewogen")[0] == 0
    newer = assessments.revise(store, first)
    _final(store, newer, library, max)  # final with other answers, no decision yet
    other = _final(
        store, store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(partnership, counterpart="Suzhou"))), library
    )
    ended = dataclasses.replace(store.get_tie(tie), status=PartnershipStatus.ENDED, ended=2025)
    store.update_tie(ended)

    register = tmp_path / "register.sqlite3"
    code, out, err = run("publish", "--out", str(register))
    assert code == 0, err
    assert f"Suzhou (assessment {other})" in out and "Left out" in out
    assert "Waiting for a publication decision" in out and f"(assessment {newer})" in out
    conn = sqlite3.connect(register)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM ties")]
    assert [(r["id"], r["counterpart"], r["status"], r["ended"]) for r in rows] == [(tie, "Yangzhou", "ended", 2025)]
    assert rows[0]["since"] == ended.since and rows[0]["reference"]
    assert {r[0] for r in conn.execute("SELECT DISTINCT tie_id FROM theme_levels")} == {tie}

    # The newer final approved: it takes the tie's row, nothing is waiting any more.
    assert run("approve-publication", str(newer), "--by", "M. Burgemeester", "--note", "Opnieuw gewogen")[0] == 0
    code, out, err = run("publish", "--out", str(register))
    assert code == 0, err
    assert "Waiting" not in out
    conn = sqlite3.connect(register)
    (row,) = conn.execute("SELECT id, reference FROM ties").fetchall()
    assert row[0] == tie and row[1] != rows[0]["reference"]
