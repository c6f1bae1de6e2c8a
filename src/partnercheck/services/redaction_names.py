"""The names in free text for a Woo redaction list: who the database knows, which terms are
places and parties, and a row per candidate name with the passage around it.

The detector is domain.names_in_text; this gathers what it is told: the people the database
knows (officials, recorded roles, the tie's contact persons, people at its events, who made
changes) and the terms that are never a person (every tie's parties, the shipped reference
partnerships). Nothing is redacted: each row is for the officer to weigh.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..domain.names_in_text import FUNCTIONS, TITLES, find_names, passage
from ..domain.personal_data import Whose

if TYPE_CHECKING:
    from ..domain.ties import Tie
    from ..store import AssessmentStore

NAME_IN_TEXT = "name in free text"
_SPLIT = re.compile(r"[,;/\n]|\s+(?:en|and|&)\s+")
_CONTACT_NOISE = re.compile(r"\([^)]*\)|<[^>]*>|[\w.+-]+@[\w.-]+|\+?\d[\d \-]{6,}\d")


def people_named(texts: Iterable[str]) -> list[str]:
    """The names in lists of people as officers type them ("burgemeester Wang, Li Wei (tolk)"):
    split at commas, lines and "en", without functions, titles, brackets, e-mail and phone."""
    found: list[str] = []
    for text in texts:
        for part in _SPLIT.split(_CONTACT_NOISE.sub(" ", text or "")):
            words = part.split()
            while words and (words[0].lower() in FUNCTIONS or words[0].lower() in TITLES):
                words.pop(0)
            name = " ".join(words).strip(" .:-")
            if len(name) > 1 and any(c.isupper() for c in name) and name not in found:
                found.append(name)
    return found


def known_terms(store: AssessmentStore, tie: Tie) -> list[str]:
    """Places and parties: this tie's and every other tie's, and the reference partnerships'."""
    from ..domain.reference import load_reference
    from ..resources import reference_file

    parties = [(tie.dutch_party, tie.counterpart)]
    parties += [(t.dutch_party, t.counterpart) for t in store.list_ties()]
    parties += [(k.dutch_party, k.counterpart) for k in load_reference(reference_file())]
    terms: list[str] = []
    for dutch, counterpart in parties:
        bare = re.sub(r"^(Gemeente|Provincie)\s+", "", dutch)
        terms += [t for t in (dutch, bare, counterpart) if t and t not in terms]
    return terms


def with_names(rows: Sequence[list[str]], people: Sequence[str], terms: Sequence[str], officials: Sequence[str]) -> tuple[list[list[str]], int]:
    """``rows`` (document, location, whose, kind, text, officials_named) with two columns more
    (passage, found_by), and after each free-text row a row per candidate name in it."""
    out: list[list[str]] = []
    names = 0
    for row in rows:
        out.append([*row, "", ""])
        if row[3] != "free text":
            continue
        for hit in find_names(row[4], people, terms):
            whose = Whose.OFFICIAL if any(o and o in hit.text for o in officials) else Whose.THIRD_PARTY  # "dhr. J. de Vries"
            out.append([row[0], row[1], whose.value, NAME_IN_TEXT, hit.text, "", passage(row[4], hit), hit.kind])
            names += 1
    return out, names
