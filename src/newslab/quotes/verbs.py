"""The verbs that attribute a statement, by class.

The communication verbs come from well-kept data, not from our articles: VerbNet's classes of
verbs of communication (Levin's class 37, and the "declare" and "characterize" classes 29.4
and 29.2) and the reporting verbs of the Gender Gap Tracker (Simon Fraser University, MIT
licence), in ``data/reporting_verbs.tsv`` with their provenance in ``data/NOTICE.md``. Beside
them, the news uses of ruling, finding, projecting and declaring, and belief verbs
("think", "hope"), which report only with a clause and never nest inside a statement.

>>> is_speech_verb("exclaim"), is_cue_verb("eat"), is_speech_verb("rule"), is_cue_verb("rule")
(True, False, False, True)
"""

from __future__ import annotations

import dataclasses
import functools
from importlib import resources
from typing import Any

from spacy.tokens import Doc

__all__ = [
    "ASPECTUAL",
    "BELIEF",
    "DIRECTIVE",
    "EVIDENTIAL",
    "FIGURES",
    "INFINITIVE",
    "OBJECT_NEWS",
    "OBJECT_SAID",
    "OWNED",
    "RULING",
    "SAY_AFTER",
    "STANCE_AS",
    "NAMING_AS",
    "ATTRIBUTING",
    "characterizes",
    "communication_verbs",
    "is_cue_verb",
    "is_speech_verb",
    "manner_of_speaking",
    "urges",
    "with_particle",
]

#: Verbs of thinking: they report only with a clause ("hope that ..."), never a bare object,
#: and a thinking verb inside another statement ("asked if he thought ...") is no source.
BELIEF = frozenset(
    "believe think hope fear feel expect doubt wonder suspect suppose assume guess reckon "
    "agree disagree conclude determine".split()
)
#: Verbs whose subject can be evidence rather than a speaker ("the study found"); their
#: subject must be a source (a name, a group, a document), never an abstract thing.
EVIDENTIAL = frozenset(
    "find show suggest indicate reveal demonstrate prove imply confirm determine estimate "
    "conclude establish".split()
)
#: Verbs of ruling and declaring, which report with a small clause: "ruled the merger
#: unlawful", "declared the outbreak to be an emergency", "projected the state for X".
RULING = frozenset("rule find declare deem judge project pronounce hold call name".split())
#: Verbs by which a body gives figures ("Phivolcs recorded 611 aftershocks"): a statement only
#: with a number in the object and a body, not a person, as the subject ("the band recorded
#: three albums" reports nothing).
FIGURES = frozenset("record count register tally log".split())
#: Cues whose reported content can be an infinitive ("urged the company to halt ...").
INFINITIVE = frozenset(
    "recommend urge ask advise call tell warn pledge promise vow threaten request demand "
    "propose offer agree encourage instruct".split()
)
#: Verbs of ordering: a statement with a "that" clause ("ordered that ballots be accepted"); an
#: order to someone to act ("ordered the firm to close") is a deed.
DIRECTIVE = frozenset({"order", "command"})
#: Verbs that own up to a deed with "to" and a gerund ("confessed to killing ...").
OWNED = frozenset({"confess", "admit"})
#: Verbs whose bare object is itself what was said: a denial ("denied the allegations"), an
#: allegation ("alleged widespread fraud"), a forecast ("predicted a storm surge"), a
#: suggestion ("reports suggest a deliberate act").
OBJECT_SAID = frozenset({"deny", "allege", "predict", "suggest"})
#: Verbs that say what a thing is owed to, with the preposition that names it ("ascribed the
#: fire to arson", "blamed the mayor for the delays", "likened the defeat to a funeral").
ATTRIBUTING = {
    "ascribe": {"to"},
    "attribute": {"to"},
    "liken": {"to"},
    "blame": {"for", "on"},
    "credit": {"with"},
}
#: Objects that are news told, by verb: a death announced or confirmed ("announced the death
#: of the poet"; one's own resignation announced is a deed, as the gold has it), an intention
#: or a wish stated ("stated its intention to leave the market"), one's innocence maintained.
_DEATH = frozenset({"death", "passing"})
_INTENT = frozenset({"intention", "intent", "desire", "wish", "willingness", "readiness"})
#: Plans made known: "announced plans to close nine shops" (the plan's infinitive is asked for).
PLANS = frozenset({"plan"})
OBJECT_NEWS = {
    "announce": _DEATH | _INTENT | PLANS,
    **{verb: PLANS for verb in ("outline", "reveal", "disclose")},
    "confirm": _DEATH,
    **{verb: _INTENT for verb in ("state", "express", "declare", "reiterate")},
    **{verb: frozenset({"innocence"}) for verb in ("maintain", "proclaim", "protest", "assert")},
}
#: Verbs whose reported content is an object with "as" ("dismissed that as hysteria").
STANCE_AS = frozenset(
    "dismiss describe reject criticize criticise characterize characterise label brand "
    "condemn decry denounce call identify cite list hail".split()
)
#: Verbs that name someone or something "as" what they are to be: what was announced is the
#: object and its role ("named Ana Sol as his running mate", "introduced the party as the
#: vehicle for his run"); unlike :data:`STANCE_AS`, quoted words inside stay in the clause.
NAMING_AS = frozenset("name announce introduce float nominate unveil".split())
#: Levin's aspectual verbs (class 55): with a gerund they tell how a deed went on, not what
#: was said ("continued building"), though "continue" is a speech verb of its own.
ASPECTUAL = frozenset("begin start continue keep stop quit finish resume cease".split())
#: Cues that report with a plain "X, he said" after the reported clause.
SAY_AFTER = frozenset(
    "say tell add write report note explain state claim insist warn argue announce confirm "
    "estimate believe think tweet post continue recall exclaim reply respond".split()
)
#: Reporting verbs of news writing that VerbNet files elsewhere (judging, requesting,
#: emphasizing) or not at all, and publishing verbs: "stressed that", "alleged that".
_NEWS = frozenset(
    "tweet post blog publish write quote cite testify brief speak accuse blame praise "
    "welcome thank credit allege anticipate concede contend demand emphasize emphasise "
    "forecast pledge recall request stress threaten underline urge vow reject dismiss "
    "condemn criticise characterize characterise identify label brand".split()
)


@functools.cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    """(verb, use, source) for each row of ``data/reporting_verbs.tsv``, read once."""
    lines = resources.files("newslab").joinpath("data/reporting_verbs.tsv").read_text("utf-8")
    return tuple(
        (verb.replace("_", " "), use, source)
        for verb, use, source, *_ in (
            line.split("\t") for line in lines.splitlines()[1:] if line.strip() and line[0] != "#"
        )
    )


@functools.cache
def _data() -> dict[str, frozenset[str]]:
    """The verbs of ``data/reporting_verbs.tsv`` by use ("speech", "as", "to")."""
    uses: dict[str, set[str]] = {}
    for verb, use, _source in _rows():
        uses.setdefault(use, set()).add(verb)
    return {use: frozenset(verbs) for use, verbs in uses.items()}


@functools.cache
def manner_of_speaking() -> frozenset[str]:
    """Verbs that tell only how words sounded (VerbNet manner_speaking-37.3: "sing",
    "scream", "cry"): they report a clause only with "that", never one set after a comma
    ("Pupils sang, a chief gave a prayer").

    >>> "sing" in manner_of_speaking(), "say" in manner_of_speaking()
    (True, False)
    """
    other = {verb for verb, _use, source in _rows() if source != _MANNER}
    other |= INFINITIVE | RULING | STANCE_AS  # "call" does more ("called for", "called it")
    return frozenset(verb for verb, _use, source in _rows() if source == _MANNER) - other


_MANNER = "VerbNet manner_speaking-37.3"


def communication_verbs() -> frozenset[str]:
    """Lemmas of the verbs of communication (VerbNet class 37 and kin, the Gender Gap
    Tracker's reporting verbs)."""
    return _data()["speech"]


def characterizes(lemma: str) -> bool:
    """True for a verb that reports an object "as" something ("described the plan as ...")."""
    return lemma in STANCE_AS or lemma in _data()["as"]


def urges(lemma: str) -> bool:
    """True for a verb that reports an infinitive ("urged the company to halt ...")."""
    return lemma in INFINITIVE or lemma in _data()["to"]


def is_speech_verb(lemma: str) -> bool:
    """True when ``lemma`` reports speech or thought on its own ("say", "exclaim", "think"):
    the verbs a quotation can be attributed to."""
    return (
        lemma in communication_verbs() or lemma in BELIEF or lemma in EVIDENTIAL or lemma in _NEWS
    )


def is_cue_verb(lemma: str) -> bool:
    """True when ``lemma`` can attribute a statement in some construction (speech verbs, and
    verbs of ruling, urging and characterizing with their own complements)."""
    return (
        is_speech_verb(lemma)
        or lemma in RULING
        or lemma in FIGURES
        or urges(lemma)
        or lemma in DIRECTIVE
        or characterizes(lemma)
        or lemma in ATTRIBUTING
    )


#: Particles a phrasal cue keeps ("point out", "rule out", "hit back"), as ANNOTATIONS.md asks.
_PARTICLES = frozenset({"out", "back", "up", "down", "off"})


def with_particle(doc: Doc, quote: Any) -> Any:
    """The statement with its phrasal cue whole: "pointed out that ..." is cue "point out".

    >>> import spacy
    >>> with_particle(spacy.blank("en")("x"), None) is None  # nothing to look up
    True
    """
    span = None if quote is None or quote.cue_span is None else doc.char_span(*quote.cue_span)
    if span is None or len(span) != 1 or quote.cue != span[0].lemma_.lower():
        return quote
    particle = next((c.lower_ for c in span[0].children if c.dep_ == "prt"), None)
    if particle not in _PARTICLES:
        return quote
    return dataclasses.replace(quote, cue=f"{quote.cue} {particle}")
