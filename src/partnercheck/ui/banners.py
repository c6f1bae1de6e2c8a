"""The bars above every page that say something about the open database file: read only,
held on a network share, readable by other users. One kind of bar, three texts. And the
notice of ties due for review, above the list only (``DueNotice``).

The texts keep the ``MainWindow`` translation context they were written in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget

from . import colours
from .database_file_messages import read_only_reason_text

if TYPE_CHECKING:
    from ..store import AssessmentStore


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class Banner(QFrame):
    """A full-width bar in the palette's colours tinted with ``accent``; hidden without text."""

    def __init__(self, object_name: str, accent: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.accent = accent
        # Styled when first shown: most bars stay hidden, and a style sheet set at start-up
        # costs the first screen its parsing and polishing for nothing.
        self.styled = False
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.label, 1)
        self.hide()

    def say(self, text: str | None) -> None:
        if text is not None:
            if not self.styled:
                self.styled = True
                colours.follow_palette(self, self._restyle)
            self.label.setText(text)
        self.setVisible(text is not None)

    def _restyle(self) -> None:
        self.setStyleSheet(colours.banner_style(self.objectName(), self.accent))


class DueNotice(Banner):
    """Ties due for review, with the way to them (File › Ties due for review… does the same).

    Said above the list of assessments, not over an open assessment: between its tabs and
    stages every letter of the button is an Alt key already, in one language or the other
    (tests/ui/test_mnemonics.py), and at 150 % the checklist needs the row."""

    def __init__(self, stack: QStackedWidget, on_list: Callable[[], bool]) -> None:
        super().__init__("dueBanner", "#2f5f8a")
        self.on_list = on_list
        self.count: int | None = None
        self.button = QPushButton()
        self.row.addWidget(self.button)
        stack.currentChanged.connect(lambda _index: self.show_count(self.count))

    def show_count(self, count: int | None) -> None:
        self.count = count
        self.button.setText(_tr("Sho&w ties due"))  # again after a language switch
        self.say(_tr("Ties due for review: %1.").replace("%1", str(count)) if count and self.on_list() else None)


def read_only_text(store: AssessmentStore | None) -> str | None:
    """A database that cannot be written is opened read only: said above every page."""
    reason = store.read_only if store is not None else None
    if reason is None:
        return None
    return _tr("Read only: this database cannot be changed (%1). To work in it, copy it to a folder you may write to and open the copy.").replace(
        "%1", read_only_reason_text(reason)
    )


def network_text(store: AssessmentStore | None) -> str | None:
    """On a network share the database is held exclusively (store.network): said, so the
    colleague who finds it "in use" and the one holding it both know why."""
    share = store.network if store is not None else None
    if share is None:
        return None
    return _tr(
        "Network folder: this database is on a network share (%1). While it is open here, PartnerCheck holds it, "
        "so one PC at a time can work in it; others are told it is in use. Close it when you are done."
    ).replace("%1", share)


def exposure_text(store: AssessmentStore | None) -> str | None:
    """The database is not encrypted: other users who can read the file can read the names."""
    from ..services.exposure import Who, readable_by_others

    found = readable_by_others(store.path) if store is not None else []
    if not found:
        return None
    whom = _tr("every user of this computer") if found[0].who is Who.OTHERS else _tr("the members of its group")
    return (
        _tr("“%1” can be read by %2, and the database is not encrypted. Make it private: chmod 600 the file, chmod 700 its folder.")
        .replace("%1", str(found[0].path))
        .replace("%2", whom)
    )
