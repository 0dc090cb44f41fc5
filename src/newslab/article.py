"""Articles: front matter + body -> an :class:`Article` with paragraph offsets.

The file format is the contract of ``ANNOTATIONS.md``: YAML front matter between two
``---`` lines, then one paragraph a line.  The body is the non-blank lines joined with
``"\\n"``; every offset in newslab is a ``str`` index into that body.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Article", "ArticleFormatError", "Paragraph", "load_article", "normalize_body"]

REQUIRED_KEYS = ("title", "published", "license")
EXAMPLE_FRONT_MATTER = (
    '---\ntitle: "Headline"\npublished: 2024-03-05\nlicense: "CC BY 2.5"\n---\n'
    "First paragraph on one line.\nSecond paragraph on one line."
)


class ArticleFormatError(ValueError):
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

    def __post_init__(self) -> None:
        if not self.paragraphs:
            object.__setattr__(self, "paragraphs", _paragraphs(self.body))

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
        """The paragraph that holds character ``offset`` of the body."""
        for para in self.paragraphs:
            if para.start <= offset <= para.end:
                return para
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


def slugify(text: str) -> str:
    """A file-name-safe slug: ``"Putin's talks!"`` -> ``"putin-s-talks"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "article"


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


def load_article(path: str | Path) -> Article:
    """Read an article file in the ANNOTATIONS.md format.

    Raises :class:`ArticleFormatError` naming the file, the line and the fix for
    anything it cannot read.

    Examples
    --------
    >>> a = load_article("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    >>> a.title
    'Putin signals talks with U.S. will go on'
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleFormatError(
            "no such file", path=path, fix="check the path (is it relative to this folder?)"
        ) from None
    except IsADirectoryError:
        raise ArticleFormatError(
            "this is a folder, not an article file", path=path, fix="name one .md file"
        ) from None
    except OSError as exc:
        raise ArticleFormatError(f"cannot be read ({exc.strerror})", path=path) from None
    return parse_article(raw, path=path)


def parse_article(raw: bytes | str, *, path: str | Path | None = None) -> Article:
    """Parse the bytes (or text) of an article file; ``path`` is only used in messages."""
    where = Path(path) if path is not None else None
    text = _decode(raw, where) if isinstance(raw, bytes) else raw
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ArticleFormatError(
            "the file contains a NUL byte, so it is not a text file",
            path=where,
            line=line,
            fix="save the article as plain UTF-8 text",
        )
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise ArticleFormatError(
            "the file is empty", path=where, line=1, fix="start it like this:\n" + EXAMPLE_FRONT_MATTER
        )
    if lines[first].strip() != "---":
        raise ArticleFormatError(
            "the file must start with front matter: a line '---', the metadata, then '---'",
            path=where,
            line=first + 1,
            fix="start the file like this:\n" + EXAMPLE_FRONT_MATTER,
        )
    close = next((i for i in range(first + 1, len(lines)) if lines[i].strip() == "---"), None)
    if close is None:
        raise ArticleFormatError(
            "the front matter opened with '---' is never closed",
            path=where,
            line=first + 1,
            fix="add a line '---' after the last metadata line (license: ...)",
        )
    meta = _front_matter("\n".join(lines[first + 1 : close]), where, first + 2)
    key_line = _key_lines(lines, first + 1, close)
    for key in REQUIRED_KEYS:
        if meta.get(key) in (None, ""):
            raise ArticleFormatError(
                f"the front matter has no '{key}'",
                path=where,
                line=key_line.get(key, close + 1),
                fix=f"add a line like {_EXAMPLE_LINES[key]} before the closing '---'",
            )
    published = _parse_date(meta["published"], path=where, line=key_line.get("published"))
    body = normalize_body("\n".join(lines[close + 1 :]))
    if not body:
        raise ArticleFormatError(
            "the article has no body after the front matter",
            path=where,
            line=close + 2,
            fix="put the article's text after the closing '---', one paragraph a line",
        )
    return Article(
        title=str(meta["title"]).strip(),
        published=published,
        body=body,
        slug=where.stem if where is not None else slugify(str(meta["title"])),
        outlet=_opt(meta.get("outlet")),
        dateline=_opt(meta.get("dateline")),
        author=_opt(meta.get("author")),
        url=_opt(meta.get("url")),
        license=str(meta["license"]),
        path=where,
    )


_EXAMPLE_LINES = {
    "title": 'title: "Headline"',
    "published": "published: 2024-05-01",
    "license": 'license: "CC BY 2.5"',
}


def _decode(raw: bytes, where: Path | None) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ArticleFormatError(
            f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} at position {exc.start})",
            path=where,
            line=line,
            fix="re-save it as UTF-8 (in most editors: Save As > Encoding > UTF-8)",
        ) from None


def _front_matter(block: str, where: Path | None, first_line: int) -> Mapping[str, Any]:
    import yaml  # local: keeps `import newslab` light

    class _Loader(yaml.SafeLoader):
        """SafeLoader that leaves dates as text, so a bad date gets our message."""

    _Loader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    try:
        meta = yaml.load(block, Loader=_Loader) if block.strip() else None  # noqa: S506
    except yaml.MarkedYAMLError as exc:
        mark = exc.context_mark or exc.problem_mark
        line = first_line + mark.line if mark is not None else first_line
        raise ArticleFormatError(
            f"the front matter is not valid YAML ({exc.problem or exc.context})",
            path=where,
            line=line,
            fix='write one "key: value" a line, and put quotes around values with a colon',
        ) from None
    except (yaml.YAMLError, ValueError) as exc:
        raise ArticleFormatError(
            f"the front matter cannot be read ({exc})",
            path=where,
            line=first_line,
            fix="check the dates and values between the two '---' lines",
        ) from None
    if not isinstance(meta, dict):
        raise ArticleFormatError(
            "the front matter must be a mapping of 'key: value' lines",
            path=where,
            line=first_line,
            fix="write title:, published: and license: lines between the two '---' lines",
        )
    return meta


def _key_lines(lines: list[str], start: int, stop: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for i in range(start, stop):
        m = re.match(r"\s*([A-Za-z_][\w-]*)\s*:", lines[i])
        if m:
            found.setdefault(m.group(1), i + 1)
    return found


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)
