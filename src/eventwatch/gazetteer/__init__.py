"""The embedded world gazetteer: place spotting and document-level disambiguation, offline.

>>> gaz = get_gazetteer()
>>> mentions = gaz.spot(text)
>>> places = gaz.resolve(mentions, text)   # one Place (or None) per mention
"""

from __future__ import annotations

import threading

import pycountry

from eventwatch.gazetteer import disambiguate, named_country, shared_names, subdivisions
from eventwatch.gazetteer.index import Index, distance_km, load_index
from eventwatch.gazetteer.spot import PlaceMention, Spotter
from eventwatch.model import Place

__all__ = ["Gazetteer", "PlaceMention", "distance_km", "get_gazetteer"]


class Gazetteer:
    def __init__(self, index: Index):
        self.index = index
        self._spotter = Spotter(index)

    def spot(self, text: str) -> list[PlaceMention]:
        """Place, region, country and demonym mentions, non-overlapping, in text order."""
        return self._spotter.spot(text)

    def resolve(self, mentions: list[PlaceMention], text: str, focus_country: str | None = None) -> list[Place | None]:
        """One Place (or None) per mention, same order, chosen with the whole document."""
        focus = None
        if focus_country:
            country = self.country(focus_country)
            focus = country.country_code if country else None
        results = subdivisions.fill(self.index, mentions, disambiguate.resolve(self.index, mentions, text, focus))
        results = named_country.reconcile(self.index, mentions, results, text)
        return shared_names.settle(mentions, results, self.country)

    def country(self, code_or_name: str) -> Place | None:
        """A country by ISO alpha-2 or alpha-3 code, name, or demonym."""
        value = code_or_name.strip()
        if len(value) in (2, 3) and value.isupper():
            found = pycountry.countries.get(alpha_2=value) if len(value) == 2 else None
            found = found or (pycountry.countries.get(alpha_3=value) if len(value) == 3 else None)
            ident = self.index.country_id(found.alpha_2 if found else value)
            if ident is not None:
                return self.index.place(ident)
        for ident in self.index.ids_for_name(value):
            if self.index.kind_of(ident) in ("country", "demonym"):
                return self.index.place(ident)
        return None

    def lookup(self, name: str, country_code: str | None = None) -> list[Place]:
        """Every place, region or country with this name, largest first."""
        idx = self.index
        ids = [i for i in idx.ids_for_name(name) if idx.kind_of(i) != "demonym"]
        if country_code:
            ids = [i for i in ids if idx.cc_of(i) == country_code.upper()]
        return [idx.place(i) for i in idx.order(ids)]


_lock = threading.Lock()
_instance: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded (or built and cached) on first use."""
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                _instance = Gazetteer(Index(*load_index()))
    return _instance
