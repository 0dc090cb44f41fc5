"""One annotated article: the Doc, sentences, entities, quotes and timexes, computed once."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import MAX_CHARS, Article, ArticleFormatError
from .errors import NewslabError
from .loader import load_article
from .nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from .entities import Entity
    from .quotes import ChainBuilder, Chains, Quote
    from .timexes import Timex

__all__ = ["Annotatable", "AnnotatedArticle", "Sentence", "annotate", "annotate_docs", "annotated"]


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``body[start:end] == text``, in paragraph ``paragraph``."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


class AnnotatedArticle:
    """An article with everything newslab finds in it, each layer computed once, lazily.

    Make one with :func:`annotate`. ``entities``, ``quotes`` and ``timexes`` are tuples of
    frozen dataclasses whose ``start``/``end`` are offsets into ``article.body``.
    """

    def __init__(self, article: Article, doc: Doc, *, anchor: dt.date | None = None) -> None:
        if doc_text(doc) != article.body:
            raise ValueError("the Doc was not made from this article's body")
        self.article = article
        self.doc = doc
        self.anchor = anchor if anchor is not None else article.published

    def __repr__(self) -> str:
        return f"<AnnotatedArticle {self.article.slug!r}: {len(self.entities)} entities>"

    @property
    def body(self) -> str:
        return self.article.body

    @functools.cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        out = []
        for sent in self.doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            end = start + len(text)
            para = self.article.paragraph_at(start).index
            out.append(Sentence(len(out), start, end, text, para))
        return tuple(out)

    @functools.cached_property
    def _sentence_starts(self) -> tuple[int, ...]:
        return tuple(s.start for s in self.sentences)

    @functools.cached_property
    def _raw_entities(self) -> tuple[Entity, ...]:
        """The entity rules' entities, before the dates only the timex layer found."""
        from .entities import extract_entities

        return tuple(extract_entities(self.doc, outlet=self.article.outlet))

    @functools.cached_property
    def _builder(self) -> ChainBuilder:
        from .entities import Entity
        from .entities.dated import dated_entities
        from .quotes import ChainBuilder

        raw = self._raw_entities
        found = [(t.start, t.end, t.type, t.value) for t in self.timexes]
        kept = {(e.start, e.end, e.label): e for e in raw}
        if (dated := dated_entities(self.body, found, list(kept))) != sorted(kept):
            body = self.body  # a date's canonical name is its own words: no other name changes
            raw = tuple(
                kept.get(sp) or Entity(*sp[:2], body[sp[0] : sp[1]], sp[2], body[sp[0] : sp[1]])
                for sp in dated
            )
        builder = ChainBuilder(self.body, [(e.start, e.end, e.label) for e in raw])
        builder.entities = raw
        return builder

    @functools.cached_property
    def entities(self) -> tuple[Entity, ...]:
        """Named entities; each one's ``canonical`` is the name its chain gives the source
        (the fullest name the article gives), so every table counts one source once."""
        builder = self._builder
        return tuple(builder.renamed(e) for e in builder.entities)

    @functools.cached_property
    def _quotes_and_chains(self) -> tuple[tuple[Quote, ...], list[str], Chains]:
        from .quotes import extract_quotes

        builder = self._builder
        quotes, warnings = extract_quotes(
            self.doc, self.entities, chains=builder, headline=self.article.title
        )
        return quotes, warnings, builder.freeze()

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Attributed statements: direct, indirect and mixed quotes, in reading order."""
        return self._quotes_and_chains[0]

    @property
    def chains(self) -> Chains:
        """Who is who: the chains of mentions that refer to one source, each with the
        fullest name the article gives (names, pronouns, titles and role nouns)."""
        return self._quotes_and_chains[2]

    @property
    def warnings(self) -> list[str]:
        """Problems found in the text itself, such as quotation marks that do not balance."""
        return list(self._quotes_and_chains[1])

    @functools.cached_property
    def timexes(self) -> tuple[Timex, ...]:
        """Temporal expressions, resolved against ``anchor`` (the publication date)."""
        from .timexes import extract_timexes

        return extract_timexes(self.doc, self._raw_entities, anchor=self.anchor)

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding character ``offset`` of the body."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < max(self.sentences[i].end, self.sentences[i].start + 1):
            return self.sentences[i]
        raise IndexError(f"offset {offset} is in no sentence")

    def to_dict(self) -> dict[str, Any]:
        """The ANNOTATIONS.md JSON object for this article."""
        return {
            "slug": self.article.slug,
            "published": self.article.published.isoformat() if self.article.published else None,
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "timexes": [t.to_dict() for t in self.timexes],
        }


def annotate(
    article: Article | str | Path, *, anchor: dt.date | str | None = None
) -> AnnotatedArticle:
    """Run the model once on an article and return its annotations.

    ``article`` is an :class:`Article` or a path to an article file. ``anchor`` replaces the
    publication date as the day relative dates are resolved against.

    Examples
    --------
    >>> ann = annotate("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    >>> ann.entities[0].text  # doctest: +SKIP
    'Vladimir Putin'
    """
    from .nlp import load_nlp

    if not isinstance(article, Article):
        article = load_article(article)
    check_length(article)
    doc = load_nlp()(article.body)
    return AnnotatedArticle(article, doc, anchor=_as_date(anchor))


#: What every table, plot, widget and export accepts: a path, an Article, or an AnnotatedArticle.
Annotatable = "AnnotatedArticle | Article | str | Path"


def annotated(item: AnnotatedArticle | Article | str | Path) -> AnnotatedArticle:
    """The annotated article for ``item``: itself if already annotated, else :func:`annotate`.

    Every public function that works on an article calls this first, so each of them takes
    a path, a loaded :class:`Article` or an :class:`AnnotatedArticle` alike.

    Examples
    --------
    >>> ann = annotated("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    >>> annotated(ann) is ann  # doctest: +SKIP
    True
    """
    if isinstance(item, AnnotatedArticle):
        return item
    if isinstance(item, Article | str | Path):
        return annotate(item)
    raise NotAnArticleError(
        f"expected an article (a file's path, an Article or an annotated article), "
        f"got {type(item).__name__}; load one with newslab.load_article(PATH) "
        "or newslab.annotate(PATH)"
    )


class NotAnArticleError(NewslabError, TypeError):
    """A function that works on an article was given something else."""


def annotate_docs(
    articles: Iterable[Article], *, batch_size: int = 16
) -> Iterator[AnnotatedArticle]:
    """Annotate many articles with one model and ``nlp.pipe`` batches."""
    from .nlp import load_nlp

    articles = list(articles)
    docs = load_nlp().pipe((a.body for a in articles), batch_size=batch_size)
    for article, doc in zip(articles, docs, strict=True):
        yield AnnotatedArticle(article, doc)


def check_length(article: Article) -> None:
    """Refuse a body too long for one analysis, with the fix, before the model sees it."""
    if len(article.body) > MAX_CHARS:
        raise ArticleFormatError(
            f"the article is {len(article.body):,} characters long; newslab analyses up to "
            f"{MAX_CHARS:,} at once (about 35,000 words), so that one analysis takes seconds "
            "and under 1 GiB of memory",
            path=article.path,
            fix="split it into several article files (one story each), or analyse them as a corpus",
        )


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)
