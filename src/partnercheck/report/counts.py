"""Counts the summary, the full report and the Word draft put in words: what the open points
are made of, and how many measures the summary leaves out, per theme. No reportlab here, so
the Word draft can use it too."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.checklist import Checklist, Recommendation
from ..domain.scoring import Score
from . import texts


def _and(lang: str, parts: list[str]) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {texts.label(lang, 'and')} " + parts[-1]


def open_points_count(lang: str, result: Score) -> str:
    """ "25 open points: 2 questions answered "don't know" and 23 risky answers with no recorded
    basis." An unsupported answer counts as an open point, but it is no unknown: a council
    that reads "25 open points" must see how many are questions nobody could answer."""
    unanswered, dont_know, unsupported = result.total - result.answered, result.unknown_count, len(result.unsupported)
    counts = (
        (unanswered, texts.plural(lang, "{n} unanswered question", "{n} unanswered questions", unanswered)),
        (dont_know, texts.plural(lang, "{n} question answered “don't know”", "{n} questions answered “don't know”", dont_know)),
        (unsupported, texts.plural(lang, "{n} risky answer with no recorded basis", "{n} risky answers with no recorded basis", unsupported)),
    )
    parts = [text for n, text in counts if n]
    if len(parts) == 1:
        return parts[0] + "."
    return texts.label(lang, "{n} open points: {parts}.", n=len(result.open_points), parts=_and(lang, parts))


def unsupported_note(lang: str, result: Score) -> str:
    """Why an answer with no recorded basis is an open point ("" when there is none)."""
    return (
        texts.label(
            lang,
            "A risky answer with no recorded basis does count towards the verdict. It stays an open point as "
            "long as what it rests on is not recorded: a document, a conversation or a public source.",
        )
        if result.unsupported
        else ""
    )


def measures_by_theme(lang: str, checklist: Checklist, rest: Sequence[Recommendation]) -> str:
    """The measures a list leaves out, counted per theme in checklist order: "Human-rights
    dialogue (4); Gifts, events and propaganda (3)" (a theme name may hold a comma)."""
    per_theme: dict[str, int] = {}
    for rec in rest:
        per_theme[rec.theme_id] = per_theme.get(rec.theme_id, 0) + 1
    names = {theme.id: theme.title.get(lang) for theme in checklist.themes}
    order = {theme.id: n for n, theme in enumerate(checklist.themes)}
    ranked = sorted(per_theme, key=lambda t: order.get(t, len(order)))
    if len(rest) == 1:
        return names.get(ranked[0], ranked[0])  # "… under the theme X": no count needed
    return "; ".join(f"{names.get(t, t)} ({per_theme[t]})" for t in ranked)
