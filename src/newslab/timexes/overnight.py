"""A night that runs past midnight: after "left at 11:40 p.m. on Friday", a clock time of the
small hours with no day of its own ("a distress call at 12:52 a.m.") is Saturday's.

A clock time without a day takes the day the story is at (:mod:`.extract`); read in order,
an early-morning time (before 6 a.m.) right after a late one (8 p.m. or later) on that same
day, in the same paragraph with no other day named between, has crossed midnight; so have
the morning's times after it ("12:52 a.m. ... 3 a.m. ... 9 a.m.").

>>> import datetime as dt
>>> from newslab.timexes.values import Candidate, Period
>>> day = dt.date(2025, 8, 15)
>>> cands = [Candidate(0, 10, "clock", {}), Candidate(30, 40, "clock", {})]
>>> results = {0: ("TIME", Period("2025-08-15T23:40", day, day), "r"),
...            1: ("TIME", Period("2025-08-15T00:52", day, day), "r")}
>>> past_midnight(cands, results, "x" * 50)[1][1].value
'2025-08-16T00:52'
"""

from __future__ import annotations

import datetime as dt
import re

from .values import Candidate, Period, Resolved

__all__ = ["past_midnight"]

_CLOCK = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$")
#: Late enough that a small-hours time after it is the next day's; and what "small" is.
LATE, EARLY, NOON = 20, 6, 12


def past_midnight(
    cands: list[Candidate], results: dict[int, Resolved], text: str
) -> dict[int, Resolved]:
    """``results`` with each small-hours clock time after a late one moved to the next day."""
    out = dict(results)
    late: tuple[dt.date, int] | None = None  # the day of the last late time, where it ended
    morning = False  # past midnight already: the next morning's times go on that day
    for i, cand in enumerate(cands):
        result = out.get(i)
        if result is None or result[1].start is None:
            continue
        ttype, period, rule = result
        m = _CLOCK.match(period.value or "")
        if ttype != "TIME" or m is None:
            if late is not None and period.start == period.end and period.start != late[0]:
                late = None  # another day named: the story has moved on
            continue
        day, hour = dt.date.fromisoformat(m.group(1)), int(m.group(2))
        own = cand.groups.get("weekday") or cand.groups.get("dayword")
        crossed = (
            late is not None
            and cand.kind == "clock"
            and not own
            and hour < (NOON if morning else EARLY)
            and day == late[0]
            and _paragraph_end(text, late[1]) > cand.start
        )
        if crossed and late is not None:
            night, day = late[0], day + dt.timedelta(days=1)
            value = f"{day.isoformat()}T{m.group(2)}:{m.group(3)}"
            why = f"clock time on {day.isoformat()}, past midnight after a late hour on {night}"
            out[i] = (ttype, Period(value, day, day), why)
            late, morning = (night, cand.end), True  # "12:52 a.m. ... 3 a.m. ... 9 a.m."
        elif hour >= LATE:
            late, morning = (day, cand.end), False
        elif hour >= EARLY or late is None or day != late[0]:
            late, morning = None, False
    return out


def _paragraph_end(text: str, at: int) -> int:
    """Where the paragraph holding ``at`` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end
