"""Rebuild ``src/newslab/data/given_names.tsv`` from nomquamgender's name data (MIT licence).

Run once, by hand, where PyPI is reachable (newslab never downloads data at run time):

    pip download --no-deps nomquamgender==0.1.4 && unzip -o nomquamgender-0.1.4-*.whl
    python benchmarks/given_names.py nomquamgender/name_data.json

Each value in ``name_data.json`` is ``[sources, counts, share of women, ...]``. A name borne
by women in 95% of its counts or more is F, by men in 95% or more M, and otherwise U (used by
both: a given name, with no guess of gender); ``sources`` is how many of nomquamgender's
sources list the name (a name in many is a name in many countries, not a word that some
parents chose).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

MIN_SOURCES, MIN_COUNTS, CLEAR = 5, 500, 0.05
OUT = Path(__file__).resolve().parents[1] / "src" / "newslab" / "data" / "given_names.tsv"


def main(path: str) -> None:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    rows = sorted(
        (name, "F" if v[2] >= 1 - CLEAR else "M" if v[2] <= CLEAR else "U", v[0])
        for name, v in data.items()
        if re.fullmatch(r"[a-z]+(?:-[a-z]+)?", name)
        and v[0] >= MIN_SOURCES
        and v[1] >= MIN_COUNTS
    )
    OUT.write_text(
        "name\tgender\tsources\n" + "".join(f"{n}\t{g}\t{k}\n" for n, g, k in rows),
        encoding="utf-8",
    )
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
