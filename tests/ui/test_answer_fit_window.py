"""The window warns right under the answers when the chosen one does not fit the tie (an answer
for a tie older than ICP China on a proposed or recent tie: domain.answer_fit), and the warning
follows a change of answer or of the tie's details."""

from __future__ import annotations

import dataclasses

from partnercheck.domain.assessment import Answer, PartnershipStatus
from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.question_pane import QuestionPane


def open_at(window, store, assessment, question_id):  # type: ignore[no-untyped-def]
    assessment_id = store.create(assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    assert page is not None and page.checklist_page.go_to_question(question_id)
    return page


def choose(page, value):  # type: ignore[no-untyped-def]
    values = [o.value for o in page.checklist_page.question.options]
    page.checklist_page.choose_option(values.index(value))


def test_a_proposed_tie_that_answers_not_since_2020_is_warned_at_the_question(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    proposed = dataclasses.replace(
        new_assessment, partnership=dataclasses.replace(new_assessment.partnership, status=PartnershipStatus.PROPOSED, since=None)
    )
    page = open_at(window, store, proposed, "rvo-icp.icp-consulted")
    banner = page.checklist_page.question_pane.misfit_banner
    assert banner.isHidden()
    choose(page, "not-since-2020-not-renewed")
    assert banner.isVisible()
    assert banner.label.text().startswith("This answer applies only to a tie entered before 2020, but this tie is only proposed.")
    choose(page, "not-consulted")
    assert banner.isHidden()


def test_the_warning_names_the_year_and_follows_the_tie_s_details(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    recent = dataclasses.replace(new_assessment, partnership=dataclasses.replace(new_assessment.partnership, since=2021))
    page = open_at(window, store, recent, "one-china.policy-check")
    choose(page, "before-2020")
    banner = page.checklist_page.question_pane.misfit_banner
    assert banner.isVisible() and "but this tie dates from 2021" in banner.label.text()
    session = page.checklist_page.session
    assert session.update_partnership(dataclasses.replace(session.assessment.partnership, since=2009), session.assessment.assessor)
    assert banner.isHidden()  # Breda–Yangzhou since 2009: the answer fits


def test_the_warning_is_in_dutch(qtbot, qapp, library, partnership):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    try:
        pane = QuestionPane()
        qtbot.addWidget(pane)
        question = library.active.question("rvo-icp.icp-consulted")
        pane.show_fit(question, Answer("not-since-2020-not-renewed"), dataclasses.replace(partnership, since=2020))
        assert pane.misfit_banner.label.text() == (
            "Dit antwoord geldt alleen voor een band die vóór 2020 is aangegaan, maar deze band bestaat sinds 2020. "
            "Kies het antwoord dat bij de band past, of verbeter het jaar waarin de band is aangegaan."
        )
    finally:
        remove_translators(qapp, translators)
