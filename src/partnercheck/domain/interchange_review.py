"""The reviewer's comments per theme in the interchange file (optional ``review_comments``):
a colleague who reviews on another PC sends back the file with them, and the assessor reads
them in the window as if they had been written here. Files without the field still import."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .assessment import ReviewComment, ReviewVerdict
from .interchange_parser import _Parser
from .quoting import show as _show

if TYPE_CHECKING:
    from .checklist import Checklist


def review_records(comments: dict[str, ReviewComment]) -> dict[str, Any]:
    """Keyed by theme id, sorted, so the same comments always give the same file."""
    return {
        theme: {
            "verdict": c.verdict.value,
            "text": c.text,
            "reviewer": c.reviewer,
            "at": c.at.isoformat() if c.at is not None else None,
        }
        for theme, c in sorted(comments.items())
    }


def parse_review_comments(p: _Parser, doc: dict[str, Any], checklist: Checklist) -> dict[str, ReviewComment]:
    raw = doc.get("review_comments")
    if raw is None:
        return {}
    themes = {t.id for t in checklist.themes}
    comments = {}
    for theme, entry in raw.items():
        field = f"review_comments.{theme}"
        if theme not in themes:
            raise p.fail(field, f"{_show(theme)} is not a theme of checklist {checklist.id} {checklist.version}")
        e = p.obj(entry, field)
        verdict = p.enum(e, "verdict", field, ReviewVerdict)
        text = p.text(e, "text", field, required=False).strip()  # not empty with 'change' (schema)
        reviewer = p.text(e, "reviewer", field, required=False).strip()
        comments[theme] = ReviewComment(theme, verdict, text, reviewer, p.datetime(e, "at", field))
    return comments
