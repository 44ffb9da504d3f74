"""Claims of responsibility: who claims a deed is its author, even beside a verb of saying.

"The front claimed responsibility for the bombing and said ..." and "in a communique, the front
claimed responsibility ..." name the author, though "said" or a statement stands in the sentence; so
do "the front said it carried out the bombing" and "the group claims it ambushed a patrol". The claim
goes to the actor named last before it (``claimant``), so "police said the front claimed the attack"
gives it to the front, not the police. The words are in actors/roles.yaml (claim_phrases, own_claims,
claim_void, claim_reach).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from eventwatch.extract.phrases import PhraseTable
from eventwatch.extract.speakers import is_report_verb
from eventwatch.model import STATE_KINDS
from eventwatch.resources import load_yaml

if TYPE_CHECKING:
    from eventwatch.extract.actors import ActorMention
    from eventwatch.text.tokens import Token

# pronouns a group speaks of itself with, and the words that may follow "claimed" before them (grammar)
_OWN = frozenset({"it", "they", "we"})
_THAT = frozenset({"that"})
_OWNER = frozenset({"its", "their", "our"})
_OWN_PEOPLE = frozenset({"units", "unit", "commandos", "commando", "fighters", "forces", "members", "men", "troops"})
_HOW_SAID = frozenset({"in", "through", "to", "on", "via"})
# words that may stand between a subject and its verb (grammar): "has claimed", "today claimed"
_AUXILIARIES = frozenset({"has", "have", "had", "also", "today", "tonight", "yesterday", "reportedly", "later"})


@cache
def _words() -> tuple[PhraseTable[bool], PhraseTable[bool], frozenset[str], int]:
    data = load_yaml("actors/roles.yaml")
    return (
        PhraseTable((phrase, True) for phrase in data["claim_phrases"]),
        PhraseTable((phrase, True) for phrase in data["own_claims"]),
        frozenset(data["claim_void"]),
        data["claim_reach"],
    )


def _claim_at(tokens: list[Token], k: int, deeds: frozenset[int]) -> bool:
    """A claim starting at ``k``: a claim phrase ("claimed responsibility"), or a verb of saying or
    "claimed" with the speaker's own pronoun as the subject of a deed or an own claim ("said it carried
    out", "claims they ambushed")."""
    phrases, own_claims, _, _ = _words()
    if phrases.match_at(tokens, k) is not None:
        return True
    if not is_report_verb(tokens[k].lower, with_claims=True):
        return False
    j = k + 1
    # "said in a communique that it ...": a short phrase of how it was said may come before "that"
    that = next((i for i in range(j, min(len(tokens), j + 6)) if tokens[i].lower in _THAT), None)
    if that is not None and tokens[j].lower in _HOW_SAID:
        j = that
    if j < len(tokens) and tokens[j].lower in _THAT:
        j += 1
    if j + 2 < len(tokens) and tokens[j].lower in _OWNER and tokens[j + 1].lower in _OWN_PEOPLE:
        j += 1  # "said its commandos carried out ...": its own people did it
    elif j + 1 >= len(tokens) or tokens[j].lower not in _OWN:
        return False
    if own_claims.match_at(tokens, j + 1) is not None:
        return True
    after = j + 2 if tokens[j + 1].lower in ("had", "has", "have") else j + 1
    return after in deeds


def _own_kind_did(tokens: list[Token], k: int, found: list[ActorMention]) -> bool:
    """A verb of saying at ``k`` whose news is a deed of fighters of the speaker's own kind, told
    without a name ("the front's radio said the rebels attacked the garrison"): rebels telling of what
    "the rebels" did claim it."""
    if not is_report_verb(tokens[k].lower):
        return False
    j = k + 1
    while j < len(tokens) and tokens[j].lower in ("that", "the"):
        j += 1
    doer = next((a for a in found if a.start_index == j), None)
    speaker = next((a for a in reversed(found) if a.end_index <= k), None)
    return (
        doer is not None
        and speaker is not None
        and speaker.named
        and not doer.named
        and doer.role == "perpetrator"
        and doer.kind == speaker.kind
        and doer.kind not in STATE_KINDS
    )


def _heads_aside(tokens: list[Token], opening: int, actor: ActorMention) -> bool:
    """True when ``actor`` opens the aside after the comma at ``opening`` ("..., the Red Dawn Cells,")
    or owns its head ("..., the front's clandestine radio station,", "the Red Dawn Front's [FAR] radio")."""
    if actor.start_index in (opening + 1, opening + 2):
        return True
    owner = range(max(opening + 1, actor.start_index - 2), actor.end_index)
    return any(tokens[j].lower.endswith(("'s", "’s")) for j in owner)


def _subject_end(tokens: list[Token], k: int) -> int:
    """Where the subject of the claim at ``k`` ends: before auxiliaries and one comma aside ("the front,
    a group linked to the cartel, has claimed ...": the front)."""
    j = k
    while j > 0 and tokens[j - 1].lower in _AUXILIARIES:
        j -= 1
    if j > 0 and tokens[j - 1].text in (",", "--"):
        mark = tokens[j - 1].text
        opening = next((i for i in range(j - 2, max(-1, j - 16), -1) if tokens[i].text == mark), None)
        if opening is not None:
            return opening
    return j


def _past_aside(tokens: list[Token], end: int, k: int) -> int:
    """Where the words between an aside that ends at ``end`` and the claim at ``k`` begin."""
    j = k
    while j > end and tokens[j - 1].lower in _AUXILIARIES:
        j -= 1
    return j


def with_claimants(tokens: list[Token], found: list[ActorMention], trigger_indices: list[int]) -> list[ActorMention]:
    """``found`` (in text order) with the actor that claims a deed made its perpetrator."""
    if not found:
        return found
    phrases, _, void, reach = _words()
    deeds = frozenset(trigger_indices)
    out = list(found)
    for k in range(found[0].end_index, len(tokens)):
        if not (phrases.starts_with(tokens[k].lower) or is_report_verb(tokens[k].lower, with_claims=True)):
            continue
        if not (_claim_at(tokens, k, deeds) or _own_kind_did(tokens, k, out)):
            continue
        end = _subject_end(tokens, k)
        # "a group linked to the front, the Red Dawn Cells, claimed ...": an aside that opens with a name
        # names the claimant itself
        named = [j for j, a in enumerate(out) if end < a.start_index < k and _heads_aside(tokens, end, a)]
        before = named or [i for i, a in enumerate(out) if a.end_index <= end][-1:]
        if not before:
            continue
        i = before[0]
        actor = out[i]
        # the words from the actor to the claim, less a comma aside before it
        gap = tokens[actor.end_index : end] + tokens[_past_aside(tokens, end, k) : k]
        words = tokens[max(0, actor.start_index - 1) : actor.start_index] + gap
        if len(gap) > reach or any(t.lower in void for t in words):
            continue
        if any(is_report_verb(t.lower) for t in tokens[actor.end_index : end]):
            continue  # "the police said the front ...": the claim is not the police's
        # the state's forces named last before a claim are mostly what the claimed deed was done to
        # ("claimed the attack on a military convoy ... claimed responsibility"), so they claim nothing
        if actor.role in (None, "source") and actor.kind not in STATE_KINDS:
            out[i] = replace(actor, role="perpetrator")
    return out
