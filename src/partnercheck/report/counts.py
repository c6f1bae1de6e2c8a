"""Counts the summary, the full report and the Word draft put in words: what the open points
are made of, and how many measures the summary leaves out, per theme. No reportlab here, so
the Word draft can use it too."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.checklist import Checklist, Recommendation
from ..domain.scoring import Score
from . import texts


def _count(lang: str, key: str, n: int) -> str:
    return texts.label(lang, key + "_one" if n == 1 else key, n=n)


def _and(lang: str, parts: list[str]) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {texts.label(lang, 'and')} " + parts[-1]


def open_points_count(lang: str, result: Score) -> str:
    """ "25 open points: 2 questions answered "don't know" and 23 risky answers with no recorded
    basis." An unsupported answer counts as an open point, but it is no unknown: a council
    that reads "25 open points" must see how many are questions nobody could answer."""
    counts = (
        ("open_points_unanswered", result.total - result.answered),
        ("open_points_dont_know", result.unknown_count),
        ("open_points_unsupported", len(result.unsupported)),
    )
    parts = [_count(lang, key, n) for key, n in counts if n]
    if len(parts) == 1:
        return parts[0] + "."
    return texts.label(lang, "open_points_count", n=len(result.open_points), parts=_and(lang, parts))


def unsupported_note(lang: str, result: Score) -> str:
    """Why an answer with no recorded basis is an open point ("" when there is none)."""
    return texts.label(lang, "open_points_unsupported_note") if result.unsupported else ""


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
