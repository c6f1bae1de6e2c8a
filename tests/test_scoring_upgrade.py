"""A database from before scoring model 2: nothing reads as "low" without answers, approved
assessments keep the levels they were approved with, drafts are rescored once, with history."""

from __future__ import annotations

import sqlite3

from partnercheck.domain.assessment import Answer
from partnercheck.domain.levels import CURRENT_MODEL
from partnercheck.domain.scoring import score
from partnercheck.store.migrations import APPLICATION_ID, migrations
from partnercheck.workspace import open_store

STAMP = "2026-01-05T09:00:00.000000+00:00"


def _version_2_database(path, checklist, rows):
    """Schema steps 1 and 2 as an older PartnerCheck left them, with the given assessments."""
    conn = sqlite3.connect(path, isolation_level=None)
    for m in migrations()[:2]:
        conn.executescript(f"BEGIN;{m.sql};PRAGMA user_version={m.version};PRAGMA application_id={APPLICATION_ID};COMMIT;")
    for state, overall, answers in rows:
        cur = conn.execute(
            "INSERT INTO assessment (checklist_id, checklist_version, dutch_party, dutch_party_kind, counterpart, counterpart_kind, "
            "status, created, updated, overall, answered, total, state, approved_by, approved_on) "
            "VALUES (?, ?, 'Gemeente Ede', 'municipality', 'Xi''an', 'city', 'active', ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                checklist.id,
                checklist.version,
                STAMP,
                STAMP,
                overall,
                len(answers),
                len(checklist.questions),
                state,
                "B. Baas" if state == "final" else None,
                "2026-01-05" if state == "final" else None,
            ],
        )
        conn.executemany(
            "INSERT INTO answer (assessment_id, question_id, value, note, updated) VALUES (?, ?, ?, '', ?)",
            [(cur.lastrowid, qid, a.value, STAMP) for qid, a in answers.items()],
        )
    conn.close()


def test_upgrade_fills_the_verdict_keeps_finals_and_rescores_drafts(tmp_path, library):
    checklist = library.get("china-partnerships", "2026.1")
    assert checklist is not None
    lowest = {q.id: Answer(min(q.options, key=lambda o: o.risk).value) for q in checklist.questions}
    risky = dict(lowest)
    for theme in checklist.themes:  # one risk-2 answer in every theme: many medium themes
        q = next(q for q in theme.questions if any(o.risk == 2 and not o.red_flag for o in q.options))
        risky[q.id] = Answer(next(o for o in q.options if o.risk == 2 and not o.red_flag).value)
    assert score(checklist, risky, model=1).overall.code == "medium"
    assert score(checklist, risky, model=2).overall.code == "high"

    path = tmp_path / "old.sqlite3"
    _version_2_database(path, checklist, [("draft", "low", {}), ("final", "medium", risky), ("draft", "medium", risky)])

    store = open_store(path)
    by_id = {s.id: s for s in store.list_summaries()}
    # Never started: no level at all, whatever the old default said.
    assert (by_id[1].verdict, by_id[1].overall) == ("not-started", None)
    # Approved under model 1: keeps model 1 and its level.
    final = store.get(2)
    assert final.scoring_model == 1 and (by_id[2].verdict, by_id[2].overall) == ("medium", "medium")
    # A draft is rescored with the current model, and its history says so.
    draft = store.get(3)
    assert draft.scoring_model == CURRENT_MODEL and (by_id[3].verdict, by_id[3].overall) == ("high", "high")
    [entry] = [h for h in store.history(3) if h.subject == "scoring_model"]
    assert (entry.old, entry.new) == ("1", f"{CURRENT_MODEL}: high")
    assert store.refresh_scoring() == 0, "rescoring happens once"
    store.close()

    # Exported and imported elsewhere, the approved assessment keeps its model too.
    from partnercheck.domain.interchange import dumps, parse_bytes

    again = parse_bytes(dumps(final).encode(), "final.json", library)
    assert again.scoring_model == 1
