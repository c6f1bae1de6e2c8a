"""What the public may read: the public version of an assessment and the decision to publish it.

The council and the public may not see internal notes, internal actions or the names of
officials. One rule, here, for the public PDF, the Word draft and the register:
:func:`public_copy` makes an assessment with exactly what may be shown, and every public
document is made from that copy, never by leaving things out while printing.

Publishing a final assessment in the register is a decision per tie: an assessment of
another state's bodies touches the Woo's ground for refusal on international relations
(art. 5.1 lid 2 onder a), so someone has to weigh it and record who, when and why.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..catalogs import N_, translate
from .assessment import Answer, Assessment, HistoryEntry
from .refusal import Refusal

# The function someone has in an assessment, in words, for a name without a recorded role.
FUNCTION_WORDS = {"assessor": N_("author"), "reviewer": N_("peer reviewer"), "approver": N_("approver"), "owner": N_("responsible officer")}
WOO_GROUND = "Woo art. 5.1 lid 2 onder a"


class PublicationRefused(Refusal):
    """A publication decision the rules do not allow; the message says why."""


@dataclass(frozen=True, slots=True)
class PublicationDecision:
    """Who decided that an assessment may be published, when, and the weighing they recorded."""

    assessment_id: int
    decided_by: str
    decided_at: _dt.datetime
    weighing: str


def role_of(name: str, function: str, roles: Mapping[str, str], lang: str) -> str:
    """The role to print instead of ``name``: the one recorded for the name, else the
    function's own word ("opsteller"); "" for no name at all."""
    name = name.strip()
    if not name:
        return ""
    return roles.get(name, "").strip() or translate(lang, FUNCTION_WORDS[function])


def public_copy(assessment: Assessment, roles: Mapping[str, str], lang: str) -> Assessment:
    """``assessment`` as the public may read it: internal notes emptied, internal actions
    left out, and assessor, reviewer, approver and action owners replaced by their role.

    The reviewer's comments per theme are left out too: they are the internal deliberation
    before approval (personal views on policy, Woo art. 5.2) and name the reviewer; the
    verdict they led to is what the public reads. So are the evidence files: their names and
    who added them are working papers, and the report says per answer on what basis it rests."""
    answers = {
        qid: answer if qid in assessment.public_notes else Answer(answer.value, "")
        for qid, answer in assessment.answers.items()
        if answer.value is not None or qid in assessment.public_notes
    }
    actions = [replace(a, owner=role_of(a.owner, "owner", roles, lang)) for a in assessment.actions if not a.internal]
    return replace(
        assessment,
        assessor=role_of(assessment.assessor, "assessor", roles, lang),
        reviewed_by=role_of(assessment.reviewed_by or "", "reviewer", roles, lang) or None,
        approved_by=role_of(assessment.approved_by or "", "approver", roles, lang) or None,
        answers=answers,
        actions=actions,
        review_comments={},
        evidence=[],
    )


def people_of(assessment: Assessment) -> list[tuple[str, str]]:
    """(name, function) of everyone named in ``assessment``, each name once, in the order
    assessor, reviewer, approver, action owners: whose role the officer is asked for."""
    seen: dict[str, str] = {}
    named = [(assessment.assessor, "assessor"), (assessment.reviewed_by or "", "reviewer"), (assessment.approved_by or "", "approver")]
    named += [(a.owner, "owner") for a in assessment.actions]
    for name, function in named:
        if name.strip() and name.strip() not in seen:
            seen[name.strip()] = function
    return list(seen.items())


def check_publication(assessment: Assessment, decided_by: str, weighing: str) -> None:
    """Refuse a publication decision on anything but a final assessment, or without a name or
    a weighing (the Woo asks for the reasons, not only the outcome)."""
    if not assessment.is_final or assessment.deleted is not None:
        raise PublicationRefused(N_("only a final assessment can be approved for publication"))
    if not decided_by.strip():
        raise PublicationRefused(N_("--by: say who decides on publication"))
    if not weighing.strip():
        raise PublicationRefused(N_("--note: record the weighing of the interests ({ground}, international relations)"), ground=WOO_GROUND)


def decisions_recorded(assessment_id: int, current: PublicationDecision | None, history: Sequence[HistoryEntry]) -> list[PublicationDecision]:
    """Every publication decision about an assessment, oldest first, as a Woo request asks.

    Each decision is a ``publication`` entry in the history (who: its actor; when; the
    weighing as its new value). The last is the decision in force (``current``, from its own
    table, the authority). Entries recorded before the history kept the weighing hold the
    decider's name there instead: their weighing is given as "" (not kept)."""
    found = [
        PublicationDecision(assessment_id, e.actor, e.at, e.new if e.new and e.new != e.actor else "") for e in history if e.subject == "publication"
    ]
    if current is not None:
        found[-1:] = [current]
    return found
