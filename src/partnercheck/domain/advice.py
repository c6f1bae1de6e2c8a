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
from .checklist import Recommendation
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
# After its first mention in a text, the short name (English only: the Dutch name needs no gloss).
COUNCIL_SHORT = {
    "en": {DutchPartyKind.MUNICIPALITY: "the council", DutchPartyKind.PROVINCE: "the Provincial Council"},
}
EXECUTIVE = {
    "nl": {DutchPartyKind.MUNICIPALITY: "het college van burgemeester en wethouders", DutchPartyKind.PROVINCE: "Gedeputeerde Staten"},
    "en": {
        DutchPartyKind.MUNICIPALITY: "the municipal executive (college van burgemeester en wethouders)",
        DutchPartyKind.PROVINCE: "the provincial executive (Gedeputeerde Staten)",
    },
}
EXECUTIVE_SHORT = {
    "en": {DutchPartyKind.MUNICIPALITY: "the executive", DutchPartyKind.PROVINCE: "the provincial executive"},
}

_P, _A, _D, _E = PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE, PartnershipStatus.DORMANT, PartnershipStatus.ENDED

# The main paragraph, by verdict level and stage of the tie. {council}, {executive} and {self}
# are filled in; "ICP China" is RVO's Information and Contact Point China. Who does what: the
# executive decides on agreements and carries out measures; the council sets the frame and holds
# it to account (a decision, wishes and objections, a motion), so the intended decision is put
# before the council.
_MAIN: dict[str, dict[tuple[Level, PartnershipStatus], str]] = {
    "nl": {
        (Level.HIGH, _P): (
            "Het risico is hoog. Ga de band niet aan zolang de rode vlaggen en de hoog beoordeelde thema's niet zijn "
            "opgelost. Leg het voorgenomen besluit met dit rapport aan {council} voor voordat er iets wordt getekend, "
            "bezocht of toegezegd, en raadpleeg vooraf het Informatie- en Contactpunt (ICP) China van RVO en het "
            "ministerie van Buitenlandse Zaken."
        ),
        (Level.HIGH, _A): (
            "Het risico is hoog. Zet de band niet ongewijzigd voort. Neem de maatregelen hieronder en leg {council} de "
            "keuze voor: de bestaande afspraken aanpassen of de band beëindigen. Vraag de partner bij bezwaarlijke "
            "bepalingen schriftelijk om schrapping; weigert de partner, stel {council} dan voor de band te beëindigen. "
            "Doe dat in overleg met het ministerie van Buitenlandse Zaken en het ICP China van RVO."
        ),
        (Level.HIGH, _D): (
            "De band is slapend en het risico is hoog. Neem eerst een besluit over beëindigen of nieuw leven inblazen, "
            "en leg die keuze met dit rapport aan {council} voor: ook een slapende band kan van Chinese zijde weer "
            "worden gebruikt, voor een foto, een gift of een verklaring. Valt de keuze van {council} op voortzetting, "
            "neem dan eerst de maatregelen hieronder; beëindigen gebeurt in overleg met het ministerie van Buitenlandse "
            "Zaken."
        ),
        (Level.HIGH, _E): (
            "De band is beëindigd; de beoordeling laat een hoog risico zien. Ga na of er nog afspraken, contacten of "
            "activiteiten lopen die moeten worden afgerond, leg vast hoe {self} omgaat met nieuwe uitnodigingen of "
            "verzoeken van de voormalige partner, en informeer {council}."
        ),
        (Level.MEDIUM, _P): (
            "Het risico is verhoogd. De band kan worden aangegaan, maar pas nadat de maatregelen uit dit rapport zijn "
            "geregeld. Wijs per maatregel een actiehouder en een termijn aan, stem de aanpak af met het "
            "Informatie- en Contactpunt (ICP) China van RVO, en leg het voorgenomen besluit met dit rapport aan "
            "{council} voor."
        ),
        (Level.MEDIUM, _A): (
            "Het risico is verhoogd. De band kan worden voortgezet met de maatregelen uit dit rapport. Wijs per "
            "maatregel een actiehouder en een termijn aan, stem de aanpak af met het Informatie- en Contactpunt "
            "(ICP) China van RVO, en informeer {council}. Herhaal de beoordeling bij een nieuwe overeenkomst of een "
            "andere partner."
        ),
        (Level.MEDIUM, _D): (
            "De band is slapend en het risico is verhoogd. Neem een besluit over beëindigen of nieuw leven inblazen en "
            "leg die keuze aan {council} voor. Maak de band alleen weer actief met de maatregelen uit dit rapport."
        ),
        (Level.MEDIUM, _E): (
            "De band is beëindigd; de beoordeling laat een verhoogd risico zien. Rond lopende afspraken en contacten af "
            "en leg vast hoe {self} omgaat met nieuwe verzoeken van de voormalige partner."
        ),
        (Level.LOW, _P): (
            "Het risico is laag: geen enkel thema laat een verhoogd risico zien. De band kan worden aangegaan met de "
            "gewone zorgvuldigheid; leg het voorgenomen besluit aan {council} voor. Blijf alert: leg contacten, "
            "bezoeken en giften vast, en herhaal de beoordeling bij een nieuwe overeenkomst, een andere partner of "
            "nieuwe signalen."
        ),
        (Level.LOW, _A): (
            "Het risico is laag: geen enkel thema laat een verhoogd risico zien. De band kan met de gewone "
            "zorgvuldigheid worden voortgezet. Blijf alert: leg contacten, bezoeken en giften vast, en herhaal de "
            "beoordeling bij een nieuwe overeenkomst, een andere partner of nieuwe signalen."
        ),
        (Level.LOW, _D): (
            "De band is slapend; de beoordeling laat een laag risico zien. Neem een besluit over beëindigen of nieuw "
            "leven inblazen, en herhaal de beoordeling voordat de band weer actief wordt."
        ),
        (Level.LOW, _E): (
            "De band is beëindigd; de beoordeling laat een laag risico zien. Rond lopende afspraken af en bewaar dit "
            "rapport bij het besluit tot beëindiging."
        ),
    },
    "en": {
        (Level.HIGH, _P): (
            "The risk is high. Do not enter into the tie while the red flags and the high-risk themes are unresolved. "
            "Put the intended decision with this report before {council} before anything is signed, visited or "
            "promised, and consult RVO's Information and Contact Point (ICP) China and the Ministry of Foreign Affairs "
            "beforehand."
        ),
        (Level.HIGH, _A): (
            "The risk is high. Do not continue the tie unchanged. Take the measures below and put the choice before "
            "{council}: amend the existing arrangements or end the tie. Ask the counterpart in writing to remove "
            "objectionable provisions; if it refuses, propose to {council} to end the tie. Do so in consultation with "
            "the Ministry of Foreign Affairs and RVO's ICP China."
        ),
        (Level.HIGH, _D): (
            "The tie is dormant and the risk is high. First decide whether to end the tie or revive it, and put that "
            "choice before {council} with this report: a dormant tie can still be used by the Chinese side, for a "
            "photo, a gift or a statement. If {council} chooses to continue, take the measures below first; ending "
            "the tie is done in consultation with the Ministry of Foreign Affairs."
        ),
        (Level.HIGH, _E): (
            "The tie has ended; the assessment shows a high risk. Check whether arrangements, contacts or activities "
            "are still running and need to be wound up, record how {self} handles new invitations or requests from "
            "the former counterpart, and inform {council}."
        ),
        (Level.MEDIUM, _P): (
            "The risk is raised. The tie can be entered into, but only once the measures in this report are in place. "
            "Give every measure an owner and a deadline, agree the approach with RVO's Information and "
            "Contact Point (ICP) China, and put the intended decision with this report before {council}."
        ),
        (Level.MEDIUM, _A): (
            "The risk is raised. The tie can be continued with the measures in this report. Give every measure an owner "
            "and a deadline, agree the approach with RVO's Information and Contact Point (ICP) China, and "
            "inform {council}. Repeat the assessment for a new agreement or a different counterpart."
        ),
        (Level.MEDIUM, _D): (
            "The tie is dormant and the risk is raised. Decide whether to end the tie or revive it and put that choice "
            "before {council}. Revive it only with the measures in this report."
        ),
        (Level.MEDIUM, _E): (
            "The tie has ended; the assessment shows a raised risk. Wind up remaining arrangements and contacts, and "
            "record how {self} handles new requests from the former counterpart."
        ),
        (Level.LOW, _P): (
            "The risk is low: no theme shows raised risk. The tie can be entered into with ordinary care; put the "
            "intended decision before {council}. Stay alert: record contacts, visits and gifts, and repeat the "
            "assessment for a new agreement, a different counterpart or new signals."
        ),
        (Level.LOW, _A): (
            "The risk is low: no theme shows raised risk. The tie can be continued with ordinary care. Stay alert: "
            "record contacts, visits and gifts, and repeat the assessment for a new agreement, a different "
            "counterpart or new signals."
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
        "Bij een vraag die een rode vlag kan opleveren, is het antwoord ‘weet niet’. Zoek dat als eerste uit, vóór elk ander besluit over de band.",
        "Bij {n} vragen die een rode vlag kunnen opleveren, is het antwoord ‘weet niet’. Zoek dat als eerste uit, "
        "vóór elk ander besluit over de band.",
    ),
    "en": (
        "For a question that can raise a red flag the answer is “don't know”. Find this out first, before any other decision on the tie.",
        "For {n} questions that can raise a red flag the answer is “don't know”. Find this out first, before any other decision on the tie.",
    ),
}
# Added when the open red-flag questions are what keeps the verdict from being low.
_AT_LEAST_MEDIUM = {
    "nl": (
        "Zolang dat onbekend is, blijft het oordeel ten minste middel. Het advies hieronder geldt alleen als daar "
        "geen rode vlag uit volgt; volgt er wel een, dan is het risico hoog."
    ),
    "en": (
        "While it is unknown, the verdict stays at least medium. The advice below holds only if no red flag follows "
        "from it; if one does, the risk is high."
    ),
}
# Instead of the main paragraph when most answers are "don't know": the level says what is not
# known, not what is wrong, so no advice that assumes established risk.
_TOO_LITTLE_KNOWN = {
    "nl": (
        "Er is nog onvoldoende bekend voor een inhoudelijk oordeel: {unknown} van de {answered} antwoorden zijn "
        "‘weet niet’. Zoek eerst de open punten uit – het ICP China van RVO kan daarbij helpen – en neem tot die "
        "tijd geen besluit over de band."
    ),
    "en": (
        "Too little is known yet for a verdict on the substance: {unknown} of the {answered} answers are “don't "
        "know”. Find out the open points first – RVO's ICP China can help – and take no decision on the tie until "
        "then."
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


SELF = {
    "nl": {DutchPartyKind.MUNICIPALITY: "de gemeente", DutchPartyKind.PROVINCE: "de provincie"},
    "en": {DutchPartyKind.MUNICIPALITY: "the municipality", DutchPartyKind.PROVINCE: "the province"},
}


def council(partnership: Partnership, lang: str) -> str:
    return COUNCIL[lang][partnership.dutch_party_kind]


def executive(partnership: Partnership, lang: str) -> str:
    return EXECUTIVE[lang][partnership.dutch_party_kind]


def _names(partnership: Partnership, lang: str) -> dict[str, str]:
    """What the placeholders {council}, {executive} and {self} stand for in this tie's texts."""
    return {"council": council(partnership, lang), "executive": executive(partnership, lang), "self": SELF[lang][partnership.dutch_party_kind]}


def _gloss_once(paragraphs: list[str], partnership: Partnership, lang: str) -> tuple[str, ...]:
    """The council and executive with their Dutch name the first time the advice names them,
    and by their short English name after that: "the municipal council (gemeenteraad)" once,
    then "the council"."""
    texts = list(paragraphs)
    kind = partnership.dutch_party_kind
    for full, short in ((COUNCIL, COUNCIL_SHORT), (EXECUTIVE, EXECUTIVE_SHORT)):
        if lang not in short:
            continue
        name, seen = full[lang][kind], False
        for n, text in enumerate(texts):
            head, sep, tail = text.partition(name) if not seen else ("", "", text)
            if sep:
                seen = True
            texts[n] = head + sep + tail.replace(name, short[lang][kind])
    return tuple(texts)


def measure_text(recommendation: Recommendation, partnership: Partnership, lang: str) -> str:
    """A measure in the words for this tie: the wording for an existing text where the tie is
    signed, and the council, executive and organisation named as this municipality or province
    calls them (``{council}``, ``{executive}``, ``{self}`` in the checklist)."""
    text = recommendation.text_for(partnership.is_signed).get(lang)
    for key, value in _names(partnership, lang).items():
        text = text.replace("{" + key + "}", value)
    return text


def measures(result: Score, partnership: Partnership) -> tuple[Recommendation, ...]:
    """The triggered measures in the order to present them for this tie: those the checklist
    puts first for its stage (the decision on a dormant tie), then the scoring's ranking."""
    stage = partnership.status.value
    return tuple(sorted(result.recommendations, key=lambda r: stage not in r.lead_for))


def advice_paragraphs(result: Score, partnership: Partnership, lang: str) -> tuple[str, ...]:
    """The conclusion in a few paragraphs, the most urgent first: an open red-flag question
    before anything else, then the verdict's advice for this tie."""
    fill = _names(partnership, lang)
    open_count = result.total - result.answered
    verdict = result.verdict
    if verdict is Verdict.NOT_STARTED:
        return (_NOT_STARTED[lang],)
    paragraphs: list[str] = []
    if result.open_red_flags:
        n = len(result.open_red_flags)
        text = _OPEN_RED_FLAGS[lang][n > 1].format(n=n)
        if verdict is not Verdict.HIGH:
            text += " " + _AT_LEAST_MEDIUM[lang]
        paragraphs.append(text)
    unknowns = {"unknown": result.unknown_count, "answered": result.answered}
    if verdict is Verdict.INCOMPLETE:
        paragraphs.append(_INCOMPLETE[lang].format(open=open_count, total=result.total, level=level_label(result.overall, lang)))
    elif result.rests_on_unknowns and not result.red_flags:
        # The level says what is not known, not what is wrong: no advice that assumes a risk.
        paragraphs.append(_TOO_LITTLE_KNOWN[lang].format(**unknowns))
        return tuple(paragraphs)
    else:
        level = verdict.level
        assert level is not None
        paragraphs.append(_MAIN[lang][(level, partnership.status)].format(**fill))
        if open_count:
            paragraphs.append(_HIGH_INCOMPLETE[lang].format(open=open_count))
    if result.rests_on_unknowns:
        paragraphs.append(_RESTS_ON_UNKNOWNS[lang].format(**unknowns))
    return _gloss_once(paragraphs, partnership, lang)
