"""Commands for the report's audiences: roles instead of names, public or internal notes and
actions, the decision to publish and the public register."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK, UsageError, assessment_id, moment, open_store, writing
from .words import nt, said, t


def cmd_role(args: argparse.Namespace) -> int:
    store = open_store(args, create=args.role is not None)
    if args.name is None:
        for name, role in store.roles().items():
            print(f"{name}\t{role}")
        return EXIT_OK
    if args.role is None:
        print(store.roles().get(args.name.strip(), ""))
        return EXIT_OK
    from ..domain.plain_text import TextRefused
    from ..services.register import set_role

    try:
        set_role(store, args.name, args.role)
    except TextRefused as exc:  # NAME or ROLE (domain.plain_text)
        raise UsageError(t("{detail}; nothing was changed", detail=said(exc))) from None
    print(f"{args.name.strip()}: {args.role.strip() or t('(role forgotten)')}")
    return EXIT_OK


def cmd_mark(args: argparse.Namespace) -> int:
    from ..domain.plain_text import TextRefused
    from ..services import answers

    store = open_store(args)
    target = assessment_id(args.id)
    public = args.visibility == "public"
    if args.note is not None:
        try:
            answers.set_note_public(store, target, args.note, public)
        except TextRefused as exc:  # a note stored before the rule (domain.plain_text)
            raise UsageError(
                t(
                    "assessment {id}, the note on {question}: {detail}; correct the note first, nothing was changed",
                    id=target,
                    question=args.note,
                    detail=said(exc),
                )
            ) from None
        if public:
            print(t("Assessment {id}: the note on {question} is public", id=target, question=args.note))
        else:
            print(t("Assessment {id}: the note on {question} is internal", id=target, question=args.note))
        return EXIT_OK
    actions = store.get(target).actions
    if not 1 <= args.action <= len(actions):
        raise UsageError(
            nt(
                "assessment {id}: --action {action}: the action plan has {n} action",
                "assessment {id}: --action {action}: the action plan has {n} actions",
                len(actions),
                id=target,
                action=args.action,
            )
        )
    try:
        answers.mark_action(store, actions[args.action - 1], internal=not public)
    except TextRefused as exc:  # an action stored before the rule (domain.plain_text)
        raise UsageError(
            t(
                "assessment {id}, action {action}: {detail}; correct the action first, nothing was changed",
                id=target,
                action=args.action,
                detail=said(exc),
            )
        ) from None
    if public:
        print(t("Assessment {id}: action {action} is public", id=target, action=args.action))
    else:
        print(t("Assessment {id}: action {action} is internal", id=target, action=args.action))
    return EXIT_OK


def cmd_approve_publication(args: argparse.Namespace) -> int:
    from ..services.register import approve_publication

    store = open_store(args)
    target = assessment_id(args.id)
    from ..domain.plain_text import TextRefused

    try:
        decision = approve_publication(store, target, args.by, args.note)
    except TextRefused as exc:  # --by or --note (domain.plain_text)
        raise UsageError(t("--{detail}; nothing was changed", detail=said(exc))) from None
    when = moment(decision.decided_at, args.lang)
    print(t("Assessment {id} may be published: decided by {by} on {when}", id=target, by=decision.decided_by, when=when))
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    from ..services.register import PublishRefused, publish

    out = Path(args.out)
    if out.name == "" or out.suffix == "":
        raise UsageError(t("--out {value}: give the name of the register file to write (e.g. register.sqlite3)", value=repr(args.out)))
    store = open_store(args)
    published = None

    def write() -> None:
        nonlocal published
        published = publish(store, out, args.licence, force=args.force)

    try:
        writing(out, write)
    except PublishRefused as exc:
        raise UsageError(t("{lead} Details: {detail}", lead=t("The register was not written."), detail=exc)) from None
    assert published is not None
    for left in published.left_out:
        print(t("Left out (no final assessment approved for publication): {tie}", tie=left))
    for waiting in published.pending:
        print(t("Waiting for a publication decision (the register shows the tie's earlier approved assessment): {tie}", tie=waiting))
    print(
        nt(
            "Wrote {n} tie to {register} and {metadata}",
            "Wrote {n} ties to {register} and {metadata}",
            published.ties,
            register=published.register,
            metadata=published.metadata,
        )
    )
    return EXIT_OK
