"""A tie's history in its dialog: every recorded change, newest first, with when (in the
reader's words, never ISO), who, what, and the change (old → new), as an assessment's
history dialog shows it. It only shows what it is given;
ui.tie_actions reads the history through services.tie_history.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..domain.assessment import CounterpartKind, DutchPartyKind, HistoryEntry, PartnershipStatus
from ..domain.history_values import readable_value
from ..domain.tie_history import subject_words
from .dates import local_time_text, ui_language
from .history_text import ARROW, NOTHING, hold_text, shorten
from .labels import counterpart_kind_word, dutch_party_kind_word, status_word
from .text_table import Cell, TextTableModel, text_table

# Stored codes shown in the words of the window's language.
_WORDS: dict[str, Callable[[str], str]] = {
    "status": lambda v: status_word(PartnershipStatus(v)),
    "dutch_party_kind": lambda v: dutch_party_kind_word(DutchPartyKind(v)),
    "counterpart_kind": lambda v: counterpart_kind_word(CounterpartKind(v)),
    "hold": lambda v: hold_text(v) or v,
}


# "assessment 12" and "tie 3" as the store records them (moved, split, added, hold extended).
_NUMBERED = re.compile(r"^(assessment|tie) (\d+)")


def _numbered(value: str) -> str:
    match = _NUMBERED.match(value)
    if match is None:
        return value
    if match.group(1) == "assessment":
        words = QCoreApplication.translate("TieHistoryView", "assessment %1")
    else:
        words = QCoreApplication.translate("TieHistoryView", "tie %1")
    return words.replace("%1", match.group(2)) + value[match.end() :]


def _value(subject: str, value: str | None) -> str:
    if not value:  # none, or an empty field (contacts, notes)
        return NOTHING
    try:
        if subject in _WORDS:
            return _WORDS[subject](value)
        return _numbered(readable_value(subject, value, ui_language()) or value)
    except ValueError:  # a code this version does not know: shown as stored
        return value


def _change(entry: HistoryEntry) -> Cell:
    whole = _value(entry.subject, entry.old) + ARROW + _value(entry.subject, entry.new)
    short = shorten(_value(entry.subject, entry.old)) + ARROW + shorten(_value(entry.subject, entry.new))
    return Cell(short, whole if short != whole else "")


class TieHistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = TextTableModel([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change")], self)
        self.table = text_table(self.model, self.tr("History of the tie"), stretch=3)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("No changes recorded yet."))
        layout.addWidget(self.empty_label)

    def set_entries(self, entries: Sequence[HistoryEntry], lang: str) -> None:
        rows: list[list[Cell | str]] = [[local_time_text(e.at), e.actor, subject_words(e.subject, lang), _change(e)] for e in reversed(entries)]
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
