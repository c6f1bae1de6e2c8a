"""When ties are due for review: the months after each verdict and the kinds of event that make
a review due at once. Kept in the database (every window and the command line use the same),
changed here; the defaults are domain.review's."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..catalogs import translate
from ..domain.events import KIND_LABELS, EventKind
from ..domain.levels import Verdict
from ..domain.review import ReviewPolicy
from . import ask
from .labels import verdict_short


class ReviewSettingsDialog(QDialog):
    def __init__(self, policy: ReviewPolicy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review periods"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("How many months after its last verdict a tie is reviewed again (0: at once), and which events make a review due at once.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.months: dict[Verdict, QSpinBox] = {}
        for verdict in (Verdict.HIGH, Verdict.MEDIUM, Verdict.LOW, Verdict.INCOMPLETE):
            spin = QSpinBox()
            spin.setRange(0, 120)
            spin.setSuffix(self.tr(" months"))
            spin.setAccessibleName(self.tr("Months after the verdict %1").replace("%1", verdict_short(verdict)))
            self.months[verdict] = spin
            form.addRow(verdict_short(verdict) + ":", spin)
        layout.addLayout(form)
        group = QGroupBox(self.tr("Events that make a review due at once"))
        grid = QGridLayout(group)
        self.kinds: dict[EventKind, QCheckBox] = {}
        for i, kind in enumerate(EventKind):
            box = QCheckBox(translate(lang, KIND_LABELS[kind]))
            self.kinds[kind] = box
            grid.addWidget(box, i // 2, i % 2)
        layout.addWidget(group)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.defaults_button = QPushButton(self.tr("&Defaults"))
        self.defaults_button.clicked.connect(lambda: self.show_policy(ReviewPolicy()))
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ask.set_default_button(self, buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.show_policy(policy)

    def show_policy(self, policy: ReviewPolicy) -> None:
        for verdict, spin in self.months.items():
            spin.setValue(policy.months.get(verdict, 0))
        for kind, box in self.kinds.items():
            box.setChecked(kind in policy.triggers)

    def policy(self) -> ReviewPolicy:
        months = dict(ReviewPolicy().months)
        months.update({v: s.value() for v, s in self.months.items()})
        months[Verdict.NOT_STARTED] = months[Verdict.INCOMPLETE]
        return ReviewPolicy(months, frozenset(k for k, box in self.kinds.items() if box.isChecked()))
