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

from ..catalogs import N_, translate, translate_plural
from .assessment import DutchPartyKind, Partnership, PartnershipStatus
from .checklist import Recommendation
from .levels import Level, Verdict, level_label
from .scoring import Score

# The council decides to enter or end a tie; the executive carries out measures.
COUNCIL = {
    DutchPartyKind.MUNICIPALITY: N_("the municipal council (gemeenteraad)"),
    DutchPartyKind.PROVINCE: N_("the Provincial Council (Provinciale Staten)"),
}
EXECUTIVE = {
    DutchPartyKind.MUNICIPALITY: N_("the municipal executive (college van burgemeester en wethouders)"),
    DutchPartyKind.PROVINCE: N_("the provincial executive (Gedeputeerde Staten)"),
}
# In English, after the first mention with its Dutch name, the short name ("the municipal
# council (gemeenteraad)" once, then "the council"). Dutch needs no gloss: English only, no
# catalog entry.
COUNCIL_SHORT = {DutchPartyKind.MUNICIPALITY: "the council", DutchPartyKind.PROVINCE: "the Provincial Council"}
EXECUTIVE_SHORT = {DutchPartyKind.MUNICIPALITY: "the executive", DutchPartyKind.PROVINCE: "the provincial executive"}

_P, _A, _D, _E = PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE, PartnershipStatus.DORMANT, PartnershipStatus.ENDED

# The main paragraph, by verdict level and stage of the tie. {council}, {executive} and {self}
# are filled in; "ICP China" is RVO's Information and Contact Point China. Who does what: the
# executive decides on agreements and carries out measures; the council sets the frame and holds
# it to account (a decision, wishes and objections, a motion), so the intended decision is put
# before the council.
_MAIN: dict[tuple[Level, PartnershipStatus], str] = {
    (Level.HIGH, _P): N_(
        "The risk is high. Do not enter into the tie while the red flags and the high-risk themes are "
        "unresolved. Put the intended decision with this report before {council} before anything is signed, "
        "visited or promised, and consult RVO's Information and Contact Point (ICP) China and the Ministry "
        "of Foreign Affairs beforehand."
    ),
    # Followed by what the verdict rests on (_HIGH_ACTIVE_TOPICS) and _HIGH_ACTIVE_CLOSE.
    (Level.HIGH, _A): N_(
        "The risk is high. Do not continue the tie unchanged. Take the measures below and put the choice "
        "before {council}: amend the existing arrangements or end the tie."
    ),
    (Level.HIGH, _D): N_(
        "The tie is dormant and the risk is high. First decide whether to end the tie or revive it, and put "
        "that choice before {council} with this report: a dormant tie can still be used by the Chinese side, "
        "for a photo, a gift or a statement. If {council} chooses to continue, take the measures below "
        "first; ending the tie is done in consultation with the Ministry of Foreign Affairs."
    ),
    (Level.HIGH, _E): N_(
        "The tie has ended; the assessment shows a high risk. Check whether arrangements, contacts or "
        "activities are still running and need to be wound up, record how {self} handles new invitations or "
        "requests from the former counterpart, and inform {council}."
    ),
    (Level.MEDIUM, _P): N_(
        "The risk is raised. The tie can be entered into, but only once the measures in this report are in "
        "place. Give every measure an owner and a deadline, agree the approach with RVO's Information and "
        "Contact Point (ICP) China, and put the intended decision with this report before {council}."
    ),
    (Level.MEDIUM, _A): N_(
        "The risk is raised. The tie can be continued with the measures in this report. Give every measure "
        "an owner and a deadline, agree the approach with RVO's Information and Contact Point (ICP) China, "
        "and inform {council}. Repeat the assessment for a new agreement or a different counterpart."
    ),
    (Level.MEDIUM, _D): N_(
        "The tie is dormant and the risk is raised. Decide whether to end the tie or revive it and put that "
        "choice before {council}. Revive it only with the measures in this report."
    ),
    (Level.MEDIUM, _E): N_(
        "The tie has ended; the assessment shows a raised risk. Wind up remaining arrangements and contacts, "
        "and record how {self} handles new requests from the former counterpart."
    ),
    (Level.LOW, _P): N_(
        "The risk is low: no theme shows raised risk. The tie can be entered into with ordinary care; put "
        "the intended decision before {council}. Stay alert: record contacts, visits and gifts, and repeat "
        "the assessment for a new agreement, a different counterpart or new signals."
    ),
    (Level.LOW, _A): N_(
        "The risk is low: no theme shows raised risk. The tie can be continued with ordinary care. Stay "
        "alert: record contacts, visits and gifts, and repeat the assessment for a new agreement, a "
        "different counterpart or new signals."
    ),
    (Level.LOW, _D): N_(
        "The tie is dormant; the assessment shows a low risk. Decide whether to end the tie or revive it, "
        "and repeat the assessment before it becomes active again."
    ),
    (Level.LOW, _E): N_(
        "The tie has ended; the assessment shows a low risk. Wind up remaining arrangements and keep this report with the decision to end the tie."
    ),
}

# A proposed tie that is high without a red flag (breadth, or two serious answers in a theme):
# the main text's "the red flags" would name what is not there.
_HIGH_PROPOSED_NO_RED_FLAG = N_(
    "The risk is high. Do not enter into the tie while the high-risk themes are unresolved. Put the "
    "intended decision with this report before {council} before anything is signed, visited or promised, "
    "and consult RVO's Information and Contact Point (ICP) China and the Ministry of Foreign Affairs "
    "beforehand."
)
# A high-risk active tie: one sentence for each reason the verdict rests on, only when a red-flag
# answer triggers a measure for it (Recommendation.advice_topic, Score.red_flag_measures).
# Asking for provisions to be removed where the text holds none (the speaker cancelled at the
# embassy's request) is advice nobody can follow; a tie that gave in to pressure needs advice
# about pressure.
_HIGH_ACTIVE_TOPICS = {
    "clauses": N_("Ask the counterpart in writing to remove objectionable provisions; if it refuses, propose to {council} to end the tie."),
    "pressure": N_(
        "Do not give in to requests or objections from the Chinese side: record each one in writing, report it to "
        "the Ministry of Foreign Affairs and inform {council}; if the pressure continues, propose to {council} to "
        "end the tie."
    ),
}
_HIGH_ACTIVE_CLOSE = N_("Do so in consultation with the Ministry of Foreign Affairs and RVO's ICP China.")

_NOT_STARTED = N_("No verdict yet: no question has been answered.")
_INCOMPLETE = N_(
    "No verdict yet: {open} of the {total} questions have not been answered. On the answers given the "
    "risk is provisionally {level}; the open questions can only raise it. Answer the open points before "
    "this report serves as advice to the board."
)
_HIGH_INCOMPLETE = N_("The answers given already make the risk high; the {open} open questions cannot change that.")
# Added when the open red-flag questions are what keeps the verdict from being low.
_AT_LEAST_MEDIUM = N_(
    "While it is unknown, the verdict stays at least medium. The advice below holds only if no red flag "
    "follows from it; if one does, the risk is high."
)
# Instead of the main paragraph when most answers are "don't know": the level says what is not
# known, not what is wrong, so no advice that assumes established risk.
_TOO_LITTLE_KNOWN = N_(
    "Too little is known yet for a verdict on the substance: {unknown} of the {answered} answers are "
    "“don't know”. Find out the open points first – RVO's ICP China can help – and take no decision on "
    "the tie until then."
)
_RESTS_ON_UNKNOWNS = N_(
    "This verdict rests mainly on missing information: {unknown} of the {answered} answers are “don't "
    "know”. Not knowing is a risk in due diligence, but it is not an established risk. Find out the open "
    "points – RVO's ICP China can help – and repeat the assessment."
)


SELF = {
    DutchPartyKind.MUNICIPALITY: N_("the municipality"),
    DutchPartyKind.PROVINCE: N_("the province"),
}


def council(partnership: Partnership, lang: str) -> str:
    return translate(lang, COUNCIL[partnership.dutch_party_kind])


def executive(partnership: Partnership, lang: str) -> str:
    return translate(lang, EXECUTIVE[partnership.dutch_party_kind])


def _names(partnership: Partnership, lang: str) -> dict[str, str]:
    """What the placeholders {council}, {executive} and {self} stand for in this tie's texts."""
    return {
        "council": council(partnership, lang),
        "executive": executive(partnership, lang),
        "self": translate(lang, SELF[partnership.dutch_party_kind]),
    }


def _short_names(partnership: Partnership, lang: str) -> dict[str, str]:
    """The placeholders' values once the reader has met the full names (English: no gloss)."""
    names = _names(partnership, lang)
    if lang == "en":
        kind = partnership.dutch_party_kind
        names.update(council=COUNCIL_SHORT[kind], executive=EXECUTIVE_SHORT[kind])
    return names


def _gloss_once(paragraphs: list[str], partnership: Partnership, lang: str) -> tuple[str, ...]:
    """The council and executive with their Dutch name the first time the advice names them,
    by their short English name after that."""
    if lang != "en":
        return tuple(paragraphs)
    texts = list(paragraphs)
    full, short = _names(partnership, lang), _short_names(partnership, lang)
    for key in ("council", "executive"):
        seen = False
        for n, text in enumerate(texts):
            head, sep, tail = text.partition(full[key]) if not seen else ("", "", text)
            seen = seen or bool(sep)
            texts[n] = head + sep + tail.replace(full[key], short[key])
    return tuple(texts)


def measure_text(recommendation: Recommendation, partnership: Partnership, lang: str) -> str:
    """A measure in the words for this tie: the wording for an existing text where the tie is
    signed, and the council, executive and organisation named as this municipality or province
    calls them (``{council}``, ``{executive}``, ``{self}`` in the checklist). Measures follow
    the advice, which names the council in full once: in English they use the short name, so
    a list of forty does not repeat "(gemeenteraad)" forty times."""
    text = recommendation.text_for(partnership.is_signed).get(lang)
    for key, value in _short_names(partnership, lang).items():
        text = text.replace("{" + key + "}", value)
    return text


def measures(result: Score, partnership: Partnership) -> tuple[Recommendation, ...]:
    """The triggered measures in the order to present them for this tie: those the checklist
    puts first for its stage (the decision on a dormant tie), then the scoring's ranking."""
    stage = partnership.status.value
    return tuple(sorted(result.recommendations, key=lambda r: stage not in r.lead_for))


def measures_preface(result: Score, partnership: Partnership, lang: str) -> str | None:
    """The sentence before the measures of a dormant tie (None for any other): the advice asks
    first for the decision to end or revive it, so the list is not all due now. It applies if
    the council chooses to revive the tie; the measures the checklist puts first for a dormant
    tie (``lead_for``: the decision itself) are needed whichever it chooses."""
    if partnership.status is not _D or not result.recommendations:
        return None
    names = _short_names(partnership, lang)  # after the advice, which named the council in full
    lead = sum(1 for r in result.recommendations if _D.value in r.lead_for)
    if not lead:
        return translate(lang, "These measures apply if {council} chooses to revive the tie.", council=names["council"])
    return translate_plural(
        lang,
        "These measures apply if {council} chooses to revive the tie; the first is needed also if the tie is ended.",
        "These measures apply if {council} chooses to revive the tie; the first {n} are needed also if the tie is ended.",
        lead,
        council=names["council"],
    )


def _main(result: Score, partnership: Partnership, lang: str) -> str:
    """The main paragraph for a verdict with a level, worded for what it rests on."""
    level = result.verdict.level
    assert level is not None
    fill = _names(partnership, lang)
    if (level, partnership.status) == (Level.HIGH, _P) and not result.red_flags:
        return translate(lang, _HIGH_PROPOSED_NO_RED_FLAG, **fill)
    text = translate(lang, _MAIN[(level, partnership.status)], **fill)
    if (level, partnership.status) != (Level.HIGH, _A):
        return text
    # Only a red flag's measures: "don't know" on pressure, or something given up unasked, is
    # no pressure the tie has met ("if the pressure continues" would assert it).
    topics = {r.advice_topic for r in result.recommendations if r.id in result.red_flag_measures}
    sentences = [translate(lang, _HIGH_ACTIVE_TOPICS[topic], **fill) for topic in _HIGH_ACTIVE_TOPICS if topic in topics]
    return " ".join([text, *sentences, translate(lang, _HIGH_ACTIVE_CLOSE)])


def advice_paragraphs(result: Score, partnership: Partnership, lang: str) -> tuple[str, ...]:
    """The conclusion in a few paragraphs, the most urgent first: an open red-flag question
    before anything else, then the verdict's advice for this tie."""
    open_count = result.total - result.answered
    verdict = result.verdict
    if verdict is Verdict.NOT_STARTED:
        return (translate(lang, _NOT_STARTED),)
    paragraphs: list[str] = []
    if result.open_red_flags:
        n = len(result.open_red_flags)
        text = translate_plural(
            lang,
            "For a question that can raise a red flag the answer is “don't know”. Find this out first, before any other decision on the tie.",
            "For {n} questions that can raise a red flag the answer is “don't know”. Find this out first, before any other decision on the tie.",
            n,
        )
        if verdict is not Verdict.HIGH:
            text += " " + translate(lang, _AT_LEAST_MEDIUM)
        paragraphs.append(text)
    unknowns = {"unknown": result.unknown_count, "answered": result.answered}
    if verdict is Verdict.INCOMPLETE:
        paragraphs.append(translate(lang, _INCOMPLETE, open=open_count, total=result.total, level=level_label(result.overall, lang)))
    elif result.rests_on_unknowns and not result.red_flags:
        # The level says what is not known, not what is wrong: no advice that assumes a risk.
        paragraphs.append(translate(lang, _TOO_LITTLE_KNOWN, **unknowns))
        return _gloss_once(paragraphs, partnership, lang)
    else:
        paragraphs.append(_main(result, partnership, lang))
        if open_count:
            paragraphs.append(translate(lang, _HIGH_INCOMPLETE, open=open_count))
    if result.rests_on_unknowns:
        paragraphs.append(translate(lang, _RESTS_ON_UNKNOWNS, **unknowns))
    return _gloss_once(paragraphs, partnership, lang)
