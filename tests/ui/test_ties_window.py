"""The ties in the window: a gift recorded on a tie with a final low assessment makes its
review due; after a re-assessment the portfolio shows the new verdict and date."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.domain.events import EventKind
from partnercheck.domain.review import ReviewPolicy, add_months
from partnercheck.services import assessments
from partnercheck.ui.dates import short_date_text
from partnercheck.ui.portfolio_dialog import PortfolioDialog
from partnercheck.ui.review_settings import ReviewSettingsDialog
from partnercheck.ui.tie_dialog import TieDialog

TODAY = dt.date.today()
COLUMNS = {"tie": 0, "verdict": 4}


def lowest(library):
    return {q.id: Answer(min(q.options, key=lambda o: o.risk).value) for q in library.active.questions}


def test_a_gift_makes_the_review_due_and_a_reassessment_settles_it(qtbot, make_window, store, new_assessment, library, dialogs, activate):  # type: ignore[no-untyped-def]
    approved = TODAY - dt.timedelta(days=60)
    first = store.create(
        dataclasses.replace(new_assessment, answers=lowest(library), state=AssessmentState.FINAL, approved_by="B", approved_on=approved)
    )
    store.set_review_policy(ReviewPolicy(triggers=frozenset({EventKind.GIFT_RECEIVED, EventKind.PRESSURE})))
    window = make_window()
    qtbot.waitUntil(lambda: window.due_count is not None)
    assert not window.due_banner.isVisible()
    window.menus.portfolio_action.trigger()
    portfolio = window.ties.portfolio
    assert isinstance(portfolio, PortfolioDialog)
    row = portfolio.texts()[0]
    next_review = short_date_text(add_months(approved, 24))
    assert row[0] == "1" and "Low" in row[4] and next_review in row
    # Enter on the selected tie opens it; the event form has the focus, keyboard first.
    qtbot.keyClick(portfolio.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ties.tie_dialog is not None)
    tie = window.ties.tie_dialog
    assert isinstance(tie, TieDialog)
    activate(qtbot, tie)
    assert tie.kind_combo.hasFocus() and tie.error_label.isHidden()
    tie.kind_combo.setCurrentIndex(tie.kind_combo.findData(EventKind.GIFT_RECEIVED.value))
    qtbot.keyClick(tie.kind_combo, Qt.Key.Key_Tab)
    assert tie.date_edit.hasFocus()
    for _ in range(3):  # Tab goes through the date's year, month and day, then on
        qtbot.keyClick(tie.date_edit, Qt.Key.Key_Tab)
    assert tie.text_edit.hasFocus()
    qtbot.keyClicks(tie.text_edit, "Theeservies van de burgemeester")
    qtbot.keyClick(tie.text_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(tie.value_edit, "1.250,50")
    qtbot.keyClick(tie.value_edit, Qt.Key.Key_Return)
    assert [(e.kind, e.value_cents, e.date) for e in store.events(1)] == [(EventKind.GIFT_RECEIVED, 125050, TODAY)]
    assert tie.text_edit.text() == "" and tie.events_model.texts()[0][2] == "Theeservies van de burgemeester"
    assert tie.gifts_model.texts() == [(short_date_text(TODAY), "received", "Theeservies van de burgemeester", "1,250.50", "")]
    assert tie.review_label.text() == "Review due now."
    assert portfolio.texts()[0][portfolio.model.columnCount() - 4] == f"{short_date_text(TODAY)} – due"
    assert window.due_banner.isVisible() and "1" in window.due_label.text()
    # A bad amount is said in the dialog; nothing is stored.
    qtbot.keyClicks(tie.text_edit, "Nog een")
    qtbot.keyClicks(tie.value_edit, "1.2.3")
    qtbot.keyClick(tie.value_edit, Qt.Key.Key_Return)
    assert "not an amount" in tie.error_label.text() and len(store.events(1)) == 1
    tie.value_edit.setText("99999999999999999")  # more cents than SQLite's integers hold: was a traceback
    qtbot.keyClick(tie.value_edit, Qt.Key.Key_Return)
    assert "more than PartnerCheck records as one amount" in tie.error_label.text() and len(store.events(1)) == 1
    tie.close()
    # Re-assess: a copy of the assessment, completed and approved today.
    again = assessments.duplicate(window.store, first)
    for qid, answer in lowest(library).items():
        window.store.save_answer(again, qid, answer)
    assessments.change_state(window.store, again, AssessmentState.REVIEW)
    assessments.change_state(window.store, again, AssessmentState.FINAL, by="C")
    window.ties.refresh_portfolio()
    row = portfolio.texts()[0]
    assert "Low" in row[4] and short_date_text(TODAY) in row and short_date_text(add_months(TODAY, 24)) in row
    window.show_list()
    assert not window.due_banner.isVisible()


def test_the_portfolio_filters_sorts_and_searches(qtbot, make_window, store, new_assessment, type_text):  # type: ignore[no-untyped-def]
    for counterpart in ("Yangzhou", "Hangzhou", "Zhuhai"):
        store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(new_assessment.partnership, counterpart=counterpart)))
    window = make_window()
    qtbot.waitUntil(window.due_banner.isVisible)  # never assessed to the end: due now
    window.menus.due_action.trigger()
    portfolio = window.ties.portfolio
    assert portfolio.due_check.isChecked() and len(portfolio.texts()) == 3
    portfolio.filter_edit.setText("zhou")
    assert sorted(r[2] for r in portfolio.texts()) == ["Hangzhou", "Yangzhou"]
    portfolio.filter_edit.clear()
    portfolio.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [r[2] for r in portfolio.texts()] == ["Hangzhou", "Yangzhou", "Zhuhai"]
    window.store.update_tie(dataclasses.replace(window.store.get_tie(3), notes="Bezoek aan het café"))
    type_text(portfolio.search_edit, "cafe")
    qtbot.keyClick(portfolio.search_edit, Qt.Key.Key_Return)
    assert portfolio.hits_model.texts() == [("3", "the tie", "Gemeente Breda Zhuhai Bezoek aan het [café]")]


def test_no_alt_key_twice_in_the_tie_dialogs(qtbot, app_settings, store, new_assessment):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication
    from test_mnemonics import mnemonic_problems

    from partnercheck.ui.i18n import install_translators, remove_translators
    from partnercheck.ui.main_window import MainWindow

    store.create(new_assessment)
    problems = []
    for lang in ("en", "nl"):
        app = QApplication.instance()
        translators = install_translators(app, lang)
        try:
            window = MainWindow(app_settings, lang)
            qtbot.addWidget(window)
            window.show()
            window.open_database(store.path)
            portfolio = window.ties.show_portfolio()
            tie = window.ties.open_tie(1)
            problems += mnemonic_problems(portfolio, f"[{lang}] portfolio")
            for index in range(tie.tabs.count()):
                tie.tabs.setCurrentIndex(index)
                problems += mnemonic_problems(tie, f"[{lang}] tie, tab {index}")
            problems += mnemonic_problems(window, f"[{lang}] window with the due notice")
            review = window.ties.edit_review_settings()
            problems += mnemonic_problems(review, f"[{lang}] review periods")
            review.close()
            tie.close()
            portfolio.close()
            window.close()
        finally:
            remove_translators(app, translators)
    assert not problems, "\n".join(problems)


def test_review_periods_are_changed_in_the_window_and_kept_in_the_database(qtbot, make_window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    from partnercheck.domain.levels import Verdict

    approved = TODAY - dt.timedelta(days=200)
    store.create(dataclasses.replace(new_assessment, answers=lowest(library), state=AssessmentState.FINAL, approved_by="B", approved_on=approved))
    window = make_window()
    qtbot.waitUntil(lambda: window.due_count is not None)
    assert not window.due_banner.isVisible()
    portfolio = window.ties.show_portfolio()
    qtbot.mouseClick(portfolio.settings_button, Qt.MouseButton.LeftButton)
    dialog = portfolio.findChild(ReviewSettingsDialog)
    assert dialog.months[Verdict.LOW].value() == 24 and dialog.kinds[EventKind.MEDIA].isChecked()
    dialog.months[Verdict.LOW].setValue(6)
    dialog.kinds[EventKind.GIFT_RECEIVED].setChecked(True)
    dialog.accept()
    policy = store.review_policy()
    assert policy.months[Verdict.LOW] == 6 and EventKind.GIFT_RECEIVED in policy.triggers
    assert window.due_banner.isVisible()  # 200 days after a low verdict is now past due
    assert portfolio.texts()[0][portfolio.model.columnCount() - 4] == f"{short_date_text(add_months(approved, 6))} – overdue"


def test_wrongly_grouped_ties_are_merged_and_split_in_the_window(qtbot, make_window, store, new_assessment, dialogs):  # type: ignore[no-untyped-def]
    first = store.create(new_assessment)
    other = store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(new_assessment.partnership, dutch_party="Gem. Breda")))
    window = make_window()
    tie = window.ties.open_tie(1)
    tie.tabs.setCurrentIndex(3)
    assert not tie.split_button.isEnabled()  # one assessment: nothing to split off
    tie.merge_combo.setCurrentIndex(tie.merge_combo.findData(2))
    qtbot.mouseClick(tie.merge_button, Qt.MouseButton.LeftButton)
    assert dialogs.last()[1] == "Merge ties"
    assert store.tie_of(other) == 1 and [t.id for t in store.list_ties()] == [1]
    tie = window.ties.tie_dialog
    tie.tabs.setCurrentIndex(3)
    tie.assessments_combo.setCurrentIndex(tie.assessments_combo.findData(other))
    qtbot.mouseClick(tie.split_button, Qt.MouseButton.LeftButton)
    assert store.tie_of(other) == 3 and store.tie_of(first) == 1
    assert window.ties.tie_dialog.tie.id == 3


def test_a_tie_file_is_imported_in_the_window(qtbot, make_window, store, new_assessment, dialogs, tmp_path):  # type: ignore[no-untyped-def]
    from partnercheck.domain.events import Event
    from partnercheck.services import tie_transfer

    store.create(new_assessment)
    store.add_event(1, Event(TODAY, EventKind.VISIT_IN, "Bezoek"))
    target = tmp_path / "band.json"
    tie_transfer.export_tie_file(store, 1, target)
    other = tmp_path / "elders.sqlite3"
    window = make_window(other)
    dialogs.open_path = str(target)
    new_id = window.files.import_file()
    assert new_id == 1 and window.store.get_tie(1).uuid == store.get_tie(1).uuid
    assert [e.text for e in window.store.events(1)] == ["Bezoek"]
    assert "Imported tie 1" in window.statusBar().currentMessage()
    assert window.files.import_file() == 0  # again: refused, said, nothing added
    assert "already in this database" in dialogs.last()[2] and len(window.store.list_ties()) == 1


def test_a_ties_details_are_changed_in_its_dialog(qtbot, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    import datetime as _dt

    from partnercheck.domain.assessment import PartnershipStatus
    from partnercheck.domain.ties import Agreement

    store.create(new_assessment)
    window = make_window()
    tie = window.ties.open_tie(1)
    tie.tabs.setCurrentIndex(3)
    form = tie.details
    form.status_combo.setCurrentIndex(form.status_combo.findData("dormant"))
    form.agreements_edit.setPlainText("2012-04-02 Vriendschapsovereenkomst\nIntentieverklaring\n2026-13-01 Fout")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "line 3" in form.error_label.text() and store.get_tie(1).agreements == ()
    form.agreements_edit.setPlainText("2012-04-02 Vriendschapsovereenkomst\nIntentieverklaring")
    form.ended_spin.setValue(2008)  # before it began (2009)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error_label.text() == "The tie cannot have ended before it began."
    form.ended_spin.setValue(form.ended_spin.minimum())
    form.contacts_edit.setPlainText("M. de Boer, internationale zaken")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = store.get_tie(1)
    assert saved.status is PartnershipStatus.DORMANT and saved.contacts == "M. de Boer, internationale zaken"
    assert saved.agreements == (Agreement("Vriendschapsovereenkomst", _dt.date(2012, 4, 2)), Agreement("Intentieverklaring"))
    assert store.get(1).partnership.status is PartnershipStatus.ACTIVE  # the assessment keeps its snapshot
    assert [h.snippet for h in store.search("boer")] == ["Gemeente Breda Yangzhou M. de [Boer], internationale zaken"]


def test_enter_presses_the_button_of_the_tab_in_view(qtbot, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    window = make_window()
    tie = window.ties.open_tie(1)
    assert tie.record_button.isDefault()
    tie.tabs.setCurrentIndex(3)
    assert tie.details.save_button.isDefault() and not tie.record_button.isDefault()
    tie.details.since_spin.setValue(2013)
    qtbot.keyClick(tie.details.since_spin, Qt.Key.Key_Return)
    assert store.get_tie(1).since == 2013 and store.events(1) == []
    tie.tabs.setCurrentIndex(1)
    assert not tie.record_button.isDefault() and not tie.details.save_button.isDefault()
