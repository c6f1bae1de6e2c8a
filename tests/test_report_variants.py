"""The report's audiences: the mayor's summary (two pages at most, for every calibration
scenario), the public version (nothing internal, no official's name) and byte-identical reruns."""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import io
import tomllib
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from partnercheck.catalogs import catalog
from partnercheck.domain.assessment import (
    Action,
    Answer,
    Assessment,
    AssessmentState,
    CounterpartKind,
    DutchPartyKind,
    Partnership,
    PartnershipStatus,
)
from partnercheck.domain.scoring import score_assessment
from partnercheck.report import render_report
from partnercheck.report.texts import label

CALIBRATION = Path(__file__).parent / "calibration"


def _calibration_module():
    spec = importlib.util.spec_from_file_location("calibration_scenarios", CALIBRATION / "test_calibration.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCENARIOS = sorted((CALIBRATION / "scenarios").glob("*.toml"))


def flat(text: str) -> str:
    return " ".join(text.split())


def pages(pdf: bytes) -> list[str]:
    return [flat(p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def holds_all(pdf: bytes, *needles: str) -> bool:
    """Whether the report has every one of ``needles``, read from its last page back and
    stopped once all are seen: what the full version is checked for here (the action plan, the
    sign-off, the evidence annex) is near the end, and reading a page costs as much as drawing it."""
    missing = set(needles)
    for page in reversed(pypdf.PdfReader(io.BytesIO(pdf)).pages):
        text = flat(page.extract_text())
        missing = {needle for needle in missing if needle not in text}
        if not missing:
            return True
    return False


def scenario_assessment(path: Path) -> tuple[Assessment, object]:
    """A calibration scenario as an assessment, with every recommended measure in the action
    plan (owner and date: the longest the summary can get) and a long assessor name."""
    cal = _calibration_module()
    scenario = tomllib.loads(path.read_text(encoding="utf-8"))
    checklist = cal.checklist_for(scenario)
    answers = {qid: Answer(value) for qid, value in cal.answers_for(scenario, checklist).items()}
    status = PartnershipStatus(scenario.get("partnership", {}).get("status", "active"))
    # The scenario's own year where it gives one; a proposed tie has none (it has not begun).
    since = scenario.get("partnership", {}).get("since", None if status is PartnershipStatus.PROPOSED else 2001)
    partnership = Partnership(
        "Gemeente Súdwest-Fryslân", DutchPartyKind.MUNICIPALITY, "Guangzhou Shi (广州市)", CounterpartKind.CITY, status, since=since
    )
    a = Assessment(partnership, checklist.id, checklist.version, assessor="Mr. drs. Johanna van den Berg-Oosterhuis", answers=answers)
    a.created = a.updated = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    result = score_assessment(a, checklist)
    a.actions = [
        Action(f"Maatregel {rec.id}", owner="Pieter-Jan de Vries van Oostervelde", due=dt.date(2027, 3, 31), recommendation_id=rec.id)
        for rec in result.recommendations
    ]
    return a, checklist


@functools.cache
def scenario_pages(path: Path, lang: str, variant: str = "full") -> tuple[str, ...]:
    """The pages of a scenario's report, ``scenario_assessment`` as it is, rendered and read once
    per process: several tests here and in test_report_wording read the same one."""
    a, checklist = scenario_assessment(path)
    return tuple(pages(render_report(a, checklist, lang, variant=variant)))


# The seed's dormant tie has the most measures and the longest action plan of the scenarios:
# the hardest to fit. The quick run (-m "not slow") keeps it; the full run has every scenario.
SEED_STEM = "05-seed-typical"


def scenario_cases(keep: tuple[str, ...] = (SEED_STEM,)) -> list:
    """Every scenario, those not in ``keep`` marked slow: the same check on another scenario."""
    return [pytest.param(p, id=p.stem, marks=() if p.stem in keep else pytest.mark.slow) for p in SCENARIOS]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", scenario_cases())
def test_the_mayors_summary_is_two_pages_at_most(path, lang):
    a, checklist = scenario_assessment(path)
    previous = replace(a, id=1, answers={qid: Answer(ans.value) for qid, ans in list(a.answers.items())[:10]})
    pdf = pages(render_report(a, checklist, lang, previous=previous, variant="summary"))
    assert len(pdf) <= 2, f"{path.stem}: {len(pdf)} pages"
    text = " ".join(pdf)
    for key in ("Summary for the board", "Key measures", "Changes since the previous assessment", "Sign-off"):
        assert flat(label(lang, key)) in text, key


def test_the_summary_says_why_who_and_by_when():
    a, checklist = scenario_assessment(CALIBRATION / "scenarios" / "05-seed-typical.toml")
    result = score_assessment(a, checklist)
    assert result.verdict.value == "high"
    text = " ".join(scenario_pages(CALIBRATION / "scenarios" / "05-seed-typical.toml", "nl", "summary"))
    assert label("nl", "Themes with a high risk, and the answers behind them") in text
    assert "actiehouder: Pieter-Jan de Vries van Oostervelde" in text and "uiterlijk 31-03-2027" in text
    assert "Dit is de eerste beoordeling van deze band." in text
    # The full report keeps the same summary as its first pages.
    full = scenario_pages(CALIBRATION / "scenarios" / "05-seed-typical.toml", "nl")
    assert label("nl", "Themes with a high risk, and the answers behind them") in " ".join(full[1:3])


NAMES = ("Johanna van den Berg-Oosterhuis", "Karel Toetsema", "Annelies Vaststeller", "Pieter-Jan de Vries")
SECRETS = ("GEHEIM-notitie-over-de-burgemeester", "INTERN-actie-contact-ambassade", "vertrouwelijk-gesprek-met-BZ")


def internal_assessment(library) -> tuple[Assessment, object]:
    checklist = library.active
    answers = {}
    for n, q in enumerate(checklist.questions):
        answers[q.id] = Answer(q.options[-1].value, f"{SECRETS[n % 3]} {NAMES[n % 4]} zei dit op {n}")
    public_q = checklist.questions[0].id
    answers[public_q] = Answer(checklist.questions[0].options[0].value, "Openbaar-toegelicht-antwoord")
    a = Assessment(
        Partnership("Gemeente Breda", DutchPartyKind.MUNICIPALITY, "Yangzhou", CounterpartKind.CITY, PartnershipStatus.ACTIVE, 2012),
        checklist.id,
        checklist.version,
        assessor=NAMES[0],
        answers=answers,
        actions=[
            Action(SECRETS[1], owner=NAMES[3], internal=True),
            Action("Raad informeren over de band", owner=NAMES[3], due=dt.date(2027, 1, 31)),
            Action("Giftenregister bijwerken", owner=NAMES[1]),
        ],
        state=AssessmentState.FINAL,
        reviewed_by=NAMES[1],
        approved_by=NAMES[2],
        approved_on=dt.date(2026, 11, 30),
        public_notes=frozenset({public_q}),
        id=7,
    )
    a.created = a.updated = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return a, checklist


@pytest.mark.parametrize("lang", [pytest.param("nl", marks=pytest.mark.slow), "en"])  # Dutch: the same check, in the full run
def test_the_public_version_leaks_no_internal_note_action_or_name(library, lang):
    a, checklist = internal_assessment(library)
    roles = {NAMES[0]: "beleidsadviseur internationale zaken", NAMES[2]: "gemeentesecretaris"}
    pdf = render_report(a, checklist, lang, variant="public", roles=roles)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(flat(p.extract_text()) for p in reader.pages)
    squeezed = "".join(text.split())
    for secret in (*SECRETS, *NAMES, "Pieter-Jan", "Toetsema", "Oosterhuis"):
        assert secret not in text and "".join(secret.split()) not in squeezed, secret
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert not any(name in metadata for name in NAMES)
    mark = label(lang, "PUBLIC VERSION")
    assert all(mark in flat(p.extract_text()) for p in reader.pages), "the public mark on every page"
    assert "beleidsadviseur internationale zaken" in text and "gemeentesecretaris" in text
    assert "Openbaar-toegelicht-antwoord" in text, "a note marked public is printed"
    assert "Raad informeren over de band" in text, "public actions stay"
    # The full version still has everything.
    assert holds_all(render_report(a, checklist, lang), SECRETS[1], NAMES[0])


# The full report's rerun is held by test_report.test_same_assessment_gives_the_same_bytes too.
@pytest.mark.parametrize("variant", [pytest.param("full", marks=pytest.mark.slow), "summary", "public"])
def test_every_variant_is_byte_identical_on_rerun(library, variant):
    a, checklist = internal_assessment(library)
    first = render_report(a, checklist, "nl", variant=variant, roles={NAMES[0]: "adviseur"})
    assert render_report(a, checklist, "nl", variant=variant, roles={NAMES[0]: "adviseur"}) == first


def test_an_unknown_variant_is_refused(library):
    a, checklist = internal_assessment(library)
    with pytest.raises(ValueError, match="variant"):
        render_report(a, checklist, "nl", variant="secret")


@pytest.mark.parametrize("lang", ["nl", pytest.param("en", marks=pytest.mark.slow)])  # English: the same check, in the full run
def test_the_public_version_leaves_out_review_comments_and_evidence_files(library, lang):
    # The reviewer's comments are internal deliberation (and name the reviewer); evidence file
    # names are working papers. Neither may reach the council's PDF nor the public Word draft.
    import docx

    from partnercheck.domain.assessment import ReviewComment, ReviewVerdict
    from partnercheck.domain.evidence import EvidenceItem
    from partnercheck.report.word import render_word

    a, checklist = internal_assessment(library)
    theme = checklist.themes[0]
    a.review_comments = {theme.id: ReviewComment(theme.id, ReviewVerdict.CHANGE, "Toetsopmerking-over-de-wethouder", reviewer="Karel Toetsema")}
    when = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
    a.evidence = [EvidenceItem(theme.questions[0].id, "Raadsbesluit2019.pdf", 10, "ab" * 32, when, NAMES[0])]
    public = " ".join(pages(render_report(a, checklist, lang, variant="public")))
    word = docx.Document(io.BytesIO(render_word(a, checklist, lang, public=True)))
    word_text = " ".join([p.text for p in word.paragraphs] + [c.text for t in word.tables for r in t.rows for c in r.cells])
    for text in (public, word_text):
        for secret in ("Toetsopmerking-over-de-wethouder", "Karel Toetsema", "Raadsbesluit2019.pdf"):
            assert secret not in text, secret
    assert holds_all(render_report(a, checklist, lang), "Toetsopmerking-over-de-wethouder", "Raadsbesluit2019.pdf")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_summary_names_a_red_flag_first_and_only_once(lang):
    # Prague's case: the agreement commits to the One-China principle. The mayor reads the red
    # flag before the advice, and a red flag whose basis is not shown yet is "unsupported", not
    # a question that could still raise one.
    import docx

    from partnercheck.domain.advice import advice_paragraphs
    from partnercheck.report.word import render_word

    a, checklist = scenario_assessment(CALIBRATION / "scenarios" / "02-prague-commitment.toml")
    result = score_assessment(a, checklist)
    assert result.red_flags == ("one-china.commitment",) and "one-china.commitment" in result.unsupported
    first_advice = flat(advice_paragraphs(result, a.partnership, lang)[0])[:40]
    page_one = scenario_pages(CALIBRATION / "scenarios" / "02-prague-commitment.toml", lang, "summary")[0]
    assert page_one.index(label(lang, "Red flags")) < page_one.index(first_advice)
    assert label(lang, "Open questions that can raise a red flag") not in page_one
    assert (
        catalog(lang).ngettext("{n} risky answer with no recorded basis", "{n} risky answers with no recorded basis", 1).replace("{n}", "1") + "."
        in page_one
        and f"({label(lang, 'unsupported')})" in page_one
    )
    word = [p.text for p in docx.Document(io.BytesIO(render_word(a, checklist, lang))).paragraphs]
    red = next(n for n, text in enumerate(word) if text.startswith(label(lang, "Red flags")))
    advice = next(n for n, text in enumerate(word) if flat(text).startswith(first_advice))
    assert red < advice and label(lang, "Open questions that can raise a red flag") not in word


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_unfinished_summary_never_reads_as_an_all_clear(lang):
    # Half the questions answered, all with their best option: no measures follow yet, which
    # must not read as "none are needed"; the provisional level says it may still rise.
    import docx

    from partnercheck.report.word import render_word

    a, checklist = scenario_assessment(CALIBRATION / "scenarios" / "06-half-answered.toml")
    a.actions = []
    assert score_assessment(a, checklist).verdict.value == "incomplete"
    text = " ".join(pages(render_report(a, checklist, lang, variant="summary")))
    word = " ".join(p.text for p in docx.Document(io.BytesIO(render_word(a, checklist, lang))).paragraphs)
    for rendered in (text, word):
        assert label(lang, "No measures are recommended.") not in rendered
        assert flat(
            label(
                lang, "No measures yet: the assessment is not finished, so it does not yet show what is needed. Answer the open points below first."
            )
        ) in flat(rendered)
        assert ("kan nog stijgen" if lang == "nl" else "may still rise") in rendered
    # The summary has no cover with a draft box: its first page carries the mark at the top too.
    page_one = pages(render_report(a, checklist, lang, variant="summary"))[0]
    assert page_one.count(label(lang, "DRAFT")) == 2, "the mark and the draft note"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_completeness_says_how_many_answers_are_dont_know(lang):
    # 59 of 59 answered reads as done; the seed's tie has many "don't know" answers.
    a, checklist = scenario_assessment(CALIBRATION / "scenarios" / "05-seed-typical.toml")
    result = score_assessment(a, checklist)
    assert result.is_complete and result.unknown_count > 0
    page_one = scenario_pages(CALIBRATION / "scenarios" / "05-seed-typical.toml", lang, "summary")[0]
    assert ("waarvan" if lang == "nl" else "of them") in page_one and str(result.unknown_count) in page_one
