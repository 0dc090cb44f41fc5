"""Which file holds a learner's work on an article, and who may write it.

Work is saved in ``newslab-work/SLUG-HASH-TASK.json`` beside the notebook: ``HASH`` is the
start of the SHA-256 of the article's text when the work began, so two articles with the
same file name in different folders never share a file. An article edited after it was
marked finds its work again by its file's path (its marks then follow their words).

Opening never loses anything: a save file that cannot be read is moved aside and named; a
read-only notebook folder is found at once and the work goes to ``~/newslab-work`` instead;
a file holding another article's work is refused, not overwritten. Only the annotator opened
last on a file saves to it (:func:`claim`): an older one, or one whose file another kernel
changed, refuses and says why.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import NewslabError
from ..safe_io import check_writable, unwritable_reason
from .learner_marks import AnnotationError, Session
from .saved_marks import WorkFileError, place, read_saved, text_hash

__all__ = ["FOLDER", "Claim", "OpenedWork", "claim", "open_work", "work_file_name"]

#: The folder, beside the notebook (or in the home folder), that holds the learner's work.
FOLDER = "newslab-work"
_SLUG_BYTES = 80


@dataclass
class OpenedWork:
    """Where an article's work is saved, the session loaded from it, and what to tell the
    learner about it (one sentence each)."""

    path: Path
    session: Session
    messages: list[str] = field(default_factory=list)


def _short(name: str, limit: int = _SLUG_BYTES) -> str:
    return name.encode("utf-8", "surrogateescape")[:limit].decode("utf-8", "ignore")


def work_file_name(slug: str, original: str, task: str) -> str:
    """``SLUG-HASH-TASK.json``, the slug shortened so the name fits any file system.

    >>> work_file_name("putin-talks", "8a4b1e83d9ac0123", "quotes")
    'putin-talks-8a4b1e83d9ac-quotes.json'
    """
    return f"{_short(slug)}-{original[:12]}-{task}.json"


def _source(article: Article) -> str | None:
    return str(article.path.resolve()) if article.path is not None else None


def _belongs(data: dict[str, Any], article: Article, digest: str) -> bool:
    """Is this saved work about this article (the same text, or the same file edited)?"""
    saved = data.get("article") or {}
    if digest in (data.get("original_sha256"), saved.get("sha256")):
        return True
    if "version" not in data:  # saved before work files knew their article: trust the name
        return data["slug"] == article.slug
    if saved.get("path") is None and article.path is None:
        return data["slug"] == article.slug
    return saved.get("path") == _source(article)


def _move_aside(path: Path, why: str) -> str:
    """Rename an unreadable save file (and copy its ``.previous``) out of the way; the message."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{_short(path.name, 200)}.corrupt-{stamp}")
    n = 1
    while os.path.lexists(aside):
        n += 1
        aside = path.with_name(f"{_short(path.name, 200)}.corrupt-{stamp}-{n}")
    try:
        os.rename(path, aside)
    except OSError as exc:
        return (
            f"{path.name} could not be read ({why}) nor moved aside ({exc.strerror}); it is kept "
            "as it is, and this annotator starts clean."
        )
    previous = path.with_name(path.name + ".previous")
    text = (
        f"{path.name} could not be read ({why}), so this annotator starts clean; "
        f"that file is kept as {aside.name}"
    )
    if previous.is_file():
        shutil.copy2(previous, aside.with_name(aside.name + ".previous"))
        return text + (
            f", and the version saved before it is {previous.name} (also kept as "
            f"{aside.name}.previous): to go back to it, copy it to {path.name} and run this "
            "cell again."
        )
    return text + " (there is no .previous copy of it)."


def _read(path: Path, messages: list[str]) -> dict[str, Any] | None:
    try:
        return read_saved(path)
    except WorkFileError as exc:
        messages.append(_move_aside(path, str(exc)))
        return None


def _load(data: dict[str, Any], article: Article, path: Path) -> tuple[Session, list[str]]:
    session, problems = Session.from_saved(data, body=article.body, source=_source(article))
    if session.unplaced:
        they = "it is" if len(session.unplaced) == 1 else "they are"
        problems.append(f"{they} kept in {path.name} and listed below")
    return session, ["; ".join(problems) + "."] if problems else []


def _fresh(article: Article, task: str) -> Session:
    return Session(article.slug, article.body, task, source=_source(article))


def _open_named(path: Path, article: Article, task: str) -> OpenedWork:
    """The work file the learner named (``save_to=``)."""
    protect = [article.path] if article.path else []
    check_writable(path, protect=protect, longest_suffix=".previous")
    if reason := unwritable_reason(path.parent):
        raise AnnotationError(
            f"cannot save in {path.parent} ({reason}); choose a folder you can write to: "
            f"save_to='{Path('~') / FOLDER / path.name}'"
        )
    messages: list[str] = []
    if not path.exists() or (data := _read(path, messages)) is None:
        return OpenedWork(path, _fresh(article, task), messages)
    if data["task"] != task or not _belongs(data, article, text_hash(article.body)):
        which = "this" if _belongs(data, article, text_hash(article.body)) else "another"
        raise AnnotationError(
            f"{path} holds your {data['task']} marks on {which} article ({data['slug']!r}); it "
            f"is left as it is. Save this work in another file, e.g. "
            f"save_to='{_short(article.slug, 40)}-{task}.json', or leave save_to out"
        )
    session, problems = _load(data, article, path)
    return OpenedWork(path, session, messages + problems)


def _unusable(folder: Path) -> str | None:
    """Why work cannot be saved in ``folder`` (seeds/, read-only), or None."""
    try:
        check_writable(folder / "work.json")
    except NewslabError as exc:
        return str(exc)
    return unwritable_reason(folder)


def _folders() -> list[Path]:
    here, home = Path.cwd() / FOLDER, Path.home() / FOLDER
    return [here] if here.resolve() == home.resolve() else [here, home]


def _candidates(folder: Path, slug: str, task: str) -> list[Path]:
    pattern = re.compile(re.escape(_short(slug)) + r"-[0-9a-f]{12}-" + re.escape(task) + r"\.json")
    try:
        return sorted(
            (Path(e.path) for e in os.scandir(folder) if pattern.fullmatch(e.name)),
            key=lambda p: -p.stat().st_mtime,
        )
    except OSError:
        return []


def _legacy(folder: Path, article: Article, task: str, messages: list[str]) -> Session | None:
    """Work saved as ``SLUG-TASK.json`` by an older newslab: taken if it fits this text."""
    path = folder / f"{article.slug}-{task}.json"
    try:
        data = read_saved(path)
    except (OSError, WorkFileError):
        return None
    if data["task"] != task or any(place(article.body, m) is None for m in data["marks"]):
        messages.append(f"{path} holds earlier marks that do not fit this article; it is kept.")
        return None
    session, _ = Session.from_saved(data, body=article.body, source=_source(article))
    messages.append(f"Your earlier work from {path.name} is loaded (that file is kept).")
    return session


def open_work(article: Article, task: str, *, save_to: str | Path | None = None) -> OpenedWork:
    """Find (or choose) the file of the learner's work on ``article`` for ``task``, and load it.

    Examples
    --------
    >>> work = open_work(newslab.load_article("story.md"), "entities")  # doctest: +SKIP
    >>> work.path  # doctest: +SKIP
    PosixPath('newslab-work/story-1f0c3a9e2b7d-entities.json')
    """
    if save_to is not None:
        return _open_named(Path(save_to).expanduser(), article, task)
    digest, messages = text_hash(article.body), []
    reasons = {f: _unusable(f) for f in _folders()}
    writable = [f for f, reason in reasons.items() if reason is None]
    if not writable:
        raise AnnotationError(
            f"cannot save your work here ({reasons[_folders()[0]]}) nor in your home folder; "
            "name a folder you can write to: make_annotator(..., save_to='PATH.json')"
        )
    if writable[0] != _folders()[0]:
        messages.append(
            f"Your work cannot be saved beside this notebook ({reasons[_folders()[0]]}), so it "
            f"is saved in {writable[0]} instead."
        )
    others = []
    for folder in _folders():
        for path in _candidates(folder, article.slug, task):
            exact = path.name == work_file_name(article.slug, digest, task)
            data = _read(path, messages) if exact else _read_or_note(path, messages)
            if data is not None and _belongs(data, article, digest):
                target = path if folder in writable else writable[0] / path.name
                session, problems = _load(data, article, target)
                return OpenedWork(target, session, messages + problems)
            if data is not None:
                others.append(path.name)
    if others:
        messages.append(
            f"Marks on another article with the same name ({article.slug}) are kept in "
            f"{', '.join(others)}."
        )
    path = writable[0] / work_file_name(article.slug, digest, task)
    session = _legacy(_folders()[0], article, task, messages) or _fresh(article, task)
    return OpenedWork(path, session, messages)


def _read_or_note(path: Path, messages: list[str]) -> dict[str, Any] | None:
    """Saved work that may be another article's: read it, or say that it cannot be read."""
    try:
        return read_saved(path)
    except (OSError, WorkFileError) as exc:
        messages.append(f"{path.name} could not be read ({exc}); it is kept as it is.")
        return None


_LIVE: dict[str, tuple[str, str]] = {}


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@dataclass
class Claim:
    """One annotator's right to save a work file, as long as it is the newest on it."""

    path: Path
    token: str
    where: str
    seen: str | None

    def refusal(self) -> str | None:
        """Why this annotator must not save now (a newer one is open, or another kernel
        changed the file since this one read or wrote it), or None."""
        token, where = _LIVE.get(str(self.path.resolve()), (self.token, self.where))
        if token != self.token:
            return (
                f"Not saved: a newer annotator was opened on this work file ({self.path.name}); "
                f"use that one ({where}). This one no longer saves."
            )
        if _digest(self.path) != self.seen:
            return (
                f"Not saved: {self.path.name} was changed by another annotator (another notebook "
                "or kernel) since this one read it; run this cell again to load it, then add "
                "your mark again."
            )
        return None

    def saved(self) -> None:
        """Note the file as this annotator has just written it."""
        self.seen = _digest(self.path)


def claim(path: Path, *, where: str = "the one you opened last") -> Claim:
    """Make the annotator being opened the only one that saves to ``path``.

    >>> old, new = claim(Path("w.json")), claim(Path("w.json"))  # doctest: +SKIP
    >>> old.refusal()  # doctest: +SKIP
    'Not saved: a newer annotator was opened on this work file (w.json); ...'
    """
    token = uuid.uuid4().hex
    _LIVE[str(path.resolve())] = (token, where)
    return Claim(path, token, where, _digest(path))
