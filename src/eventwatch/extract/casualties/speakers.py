"""Who tells of the dead is not one of them: "killing two soldiers, a military source said" names a
source of the news after the count, not a third victim. A person told right before a verb of saying
(the project's one list, resources/extract/reporting_en.yaml) speaks; the dead and the hurt say nothing
in the sentence that counts them."""

from __future__ import annotations

from functools import cache

from eventwatch.extract.casualties.figure import has_person
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.verbs import FORMS_OF_BE
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

# how many words of a speaker's title may stand before the verb ("a senior army intelligence source
# said"), and the auxiliaries of a perfect ("a spokesman has said") (grammar, kept in code)
_TITLE_REACH = 5
_AUX = frozenset({"has", "had", "have"})
# words after which a listed verb is a noun ("the reports", "his claims")
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "of"})
# words after which the verb tells what the people are, not what they say ("two people said to be
# rebels", "a man reported as missing")
_PREDICATE = frozenset({"to", "as", "dead", "missing", "among"})


@cache
def _saying() -> frozenset[str]:
    return frozenset(load_yaml("extract/reporting_en.yaml")["verbs"])


def speaks(tokens: list[Token], start: int, stop: int) -> bool:
    """True when the people whose words begin at ``start`` (and whose noun phrase ends at ``stop``)
    are the subject of a verb of saying: the first verb of saying within a few words of ``start``,
    reached before any comma, a form of "be" or a new noun phrase ("the"), not as a noun after a
    determiner, and with a person named before it ("77 confirmed deaths" names no speaker)."""
    saying = _saying()
    reach = min(len(tokens), max(stop, start) + 2, start + _TITLE_REACH + 1)
    for k in range(start, reach):
        word = tokens[k].lower
        if tokens[k].text in (",", ";", "(", ")") or word in ("and", "or", "who") or (k > start and word == "the"):
            return False
        if word in _AUX:
            continue
        if word in FORMS_OF_BE:
            return False  # "two injuries were reported": the counted are what is told, not who tells
        if word in saying:
            return (
                k > start
                and tokens[k - 1].lower not in _DETERMINERS
                and not _predicate(tokens, k + 1)
                and has_person(tokens, start, k)
            )
    return False


def _predicate(tokens: list[Token], k: int) -> bool:
    """Whether the words at ``k`` make the verb before them tell the people's state ("said to be",
    "reported killed")."""
    if k >= len(tokens):
        return False
    return tokens[k].lower in _PREDICATE or lexicon().passive.match_at(tokens, k) is not None
