"""The advice that goes with a verdict, worded for the tie as it stands.

One place decides what the mayor and council read as the conclusion, for the report and the
window alike: which verdict, which stage of the tie (proposed, active, dormant, ended), who
decides (the council for entering or ending a tie, the executive for carrying out measures),
and whether the verdict rests mainly on missing information. The wording names the bodies as
a municipality or a province calls them; the readers are the executive and its officers, so
the advice tells them what to put before the council, not what the executive should do to
itself.
"""

from __future__ import annotations

from .assessment import DutchPartyKind, Partnership, PartnershipStatus
from .levels import Level, Verdict, level_label
from .scoring import Score

# The council decides to enter or end a tie; the executive carries out measures.
COUNCIL = {
    "nl": {DutchPartyKind.MUNICIPALITY: "de gemeenteraad", DutchPartyKind.PROVINCE: "Provinciale Staten"},
    "en": {
        DutchPartyKind.MUNICIPALITY: "the municipal council (gemeenteraad)",
        DutchPartyKind.PROVINCE: "the Provincial Council (Provinciale Staten)",
    },
}
EXECUTIVE = {
    "nl": {DutchPartyKind.MUNICIPALITY: "het college van burgemeester en wethouders", DutchPartyKind.PROVINCE: "Gedeputeerde Staten"},
    "en": {
        DutchPartyKind.MUNICIPALITY: "the municipal executive (college van burgemeester en wethouders)",
        DutchPartyKind.PROVINCE: "the provincial executive (Gedeputeerde Staten)",
    },
}

_P, _A, _D, _E = PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE, PartnershipStatus.DORMANT, PartnershipStatus.ENDED

# The main paragraph, by verdict level and stage of the tie. {council} and {executive} are
# filled in; "ICP China" is RVO's Information and Contact Point China.
_MAIN: dict[str, dict[tuple[Level, PartnershipStatus], str]] = {
    "nl": {
        (Level.HIGH, _P): (
            "Het risico is hoog. Ga de band niet aan zolang de rode vlaggen en de hoog beoordeelde thema's niet zijn "
            "opgelost. Leg dit rapport aan {council} voor voordat er iets wordt getekend, bezocht of toegezegd, en "
            "raadpleeg vooraf het Informatie- en Contactpunt (ICP) China van RVO en het ministerie van Buitenlandse Zaken."
        ),
        (Level.HIGH, _A): (
            "Het risico is hoog. Zet de band niet ongewijzigd voort. Neem de maatregelen hieronder en leg {council} "
            "de keuze voor: de bestaande afspraken aanpassen of de band beëindigen. Vraag bij bezwaarlijke bepalingen "
            "schriftelijk om schrapping; beëindig de band als de partner weigert. Doe dat in overleg met het ministerie "
            "van Buitenlandse Zaken en het Informatie- en Contactpunt (ICP) China van RVO."
        ),
        (Level.HIGH, _D): (
            "De band is slapend en het risico is hoog. Neem eerst het besluit om de band te beëindigen of nieuw leven "
            "in te blazen, en leg die keuze met dit rapport aan {council} voor: ook een slapende band kan van Chinese "
            "zijde weer worden gebruikt, voor een foto, een gift of een verklaring. Wie de band wil voortzetten, neemt "
            "eerst de maatregelen hieronder; wie hem beëindigt, doet dat in overleg met het ministerie van Buitenlandse Zaken."
        ),
        (Level.HIGH, _E): (
            "De band is beëindigd; de beoordeling laat een hoog risico zien. Ga na of er nog afspraken, contacten of "
            "activiteiten lopen die moeten worden afgerond, leg vast hoe de organisatie omgaat met nieuwe uitnodigingen "
            "of verzoeken van de voormalige partner, en informeer {council}."
        ),
        (Level.MEDIUM, _P): (
            "Het risico is middel. De band kan worden aangegaan, maar pas nadat de maatregelen uit dit rapport zijn "
            "geregeld. Geef elke maatregel een actiehouder en een datum, stem de aanpak af met het Informatie- en "
            "Contactpunt (ICP) China van RVO, en laat {council} besluiten met dit rapport erbij."
        ),
        (Level.MEDIUM, _A): (
            "Het risico is middel. De band kan worden voortgezet met de maatregelen uit dit rapport. Geef elke "
            "maatregel een actiehouder en een datum, stem de aanpak af met het Informatie- en Contactpunt (ICP) China "
            "van RVO, en informeer {council}. Herhaal de beoordeling bij een nieuwe overeenkomst of een andere partner."
        ),
        (Level.MEDIUM, _D): (
            "De band is slapend en het risico is middel. Neem het besluit om de band te beëindigen of nieuw leven in te "
            "blazen en leg die keuze aan {council} voor. Maak de band alleen weer actief met de maatregelen uit dit rapport."
        ),
        (Level.MEDIUM, _E): (
            "De band is beëindigd; de beoordeling laat een middelhoog risico zien. Rond lopende afspraken en contacten "
            "af en leg vast hoe de organisatie omgaat met nieuwe verzoeken van de voormalige partner."
        ),
        (Level.LOW, _P): (
            "Het risico is laag: geen enkel thema laat een verhoogd risico zien. De band "
            "kan onder de gebruikelijke voorwaarden worden aangegaan; {council} besluit. Blijf alert: leg contacten, "
            "bezoeken en giften vast, en herhaal de beoordeling bij een nieuwe overeenkomst, een andere partner of nieuwe signalen."
        ),
        (Level.LOW, _A): (
            "Het risico is laag: geen enkel thema laat een verhoogd risico zien. De band "
            "kan onder de gebruikelijke voorwaarden worden voortgezet. Blijf alert: leg contacten, bezoeken en giften "
            "vast, en herhaal de beoordeling bij een nieuwe overeenkomst, een andere partner of nieuwe signalen."
        ),
        (Level.LOW, _D): (
            "De band is slapend; de beoordeling laat een laag risico zien. Neem het besluit om de band te beëindigen of "
            "nieuw leven in te blazen, en herhaal de beoordeling voordat de band weer actief wordt."
        ),
        (Level.LOW, _E): (
            "De band is beëindigd; de beoordeling laat een laag risico zien. Rond lopende afspraken af en bewaar dit "
            "rapport bij het besluit tot beëindiging."
        ),
    },
    "en": {
        (Level.HIGH, _P): (
            "The risk is high. Do not enter into the tie while the red flags and the high-risk themes are unresolved. "
            "Put this report before {council} before anything is signed, visited or promised, and consult RVO's "
            "Information and Contact Point (ICP) China and the Ministry of Foreign Affairs beforehand."
        ),
        (Level.HIGH, _A): (
            "The risk is high. Do not continue the tie unchanged. Take the measures below and put the choice before "
            "{council}: amend the existing arrangements or end the tie. Ask in writing for objectionable provisions to "
            "be removed; end the tie if the counterpart refuses. Do so in consultation with the Ministry of Foreign "
            "Affairs and RVO's Information and Contact Point (ICP) China."
        ),
        (Level.HIGH, _D): (
            "The tie is dormant and the risk is high. First decide whether to end the tie or revive it, and put that "
            "choice before {council} with this report: a dormant tie can still be used by the Chinese side, for a "
            "photo, a gift or a statement. Whoever wants to continue takes the measures below first; whoever ends it "
            "does so in consultation with the Ministry of Foreign Affairs."
        ),
        (Level.HIGH, _E): (
            "The tie has ended; the assessment shows a high risk. Check whether arrangements, contacts or activities "
            "are still running and need to be wound up, record how the organisation handles new invitations or "
            "requests from the former counterpart, and inform {council}."
        ),
        (Level.MEDIUM, _P): (
            "The risk is medium. The tie can be entered into, but only once the measures in this report are in place. "
            "Give every measure an owner and a date, agree the approach with RVO's Information and Contact Point (ICP) "
            "China, and let {council} decide with this report at hand."
        ),
        (Level.MEDIUM, _A): (
            "The risk is medium. The tie can be continued with the measures in this report. Give every measure an "
            "owner and a date, agree the approach with RVO's Information and Contact Point (ICP) China, and inform "
            "{council}. Repeat the assessment for a new agreement or a different counterpart."
        ),
        (Level.MEDIUM, _D): (
            "The tie is dormant and the risk is medium. Decide whether to end the tie or revive it and put that choice "
            "before {council}. Revive it only with the measures in this report."
        ),
        (Level.MEDIUM, _E): (
            "The tie has ended; the assessment shows a medium risk. Wind up remaining arrangements and contacts, and "
            "record how the organisation handles new requests from the former counterpart."
        ),
        (Level.LOW, _P): (
            "The risk is low: no theme shows raised risk. The tie can be entered "
            "into on the usual terms; {council} decides. Stay alert: record contacts, visits and gifts, and repeat the "
            "assessment for a new agreement, a different counterpart or new signals."
        ),
        (Level.LOW, _A): (
            "The risk is low: no theme shows raised risk. The tie can be continued "
            "on the usual terms. Stay alert: record contacts, visits and gifts, and repeat the assessment for a new "
            "agreement, a different counterpart or new signals."
        ),
        (Level.LOW, _D): (
            "The tie is dormant; the assessment shows a low risk. Decide whether to end the tie or revive it, and repeat "
            "the assessment before it becomes active again."
        ),
        (Level.LOW, _E): (
            "The tie has ended; the assessment shows a low risk. Wind up remaining arrangements and keep this report "
            "with the decision to end the tie."
        ),
    },
}

_NOT_STARTED = {
    "nl": "Nog geen oordeel: er is nog geen enkele vraag beantwoord.",
    "en": "No verdict yet: no question has been answered.",
}
_INCOMPLETE = {
    "nl": (
        "Nog geen oordeel: {open} van de {total} vragen zijn nog niet beantwoord. Op grond van de gegeven antwoorden "
        "is het risico voorlopig {level}; de open vragen kunnen dat alleen nog verhogen. Beantwoord eerst de open "
        "punten voordat dit rapport als advies aan het bestuur dient."
    ),
    "en": (
        "No verdict yet: {open} of the {total} questions have not been answered. On the answers given the risk is "
        "provisionally {level}; the open questions can only raise it. Answer the open points before this report "
        "serves as advice to the board."
    ),
}
_HIGH_INCOMPLETE = {
    "nl": "De antwoorden die er zijn, maken het risico al hoog; de {open} open vragen kunnen daar niets meer aan afdoen.",
    "en": "The answers given already make the risk high; the {open} open questions cannot change that.",
}
# (one, several)
_OPEN_RED_FLAGS = {
    "nl": (
        "Bij een vraag die een rode vlag kan opleveren, is het antwoord ‘weet niet’. Zoek dat als eerste uit: zolang "
        "het onbekend is, blijft het oordeel ten minste middel.",
        "Bij {n} vragen die een rode vlag kunnen opleveren, is het antwoord ‘weet niet’. Zoek dat als eerste uit: "
        "zolang het onbekend is, blijft het oordeel ten minste middel.",
    ),
    "en": (
        "For a question that can raise a red flag the answer is “don't know”. Find this out first: while it is "
        "unknown, the verdict stays at least medium.",
        "For {n} questions that can raise a red flag the answer is “don't know”. Find this out first: while it is "
        "unknown, the verdict stays at least medium.",
    ),
}
_RESTS_ON_UNKNOWNS = {
    "nl": (
        "Dit oordeel berust vooral op ontbrekende informatie: {unknown} van de {answered} antwoorden zijn ‘weet niet’. "
        "Niet weten is bij due diligence zelf een risico, maar het is geen vastgesteld risico. Zoek de open punten "
        "uit – het ICP China van RVO kan daarbij helpen – en herhaal de beoordeling."
    ),
    "en": (
        "This verdict rests mainly on missing information: {unknown} of the {answered} answers are “don't know”. Not "
        "knowing is a risk in due diligence, but it is not an established risk. Find out the open points – RVO's "
        "ICP China can help – and repeat the assessment."
    ),
}


def council(partnership: Partnership, lang: str) -> str:
    return COUNCIL[lang][partnership.dutch_party_kind]


def executive(partnership: Partnership, lang: str) -> str:
    return EXECUTIVE[lang][partnership.dutch_party_kind]


def advice_paragraphs(result: Score, partnership: Partnership, lang: str) -> tuple[str, ...]:
    """The conclusion in a few paragraphs: the verdict's advice for this tie first."""
    fill = {"council": council(partnership, lang), "executive": executive(partnership, lang)}
    open_count = result.total - result.answered
    paragraphs: list[str] = []
    verdict = result.verdict
    if verdict is Verdict.NOT_STARTED:
        return (_NOT_STARTED[lang],)
    if verdict is Verdict.INCOMPLETE:
        paragraphs.append(_INCOMPLETE[lang].format(open=open_count, total=result.total, level=level_label(result.overall, lang)))
    else:
        level = verdict.level
        assert level is not None
        paragraphs.append(_MAIN[lang][(level, partnership.status)].format(**fill))
        if open_count:
            paragraphs.append(_HIGH_INCOMPLETE[lang].format(open=open_count))
    if result.open_red_flags:
        n = len(result.open_red_flags)
        paragraphs.append(_OPEN_RED_FLAGS[lang][n > 1].format(n=n))
    if result.rests_on_unknowns:
        paragraphs.append(_RESTS_ON_UNKNOWNS[lang].format(unknown=result.unknown_count, answered=result.answered))
    return tuple(paragraphs)
