"""Lengths written as a clock reads: "3:07:35" (hours, minutes and seconds, a marathon's
time) and "30:12.45" (minutes, seconds and hundredths) are DURATIONs, not times of day,
unless a time zone makes the first a time of day ("14:46:23 local time").

>>> import re
>>> bool(re.fullmatch(ELAPSED, "30:12.45")), bool(re.fullmatch(ELAPSED, "14:30"))
(True, False)
"""

from __future__ import annotations

from .context import Context
from .values import Candidate, Period, Resolved
from .words import ZONE

__all__ = ["ELAPSED", "elapsed"]

ELAPSED = (
    r"\b(?P<h>\d{1,2}):(?P<mi>\d{2}):(?P<s>\d{2})(?:\.\d+)?(?![\d:])"
    + ZONE
    # "finished in 30:12.45": minutes, seconds and hundredths, a race's time
    + r"|(?<![\d:.])(?P<rm>\d{1,2}):(?P<rs>\d{2})\.(?P<rf>\d{1,3})(?![\d:.])"
)


def elapsed(c: Candidate, ctx: Context) -> Resolved:
    """ "3:07:35" is a length (a race time), unless a time zone makes it a time of day
    ("14:46:23 local time"); so is "30:12.45", minutes, seconds and hundredths."""
    g = c.groups
    if g.get("rm"):  # "30:12.45": minutes, seconds and their hundredths
        m, s = int(g["rm"]), int(g["rs"])
        if s > 59:
            return None
        seconds = f"{s}.{g['rf']}".rstrip("0").rstrip(".")
        value = f"PT{m}M{seconds}S" if m else f"PT{seconds}S"
        return "DURATION", Period(value), "minutes:seconds.hundredths: a race's time, a length"
    h, m, s = int(g["h"]), int(g["mi"]), int(g["s"])
    if m > 59 or s > 59:
        return None
    if any(ch.isalpha() for ch in ctx.text[c.start : c.end]):  # a zone follows
        if h > 24:
            return "TIME", Period(None), "not a real time of day"
        when = ctx.base
        value = f"{when.isoformat()}T{h:02d}:{m:02d}:{s:02d}"
        return "TIME", Period(value, when, when), f"clock time on {when.isoformat()}"
    parts = "".join(f"{n}{u}" for n, u in ((h, "H"), (m, "M"), (s, "S")) if n)
    return "DURATION", Period(f"PT{parts or '0S'}"), "hours:minutes:seconds: a length of time"
