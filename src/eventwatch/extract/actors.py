"""Who did it and to whom: named groups, descriptions ("gunmen") and their roles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from eventwatch.extract.appositions import described_by_part_of
from eventwatch.extract.claims import with_claimants
from eventwatch.extract.coordinated import coordinated
from eventwatch.extract.membership import done_to, victims_body
from eventwatch.extract.named_description import name_after
from eventwatch.extract.nationality import has_nationality, names_country, names_polity, with_nationality
from eventwatch.extract.phrases import PhraseTable
from eventwatch.extract.speakers import (
    blame_cues,
    blame_ends_at,
    blamed_name_start,
    claims_deed,
    held_for_nouns,
    held_responsible,
    held_to_be_doer,
    opens_clause,
    passed_on,
    qualifies_noun,
    reports_between,
    speaks,
)
from eventwatch.extract.subject_gap import past_aside
from eventwatch.extract.units import past_commander, uniformed_runs, unit_name, unit_runs
from eventwatch.model import ARMED_GROUP_KINDS, STATE_KINDS
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token


@dataclass(frozen=True, slots=True)
class ActorMention:
    name: str
    kind: str
    start: int
    end: int
    start_index: int
    end_index: int
    named: bool  # a named group, not a description
    role: str | None  # perpetrator | target | denied | source (tells of the deed) | None
    joined: bool = False  # held responsible together with the actor before it ("the army and the police")


@cache
def _groups() -> tuple[PhraseTable[tuple[str, str, str]], dict[str, tuple[str, str, str]]]:
    data = load_yaml("actors/groups.yaml")
    entries: list[tuple[str, tuple[str, str, str]]] = []
    acronyms: dict[str, tuple[str, str, str]] = {}
    for group in data["groups"]:
        acronym = next((a for a in group.get("aliases", []) if a.replace("-", "").isupper() and len(a) <= 6), None)
        payload = (group["name"], group["kind"], acronym or "")
        for alias in [group["name"], *group.get("aliases", [])]:
            if alias.replace("-", "").isupper() and len(alias) <= 6:
                acronyms[alias] = payload  # acronyms match case-sensitively
            else:
                entries.append((alias, payload))
    return PhraseTable(entries), acronyms


def group_kind_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The kind of the known group whose name starts at ``tokens[i]`` and the index after the name,
    or None: lets casualty readers tell "five ISIS members" from five other members."""
    groups, acronyms = _groups()
    if tokens[i].text in acronyms:
        return acronyms[tokens[i].text][1], i + 1
    match = groups.match_at(tokens, i)
    return (match.payload[1], match.end_index) if match is not None else None


@cache
def _descriptors() -> PhraseTable[str]:
    data = load_yaml("actors/groups.yaml")
    return PhraseTable((w, d["kind"]) for d in data["descriptors"] for w in d["words"])


@cache
def _deed_qualifiers() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("actors/groups.yaml")["deed_qualifiers"]
    return frozenset(data["words"]), frozenset(data["nouns"])


def _qualifies_deed(tokens: list[Token], start: int, end: int) -> bool:
    """ "a terrorist attack", "terrorist bombs": a one-word description before a noun of the deed or of a
    thing says what kind of deed it was, not who did it."""
    words, nouns = _deed_qualifiers()
    return end == start + 1 and tokens[start].lower in words and end < len(tokens) and tokens[end].lower in nouns


@cache
def _held_places() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("actors/groups.yaml")["held_places"]
    return frozenset(data["cues"]), frozenset(data["places"])


def _holds_place(tokens: list[Token], end: int) -> bool:
    """ "the rebel held town": a group's description, a word of holding and a word for a place name the
    place by who holds it; the group is not said to have done anything."""
    cues, places = _held_places()
    return end + 1 < len(tokens) and tokens[end].lower in cues and tokens[end + 1].lower in places


@cache
def _org_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("actors/groups.yaml")["org_heads"])


_BY = {"by", "of"}  # prepositions (grammar, kept in code)
# the words of roles.yaml that tell a group's role from the words around it
_ROLES = load_yaml("actors/roles.yaml")
_PERP_BEFORE = frozenset(_ROLES["perp_before"])
_NOT_BY_THE_DOER = frozenset(_ROLES["not_by_the_doer"])
_BY_QUALIFIERS = frozenset(_ROLES["by_qualifiers"])
_BY_QUALIFIER_REACH: int = _ROLES["by_qualifier_reach"]
_DENIAL_AFTER = tuple(_ROLES["denial_after"])
_PERP_AFTER = tuple(_ROLES["perp_after"])
_EMPLOYMENT_NOUNS = frozenset(_ROLES["employment_nouns"])
_EMPLOYMENT_VERBS = frozenset(_ROLES["employment_verbs"])


def _employer(tokens: list[Token], start: int) -> bool:
    """ "a support worker for the army", "contractors who work for the firm": the body a victim works for,
    named after a word for his work and "for", "of" or "with"."""
    k = start - 1 if start > 0 and tokens[start - 1].lower == "the" else start
    if k < 2 or tokens[k - 1].lower not in ("for", "of", "with"):
        return False
    word = tokens[k - 2].lower
    return word in _EMPLOYMENT_NOUNS or (word in _EMPLOYMENT_VERBS and tokens[k - 1].lower == "for")


_OWNED_BLAME, _OWNED_BLAME_ENDS = frozenset(_ROLES["owned_blame"]), frozenset(_ROLES["owned_blame_ends"])
_AIMED_AT = frozenset(_ROLES["aimed_at"])
_AIMING_VERBS = frozenset(_ROLES["aiming_verbs"])
_PLACE_CLAUSE = frozenset(_ROLES["place_clause"])
_OWN_DEED = frozenset(_ROLES["own_deed"])
_OWN_DEED_ASIDES = frozenset(_ROLES["own_deed_asides"])
_OWN_DEED_VERBS = frozenset(_ROLES["own_deed_verbs"])
# function words inside a name ("Front for the Liberation of", "Frente de"): grammar, kept in code
_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "del", "la", "al", "el"})


def _name_goes_on(tokens: list[Token], j: int) -> bool:
    """Whether a capitalised name runs on at ``j``: a capitalised word, or a function word between
    capitalised ones ("Front for the Liberation of")."""
    token = tokens[j]
    if token.is_capitalised and token.text[0].isalpha():
        return True
    return token.lower in _CONNECTORS and j + 1 < len(tokens) and tokens[j + 1].is_capitalised


def _org_runs(tokens: list[Token], wire_caps: bool) -> list[tuple[int, int]]:
    """Capitalised word runs that end in an organisation word ("... Liberation Front")."""
    if wire_caps:
        return _named_runs_in_capitals(tokens)
    heads = _org_heads()
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].is_capitalised or not tokens[i].text.isalpha():
            i += 1
            continue
        j = i
        last_head = None
        while j < len(tokens) and (_name_goes_on(tokens, j) or _possessive_mark(tokens, j)):
            if tokens[j].lower in heads:
                last_head = j
            j += 1
        # "the Iranian Revolutionary Guards": a word that qualifies the name after it does not end the name
        while last_head is not None and last_head + 1 < j and tokens[last_head].lower in _QUALIFYING_HEADS:
            last_head = next((k for k in range(last_head - 1, i - 1, -1) if tokens[k].lower in heads), None)
        if last_head is not None and last_head > i:
            start = _run_start(tokens, i, last_head, heads)
            if last_head > start and not names_polity(_as_written(tokens, start, last_head + 1)):
                runs.append((start, _purpose_tail_end(tokens, last_head)))
        i = max(j, i + 1)
    return runs


_QUALIFYING_HEADS = frozenset(load_yaml("actors/groups.yaml")["qualifying_heads"])


def _purpose_tail_end(tokens: list[Token], last_head: int) -> int:
    """Where a name ends: "the Democratic Forces for the Liberation of Rwanda", "the National Union for
    the Total Independence of Angola", "the Popular Council of Upper Ruritania" go on after their
    organisation word through "for (the)" or "of (the)" and the capitalised words after it; any other
    run ends at its organisation word."""
    k = last_head + 1
    if k >= len(tokens) or tokens[k].lower not in ("for", "of"):
        return last_head + 1
    k += 2 if k + 1 < len(tokens) and tokens[k + 1].lower == "the" else 1
    end = k
    while end < len(tokens) and _name_goes_on(tokens, end):
        end += 1
    # the name must close on a capitalised word, not on "of" before a lower-case one
    return end if end > k and tokens[end - 1].is_capitalised else last_head + 1


def _possessive_mark(tokens: list[Token], j: int) -> bool:
    """ "Peoples' Liberation Front": an apostrophe closing the word before it, inside a name."""
    return (
        tokens[j].text in ("'", "’")
        and 0 < j < len(tokens) - 1
        and tokens[j - 1].end == tokens[j].start
        and tokens[j - 1].lower.endswith("s")
        and tokens[j + 1].is_capitalised
    )


def _run_start(tokens: list[Token], i: int, head: int, heads: frozenset[str]) -> int:
    """Where a capitalised run's name starts: past words capitalised only because they open the sentence,
    a count or an article ("Two Lebanese Army soldiers", "A Hizbul Mujahideen commander") and a word for
    some of the group's people or a sentence's first word before "of" ("Members of Oliver Front", "One of
    the United Front")."""
    start = i
    while start < head:
        word = tokens[start].lower
        if word in _CONNECTORS or word in ("a", "an") or parse_number(tokens, start, allow_article=False) is not None:
            start += 1
        elif (
            tokens[start + 1].lower == "of"
            and tokens[start].lower not in heads
            and (start == 0 or tokens[start].lower in _member_nouns())
        ):
            start += 2
        else:
            break
    return start


# wire copy in capitals shows no names by case, so a group's name is taken where the text marks it as
# one: in quotes ('the "Red Dawn Front"'), after a naming word ("a group calling itself ..."), or
# before its acronym when the words sound armed ("... Liberation Army (XLA)")
_GROUP_WORDS = load_yaml("actors/groups.yaml")
_NAMING_CUES = frozenset(_GROUP_WORDS["naming_cues"])
# function words and a few nouns that end a name after a naming word (grammar, kept in code)
_NAME_WORD_STOPS = frozenset(
    {
        "the",
        "a",
        "an",
        "by",
        "and",
        "that",
        "which",
        "who",
        "from",
        "to",
        "in",
        "on",
        "for",
        "with",
        "at",
        "its",
        "their",
        "his",
        "her",
        "members",
        "member",
        "leader",
        "spokesman",
        "were",
        "was",
        "is",
        "are",
        "has",
        "have",
        "had",
        "will",
        "would",
    }
)
_ARMED_NAME_WORDS = frozenset(_GROUP_WORDS["armed_name_words"])
# parties, civic bodies and the state's own forces named with their acronyms are not armed groups
_CIVIC_NAME_WORDS = frozenset(_GROUP_WORDS["civic_name_words"])


# "shot by a member of the Rural Unity Party", "planted by members of the Valley Workers' Federation [VWF]":
# whatever the body, its members did the deed, so its name is read even without an armed-sounding word
_MEMBER_WORDS = frozenset(_GROUP_WORDS["members_of"])
# ... but the state's own bodies are read by their own words ("members of the national police")
_STATE_NAME_WORDS = frozenset(_GROUP_WORDS["state_name_words"])
# the words that may stand between "by" and "of the" ("by a member", "by members and sympathizers")
_BEFORE_MEMBERS = _MEMBER_WORDS | {"and", "a", "some", "several"}


def _by_members_of(tokens: list[Token], i: int) -> bool:
    """ "by members of the ...", "by a member of the ...", "by members and sympathizers of the ..." at ``i``."""
    if not (i + 3 < len(tokens) and tokens[i + 1].lower == "of" and tokens[i + 2].lower == "the"):
        return False
    k = i - 1
    while k >= 0 and k > i - 5 and tokens[k].lower in _BEFORE_MEMBERS:
        k -= 1
    return k >= 0 and tokens[k].lower == "by"


def _members_run(tokens: list[Token], start: int, heads: frozenset[str]) -> tuple[int, int] | None:
    """The name after "members of the": up to its acronym in brackets, else its last organisation word."""
    stop = start
    while stop < min(len(tokens), start + 12) and (_is_name_word(tokens[stop]) or tokens[stop].lower in _CONNECTORS):
        stop += 1
    while stop > start and tokens[stop - 1].lower in _CONNECTORS:
        stop -= 1
    if stop - start < 2 or {t.lower for t in tokens[start:stop]} & _STATE_NAME_WORDS:
        return None
    bracketed = stop + 2 < len(tokens) and tokens[stop].text in ("(", "[") and tokens[stop + 2].text in (")", "]")
    if bracketed and tokens[stop + 1].text.isalpha():
        return start, stop
    last = max((k for k in range(start, stop) if tokens[k].lower in heads), default=None)
    return (start, last + 1) if last is not None and last > start else None


def _is_name_word(token: Token) -> bool:
    return token.text[:1].isalpha() and token.lower not in _NAME_WORD_STOPS


def _blamed_runs(tokens: list[Token], start: int, heads: frozenset[str]) -> list[tuple[int, int]]:
    """The names blamed from ``start`` on, each ending at an organisation word: "blamed the Red Hand
    Front for ...", and "the Red Hand Front and the Green Tiger Commandos responsible": "and the"
    between two names parts two parties blamed, where one run would read them as one group."""
    n = len(tokens)
    runs: list[tuple[int, int]] = []
    while True:
        stop = start
        while stop < min(n, start + 7) and (_is_name_word(tokens[stop]) or tokens[stop].lower in _CONNECTORS):
            if tokens[stop].lower == "and" and stop + 1 < n and tokens[stop + 1].lower == "the":
                break
            stop += 1
        last = max((k for k in range(start, stop) if tokens[k].lower in heads), default=None)
        if last is None or last <= start:
            # "the Red Hand Front and the government responsible": a body with no name of its own ends it
            ended = any(blame_ends_at(tokens, k) for k in range(start + 1, stop + 1))
            return runs if runs and ended else []
        runs.append((start, last + 1))
        if blame_ends_at(tokens, last + 1):
            return runs
        if last + 1 != stop or stop >= n or tokens[stop].lower != "and":
            return []
        start = stop + 2


def _named_runs_in_capitals(tokens: list[Token]) -> list[tuple[int, int]]:
    heads = _org_heads() | {"force", "group"}
    cues = blame_cues()
    runs: list[tuple[int, int]] = []

    def head_run(start: int, stop: int) -> None:
        """The words from ``start`` up to the last organisation word before ``stop``."""
        last = max((k for k in range(start, stop) if tokens[k].lower in heads), default=None)
        if last is not None and last > start:
            runs.append((start, last + 1))

    n = len(tokens)
    for i, token in enumerate(tokens):
        if token.text == '"':
            close = next((k for k in range(i + 1, min(n, i + 9)) if tokens[k].text == '"'), None)
            # 'the "2 June" Revolutionary Forces': a day in quotes names a group too
            if close is not None and all(
                _is_name_word(tokens[k]) or tokens[k].lower in _CONNECTORS or tokens[k].text.isdigit()
                for k in range(i + 1, close)
            ):
                stop = close
                if not any(tokens[k].lower in heads for k in range(i + 1, close)):
                    # 'the "Cinchonero" People's Liberation Front': the quotes hold part of the name
                    stop = close + 1
                    while stop < min(n, close + 5) and _is_name_word(tokens[stop]):
                        stop += 1
                head_run(i + 1, stop)
        elif token.lower in _NAMING_CUES or (token.lower == "itself" and i > 0 and tokens[i - 1].lower == "calling"):
            if token.lower == "calling" and i + 1 < n and tokens[i + 1].lower == "itself":
                continue
            start = i + 1
            while start < n and tokens[start].lower in ("the", '"', "a"):
                start += 1
            stop = start
            while stop < min(n, start + 7) and (_is_name_word(tokens[stop]) or tokens[stop].lower in _CONNECTORS):
                stop += 1
            # 'a self-named rightist commando unit, the "Juan Perez Front"': the quoted name follows
            if not any(t.text == '"' for t in tokens[stop : stop + 3]):
                head_run(start, stop)
            # "the gang called the Hawks": a gang's name needs no organisation word
            gang = i > 0 and tokens[i - 1].lower in ("gang", "band") and 1 <= stop - start <= 3
            if gang and not any(tokens[k].lower in heads for k in range(start, stop)):
                runs.append((start, stop))
        elif token.lower in _MEMBER_WORDS and _by_members_of(tokens, i):
            run = _members_run(tokens, i + 3, heads)
            if run is not None:
                runs.append(run)
        elif token.lower in cues and blamed_name_start(tokens, i):
            runs.extend(_blamed_runs(tokens, i + 2, heads))
        elif token.text in ("(", "[") and i + 2 < n and tokens[i + 2].text in (")", "]", ","):
            acronym = tokens[i + 1].text
            if not (acronym.replace("-", "").isalpha() and acronym.isupper() and 2 <= len(acronym) <= 8):
                continue
            start = i
            while start > max(0, i - 6) and (
                _is_name_word(tokens[start - 1])
                or (tokens[start - 1].lower in _CONNECTORS - {"the"} and start > 1 and _is_name_word(tokens[start - 2]))
                # "the press committee of the armed forces (XYZ)": the acronym names the whole body
                # (not "guerrillas of the ... army (XYZ)": some of the group's people)
                or (
                    tokens[start - 1].lower == "the"
                    and start > 2
                    and tokens[start - 2].lower == "of"
                    and _is_name_word(tokens[start - 3])
                    and tokens[start - 3].lower not in _member_nouns() | _MEMBER_WORDS
                )
            ):
                start -= 1
            while start < i and tokens[start].lower in _CONNECTORS:
                start += 1
            words = {t.lower for t in tokens[start:i]}
            if (
                i - start >= 2
                and tokens[i - 1].lower in heads
                and words & _ARMED_NAME_WORDS
                and not (words & _CIVIC_NAME_WORDS)
            ):
                runs.append((start, i))
    return runs


_STATE_FORCE_RUNS = frozenset(_GROUP_WORDS["state_force_runs"])
_RUN_KINDS = tuple((kind, frozenset(words)) for kind, words in _GROUP_WORDS["run_kinds"].items())


def _kind_of_run(words: list[str]) -> str:
    """The first kind of groups.yaml's run_kinds with a word in the run: "the Atlacatl Battalion" is
    a unit of the army."""
    lowered = {w.lower() for w in words}
    country = (has_nationality(words[0]) or names_country(words[0])) if words else False
    # "the Armed Forces of the Philippines": a country after "of (the)" names the state as one before does
    tail = words.index("of") if "of" in words else len(words)
    if tail < len(words) and names_country(" ".join(w for w in words[tail + 1 :] if w != "the")):
        lowered = {w.lower() for w in words[:tail]}
    if lowered - ({words[0].lower()} if country else set()) <= _STATE_FORCE_RUNS:
        return "military"  # "the Lebanese Army", "the Armed Forces": a state's forces
    return next((kind for kind, kind_words in _RUN_KINDS if lowered & kind_words), "militants")


# "the air force has bombed", "the national guard murdered a student", "an air force helicopter strafed",
# "the air force began bombing": forces named as the subject of a deed
_AUXILIARIES = frozenset(_ROLES["force_deed_gap"])
_ONGOING = frozenset({"began", "continued", "started", "is", "are", "was", "were"})
_DEED_ENDINGS = ("ed", "shot")
# "two soldiers killed in an ambush": the deed was done to them (a reduced passive)
_PASSIVE_NEXT = frozenset({"in", "by", "when", "during", "after", "while", "and", ",", ".", "as", "at", "on"})


def _manner_adverb(word: str) -> bool:
    """ "the battalion indiscriminately bombed", "troops reportedly shot": an adverb between subject and verb."""
    return len(word) > 4 and word.endswith("ly") and word.isalpha()


# words that open a deed's object ("killed the mayor", "shot their guards"): grammar, kept in code
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "several", "some", "dozens"})


def _object_follows(tokens: list[Token], k: int) -> bool:
    """True when an object starts at ``k`` ("four peasants", "the mayor"): the verb before it is active."""
    return k < len(tokens) and (tokens[k].lower in _OBJECT_OPENERS or parse_number(tokens, k) is not None)


def _past_joined_deeds(tokens: list[Token], t: int) -> int:
    """The word after the deed verb at ``t`` and the deed verbs joined to it by "and": "the army bombed
    and strafed the hamlet" is active, its object after the last verb, where "and" right after "bombed"
    alone would read as a reduced passive ("soldiers killed and buried in ..." stays one)."""
    k = t + 1
    while k + 1 < len(tokens) and tokens[k].lower == "and" and tokens[k + 1].lower.endswith(_DEED_ENDINGS):
        k += 2
    return k


def _does_deed(tokens: list[Token], start: int, end: int, trigger_indices: list[int]) -> bool:
    # "five soldiers killed four peasants": a counted force does the deed only when its verb takes an
    # object or an auxiliary of its own; "five soldiers killed in an ambush", "... were killed" are victims
    counted = start > 0 and parse_number(tokens, start - 1, allow_article=False) is not None
    end = past_aside(tokens, past_commander(tokens, end, trigger_indices), trigger_indices)
    for t in trigger_indices:
        if not end <= t <= end + 3:
            continue
        word = tokens[t].lower
        between = [tokens[k].lower for k in range(end, t)]
        if not all(w in _AUXILIARIES or (w in _ONGOING and word.endswith("ing")) or _manner_adverb(w) for w in between):
            continue
        ongoing = word.endswith("ing") and tokens[t - 1].lower in _ONGOING  # "began bombing", "is bombing"
        if not (word.endswith(_DEED_ENDINGS) or ongoing) or word == "died":
            continue
        auxiliary = ongoing or any(tokens[k].lower in ("has", "have", "had") for k in range(end, t))
        if counted:
            if auxiliary or _object_follows(tokens, t + 1):
                return True
            continue
        auxiliary = auxiliary or opens_clause(tokens, start)
        after = _past_joined_deeds(tokens, t)
        if auxiliary or (after < len(tokens) and tokens[after].lower not in _PASSIVE_NEXT):
            return True
    return not counted and _does_own_deed(tokens, end, trigger_indices)


def _does_own_deed(tokens: list[Token], end: int, trigger_indices: list[int]) -> bool:
    """ "the air force resumed its raids", "troops stepped up their attacks": a force, a verb that starts or
    keeps up a deed and "its"/"their" before a deed noun tell the force's own deed, though the deed word is
    a noun; words of time may stand before the verb ("the air force this morning resumed its raids") and
    one word between "its" and the deed ("its aerial attacks")."""
    while end < len(tokens) and tokens[end].lower in _OWN_DEED_ASIDES:
        end += 1
    if end >= len(tokens) or tokens[end].lower not in _OWN_DEED_VERBS:
        return False
    det = end + 2 if end + 1 < len(tokens) and tokens[end + 1].lower in ("up", "out") else end + 1
    if det >= len(tokens) or tokens[det].lower not in _OWN_DEED:
        return False
    return any(det < t <= det + 2 and tokens[t - 1].text.isalpha() for t in trigger_indices)


def _aiming_verb_before(tokens: list[Token], start: int) -> bool:
    """Whether a verb of aiming stands before ``start`` as "targeted (the)", or "targeted (a) NOUN of
    (the)": the group or its people's place is the object aimed at."""
    k = start - 1 if start >= 1 and tokens[start - 1].lower == "the" else start
    if k >= 3 and tokens[k - 1].lower == "of" and tokens[k - 2].text[:1].isalpha():
        k -= 2
        k = k - 1 if tokens[k - 1].lower in ("a", "an", "the") else k
    return k >= 1 and tokens[k - 1].lower in _AIMING_VERBS


def _aimed_at(tokens: list[Token], start: int, end: int, trigger_indices: list[int]) -> bool:
    """A group the deed was aimed at, not its doer: "attacks on FMLN positions", "raids against the rebels"
    (a deed word, then "on"/"against"), or "bombed the hills where the rebels are entrenched" (the
    group describes the place struck, after "where", with no deed of its own in that clause)."""
    if _aiming_verb_before(tokens, start):
        return True  # "targeted the X", "targeted a convoy of X fighters", "targeted positions of the X"
    k = start - 1 if start >= 1 and tokens[start - 1].lower != "the" else start - 2
    if k < 0:
        return False
    word = tokens[k].lower
    if word in _AIMED_AT:
        return any(k - 2 <= t < k for t in trigger_indices)
    if word not in _PLACE_CLAUSE or not any(t < k for t in trigger_indices):
        return False
    stop = next((i for i in range(end, len(tokens)) if tokens[i].text in (",", ";", ".")), len(tokens))
    return not any(end <= t < stop for t in trigger_indices)


def _by_index(tokens: list[Token], start: int) -> int | None:
    """Index of the "by" that introduces an actor: "by guerrillas", "by the army", "by suspected rebels",
    "by members of the national police", "by troops of the 3d Brigade", "by the Peruvian army", and "by an
    FMLN sniper" (the article before an acronym said with a vowel)."""
    start = _chain_start(tokens, with_nationality(tokens, _past_gloss(tokens, start)))
    if start >= 1 and tokens[start - 1].lower == "by":
        return start - 1
    if start >= 2 and tokens[start - 2].lower == "by" and tokens[start - 1].lower in {"the", "a", "an", "suspected"}:
        return start - 2
    # "by masked gunmen", "by the heavily armed men": words that only describe the doer stand between
    k = start
    while k > max(0, start - _BY_QUALIFIER_REACH) and tokens[k - 1].lower in _BY_QUALIFIERS:
        k -= 1
    if k < start and k >= 2 and tokens[k - 1].lower in ("the", "a", "an"):
        k -= 1
    if k < start and k >= 1 and tokens[k - 1].lower == "by":
        return k - 1
    return None


def _past_gloss(tokens: list[Token], start: int) -> int:
    """ "by the PUR [Party of Rural Unity] government": a name glossed in brackets before
    the noun modifies it; where that name begins."""
    if start < 3 or tokens[start - 1].text not in ("]", ")"):
        return start
    opener = "[" if tokens[start - 1].text == "]" else "("
    k = next((k for k in range(start - 2, max(0, start - 10), -1) if tokens[k].text == opener), None)
    if k is None or k < 1 or not tokens[k - 1].text[:1].isalpha() or tokens[k - 1].lower in _BY | {"the", "a"}:
        return start
    return k - 1


@cache
def _member_nouns() -> frozenset[str]:
    return frozenset(load_yaml("actors/groups.yaml")["member_nouns"])


@cache
def _command_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("actors/groups.yaml")
    return frozenset(data["command_nouns"]), frozenset(data["command_qualifiers"])


def _chain_start(tokens: list[Token], start: int) -> int:
    """Where "members of the" before a group begins: the deed's verb speaks of the members (or of
    those who lead the force: "the general staff of the army")."""
    if not (start >= 2 and tokens[start - 1].lower in ("of", "from", "the")):
        return start
    k = start - 1 if tokens[start - 1].lower in ("of", "from") else start - 2
    # "troops from the 3d Brigade" as "troops of the 3d Brigade"
    if k < 1 or tokens[k].lower not in ("of", "from"):
        return start
    command, qualifiers = _command_words()
    if tokens[k - 1].lower in command and tokens[k].lower == "of":
        k -= 1
        while k >= 1 and tokens[k - 1].lower in qualifiers:
            k -= 1  # "the high command of the", "the general staff of the"
        return k - 1 if k >= 1 and tokens[k - 1].lower in ("the", "a") else k
    if tokens[k - 1].lower not in _member_nouns():
        return start
    k -= 1
    # "a patrol of the", "five soldiers of the"
    while k >= 1 and (
        tokens[k - 1].lower in ("some", "several", "the", "a", "an")
        or parse_number(tokens, k - 1, allow_article=False) is not None
    ):
        k -= 1
    return k


# "the arrest of 45 soldiers for killing six priests", "two officers were charged with the murder": held for the deed
_HELD = frozenset(_ROLES["held_for_deed"])


_FOR = frozenset({"for", "with", "in", "of"})
_HELD_REDUCED = frozenset(_ROLES["held_reduced"])
_DOER_IDENTIFIED = PhraseTable((phrase, True) for phrase in _ROLES["doer_identified"])
_DOER_NOUNS = frozenset(_ROLES["doer_nouns"])


def _named_the_doer(tokens: list[Token], start: int, end: int, trigger_indices: list[int]) -> bool:
    """ "the soldiers were the ones who shot the students": words after the group name it the doer of the
    deed told right after them; "the killers were soldiers", "the murderers were the police": a noun for the
    doers and "were"/"was" right before it."""
    k = _chain_start(tokens, start)  # "the killers were members of the national police"
    k = k - 1 if k >= 1 and tokens[k - 1].lower == "the" else k
    if k >= 2 and tokens[k - 1].lower in ("were", "was") and tokens[k - 2].lower in _DOER_NOUNS:
        return True
    k = end + 1 if end < len(tokens) and tokens[end].lower in _member_nouns() else end  # "police agents were"
    phrase = _DOER_IDENTIFIED.match_at(tokens, k)
    return phrase is not None and any(phrase.end_index <= t <= phrase.end_index + 2 for t in trigger_indices)


def _held_for_deed(tokens: list[Token], start: int, end: int, trigger_indices: list[int]) -> bool:
    chain = _chain_start(tokens, start)
    # "implicated four officers, including a colonel, and five members of the army in the murder": the
    # word of holding may stand before a list of the people held, with no other deed in between
    held_before = (
        any(
            tokens[k].lower in _HELD
            and not any(k < t < chain for t in trigger_indices)
            and not any(w.lower == "by" for w in tokens[k + 1 : chain])  # "detained by the police": the holder
            for k in range(max(0, chain - 12), chain)
        )
        and not any(t.text in (";", ":") for t in tokens[max(0, chain - 12) : chain])
    )
    verb = end + 1 if end + 2 < len(tokens) and tokens[end + 1].lower == "being" else end  # "are being charged"
    held_after = (
        verb + 1 < len(tokens)
        and tokens[end].lower in ("were", "was", "are", "is", "been")
        and tokens[verb + 1].lower in _HELD
    )
    # "the five soldiers, including a sergeant, charged with killing ...": held in a reduced passive
    after = past_aside(tokens, end, trigger_indices)
    reduced = (
        after + 1 < len(tokens)
        and tokens[after].lower in _HELD_REDUCED
        and tokens[after + 1].lower in ("with", "for", "of")
    )
    if reduced:
        end = after
    elif not (held_before or held_after):
        return False
    deeds = [*trigger_indices, *held_for_nouns(tokens, end, end + 9)]
    return any(end < t <= end + 8 and {w.lower for w in tokens[t - 2 : t]} & _FOR for t in deeds)


# "according to the front": the one named after these tells of the deed (roles.yaml source_before)
_SOURCE_BEFORE = tuple(tuple(p.split()) for p in _ROLES["source_before"])


def _told_by(tokens: list[Token], k: int) -> bool:
    """True when one of source_before ends right before ``k``."""
    return any(k >= len(p) and tuple(t.lower for t in tokens[k - len(p) : k]) == p for p in _SOURCE_BEFORE)


def _owner_of_next(tokens: list[Token], end: int, stop: int) -> bool:
    """True when the word after a name (past a bracketed gloss) is a possessive before the deed ("the
    front [its name in Spanish] leader's assassination"): the name qualifies that person."""
    k = end + 1 if end < stop and tokens[end].text in ("]", ")") else end  # the name was the gloss
    if k < stop and tokens[k].text in ("[", "("):
        k = next((j + 1 for j in range(k + 1, stop) if tokens[j].text in ("]", ")")), k)
    return k < stop and tokens[k].lower.endswith(("'s", "’s"))


def _owns_blame(tokens: list[Token], end: int) -> bool:
    """True when the name ending at ``end`` is a possessive before a noun of blame and "for" or "in"
    ("the government's responsibility for the massacre"): the text holds that body to be the doer."""
    return (
        0 < end < len(tokens) - 1
        and tokens[end - 1].is_possessive
        and tokens[end].lower in _OWNED_BLAME
        and tokens[end + 1].lower in _OWNED_BLAME_ENDS
    )


_ATTRIBUTION = frozenset(_ROLES["attributed_to"])
_ATTRIBUTION_REACH = 6  # words between the verb and "to": "attributed the murder of the mayor to"


def _attributed_to(tokens: list[Token], start: int) -> bool:
    """True for a body after "to" or "on" where a verb of attribution comes a few words before in the
    same clause: "attributed the murder of the mayor to the cartel", 'blamed the attack on "rogue"
    police units'. Quotes, "the" and one word qualifying the body may stand after "to"."""
    k, qualifiers = start - 1, 0
    while k >= 0 and tokens[k].lower not in ("to", "on"):
        if tokens[k].text not in ('"', "'") and tokens[k].lower != "the":
            qualifiers += 1
        if qualifiers > 1 or start - k > 4 or not tokens[k].text[:1].isalpha() and tokens[k].text not in ('"', "'"):
            return False
        k -= 1
    if k < 0:
        return False
    for j in range(k - 1, max(-1, k - 1 - _ATTRIBUTION_REACH), -1):
        if tokens[j].lower in _ATTRIBUTION:
            return True
        if not tokens[j].text[:1].isalnum() and tokens[j].text not in ('"', "'"):
            return False  # the clause ends
    return False


_ANSWERED_DOERS = frozenset(_ROLES["answered_doers"])
_ANSWERED_OPENERS = frozenset(_ROLES["answered_openers"])
# passive auxiliaries before "... by" (grammar, kept in code)
_PASSIVE_AUX = frozenset({"was", "were", "being"})


def _answered_the_doer(tokens: list[Token], by: int) -> bool:
    """ "the gunman was shot dead by police", "before being killed by troops": the deed told before "by"
    was done to the doer, so who did it answered the deed rather than did it."""
    for k in range(by - 1, max(0, by - 6), -1):
        if tokens[k].lower in _PASSIVE_AUX:
            before = tokens[k - 1].lower
            return before in (_ANSWERED_OPENERS if tokens[k].lower == "being" else _ANSWERED_DOERS)
    return False


def _role(
    tokens: list[Token], start: int, end: int, trigger_indices: list[int], kind: str, named: bool = True
) -> str | None:
    """``named``: a named group or force. Groups and forces may be a source of the news ("the front said
    ..."); a gunman or attacker who speaks tells of his own deed ("the gunman said he shot them")."""
    teller = named or kind != "unidentified armed group"
    if _owns_blame(tokens, end):
        return "perpetrator"  # "the army's responsibility for the killings"
    by = _by_index(tokens, start)
    if by is not None:
        # "it was reported by the national police": the source of the news, not the attacker
        # "reported today by", "rescued by the army", "cordoned off by police": not who did the deed
        reported = any(t.lower in _NOT_BY_THE_DOER for t in tokens[max(0, by - 2) : by])
        reported = reported or (by > 0 and passed_on(tokens[by - 1].lower))  # "supported by", "signed by"
        reported = reported or _answered_the_doer(tokens, by)  # "the gunman was shot by police"
        return None if reported else "perpetrator"
    before = [t.lower for t in tokens[max(0, start - 3) : start]]
    if teller and _told_by(tokens, start - 1 if before[-1:] == ["the"] else start):
        return "source"  # "according to the front, the clash ...": who tells of it
    chain = _chain_start(tokens, start)  # "accusing members of the army of the crime": the members are accused
    accused = any(t.lower in _PERP_BEFORE for t in tokens[max(0, chain - 3) : chain]) if chain < start else False
    if any(w in _PERP_BEFORE for w in before) or accused or _held_for_deed(tokens, start, end, trigger_indices):
        return "perpetrator"
    if held_responsible(tokens, start, end):
        return "perpetrator"  # "we hold the government and the high command responsible for the attack"
    if _named_the_doer(tokens, start, end, trigger_indices):
        return "perpetrator"
    if before[-1:] in (["on"], ["to"]) or before[-2:] in (["on", "the"], ["to", "the"]):
        cut = start - (2 if before[-1] == "the" else 1)
        if any(t.lower in _PERP_BEFORE for t in tokens[max(0, cut - 4) : cut]):
            return "perpetrator"  # "blamed it on the drug mafia", "attributed the murder to the cartel"
    if _attributed_to(tokens, start):
        return "perpetrator"  # 'attributed the murder of the mayor to "rogue" army units'
    if _employer(tokens, start):
        return "target"  # "a driver for the aid agency was shot": the victim's employer
    if victims_body(tokens, start, end, trigger_indices):
        return "target"  # "the mayor, who was a member of the party, was shot": the victim's side
    if kind not in STATE_KINDS and _aimed_at(tokens, start, end, trigger_indices):
        return "target"
    after = " ".join(t.lower for t in tokens[end : end + 3])
    # a few of member_nouns (all of them would change what records cite as evidence)
    if end < len(tokens) and tokens[end].lower in ("men", "personnel", "members", "officers", "units"):
        after = " ".join(t.lower for t in tokens[end + 1 : end + 4])  # "military men are suspected"
    if any(after.startswith(p) for p in _PERP_AFTER) or held_to_be_doer(tokens, end):
        return "perpetrator"
    if any(after.startswith(p) for p in _DENIAL_AFTER):
        return "denied"  # "the Taliban denied involvement": not the perpetrator
    if teller and speaks(tokens, end):
        if claims_deed(tokens, end, end + 8, trigger_indices):
            return "perpetrator"  # "the front announced that it had dynamited ...": a claim
        return "source"  # "the front states:", "the group has condemned ...": who tells of it
    if not trigger_indices:
        return None
    # a named body that bears no arms (a party, kind "other") did a deed, like the state's forces, only
    # as the subject of its verb; near a deed it is mostly the victims' side ("a leader of the party, the
    # first to be killed by ...")
    if kind in STATE_KINDS or (named and kind == "other"):
        if _does_deed(tokens, start, end, trigger_indices):
            return "perpetrator"
        return "target" if any(t < start for t in trigger_indices) else None
    if any(t >= end and t - end <= 8 for t in trigger_indices):
        nearest = min(trigger_indices, key=lambda t: abs(t - end))
        between = {tokens[k].lower for k in range(end, nearest)}
        if teller and reports_between(tokens, end, nearest):
            if claims_deed(tokens, end, nearest, trigger_indices):
                return "perpetrator"  # "the front announced that it had dynamited ...": a claim
            return "source"  # "the front said the bombing ...": who tells of the deed
        if _owner_of_next(tokens, end, nearest):
            return "target"  # "the front [gloss] leader's assassination": the deed was done to one of its own
        if not between & {"were", "was", "been", "against", "on"}:
            return "perpetrator"
    if kind in ARMED_GROUP_KINDS:
        # "members of the ELN", "identified themselves as ...": the group behind it
        if before[-2:] == ["members", "of"] or before[-3:-1] == ["members", "of"] or "as" in before[-2:]:
            # "two members of the front were killed": the deed was done to its members
            return "target" if "as" not in before[-2:] and done_to(tokens, end, trigger_indices) else "perpetrator"
        # a named armed group is a target only as the direct object: "attacked the FARC"
        if any(0 <= start - t <= 3 for t in trigger_indices) and "of" not in before:
            return "target"
        return None
    if any(t < start for t in trigger_indices):
        return "target"
    return None


# "four FAL rifles": an acronym before a gun word names the gun's model, not a group
_WEAPONS = load_yaml("extract/weapons_en.yaml")
_GUN_WORDS = frozenset(_WEAPONS["guns"]) | frozenset(_WEAPONS["ammunition"])


def _title(word: str) -> str:
    """A word of wire copy in capitals as a name writes it: "Zarate-Willka", "of", "People's"."""
    if word.lower() in _CONNECTORS:
        return word.lower()
    return "-".join(part.capitalize() for part in word.split("-"))


def _shortens(surface: str, canonical: str) -> bool:
    """A short name made of the full name's own words ("Cinchoneros", "Tupac Amaru"): the full name says more."""
    full_words = set(canonical.lower().replace("-", " ").split())
    return set(surface.lower().replace("-", " ").split()) < full_words  # "19 April Movement" stays as written


def _display(surface: str, canonical: str, kind: str, acronym: str, wire_caps: bool) -> str:
    """The name as reported, in ACLED's "ACRONYM: Name" style when the group has an acronym."""
    if wire_caps:
        surface = " ".join(w if w in (acronym, "FARC-EP") else _title(w) for w in surface.split())
    if surface.lower().replace("’", "'") == canonical.lower() or _shortens(surface, canonical):
        surface = canonical  # "AL-SHABAAB" is al-Shabaab; "the Cinchoneros" are the whole movement
    if acronym and surface.upper() == acronym.upper():
        return f"{acronym}: {canonical}"
    return f"{acronym}: {surface}" if acronym else surface


def _same_words(words: list[str], canonical: str) -> bool:
    content = {w.lower() for w in words if w != '"'} - _CONNECTORS
    return content <= set(canonical.lower().split()) - _CONNECTORS


@cache
def _known_words() -> dict[str, frozenset[str]]:
    """The words of each known group's name and aliases, by its acronyms."""
    words: dict[str, frozenset[str]] = {}
    for group in load_yaml("actors/groups.yaml")["groups"]:
        names = [group["name"], *group.get("aliases", [])]
        found = frozenset(w for n in names for w in _content_words(n))
        for alias in names:
            if alias in _groups()[1]:
                words[alias] = found
    return words


def _content_words(name: str) -> set[str]:
    return {w for w in name.lower().replace("-", " ").replace('"', " ").split() if w not in _CONNECTORS}


def shadowed_group(name: str) -> str | None:
    """For a name a text gives with a known group's acronym ("FPL: 2 June Revolutionary Forces"),
    the record name of that known group when the text's name is another group's (it shares under half
    its words with the known one's names); None otherwise."""
    acronym, _, rest = name.partition(": ")
    payload = _groups()[1].get(acronym)
    if payload is None or not rest:
        return None
    words = _content_words(rest)
    if 2 * len(words & _known_words()[acronym]) >= len(words):
        return None  # "ELN: Army of National Liberation" is the ELN, told in other words
    return _display(acronym, *payload, False)


def _acronym_after(tokens: list[Token], end: int, wire_caps: bool) -> tuple[str, int | None]:
    """ "(ESA)", "[FPL]" or ", FPL," right after a name: its acronym, and the acronym's index when it
    stands between commas (there it reads as a known group's acronym unless the name claims it)."""
    if end < len(tokens) and tokens[end].text == '"':
        end += 1  # the name closed its quotes first: '"Secret Army" (SA)'
    if end + 2 >= len(tokens) or tokens[end].text not in ("(", "[", ","):
        return "", None
    word = tokens[end + 1].text
    if not (word.replace("-", "").isalpha() and word.isupper() and 2 <= len(word) <= 8):
        return "", None
    if tokens[end].text != ",":
        return (word, None) if tokens[end + 2].text in (")", "]", ",") else ("", None)
    # "..., FPL, announced": in capitals every word looks like an acronym, so only a known one is taken
    known = word in _groups()[1] or not wire_caps
    if known and len(word) <= 6 and tokens[end + 2].text in (",", "[", "("):
        return word, end + 1
    return "", None


def _as_written(tokens: list[Token], start: int, end: int, form: Callable[[str], str] | None = None) -> str:
    """The words of a name as the text writes them: tokens with no space between them stay joined
    ("Workers' Party", not "Workers ' Party"; "19th", not "19 th"), quotes are left out. ``form``
    rewrites each word (wire copy's capitals as a name writes them)."""
    words: list[str] = []
    last = -1  # the index of the last token kept
    for k in range(start, end):
        text = tokens[k].text
        if text == '"':
            continue
        if last == k - 1 and tokens[last].end == tokens[k].start:
            words[-1] += text.lower() if words[-1][-1:].isdigit() else (form(text) if form else text)
        else:
            words.append(form(text) if form else text)
        last = k
    return " ".join(words)


def _descriptor_end(tokens: list[Token], end: int, kind: str, starts: set[int]) -> int | None:
    """Where a description's name ends. "army soldiers", "police agents": a state force's word before a
    word for its people makes one actor, so the name takes that word too. A description ending in a
    function word ("soldiers of the") names no one itself: None when an actor starts right after it (in ``starts``)
    (the unit after it is the actor), else the end without the function words."""
    if kind in STATE_KINDS and kind != "state forces" and end < len(tokens) and tokens[end].lower in _member_nouns():
        return end + 1
    if tokens[end - 1].lower not in _CONNECTORS:
        return end
    if end in starts:
        return None
    while tokens[end - 1].lower in _CONNECTORS:
        end -= 1
    return end


@cache
def _own_people_words() -> frozenset[str]:
    data = load_yaml("actors/groups.yaml")
    return (
        _member_nouns()
        | _org_heads()
        | frozenset(data["part_of_group"]["parts"])
        | frozenset(w for d in data["descriptors"] for w in d["words"] if " " not in w)
    )


def _own_people_after(tokens: list[Token], end: int) -> bool:
    """ "the FARC's 36th Front", "Boko Haram's female suicide bombers", "the FMLN'S URBAN COMMANDOS": a
    group's own people or unit within three words after its possessive; "Mir's kidnapping", "the
    group's messages" own something else."""
    return any(t.lower in _own_people_words() for t in tokens[end : end + 3])


def _without_possessives(tokens: list[Token]) -> list[Token]:
    """The tokens with a possessive ending cut off ("FARC's" → "FARC"), for looking up group names;
    offsets stay those of the whole word. The same list when no word is possessive (most sentences)."""
    if not any(t.is_possessive for t in tokens):
        return tokens
    return [Token(t.start, t.end, t.text[:-2], t.lower[:-2]) if t.is_possessive else t for t in tokens]


def find_actors(tokens: list[Token], trigger_indices: list[int], wire_caps: bool) -> list[ActorMention]:
    """Actors in one sentence. ``trigger_indices``: token indices of its event words."""
    groups, acronyms = _groups()
    found: list[ActorMention] = []
    taken: set[int] = set()

    def add(start: int, end: int, name: str, kind: str, named: bool, core: int | None = None) -> None:
        """``core``: where the name starts without a country adjective before it; roles are read from there."""
        if any(k in taken for k in range(start, end)):
            return
        taken.update(range(start, end))
        role = _role(tokens, start if core is None else core, end, trigger_indices, kind, named)
        found.append(ActorMention(name, kind, tokens[start].start, tokens[end - 1].end, start, end, named, role))

    # "the FARC's 36th Front", "SHINING PATH'S": the group's own name, when the word as written
    # ("the New People's Army") names none
    named = _without_possessives(tokens)
    possessed = [
        m
        for m in (groups.find_all(named) if named is not tokens else [])  # the lookup again only when it differs
        if named[m.end_index - 1] is not tokens[m.end_index - 1]
        and (_own_people_after(tokens, m.end_index) or _owns_blame(tokens, m.end_index))
    ]
    for match in groups.find_all(tokens) + possessed:
        # "the Colombian Army of National Liberation": the name as written keeps its country
        start = with_nationality(tokens, match.start_index)
        surface = _as_written(named if match in possessed else tokens, start, match.end_index)
        add(
            start,
            match.end_index,
            _display(surface, *match.payload, wire_caps),
            match.payload[1],
            True,
            match.start_index,
        )
    runs = [(start, end, *_acronym_after(tokens, end, wire_caps)) for start, end in _org_runs(tokens, wire_caps)]
    claimed = {at for *_, at in runs if at is not None}  # "a group that names itself the X Forces, FPL,"
    for i, token in enumerate(named):
        if i in claimed or (token is not tokens[i] and not _own_people_after(tokens, i + 1)):
            continue
        text = token.text
        if text in acronyms and not (i + 1 < len(tokens) and tokens[i + 1].lower in _GUN_WORDS):
            name, kind, acronym = acronyms[text]
            add(i, i + 1, _display(text, name, kind, acronym, wire_caps), kind, True)
    for start, end, kind in uniformed_runs(tokens):
        text = _as_written(tokens, start, end)
        add(start, end, text.lower() if wire_caps else text, kind, False)
    for start, end in unit_runs(tokens):
        # a unit of the state's forces counts as state forces, chosen only when the text blames it
        add(start, end, unit_name(tokens, start, end), "military", False)
    for start, end, acronym, _ in runs:
        words = [t.text for t in tokens[start:end]]
        name = _as_written(tokens, start, end, _title if wire_caps else None)
        if acronym in acronyms and _same_words(words, acronyms[acronym][0]):
            # "the Army of National Liberation, ELN,": the known group, its words in another order
            add(start, end, _display(acronym, *acronyms[acronym], wire_caps), acronyms[acronym][1], True)
            continue
        add(start, end, f"{acronym}: {name}" if acronym else name, _kind_of_run(words), True)
    descriptions = _descriptors().find_all(tokens)
    if named is not tokens:
        # "the government's responsibility for ...": the body read from its possessive, held to be the doer
        descriptions += [m for m in _descriptors().find_all(named) if _owns_blame(tokens, m.end_index)]
    starts = {a.start_index for a in found} | {m.start_index for m in descriptions}
    for match in descriptions:
        if qualifies_noun(tokens, match.end_index - 1):
            continue  # "government soldiers": the soldiers are the actor
        if _qualifies_deed(tokens, match.start_index, match.end_index):
            continue  # "a terrorist attack": the kind of deed, no doer
        if _holds_place(tokens, match.end_index):
            continue  # "the rebel held town": who holds the place, no doer
        end = _descriptor_end(tokens, match.end_index, match.payload, starts)
        if end is None:
            continue  # "soldiers of the 7th Brigade": the unit after it is the actor
        start = with_nationality(tokens, match.start_index)
        name_end = name_after(tokens, end, wire_caps)
        if name_end is not None:
            # "the terrorist group XLF": the group's own name is the actor, read from the description's start
            if not any(k in taken for k in range(end, name_end)):
                taken.update(range(start, end))
                role = _role(tokens, match.start_index, name_end, trigger_indices, match.payload, True)
                found.append(
                    ActorMention(
                        _as_written(tokens, end, name_end),
                        match.payload,
                        tokens[end].start,
                        tokens[name_end - 1].end,
                        end,
                        name_end,
                        True,
                        role,
                    )
                )
            continue
        # "A gunman", "a mob": the name leaves the article out, so one actor has one spelling
        source = named if _owns_blame(tokens, end) else tokens  # "the army's responsibility": "the army"
        text = _as_written(source, start + 1 if tokens[start].lower in ("a", "an") else start, end)
        add(start, end, text.lower() if wire_caps else text, match.payload, False, match.start_index)
    found.sort(key=lambda a: a.start)
    return coordinated(tokens, described_by_part_of(tokens, with_claimants(tokens, found, trigger_indices)))
