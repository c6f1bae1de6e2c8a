"""The window's answer to an import whose assessment is already here with other content: a
copy beside it (``--as-new``) or, for a local draft, replacing that draft with the file
(``--replace``) after a confirmation that names the draft. The same services.importing rule
as the command line; this module only asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..domain.assessment import AssessmentState
from ..services import transfer
from ..services.importing import ImportConflict, ImportMode, ImportResult, load_bytes
from . import ask
from .dates import local_time_text

if TYPE_CHECKING:
    from .window_port import WindowPort


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportConflict", text)


def _file_is_a_replaceable_draft(w: WindowPort, raw: bytes, path: str, existing: int) -> bool:
    """Only a draft replaces a draft, on the same checklist version (services.importing)."""
    from ..domain.interchange import parse_bytes

    assert w.store is not None
    local = w.store.get(existing)
    if local.state is not AssessmentState.DRAFT or local.deleted is not None:
        return False
    incoming = parse_bytes(load_bytes(raw, path).document, path, w.store.library)
    return incoming.state is AssessmentState.DRAFT and (incoming.checklist_id, incoming.checklist_version) == (
        local.checklist_id,
        local.checklist_version,
    )


def resolve(w: WindowPort, raw: bytes, path: str, conflict: ImportConflict) -> ImportResult | None:
    """Ask what to do with the conflicting file and do it; None when the user cancels.
    Raises what the import raises (InterchangeError, StoreError)."""
    assert w.store is not None
    existing = conflict.existing
    replaceable = existing is not None and _file_is_a_replaceable_draft(w, raw, path, existing)
    text = _tr("This database already holds this assessment (the same identity), with other content.")
    actions = [_tr("Import as a &copy")]
    if replaceable:
        text += "\n\n" + _tr("Import the file as a copy beside it, or replace the draft here with the file?")
        actions.append(_tr("&Replace the draft…"))
    else:
        text += "\n\n" + _tr("Import the file as a copy beside it? (Only a draft can be replaced by a draft file.)")
    choice = ask.pick(w, _tr("Assessment already here"), text, actions)
    if choice is None:
        return None
    if choice == 0 or existing is None:
        return transfer.import_bytes(w.store, raw, path, ImportMode.AS_NEW)
    local = w.store.get(existing)
    p = local.partnership
    question = (
        _tr(
            "Replace the draft “%1 – %2” (assessment %3, revision %4, last changed %5) with the content of %6?\n\n"
            "Its partnership, answers with their basis, actions, evidence and review comments become those of the file. "
            "The history records the replacement; the answers it replaces are not kept."
        )
        .replace("%1", p.dutch_party)
        .replace("%2", p.counterpart)
        .replace("%3", str(existing))
        .replace("%4", str(local.revision))
        .replace("%5", local_time_text(local.updated) if local.updated else "–")
        .replace("%6", path.replace("\\", "/").rsplit("/", 1)[-1])
    )
    if not ask.confirm(w, _tr("Replace the draft"), question, _tr("&Replace the draft")):
        return None
    was_open = w.session is not None and w.session.id == existing
    if was_open and not w.close_assessment():
        return None  # a note that could not be saved: the user stays, nothing is replaced
    result = transfer.import_bytes(w.store, raw, path, ImportMode.REPLACE)
    if was_open:
        w.open_assessment(existing)
    return result
