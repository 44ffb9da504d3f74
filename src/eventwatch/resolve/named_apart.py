"""People named one to a sentence: "Teacher Rosa Lerma was injured ... Farmer Ivo Pons was injured"
tells two people hurt, not the same one twice. Across sentences the largest figure wins elsewhere
(reports repeat their tolls); two lone victims with different names are different people."""

from __future__ import annotations

from dataclasses import replace

from eventwatch.extract.casualties import CasualtyFigure
from eventwatch.extract.casualties.names import is_name_word
from eventwatch.extract.people import side_of
from eventwatch.resolve.facts import SentenceFacts
from eventwatch.text.tokens import Token

# the verb of a lone victim's passive ("X was injured"); pronouns are no names (grammar, kept in code)
_SINGULAR_BE = frozenset({"was", "is"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "them", "him", "her", "one", "another", "this", "that", "who"})
_NAME_WORDS = 5


def named_apart(
    sentences: list[SentenceFacts], figures: list[tuple[int, CasualtyFigure]]
) -> list[tuple[int, CasualtyFigure]]:
    """``figures`` with each later lone named victim of an effect marked as one more, when every
    sentence telling that effect tells one person only, each by another surname."""
    tokens = {s.sentence.index: s.tokens for s in sentences}
    added: set[int] = set()
    for effect in ("killed", "wounded"):
        told = [(i, f) for i, f in figures if f.effect == effect and f.value > 0]
        by_sentence: dict[int, list[CasualtyFigure]] = {}
        for index, figure in told:
            by_sentence.setdefault(index, []).append(figure)
        if len(by_sentence) < 2 or any(len(group) != 1 for group in by_sentence.values()):
            continue
        lone = [(i, group[0]) for i, group in sorted(by_sentence.items())]
        if any(f.value != 1 or f.is_total or f.is_part or f.vague or f.additional for _, f in lone):
            continue
        surnames = [_surname(tokens[i], f) for i, f in lone]
        if None in surnames or len(set(surnames)) != len(surnames):
            continue
        added.update(id(f) for _, f in lone[1:])
    if not added:
        return figures
    return [(i, replace(f, additional=True) if id(f) in added else f) for i, f in figures]


def _surname(tokens: list[Token], figure: CasualtyFigure) -> str | None:
    """The last word of the name right before "was" in ``figure`` ("Farmer Ivo Pons was injured"), or
    None where the subject is no name ("the mayor", "he")."""
    inside = (k for k, t in enumerate(tokens) if figure.start <= t.start < figure.end)
    be = next((k for k in inside if tokens[k].lower in _SINGULAR_BE), None)
    if be is not None and be > 0 and tokens[be - 1].text == ",":
        be = _before_aside(tokens, be - 1)
    if be is None or be == 0 or not is_name_word(tokens[be - 1]):
        return None
    last = tokens[be - 1]
    if last.lower in _PRONOUNS or side_of(tokens, be - 1, be)[0] not in (None, "unspecified"):
        return None  # "THE MAYOR WAS" in wire capitals: a people noun, not a name
    start = be - 1
    while start > 0 and be - start < _NAME_WORDS and is_name_word(tokens[start - 1]):
        start -= 1
    if start > 0 and tokens[start - 1].text.isalpha() and tokens[start - 1].lower in ("the", "a", "an"):
        return None
    return last.lower


_ASIDE_WORDS = 30  # the longest relative clause or apposition read between a name and its verb


def _before_aside(tokens: list[Token], closing: int) -> int | None:
    """ "Journalist Ana Vell, who had come to cover the talks, was injured": the name stands before the
    comma that opens the aside closed at ``closing``; the index right after that name, or None."""
    for k in range(closing - 1, max(0, closing - _ASIDE_WORDS), -1):
        if tokens[k].text == ",":
            return k if k + 1 < closing and tokens[k + 1].lower in _ASIDE_OPENERS else None
    return None


# words that open a relative clause set off by commas (grammar, kept in code)
_ASIDE_OPENERS = frozenset({"who", "whom", "whose"})
