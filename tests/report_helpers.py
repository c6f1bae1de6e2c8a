"""Building blocks for the report's tests (test_report_*.py): a synthetic checklist, a fully
answered assessment, the report rendered once per process and read back with pypdf.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections.abc import Sequence

import pypdf
import pytest

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
from partnercheck.domain.checklist import Checklist, Option, Question, Recommendation, Source, Theme
from partnercheck.domain.text import LocalText
from partnercheck.report import render_report
from partnercheck.workspace import checklist_library

LANGS = ("nl", "en")
CREATED = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
UPDATED = dt.datetime(2026, 11, 20, 16, 45, tzinfo=dt.timezone(dt.timedelta(hours=1)))
TRICKY_NOTE = "Zie <b>dit</b> & <script>alert('x')</script>; 100% > 50%; de ĳsbaan bij 扬州 中文 overleg."


# -- building blocks ------------------------------------------------------------------------


def _t(nl: str, en: str | None = None) -> LocalText:
    return LocalText(nl, en if en is not None else nl)


def synthetic_checklist() -> Checklist:
    """Three themes, four questions each, red flags, eleven recommendations, sources."""
    themes = []
    for t in range(3):
        tid = f"theme{t}"
        recs = tuple(
            Recommendation(f"{tid}.r{r}", tid, _t(f"Maatregel {t}.{r} voor thema {t}", f"Measure {t}.{r} for theme {t}"), ("S1",))
            for r in range(4 if t < 2 else 3)
        )
        questions = []
        for q in range(4):
            options = (
                Option("no", _t("Nee", "No"), 0),
                Option("unknown", _t("Weet niet", "Don't know"), 2, recommendations=(recs[q % len(recs)].id,)),
                Option("yes", _t("Ja", "Yes"), 3, red_flag=(q == 0), recommendations=tuple(r.id for r in recs)),
            )
            questions.append(
                Question(
                    f"{tid}.q{q}",
                    tid,
                    _t(f"Synthetische vraag {q + 1} van thema {t + 1}?", f"Synthetic question {q + 1} of theme {t + 1}?"),
                    _t(f"Toelichting bij vraag {q + 1}.\n\nTweede alinea.", f"Guidance for question {q + 1}.\n\nSecond paragraph."),
                    ("S1", "S2"),
                    options,
                )
            )
        themes.append(Theme(tid, _t(f"Thema nummer {t + 1}", f"Theme number {t + 1}"), _t("Inleiding.", "Introduction."), tuple(questions), recs))
    sources = (
        Source("S1", "Vriendschap winnen", "Clingendael", "2022-01", "https://www.clingendael.org/pub/2022/vriendschap-winnen/"),
        Source("S2", "Decentrale relaties tussen Nederland en China", "VNG", "2022"),
    )
    return Checklist("synthetic", "0.1", _t("Synthetisch"), _t(""), tuple(themes), sources)


def checklist_for(param: str) -> Checklist:
    """The ``checklist`` fixture's value: the shipped checklist, or the small synthetic one."""
    return checklist_library().active if param == "shipped" else synthetic_checklist()


# For a test that renders a report of its own: the behaviour shows in the small synthetic
# checklist, which the quick run (-m "not slow") checks in both languages; the shipped one (forty
# pages, four times the cost) is checked in the full run. The quick run still renders the shipped
# checklist in both languages: the cover test and every test on ``full_report``.
SHIPPED_IN_FULL_RUN = pytest.mark.parametrize("checklist", [pytest.param("shipped", marks=pytest.mark.slow), "synthetic"], indirect=True)


def riskiest(question: Question) -> Option:
    return max(question.options, key=lambda o: (o.red_flag, o.risk))


def make_assessment(
    checklist: Checklist,
    *,
    skip: int = 0,
    note: str = TRICKY_NOTE,
    actions: list[Action] | None = None,
    counterpart: str = "扬州 Yangzhou",
) -> Assessment:
    """Every question answered with its riskiest option and given a note, except the first ``skip``."""
    answers = {q.id: Answer(riskiest(q).value, f"{note} [{q.id}]") for q in checklist.questions[skip:]}
    return Assessment(
        partnership=Partnership(
            dutch_party="Gemeente Ĳsselstein & Co",
            dutch_party_kind=DutchPartyKind.MUNICIPALITY,
            counterpart=counterpart,
            counterpart_kind=CounterpartKind.CITY,
            status=PartnershipStatus.ACTIVE,
            since=2012,
        ),
        checklist_id=checklist.id,
        checklist_version=checklist.version,
        assessor="A. de Vries <IZ>",
        created=CREATED,
        updated=UPDATED,
        answers=answers,
        actions=actions if actions is not None else [],
        id=42,
    )


ACTIONS = [
    Action("Breng <b>CPAFFC</b> & partners in kaart", owner="Team IZ", due=dt.date(2027, 3, 1), status=ActionStatus.OPEN),
    Action("Toets tekst met BZ", owner="Juridische zaken", due=dt.date(2027, 4, 15), status=ActionStatus.IN_PROGRESS),
    Action("Giftenregister bijwerken", owner="", due=None, status=ActionStatus.DONE),
    Action("Bezoek voorbereiden", owner="Griffie", due=dt.date(2027, 1, 31), status=ActionStatus.DROPPED),
]
STATUS_WORDS = {
    "nl": {"open": "open", "in-progress": "in uitvoering", "done": "afgerond", "dropped": "vervallen"},
    "en": {"open": "open", "in-progress": "in progress", "done": "done", "dropped": "dropped"},
}


def flat(text: str) -> str:
    return " ".join(text.split())


class _Pages(Sequence[str]):
    """The pages' text, each extracted when first asked for: a test that reads the cover does
    not pay for the other forty pages (pypdf's extraction costs as much as rendering)."""

    def __init__(self, reader: pypdf.PdfReader) -> None:
        self._reader = reader
        self.raw: dict[int, str] = {}

    def text_of(self, i: int) -> str:
        if i not in self.raw:
            self.raw[i] = self._reader.pages[i].extract_text()
        return self.raw[i]

    def __len__(self) -> int:
        return len(self._reader.pages)

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        return flat(self.text_of(i % len(self)))


class Pdf:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.reader = pypdf.PdfReader(io.BytesIO(data))
        self.pages = _Pages(self.reader)

    @functools.cached_property
    def text(self) -> str:
        return " ".join(self.pages)

    @functools.cached_property
    def body(self) -> str:
        """The text without the page furniture (draft mark, running header, footer), which the
        text layer puts first on every page: a paragraph broken over two pages reads whole."""
        return " ".join(flat(_without_furniture(self.pages.text_of(i))) for i in range(len(self.pages)))

    def outline_titles(self) -> list[str]:
        titles: list[str] = []

        def walk(items) -> None:  # type: ignore[no-untyped-def]
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    titles.append(item.title)

        walk(self.reader.outline)
        return titles


_FOOTER_END = re.compile(r"(kenmerk|ref\.) [0-9a-f]{12}\s*$")


def _without_furniture(page_text: str) -> str:
    lines = page_text.split("\n")
    for i, line in enumerate(lines[:12]):
        if _FOOTER_END.search(line):
            return "\n".join(lines[i + 1 :])
    return page_text


_RENDERED: dict[tuple[str, ...], Pdf] = {}


def render(assessment: Assessment, checklist: Checklist, lang: str, **kw) -> Pdf:  # type: ignore[no-untyped-def]
    """The report, rendered once per process for the same assessment (all of it, by its repr),
    checklist, language and options: tests that only read it share it, and its page texts."""
    key = (repr(assessment), *checklist.key, lang, repr(sorted(kw.items())))
    if key not in _RENDERED:
        _RENDERED[key] = Pdf(render_report(assessment, checklist, lang, **kw))
    return _RENDERED[key]


_FULL: dict[tuple[str, str, str], tuple[Assessment, Pdf]] = {}


def full_report(checklist: Checklist, lang: str) -> tuple[Assessment, Pdf]:
    """The complete, unapproved assessment with the action plan, rendered once per module."""
    key = (*checklist.key, lang)
    if key not in _FULL:
        assessment = make_assessment(checklist, actions=ACTIONS)
        _FULL[key] = (assessment, render(assessment, checklist, lang))
    return _FULL[key]
