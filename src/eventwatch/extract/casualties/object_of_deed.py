"""One plain noun after "a" as the object of a verb that kills or wounds ("killing a cashier",
"shot dead a watchman") is one person, whatever the trade: the people tables cannot list every
trade, and what a deadly verb kills is someone (a noun that counts no one, "a cow", is in
``not_people``)."""

from __future__ import annotations

from eventwatch.extract.casualties.counts import NOT_PEOPLE, is_one_who_died
from eventwatch.extract.casualties.verbs import active_before
from eventwatch.extract.casualties.words import words
from eventwatch.text.numbers import NumberPhrase
from eventwatch.text.tokens import Token

# verbs whose object is no victim of theirs: "left one dead", "claimed a life" (grammar of the readers)
_NOT_DONE_TO = frozenset({"left", "leaving", "claimed", "claiming"}) | words("verbs_hitting_things")


def one_object_of_deed(tokens: list[Token], number: NumberPhrase, np_end: int) -> bool:
    if tokens[number.start_index].lower not in ("a", "an"):
        return False
    active = active_before(tokens, number.start_index)
    if active is None or active[0] not in ("killed", "wounded") or active[1] in _NOT_DONE_TO:
        return False
    # the object right after its verb: "killed at a mosque" places the deed, it counts no one
    verb = active[1].split()
    start = number.start_index - len(verb)
    if start < 0 or [t.lower for t in tokens[start : number.start_index]] != verb:
        return False
    return is_one_who_died(tokens, number, np_end) or _one_described(tokens, number, np_end)


def _one_described(tokens: list[Token], number: NumberPhrase, np_end: int) -> bool:
    """ "killed a teaching assistant", "shot dead a political secretary": one plain word describing the
    person before the noun; the noun still tells no thing or animal (``not_people``)."""
    if number.value != 1 or np_end != number.end_index + 2:
        return False
    described, noun = tokens[number.end_index], tokens[np_end - 1]
    plain = all(t.text.isalpha() and t.text.islower() for t in (described, noun))
    return plain and noun.lower not in NOT_PEOPLE
