"""Colours everyone can tell apart: the palette under simulated colour-vision deficiency.

Each pair of things a view shows side by side must differ, for a reader with normal vision and
with protanopia, deuteranopia or tritanopia (Machado et al. 2009, severity 1), either in colour
by at least MIN_DIFFERENCE (CIEDE2000) or in underline; every highlight must keep black text at
WCAG AA contrast. The simulation and the distance are written out in tests/colour_vision.py and
checked here against published values first.
"""

from __future__ import annotations

import itertools

import pytest

from newslab import LABEL_DESCRIPTIONS, palette
from newslab.palette import (
    LABEL_SWATCHES,
    MENTION_SWATCHES,
    NONE,
    PALETTE,
    SERIES,
    TIMELINE,
    TIMEX_SWATCHES,
    Swatch,
    speaker_swatches,
)
from tests.colour_vision import VISIONS, ciede2000, contrast, difference, lab, simulate

#: Two highlights of one line style must be at least this far apart (CIEDE2000) in every vision.
MIN_DIFFERENCE = 13.0
#: Marks on a chart also differ in shape (and lines in dash): their colours at least this far
#: apart (measured: timeline 12.4, the blue bar and the green diamond under tritanopia; lines
#: over time 10.9, reddish purple and orange under tritanopia).
MIN_TIMELINE_DIFFERENCE = 12.0
MIN_SERIES_DIFFERENCE = 10.0
WHITE, BLACK = "#ffffff", "#000000"


# --- the instruments, checked against published numbers -------------------------------------


@pytest.mark.parametrize(
    ("lab1", "lab2", "expected"),
    [  # Sharma, Wu and Dalal (2005), Table 1: pairs 1, 7, 17, 25 and 34
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
    ],
)
def test_ciede2000_gives_sharmas_published_values(lab1, lab2, expected):
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)


def test_the_simulation_keeps_greys_and_merges_what_red_green_blindness_merges():
    for vision in VISIONS:  # each matrix row sums to 1: greys stay grey
        for grey in ("#000000", "#777777", "#ffffff"):
            assert difference(grey, grey, vision) == 0
            assert ciede2000(lab(simulate(grey, vision)), lab(simulate(grey, "normal"))) < 0.5
    red, green = "#d62728", "#2ca02c"  # matplotlib's default red and green
    assert difference(red, green) > 60
    assert difference(red, green, "deuteranopia") < 0.3 * difference(red, green)
    blue, green = "#1f77b4", "#2ca02c"  # tritanopia loses blue-yellow, not red-green
    assert difference(blue, green, "tritanopia") < difference(blue, green, "deuteranopia")


def test_wcag_contrast_of_known_pairs():
    assert contrast(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast("#777777", WHITE) == pytest.approx(4.48, abs=0.01)  # WebAIM's example


# --- the palette ------------------------------------------------------------------------------


def apart(a: Swatch, b: Swatch, minimum: float = MIN_DIFFERENCE) -> bool:
    """Two swatches a reader tells apart in every vision: another underline, or colours far
    enough apart."""
    return a.line != b.line or all(difference(a.colour, b.colour, v) >= minimum for v in VISIONS)


@pytest.mark.parametrize("vision", VISIONS)
def test_every_two_palette_colours_stay_apart(vision):
    closest = min(difference(a, b, vision) for a, b in itertools.combinations(PALETTE, 2))
    assert closest >= MIN_DIFFERENCE
    assert min(difference(c, WHITE, vision) for c in PALETTE) >= MIN_DIFFERENCE  # the page


def test_the_old_clashes_are_gone():
    # issue 18: PERSON and NORP near-identical, DATE = TIME, PERCENT = ORDINAL = CARDINAL
    s = LABEL_SWATCHES
    for a, b in [("PERSON", "NORP"), ("ORG", "DATE"), ("DATE", "TIME"), ("PERCENT", "ORDINAL"),
                 ("ORDINAL", "CARDINAL"), ("PERCENT", "CARDINAL")]:  # fmt: skip
        assert s[a] != s[b] and apart(s[a], s[b]), (a, b)
    for vision in VISIONS:
        assert difference(s["PERSON"].colour, s["NORP"].colour, vision) >= MIN_DIFFERENCE


@pytest.mark.parametrize(
    ("view", "swatches"),
    [
        ("entity labels", LABEL_SWATCHES),
        ("dates in the When view", {**TIMEX_SWATCHES, "not resolved": NONE}),
        ("mentions in the Who is who view", MENTION_SWATCHES),
    ],
)
def test_every_two_things_one_view_shows_are_told_apart(view, swatches):
    for (a, x), (b, y) in itertools.combinations(swatches.items(), 2):
        assert apart(x, y), f"{view}: {a} and {b} look alike"


def test_labels_that_share_a_colour_differ_in_underline():
    assert set(LABEL_SWATCHES) == set(LABEL_DESCRIPTIONS)  # every label has its swatch
    by_colour: dict[str, list[str]] = {}
    for swatch in LABEL_SWATCHES.values():
        by_colour.setdefault(swatch.colour, []).append(swatch.line)
    for lines in by_colour.values():
        assert len(lines) == len(set(lines))
    assert len(by_colour) == len(PALETTE)  # every colour in use


def test_speakers_are_told_apart_up_to_24_and_no_source_stands_out():
    names = [f"speaker {i}" for i in range(24)]
    swatches = speaker_swatches([None, *names, *names])
    assert swatches[None] == NONE and len(swatches) == 25
    for a, b in itertools.combinations(swatches.values(), 2):
        assert apart(a, b)
    assert swatches["speaker 8"] == Swatch(PALETTE[0], "dashed")


@pytest.mark.parametrize(
    "swatch",
    [*LABEL_SWATCHES.values(), *TIMEX_SWATCHES.values(), *MENTION_SWATCHES.values(), NONE],
)
def test_black_text_on_every_highlight_meets_wcag_aa(swatch):
    assert contrast(swatch.colour, BLACK) >= 4.5  # measured: 6.0 or more


def test_chart_colours_differ_in_every_vision_and_show_on_white():
    for vision in VISIONS:
        for a, b in itertools.combinations(TIMELINE.values(), 2):
            assert difference(a, b, vision) >= MIN_TIMELINE_DIFFERENCE, (vision, a, b)
        for (a, _, _), (b, _, _) in itertools.combinations(SERIES, 2):
            assert difference(a, b, vision) >= MIN_SERIES_DIFFERENCE, (vision, a, b)
    assert all(contrast(c, WHITE) >= 3 for c in TIMELINE.values())  # WCAG 1.4.11
    assert all(contrast(c, WHITE) >= 3 for c, _, _ in SERIES[:5])
    assert contrast(palette.EDGE, WHITE) >= 3  # the edge that every marker has
    markers = [m for _, m, _ in SERIES]
    assert len(set(markers)) == len(SERIES)  # a different marker shape for every line
