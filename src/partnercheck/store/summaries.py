"""The stored summary of each assessment (level, verdict, answered, total) and keeping it up
to the scoring rules in force.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it): every
write that changes answers refreshes the summary in its own transaction, so the list of
assessments never rescores anything.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from .rows import _score, _stamp, _summary_columns

if TYPE_CHECKING:
    from ..domain.checklist import Checklist
    from ..domain.library import ChecklistLibrary
    from .connection import Database


class SummaryRefresh:
    db: Database

    if TYPE_CHECKING:

        @property
        def library(self) -> ChecklistLibrary: ...
        def _read(self, fn: Callable[[], Any]) -> Any: ...
        def _write(self) -> AbstractContextManager[Database]: ...
        def _log(self, assessment_id: int, stamp: str, subject: str, old: str | None, new: str | None, *, actor: str | None = None) -> None: ...

    def _refresh_summary(self, assessment_id: int, checklist: Checklist, stamp: str | None, model: int | None = None) -> Any:
        """Rescore and store the summary the list shows; ``stamp`` None keeps the change time."""
        from ..domain.records import Answer  # here: the window's first screen builds no record (domain.records: ~4 ms)

        answers = {r[0]: Answer(r[1], "") for r in self.db.execute("SELECT question_id, value FROM answer WHERE assessment_id = ?", [assessment_id])}
        if model is None:
            model = self.db.execute("SELECT scoring_model FROM assessment WHERE id = ?", [assessment_id]).fetchone()[0]
        result = _score(checklist, answers, model)
        columns = _summary_columns(result)
        self.db.execute(
            "UPDATE assessment SET overall = ?, verdict = ?, themes = ?, answered = ?, total = ?, scoring_model = ?, "
            "updated = coalesce(?, updated) WHERE id = ?",
            [columns["overall"], columns["verdict"], columns["themes"], result.answered, result.total, model, stamp, assessment_id],
        )
        return result

    # -- scoring model ------------------------------------------------------------------------

    def refresh_scoring(self) -> int:
        """Bring stored summaries up to the scoring rules in force; returns how many changed.

        Cheap when nothing is due (one row read). After an upgrade: every assessment still
        open to change is rescored with the current model (its history records the change of
        level); a final one keeps its model and only gets its summary filled in if missing.
        """
        from ..domain.levels import CURRENT_MODEL

        state = self._read(lambda: self.db.execute("SELECT model FROM scoring_state WHERE id = 1").fetchone())
        if state is not None and state[0] == CURRENT_MODEL:
            return 0
        stamp = _stamp()
        changed = 0
        with self._write() as db:
            rows = db.execute(
                "SELECT id, checklist_id, checklist_version, state, scoring_model, verdict FROM assessment "
                "WHERE verdict IS NULL OR themes IS NULL OR (state != 'final' AND scoring_model != ?)",
                [CURRENT_MODEL],
            ).fetchall()
            for assessment_id, checklist_id, version, stage, model, old_verdict in rows:
                checklist = self.library.get(checklist_id, version)
                if checklist is None:
                    continue  # an unknown checklist is reported when the assessment is opened
                new_model = model if stage == "final" else CURRENT_MODEL
                result = self._refresh_summary(assessment_id, checklist, None, new_model)
                if new_model != model:
                    self._log(assessment_id, stamp, "scoring_model", f"{model}", f"{new_model}: {result.verdict.value}", actor="PartnerCheck")
                changed += old_verdict != result.verdict.value or new_model != model
            db.execute("INSERT OR REPLACE INTO scoring_state (id, model) VALUES (1, ?)", [CURRENT_MODEL])
        return changed
