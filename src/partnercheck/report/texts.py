"""The report's own fixed texts, in Dutch and English.

Checklist content (themes, questions, guidance, recommendations) comes from the checklist
file; what is here is only the frame around it: labels, headings and the three advice
paragraphs for the overall level.
"""

from __future__ import annotations

import datetime as _dt

from ..domain.levels import Level
from ..domain.text import LANGUAGES

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "kicker": "PartnerCheck · due diligence voor partnerschappen met China",
        "title": "Adviesrapport",
        "draft": "CONCEPT",
        "draft_note": (
            "Deze beoordeling is nog niet volledig: {answered} van {total} vragen beantwoord. "
            "Onbeantwoorde vragen tellen niet mee, dus het risiconiveau kan nog stijgen."
        ),
        "draft_note_unapproved": (
            "Deze beoordeling is volledig, maar nog niet vastgesteld. Laat haar beoordelen en vaststellen voordat zij naar het bestuur gaat."
        ),
        "dutch_party": "Nederlandse partij",
        "counterpart": "Chinese partner",
        "status": "Status van de band",
        "status_since": "{status}, sinds {since}",
        "assessor": "Beoordelaar",
        "date": "Datum beoordeling",
        "checklist": "Checklist",
        "checklist_value": "{id}, versie {version}",
        "completeness": "Volledigheid",
        "completeness_value": "{answered} van {total} vragen beantwoord ({pct}%)",
        "approved": "Vastgesteld",
        "approved_value": "door {by} op {on}",
        "reference": "Kenmerk",
        "not_recorded": "niet ingevuld",
        "overall": "Totaal risiconiveau",
        "cover_counts": "Rode vlaggen: {flags}  ·  thema's per niveau: {counts}",
        "summary_title": "Samenvatting en advies",
        "advice_title": "Advies",
        "red_flags_title": "Rode vlaggen",
        "red_flags_none": "Er is geen antwoord gegeven dat een rode vlag is.",
        "red_flag": "RODE VLAG",
        "question": "Vraag",
        "answer": "Antwoord",
        "measures_title": "Belangrijkste maatregelen",
        "measures_none": "Er zijn geen maatregelen aanbevolen.",
        "measures_more_one": "Nog 1 maatregel staat bij het thema in „Bevindingen per thema”.",
        "measures_more": "Nog {n} maatregelen staan bij de thema's in „Bevindingen per thema”.",
        "chart_title": "Risico per thema",
        "chart_caption": (
            "Elk thema krijgt het niveau laag, middel of hoog. Een rode vlag maakt het thema "
            "hoog, en daarmee het totaal; het totaal is het hoogste niveau van alle thema's. "
            "Rechts staat hoeveel vragen van het thema zijn beantwoord."
        ),
        "findings_title": "Bevindingen per thema",
        "theme_status": "{answered} van {total} vragen beantwoord",
        "not_answered": "niet beantwoord",
        "note": "Toelichting",
        "guidance": "Waarom dit telt",
        "sources_short": "Bronnen",
        "theme_measures": "Aanbevolen maatregelen",
        "theme_measures_none": "Dit thema leidt niet tot aanbevolen maatregelen.",
        "changes_title": "Wijzigingen sinds de vorige beoordeling",
        "changes_intro": "Vergeleken met beoordeling {id} (versie {revision}, {date}). {n} antwoorden zijn anders.",
        "changes_none": "Geen antwoorden of niveaus zijn veranderd sinds beoordeling {id} (versie {revision}, {date}).",
        "changes_levels": "Veranderde risiconiveaus",
        "changes_answers": "Veranderde antwoorden",
        "changes_overall": "Totaal",
        "changes_theme": "Thema",
        "changes_before": "Was",
        "changes_after": "Nu",
        "changes_question": "Vraag",
        "changes_note_only": "(alleen de toelichting)",
        "actions_title": "Actieplan",
        "action_text": "Maatregel",
        "action_owner": "Eigenaar",
        "action_due": "Uiterlijk",
        "action_status": "Status",
        "actions_none": "Er zijn nog geen acties vastgelegd.",
        "sources_title": "Bronnen",
        "sources_none": "De checklist noemt geen bronnen.",
        "signoff_title": "Ondertekening",
        "prepared_by": "Opgesteld door",
        "reviewed_by": "Beoordeeld door",
        "approved_by": "Vastgesteld door",
        "name": "Naam",
        "date_short": "Datum",
        "signature": "Handtekening",
        "footer_page": "Pagina {page} van ",
        "footer_assessment": "Beoordeling {id}",
        "footer_unsaved": "Beoordeling (niet opgeslagen)",
        "footer_checklist": "checklist {version}",
        "footer_hash": "kenmerk {hash}",
        "subject": "Due diligence van de band tussen {dutch} en {counterpart} (checklist {id} {version})",
        "header": "Adviesrapport {dutch} – {counterpart}",
        "attention": "Let op",
    },
    "en": {
        "kicker": "PartnerCheck · due diligence for partnerships with China",
        "title": "Advice report",
        "draft": "DRAFT",
        "draft_note": (
            "This assessment is not complete yet: {answered} of {total} questions answered. "
            "Unanswered questions do not count, so the risk level may still rise."
        ),
        "draft_note_unapproved": (
            "This assessment is complete but has not been approved yet. Have it reviewed and approved before it goes to the board."
        ),
        "dutch_party": "Dutch party",
        "counterpart": "Chinese counterpart",
        "status": "Status of the tie",
        "status_since": "{status}, since {since}",
        "assessor": "Assessor",
        "date": "Date of assessment",
        "checklist": "Checklist",
        "checklist_value": "{id}, version {version}",
        "completeness": "Completeness",
        "completeness_value": "{answered} of {total} questions answered ({pct}%)",
        "approved": "Approved",
        "approved_value": "by {by} on {on}",
        "reference": "Reference",
        "not_recorded": "not recorded",
        "overall": "Overall risk level",
        "cover_counts": "Red flags: {flags}  ·  themes by level: {counts}",
        "summary_title": "Summary and advice",
        "advice_title": "Advice",
        "red_flags_title": "Red flags",
        "red_flags_none": "No answer given is a red flag.",
        "red_flag": "RED FLAG",
        "question": "Question",
        "answer": "Answer",
        "measures_title": "Key measures",
        "measures_none": "No measures are recommended.",
        "measures_more_one": "1 more measure is listed with its theme under “Findings per theme”.",
        "measures_more": "{n} more measures are listed with their themes under “Findings per theme”.",
        "chart_title": "Risk per theme",
        "chart_caption": (
            "Each theme gets the level low, medium or high. A red flag makes its theme high, and "
            "with it the overall level; the overall level is the highest level of all themes. "
            "On the right: how many of the theme's questions have been answered."
        ),
        "findings_title": "Findings per theme",
        "theme_status": "{answered} of {total} questions answered",
        "not_answered": "not answered",
        "note": "Note",
        "guidance": "Why this matters",
        "sources_short": "Sources",
        "theme_measures": "Recommended measures",
        "theme_measures_none": "This theme leads to no recommended measures.",
        "changes_title": "Changes since the previous assessment",
        "changes_intro": "Compared with assessment {id} (revision {revision}, {date}). {n} answers differ.",
        "changes_none": "No answers or levels have changed since assessment {id} (revision {revision}, {date}).",
        "changes_levels": "Changed risk levels",
        "changes_answers": "Changed answers",
        "changes_overall": "Overall",
        "changes_theme": "Theme",
        "changes_before": "Was",
        "changes_after": "Now",
        "changes_question": "Question",
        "changes_note_only": "(note only)",
        "actions_title": "Action plan",
        "action_text": "Measure",
        "action_owner": "Owner",
        "action_due": "Due",
        "action_status": "Status",
        "actions_none": "No actions have been recorded yet.",
        "sources_title": "Sources",
        "sources_none": "The checklist lists no sources.",
        "signoff_title": "Sign-off",
        "prepared_by": "Prepared by",
        "reviewed_by": "Reviewed by",
        "approved_by": "Approved by",
        "name": "Name",
        "date_short": "Date",
        "signature": "Signature",
        "footer_page": "Page {page} of ",
        "footer_assessment": "Assessment {id}",
        "footer_unsaved": "Assessment (not saved)",
        "footer_checklist": "checklist {version}",
        "footer_hash": "ref. {hash}",
        "subject": "Due diligence of the tie between {dutch} and {counterpart} (checklist {id} {version})",
        "header": "Advice report {dutch} – {counterpart}",
        "attention": "Note",
    },
}

ENUM_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "municipality": "gemeente",
        "province": "provincie",
        "city": "stad",
        "district": "district",
        "proposed": "voorgesteld",
        "active": "actief",
        "dormant": "slapend",
        "ended": "beëindigd",
        "open": "open",
        "in-progress": "in uitvoering",
        "done": "afgerond",
        "dropped": "vervallen",
    },
    "en": {
        "municipality": "municipality",
        "province": "province",
        "city": "city",
        "district": "district",
        "proposed": "proposed",
        "active": "active",
        "dormant": "dormant",
        "ended": "ended",
        "open": "open",
        "in-progress": "in progress",
        "done": "done",
        "dropped": "dropped",
    },
}

# Who decides: the executive of the Dutch party, by its kind.
BOARD = {
    "nl": {"municipality": "het college van burgemeester en wethouders", "province": "Gedeputeerde Staten"},
    "en": {
        "municipality": "the municipal executive (college van burgemeester en wethouders)",
        "province": "the provincial executive (Gedeputeerde Staten)",
    },
}

ADVICE: dict[str, dict[Level, str]] = {
    "nl": {
        Level.LOW: (
            "Het risico is laag. De beoordeling laat geen rode vlaggen en geen thema's met een "
            "verhoogd risico zien. De band kan onder de gebruikelijke voorwaarden worden aangegaan "
            "of voortgezet. Blijf wel alert: leg contacten, bezoeken en giften vast, en herhaal deze "
            "beoordeling bij een nieuwe overeenkomst, een andere partner of nieuwe signalen."
        ),
        Level.MEDIUM: (
            "Het risico is middel. De band kan worden aangegaan of voortgezet, maar alleen met de "
            "maatregelen uit dit rapport. Geef elke maatregel in het actieplan een eigenaar en een "
            "datum, stem de aanpak af met het Informatie- en Contactpunt (ICP) China van RVO, en laat "
            "{board} besluiten met dit rapport erbij. Herhaal de beoordeling zodra de afspraken of de "
            "partner veranderen."
        ),
        Level.HIGH: (
            "Het risico is hoog. Ga de band niet aan en zet hem niet voort zonder maatregelen. Leg "
            "de rode vlaggen en de hoog beoordeelde thema's voor aan {board} voordat er iets wordt "
            "getekend, bezocht of toegezegd. Raadpleeg het Informatie- en Contactpunt (ICP) China van "
            "RVO en het ministerie van Buitenlandse Zaken. Zijn de maatregelen niet haalbaar, overweeg "
            "dan de band op te schorten of te beëindigen, in overleg met Buitenlandse Zaken."
        ),
    },
    "en": {
        Level.LOW: (
            "The risk is low. The assessment shows no red flags and no theme with raised risk. "
            "The tie can be entered into or continued on the usual terms. Stay alert all the same: "
            "record contacts, visits and gifts, and repeat this assessment for a new agreement, a "
            "different counterpart or new signals."
        ),
        Level.MEDIUM: (
            "The risk is medium. The tie can be entered into or continued, but only with the "
            "measures in this report. Give every measure an owner and a date in the action plan, "
            "agree the approach with RVO's Information and Contact Point (ICP) China, and let "
            "{board} decide with this report at hand. Repeat the assessment as soon as the "
            "agreements or the counterpart change."
        ),
        Level.HIGH: (
            "The risk is high. Do not enter into or continue the tie without measures. Put the red "
            "flags and the high-risk themes before {board} before anything is signed, visited or "
            "promised. Consult RVO's Information and Contact Point (ICP) China and the Ministry of "
            "Foreign Affairs. If the measures are not feasible, consider suspending or ending the "
            "tie, in consultation with Foreign Affairs."
        ),
    },
}

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}


def check_language(lang: str) -> None:
    if lang not in LABELS:
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(LANGUAGES)}")


def label(lang: str, key: str, **values: object) -> str:
    text = LABELS[lang][key]
    return text.format(**values) if values else text


def word(lang: str, code: str) -> str:
    """The word for an enum value (kind, status, action status) as the report prints it."""
    return ENUM_WORDS[lang].get(code, code)


def long_date(value: _dt.date, lang: str) -> str:
    """``22 november 2026`` / ``22 November 2026``: no locale lookup, same on every machine."""
    return f"{value.day} {_MONTHS[lang][value.month - 1]} {value.year}"


def short_date(value: _dt.date, lang: str) -> str:
    return f"{value:%d-%m-%Y}" if lang == "nl" else value.isoformat()
