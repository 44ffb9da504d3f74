"""What the words around a country or people's adjective say of it: part of an organisation's
name ("Japan Airlines", "Front for the Liberation of Palestine", "the Iraqi Interior Ministry"),
the power behind something ("UAE-backed"), or a neighbour or origin ("crossed over from
Afghanistan", "near the Nigerian border"). Such a mention names no place of the event."""

from __future__ import annotations

import re
from functools import cache

from eventwatch.gazetteer.build import load_resource
from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.neighbours import word_after
from eventwatch.gazetteer.spot_rules import DATE_WORDS, SPOTTING, Rules, listed
from eventwatch.resources import alternation

# "a Vietnam War veteran": a capitalised word for a war after a place names the war, not the place
_NAMED_WARS = frozenset(str(w) for w in SPOTTING["named_wars"])
# "the Iraqi Interior Ministry": words between a place and the organisation word it belongs to
_ORG_QUALIFIERS = listed("org_qualifiers")

# "near the Nigerian border", "the Mali-Niger border": the country on the other side; but "the
# Turkish border town of Akcakale" lies in Turkey and "Syrian border guards" serve there
_BORDER_AFTER = re.compile(
    r"^(?:\s*[-–]\s*\w+)?\s+(?:"
    + alternation(SPOTTING["border_words"])
    + r")\b(?!\s+(?:"
    + alternation(SPOTTING["border_side_words"])
    + r")\b)",
    re.IGNORECASE,
)
# (but in "the Mauritanian border with Mali" the country named last is the side it happened on)
_BORDER_BEFORE = re.compile(
    r"\b(?:the|a|its)\s+(?:"
    + "|".join(re.escape(w) + "s?" for w in SPOTTING["border_words"])
    + r")\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@cache
def _elsewhere_cue() -> re.Pattern[str]:
    phrases = sorted(load_resource("spotting.yaml").get("elsewhere_before") or [], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, str(p).split())) for p in phrases)
    return re.compile(r"\b(?:" + alternatives + r")\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _hyphen_cue() -> re.Pattern[str]:
    words = sorted(load_resource("spotting.yaml").get("hyphen_not_where") or [], key=len, reverse=True)
    return re.compile(r"[-‐–](?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def hyphen_not_where(text: str, end: int) -> bool:
    """ "UAE-backed", "Philippine-based": a country behind something, not where it happens."""
    return bool(_hyphen_cue().match(text, end))


_ABROAD_WORDS = listed("abroad_words")


def serves_abroad(text: str, end: int) -> bool:
    """ "a Togolese peacekeeper", "a Spanish priest", "two French aid workers", "a Canadian mining
    company": a people's adjective before those who serve or live abroad says whose they are, and
    in a text naming another country the deed was in that one."""
    pos = end
    for _ in range(3):
        word, sep, word_end = word_after(text, pos)
        if word is None or sep.strip() not in ("", "-"):
            return False
        low = word.lower()
        if low in _ABROAD_WORDS:
            return True
        if low not in _ORG_QUALIFIERS:
            return False
        pos = word_end
    return False


def named_elsewhere(text: str, start: int, end: int, kind: str = "country") -> bool:
    """ "crossed over from Afghanistan", "close to Nigeria", "near the Nigerian border": a country
    named as an origin or a neighbour; "near Nigeria's border town" still places the event in
    Nigeria."""
    if text[end : end + 2] in ("'s", "’s"):
        return False
    if beyond_border(text, start, end):
        return True
    return kind == "country" and bool(_elsewhere_cue().search(text[max(0, start - 40) : start]))


def beyond_border(text: str, start: int, end: int) -> bool:
    """ "near the Nigerian border", "on the border with the Gaza Strip": the country on the other
    side of a border ("near Nigeria's border town" is no such mention)."""
    if text[end : end + 2] in ("'s", "’s"):
        return False
    return bool(_BORDER_AFTER.match(text[end : end + 40]) or _BORDER_BEFORE.search(text[max(0, start - 30) : start]))


@cache
def _org_of_pattern() -> re.Pattern[str]:
    heads = sorted(load_resource("spotting.yaml").get("org_of_heads") or [], key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w[0].upper() + w[1:]) for w in h.split()) for h in heads)
    # "Front for the Liberation of", "State of", "Organization of the": the head capitalised
    return re.compile(r"\b(?:" + alternation + r")\s+(?:for\s+the\s+[A-Z][\w'’-]*\s+)?of\s+(?:the\s+)?$")


def in_org_name(text: str, start: int) -> bool:
    """A country at the end of an organisation's name ("Front for the Liberation of Palestine")."""
    return bool(_org_of_pattern().search(text[max(0, start - 60) : start]))


def followed_by_org(r: Rules, text: str, end: int) -> bool:
    """Whether an organisation word follows the country, perhaps after its possessive and up to
    two qualifying words ("Iraq's Interior Ministry", "a Vietnam War veteran")."""
    org = r.org_words
    pos = end
    if text[pos : pos + 2] in ("'s", "’s", "'S", "’S"):
        pos += 2
    for _ in range(2):
        word, sep, word_end = word_after(text, pos)
        if word is None or sep.strip() not in ("", "-"):
            return False
        if word.lower() in org or word in _NAMED_WARS:  # "a Vietnam War veteran"
            return True
        if word.lower() not in _ORG_QUALIFIERS:
            return False
        pos = word_end
    return False


def starts_a_name(index: Index, r: Rules, text: str, end: int) -> bool:
    """Whether a country is the first word of a longer capitalised name ("Iraq Body Count")."""
    word, sep, _ = word_after(text, end)
    if word is None or sep != " " or not word[0].isupper() or word.lower() in DATE_WORDS:
        return False
    low = word.lower()
    if low in r.function_words or low in r.region_words or low in r.connectors or low in r.common:
        return False
    return not index.ids_for_name(word)
