"""Who tells of a deed is not who did it: a group named as the source of the news keeps no role.

A communique's author, a front's spokesman "saying" or "condemning", a statement "regarding" the murder:
analysts (ACLED, GTD) code the group that did the deed, and a group that only reports or condemns it is
a source. A group that claims the deed is still read as its author elsewhere ("claimed responsibility").
"""

from __future__ import annotations

from functools import cache

from eventwatch.extract.nationality import with_nationality
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

_BRACKETS = frozenset({"[", "]"})
_PASSIVE = frozenset({"been", "being", "be", "was", "were", "is", "are"})  # grammar, kept in code


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml("actors/roles.yaml")
    report = _saying() | frozenset(data["source_words"])
    return report, frozenset(data["accused_as"]), frozenset(data["passed_on"])


@cache
def _saying() -> frozenset[str]:
    """The verbs of saying, less those that claim a deed ("claimed the bombing")."""
    claims = frozenset(load_yaml("actors/roles.yaml")["claims_deed"])
    return frozenset(load_yaml("extract/reporting_en.yaml")["verbs"]) - claims


def claims_of_others(tokens: list[Token], k: int) -> bool:
    """True for "claimed that" at ``k`` followed by someone else ("the front claimed that the army
    bombed ..."): a report of another's deed, not a claim of one's own."""
    if tokens[k].lower not in _claim_verbs() or k + 2 >= len(tokens) or tokens[k + 1].lower != "that":
        return False
    return tokens[k + 2].lower not in {"it", "they", "we", "its", "their", "our"}


def is_report_verb(word: str, with_claims: bool = False) -> bool:
    """True for a verb of saying ("said", "announced"); ``with_claims``: "claimed" and "claims" too."""
    return word in _saying() or (with_claims and word in _claim_verbs())


@cache
def _claim_verbs() -> frozenset[str]:
    return frozenset(load_yaml("actors/roles.yaml")["claims_deed"])


def reports_between(tokens: list[Token], start: int, stop: int) -> bool:
    """True when the words from ``start`` to ``stop`` make the group before them a source of the news:
    a verb of saying or a "regarding" ("the front said the attack ..."), or a bracketed heading
    ("[communique] [the front] [text] regarding the murder ...")."""
    report, accused_as, _ = _words()
    while start < stop and tokens[start].text in ('"', "'"):
        start += 1  # the name closed its quotes
    if start < stop and tokens[start].text in ("[", "("):
        # 'the "Front" [its name in Spanish] bombed ...': a gloss right after the name is part of it
        close = next((k for k in range(start + 1, stop) if tokens[k].text in ("]", ")")), None)
        start = close + 1 if close is not None else start
    for k in range(start, min(stop, len(tokens))):
        word = tokens[k].lower
        if word in _BRACKETS:
            if word == "]" and _closes_gloss(tokens, k):
                continue  # 'the [Red Dawn Front (FAR)] guerrillas bombed ...': an editor's gloss, no heading
            return True
        if word in report or claims_of_others(tokens, k):
            if k > 0 and tokens[k - 1].lower in _PASSIVE:
                continue  # "the front has been reported to have bombed ...": told of, not telling
            # "rebels accused of the killing": the accused, not a speaker
            if k + 1 < len(tokens) and tokens[k + 1].lower in accused_as:
                continue
            return True
    return False


def _closes_gloss(tokens: list[Token], k: int) -> bool:
    """True when the "]" at ``k`` closes a bracket opened right after a word ("the Red Dawn Front [FAR]",
    "the [Red Dawn Front] guerrillas"): a gloss inside the sentence. A heading's brackets open the text or
    follow another bracket ("[communique] [the front] [text]")."""
    opener = next((j for j in range(k - 1, max(-1, k - 20), -1) if tokens[j].text in ("[", "]")), None)
    if opener is None or tokens[opener].text != "[" or opener == 0:
        return False
    return tokens[opener - 1].text[:1].isalnum()


def passed_on(word: str) -> bool:
    """ "released by", "signed by": the news came from the one named after "by"; "supported by",
    "backed by": the one named after "by" stands behind the doers, and is coded as the doer only where
    the text says it did the deed; "caught by", "apprehended by": the one named stopped the doer."""
    return word in _words()[2] or word in _backers()


@cache
def _backers() -> frozenset[str]:
    data = load_yaml("actors/roles.yaml")
    return frozenset(data["backed_by"]) | frozenset(data["stopped_by"])


_AUXILIARY = frozenset({"has", "have", "had", "also", "today", "yesterday", "then"})  # grammar, kept in code


def speaks(tokens: list[Token], end: int) -> bool:
    """True when a verb of saying follows the group's name: "the front states:", "the group has
    denounced ...", "the Command of the Armed Forces reported ..."."""
    report, accused_as, _ = _words()
    k = _past_gloss(tokens, end)
    if k + 1 < len(tokens) and tokens[k].lower == "of":
        # "the General Staff of the National Army stated": the body of which it is part comes first
        k += 2 if tokens[k + 1].lower == "the" else 1
        stop = k + 5
        while k < min(stop, len(tokens)) and tokens[k].text.isalpha() and tokens[k].lower not in report:
            k += 1
    while k < len(tokens) and k < end + 3 and tokens[k].lower in _AUXILIARY:
        k += 1
    if k >= len(tokens) or not (tokens[k].lower in report or claims_of_others(tokens, k)):
        return False
    return not (k + 1 < len(tokens) and tokens[k + 1].lower in accused_as)


def _past_gloss(tokens: list[Token], end: int) -> int:
    """Where the words after a name go on past its gloss: "the front [FMLN] states", "the front [FMLN]
    states" read from its acronym (the bracket it closes), "the front (FMLN) states"."""
    k = end
    if k < len(tokens) and tokens[k].text in ("[", "("):
        close = "]" if tokens[k].text == "[" else ")"
        k = next((j + 1 for j in range(k + 1, min(len(tokens), k + 6)) if tokens[j].text == close), end)
    elif k < len(tokens) and tokens[k].text in ("]", ")") and k > 1 and tokens[k - 2].text in ("[", "("):
        k += 1  # the name was read from the one-word gloss itself
    elif k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 2].text == "," and tokens[k + 1].text.isalpha():
        k += 3  # "the ... Front, FSLN, termed the charges ...": a one-word aside between commas
    elif k < len(tokens) and tokens[k].text == "," and k > 1 and tokens[k - 2].text == ",":
        k += 1  # the name was read from that aside itself
    return k


@cache
def _toll_nouns() -> frozenset[str]:
    return frozenset(load_yaml("actors/roles.yaml")["held_for_nouns"])


def held_for_nouns(tokens: list[Token], start: int, stop: int) -> list[int]:
    """Indices of words for a deed's toll ("the death of two reporters") from ``start`` to ``stop``: what
    someone "charged with" or "arrested for" is held for, even where no event word names the deed."""
    nouns = _toll_nouns()
    return [k for k in range(start, min(stop, len(tokens))) if tokens[k].lower in nouns]


@cache
def _deed_after() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their first word, so most names are passed over with one look-up."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in load_yaml("actors/roles.yaml")["deed_after"]:
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in by_first.items()}


def held_to_be_doer(tokens: list[Token], end: int) -> bool:
    """True when the words after a group hold it to be the doer: "the army was guilty of the murders",
    '"members of the police" participated in the crime' (a closing quote may come first)."""
    k = end
    # quotes and a few of groups.yaml's member_nouns, written in lower case (all of them, in any case,
    # would change what records cite as evidence)
    while k < len(tokens) and tokens[k].text in ('"', "'", "men", "members", "personnel", "officers"):
        k += 1
    if k >= len(tokens):
        return False
    phrases = _deed_after().get(tokens[k].lower)
    if not phrases:
        return False
    words = tuple(t.lower for t in tokens[k : k + 3])
    return any(words[: len(p)] == p for p in phrases)


@cache
def _blame() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("actors/roles.yaml")
    return frozenset(data["blame_cues"]), frozenset(data["blame_ends"])


@cache
def _holding() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("actors/roles.yaml")
    return frozenset(data["hold_cues"]), frozenset(data["hold_ends"])


_CLAUSE_ENDS = frozenset({".", ";", ":", "?", "!"})  # punctuation, kept in code
_HOLD_BEFORE, _HOLD_AFTER = 5, 10  # words searched each way for "hold ... responsible"


def held_responsible(tokens: list[Token], start: int, end: int) -> bool:
    """True for a body between a word of holding and "responsible" in one clause: "we hold the
    government and the high command responsible", "they held the army accountable for the massacre"."""
    cues, ends = _holding()
    cue = next((k for k in range(start - 1, max(-1, start - 1 - _HOLD_BEFORE), -1) if tokens[k].lower in cues), None)
    if cue is None or any(tokens[k].text in _CLAUSE_ENDS for k in range(cue, start)):
        return False
    for k in range(end, min(len(tokens), end + _HOLD_AFTER)):
        if tokens[k].text in _CLAUSE_ENDS or tokens[k].lower in cues:
            return False
        if tokens[k].lower in ends:
            return True
    return False


def blame_cues() -> frozenset[str]:
    """Words of blame ("hold", "blamed") that may open a blamed name in wire capitals."""
    return _blame()[0]


def blamed_name_start(tokens: list[Token], i: int) -> bool:
    """ "hold the ...", "blamed the ...": a word of blame at ``i`` followed by "the", where wire copy in
    capitals names the group held responsible."""
    return tokens[i].lower in _blame()[0] and i + 1 < len(tokens) and tokens[i + 1].lower == "the"


def blame_ends_at(tokens: list[Token], k: int) -> bool:
    """ "... responsible", "... for the attack": the blamed name ends before ``k``."""
    return k < len(tokens) and tokens[k].lower in _blame()[1]


@cache
def _openers() -> frozenset[str]:
    return frozenset(load_yaml("actors/roles.yaml")["clause_openers"])


def opens_clause(tokens: list[Token], start: int) -> bool:
    """True when the subject starting at ``start`` follows a word that opens a clause ("after the
    troops attacked ..."): its verb is finite, not a reduced passive."""
    k = with_nationality(tokens, start) - 1  # "after Honduran army troops attacked"
    while k >= 0 and tokens[k].lower in ("the", "a", "an", "some", "several"):
        k -= 1
    return k >= 0 and tokens[k].lower in _openers()


@cache
def _government_nouns() -> frozenset[str]:
    return frozenset(load_yaml("actors/roles.yaml")["government_nouns"])


def qualifies_noun(tokens: list[Token], last: int) -> bool:
    """True when "government" at ``last`` qualifies the noun after it ("government soldiers")."""
    return (
        tokens[last].lower == "government" and last + 1 < len(tokens) and tokens[last + 1].lower in _government_nouns()
    )


# pronouns, auxiliaries and the nouns of a group's own people (grammar, kept in code)
_OWN = frozenset({"it", "they", "its", "their", "we", "our"})
_OWN_DOERS = frozenset({"had", "has", "have", "also", "already", "units", "forces", "members", "fighters", "men"})


def claims_deed(tokens: list[Token], start: int, stop: int, deeds: list[int]) -> bool:
    """True when the group tells of its own deed ("the front announced that it dynamited the pipeline",
    "the group said its units attacked"): a claim, which makes the teller the author. The pronoun must
    be the deed's subject ("they are investigating the explosions" claims nothing)."""
    report = _words()[0]
    stop = min(stop, len(tokens))
    for k in range(start, stop):
        if tokens[k].lower in report:
            own = [j for j in range(k + 1, min(len(tokens), k + 4)) if tokens[j].lower in _OWN]
            return any(
                all(tokens[m].lower in _OWN_DOERS for m in range(j + 1, t))
                for j in own
                for t in deeds
                if j < t <= j + 3
            )
    return False
