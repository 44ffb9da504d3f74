"""Victims listed one by one: names, titles and asides, counted as people.

"the terrorists murdered brothers Juan and Pedro Ochoa and their mother Marta Ochoa" counts three;
"Hector Ramos, leader of the Popular Party, and attorney Gilda Flores were killed" counts two: an
aside after a comma ("leader of the Popular Party", "a magistrate", "their cook, Ana Diaz") tells
more of the person before it, not of another one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from eventwatch.extract.people import people_table
from eventwatch.extract.phrases import PhraseMatch, PhraseTable
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

if TYPE_CHECKING:
    from eventwatch.extract.casualties import CasualtyFigure


@dataclass(frozen=True)
class _Words:
    active: PhraseTable[str]  # "killed", "the murder of": the list follows
    inverted: PhraseTable[str]  # "among the injured are": the list follows the verb
    passive: PhraseTable[str]  # "were killed": the list comes before
    aux: frozenset[str]
    stops: frozenset[str]  # words that end a list ("in", "by", "who")
    determiners: frozenset[str]  # "a", "the": an aside when no people noun follows
    possessives: frozenset[str]  # "his", "their": another person even after a comma
    openers: frozenset[str]  # words before a list that opens its clause ("that", "when")
    clause_openers: frozenset[str]  # "after": the list after it may be its clause's subject
    joins: tuple[tuple[str, ...], ...]  # "and", "as well as"
    linking: frozenset[str]  # "are" in "among the injured are"
    inner: frozenset[str]  # words inside an aside that are no name ("of" in "leader of the party")
    particles: frozenset[str]  # small words inside names ("de" in "Angela de Guerrero")
    announced: PhraseTable[str]  # "the following": a list after the colon that ends the clause
    intransitive: frozenset[str]  # "died": a list before it is its subject without "were"
    list_heads: frozenset[str]  # the words a list told before its verb may end at
    modifiers: frozenset[str]  # words opening a phrase on the last item before the verb ("from the police")
    span_openers: frozenset[str]  # "in", "within": a span of time after the verb ("in less than two days,")
    time_units: frozenset[str]  # "hours", "days": the word a span of time ends with


@cache
def _words() -> _Words:
    data = load_yaml("extract/casualties_en.yaml")
    lists = data["named_lists"]
    effects = ("killed", "wounded")
    # "the report indicates X and Y were killed": a verb of saying opens the clause the list heads
    saying = load_yaml("extract/reporting_en.yaml")["verbs"]
    return _Words(
        active=PhraseTable((w, e) for e in effects for w in lists["deeds"][e]),
        inverted=PhraseTable((w, e) for e in effects for w in lists["inverted"][e]),
        passive=PhraseTable((w, e) for e in effects for w in data["effects"][e]["passive"]),
        aux=frozenset(data["auxiliaries"]),
        stops=frozenset(lists["stops"]),
        determiners=frozenset(lists["determiners"]),
        possessives=frozenset(lists["possessives"]),
        openers=frozenset(lists["openers"]) | frozenset(saying),
        clause_openers=frozenset(lists["clause_openers"]),
        joins=tuple(tuple(j.split()) for j in lists["joins"]),
        linking=frozenset(lists["linking"]),
        inner=frozenset(lists["inner"]),
        particles=frozenset(lists["particles"]),
        announced=PhraseTable((w, "") for w in lists["announced"]),
        intransitive=frozenset(lists.get("intransitive") or []),
        list_heads=frozenset({"were", "have", "had", "also"} | set(lists.get("intransitive") or [])),
        modifiers=frozenset(lists.get("item_modifiers") or []),
        span_openers=frozenset(lists.get("span_openers") or []),
        time_units=frozenset(load_yaml("extract/casualty_words_en.yaml")["time_units"]),
    )


@dataclass
class _Item:
    tokens: list[Token]
    joined_by: str  # "," | ";" | "and" | ",and" | ""

    def words(self) -> list[str]:
        return [t.lower for t in self.tokens]


def _name_word(token: Token, words: _Words) -> bool:
    """A word that may belong to a name; in wire copy every word is in capitals, so verb forms and
    function words are told apart by their shape."""
    lower = token.lower
    if not token.text.isalpha() or not token.text[:1].isupper() or lower in words.stops | words.inner:
        return False
    return not lower.endswith(("ed", "ing", "ly")) and lower not in words.determiners | words.possessives


def _items(tokens: list[Token], start: int, end: int, words: _Words) -> tuple[list[_Item], int]:
    """Split ``tokens[start:end]`` at commas and joins; asides in brackets are skipped. Returns the
    items and where the list stopped."""
    items: list[_Item] = []
    current: list[Token] = []
    joined_by = ""
    depth = 0
    k = start
    while k < end:
        token = tokens[k]
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth:
            pass
        elif token.text in (",", ";"):
            if current:
                items.append(_Item(current, joined_by))
            current, joined_by = [], token.text  # ";" parts people whose asides hold commas
        elif (join := _join_at(tokens, k, words)) is not None:
            if current:
                items.append(_Item(current, joined_by))
            current, joined_by = [], _join_after(joined_by, current)
            k += join
            continue
        elif (
            token.lower in words.stops
            or _clause_verb(tokens, k, words, current)
            or not (token.text.isalnum() or token.text in ("-", "'s", "'") or _possessive(token))
            or words.active.match_at(tokens, k) is not None
            or words.passive.match_at(tokens, k) is not None
        ):
            # "X, 42; a boy known as Carlos; Y": a list parted by semicolons tells more of an item up
            # to the next semicolon, so a stop word inside an item does not end the list
            after = _next_semicolon(tokens, k, end) if joined_by == ";" and current else None
            if after is None:
                break
            k = after
            continue
        else:
            current.append(token)
        k += 1
    if current:
        items.append(_Item(current, joined_by))
    return items, k


def _possessive(token: Token) -> bool:
    """ "Torrado's son, William; ...": a name with its possessive ending is a word of the item (a
    kinsman or an aide named by whose he is), not a mark that ends the list."""
    return token.is_possessive and token.text[:-2].isalpha()


def _join_after(before: str, current: list[Token]) -> str:
    """How the item after "and" is joined. Right after a semicolon ("X, a guard; and Y, a driver") the
    semicolon parts it from the item before, as it parts the others: "and" adds no aside to the item
    before it, so the item is read as one joined by ";"."""
    if current:
        return "and"
    return {",": ",and", ";": ";"}.get(before, "and")


def _clause_verb(tokens: list[Token], k: int, words: _Words, current: list[Token]) -> bool:
    """ "after killing X, assumed the leadership": an item that opens with a past verb and its object is
    the clause after the list (wire copy writes the verb like a name), not one more person."""
    if current or not tokens[k].lower.endswith("ed") or k + 1 >= len(tokens):
        return False
    return tokens[k + 1].lower in words.determiners | words.possessives


def _next_semicolon(tokens: list[Token], k: int, end: int) -> int | None:
    """Index of the next ";" before ``end`` with no sentence-like break on the way, or None."""
    for m in range(k, min(end, k + 12)):
        if tokens[m].text == ";":
            return m
        if tokens[m].text in (":", "--", '"', "."):
            return None
    return None


def _join_at(tokens: list[Token], k: int, words: _Words) -> int | None:
    for join in words.joins:
        if tuple(t.lower for t in tokens[k : k + len(join)]) == join:
            return len(join)
    return None


def _names_after(toks: list[Token], k: int, words: _Words) -> list[Token]:
    names = []
    while k < len(toks) and _name_word(toks[k], words):
        names.append(toks[k])
        k += 1
    return names


def _people_noun(toks: list[Token]) -> int | None:
    """Index of the people noun that heads an item ("social leader Gilda Flores" → "leader", "wife
    of colonel X" → "wife")."""
    table = people_table()
    where, k = None, 0
    while k < len(toks):
        match = table.match_at(toks, k)
        if match is not None and match.payload != "unspecified":
            where = match.end_index - 1
            k = match.end_index
            if k < len(toks) and toks[k].lower in ("of", "for"):
                break  # "wife of colonel X": the wife, of whom more is told
        else:
            k += 1
    return where


def _all_name(toks: list[Token], words: _Words) -> bool:
    """Every word a name word, particles inside allowed ("Angela de Guerrero")."""
    if not (_name_word(toks[0], words) and _name_word(toks[-1], words)):
        return False
    return all(_name_word(t, words) or t.lower in words.particles for t in toks)


def _inside_join(tokens: list[Token], k: int, words: _Words) -> bool:
    return any(_join_at(tokens, m, words) is not None and m < k for m in range(max(0, k - 2), k + 1)) or (
        _join_at(tokens, k, words) is not None
    )


def _named_with_aside(items: list[_Item], position: int, words: _Words) -> bool:
    """ "X, leader of the movement, and Y, a social democratic leader": a name after "and" that has an
    aside of its own opening with "a"/"an" is another person, not the end of the aside before it."""
    item = items[position]
    following = items[position + 1] if position + 1 < len(items) else None
    return (
        item.joined_by == "and"
        and len(item.tokens) >= 2
        and _all_name(item.tokens, words)
        and following is not None
        and following.joined_by == ","
        and following.words()[0] in ("a", "an")
    )


def _count(items: list[_Item], words: _Words) -> int:
    """People in a list. Each item is a name, a people noun (with or without a name), a counted
    group ("two of her bodyguards") or an aside about the item before it."""
    people = 0
    previous: str | None = None  # "named" | "noun" (a people noun without a name) | "aside"
    if parse_number(items[0].tokens, 0, allow_article=False) is not None:
        return 0  # "two officers, Ana Lind and Ivan Vasko": the number counts them; the names tell who
    named = False
    for position, item in enumerate(items):
        toks = item.tokens
        first = toks[0].lower
        if previous == "aside" and item.joined_by in ("and", ",") and not _named_with_aside(items, position, words):
            continue  # "X, head of the logistics and supply department", "X, candidate of Union, UP"
        number = parse_number(toks, 0, allow_article=False)
        where = _people_noun(toks)
        names = _names_after(toks, where + 1 if where is not None else 0, words)
        if first in words.determiners and any(parse_number(toks, m) is not None for m in range(1, len(toks))):
            continue  # "the first four Belgians and the other a Peruvian": an aside on the people before
        if number is not None and where is not None and number.end_index <= where:
            if first in words.determiners:
                continue  # "the first five Spaniards": an aside on the people before
            people += number.value
            previous = "noun"
            continue
        if toks[0].text.isdigit() and len(toks) == 1:
            continue  # an age: "Jose Marin, 32,"
        if where is None:
            if item.joined_by == ";" and first in ("a", "an") and len(toks) > 1:
                people += 1  # "X, 42; a minor known as Carlos; Y": semicolons part people, one each
                previous = "noun"
                continue
            if first in words.determiners or not _all_name(toks, words):
                if item.joined_by == ",":
                    previous = "aside"
                continue  # "the last a Salvadoran", "X, president of the company": an aside
            if item.joined_by == "," and previous == "noun":
                previous = "named"
                continue  # "their cook, Ana Diaz": the cook's name
            if item.joined_by == "," and any(it.joined_by in ("and", ",and") for it in items[:position]):
                previous = "aside"
                continue  # "X and his aide, Y, SHOW ...": past the closing join a bare name adds no one
            people += 1
            previous = "named"
            named = True
            continue
        plural = toks[where].lower.endswith("s")
        if plural and names:
            people += 1  # "brothers Juan": each name after a plural noun is one
            previous = "named"
            named = True
            continue
        if plural and item.joined_by == "," and previous == "named" and people >= 2:
            previous = "aside"
            continue  # "X and Y, members of the civil defense,": what the people named were
        if plural:
            return 0  # "the Jesuits": a group of unknown size
        after_comma = item.joined_by == ","
        owned = first in words.possessives
        following = items[position + 1] if position + 1 < len(items) else None
        aside = after_comma and previous == "named" and not owned and not names
        if aside or (after_comma and "of" in item.words()[: where + 2] and not names):
            previous = "aside"
            continue  # "Hector Ramos, leader of the party", "Gilda Flores, a social leader"
        if not names and first not in words.determiners and not owned and following and following.joined_by == "and":
            continue  # "senator and presidential candidate X": two titles of one person
        people += 1
        previous = "named" if names else "noun"
        named = named or bool(names)
    return people if named else 0  # lists of nouns alone are the numbers' rules' business


@dataclass(frozen=True)
class NamedVictims:
    effect: str
    value: int
    start: int  # offsets of the list and its verb
    end: int
    share: bool = False  # "among the injured were X and Y": some of those the sentence counts
    also: bool = False  # "his wife and comrades X and Y also died": besides the victims told before


def _list_span(tokens: list[Token], verb: int, words: _Words) -> tuple[int, bool]:
    """Where a list ending before ``tokens[verb]`` starts: after the word that opens its clause.
    True when that word is a preposition or a time word ("last night, X and Y were shot"): the
    list's first item then ends that phrase, when a comma follows it."""
    k = verb - 1
    depth = 0
    while k >= 0:
        token = tokens[k]
        if token.text in (")", "]"):
            depth += 1
        elif token.text in ("(", "["):
            depth = max(0, depth - 1)
        elif not depth and (token.lower in words.openers or token.text in (":", "--", '"')):
            return k + 1, False
        elif not depth and token.lower in words.stops and not _inside_join(tokens, k, words):
            return k + 1, k + 1 < verb and tokens[k + 1].text != ","

        k -= 1
    return 0, False


def _person_opens_clause(tokens: list[Token], start: int, first: _Item, words: _Words) -> bool:
    """ "after a police colonel, a judge and X were murdered": the first item after a clause opener is
    the list's first person when a people noun heads it, not a phrase of time ("after midnight, X
    and Y were shot") to be passed over."""
    return start > 0 and tokens[start - 1].lower in words.clause_openers and _people_noun(first.tokens) is not None


# how an item joins a list that closes it ("X, Y and Z", "X; a guard; and Z"): a comma alone parts
# a name from what follows it, not one person from the next
_LIST_JOINS = frozenset({"and", ",and", ";"})


def _possessed_person(tokens: list[Token], k: int, words: _Words) -> int | None:
    """Index of the people noun in "[the] X's [adjective] noun" starting at ``k``, a singular noun."""
    if k < len(tokens) and tokens[k].lower in words.determiners:
        k += 1
    if k >= len(tokens) or not tokens[k].lower.endswith(("'s", "’s")):
        return None
    for noun_at in (k + 1, k + 2):
        if noun_at < len(tokens):
            match = people_table().match_at(tokens, noun_at)
            if match is not None and not tokens[match.end_index - 1].lower.endswith("s"):
                return match.end_index - 1
    return None


def find_named_victims(tokens: list[Token]) -> list[NamedVictims]:
    """Lists of two or more people killed or wounded, told before "were <killed>" or after
    "killed"/"the murder of"."""
    words = _words()
    found: list[NamedVictims] = []
    heads = words.list_heads
    for k in [k for k, t in enumerate(tokens) if t.lower in heads]:  # most tokens head no list
        token = tokens[k]
        lower = token.lower
        died = _died_after_list(tokens, k, words) if lower == "also" or lower in words.intransitive else None
        if died is None and token.lower in ("have", "had") and k + 1 < len(tokens) and tokens[k + 1].lower == "been":
            token = tokens[k + 1]  # "X and Y, a teacher, have been killed": the list ends before "have"
        elif token.lower != "were" and died is None:
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].lower in words.aux and j - k < 3:
            j += 1
        passive = died or words.passive.match_at(tokens, j) or _after_seizure(tokens, j, words)
        if passive is None:
            continue
        end = k
        start, phrase_first = _list_span(tokens, k, words)
        if start > 0 and _modifier_tail(tokens, start - 1, k, words):
            end = start - 1  # "X, a judge, and two of her bodyguards from the police were killed"
            start, phrase_first = _list_span(tokens, end, words)
        items, stopped = _items(tokens, start, end, words)
        if phrase_first and len(items) > 1 and not _person_opens_clause(tokens, start, items[0], words):
            items = items[1:]  # "in Lima, X and Y", "in Turkey and three bystanders"
            items[0].joined_by = ""
        if stopped != end or len(items) < 2 or start >= end:
            continue
        if died is not None and any(item.joined_by not in ("", "and") for item in items):
            continue  # "X, the Mexican, and chief of the cartel, died": "died" does not say one or more
        value = _count(items, words)
        if value >= 2:
            also = died is not None and token.lower == "also"
            span = (tokens[start].start, tokens[passive.end_index - 1].end)
            found.append(NamedVictims(passive.payload, value, *span, also=also))
    for match in words.inverted.find_all(tokens):
        # "among the injured here are X, 53; Y, 24; and Z"
        verb = next(
            (
                m
                for m in range(match.end_index, min(len(tokens), match.end_index + 3))
                if tokens[m].lower in words.linking
            ),
            None,
        )
        if verb is None:
            continue
        start = verb + 1 + (verb + 1 < len(tokens) and tokens[verb + 1].text == ":")
        items, stopped = _items(tokens, start, len(tokens), words)
        value = _count(items, words) if len(items) >= 2 else 0
        if value >= 2:
            end = tokens[max(stopped, start + 1) - 1].end
            found.append(NamedVictims(match.payload, value, match.start, end, share=True))
    found.extend(_announced_lists(tokens, words))
    # "the murder in Lima of X and Y": a place or a day may stand between the deed and "of"
    from eventwatch.extract.casualties.uncounted_objects import deeds_with_aside  # casualties imports this module

    for match in words.active.find_all(tokens) + deeds_with_aside(tokens):
        before = {t.lower for t in tokens[max(0, match.start_index - 2) : match.start_index]}
        if before & {"was", "were", "been", "be", "being"}:
            continue  # "were seriously injured": passive, its people come before
        owned = _possessed_person(tokens, match.end_index, words)
        if owned is not None:  # "wounded Castillo's son", "killed the mayor's driver"
            found.append(NamedVictims(match.payload, 1, match.start, tokens[owned].end))
            continue
        start = _past_time_span(tokens, match.end_index, words)
        if start >= len(tokens) or not tokens[start].text.isalnum():
            continue  # "so many killed, so much destruction": no object
        items, stopped = _items(tokens, start, len(tokens), words)
        if len(items) < 2 or not any(item.joined_by in _LIST_JOINS for item in items[1:]):
            continue  # "the assassinated X, believes that ...": a list of people closes with a join
        value = _count(items, words)
        if value >= 2:
            end = tokens[max(stopped, start + 1) - 1].end
            found.append(NamedVictims(match.payload, value, match.start, end))
    return found


_SPAN_REACH = 6  # words from the opener to the comma ("in less than 48 hours,")


def _past_time_span(tokens: list[Token], k: int, words: _Words) -> int:
    """ "assassinated in less than 48 hours, X, Y and Z": past a span of time set off by a comma right
    after the verb (its last word a unit of time), to the list after it; anywhere else ``k`` stays."""
    if k >= len(tokens) or tokens[k].lower not in words.span_openers:
        return k
    for m in range(k + 1, min(len(tokens), k + 1 + _SPAN_REACH)):
        if tokens[m].text == ",":
            return m + 1 if m > k + 1 and tokens[m - 1].lower in words.time_units else k
        if not tokens[m].text.isalnum():
            return k
    return k


def _modifier_tail(tokens: list[Token], stopped: int, verb: int, words: _Words) -> bool:
    """ "two of her bodyguards from the security department [...]," before the verb: a short phrase on
    the last item, holding no other count, verb or join, does not end the list before its verb."""
    if tokens[stopped].lower not in words.modifiers or verb - stopped > 12:
        return False
    for m in range(stopped + 1, verb):
        token = tokens[m]
        if token.text == "," and m < verb - 1:
            return False
        if _join_at(tokens, m, words) is not None or parse_number(tokens, m, allow_article=False) is not None:
            return False
        if words.passive.match_at(tokens, m) is not None or words.active.match_at(tokens, m) is not None:
            return False
    return True


def _after_seizure(tokens: list[Token], j: int, words: _Words) -> PhraseMatch | None:
    """ "X and Y were abducted and killed": the list also suffered the effect told after "and"."""
    from eventwatch.extract.casualties.lexicon import lexicon  # casualties imports this module

    seized = lexicon().passive.match_at(tokens, j)
    if seized is None or seized.payload != "kidnapped" or seized.end_index + 1 >= len(tokens):
        return None
    if tokens[seized.end_index].lower != "and":
        return None
    k = seized.end_index + 1
    while k < len(tokens) and tokens[k].lower in words.aux and k - seized.end_index < 3:
        k += 1  # "and later killed"
    return words.passive.match_at(tokens, k)


def _died_after_list(tokens: list[Token], k: int, words: _Words) -> PhraseMatch | None:
    """ "X and Y died", "his wife and comrades X and Y also died": a list before a verb that needs no
    "were"; the match of the verb when ``tokens[k]`` (or "also" at ``k``) opens it, else None."""
    at = k + 1 if tokens[k].lower == "also" else k
    if at >= len(tokens) or tokens[at].lower not in words.intransitive:
        return None  # asked for every token: the cheap test first
    if k == 0 or tokens[k - 1].lower in words.aux:
        return None
    return words.passive.match_at(tokens, at)


def _announced_lists(tokens: list[Token], words: _Words) -> list[NamedVictims]:
    """ "the following policemen died in combat: Major X, Captain Y and Sergeant Z": the effect is
    told before the colon, the people after it."""
    found: list[NamedVictims] = []
    for match in words.announced.find_all(tokens):
        window = range(match.end_index, min(len(tokens), match.end_index + 12))
        colon = next((k for k in window if tokens[k].text == ":"), None)
        if colon is None:
            continue
        effect = next(
            (m.payload for k in range(match.end_index, colon) if (m := words.passive.match_at(tokens, k)) is not None),
            None,
        )
        if effect is None:
            continue
        items, stopped = _items(tokens, colon + 1, len(tokens), words)
        value = _count(items, words) if len(items) >= 2 else 0
        if value >= 2:
            found.append(NamedVictims(effect, value, match.start, tokens[max(stopped, colon + 2) - 1].end))
    return found


def with_named_lists(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """A list of people named one by one counts them all, where the number rules saw fewer; the
    list's figure takes the place of theirs."""
    for named in find_named_victims(tokens):
        inside = [f for f in figures if f.effect == named.effect and f.start < named.end and named.start < f.end]
        if named.value <= sum(f.value for f in inside if not f.is_part and not f.is_total):
            continue
        if inside:
            figure = replace(inside[0], value=named.value, low=named.value, high=named.value, side=None)
            figure = replace(figure, start=named.start, end=named.end, is_total=False, is_part=False)
        else:
            from eventwatch.extract.casualties import CasualtyFigure  # casualties imports this module

            figure = CasualtyFigure(named.effect, named.value, named.value, named.value, None, named.start, named.end)
            counted = any(f.effect == named.effect and not f.is_part for f in figures)
            figure = replace(figure, is_part=named.share and counted, additional=named.also)
        at = figures.index(inside[0]) if inside else len(figures)
        figures = [*figures[:at], figure, *(f for f in figures[at:] if f not in inside)]
        figures = [f for f in figures if f is figure or f not in inside]
    return figures
