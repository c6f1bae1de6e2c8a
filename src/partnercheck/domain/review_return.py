"""A review coming back from another PC: the officer sent the assessment (in review) to a
reviewer, who imported it, commented per theme and sent the file back. Importing that file
must bring the comments into the original assessment, not into a copy beside it.

The file is such a return when it is the same assessment (uuid, checklist, revision) with the
same content: answers, notes, basis, actions, evidence, partnership, assessor. Only the
review may differ: the comments, who reviewed, and the stage (a reviewer may send it back to
draft to say "change needed"). Anything else is another version of the assessment, which the
import's usual rule handles (a copy, or replacing a draft). Per theme the newer comment wins:
an older file sent again does not undo a later word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .assessment import AssessmentState

if TYPE_CHECKING:
    from .assessment import Assessment, ReviewComment

# Where the comments may come in: not into an approved record, nor from a file that claims one.
_OPEN = (AssessmentState.DRAFT, AssessmentState.REVIEW)


def returned_comments(local: Assessment, incoming: Assessment) -> dict[str, ReviewComment] | None:
    """The comments of ``incoming`` to take into ``local`` (theme id -> comment; empty: none
    is newer), or None when ``incoming`` is not ``local`` coming back from review."""
    if local.uuid is None or incoming.uuid != local.uuid or local.deleted is not None:
        return None
    if local.state not in _OPEN or incoming.state not in _OPEN or incoming.revision != local.revision:
        return None
    if _content(local) != _content(incoming):
        return None
    taken = {}
    for theme, comment in sorted(incoming.review_comments.items()):
        here = local.review_comments.get(theme)
        if here is not None and (here.verdict, here.text, here.reviewer) == (comment.verdict, comment.text, comment.reviewer):
            continue
        if here is not None and here.at is not None and comment.at is not None and comment.at <= here.at:
            continue  # the word here is newer: an older file does not undo it
        taken[theme] = comment
    return taken


def _content(assessment: Assessment) -> dict[str, Any]:
    """What the file says besides the review (the time of the last save aside)."""
    from .interchange import to_document

    doc = to_document(assessment)
    for key in ("updated", "review_comments", "signoff", "uuid", "scoring_model"):  # the model: derived, not what the reviewer says
        doc.pop(key, None)
    doc["evidence"] = sorted((e["question"], e["sha256"], e["name"]) for e in doc["evidence"])
    return doc
