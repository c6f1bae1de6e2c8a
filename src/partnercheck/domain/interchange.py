"""The interchange file: one JSON document per assessment (described in docs/interchange.md).

:func:`parse_document` validates everything before anything is built, and reports the first
problem as an :class:`InterchangeError` naming the file and the field, so a town hall that
receives a bad file learns exactly what is wrong with it.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import TYPE_CHECKING, Any

from .assessment import (
    Action,
    ActionStatus,
    Answer,
    Assessment,
    AssessmentState,
    Basis,
    CounterpartKind,
    DutchPartyKind,
    Partnership,
    PartnershipStatus,
    now,
)
from .interchange_evidence import evidence_record, parse_evidence, parse_uuid
from .interchange_parser import MAX_DEPTH, _Parser, _printable
from .interchange_parser import InterchangeError as InterchangeError  # re-exported: callers catch it from here
from .interchange_review import parse_review_comments, review_records
from .levels import CURRENT_MODEL
from .quoting import show as _show

if TYPE_CHECKING:
    from .answer_fit import Misfit
    from .checklist import Checklist
    from .library import ChecklistLibrary
    from .text import LocalText

FORMAT = "partnercheck-assessment"
FORMAT_VERSION = 2  # 2: uuid, basis per answer, evidence; version 1 files still import

# SQLite stores whole numbers up to 2**63 - 1; a revision is counted one by one.
MAX_REVISION = 999_999


class MisfitImportError(InterchangeError):
    """A final assessment whose answer does not fit its tie (domain.answer_fit): PartnerCheck
    refuses to approve such an assessment (domain.signoff.MisfitsRefused), so it does not take
    one in as approved either. ``question`` is "number (id)", ``answer`` the option's label;
    ``misfit`` says why, so each front end can say it in its own language."""

    def __init__(self, file: str, field: str, misfit: Misfit, question: str, answer: LocalText) -> None:
        tie = "is only proposed" if misfit.since is None else f"dates from {misfit.since}"
        super().__init__(
            file,
            field,
            f"final, but the answer {_show(misfit.value)} to {question} fits only a tie entered before "
            f"{misfit.entered_before}, and this tie {tie}; PartnerCheck does not approve such an assessment",
        )
        self.misfit, self.question, self.answer = misfit, question, answer

    @property
    def kind(self) -> str:
        return "misfit"

    def at(self, field: str) -> MisfitImportError:
        """The same refusal with another field path (an assessment inside a tie file)."""
        return MisfitImportError(self.file, field, self.misfit, self.question, self.answer)


def to_document(assessment: Assessment) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "checklist": {"id": assessment.checklist_id, "version": assessment.checklist_version},
        "partnership": assessment.partnership.as_record(),
        "assessor": assessment.assessor,
        "created": assessment.created.isoformat(),
        "answers": {qid: _answer_record(qid, a, assessment.public_notes) for qid, a in assessment.answers.items()},
        "actions": [a.as_record() for a in assessment.actions],
        "signoff": {
            "state": assessment.state.value,
            "revision": assessment.revision,
            "reviewed_by": assessment.reviewed_by,
            "approved_by": assessment.approved_by,
            "approved_on": assessment.approved_on.isoformat() if assessment.approved_on else None,
        },
    }
    if assessment.updated is not None:
        doc["updated"] = assessment.updated.isoformat()
    doc["scoring_model"] = assessment.scoring_model
    if assessment.uuid is not None:
        doc["uuid"] = assessment.uuid
    doc["evidence"] = [evidence_record(e) for e in assessment.evidence]
    if assessment.review_comments:  # optional: absent when the reviewer has said nothing
        doc["review_comments"] = review_records(assessment.review_comments)
    return doc


def _answer_record(qid: str, answer: Answer, public_notes: frozenset[str]) -> dict[str, Any]:
    # "public" only when the note may appear in the public version (notes are internal by default).
    return {"value": answer.value, "note": answer.note, "basis": answer.basis.value, **({"public": True} if qid in public_notes else {})}


def dumps(assessment: Assessment) -> str:
    return json.dumps(to_document(assessment), ensure_ascii=False, indent=2) + "\n"


def parse_bytes(raw: bytes, file: str, library: ChecklistLibrary) -> Assessment:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(file, "", f"is not UTF-8 text (bad byte at position {exc.start})") from None
    from .interchange_parser import REPEATED, RepeatedKeyError, load_json

    try:
        data = load_json(text)
    except RepeatedKeyError as twice:
        raise InterchangeError(file, twice.field, REPEATED) from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(file, "", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise InterchangeError(file, "", f"is nested more than {MAX_DEPTH} levels deep; no PartnerCheck file is") from None
    except ValueError as exc:  # a number of more than 4300 digits (Python's conversion limit)
        raise InterchangeError(file, "", f"is not valid JSON ({_printable(str(exc).split(':')[0])})") from None
    from .interchange_parser import plain

    return parse_document(data, file, library, plain=plain(text))


def parse_document(data: Any, file: str, library: ChecklistLibrary, *, plain: bool = False) -> Assessment:
    """``plain``: the JSON text ``data`` was read from has no escape that makes unstorable
    text (interchange_parser.plain), so its strings need no look of their own."""
    p = _Parser(file, plain)
    doc = p.document(data, FORMAT, FORMAT_VERSION, "assessment file")

    cl = p.obj(doc.get("checklist"), "checklist")
    cl_id = p.text(cl, "id", "checklist", required=True)
    cl_version = p.text(cl, "version", "checklist", required=True)
    checklist = library.get(cl_id, cl_version)
    if checklist is None:
        raise p.fail("checklist.version", f"checklist {_show(cl_id)} version {_show(cl_version)} is not known to this PartnerCheck")

    partnership = _partnership(p, p.obj(doc.get("partnership"), "partnership"))
    assessor = p.text(doc, "assessor", "", required=False)
    created = p.datetime(doc, "created") or now()
    updated = p.datetime(doc, "updated")

    answers: dict[str, Answer] = {}
    public_notes: set[str] = set()
    for qid, raw in doc.get("answers", {}).items():
        field = f"answers.{qid}"
        question = checklist.question(qid)
        if question is None:
            raise p.fail(field, f"{_show(qid)} is not a question of checklist {cl_id} {cl_version}")
        a = p.obj(raw, field)
        value = a.get("value")
        if value is not None and question.option(value) is None:
            allowed = ", ".join(o.value for o in question.options)
            raise p.fail(f"{field}.value", f"{_show(value)} is not an option of this question ({allowed})")
        note = p.text(a, "note", field, required=False)
        if value is None and not note:
            continue  # an empty record carries nothing worth storing
        basis = p.enum(a, "basis", field, Basis) if a.get("basis") is not None else Basis.NOT_RECORDED
        answers[qid] = Answer(value, note, basis)
        if a.get("public") is True:
            public_notes.add(qid)

    actions: list[Action] = []
    for i, raw in enumerate(doc.get("actions", [])):
        field = f"actions[{i}]"
        a = p.obj(raw, field)
        due_text = a.get("due")
        due = None
        if due_text is not None:  # its form checked by the schema; that the day exists, here
            try:
                due = _dt.date.fromisoformat(due_text)
            except ValueError:
                raise p.fail(f"{field}.due", f"{_show(due_text)} is not a date (YYYY-MM-DD)") from None
        rec = a.get("recommendation")
        if rec is not None and checklist.recommendation(rec) is None:
            raise p.fail(f"{field}.recommendation", f"{_show(rec)} is not a recommendation of this checklist")
        status = p.enum(a, "status", field, ActionStatus) if "status" in a else ActionStatus.OPEN
        try:
            actions.append(
                Action(
                    text=p.text(a, "text", field, required=True),
                    owner=p.text(a, "owner", field, required=False),
                    due=due,
                    status=status,
                    recommendation_id=rec,
                    internal=a.get("internal") is True,
                )
            )
        except ValueError as exc:
            raise p.fail(f"{field}.{str(exc).split(':')[0]}", str(exc).split(": ", 1)[-1]) from None

    assessment = Assessment(
        partnership=partnership,
        checklist_id=cl_id,
        checklist_version=cl_version,
        assessor=assessor,
        created=created,
        updated=updated,
        answers=answers,
        actions=actions,
        public_notes=frozenset(public_notes),
    )
    if "signoff" in doc:
        _signoff(p, p.obj(doc["signoff"], "signoff"), assessment, len(checklist.questions))
    if assessment.state is AssessmentState.FINAL:
        _refuse_misfits(p, assessment, checklist)
    assessment.scoring_model = _scoring_model(p, doc, assessment.state)
    assessment.uuid = parse_uuid(p, doc)
    assessment.evidence = parse_evidence(p, doc, checklist)
    assessment.review_comments = parse_review_comments(p, doc, checklist)
    return assessment


def _scoring_model(p: _Parser, doc: dict[str, Any], state: AssessmentState) -> int:
    """A final assessment keeps the rules it was approved with (a file from before the field
    existed was scored with model 1); anything else is scored with the rules in force."""
    model = doc.get("scoring_model", 1)
    if not isinstance(model, int) or isinstance(model, bool) or model < 1:
        raise p.fail("scoring_model", "must be a whole number from 1")
    if model > CURRENT_MODEL:
        raise p.fail("scoring_model", f"{_show(model)} is newer than this PartnerCheck knows ({CURRENT_MODEL}); update PartnerCheck")
    return model if state is AssessmentState.FINAL else CURRENT_MODEL


def _signoff(p: _Parser, d: dict[str, Any], assessment: Assessment, questions: int) -> None:
    """Stage and approval as the sender recorded them: a final assessment stays final (and
    locked) here too, so it can only be changed through a new revision."""
    f = "signoff"
    state = p.enum(d, "state", f, AssessmentState) if d.get("state") is not None else AssessmentState.DRAFT
    revision = d.get("revision", 1)  # a whole number from 1 (schema)
    if revision > MAX_REVISION:
        raise p.fail(f"{f}.revision", f"{_show(revision)} is not a plausible revision number (at most {MAX_REVISION})")
    reviewed_by = p.text(d, "reviewed_by", f, required=False) or None
    approved_by = p.text(d, "approved_by", f, required=False) or None
    approved_on = None
    if d.get("approved_on") is not None:
        text = d["approved_on"]
        try:
            approved_on = _dt.date.fromisoformat(text)
        except ValueError:
            approved_on = None
        if approved_on is None:
            raise p.fail(f"{f}.approved_on", f"{_show(text)} is not a date (YYYY-MM-DD)")
    if state is AssessmentState.FINAL:
        if not approved_by or approved_on is None:
            raise p.fail(f"{f}.approved_by", "a final assessment names who approved it and when (approved_by, approved_on)")
        answered = sum(a.value is not None for a in assessment.answers.values())
        if answered < questions:
            raise p.fail(f"{f}.state", f"final, but {questions - answered} questions are unanswered")
    else:
        approved_by, approved_on = None, None  # only a final assessment is approved
    assessment.state, assessment.revision = state, revision
    assessment.reviewed_by, assessment.approved_by, assessment.approved_on = reviewed_by, approved_by, approved_on


def _refuse_misfits(p: _Parser, assessment: Assessment, checklist: Checklist) -> None:
    """A final assessment whose answer does not fit its tie is refused whole: the database
    would otherwise hold an approval the app itself refuses (a draft or one in review is taken
    in, and the window and the report flag the answer as they do for any)."""
    if not any(o.entered_before is not None for q in checklist.questions for o in q.options):
        return  # most checklist versions: nothing to load or check
    from .answer_fit import misfits
    from .numbering import question_numbers

    found = misfits(checklist, assessment.partnership, assessment.answers)
    if found:
        first = found[0]
        question = checklist.question(first.question_id)
        option = question.option(first.value) if question is not None else None
        assert option is not None  # misfits() found it among the question's options
        numbered = f"{question_numbers(checklist)[first.question_id]} ({first.question_id})"
        raise MisfitImportError(p.file, f"answers.{first.question_id}.value", first, numbered, option.label)


def _partnership(p: _Parser, d: dict[str, Any]) -> Partnership:
    f = "partnership"
    since = d.get("since")  # a whole number or null (schema); not in the future: Partnership
    try:
        return Partnership(
            dutch_party=p.text(d, "dutch_party", f, required=True),
            dutch_party_kind=p.enum(d, "dutch_party_kind", f, DutchPartyKind),
            counterpart=p.text(d, "counterpart", f, required=True),
            counterpart_kind=p.enum(d, "counterpart_kind", f, CounterpartKind),
            status=p.enum(d, "status", f, PartnershipStatus),
            since=since,
        )
    except ValueError as exc:
        name, _, message = str(exc).partition(": ")
        raise p.fail(f"{f}.{name}", message) from None
