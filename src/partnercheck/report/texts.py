"""The report's own fixed texts, in Dutch and English.

Checklist content (themes, questions, guidance, recommendations) comes from the checklist
file; what is here is only the frame around it: labels, headings and the three advice
paragraphs for the overall level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.text import LANGUAGES

if TYPE_CHECKING:
    from ..domain.scoring import Score

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "kicker": "PartnerCheck · due diligence voor partnerschappen met China",
        "title": "Adviesrapport",
        "draft": "CONCEPT",
        "draft_note": (
            "Deze beoordeling is nog niet volledig: {answered} van {total} vragen beantwoord. "
            "Zolang er vragen open staan, is er geen oordeel (tenzij het risico al hoog is); "
            "het risiconiveau kan nog stijgen."
        ),
        "draft_note_unapproved": (
            "Deze beoordeling is volledig, maar nog niet vastgesteld. Laat haar toetsen en vaststellen voordat ze naar het bestuur gaat."
        ),
        "dutch_party": "Nederlandse partij",
        "counterpart": "Chinese partner",
        "status": "Status van de band",
        "status_since": "{status}, sinds {since}",
        "assessor": "Beoordelaar",
        "date": "Datum beoordeling",
        "checklist": "Checklist",
        "checklist_value": "{id}, versie {version}",
        "checklist_content_date": "(inhoud bijgewerkt tot {date})",
        "completeness": "Volledigheid",
        "completeness_value": "{answered} van {total} vragen beantwoord ({pct}%)",
        "approved": "Vastgesteld",
        "approved_value": "door {by} op {on}",
        "reference": "Kenmerk",
        "not_recorded": "niet ingevuld",
        "overall": "Totaal risiconiveau",
        "verdict": "Oordeel",
        "provisional": "voorlopig {level}, kan nog stijgen",
        "provisional_short": "voorlopig {level}",
        "count_provisional": "{n} onvolledig",
        "count_not_started": "{n} niet begonnen",
        "not_started": "niet begonnen",
        "cover_unknown": "‘weet niet’: {n}",
        "open_points_title": "Open punten",
        "open_points_intro": "{counts} Zoek de open punten uit en werk de beoordeling bij.",
        "open_points_red_first": "Vragen die een rode vlag kunnen opleveren staan bovenaan.",
        "open_points_count": "{n} open punten: {parts}.",
        "open_points_unanswered": "{n} onbeantwoorde vragen",
        "open_points_unanswered_one": "1 onbeantwoorde vraag",
        "open_points_dont_know": "{n} vragen met ‘weet niet’",
        "open_points_dont_know_one": "1 vraag met ‘weet niet’",
        "open_points_unsupported": "{n} risicovolle antwoorden zonder vastgelegde onderbouwing",
        "open_points_unsupported_one": "1 risicovol antwoord zonder vastgelegde onderbouwing",
        "open_points_unsupported_note": (
            "Een risicovol antwoord zonder vastgelegde onderbouwing telt wel mee in het oordeel. Het blijft een open punt "
            "zolang niet is vastgelegd waarop het rust: een document, een gesprek of een openbare bron."
        ),
        "and": "en",
        "unsupported": "niet onderbouwd",
        "basis": "Onderbouwing",
        "evidence_title": "Bijlage: Onderbouwing",
        "evidence_intro": (
            "Per beantwoorde vraag waar het antwoord op rust en welke stukken zijn bijgevoegd (naam, datum en de eerste "
            "12 tekens van de SHA-256-hash, waarmee een ontvanger van het reviewpakket elk stuk kan controleren)."
        ),
        "evidence_files": "Stukken",
        "evidence_none": "geen",
        "unsupported_title": "Niet onderbouwd",
        "unsupported_intro": "Deze {n} risicovolle antwoorden of rode vlaggen rusten op een aanname of op niets. Ze tellen als open punt.",
        "unsupported_none": "Elk risicovol antwoord en elke rode vlag is onderbouwd met een document, een gesprek of een openbare bron.",
        "open_state": "Stand",
        "dont_know": "weet niet",
        "open_red_flag": "mogelijke rode vlag",
        "cover_flags": "Rode vlaggen: {flags}",
        "cover_counts": "thema's per niveau: {counts}",
        "summary_title": "Samenvatting en advies",
        "advice_title": "Advies",
        "red_flags_title": "Rode vlaggen",
        "red_flag": "RODE VLAG",
        "question": "Vraag",
        "answer": "Antwoord",
        "measures_title": "Belangrijkste maatregelen",
        "measures_none": "Er zijn geen maatregelen aanbevolen.",
        "measures_more_one": "Nog 1 maatregel staat bij het thema {themes} in „Bevindingen per thema”.",
        "measures_more": "Nog {n} maatregelen staan bij de thema's in „Bevindingen per thema”: {themes}.",
        "chart_title": "Risico per thema",
        "chart_caption": (
            "Elk thema krijgt het niveau laag, middel of hoog. Een rode vlag maakt het thema "
            "hoog, en daarmee het totaal. Het totaal is het hoogste niveau van alle thema's, en ook "
            "hoog als de helft of meer van de thema's middel of hoog is. Rechts staat hoeveel vragen "
            "van het thema zijn beantwoord."
        ),
        "findings_title": "Bevindingen per thema",
        "theme_status": "{answered} van {total} vragen beantwoord",
        "not_answered": "niet beantwoord",
        "note": "Notitie",
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
        "changes_note_only": "(alleen de notitie)",
        "actions_title": "Actieplan",
        "action_text": "Maatregel",
        "action_owner": "Actiehouder",
        "action_due": "Uiterlijk",
        "action_status": "Status",
        "actions_none": "Er zijn nog geen acties vastgelegd.",
        "action_internal": "intern",
        "sources_title": "Bronnen",
        "sources_none": "De checklist noemt geen bronnen.",
        "signoff_title": "Ondertekening",
        "prepared_by": "Opgesteld door",
        "reviewed_by": "Getoetst door",
        "approved_by": "Vastgesteld door",
        "review_title": "Toetsing per thema",
        "review_intro": "Per thema wat de toetser ervan zei.",
        "review_theme": "Thema",
        "review_verdict": "Toetsing",
        "review_text": "Opmerking",
        "review_by": "Toetser",
        "name": "Naam",
        "date_short": "Datum",
        "signature": "Handtekening",
        "names_in_full": "Voluit",
        "footer_page": "Pagina {page} van ",
        "footer_assessment": "Beoordeling {id}",
        "footer_unsaved": "Beoordeling (niet opgeslagen)",
        "footer_checklist": "checklist {version}",
        "footer_hash": "kenmerk {hash}",
        "subject": "Due diligence van de band tussen {dutch} en {counterpart} (checklist {id} {version})",
        "header": "Adviesrapport {dutch} – {counterpart}",
        "attention": "Let op",
        # In place of user text the shipped fonts cannot draw (emoji, Korean, most Indic scripts).
        "unshowable": "[teken niet weer te geven]",
        "shortened": "[tekst ingekort: {n} tekens weggelaten]",
    },
    "en": {
        "kicker": "PartnerCheck · due diligence for partnerships with China",
        "title": "Advice report",
        "draft": "DRAFT",
        "draft_note": (
            "This assessment is not complete yet: {answered} of {total} questions answered. "
            "While questions are open there is no verdict (unless the risk is already high); "
            "the risk level may still rise."
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
        "checklist_content_date": "(content reviewed up to {date})",
        "completeness": "Completeness",
        "completeness_value": "{answered} of {total} questions answered ({pct}%)",
        "approved": "Approved",
        "approved_value": "by {by} on {on}",
        "reference": "Reference",
        "not_recorded": "not recorded",
        "overall": "Overall risk level",
        "verdict": "Verdict",
        "provisional": "provisionally {level}, may still rise",
        "provisional_short": "provisionally {level}",
        "count_provisional": "{n} incomplete",
        "count_not_started": "{n} not started",
        "not_started": "not started",
        "cover_unknown": "“don't know”: {n}",
        "open_points_title": "Open points",
        "open_points_intro": "{counts} Settle the open points and update the assessment.",
        "open_points_red_first": "Questions that can raise a red flag come first.",
        "open_points_count": "{n} open points: {parts}.",
        "open_points_unanswered": "{n} unanswered questions",
        "open_points_unanswered_one": "1 unanswered question",
        "open_points_dont_know": "{n} questions answered “don't know”",
        "open_points_dont_know_one": "1 question answered “don't know”",
        "open_points_unsupported": "{n} risky answers with no recorded basis",
        "open_points_unsupported_one": "1 risky answer with no recorded basis",
        "open_points_unsupported_note": (
            "A risky answer with no recorded basis does count towards the verdict. It stays an open point as long as what "
            "it rests on is not recorded: a document, a conversation or a public source."
        ),
        "and": "and",
        "unsupported": "unsupported",
        "basis": "Basis",
        "evidence_title": "Annex: Evidence",
        "evidence_intro": (
            "For each answered question what the answer rests on and which documents are attached (name, date and the "
            "first 12 characters of the SHA-256 hash, with which a recipient of the review package can check each one)."
        ),
        "evidence_files": "Documents",
        "evidence_none": "none",
        "unsupported_title": "Unsupported",
        "unsupported_intro": "These {n} risky answers or red flags rest on an assumption or on nothing. They count as open points.",
        "unsupported_none": "Every risky answer and every red flag rests on a document, a conversation or a public source.",
        "open_state": "State",
        "dont_know": "don't know",
        "open_red_flag": "possible red flag",
        "cover_flags": "Red flags: {flags}",
        "cover_counts": "themes by level: {counts}",
        "summary_title": "Summary and advice",
        "advice_title": "Advice",
        "red_flags_title": "Red flags",
        "red_flag": "RED FLAG",
        "question": "Question",
        "answer": "Answer",
        "measures_title": "Key measures",
        "measures_none": "No measures are recommended.",
        "measures_more_one": "1 more measure is listed under “Findings per theme”, with the theme {themes}.",
        "measures_more": "{n} more measures are listed with their themes under “Findings per theme”: {themes}.",
        "chart_title": "Risk per theme",
        "chart_caption": (
            "Each theme gets the level low, medium or high. A red flag makes its theme high, and "
            "with it the overall level. The overall level is the highest level of all themes, and "
            "high as well when half or more of the themes are medium or high. On the right: how many "
            "of the theme's questions have been answered."
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
        "action_internal": "internal",
        "sources_title": "Sources",
        "sources_none": "The checklist lists no sources.",
        "signoff_title": "Sign-off",
        "prepared_by": "Prepared by",
        "reviewed_by": "Reviewed by",
        "approved_by": "Approved by",
        "review_title": "Review per theme",
        "review_intro": "What the reviewer said of each theme.",
        "review_theme": "Theme",
        "review_verdict": "Review",
        "review_text": "Comment",
        "review_by": "Reviewer",
        "name": "Name",
        "date_short": "Date",
        "signature": "Signature",
        "names_in_full": "In full",
        "footer_page": "Page {page} of ",
        "footer_assessment": "Assessment {id}",
        "footer_unsaved": "Assessment (not saved)",
        "footer_checklist": "checklist {version}",
        "footer_hash": "ref. {hash}",
        "subject": "Due diligence of the tie between {dutch} and {counterpart} (checklist {id} {version})",
        "header": "Advice report {dutch} – {counterpart}",
        "attention": "Note",
        "unshowable": "[character cannot be shown]",
        "shortened": "[text shortened: {n} characters left out]",
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
        "ok": "akkoord",
        "change": "aanpassen",
        "document": "document",
        "conversation": "gesprek",
        "public-source": "openbare bron",
        "assumption": "aanname",
        "not-recorded": "niet vastgelegd",
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
        "ok": "agreed",
        "change": "change",
        "document": "document",
        "conversation": "conversation",
        "public-source": "public source",
        "assumption": "assumption",
        "not-recorded": "not recorded",
    },
}


def check_language(lang: str) -> None:
    if lang not in LABELS:
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(LANGUAGES)}")


def label(lang: str, key: str, **values: object) -> str:
    text = LABELS[lang][key]
    return text.format(**values) if values else text


def completeness(lang: str, result: Score) -> str:
    """How many questions are answered, and how many of those with "don't know": 59 of 59
    answered reads as done, while 25 "don't know" answers say how much is not known."""
    values = {"answered": result.answered, "total": result.total, "pct": round(100 * result.completeness)}
    if result.unknown_count:
        return label(lang, "completeness_unknown", unknown=result.unknown_count, **values)
    return label(lang, "completeness_value", **values)


def word(lang: str, code: str) -> str:
    """The word for an enum value (kind, status, action status) as the report prints it."""
    return ENUM_WORDS[lang].get(code, code)


def _merge_audience_labels() -> None:
    from .texts_audiences import AUDIENCE_LABELS

    for lang, labels in AUDIENCE_LABELS.items():
        LABELS[lang].update(labels)


_merge_audience_labels()
