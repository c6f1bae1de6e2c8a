"""The register's Datasette ``metadata.json``: title, licence, source, every table and column
described in Dutch and English, and the canned queries a reader starts from.

Written for Datasette 0.65 (pinned below 1.0, which moves canned queries out of the metadata).
"""

from __future__ import annotations

from typing import Any

LICENCES = {
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
}

TIES_COLUMNS = {
    "id": "Nummer van de band in PartnerCheck (gelijk bij elke publicatie) / Number of the tie in PartnerCheck (the same every time)",
    "dutch_party": "Nederlandse partij (gemeente of provincie) / Dutch party (municipality or province)",
    "dutch_party_kind": "Soort Nederlandse partij: municipality (gemeente) of province (provincie) / Kind of Dutch party",
    "counterpart": "Chinese partner / Chinese counterpart",
    "counterpart_kind": "Soort Chinese partner: city (stad), province (provincie) of district / Kind of Chinese counterpart",
    "status": "Stand van de band: proposed (voorgesteld), active (actief), dormant (slapend), ended (beëindigd) / Status of the tie",
    "since": "Jaar waarin de band begon / Year the tie began",
    "ended": "Jaar waarin de band eindigde; leeg als hij nog loopt / Year the tie ended; empty while it lasts",
    "verdict": (
        "Oordeel van de beoordeling: low (laag), medium (middel), high (hoog), incomplete (onvolledig) / "
        "Verdict of the assessment: low, medium, high, incomplete"
    ),
    "assessment_date": "Datum van de vastgestelde beoordeling / Date of the approved assessment",
    "checklist_version": "Checklist en versie waarmee is beoordeeld / Checklist and version used",
    "reference": "Kenmerk van de beoordeling (staat op elke pagina van het rapport) / Reference of the assessment (on every page of the report)",
    "publication_date": "Datum van het besluit tot openbaarmaking / Date of the decision to publish",
    "summary_nl": "Samenvatting van het advies in het Nederlands / Summary of the advice in Dutch",
    "summary_en": "Samenvatting van het advies in het Engels / Summary of the advice in English",
}
THEME_COLUMNS = {
    "tie_id": "De band (ties.id) / The tie (ties.id)",
    "position": "Volgorde van het thema in de checklist / Order of the theme in the checklist",
    "theme_id": "Code van het thema / Code of the theme",
    "theme_nl": "Thema (Nederlands) / Theme (Dutch)",
    "theme_en": "Thema (Engels) / Theme (English)",
    "level": "Risiconiveau van het thema: low, medium, high / Risk level of the theme",
}


TITLE = "Register van banden met Chinese overheden / Register of ties with Chinese governments"


def metadata(database: str, licence: str, parties: list[str]) -> dict[str, Any]:
    source = "PartnerCheck" + (f" ({', '.join(parties)})" if parties else "")
    return {
        "title": TITLE,
        "description": (
            "Banden van Nederlandse gemeenten en provincies met Chinese steden en provincies, met het oordeel van hun laatste "
            "vastgestelde due-diligencebeoordeling, voor zover tot openbaarmaking besloten (Woo art. 5.1 lid 2 onder a gewogen). "
            "Ties of Dutch municipalities and provinces with Chinese cities and provinces, with the verdict of their latest "
            "approved due-diligence assessment, where publication was decided (Woo art. 5.1(2)(a) weighed)."
        ),
        "license": licence,
        "license_url": LICENCES.get(licence, ""),
        "source": source,
        "databases": {
            database: {
                "tables": {
                    "ties": {
                        "title": "Banden / Ties",
                        "description": (
                            "Eén rij per band: de laatste vastgestelde beoordeling die voor publicatie is goedgekeurd / "
                            "One row per tie: its latest final assessment approved for publication"
                        ),
                        "columns": TIES_COLUMNS,
                    },
                    "theme_levels": {
                        "title": "Risico per thema / Risk per theme",
                        "description": "Het risiconiveau per thema van elke band / The risk level per theme of every tie",
                        "columns": THEME_COLUMNS,
                    },
                },
                "queries": {
                    "ties_by_province": {
                        "title": "Banden van en met provincies / Ties by province",
                        "description": (
                            "Banden waarbij een Nederlandse of Chinese provincie partij is, per partij / "
                            "Ties in which a Dutch or Chinese province is a party, by party"
                        ),
                        "sql": (
                            "SELECT dutch_party, counterpart, counterpart_kind, status, verdict, assessment_date FROM ties "
                            "WHERE dutch_party_kind = 'province' OR counterpart_kind = 'province' ORDER BY dutch_party, counterpart"
                        ),
                    },
                    "ties_with_high_verdict": {
                        "title": "Banden met een hoog oordeel / Ties with a high verdict",
                        "description": "Banden waarvan de laatste beoordeling een hoog risico geeft / Ties whose latest assessment gives a high risk",
                        "sql": (
                            "SELECT dutch_party, counterpart, status, since, assessment_date, summary_nl FROM ties "
                            "WHERE verdict = 'high' ORDER BY dutch_party"
                        ),
                    },
                },
            }
        },
    }
