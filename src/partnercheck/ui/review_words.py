"""The words and marks for a reviewer's verdict on a theme, shared by the review panel and
the result's theme table: a word and a symbol, never a colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.assessment import ReviewComment, ReviewVerdict

VERDICT_MARKS = {ReviewVerdict.OK: "✓", ReviewVerdict.CHANGE: "✎"}


def verdict_word(verdict: ReviewVerdict) -> str:
    if verdict is ReviewVerdict.OK:
        return QCoreApplication.translate("ReviewPanel", "Agreed")
    return QCoreApplication.translate("ReviewPanel", "Change needed")


def verdict_mark(verdict: ReviewVerdict) -> str:
    """``✓ Agreed`` / ``✎ Change needed``: the mark for a glance down the list, the word to read."""
    return f"{VERDICT_MARKS[verdict]} {verdict_word(verdict)}"


def comment_text(comment: ReviewComment, *, mark: bool = True) -> str:
    """``✓ Agreed — J. Jansen: text`` (without ``mark`` for a screen reader: the word only)."""
    text = verdict_mark(comment.verdict) if mark else verdict_word(comment.verdict)
    if comment.reviewer:
        text += f" — {comment.reviewer}"
    return text + (f": {comment.text}" if comment.text else "")
