"""A tie's history: every change to a tie recorded with who and when, in the same transaction
as the change, read back through `tie-history` (dates in words, ISO in JSON); and `tie`, which
changes a tie's details from the command line, validated whole before anything is written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3

import pytest

from partnercheck.domain.events import Event, EventKind
from partnercheck.domain.ties import Agreement
from partnercheck.services import tie_history


def _history(run, tie):  # type: ignore[no-untyped-def]
    code, out, err = run("tie-history", str(tie), "--json")
    assert code == 0, err
    return [(e["what"], e["old"], e["new"]) for e in json.loads(out)]


def test_every_change_to_a_tie_is_in_its_history(run, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    code, out, err = run("tie", str(tie), "--status", "ended", "--ended", "2025-06-01", "--add-agreement", "2012-04-02 Vriendschapsverdrag")
    assert (code, err) == (0, "") and "changed agreement, ended, status" in out
    event = store.add_event(tie, Event(dt.date(2025, 6, 1), EventKind.GIFT_RECEIVED, "Vaas"))
    store.update_event(dataclasses.replace(store.events(tie)[0], text="Vaas van porselein"))
    store.delete_event(event)
    (tmp_path / "besluit.pdf").write_bytes(b"%PDF besluit")
    assert run("attach-tie", str(tie), str(tmp_path / "besluit.pdf"))[0] == 0
    assert run("hold", str(tie), "on", "--tie", "--reason", "Woo-verzoek 5")[0] == 0
    assert run("hold", str(tie), "off", "--tie")[0] == 0
    digest = store.tie_evidence(tie)[0].sha256[:12]
    assert _history(run, tie) == [
        ("created", None, "Gemeente Breda – Yangzhou"),
        ("status", "active", "ended"),
        ("ended", None, "2025"),
        ("agreement", None, "2012-04-02 Vriendschapsverdrag"),
        (f"event:{event}", None, "2025-06-01 gift-received: Vaas"),
        (f"event:{event}", "2025-06-01 gift-received: Vaas", "2025-06-01 gift-received: Vaas van porselein"),
        (f"event:{event}", "2025-06-01 gift-received: Vaas van porselein", None),
        (f"evidence:{store.tie_evidence(tie)[0].id}", None, f"besluit.pdf ({digest})"),
        ("hold", None, "on: Woo-verzoek 5"),
        ("hold", "on: Woo-verzoek 5", None),
    ]
    entries = json.loads(run("tie-history", str(tie), "--json")[1])
    assert all(e["by"] == store.actor for e in entries)
    assert dt.datetime.fromisoformat(entries[0]["at"]).tzinfo is not None  # ISO with its offset
    # In words for a reader, in either language; never ISO.
    code, out, _ = run("tie-history", str(tie), "--lang", "nl")
    today = dt.datetime.fromisoformat(entries[-1]["at"]).astimezone().date()
    from partnercheck.domain.dates import format_date

    assert code == 0 and out.splitlines()[1].startswith(format_date(today, "nl")) and "status: actief → beëindigd" in out
    assert "beëindigd (jaar): – → 2025" in out
    english = run("tie-history", str(tie), "--lang", "en")[1]
    assert "ended (year): – → 2025" in english and "status: active → ended" in english


def test_merge_and_split_are_recorded_and_a_merged_tie_brings_its_history(run, store, new_assessment, partnership):  # type: ignore[no-untyped-def]
    keep = store.tie_of(store.create(new_assessment))
    gone_assessment = store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(partnership, counterpart="Suzhou")))
    gone = store.tie_of(gone_assessment)
    store.update_tie(dataclasses.replace(store.get_tie(gone), notes="Dubbel ingevoerd"))
    store.merge_ties(keep, gone)
    history = _history(run, keep)
    assert ("notes", "", "Dubbel ingevoerd") in history  # the history of the tie that went
    assert history[-1] == ("merged", f"tie {gone}: Gemeente Breda – Suzhou", f"tie {keep}")

    new = store.move_assessment(gone_assessment)
    assert _history(run, keep)[-1] == ("split-off", f"assessment {gone_assessment}", f"tie {new}")
    assert _history(run, new) == [("created", None, "Gemeente Breda – Suzhou"), ("split-from", f"tie {keep}", f"assessment {gone_assessment}")]
    store.move_assessment(gone_assessment, keep)
    assert _history(run, new)[-1] == ("moved-out", f"assessment {gone_assessment}", f"tie {keep}")
    assert _history(run, keep)[-1] == ("moved-in", f"tie {new}", f"assessment {gone_assessment}")


def test_details_changed_in_the_latest_assessment_are_recorded_on_the_tie(store, new_assessment, partnership):  # type: ignore[no-untyped-def]
    first = store.create(new_assessment)
    store.update_partnership(first, dataclasses.replace(partnership, status=partnership.status.__class__("dormant")))
    assert [(e.subject, e.old, e.new) for e in tie_history.tie_history(store, store.tie_of(first))][-1] == ("status", "active", "dormant")


def test_a_change_and_its_history_entry_are_stored_together_or_not_at_all(store, new_assessment, db_path):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    before = store.get_tie(tie)
    # The history cannot be written (as a disk filling up between the two statements would).
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TRIGGER no_history BEFORE INSERT ON tie_history BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(sqlite3.IntegrityError):
        store.update_tie(dataclasses.replace(before, status=before.status.__class__("ended"), agreements=(Agreement("Verdrag"),)))
    with pytest.raises(sqlite3.IntegrityError):
        store.add_event(tie, Event(dt.date(2025, 6, 1), EventKind.MEDIA, "Artikel"))
    assert store.get_tie(tie) == before and store.events(tie) == []
    assert [e.subject for e in store.tie_history(tie)] == ["created"]


def test_a_tie_file_import_is_recorded(run, store, new_assessment, tmp_path, capsys):  # type: ignore[no-untyped-def]
    from partnercheck.cli import main
    from partnercheck.workspace import open_store

    tie = store.tie_of(store.create(new_assessment))
    store.add_event(tie, Event(dt.date(2025, 6, 1), EventKind.MEDIA, "Artikel"))
    assert run("export-tie", str(tie), "--out", str(tmp_path / "band.json"))[0] == 0
    other = tmp_path / "elders.sqlite3"
    assert main(["import", "--db", str(other), str(tmp_path / "band.json")]) == 0
    capsys.readouterr()
    elsewhere = open_store(other)
    try:
        assert [(e.subject, e.new) for e in elsewhere.tie_history(1)] == [
            ("imported", "Gemeente Breda – Yangzhou"),
            ("event:1", "2025-06-01 media: Artikel"),
        ]
    finally:
        elsewhere.close()


def test_the_tie_command_shows_and_changes_a_tie(run, store, new_assessment):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    code, out, _ = run("tie", store.get_tie(tie).uuid)
    assert code == 0 and out.startswith(f"Tie {tie}: Gemeente Breda – Yangzhou") and "active" in out
    code, out, err = run(
        "tie", str(tie), "--since", "2011", "--contacts", "M. de Boer", "--notes", "Actief",
        "--agreement", "2012-04-02 Vriendschapsverdrag", "--agreement", "Intentieverklaring", "--json",
    )  # fmt: skip
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["since"], shown["contacts"], shown["notes"]) == (2011, "M. de Boer", "Actief")
    assert shown["agreements"] == [{"title": "Vriendschapsverdrag", "signed": "2012-04-02"}, {"title": "Intentieverklaring", "signed": None}]
    assert run("tie", str(tie), "--ended", "none", "--since", "none")[0] == 0
    assert (store.get_tie(tie).since, store.get_tie(tie).ended) == (None, None)
    assert run("tie", str(tie), "--no-agreements")[0] == 0 and store.get_tie(tie).agreements == ()
    code, out, _ = run("tie", str(tie), "--status", "active")
    assert code == 0 and "nothing changed" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--ended", "1800"), "partnercheck tie: --ended: 1800 is not a plausible year; nothing was changed"),
        (("--ended", "2025-13-01"), "partnercheck tie: --ended '2025-13-01': not a year"),
        (("--ended", "2008"), "partnercheck tie: --ended: 2008 is before the tie began (2009); nothing was changed"),
        (("--since", "2020", "--ended", "2015"), "partnercheck tie: --ended: 2015 is before the tie began (2020)"),
        (("--add-agreement", "2012-02-30 Verdrag"), "partnercheck tie: --add-agreement: '2012-02-30' is not a date (YYYY-MM-DD)"),
        (("--agreement", "  "), "partnercheck tie: --agreement: an agreement needs a title"),
    ],
)
def test_a_bad_change_names_the_field_exits_2_and_writes_nothing(run, store, new_assessment, args, message):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    before, history = store.get_tie(tie), store.tie_history(tie)
    code, out, err = run("tie", str(tie), "--status", "ended", *args)
    assert (code, out) == (2, "") and message in err and len(err.strip().splitlines()) <= 2
    assert store.get_tie(tie) == before and store.tie_history(tie) == history


def test_an_unknown_tie_or_status_is_refused(run, store, new_assessment, capsys):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    with pytest.raises(SystemExit) as exited:
        run("tie", str(tie), "--status", "friendly")
    assert exited.value.code == 2 and "--status: invalid choice: 'friendly'" in capsys.readouterr().err
    for command in ("tie", "tie-history"):
        code, _, err = run(command, "99")
        assert code == 2 and "99" in err


def test_a_database_from_before_tie_history_is_backed_up_and_its_ties_start_their_history(db_path):  # type: ignore[no-untyped-def]
    from partnercheck.store import migrations
    from partnercheck.store.backups import list_backups
    from partnercheck.workspace import open_store

    # The steps up to the one before tie history, as the version before it left a database
    # (later steps stay after it: a released step keeps its number).
    before = next(m.version for m in migrations.migrations() if m.name.endswith("_tie_history")) - 1
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrations.apply_pending(conn, 0, upto=before)
    conn.execute(
        "INSERT INTO partnership (uuid, dutch_party, dutch_party_kind, counterpart, counterpart_kind, status, since, match_key, created, updated) "
        "VALUES ('7d0f7a52-4c1e-4d5c-9a43-0b7c1f1e2a10', 'Gemeente Breda', 'municipality', 'Yangzhou', 'city', 'active', 2009, "
        "'gemeente breda|yangzhou', '2026-01-05T09:00:00+00:00', '2026-01-05T09:00:00+00:00')"
    )
    conn.close()
    upgraded = open_store(db_path)
    try:
        assert upgraded.db.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert [b.name.endswith(f"-v{before}.backup.sqlite3") for b in list_backups(db_path)] == [True]
        (tie,) = [t.id for t in upgraded.list_ties()]
        assert upgraded.tie_history(tie) == []  # nothing is made up for the time before
        upgraded.update_tie(dataclasses.replace(upgraded.get_tie(tie), notes="Na de upgrade"))
        assert [(e.subject, e.new) for e in upgraded.tie_history(tie)] == [("notes", "Na de upgrade")]
    finally:
        upgraded.close()


TIE_WRITER = """
import dataclasses, itertools, sys
from partnercheck.workspace import open_store
store = open_store(sys.argv[1])
for i in itertools.count():
    store.update_tie(dataclasses.replace(store.get_tie(1), notes=f"note {i}"))
    print(i, flush=True)
"""


@pytest.mark.slow
def test_a_killed_writer_leaves_each_change_with_its_history_entry_or_neither(db_path, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    import os
    import signal
    import subprocess
    import sys

    store.create(new_assessment)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", TIE_WRITER, str(db_path)], stdout=subprocess.PIPE, text=True, cwd=tmp_path, env=env)
    assert proc.stdout is not None
    reported = -1
    for line in proc.stdout:
        reported = int(line)
        if reported >= 150:
            os.kill(proc.pid, signal.SIGKILL)  # most likely in the middle of the next write
            break
    proc.wait(30)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    notes = [e.new for e in store.tie_history(1) if e.subject == "notes"]
    last = len(notes) - 1
    assert notes == [f"note {i}" for i in range(last + 1)] and last >= reported
    assert store.get_tie(1).notes == f"note {last}"  # the stored change is the last one recorded
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "– → 01-07-2025 Geschenk of hulp ontvangen: Vaas; € 300,00 Geschenken; Geregistreerd; personen: Wethouder; bron: RIB"),
        ("en", "– → 01/07/2025 Gift or aid received: Vaas; EUR 300.00 Gifts; Registered; people: Wethouder; source: RIB"),
    ],
)
def test_an_event_s_cost_category_and_disposition_read_in_words(run, store, new_assessment, lang, expected):  # type: ignore[no-untyped-def]
    from partnercheck.domain.events import CostCategory, GiftDisposition

    store.create(new_assessment)
    event = Event(dt.date(2025, 7, 1), EventKind.GIFT_RECEIVED, "Vaas", people="Wethouder", value_cents=30000, source="RIB")
    store.add_event(1, dataclasses.replace(event, category=CostCategory.GIFT, disposition=GiftDisposition.REGISTERED))
    code, out, _ = run("tie-history", "1", "--lang", lang)
    assert code == 0 and out.rstrip("\n").endswith(expected)
    # JSON keeps the codes, exact for a script and the Woo export.
    assert json.loads(run("tie-history", "1", "--json")[1])[-1]["new"] == (
        "2025-07-01 gift-received: Vaas; EUR 300.00 gift; registered; people: Wethouder; source: RIB"
    )


@pytest.mark.parametrize(
    ("lang", "status", "kind"),
    [("nl", "status: actief → slapend", "soort Chinese partij: stad → district"), ("en", "status: active → dormant", ": city → district")],
)
def test_a_status_and_a_kind_read_in_the_reader_s_words_in_both_histories(run, store, new_assessment, partnership, lang, status, kind):  # type: ignore[no-untyped-def]
    first = store.create(new_assessment)
    from partnercheck.domain.assessment import CounterpartKind, PartnershipStatus

    changed = dataclasses.replace(partnership, status=PartnershipStatus.DORMANT, counterpart_kind=CounterpartKind.DISTRICT)
    store.update_partnership(first, changed)
    out = run("tie-history", str(store.tie_of(first)), "--lang", lang)[1]
    assert status in out and kind in out
    # The assessment's own history names the same change in the same words.
    assert ("partnership.status: " + status.partition(": ")[2].replace("→", "->")) in run("history", str(first), "--lang", lang)[1]
    # JSON keeps the codes, exact for a script and the Woo export.
    assert ("status", "active", "dormant") in _history(run, store.tie_of(first))
