"""Firms named for their trade: "Harlow Mining", "Gordon Capital", "Felix Media".

A name that ends in a trade is a firm's, even where its first word is a given name. The
trades here are none of them a common surname ("Steel" and "Power" are, so they are not here:
"Danielle Steel", "Samantha Power").

>>> named_for_trade("Harlow Mining"), named_for_trade("Danielle Steel"), named_for_trade("Mining")
(True, False, False)
"""

from __future__ import annotations

__all__ = ["TRADES", "named_for_trade"]

#: Last words of firms' names that say what the firm does.
TRADES = frozenset(
    """
    mining shipping energy capital resources insurance media telecom telecoms foods brewing
    brewery petroleum chemicals minerals metals construction engineering software electronics
    investments properties realty securities finance financial healthcare entertainment
    studios productions publishing transport railways consulting dynamics
    """.split()
)


def named_for_trade(name: str) -> bool:
    """True for a name of two words or more whose last word is a trade."""
    return " " in name and name.rsplit(" ", 1)[-1].lower() in TRADES
