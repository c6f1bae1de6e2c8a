"""The PDF advice report.

Importing this package is cheap: reportlab and the fonts load on the first
:func:`render_report` call, so the window can import it for :func:`content_hash` alone.
No Qt here, ever: the window calls :func:`render_report` from a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from .fingerprint import content_hash

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from ..domain.checklist import Checklist
    from ..domain.events import Event

__all__ = ["content_hash", "render_report"]


def render_report(
    assessment: Assessment,
    checklist: Checklist,
    lang: str = "nl",
    *,
    progress: Callable[[int, int], None] | None = None,
    previous: Assessment | None = None,
    variant: str = "full",
    roles: Mapping[str, str] | None = None,
    events: Sequence[Event] = (),
) -> bytes:
    """The advice report for ``assessment`` as PDF bytes, in Dutch (``nl``) or English (``en``).

    ``checklist`` must be the version the assessment was made with. ``progress(done, total)``
    is called as sections are laid out, ending with ``(total, total)``; an exception raised
    from it cancels the report. A complete, final assessment is printed without the draft mark
    and with its recorded approval (who, and the day in the report's language).
    ``previous`` (an earlier assessment or revision of the same partnership) adds an
    appendix of what changed since. ``variant`` is ``full``, ``summary`` (the mayor's two
    pages) or ``public`` (no internal notes or actions, officials by their role from
    ``roles``: name -> role); ``events`` (the tie's) a section with its gifts register and
    costs per year in the full report. The same input always gives the same bytes.
    """
    from .document import build_report

    return build_report(assessment, checklist, lang, progress=progress, previous=previous, variant=variant, roles=roles, events=events)
