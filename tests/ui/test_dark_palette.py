"""Readable in a dark palette: every visible text has a contrast of at least 4.5:1 (WCAG AA)
with what is behind it, computed from the colours Qt actually uses (palette and style sheets).

Banners set their own background: their text must not fall back on the palette's light text
on a light tint; hints must not use the bare placeholder colour (3.9:1); level colours are
lightened where the background is dark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.domain.levels import Level
from partnercheck.ui.colours import MIN_CONTRAST, contrast, over
from partnercheck.ui.labels import level_colour
from partnercheck.ui.main_window import MainWindow

DARK = {
    QPalette.ColorRole.Window: "#2d2d2d",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#282828",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.Mid: "#505050",
    QPalette.ColorRole.Dark: "#4a4a4a",  # "known partnership" used palette(dark): 2.3:1 here
    QPalette.ColorRole.Light: "#505050",
}


@pytest.fixture
def dark(qapp):  # type: ignore[no-untyped-def]
    old = qapp.palette()
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(232, 232, 232, 110))  # 3.9:1 on the window
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(old)


def _background(widget: QWidget) -> QColor:
    """What is painted behind a widget: the nearest widget (itself included) that paints its
    background (style sheet or autoFillBackground) with an opaque colour, else the window."""
    w: QWidget | None = widget
    while w is not None:
        if w.testAttribute(Qt.WidgetAttribute.WA_StyledBackground) or w.autoFillBackground():
            colour = w.palette().color(w.backgroundRole())
            if colour.alpha() == 255:
                return colour
        if w.isWindow():
            return w.palette().color(QPalette.ColorRole.Window)
        w = w.parentWidget()
    raise AssertionError("no window")


def low_contrast(top: QWidget, where: str) -> list[str]:
    found = []
    for label in top.findChildren(QLabel):
        if label.window() is not top or not label.isVisible() or not label.text().strip():
            continue
        label.ensurePolished()
        background = _background(label)
        text = over(label.palette().color(label.foregroundRole()), background)
        ratio = contrast(text, background)
        if ratio < MIN_CONTRAST:
            found.append(f"{where}: {label.text()[:50]!r} {text.name()} on {background.name()}: {ratio:.2f}:1")
    return found


def test_every_text_reads_in_a_dark_palette(qtbot, dark, app_settings, ui_lang, db_path, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    window = MainWindow(app_settings, ui_lang)
    qtbot.addWidget(window)
    window.resize(1024, 740)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_database(db_path)
    problems: list[str] = []
    checklist = library.active

    dialog = window.assessments.new_assessment()
    qtbot.waitExposed(dialog)
    dialog.choose_known(dialog._known[0])
    assert dialog.known_note.isVisible()
    problems += low_contrast(dialog, "new assessment, known partnership")
    dialog.reject()

    draft_id = store.create(new_assessment)
    answered = {q.id: Answer(max(q.options, key=lambda o: o.risk).value) for q in checklist.questions}
    new_assessment.answers = answered
    final_id = store.create(new_assessment)
    store.set_state(final_id, AssessmentState.REVIEW)
    review_id = store.create(new_assessment)
    store.set_state(review_id, AssessmentState.REVIEW)
    store.set_state(final_id, AssessmentState.FINAL, by="Hoofd IZ")
    window.reload_list()
    problems += low_contrast(window, "list")
    for assessment_id, stage in ((draft_id, "draft"), (review_id, "review"), (final_id, "final")):
        page = window.open_assessment(assessment_id)
        if stage == "draft":
            page.checklist_page.choose_option(0)  # "Saved" in the status bar
        for tab in range(page.tabs.count() - 1):  # the report tab holds no coloured text
            page.tabs.setCurrentIndex(tab)
            problems += low_contrast(window, f"{stage}, tab {tab}")
    for level in Level:
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
            ratio = contrast(level_colour(level), dark.color(role))
            if ratio < MIN_CONTRAST:
                problems.append(f"level {level} in a table: {ratio:.2f}:1")
    assert not problems, "\n".join(problems)


def test_the_light_palette_keeps_its_colours_readable(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    new_assessment.answers = {q.id: Answer(max(q.options, key=lambda o: o.risk).value) for q in library.active.questions}
    assessment_id = store.create(new_assessment)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    store.set_state(assessment_id, AssessmentState.FINAL, by="Hoofd IZ")
    window.reload_list()
    page = window.open_assessment(assessment_id)
    page.tabs.setCurrentIndex(page.RESULT_TAB)
    assert not low_contrast(window, "final, light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128


def test_a_palette_switch_at_run_time_recolours_banners_and_badges(qtbot, window, store, new_assessment, library, qapp):  # type: ignore[no-untyped-def]
    """The system turns dark while the window is open: the colours taken from the palette
    (lock banner, result banner, stage badge, level, hints, "Saved") are computed again."""
    new_assessment.answers = {q.id: Answer(max(q.options, key=lambda o: o.risk).value) for q in library.active.questions}
    assessment_id = store.create(new_assessment)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    page = window.open_assessment(assessment_id)
    page.tabs.setCurrentIndex(page.RESULT_TAB)
    window.save_indicator.saved()
    badge, banner = page.state_badge, page.lock_banner
    assert not low_contrast(window, "review, light")
    assert _background(badge).lightness() > 128 and _background(banner).lightness() > 128

    light = qapp.palette()
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(232, 232, 232, 110))
    qapp.setPalette(palette)
    qapp.processEvents()  # Qt hands the new palette down to the widgets from the event loop
    try:
        for widget in (badge, banner, page.result_page.banner):
            widget.ensurePolished()
            assert _background(widget).lightness() < 100, f"{widget.objectName()} still has a light background"
        problems = low_contrast(window, "review, switched to dark")
        page.tabs.setCurrentIndex(page.CHECKLIST_TAB)
        problems += low_contrast(window, "checklist, switched to dark")
        assert not problems, "\n".join(problems)
    finally:
        qapp.setPalette(light)
        qapp.processEvents()
    assert _background(badge).lightness() > 128, "and back to light"
