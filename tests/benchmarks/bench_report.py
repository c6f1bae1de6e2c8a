"""The PDF advice report: how long a full report takes, and what one more page costs.

python tests/benchmarks/bench_report.py [--runs N]

Prints the median of repeated renders in one process (reportlab and fonts already loaded),
the first render in a fresh process (imports and font loading included), and the warm cost
per page: reports with 10 and 100 long notes (on a checklist doubled to have 100+ questions,
so every note has a question), rendered in pairs, as the median of the per-pair slopes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

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


# A long note (ten paragraphs, about 400 words): 90 more of them add tens of pages, so the cost
# per page is taken over many pages and a render's noise is divided by many (see per_page_ms).
LONG_NOTE = "\n\n".join([NOTE] * 10)


def make_assessment(checklist: Checklist, notes: int, actions: int = 10, note: str = NOTE) -> Assessment:
    answers = {}
    for i, q in enumerate(checklist.questions):
        option = q.options[i % len(q.options)]
        answers[q.id] = Answer(option.value, f"{note} ({i + 1})" if i < notes else "")
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


def pages(pdf: bytes) -> int:
    import io

    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


@dataclass
class PerPage:
    """The warm cost of one more page of notes: the median of per-pair slopes and its spread."""

    median: float  # ms per page
    p10: float
    p90: float
    short_pages: int
    long_pages: int
    short_ms: float  # median render of the short report
    long_ms: float
    pairs: int


def per_page_ms(checklist: Checklist, pairs: int, short_notes: int = 10, long_notes: int = 100) -> PerPage:
    """Render a report with few long notes and one with many, in pairs back to back (which
    goes first alternates), and take each pair's slope: (long - short) / (pages between them).

    The two differ by some 60 pages, so a render's noise (about 10 % of a few seconds)
    moves a slope by a few ms per page, not by tens as a difference of 5 pages did; the
    median over the pairs and its 10th-90th percentile say how sure the figure is."""
    from figures import percentile

    big = doubled(checklist)
    short_doc = make_assessment(big, short_notes, note=LONG_NOTE)
    long_doc = make_assessment(big, long_notes, note=LONG_NOTE)
    short_pages, long_pages = pages(render_report(short_doc, big, "nl")), pages(render_report(long_doc, big, "nl"))  # warm
    more = long_pages - short_pages
    if more <= 0:
        raise RuntimeError(f"the long report ({long_pages} pages) is not longer than the short one ({short_pages})")

    def timed(doc: Assessment) -> float:
        started = time.perf_counter()
        render_report(doc, big, "nl")
        return (time.perf_counter() - started) * 1000

    shorts, longs = [], []
    for i in range(pairs):
        if i % 2:
            longs.append(timed(long_doc))
            shorts.append(timed(short_doc))
        else:
            shorts.append(timed(short_doc))
            longs.append(timed(long_doc))
    slopes = [(b - a) / more for a, b in zip(shorts, longs, strict=True)]
    return PerPage(
        statistics.median(slopes),
        percentile(slopes, 10),
        percentile(slopes, 90),
        short_pages,
        long_pages,
        statistics.median(shorts),
        statistics.median(longs),
        pairs,
    )


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

    slope = per_page_ms(checklist, args.runs)
    print(
        f"warm cost per page of notes: median {slope.median:.1f} ms (p10-p90 {slope.p10:.1f}-{slope.p90:.1f}, {slope.pairs} pairs; "
        f"{slope.short_pages} pages {slope.short_ms:.0f} ms -> {slope.long_pages} pages {slope.long_ms:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
