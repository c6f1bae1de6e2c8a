"""The table models, checked by qtmodeltester, and the list's sorting and filtering at scale."""

from __future__ import annotations

import datetime as _dt
import random

import pytest
from PySide6.QtCore import QLocale, QPersistentModelIndex, Qt

from partnercheck.domain.assessment import (
    Action,
    ActionStatus,
    Answer,
    Assessment,
    AssessmentState,
    CounterpartKind,
    DutchPartyKind,
    Partnership,
    PartnershipStatus,
)
from partnercheck.domain.listing import ListQuery
from partnercheck.domain.scoring import Level, score
from partnercheck.ui.list_model import ID_ROLE, PAGE, AssessmentFilterProxy, AssessmentListModel, list_date
from partnercheck.ui.result_models import ActionTableModel, RecommendationModel, RedFlagModel
from partnercheck.ui.theme_models import QuestionListModel, ThemeProgressModel

LEVELS = ("low", "medium", "high")
TOWNS = ["Breda", "Delft", "Emmen", "Zwolle", "Ede"]


def listed_store(store, library, n: int, seed: int = 7):  # type: ignore[no-untyped-def]
    """``n`` assessments of every status, verdict and stage, changed at different times."""
    rng = random.Random(seed)
    checklist = library.active
    assessments = []
    for i in range(n):
        share = rng.choice([0.0, 0.3, 1.0, 1.0])
        answers = {
            q.id: Answer(rng.choice(q.options[:2] if rng.random() < 0.8 else q.options).value) for q in checklist.questions if rng.random() < share
        }
        assessments.append(
            Assessment(
                partnership=Partnership(
                    f"Gemeente {rng.choice(TOWNS)} {i}",
                    DutchPartyKind.MUNICIPALITY,
                    rng.choice(["Yangzhou", "Suzhou", "Xi'an", "Tianjin", "Harbin"]),
                    CounterpartKind.CITY,
                    rng.choice(list(PartnershipStatus)),
                ),
                checklist_id=checklist.id,
                checklist_version=checklist.version,
                assessor=rng.choice(["", "A. de Vries", "J. Jansen"]),
                answers=answers,
                state=rng.choice([AssessmentState.DRAFT, AssessmentState.REVIEW]),
                revision=rng.choice([1, 1, 2]),
            )
        )
    ids = store.create_many(assessments)
    start = _dt.datetime(2026, 1, 1, tzinfo=_dt.UTC)
    with store.db.conn:  # distinct change times, as a real database has
        store.db.conn.executemany(
            "UPDATE assessment SET updated = ? WHERE id = ?", [((start + _dt.timedelta(minutes=rng.randint(0, 500_000))).isoformat(), i) for i in ids]
        )
    return store


def listing(store):  # type: ignore[no-untyped-def]
    model = AssessmentListModel()
    model.set_store(store)
    return model


@pytest.fixture
def list_model(qapp, ui_lang, store, library):  # type: ignore[no-untyped-def]
    return listing(listed_store(store, library, 60))


def test_assessment_list_model(qtmodeltester, list_model):  # type: ignore[no-untyped-def]
    qtmodeltester.check(list_model)


def test_list_model_reading_page_by_page(qtmodeltester, qapp, ui_lang, store, library):  # type: ignore[no-untyped-def]
    model = listing(listed_store(store, library, 2 * PAGE + 30))
    assert model.rowCount() == PAGE and model.total == 2 * PAGE + 30, "only the first page is read"
    assert model.canFetchMore()
    qtmodeltester.check(model)
    model.fetch_all()
    assert model.rowCount() == model.total and not model.canFetchMore()
    assert [model.summary(r).id for r in range(model.rowCount())] == [s.id for s in store.list_summaries()]


def test_filter_proxy_model(qtmodeltester, list_model):  # type: ignore[no-untyped-def]
    proxy = AssessmentFilterProxy()
    proxy.setSourceModel(list_model)
    proxy.set_filter("breda")
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < list_model.total
    assert all("Breda" in proxy.index(r, 0).data() for r in range(proxy.rowCount()))
    assert list_model.matching == proxy.rowCount(), "fewer than a page: counted as read"


def test_filters_combine_and_level_filter_skips_unstarted(qapp, ui_lang, store, library):  # type: ignore[no-untyped-def]
    model = listing(listed_store(store, library, 500))
    rows = store.list_summaries()
    proxy = AssessmentFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(status=PartnershipStatus.ACTIVE, level=Level.HIGH)
    model.fetch_all()
    expected = {s.id for s in rows if s.status is PartnershipStatus.ACTIVE and s.verdict == "high"}
    assert expected and {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())} == expected
    proxy.set_filter("de vries")  # also finds the assessor; status and level stay
    model.fetch_all()
    assert proxy.rowCount() and all(model.summary(r).assessor == "A. de Vries" for r in range(proxy.rowCount()))
    proxy.set_filter("")
    assert model.count() == len(expected)
    proxy.clear_filter()
    assert model.matching == 500 and not proxy.is_filtering


def test_filter_counts_what_it_has_not_read_yet(qapp, ui_lang, store, library):  # type: ignore[no-untyped-def]
    model = listing(listed_store(store, library, 3 * PAGE))
    model.set_query(ListQuery(text="gemeente"))
    assert model.rowCount() == PAGE and model.matching is None, "more than a page matches: not counted at the keystroke"
    assert model.count() == 3 * PAGE
    model.set_query(ListQuery(text="100% _"))  # LIKE's wildcards are letters here
    assert model.rowCount() == 0 and model.matching == 0


def test_the_list_page_shows_a_full_first_page_and_then_the_count(qtbot, ui_lang, store, library, db_path):  # type: ignore[no-untyped-def]
    """Opening a large database: the first page is on screen before every row is counted, and
    the count follows by itself."""
    from partnercheck.ui.list_page import ListPage

    page = ListPage()
    qtbot.addWidget(page)
    page.show_store(listed_store(store, library, PAGE + 5))
    assert page.model.rowCount() == PAGE and page.stack.currentWidget() is page.table
    assert page.filter_edit.isEnabled() and page.table.currentIndex().row() == 0
    qtbot.waitUntil(lambda: page.count_label.text() == f"{PAGE + 5} assessments")
    assert page.model.total == PAGE + 5 and page.model.matching == PAGE + 5
    page.filter_edit.setText("Breda")  # filtering after the count works as before
    qtbot.waitUntil(lambda: page.count_label.text().endswith(f" of {PAGE + 5} assessments shown"))


@pytest.mark.parametrize("column", range(AssessmentListModel.COLUMN_COUNT))
def test_sorting_keeps_persistent_indexes(qapp, ui_lang, store, library, column):  # type: ignore[no-untyped-def]
    model = listing(listed_store(store, library, PAGE + 60))
    watched = QPersistentModelIndex(model.index(17, 0))
    watched_id = model.index(17, 0).data(ID_ROLE)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        assert watched.isValid() and model.index(watched.row(), 0).data(ID_ROLE) == watched_id
    model.sort(column, Qt.SortOrder.AscendingOrder)
    model.fetch_all()
    keys = [model.index(r, column).data(Qt.ItemDataRole.UserRole + 2) for r in range(model.rowCount())]
    assert keys == sorted(keys), "SQL sorts as the sort role says"


def test_locate_reads_down_to_an_assessment(qapp, ui_lang, store, library):  # type: ignore[no-untyped-def]
    model = listing(listed_store(store, library, 3 * PAGE))
    last = store.list_summaries()[-1].id
    assert model.row_of(last) is None
    assert model.locate(last) == 3 * PAGE - 1


def test_level_is_word_symbol_and_colour(list_model):  # type: ignore[no-untyped-def]
    for row in range(list_model.rowCount()):
        s = list_model.summary(row)
        index = list_model.index(row, AssessmentListModel.LEVEL)
        if s.verdict in ("low", "medium", "high"):
            assert index.data() in {"Low", "Medium", "High"}
            assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
            assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
        else:
            # No verdict yet: words that say so, no level colour and no level icon.
            assert index.data() == ("Not started" if s.verdict == "not-started" else "Incomplete")
            assert index.data(Qt.ItemDataRole.DecorationRole) is None
            assert index.data(Qt.ItemDataRole.ForegroundRole) is None


def test_revisions_are_told_apart_by_number_and_date_in_the_window_language(list_model):  # type: ignore[no-untyped-def]
    moment = _dt.datetime(2026, 3, 5, 14, 7)
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        assert list_date(moment) == "05-03-2026 14:07"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert list_date(moment) == "05/03/2026 14:07"
    finally:
        QLocale.setDefault(previous)
    for row in range(list_model.rowCount()):
        s = list_model.summary(row)
        tip = list_model.index(row, AssessmentListModel.STAGE).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == f"Revision {s.revision}, last changed {list_date(s.updated)}"
        assert list_model.index(row, AssessmentListModel.UPDATED).data() == list_date(s.updated)


@pytest.fixture
def scored(library):  # type: ignore[no-untyped-def]
    """Answers with the highest-risk option everywhere: red flags and recommendations."""
    checklist = library.active
    answers = {q.id: Answer(max(q.options, key=lambda o: (o.red_flag, o.risk)).value, f"note {i}") for i, q in enumerate(checklist.questions)}
    return checklist, answers, score(checklist, answers)


def test_theme_and_question_models(qtmodeltester, qapp, ui_lang, scored):  # type: ignore[no-untyped-def]
    checklist, answers, result = scored
    themes = ThemeProgressModel(checklist, "en")
    qtmodeltester.check(themes)
    themes.set_score(result)
    qtmodeltester.check(themes)
    assert themes.rowCount() == len(checklist.themes)
    assert themes.index(0, ThemeProgressModel.THEME).data().endswith(checklist.themes[0].title.en)
    questions = QuestionListModel("en")
    qtmodeltester.check(questions)
    questions.set_theme(checklist.themes[0], answers)
    qtmodeltester.check(questions)
    assert questions.rowCount() == len(checklist.themes[0].questions)


def test_result_models(qtmodeltester, qapp, ui_lang, scored):  # type: ignore[no-untyped-def]
    checklist, answers, result = scored
    assert result.red_flags and result.recommendations  # the checklist has both
    flags = RedFlagModel()
    flags.set_result(checklist, result, answers, "en")
    qtmodeltester.check(flags)
    assert flags.rowCount() == len(result.red_flags)
    first = checklist.question(result.red_flags[0])
    assert flags.index(0, RedFlagModel.QUESTION).data() == first.text.en
    assert flags.index(0, RedFlagModel.NOTE).data() == answers[first.id].note

    rec = result.recommendations[0]
    recs = RecommendationModel()
    recs.set_result(checklist, result, [Action("x", recommendation_id=rec.id)], "nl")
    qtmodeltester.check(recs)
    assert recs.index(0, RecommendationModel.RECOMMENDATION).data() == rec.text.nl
    assert recs.index(0, RecommendationModel.IN_PLAN).data() == "Yes (1)"
    assert recs.index(1, RecommendationModel.IN_PLAN).data() == "Not yet"


def test_action_model(qtmodeltester, qapp, ui_lang):  # type: ignore[no-untyped-def]
    model = ActionTableModel()
    qtmodeltester.check(model)
    model.set_actions(
        [
            Action("Ask ICP China", "Team Internationaal", _dt.date(2027, 3, 1), ActionStatus.IN_PROGRESS, id=4),
            Action("Check the agreement & clauses <b>", id=9),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, ActionTableModel.DUE).data() == "01/03/2027"  # day first, never ISO (English UI)
    assert model.index(0, ActionTableModel.STATUS).data() == "In progress"
    assert model.index(1, ActionTableModel.TEXT).data() == "Check the agreement & clauses <b>"
    assert model.row_of(9) == 1
