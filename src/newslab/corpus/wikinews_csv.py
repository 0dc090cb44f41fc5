"""The upstream Wikinews CSV files (``url,date,title,text``) as article files.

One file a row: ``DATE-SLUG.md``, the slug being the title's first seven words; front matter
(title, outlet, published, url, license), then one paragraph a line, without the dateline
line that opens each Wikinews page; a run of spaces around a no-break space becomes one space.
Two different rows that would get the same name (same day, same title) both stay: the later
one gets ``-2``, ``-3``... in the order of the files. A row repeated word for word (a page
listed under two categories) is one article, written once.

>>> rows = [{"url": "https://en.wikinews.org//wiki/A", "date": "2019-01-04",
...          "title": "Storm hits coast", "text": "Friday, January 4, 2019\\n\\nIt rained."}]
>>> list(convert_rows(rows))
['2019-01-04-storm-hits-coast.md']
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable

from ..article import slugify

__all__ = ["convert_rows", "read_rows"]

_DATELINE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+\w+\s+\d{1,2},\s+\d{4}\s*$"
)
_NBSP = re.compile(r"[ \xa0]*\xa0[ \xa0]*")
#: Words of the title kept in the file name (the names the gold files use).
SLUG_WORDS = 7


def read_rows(data: bytes) -> list[dict[str, str]]:
    """The rows of one upstream CSV file."""
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def convert_rows(rows: Iterable[dict[str, str]]) -> dict[str, str]:
    """File name -> article text, for every row with a title, a date and some text."""
    articles: dict[str, str] = {}
    for row in rows:
        converted = _convert(row)
        if converted is None:
            continue
        stem, text = converted
        name, n = f"{stem}.md", 1
        while name in articles and articles[name] != text:
            n += 1
            name = f"{stem}-{n}.md"
        articles[name] = text
    return articles


def _convert(row: dict[str, str]) -> tuple[str, str] | None:
    text = (row.get("text") or "").replace("\r\n", "\n")
    title = (row.get("title") or "").strip()
    lines = [_NBSP.sub(" ", line).strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    if lines and _DATELINE.match(lines[0]):
        lines = lines[1:]
    try:
        published = dt.date.fromisoformat((row.get("date") or "")[:10])
    except ValueError:
        return None
    if not lines or not title:
        return None
    url = re.sub(r"(?<!:)//+", "/", (row.get("url") or "").strip())
    front = [
        "---",
        f"title: {_yaml(title)}",
        'outlet: "Wikinews"',
        f"published: {published.isoformat()}",
        f"url: {_yaml(url)}",
        'license: "CC BY 2.5"',
        "---",
    ]
    stem = f"{published.isoformat()}-{slugify(title, words=SLUG_WORDS)}"
    return stem, "\n".join(front + lines) + "\n"


def _yaml(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
