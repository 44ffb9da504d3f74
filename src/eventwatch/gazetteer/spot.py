"""Place spotting: gazetteer names found in a text, with the rules that keep common words,
people's names and organisations out, and the compounds ("San Carlos, Morazan Department")
that tie a town to its region."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from eventwatch.gazetteer.beside_region import towns_beside_regions
from eventwatch.gazetteer.build import COUNTRY_BASE, load_resource, load_stoplist
from eventwatch.gazetteer.fold import FoldedText, fold_key
from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.iso_units import unit_for, unit_place
from eventwatch.gazetteer.longer_caps import longer_names_in_capitals
from eventwatch.gazetteer.well_known import dominant_country
from eventwatch.model import Place
from eventwatch.resources import alternation, load_yaml

MAX_CANDIDATES = 30

# the word lists of spotting.yaml read by the patterns below, loaded once at import
_SPOTTING = load_resource("spotting.yaml")


def _listed(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _SPOTTING[name])


# a town this big still counts before a feature word ("Kabul airport")
FEATURE_MIN_POPULATION = 100_000
# in capitals, one-word names of towns smaller than this need their country named in the text
SMALL_TOWN_POPULATION = 50_000
# multi-word names made only of common words ("Green River") need this population in capitals
COMMON_WORDS_MIN_POPULATION = 20_000

_PREV_WORD = re.compile(r"(\w+)(\W*)$")
_NEXT_WORD = re.compile(r"(\W*?)(\w+)")
_WORD = re.compile(r"\w+")
# "Sana'a", "Ra'anana": an apostrophe inside a word does not start a new (lower-case) word
_NAME_WORD = re.compile(r"\w+(?:['’`]\w+)*")
_LINK = re.compile(r"^(?:\s*[,(]\s*| )$")
# conjunctions of a list of places (English and Spanish): grammar, kept in code
_JOIN = re.compile(r"^\s*(,|and|y|&)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;\"“”]|\n\s*\n")
# "Shi'ite", "Sana'a": an apostrophe inside a word, not a possessive
_INNER_APOSTROPHE = re.compile(r"['’`](?![sS]\b)\w")
# "Punjwai district", "Bajaur Agency", "Sabaa Al Bour Sub-district": capitalised words, then an
# administrative type word
# administrative type word (``area_types``, written capitalised or not)
_AREA = re.compile(
    r"\b((?:[A-Z][\w'’-]+ ){1,3}?)(?:"
    + "|".join(re.escape(form) for w in _SPOTTING["area_types"] for form in (w[0].upper() + w[1:], w))
    + r")\b(?!\s+stores?\b)"
)
# a town this big keeps its name before another capitalised word ("Kandahar Governor")
BIG_TOWN_POPULATION = 100_000
# "BARILLAS, 50, WAS ...": a name followed by an age is a person's
_AGE_AFTER = re.compile(r"\s*,\s*\d{1,2}\s*,")
# a speaker's tag of up to three name words: "[PIZARRO]", "[DEL CAMPO]", "[JUAN DE LEON]"
_SPEAKER_TAG_OPEN = re.compile(r"\[(?:[^\W\d]+[ .'’-]+){0,2}$")
_SPEAKER_TAG_CLOSE = re.compile(r"(?:[ .'’-]+[^\W\d]+){0,2}\]")
# the link words inside Spanish and Portuguese compound surnames ("PAIM DE OLIVEIRA")
_SURNAME_LINKS = _listed("surname_links")
# after these a bare repeat of a name already known as a person's is a place again ("in Valencia")
_LOCATIVE = _listed("locatives")
# "al-Arish", "el-Barth": the Arabic article written in lower case before a name
_LOWER_ARTICLE = re.compile(r"^(?:" + alternation(_SPOTTING["lower_articles"]) + r")[-‘'’]\w", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"[\w'’-]+")
# between a country or demonym and a locality word it places: "Iraq's", "north Cameroonian"
_QUALIFIER_GAP = re.compile(r"^(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s+$")
# a people's adjective right before a word for a town or region ("a northeastern Kenyan town
# that", "the Syrian town of manbij"): the word then ends its phrase or is followed by "of" or a
# clause or preposition (grammar), not by another noun ("the Kenyan town council")
_LOCALITY_NOUN_AFTER = re.compile(
    r"\s+(?:"
    + alternation(sorted(set(_SPOTTING["locality_of_words"]) | set(_SPOTTING["region_words"])))
    + r")(?=\s*(?:[.,;:()]|$)|\s+(?:of|that|which|where|in|on|at|near|along|and|was|were|is)\b)"
)
MAX_CUED_WORDS = 4
# a capitalised name after a locative preposition, for the transliteration fallback
_AFTER_LOCATIVE = re.compile(
    r"\b(?:" + alternation(_SPOTTING["locatives"]) + r")\s+((?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
    r"(?![\w'’-]| [A-Z])"
)
# the lower-case article or link inside a longer Arabic, Persian, French or Spanish name
_INNER_LINK = r"(?:" + alternation(_SPOTTING["inner_name_links"]) + ")"
_NAME_GOES_ON = re.compile(rf"(?:\s|-){_INNER_LINK}(?:-|‘|'|’|\s)[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?")
_NAME_STARTED = re.compile(rf"[A-Z][\w'’]*(?:\s|-){_INNER_LINK}(?:-|‘|'|’)$")


def _calendar_names() -> frozenset[str]:
    """Weekdays and the full names of the months (the longest name of each month, so "mar" or
    "sept" are not among them), from the dates reader's lexicon."""
    dates = load_yaml("extract/dates_en.yaml")
    full: dict[int, str] = {}
    for name, month in dates["months"].items():
        if len(name) > len(full.get(month, "")):
            full[month] = name
    return frozenset(dates["weekdays"]) | frozenset(full.values())


_DATE_WORDS = _calendar_names()
# "in Talataye in the Gao region", "Kattankudy in Batticaloa district", "Rengawahi, in the Pakhanjore"
_HELD_AFTER = re.compile(r",?\s+(?:in|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}")
# "in Dambirwa, Borno State", "in Kabolwe (North Kivu)": the region written right after the name
_REGION_AFTER = re.compile(r"\s*[,(]\s*")
# with no country named, a transliteration counts for a town this big (or one only in one country)
SKELETON_ANYWHERE_POPULATION = 50_000
_CAPS_CUES = _listed("caps_cues")
# "Buraq, a suburb of Hama", "Zayzun, a town in ...": a name set off as a locality
_APPOSITION = re.compile(
    r"(?<=[\w'’]),\s+an?\s+(?:[a-z-]+\s+){0,2}(?:"
    + alternation(_SPOTTING["apposition_localities"])
    + r")\s+(?:of|in|near|outside)\b"
)


# "the Kenyan capital", "Iraq's capital", not "capital punishment" or "capital markets"
# ("the Greek capital Athens" names the town itself next)
_CAPITAL_AFTER = re.compile(
    r"(?:['’]s)?\s+capital\b(?!\s+(?:" + "|".join(_SPOTTING["capital_not_seat"]) + r")|,?\s+[A-Z])"
)


def _speaker_tag(text: str, start: int, end: int) -> bool:
    """The name lies in a bracketed speaker's tag that opens a line or a sentence of an interview
    ("[DEL CAMPO] WE ARE ..."), not in an editor's bracket inside a sentence ("[IN SANTA ANA]")."""
    opening = _SPEAKER_TAG_OPEN.search(text, max(0, start - 40), start)
    if opening is None or opening.end() != start:
        return False
    closing = _SPEAKER_TAG_CLOSE.match(text, end)
    if closing is None:
        return False
    before = text[: opening.start()].rstrip(" \t")
    return not before or before[-1] in ".?!:\"'\n"


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    kind: str  # "country" | "demonym" | "admin1" | "place" | "group" (an armed group of one country)
    country_code: str | None
    candidates: list[Place]
    followed_by_org: bool = False
    # index (in the same list) of the region or country written beside this name
    qualifier: int | None = None
    ids: list[int] = field(default_factory=list, repr=False, compare=False)
    all_ids: list[int] = field(default_factory=list, repr=False, compare=False)
    # a district or province the data lacks, known only by its name and type word
    unlisted: bool = False
    # the folded name the gazetteer matched ("khost" in "Khost Province")
    key: str = field(default="", repr=False, compare=False)
    # written with a locality word ("the town of X", "X district"): certainly a place, so a
    # namesake abroad yields to an unlisted place in the document's country
    cued: bool = False
    # a demonym that places what follows ("the Cameroonian town of ..."), not a people
    locative: bool = False
    # a country named as where someone came from or what a place lies close to ("crossed over
    # from Afghanistan", "close to Nigeria"): not where the event happened
    elsewhere: bool = False
    # resolved to a small town in a country the text never names although it names others
    # ("Omar Ossi of the Syrian parliament" is no Italian village): not where the event happened
    unsupported: bool = False


@dataclass(frozen=True)
class Rules:
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


# a locality word heading an official name ("City of Damascus"): tiny, kept in code
_CITY_OF = re.compile(r"(?i:city|town)\s+of\s+")
CITY_OF_RATIO = 10  # how much bigger the place named without "City of" must be to be meant


@cache
def _elsewhere_cue() -> re.Pattern[str]:
    phrases = sorted(load_resource("spotting.yaml").get("elsewhere_before") or [], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, str(p).split())) for p in phrases)
    return re.compile(r"\b(?:" + alternatives + r")\s+(?:the\s+)?$", re.IGNORECASE)


# "near the Nigerian border", "the Mali-Niger border": the country on the other side; but "the
# Turkish border town of Akcakale" lies in Turkey and "Syrian border guards" serve there
_BORDER_AFTER = re.compile(
    r"^(?:\s*[-–]\s*\w+)?\s+(?:"
    + alternation(_SPOTTING["border_words"])
    + r")\b(?!\s+(?:"
    + alternation(_SPOTTING["border_side_words"])
    + r")\b)",
    re.IGNORECASE,
)
# (but in "the Mauritanian border with Mali" the country named last is the side it happened on)
_BORDER_BEFORE = re.compile(
    r"\b(?:the|a|its)\s+(?:"
    + "|".join(re.escape(w) + "s?" for w in _SPOTTING["border_words"])
    + r")\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@cache
def _hyphen_cue() -> re.Pattern[str]:
    words = sorted(load_resource("spotting.yaml").get("hyphen_not_where") or [], key=len, reverse=True)
    return re.compile(r"[-‐–](?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _hyphen_not_where(text: str, end: int) -> bool:
    """ "UAE-backed", "Philippine-based": a country behind something, not where it happens."""
    return bool(_hyphen_cue().match(text, end))


def named_elsewhere(text: str, start: int, end: int, kind: str = "country") -> bool:
    """ "crossed over from Afghanistan", "close to Nigeria", "near the Nigerian border": a country
    named as an origin or a neighbour; "near Nigeria's border town" still places the event in
    Nigeria."""
    if text[end : end + 2] in ("'s", "’s"):
        return False
    if _BORDER_AFTER.match(text[end : end + 40]) or _BORDER_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    return kind == "country" and bool(_elsewhere_cue().search(text[max(0, start - 40) : start]))


@cache
def rules() -> Rules:
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


@cache
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(locality word + "of" before a name, locality word after a name)."""
    r = rules()

    def alternation(words: frozenset[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    before = re.compile(r"\b(?:" + alternation(r.locality_of) + r")\s+of\s+(?:the\s+)?", re.IGNORECASE)
    after = re.compile(r"(?<=[\w'’]) +(?:" + alternation(r.locality_after) + r")\b", re.IGNORECASE)
    return before, after


@cache
def _org_of_pattern() -> re.Pattern[str]:
    heads = sorted(load_resource("spotting.yaml").get("org_of_heads") or [], key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w[0].upper() + w[1:]) for w in h.split()) for h in heads)
    # "Front for the Liberation of", "State of", "Organization of the": the head capitalised
    return re.compile(r"\b(?:" + alternation + r")\s+(?:for\s+the\s+[A-Z][\w'’-]*\s+)?of\s+(?:the\s+)?$")


def _in_org_name(text: str, start: int) -> bool:
    """A country at the end of an organisation's name ("Front for the Liberation of Palestine")."""
    return bool(_org_of_pattern().search(text[max(0, start - 60) : start]))


@cache
def known_areas() -> tuple[dict[str, str], re.Pattern[str] | None]:
    areas: dict[str, str] = {}
    for cc, names in (load_resource("aliases.yaml").get("areas") or {}).items():
        for name in names:
            areas[fold_key(name)] = cc
    if not areas:
        return areas, None
    # the type word, when written, is part of the name ("Bajaur Agency", "Sangin district")
    pattern = (
        r"\b(?:" + _trie_pattern(areas) + r")(?:\s+(?:" + alternation(_SPOTTING["area_types_after_alias"]) + r"))?\b"
    )
    return areas, re.compile(pattern, re.IGNORECASE)


def _trie_pattern(keys: Iterable[str], separator: str = r"\s+") -> str:
    """One alternation for many folded names, shared prefixes merged so that a position fails at
    its first letter instead of trying every name (hundreds of names run on every text); the
    longer name is tried first, as in an alternation sorted by length. A space in a key matches
    ``separator``."""
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alternatives = [
            (separator if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@cache
def _group_patterns() -> tuple[dict[str, str], re.Pattern[str] | None, re.Pattern[str] | None]:
    """Armed groups that say their country (groups.yaml): folded name -> country code, and the
    patterns matching them as written and in wire capitals."""
    countries: dict[str, str] = {}
    for cc, names in (load_resource("groups.yaml") or {}).items():
        for name in names:
            countries[_group_key(str(name))] = str(cc)
    if not countries:
        return countries, None, None
    names = {" ".join(re.split(r"[\s-]+", str(n))) for ns in (load_resource("groups.yaml") or {}).values() for n in ns}

    def pattern(keys: set[str]) -> str:
        return r"(?<![\w'’-])(?:" + _trie_pattern(keys, r"[\s-]+") + r")(?![\w'’-])"

    # in capitals any case matches: one lower-case trie, so that a letter has one branch to follow
    return countries, re.compile(pattern(names)), re.compile(pattern({n.lower() for n in names}), re.IGNORECASE)


def _group_key(name: str) -> str:
    return " ".join(re.split(r"[\s-]+", name.lower()))


@lru_cache(maxsize=16)  # asked for every mention of a document: count its letters once
def is_capitals(text: str) -> bool:
    """Wire copy in capitals: case says nothing about names."""
    head = text[:5000]
    upper = sum(map(str.isupper, head))  # map over the str method: no Python-level loop per character
    lower = sum(map(str.islower, head))
    return upper > 3 * lower


def _prev(text: str, pos: int) -> tuple[str | None, str, int]:
    """Word before ``pos``, the characters between, and where the word starts."""
    m = _PREV_WORD.search(text, max(0, pos - 60), pos)
    if not m:
        return None, text[max(0, pos - 60) : pos], -1
    return m.group(1), m.group(2), m.start(1)


def _next(text: str, pos: int) -> tuple[str | None, str, int]:
    """Word after ``pos``, the characters between, and where the word ends."""
    m = _NEXT_WORD.match(text, pos, pos + 60)
    if not m:
        return None, "", -1
    return m.group(2), m.group(1), m.end(2)


def _adjacent(sep: str) -> bool:
    return sep != "" and sep.strip(" ") == ""


_DATELINE_TAIL = re.compile(r"\s*[,(—–-]")


def _dateline_shaped(text: str, start: int, end: int) -> bool:
    """A name in capitals at the start of a line, then a comma or a dash ("KABUL, 5 May")."""
    line = text.rfind("\n", 0, start) + 1
    return text[line:start].strip() == "" and bool(_DATELINE_TAIL.match(text, end))


def _spaced(sep: str) -> bool:
    """Only blanks between two words, at most one line break (wire copy wraps names)."""
    return sep != "" and sep.strip() == "" and sep.count("\n") <= 1


def _sentence_start(text: str, pos: int) -> bool:
    word, sep, _ = _prev(text, pos)
    return word is None or bool(_SENTENCE_END.search(sep))


# "a Vietnam War veteran": a capitalised word for a war after a place names the war, not the place
_NAMED_WARS = frozenset(str(w) for w in _SPOTTING["named_wars"])
# "the Iraqi Interior Ministry": words between a place and the organisation word it belongs to
_ORG_QUALIFIERS = _listed("org_qualifiers")


class Spotter:
    def __init__(self, index: Index):
        self.index = index
        self.rules = rules()
        self._areas, self._areas_re = known_areas()

    def spot(self, text: str) -> list[PlaceMention]:
        if not text:
            return []
        idx = self.index
        caps = is_capitals(text)
        folded = FoldedText(text)
        keys = idx.t.keys
        found: list[tuple[int, int, int, list[int]]] = []  # (-length, start, end, ids)
        people: set[str] = set()  # keys seen in a person's name: "DANILO BARILLAS"
        for end_pad, k in idx.automaton.iter(folded.padded):
            key = keys[k]
            first = end_pad - len(key)  # padded offset of the first char = collapsed offset + 1
            start = folded.original(first - 1)
            end = folded.original(first - 2 + len(key)) + 1
            ids = self._accept(text, start, end, key, idx.ids_for_key(k), caps, people)
            if ids:
                found.append((start - end, start, end, ids))
        found = self._without_small_city_of(text, found)
        found.sort()
        taken: list[tuple[int, int, list[int]]] = []
        for _neg, start, end, ids in found:
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, ids))
        taken.sort()
        mentions = [self._mention(text, s, e, ids) for s, e, ids in taken]
        for m in mentions:
            m.key = fold_key(m.text)
        if people:
            mentions = [m for m in mentions if not self._known_person(text, m, people)]
        if not caps:
            for m in mentions:
                if m.kind == "country" and not m.followed_by_org and self._starts_a_name(text, m.end):
                    m.followed_by_org = True  # "Japan Airlines", "the Japan Karaoke bar": a name
        self._extend(text, mentions)
        mentions = self._listed_areas(text, mentions, caps)
        if not caps:
            mentions = self._unlisted_areas(text, mentions)
        if caps:
            mentions = self._drop_unsupported(text, mentions)
        mentions = self._cued_places(text, mentions, caps)
        if caps:
            mentions = longer_names_in_capitals(text, mentions, self.rules)
            mentions = towns_beside_regions(text, mentions, self.rules)
        mentions = self._groups(text, mentions, caps)
        self._capitals(text, mentions)
        _demonyms_of_places(self.index, text, mentions)
        if not caps:
            mentions = self._transliterated(text, mentions)
            mentions = self._longer_names(text, mentions)
        self._link(text, mentions)
        for m in mentions:
            if not m.candidates:
                m.candidates = [idx.place(i) for i in m.ids[:MAX_CANDIDATES]]
        return mentions

    def _without_small_city_of(
        self, text: str, found: list[tuple[int, int, int, list[int]]]
    ) -> list[tuple[int, int, int, list[int]]]:
        """ "the Old City of Damascus": a small town officially named "City of Damascus" (in
        Oregon) yields to the far bigger place its last words name."""
        tails = {(start, end): ids for _neg, start, end, ids in found}
        kept = []
        for entry in found:
            _neg, start, end, ids = entry
            head = _CITY_OF.match(text, start, end)
            tail = tails.get((head.end(), end)) if head else None
            if tail and max(map(self.index.population, tail)) > CITY_OF_RATIO * max(map(self.index.population, ids)):
                continue
            kept.append(entry)
        return kept

    # which candidate ids of a match survive the spotting rules
    def _accept(
        self, text: str, start: int, end: int, key: str, ids: list[int], caps: bool, people: set[str] | None = None
    ) -> list[int]:
        r = self.rules
        surface = text[start:end]
        if not caps:
            if not surface[0].isupper():
                # "the chilean army", "malian troops": a people's adjective written in lower case
                # still names its country; a lower-case word never names a town or a region
                if " " in surface or key in r.lower_not_demonyms:
                    return []
                return [i for i in ids if i >= COUNTRY_BASE and self.index.kind_of(i) == "demonym"]
            for word in _NAME_WORD.findall(surface)[1:]:
                if word[0].islower() and word not in r.connectors:
                    return []
        prev, prev_sep, _ = _prev(text, start)
        prev_l = prev.lower() if prev else None
        if _INNER_APOSTROPHE.match(text, end):
            return []  # "Shi'ite", "Sana'a": part of a longer word
        if not caps and surface.isupper() and len(key) <= 5 and not _dateline_shaped(text, start, end):
            # an acronym in mixed-case text ("IRA", "NATO") names a group, not a town
            return [i for i in ids if i >= COUNTRY_BASE]
        if prev_l in r.titles and prev_sep.strip(" .") == "" and prev_sep:
            if people is not None and any(i < COUNTRY_BASE for i in ids):
                people.add(key)
            return [i for i in ids if i >= COUNTRY_BASE and self.index.kind_of(i) == "demonym"]
        placeish = [i for i in ids if i < COUNTRY_BASE]
        named = [i for i in ids if i >= COUNTRY_BASE]
        if placeish and not caps:
            # "in Madagali Nigeria", "Gwoza Borno": the next name is the country or region holding the town
            containers = self._containers_after(text, end)
            held = self._held_by(containers, placeish)
            if held:
                return held
            if any(self.index.kind_of(i) == "country" for i in containers):
                # "Southwest Cameroon": a direction before a country, not a region elsewhere
                placeish = [i for i in placeish if self.index.kind_of(i) != "admin1"]
        if placeish and self._person(text, start, end, caps):
            if people is not None:
                people.add(key)
            placeish = []
        if placeish and self._reject_place(text, start, end, key, placeish, caps, prev, prev_sep):
            placeish = []
        # "Michael Jordan": a country name inside a longer capitalised name
        if (
            named
            and not caps
            and prev
            and _adjacent(prev_sep)
            and prev[0].isupper()
            and prev_l not in r.common
            and prev_l not in r.prefixes
            and prev_l not in r.function_words  # "A Kenya police reservist": an article, not a name
            and self._is_country_only(named)
            and not self._holds_previous(text, start, named)
        ):
            named = [i for i in named if self.index.kind_of(i) == "demonym"]
        if named and caps and prev_l in r.given_names and _adjacent(prev_sep):
            named = []
        return named + placeish

    def _first_name_before_surname(self, key: str, ids: list[int], nxt: str | None, next_sep: str) -> bool:
        """In capitals, a small place named like a first name and followed by another name is a
        person's first name ("SCOTT MORALES", "ESTELA CRUZ"); a word of place, title or
        organisation after it, or a town big enough to be meant, keeps the place."""
        r = self.rules
        if key not in r.first_names or nxt is None or not _spaced(next_sep) or not nxt.isalpha():
            return False
        low = nxt.lower()
        if low in r.common or low in r.function_words or low in r.not_names or low in _DATE_WORDS:
            return False
        if low in r.region_words or low in r.locality_words or low in r.feature_words or low in r.facility_words:
            return False
        if low in r.building_words or low in r.name_heads or low in r.org_words or low in r.titles:
            return False
        if low in r.force_words or low in r.prefixes or self.index.ids_for_name(nxt):
            return False
        return max(self.index.population(i) for i in ids) < BIG_TOWN_POPULATION

    def _person(self, text: str, start: int, end: int, caps: bool) -> bool:
        """The name is a person's: after a first name or a title (in capitals also after a first
        name and one more name), before an age, or a speaker's tag in an interview."""
        r = self.rules
        if _AGE_AFTER.match(text, end):
            return True
        if _speaker_tag(text, start, end):
            return True
        prev, sep, prev_start = _prev(text, start)
        if prev is None or not _spaced(sep):
            return False
        low = prev.lower()
        if low in r.titles or (caps and low in r.first_names):
            return True
        if caps and low in _SURNAME_LINKS and self._first_name_through_link(text, prev_start):
            return True
        if not caps or low in r.connectors or low in r.function_words or low in r.not_names or low in r.prefixes:
            return False
        if low in r.region_words or low in r.locality_words or low in r.feature_words:
            return False
        prev2, sep2, _ = _prev(text, prev_start)
        if prev2 is None or not _spaced(sep2):
            return False
        low2 = prev2.lower()
        # "GENERAL OSCAR BOTERO RESTREPO" reaches the title through two names
        return low2 in r.first_names or low2 in r.titles

    def _first_name_through_link(self, text: str, link_start: int) -> bool:
        """Whether a surname and a first name stand before the link word of a compound surname
        ("PAULO CESAR PAIM DE ..."); a first name right before the link is a place's saint or
        patron ("SANTA ROSA DE ..."), not a surname."""
        r = self.rules
        surname, sep, surname_start = _prev(text, link_start)
        if surname is None or not _spaced(sep):
            return False
        low = surname.lower()
        if low in r.first_names or low in r.common or low in r.function_words or low in r.prefixes:
            return False
        if low in r.region_words or low in r.locality_words or low in r.feature_words or low in r.not_names:
            return False
        first, sep2, _ = _prev(text, surname_start)
        return first is not None and _spaced(sep2) and first.lower() in r.first_names

    def _known_person(self, text: str, m: PlaceMention, people: set[str]) -> bool:
        """A bare repeat of a surname seen in a person's name ("... KILLING BARILLAS"), unless
        written as a place ("in Valencia")."""
        if m.kind not in ("place", "admin1") or m.key not in people:
            return False
        prev, sep, _ = _prev(text, m.start)
        return not (prev and prev.lower() in _LOCATIVE and _spaced(sep))

    def _containers_after(self, text: str, end: int) -> list[int]:
        """Countries and regions named by the one to three capitalised words right after ``end``."""
        idx = self.index
        words = list(_NAME_WORD.finditer(text, end, min(len(text), end + 40)))
        if not words or text[end : words[0].start()] != " ":
            return []
        found: list[int] = []
        for n in range(min(3, len(words))):
            if not words[n].group(0)[0].isupper() or (n and text[words[n - 1].end() : words[n].start()] != " "):
                break
            ids = idx.ids_for_name(text[words[0].start() : words[n].end()])
            found = [i for i in ids if idx.kind_of(i) in ("country", "admin1")] or found
        return found

    def _held_by(self, containers: list[int], placeish: list[int]) -> list[int]:
        """The town's candidates that lie in one of the countries or regions written right after it."""
        if not containers:
            return []
        idx = self.index
        countries = {idx.cc_of(i) for i in containers if idx.kind_of(i) == "country"}
        regions = {i for i in containers if idx.kind_of(i) == "admin1"}
        return [
            i
            for i in placeish
            if idx.kind_of(i) == "place" and (idx.cc_of(i) in countries or idx.admin1_of(i) in regions)
        ]

    def _holds_previous(self, text: str, start: int, named: list[int]) -> bool:
        """Whether the capitalised name right before a country is one of its towns ("Madagali Nigeria")."""
        idx = self.index
        countries = {idx.cc_of(i) for i in named}
        pos = start
        for _ in range(3):
            prev, sep, prev_start = _prev(text, pos)
            if prev is None or sep != " " or not prev[0].isupper():
                return False
            ids = idx.ids_for_name(text[prev_start : start - 1])
            if any(idx.kind_of(i) == "place" and idx.cc_of(i) in countries for i in ids):
                return True
            pos = prev_start
        return False

    def _is_country_only(self, ids: list[int]) -> bool:
        return all(self.index.kind_of(i) == "country" for i in ids)

    def _reject_place(
        self,
        text: str,
        start: int,
        end: int,
        key: str,
        ids: list[int],
        caps: bool,
        prev: str | None,
        prev_sep: str,
    ) -> bool:
        r = self.rules
        if key in r.soft and (caps or _sentence_start(text, start)):
            return True
        prev_l = prev.lower() if prev else None
        nxt, next_sep, _ = _next(text, end)
        nxt_l = nxt.lower() if nxt else None
        if (
            nxt_l in r.feature_words
            and next_sep.strip() == ""
            and max(self.index.population(i) for i in ids) < FEATURE_MIN_POPULATION
        ):
            return True
        # "Red Cross", "Old City": common words that also name a hamlet somewhere
        # but a saint's or "Ciudad" head makes it a town's name ("San Rafael", "Ciudad Barrios")
        common_words = " " in key and key.split()[0] not in r.town_heads and all(w in r.common for w in key.split())
        if common_words and max(self.index.population(i) for i in ids) < COMMON_WORDS_MIN_POPULATION:
            return True
        if caps:
            if prev_l in r.given_names and _adjacent(prev_sep):
                return True
            if self._first_name_before_surname(key, ids, nxt, next_sep):
                return True
            return bool(nxt_l in r.name_heads and _adjacent(next_sep))
        # mixed case: a surname after a first name ("Omar Ossi"), the second half of a compound
        # name ("Abdul-Reda", "Anti-Balaka") unless the first half is a place ("Bor-Juba road")
        if (
            prev
            and prev[0].isupper()
            and (
                (_adjacent(prev_sep) and prev_l in r.first_names)
                or (prev_sep == "-" and not self.index.ids_for_name(prev))
            )
        ):
            return True
        # mixed case: a name inside a longer run of capitalised words is a person's or an
        # organisation's, unless the run is a place pattern ("North X", "X Department", "the
        # Malian Mopti region", "Egyptian Rafah": a people's adjective before the name)
        if (
            prev
            and _adjacent(prev_sep)
            and prev[0].isupper()
            and prev_l not in r.common
            and prev_l not in r.prefixes
            and prev_l not in r.function_words
            and not (self._is_demonym(prev) and self._known_after_people(ids, nxt, next_sep))
        ):
            return True
        if not (
            nxt
            and _adjacent(next_sep)
            and nxt[0].isupper()
            and nxt_l not in r.region_words
            and nxt_l not in r.locality_words
        ):
            return False
        # "Frankfurt Airport", "Kabul International", "Kandahar Governor ...": a facility or a
        # function word after the name, or a town big enough to be meant, keeps the town
        if nxt_l in r.facility_words or nxt_l in r.function_words:
            return False
        return max(self.index.population(i) for i in ids) < BIG_TOWN_POPULATION

    def _is_demonym(self, word: str) -> bool:
        return any(self.index.kind_of(i) == "demonym" for i in self.index.ids_for_name(word))

    def _known_after_people(self, ids: list[int], nxt: str | None, next_sep: str) -> bool:
        """Whether a name after a people's adjective is a place ("Egyptian Rafah", "the Malian
        Mopti region"), not a person's surname ("the Taiwanese Chang An"): a region word follows,
        or it names a region or a sizeable town, and no further capitalised name follows."""
        r = self.rules
        if nxt and _adjacent(next_sep) and nxt.lower() in r.region_words:
            return True
        if _name_goes_on(nxt, next_sep, r):
            return False
        return any(self.index.kind_of(i) == "admin1" or self.index.population(i) >= SMALL_TOWN_POPULATION for i in ids)

    def _mention(self, text: str, start: int, end: int, ids: list[int]) -> PlaceMention:
        idx = self.index
        kinds = {idx.kind_of(i) for i in ids}
        if "country" in kinds or "demonym" in kinds:
            kind = "country" if "country" in kinds else "demonym"
            ids = sorted(ids, key=lambda i: (idx.kind_of(i) != kind, -idx.population(i)))
            cc = idx.cc_of(ids[0])
            m = PlaceMention(start, end, text[start:end], kind, cc, [], ids=ids)
            m.followed_by_org = (
                self._followed_by_org(text, end) or _in_org_name(text, start) or _hyphen_not_where(text, end)
            )
            m.elsewhere = named_elsewhere(text, start, end, kind)
            return m
        ordered = self._order(ids)
        ccs = {idx.cc_of(i) for i in ordered}
        kind = idx.kind_of(ordered[0])
        return PlaceMention(
            start,
            end,
            text[start:end],
            kind,
            ccs.pop() if len(ccs) == 1 else None,
            [],
            ids=ordered,
            all_ids=ids,
        )

    def _order(self, ids: list[int]) -> list[int]:
        return self.index.order(ids)

    def _drop_unsupported(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """In capitals any word may be a village somewhere: a single-word name of small towns
        only counts in a country the document names (by a country, a demonym or a well-known
        place) or beside a region ("JUCUAPA, USULUTAN")."""
        idx = self.index

        def small(m: PlaceMention) -> bool:
            return (
                m.kind == "place"
                and len(m.text.split()) == 1  # "EL\nTRIUNFO" broken over a line is two words
                and bool(m.ids)
                and max(idx.population(i) for i in m.ids) < SMALL_TOWN_POPULATION
            )

        named = {m.country_code for m in mentions if m.country_code and not small(m)}
        # "1 KM FROM <VILLAGE>, NORTH OF BOGOTA": a big town's country, though namesakes share its name
        for m in mentions:
            cc = dominant_country(idx, m.ids) if m.kind == "place" and not m.country_code and not small(m) else None
            if cc:
                named.add(cc)
        kept = []
        for n, m in enumerate(mentions):
            beside = n + 1 < len(mentions) and _LINK.match(text[m.end : mentions[n + 1].start])
            if small(m) and not beside:
                m.ids = [i for i in m.ids if idx.cc_of(i) in named]
                if not m.ids:
                    continue
                ccs = {idx.cc_of(i) for i in m.ids}
                m.country_code = ccs.pop() if len(ccs) == 1 else None
            kept.append(m)
        return kept

    def _starts_a_name(self, text: str, end: int) -> bool:
        """Whether a country is the first word of a longer capitalised name ("Iraq Body Count")."""
        word, sep, _ = _next(text, end)
        if word is None or sep != " " or not word[0].isupper() or word.lower() in _DATE_WORDS:
            return False
        low = word.lower()
        r = self.rules
        if low in r.function_words or low in r.region_words or low in r.connectors or low in r.common:
            return False
        return not self.index.ids_for_name(word)

    def _followed_by_org(self, text: str, end: int) -> bool:
        org = self.rules.org_words
        pos = end
        if text[pos : pos + 2] in ("'s", "’s", "'S", "’S"):
            pos += 2
        for _ in range(2):
            word, sep, word_end = _next(text, pos)
            if word is None or sep.strip() not in ("", "-"):
                return False
            if word.lower() in org or word in _NAMED_WARS:  # "a Vietnam War veteran"
                return True
            if word.lower() not in _ORG_QUALIFIERS:
                return False
            pos = word_end
        return False

    # "X Department", "X Jurisdiction", "Usulutan and Morazan departments"
    def _extend(self, text: str, mentions: list[PlaceMention]) -> None:
        idx, r = self.index, self.rules
        for n, m in enumerate(mentions):
            if m.kind not in ("place", "admin1"):
                continue
            word, sep, word_end = _next(text, m.end)
            if word is None or sep.strip() != "":
                continue
            if n + 1 < len(mentions) and mentions[n + 1].start < word_end:
                continue
            low = word.lower()
            if low in r.region_words:
                self._to_admin1(m, f"{m.text} {word}")
                m.end = word_end
                m.text = text[m.start : m.end]
                if low.endswith("s"):
                    k = n
                    while k > 0 and _JOIN.match(text[mentions[k - 1].end : mentions[k].start]):
                        self._to_admin1(mentions[k - 1])
                        k -= 1
            elif low in r.locality_words:
                towns = [i for i in m.ids if idx.kind_of(i) == "place"]
                if towns:
                    m.ids, m.kind = towns, "place"
                m.end = word_end
                m.text = text[m.start : m.end]

    def _to_admin1(self, m: PlaceMention, written: str | None = None) -> None:
        idx = self.index
        if m.kind not in ("place", "admin1"):
            return
        regions = [i for i in m.all_ids or m.ids if idx.kind_of(i) == "admin1"]
        unit = unit_for(written) if written and not regions else None
        if unit is not None and all(idx.cc_of(i) != unit.cc for i in m.ids):
            # "Kalinga province": the Philippine province the data lacks, not the region of a
            # small Australian town of that name
            place = unit_place(idx, written or m.text, unit)
            if place is not None:
                m.ids, m.kind, m.country_code, m.candidates = [], "admin1", unit.cc, [place]
                return
        if not regions:
            # "Aktobe Region": the region of the town of that name
            seen: dict[int, None] = {}
            for i in m.ids:
                j = idx.admin1_of(i)
                if j >= 0:
                    seen.setdefault(j)
            regions = list(seen)
        if regions:
            m.ids = sorted(regions, key=lambda i: -idx.population(i))
            m.kind = "admin1"
            ccs = {idx.cc_of(i) for i in m.ids}
            m.country_code = ccs.pop() if len(ccs) == 1 else None

    # "North Waziristan": a district the sources lack, from our own list, placed at its country
    def _listed_areas(self, text: str, mentions: list[PlaceMention], caps: bool) -> list[PlaceMention]:
        if self._areas_re is None:
            return mentions
        added = []
        for match in self._areas_re.finditer(text):
            start, end = match.span()
            if not caps and not match.group(0)[0].isupper():
                continue
            if any(m.start < end and start < m.end for m in mentions):
                continue
            cc = self._areas.get(fold_key(match.group(0))) or self._areas[fold_key(match.group(0).rsplit(None, 1)[0])]
            ident = self.index.country_id(cc)
            if ident is None:
                continue
            name = " ".join(match.group(0).split())
            name = name.title() if caps else name
            country = self.index.place(ident)
            place = replace(country, name=name, precision=3, feature="place", geonames_id=None)
            added.append(PlaceMention(start, end, text[start:end], "place", cc, [place], unlisted=True))
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    # "Punjwai district", "Bajaur Agency": an area the data lacks, named by its type word
    def _unlisted_areas(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        r = self.rules
        added = []
        for match in _AREA.finditer(text):
            start, end = match.span()
            words = [w.lower() for w in _WORD.findall(match.group(1))]
            if any(w in r.function_words or w in r.titles for w in words):
                continue
            if any(w in r.common for w in words) and unit_for(match.group(0)) is None:
                # "Bay Region", written with its unit word, is Somalia's region; "Security Region" no unit
                continue
            if words[0] in r.prefixes and len(words) == 1:
                continue  # "Northern Province" names nothing without its country
            if any(m.start < end and start < m.end for m in mentions):
                continue
            prev, prev_sep, _ = _prev(text, start)
            if prev and _adjacent(prev_sep) and prev[0].isupper() and prev.lower() not in r.common:
                continue  # inside a longer name ("Swat District Bar Association" is fine, "John Hill District" not)
            name = " ".join(text[start:end].split())
            added.append(PlaceMention(start, end, name, "place", None, [], unlisted=True))
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    # "the town of Kerawa", "the Cameroonian town of Bodo", "the Kuchlak area"
    def _cued_places(self, text: str, mentions: list[PlaceMention], caps: bool) -> list[PlaceMention]:
        before, after = _cue_patterns()
        spans: list[tuple[int, int, int]] = []  # name start, name end, where the phrase starts
        regions: set[tuple[int, int]] = set()  # "the province of Kirkuk" names the province
        for match in before.finditer(text):
            if caps and match.group(0).split()[0].lower() not in _CAPS_CUES:
                continue  # "A SETTLEMENT OF REPATRIATES": in capitals only the plainest cues
            span = self._name_after(text, match.end(), caps)
            if span:
                spans.append((*span, match.start()))
                if match.group(0).split()[0].lower() in self.rules.region_words:
                    regions.add(span)
        if not caps:
            for pattern in (after, _APPOSITION):
                for match in pattern.finditer(text):
                    start = self._name_before(text, match.start())
                    if start is not None:
                        spans.append((start, match.start(), start))
        if not spans:
            return mentions
        added: list[PlaceMention] = []
        for start, end, phrase in sorted(set(spans)):
            inside = [m for m in mentions + added if m.start < end and start < m.end]
            qualifier = self._qualifying_country(text, mentions, phrase)
            within = all(m.kind == "place" and not m.unlisted and start <= m.start and m.end <= end for m in inside)
            if inside and within and (len(inside) > 1 or (inside[0].start, inside[0].end) != (start, end)):
                # "the village of Ochalí de Yarumal", "Hayy al-Nasr": a longer name than any match
                mentions = [m for m in mentions if m not in inside]
                inside = []
            if inside:
                # the spotter may already have taken the locality word in ("Taji district")
                if len(inside) == 1 and inside[0].start == start and inside[0].end >= end:
                    if (start, end) in regions:
                        self._to_admin1(inside[0])
                    else:
                        self._cue(inside[0], qualifier)
                continue
            name = " ".join(text[start:end].split())
            m = PlaceMention(start, end, name.title() if caps else name, "place", None, [], unlisted=True, cued=True)
            m.key = fold_key(name)
            if qualifier is not None:
                m.country_code = qualifier.country_code
            added.append(m)
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    # "Khan al-Baghdadi", "Qala-i-Jangi", "Boub al-Sham": a town's name as the first or last word
    # of a longer name the data lacks
    def _longer_names(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        kept: list[PlaceMention] = []
        for m in mentions:
            if m.kind != "place" or m.unlisted:
                kept.append(m)
                continue
            after = _NAME_GOES_ON.match(text, m.end)
            before = _NAME_STARTED.search(text, max(0, m.start - 40), m.start)
            if not after and not before:
                kept.append(m)
                continue
            start = before.start() if before else m.start
            end = after.end() if after else m.end
            if any(k is not m and k.start < end and start < k.end for k in mentions):
                kept.append(m)
                continue
            prev, sep, _ = _prev(text, start)
            nxt, next_sep, _ = _next(text, end)
            landmark = nxt is not None and _spaced(next_sep) and self._names_a_landmark(nxt.lower())
            if prev and prev.lower() in _LOCATIVE and _spaced(sep) and not landmark:
                # "in Khan al-Baghdadi": a place the data lacks, named as written
                name = " ".join(text[start:end].split())
                longer = PlaceMention(start, end, name, "place", None, [], unlisted=True)
                longer.key = fold_key(name)
                kept.append(longer)
            # else "the Eid al-Fitr celebrations", "Djemaa el Fna square": a name, and no town
        return kept

    def _names_a_landmark(self, word: str) -> bool:
        r = self.rules
        if word in r.locality_words or word in r.region_words:
            return False
        return word in r.facility_words or word in r.building_words or word in r.feature_words

    # "Taliban fighters", "Boko Haram": a group that fights in one country says which country
    def _groups(self, text: str, mentions: list[PlaceMention], caps: bool) -> list[PlaceMention]:
        countries, as_written, in_capitals = _group_patterns()
        pattern = in_capitals if caps else as_written
        if pattern is None:
            return mentions
        added = []
        for match in pattern.finditer(text):
            start, end = match.span()
            cc = countries.get(_group_key(match.group(0)))
            ident = self.index.country_id(cc) if cc else None
            if ident is None:
                continue
            inside = [m for m in mentions if m.start < end and start < m.end]
            if any(m.start < start or m.end > end for m in inside):
                continue  # part of a longer place name
            # "Kurdistan Workers' Party", "Free Syrian Army": the name holds no place of the event
            mentions = [m for m in mentions if m not in inside]
            group = PlaceMention(start, end, match.group(0), "group", cc, [self.index.place(ident)])
            group.ids = [ident]
            added.append(group)
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    # "the Kenyan capital", "Afghanistan's capital": the capital city, named by its country
    def _capitals(self, text: str, mentions: list[PlaceMention]) -> None:
        for m in mentions:
            if m.kind not in ("country", "demonym") or not m.country_code:
                continue
            after = _CAPITAL_AFTER.match(text, m.end)
            capital = self.index.capital_of(m.country_code) if after else None
            if after is None or capital is None:
                continue
            m.end = after.end()
            m.text = text[m.start : m.end]
            m.kind, m.ids, m.candidates = "place", [], [self.index.place(capital)]
            m.followed_by_org = m.locative = False

    # "in Hawija" for "Al Ḩawījah", "the town of Mussayab" for "Al-Musayab": another transliteration
    def _transliterated(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        idx, r = self.index, self.rules
        named = {
            m.country_code for m in mentions if m.country_code and m.kind != "group" and (m.kind != "place" or m.ids)
        }
        # a group's country counts only when the text names no other ("Boko Haram ... in northern Cameroon")
        named = named or {m.country_code for m in mentions if m.kind == "group"}
        found: list[PlaceMention] = []
        for m in mentions:
            if m.kind == "place" and m.unlisted and not m.ids and not m.candidates:
                words = m.text.split()
                if len(words) > 1 and words[-1].lower() in (r.locality_words | r.locality_after | r.region_words):
                    words = words[:-1]  # "Hawija district": the town's name
                # a name written as a town is placed in its country anyway: only a named one will do
                ids = self._skeleton_ids(" ".join(words), {m.country_code} if m.country_code else named)
                if ids and (m.country_code or named):
                    m.ids, m.unlisted = ids, False
                    ccs = {idx.cc_of(i) for i in ids}
                    m.country_code = m.country_code or (ccs.pop() if len(ccs) == 1 else None)
        bare: PlaceMention | None = None
        for match in _AFTER_LOCATIVE.finditer(text):
            start = match.start(1)
            # the whole capitalised run is the name ("Parsons Green" is not "Parsons")
            end = match.end(1)
            tokens = list(_NAME_TOKEN.finditer(text, start, end))
            if any(m.start < end and start < m.end for m in mentions + found):
                continue
            if not all(self._name_word_ok(t.group(0), False, k == 0) for k, t in enumerate(tokens)):
                continue
            nxt, sep, _ = _next(text, end)
            if nxt and _adjacent(sep) and nxt.lower() in (r.feature_words | r.facility_words | r.name_heads):
                continue  # "Sidarat square", "Domana army camp": a feature named after the place
            ids = self._skeleton_ids(text[start:end], named)
            if ids:
                ccs = {idx.cc_of(i) for i in ids}
                kind = idx.kind_of(ids[0])
                mention = PlaceMention(start, end, text[start:end], kind, ccs.pop() if len(ccs) == 1 else None, [])
                mention.ids, mention.all_ids, mention.key = ids, ids, fold_key(text[start:end])
                found.append(mention)
            elif self._held_by_next(text, end, mentions):
                # "in Talataye in the Gao region": a town the data lacks, written with the unit
                # holding it
                held = PlaceMention(start, end, text[start:end], "place", None, [], unlisted=True)
                held.key = fold_key(text[start:end])
                found.append(held)
            elif bare is None:
                bare = PlaceMention(start, end, text[start:end], "place", None, [], unlisted=True)
                bare.key = fold_key(text[start:end])
        located = any(m.kind in ("place", "admin1") and (m.ids or m.candidates or m.unlisted) for m in mentions + found)
        if bare is not None and not located:
            # "Taliban fighters overran checkpoints in Warduj": a name after "in" in a text that
            # names no other place is the town the data lacks, placed in the country if one is known
            found.append(bare)
        return sorted(mentions + found, key=lambda m: m.start) if found else mentions

    def _held_by_next(self, text: str, end: int, mentions: list[PlaceMention]) -> bool:
        """Whether a region, district or known town holding the name is written right after it."""
        beside = _REGION_AFTER.match(text, end)
        if beside is not None and any(
            m.start == beside.end() and (m.kind == "admin1" or m.kind == "place" and (m.ids or m.unlisted))
            for m in mentions
        ):
            return True
        gap = _HELD_AFTER.match(text, end)
        if gap is None:
            return False
        return any(
            m.start == gap.end() and m.kind in ("admin1", "place") and (m.ids or m.candidates or m.unlisted)
            for m in mentions
        )

    def _skeleton_ids(self, name: str, named: set[str | None]) -> list[int]:
        """Places spelled like ``name`` in a country the document names; with no country named,
        only a large town or one of unknown size with no namesake abroad."""
        idx = self.index
        ids = [i for i in idx.ids_for_skeleton(name) if idx.kind_of(i) in ("place", "admin1")]
        if named:
            ids = [i for i in ids if idx.cc_of(i) in named]
        else:
            # GeoNames leaves the population of many towns in war zones unknown (0): such a town
            # counts when no namesake elsewhere competes
            one_country = len({idx.cc_of(i) for i in ids}) == 1
            ids = [
                i
                for i in ids
                if idx.population(i) >= SKELETON_ANYWHERE_POPULATION or (one_country and idx.population(i) == 0)
            ]
        return idx.order(ids)

    def _cue(self, m: PlaceMention, qualifier: PlaceMention | None) -> None:
        """A spotted name written with a locality word: a town, kept to the country qualifying it."""
        if m.kind != "place" or m.unlisted:
            return
        m.cued = True
        if qualifier is None or not m.ids:
            return
        fits = [i for i in m.ids if self.index.cc_of(i) == qualifier.country_code]
        if not fits:  # "the Cameroonian town of Bodo" is not the Norwegian town
            m.candidates, m.unlisted = [], True
        m.ids = fits
        m.country_code = qualifier.country_code

    def _qualifying_country(self, text: str, mentions: list[PlaceMention], phrase: int) -> PlaceMention | None:
        for q in reversed(mentions):
            if q.end > phrase:
                continue
            gap = text[q.end : phrase]
            # a country qualifies through its possessive ("Iraq's northern city of"); "fired from
            # Syria struck the city of Kilis" names where the rockets came from
            owned = q.kind == "demonym" or gap.startswith(("'s", "’s")) or not gap.strip()
            if q.kind in ("country", "demonym") and q.country_code and owned and _QUALIFIER_GAP.match(gap):
                q.locative = True
                return q
            return None
        return None

    def _name_word_ok(self, word: str, caps: bool, first: bool, cued: bool = False) -> bool:
        r = self.rules
        low = word.lower().strip("'’-")
        if not low or low.isdigit():
            return False
        # after "the city of" a surname or common word is the town's name ("THE CITY OF FLORES")
        if low in r.building_words:
            return False  # "THE TOWN HALL": the cue word describes a building, not a town
        if low in r.common and not (cued and first):
            return False
        if low in r.function_words or low in r.titles or low in r.region_words:
            return False
        if low in r.locality_words or low in r.locality_after or low in r.org_words or low in r.feature_words:
            return False
        if caps:
            return True
        return word[0].isupper() or bool(_LOWER_ARTICLE.match(word))

    def _name_after(self, text: str, pos: int, caps: bool) -> tuple[int, int] | None:
        """The capitalised name that starts at ``pos`` ("Kerawa", "Shariff Saydona Mustapha")."""
        r = self.rules
        words: list[re.Match[str]] = []
        while len(words) < MAX_CUED_WORDS:
            m = _NAME_TOKEN.match(text, pos)
            if not m:
                break
            word = m.group(0)
            if not self._name_word_ok(word, caps, not words, cued=True):
                if words and not caps and word in r.connectors:
                    pos = m.end() + 1
                    nxt = _NAME_TOKEN.match(text, pos)
                    if text[m.end() : pos] == " " and nxt and nxt.group(0)[0].isupper():
                        words.append(m)
                        continue
                break
            words.append(m)
            if text[m.end() : m.end() + 1] != " ":
                break
            pos = m.end() + 1
        while words and words[-1].group(0) in r.connectors:
            words.pop()
        if not words:
            return None
        if len(words) == 1 and words[0].group(0).lower() in r.prefixes:
            return None
        return words[0].start(), words[-1].end()

    def _name_before(self, text: str, pos: int) -> int | None:
        """Start of the capitalised name that ends at ``pos`` ("Nduga" in "the Nduga Regency")."""
        r = self.rules
        start = None
        count = 0
        while count < MAX_CUED_WORDS:
            m = re.search(r"([\w'’-]+)( ?)$", text[max(0, pos - 40) : pos])
            if not m:
                break
            word = m.group(1)
            word_start = pos - len(m.group(0))
            if re.search(r"['’][sS]$", word) or not self._name_word_ok(word, False, True):
                if start is not None and word in r.connectors and word_start > 0 and text[word_start - 1] == " ":
                    pos = word_start - 1
                    count += 1
                    continue
                break
            start = word_start
            count += 1
            if word_start == 0 or text[word_start - 1] != " ":
                break
            pos = word_start - 1
        if start is None:
            return None
        # "Ghazni's Jaghori District" is fine, "John Hill District" is inside a longer name
        prev, sep, _ = _prev(text, start)
        if prev and _adjacent(sep) and prev[0].isupper() and prev.lower() not in r.common:
            return None
        first = text[start:].split(" ", 1)[0]
        if first.lower() in r.prefixes and " " not in text[start:pos].strip():
            return None
        return start

    # "San Carlos, Morazan Department", "Aktobe, Kazakhstan"
    def _link(self, text: str, mentions: list[PlaceMention]) -> None:
        idx = self.index
        for n in range(len(mentions) - 2, -1, -1):
            m, q = mentions[n], mentions[n + 1]
            if m.kind not in ("place", "admin1") or q.kind not in ("admin1", "country"):
                continue
            if not _LINK.match(text[m.end : q.start]):
                continue
            m.qualifier = n + 1
            if q.kind == "country":
                fits = [i for i in m.ids if idx.cc_of(i) == q.country_code]
            elif q.ids:
                regions = set(q.ids)
                fits = [i for i in m.ids if idx.admin1_of(i) in regions]
            else:
                # a province the data lacks ("Balbalan, Kalinga province"): the town in its country
                fits = [i for i in m.ids if q.candidates and idx.cc_of(i) == q.candidates[0].country_code]
            if text[m.end : q.start] == " " and (not fits or text[m.start : q.end].isupper()):
                continue  # only a town and its container are written side by side ("Madagali Nigeria")
            if fits:
                m.ids = fits
                ccs = {idx.cc_of(i) for i in fits}
                m.country_code = ccs.pop() if len(ccs) == 1 else None
                continue
            # the town is missing from the data: keep it, placed at its region or country
            anchor = q.candidates[0] if q.candidates else idx.place(q.ids[0]) if q.ids else None
            if anchor is None:
                continue
            name = m.text.title() if m.text.isupper() else m.text
            m.ids = []
            m.kind = "place"
            m.country_code = anchor.country_code
            m.candidates = [
                Place(
                    name=name,
                    country=anchor.country,
                    country_code=anchor.country_code,
                    admin1=anchor.admin1,
                    lat=anchor.lat,
                    lon=anchor.lon,
                    precision=2 if anchor.feature == "admin1" else 3,
                    feature="place",
                )
            ]


def _name_goes_on(nxt: str | None, next_sep: str, r: Rules) -> bool:
    """Whether another capitalised word that is no region or locality word follows ("Taiwanese
    Chang An Wei" is a person)."""
    return bool(
        nxt
        and _adjacent(next_sep)
        and nxt[0].isupper()
        and nxt.lower() not in r.region_words
        and nxt.lower() not in r.locality_words
    )


def _demonyms_of_places(index: Index, text: str, mentions: list[PlaceMention]) -> None:
    """ "a northeastern Kenyan town", "the Syrian town of manbij": a people's adjective before a
    word for a town says where, as a country does, even when no name of the town is spotted; so
    does one right before a place's name ("in Egyptian Rafah", "the Malian Mopti region"), which
    keeps the namesake in that country."""
    for n, m in enumerate(mentions):
        if m.kind != "demonym" or m.followed_by_org or not m.country_code:
            continue
        if _LOCALITY_NOUN_AFTER.match(text, m.end):
            m.locative = True
            continue
        after = mentions[n + 1] if n + 1 < len(mentions) else None
        if after is None or after.kind not in ("place", "admin1") or text[m.end : after.start] != " ":
            continue
        fits = [i for i in after.ids if index.cc_of(i) == m.country_code]
        if fits:
            after.ids, after.candidates, after.country_code = fits, [], m.country_code
            m.locative = True
