"""The window's words for the store refusing approval because an answer does not fit the tie
(store.errors.MisfitApprovalError), for ui.messages; at the approval itself signoff_actions
says more and offers to go to the first such answer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..store.errors import MisfitApprovalError


def misfit_refused(exc: MisfitApprovalError) -> tuple[str, str]:
    """The store's refusal where the window cannot offer to go to the answers (ui.messages)."""
    questions = ", ".join(q.split(" ")[0] for q in exc.questions)  # "4.1 (id)": the number, as the window shows it
    return QCoreApplication.translate("Messages", "Not every answer fits the tie"), QCoreApplication.translate(
        "Messages",
        "The assessment cannot be approved: not every answer fits the tie (see %1). An answer meant for an older tie "
        "than this one must be corrected, or the tie's year, before the assessment is made final; in review the "
        "answers are locked, so set it back to draft (Back to draft) first.",
    ).replace("%1", questions)
