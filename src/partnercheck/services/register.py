"""The public register of ties: the public fields of every tie whose assessment was approved
for publication, as a read-only SQLite file with a Datasette ``metadata.json`` beside it.

A tie, for now, is a (Dutch party, counterpart) pair and what the register says of it is its
latest final assessment (the newest by the time it was last changed, then by id). That
assessment is published only when someone recorded the decision to publish it
(``approve_publication``): a newer final assessment without one keeps the tie out of the
register, so a verdict nobody weighed for publication is never shown, not even an older one.
The register holds no notes, names, evidence or weighing: only what the public version says.
"""

from __future__ import annotations

import errno
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.advice import advice_paragraphs
from ..domain.assessment import AssessmentState, AssessmentSummary
from ..domain.publication import PublicationDecision
from ..domain.scoring import score_assessment
from ..store.register_file import write_register
from .files import write_atomically
from .register_metadata import metadata

if TYPE_CHECKING:
    from ..store import AssessmentStore


@dataclass(frozen=True, slots=True)
class Published:
    """What ``publish`` wrote: the two files, the ties in the register, the ties left out."""

    register: Path
    metadata: Path
    ties: int
    left_out: tuple[str, ...]  # "Gemeente X – Y (assessment N)": latest final, not approved for publication


def approve_publication(store: AssessmentStore, assessment_id: int, by: str, note: str) -> PublicationDecision:
    """Record that a final assessment may be published (who, when, the weighing); StateError
    (the rule's own words) for anything but a final assessment, a missing name or weighing."""
    return store.approve_publication(assessment_id, by, note)


def latest_finals(summaries: list[AssessmentSummary]) -> list[AssessmentSummary]:
    """Per (Dutch party, counterpart): its latest final assessment, in order of the parties."""
    latest: dict[tuple[str, str], AssessmentSummary] = {}
    for s in summaries:
        if s.state is not AssessmentState.FINAL:
            continue
        key = (s.dutch_party.strip().casefold(), s.counterpart.strip().casefold())
        if key not in latest or (s.updated, s.id) > (latest[key].updated, latest[key].id):
            latest[key] = s
    return [latest[k] for k in sorted(latest)]


def publish(store: AssessmentStore, out: Path, licence: str = "CC0-1.0") -> Published:
    decisions = {d.assessment_id: d for d in store.publication_decisions()}
    ties: list[dict[str, Any]] = []
    levels: list[dict[str, Any]] = []
    left_out = []
    for summary in latest_finals(store.list_summaries()):
        decision = decisions.get(summary.id)
        if decision is None:
            left_out.append(f"{summary.dutch_party} – {summary.counterpart} (assessment {summary.id})")
            continue
        tie, tie_levels = _rows(store, summary.id, len(ties) + 1, decision)
        ties.append(tie)
        levels += tie_levels
    meta_path = out.with_name("metadata.json")
    for target in (out, meta_path):  # both or neither: a folder in the way is found before writing
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, f"{target} is a folder; the register is written as {out.name} and metadata.json", str(target))
    meta = metadata(out.stem, licence, sorted({t["dutch_party"] for t in ties}))
    write_register(out, ties, levels)
    write_atomically(meta_path, (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return Published(out, meta_path, len(ties), tuple(left_out))


def _rows(store: AssessmentStore, assessment_id: int, tie_id: int, decision: PublicationDecision) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from ..report import content_hash

    assessment = store.get(assessment_id)
    checklist = store.checklist_for(assessment)
    result = score_assessment(assessment, checklist)
    p = assessment.partnership
    # The summary text is the advice as the public version prints it: no names in it.
    tie = {
        "id": tie_id,
        **p.as_record(),
        "ended": None,
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
    return tie, rows
