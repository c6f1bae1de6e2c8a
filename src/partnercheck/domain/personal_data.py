"""Which fields of an assessment may hold personal data, and whose (AVG).

One registry, so the privacy statement (docs/privacy.md), the exports and a later public or
Woo variant agree on what has to be treated with care. Two kinds of people appear:

- officials (the assessor, reviewer, approver, owners of actions): named because a decision
  has to show who prepared and who took it;
- third parties: the counterpart's contact persons and, in free text, diaspora members,
  human-rights organisations and critics the checklist asks the municipality to consult, who
  are at risk of transnational repression if the file leaks.

A field is marked by its path in the interchange file (``answers.*.note``); free text is
marked as *may hold* third-party data: PartnerCheck cannot know what an officer typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .assessment import Assessment


class Whose(StrEnum):
    OFFICIAL = "official"
    THIRD_PARTY = "third-party"


@dataclass(frozen=True, slots=True)
class PersonalField:
    path: str  # as in the interchange file; ``*`` stands for any question or action
    whose: Whose
    free_text: bool  # True: may hold names of anyone, typed by the officer
    purpose: str  # why it is kept, in Dutch (the privacy statement's language)


FIELDS: tuple[PersonalField, ...] = (
    PersonalField("assessor", Whose.OFFICIAL, False, "wie de beoordeling opstelde (verantwoording van het besluit)"),
    PersonalField("signoff.reviewed_by", Whose.OFFICIAL, False, "wie de beoordeling controleerde (vier-ogenprincipe)"),
    PersonalField("signoff.approved_by", Whose.OFFICIAL, False, "wie de beoordeling vaststelde (verantwoording van het besluit)"),
    PersonalField("actions.*.owner", Whose.OFFICIAL, False, "wie een maatregel uitvoert (opvolging)"),
    PersonalField("answers.*.note", Whose.THIRD_PARTY, True, "onderbouwing van een antwoord; kan contactpersonen en geraadpleegde derden noemen"),
    PersonalField("actions.*.text", Whose.THIRD_PARTY, True, "omschrijving van een maatregel; kan personen noemen"),
)

# Stored outside the assessment's own fields but about the same people (docs/privacy.md).
HISTORY_ACTOR = PersonalField("history.actor", Whose.OFFICIAL, False, "wie een wijziging maakte (gebruikersnaam van het besturingssysteem)")


@dataclass(frozen=True, slots=True)
class Found:
    """One filled field that holds, or may hold, personal data."""

    path: str  # with the question or action filled in: ``answers.1.2.note``, ``actions.0.owner``
    whose: Whose
    free_text: bool
    value: str


def personal_data_in(assessment: Assessment) -> list[Found]:
    """Every filled field of ``assessment`` the registry marks, in the interchange file's order."""
    by_path = {f.path: f for f in FIELDS}
    found: list[Found] = []

    def add(pattern: str, path: str, value: str | None) -> None:
        if value and value.strip():
            field = by_path[pattern]
            found.append(Found(path, field.whose, field.free_text, value))

    add("assessor", "assessor", assessment.assessor)
    for qid, answer in assessment.answers.items():
        add("answers.*.note", f"answers.{qid}.note", answer.note)
    for index, action in enumerate(assessment.actions):
        add("actions.*.text", f"actions.{index}.text", action.text)
        add("actions.*.owner", f"actions.{index}.owner", action.owner)
    add("signoff.reviewed_by", "signoff.reviewed_by", assessment.reviewed_by)
    add("signoff.approved_by", "signoff.approved_by", assessment.approved_by)
    return found


def officials_in(assessment: Assessment) -> list[str]:
    """The officials' names, each once, in the order they appear."""
    names: list[str] = []
    for item in personal_data_in(assessment):
        if item.whose is Whose.OFFICIAL and item.value.strip() not in names:
            names.append(item.value.strip())
    return names


def may_name_third_parties(assessment: Assessment) -> bool:
    """True when a free-text field is filled: it may name people outside the municipality."""
    return any(item.whose is Whose.THIRD_PARTY for item in personal_data_in(assessment))
