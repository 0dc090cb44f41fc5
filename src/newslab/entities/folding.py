"""Names compared without accents: "Erdogan" is "Erdoğan" (a leaf module every name
rule may import)."""

from __future__ import annotations

import functools

__all__ = ["fold"]


@functools.lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """Compare names without accents: "Erdogan" is "Erdoğan", "Soren" is "Søren".

    >>> fold("Søren Łukasz Erdoğan")
    'Soren Lukasz Erdogan'
    """
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(_LETTERS)


#: Letters that carry their mark inside them, which NFKD leaves alone.
_LETTERS = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"})
