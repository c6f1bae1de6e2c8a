"""The PDF advice report, read back with pypdf: content, escaping, pages, outline, determinism.

Runs against the shipped checklist (whatever its content is today) and against a small
synthetic checklist that is sure to have red flags, several themes and more than eight
recommended measures. No Qt is involved.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pypdf
import pytest

from partnercheck.catalogs import catalog
from partnercheck.domain.advice import measure_text
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
from partnercheck.domain.checklist import Checklist, Option, Question, Recommendation, Source, Theme
from partnercheck.domain.scoring import score
from partnercheck.domain.text import LocalText
from partnercheck.report import content_hash, fonts, render_report
from partnercheck.report.texts import label
from partnercheck.resources import font_dir
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


@pytest.fixture(params=["shipped", "synthetic"])
def checklist(request) -> Checklist:
    return checklist_library().active if request.param == "shipped" else synthetic_checklist()


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


# -- the font runs --------------------------------------------------------------------------


def _fake_font(char: str) -> str | None:
    if char.isspace():
        return None
    return "cjk" if "\u4e00" <= char <= "\u9fff" else "latin"


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("", []),
        ("Breda", [("latin", "Breda")]),
        ("扬州 Yangzhou", [("cjk", "扬州 "), ("latin", "Yangzhou")]),
        ("  扬州", [("cjk", "  扬州")]),
        ("a 中文 b", [("latin", "a "), ("cjk", "中文 "), ("latin", "b")]),
        ("x\n中\ny", [("latin", "x\n"), ("cjk", "中\n"), ("latin", "y")]),
    ],
)
def test_split_runs_groups_characters_by_font(text, runs):
    result = fonts.split_runs(text, _fake_font)
    assert result == runs
    assert "".join(run for _, run in result) == text


def test_split_runs_of_only_whitespace_is_one_run_in_the_main_font():
    assert fonts.split_runs("  \n ", _fake_font) == [(fonts.REGULAR, "  \n ")]


def test_shipped_fonts_cover_dutch_and_chinese():
    for char in "Aéëĳ€–“":
        assert fonts.font_for(char) == fonts.REGULAR, char
    for char in "扬州中文":
        assert fonts.font_for(char) == fonts.FALLBACK, char
    assert fonts.font_for(" ") is None


def test_markup_escapes_and_sets_chinese_in_the_fallback_font():
    assert fonts.markup("<b> & </b>") == "&lt;b&gt; &amp; &lt;/b&gt;"
    assert fonts.markup("a\nb") == "a<br/>b"
    assert fonts.markup("ĳ 中文") == f'ĳ <font name="{fonts.FALLBACK}">中文</font>'
    assert fonts.markup("bell\x07 and\r\nline") == "bell and<br/>line"


@SHIPPED_IN_FULL_RUN
def test_fonts_are_the_shipped_files(checklist):
    render_report(make_assessment(checklist), checklist, "nl")
    from reportlab.pdfbase import pdfmetrics

    for name in (fonts.REGULAR, fonts.BOLD, fonts.FALLBACK):
        path = pdfmetrics.getFont(name).face.filename
        assert str(path).startswith(str(font_dir())), path


# -- content --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_cover_shows_partnership_version_level_and_draft_mark(checklist, lang):
    assessment = make_assessment(checklist, skip=1)
    result = score(checklist, assessment.answers)
    pdf = render(assessment, checklist, lang)
    cover = pdf.pages[0]
    assert "Gemeente Ĳsselstein & Co" in cover
    assert "扬州 Yangzhou" in cover
    assert "A. de Vries <IZ>" in cover
    assert checklist.version in cover and checklist.id in cover
    level_word = {"nl": ("laag", "middel", "hoog"), "en": ("low", "medium", "high")}[lang][result.overall]
    assert level_word.upper() in cover
    assert label(lang, "DRAFT") in cover
    assert (
        flat(
            label(lang, "{answered} of {total} questions answered ({pct}%)").format(
                answered=result.answered, total=result.total, pct=round(100 * result.completeness)
            )
        )
        in cover
    )
    # The assessment's own date, not the day of printing.
    assert {"nl": "20 november 2026", "en": "20 November 2026"}[lang] in cover
    assert pdf.reader.metadata["/CreationDate"].startswith("D:20261120164500+01")


@SHIPPED_IN_FULL_RUN
@pytest.mark.parametrize("lang", LANGS)
def test_draft_mark_on_every_page_while_incomplete(checklist, lang):
    incomplete = replace(
        make_assessment(checklist, skip=1), state=AssessmentState.FINAL, approved_by="Burgemeester", approved_on=dt.date(2026, 12, 1)
    )
    pdf = render(incomplete, checklist, lang)
    mark = label(lang, "DRAFT")
    assert all(mark in page for page in pdf.pages)
    assert "Burgemeester" not in pdf.pages[0]  # an incomplete assessment is never shown as approved


@SHIPPED_IN_FULL_RUN
@pytest.mark.parametrize("lang", LANGS)
def test_no_draft_mark_when_complete_and_approved(checklist, lang):
    final = replace(make_assessment(checklist), state=AssessmentState.FINAL, approved_by="J. Jansen (wethouder)", approved_on=dt.date(2026, 12, 1))
    pdf = render(final, checklist, lang)
    assert label(lang, "DRAFT") not in pdf.text
    # The approval date in the report's own words, never as the database stores it.
    assert "J. Jansen (wethouder)" in pdf.pages[0] and {"nl": "1 december 2026", "en": "1 December 2026"}[lang] in pdf.pages[0]
    assert "2026-12-01" not in pdf.text
    assert "J. Jansen (wethouder)" in pdf.pages[-1]  # pre-filled in the sign-off block


@pytest.mark.parametrize("lang", LANGS)
def test_complete_but_unapproved_is_still_a_draft(checklist, lang):
    _, pdf = full_report(checklist, lang)
    assert label(lang, "DRAFT") in pdf.pages[0]
    assert (
        flat(label(lang, "This assessment is complete but has not been approved yet. Have it reviewed and approved before it goes to the board."))
        in pdf.pages[0]
    )


@SHIPPED_IN_FULL_RUN
def test_a_final_assessment_prints_its_recorded_approval(checklist):
    final = replace(
        make_assessment(checklist),
        state=AssessmentState.FINAL,
        reviewed_by="R. Reviewer",
        approved_by="B. Baas",
        approved_on=dt.date(2026, 12, 3),
    )
    pdf = render(final, checklist, "nl")
    assert "CONCEPT" not in pdf.text
    assert "B. Baas" in pdf.pages[0] and "3 december 2026" in pdf.pages[0]
    assert "R. Reviewer" in pdf.pages[-1]


@pytest.mark.parametrize("lang", LANGS)
def test_summary_lists_red_flags_with_the_chosen_answer(checklist, lang):
    assessment, pdf = full_report(checklist, lang)
    result = score(checklist, assessment.answers)
    summary = pdf.pages[1]
    assert label(lang, "Summary and advice") in summary
    if checklist.id == "synthetic":
        assert len(result.red_flags) == 3
    for qid in result.red_flags:
        question = checklist.question(qid)
        assert flat(question.text.get(lang)) in summary
        assert riskiest(question).label.get(lang) in summary
    if not result.red_flags:
        assert label(lang, "Red flags") not in summary, "no heading for red flags there are none of"


@pytest.mark.parametrize("lang", LANGS)
def test_summary_caps_the_key_measures_and_refers_to_the_rest(lang):
    checklist = synthetic_checklist()
    summary = render(make_assessment(checklist), checklist, lang).pages[1]
    assert label(lang, "Key measures") in summary
    assert (
        flat(
            catalog(lang)
            .ngettext(
                "{n} more measure is listed under “Findings per theme”, with the theme {themes}.",
                "{n} more measures are listed with their themes under “Findings per theme”: {themes}.",
                2,
            )
            .format(n=3, themes="")
        )[:30]
        in summary
    )
    assert "8." in summary and "9." not in summary


@pytest.mark.parametrize("lang", LANGS)
def test_every_theme_question_note_and_guidance_is_printed(checklist, lang):
    assessment, pdf = full_report(checklist, lang)
    for n, theme in enumerate(checklist.themes, 1):
        assert flat(f"{n}. {theme.title.get(lang)}") in pdf.body
        for question in theme.questions:
            assert flat(question.text.get(lang)) in pdf.body
            assert flat(f"{TRICKY_NOTE} [{question.id}]") in pdf.body
            guidance = flat(question.guidance.get(lang))
            if guidance and riskiest(question).risk >= 1:
                assert guidance.split(". ")[0] in pdf.body
    for rec in score(checklist, assessment.answers).recommendations:
        assert flat(measure_text(rec, assessment.partnership, lang)) in pdf.body


@pytest.mark.parametrize("lang", LANGS)
def test_user_text_prints_exactly_as_typed(checklist, lang):
    _, pdf = full_report(checklist, lang)
    for literal in ("<b>dit</b>", "&", "<script>alert('x')</script>", "100% > 50%", "ĳsbaan", "扬州 中文", "Ĳsselstein & Co", "<IZ>"):
        assert literal in pdf.text, literal


@SHIPPED_IN_FULL_RUN
@pytest.mark.parametrize("lang", LANGS)
def test_unanswered_questions_say_so(checklist, lang):
    pdf = render(make_assessment(checklist, skip=1), checklist, lang)
    assert label(lang, "not answered") in pdf.text


@pytest.mark.parametrize("lang", LANGS)
def test_action_plan_rows_with_translated_status(checklist, lang):
    _, pdf = full_report(checklist, lang)
    assert label(lang, "Action plan") in pdf.text
    assert "Breng <b>CPAFFC</b> & partners in kaart" in pdf.text
    for action in ACTIONS:
        assert action.text in pdf.text
        if action.owner:
            assert action.owner in pdf.text
        assert STATUS_WORDS[lang][action.status.value] in pdf.text
    # the due date day-first in both languages, never ISO (domain.dates)
    assert {"nl": "01-03-2027", "en": "01/03/2027"}[lang] in pdf.text


@SHIPPED_IN_FULL_RUN
@pytest.mark.parametrize("lang", LANGS)
def test_action_plan_says_when_there_are_no_actions(checklist, lang):
    pdf = render(make_assessment(checklist, actions=[]), checklist, lang)
    assert label(lang, "No actions have been recorded yet.") in pdf.text


@pytest.mark.parametrize("lang", LANGS)
def test_sign_off_block_and_sources_close_the_report(checklist, lang):
    _, pdf = full_report(checklist, lang)
    last = pdf.pages[-1]
    for key in ("Sign-off", "Prepared by", "Reviewed by", "Approved by", "Name", "Date", "Signature"):
        assert label(lang, key) in last, key
    assert "A. de Vries <IZ>" in last
    for source in checklist.sources:
        assert flat(source.title) in pdf.text
        if source.url:
            assert source.url in pdf.body.replace(" ", "")  # a URL may run over a page break


@pytest.mark.parametrize("lang", LANGS)
def test_footer_numbers_every_page_and_names_version_and_fingerprint(checklist, lang):
    assessment, pdf = full_report(checklist, lang)
    total = len(pdf.pages)
    word = {"nl": "Pagina {} van {}", "en": "Page {} of {}"}[lang]
    fingerprint = content_hash(assessment)
    for number, page in enumerate(pdf.pages, 1):
        assert word.format(number, total) in page, (number, page[:200])
        assert checklist.version in page
        assert fingerprint in page


@pytest.mark.parametrize("lang", LANGS)
def test_outline_has_an_entry_per_theme_and_metadata_is_set(checklist, lang):
    _, pdf = full_report(checklist, lang)
    titles = pdf.outline_titles()
    for n, theme in enumerate(checklist.themes, 1):
        assert f"{n}. {theme.title.get(lang)}" in titles
    for key in ("Summary and advice", "Action plan", "Sources", "Sign-off"):
        assert label(lang, key) in titles
    meta = pdf.reader.metadata
    assert "Gemeente Ĳsselstein & Co" in meta.title and "扬州 Yangzhou" in meta.title
    assert meta.author == "A. de Vries <IZ>"
    assert checklist.version in meta.subject
    assert pdf.reader.trailer["/Root"]["/Lang"] == lang


@SHIPPED_IN_FULL_RUN
def test_same_assessment_gives_the_same_bytes(checklist):
    assessment, pdf = full_report(checklist, "nl")
    first = pdf.data
    render_report(make_assessment(checklist, skip=2, note="iets anders 中"), checklist, "en")  # no state may leak
    assert render_report(assessment, checklist, "nl") == first


def test_reports_rendered_in_worker_threads_are_the_same_as_in_sequence():
    checklist = synthetic_checklist()
    assessments = [make_assessment(checklist, skip=i) for i in range(4)]
    expected = [render_report(a, checklist, "nl") for a in assessments]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(lambda a: render_report(a, checklist, "nl"), assessments)) == expected


@SHIPPED_IN_FULL_RUN
def test_a_note_of_five_thousand_words_flows_over_pages(checklist):
    words = [f"woord{i}" for i in range(5000)]
    words[2500] = "<midden & einde>"
    long_note = " ".join(words[:2000]) + "\n\n" + " ".join(words[2000:])
    assessment = make_assessment(checklist)
    qid = checklist.questions[0].id
    assessment.answers[qid] = Answer(assessment.answers[qid].value, long_note)
    baseline = len(render(make_assessment(checklist), checklist, "nl").pages)
    pdf = render(assessment, checklist, "nl")
    assert len(pdf.pages) >= baseline + 5
    assert "woord4999" in pdf.text and "<midden & einde>" in pdf.text


def test_huge_fields_in_tables_do_not_break_the_layout():
    checklist = synthetic_checklist()
    huge = " ".join(["lange-actie"] * 1500)
    pdf = render(make_assessment(checklist, actions=[Action(huge, owner="x " * 300)], counterpart="扬州" * 200), checklist, "en")
    assert pdf.text.count("lange-actie") == 1500


def test_progress_runs_from_zero_to_done():
    checklist = synthetic_checklist()
    calls: list[tuple[int, int]] = []
    render_report(make_assessment(checklist), checklist, "nl", progress=lambda done, total: calls.append((done, total)))
    totals = {total for _, total in calls}
    assert len(totals) == 1
    total = totals.pop()
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    done = [d for d, _ in calls]
    assert done == sorted(done) and total >= len(checklist.themes) + 4


def test_wrong_checklist_or_language_is_refused():
    checklist = synthetic_checklist()
    assessment = make_assessment(checklist)
    with pytest.raises(ValueError, match="not the one the assessment was made with"):
        render_report(replace(assessment, checklist_version="9.9"), checklist)
    with pytest.raises(ValueError, match="unsupported language"):
        render_report(assessment, checklist, "de")


# -- the fingerprint ------------------------------------------------------------------------


def test_content_hash_follows_content_not_timestamps_or_workflow():
    checklist = synthetic_checklist()
    a = make_assessment(checklist, actions=ACTIONS)
    h = content_hash(a)
    assert re.fullmatch(r"[0-9a-f]{12}", h)
    same = replace(a, created=CREATED + dt.timedelta(days=3), updated=None, id=7, state=AssessmentState.FINAL, approved_by="x")
    assert content_hash(same) == h
    assert content_hash(replace(a, answers={**a.answers, "extra": Answer(None, "")})) == h  # an empty record carries nothing
    qid = checklist.questions[0].id
    assert content_hash(replace(a, answers={**a.answers, qid: Answer(a.answers[qid].value, "other note")})) != h
    assert content_hash(replace(a, actions=ACTIONS[:-1])) != h
    assert content_hash(replace(a, assessor="someone else")) != h


# -- layering -------------------------------------------------------------------------------


@pytest.mark.slow  # a process of its own
def test_importing_the_report_package_is_light_and_never_pulls_qt():
    code = (
        "import sys, partnercheck.report as r; "
        "assert 'reportlab' not in sys.modules, 'reportlab imported eagerly'; "
        "r.content_hash; "
        "import partnercheck.report.document; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- changes since the previous assessment ---------------------------------------------------


@SHIPPED_IN_FULL_RUN
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_changes_since_the_previous_assessment_appendix(checklist, lang):
    current = make_assessment(checklist, actions=ACTIONS)
    changed = checklist.questions[0]
    safest = min(changed.options, key=lambda o: o.risk)
    previous_answers = {**current.answers, changed.id: Answer(safest.value, "eerder")}
    previous = replace(current, id=41, revision=1, answers=previous_answers)
    pdf = render(current, checklist, lang, previous=previous)
    title = label(lang, "Changes since the previous assessment")
    assert title in pdf.outline_titles()
    [page] = [p for p in pdf.pages if title in p]
    assert label(lang, "Changed answers") in page
    assert flat(changed.text.get(lang))[:40] in page
    assert safest.label.get(lang) in page and riskiest(changed).label.get(lang) in page
    assert "41" in page
    # Without a previous assessment there is no appendix; with an identical one it says so.
    assert title not in full_report(checklist, lang)[1].text  # the same assessment, rendered once per module
    same = render(current, checklist, lang, previous=replace(current, id=41))
    assert (
        flat(
            label(lang, "No answers or levels have changed since assessment {id} (revision {revision}, {date}).").format(id=41, revision=1, date="X")
        ).split(" 41")[0]
        in same.text
    )
