"""The name an output file gets, in one place for every variant and format, for the window's
save dialogs and the command line alike: the parties, the variant, the language, the
revision and the date of the assessment, so that files saved side by side say what they are.

``Adviesrapport Breda - Yangzhou, samenvatting, nl, versie 2, 2026-11-30.pdf``
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.assessment import Assessment

_TITLE = {"nl": "Adviesrapport", "en": "Advice report"}
_VARIANT = {
    "nl": {"full": "volledig", "summary": "samenvatting", "public": "openbaar"},
    "en": {"full": "full", "summary": "summary", "public": "public"},
}
_REVISION = {"nl": "versie", "en": "revision"}
EXTENSIONS = {"pdf": ".pdf", "docx": ".docx"}


def safe_file_name(text: str) -> str:
    """``text`` without the characters Windows and macOS refuse in a file name."""
    return re.sub(r"\s+", " ", re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", text)).strip(" .") or "report"


def report_file_name(assessment: Assessment, variant: str = "full", lang: str = "nl", fmt: str = "pdf") -> str:
    """The suggested file name of a report of ``assessment`` (see the module's example)."""
    p = assessment.partnership
    when = (assessment.updated or assessment.created).date().isoformat()
    parts = [
        f"{_TITLE[lang]} {p.dutch_party} - {p.counterpart}",
        _VARIANT[lang][variant],
        lang,
        f"{_REVISION[lang]} {assessment.revision}",
        when,
    ]
    return safe_file_name(", ".join(parts)) + EXTENSIONS[fmt]
