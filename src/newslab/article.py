"""Articles: front matter + body -> an :class:`Article` with paragraph offsets.

The file format is the contract of ``ANNOTATIONS.md``: YAML front matter between two
``---`` lines, then one paragraph a line.  The body is the non-blank lines joined with
``"\\n"``; every offset in newslab is a ``str`` index into that body.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import NewslabError

__all__ = ["MAX_CHARS", "Article", "ArticleFormatError", "Paragraph", "normalize_body", "slugify"]

#: The longest body newslab analyses at once: about 35,000 words, twice the longest article of
#: the Wikinews sample. Analysis time grows in step with the length, and memory with it (the
#: model needs about 1 GiB for this much); longer texts are refused before the model runs.
MAX_CHARS = 200_000


class ArticleFormatError(NewslabError, ValueError):
    """An article file or text that newslab cannot read, with where and how to fix it.

    Examples
    --------
    >>> err = ArticleFormatError("the body is empty", path="a.md", line=6, fix="add text")
    >>> str(err)
    'a.md, line 6: the body is empty. Fix: add text'
    """

    def __init__(
        self,
        problem: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        fix: str | None = None,
    ) -> None:
        self.problem = problem
        self.path = str(path) if path is not None else None
        self.line = line
        self.fix = fix
        super().__init__(self._message())

    def _message(self) -> str:
        where = self.path or "<text>"
        if self.line is not None:
            where += f", line {self.line}"
        text = f"{where}: {self.problem}"
        if self.fix:
            text += f". Fix: {self.fix}"
        return text


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the body: ``body[start:end] == text``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """A news article: metadata and a normalized body.

    Build one with :func:`load_article` or :meth:`Article.from_text`.

    Examples
    --------
    >>> a = Article.from_text("Rain fell.\\n\\nIt stopped.", title="Rain", published="2024-05-01")
    >>> a.body
    'Rain fell.\\nIt stopped.'
    >>> [p.start for p in a.paragraphs]
    [0, 11]
    """

    title: str
    published: dt.date | None
    body: str
    slug: str
    outlet: str | None = None
    dateline: str | None = None
    author: str | None = None
    url: str | None = None
    license: str | None = None
    path: Path | None = None
    paragraphs: tuple[Paragraph, ...] = field(default=(), compare=False)
    _starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.paragraphs:
            object.__setattr__(self, "paragraphs", _paragraphs(self.body))
        object.__setattr__(self, "_starts", tuple(p.start for p in self.paragraphs))

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        title: str,
        published: dt.date | str | None,
        outlet: str | None = None,
        dateline: str | None = None,
        author: str | None = None,
        url: str | None = None,
        license: str | None = None,  # noqa: A002 - the front-matter key
        slug: str | None = None,
    ) -> Article:
        """Make an article from pasted text (paragraphs on separate lines).

        ``published`` may be ``None``: the article then loads, but relative dates
        ("Sunday", "last week") are left unresolved instead of guessed.

        Examples
        --------
        >>> a = Article.from_text("Talks went on.", title="Talks", published="2022-02-14")
        >>> a.published, a.slug
        (datetime.date(2022, 2, 14), 'talks-2022-02-14')
        """
        if not isinstance(text, str):
            raise ArticleFormatError(
                f"the article text must be a str, not {type(text).__name__}",
                fix="pass the text itself, e.g. Article.from_text(open(path).read(), ...)",
            )
        date = None if published is None else _parse_date(published, path=None, line=None)
        body = normalize_body(text)
        if not body:
            raise ArticleFormatError("the article text is empty", fix="paste the article's text")
        title = str(title).strip() or "Untitled article"
        if slug is None:
            slug = slugify(title) + (f"-{date.isoformat()}" if date else "")
        return cls(
            title=title,
            published=date,
            body=body,
            slug=slug,
            outlet=outlet,
            dateline=dateline,
            author=author,
            url=url,
            license=license,
        )

    def paragraph_at(self, offset: int) -> Paragraph:
        """The paragraph that holds character ``offset`` of the body (its newline included)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset <= self.paragraphs[i].end:
            return self.paragraphs[i]
        raise IndexError(f"offset {offset} is outside the body (length {len(self.body)})")


_WS_ONLY = re.compile(r"^[\s\u200b\u200c\u200d\u2060\ufeff]*$")


def normalize_body(text: str) -> str:
    """Bring pasted text to the ANNOTATIONS.md body form.

    CRLF and CR line ends become ``\\n``, a byte-order mark and trailing spaces go,
    blank lines between paragraphs are dropped.

    Examples
    --------
    >>> normalize_body("\\ufeffOne.  \\r\\n\\r\\nTwo.\\r\\n")
    'One.\\nTwo.'
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if not _WS_ONLY.match(line))


def _paragraphs(body: str) -> tuple[Paragraph, ...]:
    paras, start = [], 0
    for i, line in enumerate(body.split("\n")):
        paras.append(Paragraph(index=i, start=start, end=start + len(line), text=line))
        start += len(line) + 1
    return tuple(paras)


def slugify(text: str, *, words: int | None = None) -> str:
    """A file-name-safe slug: ``"Putin's talks!"`` -> ``"putin-s-talks"``.

    At most 60 characters; with ``words``, the first ``words`` words instead, however long.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = "-".join(slug.split("-")[:words]) if words else slug[:60].rstrip("-")
    return slug or "article"


def _parse_date(value: Any, *, path: Path | None, line: int | None) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    fix = "write the publication day as an ISO date, e.g. published: 2024-05-01"
    if isinstance(value, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise ArticleFormatError(
                f"'published' is {value.strip()!r}, which is not a real day ({exc})",
                path=path,
                line=line,
                fix=fix,
            ) from None
    raise ArticleFormatError(
        f"'published' must be a date like 2024-05-01, not {value!r}", path=path, line=line, fix=fix
    )
