"""A country name two countries share ("Congo") means the one the text's other places lie in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache

from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.spot import PlaceMention
from eventwatch.model import Place
from eventwatch.resources import load_yaml


@cache
def _shared() -> dict[str, tuple[str, ...]]:
    names = load_yaml("gazetteer/aliases.yaml").get("shared_country_names") or {}
    return {fold_key(name): tuple(codes) for name, codes in names.items()}


def settle(
    mentions: list[PlaceMention], results: list[Place | None], country: Callable[[str], Place | None]
) -> list[Place | None]:
    """``results`` with each shared country name set to the country the text's other places support
    more than its default one (towns and regions count, other shared names do not)."""
    shared = _shared()
    spots = [n for n, m in enumerate(mentions) if m.kind == "country" and fold_key(m.text) in shared]
    if not spots:
        return results
    support = Counter(
        p.country_code for n, p in enumerate(results) if p is not None and p.country_code and n not in spots
    )
    settled = list(results)
    for n in spots:
        codes = shared[fold_key(mentions[n].text)]
        best = max(codes, key=lambda code: (support[code], code == codes[0]))  # a tie keeps the default
        if best != codes[0]:
            settled[n] = country(best) or settled[n]
    return settled
