"""A "that" clause the parser hung on the cue's object as a relative clause: "told a local
agency, a news outlet, that one of the dead was X", "told a radio station that her son had
recovered", "said in a press release that it planned ...". A relative "that" fills a gap in
its clause (its subject or object); a "that" after the one told, or the medium, marks what
was said.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clause_ends import that_misread
from .clauses import extent
from .misparsed import TOLD
from .subjects import SUBJECTS

__all__ = ["that_clause_in_object"]

#: What a clause with nothing missing has after its verb: an object, a complement, a passive.
_WHOLE = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "auxpass"})


def that_clause_in_object(token: Token, children: list[Token]) -> tuple[int, int] | None:
    """ "told a local agency, a news outlet, that one of the dead was X": a "that" clause with
    a subject of its own, which the parser hung on the object's apposition as a relative
    clause, is what was told (a relative "that" is the clause's subject or object, not its
    mark)."""
    after = [c for c in children if c.dep_ in {"dobj", "dative", "prep"} and c.i > token.i]
    for obj in after:  # "told journalists in the capital that turnout had reached 68%" too
        for rel in (t for t in obj.subtree if t.dep_ == "relcl"):
            kids = list(rel.children)
            host = _hearer_or_medium(token, obj)  # "told a radio station that her son had
            if (  # recovered", "said in a press release that it planned ..."
                _that_opens(rel, read_as_object=host)
                and any(k.dep_ in SUBJECTS and k.lower_ != "that" for k in kids)
                # not "a laptop that he left at X" (a "that" read as no mark has no gap)
                and (rel.left_edge.dep_ != "mark" or host or any(k.dep_ in _WHOLE for k in kids))
            ):
                return extent(rel)
    return None


#: Where words are said: "in a press release that ...", "in an interview that ...".
_MEDIA = frozenset("release statement interview letter post email message briefing".split())


def _hearer_or_medium(cue: Token, obj: Token) -> str:
    """Whether a "that" clause after ``obj`` may be what the cue said: "hearer" where
    ``obj`` is the one told ("told a radio station that ..."), "medium" where it is what it
    was said in ("in a statement"), else ""."""
    if obj.dep_ in {"dobj", "dative"}:
        told = cue.lemma_.lower() in TOLD
        return "hearer" if told else ""
    pobj = next((c for c in obj.children if c.dep_ == "pobj"), None)
    medium = obj.lower_ == "in" and pobj is not None and pobj.lemma_.lower() in _MEDIA
    return "medium" if medium else ""


def _that_opens(rel: Token, *, read_as_object: str = "") -> bool:
    """ "that" opens the clause as its mark, or as what the parser read as its subject's
    determiner ("that turnout had reached ...") or as an object of no preposition (or, after
    a hearer or a medium, of the clause's verb)."""
    first = rel.left_edge
    if first.lower_ != "that" or any(
        c.dep_ == "prep" and not any(c.children) for c in rel.children
    ):  # "the attacks that Soleimani took part in": "that" fills the gap
        return False
    return (
        first.dep_ == "mark"
        or that_misread(first, rel)  # its subject's determiner, an object of no preposition
        or (read_as_object == "hearer" and first.dep_ == "dobj")
        or (read_as_object == "medium" and first.dep_ == "dobj" and _two_objects(first))
    )


def _two_objects(that: Token) -> bool:
    """ "that" read as the object of a verb that has one already ("that it planned to seek
    approval": "seek approval"): no object the clause lacks, so no relative clause (as "a
    letter that it sent to staff" is)."""
    verb = that.head
    return any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c != that for c in verb.children)
