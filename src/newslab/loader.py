"""Reading article files: front matter checked, errors that name the file, the line and the fix."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .article import (
    MAX_CHARS,
    Article,
    ArticleFormatError,
    _parse_date,
    normalize_body,
    slugify,
)

__all__ = ["load_article", "parse_article"]

REQUIRED_KEYS = ("title", "published", "license")
#: The largest article file read: MAX_CHARS characters of up to 4 bytes, and front matter.
MAX_FILE_BYTES = 4 * MAX_CHARS + 65_536
EXAMPLE_FRONT_MATTER = (
    "a line '---', then lines 'title: \"Headline\"', 'published: 2024-03-05' and "
    "'license: \"CC BY 2.5\"', then '---', then the text, one paragraph a line"
)


def load_article(path: str | Path) -> Article:
    """Read an article file in the ANNOTATIONS.md format.

    Raises :class:`ArticleFormatError` naming the file, the line and the fix for
    anything it cannot read.

    Examples
    --------
    >>> a = load_article("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    >>> a.title  # doctest: +SKIP
    'Putin signals talks with U.S. will go on'
    """
    path = Path(path)
    if path.is_dir():
        raise ArticleFormatError(
            "this is a folder, not an article file", path=path, fix="name one .md file"
        )
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO must not block the open
    except FileNotFoundError:
        raise ArticleFormatError(
            "no such file", path=path, fix="check the path (is it relative to this folder?)"
        ) from None
    except OSError as exc:
        raise ArticleFormatError(f"cannot be read ({exc.strerror})", path=path) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ArticleFormatError(
                "not a regular file (a pipe or a device), so it cannot be read as an article",
                path=path,
                fix="save the article to a file and name that file",
            )
        if info.st_size > MAX_FILE_BYTES:
            raise ArticleFormatError(
                f"the file is {info.st_size:,} bytes long; newslab reads article files up to "
                f"{MAX_FILE_BYTES:,} bytes (articles up to {MAX_CHARS:,} characters)",
                path=path,
                fix="split it into several article files, one story each",
            )
        try:
            raw = handle.read()
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
            "the file is empty",
            path=where,
            line=1,
            fix="write " + EXAMPLE_FRONT_MATTER,
        )
    if lines[first].strip() != "---":
        raise ArticleFormatError(
            "the file must start with front matter: a line '---', the metadata, then '---'",
            path=where,
            line=first + 1,
            fix="start the file with " + EXAMPLE_FRONT_MATTER,
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
        """SafeLoader that leaves dates as text, so a bad date gets our message, and refuses
        aliases: a dozen lines of nested ``*name`` can expand to gigabytes."""

        def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise ArticleFormatError(
                    f"the front matter uses a YAML alias (*{event.anchor}), which newslab "
                    "does not expand",
                    path=where,
                    line=first_line + event.start_mark.line,
                    fix="write the value out in full instead of the *name",
                )
            return super().compose_node(parent, index)

    _Loader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    try:
        meta = yaml.load(block, Loader=_Loader) if block.strip() else None  # noqa: S506
    except ArticleFormatError:
        raise
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
