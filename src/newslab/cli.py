"""The ``newslab`` command: annotate, report, score and evaluate articles; fetch the sample.

Every user mistake ends with exit code 2 and one line saying what is wrong and how to fix
it; never a traceback (set ``NEWSLAB_DEBUG=1`` to see one).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from .errors import NewslabError

__all__ = ["main"]


class UsageError(NewslabError):
    """A mistake in how the command was called; the message says how to fix it."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line (no usage block) and exit code 2 from ``main``."""

    def error(self, message: str) -> NoReturn:
        message = re.sub(r"^argument (\S+): ", r"\1 ", message.replace("argument COMMAND: ", ""))
        raise UsageError(f"{message} (see `{self.prog} --help`)", self.prog)


def _at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or value < 1:
        shown = text if value is not None else repr(text)
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {shown}")
    return value


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newslab", description="Read a news article the way a data journalist does.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    a = sub.add_parser("annotate", help="entities, quotes and timexes of an article")
    a.add_argument("article", help="an article file (see ANNOTATIONS.md for the format)")
    a.add_argument("--format", choices=["json", "table"], default="json")
    a.add_argument("--anchor", help="resolve relative dates against this day (YYYY-MM-DD)")
    r = sub.add_parser("report", help="a short human summary of an article")
    r.add_argument("article")
    s = sub.add_parser("score", help="compare predicted annotations with gold ones")
    s.add_argument("gold", help="gold annotations (JSON, ANNOTATIONS.md form)")
    s.add_argument("pred", help="predicted annotations (JSON) from `newslab annotate`")
    s.add_argument("--format", choices=["text", "json"], default="text")
    c = sub.add_parser("corpus", help="annotate a folder of articles and write the tables")
    c.add_argument("folder", help="a folder of article files (*.md)")
    c.add_argument("--out", required=True, help="tables.csv or tables.parquet (one file a table)")
    c.add_argument(
        "--workers", type=_at_least_one, default=1, help="processes for the model (default 1)"
    )
    c.add_argument("--batch-size", type=_at_least_one, default=16)
    e = sub.add_parser("evaluate", help="annotate the articles of gold files and score them")
    e.add_argument("gold", nargs="+", help="gold JSON files or folders of *.gold.json")
    e.add_argument("--articles", help="folder to find the articles in, by file name")
    e.add_argument("--format", choices=["text", "json"], default="text")
    e.add_argument(
        "--baseline", action="store_true", help="score spaCy's plain entities, without the rules"
    )
    w = sub.add_parser("wikinews", help="fetch the Wikinews sample once (verified) and say where")
    w.add_argument("--offline", action="store_true", help="only look; never download")
    w.add_argument("--mirror", metavar="DIR", help="also write a mirror for an offline room in DIR")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    from .terminal import clean

    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        prog = exc.args[1] if len(exc.args) > 1 else "newslab"
        print(f"{prog}: {clean(str(exc.args[0]))}", file=sys.stderr)
        return 2
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return _run(args)
    except NewslabError as exc:
        print(f"newslab {args.command}: {clean(str(exc))}", file=sys.stderr)
        return 2
    except Exception as exc:  # pragma: no cover - the last guard against tracebacks
        if os.environ.get("NEWSLAB_DEBUG"):
            raise
        print(
            f"newslab {args.command}: unexpected error: {type(exc).__name__}: {clean(str(exc))} "
            "(run again with NEWSLAB_DEBUG=1 to see where, and report it)",
            file=sys.stderr,
        )
        return 1


def _run(args: argparse.Namespace) -> int:
    from . import terminal as output

    if args.command == "annotate":
        ann = _annotate(args.article, anchor=args.anchor)
        if args.format == "json":
            print(output.json_text(ann.to_dict()))
        else:
            print(output.annotation_table(ann))
        for warning in getattr(ann, "warnings", ()):
            print(f"warning: {output.clean(warning)}", file=sys.stderr)
        return 0
    if args.command == "report":
        print(output.report(_annotate(args.article)))
        return 0
    if args.command == "score":
        from .scoring import score_all

        result = score_all(_read_json(args.gold), _read_json(args.pred))
        print(output.scores_json(result) if args.format == "json" else output.scores_text(result))
        return 0
    if args.command == "corpus":
        from .corpus import run_corpus

        if not Path(args.folder).is_dir():
            raise UsageError(f"{args.folder}: not a folder of articles")
        written, report = run_corpus(
            args.folder,
            args.out,
            batch_size=args.batch_size,
            workers=args.workers,
            progress=sys.stderr.isatty(),
        )
        print(output.clean(str(report)))
        for path in written:
            print(output.clean(f"wrote {path}"))
        return 0
    if args.command == "evaluate":
        from .evaluation import evaluate_gold

        result = evaluate_gold(
            [Path(g) for g in args.gold], articles=args.articles, baseline=args.baseline
        )
        print(output.scores_json(result) if args.format == "json" else output.scores_text(result))
        return 0
    if args.command == "wikinews":
        from .corpus.wikinews import make_mirror, wikinews

        paths = wikinews(download=not args.offline)
        print(f"the Wikinews sample: {len(paths)} articles in {paths[0].parent}")
        if args.mirror:
            print(
                f"mirror written: {make_mirror(args.mirror)}; serve it with: "
                f"python3 -m http.server -d {args.mirror}, then set NEWSLAB_WIKINEWS_URL"
            )
        return 0
    raise UsageError(f"unknown command {args.command!r}")  # pragma: no cover


def _annotate(path: str, *, anchor: str | None = None) -> Any:
    import datetime as dt

    from .annotation import annotate
    from .loader import load_article

    day = None
    if anchor is not None:
        try:
            day = dt.date.fromisoformat(anchor)
        except ValueError:
            raise UsageError(
                f"--anchor {anchor!r} is not a date; write it like 2024-05-01"
            ) from None
    return annotate(load_article(path), anchor=day)


def _read_json(path: str) -> dict[str, Any]:
    if Path(path).is_dir():
        raise UsageError(
            f"{path} is a folder; name one JSON file (to score a folder of gold files against "
            "the articles, use `newslab evaluate FOLDER --articles ARTICLES`)"
        )
    if Path(path).exists() and not Path(path).is_file():
        raise UsageError(f"{path}: not a regular file (a pipe or a device); name a JSON file")
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text; is it a JSON file?") from None
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"{path}, line {exc.lineno}: not valid JSON ({exc.msg}); "
            "make it with `newslab annotate ARTICLE.md --format json > FILE.json`"
        ) from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected one JSON object with entities, quotes and timexes")
    for layer in ("entities", "quotes", "timexes"):
        items = data.get(layer, [])
        if not isinstance(items, list) or not all(
            isinstance(i, dict)
            and isinstance(i.get("start"), int)
            and isinstance(i.get("end"), int)
            for i in items
        ):
            raise UsageError(f"{path}: '{layer}' must be a list of objects with start and end")
    return data


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
