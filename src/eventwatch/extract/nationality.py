"""A description keeps the country adjective written before it: "Guatemalan army troops", "Colombian
guerrillas". Analysts name a state's forces by their country ("Military Forces of Guatemala"), and
"the army" alone says nothing of whose army it was."""

from __future__ import annotations

from functools import cache

from eventwatch.gazetteer import get_gazetteer
from eventwatch.gazetteer.build import demonym_plural
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token


@cache
def _adjectives() -> frozenset[str]:
    data = load_yaml("gazetteer/demonyms.yaml") or {}
    return frozenset(w.lower() for words in data.values() for w in words)


@cache
def _people_nouns() -> frozenset[str]:
    """Demonyms with the plurals the gazetteer derives ("Spaniards"; not "Chineses")."""
    singular = _adjectives()
    plural = {p for w in singular if (p := demonym_plural(w))}
    return singular | plural


def names_people(token: Token) -> bool:
    """ "five Spaniards", "one Salvadoran": a capitalised demonym heading a counted phrase names people."""
    return token.text[:1].isupper() and token.lower in _people_nouns()


def is_country_adjective(token: Token) -> bool:
    """ "Afghan", "Nepali": a capitalised country adjective (as in "Afghan, Nepali and Indian guards")."""
    return token.text[:1].isupper() and token.lower in _adjectives()


def with_nationality(tokens: list[Token], start: int) -> int:
    """``start - 1`` when the word before a description is a country adjective, else ``start``."""
    if start > 0 and tokens[start - 1].lower in _adjectives():
        return start - 1
    return start


def has_nationality(name: str) -> bool:
    """True when a description opens with a country adjective ("guatemalan army")."""
    first = name.split(" ", 1)[0].lower()
    return first in _adjectives()


def names_country(word: str) -> bool:
    """True when a word is a country's name used before a force ("Israel Defense Forces", "Kosovo
    Security Forces"), as a country adjective is ("Lebanese Army")."""
    place = get_gazetteer().country(word)
    return place is not None and place.feature == "country"


@cache
def _polities() -> frozenset[str]:
    return frozenset(name.lower() for name in load_yaml("actors/groups.yaml")["polities"])


def names_polity(name: str) -> bool:
    """ "the Soviet Union", "the European Union": a state or a union of states, named by words that
    otherwise end an organisation's name or stand for a target ("union")."""
    return name.lower() in _polities() or names_country(name)


def without_nationality(name: str) -> str:
    """The name without a country adjective it opens with, after an "ACRONYM: " head if any:
    "Peruvian Shining Path" -> "Shining Path", "ELN: Colombian Army of ..." -> "ELN: Army of ..."."""
    head, sep, rest = name.rpartition(": ")
    first, space, tail = rest.partition(" ")
    if space and first.lower() in _adjectives():
        return head + sep + tail
    return name
