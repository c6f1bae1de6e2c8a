"""Help › User guide: the guide in the window's language, read inside PartnerCheck, offline.

The guide is docs/handleiding.md or docs/user-guide.md (resources.docs_dir: the wheel and
the bundle carry docs/), shown with Qt's own Markdown reader. Its links work as they do on
the web page of the repository: a chapter link (#5-…) scrolls to the heading GitHub would
give that anchor, a link to another shipped document (scoring.md, privacy.md) opens it here,
Back (Alt+Left) returns. Nothing goes over the network: an internet address is only said
(to copy), a file that is not shipped is named.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument, QTextTable
from PySide6.QtWidgets import QPushButton, QWidget

from ..resources import docs_dir
from . import colours
from .reading_window import ReadingWindow

GUIDES = {"nl": "handleiding.md", "en": "user-guide.md"}


def guide_file(lang: str) -> Path:
    return docs_dir() / GUIDES.get(lang, GUIDES["en"])


def anchor_of(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens
    ("5. Werken met alleen het toetsenbord" → "5-werken-met-alleen-het-toetsenbord")."""
    text = unicodedata.normalize("NFC", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def colour_links(document: QTextDocument) -> None:
    """Links in the palette's link colour made readable on the page: Qt's Markdown reader
    takes the link colour as it is, and a dark palette that leaves it at its default puts
    dark blue on black."""
    page = colours.palette().color(QPalette.ColorRole.Base)
    link = colours.readable(colours.palette().color(QPalette.ColorRole.Link), page)
    block = document.begin()
    while block.isValid():
        for start, length in _link_runs(block):
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            recolour = QTextCharFormat()
            recolour.setForeground(link)
            cursor.mergeCharFormat(recolour)
        block = block.next()


def _link_runs(block: QTextBlock) -> list[tuple[int, int]]:
    runs = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid() and fragment.charFormat().anchorHref():
            runs.append((fragment.position(), fragment.length()))
        it += 1
    return runs


def name_headings(document: QTextDocument) -> dict[str, int]:
    """Give every heading its GitHub anchor (Qt's Markdown reader gives them none), so
    QTextBrowser.scrollToAnchor finds it, and the tables room in their cells; the anchors and
    where they are."""
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            table_format = frame.format()
            table_format.setCellPadding(4)
            frame.setFormat(table_format)
    anchors: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text().strip():
            name = anchor_of(block.text())
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            mark = QTextCharFormat()
            mark.setAnchor(True)
            mark.setAnchorNames([name])
            cursor.mergeCharFormat(mark)
            anchors.setdefault(name, block.position())
        block = block.next()
    return anchors


class GuideWindow(ReadingWindow):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("User guide"), parent)
        self.path = guide_file(lang)
        self.anchors: dict[str, int] = {}
        self.visited: list[tuple[Path, int]] = []  # (document, scroll position) to go back to
        self.back_button = QPushButton(self.tr("‹ &Back"))
        back = QKeySequence(QKeySequence.StandardKey.Back).toString(QKeySequence.SequenceFormat.NativeText)
        self.back_button.setToolTip(self.tr("Back to where you were (%1)").replace("%1", back))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.tools.insertWidget(0, self.back_button)
        QShortcut(QKeySequence.StandardKey.Back, self).activated.connect(self.go_back)
        self.text.anchorClicked.connect(self.follow)
        self.text.document().setDocumentMargin(12)
        self.load(self.path)
        colours.follow_palette(self, lambda: colour_links(self.text.document()), now=False)

    def load(self, path: Path, anchor: str = "") -> None:
        self.path = path
        self.text.setMarkdown(path.read_text(encoding="utf-8"))
        self.anchors = name_headings(self.text.document())
        colour_links(self.text.document())
        self.setWindowTitle(f"{self.tr('User guide')} — {path.name}")
        self.back_button.setEnabled(bool(self.visited))
        self.say("")
        if anchor:
            self.text.scrollToAnchor(anchor)
        else:
            self.text.verticalScrollBar().setValue(0)

    def follow(self, url: QUrl) -> None:
        """A link: a chapter of this document, another shipped document, or nothing (said)."""
        if url.scheme() or url.host():  # http, https, mailto: PartnerCheck works offline
            self.say(self.tr("Not opened: PartnerCheck does not go on the internet. The address: %1").replace("%1", url.toString()))
            return
        target, anchor = url.path(), url.fragment()
        if not target:
            if anchor in self.anchors:
                self.visited.append((self.path, self.text.verticalScrollBar().value()))
                self.back_button.setEnabled(True)
                self.text.scrollToAnchor(anchor)
            return
        path = (self.path.parent / target).resolve()
        if path.suffix == ".md" and path.parent == docs_dir().resolve() and path.is_file():
            self.visited.append((self.path, self.text.verticalScrollBar().value()))
            self.load(path, anchor)
        else:
            self.say(self.tr("“%1” is not part of the documents shipped with PartnerCheck.").replace("%1", target))

    def go_back(self) -> None:
        if not self.visited:
            return
        path, position = self.visited.pop()
        if path != self.path:
            self.load(path)
        self.back_button.setEnabled(bool(self.visited))
        self.text.verticalScrollBar().setValue(position)
