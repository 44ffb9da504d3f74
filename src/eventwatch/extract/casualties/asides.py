"""Past the asides that stand between the people counted and their verb: ", including a former
delegate,", "– four police and three soldiers –", "who were in the car"."""

from __future__ import annotations

from eventwatch.extract.casualties.figure import has_person
from eventwatch.extract.casualties.noun_phrase import noun_phrase_end
from eventwatch.extract.casualties.verbs import PLAIN_BE, VERB_AFTER_SUBJECT, passive_after
from eventwatch.extract.casualties.words import words
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token


def skip_aside(tokens: list[Token], j: int) -> int:
    """Past an aside between commas: "three people, including a former delegate, were shot"."""
    if j < len(tokens) and tokens[j].lower == "aged":
        # "two boys aged 9 and 7 were killed"
        k = j + 1
        while k < len(tokens) and (tokens[k].text[:1].isdigit() or tokens[k].lower in ("and", ",", "years", "old")):
            k += 1
        return k
    dash_end = dash_aside_end(tokens, j)
    if dash_end is not None:
        return dash_end  # "seven troops – four police and three soldiers – were injured"
    if j < len(tokens) and tokens[j].lower == "including":
        # "five people including three militiamen were executed": up to the verb
        for k in range(j + 1, min(len(tokens), j + 12)):
            if tokens[k].lower in VERB_AFTER_SUBJECT:
                return k
        return j
    if (
        0 < j < len(tokens) - 1
        and tokens[j].text == ","
        and tokens[j + 1].lower in PLAIN_BE
        and tokens[j - 1].lower[:1].isalpha()
    ):
        return j + 1  # "three security personnel, were killed" (not "aged 25 and 26, were")
    if j < len(tokens) and tokens[j].lower in ("who", "that") and j + 1 < len(tokens):
        # "four guards who were riding in the truck were killed", "two people who worked for the mayor were
        # shot dead": past the relative clause to its verb
        for k in range(j + 2, min(len(tokens), j + 20)):
            if tokens[k].lower in ("were", "was") and passive_after(tokens, k + 1) is not None:
                return k
            if _counts_people(tokens, k):
                break  # "explosions that occurred ... where one person was injured": a new subject
        return j
    if j >= len(tokens) or tokens[j].text != "," or j + 1 >= len(tokens):
        return j
    after = tokens[j + 1].lower
    of_them = j + 3 < len(tokens) and tokens[j + 2].lower == "of" and tokens[j + 3].lower in ("them", "whom")
    breakdown = parse_number(tokens, j + 1, allow_article=False) is not None  # "six persons, four civilians and ..."
    if not (of_them or breakdown) and after not in SHARE_ASIDE_START:
        closed = closed_aside_end(tokens, j)
        if closed is None and after in ("who", "that"):
            # "forty villagers, who were travelling in three buses were killed": no closing comma
            relative_end = skip_aside(tokens, j + 1)
            return relative_end if relative_end > j + 1 else j
        return closed if closed is not None else j  # ", five of them children," is an aside too
    first_comma = None
    for k in range(j + 2, min(len(tokens), j + 18)):
        if tokens[k].text == ",":
            if k + 1 < len(tokens) and tokens[k + 1].lower in VERB_AFTER_SUBJECT:
                return k + 1  # the comma that closes the aside comes right before the verb
            if first_comma is None:
                first_comma = k + 1
                if after != "including":
                    break
        elif after == "including" and tokens[k].lower in VERB_AFTER_SUBJECT:
            return k  # "ten guards, including two soldiers were killed": no closing comma
    return first_comma if first_comma is not None else j


def _counts_people(tokens: list[Token], k: int) -> bool:
    """Whether a number at ``k`` inside a relative clause counts people (a new subject) rather than
    things ("who were travelling in three buses")."""
    number = parse_number(tokens, k, allow_article=False)
    if number is None:
        return False
    end = noun_phrase_end(tokens, number.end_index)
    return end == number.end_index or has_person(tokens, number.end_index, end)


# punctuation, not domain words: stays in code
DASHES = frozenset({"–", "—", "-", "--"})


def dash_aside_end(tokens: list[Token], j: int) -> int | None:
    """Past an aside between dashes when the verb follows the closing dash."""
    if j >= len(tokens) or tokens[j].text not in DASHES:
        return None
    opening = j + 1
    while opening < len(tokens) and tokens[opening].text in DASHES:
        opening += 1  # wire copy writes a dash as "--", two tokens
    for k in range(opening, min(len(tokens) - 1, j + 18)):
        if tokens[k].text in DASHES:
            while k + 1 < len(tokens) - 1 and tokens[k + 1].text in DASHES:
                k += 1
            return k + 1 if tokens[k + 1].lower in VERB_AFTER_SUBJECT else None
    return None


def dash_breakdown_end(tokens: list[Token], j: int) -> int | None:
    """Past a breakdown between dashes that opens at ``tokens[j]`` ("four monks -- three Italians and
    one Kenyan -- and two cooks"): the aside holds a number and no other punctuation that ends a clause."""
    if j >= len(tokens) or tokens[j].text not in DASHES:
        return None
    opening = j + 1
    while opening < len(tokens) and tokens[opening].text in DASHES:
        opening += 1
    counted = False
    for k in range(opening, min(len(tokens), j + 16)):
        if tokens[k].text in DASHES:
            while k < len(tokens) and tokens[k].text in DASHES:
                k += 1
            return k if counted else None
        if tokens[k].text in ("(", ")", ".", ";", ":"):
            return None
        counted = counted or parse_number(tokens, k, allow_article=False) is not None
    return None


SHARE_ASIDE_START = words("share_aside_starts")


def closed_aside_end(tokens: list[Token], j: int) -> int | None:
    """Past ", who were accused of helping the police," or ", a professor and a guard," when the
    closing comma comes right before the verb ("two peasants, who ..., have been shot")."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    for k in range(j + 2, min(len(tokens), j + 18)):
        if tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].lower in VERB_AFTER_SUBJECT:
            return k + 1  # a list of names may hold commas of its own: ", A, B and C, were killed"
        if tokens[k].lower in VERB_AFTER_SUBJECT and passive_after(tokens, k + 1) is not None:
            return None  # "two people, a guard was injured": a clause with its own effect, not an aside
    return None
