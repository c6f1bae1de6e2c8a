"""What a keyboard and screen-reader review in Dutch at 150 % found. The tie dialog fits a
1024x768 or 1366x768 screen at 150 % (its Details tab scrolls instead of pushing Close off the
screen) and its details form still reaches every field by Tab; a report made by keyboard leaves
the focus on its preview, not on a field an arrow key would change; the chosen answer tells a
screen reader when it does not fit the tie."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from trust_helpers import second_store

# A 768-pixel-high screen at 150 % leaves 512 logical pixels; fit_to_screen keeps 60 of them
# for the title bar and the task bar.
HEIGHT_AT_150 = 768 * 2 // 3 - 60
WIDTH_AT_150 = 1024 * 2 // 3 - 20


@pytest.fixture
def second(db_path):  # type: ignore[no-untyped-def]
    yield from second_store(db_path)


def test_the_tie_dialog_fits_a_768_pixel_screen_at_150_percent(qtbot, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    window = make_window(lang="nl")
    tie = window.ties.open_tie(1)
    assert tie is not None
    assert tie.minimumSizeHint().height() <= HEIGHT_AT_150, "Close would be off the screen"
    assert tie.minimumSizeHint().width() <= WIDTH_AT_150

    # The details scroll, and a field reached by Tab is scrolled into view.
    tie.tabs.setCurrentIndex(3)
    scroll = tie.tabs.currentWidget()
    assert isinstance(scroll, QScrollArea)
    tie.resize(tie.width(), HEIGHT_AT_150)
    qtbot.waitUntil(lambda: scroll.viewport().height() < scroll.widget().height())
    tie.details.notes_edit.setFocus()
    tie.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tie.details.notes_edit)
    for _ in range(20):
        if QApplication.focusWidget() is tie.woo_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tie.woo_button
    assert scroll.verticalScrollBar().value() > 0
    top = tie.woo_button.mapTo(scroll.widget(), tie.woo_button.rect().topLeft()).y()
    assert scroll.verticalScrollBar().value() <= top <= scroll.verticalScrollBar().value() + scroll.viewport().height()


def test_a_report_made_by_keyboard_leaves_the_focus_on_its_preview(qtbot, window, store, new_assessment, library, activate):  # type: ignore[no-untyped-def]
    """Alt+G (Dutch Alt+M) makes the report without moving the focus; the language and the
    button are disabled meanwhile, which hands the focus to the report's version, where an
    arrow key would change it. The finished preview takes it."""
    from test_report_page import open_report_page

    page, rp = open_report_page(window, store, new_assessment, library)
    activate(qtbot, window)
    rp.lang_combo.setFocus()
    qtbot.waitUntil(rp.lang_combo.hasFocus)
    with qtbot.waitSignal(rp.report_ready, timeout=30000):
        qtbot.keyClick(rp.lang_combo, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not rp.busy)
    assert rp.view is not None and rp.view.hasFocus()
    variant = rp.variant_combo.currentIndex()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert rp.variant_combo.currentIndex() == variant and rp.pdf is not None


def test_a_report_that_fails_gives_the_focus_back_to_its_button(qtbot, window, store, new_assessment, library, activate, monkeypatch, dialogs):  # type: ignore[no-untyped-def]
    from test_report_page import open_report_page

    import partnercheck.report

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("font missing")

    monkeypatch.setattr(partnercheck.report, "render_report", broken)
    page, rp = open_report_page(window, store, new_assessment, library)
    activate(qtbot, window)
    rp.generate_button.setFocus()
    qtbot.waitUntil(rp.generate_button.hasFocus)
    with qtbot.waitSignal(rp.report_failed, timeout=30000):
        qtbot.keyClick(rp.generate_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not rp.busy)
    assert rp.generate_button.hasFocus() and dialogs.last()[0] == "warning"


def test_a_screen_reader_on_the_chosen_answer_hears_that_it_does_not_fit_the_tie(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    """The warning under the answers is a label beside the focus: the chosen answer carries it
    as its accessible description, and only while it applies."""
    import dataclasses

    from test_answer_fit_window import choose, open_at

    from partnercheck.domain.assessment import PartnershipStatus

    proposed = dataclasses.replace(
        new_assessment, partnership=dataclasses.replace(new_assessment.partnership, status=PartnershipStatus.PROPOSED, since=None)
    )
    page = open_at(window, store, proposed, "rvo-icp.icp-consulted")
    pane = page.checklist_page.question_pane
    assert all(b.accessibleDescription() == "" for b in pane.option_buttons)
    choose(page, "not-since-2020-not-renewed")
    chosen = next(b for b in pane.option_buttons if b.isChecked())
    assert chosen.accessibleDescription() == pane.misfit_banner.label.text()
    assert chosen.accessibleDescription().startswith("This answer applies only to a tie entered before 2020")
    assert [b.accessibleDescription() for b in pane.option_buttons if b is not chosen] == [""] * (len(pane.option_buttons) - 1)

    page.checklist_page.next_question()  # and back: the rebuilt answers carry it again
    page.checklist_page.previous_question()
    chosen = next(b for b in pane.option_buttons if b.isChecked())
    assert chosen.accessibleDescription() == pane.misfit_banner.label.text() != ""

    choose(page, "not-consulted")
    assert all(b.accessibleDescription() == "" for b in pane.option_buttons)


def test_the_tie_details_conflict_message_is_scrolled_into_view(qtbot, make_window, store, new_assessment, monkeypatch, second):  # type: ignore[no-untyped-def]
    """Another window changed the tie; "Keep what I typed": the message saying nothing was
    saved sits under the fields, below the view of a small screen: it is brought into view."""
    import dataclasses

    from partnercheck.ui import ask

    store.create(new_assessment)
    window = make_window(lang="nl")
    tie = window.ties.open_tie(1)
    assert tie is not None
    # The fonts of a desktop (DejaVu Sans 10 on Linux) are taller than the offscreen test's.
    font = tie.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    tie.setFont(font)
    tie.resize(WIDTH_AT_150, HEIGHT_AT_150)
    tie.tabs.setCurrentIndex(3)
    scroll = tie.tabs.currentWidget()
    qtbot.keyClicks(tie.details.notes_edit, "Getypt door mij")
    saved = second.get_tie(1)
    second.update_tie(dataclasses.replace(saved, contacts="Elders: mevr. Jansen"), expected=saved)
    monkeypatch.setattr(ask, "choose", lambda *args: 0)  # Keep what I typed
    tie.details.save()
    label = tie.details.error_label
    assert label.isVisible() and label.text().startswith("Not saved")
    assert tie.details.notes_edit.toPlainText() == "Getypt door mij"

    def in_view() -> bool:
        top = label.mapTo(scroll.widget(), label.rect().topLeft()).y()
        shown = scroll.verticalScrollBar().value()
        return shown <= top and top + label.height() <= shown + scroll.viewport().height()

    qtbot.waitUntil(in_view)
