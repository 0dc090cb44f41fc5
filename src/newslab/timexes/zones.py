"""A clock time given in UTC in brackets after the local time: "8:30 p.m. (0030 UTC)". The
two name one moment, so the UTC reading may fall on the next or the previous day.

>>> utc_day_shift("at 8:30 p.m. (0030 UTC)", 14, 0, 30)
1
>>> utc_day_shift("at 10:15 a.m. (0215 UTC)", 15, 2, 15)
0
"""

from __future__ import annotations

import re

__all__ = ["utc_day_shift"]

#: The local time right before the bracket: "8:30 p.m. (", "10 a.m. local time (".
_LOCAL_BEFORE = re.compile(
    r"\b(\d{1,2})(?:[:.](\d\d))?\s?([ap])\.?\s?m\.?(?:\s+local\s+time)?\s*\(\s*$", re.IGNORECASE
)


def utc_day_shift(text: str, start: int, hour: int, minute: int) -> int:
    """Days from the local time's day to the UTC time's day (-1, 0 or 1): the zone's offset
    is read as the difference of the two clock readings, between -12 and +14 hours.
    0 where no local time stands right before the bracket."""
    m = _LOCAL_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return 0
    local = (int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)) * 60
    local += int(m.group(2) or 0)
    offset = (hour * 60 + minute - local) % 1440  # UTC minus local, 0 .. 1439 minutes
    if offset > 14 * 60:
        offset -= 1440
    return (local + offset) // 1440
