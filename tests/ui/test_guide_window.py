"""Help › User guide shows the guide in the window's language inside PartnerCheck, offline:
its chapter links scroll to their headings, a link to another shipped document opens it and
Back returns, an internet address opens nothing; Esc closes, the text has the focus, Ctrl+F
finds; a language switch shows it again in the other language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from test_mnemonics import mnemonic_problems

from partnercheck.resources import docs_dir
from partnercheck.ui.guide_window import GuideWindow, guide_file
from partnercheck.ui.i18n import install_translators, remove_translators, switch_translators
from partnercheck.ui.main_window import MainWindow


@pytest.fixture
def no_desktop(monkeypatch):  # type: ignore[no-untyped-def]
    """Whatever the guide does, it never hands an address to the system's browser."""
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


@pytest.mark.parametrize(("lang", "name", "title"), [("nl", "handleiding.md", "Handleiding"), ("en", "user-guide.md", "User guide")])
def test_the_guide_in_the_window_language_with_working_chapter_links(qtbot, qapp, app_settings, db_path, no_desktop, lang, name, title):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, lang)
    try:
        window = MainWindow(app_settings, lang)
        qtbot.addWidget(window)
        window.show()
        assert window.menus.guide_action.text() == ("&Handleiding" if lang == "nl" else "&User guide")
        window.menus.guide_action.trigger()
        guide = window.menus.help_windows["guide"]
        assert isinstance(guide, GuideWindow)
        qtbot.waitExposed(guide)
        assert guide.path == docs_dir() / name and guide.windowTitle() == f"{title} — {name}"
        assert guide.isVisible() and not guide.isModal()
        assert not mnemonic_problems(guide, f"[{lang}] user guide")
        source = (docs_dir() / name).read_text(encoding="utf-8")
        chapters = re.findall(r"\]\(#([^)]+)\)", source)
        assert len(chapters) >= 13 and set(chapters) <= set(guide.anchors), "every chapter link has its heading"
        scroll = guide.text.verticalScrollBar()
        assert scroll.value() == 0
        positions = []
        for anchor in chapters[:13]:  # the table of contents, in order
            guide.follow(QUrl("#" + anchor))
            top = guide.text.cursorForPosition(guide.text.viewport().rect().topLeft()).block()
            positions.append(scroll.value())
            assert abs(top.position() - guide.anchors[anchor]) < 200 or scroll.value() == scroll.maximum(), anchor
        assert positions == sorted(positions) and positions[0] > 0, "each chapter further down"
        assert not no_desktop
    finally:
        remove_translators(qapp, translators)


def test_links_to_documents_open_here_and_addresses_open_nothing(qtbot, window, no_desktop):  # type: ignore[no-untyped-def]
    guide = window.menus.show_guide()
    assert guide.path == guide_file("en")
    guide.follow(QUrl("#5-using-only-the-keyboard"))
    where = guide.text.verticalScrollBar().value()
    guide.follow(QUrl("scoring.md"))
    assert guide.path == docs_dir() / "scoring.md" and guide.text.toPlainText().startswith("The scoring model")
    assert guide.back_button.isEnabled()
    guide.go_back()
    assert guide.path == guide_file("en") and guide.text.verticalScrollBar().value() == where
    guide.follow(QUrl("handleiding.md#5-werken-met-alleen-het-toetsenbord"))  # the other language's guide, at a chapter
    assert guide.path == docs_dir() / "handleiding.md" and guide.text.verticalScrollBar().value() > 0

    guide.follow(QUrl("https://www.rvo.nl/onderwerpen/china"))
    assert guide.status.isVisible() and "https://www.rvo.nl/onderwerpen/china" in guide.status.text()
    assert guide.path == docs_dir() / "handleiding.md", "nothing else was opened"
    guide.follow(QUrl("../resources/schemas/interchange.schema.json"))
    assert "not part of the documents" in guide.status.text()
    guide.follow(QUrl("../../../etc/passwd.md"))
    assert guide.path == docs_dir() / "handleiding.md", "no file outside the documents"
    assert not no_desktop


def test_keyboard_in_the_guide(qtbot, window, activate):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    guide = window.menus.show_guide()
    activate(qtbot, guide)
    assert guide.text.hasFocus()
    qtbot.keyClick(guide.text, Qt.Key.Key_PageDown)
    assert guide.text.verticalScrollBar().value() > 0, "the keys scroll the text at once"
    qtbot.keyClick(guide.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(guide.find_edit, "portfolio")
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Return)
    first = guide.text.textCursor().position()
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_F3)
    assert guide.text.textCursor().selectedText().lower() == "portfolio" and guide.text.textCursor().position() > first
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "guide" not in window.menus.help_windows)
    assert QApplication.activeModalWidget() is None


def test_a_language_switch_shows_the_guide_again_in_the_other_language(qtbot, window, qapp):  # type: ignore[no-untyped-def]
    guide = window.menus.show_guide()
    qtbot.waitExposed(guide)
    dialog = window.show_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    try:
        dialog.accept()
        qtbot.waitUntil(lambda: "guide" in window.menus.help_windows)
        again = window.menus.help_windows["guide"]
        assert again.path == guide_file("nl") and again.find_edit.accessibleName() == "Zoeken in de tekst"
    finally:
        remove_translators(qapp, switch_translators(qapp, "en"))


def test_links_are_readable_in_a_dark_palette(qtbot, window, qapp):  # type: ignore[no-untyped-def]
    """A dark palette that leaves the link colour at Qt's default blue: the guide's links are
    still readable on the page (4.5:1), and again after the palette changes while it is open."""
    from PySide6.QtGui import QColor, QPalette
    from test_dark_palette import DARK

    from partnercheck.ui.colours import MIN_CONTRAST, contrast

    def link_contrasts(guide: GuideWindow) -> list[float]:
        page = qapp.palette().color(QPalette.ColorRole.Base)
        found = []
        block = guide.text.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                if it.fragment().charFormat().anchorHref():
                    found.append(contrast(it.fragment().charFormat().foreground().color(), page))
                it += 1
            block = block.next()
        return found

    old = qapp.palette()
    guide = window.menus.show_guide()
    try:
        dark = QPalette()
        for role, colour in DARK.items():
            dark.setColor(role, QColor(colour))
        qapp.setPalette(dark)
        assert len(link_contrasts(guide)) >= 13 and min(link_contrasts(guide)) >= MIN_CONTRAST
        guide.follow(QUrl("handleiding.md"))  # a document opened in the dark palette
        assert min(link_contrasts(guide)) >= MIN_CONTRAST
    finally:
        qapp.setPalette(old)
        guide.close()
