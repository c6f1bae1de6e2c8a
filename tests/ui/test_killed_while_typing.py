"""The promise: a killed window loses at most the keystroke in flight. A real window process
types a note key by key and is killed with SIGKILL; the database must hold what it typed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap

import pytest

from partnercheck.workspace import open_store

pytestmark = pytest.mark.slow

NOTE = "Contact via the Foreign Affairs Office; CPAFFC branch mapped on 12 March. " * 2

TYPIST = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from partnercheck.ui.main_window import MainWindow
    from partnercheck.ui.settings import AppSettings
    db, settings_file, assessment_id, text = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    app = QApplication([])
    window = MainWindow(AppSettings(QSettings(settings_file, QSettings.Format.IniFormat)), "en")
    window.show()
    window.open_database(Path(db))
    page = window.open_assessment(assessment_id)
    note = page.checklist_page.note_edit
    note.setFocus()
    note.moveCursor(QTextCursor.MoveOperation.End)  # go on after what earlier rounds typed
    for i, ch in enumerate(text):
        QTest.keyClicks(note, ch)
        app.processEvents()  # the event loop turns once between keys, as it does for a person
        print(i + 1, flush=True)
    """
)


def test_a_window_killed_while_typing_keeps_every_key_it_took_in(tmp_path, db_path, new_assessment, library):
    store = open_store(db_path)
    assessment_id = store.create(new_assessment)
    store.close()
    qid = library.active.questions[0].id
    rng = random.Random(11)
    before = ""
    for kill_after in (rng.randint(5, len(NOTE) - 5) for _ in range(4)):
        proc = subprocess.Popen(
            [sys.executable, "-c", TYPIST, str(db_path), str(tmp_path / "s.ini"), str(assessment_id), NOTE],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        typed = 0
        for line in proc.stdout:
            typed = int(line)
            if typed >= kill_after:
                os.kill(proc.pid, signal.SIGKILL)
                break
        proc.wait(30)
        proc.stdout.close()
        proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL
        store = open_store(db_path)
        saved = store.get(assessment_id).answers[qid].note
        store.close()
        # Every key reported typed is saved; the one in flight at the kill may be too.
        assert saved in (before + NOTE[:typed], before + NOTE[: typed + 1]), (typed, saved[-40:])
        before = saved
