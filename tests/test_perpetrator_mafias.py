"""Perpetrators: "the mafia" or "the mafias" alone names a criminal milieu as "the drug mafias" does
(groups.yaml descriptors, kept_descriptions): a deed attributed to them is theirs. Sentences are our own."""

from __future__ import annotations

from conftest import deed_actors as actors


def test_a_deed_attributed_to_the_mafias() -> None:
    found = actors("The police attributed the shooting of the drivers to the mafias.", "shooting")
    assert ("mafias", "militants", "perpetrator") in found


def test_the_mafia_as_subject_of_a_deed() -> None:
    found = actors("THE MAFIA KILLED A CUSTOMS INSPECTOR AT THE PORT.", "killed")
    assert ("mafia", "militants", "perpetrator") in found
