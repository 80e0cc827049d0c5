"""Cast claims: pairs in lists and prose, seasons from context, stances, names."""

from __future__ import annotations

import pytest

from nextseason.extract import extract
from nextseason.extract.names import NameBook, find_person_names

TITLE = "Moonlit Harbor Season 2 Release Date, Cast and Everything We Know"


def _cast(text: str, title: str = TITLE) -> set[tuple[str, int | None, str, str | None, str | None]]:
    doc = extract(text, title=title, published="2024-05-01", published_from="given")
    return {
        (c.show, c.season, c.stance, c.value["person"], c.value["character"])  # type: ignore[index]
        for c in doc.claims
        if c.kind == "cast"
    }


def _pairs(text: str) -> set[tuple[str | None, str | None]]:
    return {(p, c) for _, _, _, p, c in _cast(text)}


def test_find_person_names_keeps_titles_particles_and_nicknames() -> None:
    text = 'Sadly, Dr. Ines Moro met Lev "Oz" Osman, Aegon II Targaryen and Andrés de la Cruz.'
    assert find_person_names(text) == ["Dr. Ines Moro", 'Lev "Oz" Osman', "Aegon II Targaryen", "Andrés de la Cruz"]


def test_a_nickname_of_two_words_inside_a_name() -> None:
    assert find_person_names('Marty "Big Smoke" Haddad hosts.') == ['Marty "Big Smoke" Haddad']


def test_names_with_an_elided_particle_or_a_small_connector() -> None:
    text = "The cast includes al'Tor Vashenko (Ona Brill) and Elira do Marn a'Valen, played by Pell Androw."
    assert find_person_names(text) == ["al'Tor Vashenko", "Ona Brill", "Elira do Marn a'Valen", "Pell Androw"]


def test_a_part_taken_over_in_a_season_from_another_player() -> None:
    got = _cast("Ona Brill had taken over the role of Mara in season 2 from Pell Androw.")
    assert (TITLE.split(" Season")[0], 2, "asserted", "Ona Brill", "Mara") in got
    assert (TITLE.split(" Season")[0], 2, "denied", "Pell Androw", "Mara") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The list ends with Ona Brill as Gen.", ["Ona Brill", "Gen"]),  # (the stop, not a title's dot)
        ("Ona Brill plays Gen. Ada Kerr.", ["Ona Brill", "Gen. Ada Kerr"]),
        ("Ona Brill returns as Mr. 0 in the new season.", ["Ona Brill", "Mr. 0"]),
    ],
)
def test_a_title_alone_at_the_end_of_a_sentence_is_a_name(text: str, expected: list[str]) -> None:
    assert find_person_names(text) == expected


def test_find_person_names_korean_surname_that_is_an_english_word() -> None:
    assert find_person_names("Oh Min-seo and So Ji-hwan joined.") == ["Oh Min-seo", "So Ji-hwan"]


def test_name_book_gives_the_fullest_form_of_a_short_reference() -> None:
    book = NameBook()
    book.add_role("Han Da-eun", "Baek Min-gyu")
    assert book.fullest("Min-gyu", "character") == "Baek Min-gyu"
    assert book.fullest("Da-eun") == "Han Da-eun"
    assert book.fullest("Nobody") == "Nobody"


def test_season_heading_list_with_descriptions_and_titles() -> None:
    text = (
        "Moonlit Harbor Season 2 Cast\n\nReturning for season 2:\n\n"
        "- Mara Quill as Inspector Dana Roe\n- Theo Brandt as Felix Marsh, Dana's brother\n"
        "- Odile Faure as the Harbourmaster\n- Jun Tae-ho as young fisherman Baek Min-gyu\n"
    )
    claims = _cast(text)
    assert ("Moonlit Harbor", 2, "asserted", "Mara Quill", "Inspector Dana Roe") in claims
    assert ("Moonlit Harbor", 2, "asserted", "Theo Brandt", "Felix Marsh") in claims
    assert ("Moonlit Harbor", 2, "asserted", "Odile Faure", "Harbourmaster") in claims
    assert ("Moonlit Harbor", 2, "asserted", "Jun Tae-ho", "Baek Min-gyu") in claims


def test_several_pairs_in_one_sentence_without_season_context() -> None:
    text = (
        "Moonlit Harbor Cast\n\n"
        "The series stars Ravi Menon as Sol Petra, Kiri Vance as Lady Ashcombe and Pia Roth as Juno."
    )
    assert _pairs(text) >= {("Ravi Menon", "Sol Petra"), ("Kiri Vance", "Lady Ashcombe"), ("Pia Roth", "Juno")}
    assert {s for _, s, *_ in _cast(text)} == {None}


def test_plays_voices_and_pronoun_objects() -> None:
    text = (
        "Moonlit Harbor Cast\n\n"
        "Hugo Lenz voices the dragon Ember in the English dub, while Sato Yuki voices her in Japanese. "
        "Nia Cole plays Sergeant Bram Holt, and Ed Park plays retired diver Wen Li."
    )
    assert _pairs(text) == {
        ("Hugo Lenz", "Ember"),
        ("Sato Yuki", "Ember"),
        ("Nia Cole", "Sergeant Bram Holt"),
        ("Ed Park", "Wen Li"),
    }


def test_character_actor_order_follows_the_list_intro() -> None:
    text = (
        "Moonlit Harbor Season 2 Cast\n\nThe main characters are all coming back:\n\n"
        "Baek Min-gyu (Jun Tae-ho)\nDana Roe (Mara Quill)\n"
    )
    assert _pairs(text) == {("Jun Tae-ho", "Baek Min-gyu"), ("Mara Quill", "Dana Roe")}


def test_actor_character_order_by_default_and_single_name_characters() -> None:
    prose = "Moonlit Harbor Cast\n\nThe leads are Kim Ha-eun (Seo Yun-ji) and Park Do-won (Lee Tae-san)."
    assert _pairs(prose) == {("Kim Ha-eun", "Seo Yun-ji"), ("Park Do-won", "Lee Tae-san")}
    listed = "Moonlit Harbor Season 2 Cast\n\nBack again:\n\nJuno (Pia Roth)\nEmber (Hugo Lenz)\n"
    assert _pairs(listed) == {("Pia Roth", "Juno"), ("Hugo Lenz", "Ember")}


def test_played_by_list() -> None:
    text = "Moonlit Harbor Cast\n\nHere is the main cast:\n\n- Dana Roe, played by Mara Quill\n- Wen Li, played by Ed Park\n"
    assert _pairs(text) == {("Mara Quill", "Dana Roe"), ("Ed Park", "Wen Li")}


def test_departure_after_who_played_in_an_earlier_season() -> None:
    text = "Moonlit Harbor Season 2 Cast\n\nGrant Holloway, who played Silas Crane in season 1, will not return."
    assert _cast(text) == {
        ("Moonlit Harbor", 1, "asserted", "Grant Holloway", "Silas Crane"),
        ("Moonlit Harbor", 2, "denied", "Grant Holloway", "Silas Crane"),
    }


def test_recast_denies_the_old_actor_and_asserts_the_new_one() -> None:
    text = "Moonlit Harbor Season 2 Cast\n\nElena Voss will replace Hanna Lind as Captain Ines Moro."
    assert _cast(text) == {
        ("Moonlit Harbor", 2, "asserted", "Elena Voss", "Captain Ines Moro"),
        ("Moonlit Harbor", 2, "denied", "Hanna Lind", "Captain Ines Moro"),
    }


def test_hopes_and_talks_are_speculated_for_the_upcoming_season() -> None:
    text = (
        "Moonlit Harbor Cast\n\n- Jun Tae-ho as Baek Min-gyu\n\n"
        "Fans hope Min-gyu comes back in season 3. Lena Ortiz and Mark Fell are in talks to join the cast."
    )
    claims = _cast(text)
    assert ("Moonlit Harbor", 3, "speculated", None, "Baek Min-gyu") in claims
    assert ("Moonlit Harbor", 2, "speculated", "Lena Ortiz", None) in claims
    assert ("Moonlit Harbor", 2, "speculated", "Mark Fell", None) in claims


def test_pronoun_return_takes_the_last_named_character() -> None:
    text = (
        "Moonlit Harbor Cast\n\n- Jun Tae-ho as Baek Min-gyu\n\n"
        "The best villain of all was Min-gyu. He could return for the second season."
    )
    assert ("Moonlit Harbor", 2, "speculated", None, "Baek Min-gyu") in _cast(text)


def test_hedged_negative_is_denied_and_keeps_the_known_character() -> None:
    text = (
        "Moonlit Harbor Cast\n\n- Olu Adebayo as Marcus Reed\n\n"
        "Some reports said Olu Adebayo might be replaced because of his film schedule."
    )
    assert ("Moonlit Harbor", 2, "denied", "Olu Adebayo", "Marcus Reed") in _cast(text)


def test_other_credits_and_crew_are_not_cast() -> None:
    text = (
        "Moonlit Harbor Season 2 Cast\n\n"
        "Theo Brandt also stars in The Long Field opposite Anna Kerr. "
        "Director Paul Ashby returns to helm the new season. "
        "Writer Ines Calder, who wrote every episode of season 1, is expected to return as head writer."
    )
    assert _cast(text) == set()


def test_one_actor_two_characters() -> None:
    text = "Moonlit Harbor Season 2 Cast\n\n- Walt Gray as The Hermit, also known as Abel Finch\n"
    assert _pairs(text) == {("Walt Gray", "The Hermit"), ("Walt Gray", "Abel Finch")}


def test_name_with_no_is_not_a_negation() -> None:
    text = "Moonlit Harbor Season 2 Cast\n\n- Yoon Se-ri as Kang No-ah\n"
    assert _cast(text) == {("Moonlit Harbor", 2, "asserted", "Yoon Se-ri", "Kang No-ah")}


# ---------------------------------------------------------------- generalisation (own sentences)

SEASON3 = "Port Solace Season 3: Everything We Know"


def test_introductory_credit_between_actor_and_verb_is_skipped() -> None:
    text = (
        "Moonlit Harbor Season 2 Cast\n\n"
        "Rhea Stone, best known for the soap Harbour Lane, plays DI Mara Quill. "
        "Ed Park, known for the sitcom Low Tide, joins the second season as the ferryman Wen Li."
    )
    assert _cast(text) == {
        ("Moonlit Harbor", 2, "asserted", "Rhea Stone", "DI Mara Quill"),
        ("Moonlit Harbor", 2, "asserted", "Ed Park", "Wen Li"),
    }


def test_known_in_a_country_as_is_an_alias_not_a_role() -> None:
    text = "Moonlit Harbor Cast\n\nKnown in France as Port de Lune, the drama was a surprise hit."
    assert _cast(text) == set()


def test_capitalised_adjectives_and_appositive_names_in_descriptions() -> None:
    text = (
        "Moonlit Harbor Season 2 Cast\n\n"
        "New this year is Lena Ortiz, who plays a Chilean pilot on loan, Captain Rhea Stone. "
        "Season 2 also brought in Ed Park as the Welsh ferryman Wen Li."
    )
    assert _pairs(text) == {("Lena Ortiz", "Captain Rhea Stone"), ("Ed Park", "Wen Li")}


def test_show_up_and_pop_up_with_a_described_role() -> None:
    text = (
        "Moonlit Harbor Season 2 Cast\n\n"
        "There are rumours that Kiri Vance could show up as Juno's estranged father. "
        "Mark Fell, who played the quiet Dr. Olm in season 1, is rumoured to pop up again in a dream."
    )
    assert _cast(text) == {
        ("Moonlit Harbor", 2, "speculated", "Kiri Vance", None),
        ("Moonlit Harbor", 1, "asserted", "Mark Fell", "Dr. Olm"),
        ("Moonlit Harbor", 2, "speculated", "Mark Fell", "Dr. Olm"),
    }


def test_subject_after_the_verb() -> None:
    text = (
        "Moonlit Harbor Season 2 Cast\n\n"
        "One actor who won't be coming back is Olu Adebayo, who played chef Marcus Reed. "
        "Also joining the cast are Lena Ortiz and Mark Fell."
    )
    assert _cast(text) == {
        ("Moonlit Harbor", None, "asserted", "Olu Adebayo", "Marcus Reed"),
        ("Moonlit Harbor", 2, "denied", "Olu Adebayo", "Marcus Reed"),
        ("Moonlit Harbor", 2, "asserted", "Lena Ortiz", None),
        ("Moonlit Harbor", 2, "asserted", "Mark Fell", None),
    }


def test_who_played_takes_no_season_from_a_later_finale_but_one_from_the_sentence_before() -> None:
    later = (
        "Moonlit Harbor Season 2 Cast\n\n"
        "Grant Holloway, who played the cruel Silas Crane, won't be back after his character's death in the finale."
    )
    assert _cast(later) == {
        ("Moonlit Harbor", None, "asserted", "Grant Holloway", "Silas Crane"),
        ("Moonlit Harbor", 2, "denied", "Grant Holloway", "Silas Crane"),
    }
    before = (
        "Moonlit Harbor Season 2 Cast\n\n"
        "Not everyone from season 1 is coming back. Grant Holloway, who played Silas Crane, will not return."
    )
    assert ("Moonlit Harbor", 1, "asserted", "Grant Holloway", "Silas Crane") in _cast(before)


def test_cast_of_both_seasons_gives_one_claim_per_season() -> None:
    text = (
        "The Port Solace Cast\n\n"
        "The core cast of both seasons was Theo Brandt (Felix Marsh) and Mara Quill (Sergeant Dana Roe)."
    )
    assert _cast(text, SEASON3) == {
        ("Port Solace", 1, "asserted", "Theo Brandt", "Felix Marsh"),
        ("Port Solace", 2, "asserted", "Theo Brandt", "Felix Marsh"),
        ("Port Solace", 1, "asserted", "Mara Quill", "Sergeant Dana Roe"),
        ("Port Solace", 2, "asserted", "Mara Quill", "Sergeant Dana Roe"),
    }


def test_character_first_list_read_from_the_rest_of_the_document() -> None:
    text = (
        "Moonlit Harbor Voice Cast\n\nThe Japanese cast is back for season 2:\n\n"
        "- Sora Minami (Aoi Kudo)\n- Master Tomo (Ren Hase)\n\n"
        "Aoi Kudo, known for many idol roles, also sings the theme. In the English dub, Sora is voiced by Ben Cole."
    )
    assert _cast(text) == {
        ("Moonlit Harbor", 2, "asserted", "Aoi Kudo", "Sora Minami"),
        ("Moonlit Harbor", 2, "asserted", "Ren Hase", "Master Tomo"),
        ("Moonlit Harbor", None, "asserted", "Ben Cole", "Sora Minami"),
    }


def test_title_with_its_other_name_in_brackets_is_not_a_cast_pair() -> None:
    text = "Port Solace Season 3 Cancelled\n\nNetflix has dropped Port Solace (Puerto Solaz) after two seasons."
    assert _cast(text, SEASON3) == set()


def test_voiced_by_then_who_will_appear_is_the_upcoming_season() -> None:
    text = (
        "Moonlit Harbor Voice Cast\n\n"
        "The trailer also showed the sea witch Morwen, voiced by Ada Lune, who will appear in the new season."
    )
    assert _cast(text) == {("Moonlit Harbor", 2, "asserted", "Ada Lune", "Morwen")}


def test_short_name_takes_the_full_form_written_later() -> None:
    text = (
        "Moonlit Harbor Cast\n\nFans hope Min-gyu comes back in season 3.\n\n"
        "The main cast:\n\n- Jun Tae-ho as Baek Min-gyu\n"
    )
    assert ("Moonlit Harbor", 3, "speculated", None, "Baek Min-gyu") in _cast(text)


def test_newcomer_is_not_part_of_the_name() -> None:
    assert find_person_names("Newcomer Ravi Menon met actress Pia Roth.") == ["Ravi Menon", "Pia Roth"]
    text = "Moonlit Harbor Season 2 Cast\n\nNewcomer Ravi Menon has been cast as the pilot Sol Petra."
    assert _cast(text) == {("Moonlit Harbor", 2, "asserted", "Ravi Menon", "Sol Petra")}


def test_actors_and_characters_paired_in_order() -> None:
    text = "Moonlit Harbor Season 2 Cast\n\nTheo Brandt and Mara Quill reprise their roles as Felix Marsh and Dana Roe."
    assert _pairs(text) == {("Theo Brandt", "Felix Marsh"), ("Mara Quill", "Dana Roe")}


def test_common_casting_phrasings() -> None:
    text = (
        "Moonlit Harbor Season 2 Cast\n\n"
        "The thriller stars Ines Calder as Lady Wren. "
        "Theo Brandt (who plays Felix Marsh) confirmed he is back. "
        "Hugo Lenz will portray Bram Holt. "
        "Joining the cast is Pia Roth, who will play Juno. "
        "Kiri Vance is set to return as Lady Ashcombe. "
        "Olu Adebayo exits ahead of season 2."
    )
    assert _cast(text) == {
        ("Moonlit Harbor", 2, "asserted", "Ines Calder", "Lady Wren"),
        ("Moonlit Harbor", 2, "asserted", "Theo Brandt", "Felix Marsh"),
        ("Moonlit Harbor", 2, "asserted", "Hugo Lenz", "Bram Holt"),
        ("Moonlit Harbor", 2, "asserted", "Pia Roth", "Juno"),
        ("Moonlit Harbor", 2, "asserted", "Kiri Vance", "Lady Ashcombe"),
        ("Moonlit Harbor", 2, "denied", "Olu Adebayo", None),
    }


# --- generalisation on unseen articles ---------------------------------------------------------


def test_character_colon_actor_list_under_a_season_heading() -> None:
    text = (
        f"{TITLE}\n\nMoonlit Harbor Season 2 Cast\n\nThe voice cast returning includes:\n\n"
        "- Tamsin: Rika Oda\n- Commander Vey: Joji Amari\n"
    )
    assert _cast(text) >= {
        ("Moonlit Harbor", 2, "asserted", "Rika Oda", "Tamsin"),
        ("Moonlit Harbor", 2, "asserted", "Joji Amari", "Commander Vey"),
    }


def test_actor_dash_character_list() -> None:
    text = f"{TITLE}\n\nWho is back for season 2?\n\nBack again:\n\n- Owen Lark – Sister Maud Penn\n- Dara Voss – Eli Crane\n"
    assert _pairs(text) >= {("Owen Lark", "Sister Maud Penn"), ("Dara Voss", "Eli Crane")}


def test_joined_by_actor_as_character() -> None:
    text = f"{TITLE}\n\nIn season 2, Mara Quill is joined again by Ned Ash as DS Ruth Kell."
    assert ("Ned Ash", "DS Ruth Kell") in _pairs(text)


def test_voiced_by_in_brackets_after_a_described_character() -> None:
    text = f"{TITLE}\n\nThe season 2 crew of the ship:\n\n- Captain Ro Tamm (Lia Benn)\n- HELIX, the station computer (voiced by Amos Kerr)\n"
    assert ("Amos Kerr", "HELIX") in _pairs(text)


def test_inverted_joining_sentence_gives_the_season_to_the_relative_pair() -> None:
    text = f"{TITLE}\n\nJoining the cast for season 2 is Ida Fenn, who will play the harbour master, Orla Pike."
    assert ("Moonlit Harbor", 2, "asserted", "Ida Fenn", "Orla Pike") in _cast(text)


def test_long_casting_gap_before_as_a_described_named_role() -> None:
    text = f"{TITLE}\n\nBo Strand has also been cast in season 2 in a guest role as a retired smuggler named Kell."
    assert ("Bo Strand", "Kell") in _pairs(text)


def test_in_talks_with_a_person_to_play_is_speculated_casting() -> None:
    text = f"{TITLE}\n\nThe studio is reportedly in talks with Emmy winner Vera Holm to play a villain in season 2."
    assert ("Moonlit Harbor", 2, "speculated", "Vera Holm", None) in _cast(text)


def test_returning_surnames_take_the_characters_given_earlier() -> None:
    text = (
        f"{TITLE}\n\nThe show stars Ada Reyes as Dr. June Pratt and Tom Ilves as orderly Sam Coe.\n\n"
        "Reyes and Ilves will return for season 2."
    )
    assert _cast(text) >= {
        ("Moonlit Harbor", 2, "asserted", "Ada Reyes", "Dr. June Pratt"),
        ("Moonlit Harbor", 2, "asserted", "Tom Ilves", "Sam Coe"),
    }


def test_denied_rumours_are_denied() -> None:
    first = f"{TITLE}\n\nThe network has denied that Gil Moray is joining the season 2 cast."
    assert ("Moonlit Harbor", 2, "denied", "Gil Moray", None) in _cast(first)
    second = f"{TITLE}\n\nWho is in the cast?\n\nRumours that Gil Moray would appear in season 2 were shot down by his manager."
    assert ("Moonlit Harbor", 2, "denied", "Gil Moray", None) in _cast(second)


def test_negation_inside_the_character_description_does_not_deny() -> None:
    text = f"{TITLE}\n\nLena Brisk returns as DI Carys Holt, the detective who cannot forget her old case."
    assert ("Moonlit Harbor", 2, "asserted", "Lena Brisk", "DI Carys Holt") in _cast(text)


def test_having_joined_the_cast_is_the_new_season() -> None:
    text = "Variety reported that Mara Quist has joined the cast as Judge Ada Lorne, a retired magistrate."
    assert ("Moonlit Harbor", 2, "asserted", "Mara Quist", "Judge Ada Lorne") in _cast(text)


def test_coordinated_pairs_share_the_first_pairs_season() -> None:
    text = (
        "The first season starred Ivo Brandt as Tomas Reyl, the harbour master, and Lena Voss as his sister, "
        "Ada Reyl, with Kit Moran as Deputy Sam Orr."
    )
    seasons = {(p, s) for _, s, _, p, _ in _cast(text)}
    assert seasons == {("Ivo Brandt", 1), ("Lena Voss", 1), ("Kit Moran", 1)}


def test_a_pair_completing_a_return_and_a_newly_announced_list_take_the_new_season() -> None:
    text = "The English dub cast will also return, with Theo Marsh voicing Rin Aoki and Dana Cole voicing Mei Sato."
    assert {(p, s) for _, s, _, p, _ in _cast(text)} == {("Theo Marsh", 2), ("Dana Cole", 2)}
    listed = "Cast\n\nThe newly announced cast members are:\n\nJun Oda as Captain Ren Hara\nAya Mori as Suzu Ito"
    assert {(p, s) for _, s, _, p, _ in _cast(listed)} == {("Jun Oda", 2), ("Aya Mori", 2)}


def test_contracted_pronoun_plays_takes_the_person_and_season_just_named() -> None:
    text = (
        "Ruth Amsel ('Pale Fire', 'Northbound') has boarded season 2 as a series regular. "
        "She'll play Dora Veit, a ferry pilot who knows too much."
    )
    assert _cast(text) == {("Moonlit Harbor", 2, "asserted", "Ruth Amsel", "Dora Veit")}


def test_respectively_pairs_with_described_characters() -> None:
    text = "Ola Brandt and Femi Ade will reprise their roles as Captain Ivo Lenz and ship's cook Tam Reyes, respectively."
    assert _cast(text) == {
        ("Moonlit Harbor", 2, "asserted", "Ola Brandt", "Captain Ivo Lenz"),
        ("Moonlit Harbor", 2, "asserted", "Femi Ade", "Tam Reyes"),
    }


def test_an_exit_event_in_the_relative_clause_gives_no_earlier_season() -> None:
    for text in (
        "Ivo Sand will not be back as Petra Lund, who was killed off in the season 1 finale.",
        "Ivo Sand is unlikely to return as Petra Lund, whose death closed the first season.",
    ):
        assert _cast(text) == {("Moonlit Harbor", 2, "denied", "Ivo Sand", "Petra Lund")}
    shown = "Ivo Sand also returns as Petra Lund, the spy who showed up in the last scene of season 1."
    assert ("Moonlit Harbor", 1, "asserted", "Ivo Sand", "Petra Lund") in _cast(shown)


def test_descriptor_before_the_character_and_asides_between_subject_and_verb() -> None:
    for text, pair in (
        ("Ada Quist joins Season 2 as the warlord Mother Ash.", ("Ada Quist", "Mother Ash")),
        ("Ada Quist, best known for the film 'Grey Dawn', joins Season 2 as the warlord Mother Ash.", ("Ada Quist", "Mother Ash")),
        ("Rui Lago, who won a Goya for the film 'Terra', returns as Sargento Iago Vilar.", ("Rui Lago", "Sargento Iago Vilar")),
    ):
        assert ("Moonlit Harbor", 2, "asserted", *pair) in _cast(text)


def test_a_character_subject_takes_the_actor_the_sentence_gives() -> None:
    text = "Sadly, Bo Narae who played the hero's cousin Kim Ji-ho will not appear in season 2."
    assert ("Moonlit Harbor", 2, "denied", "Bo Narae", "Kim Ji-ho") in _cast(text)
    text = "Tess Varga, whose character Nell Price was jailed in the finale, is not part of the season 2 cast."
    assert ("Moonlit Harbor", 2, "denied", "Tess Varga", "Nell Price") in _cast(text)


def test_newcomers_and_a_new_cast_heading_give_the_upcoming_season() -> None:
    text = "She is joined by two newcomers. Ada Quist plays Mina Holt, and Rui Lago plays the mayor, Ivo Brandt."
    assert _cast(text) == {
        ("Moonlit Harbor", 2, "asserted", "Ada Quist", "Mina Holt"),
        ("Moonlit Harbor", 2, "asserted", "Rui Lago", "Ivo Brandt"),
    }
    assert _cast("New Cast\n\nAda Quist plays Mina Holt, a baker.") == {("Moonlit Harbor", 2, "asserted", "Ada Quist", "Mina Holt")}


def test_star_title_names_a_cast_member_unless_a_role_is_given() -> None:
    assert _cast("Star Ada Quist posted a photo from the table read.") == {("Moonlit Harbor", None, "asserted", "Ada Quist", None)}
    text = "Star Ada Quist hinted at June.\n\nCast\n\n- Ada Quist (Mina Holt)"
    assert all(c is not None for _, _, _, _, c in _cast(text))


def test_if_anything_is_no_hedge() -> None:
    text = "Ada Quist returns as Mina Holt, now older and, if anything, sharper."
    assert _cast(text) == {("Moonlit Harbor", 2, "asserted", "Ada Quist", "Mina Holt")}


def test_newcomer_in_the_sentence_and_a_star_who_returns_later() -> None:
    text = "She'll be joined by newcomer Rui Lago, who plays the exiled prince Ivo."
    assert ("Moonlit Harbor", 2, "asserted", "Rui Lago", "Ivo") in _cast(text)
    text = "Star Ada Quist shared the news. Ada Quist returns as Mina Holt."
    assert _cast(text) == {("Moonlit Harbor", 2, "asserted", "Ada Quist", "Mina Holt")}


def test_will_not_be_in_season_two() -> None:
    text = "Moonlit Harbor Cast\n\n- Ada Quist as Mina Holt\n\nSadly Ada Quist will not be in season 2."
    assert ("Moonlit Harbor", 2, "denied", "Ada Quist", "Mina Holt") in _cast(text)


def test_non_native_is_confirm_to_come_back_under_a_return_heading() -> None:
    text = "Who Will Return in Season 2?\n\nFor season 2, Ada Quist and Rui Lago is confirm to come back."
    assert _cast(text) == {
        ("Moonlit Harbor", 2, "asserted", "Ada Quist", None),
        ("Moonlit Harbor", 2, "asserted", "Rui Lago", None),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Also back are Ada Quill (Sergeant Tom Pike), Ben Ashe as elder June Marr, and Cy Oduya, who plays publican Mack Reed.",
        "Joining the cast this season are Ada Quill as Sergeant Tom Pike and Ben Ashe as June Marr.",
        "Series leads Ada Quill (Lt. Tom Pike) and Ben Ashe (June Marr) are both returning for the new season.",
        # casting in the making
        "We've cast Ada Quill as Maren's brother, Abel.",
        "Ada Quill will play Abel.",
        "Ada Quill (Detective Abel Pike) has been promoted to series regular.",
    ],
)
def test_returns_and_casting_in_the_making_put_every_pair_in_the_new_season(sentence: str) -> None:
    got = _cast(sentence)
    assert got and all(season == 2 for _, season, _, _, _ in got)


def test_a_shared_plural_description_pairs_actors_and_characters_in_order() -> None:
    got = _pairs("The season introduces Hesper Quayle and Idris Montana as the twin sorcerers Ula and Ren.")
    assert got == {("Hesper Quayle", "Ula"), ("Idris Montana", "Ren")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hesper Quayle and Idris Montana will return as detectives Ula Brandt and Ren Okafor.",
        "Hesper Quayle and Idris Montana reprise their roles as night nurse Ula Brandt and the amnesiac ghost Ren Okafor.",
        "Fans loved Hesper Quayle and Idris Montana, who are back as Ula Brandt and her estranged husband Ren Okafor.",
    ],
)
def test_actors_and_described_characters_pair_in_order(sentence: str) -> None:
    assert _pairs(sentence) == {("Hesper Quayle", "Ula Brandt"), ("Idris Montana", "Ren Okafor")}


def test_a_description_after_a_lone_character_is_no_second_character() -> None:
    got = _pairs("Returning are Ada Marsh as harbourmaster Bea Tolley and Kwame Ashby as DS Leon Ferris, the Bristol detective.")
    assert got == {("Ada Marsh", "Bea Tolley"), ("Kwame Ashby", "DS Leon Ferris")}


def test_a_description_may_hold_of_before_the_character() -> None:
    assert _pairs("Ada Quill, who plays chief of surgery Dr. Miriam Kell, is back.") == {("Ada Quill", "Dr. Miriam Kell")}
    assert _pairs("Ada Quill plays a member of Parliament.") <= {("Ada Quill", None)}


def test_a_future_once_in_doubt_is_no_denial() -> None:
    got = _cast("Ada Quill, who plays Dr. Miriam Kell, is expected to return after a dispute put her future in doubt.")
    assert {(season, stance) for _, season, stance, _, _ in got} == {(None, "asserted"), (2, "speculated")}
    doubted = _cast("I doubt Ada Quill will return as Dr. Miriam Kell.")
    assert {(season, stance) for _, season, stance, _, _ in doubted} == {(2, "denied")}


def test_an_opening_star_or_host_is_no_part_of_the_name() -> None:
    assert _pairs("Star Ada Quill, who plays Dr. Miriam Kell, has signed a new deal.") == {("Ada Quill", "Dr. Miriam Kell")}
    assert find_person_names("Host Bo Lee-Grant returns.") == ["Bo Lee-Grant"]
    assert find_person_names("Fans of Star Trek cheered.") == ["Star Trek"]  # only where the sentence opens
    assert _pairs("Starring Ada Quill and Bo Lee-Grant, it is based on a novel.") == {("Ada Quill", None), ("Bo Lee-Grant", None)}


def test_returning_stars_return_with_the_characters_their_list_gives() -> None:
    got = _cast("They join returning stars Ada Quill, who plays Detective Nell Brody, and Bo Lee-Grant (Ray Brody).")
    assert {(p, c) for _, season, _, p, c in got if season == 2} == {
        ("Ada Quill", "Detective Nell Brody"),
        ("Bo Lee-Grant", "Ray Brody"),
    }
    plain = _cast("The new faces join returning cast members Ada Quill and Bo Lee-Grant.")
    assert {(p, season) for _, season, _, p, _ in plain} == {("Ada Quill", 2), ("Bo Lee-Grant", 2)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The series stars Oscar nominee Ada Quill as Declan Roarke.", ["Ada Quill", "Declan Roarke"]),
        ("It is directed by Oscar-nominated documentarian Bo Lee-Grant.", ["Bo Lee-Grant"]),
        ("Emmy winner Ada Quill returns.", ["Ada Quill"]),
        ("Oscar Isaac stars.", ["Oscar Isaac"]),
    ],
)
def test_an_award_before_a_name_is_no_name(text: str, expected: list[str]) -> None:
    assert find_person_names(text) == expected


def test_joining_as_a_described_role_is_a_casting() -> None:
    assert _cast("Newcomer Ada Quill joins as a state arson investigator.") == {("Moonlit Harbor", 2, "asserted", "Ada Quill", None)}
    assert _cast("Some fans think the Ferryman will join the game as a player.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Season 2 added Ada Quill as a rival boatbuilder from across the bay.", {("Ada Quill", 2)}),
        ("Ada Quill will also recur in a role Netflix is keeping under wraps.", {("Ada Quill", 2)}),
    ],
)
def test_an_actor_brought_in_without_a_named_character(text: str, expected: set[tuple[str, int]]) -> None:
    assert {(p, season) for _, season, _, p, c in _cast(text) if c is None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Quill, Bo Lee-Grant and Cy Dunn in season 3 of Moonlit Harbor.", {("Ada Quill", 3), ("Bo Lee-Grant", 3), ("Cy Dunn", 3)}),
        ("Ada Quill in Moonlit Harbor season 3.", {("Ada Quill", 3)}),
        ("Ada Quill in the kitchen.", set()),
    ],
)
def test_a_caption_names_the_cast_of_the_season(text: str, expected: set[tuple[str, int]]) -> None:
    assert {(p, season) for _, season, _, p, _ in _cast(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hugo Lindqvist will not return for season 5.", {("Hugo Lindqvist", 5, "denied")}),
        ("Hugo Lindqvist is back for the new season.", {("Hugo Lindqvist", 2, "asserted")}),
        ("Detective Hugo Lindqvist will not return for season 5.", set()),  # a titled name: a character
    ],
)
def test_a_full_name_returning_for_a_season_is_an_actor(text: str, expected: set[tuple[str, int, str]]) -> None:
    assert {(p, season, stance) for _, season, stance, p, _ in _cast(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Missing from the new season are Ada Quill and Bo Lee-Grant.", {("Ada Quill", None, 2, "denied"), ("Bo Lee-Grant", None, 2, "denied")}),
        ("Absent this time is Ada Quill's silky counsel Rupert Vale.", {("Ada Quill", "Rupert Vale", 2, "denied")}),
        (
            "Missing from season 2 is Ada Quill, whose character, local vet Sophie Bryant, left town at the end of season 1.",
            {("Ada Quill", "Sophie Bryant", 2, "denied"), ("Ada Quill", "Sophie Bryant", 1, "asserted")},
        ),
        (
            "Not returning is Ada Quill, whose character, the maid Edith, was killed off in the season one finale.",
            {("Ada Quill", "Edith", 2, "denied"), ("Ada Quill", "Edith", 1, "asserted")},
        ),
    ],
)
def test_fronted_absences_deny_the_new_season(text: str, expected: set[tuple[str, str | None, int, str]]) -> None:
    assert {(p, c, season, stance) for _, season, stance, p, c in _cast(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Quill will take over the role of young Eli, replacing Bo Lee-Grant.",
            {("Ada Quill", "Eli", 2, "asserted"), ("Bo Lee-Grant", "Eli", 2, "denied")},
        ),
        (
            "Eli will now be played by Ada Quill, replacing Bo Lee-Grant, who played the character in season one.",
            {("Ada Quill", "Eli", 2, "asserted"), ("Bo Lee-Grant", "Eli", 2, "denied"), ("Bo Lee-Grant", "Eli", 1, "asserted")},
        ),
    ],
)
def test_a_recast_replacing_the_actor_who_had_the_role(text: str, expected: set[tuple[str, str, int, str]]) -> None:
    assert {(p, c, season, stance) for _, season, stance, p, c in _cast(text)} == expected


def test_reviewing_an_offer_is_a_casting_guess() -> None:
    got = _cast('Actress Ada Quill is positively reviewing an offer to star in "Moonlit Harbor 2."')
    assert got == {("Moonlit Harbor", 2, "speculated", "Ada Quill", None)}


def test_returning_cast_include() -> None:
    got = _cast("Returning cast include Ada Quill, Bo Lee-Grant and Cy Dunn.")
    assert {(p, season) for _, season, _, p, _ in got} == {("Ada Quill", 2), ("Bo Lee-Grant", 2), ("Cy Dunn", 2)}


def test_a_credit_in_brackets_before_will_play() -> None:
    assert _pairs("Ada Quill (Derry Girls) will play Sister Agnes, a nun with a violent past.") == {("Ada Quill", "Sister Agnes")}


def test_a_credit_in_brackets_after_the_actor_is_no_subject() -> None:
    got = _pairs("Ada Quill (The Long Field) will recur as Deputy Chief Whip Colin Ashdown.")
    assert got == {("Ada Quill", "Deputy Chief Whip Colin Ashdown")}


def test_co_stars_listed_after_alongside_in_a_starring_sentence() -> None:
    got = _pairs("The show stars Ada Quill as Ruth Pike, the motel's matriarch, alongside Bo Lee-Grant and Cy Dunn.")
    assert got == {("Ada Quill", "Ruth Pike"), ("Bo Lee-Grant", None), ("Cy Dunn", None)}
    assert _pairs("Ada Quill executive produces it alongside Bo Lee-Grant and Cy Dunn.") == set()


def test_coordinated_subjects_with_an_appositive_on_the_first() -> None:
    text = (
        "The show stars Ada Quill as Ruth Pike alongside Bo Lee-Grant. "
        "Quill, an Emmy nominee for the series A Quiet Trespass, and Lee-Grant are both expected to return."
    )
    got = {(p, season, stance) for _, season, stance, p, _ in _cast(text) if season == 2}
    assert got == {("Ada Quill", 2, "speculated"), ("Bo Lee-Grant", 2, "speculated")}


def test_a_return_in_a_second_verb_phrase_has_the_opening_subject() -> None:
    text = "The show stars Ada Quill as Ruth Pike. Quill is the show's anchor and will almost certainly be back."
    assert ("Ada Quill", 2, "speculated") in {(p, season, stance) for _, season, stance, p, _ in _cast(text)}


def test_a_returning_cast_listed_after_including() -> None:
    got = _cast("The main cast will also return, including Ada Quill as Mika and Bo Lee-Grant as Taro.")
    assert {(p, c, season) for _, season, _, p, c in got} == {("Ada Quill", "Mika", 2), ("Bo Lee-Grant", "Taro", 2)}


def test_stars_who_are_set_to_return() -> None:
    got = _cast("Stars Ada Quill and Bo Lee-Grant are set to return, while newcomer Cy Dunn joins as a rival farmer.")
    assert {(show, p, season) for show, season, _, p, _ in got} == {
        ("Moonlit Harbor", "Ada Quill", 2),
        ("Moonlit Harbor", "Bo Lee-Grant", 2),
        ("Moonlit Harbor", "Cy Dunn", 2),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Quill plays the lead role of Detective Ivy Cole.",
        "Ada Quill, who previously starred in the film Paper Cranes, plays the lead role of Detective Ivy Cole.",
        "Ada Quill takes on the role of Detective Ivy Cole.",
        "Ada Quill has been cast in the role of Detective Ivy Cole.",
    ],
)
def test_the_role_of_a_character(sentence: str) -> None:
    assert {(p, c) for p, c in _pairs(sentence) if c} == {("Ada Quill", "Detective Ivy Cole")}


def test_opposite_a_co_star_is_no_character() -> None:
    got = _pairs("Ada Quill has been cast as a series regular opposite Bo Lee-Grant in season 2.")
    assert ("Ada Quill", "Bo Lee-Grant") not in got and ("Ada Quill", None) in got


def test_a_possessive_description_then_the_name() -> None:
    assert _pairs("Ada Quill plays Shale's estranged daughter, June.") == {("Ada Quill", "June")}


def test_credits_and_other_shows_in_a_cast_members_aside() -> None:
    assert _cast("Director Bo Lee-Grant, whose credits include BBC's Dark Water and ITV's Cold Front, returns.") == set()
    got = _cast("The show also features Ada Quill, who appeared in Apple TV+'s Severed Lines and the Oscar-winning film The Quiet Sea.")
    assert got == {("Moonlit Harbor", None, "asserted", "Ada Quill", None)}


def test_played_by_in_brackets_after_a_character_mid_sentence() -> None:
    got = _cast("Season 1 ended with a cliffhanger that left Dr. Nina Shah (played by Ada Quill) fighting for her life.")
    assert {(p, c, season) for _, season, _, p, c in got} == {("Ada Quill", "Dr. Nina Shah", 1)}


def test_would_be_surprised_not_to_see_is_an_expectation() -> None:
    text = (
        "Ada Quill plays Tom Pike and Ben Ashe plays June Marr. "
        "Quill will almost certainly be back, and we'd be surprised not to see Ashe return too."
    )
    got = {(season, stance, person) for _, season, stance, person, _ in _cast(text)}
    assert (2, "speculated", "Ben Ashe") in got


def test_a_past_voice_credit_before_a_future_film_is_not_the_new_season() -> None:
    got = _cast("Ada Quill, who voiced Reze in that final scene, will play her in the movie as well.")
    assert all(season != 2 for _, season, _, _, _ in got)


def test_a_headline_without_a_season_takes_the_leads_highest() -> None:
    text = (
        "Volume 1 of the third and final season dropped on August 21.\n\n"
        "Ada Quill leads the final run as Agnes Redfern, and Ben Ashe will play Silas Vane."
    )
    got = _cast(text, title="Moonlit Harbor's final episodes get a date")
    assert {season for _, season, _, _, _ in got} == {3}


def test_a_list_intro_hedged_then_confirmed_asserts_its_items() -> None:
    text = (
        "Most of the core cast is expected to return, and Netflix has confirmed the following names:\n\n"
        "- Ada Quill as Sergeant Ruth Callan\n"
        "- Ben Ashe as Father Declan Moore\n"
    )
    got = _cast(text)
    assert got and all(stance == "asserted" for _, _, stance, _, _ in got)


def test_a_surname_opening_a_sentence_is_the_person_named_before() -> None:
    text = "Ada Quill has been tapped to star opposite Callum Birch. Birch returns as Prime Minister Edwin Hale."
    assert ("Callum Birch", "Prime Minister Edwin Hale") in _pairs(text)


def test_surname_in_brackets_after_a_character_is_the_actor() -> None:
    text = "Callum Birch plays the prime minister. Season 1 ended with Hale (Birch) surviving a confidence vote."
    assert ("Callum Birch", "Hale") in _pairs(text)


def test_a_titled_name_before_brackets_is_the_character() -> None:
    assert ("Choi Ye-rin", "Madam Gu") in _pairs("The villain, Madam Gu (Choi Ye-rin), returns in the new season.")


def test_the_series_stars_names_its_cast() -> None:
    got = _pairs("The series stars Ada Quill and Callum Birch.")
    assert got == {("Ada Quill", None), ("Callum Birch", None)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Marco Bellandi is also back at the judges' table.",
        "Pastry chef Aiyana Redcloud is the new judge for season 2.",
        "The new season will be hosted by Benji Sato.",
    ],
)
def test_hosts_and_judges_are_cast_without_a_character(sentence: str) -> None:
    got = _cast(sentence)
    assert len(got) == 1
    _show, season, stance, person, character = next(iter(got))
    assert (season, stance, character) == (2, "asserted", None) and person in sentence


def test_a_headline_and_lead_without_a_season_take_the_bodys_most_named() -> None:
    text = (
        "Ada Quill arrives early and orders tea.\n\n"
        "Is she back for season three? Yes, she is back for season three. Ben Ashe will play Silas Vane."
    )
    got = _cast(text, title="Ada Quill on long takes and bad haircuts")
    assert ("Ben Ashe", "Silas Vane") in {(p, c) for _, _, _, p, c in got}
    assert {season for _, season, _, p, _ in got if p == "Ben Ashe"} == {3}


@pytest.mark.parametrize(
    "sentence",
    ["Ada Quill once again leads as Elwin.", "Ada Quill will recur as Deputy Whip Colin Ash.", "Ada Quill continues as Tom Pike."],
)
def test_leading_recurring_and_continuing_roles(sentence: str) -> None:
    got = _cast(sentence)
    assert len(got) == 1 and next(iter(got))[1] == 2 and next(iter(got))[4] is not None


def test_a_list_headed_by_a_seasons_cast_belongs_to_that_season() -> None:
    text = "The first season's main cast:\n\nAda Quill as commander Ruth Pike\nBen Ashe as engineer Tom Marr\n"
    assert {season for _, season, _, _, _ in _cast(text)} == {1}
    joined = "She is joined by most of the first season's cast:\n\nAda Quill as Ruth Pike\nBen Ashe as Tom Marr\n"
    assert {season for _, season, _, _, _ in _cast(joined)} == {2}


def test_almost_certainly_back_is_a_hedged_return() -> None:
    got = _cast("Ada Quill plays Ruth Pike. Quill will almost certainly be back.")
    assert ("Moonlit Harbor", 2, "speculated", "Ada Quill", "Ruth Pike") in got


def test_a_staff_list_is_no_cast_and_a_reprise_list_is_the_new_season() -> None:
    staff = "The announced staff:\n\nChief Supervisor: Kaito Morishima\nCharacter Design: Mio Kanzaki\n"
    assert not _cast(staff)
    voices = "The main voice cast will reprise their roles:\n\nYuzuha (Rina Okamoto)\nTōya (Shun Mizuhara)\n"
    assert {season for _, season, _, _, _ in _cast(voices)} == {2}


def test_a_season_the_lead_says_will_not_come_is_not_the_season_being_made() -> None:
    text = (
        "The network confirmed that the drama will not return for a fourth season, five weeks after its third.\n\n"
        "Ben Ashe will play Silas Vane in the finale special."
    )
    got = _cast(text, title="It's official: the network sinks Moonlit Harbor")
    assert 4 not in {season for _, season, _, _, _ in got}


def test_a_character_of_a_place_keeps_the_place() -> None:
    pairs = _pairs(
        "Sienna Marlowe will play the pirate queen Ysra of the Drowned Coast, and Hollis Baptiste has been "
        "cast as Ser Oren Vask. Ann Bell plays Mara of the Netflix hit."
    )
    assert pairs == {
        ("Sienna Marlowe", "Ysra of the Drowned Coast"),
        ("Hollis Baptiste", "Ser Oren Vask"),
        ("Ann Bell", "Mara"),
    }


def test_a_bracket_pair_sharing_a_characters_family_name_opens_with_the_character() -> None:
    pairs = _pairs(
        "The drama follows Marcus Kell (Idris Vale), a bookkeeper for a crime family. "
        "Lena Moravec plays Vivian Kell, his wife. Tom Reyes (Ada Kell) is her sister."
    )
    assert ("Idris Vale", "Marcus Kell") in pairs
    assert ("Tom Reyes", "Ada Kell") in pairs  # the character's family name sits in the brackets
    assert ("Lena Moravec", "Vivian Kell") in pairs


def test_a_pair_after_a_return_that_is_set_is_the_new_seasons() -> None:
    cast = _cast("Both are set to return, as is Tobias Renn as the hot-headed enforcer Sal Petrosky.")
    assert {(season, person, character) for _, season, _, person, character in cast} == {
        (2, "Tobias Renn", "Sal Petrosky")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Bell, a Bafta winner, returns as Mara.",
        "Ann Bell, who is 40, returns as Mara.",
        "Ann Bell, the star of Dune, will return as Mara.",
    ],
)
def test_an_aside_between_the_actor_and_the_verb(sentence: str) -> None:
    assert {(season, person, character) for _, season, _, person, character in _cast(sentence)} == {
        (2, "Ann Bell", "Mara")
    }


def test_joining_the_cast_in_a_relative_clause() -> None:
    cast = _cast("Gideon Sharpe, who joined the season 2 cast as a federal prosecutor, has since been attached to a film.")
    assert {(season, person, character) for _, season, _, person, character in cast} == {(2, "Gideon Sharpe", None)}


def test_a_cast_list_entry_whose_role_is_kept_secret() -> None:
    doc = extract(
        "New Cast Members in Moonlit Harbor Season 2\n\nThese actors have joined the cast:\n\n"
        "  • Ryu Ji-hoon as Hwang Seung-chul\n  • Kim Dae-ho (role not revealed)\n  • Park Min (undisclosed role)\n",
        title=TITLE,
        published="2024-05-01",
        published_from="given",
    )
    got = {(c.season, c.value["person"], c.value["character"], c.stance) for c in doc.claims if c.kind == "cast"}  # type: ignore[index]
    assert got == {
        (2, "Ryu Ji-hoon", "Hwang Seung-chul", "asserted"),
        (2, "Kim Dae-ho", None, "asserted"),
        (2, "Park Min", None, "asserted"),
    }


def test_a_voice_cast_list_in_several_forms() -> None:
    doc = extract(
        "Moonlit Harbor Season 2\n\nMoonlit Harbor returns.\n\nThe returning voice cast includes:\n\n"
        "Mira: Aoi Tanaka\nProfessor Grell (CV: Daiki Yamashita)\nLina - Saori Hayami\nOtto (voiced by Ken Abe)\n",
        title="Moonlit Harbor Season 2",
        published="2024-05-01",
        published_from="given",
    )
    got = {(c.season, c.value["person"], c.value["character"]) for c in doc.claims if c.kind == "cast"}  # type: ignore[index]
    assert got == {
        (2, "Aoi Tanaka", "Mira"),
        (2, "Daiki Yamashita", "Professor Grell"),
        (2, "Saori Hayami", "Lina"),
        (2, "Ken Abe", "Otto"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Newcomers include Bafta winner Anjana Vasan, who joins as a journalist.", {(2, "Anjana Vasan", None)}),
        ("Newcomers include Anjana Vasan and Rory Kinnear.", {(2, "Anjana Vasan", None), (2, "Rory Kinnear", None)}),
        ("New to the cast is Anjana Vasan, who plays a journalist.", {(2, "Anjana Vasan", None)}),
    ],
)
def test_the_seasons_newcomers(sentence: str, expected: set[tuple[int | None, str, str | None]]) -> None:
    assert {(season, person, character) for _, season, _, person, character in _cast(sentence)} == expected


def test_co_stars_after_a_lead_need_no_star_word() -> None:
    cast = _cast("Wren Ashby leads the final run as Agnes Redfern, alongside Jolie Okoro, who plays Agnes's cousin Hattie.")
    assert (2, "Jolie Okoro", "Hattie") in {(season, person, character) for _, season, _, person, character in cast}


def test_a_list_of_the_earlier_seasons_cast_coming_back_is_the_new_seasons() -> None:
    doc = extract(
        "Moonlit Harbor Season 2\n\nCast\n\nThe voice cast of the season 1 will come back to voice their characters. "
        "Here is the list:\nNatsuki Hanae as Ren Kurosaki\nKana Hanazawa as Yuki Shirogane\n",
        title="Moonlit Harbor Season 2",
        published="2024-05-01",
        published_from="given",
    )
    got = {(c.season, c.value["person"]) for c in doc.claims if c.kind == "cast"}  # type: ignore[index]
    assert got == {(2, "Natsuki Hanae"), (2, "Kana Hanazawa")}


def test_a_list_of_a_named_seasons_cast_keeps_that_season() -> None:
    doc = extract(
        "Moonlit Harbor Season 2\n\nThe cast of season 1:\nNatsuki Hanae as Ren Kurosaki\nKana Hanazawa as Yuki Shirogane\n",
        title="Moonlit Harbor Season 2",
        published="2024-05-01",
        published_from="given",
    )
    assert {(c.season, c.value["person"]) for c in doc.claims if c.kind == "cast"} == {(1, "Natsuki Hanae"), (1, "Kana Hanazawa")}  # type: ignore[index]


def test_a_return_asked_with_whether_is_speculated() -> None:
    cast = _cast("There's no word on whether Ellie Park, who played Mina in season 1, will be back.")
    assert (2, "speculated", "Ellie Park", "Mina") in {(season, stance, p, c) for _, season, stance, p, c in cast}


def test_pairs_after_a_return_and_a_colon_are_the_new_seasons() -> None:
    cast = _cast("Expect the core trio to return: Omar Reyes (Silas Grey), Beth Kwan (Lena Ortiz) and Tom Lane (Jack Moreno).")
    assert {(season, p, c) for _, season, _, p, c in cast} == {
        (2, "Omar Reyes", "Silas Grey"),
        (2, "Beth Kwan", "Lena Ortiz"),
        (2, "Tom Lane", "Jack Moreno"),
    }


def test_a_titled_family_name_takes_the_characters_full_name() -> None:
    pairs = _pairs("Tak Se-yun played Detective Ryu Han-gyeol in season 1. Sadly, Tak Se-yun will not be back as Detective Ryu.")
    assert pairs == {("Tak Se-yun", "Detective Ryu Han-gyeol")}


def test_the_shows_star_named_in_passing_is_cast() -> None:
    cast = _cast("The show's star Helena Voss said the finale was hard to shoot.")
    assert {(season, p) for _, season, _, p, _c in cast} == {(None, "Helena Voss")}


def test_a_returning_host_and_judges_are_the_new_seasons_cast() -> None:
    cast = _cast("Comedian Ellie Taylor returns as host, with judges Keith Jones and Rich Miller also back at the wheel.")
    assert {(season, p, c) for _, season, _, p, c in cast} == {
        (2, "Ellie Taylor", None),
        (2, "Keith Jones", None),
        (2, "Rich Miller", None),
    }


def test_an_interjection_between_the_actor_and_the_verb() -> None:
    cast = _cast("Dominic Achterberg, on the other hand, might not return as the villainous Mr. Thorne.")
    assert {(season, stance, p, c) for _, season, stance, p, c in cast} == {(2, "denied", "Dominic Achterberg", "Mr. Thorne")}


def test_a_hedge_in_a_characters_description_or_an_earlier_intro_sentence_hedges_nothing() -> None:
    doc = extract(
        "Moonlit Harbor Season 2\n\nNoor Halabi is back as Dee Marchetti, the DJ whose broadcasts seem to predict "
        "the disappearances. She's joined by most of the core cast:\n\n- Aurelio Banks (Sheriff Tom Crandall)\n",
        title="Moonlit Harbor Season 2",
        published="2024-05-01",
        published_from="given",
    )
    assert {(c.value["person"], c.stance) for c in doc.claims if c.kind == "cast"} == {  # type: ignore[index]
        ("Noor Halabi", "asserted"),
        ("Aurelio Banks", "asserted"),
    }


def test_leading_the_cast_once_more() -> None:
    cast = _cast("Leading the cast once more is Florence Hale as Nell Marrow.")
    assert {(season, p, c) for _, season, _, p, c in cast} == {(2, "Florence Hale", "Nell Marrow")}


def test_a_season_that_welcomes_newcomers() -> None:
    cast = _cast("Season 2 also welcomes newcomers Nicole Kidman, who plays a rival socialite, and Robert Sean Leonard.")
    assert {(season, p) for _, season, _, p, _c in cast} == {(2, "Nicole Kidman"), (2, "Robert Sean Leonard")}


def test_a_described_role_then_the_next_pair_of_a_list() -> None:
    pairs = _pairs(
        "Joining the returning cast are Aisling Bea as a clan chieftain's widow, Paapa Essiedu as the exiled Lord Rennick."
    )
    assert pairs == {("Aisling Bea", None), ("Paapa Essiedu", "Lord Rennick")}


def test_a_newcomer_whose_role_is_under_wraps() -> None:
    cast = _cast("Joining the cast is newcomer Molly Windsor, whose role is being kept under wraps.")
    assert {(season, p, c) for _, season, _, p, c in cast} == {(2, "Molly Windsor", None)}


@pytest.mark.parametrize("verb", ["is back too", "returns as the lead", "is back"])
def test_who_plays_and_a_return_is_one_claim_for_the_season(verb: str) -> None:
    text = f"Moonlit Harbor returns for season 2 in May. Mara Lind, who plays Queen Elspeth, {verb}."
    assert _cast(text) == {("Moonlit Harbor", 2, "asserted", "Mara Lind", "Queen Elspeth")}


def test_who_plays_beside_a_hedged_return_stays_a_fact_without_season() -> None:
    text = "Moonlit Harbor returns for season 2 in May. Mara Lind, who plays Queen Elspeth, is expected to return."
    assert _cast(text) == {
        ("Moonlit Harbor", None, "asserted", "Mara Lind", "Queen Elspeth"),
        ("Moonlit Harbor", 2, "speculated", "Mara Lind", "Queen Elspeth"),
    }


def test_a_yes_no_question_heading_gives_its_pairs_no_season() -> None:
    text = (
        "Will There Be a Season 2 of Moonlit Harbor?\n\nMoonlit Harbor was a hit.\n\nWill the cast return?\n\n"
        "Kang Min-jae, who plays the grumpy doctor Choi Do-hyun, has been enthusiastic.\n\n"
        "Who is back for season 2?\n\nSeo Hye-rin returns as Baek Na-yeon."
    )
    got = _cast(text, title="Will There Be a Season 2 of Moonlit Harbor?")
    assert ("Moonlit Harbor", None, "asserted", "Kang Min-jae", "Choi Do-hyun") in got
    assert ("Moonlit Harbor", 2, "asserted", "Seo Hye-rin", "Baek Na-yeon") in got


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Han is set to return as Seo-ah.", "asserted"),
        ("Han said she will not return as Seo-ah.", "denied"),
        ("She will return.", "asserted"),
        ("She will not return for season 2.", "denied"),
    ],
)
def test_a_korean_family_name_or_a_pronoun_stands_for_the_actor_named_before(sentence: str, stance: str) -> None:
    text = f"Moonlit Harbor is a hit.\n\nHan Ji-woo, who plays pharmacist Yoon Seo-ah, is the heart of the show. {sentence}"
    assert ("Moonlit Harbor", 2, stance, "Han Ji-woo", "Yoon Seo-ah") in _cast(text)


def test_has_also_been_cast_in_a_recurring_role() -> None:
    text = "Moonlit Harbor returns in May. Sasha Lind has also been cast in a recurring role that Netflix is keeping under wraps."
    assert _cast(text) == {("Moonlit Harbor", 2, "asserted", "Sasha Lind", None)}


def test_whose_and_a_preposition_before_a_name_describes_no_role() -> None:
    text = (
        "Moonlit Harbor returns in May. Season 2 added Ben Sorlie as the antiquarian Father Lucan Vey, whose connection "
        "to Marrow's missing mother became the spine of the season."
    )
    assert _pairs(text) == {("Ben Sorlie", "Father Lucan Vey")}


def test_a_characters_name_may_hold_the_shows_title() -> None:
    text = (
        "Moonlit Harbor returns in May. Ana Ruiz and Bo Kim, who are back as Lady Imogen Moonlit Harbor and her "
        "estranged husband Thomas Hale, lead the cast."
    )
    got = _pairs(text)
    assert ("Ana Ruiz", "Lady Imogen Moonlit Harbor") in got
    assert ("Bo Kim", "Thomas Hale") in got


def test_a_character_with_an_epithet() -> None:
    assert find_person_names("Signe Halvorsen as Yrsa the Pale, and Ana met the Queen.") == [
        "Signe Halvorsen",
        "Yrsa the Pale",
        "Ana",
        "Queen",
    ]
    assert _pairs("Moonlit Harbor returns in May with Signe Halvorsen as Yrsa the Pale.") == {("Signe Halvorsen", "Yrsa the Pale")}


def test_whose_business_names_no_character() -> None:
    text = "Moonlit Harbor returns in May. Her new partner is Matteo Ferraresi, whose bakery Forno Ferraresi has a long line."
    assert not any(character for _, _, _, _, character in _cast(text))


def test_who_has_played_since_a_season_is_a_pair_without_season() -> None:
    text = "Moonlit Harbor returns in May. Celeste Varga, who has played forensic diver Hallie Brandt since season 1, will not return for season 2."
    assert _cast(text) == {
        ("Moonlit Harbor", None, "asserted", "Celeste Varga", "Hallie Brandt"),
        ("Moonlit Harbor", 2, "denied", "Celeste Varga", "Hallie Brandt"),
    }


def test_a_panel_judge_leaving_one_taking_the_seat_and_one_back() -> None:
    text = (
        "Moonlit Harbor returns for season 2 in May. Longtime judge Gideon Pryce is leaving, and Brooklyn bread maker "
        "Matteo Ferraresi takes his seat. At the judges' table, pastry chef Lorraine Okafor, who joined the panel last "
        "year, is back. Ana Lee, who plays Nell, is back."
    )
    assert _cast(text) == {
        ("Moonlit Harbor", 2, "denied", "Gideon Pryce", None),
        ("Moonlit Harbor", 2, "asserted", "Matteo Ferraresi", None),
        ("Moonlit Harbor", 2, "asserted", "Lorraine Okafor", None),
        ("Moonlit Harbor", 2, "asserted", "Ana Lee", "Nell"),
    }


def test_a_credit_in_brackets_before_casting_news_and_a_crew_replacement_are_no_pairs() -> None:
    text = (
        "Moonlit Harbor returns in May. Nadia Okonkwo (Ink Hollow) has been tapped to star opposite Callum Birch. "
        "Marcus Ibe will replace Voss as showrunner on season 2. Ana Lee will replace Bo Kim as Nell."
    )
    # (she is cast, her part unnamed; her credit is no part)
    assert _pairs(text) == {("Ana Lee", "Nell"), ("Bo Kim", "Nell"), ("Nadia Okonkwo", None)}


def test_a_credit_in_brackets_is_not_the_show_of_the_claim() -> None:
    text = (
        "Moonlit Harbor season 2 is filming. Telford has credits including ITV's The Long Field.\n\n"
        "Additionally, Bram Telford (The Long Field) will recur as Deputy Chief Whip Colin Ashdown."
    )
    assert ("Moonlit Harbor", 2, "asserted", "Bram Telford", "Deputy Chief Whip Colin Ashdown") in _cast(text)


def test_she_joins_as_a_regular_playing_a_role() -> None:
    text = (
        "Moonlit Harbor season 2 is filming. Nadia Okonkwo has been tapped to star opposite Callum Birch in the new "
        "season. She joins as a series regular, playing Home Secretary Vivian Marr."
    )
    assert ("Moonlit Harbor", 2, "asserted", "Nadia Okonkwo", "Home Secretary Vivian Marr") in _cast(text)


def test_people_who_co_starred() -> None:
    text = "Moonlit Harbor was cancelled after two seasons. Rafael Conde and Mina Adebayo co-starred."
    assert _cast(text) == {
        ("Moonlit Harbor", None, "asserted", "Rafael Conde", None),
        ("Moonlit Harbor", None, "asserted", "Mina Adebayo", None),
    }


def test_led_the_cast_as_is_the_past_line_up() -> None:
    text = "Moonlit Harbor season 2 is coming. Callum Reyes led the cast as the smuggler Jory Pike."
    assert _cast(text) == {("Moonlit Harbor", None, "asserted", "Callum Reyes", "Jory Pike")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Returning cast members include Ana Ruiz, Bo Kim and Cy Dunn.",
            {("Ana Ruiz", None), ("Bo Kim", None), ("Cy Dunn", None)},
        ),
        ("Ana Ruiz will once again play Nell Brody.", {("Ana Ruiz", "Nell Brody")}),
        ("Ana Ruiz will again play Nell Brody.", {("Ana Ruiz", "Nell Brody")}),
    ],
)
def test_returning_cast_members_include_and_will_again_play(sentence: str, expected: set[tuple[str, str | None]]) -> None:
    got = _cast(f"Moonlit Harbor season 2 arrives in 2025. {sentence}")
    assert {(p, c) for _, season, _, p, c in got if season == 2} == expected


def test_a_list_of_full_names_set_to_return() -> None:
    got = _cast("Moonlit Harbor season 2 arrives in 2025. Ana Ruiz, Bo Kim and Cy Dunn are all set to return.")
    assert {(p, season) for _, season, _, p, _ in got} == {("Ana Ruiz", 2), ("Bo Kim", 2), ("Cy Dunn", 2)}


@pytest.mark.parametrize("verb", ["are also back", "will return", "are both back"])
def test_pairs_in_brackets_listed_before_a_return(verb: str) -> None:
    got = _cast(f"Moonlit Harbor season 2 arrives in 2025. Ana Ruiz (Nell Brody) and Bo Kim (Rudd) {verb}.")
    assert {(p, c, season) for _, season, _, p, c in got} == {("Ana Ruiz", "Nell Brody", 2), ("Bo Kim", "Rudd", 2)}


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [("Ana Ruiz confirmed she will return.", "asserted"), ("Ana Ruiz said she will not return.", "denied")],
)
def test_an_actor_who_says_she_will_return(sentence: str, stance: str) -> None:
    got = _cast(f"Moonlit Harbor season 2 arrives in 2025. {sentence}")
    assert got == {("Moonlit Harbor", 2, stance, "Ana Ruiz", None)}


# --- cast lists and casting phrasings of news copy -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Lindqvist, Maren Oduya and Pell Sarkis were also part of the cast.",
        "The cast also includes Ivo Lindqvist, Maren Oduya and Pell Sarkis.",
        "Rounding out the cast are Ivo Lindqvist, Maren Oduya and Pell Sarkis.",
        "The ensemble is rounded out by Ivo Lindqvist, Maren Oduya and Pell Sarkis.",
    ],
)
def test_a_cast_list_names_people_of_no_season(sentence: str) -> None:
    found = _cast("Moonlit Harbor is a coastal mystery.\n\n" + sentence)
    assert found == {("Moonlit Harbor", None, "asserted", p, None) for p in ("Ivo Lindqvist", "Maren Oduya", "Pell Sarkis")}


def test_a_past_cast_list_takes_the_season_it_names() -> None:
    found = _cast("Moonlit Harbor is a coastal mystery.\n\nIvo Lindqvist and Maren Oduya were part of the cast in season 1.")
    assert found == {("Moonlit Harbor", 1, "asserted", p, None) for p in ("Ivo Lindqvist", "Maren Oduya")}


def test_stars_in_the_show_alongside_names_everyone_but_a_credit_does_not() -> None:
    found = _pairs("Moonlit Harbor is a coastal mystery.\n\nIvo Lindqvist stars in Moonlit Harbor alongside Maren Oduya and Pell Sarkis.")
    assert found == {("Ivo Lindqvist", None), ("Maren Oduya", None), ("Pell Sarkis", None)}
    assert _pairs("Ivo Lindqvist, who also stars in Tin Harbour, is a newcomer.") == set()


@pytest.mark.parametrize(
    ("sentence", "season"),
    [
        ("Actress Maren Oduya has joined the series in the role of Wren, a lifeguard.", 2),
        ("Maren Oduya has been tapped to play Wren Calloway.", 2),
        ("Maren Oduya has been tapped to play the harbour pilot, Wren Calloway.", 2),
        ("Maren Oduya has been cast to play Wren, a character glimpsed in the first season.", 2),
    ],
)
def test_casting_news_pairs_for_the_season_being_made(sentence: str, season: int) -> None:
    found = _cast("Moonlit Harbor is a coastal mystery. " + sentence)
    assert {(s, p) for _, s, _, p, _ in found} == {(season, "Maren Oduya")}
    assert all(c and c.startswith("Wren") for *_, c in found)


def test_a_pronoun_plays_the_role_of_a_character() -> None:
    text = "Maren Oduya will be joining the cast for season two. She will be playing the role of Wren, a pilot."
    assert _cast(text) == {("Moonlit Harbor", 2, "asserted", "Maren Oduya", "Wren")}


def test_will_and_may_are_given_names_inside_prose_but_not_the_verb_of_a_question() -> None:
    assert find_person_names("Deadline reports that Will Osgood has signed on.") == ["Deadline", "Will Osgood"]
    assert find_person_names("Netflix said that May Arkwright returns.") == ["Netflix", "May Arkwright"]
    assert "Will Moonlit Harbor" not in find_person_names("Will Moonlit Harbor return?")
    assert find_person_names("Fans will love it.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ivo Lindqvist, Maren Oduya and Pell Sarkis co-star.", {("Ivo Lindqvist", None), ("Maren Oduya", None), ("Pell Sarkis", None)}),
        ("Season 1 features guest stars including Ivo Lindqvist and Maren Oduya.", {("Ivo Lindqvist", None), ("Maren Oduya", None)}),
        ("Season 2 will introduce Wren, played by Tin Harbour alum Maren Oduya.", {("Maren Oduya", "Wren")}),
        ("Other actors joining the show as series regulars are Ivo Lindqvist and Maren Oduya.", {("Ivo Lindqvist", None), ("Maren Oduya", None)}),
        ("Maren Oduya is new. Oduya, meanwhile, portrays Wren, a pilot.", {("Maren Oduya", "Wren")}),
        ("The story of Wren Calloway (Maren Oduya) is told again.", {("Maren Oduya", "Wren Calloway")}),
        ("The series follows its main character, Wren Calloway (Maren Oduya).", {("Maren Oduya", "Wren Calloway")}),
        ("Ivo Lindqvist, who arrived in season 1 as Tobias Rook, is back.", {("Ivo Lindqvist", "Tobias Rook")}),
        ("Pell Sarkis will arrive as a smuggler from the north.", {("Pell Sarkis", None)}),
    ],
)
def test_news_copy_cast(sentence: str, expected: set[tuple[str, str | None]]) -> None:
    assert _pairs("Moonlit Harbor is a coastal mystery.\n\n" + sentence) == expected


def test_guest_stars_take_the_season_named_before_them() -> None:
    found = _cast("Moonlit Harbor is a mystery.\n\nSeason 1 features guest stars including Ivo Lindqvist and Maren Oduya.")
    assert {s for _, s, *_ in found} == {1}


def test_appearing_as_a_character_is_no_hedge() -> None:
    assert _cast("Moonlit Harbor is a mystery.\n\nMaren Oduya will appear as Wren in season 2.") == {
        ("Moonlit Harbor", 2, "asserted", "Maren Oduya", "Wren")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ivo Lindqvist will be reprising his role as Captain Rook.", {(2, "Ivo Lindqvist", "Captain Rook")}),
        ("Maren Oduya will revisit the character of harbour pilot Wren.", {(2, "Maren Oduya", "Wren")}),
        ("Pell Sarkis will star in the second season in a role that is yet to be revealed.", {(2, "Pell Sarkis", None)}),
        (
            "Joining the cast of Moonlit Harbor season 2 as new players are Ivo Lindqvist and Maren Oduya.",
            {(2, "Ivo Lindqvist", None), (2, "Maren Oduya", None)},
        ),
    ],
)
def test_casting_phrasings_for_the_new_season(sentence: str, expected: set[tuple[int, str, str | None]]) -> None:
    found = _cast("Moonlit Harbor is a coastal mystery.\n\n" + sentence)
    assert {(s, p, c) for _, s, _, p, c in found} == expected
    assert {st for _, _, st, _, _ in found} == {"asserted"}


def test_a_led_compound_teaches_the_full_name_and_resuming_a_role_returns() -> None:
    text = (
        "The Ivo Lindqvist-led drama was a hit. The new season will see Lindqvist return as Captain Rook. "
        "Maren Oduya resumes her role as Wren."
    )
    assert _pairs(text) == {("Ivo Lindqvist", "Captain Rook"), ("Maren Oduya", "Wren")}


def test_described_characters_in_brackets_and_credits_in_brackets() -> None:
    text = "The series stars Ivo Lindqvist (pawnshop owner Bobo) and Maren Oduya (a witch named Fiji)."
    assert _pairs(text) == {("Ivo Lindqvist", "Bobo"), ("Maren Oduya", "Fiji")}
    assert ("Pell Sarkis", "Tin Harbour") not in _pairs("Pell Sarkis (known for Tin Harbour) joins the series.")


def test_leading_the_cast_and_attached_to_reprise() -> None:
    found = _cast("Season 1 arrived in 2023, with Ivo Lindqvist and Maren Oduya leading the cast.")
    assert {(s, p) for _, s, _, p, _ in found} == {(1, "Ivo Lindqvist"), (1, "Maren Oduya")}
    found = _cast("So far, series leads Ivo Lindqvist and Maren Oduya are attached to reprise their roles.")
    assert {(s, p) for _, s, _, p, _ in found} == {(2, "Ivo Lindqvist"), (2, "Maren Oduya")}


def test_brackets_of_credits_make_no_pairs_and_korean_syllables_stay_in_names() -> None:
    text = "Back are Go Soo-min (Moonlit Harbor), Heo Jun-ho (Why Her) and Ahn So-hee (Thirty-Nine)."
    assert not [c for p, c in _pairs(text) if c is not None]
    assert find_person_names("The friends Ahn So Hee and Kim Do Hyun met.") == ["Ahn So Hee", "Kim Do Hyun"]
    assert find_person_names("Delphine Okafor Is Back as Host") == ["Delphine Okafor", "Back", "Host"]


def test_as_before_a_clause_pairs_no_one_and_returns_to_play() -> None:
    assert _pairs("Filming begins in Glasgow as Maren Oduya returns.") == set()
    assert _cast("Maren Oduya returns to play Queen Wren.") == {("Moonlit Harbor", 2, "asserted", "Maren Oduya", "Queen Wren")}


def test_a_prose_list_of_pairs_is_ordered_by_its_titled_or_described_member() -> None:
    text = (
        "Most of the council is back with her: Corwen Ashdown (Ivo Lindqvist), Sister Ameline (Maren Oduya), "
        "the smuggler Jory Fenn (Pell Sarkis)."
    )
    assert _cast(text) == {
        ("Moonlit Harbor", 2, "asserted", "Ivo Lindqvist", "Corwen Ashdown"),
        ("Moonlit Harbor", 2, "asserted", "Maren Oduya", "Sister Ameline"),
        ("Moonlit Harbor", 2, "asserted", "Pell Sarkis", "Jory Fenn"),
    }


def test_respective_sons_and_a_past_co_star() -> None:
    text = "The series starred Ivo Lindqvist as Hank, alongside Maren Oduya and Pell Sarkis as his sons Wade and Eddie."
    assert _pairs(text) == {("Ivo Lindqvist", "Hank"), ("Maren Oduya", "Wade"), ("Pell Sarkis", "Eddie")}
    found = _cast("Maren Oduya co-starred as Nell Asante, the no-nonsense bookkeeper.")
    assert found == {("Moonlit Harbor", None, "asserted", "Maren Oduya", "Nell Asante")}


def test_will_play_a_described_part_names_the_actor_only() -> None:
    assert _cast("Veteran actor Ivo Lindqvist will play a retired detective.") == {
        ("Moonlit Harbor", 2, "asserted", "Ivo Lindqvist", None)
    }
    assert _cast("Ivo Lindqvist will play a bigger role this season.") == set()


def test_followed_a_described_character_in_brackets() -> None:
    assert _pairs("The first season followed Guardia Civil sergeant Lucía Ferreiro (Maren Oduya).") == {("Maren Oduya", "Lucía Ferreiro")}


def test_whose_named_character_was_killed_off() -> None:
    text = "Ivo Lindqvist, whose Sheriff Wade Pruitt was killed off in the finale of season 1, will not return."
    assert _cast(text) == {
        ("Moonlit Harbor", 1, "asserted", "Ivo Lindqvist", "Sheriff Wade Pruitt"),
        ("Moonlit Harbor", 2, "denied", "Ivo Lindqvist", "Sheriff Wade Pruitt"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ivo Lindqvist will once again take on the role of Gong Tae-seok.", {(2, "asserted", "Ivo Lindqvist", "Gong Tae-seok")}),
        ("Maren Oduya will also reprise her role as his grandmother Madam Oh.", {(2, "asserted", "Maren Oduya", "Madam Oh")}),
        ("If he accepts, Pell Sarkis is expected to play Ma Jun-hyuk, a rival tailor.", {(2, "speculated", "Pell Sarkis", "Ma Jun-hyuk")}),
        ("Ivo Lindqvist will guest-star as her estranged brother, Eli Vance.", {(2, "asserted", "Ivo Lindqvist", "Eli Vance")}),
        ("Comedy veteran Ivo Lindqvist also pops up as the pompous Bishop Clive Arden.", {(None, "asserted", "Ivo Lindqvist", "Bishop Clive Arden")}),
        ("Alongside Maren Oduya as Jo, the series stars Ivo Lindqvist as churchwarden Gordon Fitch.", {
            (None, "asserted", "Maren Oduya", "Jo"), (None, "asserted", "Ivo Lindqvist", "Gordon Fitch")
        }),
    ],
)
def test_more_casting_news_forms(sentence: str, expected: set[tuple[int | None, str, str, str]]) -> None:
    assert {(s, st, p, c) for _, s, st, p, c in _cast(sentence)} == expected


def test_a_subject_through_a_credit_aside() -> None:
    text = (
        "Maren Oduya has been cast as a series regular. Maren Oduya, who earned an Emmy nomination for Hulu's Tin "
        "Harbour, will play Sheriff Marisol Vance, a former homicide detective."
    )
    doc = extract(text, title=TITLE, published="2024-05-01")
    rows = {(c.show, c.kind, c.value["person"] if isinstance(c.value, dict) else c.value) for c in doc.claims}  # type: ignore[index]
    assert ("Moonlit Harbor", "cast", "Maren Oduya") in rows
    assert not {r for r in rows if r[0] == "Tin Harbour"}
    assert ("Maren Oduya", "Sheriff Marisol Vance") in _pairs(text)


def test_a_surname_subject_through_a_credit_aside() -> None:
    text = "Maren Oduya has been cast. Oduya, who earned an Emmy nomination for Hulu's Tin Harbour, will play Sheriff Wren Vance."
    assert ("Maren Oduya", "Sheriff Wren Vance") in _pairs(text)


def test_a_season_named_after_another_show_is_that_shows() -> None:
    text = (
        "Speaking while promoting Gravel Kings Season 4, Nadia Brill, who plays Tess Marlow in Moonlit Harbor, "
        "teased the new season."
    )
    rows = _cast(text)
    assert rows and not {r for r in rows if r[1] == 4}


@pytest.mark.parametrize(
    "sentence",
    [
        "Nadia Brill from “Gravel Kings” will be playing Tess Marlow in the new season.",
        "Nadia Brill from Gravel Kings will play Tess Marlow in the new season.",
        "Nadia Brill, of Gravel Kings fame, will play Tess Marlow in the new season.",
        "Nadia Brill from “Gravel Kings” has joined the cast as Tess Marlow.",
        "Nadia Brill, who was previously seen in “Gravel Kings,” will be playing Tess Marlow.",
    ],
)
def test_an_actor_with_a_credit_before_the_verb(sentence: str) -> None:
    assert ("Moonlit Harbor", 2, "asserted", "Nadia Brill", "Tess Marlow") in _cast(sentence)


def test_a_return_named_as_a_noun() -> None:
    hoped = "Fans are curious about the potential return of main actors like Cho Jin-woong, Kim Hye-soo, and Lee Je-hoon."
    assert {(p, st) for _, _, st, p, _ in _cast(hoped)} == {
        ("Cho Jin-woong", "speculated"),
        ("Kim Hye-soo", "speculated"),
        ("Lee Je-hoon", "speculated"),
    }
    confirmed = "The studio confirmed the return of Cho Jin-woong and Kim Hye-soo for the new season."
    assert {(p, s, st) for _, s, st, p, _ in _cast(confirmed)} == {("Cho Jin-woong", 2, "asserted"), ("Kim Hye-soo", 2, "asserted")}


def test_a_newcomers_part_named_later_is_in_the_season_they_joined() -> None:
    text = (
        "Moonlit Harbor has set new series regulars for its second season: Tamsin Okafor and newcomer Imani Greer-Walsh "
        "have joined the cast.\n\nThe drama follows a family feud over land in the bayou. "
        "Greer-Walsh, who makes her debut, plays Sister Perpetua, a young nun."
    )
    rows = _cast(text)
    assert ("Moonlit Harbor", 2, "asserted", "Imani Greer-Walsh", "Sister Perpetua") in rows
    assert ("Moonlit Harbor", None, "asserted", "Imani Greer-Walsh", "Sister Perpetua") not in rows


def test_a_long_description_before_the_part_and_a_list_that_goes_on() -> None:
    text = (
        "The first season stars Ines Moro as Nadia Brek, Elias Marchetti as her childhood friend turned police "
        "constable Tobias Renwick, and Callum Ashby as Gideon Farrow. Wren Halvorsen plays Nadia's sister-in-law, Ingrid Brek."
    )
    rows = _cast(text)
    assert ("Moonlit Harbor", 1, "asserted", "Elias Marchetti", "Tobias Renwick") in rows
    assert ("Moonlit Harbor", 1, "asserted", "Wren Halvorsen", "Ingrid Brek") in rows


def test_actors_listed_with_their_parts_in_brackets_are_no_shows() -> None:
    text = "Elias Marchetti (Tobias Renwick) and Wren Halvorsen (Ingrid Brek) are also expected to return."
    doc = extract(text, title=TITLE, published="2024-05-01", published_from="given")
    assert {s.title for s in doc.document.shows} == {"Moonlit Harbor"}


def test_staff_credits_are_no_cast_pairs() -> None:
    text = (
        "Kyoji Asano (Psycho-Pass) will return as character designer. Most of the staff return, with Yuka Kuroda as "
        "second character designer, Teru Sekiguchi as second art director, e Masayuki Kurosawa to editing."
    )
    assert not _cast(text)


def test_signed_up() -> None:
    assert ("Moonlit Harbor", 2, "asserted", "Desmond Ure", None) in _cast("Desmond Ure has also signed up in an as-yet-unannounced role.")
    assert ("Desmond Ure", "Tom Reed") in _pairs("Desmond Ure has signed up to play Tom Reed.")


def test_british_continuing_drama_exits_and_arrivals() -> None:
    text = (
        "Gemma Thorne is leaving the role of café owner Lorraine 'Lol' Brierley. "
        "Tayo Adebanjo-Reid has quit the role of Marcus Hale and won't appear in season 2 at all, with Marcus written "
        "out off-screen. Sienna Ravel, who played Kat in Hollow Creek, joins as the town's new GP Dr Amara Kessington."
    )
    rows = _cast(text)
    assert ("Moonlit Harbor", None, "asserted", "Gemma Thorne", "Lorraine 'Lol' Brierley") in rows
    assert ("Moonlit Harbor", 2, "denied", "Tayo Adebanjo-Reid", "Marcus Hale") in rows
    assert ("Moonlit Harbor", 2, "asserted", "Sienna Ravel", "Dr Amara Kessington") in rows
    assert not {r for r in rows if r[4] == "Kat"}


def test_a_subject_through_a_best_known_aside() -> None:
    text = "Joining them is Harlan Voss, best known as the ruthless cattle baron on Paramount+'s Red Mesa, who will play Ezekiel Marsh, a preacher."
    assert ("Moonlit Harbor", 2, "asserted", "Harlan Voss", "Ezekiel Marsh") in _cast(text)
    doc = extract(text, title=TITLE, published="2024-05-01", published_from="given")
    assert not [c for c in doc.claims if c.kind == "platform"]


def test_a_list_without_clues_goes_the_way_the_last_list_went() -> None:
    text = (
        "Cast\n\nReturning cast:\n\n- Granny Tae: Michiyo Obata\n- Tsumugi Hanazono: Asuka Tenjo\n\n"
        "New cast:\n\n- Ren Kurobane: Kaito Shirasagi\n- Ayame Shinonome: Nanami Kugayama\n"
    )
    pairs = _pairs(text)
    assert ("Kaito Shirasagi", "Ren Kurobane") in pairs
    assert ("Ren Kurobane", "Kaito Shirasagi") not in pairs


def test_characters_and_actors_listed_around_played_by_pair_in_order() -> None:
    text = "Teenage twins Finn and Rosa Caddick, played by newcomers Oscar Beddoes and Lily-Mae Furness, move in."
    rows = _cast(text)
    assert ("Moonlit Harbor", 2, "asserted", "Oscar Beddoes", "Finn Caddick") in rows
    assert ("Moonlit Harbor", 2, "asserted", "Lily-Mae Furness", "Rosa Caddick") in rows
    both = _pairs("The twins Finn Caddick and Rosa Caddick are played by Oscar Beddoes and Lily-Mae Furness.")
    assert both == {("Oscar Beddoes", "Finn Caddick"), ("Lily-Mae Furness", "Rosa Caddick")}


def test_rounding_out_the_family_and_surnames_set_to_return() -> None:
    text = (
        "The series stars Maureen Achterberg as matriarch Ada Lusk, with Tobias Fenn, Lucía Arandel and Petra Lindqvist "
        "rounding out the family. Achterberg, Fenn and Arandel are all set to return."
    )
    rows = _cast(text)
    assert {("Tobias Fenn", None), ("Lucía Arandel", None), ("Petra Lindqvist", None)} <= {(r[3], r[1]) for r in rows}
    assert {("Tobias Fenn", 2), ("Lucía Arandel", 2)} <= {(r[3], r[1]) for r in rows}


def test_recurred_and_recurs() -> None:
    past = _cast("Dana Whitlock, who recurred as dispatcher Kit Bramble in the first season, is back.")
    assert ("Moonlit Harbor", 1, "asserted", "Dana Whitlock", "Kit Bramble") in past
    assert ("Moonlit Harbor", 2, "asserted", "Owen Batiste", "Rusty Mouton") in _cast("Owen Batiste recurs as Rusty Mouton, a rival.")


def test_both_series_are_the_two_just_named() -> None:
    title = "Moonlit Harbor will return for series 5 and 6"
    text = "Tunde Bakare (Reverend Sam Oduya) and Penny Stroud (Mrs Agatha Venn) will all be back for both series."
    rows = {(r[1], r[3]) for r in _cast(text, title=title)}
    assert {(5, "Tunde Bakare"), (6, "Tunde Bakare"), (5, "Penny Stroud"), (6, "Penny Stroud")} <= rows
    assert not {r for r in rows if r[0] in (1, 2)}


def test_would_play_is_the_season_being_made() -> None:
    rows = _cast("If her deal closes, Harriet Vane-Lowell would play Agnes Crane, the railroad's majority shareholder.")
    assert ("Moonlit Harbor", 2, "speculated", "Harriet Vane-Lowell", "Agnes Crane") in rows


def test_a_list_of_actors_with_credits_and_a_copula_part_later() -> None:
    text = (
        "Dana Whitlock (Greyhound Summer), Orlando Reyes-Bach (The Undertow) and Priya Castellanos (Ledger Lines) have "
        "been cast as series regulars for the second season. Reyes-Bach is Father Tomás Ibarra, the parish priest."
    )
    rows = _cast(text)
    assert {r[3] for r in rows} >= {"Dana Whitlock", "Orlando Reyes-Bach", "Priya Castellanos"}
    assert not {r for r in rows if r[4] in ("Greyhound Summer", "The Undertow", "Ledger Lines")}
    assert ("Moonlit Harbor", 2, "asserted", "Orlando Reyes-Bach", "Father Tomás Ibarra") in rows


def test_a_list_with_a_the_character_reads_character_first() -> None:
    text = (
        "The main voice cast returns:\n\n- Ren Kasugai (Yūto Minase)\n- The Lantern Keeper (Genta Ōmori)\n"
        "- Suzu Kasugai (Mio Takeuchi)\n"
    )
    pairs = _pairs(text)
    assert ("Yūto Minase", "Ren Kasugai") in pairs
    assert {c for p, c in pairs if p == "Genta Ōmori"} & {"The Lantern Keeper", "Lantern Keeper"}


def test_hosts_after_a_described_hosted_by() -> None:
    rows = _cast("Hosted by married contractors Jolene and Beau Teague, the series follows the couple as they rescue houses.")
    assert {(r[1], r[3]) for r in rows} == {(None, "Jolene Teague"), (None, "Beau Teague")}


def test_locked_in_for_a_season_and_the_new_season_without_someone() -> None:
    text = (
        "Led by Gina Marchetti as Lt. Carla Ruiz, Moonlit Harbor averages eight million viewers. "
        "Marchetti, who has played Ruiz since the pilot, is locked in for Season 2. "
        "The new season will be without Ken Alvarado (Captain Frank Dunne), who announced his exit in March."
    )
    got = _cast(text)
    assert ("Moonlit Harbor", 2, "asserted", "Gina Marchetti", "Lt. Carla Ruiz") in got
    assert ("Moonlit Harbor", 2, "denied", "Ken Alvarado", "Captain Frank Dunne") in got


def test_described_names_and_siblings_sharing_a_surname() -> None:
    text = (
        "Stand-up Dana Fitzwilliam stars as Barb Kowalski, a board president. "
        "Erin Calloway and Marcus Tillman star as Jo and Danny Wayside, the siblings."
    )
    pairs = _pairs(text)
    assert ("Dana Fitzwilliam", "Barb Kowalski") in pairs
    assert ("Erin Calloway", "Jo Wayside") in pairs and ("Marcus Tillman", "Danny Wayside") in pairs


def test_a_description_that_returns_somewhere_is_no_return_to_the_cast() -> None:
    text = (
        "Simone Achterberg co-stars as his daughter Claire Ashgrove, a public defender who returns to the family "
        "business after her father's stroke, with Rafael Quintana as junior partner Theo Marsh."
    )
    assert ("Moonlit Harbor", None, "asserted", "Rafael Quintana", "Theo Marsh") in _cast(text)


def test_a_cast_table_read_as_text() -> None:
    text = (
        "Moonlit Harbor season 2 is coming to Netflix in 2025.\n\n"
        "Who is returning?\n\n"
        "Role | Cast member | Status\n"
        "Robin Penhale | Ellie Marchbank | Returning\n"
        "DS Meredith Kane | Saskia Vine | Rumoured\n"
        "Jamie Penhale | Oliver Stroud | Not returning\n\n"
        "Actor | Character\n"
        "Tom Hale | Father Declan Moss\n"
    )
    got = _cast(text)
    assert ("Moonlit Harbor", 2, "asserted", "Ellie Marchbank", "Robin Penhale") in got
    assert ("Moonlit Harbor", 2, "speculated", "Saskia Vine", "DS Meredith Kane") in got
    assert ("Moonlit Harbor", 2, "denied", "Oliver Stroud", "Jamie Penhale") in got
    assert ("Moonlit Harbor", None, "asserted", "Tom Hale", "Father Declan Moss") in got
    assert not any(person in ("Role", "Cast member", "Actor") for _, _, _, person, _ in got)


def test_joined_again_by_the_returning_cast() -> None:
    text = "Ana Ruiz returns as Kate. She is joined again by Tom Whitcombe as Senior Constable Lachie Briggs."
    assert ("Moonlit Harbor", 2, "asserted", "Tom Whitcombe", "Senior Constable Lachie Briggs") in _cast(text)


def test_a_nationality_before_a_job_and_a_reverend_are_no_names() -> None:
    text = (
        "Sophie Marchetti-Kaye leads as DC Ellen Brisk, opposite American actor Jonah Pettigrew as Caleb Wren. "
        "They're joined by Harriet Okafor as the Rev. Alison Dunmore."
    )
    pairs = _pairs(text)
    assert ("Jonah Pettigrew", "Caleb Wren") in pairs and ("Harriet Okafor", "Rev. Alison Dunmore") in pairs
    assert not any(person == "American" or character == "Rev" for person, character in pairs)


def test_a_negation_in_a_description_with_asides_is_no_denial() -> None:
    text = (
        "Ana Ruiz will recur as Detective Sergeant Ruth Abernathy, a local officer whose loyalties, in the grand "
        "tradition of the series, are not entirely clear."
    )
    assert ("Moonlit Harbor", 2, "asserted", "Ana Ruiz", "Detective Sergeant Ruth Abernathy") in _cast(text)



def test_not_making_the_jump_and_a_description_with_its_own_comma() -> None:
    text = (
        "Not making the jump are Tobias Greer, who played Sheriff Hal Brandt. "
        "Marcus Feldt joins as Father Aurel Janssen, the new priest in Ferrow Bay, whose kindness hides a past he "
        "would rather keep underwater."
    )
    got = _cast(text)
    assert ("Moonlit Harbor", 2, "denied", "Tobias Greer", "Sheriff Hal Brandt") in got
    assert ("Moonlit Harbor", 2, "asserted", "Marcus Feldt", "Father Aurel Janssen") in got


def test_pairs_in_an_including_list_before_will_return() -> None:
    text = "The English dub cast, including Brianna Castell as Tomo and Devin Marsh as Kurogane, will return."
    got = _cast(text)
    assert ("Moonlit Harbor", 2, "asserted", "Brianna Castell", "Tomo") in got
    assert ("Moonlit Harbor", 2, "asserted", "Devin Marsh", "Kurogane") in got


def test_whose_character_met_a_grisly_end() -> None:
    text = "Geoffrey Sandiford, whose Lord Ambrose Thorne met a grisly end in the season one finale, will not be back."
    got = _cast(text)
    assert ("Moonlit Harbor", 1, "asserted", "Geoffrey Sandiford", "Lord Ambrose Thorne") in got
    assert ("Moonlit Harbor", 2, "denied", "Geoffrey Sandiford", "Lord Ambrose Thorne") in got


def test_parts_written_in_quotes() -> None:
    text = (
        'Seo Ye-rin returns as "Yoon Da-on," the pharmacist. '
        'Joining the cast for season 2 is Go Eun-chae, who will play "Ha Seol," a mysterious new customer.'
    )
    pairs = _pairs(text)
    assert ("Seo Ye-rin", "Yoon Da-on") in pairs and ("Go Eun-chae", "Ha Seol") in pairs


def test_judges_returning_as_will() -> None:
    got = _cast("The host will return, as will judges Arturo Venn and Priya Castellano.")
    assert {("Moonlit Harbor", 2, "asserted", "Arturo Venn", None), ("Moonlit Harbor", 2, "asserted", "Priya Castellano", None)} <= got


def test_a_cv_entry_keeps_the_parts_article() -> None:
    text = "The returning cast includes:\n\n- Mira (CV: Saori Hanazawa)\n- The Cinder Queen (CV: Ayane Kushida)\n"
    assert ("Ayane Kushida", "The Cinder Queen") in _pairs(text)


def test_a_host_who_will_return_and_a_show_from_hosts() -> None:
    assert ("Moonlit Harbor", 2, "asserted", "Tamsin Rourke", None) in _cast("Host Tamsin Rourke will return.")
    got = _cast("The renovation docuseries from hosts Jolene and Beau Teague will return with season two.")
    assert not {row for row in got if row[1] == 2}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Lottie Baird, who played 11-year-old June in season 1, is not back.", ("Lottie Baird", "June")),
        ("Varun Mehrotra is back as the upright but short-tempered ACP Vikram Rathore.", ("Varun Mehrotra", "ACP Vikram Rathore")),
        ('Lee Dong-gyu, who played Da-on\'s younger brother "Yoon Da-jun" in the first season, is enlisting.', ("Lee Dong-gyu", "Yoon Da-jun")),
        ('Joining the cast is veteran actor Ryu Jae-hwan as "Director Kang Mu-yeol," the head of a conglomerate.', ("Ryu Jae-hwan", "Director Kang Mu-yeol")),
    ],
)
def test_descriptions_before_a_part_ages_contrasts_and_quoted_parts(sentence: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(sentence)


def test_a_quoted_part_with_a_title_is_no_crew_credit() -> None:
    doc = extract('Joining the cast is Ryu Jae-hwan as "Director Kang Mu-yeol," a tycoon.', title=TITLE, published="2024-03-14", published_from="given")
    assert not [c for c in doc.claims if c.kind == "crew"]


def test_but_opening_a_clause_ends_the_description() -> None:
    pairs = _pairs("Rumour has it Oren Malick has been cast as a major villain, but neither Apple nor Malick has commented.")
    assert not any(char == "Oren Malick" or (char or "").startswith(("Apple", "Malick")) for _, char in pairs)


@pytest.mark.parametrize(
    "sentence",
    [
        "Omari Blake, who recurred as paramedic Leon Pratt in Season 1, has been upped to series regular for Season 2.",
        "Omari Blake, who played the charming and deeply untrustworthy Leon Pratt in season one, was promoted to series regular.",
        "Omari Blake, who plays the Lusks' rival Leon Pratt, has been upped to series regular for the new season.",
    ],
)
def test_a_recurring_player_upped_to_series_regular_is_in_the_new_season(sentence: str) -> None:
    rows = _cast(sentence)
    assert ("Moonlit Harbor", 2, "asserted", "Omari Blake", "Leon Pratt") in rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Meanwhile, Ketki Joshi will be seen again as Rathore's wife Anjali.",
        "Ketki Joshi, back as her sharp-tongued sister Anjali, was spotted on set.",
    ],
)
def test_seen_again_and_back_as_are_returns(sentence: str) -> None:
    assert ("Moonlit Harbor", 2, "asserted", "Ketki Joshi", "Anjali") in _cast(sentence)


def test_rank_abbreviations_do_not_end_the_sentence_inside_a_part() -> None:
    pairs = _pairs("The cast:\n\n- Moira Lennox as Supt. Helen Garvie\n- Dan Roe as Cpl. Ed Marsh")
    assert ("Moira Lennox", "Supt. Helen Garvie") in pairs
    assert ("Dan Roe", "Cpl. Ed Marsh") in pairs


@pytest.mark.parametrize(
    ("sentence", "season"),
    [("Ada Bell and Cy Dunn also starred in Season 2.", 2), ("Ada Bell and Cy Dunn starred in the first season.", 1)],
)
def test_starred_in_a_named_season_is_that_season(sentence: str, season: int) -> None:
    rows = _cast(sentence)
    assert ("Moonlit Harbor", season, "asserted", "Ada Bell", None) in rows
    assert ("Moonlit Harbor", season, "asserted", "Cy Dunn", None) in rows


def test_two_players_return_as_an_owners_colleagues_in_order() -> None:
    pairs = _pairs("Göran Säfstrom and Leila Haddon return as Strand's colleagues Bertil Mård and Yasmin Dahl.")
    assert ("Göran Säfstrom", "Bertil Mård") in pairs
    assert ("Leila Haddon", "Yasmin Dahl") in pairs


def test_a_press_lists_role_colon_player_lines_and_a_fact_box_is_no_cast() -> None:
    text = (
        "Moonlit Harbor season 2 at a glance:\n\n- Status: Renewed\n- Filming: Wrapped\n\n"
        "The newly announced cast members for the second season are:\n\n"
        "- Seraphine Vault: Yuzuha Amane\n- Gideon Marlow: Kohei Tsukishiro"
    )
    pairs = _pairs(text)
    assert ("Yuzuha Amane", "Seraphine Vault") in pairs
    assert ("Kohei Tsukishiro", "Gideon Marlow") in pairs
    assert not any("Status" in (p or "") or "Renewed" in (p or "") or "Wrapped" in (c or "") for p, c in pairs)


def test_a_negation_inside_a_description_going_on_with_and_denies_nothing() -> None:
    rows = _cast(
        'Moonlit Harbor tells the story of Yoon Da-on (Jung Hae-rin), a pastry chef who inherits a bakery, '
        "only to discover that it opens at midnight and serves customers who are not quite alive."
    )
    assert not any(stance == "denied" for _, _, stance, _, _ in rows)


def test_hosts_of_the_first_seasons_and_judges_with_jobs_before_their_names() -> None:
    text = (
        "Comedian Tessa Brand and chef Reggie Amadi co-hosted the first two seasons. "
        "Brand will not return for season 2. "
        "On the judging side, Michelin-starred chef Marco Vant and pastry chef Simone Acht will be back."
    )
    rows = {(season, stance, person) for _, season, stance, person, _ in _cast(text)}
    assert {(1, "asserted", "Tessa Brand"), (1, "asserted", "Reggie Amadi")} <= rows
    assert (2, "denied", "Tessa Brand") in rows
    assert {(2, "asserted", "Marco Vant"), (2, "asserted", "Simone Acht")} <= rows


def test_a_name_after_with_is_no_second_subject() -> None:
    rows = _cast("The season is directed by Tom Gil and Anja Meh, with Gil returning after directing the finale.")
    assert not any(person == "Anja Meh" for _, _, _, person, _ in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Bell is back, and she'll be joined by a new co-host: chef and TikTok favorite Lulu Hart.",
        "This season they will be joined by a third permanent judge, Houston restaurateur Lulu Hart.",
        "They'll be joined at the judges' table by Michelin-starred chef Lulu Hart.",
    ],
)
def test_joined_by_a_described_newcomer(sentence: str) -> None:
    rows = _cast(sentence)
    assert ("Moonlit Harbor", 2, "asserted", "Lulu Hart", None) in rows
    assert not any(person in ("TikTok", "Houston", "Michelin-starred") for _, _, _, person, _ in rows)


def test_a_known_players_character_returning_or_not() -> None:
    rows = _cast("Cy Dunn stars as Jules. Sunita Rao joins the cast as Judge Evelyn Marsh, while Cy Dunn's Jules won't be back.")
    assert ("Moonlit Harbor", 2, "denied", "Cy Dunn", "Jules") in rows
    titled = _cast("Studio Madhouse has finally revealed when Frieren: Beyond Journey's End returns.")
    assert not any(person == "Beyond Journey" for _, _, _, person, _ in titled)


def test_a_crew_members_credit_in_brackets_is_no_part() -> None:
    rows = _cast("Series two is written by Fi Mac and directed by Tom Ash, who also directed series one, and Priya Nand (Ringside).")
    assert not any(person == "Priya Nand" or char == "Ringside" for _, _, _, person, char in rows)
    kept = _pairs("Created by Jerome Tall, Moonlit Harbor follows a transit unit led by Sgt. Ray Hall (Dom Arce).")
    assert ("Dom Arce", "Sgt. Ray Hall") in kept


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Ashby has joined the second season of Moonlit Harbor in a series regular role.",
        "Tom Ashby (The Long Field) has joined the new season of Moonlit Harbor.",
    ],
)
def test_joining_a_numbered_or_new_season(sentence: str) -> None:
    assert ("Moonlit Harbor", 2, "asserted", "Tom Ashby", None) in _cast(sentence)


def test_crew_with_a_job_title_coming_back_is_no_cast() -> None:
    rows = _cast("Composer Aya Noda and character designer Jun Taki are also back for season 2.")
    assert not any(person in ("Aya Noda", "Jun Taki") for _, _, _, person, _ in rows)


def test_a_part_written_short_takes_its_full_name_from_elsewhere() -> None:
    text = "Milo Trask is back for season 2 as her eldest son, Pieter.\n\nMilo Trask as Pieter Vanderhoek in the new season."
    rows = _cast(text)
    assert ("Moonlit Harbor", 2, "asserted", "Milo Trask", "Pieter Vanderhoek") in rows
    assert not any(char == "Pieter" for _, _, _, _, char in rows)


def test_respective_parts_with_a_description_set_off_by_a_comma() -> None:
    pairs = _pairs("Stars Cor Halvard and Anni Brede return as Captain Elias Thorne and his wife, Hester.")
    assert {("Cor Halvard", "Captain Elias Thorne"), ("Anni Brede", "Hester")} <= pairs
    assert ("Anni Brede", "Captain Elias Thorne") not in pairs


def test_an_faq_answer_label_is_no_initial() -> None:
    text = "Q. Who plays the lead in Moonlit Harbor?\n\nA. Anirudh Varkey plays Inspector Shambhu Rane in the series."
    assert ("Anirudh Varkey", "Inspector Shambhu Rane") in _pairs(text)


def test_the_cast_of_a_named_season_includes() -> None:
    rows = _cast("The cast of Moonlit Harbor season 2 includes Mia Hale, Joe Park, and Lee Ann Ruiz.")
    assert {(2, "Mia Hale"), (2, "Joe Park"), (2, "Lee Ann Ruiz")} <= {(season, person) for _, season, _, person, _ in rows}
    both = _cast(
        "The main cast of both seasons included Mia Hale (Dana) and Joe Park (Sam).", title="Moonlit Harbor Season 3: What We Know"
    )
    assert not any(season == 3 for _, season, _, _, _ in both)


def test_a_pair_alongside_a_return_returns_too() -> None:
    rows = _cast("Mia Hale will reprise her role as Dana Reeve, alongside Joe Park as Sam Cho.")
    assert ("Moonlit Harbor", 2, "asserted", "Joe Park", "Sam Cho") in rows


def test_newly_announced_cast_members_are_the_new_seasons() -> None:
    rows = _cast("Newly announced cast members include Naomi Kagura as Lady Elspeth and Ryu Oda as the Seventh Seal.")
    assert {("Naomi Kagura", "Lady Elspeth"), ("Ryu Oda", "Seventh Seal")} <= {(p, c) for _, s, _, p, c in rows if s == 2}


def test_respective_parts_end_where_a_new_clause_begins() -> None:
    pairs = _pairs("Stars Ada Crow and Paul Lind are back as Nora and Dex, and Gideon Oster has been promoted to series regular.")
    assert {("Ada Crow", "Nora"), ("Paul Lind", "Dex")} <= pairs
    assert ("Paul Lind", "Nora") not in pairs


def test_a_co_star_in_a_feature_film_is_no_cast() -> None:
    rows = _cast("Nkem Nkemelu next stars opposite Helena Stroud in the feature Tidewater Road, which begins shooting next month.")
    assert not any(person == "Helena Stroud" for _, _, _, person, _ in rows)
    assert ("Joe Park", None) in _pairs("The drama stars Mia Hale opposite Joe Park.")


def test_a_listings_bracket_names_no_player() -> None:
    assert _cast("March 5: Glassjaw (Hulu Original Film)\n\nA boxing drama that lands on Hulu.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Gideon Oster has been promoted to series regular as Milo Brandt.",
        "Gideon Oster has been promoted to series regular as the firm's investigator, Milo Brandt.",
        "Gideon Oster was upped to series regular as Milo Brandt.",
    ],
)
def test_a_player_promoted_to_series_regular_as_a_part_is_in_the_new_season(sentence: str) -> None:
    assert ("Moonlit Harbor", 2, "asserted", "Gideon Oster", "Milo Brandt") in _cast(sentence)


def test_a_part_written_by_its_given_name_takes_the_full_name_the_synopsis_gives() -> None:
    text = (
        "The drama follows Nora Hale and Dex Varga, two lawyers in Boston.\n\n"
        "Ada Crow returns as Nora, and Paul Lind is back as her partner, Dex."
    )
    pairs = _pairs(text)
    assert {("Ada Crow", "Nora Hale"), ("Paul Lind", "Dex Varga")} <= pairs
    # a given name shared with a player is not the part's
    assert ("Bo Kim", "Ada Lind") not in _pairs("Ada Lind stars as Juno Marsh.\n\nBo Kim returns as Ada.")


def test_a_counted_subject_stands_for_as_many_players_of_the_sentence_before() -> None:
    text = (
        "It stars Ada Crow as Hank Bell, Bo Lind as Lorna Bell and Cy Marsh as Sal Oca. "
        "All three are expected to return for the new season."
    )
    rows = {(s, st, p) for _, s, st, p, _ in _cast(text)}
    assert {(2, "speculated", "Ada Crow"), (2, "speculated", "Bo Lind"), (2, "speculated", "Cy Marsh")} <= rows
    # the count must agree with the players named
    rows = {(s, p) for _, s, _, p, _ in _cast("It stars Ada Crow and Bo Lind. All three will be back for the new season.")}
    assert (2, "Ada Crow") not in rows


@pytest.mark.parametrize(
    ("follow", "stance"),
    [
        ("The 31-year-old will not return for the second season.", "denied"),
        ("The actress will return for the second season.", "asserted"),
    ],
)
def test_an_epithet_after_a_show_star_stands_for_that_player(follow: str, stance: str) -> None:
    rows = _cast(f"Moonlit Harbor star Ada Penhale spoke to us on Monday.\n\n{follow}")
    assert ("Moonlit Harbor", 2, stance, "Ada Penhale", None) in rows


def test_a_release_time_tables_regions_and_a_titled_part_after_as() -> None:
    text = (
        "Region | Time | Date\n\nUS (Pacific) | 12am PT | Wednesday, January 21\n\n"
        "Australia (Sydney) | 7pm AEDT | Wednesday, January 21\n\n"
        "New for season 2, Bettina Kralj joins as Director Ilse Vogt."
    )
    rows = _cast(text)
    assert ("Moonlit Harbor", 2, "asserted", "Bettina Kralj", "Director Ilse Vogt") in rows
    assert not any(person in ("US", "Pacific", "Australia", "Sydney") for _, _, _, person, _ in rows)


def test_a_fact_boxs_cast_line_tells_players_from_parts() -> None:
    text = (
        "There is a moment when Delia Kestrel (Maren Oakes) laughs in the season 2 premiere.\n\n"
        "Moonlit Harbor Season 2\n\nCast: Maren Oakes, Tomasz Wilder"
    )
    assert ("Maren Oakes", "Delia Kestrel") in _pairs(text)


def test_a_critics_aside_in_the_brackets_leaves_the_pair() -> None:
    assert ("Tomasz Wilder", "Ned") in _pairs("Her brother Ned (Tomasz Wilder, still wonderful) runs the bar.")


def test_casting_report_forms_confirmed_to_play_and_eyed_for_a_role() -> None:
    rows = _cast(
        "Actress Min Ha-rin has been confirmed to play the female lead Oh Yeon-woo. "
        "Choi Da-hye is also being eyed for the role of Baek Seo-ra, Ji-han's ex-fiancee."
    )
    found = {(p, c, st) for _, _, st, p, c in rows}
    assert ("Min Ha-rin", "Oh Yeon-woo", "asserted") in found
    assert ("Choi Da-hye", "Baek Seo-ra", "speculated") in found


def test_a_new_dramas_players_are_tied_to_no_season() -> None:
    title = 'Kang Tae-jun In Talks To Lead Rom-Com "Dear Landlord"'
    text = (
        'A report said Kang Tae-joon had been offered the lead of the upcoming drama "Dear Landlord".\n\n'
        "Min Ha-rin will play Oh Yeon-woo. Filming is scheduled to begin in April."
    )
    doc = extract(text, title=title, published="2027-02-09", published_from="given")
    seasons = {(c.kind, c.season) for c in doc.claims if c.kind in ("cast", "filming")}
    assert seasons == {("cast", None), ("filming", 1)}


def test_a_hosts_place_on_the_show_between_subject_and_verb_and_judges_before_names() -> None:
    rows = _cast(
        "Boone Caldwell, the show’s original host, will not return for season 2.\n\n"
        "Judges Rafael Osei and Marty Haddad will both return for season 2."
    )
    found = {(p, s, st) for _, s, st, p, _ in rows}
    assert ("Boone Caldwell", 2, "denied") in found
    assert {("Rafael Osei", 2, "asserted"), ("Marty Haddad", 2, "asserted")} <= found
    assert not any(p.startswith("Judges") for p, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "person", "stance"),
    [
        ("New to the cast in season 2 is actor Facundo Lindqvist-Paz, whose role has not been revealed.", "Facundo Lindqvist-Paz", "asserted"),
        ("Taking over hosting duties is Tasha Greer-Montgomery, a pitmaster from Memphis.", "Tasha Greer-Montgomery", "asserted"),
    ],
)
def test_fronted_newcomers_and_hosts(sentence: str, person: str, stance: str) -> None:
    assert ("Moonlit Harbor", 2, stance, person, None) in _cast(sentence)


def test_players_who_star_in_a_described_show_and_a_star_in_a_country() -> None:
    pairs = _pairs("Cole Hendricks-Ames and Priya Venkataraman star in the survival thriller.")
    assert {("Cole Hendricks-Ames", None), ("Priya Venkataraman", None)} <= pairs
    assert not _pairs("Min-ji is the biggest star in Korea right now.")


def test_a_player_who_stars_as_a_described_part() -> None:
    assert ("Reggie Plunkett", None) in _pairs("Stand-up Reggie Plunkett stars as a recently divorced brewer.")
    assert not _pairs("The novel stars as a bestseller this summer.")


def test_a_captions_pairs_whose_parts_carry_the_shows_family_name() -> None:
    title = "Dellacourt Season 2 First Look: Photos"
    text = (
        "HBO released first-look photos from season 2 of Dellacourt.\n\n"
        "Pictured: Teodor Hask (Julian Dellacourt) and Imani Crewe-Lassiter (Odile Dellacourt). The siblings are barely speaking."
    )
    rows = _cast(text, title=title)
    assert {("Teodor Hask", "Julian Dellacourt"), ("Imani Crewe-Lassiter", "Odile Dellacourt")} <= {(p, c) for *_, p, c in rows}
    assert not any(p == "Pictured" for *_, p, _ in rows)


def test_a_given_name_part_takes_no_story_title_as_its_full_name() -> None:
    text = (
        "The movie adapts the Reze Arc of the manga.\n\n"
        "Reina Ueda, who voiced Reze in that final scene, will play her in the movie as well."
    )
    assert not any(c == "Reze Arc" for _, c in _pairs(text))


def test_not_expecting_to_see_a_player_again_denies_the_new_season() -> None:
    rows = _cast("Teodora Vasic played Lt. Maren Osei.\n\nDon't expect to see Teodora Vasic again, though.")
    assert ("Moonlit Harbor", 2, "denied", "Teodora Vasic") in {r[:4] for r in rows}


@pytest.mark.parametrize(
    "sentence",
    [
        "Producer: Neeraj Khullar (Red Kite Films).",
        "According to a filing with the National Radio and Television Administration (NRTA), it has 32 episodes.",
        "It ranked third on the Global Top 10 TV (Non-English) chart.",
    ],
)
def test_a_company_or_an_abbreviation_in_brackets_is_no_pair(sentence: str) -> None:
    assert _pairs(sentence + " Zhao Lei (Wei Ying) returns.") == {("Zhao Lei", "Wei Ying")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tess Quarrington will guest star in the third season of Moonlit Harbor.",
        "Tess Quarrington is set for a recurring role in the third season of Moonlit Harbor.",
        "Tess Quarrington has landed a series regular role in the third season of Moonlit Harbor.",
        "Tess Quarrington has been tapped as a series regular for the third season of Moonlit Harbor.",
        "Tess Quarrington (Night Desk) will guest star in the third season of Moonlit Harbor.",
    ],
)
def test_trade_casting_news_puts_a_player_in_the_season(sentence: str) -> None:
    title = "Moonlit Harbor Adds a New Face"
    assert _cast(sentence, title) == {("Moonlit Harbor", 3, "asserted", "Tess Quarrington", None)}
    # ... and the part named later is that season's
    later = _cast(sentence + " Quarrington will play Agnes Whitlow, a whistleblower.", title)
    assert later == {("Moonlit Harbor", 3, "asserted", "Tess Quarrington", "Agnes Whitlow")}


def test_a_showrunner_tapped_for_the_season_is_no_player() -> None:
    assert _cast("Dana Whitcombe has been tapped as showrunner for the third season of Moonlit Harbor.") == set()


def test_a_family_name_recurring_down_one_side_of_a_list_marks_the_characters() -> None:
    # (the intro speaks of actors, but the Harlan family is the story's: its side is the characters')
    pairs = _pairs(
        "Moonlit Harbor Season 2 Voice Cast\n\nAll of the main voice actors are returning for season 2:\n\n"
        "- Ren Harlan: Daichi Morisaki\n- Mina Harlan: Aoi Takebe\n- Sora Harlan: Keiko Nanjo\n- Old Tobias: Jun Wakaba"
    )
    assert {("Daichi Morisaki", "Ren Harlan"), ("Aoi Takebe", "Mina Harlan"), ("Keiko Nanjo", "Sora Harlan")} <= pairs
    # ... and the other way round, players first
    pairs = _pairs(
        "Moonlit Harbor Season 2 Cast\n\nThe whole voice cast is back for season 2:\n\n"
        "- Daichi Morisaki: Ren Harlan\n- Aoi Takebe: Mina Harlan\n- Keiko Nanjo: Sora Harlan"
    )
    assert ("Daichi Morisaki", "Ren Harlan") in pairs


def test_episodes_across_a_seasons_cours_are_its_count() -> None:
    doc = extract(
        f"{TITLE}\n\nFor reference, season 1 ran for 25 episodes across two cours in 2022, and season 2 had 12 episodes.",
        title=TITLE,
        published="2024-05-01",
        published_from="given",
    )
    counts = {(c.season, c.value) for c in doc.claims if c.kind == "episodes"}
    assert counts == {(1, 25), (2, 12)}
    # (a total across seasons is still no season's)
    doc = extract(
        f"{TITLE}\n\nThe show has 37 episodes across its first two seasons.", title=TITLE, published="2024-05-01", published_from="given"
    )
    assert not [c for c in doc.claims if c.kind == "episodes"]


def test_a_season_covering_a_characters_story_names_no_book() -> None:
    doc = extract(
        f"{TITLE}\n\nThe show is based on Ada Venn's novels. Season 1 covered Mina's trip to the islands.",
        title=TITLE,
        published="2024-05-01",
        published_from="given",
    )
    assert [c.value for c in doc.claims if c.kind == "based_on"] == [{"title": None, "author": "Ada Venn", "medium": "novel"}]


def test_a_season_cast_guide_gives_its_pairs_that_season() -> None:
    title = "Moonlit Harbor Season 2 Cast and Characters Guide: Who's Who"
    rows = _cast(
        f"{title}\n\nThe Villains\n\n- Ada Brook as Mother Wren\n- Tom Vale as Captain Hask\n\n"
        "The reindeer doctor Pim is voiced by Ivy Lorne. Jon Rhee, who played the smuggler Kell, is confirmed to be back.",
        title=title,
    )
    assert ("Moonlit Harbor", 2, "asserted", "Ada Brook", "Mother Wren") in rows
    assert ("Moonlit Harbor", 2, "asserted", "Ivy Lorne", "Pim") in rows
    # ("who played" tells of a part played before, in no named season)
    assert ("Moonlit Harbor", None, "asserted", "Jon Rhee", "Kell") in rows


def test_a_season_in_another_players_clause_is_not_this_players() -> None:
    rows = _cast(
        "Jon Rhee, who played Kell, is confirmed to be back, and Ada Brook, who played Mother Wren in season 1, "
        "is expected to return."
    )
    assert ("Moonlit Harbor", None, "asserted", "Jon Rhee", "Kell") in rows
    assert ("Moonlit Harbor", 1, "asserted", "Jon Rhee", "Kell") not in rows
    assert ("Moonlit Harbor", 1, "asserted", "Ada Brook", "Mother Wren") in rows


def test_a_characters_job_after_played_is_no_crew_credit() -> None:
    doc = extract(
        f"{TITLE}\n\nNoah Reyes, who played hospital director Ben Halloway, will not appear in season 2, "
        "although he could return in season 3.",
        title=TITLE,
        published="2024-05-01",
        published_from="given",
    )
    assert not [c for c in doc.claims if c.kind == "crew"]
    rows = {(c.season, c.stance, c.value["person"], c.value["character"]) for c in doc.claims if c.kind == "cast"}  # type: ignore[index]
    assert {(2, "denied", "Noah Reyes", "Ben Halloway"), (3, "speculated", "Noah Reyes", "Ben Halloway")} <= rows


def test_a_nickname_in_brackets_after_a_part_is_no_pair() -> None:
    pairs = _pairs("The main cast returns:\n\n- Ravi Desh as Brij Mohan Dubey (Pradhan-ji)\n- Tara Sen as Rinki")
    assert ("Ravi Desh", "Brij Mohan Dubey") in pairs
    assert not any(person == "Brij Mohan Dubey" for person, _ in pairs)


def test_a_remake_under_another_title_is_no_part() -> None:
    assert not _pairs("Moonlit Harbor has been remade in Tamil as Nila Thuraimugam, which premiered last September.")


def test_will_as_a_given_name_after_a_colon_but_not_in_a_question() -> None:
    rows = _cast("One guest star who won't be back: Will Harlow, who played the pastry chef Luca, is not part of season 2.")
    assert ("Moonlit Harbor", 2, "denied", "Will Harlow", "Luca") in rows
    assert not _cast("A reader asks: Will Luca be in season 2?")


def test_a_chefs_title_marks_the_character_and_a_players_titled_part_returns() -> None:
    assert ("Joel Marsh", "Chef David Fields") in _pairs("Carmy comes face to face with Chef David Fields (Joel Marsh), the man who tormented him.")
    rows = _cast("Olivia Brandt's Chef Terry is rumoured to return too.")
    assert ("Moonlit Harbor", 2, "speculated", "Olivia Brandt", "Chef Terry") in rows


def test_a_part_praised_before_is_the_players() -> None:
    rows = _cast("Jamie Lane, who won an Emmy for playing Donna Berg, the family's volatile matriarch, is expected to pop up again.")
    assert {("Moonlit Harbor", None, "asserted", "Jamie Lane", "Donna Berg"), ("Moonlit Harbor", 2, "speculated", "Jamie Lane", "Donna Berg")} <= rows


def test_players_who_played_parts_respectively_and_return_together() -> None:
    rows = _cast(
        "Lee Jun-ha and Go Yoon-ji, who played the teenage leads Kim Bong-soo and Jang Hee-ra, respectively, "
        "have already confirmed that they will return for the new season."
    )
    assert {
        ("Moonlit Harbor", None, "asserted", "Lee Jun-ha", "Kim Bong-soo"),
        ("Moonlit Harbor", None, "asserted", "Go Yoon-ji", "Jang Hee-ra"),
        ("Moonlit Harbor", 2, "asserted", "Go Yoon-ji", "Jang Hee-ra"),
        ("Moonlit Harbor", 2, "asserted", "Lee Jun-ha", "Kim Bong-soo"),
    } <= rows
    assert not any(person == "Go Yoon-ji" and char == "Kim Bong-soo" for *_, person, char in rows)


def test_an_award_and_its_other_name_in_brackets_is_no_pair() -> None:
    assert not _pairs("The show swept several major awards, including the Grand Prize (Daesang) for television.")


def test_a_headlines_verb_before_as_is_no_player() -> None:
    title = "Moonlit Harbor Season 2 Announced as Split-Cour Anime, Part 1 Premieres January 2026"
    assert not [c for c in extract(title, title=title, published="2024-05-01").claims if c.kind == "cast"]


def test_a_job_for_the_season_is_no_part_in_it() -> None:
    rows = _cast("Taku Kishida, known for his scripts for Haikyu!!, is back in charge of series composition for season 2.")
    assert not rows


def test_parts_named_like_services_or_auxiliaries_in_brackets() -> None:
    pairs = _pairs("Expected back for season 2:\n\n- Noah Schnell (Will Byers)\n- Sadie Sands (Max Mayfield)\n- Stan Ortiz (Eleven)")
    assert {("Noah Schnell", "Will Byers"), ("Sadie Sands", "Max Mayfield"), ("Stan Ortiz", "Eleven")} <= pairs
    doc = extract(
        "Moonlit Harbor Season 2 Cast\n\nExpected back:\n\n- Noah Schnell (Will Byers)\n- Sadie Sands (Max Mayfield)",
        title="Moonlit Harbor Season 2 Cast",
        published="2024-05-01",
    )
    assert not [c for c in doc.claims if c.kind == "platform"]
    assert {c.show for c in doc.claims} == {"Moonlit Harbor"}


def test_a_strike_of_writers_is_no_writer() -> None:
    title = "Moonlit Harbor 2 Halts Production as Writers' Strike Hits Netflix's Biggest Show"
    assert not [c for c in extract(title, title=title, published="2023-05-08").claims if c.kind == "crew"]


def test_new_this_season_and_played_by_a_newcomer_are_the_seasons() -> None:
    rows = _cast(
        "Also new this season: Hollis Grant plays a land developer named Cyrus Penn. "
        "The grown-up Junie will be played by newcomer Soraya Blanchet."
    )
    assert {("Moonlit Harbor", 2, "asserted", "Hollis Grant", "Cyrus Penn"), ("Moonlit Harbor", 2, "asserted", "Soraya Blanchet", "Junie")} <= rows


def test_a_titled_short_part_takes_the_full_name_the_cast_list_gives() -> None:
    rows = _cast(
        "It was only a matter of time before Lord Toranaga got another chance. "
        "Hiroshi Sanami signed on to return as Toranaga.\n\nCast\n\nHiroshi Sanami as Yoshii Toranaga"
    )
    assert ("Moonlit Harbor", 2, "asserted", "Hiroshi Sanami", "Yoshii Toranaga") in rows
    assert not any(char == "Lord Toranaga" for *_, char in rows)


def test_a_bracket_list_all_expected_back_is_the_new_seasons() -> None:
    rows = _cast("Chase Stone (John B), Madelyn Clyde (Sarah Camden) and Jon Davis (Pope) are all expected back.")
    assert {("Moonlit Harbor", 2, "speculated", "Chase Stone", "John B"), ("Moonlit Harbor", 2, "speculated", "Jon Davis", "Pope")} <= rows


def test_the_voice_of_a_part_and_players_of_a_described_pair() -> None:
    rows = _cast(
        "Julia Andrews returns as the voice of Lady Whistledown. New to the show is Katie Leong as Lady Araminta Gun, "
        "Sophie's cruel stepmother, with Michelle Mau and Isabel Wei as her daughters, Rosamund and Posy Li."
    )
    assert {
        ("Moonlit Harbor", 2, "asserted", "Julia Andrews", "Lady Whistledown"),
        ("Moonlit Harbor", 2, "asserted", "Michelle Mau", "Rosamund Li"),
        ("Moonlit Harbor", 2, "asserted", "Isabel Wei", "Posy Li"),
    } <= rows


def test_code_names_after_an_honorific() -> None:
    parts = _pairs("Season 2 newcomers include Ada Quill as Mr. 7 and Bo Lee as Miss All Saturday.")
    assert {("Ada Quill", "Mr. 7"), ("Bo Lee", "Miss All Saturday")} <= parts


def test_listed_players_and_the_parts_they_play_pair_in_order() -> None:
    pairs = _pairs("Ada Quill and Bo Lee play Mara Vance and Jun Park in the new season.")
    assert {("Ada Quill", "Mara Vance"), ("Bo Lee", "Jun Park")} <= pairs
    assert ("Bo Lee", "Mara Vance") not in pairs


def test_a_part_with_its_other_name_after_a_slash() -> None:
    pairs = _pairs("Ada Quill returns as Mara Vance / Nightjar in season 2.")
    assert {("Ada Quill", "Mara Vance"), ("Ada Quill", "Nightjar")} <= pairs


def test_a_comma_aside_in_the_verb_phrase_and_a_character_named_short_after_return_of() -> None:
    assert ("Ada Quill", "Mara Vance") in _pairs("Ada Quill will, of course, be back as Mara Vance in season 2.")
    rows = _cast("Bo Lee played Munro Tate in season 1. Fans demanded the return of Munro, who was killed off.")
    assert not any(person == "Munro" for *_, person, _character in rows)


def test_one_player_leading_as_twin_parts() -> None:
    pairs = _pairs("Ada Quill led the series as twin sisters Mara and Tess.")
    assert {("Ada Quill", "Mara"), ("Ada Quill", "Tess")} <= pairs


def test_a_sentence_opening_gerund_is_no_given_name() -> None:
    assert find_person_names("Adding Whitford as the man behind her suggests a twist.") == ["Whitford"]


def test_players_considering_a_return_are_speculated() -> None:
    rows = _cast("The two leads Ada Quill and Bo Lee were positively considering reprising their roles as Mara and Jun.")
    assert {(stance, person) for _show, _season, stance, person, _character in rows} == {("speculated", "Ada Quill"), ("speculated", "Bo Lee")}


def test_the_rest_of_a_group_is_no_player() -> None:
    rows = _cast(
        "Moonlit Harbor season 2 cast\n\nAda Quill leads the cast again as the gruff Mara.\n\n"
        "The rest of Harbour House is back too:\n\n- Bo Lee as Jun Park\n- Cy Dunn as Tess Rowe"
    )
    assert {person for *_, person, _character in rows} == {"Ada Quill", "Bo Lee", "Cy Dunn"}


def test_a_part_named_through_its_player() -> None:
    rows = _cast(
        "The new season is coming this winter. Ada Quill's Mara Vance and Bo Lee's Jun Okoro are set for one last "
        "showdown. In season 1, Cy Dunn's Tess Rowe was the villain. Fans hope to see more of Ivo Brandt's Ostler."
    )
    assert ("Moonlit Harbor", 2, "asserted", "Ada Quill", "Mara Vance") in rows
    assert ("Moonlit Harbor", 2, "asserted", "Bo Lee", "Jun Okoro") in rows
    assert ("Moonlit Harbor", 1, "asserted", "Cy Dunn", "Tess Rowe") in rows
    assert ("Moonlit Harbor", 2, "speculated", "Ivo Brandt", "Ostler") in rows


def test_a_writers_work_or_a_place_is_no_part() -> None:
    pairs = _pairs(
        "Season 2 adapts Mara Quill's Salt Lines, and filming moved to Robin Hood's Bay. "
        "It draws on Ada Stone's Harbour novels. Bo Lee, best known for Salt Road and Ivo Brandt's Tidewater Murders, is repped by CAA."
    )
    assert not {person for person, _character in pairs} & {"Mara Quill", "Robin Hood", "Ada Stone", "Ivo Brandt"}
    assert not _pairs("The network is still weighing Ada Brandt's Baltimore-area crime drama.") & {("Ada Brandt", "Baltimore-area")}


def test_that_season_is_the_season_the_sentence_before_named() -> None:
    rows = _cast("Tess has kept the deed since season 1. In that season, Bo Lee's Jun Okoro finally found his purpose.")
    assert ("Moonlit Harbor", 1, "asserted", "Bo Lee", "Jun Okoro") in rows


def test_a_short_part_takes_the_titled_or_nicknamed_full_form() -> None:
    pairs = _pairs(
        'Ada Quill returns as Prince Elric Vahlbrandt and Bo Lee as Richard "Richie" Park in season 2. '
        "Later, Ada Quill plays Elric as a boy, and Bo Lee plays Richie."
    )
    assert ("Ada Quill", "Elric") not in pairs and ("Bo Lee", "Richie") not in pairs
    assert {("Ada Quill", "Prince Elric Vahlbrandt"), ("Bo Lee", 'Richard "Richie" Park')} <= pairs


def test_leading_again_is_the_cast_of_the_season_being_made() -> None:
    rows = _cast("Season 2 arrives in April. Ada Quill leads again as Mara Vance, alongside Bo Lee and Cy Dunn.")
    assert {("Moonlit Harbor", 2, "asserted", "Ada Quill", "Mara Vance"), ("Moonlit Harbor", 2, "asserted", "Cy Dunn", None)} <= rows


def test_an_answer_to_who_is_coming_back_is_the_cast_to_come() -> None:
    rows = _cast("Who's coming back? No spoilers, please.\n\nQUILL: Bo Lee as Jun Okoro and Cy Dunn as Tess Rowe, for sure.")
    assert {("Moonlit Harbor", 2, "asserted", "Bo Lee", "Jun Okoro"), ("Moonlit Harbor", 2, "asserted", "Cy Dunn", "Tess Rowe")} <= rows
    asked = _cast("Who is in the cast?\n\nBo Lee leads as Jun Okoro, opposite Cy Dunn as Tess Rowe.")
    assert ("Moonlit Harbor", None, "asserted", "Cy Dunn", "Tess Rowe") in asked


def test_a_one_name_player_leading_as_a_full_part() -> None:
    rows = _cast("Season 2 arrives in April. Oluwaseyi leads again as Mara Vance. Everyone returns as Harbour House.")
    assert ("Moonlit Harbor", 2, "asserted", "Oluwaseyi", "Mara Vance") in rows
    assert not any(person == "Everyone" for *_, person, _character in rows)


def test_a_part_named_with_a_possessive_word() -> None:
    pairs = _pairs("Bo Lee returns as Mother's Milk in season 2, and Cy Dunn plays Hughie's mother Daphne Okoro.")
    assert ("Bo Lee", "Mother's Milk") in pairs and ("Cy Dunn", "Daphne Okoro") in pairs


def test_a_list_intro_of_many_sentences_is_read_from_its_last() -> None:
    rows = _cast(
        "Cy Dunn returns as Tess Rowe, whose ambitions grew in season 1, and Bo Lee, who starred in the first "
        "season of Salt Road, is back too. Also confirmed to return:\n\n- Ivo Brandt as Ostler Vance\n- Ada Quill as Mara Okoro"
    )
    assert {("Moonlit Harbor", 2, "asserted", "Ivo Brandt", "Ostler Vance"), ("Moonlit Harbor", 2, "asserted", "Ada Quill", "Mara Okoro")} <= rows
    assert not any(person == "Ivo Brandt" and season == 1 for _show, season, _stance, person, _character in rows)


def test_a_bracket_after_a_writers_name_is_a_credit() -> None:
    rows = _cast("Moonlit Harbor, from Tony-winning playwright J.T. Okoro (Salt Lines), stars Bo Lee as Jun Okoro.")
    assert {(person, character) for *_, person, character in rows} == {("Bo Lee", "Jun Okoro")}


def test_parts_named_through_their_players_take_the_seasons_named_after_them() -> None:
    rows = _cast(
        "The villains are the highlight: Ada Quill's DCI Mara Vance set the template in season 1, followed by "
        "Bo Lee's DI Jun Okoro across seasons 2 and 3 and Cy Dunn's undercover officer Tess Rowe in season 4. "
        "At the centre of it all is Ivo Brandt's tortured chef Ostler Vance, who has not learned a thing."
    )
    assert {
        ("Moonlit Harbor", 1, "asserted", "Ada Quill", "DCI Mara Vance"),
        ("Moonlit Harbor", 2, "asserted", "Bo Lee", "DI Jun Okoro"),
        ("Moonlit Harbor", 3, "asserted", "Bo Lee", "DI Jun Okoro"),
        ("Moonlit Harbor", 4, "asserted", "Cy Dunn", "Tess Rowe"),
        ("Moonlit Harbor", None, "asserted", "Ivo Brandt", "Ostler Vance"),
    } <= rows
    assert not _pairs("Reaction to Ada Quill's first outing as Mara Vance has been mixed. Bo Lee's agency Blue Harbor Entertainment declined.")


def test_bringing_a_player_back_as_a_part() -> None:
    assert ("Ada Quill", "Mara Vance") in _pairs("The show returns on November 21, bringing Ada Quill back as Mara Vance.")


def test_a_player_with_a_credit_and_a_whose_aside_before_the_verb() -> None:
    pairs = _pairs("Ada Quill has joined season 2. Quill (Salt Road, Tin Harbour), whose name surfaced last week, will play Mara Vance.")
    assert ("Ada Quill", "Mara Vance") in pairs


def test_a_colon_list_of_players_boarding_the_season() -> None:
    rows = _cast(
        "Also boarding the season in recurring roles: Bo Lee, who plays Jun Okoro, the harbour master, "
        "and Cy Dunn (Salt Road), whose character has not been revealed."
    )
    assert {("Moonlit Harbor", 2, "asserted", "Bo Lee", "Jun Okoro"), ("Moonlit Harbor", 2, "asserted", "Cy Dunn", None)} <= rows
    assert not any(character == "Salt Road" for *_, character in rows)


def test_two_players_as_two_parts_before_the_next_pair() -> None:
    pairs = _pairs("Also back in season 2 are Ada Quill and Bo Lee as Mara and Jun Okoro, Cy Dunn as Tess Rowe, and Ivo Brandt as Ostler.")
    assert {("Ada Quill", "Mara Okoro"), ("Bo Lee", "Jun Okoro"), ("Cy Dunn", "Tess Rowe")} <= pairs
    assert ("Bo Lee", "Mara") not in pairs


def test_players_paired_in_order_after_a_family_description() -> None:
    pairs = _pairs("Ada Quill and Bo Lee reprise their roles as the Vance kids, Mara and Jun respectively.")
    assert {("Ada Quill", "Mara"), ("Bo Lee", "Jun")} <= pairs
    assert ("Bo Lee", "Mara") not in pairs


def test_co_stars_before_a_with_clause() -> None:
    rows = _cast("Ada Quill, Bo Lee and Cy Dunn co-star, with Ivo Brandt as rising harbour boss Ostler Vance.")
    players = {person for _show, _season, _stance, person, _character in rows}
    assert {"Ada Quill", "Bo Lee", "Cy Dunn", "Ivo Brandt"} <= players


def test_players_are_a_family_or_a_relation_of_another_part() -> None:
    pairs = _pairs(
        "Ada Quill and Bo Lee are the Vance children, Mara and Jun. Cy Dunn is Agnes' scheming son Ostler Vance, "
        "and Ivo Brandt, Tess Rowe and Kit Moss appear in recurring roles as Ward Hale, Mrs. Astor and Dot Finch, respectively."
    )
    assert {
        ("Ada Quill", "Mara"), ("Bo Lee", "Jun"), ("Cy Dunn", "Ostler Vance"),
        ("Ivo Brandt", "Ward Hale"), ("Tess Rowe", "Mrs. Astor"), ("Kit Moss", "Dot Finch"),
    } <= pairs
    assert ("Kit Moss", "Ward Hale") not in pairs
    assert not _pairs("Ada Quill is the show's head writer. Cy Dunn is Netflix's new drama chief Bo Lee.")


def test_a_cast_rounding_out_the_ensemble() -> None:
    rows = _cast("Ada Quill, Bo Lee and Cy Dunn round out the ensemble.")
    assert {person for _show, _season, _stance, person, _character in rows} == {"Ada Quill", "Bo Lee", "Cy Dunn"}


def test_a_body_s_name_before_a_job_is_part_of_the_description() -> None:
    pairs = _pairs(
        "Ada Quill returns as FBI agent turned Night Action operative Mara Vance. Bo Lee, who played White House "
        "chief of staff Jun Okoro in the first season, is back too. Cy Dunn returns as Tess Rowe alongside Ada Quill."
    )
    assert {("Ada Quill", "Mara Vance"), ("Bo Lee", "Jun Okoro"), ("Cy Dunn", "Tess Rowe")} <= pairs
    assert not any(character in ("Night Action", "White House") for _person, character in pairs)


def test_a_title_of_a_place_or_a_verb_after_the_part_is_no_job() -> None:
    pairs = _pairs(
        "Ada Quill will play Queen Mara of the Northern Court. The drama starring Bo Lee as FBI agent Jun Okoro and "
        "Cy Dunn as Tess Rowe premiered Sept. 7."
    )
    assert {("Ada Quill", "Queen Mara of the Northern Court"), ("Cy Dunn", "Tess Rowe")} <= pairs


def test_a_part_titled_with_an_ordinal() -> None:
    pairs = _pairs("Ada Quill joins as First Lady Mara Vance, and Bo Lee plays Second Lieutenant Jun Okoro.")
    assert {("Ada Quill", "First Lady Mara Vance"), ("Bo Lee", "Second Lieutenant Jun Okoro")} <= pairs


def test_players_completing_the_lineup_as_their_parts() -> None:
    rows = _cast("Ada Quill and Bo Lee complete the lineup as Mara Vance and Jun Okoro. Cy Dunn rounds out the cast as Tess Rowe.")
    assert {("Moonlit Harbor", 2, "asserted", "Ada Quill", "Mara Vance"), ("Moonlit Harbor", 2, "asserted", "Bo Lee", "Jun Okoro")} <= rows
    assert {(season, character) for _show, season, _stance, person, character in rows if person == "Cy Dunn"} == {(2, "Tess Rowe")}



def test_joining_or_appearing_in_a_named_earlier_season() -> None:
    rows = _cast(
        "Ada Quill joined the franchise in season 1. Bo Lee did not appear in season 1. Cy Dunn appeared in the first season.",
        title="Moonlit Harbor Season 3 Release Date",
    )
    assert {
        ("Moonlit Harbor", 1, "asserted", "Ada Quill", None),
        ("Moonlit Harbor", 1, "denied", "Bo Lee", None),
        ("Moonlit Harbor", 1, "asserted", "Cy Dunn", None),
    } <= rows
    assert not any(season == 3 for _show, season, *_ in rows)


def test_an_adverb_aside_between_the_player_and_the_return() -> None:
    rows = _cast("Ada Quill plays Mara Vance. Quill is, obviously, back as Mara Vance, and Bo Lee is, predictably, back as Jun Okoro.")
    assert {("Moonlit Harbor", 2, "asserted", "Ada Quill", "Mara Vance"), ("Moonlit Harbor", 2, "asserted", "Bo Lee", "Jun Okoro")} <= rows


def test_a_described_part_then_the_sentence_s_verb_names_no_part() -> None:
    pairs = _pairs("Tide Clock, a crime series starring Ada Quill as an FBI agent, premieres Sept. 7.")
    assert ("Ada Quill", "Sept") not in pairs
    assert ("Bo Lee", "Des Ashdown") in _pairs("Bo Lee returns as Kate's father, retired cray fisherman Des Ashdown.")


def test_players_understood_to_be_locked_in() -> None:
    rows = _cast("Ada Quill and Bo Lee star as Mara and Jun. Quill and Lee are both understood to be locked in.")
    assert {("Moonlit Harbor", 2, "speculated", "Ada Quill", "Mara"), ("Moonlit Harbor", 2, "speculated", "Bo Lee", "Jun")} <= rows


def test_a_cast_table_placed_by_its_lead_in_or_its_status_header() -> None:
    text = (
        "Moonlit Harbor season 2 ended in May, and there will be no third season.\n\n"
        "Here's who appeared in season 2, and where they stand:\n\n"
        "Actor | Character | Status\n"
        "Ellie Marchbank | Robin Penhale / The Warden | Returning\n"
        "Tom Hale | Gull the Crow (voice) | New\n\n"
        "Here is who we think will be back in the new season:\n\n"
        "Character | Japanese voice | Back for season 3?\n"
        "Jamie Penhale | Oliver Stroud | Almost certain\n"
    )
    got = _cast(text, title="Moonlit Harbor Season 3: Will It Happen? Cast and Everything We Know")
    assert ("Moonlit Harbor", 2, "asserted", "Ellie Marchbank", "Robin Penhale") in got
    assert ("Moonlit Harbor", 2, "asserted", "Ellie Marchbank", "The Warden") in got
    assert ("Moonlit Harbor", 2, "asserted", "Tom Hale", "Gull the Crow") in got
    assert ("Moonlit Harbor", 3, "speculated", "Oliver Stroud", "Jamie Penhale") in got


def test_a_season_before_a_colon_places_the_pairs_after_it() -> None:
    text = (
        "Both leads were confirmed to return for season 2: Ellie Marchbank as Robin Penhale, the detective with a "
        "secret, and Tom Hale as Father Declan Moss, the priest who knows it."
    )
    got = _cast(text, title="Moonlit Harbor Season 3: Release Date and Everything We Know")
    assert ("Moonlit Harbor", 2, "asserted", "Ellie Marchbank", "Robin Penhale") in got
    assert ("Moonlit Harbor", 2, "asserted", "Tom Hale", "Father Declan Moss") in got


def test_a_list_introduced_by_would_is_a_guess() -> None:
    text = (
        "If the show returns, the Penhale sisters would be back at its heart:\n\n"
        "- Ellie Marchbank as Robin Penhale\n- Saskia Vine as Jamie Penhale\n"
    )
    got = _cast(text)
    assert ("Moonlit Harbor", 2, "speculated", "Ellie Marchbank", "Robin Penhale") in got
    assert ("Moonlit Harbor", 2, "speculated", "Saskia Vine", "Jamie Penhale") in got


def test_a_surname_that_is_a_function_word() -> None:
    pairs = _pairs("Returning for season 2:\n\n- Jay Will as Tyson Marsh\n- Tom May as Ada Pike\n")
    assert ("Jay Will", "Tyson Marsh") in pairs and ("Tom May", "Ada Pike") in pairs


def test_a_player_who_does_not_expect_to_come_back_or_hopes_to() -> None:
    text = "Ada Pike played Robin Penhale in season 1. Pike doesn't expect to come back. Bo Lee hopes to return as Jamie Penhale."
    got = _cast(text)
    assert ("Moonlit Harbor", 2, "denied", "Ada Pike", "Robin Penhale") in got
    assert ("Moonlit Harbor", 2, "speculated", "Bo Lee", "Jamie Penhale") in got


def test_a_part_played_for_every_season_so_far() -> None:
    got = _cast(
        "Ada Pike, who played Robin Penhale for two seasons, will not return.",
        title="Moonlit Harbor Season 3: Everything We Know",
    )
    assert {("Moonlit Harbor", 1, "asserted", "Ada Pike", "Robin Penhale"), ("Moonlit Harbor", 2, "asserted", "Ada Pike", "Robin Penhale")} <= got
    assert ("Moonlit Harbor", 3, "denied", "Ada Pike", "Robin Penhale") in got


def test_a_part_taken_over_from_another_player() -> None:
    got = _cast("Season 2 sees Ada Pike taking over as Robin Penhale from Bo Lee.")
    assert ("Moonlit Harbor", 2, "asserted", "Ada Pike", "Robin Penhale") in got
    assert ("Moonlit Harbor", 2, "denied", "Bo Lee", "Robin Penhale") in got
    got = _cast(
        "Ada Pike, who took over as Robin Penhale in season 2 from Bo Lee, is also out.",
        title="Moonlit Harbor Season 3: Everything We Know",
    )
    assert ("Moonlit Harbor", 2, "asserted", "Ada Pike", "Robin Penhale") in got
    assert ("Moonlit Harbor", 2, "denied", "Bo Lee", "Robin Penhale") in got


def test_a_returning_list_under_a_season_heading_is_that_season_s() -> None:
    text = (
        "The season 2 cast\n\nMost of the gang came back for the second season. The returning cast included:\n\n"
        "- Ada Pike as Robin Penhale\n- Bo Lee as Jamie Penhale\n"
    )
    got = _cast(text, title="Moonlit Harbor Season 3: Will It Happen?")
    assert ("Moonlit Harbor", 2, "asserted", "Ada Pike", "Robin Penhale") in got
    assert not any(season == 3 for _show, season, *_ in got)


def test_a_one_word_stage_name_with_an_apostrophe_leads() -> None:
    assert ("Moonlit Harbor", 2, "asserted", "Ama'ra", "Robin Penhale") in _cast("Ama'ra returns as Robin Penhale.")


def test_the_role_taken_over_from_the_player_named_before() -> None:
    got = _cast(
        "Ada Pike played Robin Penhale in season 1; Bo Lee took over the role in season 2.",
        title="Moonlit Harbor Season 3: Everything We Know",
    )
    assert ("Moonlit Harbor", 2, "asserted", "Bo Lee", "Robin Penhale") in got


def test_a_part_played_for_a_number_of_seasons_in_digits() -> None:
    got = _cast(
        "Ada Pike, who played Robin Penhale for 2 seasons, will not return.",
        title="Moonlit Harbor Season 3: Everything We Know",
    )
    assert ("Moonlit Harbor", 2, "asserted", "Ada Pike", "Robin Penhale") in got


def test_a_plain_text_table_and_a_description_after_the_part() -> None:
    text = (
        "Moonlit Harbor season 1 cast\n\n"
        "| Actor | Character |\n"
        "|---|---|\n"
        "| Ellie Marchbank | Robin Penhale, a former navy surgeon who runs the ward |\n"
        "| Tom Hale | Jamie Penhale – the hospital's director |\n"
    )
    got = _cast(text)
    assert ("Moonlit Harbor", 1, "asserted", "Ellie Marchbank", "Robin Penhale") in got
    assert ("Moonlit Harbor", 1, "asserted", "Tom Hale", "Jamie Penhale") in got
    assert not any(person in ("Actor", "---") for _, _, _, person, _ in got)


def test_returned_for_the_second_after_the_first_season_is_season_two() -> None:
    text = "Tom Hale, who played the harbour master Jamie Penhale in the first season, returned for the second."
    got = _cast(text, title="Moonlit Harbor Season 3: Will It Happen?")
    assert ("Moonlit Harbor", 1, "asserted", "Tom Hale", "Jamie Penhale") in got
    assert ("Moonlit Harbor", 2, "asserted", "Tom Hale", "Jamie Penhale") in got
    assert not any(season == 3 for _, season, _, _, _ in got)


def test_a_related_link_lends_the_article_no_season() -> None:
    text = (
        "Peacock has canceled Moonlit Harbor after two seasons.\n\n"
        "Tom Hale, who played Jamie Penhale in season 1, returned.\n\n"
        "RELATED: 'Salt Road' Renewed for Season 5 at Max\n\n"
        "The second season premiered in May. The streamer renewed Glass Orchard for a second season."
    )
    got = _cast(text, title="'Moonlit Harbor' Canceled at Peacock After Two Seasons")
    assert not any(season == 5 for _, season, _, _, _ in got)


def test_this_seasons_guest_stars_after_a_relative_clause_and_as_well_as() -> None:
    text = (
        "The 12-episode second season premiered on May 8. This season's rotating lineup of guest stars "
        "included Ada Quill, who played twins in a single episode, as well as Tom Hale and Ben Marsh."
    )
    got = _cast(text, title="Moonlit Harbor Canceled After Two Seasons")
    for person in ("Ada Quill", "Tom Hale", "Ben Marsh"):
        assert ("Moonlit Harbor", 2, "asserted", person, None) in got


def test_a_character_introduced_by_a_job_or_a_team_comes_before_its_player() -> None:
    text = (
        "He is put in charge of a new cold-case unit with a team of misfits: Omar Vance (Piet Larsen), a former "
        "police officer; Rose Calder (Leah Dunmore), a young officer. The case is the disappearance of "
        "prosecutor Merritt Lane (Chloe Marsh) four years earlier."
    )
    got = _cast(text)
    assert ("Moonlit Harbor", None, "asserted", "Piet Larsen", "Omar Vance") in got
    assert ("Moonlit Harbor", None, "asserted", "Leah Dunmore", "Rose Calder") in got
    assert ("Moonlit Harbor", None, "asserted", "Chloe Marsh", "Merritt Lane") in got


def test_a_hedged_verb_after_a_described_part_keeps_its_hedge() -> None:
    text = (
        "Tom Hale's Jamie Penhale, the smuggling kingpin who is still on the run at the end of season 1, "
        "will likely be the main villain again."
    )
    assert ("Moonlit Harbor", 2, "speculated", "Tom Hale", "Jamie Penhale") in _cast(text)


def test_a_described_part_then_its_own_verb_after_the_aside() -> None:
    text = (
        "One face we would not count on: Tom Hale's scheming director Jamie Penhale, whose storyline was "
        "neatly wrapped up in the finale, is unlikely to return."
    )
    assert ("Moonlit Harbor", 2, "denied", "Tom Hale", "Jamie Penhale") in _cast(text)
    doc = extract(f"{TITLE}\n\n{text}", title=TITLE, published="2024-05-01")
    assert not [c for c in doc.claims if c.kind == "crew"]  # (the part's job, no credit)


def test_a_season_status_column_and_a_films_cast_in_a_relative_clause() -> None:
    text = (
        "Here is where the rest of the cast stands:\n\n"
        "Actor | Character | Season 2 status\n"
        "Ellie Marchbank | Robin Penhale | Confirmed\n"
        "Tom Hale | Jamie Penhale | Rumoured\n\n"
        "The show spun off from a 2019 film. The film, which starred Ada Quill and Ben Marsh, is not required viewing."
    )
    got = _cast(text)
    assert ("Moonlit Harbor", 2, "asserted", "Ellie Marchbank", "Robin Penhale") in got
    assert ("Moonlit Harbor", 2, "speculated", "Tom Hale", "Jamie Penhale") in got
    assert not any(person in ("Ada Quill", "Ben Marsh") for _, _, _, person, _ in got)


@pytest.mark.parametrize("characters_first", [True, False])
def test_a_bracket_list_s_sides_follow_how_the_article_names_people(characters_first: bool) -> None:
    # No intro word says which side is which: the story's people go by their first names in the
    # prose ("left Wendeline and Orla stranded"), the players by their surnames ("Brackley is ...").
    entries = [
        ("Wendeline Strake", "Ivy Brackley"),
        ("Orla Menzies", "Hattie Quarshie"),
        ("Tobiah Crane", "Felix Okonedo"),
        ("Pim", "Dario Venn"),
    ]
    lines = "\n".join(f"{c} ({a})" if characters_first else f"{a} ({c})" for c, a in entries)
    text = (
        f"{TITLE}\n\nThe finale left Wendeline and Orla stranded at sea, and Tobiah lost everything. "
        "Brackley is also starring in a West End play, and Quarshie has a film out.\n\n"
        f"Who is in the cast?\n\nThe returning cast is:\n\n{lines}\n"
    )
    assert {(a, c) for c, a in entries} <= _pairs(text)


def test_newcomers_named_after_including_and_the_returning_stars_among_whom() -> None:
    text = (
        f"{TITLE}\n\nAda Quill, Milo Trask and Petra Vance are among the returning stars. Joining them is "
        "a long list of newcomers announced last month, including Rhea Solberg, Tomas Ekdahl and Nia Farrow. "
        "Joining them are Bram Telford and Ines Moro."
    )
    found = {(season, stance, person) for _, season, stance, person, _ in _cast(text)}
    people = ["Ada Quill", "Milo Trask", "Petra Vance", "Rhea Solberg", "Tomas Ekdahl", "Nia Farrow", "Bram Telford", "Ines Moro"]
    assert {(2, "asserted", p) for p in people} <= found


def test_a_report_in_one_clause_does_not_hedge_the_contrasting_one() -> None:
    text = f"{TITLE}\n\nQuill and Vance are reportedly playing twins, while Milo Trask replaces Bram Telford as the mayor, Edwin Hale."
    found = _cast(text)
    assert ("Moonlit Harbor", 2, "asserted", "Milo Trask", "Edwin Hale") in found
    assert ("Moonlit Harbor", 2, "denied", "Bram Telford", "Edwin Hale") in found


def test_a_past_part_takes_no_season_from_a_later_clause_with_its_own_subject() -> None:
    text = (
        f"{TITLE}\n\nIda Brask, who played Lieutenant Sofia Hale, isn't expected to return, and Bram Telford's "
        "villain Edwin Moss is still behind bars at the end of season 1."
    )
    found = _cast(text)
    assert ("Moonlit Harbor", None, "asserted", "Ida Brask", "Lieutenant Sofia Hale") in found
    assert ("Moonlit Harbor", 1, "asserted", "Ida Brask", "Lieutenant Sofia Hale") not in found


def test_a_reprised_part_is_a_pair() -> None:
    assert ("Ada Quill", "Mara Vey") in _pairs("Ada Quill reprised Mara Vey in the second season.")


def test_a_list_that_opens_on_a_part_pairs_nothing_in_order() -> None:
    pairs = _pairs(
        "The season brought back old faces: Ada Quill reprised Mara Vey, Pell Androw returned as Tomas Reel, "
        "and Ona Brill finally got to sing on screen."
    )
    assert ("Ada Quill", "Mara Vey") in pairs
    assert ("Pell Androw", "Tomas Reel") in pairs
    assert ("Mara Vey", "Tomas Reel") not in pairs and ("Pell Androw", "Ona Brill") not in pairs


def test_a_list_of_single_names_beside_full_names_holds_the_parts_on_the_single_side() -> None:
    text = (
        "The studio confirmed three returning voice actors:\n\n"
        "Mara – Ada Quill\nTomas – Pell Androw\nIlse – Ona Brill\n"
    )
    assert {("Ada Quill", "Mara"), ("Pell Androw", "Tomas"), ("Ona Brill", "Ilse")} <= _pairs(text)


def test_a_work_after_whose_is_no_part() -> None:
    pairs = _pairs("Ada Quill, whose debut novel Salt Fields was adapted in 2003, said she was grateful.")
    assert ("Ada Quill", "Salt Fields") not in pairs


def test_a_word_that_describes_the_cast_is_no_player() -> None:
    pairs = _pairs("Ona Brill, who also voices Kell in Salt Fields, leads the Japanese cast as Mara Vey.")
    assert not any(person == "Japanese" for person, _ in pairs)
    assert ("Ona Brill", "Kell") not in pairs  # (a part in another title, told in a relative clause)


def test_a_place_before_as_is_no_player() -> None:
    title = "Moonlit Harbor Season 2: Cameras Roll in Rome as Netflix Shakes Up the Cast"
    assert not any(person == "Rome" for _, _, _, person, _ in _cast(f"{title}\n\nFilming is underway.", title=title))


def test_a_list_introduced_as_both_seasons_cast_is_each_seasons() -> None:
    text = "The friends at the heart of both seasons were:\n\n- Ada Quill as Mara Vey\n- Pell Androw as Tomas Reel\n"
    got = {(season, person) for _, season, _, person, _ in _cast(text)}
    assert {(1, "Ada Quill"), (2, "Ada Quill"), (1, "Pell Androw"), (2, "Pell Androw")} <= got
    assert (None, "Ada Quill") not in got


def test_a_relative_clause_keeps_its_own_season() -> None:
    text = (
        "The cast of season 3:\n\n- Ona Brill as Mara Vey\n- Tomas Reel as Ilse Kerr\n\n"
        "Ona Brill had taken over the role of Mara in season 2 from Pell Androw, who played her in the first season."
    )
    title = "Moonlit Harbor Season 3: Everything We Know"
    got = {(season, stance) for _, season, stance, person, _ in _cast(text, title=title) if person == "Pell Androw"}
    assert (1, "asserted") in got and (2, "denied") in got
    assert (2, "asserted") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Quill finally got to voice the robot Zeb-9 on the small screen.", {("Ada Quill", "Zeb-9")}),
        ("In season 2, Ada Quill gets to play Mira Vance again.", {("Ada Quill", "Mira Vance")}),
        ("Ada Quill got to meet Mira Vance at the festival.", set()),
    ],
)
def test_a_player_who_gets_to_play_a_part(text: str, expected: set[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Quill (Mira Vance) and Bo Lee-Grant (Tom Hale) lead the cast once more.",
            {("Moonlit Harbor", 2, "asserted", "Ada Quill", "Mira Vance"), ("Moonlit Harbor", 2, "asserted", "Bo Lee-Grant", "Tom Hale")},
        ),
        (
            "She's joined by newcomers Ada Quill and Bo Lee-Grant.",
            {("Moonlit Harbor", 2, "asserted", "Ada Quill", None), ("Moonlit Harbor", 2, "asserted", "Bo Lee-Grant", None)},
        ),
        (
            "The new ensemble includes Ada Quill and Bo Lee-Grant.",
            {("Moonlit Harbor", 2, "asserted", "Ada Quill", None), ("Moonlit Harbor", 2, "asserted", "Bo Lee-Grant", None)},
        ),
        (
            "The writers are back, as are Ada Quill and Bo Lee-Grant in the adult timeline.",
            {("Moonlit Harbor", 2, "asserted", "Ada Quill", None), ("Moonlit Harbor", 2, "asserted", "Bo Lee-Grant", None)},
        ),
        # (the cast as it stands, and a lead in the past, keep no season)
        (
            "The ensemble includes Ada Quill and Bo Lee-Grant.",
            {("Moonlit Harbor", None, "asserted", "Ada Quill", None), ("Moonlit Harbor", None, "asserted", "Bo Lee-Grant", None)},
        ),
    ],
)
def test_returning_and_new_players_of_the_season_being_made(text: str, expected: set[tuple[str, int | None, str, str | None, str | None]]) -> None:
    assert _cast(text) == expected


_DESCRIBED_LIST = """For reference, this is the season 1 cast:
Mira Vance, the harbour pilot known as Captain Mo (Ada Quill)
Tom Hale, the pilot's deputy (Bo Lee-Grant)
Bhushan, a.k.a. Banrakas (Cy Dunn)
Rinki (Dee Moss)
"""


def test_list_entries_that_describe_the_part_or_give_its_other_name() -> None:
    got = {(s, p, c) for _show, s, _st, p, c in _cast(_DESCRIBED_LIST)}
    assert got == {
        (1, "Ada Quill", "Mira Vance"),
        (1, "Ada Quill", "Captain Mo"),
        (1, "Bo Lee-Grant", "Tom Hale"),
        (1, "Cy Dunn", "Bhushan"),
        (1, "Cy Dunn", "Banrakas"),
        (1, "Dee Moss", "Rinki"),
    }


def test_a_place_owned_by_a_region_is_no_part() -> None:
    text = "Season 2 was shot in Mahodia, a village in Madhya Pradesh's Sehore district that stands in for Phulera in Uttar Pradesh's Ballia."
    assert _pairs(text) == set()


_WHO_PLAYS_WHOM = """All five members of the core team are back. Here's who plays whom:
Mira Vance (Ada Quill) – The ex-pilot who drives cab number 5283 and delivers justice. Quill has played Mira since 2021.
Tom Hale (Bo Lee-Grant) – The warm-hearted boss of the depot, known to everyone as Boss Hale.
Jin Park (Cy Dunn) – The team's hacker, whose sharp tongue hides a painful past.

Ada Quill, whose recent credits include Night Desk, told reporters she was glad to be back.
"""


def test_entries_that_pair_two_names_then_describe_under_the_intro_are_its_list() -> None:
    got = {(s, p, c) for _show, s, _st, p, c in _cast(_WHO_PLAYS_WHOM) if c}
    assert {(2, "Ada Quill", "Mira Vance"), (2, "Bo Lee-Grant", "Tom Hale"), (2, "Cy Dunn", "Jin Park")} <= got
    assert not any(p in ("Mira Vance", "Tom Hale", "Jin Park") for _s, p, _c in got)


_NOTED_LIST = """For reference, here is the main season 1 cast:

Ada Quill - Mira Vance
Bo Lee-Grant - Tom Hale, Mira's estranged father (new)
Cy Dunn - Jin Park (new)

Quill has said she sees the show as a long-term project.
"""


def test_separated_entries_with_a_note_or_a_description_of_the_part() -> None:
    doc = extract(_NOTED_LIST, title=TITLE, published="2024-05-01", published_from="given")
    got = {(c.season, c.value["person"], c.value["character"]) for c in doc.claims if c.kind == "cast" and isinstance(c.value, dict)}
    assert {(1, "Ada Quill", "Mira Vance"), (1, "Bo Lee-Grant", "Tom Hale"), (1, "Cy Dunn", "Jin Park")} <= got
    assert [s.title for s in doc.document.shows] == ["Moonlit Harbor"]


def test_a_tables_header_row_is_no_pair_and_the_new_addition_is_cast() -> None:
    text = "The season 2 cast:\n\nActor: Character\nAda Quill: Mira Vance\n\nThe big new addition is Bo Lee-Grant."
    got = {(s, p, c) for _show, s, _st, p, c in _cast(text)}
    assert (2, "Ada Quill", "Mira Vance") in got and (2, "Bo Lee-Grant", None) in got
    assert not any(p == "Actor" or c == "Character" for _s, p, c in got)


def test_a_header_row_that_names_the_part_first_orders_the_list() -> None:
    text = "The season 2 cast:\n\nCharacter – Actor\nAda Quill – Mira Vance\nBo Lee-Grant – Tom Hale"
    got = {(s, p, c) for _show, s, _st, p, c in _cast(text)}
    assert got == {(2, "Mira Vance", "Ada Quill"), (2, "Tom Hale", "Bo Lee-Grant")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Quill (Night Desk, Bosch) stars as Will Trent.", {("Ada Quill", "Will Trent")}),
        ("Ada Quill (Night Desk) stars as Mira Vance.", {("Ada Quill", "Mira Vance")}),
        ("Ada Quill plays May Carter, the captain.", {("Ada Quill", "May Carter")}),
    ],
)
def test_a_credit_in_brackets_before_stars_as_and_a_part_named_will_or_may(text: str, expected: set[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_a_player_who_is_absent_from_the_new_season() -> None:
    got = _cast("Cy Dunn, who played Jules in the first season, is also absent.")
    assert ("Moonlit Harbor", 2, "denied", "Cy Dunn", "Jules") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Quill's Mira Vance is back.", {("Moonlit Harbor", 2, "asserted", "Ada Quill", "Mira Vance")}),
        ("Cy Dennis' Tom Hale is back.", {("Moonlit Harbor", 2, "asserted", "Cy Dennis", "Tom Hale")}),
        ("Lark Pictures' Simone Adeyemi is back.", set()),
    ],
)
def test_a_short_sentence_of_names_is_prose_and_a_plural_possessive_owns_a_part(
    text: str, expected: set[tuple[str, int | None, str, str | None, str | None]]
) -> None:
    assert _cast(text) == expected


def test_a_credit_in_brackets_before_a_crew_job_is_no_pair() -> None:
    assert _pairs("Cy Dunn (Night Desk) continues as character designer and chief animation director.") == set()
    assert _pairs("Cy Dunn (Jules) is back.") == {("Cy Dunn", "Jules")}


def test_a_player_back_as_a_crew_job_plays_no_part() -> None:
    text = (
        "Who Is Making Season 2?\n\nBo Lee-Grant, who directed the first season, will not direct season 2; Ada Quill takes over. "
        "Cy Dunn is back as character designer, and the band returns for the music."
    )
    assert not {p for *_rest, p, _c in _cast(text) if p == "Cy Dunn"}
    assert _pairs("Cy Dunn is back as Jules.") == {("Cy Dunn", "Jules")}


def test_a_titled_name_with_an_epithet() -> None:
    assert _pairs("Cy Dunn stars as Ser Duncan the Tall.") == {("Cy Dunn", "Ser Duncan the Tall")}


_VOICES_LIST = """The main cast is returning. Here's who voices whom:

Mira Vance – Ada Quill
Tom Hale – Bo Lee-Grant
Jin Park – Cy Dunn

Ada Quill, whom many fans know from Night Desk, has said Mira gets her best scenes.
"""


def test_a_list_whose_second_side_the_prose_writes_as_players() -> None:
    got = {(p, c) for _show, _s, _st, p, c in _cast(_VOICES_LIST) if c}
    assert got == {("Ada Quill", "Mira Vance"), ("Bo Lee-Grant", "Tom Hale"), ("Cy Dunn", "Jin Park")}
