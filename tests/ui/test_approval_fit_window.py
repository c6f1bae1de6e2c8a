"""The window does not offer to approve an assessment while an answer does not fit the tie (an
answer for a tie older than ICP China on a proposed tie: domain.answer_fit): it says which and
offers to go to the first; when the store refuses (another window changed an answer), the same.
The rule and the command line: tests/test_approval_fit.py."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox
from trust_helpers import all_answered, second_store

from partnercheck.domain.assessment import Answer, AssessmentState, PartnershipStatus
from partnercheck.domain.numbering import question_number
from partnercheck.store.errors import MisfitApprovalError
from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.messages import describe
from partnercheck.ui.signoff import ApproveDialog

ICP, ONE_CHINA = "rvo-icp.icp-consulted", "one-china.policy-check"
SOURCE = (
    "The assessment cannot be approved yet: %n answer(s) do not fit the tie (questions %2): each is meant for an "
    "older tie than this one. The answers are locked in review: set the assessment back to draft (Back to draft) "
    "first, then correct the answer(s) or the tie's year and send it for review again; the warning under "
    "each answer says why.\n\nGo to the first of them (%3)?"
)


@pytest.fixture
def other(db_path):  # type: ignore[no-untyped-def]
    yield from second_store(db_path)


def in_review(store, new_assessment, library, **extra):  # type: ignore[no-untyped-def]
    """A proposed tie, every question answered (``extra`` as given), in review."""
    tie = dataclasses.replace(new_assessment.partnership, status=PartnershipStatus.PROPOSED, since=None)
    a = dataclasses.replace(new_assessment, partnership=tie, answers=all_answered(library) | {q: Answer(v) for q, v in extra.items()})
    assessment_id = store.create(a)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    return assessment_id


def test_approval_is_refused_and_the_first_misfit_shown(qtbot, window, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    assessment_id = in_review(store, new_assessment, library, **{ICP: "not-since-2020-not-renewed", ONE_CHINA: "before-2020"})
    window.reload_list()
    page = window.open_assessment(assessment_id)

    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    kind, title, text = dialogs.last()
    assert (kind, title) == ("question", "Not every answer fits the tie")
    china, icp = question_number(library.active, ONE_CHINA), question_number(library.active, ICP)
    assert text.startswith(f"The assessment cannot be approved yet: 2 answers do not fit the tie (questions {china}, {icp}):")
    assert text.endswith(f"Go to the first of them ({china})?")
    # In review the answers are locked: the way to correct one is back to draft first.
    assert "back to draft (Back to draft) first, then correct the answers or the tie's year" in text and "(s)" not in text
    assert window.dialog is None  # no approval dialog: no name typed for nothing
    assert page.tabs.currentIndex() == page.CHECKLIST_TAB
    assert page.checklist_page.question.id == ONE_CHINA
    assert page.checklist_page.question_pane.misfit_banner.isVisible()  # the warning says why
    assert store.get(assessment_id).state is AssessmentState.REVIEW


def test_the_store_refusing_a_misfit_is_explained_the_same_way(qtbot, window, store, new_assessment, library, dialogs, other):  # type: ignore[no-untyped-def]
    """Another window changes an answer to one for an older tie while the approval dialog is open."""
    assessment_id = in_review(store, new_assessment, library)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    dialog = window.signoff.approve()
    assert isinstance(dialog, ApproveDialog)
    other.save_answer(assessment_id, ICP, Answer("not-since-2020-not-renewed"))

    qtbot.keyClicks(dialog.name_edit, "Hoofd IZ")
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    kind, title, text = dialogs.last()
    assert (kind, title) == ("question", "Not every answer fits the tie")
    assert "the answer to question 4.1 does not fit the tie" in text and text.endswith("Go to this question (4.1)?")
    stored = store.get(assessment_id)
    assert stored.state is AssessmentState.REVIEW and stored.approved_by is None
    assert page.state_badge.text() == "In review"
    assert page.checklist_page.question.id != ICP  # "No": stays where it was


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("en", "the answer to question %2 does not fit the tie", "3 answers do not fit the tie (questions %2)"),
        ("nl", "het antwoord op vraag %2 past niet bij de band", "3 antwoorden passen niet bij de band (vragen %2)"),
    ],
)
def test_the_refusal_reads_right_for_one_and_several_in_both_languages(qapp, lang, one, many):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, lang)
    try:
        assert one in QCoreApplication.translate("SignoffActions", SOURCE, "", 1)
        assert many in QCoreApplication.translate("SignoffActions", SOURCE, "", 3)
        title = QCoreApplication.translate("SignoffActions", "Not every answer fits the tie")
        assert title == {"en": "Not every answer fits the tie", "nl": "Niet elk antwoord past bij de band"}[lang]
    finally:
        remove_translators(qapp, translators)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ("Not every answer fits the tie", "The assessment cannot be approved: not every answer fits the tie (see 2.3, 4.1).")),
        (
            "nl",
            ("Niet elk antwoord past bij de band", "De beoordeling kan niet worden vastgesteld: niet elk antwoord past bij de band (zie 2.3, 4.1)."),
        ),
    ],
)
def test_the_refusal_where_no_answer_can_be_shown_names_the_questions(qapp, lang, expected):  # type: ignore[no-untyped-def]
    """Elsewhere than the approval (ui.messages.describe): the store's refusal in the window's words."""
    translators = install_translators(qapp, lang)
    try:
        title, text = describe(MisfitApprovalError(7, ("2.3 (one-china.policy-check)", "4.1 (rvo-icp.icp-consulted)"), "refused"))
        assert title == expected[0] and text.startswith(expected[1])
    finally:
        remove_translators(qapp, translators)
