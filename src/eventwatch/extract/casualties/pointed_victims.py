"""People an effect verb points at without counting them anew: a pronoun for people counted before
in the sentence ("drove into two guards, injuring them") or one more by an ordinal ("killed two
farmers and wounded a third")."""

from __future__ import annotations

from eventwatch.extract.casualties.counts import is_date_number
from eventwatch.extract.casualties.figure import CasualtyFigure, has_person, make_figure
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.noun_phrase import noun_phrase_end
from eventwatch.extract.casualties.words import words
from eventwatch.extract.phrases import PhraseTable
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

_PRONOUNS: PhraseTable[bool] = PhraseTable((w, True) for w in words("pronoun_objects"))
_ORDINALS = words("ordinal_victims")
_POINTED_AFTER = words("pointed_after")
_NOT_POINTING = words("not_pointing")


def pointed_victims(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """Figures for people an active effect verb points at by a pronoun or an ordinal, unless the
    sentence already counts that effect."""
    found: list[CasualtyFigure] = []
    for match in lexicon().active.find_all(tokens):
        effect, k = match.payload, match.end_index
        if k >= len(tokens) or any(f.effect == effect for f in figures + found):
            continue
        if _PRONOUNS.match_at(tokens, k) is not None and tokens[match.start_index].lower not in _NOT_POINTING:
            counted = _counted_object_before(tokens, match.start_index, figures)
            if counted is not None:
                found.append(counted if counted.effect == effect else _with_effect(counted, effect))
        elif _one_more(tokens, k):
            found.append(CasualtyFigure(effect, 1, 1, 1, None, tokens[k].start, tokens[k + 1].end))
    return found


def _with_effect(figure: CasualtyFigure, effect: str) -> CasualtyFigure:
    return CasualtyFigure(effect, figure.value, figure.low, figure.high, figure.side, figure.start, figure.end)


def _one_more(tokens: list[Token], k: int) -> bool:
    """ "a third", "a fourth one": not "a third of the passengers" (a share)."""
    if k + 1 >= len(tokens) or tokens[k].lower != "a" or tokens[k + 1].lower not in _ORDINALS:
        return False
    return not (k + 2 < len(tokens) and tokens[k + 2].lower == "of")


def _counted_object_before(tokens: list[Token], verb: int, figures: list[CasualtyFigure]) -> CasualtyFigure | None:
    """The last people counted before the verb: as the object of a word ("fired on four farmers",
    "abducted two men"), not as a subject; or counted already for another effect ("four men were
    abducted and they killed them")."""
    best: CasualtyFigure | None = None
    i = 1
    while i < verb:
        number = parse_number(tokens, i)
        if number is None or number.end_index > verb or is_date_number(tokens, number):
            i += 1
            continue
        np_end = min(noun_phrase_end(tokens, number.end_index), verb)
        start = tokens[number.start_index].start
        told = next((f for f in figures if f.start <= start < f.end), None)
        if told is not None:
            best = told
        elif has_person(tokens, number.end_index, np_end) and tokens[number.start_index - 1].lower in _POINTED_AFTER:
            best = make_figure("killed", number, tokens, np_end)
        i = max(np_end, number.end_index, i + 1)
    return best
