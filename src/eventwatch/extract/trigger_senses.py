"""Event words whose kind depends on who does the deed.

A raid by the police, the army or "the authorities" on a farm, a house or an office is a search
operation (ACLED: strategic development, arrests), not an armed assault; a raid by guerrillas or
gunmen stays one. The doer is read from the words just before the event word, up to a clause break ("troops
raided", "police and soldiers yesterday raided"), or from "by" just after it ("was raided by
police"); a doer of the other side among them ("rebels of the New People's Army raided") keeps
the raid an attack. Told in the passive with no doer ("the farm was raided on Wednesday") it is a
search too, unless what was raided belongs to those doers ("a police post was raided").
A raid told beside deaths, shots or fighting in the same sentence keeps its kind: a deadly raid is
a deed of violence, whoever did it.
Some words change their kind with what the deed is done to: demonstrators burning a flag, an effigy
or a coffin make a protest's gesture, not arson.
"""

from __future__ import annotations

from functools import cache

from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token


@cache
def _rules() -> dict[str, tuple[frozenset[str], frozenset[str], frozenset[str], str, frozenset[str]]]:
    """word -> (doers that change its kind, clause breaks, doers of the other side, the new kind,
    auxiliaries of a passive that changes it without a doer)."""
    out: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str], str, frozenset[str]]] = {}
    for rule in load_yaml("extract/trigger_senses_en.yaml")["by_doer"]:
        doers, breaks = frozenset(rule["doers"]), frozenset(rule.get("breaks", []))
        other, passive = frozenset(rule.get("other_side", [])), frozenset(rule.get("passive", []))
        for word in rule["words"]:
            out[word] = (doers, breaks, other, rule["kind"], passive)
    return out


@cache
def _unless_beside() -> dict[str, frozenset[str]]:
    """new kind -> the kinds of other event words in the sentence that undo the change."""
    rules = load_yaml("extract/trigger_senses_en.yaml")["by_doer"]
    return {rule["kind"]: frozenset(rule.get("unless_beside", [])) for rule in rules}


def keeps_new_kind(new_kind: str, other_kinds: set[str]) -> bool:
    """Whether a kind changed by its doer stands beside the sentence's other event words."""
    return not (_unless_beside().get(new_kind, frozenset()) & other_kinds)


# words before the event word its doer may stand at: a force named with its state or province ("federal
# police of the northern state of Valdoria raided") puts the doer eight words before the raid
_DOER_REACH = 8


def kind_by_doer(tokens: list[Token], start: int, end: int, kind: str) -> str:
    """The trigger's kind once its doer is known: ``kind`` unless a rule names the doer."""
    if end - start != 1:
        return kind
    rule = _rules().get(tokens[start].lower)
    if rule is None:
        return kind
    doers, breaks, other, new_kind, passive = rule
    window: list[str] = []
    for k in range(start - 1, max(-1, start - 1 - _DOER_REACH), -1):
        if tokens[k].lower in breaks:
            break
        window.append(tokens[k].lower)
    after = [t.lower for t in tokens[end : end + 4]]
    if after[:1] == ["by"]:
        window = after[1:]
    elif window[:1] and window[0] in passive:
        # no doer told: the words before name what was raided, a search of "the farm", an attack on
        # "a police post"
        return kind if any(w in doers for w in window) else new_kind
    if any(w in other for w in window) or not any(w in doers for w in window):
        return kind
    return new_kind


_ObjectRule = tuple[frozenset[str], frozenset[str], frozenset[str], str, int]


@cache
def _object_rules() -> dict[str, _ObjectRule]:
    """last word -> (kinds it applies to, objects that change its kind, clause breaks, the new kind,
    how many words away the object may stand)."""
    out: dict[str, _ObjectRule] = {}
    for rule in load_yaml("extract/trigger_senses_en.yaml").get("by_object", []):
        kinds, objects = frozenset(rule["from"]), frozenset(rule["objects"])
        reach = rule.get("reach", _OBJECT_REACH)
        for word in rule["words"]:
            out[word] = (kinds, objects, frozenset(rule.get("breaks", [])), rule["kind"], reach)
    return out


_OBJECT_REACH = 4  # words on either side of the event word (stops and dots of "U.S." not counted)


def _reaches(tokens: list[Token], ks: range, objects: frozenset[str], breaks: frozenset[str], reach: int) -> bool:
    words = 0
    for k in ks:
        word = tokens[k].lower
        if word in breaks or words >= reach:
            return False
        if word in objects:
            return True
        words += any(c.isalnum() for c in word)
    return False


def kind_by_object(tokens: list[Token], start: int, end: int, kind: str) -> str:
    """The trigger's kind once what it was done to is known ("burned eight flags", "set a flag on
    fire"): ``kind`` unless a rule names the object, looked for on each side up to a clause break."""
    rule = _object_rules().get(tokens[end - 1].lower)
    if rule is None or kind not in rule[0]:
        return kind
    _, objects, breaks, new_kind, reach = rule
    if _reaches(tokens, range(end, len(tokens)), objects, breaks, reach):
        return new_kind
    if _reaches(tokens, range(start - 1, -1, -1), objects, breaks, reach):
        return new_kind
    return kind
