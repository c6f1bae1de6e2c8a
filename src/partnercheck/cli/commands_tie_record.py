"""Commands about one tie's record: change its details (`tie`) and read its history
(`tie-history`). Each: parse, call the service, print."""

from __future__ import annotations

import argparse
import re
from typing import Any

from ..services import tie_history
from ..store.errors import TieConflictError
from .common import EXIT_OK, UsageError, emit_json, open_store
from .words import language, said, t

_YEAR = re.compile(r"^(\d{4})(-\d{2}-\d{2})?$")
# The tie's field -> the option that sets it, so a refusal names what the user typed.
_OPTIONS = {
    "status": "--status",
    "since": "--since",
    "ended": "--ended",
    "contacts": "--contacts",
    "notes": "--notes",
    "agreements": "--agreement",
    "dutch_party_kind": "--dutch-party-kind",
    "counterpart_kind": "--counterpart-kind",
}


def _year(text: str, option: str) -> int | None:
    """A year (2025), or a date whose year is kept (2025-06-01: a tie records years); "" or
    "none" clears it."""
    import datetime as _dt

    text = text.strip()
    if text.lower() in ("", "none"):
        return None
    match = _YEAR.match(text)
    try:
        if match is None:
            raise ValueError
        if match.group(2):
            _dt.date.fromisoformat(text)
        return int(match.group(1))
    except ValueError:
        raise UsageError(
            t("{option} {text}: not a year; write YYYY (or YYYY-MM-DD, of which the year is kept), or 'none'", option=option, text=repr(text))
        ) from None


def _changes(args: argparse.Namespace, current: Any) -> dict[str, Any]:
    from ..domain.assessment import CounterpartKind, DutchPartyKind, PartnershipStatus
    from ..domain.ties import agreement_from_line

    changes: dict[str, Any] = {}
    if args.status is not None:
        changes["status"] = PartnershipStatus(args.status)
    if args.dutch_party_kind is not None:
        changes["dutch_party_kind"] = DutchPartyKind(args.dutch_party_kind)
    if args.counterpart_kind is not None:
        changes["counterpart_kind"] = CounterpartKind(args.counterpart_kind)
    for name in ("since", "ended"):
        if getattr(args, name) is not None:
            changes[name] = _year(getattr(args, name), _OPTIONS[name])
    for name in ("contacts", "notes"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.agreement is not None or args.add_agreement is not None or args.no_agreements:
        kept = () if args.agreement is not None or args.no_agreements else current.agreements
        lines = [*(args.agreement or []), *(args.add_agreement or [])]
        try:
            changes["agreements"] = (*kept, *(agreement_from_line(line) for line in lines))
        except ValueError as exc:
            option = "--agreement" if args.agreement is not None else "--add-agreement"
            raise UsageError(t("{option}: {detail}", option=option, detail=said(exc).partition(": ")[2])) from None
    return changes


def cmd_tie(args: argparse.Namespace) -> int:
    store = open_store(args)
    tie_id = store.resolve_tie(args.tie)
    current = store.get_tie(tie_id)
    changes = _changes(args, current)
    if changes:
        try:
            current, changed = tie_history.change_tie(store, tie_id, changes, expected=current)
        except TieConflictError:
            raise UsageError(
                t("tie {tie}: its details were changed elsewhere while this command ran, so nothing was changed; run it again", tie=tie_id)
            ) from None
        except tie_history.TieChangeError as exc:
            # "ended is before since" names the option the user gave when that was --since.
            field = exc.field if exc.field in changes else next((n for n in ("since", "ended") if n in changes), exc.field)
            raise UsageError(
                t(
                    "{option}: {detail}; nothing was changed",
                    option=_OPTIONS.get(field, field),
                    detail=exc.reason.said(language()) if exc.reason else exc.message,
                )
            ) from None
        if not args.json:
            if changed:
                from ..domain.tie_history import subject_words
                from .codes import shown

                # The fields as the tie's history names them in Dutch; as typed in English.
                fields = ", ".join(shown(name, subject_words(name, args.lang)) for name in changed)
                print(t("Tie {tie} ({label}): changed {fields}", tie=tie_id, label=current.label, fields=fields))
            else:
                print(t("Tie {tie} ({label}): nothing changed", tie=tie_id, label=current.label))
            return EXIT_OK
    if args.json:
        emit_json({"id": current.id, **current.as_record(), "assessments": list(current.assessments)})
        return EXIT_OK
    if not changes:
        record = current.as_record()
        print(t("Tie {tie}: {label}", tie=current.id, label=current.label))
        from ..domain.tie_history import subject_words

        # The fields as the tie's history names them ("kind of Dutch party"), in the run's language.
        lang = args.lang
        names = ("uuid", "status", "since", "ended", "dutch_party_kind", "counterpart_kind", "contacts", "notes")
        said = {name: ("uuid" if name == "uuid" else subject_words(name, lang)) + ":" for name in names}
        said |= {"agreements": t("agreements:"), "assessments": t("assessments:")}
        w = max(18, *(len(label) + 1 for label in said.values()))  # the values in one column, in either language
        from .codes import word

        for name in names[:6]:  # the status and the kinds in the run's language
            print(f"  {said[name]:<{w}}{'' if record[name] is None else word(record[name])}")
        for name, text in (("contacts", current.contacts), ("notes", current.notes)):
            for i, line in enumerate(text.splitlines() or [""]):
                print(f"  {said[name] if i == 0 else '':<{w}}{line}")
        from ..domain.tie_history import agreement_line

        for i, agreement in enumerate(current.agreements or ()):
            print(f"  {said['agreements'] if i == 0 else '':<{w}}{agreement_line(agreement)}")
        print(f"  {said['assessments']:<{w}}{', '.join(str(a) for a in current.assessments)}")
    return EXIT_OK


def cmd_tie_history(args: argparse.Namespace) -> int:
    store = open_store(args)
    tie_id = store.resolve_tie(args.tie)
    entries = tie_history.tie_history(store, tie_id)
    if args.json:
        emit_json(tie_history.history_rows(entries))
        return EXIT_OK
    if not entries:
        print(t("No changes recorded for tie {tie}.", tie=tie_id))
    for line in tie_history.history_lines(entries, args.lang):
        print(line)
    return EXIT_OK
