"""Which numbers in a sentence count people: not dates, times of day, ages, ordinals of units or the
size of a group someone belongs to ("one of the three leaders")."""

from __future__ import annotations

from eventwatch.extract.casualties.figure import has_person
from eventwatch.extract.casualties.words import distance_units, month_names, words
from eventwatch.text.numbers import NumberPhrase, parse_number
from eventwatch.text.tokens import Token

# a number beside a month name is a day or a year, not a count
_MONTHS = month_names()
_TIME_UNITS = words("time_units")
_DISTANCE_UNITS = distance_units()
# "a family of five", "a patrol of 12": a group's size after "of" is a count, not an age
_COLLECTIVE_PEOPLE = words("collective_people")
_ONE = frozenset({"a", "an"})  # grammar, kept in code


def is_age(tokens: list[Token], k: int) -> bool:
    """ "a 10-year-old girl", "a 53 year old man": an age inside the noun phrase; "a man of 47": an
    age after "of" and one person."""
    return any(t.lower.startswith("year") for t in tokens[k + 1 : k + 3]) or _age_after_of(tokens, k)


def _age_after_of(tokens: list[Token], k: int) -> bool:
    """ "a man of 47 was stabbed", "a woman of sixty": the number after "a <person> of" is the one
    person's age; not "a family of five" (a group's size) nor "a total of 12" (no person)."""
    if k < 3 or tokens[k - 1].lower != "of" or tokens[k - 3].lower not in _ONE:
        return False
    noun = tokens[k - 2]
    return noun.lower not in _COLLECTIVE_PEOPLE and has_person(tokens, k - 2, k - 1)


def is_date_number(tokens: list[Token], number: NumberPhrase) -> bool:
    first = tokens[number.start_index]
    before = tokens[number.start_index - 1].lower if number.start_index else ""
    after = tokens[number.end_index].lower if number.end_index < len(tokens) else ""
    if before in _MONTHS and first.text.isalpha() and number.start_index > 1:
        day = tokens[number.start_index - 2].text
        if day.isdigit() and len(day) <= 2:
            return False  # "on 24 May two citizens were murdered": the day came before the month
    if before in _MONTHS or after in _MONTHS:
        return True
    if after in _TIME_UNITS:
        return True  # "were murdered 9 days ago", "for two hours": a span of time counts no one
    if after in _DISTANCE_UNITS:
        return True  # "killed some 50 meters from the station": a distance counts no one
    if first.text.isdigit() and len(first.text) == 4 and before in _CLOCK_BEFORE and int(first.text[:2]) < 24:
        return True  # "murdered at 1620 this afternoon": a time of day in wire copy
    if _hedged_clock(tokens, number, before, after):
        return True  # "murdered at approximately 1500 (2000 GMT)"
    return first.text.isdigit() and 1900 <= int(first.text) <= 2100 and number.end_index - number.start_index == 1


# prepositions before a time of day ("at 0300"): grammar, kept in code
_CLOCK_BEFORE = frozenset({"at", "around", "about", "until", "since", "from", "by", "to", "between", "and"})
# words after a time of day in wire copy ("at about 1500 today", "at approximately 0300 GMT"): grammar
_CLOCK_AFTER = frozenset(
    {"gmt", "hours", "hrs", "local", "today", "tonight", "yesterday", "last", "this", "on", "in", "when", "and"}
    | {"before", "after", "from", "until"}
)


def _hedged_clock(tokens: list[Token], number: NumberPhrase, before: str, after: str) -> bool:
    """ "at approximately 1500", "at about 0300 GMT": a time of day a hedge word opens, which the
    number reader takes with the hedge ("approximately 1500"); not "at about 1500 demonstrators"."""
    last = tokens[number.end_index - 1].text
    if number.end_index - number.start_index < 2 or not (last.isdigit() and len(last) == 4):
        return False
    if before not in _CLOCK_BEFORE or int(last[:2]) >= 24 or int(last[2:]) >= 60:
        return False
    return not after[:1].isalpha() or after in _CLOCK_AFTER


def group_size(tokens: list[Token], number: NumberPhrase) -> bool:
    """ "one of the three top leaders": the three are the group, not the victims."""
    k = number.start_index
    return k >= 3 and [t.lower for t in tokens[k - 2 : k]] == ["of", "the"] and parse_number(tokens, k - 3) is not None


def counted_number(words: list[Token], n: int) -> bool:
    """A number in a subject that counts people (not an age between commas: "Perez, 45, was")."""
    if not words[n].text[:1].isdigit():
        return False
    if n > 0 and words[n - 1].lower in _CLOCK_BEFORE and len(words[n].text) == 4:
        return False  # "at 1533 GMT": a time of day
    if is_age(words, n):
        return False  # "the mother and 15-year-old son were wounded": an age, not a count
    beside = {words[m].lower for m in (n - 1, n + 1) if 0 <= m < len(words)}
    if beside & _MONTHS:
        return False  # "on 2 March the mayor was killed": a day of the month
    return not (0 < n < len(words) - 1 and words[n - 1].text == "," and words[n + 1].text == ",")


def other_number_between(tokens: list[Token], start: int, end: int) -> bool:
    return any(tokens[k].text[:1].isdigit() and not is_ordinal(tokens, k) for k in range(start, end))


# spelling of ordinals, not domain words: kept in code
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "d"})  # wire copy writes "3D", "22D"


def is_ordinal(tokens: list[Token], k: int) -> bool:
    """ "the 3rd Infantry Battalion": a digit with its ordinal ending names a unit, it counts nobody."""
    return tokens[k].text.isdigit() and k + 1 < len(tokens) and tokens[k + 1].lower in _ORDINAL_SUFFIXES


def is_counted_plural(tokens: list[Token], number: NumberPhrase, np_end: int) -> bool:
    """ "two university graduates": after a deadly verb a counted plural is people."""
    return (
        np_end > number.end_index
        and tokens[np_end - 1].lower.endswith(("s", "men", "people", "children"))
        and tokens[np_end - 1].lower not in NOT_PEOPLE
    )


def is_one_who_died(tokens: list[Token], number: NumberPhrase, np_end: int) -> bool:
    """ "a waiter died", "one customer died": what dies is a person, whatever the noun (the people
    tables cannot list every trade); one plain noun after "a" or "one" counts one."""
    if number.value != 1 or np_end != number.end_index + 1:
        return False
    noun = tokens[np_end - 1]
    return noun.text.isalpha() and noun.text.islower() and noun.lower not in NOT_PEOPLE | _TIME_UNITS


NOT_PEOPLE = words("not_people")
