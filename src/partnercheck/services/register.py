"""The public register of ties: the public fields of every tie with a final assessment approved
for publication, as a read-only SQLite file with a Datasette ``metadata.json`` beside it.

A row is a tie (the partnership as PartnerCheck keeps it: its number, parties, status, start
and end year) with what its latest final assessment approved for publication says. The
decision stays per final assessment (``approve_publication``): a verdict nobody weighed for
publication is never shown. A newer final assessment still waiting for its decision leaves the
published one in place (it was weighed) and is named, so the officer sees what is pending.
The register holds no notes, names, evidence or weighing: only what the public version says.
"""

from __future__ import annotations

import errno
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.advice import advice_paragraphs
from ..domain.assessment import AssessmentState, AssessmentSummary
from ..domain.publication import PublicationDecision
from ..domain.scoring import score_assessment
from ..domain.ties import Tie
from ..store.register_file import write_register
from .files import check_replaceable, write_atomically
from .register_metadata import TITLE, metadata

if TYPE_CHECKING:
    from ..store import AssessmentStore


@dataclass(frozen=True, slots=True)
class Published:
    """What ``publish`` wrote: the two files, the ties in the register, the ties left out and
    the newer final assessments waiting for a decision."""

    register: Path
    metadata: Path
    ties: int
    left_out: tuple[str, ...]  # "Gemeente X – Y (assessment N)": no final assessment approved for publication
    pending: tuple[str, ...] = ()  # "Gemeente X – Y (assessment N)": a newer final than the one published, not yet decided


def approve_publication(store: AssessmentStore, assessment_id: int, by: str, note: str) -> PublicationDecision:
    """Record that a final assessment may be published (who, when, the weighing); StateError
    (the rule's own words) for anything but a final assessment, a missing name or weighing;
    TextRefused (domain.plain_text) for a name or weighing holding a control character or a
    direction override, as every other field refuses them: nothing is written."""
    from ..domain.plain_text import check_lines, check_texts

    check_lines(by=by)
    check_texts(note=note)
    return store.approve_publication(assessment_id, by, note)


def set_role(store: AssessmentStore, name: str, role: str) -> None:
    """Remember the role printed instead of ``name`` in the public version ('' forgets it).
    Both are one-line fields (domain.plain_text: TextRefused, nothing written): the role is
    printed in the public report and the register's documents."""
    from ..domain.plain_text import check_lines

    check_lines(name=name, role=role)
    store.set_role(name, role)


def finals_per_tie(store: AssessmentStore, summaries: list[AssessmentSummary]) -> dict[int, list[AssessmentSummary]]:
    """Per tie number: its final assessments, oldest first (by last change, then id)."""
    finals: dict[int, list[AssessmentSummary]] = {}
    for s in summaries:
        if s.state is AssessmentState.FINAL:
            finals.setdefault(store.tie_of(s.id), []).append(s)
    return {tie: sorted(found, key=lambda s: (s.updated, s.id)) for tie, found in finals.items()}


class PublishRefused(Exception):
    """The register was not written (nor its metadata.json): a file in the way that PartnerCheck
    did not write, the database itself, or a value a spreadsheet would run. ``kind`` is
    "not-ours", "database" or "formula"; the message is in English and Dutch (the window has
    its own words from ``file``, ``tie`` and ``column``)."""

    def __init__(self, kind: str, file: Path | None, english: str, dutch: str, tie: int | None = None, column: str = "") -> None:
        super().__init__(f"{file if file is not None else f'tie {tie}'}: {english} ({dutch})")
        self.kind, self.file, self.tie, self.column = kind, file, tie, column


def publish(store: AssessmentStore, out: Path, licence: str = "CC0-1.0", *, force: bool = False) -> Published:
    """Write the register and its metadata.json beside it, both or neither. PublishRefused,
    before anything is written, for a file in the way PartnerCheck did not write (unless
    ``force``), for ``out`` being the database itself (always), and for a value a spreadsheet
    would run as a formula."""
    decisions = {d.assessment_id: d for d in store.publication_decisions()}
    shown: list[tuple[Tie, AssessmentSummary]] = []
    left_out, pending = [], []
    for tie_id, finals in finals_per_tie(store, store.list_summaries()).items():
        tie = store.get_tie(tie_id)
        decided = [s for s in finals if s.id in decisions]
        if not decided:
            left_out.append(f"{tie.label} (assessment {finals[-1].id})")
            continue
        shown.append((tie, decided[-1]))
        pending += [f"{tie.label} (assessment {s.id})" for s in finals if (s.updated, s.id) > (decided[-1].updated, decided[-1].id)]
    ties: list[dict[str, Any]] = []
    levels: list[dict[str, Any]] = []
    for tie, summary in sorted(shown, key=lambda pair: pair[0].key):
        row, tie_levels = _rows(store, summary.id, tie, decisions[summary.id])
        ties.append(row)
        levels += tie_levels
    _refuse_formulas(ties, levels)
    meta_path = out.with_name("metadata.json")
    if out.name.casefold() == meta_path.name:  # the metadata would be written over the register
        raise PublishRefused(
            "not-ours",
            out,
            "is the name of the register's metadata.json; give the register another name (e.g. register.sqlite3)",
            "is de naam van de metadata.json van het register; geef het register een andere naam (bijv. register.sqlite3)",
        )
    check_targets(out, replaceable=False)
    _refuse_to_clobber(store, out, meta_path, force)
    check_targets(out, replaceable=True)
    meta = metadata(out.stem, licence, sorted({t["dutch_party"] for t in ties}))
    # Another register published into this folder keeps its description: one metadata.json
    # serves every database Datasette is given there.
    for name, described in _earlier_databases(meta_path).items():
        meta["databases"].setdefault(name, described)
    write_register(out, ties, levels)
    write_atomically(meta_path, (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return Published(out, meta_path, len(ties), tuple(sorted(left_out)), tuple(sorted(pending)))


def _refuse_formulas(ties: list[dict[str, Any]], levels: list[dict[str, Any]]) -> None:
    """Datasette serves every table as CSV too, which Excel opens: a cell starting so is a
    formula there (services.csv_files). No party name, theme or summary starts so legitimately,
    and the register is public data that machines read as well: such a value is refused, not
    changed (an apostrophe in front would be wrong in the JSON and in the SQLite file)."""
    from .csv_files import FORMULA_START

    for row, tie in [(t, t["id"]) for t in ties] + [(lv, lv["tie_id"]) for lv in levels]:
        for column, value in row.items():
            if isinstance(value, str) and value.startswith(FORMULA_START):
                raise PublishRefused(
                    "formula",
                    None,
                    f"{column} starts with {value[:1]!r}, which a spreadsheet opening the register as CSV runs as a formula; "
                    "correct it (partnercheck portfolio names the tie) and publish again; nothing was written",
                    f"{column} begint met {value[:1]!r}, wat een rekenblad dat het register als CSV opent als formule uitvoert; "
                    "verbeter het en publiceer opnieuw; er is niets geschreven",
                    tie,
                    column,
                )


def _refuse_to_clobber(store: AssessmentStore, out: Path, meta_path: Path, force: bool) -> None:
    from ..store.register_file import what_is_there

    register_there = out.exists()
    if register_there and (os.path.samefile(out, store.path) or what_is_there(out) == "database"):
        raise PublishRefused(
            "database",
            out,
            "is a PartnerCheck database; the register is written to a file of its own (choose another name)",
            "is een PartnerCheck-database; het register komt in een eigen bestand (kies een andere naam)",
        )
    if force:
        return
    if register_there and what_is_there(out) != "register":
        raise _not_ours(out)
    if meta_path.exists() and _our_metadata(meta_path) is None:
        raise _not_ours(meta_path)


def _not_ours(path: Path) -> PublishRefused:
    return PublishRefused(
        "not-ours",
        path,
        "was not written by PartnerCheck and is left as it is; choose another folder, or replace it with --force; nothing was written",
        "is niet door PartnerCheck geschreven en blijft zoals het is; kies een andere map, of vervang het met --force; er is niets geschreven",
    )


def _our_metadata(path: Path) -> dict[str, Any] | None:
    """The metadata.json that publish wrote (its title and source are PartnerCheck's), else None."""
    from .files import read_regular

    try:
        data = json.loads(read_regular(path, 1024 * 1024).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    ours = isinstance(data, dict) and data.get("title") == TITLE and str(data.get("source", "")).startswith("PartnerCheck")
    return data if ours else None


def _earlier_databases(path: Path) -> dict[str, Any]:
    earlier = _our_metadata(path) if path.exists() else None
    databases = earlier.get("databases") if earlier else None
    return databases if isinstance(databases, dict) else {}


def _rows(store: AssessmentStore, assessment_id: int, tie: Tie, decision: PublicationDecision) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from ..report import content_hash

    assessment = store.get(assessment_id)
    checklist = store.checklist_for(assessment)
    result = score_assessment(assessment, checklist)
    p = assessment.partnership
    tie_id = tie.id
    # The parties, status and years are the tie's as kept now (the partnership row); the
    # summary is the advice as the approved assessment's public version prints it: no names.
    row = {
        "id": tie_id,
        "dutch_party": tie.dutch_party,
        "dutch_party_kind": tie.dutch_party_kind.value,
        "counterpart": tie.counterpart,
        "counterpart_kind": tie.counterpart_kind.value,
        "status": tie.status.value,
        "since": tie.since,
        "ended": tie.ended,
        "verdict": result.verdict.value,
        "assessment_date": (assessment.updated or assessment.created).date().isoformat(),
        "checklist_version": f"{checklist.id} {checklist.version}",
        "reference": content_hash(assessment),
        "publication_date": decision.decided_at.date().isoformat(),
        "summary_nl": "\n\n".join(advice_paragraphs(result, p, "nl")),
        "summary_en": "\n\n".join(advice_paragraphs(result, p, "en")),
    }
    rows = []
    for position, theme_score in enumerate(result.themes, 1):
        theme = checklist.theme(theme_score.theme_id)
        rows.append(
            {
                "tie_id": tie_id,
                "position": position,
                "theme_id": theme_score.theme_id,
                "theme_nl": theme.title.get("nl") if theme else theme_score.theme_id,
                "theme_en": theme.title.get("en") if theme else theme_score.theme_id,
                "level": theme_score.level.code,
            }
        )
    return row, rows


def check_targets(out: Path, *, replaceable: bool = True) -> None:
    """OSError naming the register ``out`` or the metadata.json beside it when either cannot be
    written: a folder in the way; with ``replaceable`` also a pipe, device, link or read-only
    file (the register PartnerCheck itself wrote read-only is replaced). Both or neither, found
    before writing; the window's save dialog asks again after it (ui.save_as)."""
    meta_path = out.with_name("metadata.json")
    for target in (out, meta_path):
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, f"{target} is a folder; the register is written as {out.name} and metadata.json", str(target))
    if not replaceable:
        return
    from ..store.register_file import what_is_there

    ours = out.is_file() and what_is_there(out) == "register"  # written read-only by PartnerCheck
    for target in (out, meta_path):
        check_replaceable(target, read_only_ours=ours and target == out)
