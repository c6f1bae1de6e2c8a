"""Saves reach the disk once typing pauses, not in every save.

A save commits to the WAL without waiting for the disk (store.transactions): a killed window
loses nothing, and a save costs a fraction of a millisecond instead of a disk wait. The disk
wait, and the WAL checkpoint that SQLite would otherwise make inside one save in every few
hundred, come FLUSH_DELAY_MS after the last save, when nobody is waiting for it; closing the
database flushes too. What a power cut can cost is at most the saves of that last second
(docs/data-safety.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ..store.errors import StoreError

if TYPE_CHECKING:
    from ..store import AssessmentStore

FLUSH_DELAY_MS = 1000


class IdleFlush(QObject):
    def __init__(self, store: Callable[[], AssessmentStore | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store  # the window's current store, asked when the timer fires
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FLUSH_DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def follow(self, store: AssessmentStore) -> None:
        """A database was opened: from now on its checkpoints wait for a pause."""
        if store.read_only is None:
            store.checkpoint_when_idle(self.timer.start)

    def flush(self) -> None:
        store = self._store()
        if store is None:
            return
        try:
            store.flush()
        except StoreError:
            # A full or vanished disk: the saves are in the WAL, which the next flush or the
            # close tries again; the next save reports the fault itself.
            pass
