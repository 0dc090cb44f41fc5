"""Speed and memory of newslab, measured in one run: ``make bench``.

Prints one table and writes benchmarks/results/bench.json. Each measurement that needs a
fresh process (import time, model load, memory) runs in its own subprocess, so they do not
share caches. Targets (from the issue): corpus at most 1.3x bare spaCy, ``import newslab``
under 0.3 s, a highlighter re-render under 50 ms, peak memory under 1 GiB.

Then the growth table: three adversarial shapes of text (many quotes in one sentence, many
one-word paragraphs, one huge paragraph), each at doubling sizes, analysed by newslab and by
bare spaCy (the same model without newslab's component) on the same text. Linear cost shows
as a growth near 2 at each doubling and a steady ratio to bare spaCy (target: at most 3).
``--growth-only`` runs just that table.

And lesson 06's corpus step, timed as the notebook runs it (its own cells, a fresh kernel, an
empty data folder), cold and warm, for the class sample (target: under 60 s cold on two cores)
and for every article; ``--lesson06-only`` runs just that.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAIN = ROOT / "seeds" / "putin-talks-2022-02-14.md"


def child(code: str, *, env: dict[str, str] | None = None, cwd: Path = ROOT) -> dict:
    """Run ``code`` in a fresh Python (with ``env`` added to the environment); it prints one
    JSON object."""
    run = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                         check=True, cwd=cwd, env=os.environ | (env or {}))
    return json.loads(run.stdout.strip().splitlines()[-1])


def cold_start() -> dict:
    return child("""
        import json, sys, time
        t0 = time.perf_counter(); import newslab; t1 = time.perf_counter()
        heavy = sorted(m for m in ("spacy", "pandas", "thinc") if m in sys.modules)
        from newslab.nlp import load_nlp
        load_nlp(); t2 = time.perf_counter()
        ann = newslab.annotate(%r); ann.entities; ann.quotes; ann.timexes; t3 = time.perf_counter()
        print(json.dumps({"import_s": t1 - t0, "heavy_modules_at_import": heavy,
                          "model_load_s": t2 - t1, "first_annotate_s": t3 - t2}))
    """ % str(MAIN))


def corpus_run(folder: str, limit: int | None, bare: bool) -> dict:
    """Corpus time and peak memory (RSS) in a fresh process: newslab, or bare ``nlp.pipe``."""
    return child(f"""
        import json, resource, time
        from newslab.corpus import article_paths
        from newslab.loader import load_article
        from newslab.nlp import load_nlp
        paths = article_paths({folder!r})[:{limit!r}]
        arts = [load_article(p) for p in paths]
        words = sum(len(a.body.split()) for a in arts)
        nlp = load_nlp()
        rules = 0.0  # the rules' own share of the newslab run, timed article by article
        t = time.perf_counter()
        if {bare!r}:
            for doc in nlp.pipe((a.body for a in arts), batch_size=16):
                pass
        else:
            from newslab.annotation import AnnotatedArticle
            for a, doc in zip(arts, nlp.pipe((a.body for a in arts), batch_size=16)):
                r = time.perf_counter()
                ann = AnnotatedArticle(a, doc); ann.entities; ann.quotes; ann.timexes
                rules += time.perf_counter() - r
        seconds = time.perf_counter() - t
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(json.dumps({{"articles": len(arts), "words": words, "seconds": seconds,
                          "rules_s": rules, "peak_rss_bytes": rss}}))
    """)


LESSON_06 = ROOT / "notebooks" / "06-many-articles.ipynb"


def lesson06_step(articles: str, *, whole: bool = False) -> dict:
    """Lesson 06's corpus step as the notebook runs it: its first code cell, then the cell that
    calls ``load_corpus``, taken from the notebook itself, in a fresh process (a new kernel)
    with an empty data folder (cold); the same cell again in that kernel; then both cells in
    another fresh process on the annotations the first one kept (warm, after a restart).
    ``whole`` runs the cell with ``sample=None``: every article, the notebook's option."""
    import tempfile

    cells = ["".join(c["source"]) for c in json.loads(LESSON_06.read_text())["cells"]
             if c["cell_type"] == "code"]
    step = next(c for c in cells if "load_corpus(" in c)
    if whole:
        wider = step.replace("load_corpus(folder, ", "load_corpus(folder, sample=None, ")
        assert wider != step, "lesson 06's corpus cell changed: update benchmarks/bench.py"
        step = wider
    code = f"""
        import json, time
        cells = {[cells[0], step]!r}
        ns, times, reports = {{}}, [], []
        for cell in [*cells, cells[1]]:
            t = time.perf_counter()
            exec(cell, ns)
            times.append(time.perf_counter() - t)
            reports.append(ns.get("report"))
        r = reports[1]  # the step's first run in this kernel
        print(json.dumps({{"first_cell_s": times[0], "step_s": times[1], "again_s": times[2],
                          "annotated": r.annotated, "reused": r.reused, "words": r.words}}))
    """
    with tempfile.TemporaryDirectory(prefix="newslab-bench-") as data:
        env = {"NEWSLAB_DATA": data, "NEWSLAB_WIKINEWS": articles}
        cold = child(code, env=env, cwd=ROOT / "notebooks")
        warm = child(code, env=env, cwd=ROOT / "notebooks")
    assert (warm["annotated"], warm["reused"]) == (0, cold["annotated"]), warm  # all kept
    return {"articles": cold["annotated"], "words": cold["words"], "cold_s": cold["step_s"],
            "again_same_kernel_s": cold["again_s"], "warm_after_restart_s": warm["step_s"],
            "first_cell_s": cold["first_cell_s"]}


def lesson06_table(articles: str) -> tuple[dict, list[str]]:
    """Lesson 06's step for the class sample and for every article, as a table."""
    result = {"sample": lesson06_step(articles), "every_article": lesson06_step(articles, whole=True)}
    lines = [f"{'run':28} {'articles':>8} {'words':>8} {'cold':>8} {'again':>8} {'restart':>8}  target"]
    for name, run in (("class sample (default)", result["sample"]),
                      ("every article (sample=None)", result["every_article"])):
        target = "cold < 60 s" if name.startswith("class") else ""
        lines.append(f"{name:28} {run['articles']:>8} {run['words']:>8,} {run['cold_s']:>6.1f} s "
                     f"{run['again_same_kernel_s']:>6.2f} s {run['warm_after_restart_s']:>6.2f} s  {target}")
    lines.append("cold: an empty data folder, a fresh kernel (the model loads in the cell); again: the "
                 "cell run a second time in that kernel; restart: a new kernel on the kept annotations")
    return result, lines


def warm_measurements() -> dict:
    """Per-article latency, re-render time and growth with article length, in this process."""
    import time

    import newslab
    from newslab.annotation import annotate
    from newslab.widgets import make_highlighter

    article = newslab.load_article(MAIN)

    def full(a):
        ann = annotate(a)
        ann.entities, ann.quotes, ann.timexes  # noqa: B018
        return ann

    full(article)
    latencies = []
    for _ in range(15):
        t = time.perf_counter()
        full(article)
        latencies.append(time.perf_counter() - t)
    box = make_highlighter(full(article))
    renders = []
    for i in range(40):
        t = time.perf_counter()
        box.toggles["PERSON"].value = bool(i % 2)
        renders.append(time.perf_counter() - t)
    growth = {}
    for factor in (1, 4, 16):
        body = "\n".join([article.body] * factor)
        big = newslab.Article.from_text(body, title=article.title, published=article.published)
        t = time.perf_counter()
        full(big)
        growth[f"{factor}x"] = time.perf_counter() - t
    return {"annotate_median_s": statistics.median(latencies),
            "rerender_median_ms": statistics.median(renders) * 1000, "length_growth_s": growth}


#: The adversarial shapes: a unit of text repeated to each size (characters).
SHAPES = {
    "many quotes in one sentence": ('Smith said "yes", Jones said "no", ', (1_750, 3_500, 7_000, 14_000)),
    "many one-word paragraphs": ("Word.\n", (7_500, 15_000, 30_000, 60_000)),
    "one huge paragraph": (
        "The council said on Monday that the plan, first put forward in 2019, would cost more "
        "than expected, and residents, who had waited for years, agreed. ",
        (25_000, 50_000, 100_000, 200_000),
    ),
}


def growth_run(unit: str, size: int, timeout: float) -> dict | None:
    """Bare spaCy then newslab on one text of ``size`` characters, in a fresh process; None
    if it takes longer than ``timeout`` seconds."""
    code = f"""
        import json, time
        import newslab
        from newslab.nlp import PARAGRAPH_COMPONENT, load_nlp
        def peak_mib():  # VmHWM: this process's own peak (ru_maxrss keeps the parent's over exec)
            for line in open("/proc/self/status"):
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        body = ({unit!r} * ({size} // {len(unit)} + 1))[:{size}].strip()
        article = newslab.Article.from_text(body, title="Growth", published="2022-02-14")
        nlp = load_nlp()
        nlp("Warm up, said the council on Monday.")
        t = time.perf_counter()
        with nlp.select_pipes(disable=[PARAGRAPH_COMPONENT]):
            nlp(body)
        bare = time.perf_counter() - t
        bare_peak = peak_mib()
        t = time.perf_counter()
        ann = newslab.annotate(article)
        ann.sentences, ann.entities, ann.quotes, ann.timexes
        ours = time.perf_counter() - t
        print(json.dumps({{"chars": len(body), "paragraphs": len(article.paragraphs),
                          "newslab_s": ours, "bare_s": bare, "bare_peak_mib": bare_peak,
                          "peak_mib": peak_mib()}}))
    """
    try:
        run = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                             text=True, check=True, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(run.stdout.strip().splitlines()[-1])


def growth_table(timeout: float) -> tuple[dict, list[str]]:
    """Each shape at each size (stopping a shape at its first run over ``timeout``)."""
    result: dict = {}
    lines = [f"{'shape':30} {'chars':>8} {'paras':>6} {'newslab':>9} {'bare spaCy':>10} "
             f"{'ratio':>6} {'growth':>7} {'peak MiB':>9}"]
    for shape, (unit, sizes) in SHAPES.items():
        result[shape], before = [], None
        for size in sizes:
            run = growth_run(unit, size, timeout)
            if run is None:
                result[shape].append({"chars": size, "stopped_after_s": timeout})
                lines.append(f"{shape:30} {size:>8,} {'':>6} {'> ' + str(int(timeout)) + ' s':>9}  (stopped)")
                break
            run["ratio"] = run["newslab_s"] / run["bare_s"]
            run["growth"] = run["newslab_s"] / before["newslab_s"] if before else None
            result[shape].append(run)
            growth = f"{run['growth']:.2f}" if run["growth"] else ""
            lines.append(f"{shape:30} {run['chars']:>8,} {run['paragraphs']:>6,} {run['newslab_s']:>7.2f} s "
                         f"{run['bare_s']:>8.2f} s {run['ratio']:>6.2f} {growth:>7} {run['peak_mib']:>9.0f}")
            before = run
    lines.append("growth: newslab's time over the previous size's (linear: about 2 at each doubling); "
                 "ratio: newslab over bare spaCy on the same text (target <= 3)")
    return result, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", help="folder of articles (default: the Wikinews sample)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "bench.json"))
    parser.add_argument("--growth-only", action="store_true", help="only the growth table")
    parser.add_argument("--growth-timeout", type=float, default=300.0,
                        help="seconds before a growth run is stopped (default 300)")
    parser.add_argument("--lesson06-only", action="store_true",
                        help="only lesson 06's corpus step, cold and warm")
    args = parser.parse_args(argv)
    if args.growth_only:
        growth, lines = growth_table(args.growth_timeout)
        print("\n".join(lines))
        _save(args.out, {"growth": growth})
        return 0
    if args.articles is None:
        from newslab.datasets import DatasetError, wikinews_folder

        try:
            args.articles = str(wikinews_folder(download=False))
        except DatasetError as exc:
            sys.exit(f"bench: {exc}")
    if args.lesson06_only:
        lesson, lines = lesson06_table(args.articles)
        print("\n".join(lines))
        _save(args.out, {"lesson06": lesson})
        return 0
    imports = [cold_start() for _ in range(3)]
    result: dict = {"machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, "
                               f"Python {platform.python_version()}, {platform.system()}"}
    result["import_s"] = statistics.median(r["import_s"] for r in imports)
    result["heavy_modules_at_import"] = imports[0]["heavy_modules_at_import"]
    result["model_load_s"] = statistics.median(r["model_load_s"] for r in imports)
    result["first_annotate_s"] = statistics.median(r["first_annotate_s"] for r in imports)
    result.update(warm_measurements())
    # Alternated twice, each the faster of its two runs: a shared machine's pace drifts by
    # minutes, and one slow spell must not fall on one side only.
    runs = [corpus_run(args.articles, None, bare) for _ in range(2) for bare in (False, True)]
    ours = min(runs[0::2], key=lambda r: r["seconds"])
    bare = min(runs[1::2], key=lambda r: r["seconds"])
    result["corpus"] = {"articles": ours["articles"], "words": ours["words"],
                        "newslab_words_per_s": ours["words"] / ours["seconds"],
                        "bare_spacy_words_per_s": bare["words"] / bare["seconds"],
                        "ratio_newslab_over_bare": ours["seconds"] / bare["seconds"],
                        "ratio_within_newslab_run": ours["seconds"] / (ours["seconds"] - ours["rules_s"]),
                        "runs_seconds": [round(r["seconds"], 1) for r in runs],
                        "peak_rss_mib": ours["peak_rss_bytes"] / 2**20}
    result["scaling"] = {}
    for n in (10, 50, 150, None):
        run = corpus_run(args.articles, n, False)
        result["scaling"][str(run["articles"])] = {"seconds": run["seconds"], "peak_rss_mib": run["peak_rss_bytes"] / 2**20}
    rows = [
        ("import newslab (cold)", f"{result['import_s']:.3f} s", "< 0.3 s",
         "model not loaded" if not result["heavy_modules_at_import"] else f"loads {result['heavy_modules_at_import']}"),
        ("model load", f"{result['model_load_s']:.2f} s", "", ""),
        ("first annotate (main article)", f"{result['first_annotate_s']:.2f} s", "", "entities, quotes, timexes"),
        ("annotate, median (main article)", f"{result['annotate_median_s'] * 1000:.0f} ms", "", "15 runs"),
        ("highlighter re-render, median", f"{result['rerender_median_ms']:.2f} ms", "< 50 ms", "label toggled"),
        ("corpus, newslab", f"{result['corpus']['newslab_words_per_s']:,.0f} words/s", "", f"{result['corpus']['articles']} articles"),
        ("corpus, bare spaCy nlp.pipe", f"{result['corpus']['bare_spacy_words_per_s']:,.0f} words/s", "", "same texts, same model"),
        ("ratio newslab / bare", f"{result['corpus']['ratio_newslab_over_bare']:.2f}", "<= 1.3", "best of 2 runs each, alternated"),
        ("ratio inside the newslab run", f"{result['corpus']['ratio_within_newslab_run']:.2f}", "", "all / its parsing part"),
        ("peak memory, corpus run", f"{result['corpus']['peak_rss_mib']:.0f} MiB", "< 1024 MiB", "RSS"),
    ]
    rows += [(f"corpus of {n} articles", f"{v['seconds']:.1f} s", "", f"{v['peak_rss_mib']:.0f} MiB")
             for n, v in result["scaling"].items()]
    rows += [(f"annotate at {k} the main article", f"{v:.2f} s", "", "") for k, v in result["length_growth_s"].items()]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':{width}}  {'value':>20}  {'target':>11}  note")
    for name, value, target, note in rows:
        print(f"{name:{width}}  {value:>20}  {target:>11}  {note}")
    print(f"machine: {result['machine']}")
    result["lesson06"], lines = lesson06_table(args.articles)
    print("\nLesson 06's corpus step, as the notebook runs it:")
    print("\n".join(lines))
    result["growth"], lines = growth_table(args.growth_timeout)
    print("\nHow cost grows with adversarial text (one process a run):")
    print("\n".join(lines))
    _save(args.out, result)
    return 0


def _save(out: str, result: dict) -> None:
    """Write the results, keeping what an earlier full run measured and this one did not."""
    path = Path(out)
    earlier = json.loads(path.read_text()) if path.exists() else {}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(earlier | result, indent=1) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
