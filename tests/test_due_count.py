"""The window's "ties due for review" notice counts in one query (store.count_due_ties): it must
find exactly the ties the portfolio finds due with domain.review's rule, on any day, under any
policy (tests/test_listing.py holds it to no whole-table read)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from partnercheck.domain.assessment import Answer, AssessmentState, PartnershipStatus
from partnercheck.domain.events import Event, EventKind
from partnercheck.domain.levels import Verdict
from partnercheck.domain.review import ReviewPolicy, add_months, latest_start_due
from partnercheck.domain.ties import Tie
from partnercheck.services import portfolio
from partnercheck.services.review_due import count_due

# Month ends, a leap day, and days either side of them: where adding months clamps.
DAYS = [dt.date(2024, 2, 29), dt.date(2024, 8, 31), dt.date(2024, 9, 1), dt.date(2025, 2, 28), dt.date(2025, 3, 1), dt.date(2025, 12, 31)]


@pytest.mark.parametrize("months", [0, 1, 6, 12, 24, 120])
def test_the_last_day_a_period_may_start_is_exactly_where_add_months_passes_today(months: int) -> None:
    for today in [*DAYS, *(dt.date(2023, 1, 1) + dt.timedelta(days=n) for n in range(0, 800, 7))]:
        last = latest_start_due(today, months)
        assert add_months(last, months) <= today < add_months(last + dt.timedelta(days=1), months)


def test_adding_months_clamps_to_the_month_end_as_the_calendar_says() -> None:
    import calendar

    for start in [dt.date(2019, 1, 31) + dt.timedelta(days=n) for n in range(0, 2200, 3)]:
        for months in (-13, -1, 1, 6, 12, 24, 121):
            index = start.month - 1 + months
            year, month = start.year + index // 12, index % 12 + 1
            assert add_months(start, months) == dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def varied_ties(store, new_assessment, library, seed: int = 11) -> None:  # type: ignore[no-untyped-def]
    """Ties without an assessment, with drafts (no answers, some, all), with final verdicts of
    every level given on month ends and ordinary days, ended ones, and events of every kind
    before and after the verdicts, recorded before and after a later final assessment."""
    rng = random.Random(seed)
    questions = library.active.questions
    for n in range(70):
        status = rng.choice(list(PartnershipStatus))
        partnership = dataclasses.replace(new_assessment.partnership, counterpart=f"Stad {n}", status=status)
        if n % 7 == 0:
            tie = store.create_tie(Tie(partnership.dutch_party, partnership.dutch_party_kind, f"Stad {n}", partnership.counterpart_kind, status))
        for _ in range(rng.choice([1, 1, 2, 3]) if n % 7 else 0):
            answered = rng.sample(questions, rng.choice([0, len(questions) // 2, len(questions)]))
            pick = rng.choice([min, max])  # the lowest or the highest risk throughout...
            answers = {q.id: Answer(pick(q.options, key=lambda o: o.risk).value) for q in answered}
            risky = [(q, o) for q in answered for o in q.options if o.risk == 2]
            if pick is min and risky and rng.random() < 0.5:  # ...or one answer of risk 2 among the lowest: medium
                question, option = rng.choice(risky)
                answers[question.id] = Answer(option.value)
            made = dataclasses.replace(new_assessment, partnership=partnership, answers=answers)
            if len(answered) == len(questions) and rng.random() < 0.7:
                approved = rng.choice([*DAYS, dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(800))])
                made = dataclasses.replace(made, state=AssessmentState.FINAL, approved_by="B", approved_on=approved)
            tie = store.tie_of(store.create(made))
            for _ in range(rng.choice([0, 0, 1, 2])):
                day = rng.choice([*DAYS, dt.date(2023, 6, 1) + dt.timedelta(days=rng.randrange(1000))])
                store.add_event(tie, Event(day, rng.choice(list(EventKind)), "Gebeurtenis"))


POLICIES = [
    ReviewPolicy(),
    ReviewPolicy(months={Verdict.HIGH: 1, Verdict.MEDIUM: 3, Verdict.LOW: 120, Verdict.INCOMPLETE: 2}, triggers=frozenset(EventKind)),
    ReviewPolicy(triggers=frozenset()),
]


def test_the_count_agrees_with_the_portfolio_on_every_day_and_policy(store, new_assessment, library) -> None:  # type: ignore[no-untyped-def]
    varied_ties(store, new_assessment, library)
    assert store.db.execute("SELECT count(*) FROM partnership").fetchone()[0] == 70
    verdicts = {r[0] for r in store.db.execute("SELECT verdict FROM assessment")}
    assert {"high", "medium", "low", "incomplete"} <= verdicts, "every level is among the data"
    counts = []
    for policy in POLICIES:
        store.set_review_policy(policy)
        for today in [*DAYS, dt.date(2023, 12, 1), dt.date(2026, 6, 15), dt.date.today()]:
            expected = len(portfolio.due(portfolio.portfolio(store, today), today))
            assert count_due(store, today) == expected, (policy, today)
            counts.append(expected)
    assert len(set(counts)) > 5, "the days and policies tell the ties apart"


def test_no_database_open_counts_none() -> None:
    assert count_due(None) == 0


@pytest.mark.parametrize(
    "stored",
    ["[" * 100000, '{"months": {"high": 99999999999999999999}, "triggers": "pressure"}', '{"months": [1, 2]}', "null", "\ufeff{}"],
)
def test_a_hand_edited_review_policy_falls_back_to_the_defaults(run, store, stored):  # type: ignore[no-untyped-def]
    """JSON nested 100,000 deep in the stored policy raised RecursionError: a traceback from
    `due` and `portfolio`, and the window's due notice failed at every start."""
    store.db.conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('review_policy', ?)", [stored])
    assert store.review_policy().months == ReviewPolicy().months
    assert count_due(store) == 0
    code, _, err = run("due")
    assert code == 0, err
