"""The interchange file: one JSON document per assessment (described in docs/interchange.md).

:func:`parse_document` validates everything before anything is built, and reports the first
problem as an :class:`InterchangeError` naming the file and the field, so a town hall that
receives a bad file learns exactly what is wrong with it.
"""

from __future__ import annotations

import datetime as _dt
import json
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from .assessment import (
    Action,
    ActionStatus,
    Answer,
    Assessment,
    AssessmentState,
    CounterpartKind,
    DutchPartyKind,
    Partnership,
    PartnershipStatus,
    now,
)
from .levels import CURRENT_MODEL

if TYPE_CHECKING:
    from .library import ChecklistLibrary

FORMAT = "partnercheck-assessment"
FORMAT_VERSION = 1

E = TypeVar("E", bound=Enum)

# Deeper than any file PartnerCheck writes (4 levels) by far, and far from Python's recursion
# limit, so nothing after the check ever recurses into a hostile structure.
MAX_DEPTH = 64
# SQLite stores whole numbers up to 2**63 - 1; a revision is counted one by one.
MAX_REVISION = 999_999


class InterchangeError(Exception):
    def __init__(self, file: str, field: str, message: str) -> None:
        field = _printable(field)
        super().__init__(f"{file}: {field}: {message}" if field else f"{file}: {message}")
        self.file = file
        self.field = field
        self.message = message


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
    return doc


def _answer_record(qid: str, answer: Answer, public_notes: frozenset[str]) -> dict[str, Any]:
    # "public" only when the note may appear in the public version (notes are internal by default).
    return {"value": answer.value, "note": answer.note, **({"public": True} if qid in public_notes else {})}


def dumps(assessment: Assessment) -> str:
    return json.dumps(to_document(assessment), ensure_ascii=False, indent=2) + "\n"


def _printable(text: str) -> str:
    """``text`` with control characters, line breaks and lone surrogates written as escapes,
    so a field name taken from a hostile file still prints as one line on any terminal."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF else repr(c)[1:-1] for c in text)


def _show(value: Any, limit: int = 60) -> str:
    """A value quoted for a message: escaped (repr), and cut short when it is long."""
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit]
        return repr(value)[:-1] + "…" + repr(value)[-1]
    if isinstance(value, (dict, list)):
        return f"a JSON {'object' if isinstance(value, dict) else 'list'}"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _path(parts: tuple[str | int, ...]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _text_problem(text: str) -> str | None:
    """Why ``text`` cannot be stored as typed, or None.

    NUL (U+0000) ends a text for SQLite's own functions (a name starting with it would read
    as empty), and a lone surrogate (half of a UTF-16 pair, from a JSON escape such as
    backslash-u-d800) is not a character at all and cannot be written as UTF-8.
    """
    if "\x00" in text:
        return f"contains a NUL character (\\u0000) at position {text.index(chr(0)) + 1}; remove it"
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"contains half of a UTF-16 surrogate pair (\\u{ord(text[exc.start]):04x}) at position {exc.start + 1}, which is not a character"
    return None


def _check_structure(data: Any, p: _Parser) -> None:
    """Refuse what no field may hold, anywhere in the document, before reading any field:
    nesting deeper than :data:`MAX_DEPTH` and text (keys included) that cannot be stored.

    Iterative, so a hostile depth cannot exhaust the stack here either.
    """
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, parts = stack.pop()
        if len(parts) > MAX_DEPTH:
            raise p.fail(_path(parts[:1]), f"is nested more than {MAX_DEPTH} levels deep; no PartnerCheck file is")
        if isinstance(value, str):
            problem = _text_problem(value)
            if problem:
                raise p.fail(_path(parts), problem)
        elif isinstance(value, dict):
            for key, item in reversed(list(value.items())):
                if isinstance(key, str) and (problem := _text_problem(key)):
                    raise p.fail(_path((*parts, key)), f"the name of this field {problem}")
                stack.append((item, (*parts, key)))
        elif isinstance(value, list):
            stack.extend((item, (*parts, i)) for i, item in reversed(list(enumerate(value))))


class _Parser:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, field: str, message: str) -> InterchangeError:
        return InterchangeError(self.file, field, message)

    def obj(self, value: Any, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, "must be a JSON object")
        return value

    def text(self, d: dict[str, Any], name: str, field: str, *, required: bool) -> str:
        value = d.get(name)
        key = f"{field}.{name}" if field else name
        if value is None:
            if required:
                raise self.fail(key, "is missing")
            return ""
        if not isinstance(value, str):
            raise self.fail(key, "must be a text")
        if required and not value.strip():
            raise self.fail(key, "must not be empty")
        return value

    def enum(self, d: dict[str, Any], name: str, field: str, kind: type[E]) -> E:
        value = self.text(d, name, field, required=True)
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            raise self.fail(f"{field}.{name}", f"{_show(value)} is not one of: {allowed}") from None

    def datetime(self, d: dict[str, Any], name: str) -> _dt.datetime | None:
        value = d.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(name, "must be a date and time (ISO 8601)")
        try:
            parsed = _dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(name, f"{_show(value)} is not a date and time (ISO 8601)") from None
        if parsed.tzinfo is not None:
            return parsed
        try:
            return parsed.astimezone()  # the local time of this computer, as documented
        except (ValueError, OverflowError, OSError):
            # Outside what the operating system's time zone rules cover (the year 1, 9999):
            # the offset the computer has now is the best reading of "local time".
            return parsed.replace(tzinfo=now().tzinfo)


def parse_bytes(raw: bytes, file: str, library: ChecklistLibrary) -> Assessment:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(file, "", f"is not UTF-8 text (bad byte at position {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InterchangeError(file, "", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise InterchangeError(file, "", f"is nested more than {MAX_DEPTH} levels deep; no PartnerCheck file is") from None
    except ValueError as exc:  # a number of more than 4300 digits (Python's conversion limit)
        raise InterchangeError(file, "", f"is not valid JSON ({_printable(str(exc).split(':')[0])})") from None
    return parse_document(data, file, library)


def parse_document(data: Any, file: str, library: ChecklistLibrary) -> Assessment:
    p = _Parser(file)
    doc = p.obj(data, "")
    _check_structure(doc, p)
    if doc.get("format") != FORMAT:
        raise p.fail("format", f"must be {FORMAT!r}; this is not a PartnerCheck assessment file")
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise p.fail("format_version", "must be a positive whole number")
    if version > FORMAT_VERSION:
        raise p.fail("format_version", f"{_show(version)} is newer than this PartnerCheck reads ({FORMAT_VERSION}); update PartnerCheck")

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
    raw_answers = doc.get("answers", {})
    if not isinstance(raw_answers, dict):
        raise p.fail("answers", "must be a JSON object keyed by question id")
    for qid, raw in raw_answers.items():
        field = f"answers.{qid}"
        question = checklist.question(qid)
        if question is None:
            raise p.fail(field, f"{_show(qid)} is not a question of checklist {cl_id} {cl_version}")
        a = p.obj(raw, field)
        value = a.get("value")
        if value is not None:
            if not isinstance(value, str):
                raise p.fail(f"{field}.value", "must be a text or null")
            if question.option(value) is None:
                allowed = ", ".join(o.value for o in question.options)
                raise p.fail(f"{field}.value", f"{_show(value)} is not an option of this question ({allowed})")
        note = p.text(a, "note", field, required=False)
        if value is None and not note:
            continue  # an empty record carries nothing worth storing
        answers[qid] = Answer(value, note)
        if _flag(p, a, "public", field):
            public_notes.add(qid)

    actions: list[Action] = []
    raw_actions = doc.get("actions", [])
    if not isinstance(raw_actions, list):
        raise p.fail("actions", "must be a JSON list")
    for i, raw in enumerate(raw_actions):
        field = f"actions[{i}]"
        a = p.obj(raw, field)
        due_text = a.get("due")
        due = None
        if due_text is not None:
            if not isinstance(due_text, str):
                raise p.fail(f"{field}.due", "must be a date (YYYY-MM-DD) or null")
            try:
                due = _dt.date.fromisoformat(due_text)
            except ValueError:
                raise p.fail(f"{field}.due", f"{_show(due_text)} is not a date (YYYY-MM-DD)") from None
        rec = a.get("recommendation")
        if rec is not None and (not isinstance(rec, str) or checklist.recommendation(rec) is None):
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
                    internal=_flag(p, a, "internal", field),
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
    assessment.scoring_model = _scoring_model(p, doc, assessment.state)
    return assessment


def _flag(p: _Parser, d: dict[str, Any], name: str, field: str) -> bool:
    """An optional true/false (absent: false)."""
    value = d.get(name, False)
    if not isinstance(value, bool):
        raise p.fail(f"{field}.{name}", "must be true or false")
    return value


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
    revision = d.get("revision", 1)
    if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
        raise p.fail(f"{f}.revision", "must be a whole number from 1")
    if revision > MAX_REVISION:
        raise p.fail(f"{f}.revision", f"{_show(revision)} is not a plausible revision number (at most {MAX_REVISION})")
    reviewed_by = p.text(d, "reviewed_by", f, required=False) or None
    approved_by = p.text(d, "approved_by", f, required=False) or None
    approved_on = None
    if d.get("approved_on") is not None:
        text = d["approved_on"]
        try:
            approved_on = _dt.date.fromisoformat(text) if isinstance(text, str) else None
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


def _partnership(p: _Parser, d: dict[str, Any]) -> Partnership:
    f = "partnership"
    since = d.get("since")
    if since is not None and (not isinstance(since, int) or isinstance(since, bool)):
        raise p.fail(f"{f}.since", "must be a year (a whole number) or null")
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
