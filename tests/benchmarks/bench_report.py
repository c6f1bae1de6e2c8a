"""The PDF advice report: how long a full report takes, and what one more page costs.

python tests/benchmarks/bench_report.py [--runs N]

Prints the median of repeated renders in one process (reportlab and fonts already loaded),
the first render in fresh processes (imports and font loading included, the font cache warm
as a user's is after the first run) divided by the warm renders of the same process, as the
median of those per-process ratios with its spread (first_report), and the warm cost
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
import sys
sys.path.insert(0, {here!r})
from bench_report import in_fresh_process
print(in_fresh_process({renders}))
"""


def in_fresh_process(renders: int) -> str:
    """Run in a fresh process: the first report (the report package's import, reportlab's and
    the fonts' loading included), then ``renders - 1`` more of the same. One line: whether the
    font cache was warm, then wall and CPU milliseconds of each render."""
    from partnercheck.paths import cache_dir
    from partnercheck.workspace import checklist_library

    checklist = checklist_library().active
    assessment = make_assessment(checklist, notes=len(checklist.questions))
    warm_cache = any(cache_dir().glob("font-*.pickle"))
    cells = []
    for i in range(renders):
        wall, cpu = time.perf_counter(), time.process_time()
        if i == 0:
            from partnercheck.report import render_report as render
        render(assessment, checklist, "nl")
        cells.append(f"{(time.perf_counter() - wall) * 1000:.2f}/{(time.process_time() - cpu) * 1000:.2f}")
    return f"{'warm' if warm_cache else 'cold'} " + " ".join(cells)


@dataclass
class FirstReport:
    """The first report of fresh processes against the warm ones of the same processes."""

    processes: int
    font_cache: str  # "warm", "cold" or "mixed": the font cache as the measured processes found it
    first_ms: float  # medians over the processes, wall
    warm_ms: float
    first_cpu_ms: float
    warm_cpu_ms: float
    ratio: tuple[float, float, float]  # per-process first / warm (wall): median, p10, p90
    cpu_ratio: tuple[float, float, float]
    # The median per-process first - warm in CPU ms: the cold cost itself, which a slower or
    # faster warm render in a busy minute does not move as it moves the ratio.
    cold_cpu_ms: float


def first_report(processes: int, cache: Path, renders: int = 3) -> FirstReport:
    """The first report in each of ``processes`` fresh processes, divided by the warm renders
    of the same process (the median of renders 2..``renders``): a ratio within one process
    sees one machine load on both sides. The font cache lives in ``cache``, as a user's does:
    made by an unmeasured first run, then warm for every measured one."""
    from bench_startup import installed_like_environment
    from figures import paired_ratio

    env = installed_like_environment(PARTNERCHECK_CACHE_DIR=str(cache))
    code = FRESH.format(here=str(Path(__file__).parent), renders=renders)

    def run() -> tuple[str, list[tuple[float, float]]]:
        out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True).stdout.split()
        return out[0], [(float(w), float(c)) for w, c in (cell.split("/") for cell in out[1:])]

    run()  # fills the font cache and the bytecode, as any user's first run does
    states, firsts, warms = set(), [], []
    for _ in range(processes):
        state, timings = run()
        states.add(state)
        firsts.append(timings[0])
        warms.append(tuple(statistics.median(t[k] for t in timings[1:]) for k in (0, 1)))
    return FirstReport(
        processes,
        states.pop() if len(states) == 1 else "mixed",
        statistics.median(f[0] for f in firsts),
        statistics.median(w[0] for w in warms),
        statistics.median(f[1] for f in firsts),
        statistics.median(w[1] for w in warms),
        paired_ratio([f[0] for f in firsts], [w[0] for w in warms]),
        paired_ratio([f[1] for f in firsts], [w[1] for w in warms]),
        statistics.median(f[1] - w[1] for f, w in zip(firsts, warms, strict=True)),
    )


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
    import tempfile

    with tempfile.TemporaryDirectory(prefix="partnercheck-report-") as cache:
        first = first_report(max(15, args.runs), Path(cache))
    print(
        f"first report in a fresh process (report import, reportlab and fonts included; font cache {first.font_cache}), "
        f"{first.processes} processes: first {first.first_ms:.0f} ms, warm {first.warm_ms:.0f} ms "
        f"(CPU {first.first_cpu_ms:.0f} / {first.warm_cpu_ms:.0f} ms); "
        f"per-process first / warm median {first.ratio[0]:.2f}x (p10-p90 {first.ratio[1]:.2f}-{first.ratio[2]:.2f}), "
        f"CPU {first.cpu_ratio[0]:.2f}x (p10-p90 {first.cpu_ratio[1]:.2f}-{first.cpu_ratio[2]:.2f}); "
        f"first - warm {first.cold_cpu_ms:.0f} ms CPU"
    )

    slope = per_page_ms(checklist, args.runs)
    print(
        f"warm cost per page of notes: median {slope.median:.1f} ms (p10-p90 {slope.p10:.1f}-{slope.p90:.1f}, {slope.pairs} pairs; "
        f"{slope.short_pages} pages {slope.short_ms:.0f} ms -> {slope.long_pages} pages {slope.long_ms:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
