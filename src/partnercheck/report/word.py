"""The Word draft: the mayor's summary and the measures as an editable document, for pasting
into a municipality's own collegenota or raadsinformatiebrief template.

Real headings (Word's Heading 1 and 2, so they keep the template's look), real lists and real
tables, never text boxes. It says what the summary PDF says, from the same domain rules
(``advice``, ``briefing``, ``publication``); the layout is Word's. The same assessment gives
the same document parts on every run: the core properties carry the assessment's own date.
python-docx loads only when a draft is made.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from collections.abc import Mapping
from typing import Any

from ..domain.advice import advice_paragraphs, measure_text, measures_preface
from ..domain.advice import measures as tie_measures
from ..domain.answer_fit import misfit_text, misfits
from ..domain.assessment import Action, Assessment
from ..domain.briefing import OPEN_POINTS_SHOWN, action_for, high_themes, open_red_flag_questions
from ..domain.checklist import Checklist
from ..domain.compare import compare
from ..domain.dates import format_date, format_short_date
from ..domain.levels import Verdict, level_label, verdict_label
from ..domain.numbering import question_numbers
from ..domain.publication import public_copy
from ..domain.scoring import Score, score_assessment
from ..domain.signoff import recorded_approval
from . import texts
from .counts import open_points_count, unsupported_note
from .fingerprint import content_hash

# Characters XML 1.0 cannot hold (python-docx refuses them): typed text may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _plain(text: str) -> str:
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def render_word(
    assessment: Assessment,
    checklist: Checklist,
    lang: str = "nl",
    *,
    previous: Assessment | None = None,
    public: bool = False,
    roles: Mapping[str, str] | None = None,
) -> bytes:
    """The Word draft (.docx bytes) of ``assessment`` in ``lang``; ``public`` makes it from the
    public copy (no internal notes or actions, officials by their role)."""
    from docx import Document

    texts.check_language(lang)
    fingerprint = content_hash(assessment)
    if public:
        assessment = public_copy(assessment, roles or {}, lang)
        previous = public_copy(previous, roles or {}, lang) if previous is not None else None
    result = score_assessment(assessment, checklist)

    def t(msgid: str, **values: object) -> str:
        return texts.label(lang, msgid, **values)

    doc = Document()
    _core_properties(doc, assessment, lang, t("Summary for the board"))
    p = assessment.partnership
    doc.add_heading(_plain(f"{t('Summary for the board')}: {p.dutch_party} – {p.counterpart}"), level=0)
    if public:
        doc.add_paragraph(
            t(
                "Public version. Internal notes, internal actions and the reviewer's comments are left out; names of "
                "officials are replaced by their role."
            )
        )
    note = doc.add_paragraph()
    note.add_run(t("Draft from PartnerCheck, reference {hash}: adapt it in your organisation's own template.", hash=fingerprint)).italic = True
    _tie_table(doc, assessment, result, lang, fingerprint)

    doc.add_heading(t("Summary and advice"), level=1)
    doc.add_paragraph(f"{t('Verdict')}: {_verdict_words(result, lang)}.")
    # As the summary PDF: the red flags first, then the advice, then the rest of why.
    if _red_flags(doc, checklist, assessment, result, lang):
        doc.add_heading(t("Advice"), level=2)
    for text in advice_paragraphs(result, p, lang):
        doc.add_paragraph(_plain(text))
    _why(doc, checklist, assessment, result, lang)

    doc.add_heading(t("Key measures"), level=1)
    ranked = tie_measures(result, p)
    if not ranked:
        doc.add_paragraph(
            t(
                "No measures are recommended."
                if result.is_complete
                else "No measures yet: the assessment is not finished, so it does not yet show what is needed. Answer the open points below first."
            )
        )
    else:
        preface = measures_preface(result, p, lang)  # a dormant tie: first the decision to end or revive it
        if preface:
            doc.add_paragraph(_plain(preface))
        rows = []
        for n, rec in enumerate(ranked, 1):
            action = action_for(rec, assessment.actions)
            theme = checklist.theme(rec.theme_id)
            rows.append(
                [
                    str(n),
                    measure_text(rec, p, lang),
                    theme.title.get(lang) if theme else rec.theme_id,
                    action.owner if action else "",
                    format_short_date(action.due, lang) if action and action.due else "",
                    _status(action, lang) if action else t("not in the action plan yet"),
                ]
            )
        _table(doc, ["#", t("Measure"), t("Theme"), t("Owner"), t("Due"), t("Status")], rows)
    others = [a for a in assessment.actions if a.recommendation_id is None]
    if others:
        doc.add_heading(t("Action plan"), level=2)
        rows = [[a.text, a.owner, format_short_date(a.due, lang) if a.due else "", _status(a, lang)] for a in others]
        _table(doc, [t("Measure"), t("Owner"), t("Due"), t("Status")], rows)

    numbers = question_numbers(checklist)
    misfit = misfits(checklist, assessment.partnership, assessment.answers)
    if result.open_points or misfit:
        doc.add_heading(t("Open points"), level=1)
    if result.open_points:
        # As the summary PDF: how many of each kind, then the first few not named above already.
        doc.add_paragraph(open_points_count(lang, result))
        named = open_red_flag_questions(checklist, result)  # all listed by _why
        rest = [qid for qid in result.open_points if qid not in named]
        title = t("Open questions that can raise a red flag")
        if named:
            doc.add_paragraph(
                t("Besides the questions above under “{title}”, the most important are:" if rest else "See above under “{title}”.", title=title)
            )
        elif len(rest) > OPEN_POINTS_SHOWN:
            doc.add_paragraph(t("The most important:"))
        shown = max(OPEN_POINTS_SHOWN - len(named), 1)  # as the summary PDF
        for qid in rest[:shown]:
            question = checklist.question(qid)
            if question is not None:
                state = f" ({t('unsupported')})" if qid in result.unsupported else ""
                doc.add_paragraph(_plain(f"{numbers[qid]} {question.text.get(lang)}{state}"), style="List Bullet")
        if len(rest) > shown:
            doc.add_paragraph(t("… and {n} more.", n=len(rest) - shown))
        if why_open := unsupported_note(lang, result):
            doc.add_paragraph(why_open)
    if misfit:  # as the PDF (report.misfit_lines)
        doc.add_paragraph(texts.plural(lang, "This answer does not fit the tie:", "These {n} answers do not fit the tie:", len(misfit)))
        for item in misfit:
            question = checklist.question(item.question_id)
            if question is not None:
                doc.add_paragraph(_plain(f"{numbers[item.question_id]} {question.text.get(lang)} {misfit_text(item, lang)}"), style="List Bullet")

    doc.add_heading(t("Changes since the previous assessment"), level=1)
    doc.add_paragraph(_changes_sentence(checklist, assessment, previous, lang))

    doc.add_heading(t("Sign-off"), level=1)
    approval = recorded_approval(assessment)
    approved_by, approved_on = (approval[0], format_date(approval[1], lang) if approval[1] else "") if approval else ("", "")
    _table(
        doc,
        ["", t("Name"), t("Date")],
        [
            [t("Prepared by"), assessment.assessor, ""],
            [t("Reviewed by"), assessment.reviewed_by or "", ""],
            [t("Approved by"), approved_by, approved_on],
        ],
    )
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _status(action: Action, lang: str) -> str:
    """An action's status, and "internal" for one the public version leaves out (as the PDF marks it)."""
    status = texts.word(lang, action.status.value)
    return f"{status}, {texts.label(lang, 'internal')}" if action.internal else status


def _core_properties(doc: Any, assessment: Assessment, lang: str, title: str) -> None:
    # The assessment's own moment, never the clock: the same assessment, the same document.
    when = (assessment.updated or assessment.created).astimezone(_dt.UTC).replace(tzinfo=None)
    props = doc.core_properties
    p = assessment.partnership
    props.title = _plain(f"{title}: {p.dutch_party} – {p.counterpart}")
    props.author = _plain(assessment.assessor)
    props.last_modified_by = _plain(assessment.assessor)
    props.language = "nl-NL" if lang == "nl" else "en-GB"
    props.created = props.modified = props.last_printed = when
    props.revision = assessment.revision
    props.comments = "PartnerCheck"


def _verdict_words(result: Score, lang: str) -> str:
    """The verdict in words: the level, or why there is none yet (with an incomplete one's
    provisional level), as the report's cover says it."""
    words = verdict_label(result.verdict, lang)
    if result.verdict is Verdict.INCOMPLETE:
        words += f" ({texts.label(lang, 'provisionally {level}, may still rise', level=level_label(result.overall, lang))})"
    return words


def _tie_table(doc: Any, assessment: Assessment, result: Score, lang: str, fingerprint: str) -> None:
    p = assessment.partnership

    def t(msgid: str, **values: object) -> str:
        return texts.label(lang, msgid, **values)

    status = texts.word(lang, p.status.value)
    rows = [
        [
            t("Tie"),
            f"{p.dutch_party} ({texts.word(lang, p.dutch_party_kind.value)}) – {p.counterpart} ({texts.word(lang, p.counterpart_kind.value)})",
        ],
        [t("Status of the tie"), t("{status}, since {since}", status=status, since=p.since) if p.since else status],
        [t("Date of assessment"), format_date((assessment.updated or assessment.created).date(), lang)],
        [t("Completeness"), texts.completeness(lang, result)],
        [t("Reference"), fingerprint],
    ]
    _table(doc, None, rows)


def _red_flags(doc: Any, checklist: Checklist, assessment: Assessment, result: Score, lang: str) -> bool:
    """The red flags as a table; False (and nothing added) when there are none."""
    if not result.red_flags:
        return False
    numbers = question_numbers(checklist)
    doc.add_heading(f"{texts.label(lang, 'Red flags')} ({len(result.red_flags)})", level=2)
    rows = []
    for qid in result.red_flags:
        question = checklist.question(qid)
        option = question.option(assessment.answers[qid].value or "") if question else None
        if question is not None:
            rows.append([numbers[qid], question.text.get(lang), option.label.get(lang) if option else ""])
    _table(doc, ["#", texts.label(lang, "Question"), texts.label(lang, "Answer")], rows)
    return True


def _why(doc: Any, checklist: Checklist, assessment: Assessment, result: Score, lang: str) -> None:
    numbers = question_numbers(checklist)

    def t(msgid: str, **values: object) -> str:
        return texts.label(lang, msgid, **values)

    open_flags = open_red_flag_questions(checklist, result)
    if open_flags:
        doc.add_heading(t("Open questions that can raise a red flag"), level=2)
        for qid in open_flags:
            question = checklist.question(qid)
            assert question is not None
            doc.add_paragraph(_plain(f"{numbers[qid]} {question.text.get(lang)}"), style="List Bullet")
    themes = high_themes(checklist, assessment, result)
    if themes:
        doc.add_heading(t("Themes with a high risk, and the answers behind them"), level=2)
    for high in themes:
        theme = checklist.theme(high.theme_id)
        assert theme is not None
        item = doc.add_paragraph(style="List Bullet")
        item.add_run(_plain(theme.title.get(lang))).bold = True
        if not high.answers and result.theme(high.theme_id).red_flags:
            item.add_run(": " + t("high because of the red flag above"))
        for qid in high.answers:
            question = checklist.question(qid)
            option = question.option(assessment.answers[qid].value or "") if question else None
            if question is not None and option is not None:
                doc.add_paragraph(_plain(f"{question.text.get(lang)} — {option.label.get(lang)}"), style="List Bullet 2")


def _changes_sentence(checklist: Checklist, assessment: Assessment, previous: Assessment | None, lang: str) -> str:
    if previous is None:
        return texts.label(lang, "This is the first assessment of this tie.")
    comparison = compare(checklist, previous, assessment)
    when = previous.updated or previous.created
    facts = {"id": previous.id, "revision": previous.revision, "date": format_date(when.date(), lang)}
    if comparison.is_empty:
        return texts.label(lang, "No answers or levels have changed since assessment {id} (revision {revision}, {date}).", **facts)
    return texts.label(lang, "Compared with assessment {id} (revision {revision}, {date}). {n} answers differ.", n=len(comparison.answers), **facts)


def _table(doc: Any, head: list[str] | None, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=0, cols=len(rows[0]) if rows else len(head or [])) if rows or head else None
    if table is None:
        return
    table.style = "Table Grid"
    if head is not None:
        cells = table.add_row().cells
        for cell, text in zip(cells, head, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(_plain(text)).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = _plain(text)
