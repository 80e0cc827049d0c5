"""The platform and based_on extractors, on short made-up articles run through the pipeline."""

from __future__ import annotations

import pytest

from nextseason.domain.claims import Claim
from nextseason.extract import extract


def _claims(body: str, kind: str, title: str = "Harbour Lights Season 2 Release Date") -> list[Claim]:
    doc = extract(body, title=title, published="2024-05-01", published_from="given")
    return [c for c in doc.claims if c.kind == kind]


def _platforms(body: str, title: str = "Harbour Lights Season 2 Release Date") -> set[tuple[str, int | None, str]]:
    return {(c.show, c.season, str(c.value)) for c in _claims(body, "platform", title)}


def test_possessive_attributive_and_on_cues() -> None:
    body = (
        "Harbour Lights, Hulu's quiet coastal mystery, is coming back.\n\n"
        "It is a Hulu Original Series. Season 2 premieres on Disney+ and Hulu in June."
    )
    assert _platforms(body) == {("Harbour Lights", None, "Hulu"), ("Harbour Lights", None, "Disney+")}


def test_renewing_service_is_the_platform_and_country_is_dropped() -> None:
    assert _platforms("Netflix Japan renewed Harbour Lights for a second season last month.") == {
        ("Harbour Lights", None, "Netflix")
    }


def test_studio_and_news_source_are_not_platforms() -> None:
    body = "Studio Dragon produces Harbour Lights. According to JTBC, the cast will return."
    assert _platforms(body) == set()


def test_title_after_the_platform_phrase_that_is_not_a_show_blocks_the_claim() -> None:
    body = "Its director, who made the Netflix drama Glass Orchard, returns for season 2."
    assert _platforms(body) == set()


def test_service_move_gives_seasons() -> None:
    body = (
        "The first season of Harbour Lights was released on Wavve in 2022.\n\n"
        "Harbour Lights 2 will premiere on Netflix on May 30."
    )
    assert _platforms(body) == {("Harbour Lights", 1, "Wavve"), ("Harbour Lights", 2, "Netflix")}


def test_no_move_keeps_season_null() -> None:
    body = "Season 1 premiered on Netflix in 2022. Season 2 arrives on Netflix in June."
    assert _platforms(body) == {("Harbour Lights", None, "Netflix")}


def test_unlisted_service_with_a_strong_cue() -> None:
    assert _platforms("Season 2 streams on Brightwave+ from June 4.") == {("Harbour Lights", None, "Brightwave+")}
    assert _platforms("Season 2 premieres on Christmas Day.") == set()


def test_network_back_reference() -> None:
    body = "ABC renewed Harbour Lights in March. The network also renewed Copper Valley for a third season."
    assert ("Copper Valley", None, "ABC") in _platforms(body)


def _sources(body: str, title: str = "Harbour Lights Season 2 Release Date") -> list[tuple[int | None, dict]]:
    return [(c.season, c.value) for c in _claims(body, "based_on", title)]  # type: ignore[misc]


def test_webtoon_of_the_same_name_with_two_authors() -> None:
    body = "The drama is based on the Kakao webtoon of the same name, written by Lee Min-ha and drawn by Park Soo-ah."
    assert _sources(body) == [
        (None, {"title": "Harbour Lights", "author": "Lee Min-ha and Park Soo-ah", "medium": "webtoon"})
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Based on the comic series of the same name by Arlo Penn and Mina Castle, the show starred Tobias Renwick.",
        "The show is adapted from the comic book series of the same name by Arlo Penn and Mina Castle.",
    ],
)
def test_same_name_after_a_series_noun(body: str) -> None:
    assert _sources(body) == [
        (None, {"title": "Harbour Lights", "author": "Arlo Penn and Mina Castle", "medium": "comic"})
    ]


def test_adapted_the_series_from_a_possessive_author() -> None:
    body = "Showrunner Ada Quill, who adapted the series from Leigh Barrow's fantasy novels, returns."
    assert _sources(body) == [(None, {"title": None, "author": "Leigh Barrow", "medium": "novel"})]


def test_the_author_after_of() -> None:
    body = "The series is based on the Norwegian crime novels of Lennart Hjelm, relocated to a fictional coast."
    assert _sources(body) == [(None, {"title": None, "author": "Lennart Hjelm", "medium": "novel"})]


def test_possessive_author_is_expanded_to_the_full_name() -> None:
    body = "The show was developed with Margaret K. Ellison. It is based on Ellison's novella The Tide Clock."
    assert _sources(body) == [(None, {"title": "The Tide Clock", "author": "Margaret K. Ellison", "medium": "novel"})]


def test_per_season_sources_and_sequel() -> None:
    body = (
        "The first season adapted Pixelhaus's 2015 game Lantern Run. "
        "Season 2 is based on the 2019 sequel, Lantern Run Redux."
    )
    assert _sources(body) == [
        (1, {"title": "Lantern Run", "author": "Pixelhaus", "medium": "video game"}),
        (2, {"title": "Lantern Run Redux", "author": "Pixelhaus", "medium": "video game"}),
    ]


def test_series_source_is_other_and_adaptations_of_the_show_are_not_sources() -> None:
    body = (
        "The show is based on the Danish series Fyrlys. "
        "Harbour Lights has also been turned into a stage musical and a novel."
    )
    assert _sources(body) == [(None, {"title": "Fyrlys", "author": None, "medium": "other"})]


def test_adaptation_without_a_medium_is_not_a_claim() -> None:
    assert _sources("HBO's adaptation of Harbour Lights was a hit.") == []


def test_anaphoric_service_and_new_platform_cues() -> None:
    body = (
        "Netflix renewed Harbour Lights in March.\n\n"
        "The Welsh crime series Slate Point, meanwhile, is set to premiere on the service in May."
    )
    assert ("Slate Point", None, "Netflix") in _platforms(body)
    assert _platforms("Harbour Lights returns to Channel 4 in the autumn.") == {("Harbour Lights", None, "Channel 4")}
    assert _platforms("The streamer pulled the plug on Harbour Lights.") == set()


def test_unlisted_services_named_with_a_service_noun() -> None:
    assert _platforms("Harbour Lights lands on the streaming service Kestrel in June.") == {
        ("Harbour Lights", None, "Kestrel")
    }
    assert _platforms("Korean broadcaster Tidewell TV renewed the drama.") == {("Harbour Lights", None, "Tidewell TV")}
    # the adjective before a known service is not a name of its own
    assert _platforms("The drama first aired on the Welsh channel S4C Plus in 2019.") == {
        ("Harbour Lights", None, "S4C Plus")
    }


def _source_rows(body: str) -> list[tuple[str | None, str | None, str | None, str]]:
    out = []
    for c in _claims(body, "based_on"):
        value = c.value
        assert isinstance(value, dict)
        out.append((value["title"], value["author"], value["medium"], c.stance))
    return out


def test_film_of_the_same_book_is_not_the_show_source() -> None:
    assert _source_rows("A 2011 film based on the same novel starred different actors.") == []


def test_japanese_particle_in_a_title_does_not_deny() -> None:
    assert _source_rows("The anime adapts the light novel Kimi no Umi by Sato Jun.") == [
        ("Kimi no Umi", "Sato Jun", "light novel", "asserted")
    ]


def test_author_after_a_series_word() -> None:
    assert _source_rows("The show adapts the bestselling book series by Cara Lune.") == [
        (None, "Cara Lune", "book", "asserted")
    ]


def test_more_services_in_the_lexicon() -> None:
    body = "Season 1 is available to stream on Paramount+ with Showtime. The show also airs on TV Asahi."
    assert _platforms(body) == {("Harbour Lights", None, "Paramount+"), ("Harbour Lights", None, "TV Asahi")}


def test_an_anime_of_a_source_names_title_author_and_medium() -> None:
    body = "The TV anime of Rei Kanda's Harbour Lights (Minato no Akari) light novel series revealed a trailer."
    assert _sources(body) == [(None, {"title": "Harbour Lights", "author": "Rei Kanda", "medium": "light novel"})]
    other = "Meanwhile, the television anime of Mio Hara's Salt Crown manga has been delayed to 2026."
    assert [(c.show, c.value["medium"]) for c in _claims(other, "based_on")] == [("Salt Crown", "manga")]  # type: ignore[index]


def test_same_name_without_article_and_quoted_title_after_the_medium() -> None:
    body = "The series is based on the Kakao webtoon of same name by artist Lee Dan-bi."
    assert _sources(body) == [(None, {"title": "Harbour Lights", "author": "Lee Dan-bi", "medium": "webtoon"})]
    quoted = 'Written by Ana Ruiz, the show was adapted from her own novel "The Salt Ledger."'
    assert [c.value["title"] for c in _claims(quoted, "based_on")] == ["The Salt Ledger"]  # type: ignore[index]


def test_a_season_in_another_clause_does_not_tie_the_source() -> None:
    body = "Season 2 will run for 20 episodes, adapting volumes five to nine of Mio Hara's light novels."
    assert _sources(body) == [(None, {"title": None, "author": "Mio Hara", "medium": "light novel"})]


def test_quoted_possessive_roundup_intro_and_described_objects() -> None:
    body = (
        "Harbour Lights is a Hulu drama.\n\n"
        'The star is rumoured to join HBO\'s "Iron Vale" season 2.\n\n'
        "Hulu also confirmed that its legal comedy Brightwater will return for a third season.\n\n"
        "Harbour Lights is not on this list of Peacock cancellations:\n\n"
        '- "Copper Bell" (cancelled in March after two seasons)'
    )
    found = {(c.show, c.value, c.stance) for c in _claims(body, "platform")}
    assert ("Iron Vale", "HBO", "asserted") in found
    assert ("Brightwater", "Hulu", "asserted") in found
    assert ("Copper Bell", "Peacock", "asserted") in found


def test_more_source_phrasings() -> None:
    cases = [
        (
            'The drama is based from the popular webtoon "Salt Under The Pier" by writer Han Bo-ra.',
            {"title": "Salt Under The Pier", "author": "Han Bo-ra", "medium": "webtoon"},
        ),
        (
            "The show adapts 'Harbour: Tide Protocol', the 2019 video game from the studio Ember Nine.",
            {"title": "Harbour: Tide Protocol", "author": None, "medium": "video game"},
        ),
        (
            "Ines Vale developed the series from Tom Rook's 2019 novel Bitter Salt.",
            {"title": "Bitter Salt", "author": "Tom Rook", "medium": "novel"},
        ),
        (
            "It was created by Ines Vale, who adapted it from her own 2017 novel 'La mar que no vuelve' ('The Sea That Doesn't Return').",
            {"title": "La mar que no vuelve", "author": "Ines Vale", "medium": "novel"},
        ),
    ]
    for body, value in cases:
        assert _sources(body) == [(None, value)], body
    assert [c.stance for c in _claims(cases[-1][0], "based_on")] == ["asserted"]
    assert _sources("8. Is Harbour Lights Based on a Video Game?") == []


def test_a_source_named_after_its_author_goes_to_the_show_of_that_title() -> None:
    body = (
        "Harbour Lights returns in May.\n\n"
        "In related news, the TV anime of Rin Oda's light novel series Moth Garden will return for a third season."
    )
    got = [(c.show, c.value) for c in _claims(body, "based_on")]
    assert got == [("Moth Garden", {"title": "Moth Garden", "author": "Rin Oda", "medium": "light novel"})]


def test_the_streamers_show_takes_the_streamer_named_before() -> None:
    body = "Winter Pier returns to Hulu on May 4. The streamer's Quiet Fen also has a window: June."
    assert ("Quiet Fen", None, "Hulu") in _platforms(body)


def test_a_move_ties_the_new_service_to_its_season() -> None:
    body = (
        "After two seasons on ABC, the drama is moving to Hulu, where Season 3 will premiere in May. "
        "Hulu is said to be planning a 10-episode run."
    )
    assert _platforms(body) == {("Harbour Lights", None, "ABC"), ("Harbour Lights", 3, "Hulu")}


def test_services_of_listed_seasons_and_a_subject_with_an_aside() -> None:
    body = (
        "The third series begins on BBC One on 8 February, with all six episodes arriving on BBC iPlayer the same night. "
        "Series one and two are on BBC iPlayer now."
    )
    assert _platforms(body) == {("Harbour Lights", None, "BBC One"), ("Harbour Lights", None, "BBC iPlayer")}
    other = "Channel 4, meanwhile, has quietly axed the prison drama Low Tide after a single series."
    assert ("Low Tide", None, "Channel 4") in _platforms(other)


def test_moved_from_one_service_to_another_for_a_season() -> None:
    body = "In the US, Harbour Lights moved from PBS to Acorn TV for its second series."
    assert _platforms(body) == {("Harbour Lights", 1, "PBS"), ("Harbour Lights", 2, "Acorn TV")}


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's earlier credits and roles
        "Ada Quill was most recently seen on HBO's Dry Basin.",
        "Pell, a veteran of Comedy Central's Open Tabs, was nominated for his guest role on an ABC comedy.",
        "Telford has credits including ITV's The Long Field.",
        # a plea to another service
        "A petition calling on Netflix to rescue the series had passed 60,000 signatures.",
    ],
)
def test_a_service_that_is_not_the_shows_is_no_platform_claim(sentence: str) -> None:
    assert _platforms(sentence) == set()


def test_two_services_set_against_two_seasons_are_season_specific() -> None:
    got = _platforms("Crunchyroll will stream the second season; the first season streamed on HIDIVE.")
    assert {(season, platform) for _show, season, platform in got} == {(2, "Crunchyroll"), (1, "HIDIVE")}
    same = _platforms("Season 2 of Harbour Lights arrives on Disney+ on May 1, on Disney+ and Hulu.")
    assert all(season is None for _show, season, _platform in same)


def test_iplayer_alone_is_bbc_iplayer() -> None:
    assert ("Harbour Lights", None, "BBC iPlayer") in _platforms("It will air on BBC One and iPlayer.")


def test_a_move_the_writer_calls_untrue_is_denied() -> None:
    got = {(c.value, c.season, c.stance) for c in _claims("Some fans worry season 2 will move to Disney+ but this is not true.", "platform")}
    assert got == {("Disney+", 2, "denied")}


def test_a_services_name_inside_the_title_is_no_platform() -> None:
    title = "Copper Sky cancelled: HBO pulls the plug after two seasons"
    got = _platforms(f"{title}\n\nHBO has pulled the plug on Copper Sky, the network's neo-western.", title=title)
    assert got == {("Copper Sky", None, "HBO")}


def test_a_service_that_continues_to_stream_the_show() -> None:
    assert ("Harbour Lights", None, "Crunchyroll") in _platforms("Crunchyroll will continue to stream the series worldwide.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Telford has credits including ITV's The Long Field and Apple TV+'s Blackwater Lane.",
        "Her first screen role was a stint on ITV's The Long Field in 2015.",
    ],
)
def test_the_platforms_of_someones_past_credits_are_no_news(sentence: str) -> None:
    body = "Harbour Lights season 2 is coming to Hulu. " + sentence
    assert _platforms(body) == {("Harbour Lights", None, "Hulu")}


def test_a_role_in_another_shows_new_season_keeps_its_platform() -> None:
    body = "Harbour Lights season 2 is coming to Hulu. Telford is circling a role in HBO's Kingsgate season 2."
    assert _platforms(body) == {("Harbour Lights", None, "Hulu"), ("Kingsgate", None, "HBO")}


def test_a_renewing_service_is_the_platform_of_every_show_it_renewed() -> None:
    body = "CBS renewed Night Desk and Hollow Point on Monday."
    assert _platforms(body, "Renewals: the week in TV") == {("Night Desk", None, "CBS"), ("Hollow Point", None, "CBS")}


def test_like_x_y_streams_on_a_service_gives_x_the_service_too() -> None:
    body = "Harbour Lights was renewed. Like Harbour Lights, The Feldmans Next Door streams on Paramount+. Unlike Harbour Lights, Night Desk streams on Peacock."
    platforms = _platforms(body)
    assert ("Harbour Lights", None, "Paramount+") in platforms
    assert ("Harbour Lights", None, "Peacock") not in platforms


def test_the_streamer_before_a_named_service_and_a_service_yet_to_renew_its_show() -> None:
    body = (
        "Hulu has renewed Harbour Lights for a third season. Earlier this month the streamer cancelled Gilded Static "
        "after a single season, and Hulu has yet to renew its mockumentary Field Day for a second season."
    )
    assert _platforms(body) == {
        ("Harbour Lights", None, "Hulu"),
        ("Gilded Static", None, "Hulu"),
        ("Field Day", None, "Hulu"),
    }


def test_a_storefront_through_a_channel_is_no_move_of_service() -> None:
    body = (
        "Harbour Lights season 2 premieres on Starz on Friday, November 13. Harbour Lights season one is streaming now "
        "on Starz and on Prime Video through the Starz channel."
    )
    platforms = _platforms(body)
    assert ("Harbour Lights", None, "Starz") in platforms
    assert not any(season is not None for _, season, _ in platforms)


def test_the_series_source_and_the_book_a_season_will_adapt() -> None:
    body = (
        "Harbour Lights is based on The Tidewrack Cycle, Rosa Achter's four-volume fantasy novel series, and season 2 "
        "will adapt most of the final book, The Drowned Crown. The new season will also adapt the second part of the novel."
    )
    got = {(c.season, c.value["title"], c.value["author"], c.value["medium"]) for c in _claims(body, "based_on")}  # type: ignore[index]
    assert got == {
        (None, "The Tidewrack Cycle", "Rosa Achter", "novel"),
        (2, "The Drowned Crown", "Rosa Achter", "novel"),
    }


def test_each_season_draws_on_its_own_book_of_the_series() -> None:
    body = (
        "Harbour Lights is adapted from Mara Quill's Kestrel Cycle novels. Season 1 covered The Salt Crown and season 2 "
        "The Drowned Throne; season 3 will draw on the third book, A Storm of Lanterns. Season 4 will move on to its "
        "sequel, The Ashen Crown. The weather in season 2 covered everything."
    )
    got = {(c.season, c.value["title"], c.value["author"], c.value["medium"]) for c in _claims(body, "based_on")}  # type: ignore[index]
    assert got == {
        (None, "Kestrel Cycle", "Mara Quill", "novel"),
        (1, "The Salt Crown", "Mara Quill", "novel"),
        (2, "The Drowned Throne", "Mara Quill", "novel"),
        (3, "A Storm of Lanterns", "Mara Quill", "novel"),
        (4, "The Ashen Crown", "Mara Quill", "novel"),
    }


def test_shows_listed_under_a_services_cancellations() -> None:
    body = (
        "Harbour Lights joins a growing list of Peacock cancellations this year, including the legal comedy Rook & Ivy, "
        "which was axed in August."
    )
    assert ("Rook & Ivy", None, "Peacock") in _platforms(body)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Harbour Lights is based off the book trilogy of the same name by Ada Quill.",
            {"title": "Harbour Lights", "author": "Ada Quill", "medium": "book"},
        ),
        (
            "The show is adapted from the trilogy by Welsh author Ada Quill.",
            {"title": None, "author": "Ada Quill", "medium": "novel"},
        ),
    ],
)
def test_news_copy_sources(sentence: str, value: dict[str, str | None]) -> None:
    assert [c.value for c in _claims("Harbour Lights is a drama.\n\n" + sentence, "based_on")] == [value]


def test_by_the_late_author() -> None:
    text = "Harbour Lights is a drama.\n\nThe show was based on a novel of the same name by the late Ada Quill."
    assert [c.value for c in _claims(text, "based_on")] == [{"title": "Harbour Lights", "author": "Ada Quill", "medium": "novel"}]


def test_the_author_who_wrote_the_original_and_drawing_from_a_book_series() -> None:
    text = "Harbour Lights is a drama.\n\nAda Quill, who wrote the original novels, serves as an executive producer."
    assert [c.value for c in _claims(text, "based_on")] == [{"title": None, "author": "Ada Quill", "medium": "novel"}]
    text = "Harbour Lights is a drama.\n\nLike the first season, season 2 will draw from Ada Quill's book series."
    assert [c.value["author"] for c in _claims(text, "based_on")] == ["Ada Quill"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        ("The show is produced by Warner Bros. Television for HBO Max.", "HBO Max"),
        ("Paramount+ is home to the series.", "Paramount+"),
    ],
)
def test_produced_for_and_home_to(sentence: str, platform: str) -> None:
    assert _platforms("Harbour Lights is a drama.\n\n" + sentence) == {("Harbour Lights", None, platform)}


def test_a_title_case_headline_verb_after_the_service() -> None:
    doc = extract("Hulu Renews 'Harbour Lights' for Season 2\n\nThe drama will return.", title="Hulu Renews 'Harbour Lights' for Season 2", published="2024-03-01")
    assert {(c.show, c.value) for c in doc.claims if c.kind == "platform"} == {("Harbour Lights", "Hulu")}


def test_a_platform_in_a_persons_earlier_work_is_no_claim() -> None:
    text = (
        "The writer, known for her work on SBS’ 2023 drama ‘Revenant’ with the same studio, has joined forces"
        " with it again for ‘Harbour Lights 2.’"
    )
    assert not _platforms(text)


def test_another_works_adaptation_and_an_attribute_negation() -> None:
    other = "Its director moved on to direct Sharp Glass, the TV adaptation of Gillian Fane's debut novel of the same name."
    assert not _claims(other, "based_on")
    own = "There was one roadblock: the series was based on a standalone novel with no sequel."
    assert [c.stance for c in _claims(own, "based_on")] == ["asserted"]


def test_the_network_did_however_renew() -> None:
    text = "CBS cancelled Second Strings. The network did, however, renew the family comedy Porch Lamps for a third season."
    assert ("Porch Lamps", None, "CBS") in _platforms(text)


def test_a_network_the_lexicon_lacks_is_learned_from_what_it_does() -> None:
    text = (
        "Kestrelvale has renewed “Harbour Lights” for a second season, the cable network announced. "
        "Its creator has an overall deal with Kestrelvale Studios. "
        "The renewal is a vote of confidence in Kestrelvale's slate. "
        "The network recently renewed the spy thriller “Quiet Hour” for a third season."
    )
    rows = _platforms(text)
    assert ("Harbour Lights", None, "Kestrelvale") in rows
    assert ("Quiet Hour", None, "Kestrelvale") in rows
    assert not {r for r in rows if "Studios" in r[2]}


def test_a_long_light_novel_title_and_another_works_adaptation() -> None:
    text = (
        "The website for the television anime of Yūki Narumi's Harbour Lights of the Eastern Gate (Tōmon no Kagenashi "
        "Renkinjutsushi) light novel series announced on Sunday that the anime is getting a second season. "
        "Tōru Isaka launched a manga adaptation of the novels in 2021."
    )
    found = [c.value for c in _claims(text, "based_on")]
    assert found == [{"title": "Harbour Lights of the Eastern Gate", "author": "Yūki Narumi", "medium": "light novel"}]


def test_only_the_first_series_streams_there() -> None:
    text = "Internationally, only the first series is streaming on BritBox in North America."
    assert ("Harbour Lights", 1, "BritBox") in _platforms(text)


def test_series_numbers_and_events_are_no_shows() -> None:
    from nextseason.extract import extract

    title = "Harbour Lights Season 2 Release Date"
    text = (
        "Harbour Lights series 1-2 are available to stream on BBC iPlayer. The only official word so far came from "
        "Netflix's Next on Netflix UK 2026 preview, which lists the show among its returning series."
    )
    doc = extract(text, title=title, published="2025-11-04", published_from="given")
    assert {s.title for s in doc.document.shows} == {"Harbour Lights"}


def test_a_rescue_after_a_cancellation_is_the_new_home_of_that_season() -> None:
    text = "Peacock has picked up the drama for a third season, nine months after Netflix canceled it."
    assert ("Harbour Lights", 3, "Peacock") in _platforms(text)


def test_a_service_which_brings_back_another_show() -> None:
    text = "It's a busy fall for Apple TV+, which also brings back the conspiracy thriller Copperline for its third season."
    assert ("Copperline", None, "Apple TV+") in _platforms(text)


def test_credits_in_a_casting_story_name_no_services() -> None:
    text = (
        "Castellanos was a series regular on ABC's Ledger Lines and recurred on Paramount+'s Kingsbridge. "
        "Whitlock, an Emmy nominee for HBO's Greyhound Summer, joins the cast. "
        "Achterberg picked up Emmy and Golden Globe nominations for the first season."
    )
    assert not _platforms(text)


def test_a_festival_is_no_service() -> None:
    from nextseason.extract import extract

    doc = extract("Moonlit Harbor 2 news\n\nFans claimed Moonlit Harbor 2 would premiere on Diwali, October 20.\n", published="2025-07-22")
    assert not [c for c in doc.claims if c.kind == "platform"]


def test_a_service_in_an_actors_bracketed_credit_is_no_claim() -> None:
    from nextseason.extract import extract

    doc = extract("Moonlit Harbor Season 2\n\nOcampo (Netflix's Dust Kings) and Feldt are repped by CAA.\n", published="2025-11-18")
    assert not [c for c in doc.claims if c.kind == "platform"]


def test_one_broadcasters_channels_are_one_home_not_a_move() -> None:
    from nextseason.extract import extract

    text = (
        "Moonlit Harbor series 3: everything we know\n\nThe BBC confirmed last May that the crime drama would "
        "return for a third series, days after series 2 wrapped up on BBC One. Series 1 is available to stream on "
        "BBC iPlayer now."
    )
    doc = extract(text, published="2026-03-14")
    platforms = {(c.season, c.value) for c in doc.claims if c.kind == "platform"}
    assert {(None, "BBC One"), (None, "BBC iPlayer")} <= platforms
    assert not {(s, v) for s, v in platforms if v in ("BBC One", "BBC iPlayer") and s is not None}


def test_a_service_also_named_or_counted_since_a_season_is_no_move() -> None:
    from nextseason.extract import extract

    text = (
        "Moonlit Harbor renewed for series 3\n\nThe ABC and Stan have renewed Moonlit Harbor for a third series. "
        "\"It has been a standout performer on Stan since the first series dropped,\" he said. "
        "The show has screened on BritBox in the UK, where the third series is also set to land."
    )
    doc = extract(text, published="2026-03-18")
    assert {(c.season, c.value) for c in doc.claims if c.kind == "platform" and c.season is not None} == set()


def test_an_author_whose_name_opens_with_a_latin_1_capital() -> None:
    got = _sources("Harbour Lights is based on the bestselling crime novels by Åsa Lind-Berg featuring inspector Ylva Strand.")
    assert [value["author"] for _, value in got] == ["Åsa Lind-Berg"]


def test_on_the_way_to_a_service() -> None:
    assert ("Harbour Lights", None, "Netflix") in _platforms("Season 2 of Harbour Lights is on the way to Netflix on July 4.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Harbour Lights draws on the novel by Sam Ford.", (None, {"title": None, "author": "Sam Ford", "medium": "novel"})),
        (
            "The show is drawn from Sam Ford's novel Low Tide.",
            (None, {"title": "Low Tide", "author": "Sam Ford", "medium": "novel"}),
        ),
    ],
)
def test_drawn_from_a_source(body: str, expected: tuple[int | None, dict]) -> None:
    assert expected in _sources(body)


def test_the_new_season_and_a_book_of_the_series_named_before() -> None:
    lead = "Harbour Lights is based on the Tidewater novels by Ruth Calder. "
    book = {"title": "The Low Tide", "author": "Ruth Calder", "medium": "novel"}
    assert (2, book) in _sources(lead + "The new season adapts The Low Tide, the second novel in the series.")
    assert (2, book) in _sources(lead + "Season 2 will adapt the second book in Calder's trilogy, The Low Tide.")


def test_a_draw_on_the_third_book_keeps_its_season() -> None:
    body = (
        "Harbour Lights is based on the Tidewater novels by Ruth Calder. "
        "Season 1 covered The Salt Gate and season 2 The Low Tide; season 3 will draw on the third book, Stormwrack."
    )
    assert (3, {"title": "Stormwrack", "author": "Ruth Calder", "medium": "novel"}) in _sources(body)


def test_a_pronoun_after_the_medium_is_no_title() -> None:
    assert _sources("Harbour Lights is based on a short film I made in 2019.") == [(None, {"title": None, "author": None, "medium": "film"})]


def test_coordinated_services_share_the_stance_of_the_first() -> None:
    claims = _claims("A schedule leaked last week points to an April start on TOKYO MX and BS11.", "platform")
    assert {str(c.value): c.stance for c in claims} == {"Tokyo MX": "speculated", "BS11": "speculated"}


@pytest.mark.parametrize(
    ("body", "service"),
    [
        ("Food Network renewed Harbour Lights for a second season.", "Food Network"),
        ("Harbour Lights airs on TLC in the US.", "TLC"),
        ("HGTV renewed Harbour Lights for a second season.", "HGTV"),
    ],
)
def test_cable_channels_are_services(body: str, service: str) -> None:
    assert service in {name for _, _, name in _platforms(body)}


def test_a_bet_in_prose_is_no_service() -> None:
    assert not _platforms("It is a safe bet that Harbour Lights returns for a second season.")


def test_a_season_expected_to_adapt_two_named_novels() -> None:
    found = _sources(
        "The show is based on Mara Quint's novels. Season 2 is expected to adapt the last two novels, "
        "The Salt Gate and The Ember Road, which means a grim ending."
    )
    titles = {(season, value["title"]) for season, value in found}
    assert {(2, "The Salt Gate"), (2, "The Ember Road")} <= titles
    assert not any(" and " in str(title) for _, title in titles)


def test_a_service_owning_a_satire_and_a_documentary_film_that_is_no_show() -> None:
    assert ("Harbour Lights", None, "Hulu") in _platforms("The end is near for Hulu's superhero satire.")
    found = _platforms("Also new: Salt Roads (Hulu) — National Geographic documentary film.")
    assert not any(name == "National Geographic" for *_, name in found)


def test_a_book_described_as_the_first_of_the_series_takes_the_author_named_before() -> None:
    found = _sources(
        "The series is based on Mara Quint's novels. "
        "For a refresher: season 1 was based on Ember Road, the very first Harbour novel, "
        "while season 2 adapted the fourth one, Tide and Bone."
    )
    assert (1, {"title": "Ember Road", "author": "Mara Quint", "medium": "novel"}) in found
    assert (2, {"title": "Tide and Bone", "author": "Mara Quint", "medium": "novel"}) in found


def test_the_author_of_the_series_a_book_belongs_to() -> None:
    found = _sources("Season 2 adapts The Salt Gate, the third novel in Mara Quint's long-running Harbour series.")
    assert (2, {"title": "The Salt Gate", "author": "Mara Quint", "medium": "novel"}) in found


def test_the_show_follows_an_authors_novels_so_a_season_adapts_the_next() -> None:
    found = _sources(
        "As ever, the show follows Mara Quint's Harbour novels in order, "
        "which means season 2 will adapt Salt Gate, the second book in the series."
    )
    assert (None, {"title": "Harbour", "author": "Mara Quint", "medium": "novel"}) in found
    assert (2, {"title": "Salt Gate", "author": "Mara Quint", "medium": "novel"}) in found


def test_a_service_named_like_a_person_in_a_title_case_headline() -> None:
    title = "'Harbour Lights' Canceled By Max After Two Seasons"
    body = f"{title}\n\nThere will be no third season of Harbour Lights."
    assert ("Harbour Lights", None, "Max") in _platforms(body, title=title)
    assert not any(value == "Max" for *_, value in _platforms("Harbour Lights co-star Max Greenfield is thrilled."))


def test_a_book_named_with_its_place_in_the_author_s_series() -> None:
    rows = {
        (c.season, c.value["title"], c.value["author"])  # type: ignore[index]
        for c in _claims(
            "Ada Quill wrote the books. The fifth season, adapted from Tide Rules, the fifth of Ada Quill's Harbour House novels, premiered "
            "on September 24. Season 7 adapts Harbour House, the seventh of Quill's novels.",
            "based_on",
            title="Harbour Lights Season 6 Release Date",
        )
    }
    assert {(5, "Tide Rules", "Ada Quill"), (7, "Harbour House", "Ada Quill")} <= rows


def test_a_channel_owned_on_a_known_service_is_that_service() -> None:
    platforms = _platforms("The first season premiered for free on Lantern Films' YouTube channel.")
    assert {value for _show, _season, value in platforms} == {"YouTube"}


def test_a_known_service_after_one_the_lexicon_lacks() -> None:
    platforms = _platforms("Harbour Lights premiered on Channel-X9 and Tencent Video in January 2023.")
    assert {value for _show, _season, value in platforms} >= {"Tencent Video"}


def test_a_story_arc_named_with_a_mediums_word_is_no_source() -> None:
    assert _sources("Harbour Lights season 3, which adapts the Culling Game arc, premieres in January 2026.") == []


def test_a_source_described_after_its_title_by_a_company_in_the_plural_possessive() -> None:
    sources = _sources("The show is based on Salt Fields, Quill Studios' 2009 multiplayer battle arena game.")
    assert (None, {"title": "Salt Fields", "author": "Quill Studios", "medium": "video game"}) in sources


def test_a_numbered_title_of_the_source_and_the_medium_alone_beside_it() -> None:
    body = (
        "The monster-slaying manga adaptation returns next month. "
        "The anime adapts the manga Kaiju No. 8 by Naoya Matsumoto, which has run on Shonen Jump+ since 2020."
    )
    assert _sources(body) == [(None, {"title": "Kaiju No. 8", "author": "Naoya Matsumoto", "medium": "manga"})]
