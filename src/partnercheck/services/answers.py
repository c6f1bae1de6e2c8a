"""Answers and actions as the window and the command line write them: the plain-text rule
(domain.plain_text) is checked here, before the store, so no path stores a note, an action or
its owner holding a control character or a text direction override, as import refuses them.

A refused text raises TextRefused (a ValueError, "note: contains ..."); nothing is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.plain_text import check_lines, check_texts

if TYPE_CHECKING:
    from ..domain.assessment import Action, Answer
    from ..store import AssessmentStore


def save_answer(store: AssessmentStore, assessment_id: int, question_id: str, answer: Answer, expected: Answer | None) -> None:
    """Record one answer with its note; ``expected`` is what the caller last saw (ConflictError
    when it changed meanwhile)."""
    check_texts(note=answer.note)
    store.save_answer(assessment_id, question_id, answer, expected=expected)


def _check(action: Action) -> None:
    check_texts(text=action.text)
    check_lines(owner=action.owner)


def add_action(store: AssessmentStore, assessment_id: int, action: Action) -> int:
    _check(action)
    return store.add_action(assessment_id, action)


def update_action(store: AssessmentStore, action: Action, expected: Action | None = None) -> None:
    """Change a stored action; with ``expected`` (as the caller last saw it) a change made
    meanwhile elsewhere is reported (ConflictError) instead of reverted."""
    _check(action)
    if expected is None:
        store.update_action(action)
    else:
        store.update_action(action, expected=expected)


def mark_action(store: AssessmentStore, action: Action, *, internal: bool) -> None:
    """Mark a stored action internal (left out of the public version) or public. It writes the
    action like any other change, so the same rule holds: an action stored before the rule
    with a refused character in its text is refused (TextRefused naming the field and the
    position) until the text is corrected, as the window's action dialog refuses it."""
    from dataclasses import replace

    update_action(store, replace(action, internal=internal), expected=action)


def set_note_public(store: AssessmentStore, assessment_id: int, question_id: str, public: bool) -> None:
    """Let the note on ``question_id`` into the public version (or keep it internal). The note
    as stored is held to the rule first: one stored before the rule with a refused character
    is not marked (TextRefused) until it is corrected, so no path publishes such a note."""
    stored = store.get(assessment_id).answers.get(question_id)
    check_texts(note=stored.note if stored is not None else None)
    store.set_note_public(assessment_id, question_id, public)
