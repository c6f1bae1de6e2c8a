"""One tie: its events (recorded here, keyboard first), the gifts register, the costs per year,
and its details with its assessments.

Recording an event: the form's first field has the focus; Tab goes from field to field and
Enter records (the form keeps the kind and date for the next event, and clears the rest). The
dialog only shows and asks; ui.tie_actions stores the event and refreshes it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..catalogs import translate
from ..domain.events import CATEGORY_LABELS, DISPOSITION_LABELS, GIFT_KINDS, KIND_LABELS, CostCategory, Event, EventKind, GiftDisposition, parse_euros
from ..domain.ties import Tie
from . import ask, colours
from .dates import short_date_text
from .text_guard import TextGuard, new_message_line
from .text_table import TextTableModel, fit_to_screen, text_table
from .tie_details import TieDetailsForm
from .tie_history_view import TieHistoryView

if TYPE_CHECKING:
    from .tie_evidence import TieEvidenceTab


class _ElidingCombo(QComboBox):
    """Its current text cut in the middle with "…" where it does not fit: the style only clipped
    it, and the other tie's Chinese party (the end of its name) was lost."""

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideMiddle, field.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class TieDialog(QDialog):
    event_recorded = Signal(object)  # an Event to store
    open_assessment_requested = Signal(int)
    merge_requested = Signal(int)  # the other tie, to be merged into this one
    split_requested = Signal(int)  # the assessment, to be moved to a new tie
    details_saved = Signal(object)  # the Tie with its changed details
    hold_requested = Signal()  # set, change or lift the hold on every assessment of the tie
    woo_requested = Signal()  # gather every record of the tie for a Woo request
    export_requested = Signal()  # write the tie file, as `partnercheck export-tie` (ui.tie_export)

    def __init__(self, tie: Tie, lang: str, others: Sequence[Tie] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tie = tie
        self.others = list(others)
        self.lang = lang
        self.setWindowTitle(self.tr("Tie %1: %2").replace("%1", str(tie.id)).replace("%2", tie.label))
        layout = QVBoxLayout(self)
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        layout.addWidget(self.review_label)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._events_tab(), self.tr("&Events"))
        self.gifts_model = TextTableModel(
            [self.tr("Date"), self.tr("Received or given"), self.tr("Gift"), self.tr("Value (€)"), self.tr("What was done with it")], self
        )
        self.tabs.addTab(text_table(self.gifts_model, self.tr("Gifts register"), stretch=2), self.tr("&Gifts register"))
        self.costs_model = TextTableModel([self.tr("Year"), *(translate(lang, CATEGORY_LABELS[c]) for c in CostCategory), self.tr("Total")], self)
        self.tabs.addTab(text_table(self.costs_model, self.tr("Costs per year (€)"), stretch=len(CostCategory) + 1), self.tr("&Costs per year"))
        self.tabs.addTab(self._details_tab(), self.tr("De&tails"))
        self.history_view = TieHistoryView()  # ui/tie_history_view.py, filled by tie_actions
        self.tabs.addTab(self.history_view, self.tr("History &log"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Beside Close, on every tab: the tie with its events, gifts, costs and assessments.
        self.export_button = buttons.addButton(self.tr("Export as tie &file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export_requested)
        layout.addWidget(buttons)
        # Enter presses the button of the tab in view: Record event, Save details, else none.
        self.tabs.currentChanged.connect(self._default_for_tab)
        fit_to_screen(self, 980, 640)
        self.kind_combo.setFocus()

    def _events_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.events_model = TextTableModel(
            [self.tr("Date"), self.tr("Kind"), self.tr("Description"), self.tr("Value (€)"), self.tr("Category"), self.tr("People")], self
        )
        # Description and people share the room: the kind ("Agreement signed or changed") and
        # people in their full width left the description four letters at 150 %.
        self.events_table = text_table(self.events_model, self.tr("Events"), stretch=(2, 5))
        kinds = self.events_table.horizontalHeader()
        kinds.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # wraps at about 18 letters
        kinds.resizeSection(1, self.events_table.fontMetrics().averageCharWidth() * 18)
        layout.addWidget(self.events_table, 1)
        # Two fields a row, in reading order (the Tab order: kind, date, description, ...): one a
        # row, the form took the tab's height at 150 % on 1024x768 and the events table showed
        # one row. The kind and the date share the first row outside the grid's columns: the
        # kind's longest words ("Contact door ambassade of consulaat") need more than the left
        # column leaves, and in it they were cut at 150 % in Dutch. Every choice is shown whole.
        form = QGridLayout()
        form.setColumnStretch(1, 2)
        form.setColumnStretch(3, 1)

        def caption(label: str, widget: QWidget) -> QLabel:
            text = QLabel(label)
            text.setBuddy(widget)
            return text

        def field(label: str, widget: QWidget, row: int, column: int, span: int = 1) -> None:
            if isinstance(widget, QComboBox):
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            form.addWidget(caption(label, widget), row, column)
            form.addWidget(widget, row, column + 1, 1, span)

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of event"))
        for kind in EventKind:
            self.kind_combo.addItem(translate(self.lang, KIND_LABELS[kind]), kind.value)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.currentIndexChanged.connect(self._update_disposition)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setAccessibleName(self.tr("Date of the event"))
        self.date_edit.setDisplayFormat("dd-MM-yyyy" if self.lang == "nl" else "dd/MM/yyyy")  # as ui.dates writes them
        self.date_edit.setCalendarPopup(True)
        first = QHBoxLayout()
        first.addWidget(self.kind_combo, 1)
        first.addWidget(caption(self.tr("&Date:"), self.date_edit))
        first.addWidget(self.date_edit)
        form.addWidget(caption(self.tr("&Kind:"), self.kind_combo), 0, 0)
        form.addLayout(first, 0, 1, 1, 3)
        self.text_edit = QLineEdit()
        self.text_edit.setAccessibleName(self.tr("Description"))
        self.text_edit.setPlaceholderText(self.tr("What happened"))
        field(self.tr("Descri&ption:"), self.text_edit, 1, 0, 3)
        self.value_edit = QLineEdit()
        self.value_edit.setAccessibleName(self.tr("Cost or value in euros"))
        self.value_edit.setPlaceholderText(self.tr("e.g. 1.250,50 (optional)"))
        field(self.tr("&Value (€):"), self.value_edit, 2, 0)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Cost category"))
        self.category_combo.addItem(self.tr("— no cost —"), None)
        for category in CostCategory:
            self.category_combo.addItem(translate(self.lang, CATEGORY_LABELS[category]), category.value)
        field(self.tr("Cost categor&y:"), self.category_combo, 2, 2)
        self.disposition_combo = QComboBox()
        self.disposition_combo.setAccessibleName(self.tr("What was done with the gift"))
        self.disposition_combo.addItem(self.tr("— not recorded —"), None)
        for disposition in GiftDisposition:
            self.disposition_combo.addItem(translate(self.lang, DISPOSITION_LABELS[disposition]), disposition.value)
        field(self.tr("Gift &handled:"), self.disposition_combo, 3, 0)
        self.people_edit = QLineEdit()
        self.people_edit.setAccessibleName(self.tr("People involved"))
        field(self.tr("Pe&ople:"), self.people_edit, 3, 2)
        self.source_edit = QLineEdit()
        self.source_edit.setAccessibleName(self.tr("Source"))
        field(self.tr("&Source:"), self.source_edit, 4, 0, 3)
        layout.addLayout(form)
        line = new_message_line()
        self.event_guards = [TextGuard(edit, multi_line=False, message_line=line) for edit in (self.text_edit, self.people_edit, self.source_edit)]
        layout.addWidget(line)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {colours.readable('#b3261e').name()};")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.record_button = QPushButton(self.tr("&Record event"))
        self.record_button.clicked.connect(self.record)
        layout.addWidget(self.record_button)
        ask.set_default_button(self, self.record_button)
        self._update_disposition()
        return page

    def _details_tab(self) -> QWidget:
        # Scrolls: its form is the dialog's tallest tab (about 580 pixels), taller than a
        # 1024x768 or 1366x768 screen at 150 % leaves, where it pushed Close off the screen.
        # A field taking the focus scrolls into view.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget()
        scroll.setWidget(page)
        form = QFormLayout(page)
        t = self.tie
        for label, name in ((self.tr("Dutch party:"), t.dutch_party), (self.tr("Chinese counterpart:"), t.counterpart)):
            shown = QLabel(name)
            shown.setWordWrap(True)  # a long name wraps; on one line it made the tab scroll sideways
            form.addRow(label, shown)
        self.details = TieDetailsForm(t, form, page)
        self.details.save_requested.connect(self.details_saved)
        form.addRow(self.tr("Identifier:"), QLabel(t.uuid))
        self.assessments_combo = QComboBox()
        self.assessments_combo.setAccessibleName(self.tr("Assessments of this tie"))
        for assessment_id in reversed(t.assessments):
            self.assessments_combo.addItem(self.tr("Assessment %1").replace("%1", str(assessment_id)), assessment_id)
        open_button = QPushButton(self.tr("Open &assessment"))
        open_button.setEnabled(bool(t.assessments))
        open_button.clicked.connect(lambda: self.open_assessment_requested.emit(int(self.assessments_combo.currentData())))
        form.addRow(self.tr("Assessments:"), self.assessments_combo)
        form.addRow("", open_button)
        # Wrongly grouped (the upgrade groups by names): split an assessment off, or merge.
        self.split_button = QPushButton(self.tr("Move to a ne&w tie…"))
        self.split_button.setToolTip(self.tr("The chosen assessment (with its revisions) becomes a tie of its own"))
        self.split_button.setEnabled(len(t.assessments) > 1)
        self.split_button.clicked.connect(lambda: self.split_requested.emit(int(self.assessments_combo.currentData())))
        form.addRow("", self.split_button)
        self.merge_combo = _ElidingCombo()
        self.merge_combo.setAccessibleName(self.tr("Tie to merge into this one"))
        for other in self.others:
            self.merge_combo.addItem(f"{other.id} · {other.label}", other.id)
            self.merge_combo.setItemData(self.merge_combo.count() - 1, f"{other.id} · {other.label}", Qt.ItemDataRole.ToolTipRole)
        # As wide as the form, not as the longest tie's name: that made the tab scroll sideways
        # at 150 %. A name that does not fit ends in "…"; the tooltip holds the whole of it.
        self.merge_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.merge_combo.setMinimumContentsLength(12)
        self.merge_combo.currentIndexChanged.connect(lambda _i: self.merge_combo.setToolTip(self.merge_combo.currentText()))
        self.merge_combo.setToolTip(self.merge_combo.currentText())
        self.merge_button = QPushButton(self.tr("&Merge into this tie…"))
        self.merge_button.setToolTip(self.tr("The other tie's assessments, events and agreements move here; the other tie goes"))
        self.merge_button.setEnabled(bool(self.others))
        self.merge_button.clicked.connect(lambda: self.merge_requested.emit(int(self.merge_combo.currentData())))
        form.addRow(self.tr("Same tie as:"), self.merge_combo)
        form.addRow("", self.merge_button)
        # Records: a legal hold on the whole tie, and the Woo export (ui.woo_actions).
        self.hold_label = QLabel()
        self.hold_label.setWordWrap(True)
        self.hold_button = QPushButton(self.tr("Legal &hold…"))
        self.hold_button.setToolTip(self.tr("Set, change or lift a hold on every assessment of this tie (a Woo request, an objection)"))
        self.hold_button.clicked.connect(self.hold_requested)
        self.woo_button = QPushButton(self.tr("Woo e&xport…"))
        self.woo_button.setToolTip(self.tr("Every record of this tie in one folder, with an index and a redaction list to review"))
        self.woo_button.clicked.connect(self.woo_requested)
        records = QHBoxLayout()
        records.addWidget(self.hold_button)
        records.addWidget(self.woo_button)
        records.addStretch(1)
        form.addRow(self.tr("Hold:"), self.hold_label)
        form.addRow("", records)
        return scroll

    def add_evidence_tab(self, tab: TieEvidenceTab) -> None:
        """The files attached to the tie (ui.tie_evidence), the last tab; made by the controller,
        which holds the store."""
        self.evidence = tab
        self.tabs.addTab(tab, self.tr("Ev&idence"))

    def _default_for_tab(self, index: int) -> None:
        buttons = {0: self.record_button, 3: self.details.save_button}
        ask.set_default_button(self, buttons.get(index))

    # -- showing ----------------------------------------------------------------------------

    def set_contents(self, events: Sequence[Event], gifts: Sequence[dict[str, Any]], costs: Sequence[dict[str, Any]], review: str) -> None:
        from ..domain.events import format_euros

        def euros(cents: int | None) -> str:
            return format_euros(cents, self.lang) if cents is not None else ""

        self.events_model.set_rows(
            [
                [
                    short_date_text(e.date),
                    translate(self.lang, KIND_LABELS[e.kind]),
                    e.text,
                    euros(e.value_cents),
                    translate(self.lang, CATEGORY_LABELS[e.category]) if e.category else "",
                    e.people,
                ]
                for e in events
            ],
            [e.id for e in events],
        )
        received, given = self.tr("received"), self.tr("given")
        self.gifts_model.set_rows(
            [
                [
                    short_date_text(_dt.date.fromisoformat(g["date"])),
                    received if g["direction"] == "received" else given,
                    g["text"],
                    _plain(g["value"], self.lang),
                    g["disposition_label"] or "",
                ]
                for g in gifts
            ]
        )
        self.costs_model.set_rows(
            [[str(c["year"]), *(_plain(c[k.value], self.lang) for k in CostCategory), _plain(c["total"], self.lang)] for c in costs]
        )
        self.review_label.setText(review)
        if events:
            self.events_table.scrollToBottom()

    # -- recording --------------------------------------------------------------------------

    def _update_disposition(self) -> None:
        gift = EventKind(self.kind_combo.currentData()) in GIFT_KINDS
        self.disposition_combo.setEnabled(gift)
        if not gift:
            self.disposition_combo.setCurrentIndex(0)

    def form_event(self) -> Event:
        """The event in the form; ValueError when something is wrong (record() says what)."""
        value = self.value_edit.text().strip()
        category, disposition = self.category_combo.currentData(), self.disposition_combo.currentData()
        return Event(
            date=_dt.date.fromisoformat(self.date_edit.date().toString("yyyy-MM-dd")),
            kind=EventKind(self.kind_combo.currentData()),
            text=self.text_edit.text().strip(),
            people=self.people_edit.text().strip(),
            value_cents=parse_euros(value) if value else None,
            category=CostCategory(category) if category else None,
            disposition=GiftDisposition(disposition) if disposition else None,
            source=self.source_edit.text().strip(),
        )

    def record(self) -> None:
        if not self.text_edit.text().strip():
            self.show_problem(self.tr("Describe what happened."))
            self.text_edit.setFocus()
            return
        from .text_rules import first_problem

        refused = first_problem(
            [
                (self.tr("Description"), self.text_edit.text(), False),
                (self.tr("People involved"), self.people_edit.text(), False),
                (self.tr("Source"), self.source_edit.text(), False),
            ]
        )
        if refused:
            self.show_problem(refused)
            return
        from ..domain.events import AmountTooLarge

        try:
            event = self.form_event()
        except AmountTooLarge:
            self.show_problem(self.tr("The value is more than PartnerCheck records as one amount (at most 999,999,999,999.99 euros)."))
            self.value_edit.setFocus()
            return
        except ValueError:
            self.show_problem(self.tr("The value is not an amount in euros: write e.g. 1250,50 or 1.250,50."))
            self.value_edit.setFocus()
            return
        self.error_label.hide()
        self.event_recorded.emit(event)

    def show_problem(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear_form(self) -> None:
        """After recording: ready for the next event of the same kind and day."""
        for edit in (self.text_edit, self.value_edit, self.people_edit, self.source_edit):
            edit.clear()
        self.category_combo.setCurrentIndex(0)
        self.disposition_combo.setCurrentIndex(0)
        self.event_guards[0].clear_message()  # it spoke of the event just recorded
        self.text_edit.setFocus()


def _plain(value: str | None, lang: str) -> str:
    """'1250.50' from the registers as the language writes euros."""
    if value is None:
        return ""
    from ..domain.events import format_euros

    return format_euros(parse_euros(value), lang)
