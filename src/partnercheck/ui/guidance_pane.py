"""The checklist page's guidance pane: why the current question matters, and its sources.

Its texts keep the translation context "ChecklistPage", where the translations have always
been.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..domain.checklist import Checklist, Question
from . import colours


class GuidancePane(QTextBrowser):
    def __init__(self, checklist: Checklist, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checklist = checklist
        self._lang = lang
        self.setOpenLinks(False)
        self.setAccessibleName(QCoreApplication.translate("ChecklistPage", "Guidance and sources"))

    def show_question(self, question: Question) -> None:
        self.setHtml(self._html(question))

    def _html(self, question: Question) -> str:
        why = QCoreApplication.translate("ChecklistPage", "Why this matters")
        sources = QCoreApplication.translate("ChecklistPage", "Sources")
        parts = [f"<h3>{escape(why)}</h3>"]
        for paragraph in question.guidance.get(self._lang).split("\n\n"):
            parts.append(f"<p>{escape(paragraph)}</p>")
        if question.sources:
            parts.append(f"<h3>{escape(sources)}</h3><ul>")
            for code in question.sources:
                source = self._checklist.source(code)
                if source is None:
                    parts.append(f"<li>{escape(code)}</li>")
                    continue
                text = f"<b>{escape(source.code)}</b>: {escape(source.title)} — {escape(source.publisher)}, {escape(source.date)}"
                if source.url:
                    text += f"<br/><span style='color:{colours.hint(QPalette.ColorRole.Base).name()}'>{escape(source.url)}</span>"
                parts.append(f"<li>{text}</li>")
            parts.append("</ul>")
        return "".join(parts)
