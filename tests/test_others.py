"""Discovery of the other shows an article reports news about."""

from __future__ import annotations

import pytest

from nextseason.domain.claims import ClaimsDocument
from nextseason.extract import extract
from nextseason.extract.others import discover_other_shows, platform_cue
from nextseason.extract.shows import ShowIndex, main_title
from nextseason.extract.text import sentences


def _found(body: str, main: str = "Harbour Lights") -> dict[str, list[str]]:
    index = ShowIndex(main, [])
    discover_other_shows(sentences(body), index)
    return {k: v for k, v in index.aliases.items() if k != main}


def test_news_cues_register_other_shows() -> None:
    body = (
        "Harbour Lights returns in June. Meanwhile, Copper Valley season 4 arrives this autumn. "
        "Netflix also cancelled Glass Orchard after one season. "
        "Apple's legal drama Fair Winds has already been renewed for a third season. "
        "Crunchyroll is also streaming Moon Relay, which premiered on April 2."
    )
    assert set(_found(body)) == {"Copper Valley", "Glass Orchard", "Fair Winds", "Moon Relay"}


def test_appositive_and_numbered_titles() -> None:
    body = (
        "Riverbend, the network's next fantasy spin-off, is expected in 2026. "
        "The slate also includes Copper Valley 3 and Glass Orchard 2 arriving next year."
    )
    assert set(_found(body)) == {"Riverbend", "Copper Valley", "Glass Orchard"}


def test_credits_films_and_people_are_not_registered() -> None:
    body = (
        "The director, known for Glass Orchard, returns. Her drama Copper Valley premiered on tvN last May. "
        "Mira Holt, who played Ensign Vale, will not return for season 2. "
        "A film, Harbour Lights – The Movie, arrives in cinemas in May. "
        "Fans of the game Tide Runner will recognise the map."
    )
    assert _found(body) == {}


def test_subtitle_and_spelled_out_aliases() -> None:
    body = (
        "The special Harbour Lights: Keeper of the Flame arrived on Netflix last week. "
        "Keeper of the Flame follows the first keeper. "
        "The show is based on the Belgian series VTL, short for Vuurtorenlicht, which airs on Canal+."
    )
    found = _found(body)
    assert found["Harbour Lights: Keeper of the Flame"] == ["Keeper of the Flame"]
    assert found["VTL"] == ["Vuurtorenlicht"]


def test_platform_cues() -> None:
    text = "Netflix's hit thriller streams on Hulu, and ITV's Morning Chat said Max renewed it."
    spans = {name: (text.find(name), text.find(name) + len(name)) for name in ("Netflix", "Hulu", "ITV", "Max")}
    assert platform_cue(text, *spans["Netflix"]) == "possessive"
    assert platform_cue(text, *spans["Hulu"]) == "on"
    assert platform_cue(text, *spans["ITV"]) is None
    assert platform_cue(text, *spans["Max"]) == "subject"


def test_object_with_determiner_genre_and_accented_title() -> None:
    body = (
        "Peacock has axed its gothic western Dust Choir after two seasons. "
        "The BBC pulled the plug on The Tally Men last week. "
        "Hulu renewed the Galician family drama Los Ríos de Lugo for a second season. "
        "The Welsh crime series Slate Point, meanwhile, is set to premiere on the service in May."
    )
    assert set(_found(body)) == {"Dust Choir", "The Tally Men", "Los Ríos de Lugo", "Slate Point"}


def test_a_service_acting_on_a_show_is_not_a_show() -> None:
    body = "Korean broadcaster Tidewell TV renewed the drama. Orbis Plus ordered another season of it."
    assert _found(body) == {}


def test_common_word_opening_a_sentence_is_not_a_title() -> None:
    body = (
        "Photography began in October 2025 and should finish in spring. "
        "Cameras rolled on Copper Valley season 4 last week. "
        "Rehearsing began in January, and the rehearsing continued for weeks."
    )
    assert set(_found(body)) == {"Copper Valley"}


def test_word_written_in_lower_case_elsewhere_is_not_a_title() -> None:
    body = "Dubbing wrapped in August. The dubbing crew flew to Lisbon."
    assert _found(body) == {}


def test_trailing_connectors_and_dates_are_stripped() -> None:
    body = (
        "Apple has renewed Glass Orchard for a second season. "
        "Hulu cancelled Tin Lantern in March 2024. "
        "Peacock picked up Salt Meadow on Friday."
    )
    assert set(_found(body)) == {"Glass Orchard", "Tin Lantern", "Salt Meadow"}


def test_title_keeps_inner_connectors() -> None:
    body = "Netflix renewed Lighthouse of the North for season 3."
    assert set(_found(body)) == {"Lighthouse of the North"}


def test_people_and_characters_are_not_registered() -> None:
    body = (
        "Season 2 added Tomas Ferro as Marshal Quill. "
        "Quill is expected to return for the finale. "
        "Producers also cast Ines Moreau, who played a nurse in the pilot. "
        "Lena Park (who plays Dr. Amsel) is set to return as well. "
        "Meanwhile, Copper Valley season 4 arrives this autumn."
    )
    assert set(_found(body)) == {"Copper Valley"}


# --- generalisation on unseen articles ---------------------------------------------------------


def _shows_by_sentence(body: str, title: str = "Harbour Lights Season 2 Release Date") -> list[tuple[str, str]]:
    from nextseason.extract.context import DocContext
    from nextseason.extract.flow import contexts as _contexts
    from nextseason.extract.shows import main_title

    sents = sentences(title + "\n\n" + body)
    main = main_title(title)
    index = ShowIndex(main, [])
    discover_other_shows(sents, index)
    doc = DocContext(title, main, index, None, "2025-05-01", sentences=sents)
    return [(ctx.show, ctx.text) for ctx in _contexts(sents, doc)][1:]


def test_an_order_handed_to_another_show_registers_it() -> None:
    body = "In other HBO news, Marble Kitchen has been handed a season 3 order. Its ratings were strong."
    assert set(_found(body)) == {"Marble Kitchen"}


def test_appositive_description_with_a_news_verb_registers_the_show() -> None:
    body = "Fox passed on Dry Creek Road, the rural sitcom that premiered in March to weak numbers."
    assert set(_found(body)) == {"Dry Creek Road"}


def test_a_later_season_of_a_title_registers_it() -> None:
    body = "ABC is not going ahead with a third season of Paper Saints after the finale."
    assert set(_found(body)) == {"Paper Saints"}


def test_a_later_season_of_a_credit_is_still_a_credit() -> None:
    body = "Nia Osei starred in the second season of Paper Saints before joining the cast."
    assert _found(body) == {}


def test_surnames_of_people_joined_by_and_are_not_a_title() -> None:
    body = (
        "The ensemble includes Rhea Tollan as Dr. Ivo Marr and Kit Osgood as night nurse Bea Lund. "
        "Tollan and Osgood are set to return for season 2."
    )
    assert _found(body) == {}


def test_an_actor_returning_as_a_described_role_is_not_a_show() -> None:
    body = "Pia Granger is set to return as reporter Lou Abbot in the new season."
    assert _found(body) == {}


def test_description_of_genre_carries_the_other_show() -> None:
    shows = _shows_by_sentence(
        "In other Hulu news, Marble Kitchen has been handed a season 3 order. "
        "The acclaimed cooking comedy, which premiered in 2022, returns next spring."
    )
    assert [s for s, _ in shows] == ["Marble Kitchen", "Marble Kitchen"]


def test_genre_description_in_a_new_paragraph_is_the_main_show() -> None:
    shows = _shows_by_sentence(
        "In other Hulu news, Marble Kitchen has been handed a season 3 order.\n\n"
        "The quiet coastal drama returns next spring."
    )
    assert [s for s, _ in shows] == ["Marble Kitchen", "Harbour Lights"]


def test_main_title_in_an_opening_phrase_leaves_the_sentence_to_the_other_show() -> None:
    shows = _shows_by_sentence(
        "Netflix cancelled Salt Meridian last year. After Harbour Lights, the writers created Salt Meridian. "
        "It ran for ten episodes."
    )
    assert [s for s, _ in shows] == ["Salt Meridian", "Salt Meridian", "Salt Meridian"]


def test_main_title_as_subject_keeps_the_sentence() -> None:
    shows = _shows_by_sentence("Harbour Lights, like Salt Meridian, premiered on Netflix in 2023.")
    assert [s for s, _ in shows] == ["Harbour Lights"]


def test_service_passing_on_a_season_is_a_platform_cue() -> None:
    text = "NBC will not move forward with a second season of Dry Creek Road."
    assert platform_cue(text, 0, 3) == "subject"


def test_a_person_receiving_praise_is_not_a_show() -> None:
    body = "Tova Lind received rave reviews for the finale. Marble Kitchen received a season 3 order."
    assert set(_found(body)) == {"Marble Kitchen"}


def test_quoted_titles_take_the_news_cues_around_their_quotes() -> None:
    body = (
        'Last month Hulu cancelled the period comedy "Tin Harbor" after one season. '
        'The network also said its legal drama "Brightwater" season 2 is due in May. '
        'Hulu did spare the sitcom "Fenwick," renewing it for a fourth season.'
    )
    assert set(_found(body)) == {"Tin Harbor", "Brightwater", "Fenwick"}


def test_a_news_verb_in_brackets_after_a_listed_title_registers_it() -> None:
    body = 'Hulu has had a rough year:\n\n- "Copper Bell" (cancelled in March after two seasons)\n- "Low Orbit" (axed in June)'
    assert set(_found(body)) == {"Copper Bell", "Low Orbit"}


def test_a_quoted_episode_title_is_not_a_show() -> None:
    body = 'The season 2 finale, "Tide Tables", was released on Friday, and the episode "Ebb", aired a week earlier.'
    assert _found(body) == {}


def test_publishers_and_studios_are_not_shows() -> None:
    body = "The novel's publisher Hollowmere released the ninth volume in May, and studio Brightline premiered a teaser."
    assert _found(body) == {}


def test_an_anime_named_after_its_source_and_an_official_account_register_shows() -> None:
    body = (
        "The TV anime of Rei Kanda's Salt Crown manga has been delayed to 2026. "
        "The official X account for Paper Comet announced on Friday that the anime returns in July."
    )
    assert set(_found(body)) == {"Salt Crown", "Paper Comet"}


# --- roundups: a capitalised section line per show -------------------------------------------


def _roundup(body: str, title: str = "Bubble Watch: Every Verdict So Far") -> list:  # type: ignore[type-arg]
    from nextseason.extract import extract

    doc = extract(body, title=title, published="2025-04-10", published_from="given")
    return list(doc.claims)


def _roundup_rows(body: str) -> set[tuple[str, int | None, str, str | None]]:
    """(show, season, kind, value) of the roundup's claims, values other than text left out."""
    return {(c.show, c.season, c.kind, c.value if isinstance(c.value, str) else None) for c in _roundup(body)}


def test_roundup_section_lines_carry_their_show_and_network() -> None:
    body = (
        "Here is where things stand.\n\n"
        "SALT AND IRON (CBS) — CANCELLED\n"
        "CBS has cancelled its coastal western after three seasons.\n\n"
        "THE QUIET LEDGER (Peacock) — RENEWED\n"
        "The Quiet Ledger will return for a second season, the streamer said."
    )
    got = {(c.show, c.season, c.kind, c.value) for c in _roundup(body)}
    assert ("Salt and Iron", None, "platform", "CBS") in got
    assert ("Salt and Iron", None, "cancelled", None) in got
    assert ("The Quiet Ledger", None, "platform", "Peacock") in got
    assert ("The Quiet Ledger", 2, "renewed", None) in got
    assert not any(c.kind == "cast" for c in _roundup(body))


def test_verdict_lines_without_brackets_open_sections_about_their_news_season() -> None:
    body = (
        "Renewed, Cancelled or Undecided? Where Three Shows Stand\n\n"
        "The year is ending and the verdicts are in.\n\n"
        "The Ninth Lock — RENEWED\n\n"
        "Netflix renewed its heist thriller for a third run on Nov. 20. Ana Ferr will return as thief Ezra Kell. "
        "Netflix hasn't said when the new episodes will drop.\n\n"
        "Sundown Motel – Ending\n\n"
        "Hulu said the third season of its desert-motel comedy will be its last. The eight episodes arrive on Feb. 18.\n\n"
        "Paper Tigers — UNDECIDED\n\n"
        "Max has not renewed the newsroom drama, but a second season is likely."
    )
    rows = _roundup_rows(body)
    shows = {row[0] for row in rows}
    assert shows <= {"The Ninth Lock", "Sundown Motel", "Paper Tigers"}
    assert ("The Ninth Lock", 3, "renewed", "2024-11-20") in rows
    assert ("The Ninth Lock", 3, "cast", None) in rows
    assert ("The Ninth Lock", 3, "no_premiere_date", None) in rows
    assert ("Sundown Motel", 3, "premiere", "2026-02-18") in rows


def test_roundup_move_in_brackets_and_caps_words_that_are_not_shows() -> None:
    body = (
        "THE NORTH ROOM (NBC → Peacock) — MOVING\n"
        "The drama moves to Peacock for its third season.\n\n"
        "UPDATE (April 2) — more soon\n\n"
        "COMMENTS (12)\n\n"
        "reader1: Cancelling The North Room was a crime."
    )
    got = {(c.show, c.kind, c.value) for c in _roundup(body)}
    assert ("The North Room", "platform", "NBC") not in got
    assert not any(c.show.upper() == "UPDATE" for c in _roundup(body))
    assert not any(c.kind == "cancelled" for c in _roundup(body))


def test_roundup_headings_in_title_case_with_a_verdict_label() -> None:
    body = (
        "Here is every verdict so far.\n\n"
        "Tin Lantern (Hulu) — Season 2\n\n"
        "The streamer has picked up Tin Lantern for a second season.\n\n"
        "Cancelled: The Owl Parade (ABC)\n\n"
        "ABC has cancelled The Owl Parade after one season.\n\n"
        "Cast and Characters (Netflix)\n\n"
        "Nothing else to report."
    )
    got = _roundup_rows(body)
    assert ("Tin Lantern", None, "platform", "Hulu") in got
    assert ("Tin Lantern", 2, "renewed", None) in got
    assert ("The Owl Parade", None, "platform", "ABC") in got
    assert ("The Owl Parade", None, "cancelled", None) in got
    assert not any(c.show == "Cast and Characters" for c in _roundup(body))


def test_a_calendar_of_numbered_lines_dates_each_show_and_names_its_season() -> None:
    body = (
        "Here is what is coming next month.\n\n"
        "1. Paper Moths, season 3 (Netflix) — Wednesday, May 7\n\n"
        "The heist drama is back with eight episodes.\n\n"
        "2. Glass Orchard (Hulu) — two weeks from today\n\n"
        "A brand-new mystery from the makers of a hit.\n\n"
        "3. Salt Road, season 2 (Peacock) — RENEWED\n\n"
        "Good news for the western."
    )
    got = _roundup_rows(body)
    assert ("Paper Moths", 3, "premiere", "2025-05-07") in got
    assert ("Paper Moths", None, "platform", "Netflix") in got
    assert any(c.show == "Paper Moths" and c.season == 3 and c.kind == "episodes" for c in _roundup(body))
    assert ("Glass Orchard", 1, "premiere", "2025-04-24") in got  # "a brand-new mystery": season 1
    paragraph = "2. Salt Road, season 2 (Peacock) — soon\n\nThe western returns on May 9 with two episodes.\n\n"
    dated = {(c.show, c.season, c.kind, c.value) for c in _roundup(body.replace("3. Salt Road, season 2 (Peacock) — RENEWED\n\n", paragraph))}
    assert ("Salt Road", 2, "premiere", "2025-05-09") in dated
    assert ("Salt Road", None, "platform", "Peacock") in got
    assert not any(c.show == "Salt Road" and c.kind == "premiere" for c in _roundup(body))


def test_sentence_opening_adverbs_and_counted_numbers_are_not_titles() -> None:
    body = "Already renewed in May, the drama returns in June. NBC ordered 18 episodes for next season."
    assert _found(body) == {}


def test_a_service_possessive_names_its_show_but_not_a_described_franchise_or_event() -> None:
    body = (
        "Meanwhile, Hulu's 'Paper Tigers' looks close to a third-season pickup. "
        "Peacock's Danish drama 'Den stille havn' has been renewed. "
        "The streamer's Glass Harbor now has a window. "
        "Hulu's Glass Harbor spin-off Tin Roof is in development. "
        "The cast met fans during Netflix's Tudum Week in May, and the network's 2026-27 lineup follows."
    )
    assert set(_found(body)) == {"Paper Tigers", "Den stille havn", "Glass Harbor"}


def test_a_gloss_in_brackets_and_a_source_named_adaptation_and_a_numbered_service() -> None:
    body = (
        "The comedy 'Casa Alta' ('High House') was cancelled by Atresplayer after two seasons. "
        "The TV anime of Rin Oda's light novel series Moth Garden will return in April. "
        "Channel 4, meanwhile, has quietly axed the drama. "
        "How Many Episodes Will Season 2 Have?"
    )
    assert set(_found(body)) == {"Casa Alta", "Moth Garden"}


def test_credits_listed_together_stay_credits() -> None:
    body = (
        "Nell Ross, known for the film 'Cold Spring' and Hulu's 'Fen Road', joins the cast. "
        "Her co-star previously created Netflix's 'Dry Dock' with her."
    )
    assert _found(body) == {}


def test_a_paragraph_turning_to_other_news_stays_with_that_show() -> None:
    body = (
        "Harbour Lights returns in June.\n\n"
        "In other Hulu news, the network has cancelled 'Paper Tigers' after a single season. "
        "Hulu confirmed there will be no second season; the eight-episode first season ended in May.\n\n"
        "The network has not announced a premiere date yet."
    )
    shows = _shows_by_sentence(body)
    assert [show for show, _text in shows] == ["Harbour Lights", "Paper Tigers", "Paper Tigers", "Harbour Lights"]


def test_a_roundup_headline_names_no_show_and_nearing_an_order_is_speculated() -> None:
    from nextseason.extract import extract

    body = (
        "HARBOR NIGHTS (ABC) — RENEWED\nABC gave the procedural a third season on Monday.\n\n"
        "Meanwhile, Apple's 'Quiet Ward' is close to a second-season order."
    )
    doc = extract(body, title="Every Show Renewed or Cancelled This Week", published="2025-04-11", published_from="given")
    assert {s.title for s in doc.document.shows} == {"Harbor Nights", "Quiet Ward"}
    assert ("Quiet Ward", 2, "renewed", "speculated") in {(c.show, c.season, c.kind, c.stance) for c in doc.claims}


# (headline, the show it names): a headline verb or announcement word ends the title.
HEADLINE_TITLES = [
    ("Dust Road Axed After Two Seasons at HBO, and Fans Are Furious", "Dust Road"),
    ("The Glass Orchard Confirms Season 2 With Its Original Cast", "The Glass Orchard"),
    ("Copper Valley Lands at Hulu for a Third Season", "Copper Valley"),
    ("Copper Valley Sets March Premiere for Season 3", "Copper Valley"),
    ("Fair Winds Scrapped by Apple After One Season", "Fair Winds"),
    ("Moon Relay Season 2 Gets a Release Date", "Moon Relay"),
]


@pytest.mark.parametrize(("headline", "title"), HEADLINE_TITLES)
def test_headline_verbs_end_the_title(headline: str, title: str) -> None:
    assert main_title(headline) == title


def test_a_lone_headline_word_is_not_a_show() -> None:
    body = (
        '"Harbour Lights" Confirms Season 2 With Its Cast, Heads to Netflix in 2027. '
        "Netflix also renewed Glass Orchard for a third season."
    )
    assert set(_found(body)) == {"Glass Orchard"}


def test_a_known_title_after_a_colon_is_not_a_longer_title() -> None:
    body = "Good news for anyone who rewatched the duel with the Ash King: Harbour Lights (Hai no Tsukaima) is coming back."
    assert _found(body) == {}


def test_a_paragraph_that_opens_on_another_show_stays_with_it() -> None:
    body = (
        "Harbour Lights was cancelled after two seasons.\n\n"
        "Copper Valley, now in its sixth season, was renewed for a seventh. Season 7 will premiere in the fall.\n\n"
        "Harbour Lights will end with a two-hour finale."
    )
    premieres = {(c.show, c.season) for c in _roundup(body, "Harbour Lights Cancelled") if c.kind == "premiere"}
    assert ("Copper Valley", 7) in premieres
    assert not any(show == "Harbour Lights" for show, _ in premieres)


def test_a_paragraph_naming_no_show_goes_on_about_the_show_that_led_the_last_one() -> None:
    body = (
        "Harbour Lights was cancelled after two seasons.\n\n"
        "Copper Valley, meanwhile, is coming back for a seventh season.\n\n"
        "Its star Ada Quill, who plays Dr. Miriam Kell, is expected to return.\n\n"
        "Harbour Lights will end with a two-hour finale."
    )
    cast = {c.show for c in _roundup(body, "Harbour Lights Cancelled") if c.kind == "cast"}
    assert cast == {"Copper Valley"}


def test_s2_ends_a_title_phrase() -> None:
    assert _found("Filming on S2 began in June in Lunenburg, after the renewal was announced.") == {}


def test_like_x_comma_leaves_the_subject_to_the_next_title() -> None:
    body = (
        "Harbour Lights was cancelled after two seasons.\n\n"
        "Like Copper Valley, Glass Orchard streams on Peacock the day after it airs. "
        "The network has not said when the comedy will return."
    )
    got = {(c.show, c.kind) for c in _roundup(body, "Harbour Lights Cancelled")}
    assert ("Glass Orchard", "platform") in got
    assert ("Glass Orchard", "no_premiere_date") in got
    assert ("Copper Valley", "platform") not in got


def test_someone_who_returns_as_showrunner_is_no_show() -> None:
    assert _found("Priya Castellanos-Reed is expected to return as showrunner.") == {}


def test_a_calendars_date_heading_dates_the_line_under_it() -> None:
    body = (
        "Here is the month.\n\nThursday, May 8\n\nPaper Moths, Season 3 (Netflix Original)\n\nThe heist drama returns.\n\n"
        "Friday, May 9\n\nGlass Orchard (Hulu Original)\n\nA new mystery.\n\n"
        "Monday, May 12\n\nCopper Valley (Peacock)\n\nThe comedy is back with new episodes."
    )
    got = _roundup_rows(body)
    assert ("Paper Moths", 3, "premiere", "2025-05-08") in got
    # a line naming no season, under which nothing says the show has been on before: a new show
    assert ("Glass Orchard", 1, "premiere", "2025-05-09") in got
    assert ("Copper Valley", None, "premiere", "2025-05-12") in got


def test_a_season_line_without_brackets_under_a_date_heading_is_dated() -> None:
    body = (
        "Here is the month.\n\nTuesday, May 13\n\nBrass Tacks, Season 2 Part 2\n\n"
        "The comedy is back for the back half of its second season.\n\n"
        "Wednesday, May 14\n\nSix remaining episodes, Season 2\n\nNo show here."
    )
    got = {(c.show, c.season, c.kind, c.value) for c in _roundup(body) if c.kind == "premiere"}
    assert ("Brass Tacks", 2, "premiere", "2025-05-13") in got
    assert not any(show.startswith("Six") for show, *_ in got)  # not title case: no section


def test_a_roundups_intro_speaks_of_the_whole_list() -> None:
    body = (
        "Here's everything premiering from Monday, May 12, through Sunday, May 18.\n\n"
        "Monday, May 12\n\nPaper Moths, Season 3 (Netflix Original)\n\nThe heist drama returns.\n\n"
        "Thursday, May 15\n\nGlass Orchard, Season 2 Part 2 (Hulu)\n\n"
        "The final episodes arrive on Thursday. Part 1 dropped back on March 3."
    )
    got = {(c.show, c.season, c.value) for c in _roundup(body, "New This Week: Paper Moths, Glass Orchard, Copper Valley and More")}
    assert ("Paper Moths", 3, "2025-05-12") in got
    assert ("Glass Orchard", 2, "2025-05-15") in got
    assert ("Glass Orchard", 2, "2025-03-03") in got  # a part of the season the line names
    assert not any(value == "2025-05-12/2025-05-18" or (show, value) == ("Paper Moths", "2025-05-18") for show, _, value in got)


def test_a_listing_line_that_opens_with_its_date() -> None:
    body = (
        "Here is the month.\n\nComing next week\n\n"
        "Wednesday, May 14: A Paper Moths Christmas, a holiday special from the Paper Moths team (Hulu)\n"
        "Friday, May 16: Winterlight, the new holiday film starring Ada Quill (Apple TV+)"
    )
    got = {(c.show, c.season, c.kind, c.value) for c in _roundup(body)}
    assert ("A Paper Moths Christmas", None, "premiere", "2025-05-14") in got
    assert ("A Paper Moths Christmas", None, "platform", "Hulu") in got
    assert not any(show == "Winterlight" or kind == "cast" for show, _, kind, _ in got)  # a film


def test_the_new_season_in_a_section_is_the_one_its_line_names() -> None:
    body = (
        "Here is the week.\n\nMonday, May 12\n\nPaper Moths, Season 3 (Netflix)\n\n"
        "Creator Ada Quill wrote every episode of the new season. Newcomer Bo Lee-Grant joins as a detective.\n\n"
        "Thursday, May 15\n\nGlass Orchard, Season 2 Part 2 (Hulu)\n\nThe final episodes of the second season arrive."
    )
    got = {(c.show, c.season, c.kind) for c in _roundup(body, "New This Week: Paper Moths, Glass Orchard and More")}
    assert ("Paper Moths", 3, "crew") in got and ("Paper Moths", 3, "cast") in got
    assert not any(season == 2 and kind in ("crew", "cast") for _, season, kind in got)


def test_a_section_under_a_date_heading_keeps_its_season_for_cast() -> None:
    body = (
        "Here is the month.\n\nThursday, May 8\n\nPaper Moths, Season 3 (Netflix Original)\n\n"
        "The heist drama returns. Ada Quill is back as Ruth Pike.\n\n"
        "Friday, May 9\n\nGlass Orchard, Season 2 (Hulu Original)\n\nA mystery returns."
    )
    got = {(c.show, c.season) for c in _roundup(body) if c.kind == "cast"}
    assert got == {("Paper Moths", 3)}


def test_a_series_order_makes_the_first_season_and_another_shows_season_is_not_the_articles() -> None:
    body = (
        "Apple TV+ has given a series order to Glass Meridian, a thriller from creator Ada Quill, and set a 2027 premiere.\n\n"
        "The eight-episode first season will star Bo Lee-Grant and Cy Dunn. Filming is set to begin in London in January.\n\n"
        "Separately, Apple TV+ confirmed that its comedy Desk Set will end with its upcoming fourth season, which premieres April 3."
    )
    got = {(c.show, c.season, c.kind) for c in _roundup(body, "Apple TV+ Orders Thriller Glass Meridian")}
    assert {("Glass Meridian", 1, "premiere"), ("Glass Meridian", 1, "filming"), ("Glass Meridian", 1, "cast")} <= got
    assert ("Desk Set", 4, "premiere") in got
    assert not any(show == "Separately" for show, _, _ in got)


def test_a_listing_of_date_lines_over_title_season_lines() -> None:
    body = (
        "Netflix closes out the year with a few big returns.\n\n"
        "April 14\n- Frostline: Season 2 (Netflix Original)\n- The Bakers' Dozen: Season 5\n\n"
        "April 21\n- Salt & Stone (Netflix Original series) — a new Danish crime drama\n"
        "- Midnight Ledger (Netflix Original film)"
    )
    got = {(c.show, c.season, c.value) for c in _roundup(body, "New on Netflix in April") if c.kind == "premiere"}
    assert got == {
        ("Frostline", 2, "2025-04-14"),
        ("The Bakers' Dozen", 5, "2025-04-14"),
        ("Salt & Stone", 1, "2025-04-21"),
    }


def test_an_episode_line_under_a_date_is_a_section_without_a_premiere() -> None:
    body = (
        "Here is the month.\n\nSunday, April 13\n\nWard Nine, Season 2, Episode 9\n\n"
        "New episodes stream on Paramount+ the day after they air on CBS."
    )
    got = {(c.show, c.kind, c.value) for c in _roundup(body, "Everything coming to Paramount+ in April")}
    assert ("Ward Nine", "platform", "Paramount+") in got
    assert not any(kind == "premiere" for _, kind, _ in got)


def test_a_scorecard_of_verdict_headings_over_title_items() -> None:
    body = (
        "Here's the full list so far this year.\n\n"
        "Renewed\n- Moon Palace (season 3)\n- Glass Harbor (season 2)\n\n"
        "Cancelled\n- Paper Crown (after two seasons)\n\n"
        "Awaiting a decision\n- Night Circus"
    )
    got = {(c.show, c.season, c.kind) for c in _roundup(body, "Every show renewed or cancelled in 2025")}
    assert got == {
        ("Moon Palace", 3, "renewed"),
        ("Glass Harbor", 2, "renewed"),
        ("Paper Crown", None, "cancelled"),
    }


def test_a_calendar_line_with_its_day_between_season_and_network() -> None:
    body = (
        "Here is the month.\n\nQuill & Vine, Season 3 — Tuesday, May 6 (Hulu)\n\nThe wine drama is back.\n\n"
        "Glass Orchard, Series 2 Part 1 - Friday, May 9 (Netflix)\n\nThe mystery returns.\n\n"
        "Copper Valley, Season 5 — Date TBA (Peacock)\n\nThe comedy is delayed.\n\n"
        "Star Harbor — Andor Days (Disney+)\n\nA title with a dash."
    )
    got = _roundup_rows(body)
    assert ("Quill & Vine", 3, "premiere", "2025-05-06") in got
    assert ("Glass Orchard", 2, "premiere", "2025-05-09") in got
    assert ("Copper Valley", None, "platform", "Peacock") in got
    assert not any(c[2] == "premiere" and c[0] == "Copper Valley" for c in got)  # "Date TBA" is no date
    assert not any(c[0] == "Star Harbor" for c in got)  # a dash before words that are no date splits no title


def test_a_show_named_inside_an_apposition_owns_none_of_the_claims() -> None:
    body = (
        "Harbour Lights season 3 is in the works. "
        "Copper Valley, the mining drama from the producers of Harbour Lights, returns for its second season on May 15."
    )
    doc = extract(body, title="Harbour Lights Season 3", published="2026-04-08", published_from="given")
    premieres = {(c.show, c.season, c.value) for c in doc.claims if c.kind == "premiere"}
    assert premieres == {("Copper Valley", 2, "2026-05-15")}


def test_a_title_described_as_a_film_is_no_show() -> None:
    body = (
        "Harbour Lights season 3 is in the works. "
        "Netflix's thriller The Glass Orchard, a feature film from the makers of Harbour Lights, drops Feb. 20."
    )
    doc = extract(body, title="Harbour Lights Season 3", published="2026-01-29", published_from="given")
    assert {c.show for c in doc.claims} == {"Harbour Lights"}
    assert not any(c.kind in ("platform", "premiere") for c in doc.claims)


def test_a_capitalised_word_before_a_plural_genre_noun_is_no_title() -> None:
    assert _found("It seems to be the new standard for Netflix's YA dramas.") == {}


def _article_rows(title: str, body: str, published: str) -> set[tuple[str, int | None, str, object]]:
    """(show, season, kind, value) of a whole article's claims, values other than text as None."""
    doc = extract(body, title=title, published=published, published_from="given")
    return {(c.show, c.season, c.kind, c.value if isinstance(c.value, str) else None) for c in doc.claims}


def test_a_second_shows_headline_season_and_the_paragraph_after_its_renewal() -> None:
    title = "'Glass Meridian' Canceled At Peacock After Two Seasons; 'Hollow Pines' Renewed For Season 3"
    body = (
        f"{title}\n\nPeacock has canceled Glass Meridian after two seasons.\n\n"
        "There was better news for Peacock's horror slate. The streamer has renewed its anthology series "
        "Hollow Pines for a third season.\n\nSeason three will consist of six episodes. It is expected to premiere in fall 2026."
    )
    rows = {row[:3] for row in _article_rows(title, body, "2025-11-19")}
    assert ("Hollow Pines", 3, "episodes") in rows
    assert ("Hollow Pines", 3, "premiere") in rows
    assert not any(show == "Glass Meridian" and kind in ("episodes", "premiere") for show, _, kind in rows)


def test_a_job_title_after_a_services_possessive_is_no_show() -> None:
    found = _found(
        'Harbour Lights season 2 is coming. "We are proud of it," said Lisa Kerrigan, Peacock\'s President of '
        "Scripted Programming. Peacock's Head of Drama agreed."
    )
    assert found == {}


def test_a_spin_off_given_a_series_order_takes_the_rest_of_its_paragraph() -> None:
    title = "Redfern Hollow final season: everything we know"
    body = (
        f"{title}\n\nRedfern Hollow ends with its third season in June. Netflix has given a series order to "
        "Redfern Hollow: 1926, a prequel set a century earlier. Production is set to begin in early 2027.\n\n"
        "Redfern Hollow's final episodes arrive in June."
    )
    rows = {row[:3] for row in _article_rows(title, body, "2026-05-01")}
    assert ("Redfern Hollow: 1926", None, "platform") in rows
    assert ("Redfern Hollow: 1926", 1, "filming") in rows
    assert ("Redfern Hollow", 3, "premiere") in rows
    assert not any(show == "Redfern Hollow" and kind == "filming" for show, _, kind in rows)


def test_a_capitalised_genre_before_a_title_and_a_show_that_moved_its_season() -> None:
    found = _found("Last week the Western Thin Air moved its second season from this November to early 2027.")
    assert set(found) == {"Thin Air"}


def test_a_competition_is_a_kind_of_show() -> None:
    assert set(_found("NBC has cancelled its dating competition Love on Layover after one season.")) == {"Love on Layover"}


def test_a_nameless_paragraph_after_a_spin_off_order_is_about_the_spin_off() -> None:
    title = "Redfern Hollow final season: everything we know"
    body = (
        f"{title}\n\nRedfern Hollow ends with its third season in June. Netflix has given a series order to "
        "Redfern Hollow: 1926, a prequel set a century earlier.\n\nProduction is set to begin in early 2027, and "
        "Netflix is likely eyeing a 2028 premiere."
    )
    rows = _article_rows(title, body, "2026-05-01")
    assert ("Redfern Hollow: 1926", 1, "filming", "2027-40") in rows
    assert ("Redfern Hollow: 1926", 1, "premiere", "2028") in rows


def test_a_people_of_a_place_is_no_show() -> None:
    assert _found("Good news: the lamplighters of Vell are coming back. The cast of Dark Harbor are coming back.") == {
        "Dark Harbor": []
    }


def test_a_headline_that_names_no_show_of_the_body_is_a_roundup() -> None:
    title = "Delayed and cancelled TV shows of the year"
    body = (
        "Tin Harbour has been cancelled altogether, which came as a shock to its stars.\n\n"
        "Glass Orchard has been delayed all the way until 2025.\n\n"
        "Marrow Lane, the six-episode spinoff of Tin Harbour, was removed from the schedule entirely."
    )
    doc = extract(title + "\n\n" + body, title=title, published="2023-09-12")
    assert {c.show for c in doc.claims} == {"Tin Harbour", "Glass Orchard"}
    assert ("Glass Orchard", "premiere", "2025") in {(c.show, c.kind, c.value) for c in doc.claims}


def test_a_creators_possessive_before_a_cancelled_title_and_seasons_at_a_network() -> None:
    title = "TV shows cancelled this year"
    body = (
        "Hulu has canceled Ada Quill’s “Tin Harbour” after one season.\n\n"
        "“Glass Orchard” has been canceled after three seasons at CBS.\n\n"
        "She created her own series in a once-in-a-lifetime deal."
    )
    doc = extract(title + "\n\n" + body, title=title, published="2017-06-01")
    rows = {(c.show, c.kind, c.value) for c in doc.claims}
    assert ("Tin Harbour", "cancelled", None) in rows and ("Tin Harbour", "platform", "Hulu") in rows
    assert ("Glass Orchard", "platform", "CBS") in rows
    assert not {r for r in rows if r[2] in ("OWN", "Lifetime")}


def test_a_dates_quarter_an_article_word_and_a_publisher_are_no_titles() -> None:
    found = _found(
        "Hulu announced a Q4 2025 premiere window. Movistar Plus+ renewed La ciudad sumergida. "
        "Sora Ibuki launched a manga adaptation in Kadokawa's Comic Walker service in 2020."
    )
    assert not {"Q4 2025", "La", "Kadokawa"} & set(found)


def test_a_surname_alone_is_no_show() -> None:
    from nextseason.extract import extract

    text = (
        "Harbour Lights Season 3 Casts Tamsin Okafor\n\nTamsin Okafor and Rafe Delacourt have joined the cast. "
        "Okafor, a series regular on the first two seasons of the drama, recently wrapped an arc elsewhere."
    )
    doc = extract(text, published="2026-02-10")
    assert "Okafor" not in {s.title for s in doc.document.shows}


def test_a_calendar_line_that_opens_with_its_date() -> None:
    from nextseason.extract import extract

    text = (
        "New on Hulu in March 2027\n\nHere is what is coming.\n\n"
        "March 3 – Ridgeway: Season 3 (Hulu Original)\n\nThe ranch drama is back.\n\n"
        "March 10 – Little Saints: Series premiere (Hulu Original)\n\nA nun inherits a boxing gym.\n\n"
        "March 5 – The Brightwater Accord: Season 2 (FX), two-episode premiere\n\nIt airs on FX."
    )
    doc = extract(text, published="2027-02-24")
    rows = {(c.show, c.season, c.kind, c.value) for c in doc.claims}
    assert ("Ridgeway", 3, "premiere", "2027-03-03") in rows
    assert ("Little Saints", 1, "premiere", "2027-03-10") in rows
    assert ("The Brightwater Accord", 2, "premiere", "2027-03-05") in rows
    assert ("The Brightwater Accord", None, "platform", "FX") in rows
    assert not any(show.startswith("March") for show, *_ in rows)


def test_other_shows_named_by_their_seasons() -> None:
    from nextseason.extract.others import discover_other_shows
    from nextseason.extract.shows import ShowIndex
    from nextseason.extract.text import sentences

    text = (
        "Prime Video also confirmed second seasons of the comedy Dilli Dhaba and the thriller Neelkanth. "
        "Dilli Dhaba 2 is slated for summer 2026, while Neelkanth's new season will arrive later in 2026."
    )
    index = ShowIndex("Kaanch Ka Qila", {})
    discover_other_shows(sentences(text), index)
    assert {"Dilli Dhaba", "Neelkanth"} <= set(index.names.values())


def test_a_place_is_no_show() -> None:
    from nextseason.extract import extract

    doc = extract("Fans flew a banner over Netflix's Los Gatos headquarters in October.", title="Harbour Lights Season 2", published="2026-03-18")
    assert "Los Gatos" not in {c.show for c in doc.claims}


def test_a_capitals_heading_with_a_season_opens_a_section() -> None:
    from nextseason.extract import extract

    text = (
        "CBS Renews 'Harbor Kings' and 'Fielder'\n\nCBS on Monday handed out renewals to cop drama Harbor Kings and "
        "legal procedural Fielder.\n\nHARBOR KINGS, SEASON 7\n\nThe procedural has ordered a 22-episode seventh season.\n\n"
        "FIELDER, SEASON 2\n\nCBS ordered 13 episodes for the sophomore run, and showrunner Anita Kwan returns.\n\n"
        "A Look Back at Season 2\n\nIt was a good year."
    )
    doc = extract(text, published="2025-04-22")
    rows = {(c.show, c.season, c.kind, c.value) for c in doc.claims if c.kind == "episodes"}
    assert ("Harbor Kings", 7, "episodes", 22) in rows
    assert ("Fielder", 2, "episodes", 13) in rows
    assert {s.title for s in doc.document.shows} <= {"Harbor Kings", "Fielder"}


def test_another_show_that_will_return_with_its_next_season() -> None:
    from nextseason.extract import extract

    text = "Meanwhile, Netflix also confirmed that the cooking drama Seoul Night Market will return with its third season in 2026."
    doc = extract(text, title="The Ninth Tenant Season 2 Release Date", published="2026-03-16")
    assert ("Seoul Night Market", 3, "premiere", "2026") in {(c.show, c.season, c.kind, c.value) for c in doc.claims if c.kind == "premiere"}


def test_a_large_number_ends_a_title_a_small_one_is_its_season() -> None:
    body = (
        "NBC renewed its firefighter drama Engine 48 for a fourth season last week. "
        "Apple renewed Glass Orchard on April 18, a day after the finale. "
        "Meanwhile, Copper Valley 3 arrives in the autumn."
    )
    assert set(_found(body)) == {"Engine 48", "Glass Orchard", "Copper Valley"}
    claims = extract("Harbour Lights returns in June.\n\n" + body, published="2025-04-21").claims
    assert ("Engine 48", 4, "renewed") in {(c.show, c.season, c.kind) for c in claims}


def test_a_verdict_heading_among_season_headings_opens_its_section() -> None:
    from nextseason.extract import extract

    text = (
        "CBS Renews 'Harbor Kings' and 'Fielder,' Cancels 'Warrant'\n\nCBS on Monday handed out renewals to cop drama "
        "Harbor Kings and legal procedural Fielder.\n\nHARBOR KINGS, SEASON 7\n\nThe procedural has ordered a "
        "22-episode seventh season.\n\nFIELDER, SEASON 2\n\nRachel Osei stars as Nora Fielder, a public defender.\n\n"
        "WARRANT, CANCELLED\n\nThe drama will conclude with its 13-episode second season.\n\nSTILL ON THE BUBBLE\n\n"
        "NBC renewed its drama Engine Crew for a fourth season last week."
    )
    doc = extract(text, published="2025-04-22")
    rows = {(c.show, c.season, c.kind) for c in doc.claims}
    assert ("Fielder", None, "cast") in rows  # the section's show, though a character shares its name
    assert ("Warrant", None, "cancelled") in rows and ("Warrant", 2, "episodes") in rows
    assert not {row for row in rows if row[0] == "Harbor Kings" and row[2] in ("cast", "cancelled")}


def test_a_press_release_schedule_of_described_capitals_lines() -> None:
    from nextseason.extract import extract

    text = (
        "NBC Announces Midseason Premiere Dates\n\n"
        "SWITCHBOARD (new drama) – Premieres Monday, Jan. 4 (10-11 p.m.)\n\n"
        'From creator and showrunner Lena Okonkwo-Reyes ("Gravel Road"), "Switchboard" goes inside a dispatch center. '
        "NBC gave the drama a 13-episode first-season order.\n\n"
        "THE WAYSIDE (season four) – Sunday, Feb. 28 (9-10 p.m.)\n\n"
        "Erin Calloway and Marcus Tillman star as Jo and Danny Wayside, the siblings. "
        "The final season consists of 10 episodes. The NBC family drama is shot in Atlanta.\n\n"
        "THE FIFTH WARD (season six) – Premiere date to be announced\n\n"
        "Frank Delacroix continues to lead the cast as Captain Ray Moran."
    )
    doc = extract(text, published="2026-11-10")
    rows = {(c.show, c.season, c.kind, c.value if isinstance(c.value, str | int) else None) for c in doc.claims}
    assert ("Switchboard", 1, "premiere", "2027-01-04") in rows
    assert ("The Wayside", 4, "premiere", "2027-02-28") in rows
    assert ("The Fifth Ward", 6, "no_premiere_date", None) in rows
    assert ("The Wayside", 4, "episodes", 10) in rows  # the section's season, not the last heading's
    assert ("The Wayside", None, "platform", "NBC") in rows  # "The NBC family drama"
    people = {(c.show, c.kind, str(c.value)) for c in doc.claims if c.kind in ("cast", "crew")}
    assert ("Switchboard", "crew", "{'person': 'Lena Okonkwo-Reyes', 'role': 'creator'}") in people
    assert any(show == "The Wayside" and "Jo Wayside" in value for show, _, value in people)
    assert {s.title for s in doc.document.shows} == {"Switchboard", "The Wayside", "The Fifth Ward"}


def test_a_network_alone_in_the_headline_is_no_show() -> None:
    from nextseason.extract.headline import headline_show

    body = "Harbor Kings season 3 arrives in May. The network also renewed Harbor Kings for season 4."
    assert headline_show("NBC Announces Midseason Premiere Dates", body) == "Harbor Kings"
    assert headline_show("NBC Announces Midseason Premiere Dates", "The slate is long.") != "NBC"


def test_a_platform_before_modifiers_and_a_show_noun() -> None:
    text = "The BBC period drama was a hit, and the BBC has confirmed series 3 of its comedy."
    first = text.find("BBC")
    second = text.find("BBC", first + 1)
    assert platform_cue(text, first, first + 3) == "attributive"
    assert platform_cue(text, second, second + 3) == "subject"


def test_trade_roundup_sentence_with_orders_and_cancellations() -> None:
    from nextseason.extract import extract

    text = (
        "Harbour Lights Canceled at NBC\n\nNBC on Thursday canceled Harbour Lights after two seasons.\n\n"
        "NBC also renewed its freshman firefighter drama Ladder 9 for a second season and handed a 13-episode "
        "third-season order to the workplace comedy Small Mercies, while canceling the sophomore sitcom Grease Trap. "
        "Over at CBS, the network renewed procedural Bay Ridge Homicide for a fourth season."
    )
    doc = extract(text, published="2026-05-07")
    rows = {(c.show, c.season, c.kind, c.value if isinstance(c.value, str | int) else None) for c in doc.claims}
    assert ("Harbour Lights", None, "platform", "NBC") in rows
    assert ("Ladder 9", 2, "renewed", None) in rows
    assert ("Small Mercies", 3, "renewed", None) in rows and ("Small Mercies", 3, "episodes", 13) in rows
    assert ("Grease Trap", None, "cancelled", None) in rows
    assert ("Bay Ridge Homicide", None, "platform", "CBS") in rows
    assert not any(show == "Ladder 9" and kind == "episodes" for show, _, kind, _ in rows)


def test_an_update_dateline_is_no_part_of_a_title_and_fans_hear_news() -> None:
    body = (
        "Update, 14 March 2026: Filming on Copper Valley series 3 has officially wrapped. "
        "Meanwhile, fans of ITV's rival coastal thriller Saltmarsh will be sad to hear that it has been axed. "
        "Fans of Glass Orchard will love this show."
    )
    assert set(_found(body)) == {"Copper Valley", "Saltmarsh"}


def test_another_name_of_the_main_title_in_brackets() -> None:
    from nextseason.extract.shows import bracketed_titles

    text = "The official website for the anime of Kiyoka Tanemura's Yomi no Tomoshibi-ya (The Lamplighter of Yomi) manga"
    assert bracketed_titles("The Lamplighter of Yomi", text) == ["Yomi no Tomoshibi-ya"]
    assert bracketed_titles("Moon Palace", "Moon Palace (also known as Dal Gung) returns.") == ["Dal Gung"]
    assert bracketed_titles("Frieren", "Cast: Atsumi Tanezaki (Frieren), Kana Ichinose (Fern).") == []
    assert bracketed_titles("Moon Palace", "Moon Palace (Netflix) returns in 2025 (season 2).") == []


def test_get_to_do_something_is_no_news() -> None:
    body = "Ferrante said she would love to see Mercy get to run that mine. Copper Valley gets a third season."
    assert set(_found(body)) == {"Copper Valley"}


def test_a_compared_season_moves_no_platform_and_season_n_of_opens_no_title() -> None:
    from nextseason.extract import extract

    text = (
        "Moonlit Harbor 2 confirmed\n\n\"Moonlit Harbor 2\" is slated to air in the second half of next year on tvN. "
        "Like the first season, it will also be available for streaming on Netflix. "
        "The season 1 of Moonlit Harbor was released on September 8 last year."
    )
    doc = extract(text, published="2025-05-14")
    platforms = {(c.season, c.value) for c in doc.claims if c.kind == "platform"}
    assert (None, "Netflix") in platforms and (1, "Netflix") not in platforms
    assert {s.title for s in doc.document.shows} == {"Moonlit Harbor"}


def test_news_of_a_title_told_with_it() -> None:
    body = "If you liked this show, you should also watch Crownfall, even though Netflix cancelled it after two seasons."
    assert set(_found(body)) == {"Crownfall"}


def test_a_roundup_of_sections_under_headings_that_name_their_show() -> None:
    from nextseason.extract import extract

    text = (
        'K-Drama Roundup: "Moonlit Pharmacy 2" Sets July Premiere, Do Kyung-han In Talks For "The Ninth Bride," '
        '"Iron Orchard" Wraps Filming\n\n'
        '"Moonlit Pharmacy" season 2 confirms July 4 premiere\n\n'
        'tvN confirmed that "Moonlit Pharmacy 2" will premiere on July 4.\n\n'
        'Do Kyung-han in talks to lead fantasy drama "The Ninth Bride"\n\n'
        '"The Ninth Bride" is based on a popular webtoon. The Disney+ original is set to begin filming in the '
        "second half of the year.\n\n"
        '"Iron Orchard" wraps filming after eight months\n\n'
        "The 16-episode drama is directed by Park Hye-won and written by Choi Yeon-joo."
    )
    doc = extract(text, published="2026-05-08")
    shows = {(c.show, c.kind) for c in doc.claims}
    assert ("The Ninth Bride", "filming") in shows and ("The Ninth Bride", "platform") in shows
    assert ("Iron Orchard", "episodes") in shows and ("Iron Orchard", "crew") in shows
    assert not {kind for show, kind in shows if show == "Moonlit Pharmacy"} & {"filming", "episodes", "crew"}


def test_a_mailbag_answer_is_about_the_show_its_question_names() -> None:
    from nextseason.extract import extract

    text = (
        "The Inside Line: Scoop on The Vanishing Hour, Cobalt Point, Little Mercies and More\n\n"
        "QUESTION: Any chance we'll see Gideon again on Cobalt Point? —Tom\n\n"
        "ANSWER: You are in luck. The CBS procedural has been renewed for a fifth season.\n\n"
        "QUESTION: How many episodes are we getting of Little Mercies season 2? —Jess\n\n"
        "ANSWER: Even fewer. The Apple TV dramedy's sophomore run consists of eight episodes."
    )
    doc = extract(text, published="2026-10-14")
    rows = {(c.show, c.season, c.kind) for c in doc.claims}
    assert ("Cobalt Point", 5, "renewed") in rows and ("Little Mercies", 2, "episodes") in rows
    assert ("Release Date", None, "platform") not in rows
    plain = extract("Kingdom Season 3: Release Date, Cast, Plot and Will Netflix Renew It?\n\nKingdom returns.\n")
    assert {s.title for s in plain.document.shows} == {"Kingdom"}


def test_capitals_headings_that_open_on_a_title() -> None:
    from nextseason.extract import extract

    text = (
        "AMC Renews 'Dry County' For Season 3; 'Blackwater Sound' Goes Ongoing\n\n"
        "DRY COUNTY: RENEWED\n\nAMC has renewed Dry County for a third season with an eight-episode order.\n\n"
        "BLACKWATER SOUND: FROM LIMITED TO ONGOING\n\nThe network has ordered a second season of the coastal "
        "mystery. No premiere date has been set for Season 2, which will shoot in Nova Scotia early next year.\n\n"
        "Blackwater Sound launched in February as a limited series.\n\n"
        "HARROW & VINE: DECISION PENDING\n\nThe AMC family drama Harrow & Vine wrapped its second season on May 19."
    )
    doc = extract(text, published="2024-06-12")
    rows = {(c.show, c.season, c.kind) for c in doc.claims}
    assert ("Blackwater Sound", 2, "no_premiere_date") in rows and ("Blackwater Sound", 2, "filming") in rows
    assert not {row for row in rows if row[0] == "Dry County" and row[2] in ("no_premiere_date", "filming")}


def test_british_commissions_and_an_ordinal_is_no_title() -> None:
    from nextseason.extract import extract

    text = (
        "Kestrel Bay to end after 14 series, BBC confirms\n\n"
        "Kestrel Bay will end after its current series. "
        "The 14th and final series will be broadcast on BBC One from Sunday 24 August. Its 13th series aired last "
        "autumn. Earlier this month BBC One recommissioned the legal drama Chambers & Co for a third series."
    )
    doc = extract(text, published="2025-06-17")
    rows = {(c.show, c.season, c.kind, c.value if isinstance(c.value, str) else None) for c in doc.claims}
    assert ("Kestrel Bay", 14, "premiere", "2025-08-24") in rows
    assert ("Chambers & Co", 3, "renewed", "2025-06") in rows and ("Chambers & Co", None, "platform", "BBC One") in rows
    assert {s.title for s in doc.document.shows} == {"Kestrel Bay", "Chambers & Co"}


def test_a_show_handed_an_order() -> None:
    body = (
        "This week CBS also handed legal drama The Calder Files a two-season pickup. "
        "The studio gave actress Mira Holt a role in the film."
    )
    assert set(_found(body)) == {"The Calder Files"}


def test_a_listicle_of_numbered_entries_with_fields() -> None:
    from nextseason.extract import extract

    text = (
        "10 Shows Returning in 2027 That We Can't Wait to Watch\n\nBelow are the returning series.\n\n"
        "1. Brightwater\n\nSeason: 3\nRelease date: January 22, 2027\nPlatform: Netflix\n\n"
        "The boarding-school thriller finally has a date.\n\n"
        "2. The Ninth Precinct\n\nSeason: 5\nRelease date: TBA\nPlatform: NBC\n\n"
        "NBC's long-running cop procedural was renewed for its fifth season back in April."
    )
    doc = extract(text, published="2026-11-20")
    rows = {(c.show, c.season, c.kind) for c in doc.claims}
    assert ("The Ninth Precinct", 5, "renewed") in rows and ("The Ninth Precinct", None, "platform") in rows
    assert not any(show == "Brightwater" and kind == "renewed" for show, _, kind in rows)


def test_a_verdict_in_capitals_opening_each_paragraph_opens_its_section() -> None:
    body = (
        "Upfront week is here, and the verdicts are in.\n\n"
        "Harbor Lane - RENEWED. ABC renewed the medical drama for a fourth season in March. Season 4 premieres Sept. 22.\n\n"
        "Quarry Road - CANCELED. ABC pulled the plug on the modern Western after two seasons.\n\n"
        "The Longshore - NEW. The network's big new drama, based on the novel by Dana Whit, will premiere this fall.\n\n"
        "Counsel Nine - NEW. Fox's legal thriller from creator Marcus Bell launches on Sept. 21."
    )
    rows = _roundup_rows(body)
    assert ("Harbor Lane", 4, "renewed", "2025-03") in rows
    assert ("Harbor Lane", 4, "premiere", "2025-09-22") in rows
    assert ("Quarry Road", None, "cancelled", None) in rows
    assert ("The Longshore", 1, "premiere", "2025-23") in rows
    assert ("Counsel Nine", 1, "premiere", "2025-09-21") in rows
    assert not any(row[0] == "Marcus Bell" for row in rows)


def test_a_verdict_in_lower_case_after_a_title_in_a_sentence_opens_no_section() -> None:
    rows = _roundup_rows("Fans of Harbor Lane - renewed. The network confirmed more episodes of Marlow Sands on Monday.")
    assert not any(row[0] == "Fans of Harbor Lane" for row in rows)


def test_numbered_entries_naming_their_season_or_a_new_show_open_sections() -> None:
    body = (
        "These series already have a date for next year.\n\n"
        "1. Marrow Lane Season 4\n\n"
        "The western is first out of the gate. It premieres January 10 on HBO.\n\n"
        "2. Atlas Fen (New Series)\n\n"
        "Prime Video's space opera premieres March 4. Tamsin Oke stars as Captain Lira Vale.\n\n"
        "3. The Salt Road, Season 2\n\n"
        "Peacock renewed its heist comedy in June."
    )
    rows = {row[:3] for row in _roundup_rows(body)}
    assert ("Marrow Lane", 4, "premiere") in rows
    assert ("Atlas Fen", 1, "premiere") in rows
    assert ("The Salt Road", 2, "renewed") in rows


def test_arrow_bulleted_entries_of_a_newsletter_are_sections() -> None:
    body = (
        "Happy Friday, screen people.\n\nRENEWALS\n\n"
        "► Brass Bands (Apple TV+)\nApple TV+ has renewed its workplace comedy for a third season.\n\n"
        "► Harbor Lane (CBS)\nCBS renewed its procedural for a fourth season."
    )
    rows = _roundup_rows(body)
    assert ("Brass Bands", 3, "renewed", None) in rows
    assert ("Harbor Lane", 4, "renewed", None) in rows
    assert not any(row[0].startswith("►") for row in rows)


def test_a_fact_box_and_a_dated_timeline_name_no_shows() -> None:
    body = (
        "Harbour Lights Season 2 at a glance\n\n- Status: Renewed\n- Release date: TBA\n- Episodes: 8\n\n"
        "Latest updates\n\n"
        "- September 14th, 2024 – During its livestream, Netflix confirmed that season 2 will premiere early next year.\n"
        "- January 22nd, 2024 – Netflix officially renewed Harbour Lights for a second season."
    )
    doc = extract(body, title="Is Harbour Lights Season 2 Renewed? Status and Release Date", published="2024-09-15", published_from="given")
    assert {s.title for s in doc.document.shows} == {"Harbour Lights"}
    assert ("Harbour Lights", 2, "renewed") in {(c.show, c.season, c.kind) for c in doc.claims}


def test_a_paragraph_under_an_other_news_heading_is_about_the_show_it_names() -> None:
    body = (
        "SVT has renewed Winter Quay for a third season.\n\nIn other Nordic news\n\n"
        "DR has greenlit a second season of its legal thriller Afterquake. Filming is set for the summer of 2027. "
        "Creator Mette Kjaer returns as showrunner."
    )
    doc = extract(body, title="SVT takes Winter Quay into third season", published="2026-11-18", published_from="given")
    rows = {(c.show, c.season, c.kind) for c in doc.claims}
    assert ("Afterquake", 2, "filming") in rows
    assert ("Afterquake", 2, "crew") in rows
    assert not any(show == "Winter Quay" and kind in ("filming", "crew") for show, _, kind in rows)


def test_numbered_titles_faq_answers_related_links_and_a_star_are_read_right() -> None:
    body = (
        "Meanwhile, SonyLIV's courtroom drama Adalat No. 9 returns with its second season on December 19.\n\n"
        "Also Read: Dhoop Ki Deewar Season 2 OTT Release Date: Here's When It Will Stream On ZEE5\n\n"
        "Q. Where will Harbour Lights Season 2 stream?\n\nA. Harbour Lights Season 2 will stream on Hulu.\n\n"
        "Season 1 star Wes Lindqvist is expected to return, though FX hasn't confirmed him yet."
    )
    doc = extract(body, title="Harbour Lights Season 2 Release Date", published="2026-12-03", published_from="given")
    assert {s.title for s in doc.document.shows} == {"Harbour Lights", "Adalat No. 9"}
    assert ("Adalat No. 9", 2, "premiere") in {(c.show, c.season, c.kind) for c in doc.claims}
    assert ("Harbour Lights", "platform", "Hulu") in {(c.show, c.kind, c.value) for c in doc.claims if c.kind == "platform"}


def test_the_person_quoted_after_a_speech_verb_is_no_show() -> None:
    found = _found('"We are thrilled to continue telling this story," said HBO\'s Francesca Orsi.')
    assert "Francesca Orsi" not in found


def test_a_trackers_dash_lines_open_sections_and_date_their_renewals() -> None:
    body = (
        "Every decision so far.\n\n"
        "Pale Harbor – Season 3 (renewed January 14, 2025)\n\n"
        "The spy thriller got its pickup two weeks after season 2 dropped. Production starts in Oslo in May.\n\n"
        "Iron Meadow – Cancelled after 2 seasons (March 27, 2025)\n\n"
        "The teen horror series ended on a cliffhanger.\n\n"
        "Gull Point – Season 1 premiered March 2, 2025\n\n"
        "The network hasn't renewed the modern Western yet.\n"
    )
    rows = _roundup_rows(body)
    assert ("Pale Harbor", 3, "renewed", "2025-01-14") in rows
    assert ("Pale Harbor", 3, "filming", "2025-05") in rows
    assert ("Iron Meadow", None, "cancelled", "2025-03-27") in rows
    assert ("Gull Point", 1, "premiere", "2025-03-02") in rows
    assert ("Gull Point", 2, "renewed", None) in rows
    assert not any(show.startswith("Bubble") for show, _, _, _ in rows)


def test_a_scorecards_capital_titles_over_verdict_labels_open_sections() -> None:
    body = (
        "Where every series stands.\n\n"
        "THE LONG DIVISION\nVerdict: Renewed for season three\n"
        "Apple handed the math drama a third season on Jan. 14.\n\n"
        "COPPER MOTEL\nVerdict: Canceled\n"
        "Apple pulled the plug on the neo-noir anthology on Feb. 3, after two seasons.\n"
    )
    rows = _roundup_rows(body)
    assert ("The Long Division", 3, "renewed", "2025-01-14") in rows
    assert ("Copper Motel", None, "cancelled", "2025-02-03") in rows
    assert not any(show.startswith("Bubble") for show, _, _, _ in rows)


def test_a_calendars_long_lines_undated_seasons_and_streaming_tails() -> None:
    body = (
        "Every premiere date so far.\n\n"
        "Sunday, Sept. 27\n\n"
        "- The Burrows (AMC) – Season 4 premiere (final season), 9/8c; streaming the same night on AMC+\n"
        "- Bone Yard (FX) – Season 3 premiere (two episodes), 10/9c; streaming next day on Hulu\n"
        "- Long Acre (Hulu) – Series premiere (all eight episodes)\n\n"
        "Midseason\n\n"
        "- Wolf Academy (NBC) – Season 2, midseason (TBA)\n"
        "- Osprey Bay (ABC) – Season 3, originally set for Tuesday, Sept. 22, now pushed to midseason (date TBA)\n"
    )
    rows = _roundup_rows(body)
    assert any(row[:3] == ("The Burrows", 4, "premiere") and str(row[3]).endswith("-09-27") for row in rows)  # (its weekday's year)
    assert {("Bone Yard", None, "platform", "FX"), ("Bone Yard", None, "platform", "Hulu")} <= rows
    assert ("Long Acre", 1, "episodes", None) in rows  # (an integer value: left out of the rows)
    assert ("Wolf Academy", 2, "no_premiere_date", None) in rows
    assert ("Osprey Bay", 3, "no_premiere_date", None) in rows
    denied = {(c.show, c.season, c.value) for c in _roundup(body) if c.kind == "premiere" and c.stance == "denied"}
    assert any(row[:2] == ("Osprey Bay", 3) and str(row[2]).endswith("-09-22") for row in denied)
    assert not any(kind == "cast" for _, _, kind, _ in rows)


def test_a_list_under_a_headline_naming_one_service_is_that_services() -> None:
    body = (
        "Every decision so far.\n\n"
        "Pale Harbor – Season 3 (renewed January 14, 2025)\n\n"
        "The spy thriller got its pickup two weeks after season 2 dropped.\n\n"
        "Iron Meadow – Cancelled after 2 seasons (March 27, 2025)\n\n"
        "The teen horror series ended on a cliffhanger.\n"
    )
    doc = extract(body, title="Netflix Renewals and Cancellations 2025", published="2025-04-10", published_from="given")
    platforms = {(c.show, c.value) for c in doc.claims if c.kind == "platform"}
    assert platforms == {("Pale Harbor", "Netflix"), ("Iron Meadow", "Netflix")}
    doc = extract(body, title="Renewals and Cancellations 2025", published="2025-04-10", published_from="given")
    assert not any(c.kind == "platform" for c in doc.claims)


def test_a_title_after_a_services_name_and_a_colon_is_a_show() -> None:
    found = _found("Another favourite is on its way back to BBC One: Larkspur Lane returns for its fifth series in November.")
    assert "Larkspur Lane" in found and "BBC One: Larkspur Lane" not in found


def test_a_genre_written_with_a_capital_before_the_title() -> None:
    assert "Cutwater Creek" in _found("Last week, the streamer renewed its frontier Western Cutwater Creek for a fourth season.")


def test_a_renewal_guess_under_a_trackers_line_is_for_the_season_to_come() -> None:
    body = (
        "Still waiting.\n\n"
        "Amber Field – Season 2 premiered October 2, 2024\n\n"
        "The thriller's second season has only been out for seven weeks. Insiders expect a renewal.\n\n"
        "King Road – Season 3 premiered June 11, 2024\n\n"
        "It has been five months and there has been no word.\n"
    )
    rows = {(c.show, c.season, c.kind, c.stance) for c in _roundup(body)}
    assert ("Amber Field", 3, "renewed", "speculated") in rows


def test_a_monthly_listing_dated_lines_new_shows_and_films() -> None:
    body = (
        "Here is what is coming next month.\n\n"
        "March 5: Glass Jaw (Hulu Original Film)\n\nA boxing drama that premiered at Sundance.\n\n"
        "March 9: Kitsune Relay, Season 2\n\nThe cult anime returns with its second season.\n\n"
        "March 13: Grey Ling (Hulu Original)\n\nHulu's new mystery series Grey Ling premieres with all six episodes.\n\n"
        "March 20: A Stray Christmas (Hulu)\n\nA holiday special from the team behind the sitcom.\n"
    )
    rows = _roundup_rows(body)
    assert not any(show == "Glass Jaw" for show, _, _, _ in rows)
    assert any(row[:3] == ("Kitsune Relay", 2, "premiere") for row in rows)
    assert any(row[:3] == ("Grey Ling", 1, "premiere") for row in rows)
    assert any(row[:3] == ("A Stray Christmas", None, "premiere") for row in rows)


def test_a_tabloid_headline_and_a_given_name_are_no_other_shows() -> None:
    title = "GULL ROCK SHOCK: Ada Penhale QUITS ITV hit before series three"
    body = (
        "GULL Rock star Ada Penhale has quit the ITV drama ahead of the new series.\n\n"
        "A source said: \"Ada dropped the bombshell at the wrap party for series two. They built the whole of series three around her.\"\n\n"
        "He will be back as Tom Ashdown in series three.\n\n"
        "Gull Rock will return to ITV1 next year."
    )
    doc = _article(title, body, "2026-11-22")
    assert [s.title for s in doc.document.shows] == ["Gull Rock"]
    assert ("Gull Rock", 3, "premiere") in {(c.show, c.season, c.kind) for c in doc.claims}


def test_listing_lines_with_air_times_and_a_line_opening_a_paragraph_take_the_date_heading_above() -> None:
    body = (
        "Every fall premiere date so far.\n\n"
        "Monday, Sept. 1\n\n"
        "Night Ferry (Netflix) — Series premiere, all eight episodes. The thriller is Netflix's big play.\n\n"
        "Monday, Sept. 22\n\n"
        "8/7c: Harbor Nine (NBC) — Season 6 premiere\n\n"
        "9/8c: The Cartwright Rule (CBS) — Season 4 premiere\n\n"
        "10/9c: Ember County (Fox) — Season 3 premiere"
    )
    got = {(c.show, c.season, c.value) for c in _roundup(body, "Fall 2025 TV Premiere Dates") if c.kind == "premiere"}
    assert got == {
        ("Night Ferry", 1, "2025-09-01"),
        ("Harbor Nine", 6, "2025-09-22"),
        ("The Cartwright Rule", 4, "2025-09-22"),
        ("Ember County", 3, "2025-09-22"),
    }


def test_a_heading_giving_a_window_and_no_date_yet_dates_its_lines_both_ways() -> None:
    body = (
        "Every fall premiere date so far.\n\n"
        "Monday, Sept. 22\n\n"
        "Harbor Nine (NBC) — Season 6 premiere\n\n"
        "Coming This Fall, Dates TBA\n\n"
        "Kettle & Crane (Fox) — Season 2\n\n"
        "Bellwether (NBC) — Series premiere"
    )
    got = {(c.show, c.season, c.kind, c.value) for c in _roundup(body, "Fall 2025 TV Premiere Dates") if c.kind in ("premiere", "no_premiere_date")}
    assert {
        ("Kettle & Crane", 2, "premiere", "2025-23"),
        ("Kettle & Crane", 2, "no_premiere_date", None),
        ("Bellwether", 1, "premiere", "2025-23"),
        ("Bellwether", 1, "no_premiere_date", None),
    } <= got


def test_an_upfront_slate_of_run_in_titles_under_standing_headings() -> None:
    body = (
        "Here is where every series stands.\n\n"
        "Renewed\n\n"
        "Firebreak (season 6): The firefighter drama will again receive a full 22-episode order.\n\n"
        "The Pemberton Den (seasons 9 and 10): The cartoon keeps its Sunday slot.\n\n"
        "Canceled\n\n"
        "Ironclad: The freshman military drama ends after one season.\n\n"
        "New Series\n\n"
        "Tallboys (comedy): The multicam is slated for early 2026."
    )
    got = _roundup(body, "Fox Sets 2025-26 Schedule: Three New Series Ordered")
    rows = {(c.show, c.season, c.kind) for c in got}
    assert {
        ("Firebreak", 6, "renewed"),
        ("Firebreak", 6, "episodes"),
        ("The Pemberton Den", 9, "renewed"),
        ("The Pemberton Den", 10, "renewed"),
        ("Ironclad", None, "cancelled"),
        ("Tallboys", 1, "premiere"),
    } <= rows
    assert not any(kind == "cancelled" and show != "Ironclad" for show, _, kind in rows)


def test_a_transcripts_speaker_labels_open_no_sections() -> None:
    body = (
        "Jess: Will there be a season 3 of Wishbone?\n\n"
        "Talia: Season 3 is ten episodes.\n\n"
        "Marco: And the premiere?"
    )
    got = _roundup(body, "Wishbone Season 3: The Podcast")
    assert not {c.show for c in got} & {"Jess", "Talia", "Marco"}


def test_a_fact_box_line_is_no_show_and_its_service_no_alias() -> None:
    body = (
        "Moonlit Harbor, which premiered on FX in the spring of 2024, was a show of great pieces.\n\n"
        "Moonlit Harbor Season 2\n\nNetwork: FX (streams next day on Hulu)\n\nPremiere: Wednesday, Sept. 24"
    )
    doc = extract(body, title="Moonlit Harbor Season 2 Review", published="2025-09-18", published_from="given")
    assert [s.title for s in doc.document.shows] == ["Moonlit Harbor"]
    assert ("Moonlit Harbor", "FX") in {(c.show, c.value) for c in doc.claims if c.kind == "platform"}


def test_a_press_releases_deck_lines_open_no_section_for_the_second_show() -> None:
    title = "Paramount+ Renews GULL ROCK for Season Three"
    body = (
        "Legal Drama Is the Service's Most-Watched Original Drama Launch of the Year\n\n"
        "SABLE POINT Returns With Its Eight-Episode Second Season Thursday, April 22\n\n"
        "LOS ANGELES, March 3, 2027 – Paramount+ today announced that its original legal drama GULL ROCK has been renewed "
        "for a third season, ahead of the season two finale on Thursday, March 18, exclusively on Paramount+.\n\n"
        "The first season, which premiered in October 2025, consisted of 10 episodes.\n\n"
        "SABLE POINT Season Two\n\n"
        "Paramount+ also announced today that the second season of SABLE POINT will premiere Thursday, April 22."
    )
    doc = _article(title, body, "2027-03-03")
    rows = {(c.show, c.season, c.kind) for c in doc.claims}
    assert ("GULL ROCK", 1, "episodes") in rows
    assert ("SABLE POINT", 2, "premiere") in rows


def test_a_briefs_capital_label_and_a_trailing_date_are_no_part_of_a_title() -> None:
    body = (
        "DATED — Apple TV+ will premiere the second season of Greyfield on Aug. 8.\n\n"
        "ENDING — AMC’s Midnight Clerks will end with its fifth season, which premieres in October."
    )
    doc = extract(body, title="TV Briefs: Dates, Endings and Deals", published="2025-06-12", published_from="given")
    shows = {c.show for c in doc.claims}
    assert {"Greyfield", "Midnight Clerks"} <= shows
    assert not any("Aug" in show or "ENDING" in show for show in shows)


def test_a_title_released_abroad_under_another_name_is_one_show() -> None:
    title = "Hijos del mar Season 2: Netflix Renews Mexican Thriller"
    body = (
        "Good news for fans of Hijos del mar: Netflix’s Mexican mystery thriller, released in English-speaking markets "
        "as Children of the Sea, is coming back for a second season.\n\n"
        "Ximena Robledo will return as Valeria Cruz. Children of the Sea premiered in 2024."
    )
    doc = _article(title, body, "2025-02-14")
    assert [s.title for s in doc.document.shows] == ["Hijos del mar"]
    assert "Children of the Sea" in doc.document.shows[0].aliases


def test_an_opening_conjunction_is_no_title_and_an_indian_service_is_a_platform() -> None:
    body = (
        "Unless season 2 is already shooting, a release in the first half of 2026 is a stretch.\n\n"
        "So no, filming has not started. Harbour Lights season 2 will stream on JioHotstar."
    )
    doc = extract(body, title="Harbour Lights Season 2 Release Date", published="2025-06-01", published_from="given")
    assert {s.title for s in doc.document.shows} == {"Harbour Lights"}
    rows = {(c.kind, c.value, c.stance) for c in doc.claims if c.kind in ("platform", "filming")}
    assert ("platform", "JioHotstar", "asserted") in rows
    assert ("filming", None, "denied") in rows


def test_season_n_of_a_described_show_names_another_show() -> None:
    body = (
        "Harbour Lights Season 3 is all set to stream from 20th June 2027 on JioHotstar.\n\n"
        "Apart from Harbour Lights, JioHotstar has confirmed that Season 2 of the rural drama Lal Pathar will stream from August."
    )
    doc = extract(body, title="Harbour Lights Season 3 Release Date", published="2027-05-10", published_from="given")
    assert ("Lal Pathar", 2, "2027-08") in {(c.show, c.season, c.value) for c in doc.claims if c.kind == "premiere"}


def test_a_weekly_listings_lines_with_episode_ranges_long_tails_and_a_streaming_clause() -> None:
    body = (
        "Here is everything hitting the two services next week, day by day.\n\n"
        "Tuesday, Sept. 30\n\n"
        "- Dockside: Season 4, episodes 1–3 (Hulu) — The Baltimore port drama returns with a three-episode premiere, "
        "followed by new episodes weekly. Hulu already renewed the series for a fifth season back in June.\n\n"
        "Thursday, Oct. 2\n\n"
        "- Brinewater: Season 3 premiere (FX, 10 p.m. ET; streams the next day on Hulu) — The coastal horror drama is back.\n\n"
        "Friday, Oct. 3\n\n"
        "- The Chalk Line (Hulu) — A three-part docuseries about the hopscotch cheating scandal that rocked a 1990s Ohio "
        "school district. Yes, really."
    )
    got = {(c.show, c.season, c.kind, c.value) for c in _roundup(body, "New on Hulu next week (Sept. 29 – Oct. 5)")}
    assert {
        ("Dockside", 4, "premiere", "2025-09-30"),
        ("Brinewater", 3, "premiere", "2025-10-02"),
        ("Brinewater", None, "platform", "FX"),
        ("Brinewater", None, "platform", "Hulu"),
        ("The Chalk Line", None, "platform", "Hulu"),
    } <= got
    assert not any(show == "Dockside" and kind == "renewed" and season == 4 for show, season, kind, _ in got)


def test_a_casting_roundups_items_each_keep_their_show() -> None:
    title = "Anika Prewitt Joins 'Meridian General'; Daveed Roth-Castillo Recurs On 'Ember County'"
    body = (
        "EXCLUSIVE: Anika Prewitt has been tapped as a series regular for the upcoming third season of ABC's medical "
        "drama Meridian General. She'll play Dr. Hollis Vane, a trauma surgeon.\n\n"
        "EXCLUSIVE: Daveed Roth-Castillo (The Long Fall) is set for a recurring role in the second season of Peacock's "
        "thriller Ember County. Roth-Castillo will play Father Luis Arrieta, a parish priest.\n\n"
        "Roth-Castillo, who recently wrapped The Long Fall, is repped by Innovative Artists."
    )
    doc = _article(title, body, "2025-04-09")
    rows = {(c.show, c.value["person"], c.value["character"]) for c in doc.claims if c.kind == "cast"}  # type: ignore[index]
    assert ("Ember County", "Daveed Roth-Castillo", "Father Luis Arrieta") in rows
    assert "Daveed Roth-Castillo" not in {s.title for s in doc.document.shows}


def test_a_trackers_lines_worded_freely_and_its_cancellations_take_the_dates_in_brackets() -> None:
    body = (
        "We're keeping track of every series the streamer has renewed or canceled.\n\n"
        "RENEWED\n\n"
        "- Mirror Lake Motel – Renewed for season 3 (Jan. 8)\n"
        "- Half-Moon Saloon – The adult animated comedy got a second season (Feb. 11)\n"
        "- Glasswing – Renewed for season 2 (Feb. 20)\n\n"
        "CANCELED\n\n"
        "- Marlowe & Finch – Canceled (March 3)\n"
        "- Zero Hour Kitchen – Season 3 was canceled before it ever aired (May 9)"
    )
    got = {(c.show, c.season, c.kind, c.value) for c in _roundup(body, "Netflix Renewals and Cancellations 2025")}
    assert {
        ("Half-Moon Saloon", 2, "renewed", "2025-02-11"),
        ("Marlowe & Finch", None, "cancelled", "2025-03-03"),
        ("Zero Hour Kitchen", 3, "cancelled", "2025-05-09"),
    } <= got


def test_the_outlet_that_learned_the_news_is_no_show() -> None:
    body = "FX has ordered a second season of the maritime thriller, The Trade Sheet has learned exclusively."
    doc = extract(body, title="The Salt Meridian Renewed for Season 2 at FX", published="2025-03-12", published_from="given")
    assert {s.title for s in doc.document.shows} == {"The Salt Meridian"}
    assert ("The Salt Meridian", 2, "renewed") in {(c.show, c.season, c.kind) for c in doc.claims}


def test_a_remake_and_an_appositive_title_are_other_shows() -> None:
    body = (
        "Harbour Lights has been remade in Tamil as Nila Thuraimugam, which premiered last September. "
        "Meanwhile, the studio's other small-town favourite, Copper Kettle, returned for a fourth season last June."
    )
    assert set(_found(body)) == {"Nila Thuraimugam", "Copper Kettle"}


def test_a_seasons_subtitle_is_no_show() -> None:
    body = 'Season 2, subtitled "VS. U-20 JAPAN," aired from October 5 to December 28, 2024, and had 14 episodes.'
    assert _found(body) == {}


def test_one_stray_listing_line_does_not_make_a_roundup() -> None:
    title = "Harbour Lights Season 2: Everything We Know"
    body = (
        f"{title}\n\nNetflix renewed Harbour Lights for a second season in March 2024.\n\n"
        "Expected back:\n\n- Ada Brook (Peacock Ridge)\n- Tom Vale (Eleven)"
    )
    doc = extract(body, title=title, published="2024-05-01")
    assert ("Harbour Lights", 2, "renewed") in {(c.show, c.season, c.kind) for c in doc.claims}


def test_a_lead_season_of_the_parent_show_is_not_the_prequels() -> None:
    from nextseason.extract.target import lead_season

    title = "Harbour Lights: 1926 — Everything We Know"
    body = (
        f"{title}\n\nWhile the flagship drama Harbour Lights prepares for its fourth season, the network is already "
        "deep into production on a prequel, Harbour Lights: 1926, which follows the founders."
    )
    index = ShowIndex("Harbour Lights: 1926", [])
    index.add("Harbour Lights", "Harbour Lights")
    assert lead_season(sentences(body), title, index) != 4
    main_only = ShowIndex("Harbour Lights: 1926", [])
    assert lead_season(sentences(body.replace("the flagship drama Harbour Lights", "the drama")), title, main_only) == 4


def test_a_title_getting_an_adaptation_is_another_show() -> None:
    body = "In other drama news, Naver Webtoon's supernatural hit \"Ghost Courier\" is also getting a live-action adaptation."
    assert set(_found(body)) == {"Ghost Courier"}


def test_a_title_after_a_preposition_and_a_franchise_before_a_colon() -> None:
    body = (
        "Unlike Brightfall, which Hulu renewed for a second season in May, Harbour Lights ends here. "
        "Star Trail: Night Shift, starring Ada Quill, is still set to debut on Hulu in December."
    )
    assert set(_found(body)) == {"Brightfall", "Star Trail: Night Shift"}


def test_a_given_name_before_a_bracket_of_credits_is_a_persons() -> None:
    body = (
        'Dana Whitcombe ("Glass Harbor," "Ninefold") has been tapped as showrunner. '
        "If Dana gets us to a third season, I'll owe her a boat."
    )
    assert "Dana" not in _found(body)


def test_a_show_named_after_its_hero_and_a_title_after_a_parts_colon() -> None:
    body = (
        "The second and final season of Corvan, with Ada Quill back as Tomas Corvan, arrives next April. "
        "Bo Lee will be back soon enough as Min-ho: Glass Orchard season 2 drops on Hulu on June 6."
    )
    assert set(_found(body)) == {"Corvan", "Glass Orchard"}


def test_a_possessive_title_before_a_described_season() -> None:
    body = "In other news, the network confirmed that Brightfall's long-delayed third season will premiere in April."
    assert set(_found(body)) == {"Brightfall"}


def test_a_players_part_after_and_is_no_show() -> None:
    body = "Ada Quill's Mara Vance and Bo Lee-Grant's Stormcaller are set for one last showdown."
    assert "Stormcaller" not in " ".join(_found(body))


def test_will_after_a_lower_case_word_is_a_given_name_in_a_title() -> None:
    body = "Harbour Lights is back. The network also renewed the crime drama Will Tanner for a fourth season on Tuesday."
    assert set(_found(body)) == {"Will Tanner"}


def test_a_title_joined_by_a_lower_case_x() -> None:
    body = "Harbour Lights returns in June. Hulu also has Cat x Mouse season 3 arriving on October 4."
    assert set(_found(body)) == {"Cat x Mouse"}


def test_the_work_a_season_adapts_is_no_show() -> None:
    body = "Series 5, which adapts Ada Quill's Salt Gate, premiered on 24 September."
    assert "Salt Gate" not in _found(body)


def test_a_spinoff_introduced_as_such_or_as_the_object_of_a_release_date() -> None:
    assert set(_found("Salt Rising is a prequel spinoff set in the 1950s. Ada Quill stars.")) == {"Salt Rising"}
    assert set(_found("Hulu has not set a release date for Salt Rising, and it is unlikely soon.")) == {"Salt Rising"}


def test_a_spinoff_named_after_a_characters_surname() -> None:
    body = "Hulu has also ordered Varga, a spinoff series starring Ada Quill as Frances Varga."
    assert "Varga" in _found(body)


def test_a_phrase_after_and_that_ends_on_a_preposition_joins_no_list() -> None:
    body = (
        '"We are proud of Harbour Lights and grateful to J.T. Okoro, our partners and the crew," a spokesperson said. '
        "Netflix renewed Copper Valley and its drama Glass Orchard."
    )
    assert set(_found(body)) == {"Copper Valley", "Glass Orchard"}


def test_a_readers_imperative_opening_a_sentence_is_no_title() -> None:
    assert "Expect" not in _found("CBS renewed Harbour Lights on Nov. 20. Expect Season 3 back next fall.")


def test_a_title_that_describes_another_show_is_no_subject() -> None:
    doc = extract(
        "Harbour Lights renewed\n\nNetflix cancelled Glass Orchard in 2024. "
        "The Glass Orchard successor, which premiered Oct. 17, landed a second-season order this month.",
        title="Harbour Lights renewed for season 2",
        published="2025-12-12",
    )
    rows = {(c.show, c.season, c.kind) for c in doc.claims if c.kind in ("renewed", "premiere")}
    assert {("Harbour Lights", 2, "renewed"), ("Harbour Lights", 1, "premiere")} <= rows
    assert not {row for row in rows if row[0] == "Glass Orchard"}


def test_a_headlines_shouted_label_is_no_title() -> None:
    body = (
        "Harbour Lights 3 release date OUT: Ravi Menon's Srikant Rao returns on November 21; Ada Quill, Bo Lee join the madness"
        "\n\nHarbour Lights is back."
    )
    assert not any(title.startswith("OUT") for title in _found(body))


def test_an_opening_clause_about_a_season_keeps_the_show_in_hand() -> None:
    doc = extract(
        "Harbour Lights season 3\n\nNetflix renewed Glass Orchard for a second season last week. "
        "Harbour Lights came back with a second season in June 2021. "
        "A third season was confirmed later in 2021, soon after the second one ended, but the duo first had Glass Orchard to finish.",
        title="Harbour Lights season 3 release date",
        published="2025-11-05",
    )
    renewals = {(c.show, c.season, c.value) for c in doc.claims if c.kind == "renewed"}
    assert ("Harbour Lights", 3, "2021") in renewals and ("Glass Orchard", 3, "2021") not in renewals


def test_a_quoted_title_with_a_comma() -> None:
    body = 'In other news, the upcoming fantasy drama "Lantern, Light the Way" will premiere on October 3.'
    assert "Lantern, Light the Way" in _found(body)


def test_a_title_in_apposition_to_a_service_s_series() -> None:
    body = (
        "Harbour Lights returns in June. Tide Clock: A Harbour Lights Story, Netflix's prequel limited series that "
        "premiered in May 2023 with Ada Quill as the young Mara Vance, is not getting a second season."
    )
    assert "Tide Clock: A Harbour Lights Story" in _found(body)


def test_a_season_subtitle_after_the_main_title_is_the_main_show() -> None:
    body = (
        "Harbour Lights season 3, officially titled Harbour Lights: The Long Tide Part 1, premieres on January 8. "
        "The Long Tide finally has a window. Harbour Lights: Tales From the Pier, a spinoff, was ordered by Netflix."
    )
    index = ShowIndex("Harbour Lights", [])
    discover_other_shows(sentences(body), index)
    assert index.show_of_key("thelongtide") == "Harbour Lights"
    assert "The Long Tide" not in index.aliases
    assert index.show_of_key("talesfromthepier") is None  # (a spinoff's subtitle is no name of the show)


def test_a_show_a_player_headlined_is_a_credit() -> None:
    body = "Harbour Lights returns in June. Ada Quill, who most recently headlined MBC's Tide Clock 1958, is back."
    assert "Tide Clock 1958" not in _found(body)
    assert "Copper Valley" in _found("Harbour Lights returns in June. MBC's Copper Valley premiered in April.")


def test_a_book_adapted_or_based_on_is_no_show() -> None:
    body = "Harbour Lights returns. The fifth season, adapted from Tide Rules, the fifth of Ada Quill's novels, premiered on May 2."
    assert "Tide Rules" not in _found(body)


def test_a_show_due_back_one_whose_final_season_begins_and_a_possessive_season_with_a_relative() -> None:
    body = (
        "Harbour Lights returns in June. Elsewhere, Copper Valley begins its fifth and final season on May 2. "
        "Glass Orchard is due back for its fourth season in 2026. "
        "Moon Relay's second season, which premiered in July, is still airing."
    )
    assert set(_found(body)) == {"Copper Valley", "Glass Orchard", "Moon Relay"}
    doc = extract("Harbour Lights Season 3: Everything We Know\n\n" + body, published="2025-09-01", published_from="given")
    premieres = {(c.show, c.season, c.value) for c in doc.claims if c.kind == "premiere"}
    assert {("Copper Valley", 5, "2026-05-02"), ("Glass Orchard", 4, "2026"), ("Moon Relay", 2, "2025-07")} <= premieres


def test_a_slashed_title_an_opening_word_described_as_a_show_and_a_credit_s_own_news() -> None:
    body = (
        "Harbour Lights returns in June. Before this, Ada Pike made the cult BBC thriller Coast/Line, which was "
        "cancelled after a single season in 2020. Drifting, another of the streamer's comedies, was only renewed "
        "for a third season last October."
    )
    assert set(_found(body)) == {"Coast/Line", "Drifting"}
    doc = extract("Harbour Lights Season 3: Everything We Know\n\n" + body, published="2025-02-14", published_from="given")
    rows = {(c.show, c.season, c.kind, c.value) for c in doc.claims}
    assert {("Coast/Line", None, "cancelled", "2020"), ("Drifting", 3, "renewed", "2024-10")} <= rows


def test_a_service_after_a_title_is_not_part_of_it() -> None:
    from nextseason.extract.others import _candidates

    titles = [title for title, _start, _end in _candidates("The pair previously created Coast Line for HBO, which ran long.")]
    assert "Coast Line" in titles and "Coast Line for HBO" not in titles


def test_a_series_named_after_is_with_a_genre_appositive_and_an_animated_object() -> None:
    body = (
        "Harbour Lights season 3 is not happening. The next series on the schedule is Coast Line, the sailing "
        "drama starring Ada Pike as Robin Penhale. It is set to premiere on HBO in August 2026. HBO also renewed "
        "the animated Moon Relay for a second season in May."
    )
    assert set(_found(body)) == {"Coast Line", "Moon Relay"}
    doc = extract("Harbour Lights Season 3: Everything We Know\n\n" + body, published="2025-10-16", published_from="given")
    rows = {(c.show, c.season, c.kind, str(c.value)) for c in doc.claims}
    assert ("Coast Line", 1, "premiere", "2026-08") in rows and ("Moon Relay", 2, "renewed", "2025-05") in rows
    assert not any(show == "Harbour Lights" and kind == "premiere" for show, _s, kind, _v in rows)


def test_the_part_before_the_colon_given_a_season_is_the_main_shows_short_name() -> None:
    title = "Salt Road: Keepers on Call Season 2"
    body = "Salt Road: Keepers on Call was a hit. Salt Road season 2 is expected on Netflix in 2027."
    doc = extract(f"{title}\n\n{body}", title=title, published="2026-05-01")
    assert {c.show for c in doc.claims} == {"Salt Road: Keepers on Call"}
    assert any(c.kind == "premiere" and c.season == 2 for c in doc.claims)
    # a franchise before the colon, never given a season of its own, stays apart
    body = "Star Fleet: The Lantern was a hit. Star Fleet began as a film series in 1990."
    doc = extract(f"Star Fleet: The Lantern Season 2\n\n{body}", title="Star Fleet: The Lantern Season 2", published="2026-05-01")
    assert "Star Fleet" not in [a for s in doc.document.shows for a in s.aliases]


def test_an_owners_name_before_the_genre_still_makes_the_title_news() -> None:
    body = "In the meantime, Paramount+ renewed Sheridan's oil drama Landfall for a second season in January."
    doc = extract(f"Harbour Lights Season 3\n\n{body}", title="Harbour Lights Season 3", published="2025-04-08")
    got = {(c.show, c.season, c.kind, c.value) for c in doc.claims}
    assert ("Landfall", 2, "renewed", "2025-01") in got
    assert not any(c.show == "Harbour Lights" and c.kind == "renewed" for c in doc.claims)


def test_another_work_of_the_slate_is_a_show_and_the_genre_noun_after_it_is_that_show() -> None:
    body = (
        "Harbour Lights will return for a second season, Disney+ announced on Wednesday. The showcase also "
        'spotlighted "Salt Lantern," another Ada Quill project, adapted from her novel. The horror-mystery, '
        "directed by Bram Telford, premieres on Disney+ on Dec. 4 with eight episodes. It stars Ines Moro."
    )
    assert set(_found(body)) == {"Salt Lantern"}
    title = "Harbour Lights Season 2 Confirmed"
    doc = extract(f"{title}\n\n{body}", title=title, published="2024-11-21")
    found = {(c.show, c.season, c.kind, str(c.value)) for c in doc.claims}
    assert ("Salt Lantern", 1, "premiere", "2024-12-04") in found
    assert ("Salt Lantern", None, "cast", str({"person": "Ines Moro", "character": None})) in found
    assert not any(show == "Harbour Lights" and kind in ("premiere", "cast") for show, _, kind, _ in found)


def test_a_surname_the_article_writes_after_a_possessive_full_name_is_no_title() -> None:
    body = (
        "Harbour Lights returns in June. As for Foggy, Bram Telford's Dan Mercer was killed off in the "
        "season 1 premiere, so Telford is not expected to return for season 2."
    )
    assert _found(body) == {}


def test_a_title_opening_on_a_pronoun_keeps_it_and_kicking_off_a_season_is_news() -> None:
    body = (
        "Harbour Lights returns in June. October is stacked. My Lantern Academy kicks off its eighth and "
        "final season on October 4, and Your Honour Club season 3 also returns in October."
    )
    assert set(_found(body)) == {"My Lantern Academy", "Your Honour Club"}


def test_a_title_followed_by_itself_and_a_news_verb_is_news() -> None:
    body = "Harbour Lights returns in June. Copper Valley itself returned with a third season on Netflix in June 2024."
    assert set(_found(body)) == {"Copper Valley"}


def test_a_place_before_an_event_noun_is_no_show() -> None:
    found = _found("Ada Quill told reporters at the show's London premiere that it was over. Its Tokyo launch came later.")
    assert "London" not in found and "Tokyo" not in found


def test_a_show_that_ended_its_run_is_looked_back_on_in_its_last_season() -> None:
    from nextseason.extract.target import lead_season

    title = "Harbour Lights Is Over. What Comes Next?"
    body = (
        f"{title}\n\nThe drama ended its two-season run last month. Here is where things stand on a third season.\n\n"
        "Will there be a season 3? No."
    )
    assert lead_season(sentences(body), title, ShowIndex("Harbour Lights", [])) == 2


def test_a_seasons_own_title_in_apposition_is_no_show_and_its_show_is() -> None:
    found = _found("Meanwhile, Copper Valley's third season, The Long Wake, premieres in January 2026.")
    assert "Copper Valley" in found and "The Long Wake" not in found


def test_a_title_in_the_hands_of_whose_season_premiered_is_a_show() -> None:
    found = _found(
        "The news leaves the streamer's fantasy slate in the hands of Copper Valley, whose second season "
        "premiered last August."
    )
    assert "Copper Valley" in found


def test_the_story_a_season_covers_is_no_show() -> None:
    found = _found("And Copper Valley season 3, covering the Long Wake, arrives in January 2026.")
    assert "Long Wake" not in found and "Copper Valley" in found


def test_a_word_after_a_heading_is_no_surname_of_the_headings_last_word() -> None:
    body = "Harbour Lights Season 2: Everything We Know\n\nCopperfall returns for its third season on October 16."
    assert "Copperfall" in _found(body)


def test_a_subject_keeps_its_claim_past_an_appositive_with_an_abbreviation() -> None:
    title = "Harbour Lights Season 2: Everything We Know"
    body = (
        f"{title}\n\nCopperfall, the spin-off that now follows Harbour Lights on Thursdays at 10 p.m., returns for its "
        "third season on Thursday, October 16."
    )
    doc = extract(body, title=title, published="2025-07-15")
    assert {(c.show, c.season, c.value) for c in doc.claims if c.kind == "premiere"} == {("Copperfall", 3, "2025-10-16")}


def test_a_year_that_titles_a_show_before_its_season() -> None:
    title = "Harbour Lights Season 4"
    body = f"{title}\n\nCopperfall was renewed in January, and 1923's second season premiered on February 23."
    doc = extract(body, title=title, published="2025-04-22")
    assert ("1923", 2, "2025-02-23") in {(c.show, c.season, c.value) for c in doc.claims if c.kind == "premiere"}


def test_a_title_after_prequel_series_is_a_show() -> None:
    found = _found("Ada Quill is preparing to reprise her part in the prequel series Copper Rising, which starts shooting soon.")
    assert "Copper Rising" in found


def test_a_part_voiced_inside_an_appositive_is_no_show() -> None:
    found = _found(
        "Copper Valley returns in January, and Salt Road: The Legend of Mara Vey, with Ada Quill voicing Mara Vey, "
        "premiered last month."
    )
    assert "Mara Vey" not in found


def test_a_numbered_title_names_no_season_far_past_those_the_text_writes() -> None:
    text = (
        "Harbour Lights Season 3: Everything We Know\n\nHarbour Lights season 3 is coming. "
        "Ada Quill is back as Mira Vance, the last resident of Harbour Lights 17."
    )
    doc = extract(text, title="Harbour Lights Season 3: Everything We Know", published="2025-01-01", published_from="given")
    seasons = {c.season for c in doc.claims if c.kind == "cast"}
    assert seasons == {3}
    numbered = "Harbour Lights 2: Everything We Know\n\nThe first season ended in 2023. Harbour Lights 2 premieres on May 3, 2025."
    doc = extract(numbered, title="Harbour Lights 2: Everything We Know", published="2025-01-01", published_from="given")
    assert {(c.season, c.value) for c in doc.claims if c.kind == "premiere"} == {(2, "2025-05-03")}


def test_a_title_after_said_is_a_show_when_its_season_follows() -> None:
    body = "At the event, the streamer confirmed that Night Desk will return for a second season, and said Panchayat season 4 will arrive in July."
    doc = _article("Harbour Lights Season 3: Everything We Know", body, "2025-03-20")
    assert ("Panchayat", 4, "premiere", "2025-07") in {(c.show, c.season, c.kind, c.value) for c in doc.claims}


def test_a_known_shows_subtitle_alone_is_that_show() -> None:
    body = "Dexter: Resurrection wrapped its first season in September. As of this writing, Paramount+ has not renewed Resurrection for a second season."
    doc = _article("Dexter: Resurrection Season 2: Everything We Know", body, "2025-09-10")
    assert [s.title for s in doc.document.shows] == ["Dexter: Resurrection"]
    assert ("Dexter: Resurrection", 2, "renewed", "denied") in {(c.show, c.season, c.kind, c.stance) for c in doc.claims}


@pytest.mark.parametrize(
    "body",
    [
        "On the guest front, Nigel (John Hartman) is set to return.",
        "The team has repeatedly said the story of Alison and Mike is finished, and no sixth season is coming.",
    ],
)
def test_a_part_with_its_player_in_brackets_and_a_story_of_two_people_are_no_shows(body: str) -> None:
    doc = _article("Harbour Lights Season 5: Everything We Know", body, "2025-08-20")
    assert [s.title for s in doc.document.shows] == ["Harbour Lights"]


def test_a_heading_that_names_a_spin_off_with_the_franchise_prefix_opens_its_section() -> None:
    text = (
        "Harbour Lights Season 8: Everything We Know\n\n"
        "The saga is nearly over, but the prequel Tide Keepers arrives this summer.\n\n"
        "Harbour Lights season 8 cast\n\nAda Quill returns as Mira Vance.\n\n"
        "Harbour Lights: Tide Keepers – release date and cast\n\nTide Keepers premieres on August 8.\n\n"
        "The main cast:\n\nBo Lee-Grant as Tom Hale\nCy Dunn as Jin Park\n"
    )
    doc = extract(text, title="Harbour Lights Season 8: Everything We Know", published="2025-06-10", published_from="given")
    shows = {c.value["person"]: c.show for c in doc.claims if c.kind == "cast" and isinstance(c.value, dict)}
    assert shows == {"Ada Quill": "Harbour Lights", "Bo Lee-Grant": "Tide Keepers", "Cy Dunn": "Tide Keepers"}


def test_a_spin_off_sharing_the_shows_last_word_is_no_person_called_by_surname() -> None:
    title = "Fire Lake Season 4: Premiere Date and How Sheriff Lake Fits In"
    body = (
        "Fire Lake season 4 premieres on October 17. The show makes room for its new spin-off, Sheriff Lake. "
        "Fire Lake remains the anchor of the night.\n\n"
        "CBS ordered Sheriff Lake straight to series in March. Sheriff Lake premieres on October 17 on CBS."
    )
    doc = _article(title, body, "2025-09-12")
    assert ("Sheriff Lake", 1, "premiere", "2025-10-17") in {(c.show, c.season, c.kind, c.value) for c in doc.claims}


def test_the_first_word_of_a_known_title_alone_is_that_show() -> None:
    body = "ABC renewed Moonfall Elementary for a fifth season. Moonfall premiered on December 7, 2021, and has grown into a hit."
    doc = _article("Moonfall Elementary Season 5: Renewed", body, "2025-04-03")
    assert [s.title for s in doc.document.shows] == ["Moonfall Elementary"]
    assert ("Moonfall Elementary", 1, "premiere", "2021-12-07") in {(c.show, c.season, c.kind, c.value) for c in doc.claims}


def test_news_of_a_shows_film_is_no_claim_of_the_show() -> None:
    body = (
        "Prime Video announced Harbour Lights: The Film last October, with Ada Quill directing and Bo Lee-Grant returning as Tom Hale. "
        "Harbour Lights season 4 is expected in 2026."
    )
    doc = _article("Harbour Lights Season 4: Everything We Know", body, "2025-06-01")
    got = {(c.show, c.kind) for c in doc.claims}
    assert ("Harbour Lights", "premiere") in got
    assert not {k for s, k in got if k in ("crew", "cast")}
    assert [s.title for s in doc.document.shows] == ["Harbour Lights"]


def test_a_numbered_title_confirmed_for_a_window_is_news() -> None:
    body = "Park is busy with another sequel: Night Desk 2, which brings back Ada Quill as the priest Mira Vance, has been confirmed by SBS for the second half of this year."
    doc = _article("Harbour Lights Season 2: Everything We Know", body, "2024-05-10")
    assert ("Night Desk", 2, "premiere", "2024-41") in {(c.show, c.season, c.kind, c.value) for c in doc.claims if c.kind == "premiere"}


def _article(title: str, body: str, published: str) -> ClaimsDocument:
    """The claims of an article: its headline, a blank line, its body."""
    return extract(f"{title}\n\n{body}", title=title, published=published, published_from="given")


def test_a_weekdays_name_that_a_season_follows_is_a_title() -> None:
    doc = _article("Harbour Lights Season 6: Everything We Know", "The streamer says Wednesday season 2 is coming later this year.", "2025-02-10")
    assert ("Wednesday", 2, "premiere", "2025") in {(c.show, c.season, c.kind, c.value) for c in doc.claims if c.kind == "premiere"}
    doc = _article("Harbour Lights Season 6: Everything We Know", "The new episode airs Wednesday, and season 6 follows in March.", "2025-02-10")
    assert [s.title for s in doc.document.shows] == ["Harbour Lights"]


def test_a_possessive_title_whose_season_a_service_dated() -> None:
    doc = _article("Harbour Lights Season 6: Everything We Know", "Netflix has already dated Night Desk's third and final season for June 27.", "2025-02-10")
    assert ("Night Desk", 3, "premiere", "2025-06-27") in {(c.show, c.season, c.kind, c.value) for c in doc.claims if c.kind == "premiere"}
