"""The checklist's theme names at 1024x768 and 150 % (a 683-pixel window): the navigator's
share left the names 90 pixels, so "Tekst van de overeenkomst" read "Tekst van de overee…" and
"Mensenrechtendialoog" was cut. Now the navigator takes the width its names need to wrap between
words, and the window's minimum width stays what it was. Logical pixels: no scale factor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.theme_models import ThemeProgressModel


@pytest.fixture
def dutch(qapp, ui_lang):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


def _checklist_at_150(qtbot, qapp, make_window, store, new_assessment, lang):  # type: ignore[no-untyped-def]
    window = make_window(lang=lang)
    window.resize(683, 480)
    page = window.open_assessment(store.create(new_assessment))
    cp = page.checklist_page
    qtbot.waitUntil(lambda: cp.width() < 700)
    qapp.processEvents()
    return window, cp


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_theme_name_wraps_between_words_at_150_percent(qtbot, qapp, request, make_window, store, new_assessment, lang):  # type: ignore[no-untyped-def]
    if lang == "nl":
        request.getfixturevalue("dutch")
    window, cp = _checklist_at_150(qtbot, qapp, make_window, store, new_assessment, lang)
    view, model = cp.theme_view, cp.theme_model
    column = view.columnWidth(ThemeProgressModel.THEME)
    names = [model.index(row, ThemeProgressModel.THEME).data() for row in range(model.rowCount())]
    # A number is held to its name's first word by a no-break space: "3. Mensenrechtendialoog" is one.
    longest = max(names, key=lambda name: max(view.fontMetrics().horizontalAdvance(word) for word in name.split(" ")))
    assert any(word in " ".join(names) for word in ("Mensenrechtendialoog", "Intermediaries"))
    for name in names:
        for word in name.split(" "):
            assert view.fontMetrics().horizontalAdvance(word) + 6 <= column, f"{word!r} of {longest!r} is cut"
    # The whole name stays in the tooltip and is what a screen reader reads.
    index = model.index(1, ThemeProgressModel.THEME)
    assert index.data().split("\u00a0", 1)[1] in index.data(Qt.ItemDataRole.ToolTipRole)
    # The question keeps the larger part, and the window may still be as narrow as before.
    navigator, question, _guidance = cp.splitter.sizes()
    assert question > navigator
    assert window.minimumSizeHint().width() <= 613 and window.minimumWidth() <= 613


def test_a_navigator_the_user_narrowed_stays_narrow(qtbot, qapp, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    window, cp = _checklist_at_150(qtbot, qapp, make_window, store, new_assessment, "en")
    splitter = cp.splitter
    handle = splitter.handle(1)
    # As dragging the handle does (moveSplitter is what the handle calls; it emits splitterMoved).
    splitter.moveSplitter(180, 1)
    narrowed = splitter.sizes()[0]
    assert narrowed < 200 and handle is not None
    window.resize(660, 480)
    qtbot.waitUntil(lambda: window.width() <= 660)
    qapp.processEvents()
    assert splitter.sizes()[0] <= narrowed
