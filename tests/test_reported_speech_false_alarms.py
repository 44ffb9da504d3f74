"""Talk that reads like news (resolve/assertion.py, resolve/events.py): a deed kept from happening, a
habit, words used as blows, a contest that is no combat, a death denied, a list of deeds sharing a
threat, a tally of captives. None of these is an event; news told in the same words still is.
Sentences and places are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        # a deed kept from happening, or feared
        "The ministry posted guards at the courts of Valdoria to keep the judges from being murdered.",
        "On Monday the judges of Valdoria spoke of the terror of being murdered.",
        # a habit or a character, not one deed
        "The minister said the extremists of Valdoria are people who like planting bombs and killing people.",
        "The governor said the militia of Valdoria is known for killing peasants.",
        # words, not blows
        "The senator harshly attacked the mayor of Valdoria in a speech on Monday.",
        "In leaflets handed out on Monday the party launched harsh attacks on the government of Valdoria.",
        # a contest or a policy, not combat
        "On Monday the mayor of Valdoria said the battle against drug trafficking had cost the city dearly.",
        "On Monday the police of Valdoria fought corruption in the port with new laws, the minister said.",
        "On Monday the mayor said the battle against the cartels of Valdoria will be long.",
        # a statistic
        "On Monday the army doubled its patrols in Valdoria to reduce the number of attacks on its posts.",
        # a deed dated by a year long past that opens the sentence
        "In 1986 the editor of a newspaper in Valdoria was murdered, and the hunt for the cartel began.",
        "Finally, in 1971, the defenders of Valdoria fought off an assault by a band of smugglers.",
        # a death denied
        "The pilot who was reported killed near Valdoria on Monday is alive and well, his wife said.",
        # event words listed with one threatened share its threat
        "In Valdoria the smugglers threatened on Monday to carry out new bombings and killings.",
        # event words listed with one only talked about, across an adjective
        "On Monday the colonel blamed rebels for a wave of explosions, abductions and political murders in Valdoria.",
        # a deed denied
        "On Monday the rebels of Valdoria denied that their commander was killed.",
        # a pattern of deeds
        "The bishop said the army of Valdoria repeatedly bombed villages in the hills.",
        "On Monday the mayor of Valdoria said the gangs who go about planting bombs are cowards.",
        "The bishop of Valdoria said that teachers have been murdered in the towns of the valley.",
        "The colonel said the rebels of Valdoria have killed many people and want power.",
        # arms found, not used
        "On Monday soldiers searching a truck near Valdoria found rifles, grenades and 60 mm mortars.",
        # a tally of captives told in the perfect, with no day of its own
        "The bishop of Valdoria demanded that the rebels free the more than 1,200 peasants they have kidnapped.",
    ],
)
def test_talk_that_reads_like_news_is_no_event(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "1990-03-07")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen murdered two judges in Valdoria on Monday.",
        "Rebels attacked the barracks of Valdoria on Monday, killing three soldiers.",
        "Troops fought a fierce battle against the rebels near Valdoria on Monday.",
        "Guerrillas kidnapped 12 peasants near Valdoria on Monday, the army said.",
        # a deed granted while its authors deny it
        "The rebels denied any part in the bombing of the bank in Valdoria on Monday.",
        # deeds told with how often they came
        "The police station of Valdoria was attacked on two occasions on Monday.",
        "A pipeline near Valdoria was bombed on Monday; the rebels often attack pipelines there.",
        # a list of what was hit, not a pattern
        "In Valdoria the house of a candidate, several shops and schools have been bombed, the prefect said.",
        # weapons used, not found
        "Rebels fired mortars at the barracks of Valdoria on Monday.",
        # a vague count of events told
        "A number of car bombs went off in Valdoria on Monday, police said.",
        # a year of the report's own opening the sentence
        "In 1990 rebels attacked the barracks of Valdoria, killing three soldiers.",
        # a deed told before a threat stays a deed
        "Rebels killed two policemen in Valdoria on Monday and threatened new bombings and kidnappings.",
    ],
)
def test_news_told_in_the_same_words_is_still_an_event(analyse_text, text: str) -> None:
    assert len(violent(analyse_text(text, "1990-03-07"))) == 1
