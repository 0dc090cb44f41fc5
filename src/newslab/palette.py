"""One palette for every view: colours a colour-blind reader can tell apart, and line styles.

Highlights sit behind black text, so their colours are light: Paul Tol's "light" scheme
(made for cell backgrounds behind black labels), each colour moved a little (at most 10 in
CIEDE2000) so that every two of them stay apart for a reader with protanopia, deuteranopia or
tritanopia, as simulated by Machado, Oliveira and Fernandes (2009). Measured (the palette test,
``tests/unit/test_palette.py``): the closest two are 15.7 apart (CIEDE2000) with normal
vision, 13.9 with protanopia, 13.9 with deuteranopia and 14.0 with tritanopia, and each is at
least 13.9 from the white page; each has a contrast ratio of 6.0 or more with black text
(WCAG AA asks 4.5).

Eight colours are not enough for eighteen entity labels, so labels of one family share a
colour and differ in their underline (:data:`LINES`): GPE plain, LOC dashed, FAC dotted.
Speakers take the colours in turn, then the same colours underlined. Charts use the darker
Okabe-Ito colours (Okabe and Ito 2008), readable on white, and a different marker shape for
each kind of point, so that colour is never the only difference.

>>> LABEL_SWATCHES["LOC"]
Swatch(colour='#fee4ad', line='dashed')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "LABEL_SWATCHES",
    "LINES",
    "MENTION_SWATCHES",
    "NONE",
    "PALETTE",
    "SERIES",
    "Swatch",
    "TIMELINE",
    "TIMEX_SWATCHES",
    "speaker_swatches",
]

#: Eight highlight colours (periwinkle, sky, teal, lime, olive, cream, terracotta, pink).
PALETTE = (
    "#8895f2",
    "#9dd9f8",
    "#1fb18b",
    "#c9f612",
    "#a9b404",
    "#fee4ad",
    "#ce6e5a",
    "#ffacbb",
)
#: Underlines that tell apart two things of one colour ("" is none).
LINES = ("", "dashed", "dotted", "double")


@dataclass(frozen=True)
class Swatch:
    """How one kind of highlight looks: a background colour and an underline style."""

    colour: str
    line: str = ""


#: Statements with no source found, dates not resolved: grey, dotted.
NONE = Swatch("#dddddd", "dotted")
#: The underlines speakers take in turn (never NONE's).
SPEAKER_LINES = ("", "dashed", "double")

_P = PALETTE
#: Entity labels: one colour a family, one underline a member.
LABEL_SWATCHES = {
    "PERSON": Swatch(_P[0]),
    "NORP": Swatch(_P[7]),
    "FAC": Swatch(_P[5], "dotted"),
    "ORG": Swatch(_P[2]),
    "GPE": Swatch(_P[5]),
    "LOC": Swatch(_P[5], "dashed"),
    "PRODUCT": Swatch(_P[2], "dashed"),
    "EVENT": Swatch(_P[6]),
    "WORK_OF_ART": Swatch(_P[6], "dashed"),
    "LAW": Swatch(_P[6], "dotted"),
    "LANGUAGE": Swatch(_P[7], "dashed"),
    "DATE": Swatch(_P[1]),
    "TIME": Swatch(_P[1], "dashed"),
    "PERCENT": Swatch(_P[3], "dashed"),
    "MONEY": Swatch(_P[3]),
    "QUANTITY": Swatch(_P[4], "dotted"),
    "ORDINAL": Swatch(_P[4], "dashed"),
    "CARDINAL": Swatch(_P[4]),
}
#: Temporal expressions by type (DATE and TIME as in the entity labels).
TIMEX_SWATCHES = {
    "DATE": Swatch(_P[1]),
    "TIME": Swatch(_P[1], "dashed"),
    "DURATION": Swatch(_P[4]),
    "SET": Swatch(_P[3]),
}
#: Mentions of one source in "Who is who", by kind.
MENTION_SWATCHES = {
    "name": Swatch(_P[0]),
    "alias": Swatch(_P[1], "dotted"),
    "role": Swatch(_P[5], "dashed"),
    "pronoun": Swatch(_P[7], "double"),
    "apposition": Swatch(_P[2]),
}
#: Chart colours (Okabe-Ito), each with a contrast of 3 or more on white.
TIMELINE = {"day": "#D55E00", "period": "#0072B2", "reported": "#009E73", "published": "#000000"}
#: Lines of a chart over time: colour, marker and dash, each line different in all three. The
#: Okabe-Ito colours without yellow; the first five have a contrast of 3 or more on white, the
#: lighter orange and sky blue come sixth and seventh, and every marker has a dark edge.
SERIES = (
    ("#0072B2", "o", "-"),
    ("#D55E00", "s", "--"),
    ("#009E73", "^", "-."),
    ("#CC79A7", "D", ":"),
    ("#000000", "v", "-"),
    ("#E69F00", "P", "--"),
    ("#56B4E9", "X", "-."),
)
#: Marker edges on charts.
EDGE = "#333333"


def speaker_swatches(speakers: Iterable[str | None]) -> dict[str | None, Swatch]:
    """A swatch for each speaker in order of first appearance: the eight colours, then the
    eight again underlined dashed, then double (24 speakers apart); no source found is
    :data:`NONE`, grey and dotted, a line no speaker has.

    >>> speaker_swatches(["Lavrov", None, "Putin"])["Putin"]
    Swatch(colour='#9dd9f8', line='')
    """
    out: dict[str | None, Swatch] = {}
    for name in speakers:
        if name not in out:
            if name is None:
                out[name] = NONE
            else:
                n = sum(1 for k in out if k is not None)
                lines = SPEAKER_LINES[(n // len(PALETTE)) % len(SPEAKER_LINES)]
                out[name] = Swatch(PALETTE[n % len(PALETTE)], lines)
    return out
