"""Claims of responsibility against news sources: a group that claims a deed is its author even where
a verb of saying stands beside the claim; a group that only reports, condemns or accuses is a source
and not the report-wide doer. Sentences, places and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors
from eventwatch.extract.actors import find_actors
from eventwatch.resolve.build import document_groups
from eventwatch.text import tokenize

_MRTA = "MRTA: Tupac Amaru Revolutionary Movement"


def _role(text: str, deed: str, name: str = _MRTA) -> str | None:
    return next(role for found, _, role in actors(text, deed) if found == name)


def test_a_claim_after_an_aside_is_a_claim() -> None:
    text = "THE MRTA, IN A STATEMENT SENT TO TWO RADIO STATIONS, CLAIMED RESPONSIBILITY FOR THE BOMBING."
    assert _role(text, "bombing") == "perpetrator"


def test_a_claim_past_an_aside_about_another_group_is_the_first_groups() -> None:
    text = "THE MRTA, A SMALL FACTION SAID TO BE CLOSE TO THE ELN, HAS CLAIMED RESPONSIBILITY FOR THE BOMBING."
    assert _role(text, "bombing") == "perpetrator"


def test_a_claim_in_a_communique_is_a_claim() -> None:
    assert _role("THE MRTA ISSUED A COMMUNIQUE CLAIMING RESPONSIBILITY FOR THE BOMBING.", "bombing") == "perpetrator"


def test_a_caller_speaking_for_a_group_claims_for_it() -> None:
    text = "A CALLER SPEAKING FOR THE MRTA RANG A RADIO STATION IN TOLVA TO CLAIM RESPONSIBILITY FOR THE BOMBING."
    assert _role(text, "bombing") == "perpetrator"


def test_saying_it_did_the_deed_is_a_claim() -> None:
    assert _role("THE MRTA SAID IT CARRIED OUT THE BOMBING OF THE BRIDGE AT TOLVA.", "bombing") == "perpetrator"
    assert _role("THE MRTA SAID IN A COMMUNIQUE THAT IT WAS RESPONSIBLE FOR THE BOMBING.", "bombing") == "perpetrator"
    assert _role("THE MRTA STATED THAT ITS COMMANDOS CARRIED OUT THE BOMBING.", "bombing") == "perpetrator"


def test_saying_another_did_the_deed_is_no_claim() -> None:
    assert _role("THE MRTA SAID THE ARMY CARRIED OUT THE BOMBING OF THE BRIDGE AT TOLVA.", "bombing") == "source"
    assert _role("THE MRTA SAID IT WAS NOT RESPONSIBLE FOR THE BOMBING.", "bombing") != "perpetrator"


def test_claiming_that_another_did_it_is_a_report() -> None:
    assert _role("THE MRTA CLAIMED THAT THE ARMY MASSACRED 12 PEASANTS IN TOLVA.", "massacred") == "source"


def test_a_claim_denied_or_not_made_is_no_claim() -> None:
    assert _role("THE MRTA HAS NOT CLAIMED RESPONSIBILITY FOR THE BOMBING IN TOLVA.", "bombing") == "denied"
    assert _role("THE MRTA NEITHER CLAIMED NOR DENIED RESPONSIBILITY FOR THE BOMBING IN TOLVA.", "bombing") == "denied"


def test_a_claim_reported_by_police_is_the_groups_not_the_polices() -> None:
    text = "POLICE IN TOLVA SAID THE MRTA CLAIMED RESPONSIBILITY FOR THE BOMBING."
    assert _role(text, "bombing") == "perpetrator"
    assert _role(text, "bombing", "police") != "perpetrator"


def test_a_force_struck_before_a_claim_claims_nothing() -> None:
    text = "A GROUP THAT BOMBED A MILITARY BASE IN MAY CLAIMED RESPONSIBILITY FOR THE BLAST."
    assert _role(text, "bombed", "military") != "perpetrator"


def test_a_statement_on_the_deeds_of_its_own_fighters_claims_them() -> None:
    text = (
        "RADIO LIBERTAD, THE TUPAC AMARU REVOLUTIONARY MOVEMENT'S [MRTA] CLANDESTINE STATION, SAID THE REBELS "
        "ATTACKED THE GARRISON AT TOLVA."
    )
    assert _role(text, "attacked") == "perpetrator"
    # the army telling of the rebels' deed claims nothing
    assert _role("THE ARMY SAID THE REBELS ATTACKED THE GARRISON AT TOLVA.", "attacked", "the army") == "source"


def test_according_to_a_group_it_is_a_source() -> None:
    text = "ACCORDING TO THE MRTA, THE CLASH NEAR TOLVA BEGAN WHEN TROOPS FIRED ON A BUS."
    assert _role(text, "clash") == "source"


def test_a_group_glossed_in_brackets_still_does_the_deed() -> None:
    text = "TWO LEADERS ADMITTED THAT THE [TUPAC AMARU REVOLUTIONARY MOVEMENT (MRTA)] GUERRILLAS KILLED THE MAYOR."
    assert _role(text, "killed") == "perpetrator"
    glossed = "OFFICIALS IN TOLVA BLAME THE RED HAND [MRTA] FOR THE BOMBING OF THE BRIDGE."
    assert _role(glossed, "bombing") != "source"


def test_a_group_whose_leader_was_killed_is_the_target() -> None:
    text = "THE MINISTER SPOKE OF THE TUPAC AMARU REVOLUTIONARY MOVEMENT [MRTA] LEADER'S ASSASSINATION IN TOLVA."
    assert _role(text, "assassination") == "target"


class _Facts:
    """The parts of one sentence's facts that document_groups reads."""

    def __init__(self, text: str, *deeds: str) -> None:
        self.tokens = tokenize(text)
        self.actors = find_actors(self.tokens, [i for i, t in enumerate(self.tokens) if t.lower in deeds], True)


_DEED = _Facts("UNKNOWN MEN SHOT A JUDGE OUTSIDE HIS HOUSE IN TOLVA ON MONDAY.", "shot")


_BLAMED = _Facts("THE MINISTER BLAMED THE ELN FOR THE MURDER OF THE JUDGE.", "murder")
_CONDEMNED = _Facts("THE MRTA HAS CONDEMNED THE MURDER OF THE JUDGE.", "murder")


def test_a_group_that_only_tells_of_the_deeds_is_no_report_wide_doer() -> None:
    assert [a.name for a in document_groups([_CONDEMNED, _BLAMED, _DEED])] == ["ELN: National Liberation Army"]


def test_a_teller_stays_the_report_wide_doer_where_no_other_doer_is_named() -> None:
    assert [a.name for a in document_groups([_CONDEMNED, _DEED])] == [_MRTA]


def test_a_group_that_also_claims_a_deed_stays_the_report_wide_doer() -> None:
    claimed = _Facts("THE MRTA SAID IT CARRIED OUT THE BOMBING OF THE BRIDGE.", "bombing")
    found = [a.name for a in document_groups([_CONDEMNED, claimed, _BLAMED, _DEED])]
    assert found[0] == _MRTA
    assert "ELN: National Liberation Army" in found


def test_a_group_reported_to_have_done_the_deed_is_not_telling_of_it() -> None:
    text = "THE MRTA HAVE BEEN REPORTED TO HAVE MURDERED 30 PEOPLE IN A RAID ON TOLVA."
    assert _role(text, "murdered") != "source"
