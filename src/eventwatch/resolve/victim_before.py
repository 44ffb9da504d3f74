"""Hurt told right after a sentence about a victim of a deed told earlier: "... the judge was riding
with three escorts. Two of them were wounded." The hurt are the companions the sentence before names
beside that victim, so they belong to the record of the deed done to the victim, however far back the
report told it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.extract.casualties.names import is_name_word
from eventwatch.resolve.facts import SentenceFacts
from eventwatch.text.tokens import Token

if TYPE_CHECKING:
    from eventwatch.resolve.events import Draft

_VICTIM_EFFECTS = frozenset({"killed", "wounded", "kidnapped"})  # codes of the record, not words of the text


def draft_of_named_victim(drafts: list[Draft], previous: SentenceFacts | None, facts: SentenceFacts) -> Draft | None:
    """The one news record whose sentences counting victims share a name of two words at least
    ("Palma Vidal", "the district attorney") with the sentence right before ``facts``, when that
    sentence tells no deed nor toll."""
    if previous is None or previous.sentence.index != facts.sentence.index - 1:
        return None
    if previous.casualties or previous.live_triggers:
        return None
    named = _pairs(previous.tokens)
    if not named:
        return None
    found = [d for d in drafts if not d.background and named & _victim_pairs(d)]
    return found[0] if len(found) == 1 else None


def _victim_pairs(draft: Draft) -> set[tuple[str, str]]:
    """The names told in the record's sentences that count its victims."""
    pairs: set[tuple[str, str]] = set()
    for sentence in draft.sentences:
        if any(f.effect in _VICTIM_EFFECTS and f.value > 0 for f in sentence.casualties):
            pairs |= _pairs(sentence.tokens)
    return pairs


def _pairs(tokens: list[Token]) -> set[tuple[str, str]]:
    """Two name words in a row ("Garcia Alvarado", "Attorney General"), lower case."""
    return {
        (a.lower, b.lower)
        for a, b in zip(tokens, tokens[1:], strict=False)
        if is_name_word(a) and is_name_word(b) and a.end < b.start
    }
