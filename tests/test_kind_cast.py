"""Cast claims: pairs in lists and prose, seasons from context, stances, names."""

from __future__ import annotations

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
