"""The sentence-level figure finder: runs the readers over one sentence in order, carries an effect
over coordinated counts ("killing eight police officers and two civilians") and tidies the result."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from eventwatch.extract.casualties.asides import SHARE_ASIDE_START, dash_breakdown_end
from eventwatch.extract.casualties.besides import besides_earlier
from eventwatch.extract.casualties.colon_breakdown import colon_shares
from eventwatch.extract.casualties.companions import companions
from eventwatch.extract.casualties.counts import group_size, is_age, is_date_number, is_ordinal
from eventwatch.extract.casualties.figure import CasualtyFigure, as_dict, has_person, make_figure
from eventwatch.extract.casualties.hit_by_shots import hit_by_shots
from eventwatch.extract.casualties.household import household_sizes
from eventwatch.extract.casualties.hurt_died_later import hurt_died_later
from eventwatch.extract.casualties.hurt_who_died import hurt_who_died
from eventwatch.extract.casualties.inverted import inverted_victims
from eventwatch.extract.casualties.item_modifier import past_item_modifier
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.linking import (
    VERB_GROUP,
    coordinated_before,
    is_share_of_previous,
    link_figure,
    part_of_previous,
)
from eventwatch.extract.casualties.listed_beside import listed_beside
from eventwatch.extract.casualties.names import drop_renamed_victims
from eventwatch.extract.casualties.noun_phrase import noun_phrase_end
from eventwatch.extract.casualties.other_days import other_days
from eventwatch.extract.casualties.overfull import overfull_shares
from eventwatch.extract.casualties.pairs import pair_sizes
from eventwatch.extract.casualties.pointed_victims import pointed_victims
from eventwatch.extract.casualties.possessed import possessed_count
from eventwatch.extract.casualties.recalled import drop_recalled
from eventwatch.extract.casualties.restated import restated_counts
from eventwatch.extract.casualties.shared_also import shared_also
from eventwatch.extract.casualties.shot import shot_dead_object, without_unhurt_shot
from eventwatch.extract.casualties.speakers import speaks
from eventwatch.extract.casualties.told_how import told_how
from eventwatch.extract.casualties.uncounted_objects import one_victim, possessed_deed
from eventwatch.extract.casualties.uncounted_subjects import singular_victims
from eventwatch.extract.casualties.verbs import active_before, object_follows, own_effect_word
from eventwatch.extract.casualties.words import words
from eventwatch.extract.named_victims import with_named_lists
from eventwatch.extract.phrases import PhraseMatch, PhraseTable
from eventwatch.extract.victims import drop_records, drop_repeated_victims
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token


def find_casualties(tokens: list[Token]) -> list[CasualtyFigure]:
    """Casualty figures in one sentence."""
    lex = lexicon()
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
        if match.end_index < len(tokens) and tokens[match.end_index].lower in _TOLL_PLACES:
            continue
        for k in range(match.end_index, min(len(tokens), match.end_index + 12)):
            number = parse_number(tokens, k, allow_article=False)
            if number is not None and not is_date_number(tokens, number):
                np_end = noun_phrase_end(tokens, number.end_index)
                if tokens[k - 1].lower == "any" or tokens[np_end - 1].lower in _TIME_WORDS:
                    continue  # "the deadliest toll of any one day": no count

                # "a toll of 1 person wounded": the word after the people tells the effect
                told = lex.left.get(tokens[np_end].lower) if np_end < len(tokens) else None
                figures.append(make_figure(told or match.payload, number, tokens, np_end, is_total=True))
                used.update(range(number.start_index, number.end_index))
                break

    # "this brings to 8 the number of dead"
    total_matches = _totals().find_all(tokens)
    for match in (m for m in total_matches if m.payload == "toll"):
        number = parse_number(tokens, match.end_index, allow_article=False)
        if number is None or any(k in used for k in range(number.start_index, number.end_index)):
            continue
        k = number.end_index + (number.end_index < len(tokens) and tokens[number.end_index].lower == "the")
        toll = lex.toll.match_at(tokens, k)
        if toll is None:
            continue
        figures.append(make_figure(toll.payload, number, tokens, number.end_index, is_total=True))
        used.update(range(number.start_index, number.end_index))

    i = 0
    while i < len(tokens):
        if i in used:
            i += 1
            continue
        number = parse_number(tokens, i)
        # "one settler, a teacher, dead"; asked only where a number starts (most tokens start none)
        inside = number is not None and any(f.start <= tokens[i].start < f.end for f in figures)
        if (
            number is None
            or inside
            or is_date_number(tokens, number)
            or group_size(tokens, number)
            or is_ordinal(tokens, number.start_index)  # "the 3rd district police commander's wife"
        ):
            i += 1
            continue
        from_article = tokens[number.start_index].lower in ("a", "an") and number.value == 1
        np_end = _past_bracket(tokens, number.start_index, noun_phrase_end(tokens, number.end_index))
        if (
            number.start_index > 0
            and tokens[number.start_index - 1].text == ","
            and speaks(tokens, number.end_index, np_end)
        ):
            i = number.start_index + 1
            continue  # "killing two soldiers, a military source said": who tells of the dead is none of them
        figure = part_of_previous(tokens, number, np_end, figures) or link_figure(
            tokens, number, np_end, from_article, figures
        )
        if figure is None:
            i = number.start_index + 1
            continue
        earlier = coordinated_before(tokens, number, figure)
        if earlier is not None and earlier.start not in {f.start for f in figures}:
            figures.append(earlier)
            figures.extend(_listed_before(tokens, earlier, figures))
        figures.append(figure)
        used.update(range(number.start_index, number.end_index))
        i = max(np_end, number.end_index)
        past_breakdown = dash_breakdown_end(tokens, i)
        if (
            past_breakdown is not None
            and past_breakdown + 1 < len(tokens)
            and tokens[past_breakdown].lower == "and"
            and parse_number(tokens, past_breakdown + 1) is not None
            and tokens[i + 1].lower not in SHARE_ASIDE_START
            and tokens[i + 2].lower not in SHARE_ASIDE_START
        ):
            # "killed four monks -- three Italians and one Kenyan -- and two cooks": the count after the
            # breakdown is coordinated with the one before it ("-- including 18 attackers --" tells shares)
            i = past_breakdown
        if figure.value == 1 and not figure.is_total:
            # "killed a man running for mayor in the district, his driver and a guard": past the modifier
            i = past_item_modifier(tokens, i)
        # "killing eight police officers and two civilians", "a judge and his driver": the effect carries over
        while i + 1 < len(tokens) and tokens[i].lower in ("and", ",") and not figure.is_total:
            if tokens[i].text == "," and tokens[i + 1].lower == "and" and i + 2 < len(tokens):
                i += 1  # "six clerics, a cook, and her son": the last item after a comma and "and"
            if tokens[i].lower == "and" and tokens[i + 1].lower == "of" and i + 2 < len(tokens):
                i += 1  # "the killing of two farmers and of a teacher": "of" repeated after the join
            following = parse_number(tokens, i + 1) or possessed_count(tokens, i + 1)
            if following is None or tokens[i + 1].start < figure.end:
                break
            following_end = noun_phrase_end(tokens, following.end_index)
            if not has_person(tokens, following.end_index, following_end):
                break
            if speaks(tokens, following.end_index, following_end):
                break  # "killing two soldiers, a military source said": who tells of the dead is none of them
            own_noun = lexicon().nouns.match_at(tokens, following.end_index)
            if own_noun is not None and own_noun.payload != figure.effect:
                break  # "two deaths and seven injuries among the police": the noun tells its own effect
            if own_effect_word(tokens, following.end_index, following_end, figure.effect):
                break  # "a killed driver and four other wounded passengers": the adjective tells its own effect
            k = following_end
            while k < len(tokens) and tokens[k].lower in lexicon().aux and k - following_end < VERB_GROUP:
                k += 1
            own = lexicon().passive.match_at(tokens, k)
            if own is not None and not (tokens[k - 1].lower == "and" and object_follows(tokens, own.end_index)):
                break  # "... and seven others were wounded": its own effect follows
            part = figure.is_part or is_share_of_previous(tokens, following, figures)
            figure = make_figure(figure.effect, following, tokens, following_end, is_part=part)
            figures.append(figure)
            used.update(range(following.start_index, following.end_index))
            i = following_end
    figures = overfull_shares(tokens, figures)
    figures.extend(singular_victims(tokens, figures, used))
    figures.extend(one_victim(tokens, figures, used))
    figures.extend(possessed_deed(tokens, figures))
    figures.extend(_chained_effects(tokens, figures))
    figures.extend(companions(tokens, figures, used))
    figures.extend(inverted_victims(tokens, figures, used))
    figures.extend(hit_by_shots(tokens, figures))
    figures.extend(pointed_victims(tokens, figures))
    figures = _told_as_total(tokens, figures, [m for m in total_matches if m.payload == "marker"])
    figures = besides_earlier(tokens, without_unhurt_shot(tokens, listed_beside(tokens, figures)))
    figures.extend(shot_dead_object(tokens, figures))
    figures = _condition_of_the_hurt(tokens, figures)
    figures = hurt_who_died(tokens, figures)
    figures = hurt_died_later(tokens, figures)
    figures = drop_renamed_victims(tokens, drop_repeated_victims(tokens, with_named_lists(tokens, figures)))
    figures = pair_sizes(tokens, household_sizes(tokens, figures))
    figures = shared_also(tokens, figures)
    figures = restated_counts(
        tokens, _contrast_not_addition(tokens, _before_earlier_event(tokens, drop_records(tokens, figures)))
    )
    figures = other_days(tokens, told_how(tokens, drop_recalled(tokens, figures)))
    return _merge_coordinated(colon_shares(tokens, figures))


_TIME_WORDS = words("time_units")
_TOLL_PLACES = words("toll_places")


@cache
def _totals() -> PhraseTable[str]:
    """Total markers ("in total") and the words before a count told ahead of its toll ("brings to"),
    one table so that a sentence is scanned once for both."""
    data = load_yaml("extract/casualties_en.yaml")
    return PhraseTable(
        [(w, "marker") for w in data.get("total_markers") or []] + [(w, "toll") for w in data.get("toll_first") or []]
    )


def _told_as_total(
    tokens: list[Token], figures: list[CasualtyFigure], markers: list[PhraseMatch[str]]
) -> list[CasualtyFigure]:
    """ "in total 26 were killed and 91 injured": the counts of the clause a total marker opens are the
    event's totals."""
    spans = []
    for match in markers:
        close = next((t.start for t in tokens[match.end_index :] if t.text in (",", ";")), tokens[-1].end)
        spans.append((match.end, close))
    if not spans:
        return figures
    return [
        replace(f, is_total=True, additional=False)
        if not f.is_part and f.value > 0 and any(start <= f.start < close for start, close in spans)
        else f
        for f in figures
    ]


_LIST_ITEM_WORDS = 5  # words of one counted item in a list ("one Sierra Leonean")
_LIST_TOTALS = words("list_totals")


def _listed_before(tokens: list[Token], first: CasualtyFigure, figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "two Kenyans, one Ugandan and three Somalis were killed": the counts listed with commas before the
    coordinated pair share its effect."""
    found: list[CasualtyFigure] = []
    k = next((m for m, t in enumerate(tokens) if t.start == first.start), 0)
    told = {f.start for f in figures}
    while k >= 2 and tokens[k - 1].text == ",":
        comma = k - 1
        item = None
        for start in range(max(0, comma - _LIST_ITEM_WORDS), comma):
            number = parse_number(tokens, start)
            if (
                number is not None
                and number.end_index < comma
                and not is_date_number(tokens, number)
                and noun_phrase_end(tokens, number.end_index) == comma
                and has_person(tokens, number.end_index, comma)
            ):
                item = number
                break
        if item is None or tokens[item.start_index].start in told or tokens[comma - 1].lower in _LIST_TOTALS:
            break
        if tokens[item.start_index].lower not in ("a", "an") and is_age(tokens, item.end_index - 1):
            break  # "10 year old girl, a man and a woman": an age, not a count ("a 10 year old girl" is one)
        if any(t.lower.endswith("ed") for t in tokens[item.end_index : comma]):
            break  # "as one of them opened fire, a man and a woman were killed": a clause, not an item
        verb = active_before(tokens, item.start_index)
        if verb is not None and verb[0] != first.effect:
            break  # "killed two guards, three ... were wounded": another clause's object
        found.append(make_figure(first.effect, item, tokens, comma))
        k = item.start_index
    return found


def _condition_of_the_hurt(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "seven were wounded, three are in critical condition": a count told only by the state of the
    hurt, after the hurt were counted in the sentence, tells how many of them are badly off."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    lex = lexicon()

    def told_by_condition(figure: CasualtyFigure) -> bool:
        k = next((m for m, t in enumerate(tokens) if t.start >= figure.end), len(tokens))
        while k < len(tokens) and tokens[k].lower in lex.aux and k - starts.get(figure.start, k) < 12:
            k += 1
        match = lex.passive.match_at(tokens, k) if k < len(tokens) else None
        return match is not None and tokens[match.end_index - 1].lower == "condition"

    return [
        replace(f, is_part=True)
        if f.effect == "wounded"
        and not f.is_part
        and any(e.effect == "wounded" and e.end <= f.start and e.value > 0 for e in figures)
        and told_by_condition(f)
        else f
        for f in figures
    ]


# words a clause on an avenged deed may follow and still open the sentence ("But in retaliation for")
_FRONTED_CUE_WORDS = 2


def _before_earlier_event(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "four killed in an attack that comes two days after a series of blasts that claimed 16 lives",
    "killed three policemen in revenge for the deaths of six militants", "killed two guards, the first
    raid since the killing of their chief": the figures told after the earlier or avenged deed is
    named are that deed's."""
    if not figures:
        return figures
    lex = lexicon()
    first = min(f.start for f in figures)
    # "since the killing of ..." names an earlier death only once the sentence has told its own
    starts = [m.start for m in lex.earlier_event.find_all(tokens) if not m.payload or first < m.start]
    for cue in lex.avenged_deed.find_all(tokens):
        if cue.start_index > _FRONTED_CUE_WORDS:
            starts.append(cue.start)  # "... said the bombing was a reprisal for the killing of 15"
            continue
        # "In retaliation for the killing of 15 villagers, gunmen killed three soldiers": the fronted
        # clause, up to its comma, tells the avenged deed; the attack's own figures follow it
        comma = next((t.start for t in tokens[cue.end_index :] if t.text == ","), None)
        if comma is not None:
            figures = [f for f in figures if not cue.start <= f.start < comma]
    if not starts:
        return figures
    return [f for f in figures if f.start < min(starts)]


def _chained_effects(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "14 people were kidnapped and (later) killed": the same people suffered the second effect too."""
    lex = lexicon()
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


def _contrast_not_addition(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "one policeman died and another three were hurt": "another" sets the hurt apart from the dead
    of its own sentence; they are not more than the hurt told before ("injuring dozens more" still is)."""
    told = [f for f in figures if not f.additional and f.value > 0]
    starts = {t.start: k for k, t in enumerate(tokens)}

    def after_another(figure: CasualtyFigure) -> bool:
        k = starts.get(figure.start)
        return k is not None and "another" in {t.lower for t in tokens[max(0, k - 1) : k + 1]}

    return [
        replace(f, additional=False)
        if f.additional and after_another(f) and any(t.effect != f.effect and t.end <= f.start for t in told)
        else f
        for f in figures
    ]


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
            figure = CasualtyFigure(**{**as_dict(figure), "side": merged[-1].side})
        merged.append(figure)
    return merged


_BRACKET_TAIL = 3  # words between the people and the closing bracket ("in all", "in total")
_SUM_WORDS = words("bracket_sum_words")


def _past_bracket(tokens: list[Token], start: int, np_end: int) -> int:
    """ "a farmer, his son and his wife (three people in all) were hurt": a count in brackets after
    the people it sums up reaches past the bracket to the verb after it."""
    if start == 0 or tokens[start - 1].text != "(":
        return np_end
    for k in range(np_end, min(len(tokens), np_end + _BRACKET_TAIL + 1)):
        if tokens[k].text == ")":
            return k + 1
        if tokens[k].lower not in _SUM_WORDS:
            break
    return np_end
