"""At 1024x768 and 150 % (683x480 logical pixels) in Dutch: names get the room before the
verdict, theme numbers stay with their names, the red flags' question column gets the width,
the portfolio does not scroll sideways, a long tie name does not widen its tab."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QScrollArea

from partnercheck.ui.i18n import install_translators, remove_translators

LONG = "Gemeenschappelijke Regeling Samenwerkingsverband Noordoost-Brabant en Oostelijk Zuid-Holland"


@pytest.fixture
def dutch(qapp, ui_lang):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


def test_a_long_tie_name_in_same_tie_as_is_cut_with_a_tooltip_not_scrolled_sideways(qtbot, qapp, dutch, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(new_assessment.partnership, dutch_party=LONG)))
    window = make_window(lang="nl")
    tie = window.ties.open_tie(1)
    tie.resize(663, 452)
    tie.tabs.setCurrentIndex(3)
    qapp.processEvents()
    area = tie.tabs.currentWidget()
    assert isinstance(area, QScrollArea)
    assert area.horizontalScrollBar().maximum() == 0  # the tab does not scroll sideways
    combo = tie.merge_combo
    combo.setCurrentIndex(combo.findData(2))
    assert LONG in combo.currentText() and combo.toolTip() == combo.currentText()
    assert combo.width() < combo.fontMetrics().horizontalAdvance(combo.currentText())  # cut, the whole in the tooltip
