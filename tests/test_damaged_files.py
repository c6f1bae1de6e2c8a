"""More than a hundred damaged or foreign files, made deterministically from a real database
with 30 assessments: each gives one clean line and exit status 2 from ``partnercheck list``
with every byte of the file and its journals unchanged; or, where SQLite's checks find the
data sound (a flipped bit in unused space), the list shows all 30 assessments and the file
is still unchanged."""

from __future__ import annotations

import gc
import json
import random
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from damage_helpers import build_database, copy_database, fingerprint, hot_journal, template, wal_with_frames

from partnercheck.cli import main
from partnercheck.store.migrations import APPLICATION_ID, latest_version

PAGE = 4096
HEADER_OFFSETS = [0, 5, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 28, 31, 32, 36, 40, 43, 44, 47, 48, 52, 56, 59, 60, 63, 64, 68, 71, 72, 92, 96]


def _pages(db: Path) -> dict[int, str]:
    """Page number -> what it holds ('table:assessment', 'index:...'), from SQLite's dbstat."""
    conn = sqlite3.connect(db)
    kinds = dict(conn.execute("SELECT name, type FROM sqlite_master"))
    kinds["sqlite_schema"] = "table"
    pages = {
        pageno: f"{kinds.get(name, 'table')}:{name}:{pagetype}"
        for name, pageno, pagetype in conn.execute("SELECT name, pageno, pagetype FROM dbstat")
    }
    conn.close()
    return pages


def _flip(data: bytearray, offset: int, bit: int = 0) -> None:
    data[offset] ^= 1 << bit


def cases(source: Path, other: Path) -> list[tuple[str, object]]:
    """(name, make) where make(db_path) turns a copy of ``source`` into the damaged case."""
    rng = random.Random(17)
    original = source.read_bytes()
    size = len(original)
    made: list[tuple[str, object]] = []

    def with_bytes(name, change):
        def make(db: Path) -> None:
            data = bytearray(original)
            change(data)
            db.write_bytes(bytes(data))

        made.append((name, make))

    for cut in (1, 10, 15, 16, 50, 99, 100, 101, 1000, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE, size // 2, size - PAGE, size - 100, size - 1):
        with_bytes(f"truncated to {cut} bytes", lambda d, cut=cut: d.__delitem__(slice(cut, None)))
    for offset in HEADER_OFFSETS:
        with_bytes(f"header byte {offset} flipped", lambda d, o=offset: _flip(d, o, rng.randrange(8)))
    for offset in (100, 101, 103, 105, 107, 108, 112, 120, 200, 1000, 2000, 3000, 3900, 4000, 4090):
        with_bytes(f"schema page byte {offset} flipped", lambda d, o=offset: _flip(d, o, rng.randrange(8)))
    for pageno, what in sorted(_pages(source).items()):
        if pageno == 1:
            continue
        start = (pageno - 1) * PAGE
        with_bytes(f"page {pageno} ({what}) b-tree header flipped", lambda d, s=start: _flip(d, s + rng.choice((0, 3, 5)), rng.randrange(8)))
        with_bytes(f"page {pageno} ({what}) zero-filled", lambda d, s=start: d.__setitem__(slice(s, s + PAGE), bytes(PAGE)))
        if pageno % 3 == 0:
            with_bytes(f"page {pageno} ({what}) byte flipped mid-page", lambda d, s=start: _flip(d, s + rng.randrange(8, PAGE), rng.randrange(8)))
    for version in (latest_version() + 1, 99, 2**31 - 1):
        with_bytes(f"newer user_version {version}", lambda d, v=version: d.__setitem__(slice(60, 64), v.to_bytes(4, "big")))
    with_bytes("user_version -1", lambda d: d.__setitem__(slice(60, 64), (-1).to_bytes(4, "big", signed=True)))
    with_bytes("user_version 0", lambda d: d.__setitem__(slice(60, 64), bytes(4)))
    for app_id in (0, 0x0F055112, int.from_bytes(b"GPKG", "big"), APPLICATION_ID + 1):
        with_bytes(f"application id {app_id:#x}", lambda d, a=app_id: d.__setitem__(slice(68, 72), a.to_bytes(4, "big")))
    with_bytes("random bytes after the magic", lambda d: d.__setitem__(slice(16, size), rng.randbytes(size - 16)))
    with_bytes("not SQLite: a PDF", lambda d: d.__setitem__(slice(0, size), b"%PDF-1.7\n" + bytes(100)))

    def foreign_app(db: Path) -> None:
        db.unlink()
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE tiles (zoom INTEGER, x INTEGER, y INTEGER, data BLOB)")
        conn.execute("PRAGMA application_id = 1297367624")  # MBTiles' 'MPBX'
        conn.commit()
        conn.close()

    made.append(("another program's SQLite file", foreign_app))

    def empty_sqlite(db: Path) -> None:
        db.unlink()
        sqlite3.connect(db).execute("VACUUM").connection.close()

    made.append(("an empty SQLite database", empty_sqlite))
    made.append(("an empty file", lambda db: db.write_bytes(b"")))
    made.append(("a folder", lambda db: (db.unlink(), db.mkdir())))
    made.append(("a symlink loop", lambda db: (db.unlink(), db.symlink_to(db.name))))
    made.append(("a link to nothing", lambda db: (db.unlink(), db.symlink_to("nothing-here.sqlite3"))))

    conn, wal = wal_with_frames(other)
    foreign_wal = wal.read_bytes()
    conn.close()
    foreign_journal = hot_journal(other)

    def beside(suffix: str, data: bytes):
        return lambda db: db.with_name(db.name + suffix).write_bytes(data)

    made.append(("another database's -wal", beside("-wal", foreign_wal)))
    made.append(("another database's -wal, cut short", beside("-wal", foreign_wal[: len(foreign_wal) // 2])))
    made.append(("another database's hot -journal", beside("-journal", foreign_journal)))
    made.append(("another database's -journal, cut short", beside("-journal", foreign_journal[:700])))
    made.append(("random bytes as -wal", beside("-wal", rng.randbytes(40000))))
    made.append(("random bytes as -journal", beside("-journal", rng.randbytes(40000))))

    def damaged_with_own_wal(db: Path) -> None:
        # Its own WAL, but the database file under it is damaged: refused, WAL kept.
        conn, wal = wal_with_frames(db)
        saved = wal.read_bytes()
        conn.close()
        data = bytearray(db.read_bytes())
        data[2 * PAGE : 3 * PAGE] = bytes(PAGE)
        db.write_bytes(bytes(data))
        wal.write_bytes(saved)

    made.append(("a zero-filled page under its own -wal", damaged_with_own_wal))

    def newer_with_own_wal(db: Path) -> None:
        conn = sqlite3.connect(db, isolation_level=None)
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
        conn.close()
        conn, wal = wal_with_frames(db)
        saved = db.read_bytes(), wal.read_bytes()
        conn.close()
        db.write_bytes(saved[0])
        wal.write_bytes(saved[1])

    made.append(("a newer database with its own -wal", newer_with_own_wal))
    return made


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    from partnercheck.domain.assessment import Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
    from partnercheck.workspace import checklist_library

    active = checklist_library().active
    partnership = Partnership("Gemeente Breda", DutchPartyKind.MUNICIPALITY, "Yangzhou", CounterpartKind.CITY, PartnershipStatus.ACTIVE, 2012)
    assessment = Assessment(partnership=partnership, checklist_id=active.id, checklist_version=active.version, assessor="A. de Vries")
    source = template(tmp_path_factory, assessment)
    other = build_database(
        tmp_path_factory.mktemp("other") / "other.sqlite3", replace(assessment, partnership=replace(partnership, dutch_party="Elders")), 3
    )
    return source, other


@pytest.mark.slow  # many files, each opened and checked; the quick run keeps the damaged-file tests of test_restore_damaged and test_open_safety
def test_every_damaged_or_foreign_file_is_refused_cleanly_and_left_as_it_was(sources, tmp_path, capsys):
    source, other = sources
    all_cases = cases(source, other)
    assert len(all_cases) >= 100
    outcomes = {"refused": 0, "sound": 0}
    sound = []
    for n, (name, make) in enumerate(all_cases):
        db = copy_database(source, tmp_path / f"case{n:03d}" / "partnercheck.sqlite3")
        make(db)
        journal_present = any(db.with_name(db.name + s).exists() for s in ("-wal", "-journal"))
        before = fingerprint(db) if db.is_file() else None
        code = main(["list", "--json", "--db", str(db)])
        out, err = capsys.readouterr()
        assert code in (0, 2), f"{name}: exit {code}: {err}"
        if code == 2:
            outcomes["refused"] += 1
            assert out == "" and err.count("\n") == 1, f"{name}: {err!r}"
            assert str(db) in err and "Traceback" not in err, f"{name}: {err!r}"
            assert fingerprint(db) == before if before else True, f"{name}: the file was changed"
            assert not (db.parent / "backups").exists(), name
        else:
            outcomes["sound"] += 1
            sound.append(name)
            assert len(json.loads(out)) == 30, f"{name}: listed but not all 30 assessments"
            gc.collect()  # the command leaves closing its connection to the end of the process
            if not journal_present:
                assert fingerprint(db) == before, f"{name}: the file was changed by reading it"
    with capsys.disabled():
        print(f"\n{len(all_cases)} damaged or foreign files: {outcomes}; read as sound: {'; '.join(sound)}")
    assert outcomes["refused"] >= 90
