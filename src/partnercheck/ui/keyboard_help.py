"""Help › Keyboard shortcuts (F1): every key of the window, in the language in use.

Made from what the window has wherever it can be: the menu commands with their shortcuts
from the menus' own actions, the report preview's zoom keys from the list the preview makes
its actions from (preview_keys), the Alt letters from the very texts of the buttons, labels
and tabs. The keys of the pages (the checklist's numbers and arrows, Delete in the list) are
QShortcuts without a text of their own, so they are described here; tests/ui/test_keyboard_help.py
holds every shortcut of the window to this overview.

The texts keep the ``WindowMenus`` translation context they were written in.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from .ask import alt_key
from .preview_keys import zoom_commands
from .question_pane import MAX_NUMBER_KEYS
from .reading_window import ReadingWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

Rows = list[tuple[str, str]]  # (what it does, the keys)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowMenus", text)


def _alt(context: str, text: str) -> str:
    """The Alt key of a button, label or tab, read from its text in the language in use."""
    return alt_key(QCoreApplication.translate(context, text))


def key_text(*keys: QKeySequence | QKeySequence.StandardKey) -> str:
    return " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def command_name(action: QAction) -> str:
    """A menu command as the menu shows it, without the marks of its Alt letter."""
    return re.sub(r"&(.)", r"\1", action.text())


def menu_rows(actions: list[QAction]) -> Rows:
    return [(command_name(a), key_text(*a.shortcuts())) for a in actions if a.shortcuts()]


def checklist_rows() -> Rows:
    tabs = ", ".join(_alt("AssessmentPage", t) for t in ("&Checklist", "&Result", "&Action plan", "Repor&t"))
    stages = ", ".join(_alt("AssessmentPage", t) for t in ("Send for re&view", "Bac&k to draft", "Appro&ve (make final)…"))
    review = ", ".join(_alt("ReviewPanel", t) for t in ("Agr&eed", "Change &needed", "Co&mment:", "Save rev&iew"))
    report = ", ".join(_alt("ReportPage", t) for t in ("Report &language:", "Versi&on:", "For&mat:", "&Names and roles…"))
    basis = ", ".join(QCoreApplication.translate("EvidencePanel", key) for key in ("D", "C", "P", "A"))
    return [
        (_tr("Choose answer 1, 2, 3 …"), f"1 … {MAX_NUMBER_KEYS}  /  Alt+1 … Alt+{MAX_NUMBER_KEYS}"),
        (
            _tr("Next / previous question"),
            _tr("Ctrl+↓ / Ctrl+↑  (or %1 / %2)")
            .replace("%1", _alt("ChecklistPage", "&Next question ›"))
            .replace("%2", _alt("ChecklistPage", "‹ &Previous question")),
        ),
        (_tr("After the last question: the result, or a question still open"), "Ctrl+↓"),
        (_tr("Next / previous theme"), "Ctrl+PgDn / Ctrl+PgUp"),
        (_tr("Next question without an answer"), "Ctrl+U"),
        (_tr("The answer's basis: document, conversation, public source, assumption"), basis),
        (_tr("Attach a document to the answer"), _alt("EvidencePanel", "Attach doc&ument…")),
        (_tr("Evidence file: open it / move it to the bin"), _tr("Enter / Delete")),
        (_tr("Go to the notes"), _alt("ChecklistPage", "N&otes and evidence (saved automatically)")),
        (_tr("From the notes back to the answers"), "Esc"),
        (_tr("Show or hide the guidance"), _alt("ChecklistPage", "&Guidance")),
        (_tr("Checklist, result, action plan, report"), tabs),
        (_tr("Send for review, back to draft, approve (each asks first)"), stages),
        (_tr("Compare with the previous assessment"), _alt("ResultPage", "Compare &with previous…")),
        (_tr("In review, on the result: agreed, change needed, comment, save"), review),
        (_tr("Report: show or hide its options"), _alt("ReportOptionsFold", "O&ptions")),
        (_tr("Report: language, version, format, names and roles (also while folded)"), report),
    ]


def list_rows() -> Rows:
    return [
        (_tr("Open the selected assessment"), "Enter"),
        (_tr("Delete the selected assessment (asks first)"), _tr("Delete")),
        (_tr("Show the ties due for review (when the notice says so)"), _alt("MainWindow", "Sho&w ties due")),
        (_tr("The list's menu: reset column widths"), _tr("Menu key / Shift+F10")),
    ]


def preview_rows() -> Rows:
    return [(text, key_text(*keys)) for _name, text, keys in zoom_commands()]


def reading_rows() -> Rows:
    return [
        (_tr("Find in the text"), key_text(QKeySequence.StandardKey.Find)),
        (_tr("Find the next / the previous"), key_text(QKeySequence.StandardKey.FindNext, QKeySequence.StandardKey.FindPrevious)),
        (_tr("The user guide: back to where you were"), key_text(QKeySequence.StandardKey.Back)),
        (_tr("Close this window"), "Esc"),
    ]


def sections(actions: list[QAction]) -> list[tuple[str, Rows]]:
    return [
        (_tr("Menu commands"), menu_rows(actions)),
        (_tr("On an assessment"), checklist_rows()),
        (_tr("In the list of assessments"), list_rows()),
        (_tr("In the report's preview"), preview_rows()),
        (_tr("In this window and in the user guide"), reading_rows()),
    ]


def overview_html(parts: list[tuple[str, Rows]]) -> str:
    intro = _tr("Every key of PartnerCheck. Each task is explained step by step in the user guide: Help › User guide.")
    html = [f"<p>{escape(intro)}</p>"]
    for title, rows in parts:
        html.append(f"<h3>{escape(title)}</h3><table cellspacing='0' cellpadding='2'>")
        html += [f"<tr><td style='padding-right:18px'><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>" for what, keys in rows]
        html.append("</table>")
    return "".join(html)


class KeyboardHelp(ReadingWindow):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(_tr("Keyboard shortcuts"), parent)
        self.sections = sections(actions)
        self.text.setHtml(overview_html(self.sections))
