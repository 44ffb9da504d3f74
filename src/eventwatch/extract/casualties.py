"""Numbers of people killed, wounded and kidnapped, with the side they were on.

"killing eight police officers and two civilians" → killed 8 (security forces) + 2 (civilians);
"claimed 25 lives — including 18 of the attackers" → killed 25 (a total) with 18 attackers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from eventwatch.extract.named_victims import with_named_lists
from eventwatch.extract.people import people_table, side_of
from eventwatch.extract.phrases import PhraseMatch, PhraseTable
from eventwatch.extract.victims import drop_records, drop_repeated_victims, skip_comma_aside
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import NumberPhrase, parse_number
from eventwatch.text.tokens import Token

EFFECTS = ("killed", "wounded", "kidnapped")


@dataclass(frozen=True, slots=True)
class CasualtyFigure:
    effect: str  # killed | wounded | kidnapped
    value: int
    low: int | None
    high: int | None
    side: str | None  # perpetrators | security_forces | civilians | None
    start: int
    end: int
    is_total: bool = False  # a toll for the whole event ("claimed 25 lives", "death toll rose to")
    is_part: bool = False  # a share of the figure before it ("including 18 of the attackers")
    vague: bool = False
    additional: bool = False  # people besides those already counted ("10 other people were also injured")


@dataclass(frozen=True)
class _Lexicon:
    passive: PhraseTable[str]
    active: PhraseTable[str]
    nouns: PhraseTable[str]
    toll: PhraseTable[str]
    none: PhraseTable[str]
    left: dict[str, str]
    aux: frozenset[str]
    part_markers: PhraseTable[bool]
    earlier_event: PhraseTable[bool]


@cache
def disputing_words() -> frozenset[str]:
    """Words that put a figure told in the same sentence in doubt."""
    return frozenset(load_yaml("extract/casualties_en.yaml").get("disputing") or [])


@cache
def _deed_nouns() -> dict[str, str]:
    data = load_yaml("extract/casualties_en.yaml").get("deed_nouns") or {}
    return {noun: effect for effect, nouns in data.items() for noun in nouns}


@cache
def _lexicon() -> _Lexicon:
    data = load_yaml("extract/casualties_en.yaml")
    effects = data["effects"]

    def table(key: str) -> PhraseTable[str]:
        return PhraseTable((w, effect) for effect in EFFECTS for w in effects[effect].get(key) or [])

    return _Lexicon(
        passive=table("passive"),
        active=table("active"),
        nouns=table("nouns"),
        toll=table("toll"),
        none=PhraseTable((w, which) for which, words in data["none"].items() for w in words),
        left={w: effect for effect, words in data["left_effects"].items() for w in words},
        aux=frozenset(data["auxiliaries"]),
        part_markers=PhraseTable((w, True) for w in data["part_markers"]),
        earlier_event=PhraseTable((w, True) for w in data.get("earlier_event") or []),
    )


_NP_STOP = frozenset(
    {
        "also",
        "total",
        "including",
        "reportedly",
        "in",
        "at",
        "on",
        "by",
        "during",
        "after",
        "before",
        "when",
        "while",
        "from",
        "to",
        "with",
        "near",
        "suffered",
        "sustained",
        "received",
        "outside",
        "inside",
        "behind",
        "across",
        "along",
        "and",
        "or",
        "but",
        "as",
        "that",
        "which",
        "who",
        "whom",
        "were",
        "was",
        "had",
        "have",
        "has",
        "are",
        "is",
        "been",
        "be",
        "later",
        "years",
        "year",
        "days",
        "day",
        "months",
        "month",
        "week",
        "weeks",
        "hour",
        "hours",
        "minutes",
        "miles",
        "kilometers",
        "km",
        "percent",
        "per",
        "belonging",
        "backed",
        "affiliated",
        "assigned",
        "attached",
        "deployed",
        "employed",
        "working",
        "serving",
        "stationed",
        "travelling",
        "traveling",
        "riding",
        "carrying",  # "rammed a bus carrying recruits": the bus, not a person
    }
)
_MONTHS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)


def _noun_phrase_end(tokens: list[Token], i: int) -> int:
    """End of the noun phrase after a number: "eight police officers", "18 of the attackers"."""
    j = i
    limit = min(len(tokens), i + 16)
    while j < limit:
        word = tokens[j].lower
        if word in ("(", "'", "’") and j > i:
            close = _skip_brackets(tokens, j) if word == "(" else j + 1
            if close > j and close <= limit:
                j = close  # "seven Central Reserve Police Force (CRPF) personnel", "Iran's"
                continue
            break
        if word == ")":
            break
        if word == "of" and j + 1 < len(tokens):
            # "18 of the attackers", "50 peasants of various ages"
            j += 1
            continue
        if (
            j > i
            and tokens[j - 1].lower not in _GROUP_BEFORE
            and not _is_age(tokens, j)
            and parse_number(tokens, j, allow_article=False)
        ):
            break  # "a military vehicle carrying militants three people died": a count of its own
        if j > i and _is_ordinal(tokens, j) and j + 2 < limit:
            j += 2  # "soldiers of the 3rd Battalion"
            continue
        if not word[0].isalpha() or word in _NP_STOP or (word in _lexicon().aux and word != "all"):
            break
        if j > i and word in _NP_STOP_INSIDE:
            break  # "five tribesmen accused of ...", but "five suspected militants"
        if _lexicon().passive.match_at(tokens, j) is not None:
            break
        if j > i and word not in ("bodies", "remains") and _lexicon().active.match_at(tokens, j) is not None:
            break  # "two ambushes claimed the lives of eight guards": the verb ends the subject
        j += 1
    return j


_GROUP_BEFORE = frozenset({"of", "the", "these", "those", "its", "their", "his", "her", "our"})
_TIME_WORDS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"})


def _is_age(tokens: list[Token], k: int) -> bool:
    """ "a 10-year-old girl", "a 53 year old man": an age inside the noun phrase."""
    return any(t.lower.startswith("year") for t in tokens[k + 1 : k + 3])


def _is_date_number(tokens: list[Token], number: NumberPhrase) -> bool:
    first = tokens[number.start_index]
    before = tokens[number.start_index - 1].lower if number.start_index else ""
    after = tokens[number.end_index].lower if number.end_index < len(tokens) else ""
    if before in _MONTHS or after in _MONTHS:
        return True
    if first.text.isdigit() and len(first.text) == 4 and before in _CLOCK_BEFORE and int(first.text[:2]) < 24:
        return True  # "murdered at 1620 this afternoon": a time of day in wire copy
    return first.text.isdigit() and 1900 <= int(first.text) <= 2100 and number.end_index - number.start_index == 1


_CLOCK_BEFORE = frozenset({"at", "around", "about", "until", "since", "from", "by", "to", "between", "and"})


def _bounds(number: NumberPhrase) -> tuple[int | None, int | None]:
    if number.vague or number.qualifier == "low":
        return number.value, None
    if number.qualifier == "high":
        return None, number.value
    return number.value, number.value


def _figure(effect: str, number: NumberPhrase, tokens: list[Token], np_end: int, **flags: bool) -> CasualtyFigure:
    side, _ = side_of(tokens, number.end_index, np_end)
    if side is None:
        side = _side_of_owner(tokens, number.start_index)
    if flags.get("is_total") or side == "unspecified":
        side = None
    low, high = _bounds(number)
    words = {t.lower for t in tokens[max(0, number.start_index - 1) : np_end]}
    # "ten other people were also injured", "five more died": besides those counted before; a bare
    # "others" mostly sets a group apart inside its own sentence ("killed 8 and injured 31 others")
    also = any(t.lower == "also" for t in tokens[np_end : np_end + 9])
    additional = bool(words & _MORE) or (also and bool(words & _OTHER))
    return CasualtyFigure(
        effect=effect,
        value=number.value,
        low=low,
        high=high,
        side=side,
        start=tokens[number.start_index].start,
        end=tokens[max(np_end, number.end_index) - 1].end,
        vague=number.vague,
        additional=additional and not flags.get("is_total"),
        **flags,
    )


# "the militants had three killed", "the insurgents suffered 6 deaths": the subject owns the dead
_OWNING_VERBS = frozenset({"had", "suffered", "lost", "sustained"})


def _side_of_owner(tokens: list[Token], k: int) -> str | None:
    if k < 2 or tokens[k - 1].lower not in _OWNING_VERBS:
        return None
    side, _ = side_of(tokens, max(0, k - 4), k - 1)
    return side


_MORE = frozenset({"another", "more", "further", "additional"})
_OTHER = frozenset({"other", "others"})


def _has_person(tokens: list[Token], start: int, end: int) -> bool:
    return side_of(tokens, start, end)[0] is not None


def find_casualties(tokens: list[Token]) -> list[CasualtyFigure]:
    """Casualty figures in one sentence."""
    lex = _lexicon()
    figures: list[CasualtyFigure] = []
    used: set[int] = set()

    # "no casualties", "no one was hurt"
    for match in lex.none.find_all(tokens):
        effects = ("killed", "wounded") if match.payload == "both" else (match.payload,)
        for effect in effects:
            figures.append(CasualtyFigure(effect, 0, 0, 0, None, match.start, match.end))
        used.update(range(match.start_index, match.end_index))

    # "the death toll rose to 25"
    for match in lex.toll.find_all(tokens):
        for k in range(match.end_index, min(len(tokens), match.end_index + 12)):
            number = parse_number(tokens, k, allow_article=False)
            if number is not None and not _is_date_number(tokens, number):
                np_end = _noun_phrase_end(tokens, number.end_index)
                if tokens[k - 1].lower == "any" or tokens[np_end - 1].lower in _TIME_WORDS:
                    continue  # "the deadliest toll of any one day": no count

                # "a toll of 1 person wounded": the word after the people tells the effect
                told = lex.left.get(tokens[np_end].lower) if np_end < len(tokens) else None
                figures.append(_figure(told or match.payload, number, tokens, np_end, is_total=True))
                used.update(range(number.start_index, number.end_index))
                break

    i = 0
    while i < len(tokens):
        if i in used:
            i += 1
            continue
        number = parse_number(tokens, i)
        inside = any(f.start <= tokens[i].start < f.end for f in figures)  # "one settler, a teacher, dead"
        if (
            number is None
            or inside
            or _is_date_number(tokens, number)
            or _group_size(tokens, number)
            or _is_ordinal(tokens, number.start_index)  # "the 3rd district police commander's wife"
        ):
            i += 1
            continue
        from_article = tokens[number.start_index].lower in ("a", "an") and number.value == 1
        np_end = _noun_phrase_end(tokens, number.end_index)
        figure = _part_of_previous(tokens, number, np_end, figures) or _link(
            tokens, number, np_end, from_article, figures
        )
        if figure is None:
            i = number.start_index + 1
            continue
        earlier = _coordinated_before(tokens, number, figure)
        if earlier is not None and earlier.start not in {f.start for f in figures}:
            figures.append(earlier)
        figures.append(figure)
        used.update(range(number.start_index, number.end_index))
        i = max(np_end, number.end_index)
        # "killing eight police officers and two civilians": the effect carries over
        while i + 1 < len(tokens) and tokens[i].lower in ("and", ",") and not figure.is_total:
            following = parse_number(tokens, i + 1)
            if following is None or tokens[i + 1].start < figure.end:
                break
            following_end = _noun_phrase_end(tokens, following.end_index)
            if not _has_person(tokens, following.end_index, following_end):
                break
            own_noun = _lexicon().nouns.match_at(tokens, following.end_index)
            if own_noun is not None and own_noun.payload != figure.effect:
                break  # "two deaths and seven injuries among the police": the noun tells its own effect
            k = following_end
            while k < len(tokens) and tokens[k].lower in _lexicon().aux and k - following_end < 3:
                k += 1
            if _lexicon().passive.match_at(tokens, k) is not None:
                break  # "... and seven others were wounded": its own effect follows
            part = figure.is_part or _is_part(tokens, following, figures)
            figure = _figure(figure.effect, following, tokens, following_end, is_part=part)
            figures.append(figure)
            used.update(range(following.start_index, following.end_index))
            i = following_end
    figures.extend(_singular_victims(tokens, figures, used))
    figures.extend(_one_victim(tokens, figures, used))
    figures.extend(_possessed_deed(tokens, figures))
    figures.extend(_chained_effects(tokens, figures))
    return _merge_coordinated(
        _before_earlier_event(
            tokens, drop_records(tokens, drop_repeated_victims(tokens, with_named_lists(tokens, figures)))
        )
    )


def _before_earlier_event(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "four killed in an attack that comes two days after a series of blasts that claimed 16 lives":
    the figures told after the earlier event is named are that event's."""
    if not figures:
        return figures
    starts = [m.start for m in _lexicon().earlier_event.find_all(tokens)]
    if not starts:
        return figures
    return [f for f in figures if f.start < min(starts)]


def _chained_effects(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "14 people were kidnapped and (later) killed": the same people suffered the second effect too."""
    lex = _lexicon()
    found: list[CasualtyFigure] = []
    for k, token in enumerate(tokens):
        if token.lower != "and" or k == 0:
            continue
        nxt = k + 1
        while nxt < len(tokens) and tokens[nxt].lower in ("later", "subsequently", "then", "eventually", "were"):
            nxt += 1
        second = lex.passive.match_at(tokens, nxt)
        if second is None:
            continue
        before = [f for f in figures if not f.is_part and f.end <= tokens[k].start and tokens[k].start - f.end < 120]
        first = next((f for f in reversed(before) if f.effect != second.payload), None)
        if first is None or any(f.effect == second.payload for f in figures + found):
            continue
        between = [t for t in tokens if first.end <= t.start < tokens[k].start]
        if not between or lex.passive.match_at(tokens, tokens.index(between[-1])) is None:
            continue  # the first effect's verb must come right before "and"
        found.append(replace(first, effect=second.payload, start=tokens[k].start, end=tokens[second.end_index - 1].end))
    return found


def _part_of_previous(
    tokens: list[Token], number: NumberPhrase, np_end: int, previous: list[CasualtyFigure]
) -> CasualtyFigure | None:
    """ "including 18 of the attackers" right after a figure: a share of that figure."""
    if not previous or not _is_part(tokens, number, previous):
        return None
    if not _has_person(tokens, number.end_index, np_end):
        return None
    return _figure(previous[-1].effect, number, tokens, np_end, is_part=True)


_POSSESSIVES = frozenset({"his", "her", "their", "its", "the"})


def _group_size(tokens: list[Token], number: NumberPhrase) -> bool:
    """ "one of the three top leaders": the three are the group, not the victims."""
    k = number.start_index
    return k >= 3 and [t.lower for t in tokens[k - 2 : k]] == ["of", "the"] and parse_number(tokens, k - 3) is not None


def _coordinated_before(tokens: list[Token], number: NumberPhrase, figure: CasualtyFigure) -> CasualtyFigure | None:
    """ "a judge and his two bodyguards were killed": the first person shares the effect."""
    k = number.start_index - 1
    if k >= 0 and tokens[k].lower in _POSSESSIVES:
        k -= 1
    if k < 1 or tokens[k].lower != "and":
        return None
    for start in range(max(0, k - 7), k):  # "three members of the army and 13 terrorists"
        earlier = parse_number(tokens, start)
        if earlier is None or earlier.end_index > k:
            continue
        verb = _active_before(tokens, start)
        after_with = start > 0 and tokens[start - 1].lower in ("with", "including")
        if (verb is not None and verb[0] != figure.effect) or after_with:
            continue  # "killed 33 people and another 10 were injured", "killed along with three officers": told apart
        inside = range(earlier.end_index, k)
        if any(parse_number(tokens, m) is not None or _lexicon().active.match_at(tokens, m) for m in inside):
            continue  # "a bomb kills one policeman and another four": a clause, not one noun phrase
        if _noun_phrase_end(tokens, earlier.end_index) == k and _has_person(tokens, earlier.end_index, k):
            return _figure(figure.effect, earlier, tokens, k)
    # "his driver and one of his bodyguards were killed": a person named without a number
    if k >= 2 and tokens[k - 2].lower in _POSSESSIVES | {"a", "an"}:
        side, where = side_of(tokens, k - 1, k)
        if side is not None and where == k - 1 and not tokens[k - 1].lower.endswith("s"):
            return CasualtyFigure(
                figure.effect, 1, 1, 1, None if side == "unspecified" else side, tokens[k - 2].start, tokens[k - 1].end
            )
    return None


def _link(
    tokens: list[Token], number: NumberPhrase, np_end: int, from_article: bool, previous: list[CasualtyFigure]
) -> CasualtyFigure | None:
    lex = _lexicon()
    person = _has_person(tokens, number.end_index, np_end)
    if from_article and not person:
        return None
    if _is_age(tokens, number.end_index - 1):
        return None  # "killed a 10-year-old girl": her age, not a count
    k = number.start_index
    before = tokens[max(0, k - 3) : k]
    if any(t.lower in ("aged", "ages", "age") for t in before) and all(
        t.lower in ("aged", "ages", "age", "and", ",", "between") or t.text[:1].isdigit() for t in before
    ):
        return None  # "two girls aged 6 and 4": ages, not more victims
    between_commas = k > 0 and np_end < len(tokens) and tokens[k - 1].text == tokens[np_end].text == ","
    if np_end == number.end_index and between_commas:
        return None  # "Pablo Pelaez, 45, was shot": an age between commas
    # "the bodies of two attackers", "25 deaths", "claimed 25 lives", "7 deaths of the Syrian Army"
    noun = lex.nouns.match_at(tokens, max(number.end_index, np_end - 1))
    head = lex.nouns.match_at(tokens, number.end_index)
    if noun is None and head is not None and tokens[number.end_index].lower in _EFFECT_NOUNS:
        noun = head
    active = _active_before(tokens, number.start_index)
    if active is not None:
        effect, verb = active
        if verb in ("left", "leaving"):
            if np_end < len(tokens) and tokens[np_end].text == ",":
                # "leaving one Israeli, a rabbi, dead": past the apposition
                window = range(np_end + 1, min(len(tokens), np_end + 7))
                close = next((k for k in window if tokens[k].text == ","), None)
                np_end = close + 1 if close is not None else np_end
            while np_end < len(tokens) - 1 and tokens[np_end].lower in lex.aux and tokens[np_end].lower.endswith("ly"):
                np_end += 1  # "leaving one severely injured"
            after = tokens[np_end].lower if np_end < len(tokens) else ""
            left_effect = lex.left.get(after) or lex.left.get(tokens[np_end - 1].lower)
            if left_effect is None:
                return None
            return _figure(left_effect, number, tokens, np_end)
        if verb in ("claimed", "claiming"):
            if noun is None or noun.payload != "killed":
                return None
            return _figure("killed", number, tokens, np_end, is_total=True, is_part=False)
        bare = np_end == number.end_index and not from_article  # "wounding five"
        # "shot and killed two university graduates": after such a verb a counted plural is people
        counted_plural = _counted_plural(tokens, number, np_end) and effect in ("killed", "wounded")
        # "killing four Iraqis": what is killed is people, whatever the noun
        named_people = np_end > number.end_index and tokens[np_end - 1].text[:1].isupper()
        if person or noun is not None or bare or named_people or counted_plural:
            return _figure(effect, number, tokens, np_end, is_part=_is_part(tokens, number, previous))
    if noun is not None and not from_article and tokens[noun.start_index].lower in _EFFECT_NOUNS:
        return _figure(noun.payload, number, tokens, np_end)  # "one death and wounded three": the noun says it
    if number.end_index + 1 < len(tokens) and tokens[number.end_index].lower in ("reported", "confirmed"):
        told = lex.nouns.match_at(tokens, number.end_index + 1)  # "nineteen reported injuries"
        if told is not None and not from_article and tokens[told.start_index].lower in _EFFECT_NOUNS:
            return _figure(told.payload, number, tokens, told.end_index)
    if _sent_to_hospital(tokens, number, np_end) and not from_article:
        return _figure("wounded", number, tokens, np_end)  # "killing nine and sending another 29 to hospital"
    if _to_death(tokens, np_end) and not from_article and (person or _counted_plural(tokens, number, np_end)):
        return _figure("killed", number, tokens, np_end)  # "hacked four farmers to death"
    # "three subversives were killed", "10 dead", "one dead terrorist"
    aside_end = _skip_aside(tokens, _skip_brackets(tokens, np_end))
    j = _skip_modifier(tokens, aside_end) if person or _counted_plural(tokens, number, np_end) else aside_end
    modifier_end = j
    j = _past_coordinated_nouns(tokens, j)
    skipped = 0
    while j < len(tokens) and skipped < 6 and lex.passive.match_at(tokens, j) is None:
        if active is not None and tokens[j].lower == "and":
            break  # "killed two saleswomen and injured twelve": the next verb has its own object
        # "were captured and executed": another participle on the way to the effect word
        participle = tokens[j].lower.endswith("ed") or tokens[j].lower in _IRREGULAR_PARTICIPLES
        if tokens[j].lower not in lex.aux and not (
            participle and j + 1 < len(tokens) and tokens[j + 1].lower in ("and", ",")
        ):
            break
        j += 1
        skipped += 1
    passive = lex.passive.match_at(tokens, j)
    # "four people have bullet wounds"
    suffered = _suffered_injuries(tokens, j) or (person and _suffered_injuries(tokens, aside_end))
    if passive is None and suffered and (person or not from_article):
        return _figure("wounded", number, tokens, np_end)  # "five people suffered light to moderate injuries"
    # "one dead terrorist", but "a convoy injured three civilians" has its noun before the verb
    bare_or_others = np_end == number.end_index or tokens[np_end - 1].lower in ("others", "more")
    adjective = passive is not None and bare_or_others and tokens[j].lower in ("dead", "wounded", "injured")
    intransitive = passive is not None and " ".join(t.lower for t in tokens[j : passive.end_index]) in _INTRANSITIVE
    perfect = {t.lower for t in tokens[aside_end:j]} & {"have", "has", "had"} and "been" not in {
        t.lower for t in tokens[aside_end:j]
    }
    if passive is not None and perfect and _object_follows(tokens, passive.end_index):
        passive = None  # "two bombings have wounded six persons": the number counts the bombings
    # "several gunmen killed a judge", "a teenager stabbed and injured two tourists": active voice
    # (no form of "be" on the way), the number counts the killers
    voice_be = any(tokens[m].lower in _FORMS_OF_BE for m in range(aside_end, j))
    if (
        passive is not None
        and not voice_be
        and not (adjective or intransitive)
        and (
            _object_follows(tokens, passive.end_index)
            # "stabbed and injured two" (a verb), not "shot a civilian dead and injured another" (an adjective)
            or (lex.active.match_at(tokens, j) is not None and _second_verb_with_object(tokens, passive.end_index))
        )
    ):
        passive = None
    if (
        passive is not None
        # with an auxiliary ("seven members of the militia were killed") what is killed is people
        and (
            person
            or np_end == number.end_index
            or (skipped > 0 and np_end > number.end_index)
            or (intransitive and _counted_plural(tokens, number, np_end))  # "11 irregulars die": people die
        )
        and not _other_number_between(tokens, aside_end, j)
    ):
        end = np_end
        if np_end == number.end_index and skipped == 0:  # "one dead terrorist": the noun follows the effect
            after_side = side_of(tokens, passive.end_index, min(len(tokens), passive.end_index + 2))
            if after_side[0] is not None:
                end = passive.end_index + 2
            elif tokens[number.start_index].lower in ("a", "an"):
                return None
        # "seven were killed, including two women and 25 were wounded": a share is of the same effect
        part = _is_part(tokens, number, previous) and previous[-1].effect == passive.payload
        figure = _figure(passive.payload, number, tokens, end, is_part=part)
        relative = np_end < aside_end and tokens[np_end].lower in ("who", "that")
        closed = relative or (
            np_end < aside_end
            and tokens[np_end + 1].lower not in _SHARE_ASIDE_START
            and _closed_aside_end(tokens, np_end) == aside_end
        )
        # "two policemen who guarded her and a citizen were wounded": the citizen is counted apart; but
        # "two people, a professor and a guard, were" names the two
        counted_inside = any(
            parse_number(tokens, k, allow_article=relative) is not None for k in range(np_end, aside_end)
        )
        if modifier_end > aside_end:
            figure = replace(figure, end=tokens[modifier_end - 1].end)  # "seven people from one family"
        if _dash_aside_end(tokens, np_end) == aside_end:
            closed, counted_inside = True, False  # the aside between dashes breaks down the figure before it
        if closed and not counted_inside:
            # "two people, a professor and a guard, were injured": the people in the aside are the two
            figure = replace(figure, end=tokens[aside_end - 1].end)
        return figure
    if noun is not None and not from_article:
        return _figure(noun.payload, number, tokens, np_end)
    return None


_AFTER_PASSIVE = frozenset(
    {
        "in",
        "by",
        "during",
        "at",
        "on",
        "and",
        "when",
        "while",
        "after",
        "near",
        "as",
        "yesterday",
        "today",
        "last",
        "this",
        "early",
        "late",
        "or",
        "but",
        "including",
        "among",
        "from",
        "inside",
        "outside",
        "since",
        "before",
        "following",
        "were",
        "was",
        "of",
        "with",
        "to",
        "overnight",
        "tonight",
        "due",
        "amid",
        "because",
        "instantly",
    }
)


def _counted_plural(tokens: list[Token], number: NumberPhrase, np_end: int) -> bool:
    """ "two university graduates": after a deadly verb a counted plural is people."""
    return (
        np_end > number.end_index
        and tokens[np_end - 1].lower.endswith(("s", "men", "people", "children"))
        and tokens[np_end - 1].lower not in _NOT_PEOPLE
    )


def _past_coordinated_nouns(tokens: list[Token], j: int) -> int:
    """Past "and officers" in "13 weapons experts and officers were executed", "14 regime and
    opposition fighters were killed": more words for the same people, without a number of their own."""
    if j >= len(tokens) or tokens[j].lower != "and":
        return j
    lex = _lexicon()
    k = j + 1
    while k < min(len(tokens), j + 7) and tokens[k].lower[:1].isalpha() and tokens[k].lower not in lex.aux:
        of_the = k > j + 1 and tokens[k].lower in ("of", "the")  # "and members of the security forces"
        if not of_the and (tokens[k].lower in _DETERMINERS or parse_number(tokens, k) is not None):
            return j
        if lex.passive.match_at(tokens, k) is not None or lex.active.match_at(tokens, k) is not None:
            return j
        k += 1
    if k == j + 1 or k >= len(tokens) or tokens[k].lower not in ("were", "was", "have", "had", "are"):
        return j
    people = side_of(tokens, j + 1, k)[0] is not None or (
        tokens[k - 1].lower.endswith("s") and tokens[k - 1].lower not in _NOT_PEOPLE
    )
    return k if people else j


_SUFFERED = frozenset({"suffered", "sustained", "received", "suffering", "sustaining", "have", "has", "had"})
_HURTS = frozenset({"injuries", "injury", "wounds", "wound"})


def _suffered_injuries(tokens: list[Token], j: int) -> bool:
    """ "suffered light to moderate injuries", "sustained arm wounds": hurt, whatever the words between."""
    if j >= len(tokens) or tokens[j].lower not in _SUFFERED:
        return False
    return any(t.lower in _HURTS for t in tokens[j + 1 : j + 6])


_SENDING = frozenset({"sending", "sent", "send", "sends", "putting", "put", "leaving"})


def _sent_to_hospital(tokens: list[Token], number: NumberPhrase, np_end: int) -> bool:
    """ "sending 42 (people) to (the) hospital": the hurt, counted by where they went."""
    before = {t.lower for t in tokens[max(0, number.start_index - 2) : number.start_index]}
    if not before & _SENDING or np_end >= len(tokens) - 1 or tokens[np_end].lower != "to":
        return False
    following = [t.lower for t in tokens[np_end + 1 : np_end + 3]]
    return following[:1] in (["hospital"], ["hospitals"]) or following in (["the", "hospital"], ["the", "hospitals"])


def _to_death(tokens: list[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k].lower == "to" and tokens[k + 1].lower == "death"


def _passive_after(tokens: list[Token], k: int):
    """The effect word at ``k`` or after up to two auxiliaries and adverbs ("were brutally murdered")."""
    lex = _lexicon()
    for j in range(k, min(len(tokens), k + 3)):
        match = lex.passive.match_at(tokens, j)
        if match is not None:
            return match
        if tokens[j].lower not in lex.aux:
            return None
    return None


_FORMS_OF_BE = frozenset({"were", "was", "been", "are", "is", "be", "being"})
_PLAIN_BE = frozenset({"were", "was", "are", "is"})
# the verb that follows the people counted, past any aside ("two guards, who ..., have died")
_VERB_AFTER_SUBJECT = _PLAIN_BE | {"have", "has", "had", "died"}
_IRREGULAR_PARTICIPLES = frozenset({"shot", "beaten", "taken", "hit", "struck", "burnt", "thrown", "stabbed"})


def _skip_aside(tokens: list[Token], j: int) -> int:
    """Past an aside between commas: "three people, including a former delegate, were shot"."""
    if j < len(tokens) and tokens[j].lower == "aged":
        # "two girls aged 6 and 4 are killed"
        k = j + 1
        while k < len(tokens) and (tokens[k].text[:1].isdigit() or tokens[k].lower in ("and", ",", "years", "old")):
            k += 1
        return k
    dash_end = _dash_aside_end(tokens, j)
    if dash_end is not None:
        return dash_end  # "seven troops – four police and three soldiers – were injured"
    if j < len(tokens) and tokens[j].lower == "including":
        # "five people including three militiamen were executed": up to the verb
        for k in range(j + 1, min(len(tokens), j + 12)):
            if tokens[k].lower in _VERB_AFTER_SUBJECT:
                return k
        return j
    if (
        0 < j < len(tokens) - 1
        and tokens[j].text == ","
        and tokens[j + 1].lower in _PLAIN_BE
        and tokens[j - 1].lower[:1].isalpha()
    ):
        return j + 1  # "three security personnel, were killed" (not "aged 25 and 26, were")
    if j < len(tokens) and tokens[j].lower in ("who", "that") and j + 1 < len(tokens):
        # "three soldiers who were in the car were killed", "two people who worked for the mayor were
        # shot dead": past the relative clause to its verb
        for k in range(j + 2, min(len(tokens), j + 20)):
            if tokens[k].lower in ("were", "was") and _passive_after(tokens, k + 1) is not None:
                return k
            if parse_number(tokens, k, allow_article=False) is not None:
                break  # "explosions that occurred ... where one person was injured": a new subject
        return j
    if j >= len(tokens) or tokens[j].text != "," or j + 1 >= len(tokens):
        return j
    after = tokens[j + 1].lower
    of_them = j + 3 < len(tokens) and tokens[j + 2].lower == "of" and tokens[j + 3].lower in ("them", "whom")
    breakdown = parse_number(tokens, j + 1, allow_article=False) is not None  # "six persons, four civilians and ..."
    if not (of_them or breakdown) and after not in _SHARE_ASIDE_START:
        closed = _closed_aside_end(tokens, j)
        return closed if closed is not None else j  # ", five of them children," is an aside too
    first_comma = None
    for k in range(j + 2, min(len(tokens), j + 18)):
        if tokens[k].text == ",":
            if k + 1 < len(tokens) and tokens[k + 1].lower in _VERB_AFTER_SUBJECT:
                return k + 1  # the comma that closes the aside comes right before the verb
            if first_comma is None:
                first_comma = k + 1
                if after != "including":
                    break
        elif after == "including" and tokens[k].lower in _VERB_AFTER_SUBJECT:
            return k  # "ten guards, including two soldiers were killed": no closing comma
    return first_comma if first_comma is not None else j


_DASHES = frozenset({"–", "—", "-", "--"})


def _dash_aside_end(tokens: list[Token], j: int) -> int | None:
    """Past an aside between dashes when the verb follows the closing dash."""
    if j >= len(tokens) or tokens[j].text not in _DASHES:
        return None
    for k in range(j + 1, min(len(tokens) - 1, j + 18)):
        if tokens[k].text in _DASHES:
            return k + 1 if tokens[k + 1].lower in _VERB_AFTER_SUBJECT else None
    return None


_SHARE_ASIDE_START = frozenset({"including", "among", "mostly", "all", "most", "both", "many", "aged", "mainly"})


def _closed_aside_end(tokens: list[Token], j: int) -> int | None:
    """Past ", who were accused of helping the police," or ", a professor and a guard," when the
    closing comma comes right before the verb ("two peasants, who ..., have been shot")."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    for k in range(j + 2, min(len(tokens), j + 18)):
        if tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].lower in _VERB_AFTER_SUBJECT:
            return k + 1  # a list of names may hold commas of its own: ", A, B and C, were killed"
        if tokens[k].lower in _VERB_AFTER_SUBJECT and _passive_after(tokens, k + 1) is not None:
            return None  # "two people, a guard was injured": a clause with its own effect, not an aside
    return None


_INTRANSITIVE = frozenset(
    {"died", "die", "dies", "perished", "lost their lives", "lost his life", "lose their lives", "were left dead"}
)
_EFFECT_NOUNS = frozenset({"death", "deaths", "fatalities", "bodies", "corpses", "injuries"})
_NP_STOP_INSIDE = frozenset({"accused", "suspected", "believed", "thought", "alleged", "whose", "said", "aged"})
_MODIFIER_START = frozenset(
    {
        "from",
        "of",
        "in",
        "belonging",
        "with",
        "at",
        "aboard",
        "inside",
        "on",
        "backed",
        "employed",
        "working",
        "affiliated",
        "assigned",
        "attached",
        "deployed",
        "serving",
        "stationed",
        "travelling",
        "traveling",
        "riding",
    }
)
_NOT_PEOPLE = frozenset(
    {
        "vehicles",
        "cars",
        "buildings",
        "houses",
        "homes",
        "shops",
        "trucks",
        "buses",
        "hours",
        "days",
        "weeks",
        "months",
        "years",
        "rounds",
        "shots",
        "bullets",
        "animals",
        "cattle",
        "cows",
        "goats",
        "sheep",
        "rockets",
        "shells",
        "bombs",
        "mines",
        "posts",
        "positions",
        "bases",
        "offices",
        "stations",
        "towers",
        "pylons",
    }
)


def _skip_modifier(tokens: list[Token], j: int) -> int:
    """Past a short modifier of the people counted: "two people from the Hazara community were shot"."""
    if j >= len(tokens) or tokens[j].lower not in _MODIFIER_START:
        return j
    k = j + 1
    while k < min(len(tokens), j + 14):
        word = tokens[k].lower
        if word in ("(", "["):
            closed = _skip_brackets(tokens, k)  # "peacekeepers of the mission in Mali (MINUSMA) were killed"
            if closed <= k:
                break
            k = closed
            continue
        if word in _VERB_AFTER_SUBJECT:
            return k
        if word == "," and k + 1 < len(tokens) and tokens[k + 1].lower in _PLAIN_BE:
            return k + 1
        if _is_ordinal(tokens, k):
            k += 2  # "soldiers of the 3rd Battalion were wounded"
            continue
        if not word[:1].isalpha() or word in ("and", "or", "who", "which", "that", "where", "when", "whom"):
            break
        k += 1
    return j


def _skip_brackets(tokens: list[Token], j: int) -> int:
    """Past an acronym or note in brackets: "two leaders of the Patriotic Union [UP] were killed"."""
    while j < len(tokens) and tokens[j].text in ("[", "("):
        close = "]" if tokens[j].text == "[" else ")"
        k = j + 1
        while k < len(tokens) and tokens[k].text != close and k - j < 14:
            k += 1
        if k >= len(tokens) or tokens[k].text != close:
            break
        j = k + 1
    return j


_ONE_VICTIM_VERBS = frozenset(
    {
        "murder of",
        "assassination of",
        "killing of",
        "kidnapping of",
        "abduction of",
        "execution of",
        "death of",
        "took the life of",
        "taking the life of",
        "claimed the life of",
        "body of",  # "the body of an unidentified man was found"
        "the body of",
        "corpse of",
        "the corpse of",
        "assassinates",
        "kills",
        "murders",
        "kidnaps",
        "abducts",
        "wounds",
        "injures",
        "executes",
        "killed",
        "murdered",
        "assassinated",
        "kidnapped",
        "abducted",
        "wounded",
        "injured",
        "executed",
        "shot dead",
        "shot to death",
        "shot and killed",
        "gunned down",
        "killing",
        "murdering",
        "kidnapping",
        "abducting",
        "wounding",
        "injuring",
    }
)
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "former", "one"})
# before the deed: not done ("to kill X", "would kill X"), or done before ("the recently murdered senator X")
_NOT_DONE_HERE = frozenset({"to", "not", "would", "will", "recently", "previously"})


def _one_victim(tokens: list[Token], figures: list[CasualtyFigure], used: set[int]) -> list[CasualtyFigure]:
    """ "gunmen killed Roberto Sarasty", "killing a policeman": one person named as the object."""
    lex = _lexicon()
    found: list[CasualtyFigure] = []
    claimed = [(f.start, f.end) for f in figures]
    asides = _deeds_with_aside(tokens)
    for match in lex.active.find_all(tokens) + asides:
        verb = " ".join(t.lower for t in tokens[match.start_index : match.end_index])
        if verb not in _ONE_VICTIM_VERBS and match not in asides:
            continue
        if match.start_index and tokens[match.start_index - 1].lower in ("was", "were", "been", "be", "being"):
            continue  # "were wounded Monday" is passive: its people are counted before it
        k = skip_comma_aside(tokens, match.end_index)  # "they murdered, at gunpoint, a soldier"
        while k < len(tokens) and k - match.end_index < 2 and tokens[k].lower in _DETERMINERS | {"other", "only"}:
            k += 1  # "the mayor", "the other two"
        if k < len(tokens) and tokens[k].text.isdigit() and _is_age(tokens, k):
            # "the killing of 42-year-old Josef Piescher": past the age to the person
            k = next((m + 1 for m in range(k + 1, min(len(tokens), k + 4)) if tokens[m].lower.endswith("old")), k)
        if k >= len(tokens) or k in used or parse_number(tokens, k, allow_article=False) is not None:
            continue
        word = tokens[k]
        if any(s < word.end and match.start < e for s, e in claimed):
            continue
        side, where = side_of(tokens, k, min(len(tokens), k + 2))
        singular_noun = side is not None and where == k and not word.lower.endswith("s")
        name = word.text[:1].isupper() and word.text.isalpha() and word.lower not in _AFTER_PASSIVE
        named = _names_listed_after(tokens, k + 1) if side is not None and where == k else 0
        if named:  # "troops murdered peasants Ivan Vasko and Rafael Romo": each name counts
            effect = match.payload
            found.append(CasualtyFigure(effect, named, named, named, None, match.start, word.end))
            claimed.append((match.start, word.end))
            continue
        if not (singular_noun or name) or (side is not None and word.lower.endswith("s")):
            continue
        if side is not None and where is not None and where > k and tokens[where].lower.endswith("s"):
            continue  # "the murder of the Jesuit priests": a group, whatever its size
        if tokens[match.start_index - 1].lower in _NOT_DONE_HERE if match.start_index else False:
            continue
        effect = match.payload
        # "injuring a guard and a passerby", "shot dead Pedro Alvarado and his driver": each counts
        after = k + 1
        while after < len(tokens) and _name_word(tokens[after]):
            after += 1
        while (another := _another_person(tokens, after)) is not None:
            noun_at, after = another
            noun_side = side_of(tokens, noun_at, noun_at + 1)[0]
            found.append(CasualtyFigure(effect, 1, 1, 1, noun_side, tokens[noun_at].start, tokens[after - 1].end))
        found.append(
            CasualtyFigure(effect, 1, 1, 1, None if side in (None, "unspecified") else side, match.start, word.end)
        )
        claimed.append((match.start, word.end))
        # "the assassination of rector Ellacuria, five other Jesuits, and two women": the list goes on
        after = _past_place_of(tokens, after)
        while (
            after + 1 < len(tokens)
            and tokens[after].text == ","
            or (after + 1 < len(tokens) and tokens[after].lower == "and")
        ):
            k2 = after + 1 + (tokens[after + 1].lower == "and")
            if [t.lower for t in tokens[k2 : k2 + 3]] == ["as", "well", "as"]:
                k2 += 3  # "the mayor of Tarn, as well as two farmers"
            more = parse_number(tokens, k2, allow_article=False)
            if more is None:
                break
            end = _noun_phrase_end(tokens, more.end_index)
            if not _has_person(tokens, more.end_index, end):
                break
            found.append(_figure(effect, more, tokens, end))
            used.update(range(more.start_index, more.end_index))
            claimed.append((tokens[more.start_index].start, tokens[end - 1].end))
            after = end
    return found


_ASIDE_OPENERS = frozenset({"on", "in", "at", "last", "this", "yesterday", "today"})


def _deeds_with_aside(tokens: list[Token]) -> list[PhraseMatch[str]]:
    """ "the assassination on 22 March of Bernardo Valdez", "the murder in Lima of a judge": a date
    or a place between the deed and "of"; the match runs from the noun to "of"."""
    nouns = _deed_nouns()
    found: list[PhraseMatch[str]] = []
    for i, token in enumerate(tokens[:-3]):
        effect = nouns.get(token.lower)
        if effect is None or tokens[i + 1].lower not in _ASIDE_OPENERS:
            continue
        of = next((m for m in range(i + 2, min(len(tokens) - 1, i + 6)) if tokens[m].lower == "of"), None)
        if of is None or any(not (t.text.isalnum()) for t in tokens[i + 1 : of]):
            continue
        found.append(PhraseMatch(i, of + 1, token.start, tokens[of].end, effect))
    return found


# Words that end a name in wire copy written in capitals ("HECTOR OQUELI AND OF ...")
_NAME_BREAKS = frozenset(
    {"and", "or", "of", "in", "on", "at", "by", "as", "to", "from", "with", "who", "was", "were", "the", "a", "an"}
)


def _name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.isalpha() and token.lower not in _NAME_BREAKS


def _another_person(tokens: list[Token], after: int) -> tuple[int, int] | None:
    """ "the murder of X and of his driver", "the death of leader X and lawyer Y": one more person
    after "and" (a singular people noun, a word before it at most); returns the noun's index and
    where the person's words end."""
    if after >= len(tokens) or tokens[after].lower != "and":
        return None
    k = after + 1
    if k < len(tokens) and tokens[k].lower == "of":
        k += 1
    if k < len(tokens) and tokens[k].lower in _DETERMINERS:
        k += 1
    elif side_of(tokens, after - 1, after)[1] == after - 1:
        return None  # "senator and presidential candidate Galan": two titles of one person
    for noun_at in (k, k + 1):
        if noun_at >= len(tokens):
            return None
        side, where = side_of(tokens, noun_at, noun_at + 1)
        if side is not None and where == noun_at and not tokens[noun_at].lower.endswith("s"):
            end = noun_at + 1
            while end < len(tokens) and _name_word(tokens[end]):
                end += 1
            return noun_at, end
        if not tokens[noun_at].text.isalpha():
            return None
    return None


_POSSESSED_BY_A_GROUP = frozenset({"its", "their", "group", "army", "government", "party", "movement", "front"})


def _possessed_deed(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "after Senator Vargo's murder", "ALBA'S ASSASSINATION WAS PERPETRATED BY": one person, named
    (or a singular people noun) as the owner of the deed, when no figure counts them already."""
    nouns = _deed_nouns()
    found: list[CasualtyFigure] = []
    for k in range(1, len(tokens)):
        effect = nouns.get(tokens[k].lower)
        owner = tokens[k - 1]
        if effect is None or not owner.lower.endswith("'s") or len(owner.text) < 4:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].lower == "of":
            continue  # "the army's killing of ...": the owner did it; the object is counted elsewhere
        bare = owner.text[:-2]
        side, where = side_of(tokens, k - 1, k)
        person = side is not None and where == k - 1
        if bare.lower() in _POSSESSED_BY_A_GROUP or not (person or (bare[:1].isupper() and bare.isalpha())):
            continue
        if any(f.effect == effect for f in figures + found):
            continue  # the sentence counts them already
        side = None if side in (None, "unspecified") else side
        found.append(CasualtyFigure(effect, 1, 1, 1, side, owner.start, tokens[k].end))
    return found


def _past_place_of(tokens: list[Token], after: int) -> int:
    """ "the mayor of the town of Tarn, as well as ...": past a short "of" phrase closed by a comma."""
    if after >= len(tokens) or tokens[after].lower != "of":
        return after
    comma = next((m for m in range(after + 1, min(len(tokens), after + 8)) if tokens[m].text == ","), None)
    if comma is None or any(parse_number(tokens, m, allow_article=False) for m in range(after + 1, comma)):
        return after
    return comma


def _counted_number(words: list[Token], n: int) -> bool:
    """A number in a subject that counts people (not an age between commas: "Perez, 45, was")."""
    if not words[n].text[:1].isdigit():
        return False
    if n > 0 and words[n - 1].lower in _CLOCK_BEFORE and len(words[n].text) == 4:
        return False  # "at 1533 GMT": a time of day
    if _is_age(words, n):
        return False  # "the mother and 15-year-old son were wounded": an age, not a count
    return not (0 < n < len(words) - 1 and words[n - 1].text == "," and words[n + 1].text == ",")


def _object_follows(tokens: list[Token], index: int) -> bool:
    if index >= len(tokens):
        return False
    word = tokens[index].lower
    return word[0].isalnum() and word not in _AFTER_PASSIVE  # "a gunman killed 8": 8 is the object


def _second_verb_with_object(tokens: list[Token], index: int) -> bool:
    """ "a teenager stabbed and injured two tourists": a second effect verb with its object after
    "and" shares the subject, so the first verb is active too."""
    if index + 1 >= len(tokens) or tokens[index].lower != "and":
        return False
    verb = _lexicon().active.match_at(tokens, index + 1)
    return verb is not None and _object_follows(tokens, verb.end_index)


_SINGULAR_AUX = frozenset({"was", "has", "had"})


def _singular_victims(tokens: list[Token], figures: list[CasualtyFigure], used: set[int]) -> list[CasualtyFigure]:
    """ "the mayor was murdered", "X and Y were shot to death": people named without a number."""
    lex = _lexicon()
    claimed = [(f.start, f.end) for f in figures]
    found: list[CasualtyFigure] = []
    for k, token in enumerate(tokens):
        if token.lower not in ("was", "were", "been"):
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].lower in lex.aux and j - k < 3:
            j += 1
        passive = lex.passive.match_at(tokens, j)
        if passive is None or any(s <= tokens[j].start < e for s, e in claimed):
            continue
        if any(f.effect == passive.payload and 0 < tokens[k].start - f.end < 80 for f in figures):
            continue  # "44 people, most of them women and children, were killed": already counted
        first = _second_subject_start(tokens, k) if token.lower == "was" else None
        first = max(0, k - 8) if first is None else first
        subject = tokens[first:k]
        if any(_counted_number(subject, n) for n in range(len(subject))) or any(i in used for i in range(first, k)):
            continue
        if subject and subject[-1].lower in ("who", "which", "that") and token.lower == "were":
            continue
        if token.lower == "was" or (token.lower == "been" and k and tokens[k - 1].lower in _SINGULAR_AUX):
            value = 2 if _two_joined_by_and(tokens, k) else 1  # "a guard and a caretaker was injured"
        elif (
            token.lower == "were"
            and subject
            and subject[-1].lower != "and"
            and any(t.lower == "and" for t in subject[-5:])
        ):  # "X and Y were shot", not "... worked for the radio and were shot"
            value = max(2, _names_listed_before(tokens, k))  # "X, Y, and Z were killed"
        else:
            continue
        side, _ = side_of(tokens, max(0, k - 8), k)
        found.append(
            CasualtyFigure(
                passive.payload,
                value,
                value,
                value,
                None if side == "unspecified" else side,
                tokens[max(0, k - 3)].start,
                tokens[passive.end_index - 1].end,
            )
        )
        claimed.append((found[-1].start, found[-1].end))
    found.extend(_one_who_died(tokens, figures + found, used))
    found.extend(_elided_second_victim(tokens, figures + found))
    return found


def _names_listed_after(tokens: list[Token], j: int) -> int:
    """How many names a list "Ivan Vasko, Ana Lind and Rafael Romo" starting at ``j`` holds, when it
    holds two or more and its first name has two words at least; else 0."""
    items, words, first = 0, 0, 0
    while j < len(tokens):
        token = tokens[j]
        if _name_word(token) and words < 4:
            words += 1
        elif words and (token.text == "," or token.lower == "and"):
            first = first or words
            items += 1
            words = 0
            if token.text == "," and j + 1 < len(tokens) and tokens[j + 1].lower == "and":
                j += 1
        else:
            break
        j += 1
    if words:
        items += 1
        first = first or words
    return items if items >= 2 and first >= 2 and words >= 2 else 0


_PLACE_BEFORE = frozenset({"from", "of", "in", "at", "near", "to", "across", "between"})


def _names_listed_before(tokens: list[Token], k: int) -> int:
    """How many names a list "Quispe, Ana Saune, and Dionisio Aguirre" ending at ``k`` holds: the
    items are one to four name words, split by commas and a last "and"."""
    items, words, j = 0, 0, k - 1
    while j >= 0:
        token = tokens[j]
        if _name_word(token) and words < 4:
            words += 1
        elif token.text == "," or token.lower == "and":
            if words == 0 and not (token.text == "," and j + 1 < k and tokens[j + 1].lower == "and"):
                return items if items >= 2 else 0
            items += words > 0
            words = 0
        else:
            break
        j -= 1
    if j >= 0 and tokens[j].lower in _PLACE_BEFORE:
        return 0  # "journalists from Lima, Cusco and Puno": places, not people
    items += words > 0
    return items if items >= 2 else 0


def _second_subject_start(tokens: list[Token], k: int) -> int | None:
    """ "Gunmen killed two guards and their driver was wounded": the subject of "was" starts after
    "and"; the figure before it is another clause's."""
    for m in range(k - 2, max(0, k - 5), -1):
        if tokens[m].lower == "and" and tokens[m + 1].lower in _DETERMINERS | _POSSESSIVES:
            between = range(m + 2, k)
            return m + 1 if between and all(_plain_noun(tokens[n]) for n in between) else None
    return None


_CLAUSE_START = frozenset({",", ";", ":"})


def _two_joined_by_and(tokens: list[Token], k: int) -> bool:
    """ "A police officer and a caretaker was injured": two people as the subject of a singular verb
    (hurried copy), when the subject opens its clause: "a determiner, a noun and a determiner, a noun"."""
    window = range(max(1, k - 4), k - 1)
    second = [m for m in window if tokens[m].lower == "and" and tokens[m + 1].lower in _DETERMINERS]
    if len(second) != 1:
        return False
    m = second[0]
    nouns = range(m + 2, k)
    if not nouns or not all(_plain_noun(tokens[n]) for n in nouns):
        return False
    for d in range(m - 2, max(-1, m - 5), -1):
        if tokens[d].lower in _DETERMINERS:
            between = range(d + 1, m)
            opens = d == 0 or tokens[d - 1].text in _CLAUSE_START
            return opens and all(_plain_noun(tokens[n]) for n in between)
    return False


def _plain_noun(token: Token) -> bool:
    """A word that may be part of a noun phrase: not a verb form ("the raid failed and a man was ...")."""
    return token.text.isalpha() and token.lower not in _lexicon().aux and not token.lower.endswith("ed")


def _elided_second_victim(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "his driver was killed and his bodyguard wounded": one more person, the verb "was" left out."""
    lex = _lexicon()
    found: list[CasualtyFigure] = []
    for k in range(1, len(tokens) - 3):
        if tokens[k].lower == "and" and tokens[k + 1].lower == "other":
            # "one soldier was killed and other (was) injured": one more person
            at = k + 3 if tokens[k + 2].lower in ("was", "is") else k + 2
            other = lex.passive.match_at(tokens, at) if at < len(tokens) else None
            one_before = any(f.end <= tokens[k].start and f.value == 1 for f in figures)
            counted = any(f.start <= tokens[k + 1].start < f.end for f in figures + found)
            if other is not None and one_before and not counted:
                end = tokens[other.end_index - 1].end
                found.append(CasualtyFigure(other.payload, 1, 1, 1, None, tokens[k + 1].start, end))
            continue
        if tokens[k].lower != "and" or tokens[k + 1].lower not in _DETERMINERS:
            continue
        noun = tokens[k + 2]
        side, where = side_of(tokens, k + 2, k + 3)
        if side is None or where != k + 2 or noun.lower.endswith("s"):
            continue
        passive = lex.passive.match_at(tokens, k + 3)
        if passive is None or _object_follows(tokens, passive.end_index):
            continue
        if not any(t.lower in ("was", "were") for t in tokens[max(0, k - 4) : k]):
            continue  # the first clause must be passive for "was" to carry over
        if any(f.start <= noun.start < f.end for f in figures + found):
            continue
        effect = passive.payload
        end = tokens[passive.end_index - 1].end
        found.append(CasualtyFigure(effect, 1, 1, 1, None if side == "unspecified" else side, noun.start, end))
    return found


_NOT_A_NAME = frozenset(
    {
        "who",
        "he",
        "she",
        "they",
        "it",
        "them",
        "which",
        "that",
        "and",
        "also",
        "later",
        "nobody",
        "none",
        "many",
        "several",
        "others",
        "all",
        "both",
        "some",
        "most",
        "few",
        "dozens",
        "hundreds",
        "thousands",
        "victim",
        "victims",
    }
)
_PLURAL_PEOPLE = frozenset({"people", "children", "men", "women", "police", "personnel", "staff", "troops"})


def _one_who_died(tokens: list[Token], figures: list[CasualtyFigure], used: set[int]) -> list[CasualtyFigure]:
    """ "General Lopez died today", "Galan, a senator, died tonight", "the judge died after he was
    shot": one person, named or a singular noun, who died."""
    found: list[CasualtyFigure] = []
    for k, token in enumerate(tokens):
        if token.lower not in ("died", "dies") or k == 0:
            continue
        subject_end = k
        if tokens[k - 1].text == ",":  # "Galan, senator and presidential hopeful, died"
            opening = next((m for m in range(k - 2, max(0, k - 14), -1) if tokens[m].text == ","), None)
            if opening is None:
                continue
            lone = tokens[opening + 1].text
            age = k - 1 - opening == 2 and lone.isdigit() and int(lone) < 120  # "Jose Marin, 32, died"
            if side_of(tokens, opening + 1, k - 1)[0] is None and not age:
                continue  # the aside must name the person ("a senator"), not a place
            subject_end = opening
        elif tokens[k - 1].lower == "who":
            subject_end = k - 1  # "the air force chief's son-in-law who died yesterday"
        if subject_end == 0:
            continue
        last = tokens[subject_end - 1]
        word = last.lower
        if not word.isalpha() or word in _NOT_A_NAME or word in _PLURAL_PEOPLE or word in _lexicon().aux:
            continue  # "many died", "who died", "have died": no one person
        if word.endswith("ly"):
            continue  # "it mysteriously died"
        person = people_table().match_at(tokens, subject_end - 1) is not None
        if word.endswith("s") and (person or not last.text[:1].isupper()):
            continue  # "soldiers died", but "Navas died"
        if not (person or last.text[:1].isupper()):
            continue
        # numbers in the aside ("the M-19 candidate", an age) count nobody
        window = range(max(0, subject_end - 8), subject_end)
        window_start = tokens[window.start].start
        if any(m in used or tokens[m].text[:1].isdigit() for m in window) or any(
            f.effect == "killed" and f.end > window_start and f.start < token.end for f in figures
        ):
            continue  # "two men were killed ... Perez died": counted already
        side = side_of(tokens, max(0, subject_end - 4), subject_end)[0]
        found.append(
            CasualtyFigure("killed", 1, 1, 1, None if side in (None, "unspecified") else side, last.start, token.end)
        )
    return found


def _other_number_between(tokens: list[Token], start: int, end: int) -> bool:
    return any(tokens[k].text[:1].isdigit() and not _is_ordinal(tokens, k) for k in range(start, end))


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "d"})  # wire copy writes "3D", "22D"


def _is_ordinal(tokens: list[Token], k: int) -> bool:
    """ "the 3rd Infantry Battalion": a digit with its ordinal ending names a unit, it counts nobody."""
    return tokens[k].text.isdigit() and k + 1 < len(tokens) and tokens[k + 1].lower in _ORDINAL_SUFFIXES


# "killing the two perpetrators", "injured critically 5 others": what may stand between verb and number
_BETWEEN_VERB_AND_NUMBER = frozenset(
    {
        "the",
        "all",
        "its",
        "their",
        "his",
        "her",
        "other",
        "an",
        "a",
        "total",
        "of",
        "only",
        "additional",
        "another",
        "minor",
        "critically",
        "seriously",
        "slightly",
        "severely",
        "badly",
        "lightly",
        "gravely",
        "mortally",
        "at",
        "least",
        "some",
        "about",
    }
)


def _active_before(tokens: list[Token], start: int) -> tuple[str, str] | None:
    lex = _lexicon()
    for back in (1, 2, 3, 4):
        k = start - back
        if k < 0:
            break
        match = lex.active.match_at(tokens, k)
        # "killing the two perpetrators": a determiner may stand between verb and number
        between = [t.lower for t in tokens[match.end_index : start]] if match is not None else []
        if match is not None and all(w in _BETWEEN_VERB_AND_NUMBER for w in between):
            return match.payload, " ".join(t.lower for t in tokens[k : match.end_index])
    return None


def _is_part(tokens: list[Token], number: NumberPhrase, previous: list[CasualtyFigure]) -> bool:
    if not previous:
        return False
    following = [t.lower for t in tokens[number.end_index : number.end_index + 2]]
    after_comma = number.start_index > 0 and tokens[number.start_index - 1].text == ","
    if following in (["of", "them"], ["of", "whom"]) and after_comma:
        return True  # "eleven people, five of them children, ...": a share of the figure before
    if after_comma and number.start_index > 1 and previous[-1].end == tokens[number.start_index - 2].end:
        return True  # "six persons, four civilians and two police officers, were killed": the breakdown
    lex = _lexicon()
    for back in (1, 2, 3):
        k = number.start_index - back
        if k < 0:
            break
        match = lex.part_markers.match_at(tokens, k)
        if match is not None and match.end_index == number.start_index:
            return True
    # "26 others, including a governor and 18 policemen, were wounded": still inside the aside; but
    # "including two children and another 14 were wounded" starts a clause of its own
    ahead = tokens[number.end_index : number.end_index + 5]
    if "another" in {t.lower for t in tokens[max(0, number.start_index - 1) : number.start_index + 1]} or any(
        t.lower in ("other", "others", "more") for t in ahead[:3]
    ):
        return False
    for k in range(number.start_index - 1, max(-1, number.start_index - 9), -1):
        if tokens[k].text == "," or tokens[k].lower in lex.aux - {"and", "all", "either"}:
            break
        if lex.active.match_at(tokens, k) is not None or lex.passive.match_at(tokens, k) is not None:
            break  # "killing ten, including a child and injuring 42 others": a new clause
        if tokens[k].lower == "including":
            return True
    return False


def _merge_coordinated(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """Give "others" the side of the figure before it ("one rebel killed and five others wounded")."""
    merged: list[CasualtyFigure] = []
    for figure in figures:
        # "two attackers and twelve others were killed": same effect, other people
        if (
            figure.side is None
            and merged
            and merged[-1].side is not None
            and figure.value > 0
            and merged[-1].effect != figure.effect
        ):
            figure = CasualtyFigure(**{**_as_dict(figure), "side": merged[-1].side})
        merged.append(figure)
    return merged


def _as_dict(figure: CasualtyFigure) -> dict:
    return {name: getattr(figure, name) for name in figure.__slots__}
