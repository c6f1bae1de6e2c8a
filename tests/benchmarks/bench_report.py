"""The PDF advice report: how long a full report takes, and how it grows with notes.

python tests/benchmarks/bench_report.py [--runs N]

Prints the median of repeated renders in one process (reportlab and fonts already loaded),
the first render in a fresh process (imports and font loading included), and the growth from
10 to 100 notes (on a checklist doubled to have 100+ questions, so every note has a question).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import time
from dataclasses import replace

from partnercheck.domain.assessment import (
    Action,
    ActionStatus,
    Answer,
    Assessment,
    CounterpartKind,
    DutchPartyKind,
    Partnership,
    PartnershipStatus,
)
from partnercheck.domain.checklist import Checklist, Theme
from partnercheck.report import render_report
from partnercheck.workspace import checklist_library

NOTE = (
    "Besproken met de afdeling internationale zaken en de griffie op 12 maart. De partner bevestigt "
    "dat de contacten via het Bureau Buitenlandse Zaken lopen; stukken liggen in het dossier. "
    "Navraag bij het ICP China volgt, en de uitkomst komt in het actieplan."
)  # about 40 words, a realistic officer's note


def make_assessment(checklist: Checklist, notes: int, actions: int = 10) -> Assessment:
    answers = {}
    for i, q in enumerate(checklist.questions):
        option = q.options[i % len(q.options)]
        answers[q.id] = Answer(option.value, f"{NOTE} ({i + 1})" if i < notes else "")
    return Assessment(
        partnership=Partnership("Gemeente Breda", DutchPartyKind.MUNICIPALITY, "Yangzhou 扬州", CounterpartKind.CITY, PartnershipStatus.ACTIVE, 2012),
        checklist_id=checklist.id,
        checklist_version=checklist.version,
        assessor="A. de Vries",
        created=dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC),
        answers=answers,
        actions=[
            Action(
                f"Maatregel {i + 1}: leg de afspraken vast",
                owner="Team IZ",
                due=dt.date(2027, 1, 1) + dt.timedelta(days=30 * i),
                status=list(ActionStatus)[i % 4],
            )
            for i in range(actions)
        ],
        id=1,
    )


def _copy(theme: Theme, suffix: str) -> Theme:
    questions = tuple(
        replace(
            q,
            id=q.id + suffix,
            theme_id=theme.id + suffix,
            options=tuple(replace(o, recommendations=tuple(r + suffix for r in o.recommendations)) for o in q.options),
        )
        for q in theme.questions
    )
    recommendations = tuple(replace(r, id=r.id + suffix, theme_id=theme.id + suffix) for r in theme.recommendations)
    return replace(theme, id=theme.id + suffix, questions=questions, recommendations=recommendations)


def doubled(checklist: Checklist) -> Checklist:
    """The checklist twice over (the copy with new ids): enough questions for 100 notes."""
    themes = checklist.themes + tuple(_copy(t, "-2") for t in checklist.themes)
    return Checklist(checklist.id, checklist.version + "-x2", checklist.title, checklist.description, themes, checklist.sources)


def median_ms(assessment: Assessment, checklist: Checklist, lang: str, runs: int) -> tuple[float, int]:
    render_report(assessment, checklist, lang)  # warm: imports, fonts
    timings = []
    size = 0
    for _ in range(runs):
        started = time.perf_counter()
        pdf = render_report(assessment, checklist, lang)
        timings.append(time.perf_counter() - started)
        size = len(pdf)
    return statistics.median(timings) * 1000, size


FRESH = """
import time
t0 = time.perf_counter()
import sys
sys.path.insert(0, {here!r})
from bench_report import make_assessment
from partnercheck.workspace import checklist_library
checklist = checklist_library().active
assessment = make_assessment(checklist, notes=len(checklist.questions))
t1 = time.perf_counter()
from partnercheck.report import render_report
render_report(assessment, checklist, "nl")
t2 = time.perf_counter()
print(f"{{(t2 - t1) * 1000:.1f}}")
"""


def fresh_first_render_ms(runs: int) -> float:
    from pathlib import Path

    code = FRESH.format(here=str(Path(__file__).parent))
    values = [float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout) for _ in range(runs)]
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    checklist = checklist_library().active
    full = make_assessment(checklist, notes=len(checklist.questions))
    print(f"checklist {checklist.id} {checklist.version}: {len(checklist.themes)} themes, {len(checklist.questions)} questions")
    for lang in ("nl", "en"):
        ms, size = median_ms(full, checklist, lang, args.runs)
        print(f"full report ({lang}), a note on every question, 10 actions: median {ms:.0f} ms over {args.runs} runs, {size / 1024:.0f} KiB")
    print(f"first render in a fresh process (reportlab import and fonts included): median {fresh_first_render_ms(5):.0f} ms over 5 processes")

    big = doubled(checklist)
    ten, _ = median_ms(make_assessment(big, notes=10), big, "nl", args.runs)
    hundred, _ = median_ms(make_assessment(big, notes=100), big, "nl", args.runs)
    print(f"growth, {len(big.questions)} questions: 10 notes {ten:.0f} ms, 100 notes {hundred:.0f} ms ({(hundred - ten) / 90:.2f} ms per extra note)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
