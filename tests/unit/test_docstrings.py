"""Every example in a docstring runs and prints what the docstring says it prints.

The house style asks for a short example in each public function's docstring; an example
that has gone stale teaches the wrong thing. Examples that need the English model or a file
are marked ``+SKIP`` where they stand.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newslab

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(newslab.__path__, prefix="newslab.")
    if "__main__" not in m.name
)


@pytest.mark.parametrize("name", MODULES)
def test_the_docstring_examples_of_each_module_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0, (
        f"{name}: {result.failed} docstring example(s) fail; run pytest --doctest-modules {module.__file__}"
    )
