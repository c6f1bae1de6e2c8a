"""The table models, checked by qtmodeltester, and the list's sorting and filtering at scale."""

from __future__ import annotations

import datetime as _dt
import random

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from partnercheck.domain.assessment import Action, ActionStatus, Answer, AssessmentState, AssessmentSummary, PartnershipStatus
from partnercheck.domain.scoring import Level, score
from partnercheck.ui.list_model import ID_ROLE, AssessmentFilterProxy, AssessmentListModel
from partnercheck.ui.result_models import ActionTableModel, RecommendationModel, RedFlagModel
from partnercheck.ui.theme_models import QuestionListModel, ThemeProgressModel

LEVELS = ("low", "medium", "high")


def summaries(n: int, seed: int = 7) -> list[AssessmentSummary]:
    rng = random.Random(seed)
    start = _dt.datetime(2026, 1, 1, tzinfo=_dt.UTC)
    statuses = list(PartnershipStatus)
    return [
        AssessmentSummary(
            id=i + 1,
            dutch_party=f"Gemeente {rng.choice(['Breda', 'Delft', 'Emmen', 'Zwolle', 'Ede'])} {i}",
            counterpart=rng.choice(["Yangzhou", "Suzhou", "Xi'an", "Tianjin", "Harbin"]),
            status=rng.choice(statuses),
            overall=rng.choice(LEVELS) if (answered := rng.randint(0, 53)) else None,
            answered=answered,
            total=53,
            verdict=("not-started" if not answered else "high" if rng.random() < 0.3 else rng.choice(["incomplete", "low", "medium", "high"])),
            updated=start + _dt.timedelta(minutes=rng.randint(0, 500_000)),
            assessor=rng.choice(["", "A. de Vries", "J. Jansen"]),
            state=rng.choice(list(AssessmentState)),
            revision=rng.choice([1, 1, 2]),
        )
        for i in range(n)
    ]


@pytest.fixture
def list_model(qapp, ui_lang):  # type: ignore[no-untyped-def]
    model = AssessmentListModel()
    model.set_summaries(summaries(60))
    return model


def test_assessment_list_model(qtmodeltester, list_model):  # type: ignore[no-untyped-def]
    qtmodeltester.check(list_model)


def test_filter_proxy_model(qtmodeltester, list_model):  # type: ignore[no-untyped-def]
    proxy = AssessmentFilterProxy()
    proxy.setSourceModel(list_model)
    proxy.set_filter("breda")
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < list_model.rowCount()
    assert all("Breda" in proxy.index(r, 0).data() for r in range(proxy.rowCount()))


def test_filters_combine_and_level_filter_skips_unstarted(qapp, ui_lang):  # type: ignore[no-untyped-def]
    model = AssessmentListModel()
    rows = summaries(500)
    model.set_summaries(rows)
    proxy = AssessmentFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(status=PartnershipStatus.ACTIVE, level=Level.HIGH)
    expected = {s.id for s in rows if s.status is PartnershipStatus.ACTIVE and s.verdict == "high"}
    assert {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())} == expected
    proxy.set_filter("de vries")  # also finds the assessor; status and level stay
    assert all(model.summary(model.row_of(proxy.index(r, 0).data(ID_ROLE))).assessor == "A. de Vries" for r in range(proxy.rowCount()))
    proxy.clear_filter()
    assert proxy.rowCount() == 500 and not proxy.is_filtering


@pytest.mark.parametrize("column", range(AssessmentListModel.COLUMN_COUNT))
def test_sorting_keeps_persistent_indexes(qapp, ui_lang, column):  # type: ignore[no-untyped-def]
    model = AssessmentListModel()
    model.set_summaries(summaries(200))
    watched = QPersistentModelIndex(model.index(17, 0))
    watched_id = model.index(17, 0).data(ID_ROLE)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        assert model.index(watched.row(), 0).data(ID_ROLE) == watched_id
    model.sort(column, Qt.SortOrder.AscendingOrder)
    keys = [model.index(r, column).data(Qt.ItemDataRole.UserRole + 2) for r in range(model.rowCount())]
    assert keys == sorted(keys)


def test_ten_thousand_rows_filter_and_sort(qapp, ui_lang):  # type: ignore[no-untyped-def]
    model = AssessmentListModel()
    proxy = AssessmentFilterProxy()
    proxy.setSourceModel(model)
    model.set_summaries(summaries(10_000))
    proxy.sort(AssessmentListModel.LEVEL, Qt.SortOrder.DescendingOrder)
    proxy.set_filter("suzhou", level=Level.MEDIUM)
    assert proxy.rowCount() > 0
    levels = {proxy.index(r, AssessmentListModel.LEVEL).data() for r in range(proxy.rowCount())}
    assert levels == {"Medium"}


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
