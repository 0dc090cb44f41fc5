"""Gold annotation files: find them, find their articles, annotate and score."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .article import Article, ArticleFormatError
from .loader import load_article
from .scoring import LAYERS, gold_layers

__all__ = [
    "GoldFile",
    "evaluate_gold",
    "find_gold_files",
    "gold_layers",
    "load_gold",
    "meantime_folder",
    "resolve_article",
]


class GoldFile(dict):  # type: ignore[type-arg]
    """A gold JSON object, with the path it came from in ``.path``."""

    path: Path


def find_gold_files(paths: Iterable[Path]) -> list[Path]:
    """Gold files named directly, and every ``*.gold.json`` in the folders named."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(path.glob("*.gold.json"))
        elif path.exists():
            found.append(path)
        else:
            raise ArticleFormatError("no such gold file or folder", path=path)
    if not found:
        raise ArticleFormatError(
            "no *.gold.json files here",
            path=", ".join(map(str, paths)),
            fix="name a folder such as tests/gold",
        )
    return found


def load_gold(path: Path) -> GoldFile:
    """Read one gold file and check that it has the ANNOTATIONS.md keys."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ArticleFormatError(
            f"not valid JSON ({exc.msg})", path=path, line=exc.lineno
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("slug", data.get("article")), str):
        raise ArticleFormatError(
            "a gold file is one JSON object naming its article by 'slug'",
            path=path,
            fix='add "slug": "the-article-file-name-without-md"',
        )
    layers = data.get("layers", list(LAYERS))
    if not isinstance(layers, list) or not layers or any(x not in LAYERS for x in layers):
        raise ArticleFormatError(
            f"'layers' is {layers!r}: it names the layers the file annotates",
            path=path,
            fix=f'write a list of some of {list(LAYERS)}, e.g. "layers": ["timexes"]',
        )
    gold = GoldFile(data)
    gold.path = path
    return gold


def resolve_article(gold: GoldFile, *, articles: str | Path | None = None) -> Path:
    """Where the gold file's article is: ``SLUG.md`` in ``articles``, in the project's
    ``seeds/`` or in the Wikinews sample (:func:`newslab.datasets.wikinews`, never downloaded
    here); an older gold file's ``"article"`` path is tried first, as written."""
    from .corpus.wikinews import DatasetError

    ref = Path(gold.get("article") or f"{gold['slug']}.md")
    name = Path(f"{gold['slug']}.md").name if "slug" in gold else ref.name
    project = gold.path.resolve().parent.parent.parent
    candidates = [ref, project / ref, gold.path.parent / ref] if "article" in gold else []
    candidates += [Path(articles) / name] if articles else []
    candidates.append(project / "seeds" / name)
    on_meantime = gold.path.resolve().parent.name == "meantime"  # tests/gold/meantime/X
    if on_meantime:  # MEANTIME's texts, found as the floor tests find them
        candidates.append(meantime_folder(gold.path.resolve().parents[3]) / "articles" / name)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    try:
        sample = _sample_folder() / name
    except DatasetError as exc:
        problem, fix = f"cannot find the article {name}: {exc}", "pass --articles FOLDER"
    else:
        if sample.is_file():
            return sample
        problem = f"cannot find the article {name} (not in the Wikinews sample, {sample.parent})"
        fix = "pass --articles FOLDER with the folder that holds it"
        if on_meantime:
            fix = "set NEWSLAB_MEANTIME to MEANTIME's folder, or pass --articles FOLDER/articles"
    raise ArticleFormatError(problem, path=gold.path, fix=fix)


def meantime_folder(project: Path) -> Path:
    """Where MEANTIME is (it is not shipped, and never downloaded): the folder
    ``NEWSLAB_MEANTIME`` names, else ``shared/meantime`` beside the project.

    >>> meantime_folder(Path("/work/main")).name  # doctest: +SKIP
    'meantime'
    """
    return Path(os.environ.get("NEWSLAB_MEANTIME") or project.parent / "shared" / "meantime")


#: The Wikinews sample's folder once found and verified (hashing its files takes a moment, and
#: an evaluation looks for it once a gold file); nothing is kept while it is missing.
_SAMPLE: dict[str, Path] = {}


def _sample_folder() -> Path:
    from .corpus.wikinews import wikinews_folder

    if "folder" not in _SAMPLE:
        _SAMPLE["folder"] = wikinews_folder(download=False)
    return _SAMPLE["folder"]


def check_gold(gold: GoldFile, article: Article) -> None:
    """Every gold span must satisfy ``body[start:end] == text``."""
    for layer in gold_layers(gold):
        for item in gold.get(layer, []):
            if article.body[item["start"] : item["end"]] != item["text"]:
                raise ArticleFormatError(
                    f"{layer} span {item['start']}:{item['end']} is "
                    f"{article.body[item['start'] : item['end']]!r}, not {item['text']!r}",
                    path=gold.path,
                    fix="the gold file and the article differ: re-check the offsets",
                )


def evaluate_gold(
    paths: Iterable[Path], *, articles: str | Path | None = None, baseline: bool = False
) -> dict[str, Any]:
    """Annotate each gold file's article and return micro-averaged scores.

    The result holds ``"total"`` (as :func:`newslab.scoring.sum_scores`),
    ``"articles"`` (the scores of each article by slug) and ``"baseline_entities"``: spaCy's
    own entities scored from the same parse, without newslab's rules (the gap the rules
    close). With ``baseline=True`` those plain entities replace newslab's in ``"total"``.
    A gold file scores only the layers it annotates (``"layers": ["timexes"]``, say).

    Examples
    --------
    >>> evaluate_gold([Path("tests/gold")])["total"]["entities"]["ALL"].f1  # doctest: +SKIP
    0.907
    """
    from .annotation import annotate
    from .scoring import PRF, score_all, score_entities, sum_scores

    per_article: dict[str, Any] = {}
    plain_total: dict[str, PRF] = {}
    for path in find_gold_files(list(paths)):
        gold = load_gold(path)
        article = load_article(resolve_article(gold, articles=articles))
        check_gold(gold, article)
        ann = annotate(article)
        layers = gold_layers(gold)  # only the layers the gold file scores are worked out
        pred = {layer: [x.to_dict() for x in getattr(ann, layer)] for layer in layers}
        if "entities" in layers:
            plain = [
                {"start": e.start_char, "end": e.end_char, "label": e.label_} for e in ann.doc.ents
            ]
            for label, prf in score_entities(gold.get("entities", []), plain).items():
                plain_total[label] = plain_total.get(label, PRF(0, 0, 0)) + prf
            if baseline:
                pred["entities"] = plain
        per_article[gold.get("slug", path.stem)] = score_all(gold, pred, layers=layers)
    return {
        "total": sum_scores(per_article.values()),
        "articles": per_article,
        "baseline_entities": plain_total,
    }


def gold_summary(gold: str | Path, *, articles: str | Path | None = None) -> str:
    """newslab's scores on a gold folder, beside the plain model's, as lines to print; or a
    sentence saying why they cannot be computed here (never an exception)."""
    try:
        result = evaluate_gold([Path(gold)], articles=articles)  # one parse gives both rows
        ours, plain = result["total"], {"entities": result["baseline_entities"]}
    except ArticleFormatError as exc:
        return f"The gold annotations cannot be scored here ({exc}). The README lists the scores."
    lines = []
    if "entities" in ours:
        lines += [
            f"entities, strict F1, newslab:       {ours['entities']['ALL'].f1:.3f}",
            f"entities, strict F1, plain model:   {plain['entities']['ALL'].f1:.3f}",
        ]
    if "quotes" in ours:
        lines.append(f"quotes, span + speaker F1:          {ours['quotes']['span_speaker'].f1:.3f}")
    if "timexes" in ours:
        lines.append(f"time expressions, value F1:         {ours['timexes']['value'].f1:.3f}")
    return "\n".join(lines)
