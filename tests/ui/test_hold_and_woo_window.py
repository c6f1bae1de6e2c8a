"""Holds and the Woo export in the window: a hold with its reason set on the open assessment
(its banner says since when and why) and on a tie (every assessment of it), lifted again;
the Woo export of a tie from its Details tab into a chosen folder, with a summary that names
the folder and the counts, and a clear message when the folder is in use."""

from __future__ import annotations

import csv
import dataclasses
import io

from PySide6.QtCore import Qt

from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.services import assessments
from partnercheck.services.register import approve_publication
from partnercheck.ui.hold_dialog import HoldDialog
from partnercheck.ui.tie_dialog import TieDialog


def _final(store, new_assessment, library):  # type: ignore[no-untyped-def]
    answers = {q.id: Answer(min(q.options, key=lambda o: o.risk).value) for q in library.active.questions}
    first = store.create(dataclasses.replace(new_assessment, answers=answers))
    assessments.change_state(store, first, AssessmentState.REVIEW)
    assessments.change_state(store, first, AssessmentState.FINAL, by="B. Baas")
    return first


def test_a_hold_with_its_reason_on_the_open_assessment(qtbot, make_window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    first = _final(store, new_assessment, library)
    window = make_window()
    page = window.open_assessment(first)
    assert page.hold_banner.isHidden()
    assert window.menus.hold_action.isEnabled()
    window.menus.hold_action.trigger()
    dialog = window.findChild(HoldDialog)
    assert isinstance(dialog, HoldDialog) and dialog.lift_button.isHidden()
    assert not dialog.set_button.isEnabled(), "no hold without a reason"
    qtbot.keyClicks(dialog.reason_edit, "Woo-verzoek 2026-114")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # Enter sets it
    hold = store.hold_of(first)
    assert hold is not None and hold.reason == "Woo-verzoek 2026-114"
    assert page.hold_banner.isVisible() and "Woo-verzoek 2026-114" in page.hold_banner.label.text()
    assert "Legal hold since" in page.hold_banner.label.text()
    assert "Assessment › Legal hold… changes or lifts it." in page.hold_banner.label.text()
    # The menu opens it again, with the reason: lift it.
    window.menus.hold_action.trigger()
    again = [d for d in window.findChildren(HoldDialog) if d.isVisible()][-1]
    assert again.reason_edit.text() == "Woo-verzoek 2026-114" and again.lift_button.isVisible()
    again.lift_button.click()
    assert store.hold_of(first) is None and page.hold_banner.isHidden()


def test_the_tie_dialog_sets_a_hold_and_writes_the_woo_export(qtbot, make_window, store, new_assessment, library, dialogs, tmp_path):  # type: ignore[no-untyped-def]
    first = _final(store, new_assessment, library)
    approve_publication(store, first, "P. Publiek", "Geen schade voor de betrekkingen.")
    draft = store.create(new_assessment)
    tie = store.tie_of(first)
    window = make_window()
    dialog = window.ties.open_tie(tie)
    assert isinstance(dialog, TieDialog)
    dialog.tabs.setCurrentIndex(3)
    assert dialog.hold_label.text() == "No hold."
    dialog.hold_button.click()
    hold = [d for d in dialog.findChildren(HoldDialog) if d.isVisible()][-1]
    hold.reason_edit.setText("Bezwaar 2026-7")
    hold.set_button.click()
    assert {i: h.reason if h else None for i, h in store.tie_holds(tie).items()} == {first: "Bezwaar 2026-7", draft: "Bezwaar 2026-7"}
    assert dialog.hold_label.text().startswith("Hold on 2 of the 2 assessments since") and "Bezwaar 2026-7" in dialog.hold_label.text()

    # A folder with files in it: the export goes into a new folder inside it.
    chosen = tmp_path / "exports"
    chosen.mkdir()
    (chosen / "ander.txt").write_text("x")
    dialogs.folder_path = str(chosen)
    dialog.woo_button.click()
    kind, title, text = dialogs.last()
    assert (kind, title) == ("information", "Woo export")
    (made,) = [p for p in chosen.iterdir() if p.is_dir()]
    assert made.name.startswith(f"woo-tie-{tie}-") and str(made) in text
    index = list(csv.DictReader(io.StringIO((made / "index.csv").read_text(encoding="utf-8-sig"))))
    assert f"{len(index)} documents; index.csv lists them." in text and f"Tie {tie} with 2 assessments" in text
    assert "One publication decision with who" in text and "Nothing was redacted" in text
    # The same folder again the same day: its woo-tie folder holds files now; said, nothing written.
    before = sorted(p.name for p in made.iterdir())
    dialog.woo_button.click()
    kind, title, text = dialogs.last()
    assert kind == "warning" and title == "Woo export not written" and str(made) in text and "nothing is overwritten" in text
    assert sorted(p.name for p in made.iterdir()) == before
    # Cancelled folder choice: nothing asked further.
    dialogs.folder_path = ""
    count = len(dialogs.messages)
    dialog.woo_button.click()
    assert len(dialogs.messages) == count


def test_the_woo_export_in_dutch_says_where_and_how_many(qtbot, make_window, store, new_assessment, library, dialogs, tmp_path):  # type: ignore[no-untyped-def]
    from partnercheck.ui.i18n import install_translators, remove_translators

    first = _final(store, new_assessment, library)
    tie = store.tie_of(first)
    app = qtbot.qapp if hasattr(qtbot, "qapp") else None
    from PySide6.QtWidgets import QApplication

    translators = install_translators(app or QApplication.instance(), "nl")
    try:
        window = make_window(lang="nl")
        dialog = window.ties.open_tie(tie)
        dialogs.folder_path = str(tmp_path / "leeg")
        (tmp_path / "leeg").mkdir()
        dialog.tabs.setCurrentIndex(3)
        assert dialog.woo_button.text() == "Woo-e&xport…" and dialog.hold_label.text() == "Geen bewaarplicht."
        dialog.woo_button.click()
        kind, title, text = dialogs.last()
        assert title == "Woo-export" and f"Geschreven naar {tmp_path / 'leeg'}:" in text and "Er is niets weggelakt" in text
        window.ties.woo.woo_export(tie, dialog, str(tmp_path / "leeg" / "index.csv"))
        kind, title, text = dialogs.last()
        assert title == "Woo-export niet geschreven" and "er wordt niets overschreven" in text
    finally:
        remove_translators(QApplication.instance(), translators)


def test_cancelling_the_woo_export_leaves_nothing(qtbot, make_window, store, new_assessment, library, dialogs, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The progress dialog's Cancel stops the export between two assessments: no folder, no
    hidden work folder, a line in the status bar, no message box."""
    from PySide6.QtWidgets import QProgressDialog

    first = _final(store, new_assessment, library)
    tie = store.tie_of(first)
    window = make_window()
    dialog = window.ties.open_tie(tie)
    seen: list[int] = []
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: seen.append(self.value()) is None and len(seen) > 1)
    count = len(dialogs.messages)
    parent = tmp_path / "exports"
    parent.mkdir()
    assert window.ties.woo.woo_export(tie, dialog, str(parent / "woo")) is None
    assert seen == [0, 1], "told before the assessment and at the end; cancelled at the second"
    assert list(parent.iterdir()) == [] and len(dialogs.messages) == count
    assert "cancelled; nothing was written" in window.statusBar().currentMessage()
