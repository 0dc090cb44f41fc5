"""Stock market indices by name: organisations (ORG), as the model marks "the Dow Jones".

The small model knows "Dow Jones" but not most of the indices a market report lists: it reads
"FTSE 100" as a product, "the Nikkei" and "the S&P 500" as nothing. The names here are the
benchmark indices of the world's largest stock exchanges, each written as reports write it,
with its number ("FTSE 100", "CAC 40") and a capitalised head word ("Composite", "Index",
"Industrial Average") inside; a lower-case "index" after a name stays outside ("the Nikkei
index"). A longer name the model found stays whole ("Dow Jones & Company").

>>> indices("The FTSE 100 fell, and the Nikkei closed lower.", [(4, 12, "PRODUCT")])
[(4, 12, 'ORG'), (27, 33, 'ORG')]
"""

from __future__ import annotations

import re

from ..spans import Span

__all__ = ["indices", "is_market"]

#: Benchmark indices of the largest exchanges, by the names news reports give them.
_NAMES = (
    "Dow Jones Industrial Average|Dow Jones Transportation Average|Dow Jones|"
    "Nasdaq Composite|NASDAQ Composite|Nasdaq-100|Nasdaq 100|"
    "Standard & Poor's 500|Standard and Poor's 500|S&P 500|S&P/ASX 200|S&P/TSX Composite|"
    "S&P/TSX|Russell 2000|Wilshire 5000|NYSE Composite|"
    "FTSE 100|FTSE 250|FTSE All-Share|FTSE MIB|FTSE/JSE|Euro Stoxx 50|EURO STOXX 50|"
    "Stoxx Europe 600|STOXX Europe 600|DAX|TecDAX|MDAX|CAC 40|IBEX 35|AEX|OMX Stockholm 30|"
    "PSI-20|BEL 20|ISEQ|WIG20|MOEX|BIST 100|"
    "Nikkei 225|Nikkei Stock Average|Nikkei|TOPIX|Hang Seng|Shanghai Composite|"
    "SSE Composite|Shenzhen Component|CSI 300|KOSPI|TAIEX|Straits Times|Sensex|BSE Sensex|"
    "Nifty 50|NIFTY 50|Jakarta Composite|SET Index|PSEi|KLCI|ASX 200|All Ordinaries|"
    "NZX 50|S&P/NZX 50|TSX Composite|Bovespa|Ibovespa|Merval|MSCI World|MSCI Emerging Markets"
)
_INDEX = re.compile(
    rf"(?<![\w&/-])(?=[A-Z])(?:{_NAMES})"
    r"(?: (?:Composite )?Index| Average| Composite(?! Index))?(?![\w&/-])"
)
#: Words of a market report: where "Nikkei", "DAX" or "SMI" name an index, not a newspaper,
#: a firm or an acronym of something else.
_MARKET = re.compile(
    r"\b(?:stocks?|shares?|index|indices|indexes|points|market|markets|traders?|trading|"
    r"exchange|bourse|percent|per cent|closed)\b"
)
#: A name of one word with no number: an index only where the text speaks of markets.
_ALONE = re.compile(r"[A-Za-z]+")


def indices(text: str, spans: list[Span]) -> list[Span]:
    """Stock indices named in a market report are ORG, in place of what the model read; a
    longer name the model found around one ("Dow Jones & Company") is left as it is."""
    matches = list(_INDEX.finditer(text))
    market = any(_ALONE.fullmatch(m.group()) for m in matches) and _MARKET.search(text)
    found = [  # "FTSE 100", "Hang Seng" by their shape; "DAX", "Nikkei" in a market report
        (m.start(), m.end()) for m in matches if market or not _ALONE.fullmatch(m.group())
    ]
    if not found:
        return spans
    out: list[Span] = []
    for s, e, label in spans:
        if any(a <= s < b or s <= a < e for a, b in found) and not any(
            s <= a and b <= e and (s, e) != (a, b) for a, b in found
        ):
            continue  # the model's reading gives way to the index's name
        out.append((s, e, label))
    taken = [(s, e) for s, e, _ in out]
    out += [
        (a, b, "ORG") for a, b in found if not any(s < b and a < e for s, e in taken)
    ]  # inside a longer name the model found, the index stays part of it
    return sorted(out)


#: Exchanges by name: where shares trade, never "the company" a report is about.
_EXCHANGE = re.compile(
    r"(?:.+ )?(?:Stock Exchange|Exchange|Bourse)|Nasdaq|NASDAQ|NYSE|Euronext|Xetra|LSE|TSX"
)


def is_market(name: str) -> bool:
    """Whether a body's name is a stock exchange's or a market index's.

    >>> is_market("Nasdaq"), is_market("Kestrel Stock Exchange"), is_market("FTSE 100")
    (True, True, True)
    >>> is_market("Kestrel Motors")
    False
    """
    return bool(_EXCHANGE.fullmatch(name) or _INDEX.fullmatch(name))
