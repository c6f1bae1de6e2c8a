"""Settings and About."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain.checklist import Checklist
from . import ask, colours
from .dates import stored_date_text
from .settings import LANGUAGE_AUTO, AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("Same as the computer"), LANGUAGE_AUTO)
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        form.addRow(self.tr("&Language:"), self.language_combo)
        note = QLabel(self.tr("The language of the window and of the checklist. It changes at once when you press OK."))
        note.setWordWrap(True)
        form.addRow("", note)

        self.assessor_edit = QLineEdit(settings.assessor)
        self.assessor_edit.setAccessibleName(self.tr("Your name"))
        self.assessor_edit.setPlaceholderText(self.tr("Filled in as assessor of new assessments"))
        form.addRow(self.tr("Your &name:"), self.assessor_edit)

        self.report_combo = QComboBox()
        self.report_combo.setAccessibleName(self.tr("Default report language"))
        self.report_combo.addItem(self.tr("Same as the window"), "")
        self.report_combo.addItem("Nederlands", "nl")
        self.report_combo.addItem("English", "en")
        self.report_combo.setCurrentIndex(max(0, self.report_combo.findData(settings.report_language)))
        form.addRow(self.tr("&Report language:"), self.report_combo)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ask.set_default_button(self, buttons.button(QDialogButtonBox.StandardButton.Ok))

    @property
    def language_changed(self) -> bool:
        return bool(self.language_combo.currentData() != self.settings.language)

    def accept(self) -> None:
        self.settings.language = self.language_combo.currentData()
        self.settings.assessor = self.assessor_edit.text()
        self.settings.report_language = self.report_combo.currentData()
        self.settings.sync()
        super().accept()


class AboutDialog(QDialog):
    def __init__(self, checklist: Checklist, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About PartnerCheck"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        browser = QTextBrowser()
        browser.setOpenLinks(False)
        browser.setAccessibleName(self.tr("About PartnerCheck"))
        blurb = self.tr(
            "Due diligence for partnerships of Dutch municipalities and provinces with Chinese cities and provinces. Works entirely offline."
        )
        checklist_word = self.tr("Checklist")
        identifier = self.tr("Identifier")
        version = self.tr("version")
        counts = self.tr("%1 themes, %2 questions").replace("%1", str(len(checklist.themes)))
        counts = counts.replace("%2", str(len(checklist.questions)))
        sources = self.tr("Sources")
        reviewed = self.tr("Content reviewed up to %1").replace("%1", stored_date_text(checklist.content_date)) if checklist.content_date else ""
        parts = [
            f"<h2>PartnerCheck {escape(__version__)}</h2>",
            f"<p>{escape(blurb)}</p>",
            f"<p><b>{escape(checklist_word)}:</b> {escape(checklist.title.get(lang))}<br/>",
            f"{escape(identifier)}: {escape(checklist.id)} · {escape(version)} {escape(checklist.version)} · {escape(counts)}",
            (f"<br/>{escape(reviewed)}" if reviewed else "") + "</p>",
            f"<h3>{escape(sources)}</h3><ul>",
        ]
        for s in checklist.sources:
            line = f"<b>{escape(s.code)}</b> — {escape(s.title)}, {escape(s.publisher)}, {escape(s.date)}"
            if s.url:
                line += f"<br/><span style='color:{colours.hint(QPalette.ColorRole.Base).name()}'>{escape(s.url)}</span>"
            note = s.note.get(lang) if s.note else ""
            if note:
                line += f"<br/><i>{escape(note)}</i>"
            parts.append(f"<li>{line}</li>")
        parts.append("</ul>")
        browser.setHtml("".join(parts))
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ask.set_default_button(self, buttons.button(QDialogButtonBox.StandardButton.Close))
        self.browser = browser
        self.setWindowModality(Qt.WindowModality.WindowModal)
