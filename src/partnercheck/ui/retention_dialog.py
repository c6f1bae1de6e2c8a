"""Retention periods per record type, as the records manager sets them from the selection list.

PartnerCheck proposes no period: a type starts unticked ("keep"), and the records manager
ticks it, gives the years and writes down the basis (the selection list's category). The
dialog only asks; the records controller writes what it returns.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ..domain.retention import RecordType, RetentionPeriod
from . import ask


class RetentionDialog(QDialog):
    def __init__(self, periods: dict[RecordType, RetentionPeriod], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention periods"))
        self.setMinimumWidth(780)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "How long final assessments and assessments in review are kept before emptying the bin may destroy them, as your "
                "organisation's selection list says. PartnerCheck sets no period of its own: without one, records are kept. Drafts "
                "are not records and always go when the bin is emptied."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Years")), 0, 1)
        grid.addWidget(QLabel(self.tr("Basis (selection list, category)")), 0, 2)
        self.rows: dict[RecordType, tuple[QCheckBox, QSpinBox, QLineEdit]] = {}
        names = {
            RecordType.FINAL: self.tr("&Final assessments (from the approval date)"),
            RecordType.REVIEW: self.tr("Assessments in &review (from the last change)"),
        }
        for row, kind in enumerate(RecordType, start=1):
            box = QCheckBox(names[kind])
            years = QSpinBox()
            years.setRange(0, 500)
            years.setSuffix(self.tr(" years"))
            basis = QLineEdit()
            basis.setMinimumWidth(280)  # a selection list category reads whole
            period = periods.get(kind)
            box.setChecked(period is not None)
            years.setValue(period.years if period else 0)
            basis.setText(period.basis if period else "")
            for widget in (years, basis):
                widget.setEnabled(box.isChecked())
                box.toggled.connect(widget.setEnabled)
            grid.addWidget(box, row, 0)
            grid.addWidget(years, row, 1)
            grid.addWidget(basis, row, 2)
            self.rows[kind] = (box, years, basis)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("&Save"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ask.set_default_button(self, self.save_button)

    def periods(self) -> dict[RecordType, RetentionPeriod | None]:
        """Per record type the period to keep, or None (no period: records are kept)."""
        chosen: dict[RecordType, RetentionPeriod | None] = {}
        for kind, (box, years, basis) in self.rows.items():
            chosen[kind] = RetentionPeriod(kind, years.value(), basis.text().strip()) if box.isChecked() else None
        return chosen
