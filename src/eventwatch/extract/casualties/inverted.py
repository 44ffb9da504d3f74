"""People told after their effect, the verb inverted: "also injured was a street vendor", "also killed
were two of his bodyguards". The effect word comes first, so the number rules, which look for the
effect after the people, do not see them; "also" makes them people besides those told before."""

from __future__ import annotations

from eventwatch.extract.casualties.figure import CasualtyFigure, has_person, make_figure
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.noun_phrase import noun_phrase_end
from eventwatch.extract.people import people_table, side_of
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

# forms of "be" that open an inverted clause (grammar, kept in code)
_INVERTING = frozenset({"was", "were"})


def inverted_victims(tokens: list[Token], figures: list[CasualtyFigure], used: set[int]) -> list[CasualtyFigure]:
    """ "also injured was a street vendor" → one more wounded; "also killed were two guards" → two."""
    lex = lexicon()
    found: list[CasualtyFigure] = []
    for k in [k for k, t in enumerate(tokens) if t.lower == "also"]:
        effect = lex.passive.match_at(tokens, k + 1)
        if effect is None or effect.end_index >= len(tokens) - 1:
            continue
        verb = _inverting_verb(tokens, effect.end_index)
        if verb is None:
            continue
        if k > 0 and tokens[k - 1].lower in lex.aux | {"and", ","} - {"also"}:
            continue  # "two soldiers were also killed was ...": not the head of its clause
        at = verb + 1
        if any(f.start <= tokens[at].start < f.end for f in figures) or at in used:
            continue
        number = parse_number(tokens, at)
        if number is not None:
            np_end = noun_phrase_end(tokens, number.end_index)
            if not has_person(tokens, number.end_index, np_end):
                continue
            figure = make_figure(effect.payload, number, tokens, np_end)
        else:
            side, where = side_of(tokens, at, min(len(tokens), at + 3))
            noun = people_table().match_at(tokens, where) if where is not None else None
            if side is None or noun is None or tokens[noun.end_index - 1].lower.endswith("s"):
                continue  # "also wounded were civilians": how many is not told
            last = tokens[noun.end_index - 1]
            figure = CasualtyFigure(
                effect.payload, 1, 1, 1, None if side == "unspecified" else side, tokens[at].start, last.end
            )
        found.append(CasualtyFigure(**{**{n: getattr(figure, n) for n in figure.__slots__}, "additional": True}))
    return found


def _inverting_verb(tokens: list[Token], k: int) -> int | None:
    """Index of "was"/"were" at ``k`` or after a short phrase of time or place ("also hurt during
    the march was a teacher"), with no comma or other verb on the way."""
    for m in range(k, min(len(tokens) - 1, k + 7)):
        if tokens[m].lower in _INVERTING:
            return m
        if not tokens[m].text.isalnum() or (m == k and tokens[m].lower not in _PHRASE_OPENERS):
            return None
    return None


# prepositions (grammar, kept in code)
_PHRASE_OPENERS = frozenset({"in", "during", "at", "on", "near", "by", "inside", "outside"})
