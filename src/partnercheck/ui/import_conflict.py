"""The window's answer to an import whose assessment is already here with other content: a
copy beside it (``--as-new``) or, for a local draft (or one in review, by a file in review),
replacing it with the file (``--replace``) after a confirmation that names it. The same services.importing rule
as the command line; this module only asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..domain.assessment import AssessmentState
from ..services import transfer
from ..services.importing import ImportConflict, ImportMode, ImportResult, load_bytes, replaceable
from . import ask
from .dates import local_time_text

if TYPE_CHECKING:
    from .window_port import WindowPort


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportConflict", text)


def _replaceable(w: WindowPort, raw: bytes, path: str, existing: int) -> AssessmentState | None:
    """The stage of the assessment here when the file may replace it (services.importing's
    rule: a draft by a draft file, one in review by a file in review), else None."""
    from ..domain.interchange import parse_bytes

    assert w.store is not None
    local = w.store.get(existing)
    incoming = parse_bytes(load_bytes(raw, path).document, path, w.store.library)
    return local.state if replaceable(local, incoming) else None


def resolve(w: WindowPort, raw: bytes, path: str, conflict: ImportConflict) -> ImportResult | None:
    """Ask what to do with the conflicting file and do it; None when the user cancels.
    Raises what the import raises (InterchangeError, StoreError)."""
    assert w.store is not None
    existing = conflict.existing
    stage = _replaceable(w, raw, path, existing) if existing is not None else None
    in_review = stage is AssessmentState.REVIEW  # a newer version sent for review again (second round)
    text = _tr("This database already holds this assessment (the same identity), with other content.")
    actions = [_tr("Import as a &copy")]
    if in_review:
        text += "\n\n" + _tr(
            "Both are in review: the file is a newer version sent for review again. "
            "Import the file as a copy beside it, or replace the assessment in review here with the file?"
        )
        actions.append(_tr("&Replace the assessment in review…"))
    elif stage is not None:
        text += "\n\n" + _tr("Import the file as a copy beside it, or replace the draft here with the file?")
        actions.append(_tr("&Replace the draft…"))
    else:
        text += "\n\n" + _tr(
            "Import the file as a copy beside it? (Only a draft can be replaced by a draft file, and an assessment in review by a file in review.)"
        )
    choice = ask.pick(w, _tr("Assessment already here"), text, actions)
    if choice is None:
        return None
    if choice == 0 or existing is None:
        return transfer.import_bytes(w.store, raw, path, ImportMode.AS_NEW)
    local = w.store.get(existing)
    p = local.partnership
    if in_review:
        question = _tr(
            "Replace the assessment in review “%1 – %2” (assessment %3, revision %4, last changed %5) with the content of %6?\n\n"
            "Its partnership, answers with their basis, actions, evidence and review comments become those of the file; "
            "it stays in review. The history records the replacement and every value it replaces."
        )
    else:
        question = _tr(
            "Replace the draft “%1 – %2” (assessment %3, revision %4, last changed %5) with the content of %6?\n\n"
            "Its partnership, answers with their basis, actions, evidence and review comments become those of the file. "
            "The history records the replacement; the answers it replaces are not kept."
        )
    question = (
        question.replace("%1", p.dutch_party)
        .replace("%2", p.counterpart)
        .replace("%3", str(existing))
        .replace("%4", str(local.revision))
        .replace("%5", local_time_text(local.updated) if local.updated else "–")
        .replace("%6", path.replace("\\", "/").rsplit("/", 1)[-1])
    )
    title, button = (_tr("Replace the assessment in review"), _tr("&Replace")) if in_review else (_tr("Replace the draft"), _tr("&Replace the draft"))
    if not ask.confirm(w, title, question, button):
        return None
    was_open = w.session is not None and w.session.id == existing
    if was_open and not w.close_assessment():
        return None  # a note that could not be saved: the user stays, nothing is replaced
    result = transfer.import_bytes(w.store, raw, path, ImportMode.REPLACE)
    if was_open:
        w.open_assessment(existing)
    return result
