"""Start-up (run_app), what loads at start-up, settings, about, and the Qt 6.12 regression guard."""

from __future__ import annotations

import datetime as _dt
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from partnercheck.app import database_path
from partnercheck.domain.assessment import AssessmentState
from partnercheck.domain.dates import format_date
from partnercheck.ui.dialogs import AboutDialog, SettingsDialog
from partnercheck.ui.settings import AppSettings


def test_database_location(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from partnercheck import app, paths

    assert app.DB_ENV == paths.DB_ENV  # spelled out in app.py so that start-up need not load platformdirs
    monkeypatch.setenv("PARTNERCHECK_DB", str(tmp_path / "env.sqlite3"))
    assert database_path(str(tmp_path / "last.sqlite3")) == tmp_path / "env.sqlite3"
    monkeypatch.delenv("PARTNERCHECK_DB")
    assert database_path(str(tmp_path / "last.sqlite3")) == tmp_path / "last.sqlite3"
    assert database_path("").name == "partnercheck.sqlite3"


@pytest.mark.slow  # a process of its own
def test_run_app_shows_the_list_before_loading_reports_dialogs_and_controllers(tmp_path):  # type: ignore[no-untyped-def]
    """In a process of its own, as the app is started (app.exec() must not run inside the test process)."""
    script = textwrap.dedent(
        """
        import builtins, gc, sys
        import partnercheck.app
        at_mark = set()
        collecting = []

        def mark(*args, **kwargs):  # what is loaded when the list is first shown, not at exit
            if args and str(args[0]).startswith("PARTNERCHECK_SHOWN"):
                at_mark.update(sys.modules)
                collecting.append(gc.isenabled())  # start-up pauses the collector, the first screen resumes it
            builtins.print(*args, **kwargs)

        partnercheck.app.print = mark
        status = partnercheck.app.run_app([])
        heavy = [
            m for m in (
                "reportlab", "docx", "openpyxl", "cryptography", "fastjsonschema",
                "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport",
            )
            if m in at_mark
        ]
        # Not needed to show the list either: they load when first used.
        later = (
            "sqlite_utils", "platformdirs", "tomllib", "html",
            "partnercheck.domain.interchange", "partnercheck.domain.reference", "partnercheck.domain.library",
            "partnercheck.ui.assessment_page", "partnercheck.ui.session", "partnercheck.ui.partnership_dialog",
            "partnercheck.ui.backup_dialog", "partnercheck.ui.bin_dialog", "partnercheck.ui.dialogs",
            # the controllers and the services behind them (window_controllers)
            "partnercheck.ui.file_actions", "partnercheck.ui.assessment_actions", "partnercheck.ui.signoff_actions",
            "partnercheck.ui.history_actions", "partnercheck.ui.publication_actions", "partnercheck.ui.tie_actions",
            "partnercheck.services.assessments", "partnercheck.services.portfolio", "partnercheck.services.ties",
            # message boxes and questions: when one is shown
            "partnercheck.ui.ask",
            # OpenSSL: the schema cache's key needs none (schema_cache); evidence files load it
            "hashlib", "_hashlib",
        )
        early = [m for m in later if m in at_mark]
        print("STATUS", status, "MARKED", bool(at_mark), "HEAVY", heavy, "EARLY", early, "COLLECTING", collecting)
        """
    )
    db, ini = tmp_path / "s.sqlite3", tmp_path / "s.ini"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PARTNERCHECK_DB=str(db),
        PARTNERCHECK_SETTINGS=str(ini),
        PARTNERCHECK_STARTUP_MARK="exit",
    )
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "PARTNERCHECK_SHOWN" in result.stdout
    assert "STATUS 0 MARKED True HEAVY [] EARLY [] COLLECTING [True]" in result.stdout
    assert db.exists()
    assert AppSettings(QSettings(str(ini), QSettings.Format.IniFormat)).database_path == str(db)


@pytest.mark.slow  # a process of its own
def test_the_due_notice_after_the_first_screen_loads_no_ties_controller_or_dialogs(tmp_path):  # type: ignore[no-untyped-def]
    """The notice is counted right after the first screen, while the user may be typing: by the
    store, without the ties controller and its dialogs (they load when the user opens them)."""
    from partnercheck.domain.assessment import CounterpartKind, DutchPartyKind, PartnershipStatus
    from partnercheck.domain.ties import Tie
    from partnercheck.workspace import open_store

    db, ini = tmp_path / "s.sqlite3", tmp_path / "s.ini"
    store = open_store(db)
    for name in ("Jiangsu", "Zhejiang"):  # never assessed: due today
        store.create_tie(Tie("Provincie Fryslân", DutchPartyKind.PROVINCE, name, CounterpartKind.PROVINCE, PartnershipStatus.ACTIVE))
    store.close()
    script = textwrap.dedent(
        """
        import sys
        import partnercheck.app
        from PySide6.QtWidgets import QApplication
        from partnercheck.ui import main_window

        notice = main_window.MainWindow.update_due_notice

        def counted(self):
            notice(self)
            later = (
                "partnercheck.ui.tie_actions", "partnercheck.ui.portfolio_dialog", "partnercheck.ui.tie_dialog",
                "partnercheck.ui.review_settings", "partnercheck.ui.woo_actions", "partnercheck.services.ties",
                "partnercheck.services.tie_history", "partnercheck.services.portfolio", "calendar",
            )
            print("NOTICE", self.due_banner.isVisibleTo(self), self.due_count, "EARLY", [m for m in later if m in sys.modules])
            QApplication.instance().quit()

        main_window.MainWindow.update_due_notice = counted
        print("STATUS", partnercheck.app.run_app([]))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARTNERCHECK_DB=str(db), PARTNERCHECK_SETTINGS=str(ini))
    env.pop("PARTNERCHECK_STARTUP_MARK", None)
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "NOTICE True 2 EARLY []" in result.stdout and "STATUS 0" in result.stdout


def test_a_window_that_never_opens_leaves_the_garbage_collector_on(capsys) -> None:  # type: ignore[no-untyped-def]
    """Start-up pauses the collector until its first screen: --help and a usage error show none."""
    import gc

    from partnercheck.app import main as window_main
    from partnercheck.cli import main

    assert window_main(["--help"]) == 0 and gc.isenabled()
    assert main(["--db="]) == 2 and gc.isenabled()
    assert "--db needs a FILE" in capsys.readouterr().err


def test_the_quicker_pyside_module_scan_answers_as_pyside_does() -> None:
    """app._quicker_feature_scan asks a module's file for "PySide6" instead of inspect.getsource:
    the answer must be PySide6's own, for a module that uses it, one that does not, a built-in
    module and one without a source file."""
    import types

    import PySide6.QtCore  # noqa: F401  # PySide6's hook is in place once it is imported

    from partnercheck.app import _quicker_feature_scan

    _quicker_feature_scan()
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 has no module scan")
    quicker = feature._mod_uses_pyside
    assert quicker.quicker
    import partnercheck.domain.assessment
    import partnercheck.ui.list_page

    no_file = types.ModuleType("partnercheck_no_file")
    for module, uses in ((partnercheck.ui.list_page, True), (partnercheck.domain.assessment, False), (sys, False), (no_file, False)):
        assert quicker(module) is uses
        assert quicker.original(module) is uses


def test_a_bad_start_up_database_is_reported_after_the_window_shows(qtbot, make_window, tmp_path, dialogs, app_settings, ui_lang):  # type: ignore[no-untyped-def]
    from partnercheck.ui.main_window import MainWindow

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    window = MainWindow(app_settings, ui_lang)
    qtbot.addWidget(window)
    window.show()
    window.open_initial_database(junk)
    assert not dialogs.messages  # nothing modal from the constructor or before the loop runs
    qtbot.waitUntil(lambda: bool(dialogs.messages))
    assert "is not a PartnerCheck database" in dialogs.last()[2]
    assert window.store is None and "no database open" in window.windowTitle()
    assert not window.menus.new_action.isEnabled()
    assert junk.read_bytes() == b"not a database at all"


def test_settings_dialog_stores_choices(qtbot, app_settings, ui_lang):  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(app_settings)
    qtbot.addWidget(dialog)
    assert any("changes at once" in w.text() for w in dialog.findChildren(QLabel))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    assert dialog.language_changed
    dialog.assessor_edit.setText("  J. Jansen ")
    dialog.report_combo.setCurrentIndex(dialog.report_combo.findData("en"))
    dialog.accept()
    assert (app_settings.language, app_settings.assessor, app_settings.report_language) == ("nl", "J. Jansen", "en")


def test_about_names_version_checklist_and_sources(qtbot, window, library):  # type: ignore[no-untyped-def]
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    text = dialog.browser.toPlainText()
    checklist = library.active
    assert "PartnerCheck 0." in text or "PartnerCheck 1." in text
    assert checklist.id in text and checklist.version in text
    assert all(source.code in text for source in checklist.sources)
    reviewed = _dt.date.fromisoformat(checklist.content_date)
    assert f"Content reviewed up to {format_date(reviewed, 'en')}" in text, "an offline town hall sees how current it is"


def test_assessor_name_is_remembered(qtbot, window, app_settings):  # type: ignore[no-untyped-def]
    dialog = window.assessments.new_assessment()
    dialog.dutch_party_edit.setText("Provincie Testland")
    dialog.counterpart_edit.setText("Testprovincie")
    dialog.assessor_edit.setText("M. Bakker")
    dialog.accept()
    assert app_settings.assessor == "M. Bakker"
    assert window.session.assessment.assessor == "M. Bakker"
    window.show_list()
    again = window.assessments.new_assessment()
    assert again.assessor_edit.text() == "M. Bakker"
    again.reject()


def test_a_final_assessment_is_read_only_until_a_new_revision(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    from partnercheck.domain.assessment import Answer

    new_assessment.answers = {q.id: Answer(q.options[0].value) for q in library.active.questions}
    assessment_id = store.create(new_assessment)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    store.set_state(assessment_id, AssessmentState.FINAL, by="Wethouder")
    window.reload_list()
    page = window.open_assessment(assessment_id)
    assert page.lock_banner.isVisible() and "Wethouder" in page.lock_label.text()
    cp = page.checklist_page
    assert all(b.isEnabled() == b.isChecked() for b in cp.option_buttons())  # only the chosen answer reads as active and cp.note_edit.isReadOnly()
    cp.choose_option(1)
    assert store.get(assessment_id).answers[cp.question.id].value == library.active.questions[0].options[0].value
    assert not page.edit_button.isEnabled() and not page.action_page.add_button.isEnabled()
    new_id = window.signoff.new_revision()
    assert new_id is not None and window.session.id == new_id
    assert not window.assessment_page.lock_banner.isVisible()
    assert window.assessment_page.checklist_page.option_buttons()[0].isEnabled()


def test_twenty_thousand_void_calls(qapp):  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 aborts after ~5,000 calls of a method returning nothing (none_dealloc)."""
    label = QLabel()
    for i in range(20_000):
        label.setText(str(i))
    label.clear()
    assert label.text() == ""
