"""A deed named as what someone is accused of, charged with or tried for happened: "charged with
killing six priests", "on trial for the murder of two judges", "accused the army of bombing the
church". Only who did it is at issue, so the judging word is no threat or plan (``judging`` in
resources/extract/stages_en.yaml). Named without whom or what it was done to ("charged with
murder"), the deed stays talk: no one can code it."""

from __future__ import annotations

from functools import cache

from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("extract/stages_en.yaml")
    return frozenset(data["judging"]), frozenset(data["judged_no_object"])


def judged_only(cues: list[str]) -> bool:
    """Whether the threat or plan words before a deed word, in order, end in one that judges it with
    no other after it: "accused of", "will stand trial for" (the trial is to come, the deed was done);
    not "accused of planning to kill"."""
    judging, _ = _words()
    return bool(cues) and cues[-1] in judging


def names_its_object(tokens: list[Token], end: int) -> bool:
    """Whether the deed word is followed by whom or what it was done to: a noun by "of" ("the murder
    of two judges"), a verb in "-ing" by its object ("killing six priests", "bombing the church");
    not "murder and arson", "killing in 1987", nor "murder" before the next verb."""
    if end >= len(tokens):
        return False
    _, no_object = _words()
    word = tokens[end].lower
    if word == "of":
        return True
    return tokens[end - 1].lower.endswith("ing") and word[:1].isalnum() and word not in no_object
