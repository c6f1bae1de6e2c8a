"""The scoring model (docs/scoring.md), held as properties over generated checklists and answers."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_counts import examples

from partnercheck.domain.assessment import Answer, Basis
from partnercheck.domain.checklist import MAX_RISK, Checklist, Option, Question, Recommendation, Theme
from partnercheck.domain.scoring import BREADTH_SHARE, Level, Verdict, score
from partnercheck.domain.text import LocalText

T = LocalText("x", "x")


@st.composite
def questions(draw, theme_id: str, index: int):
    risks = draw(st.lists(st.integers(0, MAX_RISK), min_size=1, max_size=4))
    options = [Option("safe", T, 0)]
    for i, risk in enumerate(risks):
        red = risk == MAX_RISK and draw(st.booleans())
        options.append(Option(f"o{i}", T, risk, red_flag=red, recommendations=(f"{theme_id}.r{index}",) if risk else ()))
    if draw(st.booleans()):
        # As the loader demands: "don't know" where a red flag is possible carries risk 2 or 3.
        low = 2 if any(o.red_flag for o in options) else 0
        options.append(Option("unknown", T, draw(st.integers(low, MAX_RISK)), unknown=True, recommendations=(f"{theme_id}.r{index}",)))
    return Question(f"{theme_id}.q{index}", theme_id, T, T, (), tuple(options))


@st.composite
def checklists(draw):
    themes = []
    for t in range(draw(st.integers(1, 4))):
        tid = f"t{t}"
        qs = tuple(draw(questions(tid, i)) for i in range(draw(st.integers(1, 6))))
        recs = tuple(Recommendation(f"{tid}.r{i}", tid, T, ()) for i in range(len(qs)))
        kind = draw(st.sampled_from(["risk", "risk", "governance"]))
        themes.append(Theme(tid, T, T, qs, recs, kind=kind))
    return Checklist("generated", "1", T, T, tuple(themes))


@st.composite
def checklist_and_answers(draw):
    checklist = draw(checklists())
    answers = {}
    for q in checklist.questions:
        choice = draw(st.one_of(st.none(), st.sampled_from(q.options)))
        if choice is not None:
            answers[q.id] = Answer(choice.value, "", draw(st.sampled_from(Basis)))
    return checklist, answers


def levels(result):
    return [result.overall] + [t.level for t in result.themes]


@settings(max_examples=examples(300))
@given(checklist_and_answers(), st.data())
def test_raising_an_answers_risk_never_lowers_any_level(case, data):
    checklist, answers = case
    question = data.draw(st.sampled_from(checklist.questions))
    current = answers.get(question.id)
    current_risk = -1 if current is None else question.option(current.value).risk
    riskier = [o for o in question.options if o.risk > current_risk]
    if not riskier:
        riskier = [question.option(current.value)]
    new_option = data.draw(st.sampled_from(riskier))
    before = score(checklist, answers)
    after = score(checklist, {**answers, question.id: Answer(new_option.value, "")})
    assert all(a >= b for a, b in zip(levels(after), levels(before), strict=True))


@settings(max_examples=examples(200))
@given(checklist_and_answers())
def test_a_red_flag_makes_its_theme_and_the_whole_assessment_high(case):
    checklist, answers = case
    result = score(checklist, answers)
    for theme, ts in zip(checklist.themes, result.themes, strict=True):
        flagged = [q.id for q in theme.questions if q.id in answers and q.option(answers[q.id].value).red_flag]
        assert list(ts.red_flags) == flagged
        if flagged:
            assert ts.level is Level.HIGH
    if result.red_flags:
        assert result.overall is Level.HIGH


@given(checklists())
def test_lowest_risk_answers_everywhere_give_low_everywhere(checklist):
    answers = {q.id: Answer(min(q.options, key=lambda o: o.risk).value, "") for q in checklist.questions}
    result = score(checklist, answers)
    assert set(levels(result)) == {Level.LOW}
    assert result.is_complete and result.completeness == 1.0
    assert result.recommendations == ()


@given(checklist_and_answers())
def test_completeness_counts_answered_questions_and_notes_alone_do_not_count(case):
    checklist, answers = case
    notes_only = {q.id: Answer(None, "a note") for q in checklist.questions if q.id not in answers}
    result = score(checklist, {**answers, **notes_only})
    assert result.answered == len(answers)
    assert result.total == len(checklist.questions)
    assert result.completeness == len(answers) / len(checklist.questions)
    for ts in result.themes:
        theme = next(t for t in checklist.themes if t.id == ts.theme_id)
        assert ts.answered == sum(q.id in answers for q in theme.questions)


@given(checklist_and_answers())
def test_overall_level_is_the_highest_theme_level_or_high_when_half_the_themes_carry_risk(case):
    checklist, answers = case
    result = score(checklist, answers)
    risk_themes = [t for t in result.themes if t.kind == "risk"]
    risky = sum(t.level >= Level.MEDIUM for t in risk_themes)
    broad = bool(risk_themes) and risky >= math.ceil(len(risk_themes) * BREADTH_SHARE)
    expected = Level.HIGH if broad else max(t.level for t in result.themes)
    assert result.overall == expected
    # Gaps in housekeeping (a governance theme) are at most medium, unless a red flag is raised.
    for t in result.themes:
        if t.kind == "governance" and not t.red_flags:
            assert t.level <= Level.MEDIUM
    assert score(checklist, answers, model=1).overall == max(t.level for t in score(checklist, answers, model=1).themes)


@settings(max_examples=examples(300))
@given(checklist_and_answers(), st.data())
def test_answering_one_more_question_never_lowers_any_level(case, data):
    checklist, answers = case
    open_questions = [q for q in checklist.questions if q.id not in answers]
    if not open_questions:
        return
    question = data.draw(st.sampled_from(open_questions))
    option = data.draw(st.sampled_from(question.options))
    before = score(checklist, answers)
    after = score(checklist, {**answers, question.id: Answer(option.value, "")})
    assert all(a >= b for a, b in zip(levels(after), levels(before), strict=True))
    if before.verdict is Verdict.HIGH:
        assert after.verdict is Verdict.HIGH, "a provisional high is final"


@given(checklist_and_answers())
def test_the_verdict_never_states_a_level_below_high_for_an_incomplete_assessment(case):
    checklist, answers = case
    result = score(checklist, answers)
    if not answers:
        assert result.verdict is Verdict.NOT_STARTED
    elif result.overall is Level.HIGH:
        assert result.verdict is Verdict.HIGH
    elif not result.is_complete:
        assert result.verdict is Verdict.INCOMPLETE
    else:
        assert result.verdict.level is result.overall


@given(checklist_and_answers())
def test_dont_know_on_a_red_flag_question_is_at_least_medium_and_comes_first_among_the_open_points(case):
    checklist, answers = case
    result = score(checklist, answers)
    unknown_red = [q for q in checklist.questions if q.has_red_flag and q.id in answers and q.option(answers[q.id].value).unknown]
    for q in unknown_red:
        assert result.theme(q.theme_id).level >= Level.MEDIUM
        assert result.overall >= Level.MEDIUM
    assert result.open_red_flags == tuple(q.id for q in unknown_red)

    # The order: red-flag questions still open, then unanswered, then "don't know", then
    # risky answers resting on an assumption or nothing recorded (each question once).
    def group(qid):
        q = checklist.question(qid)
        if qid in result.unsupported:
            return 3
        if q.has_red_flag:
            return 0
        return 1 if qid not in answers else 2

    groups = [group(qid) for qid in result.open_points]
    assert groups == sorted(groups)
    unsettled = {q.id for q in checklist.questions if q.id not in answers or q.option(answers[q.id].value).unknown}
    unsupported = {
        qid
        for qid, a in answers.items()
        if not (o := checklist.question(qid).option(a.value)).unknown and (o.red_flag or o.risk >= 2) and not a.basis.is_supported
    }
    assert set(result.unsupported) == unsupported
    assert set(result.open_points) == unsettled | unsupported
    assert len(result.open_points) == len(set(result.open_points))
    assert result.unknown_count == sum(1 for qid, a in answers.items() if checklist.question(qid).option(a.value).unknown)


@given(checklist_and_answers())
def test_measures_from_red_flags_come_before_all_others(case):
    checklist, answers = case
    result = score(checklist, answers)
    chosen = [q.option(answers[q.id].value) for q in checklist.questions if q.id in answers]
    from_red = {rec for option in chosen if option.red_flag for rec in option.recommendations}
    ids = [r.id for r in result.recommendations]
    assert set(ids[: len(from_red)]) == from_red


def test_high_means_most_answers_at_their_worst_for_each_question():
    """A theme whose questions top out at 2 is high when its answers are mostly at 2."""
    opts = (Option("no", T, 0), Option("partly", T, 1), Option("yes", T, 2))
    qs = tuple(Question(f"t.q{i}", "t", T, T, (), opts) for i in range(5))
    checklist = Checklist("c", "1", T, T, (Theme("t", T, T, qs, ()),))
    three_worst = {f"t.q{i}": Answer("yes") for i in range(3)}
    assert score(checklist, three_worst).theme("t").level is Level.HIGH  # 6 of 10
    assert score(checklist, three_worst, model=1).theme("t").level is Level.MEDIUM  # 6 of 15


@given(checklist_and_answers())
def test_triggered_recommendations_come_from_chosen_options_once_each(case):
    checklist, answers = case
    expected = {rec for q in checklist.questions if q.id in answers for rec in q.option(answers[q.id].value).recommendations}
    ids = [r.id for r in score(checklist, answers).recommendations]
    assert sorted(ids) == sorted(expected)
    assert len(ids) == len(set(ids))


def test_not_knowing_is_a_risk_on_the_shipped_checklist(library):
    checklist = library.active
    unknowns = {}
    for q in checklist.questions:
        unknown = next((o for o in q.options if o.unknown), None)
        if unknown is not None:
            unknowns[q.id] = Answer(unknown.value, "")
    assert unknowns, "the shipped checklist offers 'don't know' as an answer"
    assert all(next(o for o in checklist.question(qid).options if o.unknown).risk >= 1 for qid in unknowns)
    result = score(checklist, unknowns)
    assert result.overall >= Level.MEDIUM
    assert result.unknown_count == len(unknowns) and result.rests_on_unknowns


def test_shipped_checklist_red_flag_answer_makes_assessment_high(library):
    checklist = library.active
    flagged = [(q, o) for q in checklist.questions for o in q.options if o.red_flag]
    assert flagged, "the shipped checklist marks red flags"
    question, option = flagged[0]
    safe = {q.id: Answer(min(q.options, key=lambda o: o.risk).value, "") for q in checklist.questions}
    assert score(checklist, safe).overall is Level.LOW
    result = score(checklist, {**safe, question.id: Answer(option.value, "")})
    assert result.overall is Level.HIGH
    assert result.theme(question.theme_id).level is Level.HIGH
    assert result.red_flags == (question.id,)
