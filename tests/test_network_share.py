"""A database on a network share (issue 17): detected from the system's own answer, and then
opened with a rollback journal and held exclusively, never in WAL (which needs shared memory
on one host). No share can be mounted in CI, so the decision is tested on real mount-table
lines and on this machine's own /proc/self/mountinfo, and the opening by overriding the answer."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from partnercheck.cli import main
from partnercheck.domain.assessment import Answer
from partnercheck.store import network
from partnercheck.workspace import open_store

# Lines as Linux writes them (proc(5)); a mount point with a space is written \040.
MOUNTINFO = "\n".join(
    [
        "22 27 0:21 / /proc rw,relatime - proc proc rw",
        "27 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw,errors=remount-ro",
        "88 27 0:52 / /mnt/afdeling rw,relatime shared:40 - cifs //fs01.gemeente.local/afdeling rw,vers=3.1.1,sec=ntlmssp",
        "89 27 0:53 / /mnt/Gedeelde\\040map rw,relatime shared:41 - nfs4 fs02:/export/data rw,vers=4.2",
        "90 27 0:54 / /home/ambtenaar/server rw,nosuid,nodev,relatime shared:42 - fuse.sshfs ambtenaar@fs03:/data rw,user_id=1000",
        "91 88 259:3 / /mnt/afdeling/lokaal rw,relatime shared:43 - ext4 /dev/sdb1 rw",
    ]
)


@pytest.mark.parametrize(
    ("path", "expected", "remote"),
    [
        ("/mnt/afdeling/PartnerCheck/partnercheck.sqlite3", "cifs", True),
        ("/mnt/Gedeelde map/pc.sqlite3", "nfs4", True),
        ("/home/ambtenaar/server/pc.sqlite3", "fuse.sshfs", True),
        ("/mnt/afdeling/lokaal/pc.sqlite3", "ext4", False),  # a local disk mounted inside the share
        ("/mnt/afdelingen/pc.sqlite3", "ext4", False),  # a name that only starts like the share
        ("/home/ambtenaar/pc.sqlite3", "ext4", False),
    ],
)
def test_the_mount_holding_a_file_decides(path, expected, remote):
    fs_type = network.mount_type(MOUNTINFO, path)
    assert fs_type == expected
    assert network.is_network_type(fs_type) is remote


@pytest.mark.slow  # a process of its own
@pytest.mark.skipif(not Path("/proc/self/mountinfo").exists() or shutil.which("findmnt") is None, reason="Linux with findmnt")
def test_this_machines_mount_table_agrees_with_findmnt(tmp_path):
    real = tmp_path.resolve() / "pc.sqlite3"
    expected = subprocess.run(["findmnt", "-n", "-o", "FSTYPE", "-T", str(tmp_path)], capture_output=True, text=True, check=True).stdout.strip()
    assert network.mount_type(Path("/proc/self/mountinfo").read_text(), str(real)) == expected
    assert network.network_share(real) is None  # the test folder is on a local disk


@pytest.mark.parametrize(
    ("path", "drive_type", "expected"),
    [
        (r"\\fs01\afdeling\PartnerCheck\pc.sqlite3", None, "UNC path"),
        (r"\\?\UNC\fs01\afdeling\pc.sqlite3", None, "UNC path"),
        (r"H:\PartnerCheck\pc.sqlite3", 4, "network drive"),  # DRIVE_REMOTE: a mapped drive
        (r"C:\Users\ambtenaar\pc.sqlite3", 3, None),  # DRIVE_FIXED
        (r"\\?\C:\Users\ambtenaar\pc.sqlite3", None, None),
    ],
)
def test_windows_unc_paths_and_mapped_drives(path, drive_type, expected):
    assert network.windows_share_kind(path, drive_type) == expected


@pytest.fixture
def on_a_share(monkeypatch):
    monkeypatch.setattr(network, "network_share", lambda real: "cifs")


def test_on_a_share_the_database_has_a_rollback_journal_and_an_exclusive_lock(db_path, new_assessment, on_a_share):
    store = open_store(db_path)
    try:
        assert store.network == "cifs"
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert store.db.execute("PRAGMA locking_mode").fetchone()[0] == "exclusive"
        new_id = store.create(new_assessment)
        question = store.library.active.questions[0]
        store.save_answer(new_id, question.id, Answer(question.options[0].value, "op de share"))
        assert not db_path.with_name(db_path.name + "-wal").exists()
        assert not db_path.with_name(db_path.name + "-shm").exists()
        # Another program (here: another connection) cannot even read while it is held.
        other = sqlite3.connect(db_path, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("SELECT count(*) FROM assessment").fetchone()
        other.close()
    finally:
        store.close()
    header = db_path.read_bytes()[18:20]
    assert header == b"\x01\x01"  # file format 1: rollback journal, not WAL (2)
    store = open_store(db_path)
    try:
        assert store.get(new_id).answers[question.id].note == "op de share"
    finally:
        store.close()


@pytest.mark.slow  # a process of its own
def test_a_second_program_is_told_the_database_is_in_use(db_path, new_assessment, on_a_share):
    store = open_store(db_path)
    try:
        store.create(new_assessment)
        code = (
            "import sys\n"
            "from partnercheck.store import network\n"
            "from partnercheck.store.errors import DatabaseLockedError\n"
            "network.network_share = lambda real: 'cifs'\n"
            "import partnercheck.store.database as d\n"
            "d.BUSY_TIMEOUT_MS = 200  # not the usual five seconds of waiting\n"
            "from partnercheck.workspace import open_store\n"
            "try:\n    open_store(sys.argv[1])\nexcept DatabaseLockedError:\n    print('in use')\n"
        )
        result = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, timeout=60)
        assert result.stdout.strip() == "in use", result.stderr
    finally:
        store.close()


def test_a_local_database_is_in_wal_again_after_the_share(db_path, new_assessment, on_a_share, monkeypatch):
    open_store(db_path).close()
    monkeypatch.setattr(network, "network_share", lambda real: None)
    store = open_store(db_path)
    try:
        assert store.network is None
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()


def test_the_command_line_says_so_on_stderr_in_its_language(db_path, new_assessment, tmp_path, on_a_share, capsys):
    from partnercheck.domain.interchange import dumps

    source = tmp_path / "a.json"
    source.write_text(dumps(new_assessment), encoding="utf-8")
    assert main(["import", str(source), "--db", str(db_path)]) == 0
    assert main(["list", "--db", str(db_path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Imported")  # stdout stays what scripts read
    assert err.count("network share (cifs)") == 2 and "one PC at a time" in err
    assert main(["list", "--db", str(db_path), "--lang", "nl"]) == 0
    err = capsys.readouterr().err
    assert err.count("netwerkschijf (cifs)") == 1 and "op één pc tegelijk" in err and "network share" not in err
