"""The promise "no network, ever": whole workflows run with every socket refused."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap

import pytest

GUARD = textwrap.dedent(
    """
    import socket
    def refuse(*args, **kwargs):
        raise OSError("PartnerCheck tried to use the network")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.socket.sendto = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    """
)


@pytest.mark.slow  # a process of its own
def test_command_line_workflow_uses_no_network(tmp_path, library):
    checklist = library.active
    doc = {
        "format": "partnercheck-assessment",
        "format_version": 1,
        "checklist": {"id": checklist.id, "version": checklist.version},
        "partnership": {
            "dutch_party": "Provincie Limburg",
            "dutch_party_kind": "province",
            "counterpart": "Sichuan",
            "counterpart_kind": "province",
            "status": "active",
            "since": 2014,
        },
        "answers": {q.id: {"value": q.options[-1].value, "note": "zonder netwerk"} for q in checklist.questions},
    }
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    db = tmp_path / "offline.sqlite3"
    script = GUARD + textwrap.dedent(
        f"""
        from partnercheck.cli import main
        for argv in (["import", {str(source)!r}], ["score", "1", "--json"], ["export", "1"],
                     ["report", "1", "--out", {str(tmp_path / "r.pdf")!r}, "--lang", "en"], ["list"]):
            code = main([*argv, "--db", {str(db)!r}])
            assert code == 0, (argv, code)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.slow  # a process of its own
def test_window_starts_and_opens_an_assessment_without_network(tmp_path):
    script = GUARD + textwrap.dedent(
        f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        from partnercheck.ui.i18n import install_translators
        from partnercheck.ui.main_window import MainWindow
        from partnercheck.ui.settings import AppSettings
        from partnercheck.domain.assessment import Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
        from partnercheck.workspace import open_store
        store = open_store(Path({str(tmp_path / "w.sqlite3")!r}))
        active = store.library.active
        store.create(Assessment(Partnership("Gemeente Meppel", DutchPartyKind.MUNICIPALITY, "Haikou", CounterpartKind.CITY,
                                            PartnershipStatus.DORMANT), active.id, active.version))
        store.close()
        app = QApplication([])
        install_translators(app, "nl")
        window = MainWindow(AppSettings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)), "nl")
        window.show()
        window.open_database(Path({str(tmp_path / "w.sqlite3")!r}))
        app.processEvents()
        assert window.open_assessment(1) is not None
        app.processEvents()
        window.close()
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_the_guard_itself_refuses_a_connection():
    namespace: dict[str, object] = {}
    original = (socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto, socket.create_connection, socket.getaddrinfo)
    try:
        exec(GUARD, namespace)
        with pytest.raises(OSError, match="network"):
            socket.create_connection(("127.0.0.1", 9))
    finally:
        socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto, socket.create_connection, socket.getaddrinfo = original
