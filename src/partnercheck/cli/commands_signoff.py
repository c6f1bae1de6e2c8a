"""Commands that move an assessment along: change of stage, the reviewer's comment per theme,
new revision, to the bin and back.
The sign-off rules are the domain's (domain.signoff); a refusal is the store's StateError."""

from __future__ import annotations

import argparse

from ..domain.assessment import AssessmentState, ReviewVerdict
from ..domain.plain_text import TextRefused
from ..services import assessments
from .codes import word
from .common import EXIT_OK, UsageError, assessment_id, open_store
from .words import said, t


def cmd_state(args: argparse.Namespace) -> int:
    store = open_store(args)
    target = assessment_id(args.id)
    try:
        assessments.change_state(store, target, AssessmentState(args.state), by=args.by)
    except TextRefused as exc:  # a name with a control character (domain.plain_text)
        raise UsageError(t("--{detail}; nothing was changed", detail=said(exc))) from None
    print(t("Assessment {id} is now {state}", id=target, state=word(args.state)))
    return EXIT_OK


def cmd_review_comment(args: argparse.Namespace) -> int:
    store = open_store(args)
    target = assessment_id(args.id)
    try:
        comment = assessments.comment_on_theme(store, target, args.theme, ReviewVerdict(args.verdict), args.text, by=args.by)
    except TextRefused as exc:  # a control character in the name or the text (domain.plain_text)
        raise UsageError(t("--{detail}; nothing was changed", detail=said(exc))) from None
    reviewer = comment.reviewer or t("no name")
    print(
        t(
            "Assessment {id}, theme {theme}: {verdict} ({reviewer})",
            id=target,
            theme=comment.theme_id,
            verdict=comment.verdict.value,
            reviewer=reviewer,
        )
    )
    return EXIT_OK


def cmd_revise(args: argparse.Namespace) -> int:
    store = open_store(args)
    new_id = assessments.revise(store, assessment_id(args.id))
    print(t("New revision started as assessment {id}", id=new_id))
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace) -> int:
    store = open_store(args)
    new_id, summary = assessments.upgrade(store, assessment_id(args.id))
    for line in summary.lines(args.lang):
        print(line)
    print(t("New revision on the new checklist started as assessment {id}", id=new_id))
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    store = open_store(args)
    target = assessment_id(args.id)
    assessments.move_to_bin(store, target)
    print(t("Assessment {id} moved to the bin (partnercheck restore {id} brings it back)", id=target))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    store = open_store(args)
    target = assessment_id(args.id)
    assessments.restore(store, target)
    print(t("Assessment {id} restored", id=target))
    return EXIT_OK
