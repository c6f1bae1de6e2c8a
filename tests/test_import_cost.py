"""What a process loads (issue 16): `partnercheck import FILE` in a script's loop, and the
window's first paint, pay for the modules they use and no others. Each test runs a process of
its own and reads its ``sys.modules``: what is asserted is which modules load, never how long
they take."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from partnercheck.services.transfer import export_text
from partnercheck.store.rows import _new_uuid
from partnercheck.workspace import open_store

# Libraries an import of a plain JSON file never needs: the window, the report, the
# spreadsheet, the Word draft and the encryption of sealed files.
HEAVY = ("PySide6", "reportlab", "openpyxl", "docx", "cryptography")

# Loaded where they are used (a method, a command, a file of that kind), not on import.
DEFERRED = (
    "partnercheck.domain.retention",  # the retention rules: the bin, holds, the destruction list
    "partnercheck.domain.review",  # the review policy (and calendar)
    "partnercheck.domain.events",  # events on a tie; the `event` command's choices
    "partnercheck.domain.publication",  # Woo publication decisions
    "partnercheck.domain.tie_history",  # the lines of a tie's history
    "partnercheck.domain.tie_interchange",  # the tie file format: only for a tie file
    "partnercheck.domain.listing",  # the start screen's list query
    "zipfile",  # review packages: only for a package
    "calendar",
    "uuid",  # and platform, which it loads: a new uuid is made from os.urandom (store.rows)
    "platform",
)


def _loaded_after(code: str, *args: str, env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run ``code`` in a fresh interpreter; its output and the modules loaded when it ended."""
    script = f"import json, sys\ntry:\n    {code}\nfinally:\n    print('MODULES' + json.dumps(sorted(sys.modules)))\n"
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, timeout=120)
    marker = done.stdout.rindex("MODULES")
    return done, set(json.loads(done.stdout[marker + len("MODULES") :]))


@pytest.mark.slow  # a process of its own
def test_importing_a_plain_json_file_loads_only_what_an_import_needs(tmp_path: Path, new_assessment) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "one.json"
    source.write_text(export_text(new_assessment), encoding="utf-8")
    db = tmp_path / "imported.sqlite3"
    open_store(db).close()  # as in a script's loop: the database is there (creating it runs the migrations)
    run = "from partnercheck.cli import main; status = main(sys.argv[1:])"
    # ...and an earlier import has filled the cache (the first compiles the schema, which loads more). In a
    # process of its own: this one may hold a compiled schema already and would write no cache file.
    assert _loaded_after(run, "import", str(source), "--db", str(tmp_path / "warm.sqlite3"), env=dict(os.environ))[0].returncode == 0
    args = ("import", str(source), "--db", str(db))
    done, loaded = _loaded_after(run, *args, env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert "Imported one.json as assessment 1" in done.stdout  # it did the whole import
    assert not [m for m in loaded if m.split(".")[0] in HEAVY]
    assert [m for m in DEFERRED if m in loaded] == []
    # ...and what it needs is loaded where it is used: the store, the parser, the scoring.
    assert {"partnercheck.store.repository", "partnercheck.domain.interchange", "partnercheck.domain.scoring"} <= loaded


@pytest.mark.slow  # a process of its own
def test_importing_the_store_loads_the_repository_only_when_it_is_used() -> None:
    # The command line catches StoreError for every command: that must not load the repository.
    _, loaded = _loaded_after("from partnercheck.store import StoreError")
    assert "partnercheck.store.repository" not in loaded
    assert not [m for m in loaded if m.startswith("partnercheck.domain.")]
    # The window opens a store and lists: the repository, without the rules it applies later.
    _, loaded = _loaded_after("import partnercheck.store, partnercheck.services.workspace; partnercheck.store.AssessmentStore")
    assert "partnercheck.store.repository" in loaded
    window_later = ("partnercheck.domain.evidence", "partnercheck.domain.checklist", "partnercheck.domain.ties", "hashlib")
    # ...nor the records (the list shows summaries), the sign-off rules, the bilingual text
    # type, or dataclasses (the summaries and the list's query are named tuples).
    window_later += ("partnercheck.domain.records", "partnercheck.domain.signoff", "partnercheck.domain.text", "dataclasses")
    assert [m for m in (*DEFERRED, *window_later) if m in loaded] == []
    assert not [m for m in loaded if m.split(".")[0] in HEAVY]


@pytest.mark.slow  # a process of its own
def test_a_tie_file_and_the_event_command_still_load_what_they_need(tmp_path: Path) -> None:
    """The other side of the deferral: the names are there when they are used."""
    event = "['event', 'add', '1', '--kind', 'visit-out', '--date', '2024-01-01', '--text', 'x']"
    done, loaded = _loaded_after(f"from partnercheck.cli.parser import build_parser; build_parser('event').parse_args({event})")
    assert done.returncode == 0, done.stderr
    assert "partnercheck.domain.events" in loaded
    tie = """b'{"format": "partnercheck-tie"}'"""
    done, loaded = _loaded_after(f"from partnercheck.services.tie_transfer import tie_file_in; assert tie_file_in({tie})")
    assert done.returncode == 0, done.stderr
    assert "partnercheck.domain.tie_interchange" in loaded


def test_a_new_uuid_is_a_random_version_4_uuid_in_its_usual_form() -> None:
    import uuid

    made = [_new_uuid() for _ in range(2000)]
    assert len(set(made)) == len(made)
    for text in made:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122
