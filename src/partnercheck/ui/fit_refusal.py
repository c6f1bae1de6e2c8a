"""The window's words for the store refusing approval because an answer does not fit the tie
(store.errors.MisfitApprovalError), for ui.messages; at the approval itself signoff_actions
says more and offers to go to the first such answer. Also for an import refused because a final
assessment in the file holds such an answer (domain.interchange.MisfitImportError)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..store.errors import MisfitApprovalError

if TYPE_CHECKING:
    from ..domain.interchange import MisfitImportError


def misfit_refused(exc: MisfitApprovalError) -> tuple[str, str]:
    """The store's refusal where the window cannot offer to go to the answers (ui.messages)."""
    questions = ", ".join(q.split(" ")[0] for q in exc.questions)  # "4.1 (id)": the number, as the window shows it
    return QCoreApplication.translate("Messages", "Not every answer fits the tie"), QCoreApplication.translate(
        "Messages",
        "The assessment cannot be approved: not every answer fits the tie (see %1). An answer meant for an older tie "
        "than this one must be corrected, or the tie's year, before the assessment is made final; in review the "
        "answers are locked, so set it back to draft (Back to draft) first.",
    ).replace("%1", questions)


def misfit_import_refused(exc: MisfitImportError) -> tuple[str, str]:
    """A file refused whole: its final assessment has an answer the app would not approve."""
    from .dates import ui_language

    if exc.misfit.since is None:
        lead = QCoreApplication.translate(
            "Messages",
            "“%1” holds a final assessment whose answer to question %2, “%3”, does not fit the tie: it is meant for a tie "
            "entered before %4, and this tie is only proposed. PartnerCheck does not approve such an assessment, so it "
            "does not take it in as approved either; ask the sender to correct the answer or the tie's details.",
        )
    else:
        lead = QCoreApplication.translate(
            "Messages",
            "“%1” holds a final assessment whose answer to question %2, “%3”, does not fit the tie: it is meant for a tie "
            "entered before %4, and this tie dates from %5. PartnerCheck does not approve such an assessment, so it does "
            "not take it in as approved either; ask the sender to correct the answer or the tie's year.",
        )
    values = (Path(exc.file).name or exc.file, exc.question, exc.answer.get(ui_language()), exc.misfit.entered_before, exc.misfit.since)
    # In one pass: a file name or an answer holding "%2" stays as it is.
    lead = re.sub(r"%([1-5])", lambda m: str(values[int(m.group(1)) - 1]), lead)
    nothing = QCoreApplication.translate("Messages", "Nothing was imported; your assessments are unchanged.")
    detail = QCoreApplication.translate("Messages", "Details for whoever sent the file: %1").replace("%1", f"{exc.field}: {exc.message}")
    return QCoreApplication.translate("Messages", "File not imported"), f"{lead} {nothing}\n\n{detail}"
