"""The crew kind through the whole pipeline, on invented sentences."""

from __future__ import annotations

import pytest

from nextseason.extract import extract

TITLE = "Moonlit Harbor Season 2 Release Date, Cast and Everything We Know"
PUBLISHED = "2024-03-14"

Row = tuple[str, int | None, str, str, str]


def crew(text: str, *, title: str = TITLE) -> set[Row]:
    doc = extract(text, title=title, published=PUBLISHED, published_from="given")
    return {
        (c.value["person"], c.season, c.value["role"], c.stance, c.show)  # type: ignore[index]
        for c in doc.claims
        if c.kind == "crew"
    }


def people_roles(text: str) -> set[tuple[str, int | None, str, str]]:
    return {row[:4] for row in crew(text)}


# --- credits by verb, noun and title --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The thriller was written by Mara Quint and Oskar Feld.",
            {("Mara Quint", None, "writer", "asserted"), ("Oskar Feld", None, "writer", "asserted")},
        ),
        (
            "The mystery drama, created, written and directed by Pell Granger, became a hit.",
            {
                ("Pell Granger", None, "creator", "asserted"),
                ("Pell Granger", None, "writer", "asserted"),
                ("Pell Granger", None, "director", "asserted"),
            },
        ),
        (
            "The series comes from creators and showrunners Colm Reyes and Ada Byrne.",
            {
                ("Colm Reyes", None, "creator", "asserted"),
                ("Colm Reyes", None, "showrunner", "asserted"),
                ("Ada Byrne", None, "creator", "asserted"),
                ("Ada Byrne", None, "showrunner", "asserted"),
            },
        ),
        ("Showrunner Delia Voss has said the story is far from over.", {("Delia Voss", None, "showrunner", "asserted")}),
        ("The director, Ikuo Tanabe, loves long takes.", {("Ikuo Tanabe", None, "director", "asserted")}),
        (
            "Noor Haddad and Tess Marlow are executive producers on the show.",
            {("Noor Haddad", None, "producer", "asserted"), ("Tess Marlow", None, "producer", "asserted")},
        ),
        (
            "The drama was developed by Lior Benami, who also writes and executive produces.",
            {
                ("Lior Benami", None, "creator", "asserted"),
                ("Lior Benami", None, "writer", "asserted"),
                ("Lior Benami", None, "producer", "asserted"),
            },
        ),
    ],
)
def test_credits(sentence: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(sentence) == expected


# --- seasons -------------------------------------------------------------------------------


def test_season_named_in_the_passive_subject() -> None:
    assert people_roles("Season 3 will be directed by Hana Okafor.") == {("Hana Okafor", 3, "director", "asserted")}


def test_each_verb_phrase_takes_its_own_season() -> None:
    rows = people_roles(
        "Rhea Malik, who directed the first season, returns to direct three episodes of season 2 "
        "and remains an executive producer."
    )
    assert rows == {
        ("Rhea Malik", 1, "director", "asserted"),
        ("Rhea Malik", 2, "director", "asserted"),
        ("Rhea Malik", None, "producer", "asserted"),
    }


def test_return_ties_the_credit_to_the_upcoming_season() -> None:
    assert people_roles("Quinn Adler returns as showrunner.") == {("Quinn Adler", 2, "showrunner", "asserted")}


def test_several_seasons_give_no_season() -> None:
    rows = people_roles("Mara Quint co-wrote the scripts for both seasons with Oskar Feld.")
    assert rows == {("Mara Quint", None, "writer", "asserted"), ("Oskar Feld", None, "writer", "asserted")}


def test_elliptic_second_credit_keeps_the_season_of_the_first() -> None:
    rows = people_roles(
        "Ada Byrne directed five episodes of season 2, and Jun Sato, the show's editor, directed one as well."
    )
    assert rows == {("Ada Byrne", 2, "director", "asserted"), ("Jun Sato", 2, "director", "asserted")}


# --- stance --------------------------------------------------------------------------------


def test_did_not_return_denies_every_role_the_person_held() -> None:
    rows = people_roles(
        "Tomas Berg, who co-ran season 1 and directed several of its episodes, did not return for season 2."
    )
    assert rows == {
        ("Tomas Berg", 1, "showrunner", "asserted"),
        ("Tomas Berg", 1, "director", "asserted"),
        ("Tomas Berg", 2, "showrunner", "denied"),
        ("Tomas Berg", 2, "director", "denied"),
    }


def test_will_not_return_uses_roles_from_earlier_sentences() -> None:
    rows = people_roles("Delia Voss is the showrunner.\n\nDelia Voss will not return for season 2.")
    assert ("Delia Voss", 2, "showrunner", "denied") in rows


def test_replacement_asserts_the_new_person_and_denies_the_old() -> None:
    rows = people_roles("Rhea Malik replaces Ikuo Tanabe as director for the second season.")
    assert rows == {("Rhea Malik", 2, "director", "asserted"), ("Ikuo Tanabe", 2, "director", "denied")}


def test_group_return_repeats_the_previous_sentence_credits_hedged() -> None:
    rows = people_roles("The first season was directed by Hana Okafor and written by Jun Sato. Both are expected to return.")
    assert ("Hana Okafor", 2, "director", "speculated") in rows
    assert ("Jun Sato", 2, "writer", "speculated") in rows


def test_hedged_credit_is_speculated() -> None:
    assert people_roles("Fans hope that Quinn Adler could direct season 3.") == {
        ("Quinn Adler", 3, "director", "speculated")
    }


# --- not claims ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Quinn Adler is also known for directing Black Water and The Tall Grass.",
        "The show is based on the webtoon of the same name, written by Tamsin Rook and drawn by Eli Park.",
        "It adapts the novel Glass Tide by writer Tamsin Rook.",
        "It is produced by Studio Kite, with music by Ren Hall.",
        "Composer Anika Holm returns to score the new season.",
        "She is busy directing her first feature film this year.",
        "The two of them created the original comic together.",
        "No writer has been confirmed yet.",
    ],
)
def test_not_claims(sentence: str) -> None:
    assert crew(sentence) == set()


def test_earlier_credit_adds_no_claim_for_the_other_title() -> None:
    rows = crew("Moonlit Harbor was created by Pell Granger, who previously created Silver Coast for HBO.")
    assert rows == {("Pell Granger", None, "creator", "asserted", "Moonlit Harbor")}


def test_short_back_reference_takes_the_full_name() -> None:
    rows = people_roles("Showrunner Delia Voss praised the cast.\n\nVoss also directed the season 1 finale.")
    assert ("Delia Voss", 1, "director", "asserted") in rows


def test_spelling_variants_stay_separate() -> None:
    rows = people_roles("The director Lee JQ shot it at night. The writer, Lee Jae-woo, wrote the pilot.")
    assert ("Lee JQ", None, "director", "asserted") in rows
    assert ("Lee Jae-woo", 1, "writer", "asserted") in rows  # the pilot is the first season's


# --- generalisation: duties, clause boundaries, returns -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Series composition for the new season is handled by Goro Ueda.",
            {("Goro Ueda", 2, "writer", "asserted")},
        ),
        (
            "Directing duties are being handled by Mina Ko and Jo Berg.",
            {("Mina Ko", None, "director", "asserted"), ("Jo Berg", None, "director", "asserted")},
        ),
        ("Goro Ueda handles series composition.", {("Goro Ueda", None, "writer", "asserted")}),
        ("Mira Sol is showrunning the new season.", {("Mira Sol", 2, "showrunner", "asserted")}),
        (
            "Cass Wren serves as showrunner alongside Jory Pike.",
            {("Cass Wren", None, "showrunner", "asserted"), ("Jory Pike", None, "showrunner", "asserted")},
        ),
        (
            "Moonlit Harbor is executive produced by Dara Finch and Milo Stone.",
            {("Dara Finch", None, "producer", "asserted"), ("Milo Stone", None, "producer", "asserted")},
        ),
        ("Olga Brandt returns behind the camera for season 2.", {("Olga Brandt", 2, "director", "asserted")}),
    ],
)
def test_duties_partners_and_behind_the_camera(sentence: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(sentence) == expected


def test_a_name_that_starts_its_own_clause_ends_the_agent_list() -> None:
    rows = people_roles("The drama was created by Ines Carr, who also serves as showrunner, and Paul Vey is a producer.")
    assert rows == {
        ("Ines Carr", None, "creator", "asserted"),
        ("Ines Carr", None, "showrunner", "asserted"),
        ("Paul Vey", None, "producer", "asserted"),
    }


def test_pronoun_not_back_denies_the_role_held_in_the_same_sentence() -> None:
    rows = people_roles("The first season was directed by Olga Brandt, but she is not back for season 2.")
    assert rows == {("Olga Brandt", 1, "director", "asserted"), ("Olga Brandt", 2, "director", "denied")}


def test_writing_about_a_topic_is_not_a_credit() -> None:
    assert crew("The reporter Ada Quill moves to the coast to write about the murders.") == set()


# --- generalisation on unseen articles ---------------------------------------------------------


def test_known_for_appositive_is_skipped_to_find_the_subject() -> None:
    text = (
        f"{TITLE}\n\nThe drama stars Wren Calder as Ada Moss.\n\n"
        "Calder, best known for her years on the soap Linden Yard, is also a producer on the series."
    )
    rows = people_roles(text)
    assert ("Wren Calder", None, "producer", "asserted") in rows
    assert not any(person == "Linden Yard" for person, *_ in rows)


def test_every_partner_after_alongside_shares_the_role() -> None:
    text = f"{TITLE}\n\nJuno Hale executive produces alongside Piet Varga and Sol Amara."
    assert people_roles(text) == {
        ("Juno Hale", None, "producer", "asserted"),
        ("Piet Varga", None, "producer", "asserted"),
        ("Sol Amara", None, "producer", "asserted"),
    }


def test_continues_to_handle_series_composition() -> None:
    text = f"{TITLE}\n\nKoji Mirai continues to handle series composition for the anime."
    assert ("Koji Mirai", None, "writer", "asserted") in people_roles(text)


def test_a_film_in_passing_does_not_make_the_next_sentence_about_a_film() -> None:
    text = (
        f"{TITLE}\n\nThe old director will not return, as he is busy with a film project. "
        "Rin Sato continues to handle the scripts."
    )
    assert ("Rin Sato", None, "writer", "asserted") in people_roles(text)


def test_a_title_before_a_name_does_not_take_the_season_of_its_verb() -> None:
    rows = people_roles("Creator and showrunner Tove Berg wrote every episode of season one herself.")
    assert rows == {("Tove Berg", None, "creator", "asserted"), ("Tove Berg", None, "showrunner", "asserted"),
                    ("Tove Berg", 1, "writer", "asserted")}


def test_companies_are_not_people() -> None:
    rows = people_roles("Ines Kalt is directing the second season at studio Greyline Arc, with Orla Fenn's producer Kai Dunn.")
    assert ("Greyline Arc", 2, "director", "asserted") not in rows
    assert ("Ines Kalt", 2, "director", "asserted") in rows


# --- more phrasings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ilse Born serves as showrunner and executive producer alongside Teo Park.",
            {("Ilse Born", None, "showrunner", "asserted"), ("Ilse Born", None, "producer", "asserted"), ("Teo Park", None, "producer", "asserted")},
        ),
        (
            "Teo Park, who directed three episodes of Season 1 and will helm the Season 2 opener, is back.",
            {("Teo Park", 1, "director", "asserted"), ("Teo Park", 2, "director", "asserted")},
        ),
        ("Teo Park, who directed the pilot, is a fan favourite.", {("Teo Park", 1, "director", "asserted")}),
        ("Ilse Born is again in charge of series composition.", {("Ilse Born", 2, "writer", "asserted")}),
        ("Netflix renewed the show, creator Ilse Born's harbour noir, for a second season.", {("Ilse Born", None, "creator", "asserted")}),
        ("Ilse Born developed the series from Ana Voss's 2019 novel Salt Lines.", {("Ilse Born", None, "creator", "asserted")}),
        (
            "The show was created by Ilse Born, who adapted it from her novel 'The Tide That Doesn't Return'.",
            {("Ilse Born", None, "creator", "asserted"), ("Ilse Born", None, "writer", "asserted")},
        ),
    ],
)
def test_more_credit_phrasings(sentence: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Created by novelist-turned-showrunner Ines Vale, the drama is a hit.",
            {("Ines Vale", None, "creator", "asserted"), ("Ines Vale", None, "showrunner", "asserted")},
        ),
        (
            "The show was created by Abe Lund and his twin brother Silas Lund.",
            {("Abe Lund", None, "creator", "asserted"), ("Silas Lund", None, "creator", "asserted")},
        ),
        ("The drama was created by Bafta winner Tamsin Roe.", {("Tamsin Roe", None, "creator", "asserted")}),
    ],
)
def test_described_agents(sentence: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(sentence) == expected


def test_back_to_run_a_season_with_a_pronoun_subject() -> None:
    rows = people_roles("Showrunner Ines Vale developed the series from Tom Rook's novel Salt Lines, and she is back to run season 2.")
    assert ("Ines Vale", 2, "showrunner", "asserted") in rows
    assert not any(person == "Salt Lines" for person, *_ in rows)


def test_a_pronoun_subject_of_a_second_coordinated_verb() -> None:
    text = "That is what Ines Vale has done. Moonlit Harbor, which she created and has written every episode of, is a hit."
    assert people_roles(text) == {("Ines Vale", None, "creator", "asserted"), ("Ines Vale", None, "writer", "asserted")}


def test_a_titled_partner_keeps_its_title_for_the_predicates_season() -> None:
    text = "Nia Oduya returns as showrunner for season two alongside newly promoted co-showrunner Teo Park."
    assert people_roles(text) == {("Nia Oduya", 2, "showrunner", "asserted"), ("Teo Park", 2, "showrunner", "asserted")}


# --- job prefixes and other works -----------------------------------------------------------

# (sentence, crew rows): a job word before a name ("PD", "writer-director") is no part of it,
# and a credit on another titled work introduces a person without being a claim.
PREFIXES_AND_OTHER_WORKS = [
    (
        "PD Yoon Ha-rin, who directed the first season, returns to direct season 2.",
        {("Yoon Ha-rin", 1, "director", "asserted"), ("Yoon Ha-rin", 2, "director", "asserted")},
    ),
    ("The new season is helmed by PD Seo Jae-hyun.", {("Seo Jae-hyun", 2, "director", "asserted")}),
    ("Director PD Baek Min-chul will helm the new season.", {("Baek Min-chul", 2, "director", "asserted")}),
    (  # a writer-director holds both jobs
        "Writer-director Hana Solberg returns for season 2.",
        {("Hana Solberg", 2, "director", "asserted"), ("Hana Solberg", 2, "writer", "asserted")},
    ),
    (
        "Ines Kalt, previously a writer on the sitcom Paper Towns, will write the new episodes.",
        {("Ines Kalt", 2, "writer", "asserted")},
    ),
    (
        "Ines Kalt, who previously wrote for the network sitcom Paper Towns, executive produces the show.",
        {("Ines Kalt", None, "producer", "asserted")},
    ),
    ("Teo Park, who wrote the drama Salt Lines, will direct the new season.", {("Teo Park", 2, "director", "asserted")}),
]


@pytest.mark.parametrize(("sentence", "expected"), PREFIXES_AND_OTHER_WORKS)
def test_job_prefixes_and_credits_on_other_works(sentence: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(sentence) == expected


def test_a_season_in_a_fronted_time_clause_does_not_date_the_title() -> None:
    text = (
        "Three weeks after Moonlit Harbor wrapped its first season, creator and showrunner "
        "Ada Mbeki-Ross is already deep into the next one."
    )
    got = people_roles(text)
    assert ("Ada Mbeki-Ross", None, "creator", "asserted") in got
    assert ("Ada Mbeki-Ross", None, "showrunner", "asserted") in got


def test_this_series_is_the_season_being_made() -> None:
    text = "Moonlit Harbor was created by Ada Quill, and this series is directed by Tom Birr and Kay Nowak."
    got = people_roles(text)
    assert ("Tom Birr", 2, "director", "asserted") in got
    assert ("Kay Nowak", 2, "director", "asserted") in got
    assert ("Ada Quill", None, "creator", "asserted") in got


def test_an_appositive_list_of_roles_and_staying_on() -> None:
    got = people_roles("Ada Quill, the show's creator and showrunner, is expected to stay on.")
    assert ("Ada Quill", None, "creator", "asserted") in got
    assert ("Ada Quill", None, "showrunner", "asserted") in got
    assert ("Ada Quill", 2, "showrunner", "speculated") in got


def test_a_credit_in_the_making_is_the_new_season() -> None:
    assert ("Ada Quill", 2, "director", "asserted") in people_roles("Director Ada Quill, who is helming four of the eight, spoke.")
    assert ("Ada Quill", 2, "director", "asserted") in people_roles("Ada Quill will direct the premiere.")


def test_taking_over_from_a_titled_predecessor() -> None:
    got = people_roles("Tom Wren takes over from season one director Ann Sloane.")
    assert ("Tom Wren", 2, "director", "asserted") in got
    assert ("Ann Sloane", 1, "director", "asserted") in got
    assert ("Ann Sloane", 2, "director", "denied") in got
    assert ("Tom Wren", 2, "director", "asserted") in people_roles("The new series is directed by Tom Wren.")


def test_a_title_case_headline_verb_ends_the_name() -> None:
    headline = "Moonlit Harbor Renewed as Marcus Ibe Takes Over as Showrunner"
    got = crew(f"{headline}\n\nLena Voss created the show.", title=headline)
    assert any(person == "Marcus Ibe" and role == "showrunner" for person, _s, role, _st, _sh in got)
    assert not any(person.endswith("Over") for person, _s, _r, _st, _sh in got)


def test_the_sources_creator_is_no_crew() -> None:
    assert not crew("Meanwhile, webtoon creator Yoon Ha-rim shared an illustration.")


def test_expected_to_run_a_season_after_a_replacement() -> None:
    got = people_roles("Tom Wren will replace Ann Sloane as showrunner on season 2. He is also expected to run season 3.")
    assert ("Tom Wren", 3, "showrunner", "speculated") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Quill, an executive producer since the beginning, co-wrote the premiere.",
            {("Ada Quill", None, "producer", "asserted"), ("Ada Quill", 2, "writer", "asserted")},
        ),
        ("Ada Quill, an executive producer on the show, was there.", {("Ada Quill", None, "producer", "asserted")}),
        ("Ada Quill, a writer, said she loved it.", set()),
        (
            "The series comes from creator Ada Quill, who also serves as the show's showrunner.",
            {("Ada Quill", None, "creator", "asserted"), ("Ada Quill", None, "showrunner", "asserted")},
        ),
        ("Bo Lee-Grant takes over series composition.", {("Bo Lee-Grant", 2, "writer", "asserted")}),
        (
            "Directing duties are split between Ada Quill and Bo Lee-Grant.",
            {("Ada Quill", None, "director", "asserted"), ("Bo Lee-Grant", None, "director", "asserted")},
        ),
        ("Bo Lee-Grant has penned the season finale.", {("Bo Lee-Grant", 2, "writer", "asserted")}),
        ("The series is directed by Oscar-nominated documentarian Ada Quill.", {("Ada Quill", None, "director", "asserted")}),
    ],
)
def test_indefinite_appositives_shared_duties_and_the_new_seasons_episodes(
    text: str, expected: set[tuple[str, int | None, str, str]]
) -> None:
    assert people_roles(text) == expected


def test_a_group_subject_stands_for_the_pair_the_last_sentence_named() -> None:
    text = "The series was created by Ada Quill and Bo Lee-Grant. The pair executive produced alongside Cy Dunn."
    producers = {p for p, _season, role, _stance in people_roles(text) if role == "producer"}
    assert producers == {"Ada Quill", "Bo Lee-Grant", "Cy Dunn"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Quill, who joined as a staff writer for season two, is back.", {("Ada Quill", 2, "writer", "asserted")}),
        ("Ada Quill has also been promoted to producer this season.", {("Ada Quill", 2, "producer", "asserted")}),
        (
            "Series creator and showrunner Ada Quill is back in charge.",
            {("Ada Quill", None, "creator", "asserted"), ("Ada Quill", None, "showrunner", "asserted"), ("Ada Quill", 2, "showrunner", "asserted")},
        ),
        ('Ada Quill previously worked as a staff writer on the procedural "Night Desk".', set()),
        ("Ada Quill will also serve as a producer on season 2.", {("Ada Quill", 2, "producer", "asserted")}),
    ],
)
def test_staff_writers_promotions_creators_and_credits_on_other_shows(
    text: str, expected: set[tuple[str, int | None, str, str]]
) -> None:
    assert people_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Direction passes from Bo Lee-Grant to Ada Quill this season.",
            {("Ada Quill", 2, "director", "asserted"), ("Bo Lee-Grant", 2, "director", "denied")},
        ),
        ("Cy Dunn will co-write it, but day-to-day duties go to showrunner Ada Quill.", {("Ada Quill", 2, "showrunner", "asserted"), ("Cy Dunn", 2, "writer", "asserted")}),
        ("Ada Quill, who directed the pilot, is behind the camera for four of them.", {("Ada Quill", 1, "director", "asserted"), ("Ada Quill", 2, "director", "asserted")}),
    ],
)
def test_duties_handed_on_and_behind_the_camera(text: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(text) == expected


def test_a_list_after_with_serving_as_producers() -> None:
    text = "It is made by Lantern Road Productions, with Ada Quill, Bo Lee-Grant and Cy Dunn serving as executive producers."
    assert people_roles(text) == {
        ("Ada Quill", None, "producer", "asserted"),
        ("Bo Lee-Grant", None, "producer", "asserted"),
        ("Cy Dunn", None, "producer", "asserted"),
    }


def test_with_a_person_in_charge_of_a_duty() -> None:
    assert ("Ada Quill", None, "writer", "asserted") in people_roles("The director returns, with Ada Quill in charge of series composition.")


def test_a_production_company_named_films_is_no_film() -> None:
    text = "The drama is produced by Northlight Films, and executive produced by Ada Quill and Bo Lee-Grant."
    assert people_roles(text) == {("Ada Quill", None, "producer", "asserted"), ("Bo Lee-Grant", None, "producer", "asserted")}


def test_the_role_then_the_name_between_commas() -> None:
    text = "The show's creator, Ada Quill, told Collider that she has a plan for three seasons."
    assert people_roles(text) == {("Ada Quill", None, "creator", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "The staff for the new season:\n\nDirector: Ada Quill (replacing Bo Lee-Grant)\nSeries Composition: Cy Dunn\nMusic: Ed Moss",
        "Staff\n\nDirector\n\nAda Quill (replacing Bo Lee-Grant)\n\nSeries Composition\n\nCy Dunn\n\nMusic\n\nEd Moss",
    ],
)
def test_a_staff_list_by_line_or_by_definition(text: str) -> None:
    assert people_roles(text) == {
        ("Ada Quill", 2, "director", "asserted"),
        ("Bo Lee-Grant", 2, "director", "denied"),
        ("Cy Dunn", 2, "writer", "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Executive producers include Ada Quill, Bo Lee-Grant and Cy Dunn.",
            {("Ada Quill", None, "producer", "asserted"), ("Bo Lee-Grant", None, "producer", "asserted"), ("Cy Dunn", None, "producer", "asserted")},
        ),
        ("The pilot was written and directed by Ada Quill.", {("Ada Quill", 1, "writer", "asserted"), ("Ada Quill", 1, "director", "asserted")}),
    ],
)
def test_role_lists_and_a_pilots_passive_credits(text: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Aldo Brennan will run season 2 on his own.", {("Aldo Brennan", 2, "showrunner", "asserted")}),
        (
            "It was created by Aldo Brennan and Priya Castellanos, who ran the first season together.",
            {
                ("Aldo Brennan", None, "creator", "asserted"),
                ("Priya Castellanos", None, "creator", "asserted"),
                ("Aldo Brennan", 1, "showrunner", "asserted"),
                ("Priya Castellanos", 1, "showrunner", "asserted"),
            },
        ),
        (
            "Ada Quill and Bo Lee ran the first two seasons.",
            {("Ada Quill", None, "showrunner", "asserted"), ("Bo Lee", None, "showrunner", "asserted")},
        ),
    ],
)
def test_running_a_season(sentence: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(sentence) == expected


def test_a_pronoun_never_stands_for_a_streamer() -> None:
    got = people_roles("Moonlit Harbor is on Prime Video. She co-wrote the season 2 premiere with Aldo Brennan.")
    assert not any(person == "Prime Video" for person, *_ in got)


def test_a_successor_named_in_a_with_clause() -> None:
    got = people_roles(
        "The studio returns to animate the new season, with Haruka Mori taking over as director from Kenji Ota, "
        "who directed the first season."
    )
    assert got == {
        ("Haruka Mori", 2, "director", "asserted"),
        ("Kenji Ota", 1, "director", "asserted"),
        ("Kenji Ota", 2, "director", "denied"),  # taken over from: not the new season's director
    }


def test_a_who_clause_after_an_apposition_is_the_names() -> None:
    got = people_roles("The show was created by Mark Ostrowski, a former reporter, who executive produces alongside Dana Whitcombe.")
    assert got == {
        ("Mark Ostrowski", None, "creator", "asserted"),
        ("Mark Ostrowski", None, "producer", "asserted"),
        ("Dana Whitcombe", None, "producer", "asserted"),
    }


def test_creator_and_star_is_both() -> None:
    doc = extract("Creator and star Ezra Lind said the news was a thrill.", title=TITLE, published=PUBLISHED, published_from="given")
    got = {(c.kind, c.value["person"], c.value.get("role") or c.value.get("character")) for c in doc.claims}  # type: ignore[index,union-attr]
    assert got == {("crew", "Ezra Lind", "creator"), ("cast", "Ezra Lind", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Priya Reed created the show. She is expected to return as showrunner.", ("Priya Reed", 2, "showrunner", "speculated")),
        ("Priya Reed created the show, and she remains an executive producer.", ("Priya Reed", None, "producer", "asserted")),
    ],
)
def test_a_pronoun_before_a_role_predicate(text: str, expected: tuple[str, int | None, str, str]) -> None:
    assert expected in people_roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The drama was created by Priya Reed and Colm Dunne. They also serve as showrunners on the second season.",
            {("Priya Reed", 2, "showrunner", "asserted"), ("Colm Dunne", 2, "showrunner", "asserted")},
        ),
        (
            "Priya Reed and Colm Dunne created the show. Both will stay on as executive producers.",
            {("Priya Reed", None, "producer", "asserted"), ("Colm Dunne", None, "producer", "asserted")},
        ),
    ],
)
def test_a_plural_pronoun_before_a_role_predicate(text: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert expected <= people_roles(text)


def test_a_plural_pronoun_is_not_the_works_an_aside_names() -> None:
    got = people_roles(
        "The drama was created by Priya Reed and Colm Dunne, the pair behind Salt Fields and Iron Bay. "
        "They serve as showrunners."
    )
    assert {("Priya Reed", None, "showrunner", "asserted"), ("Colm Dunne", None, "showrunner", "asserted")} <= got
    assert not {person for person, *_ in got} & {"Salt Fields", "Iron Bay"}


def test_a_plural_pronoun_after_one_name_credits_no_one() -> None:
    got = people_roles("Priya Reed created the show. They serve as executive producers.")
    assert ("Priya Reed", None, "producer", "asserted") not in got


def test_the_work_as_a_subject_is_no_ones_credit() -> None:
    assert people_roles("Creator Tom Ashby said writing on season 2 is already underway.") == {
        ("Tom Ashby", None, "creator", "asserted")
    }


def test_a_return_in_a_paragraph_about_another_show_is_for_that_shows_season() -> None:
    title = "Peacock cancels Glass Meridian"
    text = (
        f"{title}\n\nPeacock has canceled Glass Meridian after two seasons.\n\n"
        "There was better news for the horror slate. The streamer has renewed its anthology series Hollow Pines for a "
        "third season.\n\nSeason three will consist of six episodes. Series creator Owen Castellano returns as showrunner, "
        "and Mae Corrigan, who has starred in both seasons so far, will be back in a new role."
    )
    assert ("Owen Castellano", 3, "showrunner", "asserted", "Hollow Pines") in crew(text, title=title)


def test_a_title_after_the_is_no_person_but_the_brothers_are() -> None:
    text = (
        "Moonlit Harbor is based on The Tidewrack Cycle, Ana Lind's novel series, and season 2 will adapt the final book. "
        "The Duffer Brothers wrote the new season."
    )
    assert {row[0] for row in crew(text)} == {"Duffer Brothers"}


def test_a_credit_held_since_a_season_has_no_season() -> None:
    text = "Moonlit Harbor returns. Marcus Oyelaran, who has written for the show since season 1, will run season 2."
    assert people_roles(text) == {("Marcus Oyelaran", None, "writer", "asserted"), ("Marcus Oyelaran", 2, "showrunner", "asserted")}


def test_has_been_showrunner_since_a_season() -> None:
    assert people_roles("Moonlit Harbor returns. Bex Tolliver has been showrunner since season 1.") == {
        ("Bex Tolliver", None, "showrunner", "asserted")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bo Kim takes over as showrunner from Ana Ruiz.",
            {("Bo Kim", 2, "showrunner", "asserted"), ("Ana Ruiz", 2, "showrunner", "denied")},
        ),
        ("Ana Ruiz is stepping down as showrunner.", {("Ana Ruiz", 2, "showrunner", "denied")}),
        ("Ana Ruiz serves as showrunner.", {("Ana Ruiz", None, "showrunner", "asserted")}),
    ],
)
def test_a_showrunner_taking_over_and_one_stepping_down(sentence: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(f"Moonlit Harbor season 2 arrives in 2025. {sentence}") == expected


# --- credits in news copy's phrasings -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Moonlit Harbor, which counted Ivo Lindqvist as one of its executive producers, starred Pell Sarkis.",
            {("Ivo Lindqvist", "producer")},
        ),
        (
            "Maren Oduya will return as star and executive producer, with Ivo Lindqvist among the executive producers.",
            {("Maren Oduya", "producer"), ("Ivo Lindqvist", "producer")},
        ),
        ("The show is created by Ivo Lindqvist who is also the showrunner.", {("Ivo Lindqvist", "creator"), ("Ivo Lindqvist", "showrunner")}),
        ("The drama hails from writer-producer Ivo Lindqvist.", {("Ivo Lindqvist", "writer"), ("Ivo Lindqvist", "producer")}),
        ("The season comes from creators Matt and Ross Lindqvist.", {("Matt Lindqvist", "creator"), ("Ross Lindqvist", "creator")}),
        ("Ivo Lindqvist is returning to pen the scripts.", {("Ivo Lindqvist", "writer")}),
        ("Filming starts at the Harbour Studios in Port Ellis, developed with Tidewell Media.", set()),
    ],
)
def test_news_copy_credits(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(person, role) for person, _s, role, _st in people_roles("Moonlit Harbor is a mystery.\n\n" + sentence)} == expected


def test_a_plural_title_makes_both_names_crew_not_cast() -> None:
    doc = extract(
        "Moonlit Harbor is a mystery.\n\nShowrunners Ivo Lindqvist and Maren Oduya return for the new season.",
        title=TITLE,
        published="2024-05-01",
    )
    assert not [c for c in doc.claims if c.kind == "cast"]


def test_named_showrunner() -> None:
    assert people_roles("Moonlit Harbor is a mystery.\n\nIvo Lindqvist was named showrunner in 2023.") == {
        ("Ivo Lindqvist", None, "showrunner", "asserted")
    }


def test_creating_a_buzz_is_no_credit() -> None:
    text = "The first names joining Ivo Lindqvist for the new season were dropped, creating a buzz among fans."
    assert people_roles("Moonlit Harbor is a mystery.\n\n" + text) == set()


def test_inverted_titles_and_object_relatives() -> None:
    assert people_roles("Moonlit Harbor is a mystery.\n\nThe showrunner is Ivo Lindqvist.") == {
        ("Ivo Lindqvist", None, "showrunner", "asserted")
    }
    quote = "I can't wait to take my character, DI Wren Hale, on the journey he has created for her."
    assert people_roles("Moonlit Harbor is a mystery.\n\n" + quote) == set()


def test_exec_producers_on_the_show_include() -> None:
    text = "Moonlit Harbor is a mystery.\n\nExec producers on the thriller include Ivo Lindqvist and Maren Oduya."
    assert people_roles(text) == {("Ivo Lindqvist", None, "producer", "asserted"), ("Maren Oduya", None, "producer", "asserted")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Executive producers also include Ivo Lindqvist of Harbor Films.", {("Ivo Lindqvist", "producer")}),
        ("Ivo Lindqvist (Tin Harbour) created the show.", {("Ivo Lindqvist", "creator")}),
        ("Behind the camera, Ivo Lindqvist directs, from a script by Maren Oduya.", {("Ivo Lindqvist", "director"), ("Maren Oduya", "writer")}),
    ],
)
def test_news_copy_credit_phrasings(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(p, r) for p, _s, r, _st in people_roles("Moonlit Harbor is a mystery.\n\n" + sentence)} == expected


def test_a_characters_job_is_no_credit_and_created_by_and_starring() -> None:
    text = "The space drama starred Ivo Lindqvist as NASA flight director Ruth Calloway."
    assert people_roles("Moonlit Harbor is a mystery.\n\n" + text) == set()
    text = "The comedy, created by and starring stand-up comedian Maren Oduya, premiered in October."
    assert people_roles("Moonlit Harbor is a mystery.\n\n" + text) == {("Maren Oduya", None, "creator", "asserted")}


def test_stepping_down_after_a_season_leaves_the_next() -> None:
    text = "Moonlit Harbor is a mystery.\n\nIvo Lindqvist, who ran the first season, stepped down as showrunner after season 1."
    assert ("Ivo Lindqvist", 2, "showrunner", "denied") in people_roles(text)


def test_a_producers_company_inside_a_list() -> None:
    text = (
        "Moonlit Harbor is a mystery.\n\nIvo Lindqvist executive produces with Maren Oduya of Tallgrass Pictures, "
        "Pell Sarkis and Ada Quill."
    )
    assert {p for p, _s, r, _st in people_roles(text) if r == "producer"} == {"Ivo Lindqvist", "Maren Oduya", "Pell Sarkis", "Ada Quill"}


def test_a_showrunner_change_for_the_next_season() -> None:
    title = "Moonlit Harbor Renewed for Season 4"
    text = (
        "Creator Ada Quill, who has served as showrunner on all three seasons, will step down as showrunner after the "
        "current season. Bo Lindqvist-Hale, a writer on the show since Season 1, will take over as showrunner for Season 4."
    )
    rows = {r[:4] for r in crew(text, title=title)}
    assert ("Ada Quill", 4, "showrunner", "denied") in rows
    assert ("Bo Lindqvist-Hale", 4, "showrunner", "asserted") in rows


def test_anime_staff_returning_joining_and_in_charge() -> None:
    text = (
        "Haruto Kamishiro (Lanternfish Harbor, Tengoku Relay) is returning to direct the anime, and Yōko Harada is "
        "joining the staff as co-director. Mio Tachibana is again in charge of the series scripts."
    )
    rows = people_roles(text)
    assert ("Haruto Kamishiro", 2, "director", "asserted") in rows
    assert ("Yōko Harada", 2, "director", "asserted") in rows
    assert ("Mio Tachibana", 2, "writer", "asserted") in rows
    assert not {r for r in rows if r[0] == "Lanternfish Harbor"}


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        ("The new director for the sequel is Yuko Nishimoto from The Galaxy Railways.", "Yuko Nishimoto", "director"),
        ("The director for season 2 is Yuko Nishimoto.", "Yuko Nishimoto", "director"),
        ("Masashi Koizuka takes the director's chair at Wit Studio.", "Masashi Koizuka", "director"),
        ("Meanwhile Yasuko Kobayashi (Shakugan no Shana) reprises her duty in series composition.", "Yasuko Kobayashi", "writer"),
    ],
)
def test_anime_staff_phrasings(sentence: str, person: str, role: str) -> None:
    assert (person, 2, role, "asserted") in people_roles(sentence)


def test_a_character_written_out_is_no_credit() -> None:
    text = "Tayo Adebanjo-Reid won't appear in season 2 at all, with Marcus Hale written out off-screen in the opening episode."
    assert not crew(text)


def test_a_showrunner_takes_over_from_a_titled_creator_and_an_earlier_credit_is_no_claim() -> None:
    title = "Moonlit Harbor Revived at Peacock for Season 3"
    text = (
        "Ellery Voss, who previously co-ran HBO's 'The Pinewood Accords,' will take over as showrunner from series "
        "creator Grant Holloway."
    )
    rows = {r[:4] for r in crew(text, title=title)}
    assert rows == {("Ellery Voss", 3, "showrunner", "asserted"), ("Grant Holloway", 3, "showrunner", "denied")}
    assert ("Ann Bell", None, "creator", "asserted") in people_roles("Ann Bell created HBO's Moonlit Harbor.")


def test_a_headline_verb_ends_a_name() -> None:
    assert {r[0] for r in crew("Showrunner Adrienne Kolb Responds")} == {"Adrienne Kolb"}


def test_writing_around_an_actor_is_no_credit() -> None:
    assert not crew("Ann Bell had a film commitment, and HBO chose to wait for her rather than write around her.")


def test_an_episode_code_names_the_season_of_its_credit() -> None:
    from nextseason.extract import extract

    doc = extract('Moonlit Harbor Season 2\n\n2x01 – "Slack Water" – written by Niamh Carrow\n', published="2025-01-01")
    assert {(c.season, c.value["person"]) for c in doc.claims if c.kind == "crew"} == {(2, "Niamh Carrow")}  # type: ignore[index]


def test_a_trailing_with_clause_shares_the_season_of_the_credit_before_it() -> None:
    from nextseason.extract import extract

    text = (
        "Moonlit Harbor 3 is produced by Hayley Strutt for Southern Light Films, with Marcus Kovac and Bronwyn "
        "Ledger as executive producers."
    )
    doc = extract(f"Moonlit Harbor renewed for season 3\n\n{text}\n", published="2026-03-18")
    got = {(c.season, c.value["person"]) for c in doc.claims if c.kind == "crew"}  # type: ignore[index]
    assert got == {(3, "Hayley Strutt"), (3, "Marcus Kovac"), (3, "Bronwyn Ledger")}


def test_writers_in_a_which_clause_after_a_numbered_title() -> None:
    from nextseason.extract import extract

    text = "Abhishek Tyagi returns to helm Raakh 2, which has been written by Sumit Pandey and Neha Bhardwaj."
    doc = extract(f"Raakh Season 2 shoot kicks off\n\n{text}\n", published="2025-07-22")
    got = {(c.season, c.value["person"], c.value["role"]) for c in doc.claims if c.kind == "crew"}  # type: ignore[index]
    assert {(2, "Sumit Pandey", "writer"), (2, "Neha Bhardwaj", "writer")} <= got


def test_in_its_section_a_credit_aside_lends_no_show() -> None:
    from nextseason.extract import extract

    text = (
        "CBS Renews 'Harbor Kings' and 'Lockwood General'\n\nCBS renewed Harbor Kings and Lockwood General.\n\n"
        "LOCKWOOD GENERAL, SEASON 3\n\nTom Castellano stars as Dr. Ray Lockwood in Lockwood General. "
        "Castellano, best known for his six seasons on ABC's Steel City Blues, also directs two episodes each season."
    )
    doc = extract(text, published="2025-04-21")
    assert {c.show for c in doc.claims if c.kind == "crew"} == {"Lockwood General"}


def test_the_final_series_is_the_season_being_made() -> None:
    from nextseason.extract import extract

    text = (
        "Moonlit Harbor to end after 4 series\n\nMoonlit Harbor will end after its fourth series. "
        "The final series is directed by Ewan Moffat-Kerr and Priya Lalvani."
    )
    doc = extract(text, published="2025-06-17")
    assert {(c.season, c.value["person"]) for c in doc.claims if c.kind == "crew"} == {(4, "Ewan Moffat-Kerr"), (4, "Priya Lalvani")}  # type: ignore[index]


def test_a_name_with_a_macron_is_read_whole() -> None:
    from nextseason.extract import extract

    doc = extract("The Witch of Hollowpine Season 2\n\nStaff\n\nDirector: Hisao Ōmura\n", published="2026-10-26")
    assert {c.value["person"] for c in doc.claims if c.kind == "crew"} == {"Hisao Ōmura"}  # type: ignore[index]


@pytest.mark.parametrize(
    "sentence",
    [
        "The story picks up seven years after the season 1 finale, a jump that creator Ada Quill says was planned.",
        "Tom Birr takes over as showrunner, replacing creator Ada Quill, who ran season one herself.",
    ],
)
def test_a_creator_is_never_of_the_first_season_either(sentence: str) -> None:
    got = people_roles(sentence)
    assert ("Ada Quill", None, "creator", "asserted") in got
    assert not any(row[0] == "Ada Quill" and row[2] == "creator" and row[1] is not None for row in got)


def test_a_staff_list_takes_the_season_of_its_intro_sentence_not_of_the_paragraph() -> None:
    text = (
        "Cy Dunn, who directed the first season, moves up to chief director. "
        "The main staff for season 2 is as follows:\n\nDirector: Ada Quill\nSeries Composition: Ed Moss"
    )
    got = people_roles(text)
    assert ("Ada Quill", 2, "director", "asserted") in got
    assert ("Ed Moss", 2, "writer", "asserted") in got


def test_directors_who_take_over_from_a_first_season_director() -> None:
    got = people_roles("The second season is directed by Gael Sand and Carla Ibar, who take over from first-season director Hernan Cobo.")
    assert ("Hernan Cobo", 1, "director", "asserted") in got
    assert ("Hernan Cobo", 2, "director", "denied") in got
    assert ("Gael Sand", 2, "director", "asserted") in got


def test_a_role_titled_with_its_season_in_a_sentence_naming_two_seasons() -> None:
    got = people_roles("Pam Oduya joined as co-showrunner for season 2 after the departure of Season 1 co-showrunner Neil Barr.")
    assert ("Neil Barr", 1, "showrunner", "asserted") in got


def test_created_for_television_by_a_nationality_and_job_and_a_film_company_is_no_person() -> None:
    got = people_roles(
        "The series was created for television by Norwegian writer Henrik Ødeg. "
        "It is produced by Malmö-based Ljusdal Film for SVT."
    )
    assert ("Henrik Ødeg", None, "creator", "asserted") in got
    assert not any("Ljusdal" in row[0] for row in got)


def test_written_by_a_titled_person_credits_the_verb_too_unless_titles_tell_several_apart() -> None:
    got = people_roles("The programme, created by the writer Cal Redd, first aired in 2011.")
    assert ("Cal Redd", None, "creator", "asserted") in got
    two = people_roles("The series was developed by creator Drew Godd and showrunner Todd Hart, who runs it day to day.")
    assert ("Todd Hart", None, "creator", "asserted") not in two
    assert ("Drew Godd", None, "creator", "asserted") in two


def test_a_director_and_a_writer_both_returning_each_keep_their_role_for_the_new_season() -> None:
    got = people_roles("Director Lee Jae-hoon and writer Choi Yoon-jung, who worked on the first season, are also returning.")
    assert ("Lee Jae-hoon", 2, "director", "asserted") in got
    assert ("Choi Yoon-jung", 2, "writer", "asserted") in got
    other = people_roles("The two executive produce with Ada Acht and director Ines Kow, who returns to direct the Season 2 opener.")
    assert not any(row[0] == "Ada Acht" and row[2] == "director" for row in other)


def test_a_titled_duo_both_back_for_the_new_season() -> None:
    got = people_roles("Director Lim Soo-hyun and writer Jo Eun-byul, the duo behind the first season, are both back for season 2.")
    assert ("Lim Soo-hyun", 2, "director", "asserted") in got
    assert ("Jo Eun-byul", 2, "writer", "asserted") in got


def test_a_persons_own_directing_debut_is_no_credit() -> None:
    got = people_roles("Creator Dana Kowal is stepping down as showrunner after two seasons to focus on her feature directing debut.")
    assert not any(row[0] == "Dana Kowal" and row[2] == "director" for row in got)


def test_an_appositive_credit_on_a_named_season() -> None:
    got = people_roles("Marc Oye, a co-executive producer and writer on Season 1, will take over as showrunner.")
    assert ("Marc Oye", 1, "producer", "asserted") in got
    assert ("Marc Oye", 1, "writer", "asserted") in got


def test_the_writer_of_a_comic_book_series_is_no_crew() -> None:
    assert not any(row[0] == "Sam Ford" for row in crew("Moonlit Harbor is based on the comic book series written by Sam Ford."))
    assert ("Sam Ford", None, "writer", "asserted", "Moonlit Harbor") in crew("The drama series written by Sam Ford is Moonlit Harbor.")


@pytest.mark.parametrize(
    ("sentence", "season"),
    [
        ("Directors for series 4 are Gareth Pryce and Amira Lodhi.", 4),
        ("Season 3's directors include Gareth Pryce and Amira Lodhi.", 3),
        ("The directors on the new season are Gareth Pryce and Amira Lodhi.", 2),
    ],
)
def test_a_seasons_role_first_and_its_people_after(sentence: str, season: int) -> None:
    rows = crew(sentence)
    assert {("Gareth Pryce", season, "director", "asserted", "Moonlit Harbor"), ("Amira Lodhi", season, "director", "asserted", "Moonlit Harbor")} <= rows
    assert not any(row[1] is None for row in rows)


def test_episode_ranges_in_brackets_do_not_end_a_list_of_directors() -> None:
    rows = crew("Season 2 will be directed by Gareth Pryce (episodes one to three) and Ruth Naidoo-Park (episodes four to six).")
    assert ("Ruth Naidoo-Park", 2, "director", "asserted", "Moonlit Harbor") in rows


def test_producers_listed_with_the_companies_they_work_for() -> None:
    rows = crew("Executive producers are Ada Merr, Joel Ash and Nadia Bright for Greywater Films, and Polly Hart for ITV.")
    assert {row[0] for row in rows if row[2] == "producer"} == {"Ada Merr", "Joel Ash", "Nadia Bright", "Polly Hart"}


def test_the_one_taking_over_a_role_someone_leaves() -> None:
    rows = crew("Anna Voss is stepping down as showrunner after season 1, with Ben Tully taking over.")
    assert ("Ben Tully", 2, "showrunner", "asserted", "Moonlit Harbor") in rows
    assert ("Anna Voss", 2, "showrunner", "denied", "Moonlit Harbor") in rows


def test_showrunning_duties_handed_to_someone_for_a_season() -> None:
    rows = crew("Creator Russ Hal handed showrunning duties to Celia March for season 3.")
    assert ("Celia March", 3, "showrunner", "asserted", "Moonlit Harbor") in rows


def test_roles_on_the_first_two_seasons_name_no_one_season() -> None:
    rows = crew("Ayla Bright, a writer and co-executive producer on the first two seasons, will take over as showrunner.")
    assert {("Ayla Bright", None, "writer", "asserted", "Moonlit Harbor"), ("Ayla Bright", None, "producer", "asserted", "Moonlit Harbor")} <= rows


def test_a_titled_showrunner_stepping_down_is_not_the_next_seasons() -> None:
    rows = crew("Co-creator and showrunner Dana Krull is stepping down from day-to-day duties.")
    assert ("Dana Krull", 2, "showrunner", "denied", "Moonlit Harbor") in rows
    assert not any(role == "creator" and stance == "denied" for _, _, role, stance, _ in rows)


def test_the_one_replaced_loses_the_role_and_season_the_successor_takes_in_the_sentence() -> None:
    rows = crew("Tom Hale is directing the new season, replacing Ada Kurowa.")
    assert ("Ada Kurowa", 2, "director", "denied") in {row[:4] for row in rows}
    rows = crew(
        "Kenji Mori (episode director on the first season) is directing the new season, "
        "replacing Ayumi Kurowa, who directed the first season."
    )
    found = {row[:4] for row in rows}
    assert ("Ayumi Kurowa", 2, "director", "denied") in found
    assert ("Ayumi Kurowa", 1, "director", "denied") not in found


def test_a_parts_title_after_as_is_no_credit_and_a_capital_role_alone_still_is() -> None:
    rows = people_roles("Bettina Kralj joins the cast as Director Ilse Vogt. Ed Ray returns as Director.")
    assert not any(person == "Bettina Kralj" for person, *_ in rows)
    assert any(person == "Ed Ray" and role == "director" for person, _, role, _ in rows)


def test_creators_who_share_a_surname_and_a_surname_that_stands_for_someone_named_before() -> None:
    rows = people_roles("Moonlit Harbor was created by brothers Elliot and Sam Varga.")
    assert {("Elliot Varga", None, "creator"), ("Sam Varga", None, "creator")} <= {r[:3] for r in rows}
    rows = people_roles("Harriet Lowe wrote the pilot. It is executive produced by Lowe and Daniel Ferris.")
    assert not any(person == "Lowe Ferris" for person, *_ in rows)


def test_a_headline_verb_after_a_role_word_is_no_name() -> None:
    rows = people_roles("Moonlit Harbor Season 2: Showrunner Reveals Time Jump, Filming Start")
    assert not any(person.startswith(("Reveals", "Time Jump")) for person, *_ in rows)


def test_creators_of_a_networks_version_whose_source_follows() -> None:
    rows = people_roles("Rachel Kono and Justin Marr created the FX version, which is based on James Clavell's 1975 novel.")
    assert rows == {("Rachel Kono", None, "creator", "asserted"), ("Justin Marr", None, "creator", "asserted")}


def test_an_interviews_first_person_is_the_one_interviewed() -> None:
    title = "Moonlit Harbor Boss Jo Hale on Season 2"
    body = (
        f"{title}\n\nWe caught up with co-creator and showrunner Jo Hale about the new season.\n\n"
        "You directed the Season 1 finale. Are you behind the camera again?\n\n"
        "Yes, I’m directing the first two episodes of Season 2."
    )
    rows = people_roles(body)
    assert {("Jo Hale", 1, "director", "asserted"), ("Jo Hale", 2, "director", "asserted")} <= rows
    assert not any(person.startswith(("I", "You")) for person, *_ in rows)


def test_the_very_first_episode_is_season_ones_and_taking_over_from_a_season_is_ongoing() -> None:
    rows = people_roles(
        "Tom Verde, who directed the very first episode back in 2020, returns to direct the opening two episodes of season 2. "
        "Jess Brown took over as showrunner from season 1."
    )
    assert ("Tom Verde", 1, "director", "asserted") in rows
    assert ("Jess Brown", None, "showrunner", "asserted") in rows
    assert ("Jess Brown", 1, "showrunner", "asserted") not in rows


def test_titled_people_whose_appositive_names_their_earlier_season() -> None:
    rows = people_roles(
        "Director Kim Da-eun and writer Seo Min-ho, the pair behind the first season, are both back for season 2. "
        "Showrunner Ada Pike and director Lou Marsh, who teamed up on season 1, return too."
    )
    for person, role in (("Kim Da-eun", "director"), ("Seo Min-ho", "writer"), ("Ada Pike", "showrunner"), ("Lou Marsh", "director")):
        assert (person, 1, role, "asserted") in rows
        assert (person, None, role, "asserted") not in rows
    assert ("Kim Da-eun", 2, "director", "asserted") in rows


def test_a_transcripts_speaker_label_names_the_first_person() -> None:
    body = (
        "Moonlit Harbor creators on season 2\n\n"
        "Co-creators Ana Roy and Ben Kato spoke to us from their Los Angeles office about the new season.\n\n"
        "Who is directing?\n\n"
        "KATO: I directed the season 1 finale, so I'm sitting this one out."
    )
    rows = people_roles(body)
    assert ("Ben Kato", 1, "director", "asserted") in rows
    assert not any(person == "Los Angeles" for person, *_ in rows)


def test_as_is_customary_is_no_part_before_a_title() -> None:
    rows = people_roles("Details are being kept under wraps, as is customary for creator Ada Pike.")
    assert ("Ada Pike", None, "creator", "asserted") in rows


def test_a_job_talked_about_is_no_credit() -> None:
    rows = people_roles("Ada Pike and Lou Marsh talk writing, Vancouver and the five-season plan.")
    assert not any(role == "writer" for _, _, role, _ in rows)


def test_a_singular_relative_after_two_creators_is_the_last_ones() -> None:
    rows = people_roles(
        "Ada Quill and Bo Lee star. Moonfall was co-created by Quill and Ivo Brandt, who serves as showrunner "
        "and executive produces alongside Quill, Lee, Cy Dunn and Tess Rowe."
    )
    creators = {person for person, _season, role, _stance in rows if role == "creator"}
    showrunners = {person for person, _season, role, _stance in rows if role == "showrunner"}
    assert creators == {"Ada Quill", "Ivo Brandt"} and showrunners == {"Ivo Brandt"}


def test_producers_alongside_a_company_s_person_and_as_well_as() -> None:
    rows = people_roles(
        "Ada Pike executive produces alongside Greywater Productions' Lou Marsh, as well as Bo Lee and Cy Dunn."
    )
    producers = {person for person, _season, role, _stance in rows if role == "producer"}
    assert producers == {"Ada Pike", "Lou Marsh", "Bo Lee", "Cy Dunn"}


def test_run_together_initials_start_a_name_not_an_acronym() -> None:
    rows = people_roles(
        "The drama was created by Ada Pike, R.J. Marsh and Bo Lee. K.T. Dunn directed the first two episodes "
        "of season 1."
    )
    assert {("Ada Pike", None, "creator"), ("R.J. Marsh", None, "creator"), ("Bo Lee", None, "creator")} <= {
        row[:3] for row in rows
    }
    assert ("K.T. Dunn", 1, "director", "asserted") in rows


@pytest.mark.parametrize(
    "sentence",
    [
        "The first season was directed by Ada Pike and Lou Marsh, and Bo Lee and Cy Dunn serve as executive producers.",
        "Ada Pike co-wrote the season with Lou Marsh and Tess Rowe, and Bo Lee composed the music.",
    ],
)
def test_a_list_of_agents_stops_before_the_next_clause_s_subject(sentence: str) -> None:
    rows = people_roles(sentence)
    assert not any(person == "Bo Lee" and role in ("director", "writer") for person, _season, role, _stance in rows)


def test_agents_joined_with_with_after_a_passive() -> None:
    rows = people_roles("The drama was developed by Ada Pike with Lou Marsh and Bo Lee.")
    assert {person for person, _s, role, _st in rows if role == "creator"} == {"Ada Pike", "Lou Marsh", "Bo Lee"}
    rows = people_roles("The drama was written by Ada Pike with Lou Marsh in mind.")
    assert {person for person, _s, role, _st in rows if role == "writer"} == {"Ada Pike"}


def test_the_series_premiere_is_the_first_season_s() -> None:
    doc = extract(
        "Moonlit Harbor Season 3: Everything We Know\n\nAda Pike directed the series premiere back in 2021.",
        title="Moonlit Harbor Season 3: Everything We Know",
        published=PUBLISHED,
        published_from="given",
    )
    rows = {(c.kind, c.season) for c in doc.claims}
    assert ("crew", 1) in rows and ("premiere", 1) in rows
    assert ("crew", 3) not in rows and ("premiere", 3) not in rows


@pytest.mark.parametrize(
    "sentence",
    [
        "The announcement art was drawn by original creator Ada Pike.",
        "Season 3 introduced Bo Lee as Ada Pike, a character created to launch a spin-off of her own.",
    ],
)
def test_the_source_s_original_creator_and_a_purpose_are_no_credits(sentence: str) -> None:
    assert not any(person == "Ada Pike" for person, *_ in people_roles(sentence))


def test_a_company_s_films_after_a_preposition_is_no_object() -> None:
    rows = people_roles("Ada Pike and Lou Marsh executive produce through their Kilter Films banner.")
    assert {person for person, _s, role, _st in rows if role == "producer"} == {"Ada Pike", "Lou Marsh"}
    assert not people_roles("Ada Pike also directed films.")


def test_with_a_person_once_again_serving_or_on_board_as_a_producer() -> None:
    rows = people_roles("Ada Pike returns as showrunner, with Lou Marsh once again serving as an executive producer.")
    assert {person for person, _s, role, _st in rows if role == "producer"} == {"Lou Marsh"}
    rows = people_roles("Ada Pike continues as showrunner, with Lou Marsh himself on board as an executive producer.")
    assert {person for person, _s, role, _st in rows if role == "producer"} == {"Lou Marsh"}


def test_a_co_title_opening_the_sentence() -> None:
    rows = people_roles("Co-showrunner Ada Pike told us the scripts were done. Co-writer Lou Marsh agreed.")
    assert ("Ada Pike", None, "showrunner", "asserted") in rows and ("Lou Marsh", None, "writer", "asserted") in rows


def test_a_surname_alone_is_the_person_named_before_not_after() -> None:
    text = (
        "Created by Ada Quill, Moonlit Harbor stars Ellie Marchbank as Robin Penhale.\n\n"
        "Quill, who directed the first season's opening episode, stayed on as an executive producer. "
        "Tom Quill, the creator's cousin, composed the score."
    )
    got = people_roles(text)
    assert ("Ada Quill", None, "producer", "asserted") in got
    assert not any(person == "Tom Quill" for person, _, _, _ in got)


def test_two_verbs_sharing_a_season_object_give_it_to_both() -> None:
    text = "The series was created by Ada Quill, who wrote and directed the first season herself."
    got = people_roles(text)
    assert ("Ada Quill", 1, "writer", "asserted") in got
    assert ("Ada Quill", 1, "director", "asserted") in got


def test_a_credit_for_both_seasons_takes_no_season_from_a_with_clause() -> None:
    got = people_roles(
        "Reed and fellow co-creator Colm Dunne also served as showrunners, with Ona Brill joining them in the writers' room for season 2, "
        "and Pell Androw and Mara Vey directing both seasons."
    )
    assert ("Pell Androw", None, "director", "asserted") in got and ("Mara Vey", None, "director", "asserted") in got


def test_a_score_written_is_no_writing_credit() -> None:
    got = people_roles("Composer Ona Brill, who wrote the show's brooding score, also returns.")
    assert not any(role == "writer" for _, _, role, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first season's scripts came from Ada Quill and Bo Lee-Grant.",
            {("Ada Quill", 1, "writer", "asserted"), ("Bo Lee-Grant", 1, "writer", "asserted")},
        ),
        (
            "The scripts come from Ada Quill, her sister Cy Quill and Bo Lee-Grant.",
            {("Ada Quill", None, "writer", "asserted"), ("Cy Quill", None, "writer", "asserted"), ("Bo Lee-Grant", None, "writer", "asserted")},
        ),
        # (an appositive that describes without naming is still skipped)
        (
            "The scripts come from Ada Quill, her longtime partner on stage, and Bo Lee-Grant.",
            {("Ada Quill", None, "writer", "asserted"), ("Bo Lee-Grant", None, "writer", "asserted")},
        ),
        ("The praise came from Ada Quill.", set()),
    ],
)
def test_scripts_that_come_from_a_list_with_a_described_member(text: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(text) == expected


@pytest.mark.parametrize("first", ["Al", "Maximilian"])
def test_a_bare_surname_is_the_person_named_in_full_first(first: str) -> None:
    other = "Maximilian" if first == "Al" else "Al"
    text = (
        f"Series creator {first} Quill returns. The scripts come from Quill, his brother {other} Quill and Bo Lee-Grant. "
        "Quill is also credited as showrunner."
    )
    rows = people_roles(text)
    assert (f"{first} Quill", None, "writer", "asserted") in rows
    assert (f"{other} Quill", None, "writer", "asserted") in rows
    assert (f"{first} Quill", None, "showrunner", "asserted") in rows
    assert not any(p == f"{other} Quill" and role == "showrunner" for p, _s, role, _st in rows)


def test_a_bare_surname_before_a_namesake_is_the_person_of_the_lead_named_in_a_possessive() -> None:
    text = "Al Quill's drama is back. The scripts come from Quill, his brother Ned Quill and Bo Lee-Grant."
    writers = {p for p, _s, role, _st in people_roles(text) if role == "writer"}
    assert writers == {"Al Quill", "Ned Quill", "Bo Lee-Grant"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Creator and showrunner Darren Star has written the season premiere.",
            {("Darren Star", None, "creator", "asserted"), ("Darren Star", None, "showrunner", "asserted"), ("Darren Star", 2, "writer", "asserted")},
        ),
        ("The drama was created by Ada Quill Star.", {("Ada Quill", None, "creator", "asserted")}),
    ],
)
def test_a_surname_that_is_also_a_word_for_a_player(text: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(text) == expected


def test_a_bare_surname_is_the_full_name_written_earlier_in_another_paragraph() -> None:
    text = (
        "The finale brought Ada Quill's valley saga to a close.\n\n"
        "Quill created the show and wrote every episode. Series 1 was directed by Quill and Bo Lee-Grant."
    )
    rows = people_roles(text)
    assert {("Ada Quill", None, "creator", "asserted"), ("Ada Quill", None, "writer", "asserted")} <= rows
    assert {("Ada Quill", 1, "director", "asserted"), ("Bo Lee-Grant", 1, "director", "asserted")} <= rows
    assert not any(p == "Quill Lee-Grant" for p, *_ in rows)


def test_a_headline_pronoun_is_no_part_of_a_name() -> None:
    title = "Moonlit Harbor Season 2: Everything Ada Quill Has Said"
    rows = {r[:4] for r in crew("Moonlit Harbor Season 2: Everything Ada Quill Has Said\n\nQuill created the show.", title=title)}
    assert rows == {("Ada Quill", None, "creator", "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bo Lee-Grant previously directed the anime of Paper Moon Pharmacy.", set()),
        ("Bo Lee-Grant previously wrote the film adaptation of Night Desk.", set()),
        ("Bo Lee-Grant directed the anime adaptation of Moonlit Harbor.", {("Bo Lee-Grant", None, "director", "asserted")}),
    ],
)
def test_an_earlier_credit_on_another_work_named_by_its_source(text: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Executive producer Ada Quill described season 1 as the end of a chapter.", {("Ada Quill", None, "producer", "asserted")}),
        ("Showrunner Ada Quill teased season 3 at the panel.", {("Ada Quill", None, "showrunner", "asserted")}),
        ("Season 2 showrunner Ada Quill is back.", {("Ada Quill", 2, "showrunner", "asserted")}),
    ],
)
def test_a_titled_speaker_holds_no_season_the_words_name(text: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert people_roles(text) == expected


@pytest.mark.parametrize(
    "second",
    [
        "The twins created the series and serve as its showrunners.",
        "The brothers, who also serve as showrunners, are back.",
        "They write the series and also serve as its showrunners.",
    ],
)
def test_a_group_subjects_second_predicate_and_relative_clause(second: str) -> None:
    rows = people_roles(f"The show comes from Ada Quill and Bo Quill. {second}")
    assert {("Ada Quill", None, "showrunner", "asserted"), ("Bo Quill", None, "showrunner", "asserted")} <= rows
