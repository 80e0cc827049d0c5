"""The article's show from its headline, checked against the body."""

from __future__ import annotations

import pytest

from nextseason.extract.headline import headline_show

BODY = {
    "quote": (
        "Three weeks after Tin Harbour wrapped its second season, its creator Ada Mbeki-Ross is "
        "busy. Tin Harbour returns next year. Mbeki-Ross laughed at the rumour."
    ),
    "possessive": "Glass Orchard ends this autumn. Glass Orchard was the platform's biggest hit.",
    "calendar": "November is busy. Here is what arrives, in date order.",
    "plain": "Salt Road returns in May. The western has been a hit.",
}


@pytest.mark.parametrize(
    ("headline", "body", "show"),
    [
        # The grammar's choice recurs in the body: it stands.
        ("Salt Road Season 2: Release Date, Cast and Everything We Know", "plain", "Salt Road"),
        # A quote that is not a title leads; the show is the run that recurs most.
        ("'We Were Never Axed': Tin Harbour Boss Ada Mbeki-Ross on Season 3", "quote", "Tin Harbour"),
        # A possessive sentence-case headline.
        ("Glass Orchard's final episodes get a date, and Netflix orders a spin-off", "possessive", "Glass Orchard"),
        # A genre noun before the title: the title the body writes.
        ("Apple TV+ Orders Thriller Salt Road From Ada Quill", "plain", "Salt Road"),
        # "X Is Over", "X Is Back": the show, then what became of it (not a character it names after)
        ("Salt Road Is Over. What Comes Next for Mara's Corner of the West?", "plain", "Salt Road"),
        ("Salt Road Is Officially Back for a Second Season", "plain", "Salt Road"),
        # A quoted title after "Second Season of <genre>", a comma inside the quotes.
        ("Peacock Orders Second Season of True-Crime Docuseries 'Salt Road,' Sets January Premiere", "plain", "Salt Road"),
        # "X to <Verb> ...": the title before the infinitive.
        ("Salt Road to End With Season 7 at CBS — Final Season Premiere Date Set", "plain", "Salt Road"),
        # "season N of" a service's show: the title after the service and its genre.
        ("Filming begins on second series of BBC drama Salt Road", "plain", "Salt Road"),
        ("Production starts on season 2 of Netflix's Salt Road", "plain", "Salt Road"),
        # A person talking about the show.
        ("Ada Quill on Salt Road season 2: 'It gets darker'", "plain", "Salt Road"),
        # A headline verb of the shoot after the title.
        ("Salt Road Wraps Filming: Cast, Novel, Episodes and Release Date", "plain", "Salt Road"),
        # A release-time question.
        ("What time does Salt Road season 2 come out? Release time and episode schedule", "plain", "Salt Road"),
        ("What Time Is Salt Road Season 2 On Prime Video?", "plain", "Salt Road"),
        ("Is Salt Road season 2 on Netflix? Where to stream it", "plain", "Salt Road"),
        # Nothing recurs: the grammar's choice stands (a roundup drops it later).
        ("November's TV calendar: the premieres worth your weekend", "calendar", "November's TV calendar"),
    ],
)
def test_headline_show(headline: str, body: str, show: str) -> None:
    assert headline_show(headline, headline + "\n\n" + BODY[body]) == show


def test_a_service_without_its_plus_is_no_show() -> None:
    from nextseason.extract.lexicon import is_platform_name

    assert is_platform_name("Paramount") and is_platform_name("Disney") and not is_platform_name("Paramount Pictures")


def test_a_platform_or_a_month_is_never_the_show() -> None:
    text = "Netflix Confirms It: Everything Coming in March\n\nNetflix has a busy March ahead. Netflix said so."
    assert headline_show(text.splitlines()[0], text) not in {"Netflix", "March"}


def test_a_profile_of_a_person_is_about_the_show_its_seasons_are_of() -> None:
    headline = "Ada Quill on long takes and why her captain still surprises her"
    body = (
        "Ada Quill arrives early. Since Tin Harbour premiered in 2024, Quill has become its face. "
        "Quill laughs. The third season of Tin Harbour premieres in March, Quill says."
    )
    assert headline_show(headline, headline + "\n\n" + body) == "Tin Harbour"


def test_a_show_named_after_a_person_stays_the_show() -> None:
    headline = "Ned Marlow Season 3: Release Date and Cast"
    body = "Ned Marlow season 3 is coming. Marlow is back in his office, and Marlow's team returns."
    assert headline_show(headline, headline + "\n\n" + body) == "Ned Marlow"


def test_a_headline_led_by_an_ordinary_word_is_about_the_show_the_body_seasons() -> None:
    headline = "Cameras roll in Northumberland as ITV's crime hit heads back for a second series"
    body = "Filming is under way on series 2 of Tin Harbour. Cameras started rolling in August. Tin Harbour returns."
    assert headline_show(headline, headline + "\n\n" + body) == "Tin Harbour"


@pytest.mark.parametrize(
    ("headline", "show"),
    [
        ("5 Things We Know About Wildwater Season 4", "Wildwater"),
        ("10 Things to Know Before Moonlit Harbor Season 2", "Moonlit Harbor"),
        ("Five things we know about The Bear season 4 so far", "The Bear"),
    ],
)
def test_a_numbered_listicle_headline_names_the_show_after_its_lead(headline: str, show: str) -> None:
    assert headline_show(headline, f"{headline}\n\n{show} is coming back.") == show


def test_a_surname_before_the_colon_is_the_star_not_the_show() -> None:
    body = (
        "The makers of Tin Harbour confirmed that Ada Quillon and Bo Marsh return. "
        "Ada Quillon will play the harbourmaster again in the second series of Tin Harbour."
    )
    assert headline_show("Quillon returns: Tin Harbour cast for second series announced", body) == "Tin Harbour"


def test_a_possessor_heading_a_headline_is_a_candidate_title() -> None:
    body = "Fans of Tin Harbour are upset. Tin Harbour will not get a third season."
    assert headline_show("Tin Harbour's Ada Quillon and Bo Marsh Sound Off on Series Cancellation", body) == "Tin Harbour"


def test_a_headline_capitalising_every_word_takes_the_bodys_spelling() -> None:
    from nextseason.extract.headline import headline_show

    title = 'Jung Hae-rin Confirmed To Return For "Bakery At The End Of The Alley 2" + Kang Do-yoon Reviewing Offer'
    body = "Jung Hae-rin will appear in 'Bakery at the End of the Alley 2' and reprise her role as Yoon Da-on."
    assert headline_show(title, body) == "Bakery at the End of the Alley"


def test_a_town_in_the_headline_gives_way_to_the_show_filming_there() -> None:
    from nextseason.extract.headline import headline_show

    title = "Lights, camera, Hebworth: BBC crime drama returns to town for third series"
    body = (
        "Film crews have descended on Hebworth once again, as filming for the third series of hit BBC crime drama "
        "The Fell Line gets under way. It is written by Hebworth-born writer Gareth Penhaligon. 'We are thrilled to "
        "be back in Hebworth, which has become a second home,' the producer said."
    )
    assert headline_show(title, body) == "The Fell Line"


def test_a_season_opening_the_next_sentence_is_not_the_title_before_it() -> None:
    body = (
        "Tollcross is coming back, we think.\n\n"
        "Series 1 premiered on BBC One on Sunday 13 February 2022. Series 3 went out last autumn."
    )
    assert headline_show("Tollcross series 4: when could it air", body) == "Tollcross"


def test_a_grammar_choice_running_past_the_title_gives_way_to_the_run_it_starts_with() -> None:
    headline = "Sable Reach Boss Talks Season 4 Premiere Window, Cole's Fate and That Spinoff"
    body = (
        "Sable Reach fans, here is your first look. Cole is gone. Cole will not be back, and Cole's death matters. "
        "Paramount+ renewed Sable Reach in February. Cole fans are sad."
    )
    assert headline_show(headline, body) == "Sable Reach"


def test_a_calendar_word_opening_a_title_stays_in_it() -> None:
    headline = "SVT and Viaplay take Malmö noir Winter Quay into third season"
    body = (
        "SVT has renewed crime drama Winter Quay for a third season. Winter Quay follows a detective. "
        "The novels by Asa Lind-Berg are set in Malmö. Lind-Berg is pleased, and Winter Quay fans are too."
    )
    assert headline_show(headline, body) == "Winter Quay"


@pytest.mark.parametrize(
    "headline",
    ['Wrenfield 2x10 Recap: "The Bell Tower" – and What Season 3 Needs to Fix', 'Wrenfield S02E10 Recap: "The Bell Tower"'],
)
def test_an_episode_code_marks_the_show_and_the_quote_is_the_episode(headline: str) -> None:
    body = 'Spoilers for the finale, "The Bell Tower," which dropped on Hulu last night. Wrenfield is a boarding-school drama.'
    assert headline_show(headline, f"{headline}\n\n{body}") == "Wrenfield"


def test_a_quoted_episode_title_in_a_recap_headline_is_no_show() -> None:
    from nextseason.extract import extract

    headline = 'Wrenfield 2x10 Recap: "The Bell Tower" – and What Season 3 Needs to Fix'
    body = 'Spoilers for the finale, "The Bell Tower," which dropped on Hulu last night. Wrenfield is a drama on Hulu.'
    doc = extract(f"{headline}\n\n{body}", title=headline, published="2026-11-20", published_from="given")
    assert {c.show for c in doc.claims} == {"Wrenfield"}


def test_a_headline_led_by_an_ordinary_word_names_the_new_show_after_its_preposition() -> None:
    headline = "Filming begins on The Wrecker's Psalm, a new six-part drama for BBC One"
    body = "Filming began today in Cornwall on The Wrecker's Psalm. The Wrecker's Psalm will air in 2027."
    assert headline_show(headline, f"{headline}\n\n{body}") == "The Wrecker's Psalm"


def test_a_wiki_season_pages_title_in_brackets() -> None:
    assert headline_show("Season 2 (Yarrowdale)", "Season 2 (Yarrowdale)\n\nYarrowdale is a drama. Season 2 has ten episodes.") == "Yarrowdale"


def test_a_tabloid_headline_shouting_the_title_names_the_show_as_the_body_writes_it() -> None:
    title = "GULL ROCK SHOCK: Ada Penhale QUITS ITV hit before series three"
    body = (
        "GULL Rock star Ada Penhale has quit the ITV drama ahead of the new series, we can reveal.\n\n"
        "A source said: \"Ada dropped the bombshell at the wrap party for series two.\"\n\n"
        "Gull Rock will return to ITV1 next year."
    )
    assert headline_show(title, f"{title}\n\n{body}") == "Gull Rock"
    # a word opening a headline in capitals that the body never writes as a title is no show
    assert headline_show("EXCLUSIVE: Gull Rock Renewed", "Exclusive news. Gull Rock is back.") == "Gull Rock"


def test_a_title_beside_a_season_never_runs_across_blocks() -> None:
    from nextseason.extract.headline import _seasoned_title

    body = "Fang Zhi as Elder Gu Shan\n\nThis is Zhang Yi Chen's first lead in years."
    found = _seasoned_title(body, "Novel")
    assert found is None or "\n" not in found


def test_a_spinoffs_subtitle_after_the_colon_is_part_of_its_title() -> None:
    title = "Salt Road: 1919 — Everything We Know About HBO's Salt Road Prequel"
    body = "Salt Road: 1919 is coming. HBO ordered Salt Road: 1919 in April. Salt Road season 4 airs first."
    assert headline_show(title, f"{title}\n\n{body}") == "Salt Road: 1919"
    # a subtitle the body never repeats is the headline's own: "X: Everything We Know"
    assert headline_show("Salt Road: Release Date And Cast", "Salt Road returns. Salt Road is back.") == "Salt Road"


def test_a_franchise_before_the_shows_own_title_needs_the_body_to_write_it_once() -> None:
    title = "Moon Saga: The Lantern Cancelled After One Season"
    body = "Streamer has cancelled Moon Saga: The Lantern after one season. The Lantern premiered in June."
    assert headline_show(title, f"{title}\n\n{body}") == "Moon Saga: The Lantern"
    # a season's numbering after the colon, written once, stays the season's
    title = "Salt Road: Season 2 Cancelled"
    assert headline_show(title, f"{title}\n\nSalt Road: Season 2 is off. Salt Road is done.") == "Salt Road"


def test_a_family_name_that_titles_the_show_before_its_season_is_the_show() -> None:
    title = "Dellacourt season 2 first look: The family goes to war"
    body = (
        "Margot Dellacourt is back. Julian Dellacourt and Odile Dellacourt are barely speaking. "
        "HBO renewed Dellacourt in November. Dellacourt season 2 premieres in August."
    )
    assert headline_show(title, f"{title}\n\n{body}") == "Dellacourt"


@pytest.mark.parametrize(
    "headline",
    [
        "Why Was Kestrel Row Cancelled? The Real Reason the Streamer Won't Make Season 2",
        "Why Did Netflix Cancel Kestrel Row?",
        "Did Netflix Cancel Kestrel Row?",
        "Why Netflix Cancelled Kestrel Row",
        "What Happened to Kestrel Row Season 2",
        "Has Kestrel Row Been Axed?",
    ],
)
def test_a_question_headline_names_the_show_it_asks_about(headline: str) -> None:
    body = "Kestrel Row ran for one season. Will There Be a Kestrel Row Season 2?\n\nKestrel Row will not return."
    assert headline_show(headline, f"{headline}\n\n{body}") == "Kestrel Row"


def test_a_number_after_no_is_the_titles_own() -> None:
    body = "The Ninth Unit No. 4 anime returns in 2027. Ninth Unit No. 4 streams on Crunchyroll."
    assert headline_show("Ninth Unit No. 4 Season 2 Confirmed for 2027", body) == "Ninth Unit No. 4"
    assert headline_show("Moon Harbour 2 Release Date and Cast", "Moon Harbour 2 is coming. Moon Harbour was a hit.") == "Moon Harbour"



def test_a_writer_s_work_is_no_title_named_beside_a_season() -> None:
    from nextseason.extract.headline import _seasoned_title

    body = "The fifth season, adapted from Tide Rules, the fifth of Ada Quill's Harbour House novels, premiered on September 24."
    assert _seasoned_title(body, "Show") is None
    assert _seasoned_title("The third season of Harbour Lights premiered in May.", "Show") == "Harbour Lights"



def test_a_service_s_roundup_headline_names_no_show() -> None:
    from pathlib import Path

    from nextseason.sources import read_source

    page = Path(__file__).parent / "samples" / "blind32" / "12-apple-tv-renewed-cancelled.html"
    source = read_source(str(page))
    assert headline_show(source.title or "", source.text) == "Every Apple TV+ Show Renewed or Cancelled"


def test_a_subtitle_with_small_words_is_part_of_the_title() -> None:
    title = "Salt Road: Keepers on Call Season 2 – Renewal Status and Everything We Know"
    body = "Few shows had the staying power of Salt Road: Keepers on Call. Has Salt Road been renewed?"
    assert headline_show(title, f"{title}\n\n{body}") == "Salt Road: Keepers on Call"
