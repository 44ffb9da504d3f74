"""Linking one number to an effect: the core rule that reads "three subversives were killed",
"killing eight police officers", "claimed 25 lives", and the shares and breakdowns of a figure before it."""

from __future__ import annotations

from dataclasses import replace

from eventwatch.extract.casualties.asides import (
    DASHES,
    SHARE_ASIDE_START,
    closed_aside_end,
    dash_aside_end,
    skip_aside,
)
from eventwatch.extract.casualties.counts import (
    NOT_PEOPLE,
    is_age,
    is_counted_plural,
    is_one_who_died,
    other_number_between,
)
from eventwatch.extract.casualties.elided import elided_aside_end
from eventwatch.extract.casualties.figure import CasualtyFigure, has_person, make_figure
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.noun_phrase import (
    POSSESSIVES,
    counted_in_modifier,
    noun_phrase_end,
    past_coordinated_nouns,
    skip_brackets,
    skip_modifier,
)
from eventwatch.extract.casualties.object_of_deed import one_object_of_deed
from eventwatch.extract.casualties.verbs import (
    EFFECT_NOUNS,
    FORMS_OF_BE,
    INTRANSITIVE,
    IRREGULAR_PARTICIPLES,
    PLAIN_BE,
    active_before,
    died_of_hurt,
    object_follows,
    object_of_other_effect,
    second_verb_with_object,
    sent_to_hospital,
    suffered_injuries,
    to_death,
)
from eventwatch.extract.casualties.words import words
from eventwatch.extract.people import side_of
from eventwatch.extract.phrases import PhraseMatch
from eventwatch.text.numbers import NumberPhrase, parse_number
from eventwatch.text.tokens import Token


def link_figure(
    tokens: list[Token], number: NumberPhrase, np_end: int, from_article: bool, previous: list[CasualtyFigure]
) -> CasualtyFigure | None:
    lex = lexicon()
    person = has_person(tokens, number.end_index, np_end)
    deed_object = from_article and not person and one_object_of_deed(tokens, number, np_end)
    if from_article and not person and not deed_object:
        return None
    if is_age(tokens, number.end_index - 1):
        return None  # "killed a 10-year-old girl": her age, not a count
    k = number.start_index
    if counted_in_modifier(tokens, k):
        return None  # "two people from 3 villages were killed": the villages are no victims
    if _told_as_age(tokens, k):
        return None  # "two girls aged 6 and 4", "a man aged 47 was shot": ages, not more victims
    between_commas = k > 0 and np_end < len(tokens) and tokens[k - 1].text == tokens[np_end].text == ","
    if np_end == number.end_index and between_commas:
        return None  # "Pablo Pelaez, 45, was shot": an age between commas
    # "the bodies of two attackers", "25 deaths", "claimed 25 lives", "7 deaths of the Syrian Army"
    noun = lex.nouns.match_at(tokens, max(number.end_index, np_end - 1))
    head = lex.nouns.match_at(tokens, number.end_index)
    if noun is None and head is not None and tokens[number.end_index].lower in EFFECT_NOUNS:
        noun = head
    if noun is None and not from_article:
        noun = described_effect_noun(tokens, number.end_index)  # "107 disfigured bodies"
    active = active_before(tokens, number.start_index)
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
            return make_figure(left_effect, number, tokens, np_end)
        if verb in ("claimed", "claiming"):
            if noun is None or noun.payload != "killed":
                return None
            return make_figure("killed", number, tokens, np_end, is_total=True, is_part=False)
        bare = np_end == number.end_index and not from_article  # "wounding five"
        # "shot and killed two university graduates": after such a verb a counted plural is people
        counted_plural = is_counted_plural(tokens, number, np_end) and effect in ("killed", "wounded")
        # "killing four Iraqis": what is killed is people, whatever the noun
        named_people = np_end > number.end_index and tokens[np_end - 1].text[:1].isupper()
        if person or noun is not None or bare or named_people or counted_plural or deed_object:
            return make_figure(effect, number, tokens, np_end, is_part=is_share_of_previous(tokens, number, previous))
    if noun is not None and not from_article and tokens[noun.start_index].lower in EFFECT_NOUNS:
        return make_figure(noun.payload, number, tokens, np_end)  # "one death and wounded three": the noun says it
    if number.end_index + 1 < len(tokens) and tokens[number.end_index].lower in ("reported", "confirmed"):
        told = lex.nouns.match_at(tokens, number.end_index + 1)  # "nineteen reported injuries"
        if told is not None and not from_article and tokens[told.start_index].lower in EFFECT_NOUNS:
            return make_figure(told.payload, number, tokens, told.end_index)
    if sent_to_hospital(tokens, number, np_end) and not from_article:
        return make_figure("wounded", number, tokens, np_end)  # "killing nine and sending another 29 to hospital"
    if to_death(tokens, np_end) and not from_article and (person or is_counted_plural(tokens, number, np_end)):
        return make_figure("killed", number, tokens, np_end)  # "hacked four farmers to death"
    # "three subversives were killed", "10 dead", "one dead terrorist"
    # "and one, a cook, badly injured": past the aside to the participle of the verb left out
    aside_end = elided_aside_end(tokens, number, np_end) or skip_aside(tokens, skip_brackets(tokens, np_end))
    j = skip_modifier(tokens, aside_end) if person or is_counted_plural(tokens, number, np_end) else aside_end
    modifier_end = j
    j = past_coordinated_nouns(tokens, j)
    skipped = 0
    while j < len(tokens) and skipped < 6 and lex.passive.match_at(tokens, j) is None:
        if active is not None and tokens[j].lower == "and":
            break  # "killed two saleswomen and injured twelve": the next verb has its own object
        # "were captured and executed": another participle on the way to the effect word
        participle = tokens[j].lower.endswith("ed") or tokens[j].lower in IRREGULAR_PARTICIPLES
        if tokens[j].lower not in lex.aux and not (
            participle and j + 1 < len(tokens) and tokens[j + 1].lower in ("and", ",")
        ):
            break
        j += 1
        skipped += 1
    passive = lex.passive.match_at(tokens, j)
    if passive is None and person and j > aside_end and tokens[j - 1].lower in PLAIN_BE:
        # "nine soldiers were on a visit and were wounded when a bomb exploded": the effect told by a
        # second verb group of the same subject
        second = _coordinated_passive(tokens, j)
        if second is not None:
            j, passive = second, lex.passive.match_at(tokens, second)
    if passive is not None and _either_effect(tokens, passive):
        return None  # "909 people were killed or wounded": one count of both, neither effect's own
    who = next((m for m in range(np_end, j) if tokens[m].lower == "who"), None)
    if passive is not None and who is not None and object_of_other_effect(tokens, who, passive.payload):
        return None  # "murdered, at gunpoint, a soldier who was in critical condition": the murder counts him
    # "four people have bullet wounds"
    suffered = suffered_injuries(tokens, j) or (person and suffered_injuries(tokens, aside_end))
    if passive is None and suffered and (person or not from_article):
        return make_figure("wounded", number, tokens, np_end)  # "five people suffered light to moderate injuries"
    # "one dead terrorist", but "a convoy injured three civilians" has its noun before the verb
    bare_or_others = np_end == number.end_index or tokens[np_end - 1].lower in ("others", "other", "more")
    adjective = passive is not None and bare_or_others and tokens[j].lower in ("dead", "wounded", "injured")
    intransitive = passive is not None and " ".join(t.lower for t in tokens[j : passive.end_index]) in INTRANSITIVE
    perfect = {t.lower for t in tokens[aside_end:j]} & {"have", "has", "had"} and "been" not in {
        t.lower for t in tokens[aside_end:j]
    }
    if passive is not None and perfect and object_follows(tokens, passive.end_index):
        passive = None  # "two bombings have wounded six persons": the number counts the bombings
    # "several gunmen killed a judge", "a teenager stabbed and injured two tourists": active voice
    # (no form of "be" on the way), the number counts the killers
    voice_be = any(tokens[m].lower in FORMS_OF_BE for m in range(aside_end, j))
    if (
        passive is not None
        and not voice_be
        and not (adjective or intransitive)
        and (
            object_follows(tokens, passive.end_index)
            # "stabbed and injured two" (a verb), not "shot a civilian dead and injured another" (an adjective)
            or (lex.active.match_at(tokens, j) is not None and second_verb_with_object(tokens, passive.end_index))
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
            or (intransitive and is_counted_plural(tokens, number, np_end))  # "11 irregulars die": people die
            or (intransitive and is_one_who_died(tokens, number, np_end))
        )
        and not other_number_between(tokens, modifier_end, j)  # a count inside the modifier is no obstacle
        and tokens[max(np_end, number.end_index) - 1].lower not in NOT_PEOPLE  # "52 cows were killed"
    ):
        end = np_end
        bare = np_end == number.end_index or tokens[np_end - 1].lower == "other"  # "seven other wounded people"
        if bare and skipped == 0:  # "one dead terrorist": the noun follows the effect
            after_side = side_of(tokens, passive.end_index, min(len(tokens), passive.end_index + 2))
            if after_side[0] is not None:
                end = passive.end_index + 2
            elif tokens[number.start_index].lower in ("a", "an"):
                return None
        # "seven were killed, including two women and 25 were wounded": a share is of the same effect
        part = is_share_of_previous(tokens, number, previous) and previous[-1].effect == passive.payload
        effect = "killed" if died_of_hurt(tokens, passive.end_index, passive.payload) else passive.payload
        figure = make_figure(effect, number, tokens, end, is_part=part)
        relative = np_end < aside_end and tokens[np_end].lower in ("who", "that")
        closed = relative or (
            np_end < aside_end
            and tokens[np_end + 1].lower not in SHARE_ASIDE_START
            and closed_aside_end(tokens, np_end) == aside_end
        )
        # "two policemen who guarded her and a citizen were wounded": the citizen is counted apart; but
        # "two people, a teacher and a driver, were" names the two
        counted_inside = any(
            parse_number(tokens, k, allow_article=relative) is not None for k in range(np_end, aside_end)
        )
        if modifier_end > aside_end:
            figure = replace(figure, end=tokens[modifier_end - 1].end)  # "seven people from one family"
        if dash_aside_end(tokens, np_end) == aside_end:
            closed, counted_inside = True, False  # the aside between dashes breaks down the figure before it
        if closed and not counted_inside:
            # "two people, a teacher and a driver, were injured": the people in the aside are the two
            figure = replace(figure, end=tokens[aside_end - 1].end)
        return figure
    if noun is not None and not from_article:
        return make_figure(noun.payload, number, tokens, np_end)
    return None


def _either_effect(tokens: list[Token], passive: PhraseMatch) -> bool:
    """ "killed or wounded", "killed and injured": the count covers the dead and the hurt together
    ("kidnapped and killed" tells what befell the same people in turn, and is left to its reader)."""
    k = passive.end_index
    if k + 1 >= len(tokens) or tokens[k].lower not in ("or", "and"):
        return False
    other = lexicon().passive.match_at(tokens, k + 1)
    if other is None or other.payload == passive.payload or object_follows(tokens, other.end_index):
        return False  # "shot a civilian dead and injured another": the second verb has its own object
    return tokens[k].lower == "or" or {passive.payload, other.payload} == {"killed", "wounded"}


def described_effect_noun(tokens: list[Token], start: int) -> PhraseMatch | None:
    """ "107 disfigured bodies", "12 charred corpses": the effect noun heads the phrase after one word
    that describes it, so the number counts the dead all the same ("two of bodies" is no such word)."""
    k = start + 1
    if k >= len(tokens) or tokens[k].lower not in EFFECT_NOUNS:
        return None
    describing = tokens[start]
    if not describing.text.isalpha() or describing.lower in _NOT_DESCRIBING:
        return None
    return lexicon().nouns.match_at(tokens, k)


# function words (grammar, kept in code)
_NOT_DESCRIBING = frozenset({"of", "the", "and", "or", "to", "in", "more", "other", "new"})


def part_of_previous(
    tokens: list[Token], number: NumberPhrase, np_end: int, previous: list[CasualtyFigure]
) -> CasualtyFigure | None:
    """ "including 18 of the attackers" right after a figure: a share of that figure."""
    if not previous or not is_share_of_previous(tokens, number, previous):
        return None
    if not has_person(tokens, number.end_index, np_end):
        return None
    return make_figure(previous[-1].effect, number, tokens, np_end, is_part=True)


def is_share_of_previous(tokens: list[Token], number: NumberPhrase, previous: list[CasualtyFigure]) -> bool:
    if not previous:
        return False
    following = [t.lower for t in tokens[number.end_index : number.end_index + 2]]
    after_comma = number.start_index > 0 and tokens[number.start_index - 1].text == ","
    if following in (["of", "them"], ["of", "whom"]) and after_comma:
        return True  # "eleven people, five of them children, ...": a share of the figure before
    if (
        after_comma
        and number.start_index > 1
        and previous[-1].end == tokens[number.start_index - 2].end
        and not _own_other_effect(tokens, number, previous[-1].effect)
        # "six teachers, their cook and her daughter": people told by whose they are stand beside the
        # count, not inside it
        and tokens[number.start_index].lower not in POSSESSIVES
    ):
        return True  # "seven persons, five farmers and two soldiers, were killed": the breakdown
    lex = lexicon()
    for back in (1, 2, 3):
        k = number.start_index - back
        if k < 0:
            break
        match = lex.part_markers.match_at(tokens, k)
        if match is not None and match.end_index == number.start_index:
            return True
    # "31 others, including a mayor and 12 soldiers, were wounded": still inside the aside; but
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


_PREDICATE_REACH = 8  # tokens of the first verb group's complement ("on a recreational visit")
_PREDICATE_BREAKS = frozenset(
    {",", ";", ":", "(", "who", "which", "that", "when", "while", "but", "after", "before", "because", "where", "or"}
)


def _coordinated_passive(tokens: list[Token], k: int) -> int | None:
    """Where the effect word of "<people> were <complement> and were <effect>" starts, or None: the
    complement is short, in one clause, and counts no one. A complement that is itself a passive
    ("were dragged out of their houses and shot dead") shares its "were" with the effect after "and",
    unless that effect has an object of its own ("were seen nearby and killed a guard")."""
    lex = lexicon()
    first = tokens[k].lower if k < len(tokens) else ""
    participle = first.endswith("ed") or first in IRREGULAR_PARTICIPLES
    for m in range(k, min(len(tokens), k + _PREDICATE_REACH)):
        word = tokens[m].lower
        if word in _PREDICATE_BREAKS or (m > k and parse_number(tokens, m, allow_article=False) is not None):
            return None
        if lex.passive.match_at(tokens, m) is not None:
            return None  # an effect inside the complement is read by the other rules
        if word != "and":
            continue
        n = m + 1
        if n < len(tokens) and tokens[n].lower in PLAIN_BE:
            n += 1
            while (
                n < len(tokens) and n - m < 5 and tokens[n].lower in lex.aux and lex.passive.match_at(tokens, n) is None
            ):
                n += 1
            return n if lex.passive.match_at(tokens, n) is not None else None
        effect = lex.passive.match_at(tokens, n) if participle and m > k else None
        if effect is not None and not object_follows(tokens, effect.end_index):
            return n
        return None
    return None


# auxiliaries that may stand between a count and its own effect ("three raiders are reported to have been
# killed")
VERB_GROUP = 5


def _own_other_effect(tokens: list[Token], number: NumberPhrase, effect: str) -> bool:
    """ "21 were killed, including a guard, 28 other people were injured": the count after the comma
    has its own verb of another effect, so it starts a clause rather than breaking the figure down."""
    k = noun_phrase_end(tokens, number.end_index)
    start = k
    while k < len(tokens) and k - start < VERB_GROUP and tokens[k].lower in lexicon().aux:
        k += 1
    told = lexicon().passive.match_at(tokens, k)
    return told is not None and told.payload != effect


def coordinated_before(tokens: list[Token], number: NumberPhrase, figure: CasualtyFigure) -> CasualtyFigure | None:
    """ "a judge and his two bodyguards were killed": the first person shares the effect."""
    k = number.start_index - 1
    if k >= 0 and tokens[k].lower in POSSESSIVES:
        k -= 1
    if k < 1 or tokens[k].lower != "and":
        return None
    broken_down = _breakdown_before(tokens, k)
    if broken_down is not None:
        # "six priests (five Spaniards and a Salvadoran) and two women were killed": the brackets break
        # the first count down, the count before them is the one coordinated with this one
        counted = _counted_before(tokens, broken_down, k, figure)
        if counted is not None:
            return counted
    # "a judge, a mayor, and a senator": a comma before the last "and" ends the item before it too
    item_end = k - 1 if tokens[k - 1].text == "," else k
    for start in range(max(0, item_end - 7), item_end):  # "two members of the navy and 9 rebels"
        earlier = parse_number(tokens, start)
        if earlier is None or earlier.end_index > item_end:
            continue
        if item_end < k and (start == 0 or tokens[start - 1].text != ","):
            continue  # "four civilians and two policemen, and twenty others were hurt": a clause, no list
        verb = active_before(tokens, start)
        after_with = start > 0 and tokens[start - 1].lower in ("with", "including")
        if (verb is not None and verb[0] != figure.effect) or after_with:
            continue  # "killed 33 people and another 10 were injured", "killed along with three officers": told apart
        inside = range(earlier.end_index, item_end)
        if any(
            (parse_number(tokens, m) is not None and not is_age(tokens, m)) or lexicon().active.match_at(tokens, m)
            for m in inside
        ):
            continue  # "a mine kills one soldier and another three": a clause, not one noun phrase
        if noun_phrase_end(tokens, earlier.end_index) == item_end and has_person(tokens, earlier.end_index, item_end):
            return make_figure(figure.effect, earlier, tokens, item_end)
    # "for now, he and one of his aides are in hospital": the pronoun opening the clause is one
    # person more
    if tokens[k - 1].lower in _ONE_PERSON and (k == 1 or tokens[k - 2].text in _CLAUSE_OPENERS):
        return CasualtyFigure(figure.effect, 1, 1, 1, None, tokens[k - 1].start, tokens[k - 1].end)
    # "one soldier was killed and another and a porter injured": "another" standing alone after the
    # clause before is one more person of the same kind
    if k >= 2 and tokens[k - 1].lower in _ONE_MORE and tokens[k - 2].lower in ("and", ","):
        return CasualtyFigure(figure.effect, 1, 1, 1, None, tokens[k - 1].start, tokens[k - 1].end)
    # "her chauffeur and one of her aides were killed": a person named without a number
    if k >= 2 and tokens[k - 2].lower in POSSESSIVES | {"a", "an"}:
        side, where = side_of(tokens, k - 1, k)
        if side is not None and where == k - 1 and not tokens[k - 1].lower.endswith("s"):
            return CasualtyFigure(
                figure.effect, 1, 1, 1, None if side == "unspecified" else side, tokens[k - 2].start, tokens[k - 1].end
            )
    return None


_ONE_PERSON = words("one_person_pronouns")
_ONE_MORE = words("one_more_pronouns")
_CLAUSE_OPENERS = frozenset({",", ";", ":", "--", "that", "said"})  # "police said he and ..."


def _breakdown_before(tokens: list[Token], k: int) -> int | None:
    """Index of the "(" of a bracketed aside that ends right before ``tokens[k]``, or of the opening
    dash of an aside between dashes ("six monks -- five Italians and a Kenyan -- and"), or None."""
    if tokens[k - 1].text in DASHES:
        return _dash_opening(tokens, k - 1)
    if tokens[k - 1].text != ")":
        return None
    for m in range(k - 2, max(-1, k - 14), -1):
        if tokens[m].text == ")":
            return None
        if tokens[m].text == "(":
            return m if m > 0 else None
    return None


def _dash_opening(tokens: list[Token], closing: int) -> int | None:
    """Index of the first dash opening an aside whose closing dash ends at ``closing``; the aside must
    hold a number (a breakdown), and the wire copy's "--" is two dash tokens."""
    m = closing
    while m > 0 and tokens[m - 1].text in DASHES:
        m -= 1  # the closing "--"
    counted = False
    for n in range(m - 1, max(-1, m - 14), -1):
        if tokens[n].text in DASHES:
            while n > 0 and tokens[n - 1].text in DASHES:
                n -= 1
            return n if counted and n > 0 else None
        if tokens[n].text in (")", "(", ".", ";"):
            return None
        counted = counted or parse_number(tokens, n, allow_article=False) is not None
    return None


def _counted_before(tokens: list[Token], opening: int, k: int, figure: CasualtyFigure) -> CasualtyFigure | None:
    """The count of people right before the bracket at ``opening``, sharing ``figure``'s effect."""
    for start in range(max(0, opening - 5), opening):
        earlier = parse_number(tokens, start, allow_article=False)
        if earlier is None or earlier.end_index > opening:
            continue
        if noun_phrase_end(tokens, earlier.end_index) >= opening and has_person(tokens, earlier.end_index, opening):
            made = make_figure(figure.effect, earlier, tokens, opening)
            return replace(made, end=tokens[k - 1].end)
    return None


_AGE_WORDS = frozenset({"aged", "ages", "age"})
_BETWEEN_AGES = frozenset({"and", ",", "between", "to", "or"})  # grammar, kept in code


def _told_as_age(tokens: list[Token], k: int) -> bool:
    """Whether the number at ``k`` follows "aged", past other ages ("aged 6 and 4", "aged 30, 41
    and 52"), however many words the noun before "aged" has ("a man aged 47")."""
    j = k - 1
    while j >= 0 and (tokens[j].lower in _BETWEEN_AGES or tokens[j].text[:1].isdigit()):
        j -= 1
    return j >= 0 and tokens[j].lower in _AGE_WORDS
