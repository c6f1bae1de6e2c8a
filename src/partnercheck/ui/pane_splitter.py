"""The checklist page's three panes side by side (navigator, question, guidance), and how
the width is shared among them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

# Below this page width (logical pixels) three panes leave the question and the theme names
# too little room, so the guidance starts hidden (the Guidance button shows it). 1024x768
# gives a page ~1010 wide, 1366x768 at 150 % ~890; at 125 % ~1090; 1920x1080 at 150 % ~1260.
WIDE_ENOUGH_FOR_GUIDANCE = 1200
# Shares of the width for navigator, question and guidance, by (wide enough?, guidance shown?).
# The stretch factors follow the same shares, so a resized window shrinks or grows the panes
# alike instead of only the question. In a narrow window the navigator keeps room for the
# theme names beside the progress and level columns.
PANE_SHARES = {
    (True, True): (25, 47, 28),
    (True, False): (25, 75, 0),
    (False, True): (30, 42, 28),
    (False, False): (34, 66, 0),
}

# The most the navigator takes to keep its theme names whole (1024x768 at 150 %: 40 %, leaving
# the question about 400 pixels).
NAVIGATOR_MOST = 42


class PaneSplitter(QSplitter):
    def __init__(self, navigator: QWidget, question: QWidget, guidance: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setChildrenCollapsible(False)
        for pane in (navigator, question, guidance):
            self.addWidget(pane)
        self._dragged = False
        self.splitterMoved.connect(self._moved)

    def share(self, width: int, *, guidance: bool) -> None:
        """Divide ``width`` afresh, by the shares for that width with or without guidance. The
        navigator gets at least the width its theme names need to wrap between words (up to
        NAVIGATOR_MOST of the width); the other panes share the rest as before."""
        shares = PANE_SHARES[width >= WIDE_ENOUGH_FOR_GUIDANCE, guidance]
        sizes = [width * share // 100 for share in shares]
        for pane, share in enumerate(shares):
            self.setStretchFactor(pane, share)
        self.setSizes(self._names_kept_whole(sizes))

    def _names_kept_whole(self, sizes: list[int]) -> list[int]:
        """``sizes`` with the navigator widened to the width its theme names need, if it is
        narrower and that is at most NAVIGATOR_MOST of the whole; the others give way alike."""
        width = sum(sizes)
        wanted = getattr(self.widget(0), "wanted_width", None)
        if wanted is None or self._dragged or width <= 0:
            return sizes
        least = min(wanted(), width * NAVIGATOR_MOST // 100)
        if sizes[0] >= least:
            return sizes
        rest = sum(sizes[1:]) or 1
        return [least, *((width - least) * size // rest for size in sizes[1:])]

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The stretch factors shrink the navigator with the window; at 150 % on 1024x768 that
        # cut its theme names inside words.
        super().resizeEvent(event)
        sizes = self.sizes()
        kept = self._names_kept_whole(sizes)
        if kept != sizes:
            self.setSizes(kept)

    def _moved(self) -> None:
        self._dragged = True  # the user chose the widths: they stay
