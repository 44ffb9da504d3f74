"""The spotter's rule tables: the word lists of ``spotting.yaml`` (read once, at import, into
``Rules``) and the population thresholds its rules weigh a town by. Every spotting module reads its
words from here, so a list is loaded once and named the same everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwatch.gazetteer.build import load_resource, load_stoplist
from eventwatch.resources import load_yaml

# the word lists of spotting.yaml read by the spotting patterns, loaded once at import
SPOTTING = load_resource("spotting.yaml")


def listed(name: str) -> frozenset[str]:
    """One word list of ``spotting.yaml``, lowered."""
    return frozenset(str(w).lower() for w in SPOTTING[name])


# how many candidate places a mention keeps
MAX_CANDIDATES = 30
# a town this big still counts before a feature word ("Kabul airport")
FEATURE_MIN_POPULATION = 100_000
# in capitals, one-word names of towns smaller than this need their country named in the text
SMALL_TOWN_POPULATION = 50_000
# multi-word names made only of common words ("Green River") need this population in capitals
COMMON_WORDS_MIN_POPULATION = 20_000
# a town this big keeps its name before another capitalised word ("Kandahar Governor")
BIG_TOWN_POPULATION = 100_000
# with no country named, a transliteration counts for a town this big (or one only in one country)
SKELETON_ANYWHERE_POPULATION = 50_000

# after these a bare repeat of a name already known as a person's is a place again ("in Valencia")
LOCATIVES = listed("locatives")


def _calendar_names() -> frozenset[str]:
    """Weekdays and the full names of the months (the longest name of each month, so "mar" or
    "sept" are not among them), from the dates reader's lexicon."""
    dates = load_yaml("extract/dates_en.yaml")
    full: dict[int, str] = {}
    for name, month in dates["months"].items():
        if len(name) > len(full.get(month, "")):
            full[month] = name
    return frozenset(dates["weekdays"]) | frozenset(full.values())


# a capitalised calendar word after a name starts no longer name ("Iraq Monday")
DATE_WORDS = _calendar_names()


@dataclass(frozen=True)
class Rules:
    """The lowered word lists the spotting rules test words against."""

    hard: frozenset[str]
    soft: frozenset[str]
    common: frozenset[str]
    region_words: frozenset[str]
    locality_words: frozenset[str]
    prefixes: frozenset[str]
    titles: frozenset[str]
    org_words: frozenset[str]
    connectors: frozenset[str]
    given_names: frozenset[str]
    name_heads: frozenset[str]
    feature_words: frozenset[str]
    facility_words: frozenset[str]
    building_words: frozenset[str]
    lower_not_demonyms: frozenset[str]
    function_words: frozenset[str]
    first_names: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    locality_of: frozenset[str] = frozenset()
    locality_after: frozenset[str] = frozenset()
    force_words: frozenset[str] = frozenset()
    town_heads: frozenset[str] = frozenset()


@cache
def rules() -> Rules:
    """The rule tables, built once per process."""
    data = load_resource("spotting.yaml")
    hard, soft = load_stoplist()

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(name) or [])

    connectors = words("name_connectors")
    return Rules(
        hard=hard,
        soft=soft,
        common=hard | connectors,
        region_words=words("region_words"),
        locality_words=words("locality_words"),
        prefixes=words("place_prefixes"),
        titles=words("person_titles"),
        org_words=words("org_words"),
        connectors=connectors,
        given_names=words("given_names"),
        name_heads=words("name_heads"),
        feature_words=words("feature_words"),
        facility_words=words("facility_words"),
        building_words=words("building_words"),
        lower_not_demonyms=words("lower_not_demonyms"),
        function_words=words("function_words"),
        first_names=words("first_names") | words("given_names"),
        not_names=words("not_names"),
        locality_of=words("locality_of_words"),
        locality_after=words("locality_after_words"),
        force_words=words("force_words"),
        town_heads=words("town_name_heads"),
    )
