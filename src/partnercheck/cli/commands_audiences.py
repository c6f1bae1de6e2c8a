"""Commands for the report's audiences: roles instead of names, public or internal notes and
actions, the decision to publish and the public register."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from .common import EXIT_OK, UsageError, assessment_id, moment, open_store, writing


def cmd_role(args: argparse.Namespace) -> int:
    store = open_store(args, create=args.role is not None)
    if args.name is None:
        for name, role in store.roles().items():
            print(f"{name}\t{role}")
        return EXIT_OK
    if args.role is None:
        print(store.roles().get(args.name.strip(), ""))
        return EXIT_OK
    store.set_role(args.name, args.role)
    print(f"{args.name.strip()}: {args.role.strip() or '(role forgotten)'}")
    return EXIT_OK


def cmd_mark(args: argparse.Namespace) -> int:
    store = open_store(args)
    target = assessment_id(args.id)
    public = args.visibility == "public"
    if args.note is not None:
        store.set_note_public(target, args.note, public)
        print(f"Assessment {target}: the note on {args.note} is {args.visibility}")
        return EXIT_OK
    actions = store.get(target).actions
    if not 1 <= args.action <= len(actions):
        raise UsageError(f"assessment {target}: --action {args.action}: the action plan has {len(actions)} actions")
    action = actions[args.action - 1]
    store.update_action(replace(action, internal=not public), expected=action)
    print(f"Assessment {target}: action {args.action} is {args.visibility}")
    return EXIT_OK


def cmd_approve_publication(args: argparse.Namespace) -> int:
    from ..services.register import approve_publication

    store = open_store(args)
    target = assessment_id(args.id)
    decision = approve_publication(store, target, args.by, args.note)
    print(f"Assessment {target} may be published: decided by {decision.decided_by} on {moment(decision.decided_at, args.lang)}")
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    from ..services.register import PublishRefused, publish

    out = Path(args.out)
    if out.name == "" or out.suffix == "":
        raise UsageError(f"--out {args.out!r}: give the name of the register file to write (e.g. register.sqlite3)")
    store = open_store(args)
    published = None

    def write() -> None:
        nonlocal published
        published = publish(store, out, args.licence, force=args.force)

    try:
        writing(out, write)
    except PublishRefused as exc:
        raise UsageError(str(exc)) from None
    assert published is not None
    for left in published.left_out:
        print(f"Left out (no final assessment approved for publication): {left}")
    for waiting in published.pending:
        print(f"Waiting for a publication decision (the register shows the tie's earlier approved assessment): {waiting}")
    print(f"Wrote {published.ties} ties to {published.register} and {published.metadata}")
    return EXIT_OK
