"""A count of "one more" told as what someone already is ("her death is one more teacher murdered",
"he became another victim killed by the gang") names that person again, the subject of the linking
verb: it adds no one to the dead told before, so it is no longer marked as additional."""

from __future__ import annotations

from dataclasses import replace

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.verbs import EFFECT_NOUNS, PLAIN_BE
from eventwatch.extract.casualties.words import words
from eventwatch.text.tokens import Token

_LINKS = PLAIN_BE | words("restating_links")


def restated_counts(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    starts = {t.start: k for k, t in enumerate(tokens)}

    def after_link(figure: CasualtyFigure) -> bool:
        k = starts.get(figure.start)
        if k is None or k < 1 or tokens[k - 1].lower not in _LINKS:
            return False
        # "among the dead was another guard", "also injured in the blast was one more": the effect
        # told before the verb makes the count after it people besides
        return not any(_effect_word(tokens, j) for j in range(k - 1))

    return [replace(f, additional=False) if f.additional and not f.is_total and after_link(f) else f for f in figures]


def _effect_word(tokens: list[Token], k: int) -> bool:
    # "injured", "dead", "killed"; not the nouns "death", "deaths" ("her death is one more ...")
    return tokens[k].lower in lexicon().left and tokens[k].lower not in EFFECT_NOUNS
