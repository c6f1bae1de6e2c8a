"""Plurals are Qt numerus forms in both languages: one and many read right ("1 assessment",
"3 assessments"; "Eén wijziging", "3 wijzigingen"), with no hand-written branches in the code."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication

from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.main_window import MainWindow

# (context, source, n) → the text in each language
HISTORY = "%n change(s), newest first. Point at a change to read it in full."
UNANSWERED = "%n question(s) still have no answer. This is the first of them."
EMPTY_BIN = "Remove the %n assessment(s) in the bin for good? This cannot be undone."
PORTFOLIO = "%n tie(s); %1 due for review, %2 of them overdue."
PUBLISHED = "%n tie(s) written to %1, with %2 for Datasette."
SEALED_PACKAGE = "Encrypted review package written to %1 (%n evidence file(s))"
OPEN_PACKAGE = "Review package written to %1 (%n evidence file(s)), not encrypted"
TIE_IMPORTED = "Imported tie %1 with its events and %n assessment(s)."
TIE_WRITTEN = "Tie %1 written to %2 (a tie package with %n evidence file(s))."
EXPECTED = [
    ("ListPage", "%n assessment(s)", 1, "1 assessment", "1 beoordeling"),
    ("ListPage", "%n assessment(s)", 3, "3 assessments", "3 beoordelingen"),
    ("HistoryDialog", HISTORY, 1, "One change. Point at it", "Eén wijziging."),
    ("HistoryDialog", HISTORY, 12, "12 changes, newest first.", "12 wijzigingen, nieuwste"),
    ("ChecklistPage", UNANSWERED, 1, "One question still has no answer: this one.", "Eén vraag"),
    ("ChecklistPage", UNANSWERED, 4, "4 questions still have", "4 vragen hebben"),
    ("SignoffActions", "%n question(s) still need an answer before it can be approved.", 1, "One question still needs", "Eén vraag heeft"),
    ("SignoffActions", "%n question(s) still need an answer before it can be approved.", 2, "2 questions still need", "2 vragen hebben"),
    ("AssessmentActions", "The bin is empty: %n assessment(s) removed for good.", 1, "one assessment removed", "één beoordeling definitief"),
    ("AssessmentActions", "The bin is empty: %n assessment(s) removed for good.", 5, "5 assessments removed", "5 beoordelingen definitief"),
    ("AssessmentActions", EMPTY_BIN, 1, "Remove the assessment in", "De beoordeling in"),
    ("AssessmentActions", EMPTY_BIN, 2, "Remove the 2 assessments", "De 2 beoordelingen"),
    ("PortfolioDialog", PORTFOLIO, 1, "1 tie; %1 due", "1 band; %1 toe"),
    ("PortfolioDialog", PORTFOLIO, 2, "2 ties; %1 due", "2 banden; %1 toe"),
    ("PublicationActions", PUBLISHED, 1, "1 tie written", "1 band geschreven"),
    ("PublicationActions", PUBLISHED, 7, "7 ties written", "7 banden geschreven"),
    ("FileActions", SEALED_PACKAGE, 1, "(1 evidence file)", "(1 bewijsstuk)"),
    ("FileActions", SEALED_PACKAGE, 3, "(3 evidence files)", "(3 bewijsstukken)"),
    ("FileActions", OPEN_PACKAGE, 1, "(1 evidence file), not", "(1 bewijsstuk), niet"),
    ("FileActions", OPEN_PACKAGE, 0, "(0 evidence files), not", "(0 bewijsstukken), niet"),
    ("FileActions", TIE_IMPORTED, 1, "and 1 assessment.", "en 1 beoordeling."),
    ("FileActions", TIE_IMPORTED, 2, "and 2 assessments.", "en 2 beoordelingen."),
    ("TieExport", TIE_WRITTEN, 1, "with one evidence file).", "met één bewijsstuk)."),
    ("TieExport", TIE_WRITTEN, 4, "with 4 evidence files).", "met 4 bewijsstukken)."),
]


@pytest.fixture(params=["en", "nl"])
def lang(request, qapp):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


@pytest.mark.parametrize(("context", "source", "n", "en", "nl"), EXPECTED)
def test_one_and_many_in_both_languages(lang, context, source, n, en, nl):  # type: ignore[no-untyped-def]
    text = QCoreApplication.translate(context, source, "", n)
    assert text.startswith({"en": en, "nl": nl}[lang]) or {"en": en, "nl": nl}[lang] in text
    assert "(s)" not in text and "%n" not in text


def test_approval_refusal_for_one_and_for_several(lang):  # type: ignore[no-untyped-def]
    source = (
        "The assessment cannot be approved yet: %n of the %2 questions have no answer. "
        "Every question needs one; “Don't know” is an answer too.\n\nGo to the first unanswered question (%3)?"
    )
    one = QCoreApplication.translate("SignoffActions", source, "", 1)
    many = QCoreApplication.translate("SignoffActions", source, "", 3)
    assert {"en": "one of the %2 questions has no answer", "nl": "een van de %2 vragen heeft geen antwoord"}[lang] in one
    assert {"en": "Go to this question (%3)?", "nl": "Naar deze vraag gaan (%3)?"}[lang] in one
    assert {"en": "3 of the %2 questions have no answer", "nl": "3 van de %2 vragen hebben geen antwoord"}[lang] in many


def test_the_list_counts_one_and_many(qtbot, lang, app_settings, db_path, store, new_assessment):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    window = MainWindow(app_settings, lang)
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(db_path)
    label = window.list_page.count_label
    assert label.text() == {"en": "1 assessment", "nl": "1 beoordeling"}[lang]
    store.create(replace(new_assessment, partnership=replace(new_assessment.partnership, dutch_party="Gemeente Anderdorp")))
    window.reload_list()
    assert label.text() == {"en": "2 assessments", "nl": "2 beoordelingen"}[lang]
    window.list_page.filter_edit.setText("Anderdorp")
    assert label.text() == {"en": "1 of 2 assessments shown", "nl": "1 van 2 beoordelingen getoond"}[lang]


@pytest.mark.parametrize(("n", "en", "nl"), [(1, "1 tie,", "1 band,"), (3, "3 ties,", "3 banden,")])
def test_the_portfolio_pdf_counts_one_tie_and_many(n, en, nl):  # type: ignore[no-untyped-def]
    """The portfolio report's heading (gettext's ngettext, report/portfolio_report.py)."""
    from partnercheck.report import texts

    for lang, expected in (("en", en), ("nl", nl)):
        heading = texts.plural(
            lang,
            "As of {date}: {n} tie, {due} due for review, {overdue} of them overdue.",
            "As of {date}: {n} ties, {due} due for review, {overdue} of them overdue.",
            n,
            date="1 december 2026",
            due=1,
            overdue=0,
        )
        assert f": {expected} 1 " in heading, heading
