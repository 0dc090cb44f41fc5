"""The translation marks Wikinews writes into an article's text, shared by the engines.

A Wikinews article quoting a speaker of another language gives the original after the
English, behind a translation mark: ``"We will win." ((es))Spanish language: ‍Vamos a ganar.``
(a language code in double brackets, the language's English name, "language:" and a
zero-width joiner).

>>> [m.group("language") for m in TRANSLATION.finditer("Yes. ((es))Spanish language: \u200dSí.")]
['Spanish']
"""

from __future__ import annotations

import re

__all__ = ["TRANSLATION"]

#: "((es))Spanish language: " and the zero-width joiner before the original words.
TRANSLATION = re.compile(
    r"\(\([a-z]{2,3}(?:-[a-z]+)?\)\)(?P<language>[^\W\d_][^\n:()]{0,40}?) language:\s?\u200d?"
)
