"""Changing assessments as a whole: new, duplicate for a re-assessment, new revision, change
of stage, the reviewer's comment per theme, to the bin and back.

The domain builds the new Assessment objects and states the sign-off rules
(``domain.signoff``); the store writes them in one transaction each and refuses what the
rules refuse. The window's controllers and the command line both come through here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain import signoff
from ..domain.assessment import Assessment, AssessmentState
from ..domain.upgrade import UpgradeSummary
from ..domain.upgrade import upgrade as carry_over
from ..store.errors import InBinError, StoreError

if TYPE_CHECKING:
    from ..domain.assessment import Partnership, ReviewComment, ReviewVerdict
    from ..store import AssessmentStore


def create(store: AssessmentStore, partnership: Partnership, assessor: str, tie_id: int | None = None) -> int:
    """A new, empty draft on the active checklist; returns its id. With ``tie_id`` it assesses
    that tie and records the tie's details as they are now; without, ``partnership`` says
    who the parties are and the store finds their tie by the names, or makes one."""
    from ..domain.plain_text import check_lines

    checklist = store.library.active
    if tie_id is not None:
        partnership = store.get_tie(tie_id).snapshot()
    else:
        check_lines(dutch_party=partnership.dutch_party, counterpart=partnership.counterpart)
    check_lines(assessor=assessor)
    return store.create(Assessment(partnership, checklist.id, checklist.version, assessor=assessor, partnership_id=tie_id))


def duplicate(store: AssessmentStore, assessment_id: int, assessor: str | None = None) -> int:
    """A copy on the active checklist to start a re-assessment of the same tie; returns its
    id. It records the tie's details as they are now (the source keeps its own). ``assessor``
    None keeps the original's."""
    source = store.get(assessment_id)
    copy = signoff.reassessment_of(source, store.library.active, assessor)
    if source.partnership_id is not None:
        copy.partnership = store.get_tie(source.partnership_id).snapshot()
    return store.create(copy)


def revise(store: AssessmentStore, assessment_id: int) -> int:
    """A new draft revision of an assessment (to change a final one); returns its id. The
    source stays as it was; one in the bin is restored first."""
    source = store.get(assessment_id)
    if source.deleted is not None:
        raise InBinError(assessment_id)
    return store.create(signoff.revision_of(source))


def upgrade(store: AssessmentStore, assessment_id: int) -> tuple[int, UpgradeSummary]:
    """A new draft revision on the newest version of the assessment's checklist (answers
    carried over by question id, see domain.upgrade); the source stays as it was."""
    source = store.get(assessment_id)
    if source.deleted is not None:
        raise InBinError(assessment_id)
    old = store.checklist_for(source)
    new = store.library.newest(old.id)
    if new.version == old.version:
        raise StoreError(f"assessment {assessment_id} is already on the newest checklist ({old.id} {old.version})")
    revision, summary = carry_over(source, old, new)
    new_id = store.create(revision)
    store.record(new_id, "checklist_version", old.version, new.version)
    return new_id, summary


def change_state(store: AssessmentStore, assessment_id: int, state: AssessmentState, by: str | None = None) -> None:
    """Move to ``state``; ``by`` names who approves (default: the store's actor). Raises
    StateError with the reason when the sign-off rules refuse."""
    from ..domain.plain_text import check_lines

    check_lines(by=by)
    store.set_state(assessment_id, state, by=by)
    if state is AssessmentState.FINAL:
        # The approved document itself is kept, so a reprint is exactly what was approved even
        # after PartnerCheck's report has changed (see services.reports).
        from . import reports

        for lang in reports.LANGUAGES:
            store.keep_approved_report(assessment_id, lang, reports.make_report(store, assessment_id, reports.ReportOptions(lang)))


def move_to_bin(store: AssessmentStore, assessment_id: int) -> None:
    store.delete(assessment_id)


def restore(store: AssessmentStore, assessment_id: int) -> None:
    store.restore(assessment_id)


def comment_on_theme(
    store: AssessmentStore, assessment_id: int, theme_id: str, verdict: ReviewVerdict, text: str, by: str | None = None
) -> ReviewComment:
    """The reviewer's "akkoord" or "aanpassen" on one theme while the assessment is in review
    (the window's result page and ``partnercheck review-comment``); StateError otherwise."""
    from ..domain.plain_text import check_lines, check_texts

    check_lines(by=by)
    check_texts(text=text)
    return store.set_review_comment(assessment_id, theme_id, verdict, text, by=by)
