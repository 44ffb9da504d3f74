"""A group named only as a party to talks is no doer: "negotiations with the front".

When a deed's sentence names no doer, a report's deeds fall back to the groups the report names
(resolve/build.document_groups). Reports on a war's politics name the insurgents as the other side of
talks, the sender of a reply or a proposal, while the deed they tell of was done by someone else (a
death squad, the army). Analysts (ACLED, GTD) code only a group said to have done or claimed a deed,
so such mentions do not count towards the fallback. The words are in actors/roles.yaml.
"""

from __future__ import annotations

from functools import cache

from eventwatch.extract.actors import ActorMention
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

_SKIPPED = frozenset({"the", "a", "an", "[", "(", '"'})  # between a link word and the name
_GLOSS = frozenset({"[", "(", "]", ")"})  # "the front [FMLN]": a gloss right after the name


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("actors/roles.yaml")
    return frozenset(data["talk_nouns"]), frozenset(data["talk_links"])


def _named_in_talks(tokens: list[Token], start: int, end: int) -> bool:
    """True when the name at ``start:end`` is a party to talks: a link word ("with", "between",
    "from") right before it (articles skipped) after a talk noun in the six words before, or a talk
    noun right after the name ("the front's proposal" reads as "front proposal" here)."""
    nouns, links = _words()
    k = start - 1
    while k >= 0 and tokens[k].lower in _SKIPPED:
        k -= 1
    if k >= 0 and tokens[k].lower in links and any(t.lower in nouns for t in tokens[max(0, k - 6) : k]):
        return True
    after = end
    while after < len(tokens) and tokens[after].lower in _GLOSS:
        after += 1
    return after < len(tokens) and tokens[after].lower in nouns


def talk_parties(tokens: list[Token], actors: list[ActorMention]) -> set[int]:
    """Indices into ``actors`` of the named groups a sentence names only as parties to talks. A gloss
    right after such a name ("the front [FMLN]") is the same party. Groups held to be doers keep their
    role ("talks with the front, which bombed ..." names the front as doer elsewhere in its sentence)."""
    parties: set[int] = set()
    previous_end: int | None = None
    for i, actor in enumerate(actors):
        if actor.role == "perpetrator" or not actor.named:
            previous_end = None
            continue
        glossed = previous_end is not None and all(t.text in _GLOSS for t in tokens[previous_end : actor.start_index])
        if glossed or _named_in_talks(tokens, actor.start_index, actor.end_index):
            parties.add(i)
            previous_end = actor.end_index
        else:
            previous_end = None
    return parties
