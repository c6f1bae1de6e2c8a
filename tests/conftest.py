"""Fixtures shared by the whole suite: the shipped checklist and a fresh database per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from partnercheck.domain.assessment import (
    Assessment,
    CounterpartKind,
    DutchPartyKind,
    Partnership,
    PartnershipStatus,
)
from partnercheck.domain.library import ChecklistLibrary
from partnercheck.store import AssessmentStore
from partnercheck.workspace import checklist_library, open_store

# Qt tests run headless; set before any test module imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI runs the same examples every time, so a red run can be replayed; locally they vary.
settings.register_profile("ci", derandomize=True, print_blob=True)
# The quick local run tries a fifth of the examples (tests/hypothesis_counts.py); the full run,
# CI's, keeps every count.
settings.register_profile("quick", max_examples=20)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_configure(config: pytest.Config) -> None:
    # Before the test modules are imported, so counts taken at import time follow the profile.
    if not os.environ.get("CI") and "not slow" in (config.option.markexpr or ""):
        settings.load_profile("quick")


# What scrypt costs in the tests: 2**12 instead of the program's 2**17 (128 MiB and a few tenths
# of a second per file, twice per round trip). The file format, the header and the check of the
# passphrase stay the same; only tests marked ``production_scrypt`` (the ones about the key
# derivation itself) pay the real cost. Nothing in the program can lower it: unseal accepts
# from 2**10 up to what the program writes, and seal writes LOG2_N.
TEST_LOG2_N = 12


@pytest.fixture(autouse=True)
def _cheap_scrypt(request, monkeypatch):
    if request.node.get_closest_marker("production_scrypt") is None:
        from partnercheck.services import sealed

        monkeypatch.setattr(sealed, "LOG2_N", TEST_LOG2_N)


@pytest.fixture(autouse=True)
def _english_command_line(monkeypatch):
    """The command line speaks the language of $PARTNERCHECK_LANG, else the system's: the tests
    that check its English wording must not depend on the machine's locale. A test of the Dutch
    passes --lang nl (or sets the variable itself)."""
    monkeypatch.setenv("PARTNERCHECK_LANG", "en")


@pytest.fixture(autouse=True)
def _isolated_database(tmp_path, monkeypatch):
    """No test may ever touch the user's real database, installed checklists or log folder."""
    monkeypatch.setenv("PARTNERCHECK_DB", str(tmp_path / "default.sqlite3"))
    monkeypatch.setenv("PARTNERCHECK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("PARTNERCHECK_CHECKLISTS", str(tmp_path / "installed-checklists"))
    monkeypatch.setenv("PARTNERCHECK_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def run(db_path, capsys):
    """``run("score", "1", "--json")``: the command line on the test's database; (exit, out, err)."""
    from partnercheck.cli import main

    def _run(*args):
        code = main([args[0], "--db", str(db_path), *args[1:]])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def run_in(capsys):
    """``run_in(db, "import", FILE)``: the command line on a database of the test's choosing
    (a sender's and a receiver's); (exit, out, err)."""
    from partnercheck.cli import main

    def _run(db, *args):
        code = main([args[0], "--db", str(db), *args[1:]])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def library() -> ChecklistLibrary:
    return checklist_library()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "partnercheck.sqlite3"


@pytest.fixture(scope="session")
def _template_database(tmp_path_factory) -> Path:
    """A new database at the newest schema, made once per run (with the same isolation as a
    test: nothing of the user's); each test's ``store`` starts from a copy of it, which costs
    a file copy instead of creating the schema step by step."""
    folder = tmp_path_factory.mktemp("template")
    with pytest.MonkeyPatch.context() as mp:
        for name, sub in (("DB", "default.sqlite3"), ("LOG_DIR", "logs"), ("CHECKLISTS", "installed"), ("CACHE_DIR", "cache")):
            mp.setenv(f"PARTNERCHECK_{name}", str(folder / sub))
        open_store(folder / "template.sqlite3").close()
    return folder / "template.sqlite3"


@pytest.fixture
def store(db_path, _template_database) -> AssessmentStore:
    if not db_path.exists():
        shutil.copy(_template_database, db_path)  # with its mode (0600, as a new database has)
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def partnership() -> Partnership:
    return Partnership(
        dutch_party="Gemeente Breda",
        dutch_party_kind=DutchPartyKind.MUNICIPALITY,
        counterpart="Yangzhou",
        counterpart_kind=CounterpartKind.CITY,
        status=PartnershipStatus.ACTIVE,
        since=2009,  # as Breda's own account and BN DeStem give it (resources/reference/partnerships.toml)
    )


@pytest.fixture
def new_assessment(library, partnership) -> Assessment:
    active = library.active
    return Assessment(partnership=partnership, checklist_id=active.id, checklist_version=active.version, assessor="A. de Vries")
