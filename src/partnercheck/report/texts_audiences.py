"""The report's texts for its audiences: the mayor's summary, the public version and the Word
draft (merged into ``texts.LABELS``; kept apart so that file stays readable)."""

from __future__ import annotations

AUDIENCE_LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "brief_kicker": "PartnerCheck · samenvatting voor het bestuur",
        "brief_title": "Samenvatting voor het bestuur",
        "header_summary": "Samenvatting {dutch} – {counterpart}",
        "tie": "Band",
        "why_title": "Waarom dit oordeel",
        "open_red_flags_title": "Open vragen die een rode vlag kunnen opleveren",
        "high_themes_title": "Thema's met een hoog risico, en de antwoorden daarachter",
        "high_by_red_flag": "hoog door de rode vlag hierboven",
        "measure_owner": "actiehouder: {owner}",
        "measure_no_owner": "nog geen actiehouder",
        "measure_due": "uiterlijk {due}",
        "measure_no_action": "nog niet in het actieplan",
        "open_points_first": "De belangrijkste:",
        "open_points_besides": "Naast de vragen hierboven onder „{title}” zijn dit de belangrijkste:",
        "open_points_all_above": "Zie hierboven onder „{title}”.",
        "open_points_besides_full": "De vragen onder „{title}” hierboven staan niet nog eens in deze lijst.",
        "completeness_unknown": "{answered} van {total} vragen beantwoord ({pct}%), waarvan {unknown} met ‘weet niet’",
        "measures_not_yet": (
            "Nog geen maatregelen: de beoordeling is niet af, dus hieruit volgt nog niet wat nodig is. Beantwoord eerst de open punten hieronder."
        ),
        "brief_more": "… en nog {n}.",
        "measures_elsewhere_one": "Nog 1 maatregel staat in het volledige adviesrapport, bij het thema {themes}.",
        "measures_elsewhere": "Nog {n} maatregelen staan in het volledige adviesrapport, per thema: {themes}.",
        "changes_first": "Dit is de eerste beoordeling van deze band.",
        "public_mark": "OPENBARE VERSIE",
        "public_note": (
            "Openbare versie. Interne notities, interne acties en de opmerkingen van de toetser zijn weggelaten; namen van "
            "ambtenaren zijn vervangen door hun functie."
        ),
        "word_draft_note": "Concept uit PartnerCheck, kenmerk {hash}: pas het aan in het sjabloon van de eigen organisatie.",
        "variant_full": "volledig",
        "variant_summary": "samenvatting",
        "variant_public": "openbaar",
    },
    "en": {
        "brief_kicker": "PartnerCheck · summary for the board",
        "brief_title": "Summary for the board",
        "header_summary": "Summary {dutch} – {counterpart}",
        "tie": "Tie",
        "why_title": "Why this verdict",
        "open_red_flags_title": "Open questions that can raise a red flag",
        "high_themes_title": "Themes with a high risk, and the answers behind them",
        "high_by_red_flag": "high because of the red flag above",
        "measure_owner": "owner: {owner}",
        "measure_no_owner": "no owner yet",
        "measure_due": "due {due}",
        "measure_no_action": "not in the action plan yet",
        "open_points_first": "The most important:",
        "open_points_besides": "Besides the questions above under “{title}”, the most important are:",
        "open_points_all_above": "See above under “{title}”.",
        "open_points_besides_full": "The questions under “{title}” above are not repeated in this list.",
        "completeness_unknown": "{answered} of {total} questions answered ({pct}%), {unknown} of them “don't know”",
        "measures_not_yet": (
            "No measures yet: the assessment is not finished, so it does not yet show what is needed. Answer the open points below first."
        ),
        "brief_more": "… and {n} more.",
        "measures_elsewhere_one": "1 more measure is listed in the full advice report, under the theme {themes}.",
        "measures_elsewhere": "{n} more measures are listed in the full advice report, by theme: {themes}.",
        "changes_first": "This is the first assessment of this tie.",
        "public_mark": "PUBLIC VERSION",
        "public_note": (
            "Public version. Internal notes, internal actions and the reviewer's comments are left out; names of officials "
            "are replaced by their role."
        ),
        "word_draft_note": "Draft from PartnerCheck, reference {hash}: adapt it in your organisation's own template.",
        "variant_full": "full",
        "variant_summary": "summary",
        "variant_public": "public",
    },
}
