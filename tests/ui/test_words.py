"""One word for one thing: the Dutch window and the Dutch report follow docs/words.md.

Reads the glossary's table: where a row names a window text and a report key, both must say
the row's Dutch word; and no Dutch text of the window or the report uses a retired word
("ter beoordeling" for the review step, "toelichting" for both the guidance and the note…),
and neither do the Dutch user guide (docs/handleiding.md) and docs/privacy.md.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import QCoreApplication, QTranslator

from partnercheck.report import texts
from partnercheck.resources import resource_dir

WORDS = Path(__file__).resolve().parents[2] / "docs" / "words.md"
TRANSLATIONS = resource_dir() / "translations"


def _rows() -> list[list[str]]:
    rows = []
    for line in WORDS.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 5 and cells[0] not in ("English", "---"):
            rows.append(cells)
    return rows


def _retired() -> list[str]:
    section = WORDS.read_text(encoding="utf-8").split("## Retired words", 1)[1].split("\n## ", 1)[0]
    return [line[2:].strip() for line in section.splitlines() if line.startswith("- ")]


def _plain(text: str) -> str:
    return re.sub(r"&(?=\S)", "", text).rstrip(":?…").strip().lower()


@pytest.fixture
def dutch_qm(qapp):  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load("partnercheck_nl", str(TRANSLATIONS))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_glossary_has_rows_that_bind_window_and_report() -> None:
    both = [r for r in _rows() if r[2] and r[3]]
    assert len(both) >= 8, "docs/words.md lost its table"
    assert {"toelichting", "eigenaar", "ter beoordeling", "bezig"} <= set(_retired())


def test_window_and_report_say_the_glossary_word(dutch_qm) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for english, dutch, window, key, _not in _rows():
        words = [w.strip().strip("*").lower() for w in dutch.split(";")[0].split(",")]
        if window:
            context, source = (part.strip() for part in window.split(":", 1))
            shown = _plain(QCoreApplication.translate(context, source))
            if shown == _plain(source) or not any(w in shown for w in words):
                problems.append(f"window {window!r} says {shown!r}, glossary {dutch!r} ({english})")
        if key:
            printed = texts.label("nl", key).lower()
            if not any(w in printed for w in words):
                problems.append(f"report {key!r} says {printed!r}, glossary {dutch!r} ({english})")
    assert not problems, "\n".join(problems)


def test_no_retired_word_in_a_dutch_text() -> None:
    root = ET.parse(TRANSLATIONS / "partnercheck_nl.ts").getroot()
    dutch = [_plain(m.findtext("translation") or "") for m in root.iter("message")]
    with (resource_dir() / "locale" / "nl" / "LC_MESSAGES" / "partnercheck.po").open("rb") as po:
        dutch += [s.lower() for m in read_po(po) if m.id for s in ([m.string] if isinstance(m.string, str) else m.string)]
    found = [(word, text) for word in _retired() for text in dutch if word in text]
    assert not found, "\n".join(f"{w!r} in {t!r}" for w, t in found)


@pytest.mark.parametrize("name", ["handleiding.md", "privacy.md"])
def test_no_retired_word_in_the_dutch_documents(name: str) -> None:
    """The user guide and the privacy document (for the privacy officer and the records
    manager, who also see the window) speak the window's words: no word the glossary retired."""
    text = (WORDS.parent / name).read_text(encoding="utf-8").lower()
    found = [word for word in _retired() if word in text]
    assert not found, f"docs/{name} uses retired words: {found}"
