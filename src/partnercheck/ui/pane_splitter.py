"""The checklist page's three panes side by side (navigator, question, guidance), and how
the width is shared among them."""

from __future__ import annotations

from PySide6.QtCore import Qt
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


class PaneSplitter(QSplitter):
    def __init__(self, navigator: QWidget, question: QWidget, guidance: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setChildrenCollapsible(False)
        for pane in (navigator, question, guidance):
            self.addWidget(pane)

    def share(self, width: int, *, guidance: bool) -> None:
        """Divide ``width`` afresh, by the shares for that width with or without guidance."""
        shares = PANE_SHARES[width >= WIDE_ENOUGH_FOR_GUIDANCE, guidance]
        for pane, share in enumerate(shares):
            self.setStretchFactor(pane, share)
        self.setSizes([width * share // 100 for share in shares])
