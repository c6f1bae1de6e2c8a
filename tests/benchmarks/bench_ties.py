"""The portfolio and search on a large register: 2,000 ties x 5 assessments x 30 events.

    python tests/benchmarks/bench_ties.py [--ties 2000]

Prints the median time to compute the whole portfolio (every tie's latest verdict, theme
levels, next review, actions and events since) and to search (ranked, accent-folded).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from partnercheck.domain.assessment import AssessmentState
from partnercheck.domain.events import CostCategory, Event, EventKind
from partnercheck.domain.ties import Tie
from partnercheck.services import portfolio
from partnercheck.store.rows import _stamp
from partnercheck.workspace import open_store

sys.path.insert(0, str(Path(__file__).parent))
from dataset import NOTES, make_assessment  # noqa: E402

EVENT_TEXTS = [
    "Bezoek van de burgemeester aan de partnerstad",
    "Ontvangst van een delegatie op het stadhuis",
    "Geschenk: theeservies, geregistreerd",
    "Artikel in Chinese staatsmedia over de samenwerking",
    "Uitnodiging voor het Canton-forum",
    "Contact door het consulaat over een tentoonstelling",
    "Raadsvragen over de stedenband beantwoord",
    "Café-bijeenkomst met ondernemers en de Foreign Affairs Office",
]


def build(path: Path, ties: int = 2000, per_tie: int = 5, events: int = 30, seed: int = 3) -> Path:
    store = open_store(path)
    rng = random.Random(seed)
    checklist = store.library.active
    index = 0
    for start in range(0, ties, 200):
        batch = []
        for t in range(start, min(ties, start + 200)):
            a = make_assessment(rng, checklist, index)
            tie_id = store.create_tie(dataclasses.replace(Tie.from_partnership(a.partnership), dutch_party=f"{a.partnership.dutch_party} {t}"))
            for k in range(per_tie):
                one = make_assessment(rng, checklist, index) if k else a
                index += 1
                one.partnership_id = tie_id
                if len(one.answers) == len(checklist.questions) and all(x.value for x in one.answers.values()) and rng.random() < 0.7:
                    one.state, one.approved_by, one.approved_on = (
                        AssessmentState.FINAL,
                        "B",
                        dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 900)),
                    )
                batch.append(one)
        store.create_many(batch)
        stamp = _stamp()
        with store._write() as db:  # one transaction for the batch's events (the API's add_event is one each)
            for tie_id in range(start + 1, min(ties, start + 200) + 1):
                for _ in range(events):
                    event = Event(
                        dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 1400)),
                        rng.choice(list(EventKind)),
                        rng.choice(EVENT_TEXTS) + " " + rng.choice(NOTES),
                        people=rng.choice(["Wethouder Müller", "Burgemeester", ""]),
                        value_cents=rng.choice([None, 25000, 125050]),
                        category=rng.choice([None, CostCategory.TRAVEL, CostCategory.HOSPITALITY]),
                    )
                    store._insert_event(db, tie_id, event, stamp)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


def median_ms(fn, runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def measure(ties: int = 2000, runs: int = 7) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        path = build(Path(tmp) / "ties.sqlite3", ties)
        built = time.perf_counter() - started
        store = open_store(path)
        today = dt.date(2026, 11, 30)
        rows = portfolio.portfolio(store, today)
        assert len(rows) == ties
        figures = {
            "build_s": built,
            "portfolio_ms": median_ms(lambda: portfolio.portfolio(store, today), runs),
            "due_ms": median_ms(lambda: portfolio.due(portfolio.portfolio(store, today), today), runs),
            "search_ms": median_ms(lambda: store.search("cafe ondernemers"), runs),
            "search_common_ms": median_ms(lambda: store.search("bezoek"), runs),
            "search_hits": len(store.search("bezoek")),
        }
        store.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ties", type=int, default=2000)
    args = parser.parse_args()
    for name, value in measure(args.ties).items():
        print(f"{name}: {value:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
