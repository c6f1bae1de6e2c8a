"""Dutch and English: the Dutch window (Qt's own buttons included) and a complete translation."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from partnercheck.resources import resource_dir
from partnercheck.ui.i18n import install_translators, remove_translators, resolve_language
from partnercheck.ui.main_window import MainWindow

TS = resource_dir() / "translations" / "partnercheck_nl.ts"
PLURALS_EN = resource_dir() / "translations" / "partnercheck_en.ts"  # English plural forms only
UI = Path(__file__).resolve().parents[2] / "src" / "partnercheck" / "ui"


@pytest.fixture
def dutch(qapp):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    assert len(translators) == 2  # Qt's qtbase_nl and PartnerCheck's own
    yield "nl"
    remove_translators(qapp, translators)


def test_the_window_in_dutch(qtbot, dutch, app_settings, db_path, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    window = MainWindow(app_settings, "nl")
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(db_path)
    assert [a.text() for a in window.menuBar().actions()] == ["&Bestand", "B&eoordeling", "&Help"]
    assert window.list_page.empty_new_button.text() == "Een nieuwe beoordeling be&ginnen…"

    dialog = window.assessments.new_assessment()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"  # Qt's own, in Dutch
    assert dialog.windowTitle() == "Nieuwe beoordeling"
    dialog.dutch_party_edit.setText("Gemeente Testdorp")
    dialog.counterpart_edit.setText("Teststad")
    dialog.accept()
    page = window.assessment_page
    checklist = library.active
    assert page.checklist_page.question_label.text() == checklist.questions[0].text.nl  # the checklist follows
    assert page.checklist_page.option_buttons()[0].accessibleName() == checklist.questions[0].options[0].label.nl
    assert page.level_label.text() == "Oordeel: ◌ Niet begonnen"
    assert page.tabs.tabText(page.REPORT_TAB) == "Ra&pport"
    page.checklist_page.choose_option(0)
    assert "Opgeslagen" in window.save_indicator.text()

    bad = tmp_path / "kapot.json"
    bad.write_text("{", encoding="utf-8")
    dialogs.open_path = str(bad)
    window.files.import_file()
    title, text = dialogs.last()[1:]
    assert title == "Bestand niet geïmporteerd"
    assert "‘kapot.json’ is geen beoordelingsbestand van PartnerCheck" in text


def test_language_follows_the_setting_or_the_system(qapp):  # type: ignore[no-untyped-def]
    assert resolve_language("nl") == "nl"
    assert resolve_language("en") == "en"
    system = "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"
    assert resolve_language("") == system


def _messages(path: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            text = translation.text
            if message.get("numerus") == "yes":  # one form per plural class, each filled in
                forms = [f.text for f in translation.iter("numerusform")]
                text = "|".join(f for f in forms if f) if forms and all(forms) else None
            found[(name, message.findtext("source") or "")] = (text, translation.get("type"))
    return found


def test_every_string_is_translated():  # type: ignore[no-untyped-def]
    messages = _messages(TS)
    assert len(messages) > 250
    unfinished = [key for key, (text, kind) in messages.items() if not text or kind in ("unfinished", "obsolete", "vanished")]
    assert not unfinished
    qm = TS.with_suffix(".qm")
    assert qm.stat().st_size > 10_000


@pytest.mark.slow  # a process of its own
def test_the_translation_file_knows_every_string_in_the_code(tmp_path):  # type: ignore[no-untyped-def]
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate ships with PySide6"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh), "-source-language", "en", "-target-language", "nl"], check=True, capture_output=True)
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, "run pyside6-lupdate and translate: " + repr(sorted(missing))


def test_the_translation_files_hold_no_text_the_code_has_lost() -> None:
    """A text changed in the code leaves its old source behind in the .ts (Settings once said a
    language change "takes effect when PartnerCheck is restarted"; it applies at once): every
    (context, source) in the translation files must still be a string in a module that has
    that context, as a class or as a literal (QCoreApplication.translate("MainWindow", …)).
    Read through the syntax tree, so texts split over several literals and texts passed to a
    helper (banners._tr) count."""
    import ast

    modules = []
    for path in UI.parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        strings = {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)}
        modules.append(({node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)} | strings, strings))
    lost = [
        f"{context}: {source!r}"
        for ts in (TS, PLURALS_EN)
        for context, source in _messages(ts)
        if not any(context in contexts and source in strings for contexts, strings in modules)
    ]
    assert not lost, "\n".join(lost)


def _numerus(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


@pytest.mark.slow  # a process of its own
def test_every_plural_has_its_forms_in_dutch_and_english(tmp_path):  # type: ignore[no-untyped-def]
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(fresh), "-pluralonly"], check=True, capture_output=True)
    in_code = _numerus(fresh)
    assert len(in_code) >= 8
    assert in_code <= _numerus(TS), "Dutch plural forms missing"
    assert in_code <= _numerus(PLURALS_EN), "English plural forms missing: add them to partnercheck_en.ts"
    english = _messages(PLURALS_EN)
    assert all(text and text.count("|") == 1 for text, _kind in english.values())  # singular and plural
    assert PLURALS_EN.with_suffix(".qm").is_file()
