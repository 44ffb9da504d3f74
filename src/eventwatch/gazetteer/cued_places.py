"""Places written with a locality word: "the town of Kerawa", "the Cameroonian town of Bodo", "the
Kuchlak area", "Buraq, a suburb of Hama". The word makes the name certainly a place, so a name the
data lacks is kept as written, and a namesake abroad yields to the country that qualifies it."""

from __future__ import annotations

import re
from functools import cache

from eventwatch.gazetteer.area_names import to_admin1
from eventwatch.gazetteer.beside_region import town_words
from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.neighbours import NAME_TOKEN, adjacent, word_before
from eventwatch.gazetteer.spot_rules import SPOTTING, Rules, listed, rules
from eventwatch.resources import alternation

# at most this many words make a name after or before a locality word
MAX_CUED_WORDS = 4
# "al-Arish", "el-Barth": the Arabic article written in lower case before a name
LOWER_ARTICLE = re.compile(r"^(?:" + alternation(SPOTTING["lower_articles"]) + r")[-‘'’]\w", re.IGNORECASE)
# between a country or demonym and a locality word it places: "Iraq's", "north Cameroonian"
_QUALIFIER_GAP = re.compile(r"^(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s+$")
# in capitals only the plainest locality words cue a place
_CAPS_CUES = listed("caps_cues")
# in capitals, "IN PIEDRA HONDA VILLAGE": a locative, one to three words and a village word
_CAPS_AFTER = re.compile(
    r"\b(?:" + alternation(SPOTTING["locatives"]).upper() + r")[ \n]+"
    r"((?:[A-Z][A-Z'’-]*[ \n]){0,2}[A-Z][A-Z'’-]*)[ \n]+(?:" + alternation(SPOTTING["caps_cues_after"]).upper() + r")\b"
)
# "Buraq, a suburb of Hama", "Zayzun, a town in ...": a name set off as a locality
_APPOSITION = re.compile(
    r"(?<=[\w'’]),\s+an?\s+(?:[a-z-]+\s+){0,2}(?:"
    + alternation(SPOTTING["apposition_localities"])
    + r")\s+(?:of|in|near|outside)\b"
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


def cued_places(index: Index, r: Rules, text: str, mentions: list[PlaceMention], caps: bool) -> list[PlaceMention]:
    """ "the town of Kerawa", "the Cameroonian town of Bodo", "the Kuchlak area": the names a
    locality word cues, as spotted or, when the data lacks them, as written."""
    before, after = _cue_patterns()
    spans: list[tuple[int, int, int]] = []  # name start, name end, where the phrase starts
    regions: set[tuple[int, int]] = set()  # "the province of Kirkuk" names the province
    for match in before.finditer(text):
        if caps and match.group(0).split()[0].lower() not in _CAPS_CUES:
            continue  # "A SETTLEMENT OF REPATRIATES": in capitals only the plainest cues
        span = name_after(r, text, match.end(), caps)
        if span:
            spans.append((*span, match.start()))
            if match.group(0).split()[0].lower() in r.region_words:
                regions.add(span)
    if caps:
        for match in _CAPS_AFTER.finditer(text):
            if town_words(match.group(1).lower().split(), r):
                start, end = match.span(1)
                # "CERRO" and "VERDE VILLAGE" matched apart: the village's name is the whole
                inside = [m for m in mentions if m.start < match.end() and start < m.end]
                # "SAN MIGUEL VILLAGE" spotted whole: the data's entry stays, cued (a namesake abroad
                # yields to the document's country below)
                whole = len(inside) == 1 and inside[0].start == start and inside[0].end >= end
                if whole and inside[0].kind == "place":
                    inside[0].end, inside[0].text = end, text[start:end]  # the name, without "VILLAGE"
                    spans.append((start, end, start))
                elif all(m.kind == "place" and not m.unlisted and start <= m.start for m in inside):
                    mentions = [m for m in mentions if m not in inside]
                    spans.append((start, end, start))
    if not caps:
        for pattern in (after, _APPOSITION):
            for match in pattern.finditer(text):
                start = name_before(r, text, match.start())
                if start is not None:
                    spans.append((start, match.start(), start))
    if not spans:
        return mentions
    added: list[PlaceMention] = []
    for start, end, phrase in sorted(set(spans)):
        inside = [m for m in mentions + added if m.start < end and start < m.end]
        qualifier = _qualifying_country(text, mentions, phrase)
        within = all(m.kind == "place" and not m.unlisted and start <= m.start and m.end <= end for m in inside)
        if inside and within and (len(inside) > 1 or (inside[0].start, inside[0].end) != (start, end)):
            # "the village of Ochalí de Yarumal", "Hayy al-Nasr": a longer name than any match
            mentions = [m for m in mentions if m not in inside]
            inside = []
        if inside:
            # the spotter may already have taken the locality word in ("Taji district")
            if len(inside) == 1 and inside[0].start == start and inside[0].end >= end:
                if (start, end) in regions:
                    to_admin1(index, inside[0])
                else:
                    _cue(index, inside[0], qualifier)
            continue
        name = " ".join(text[start:end].split())
        m = PlaceMention(start, end, name.title() if caps else name, "place", None, [], unlisted=True, cued=True)
        m.key = fold_key(name)
        if caps:
            _known_towns(index, m, text[start:end])
        if qualifier is not None:
            m.country_code = qualifier.country_code
        added.append(m)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _known_towns(index: Index, m: PlaceMention, written: str) -> None:
    """ "IN THE TOWN OF CHINAMECA": in capitals the spotter passes over a small town (any word may
    be a hamlet somewhere), but the cue makes the name a town, so the data's towns of that name are
    its candidates; disambiguation keeps the one in the report's country, and a name with none
    there stays a town the data lacks."""
    ids = [i for i in index.ids_for_name(written) if index.kind_of(i) == "place"]
    if not ids:
        return
    m.ids = m.all_ids = index.order(ids)
    m.text = written
    m.unlisted = False
    ccs = {index.cc_of(i) for i in ids}
    m.country_code = ccs.pop() if len(ccs) == 1 else None


def _cue(index: Index, m: PlaceMention, qualifier: PlaceMention | None) -> None:
    """A spotted name written with a locality word: a town, kept to the country qualifying it."""
    if m.kind != "place" or m.unlisted:
        return
    m.cued = True
    if qualifier is None or not m.ids:
        return
    fits = [i for i in m.ids if index.cc_of(i) == qualifier.country_code]
    if not fits:  # "the Cameroonian town of Bodo" is not the Norwegian town
        m.candidates, m.unlisted = [], True
    m.ids = fits
    m.country_code = qualifier.country_code


def _qualifying_country(text: str, mentions: list[PlaceMention], phrase: int) -> PlaceMention | None:
    """The country or people's adjective that qualifies the locality phrase starting at
    ``phrase`` ("the Cameroonian town of", "Iraq's northern city of"), marked as placing it."""
    for q in reversed(mentions):
        if q.end > phrase:
            continue
        gap = text[q.end : phrase]
        # a country qualifies through its possessive ("Iraq's northern city of"); "shells launched
        # from Syria hit the town of X" names where the shells came from
        owned = q.kind == "demonym" or gap.startswith(("'s", "’s")) or not gap.strip()
        if q.kind in ("country", "demonym") and q.country_code and owned and _QUALIFIER_GAP.match(gap):
            q.locative = True
            return q
        return None
    return None


def name_word_ok(r: Rules, word: str, caps: bool, first: bool, cued: bool = False) -> bool:
    """Whether a word may be part of a place's name: no function, title, place-type or
    organisation word, capitalised (or after a lower-case Arabic article) unless in capitals."""
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
    return word[0].isupper() or bool(LOWER_ARTICLE.match(word))


def name_after(r: Rules, text: str, pos: int, caps: bool) -> tuple[int, int] | None:
    """The capitalised name that starts at ``pos`` ("Kerawa", "Shariff Saydona Mustapha")."""
    words: list[re.Match[str]] = []
    while len(words) < MAX_CUED_WORDS:
        m = NAME_TOKEN.match(text, pos)
        if not m:
            break
        word = m.group(0)
        if not name_word_ok(r, word, caps, not words, cued=True):
            if words and not caps and word in r.connectors:
                pos = m.end() + 1
                nxt = NAME_TOKEN.match(text, pos)
                if text[m.end() : pos] == " " and nxt and nxt.group(0)[0].isupper():
                    words.append(m)
                    continue
            break
        words.append(m)
        if text[m.end() : m.end() + 1] not in (" ", "\n"):
            break  # wire copy breaks its lines anywhere, inside a name too ("SAN\nCRISPULO")
        pos = m.end() + 1
    while words and words[-1].group(0) in r.connectors:
        words.pop()
    if not words:
        return None
    if len(words) == 1 and words[0].group(0).lower() in r.prefixes:
        return None
    return words[0].start(), words[-1].end()


def name_before(r: Rules, text: str, pos: int) -> int | None:
    """Start of the capitalised name that ends at ``pos`` ("Nduga" in "the Nduga Regency")."""
    start = None
    count = 0
    while count < MAX_CUED_WORDS:
        m = re.search(r"([\w'’-]+)( ?)$", text[max(0, pos - 40) : pos])
        if not m:
            break
        word = m.group(1)
        word_start = pos - len(m.group(0))
        if re.search(r"['’][sS]$", word) or not name_word_ok(r, word, False, True):
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
    prev, sep, _ = word_before(text, start)
    if prev and adjacent(sep) and prev[0].isupper() and prev.lower() not in r.common:
        return None
    first = text[start:].split(" ", 1)[0]
    if first.lower() in r.prefixes and " " not in text[start:pos].strip():
        return None
    return start
