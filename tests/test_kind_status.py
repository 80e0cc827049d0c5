"""The status kinds: renewed, cancelled and no_premiere_date, through the whole pipeline."""

from __future__ import annotations

import pytest

from nextseason.extract import extract

KINDS = ("renewed", "cancelled", "no_premiere_date")
TITLE = "Moonlit Harbor Season 2 Release Date, Cast and Everything We Know"
TITLE_S3 = "Moonlit Harbor Season 3: Release Date, Cast and Will It Return?"
PUBLISHED = "2024-03-14"

Row = tuple[str, int | None, str, object, str]


def status(text: str, *, title: str = TITLE, published: str = PUBLISHED) -> set[Row]:
    doc = extract(text, title=title, published=published, published_from="given")
    return {(c.show, c.season, c.kind, c.value, c.stance) for c in doc.claims if c.kind in KINDS}


def renewals(text: str, **kw: str) -> set[Row]:
    return {row for row in status(text, **kw) if row[2] == "renewed"}


# --- renewed -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "season", "value"),
    [
        ("On May 3, 2023, the series was renewed for a second season.", 2, "2023-05-03"),
        ("Apple TV+ renewed Moonlit Harbor for a second season on May 3, 2023.", 2, "2023-05-03"),
        ("The streamer picked up a second season in October 2023.", 2, "2023-10"),
        ("Prime Video renewed the show last November, a month after the finale.", 2, "2023-11"),
        (
            "A second season was officially announced on 9th July 2023 at a fan event.",
            2,
            "2023-07-09",
        ),
        ("Moonlit Harbor has been renewed for season 2.", 2, None),
    ],
)
def test_dated_and_undated_renewals(sentence: str, season: int, value: str | None) -> None:
    found = renewals("Moonlit Harbor is a coastal mystery drama.\n\n" + sentence)
    assert ("Moonlit Harbor", season, "renewed", value, "asserted") in found


def test_undated_renewal_is_dropped_beside_a_dated_one() -> None:
    text = (
        "Good news: Moonlit Harbor has been renewed.\n\n"
        "Hulu renewed Moonlit Harbor on August 2, 2023, after strong ratings."
    )
    assert renewals(text) == {("Moonlit Harbor", 2, "renewed", "2023-08-02", "asserted")}


def test_announcement_date_from_the_following_news_sentence() -> None:
    text = (
        "Moonlit Harbor is coming back. Hulu has renewed the mystery for a second season. "
        "The news broke on Tuesday, March 12, at the network's upfront."
    )
    assert ("Moonlit Harbor", 2, "renewed", "2024-03-12", "asserted") in renewals(text)


def test_announcement_date_carried_from_an_earlier_sentence_about_the_same_thing() -> None:
    text = (
        "The cast shared a video on February 2 to celebrate the first anniversary.\n\n"
        "The same video also revealed that a second season is on the way."
    )
    assert ("Moonlit Harbor", 2, "renewed", "2024-02-02", "asserted") in renewals(text)


def test_a_date_after_that_belongs_to_the_season_not_the_announcement() -> None:
    text = "The studio revealed that a second season is coming in 2025."
    assert renewals(text) == {("Moonlit Harbor", 2, "renewed", None, "asserted")}


def test_reported_would_is_not_a_hedge() -> None:
    text = "In January 2024 the producer told a magazine that a second season would be made."
    assert renewals(text) == {("Moonlit Harbor", 2, "renewed", "2024-01", "asserted")}


def test_renewal_for_several_seasons_counts_from_the_article_season() -> None:
    text = "The streamer renewed Moonlit Harbor for two more seasons in January 2024."
    assert renewals(text) == {
        ("Moonlit Harbor", 2, "renewed", "2024-01", "asserted"),
        ("Moonlit Harbor", 3, "renewed", "2024-01", "asserted"),
    }


def test_renewal_for_named_seasons() -> None:
    text = "Hulu renewed Moonlit Harbor for both a second and a third season in January 2024."
    assert {r[1] for r in renewals(text)} == {2, 3}


def test_elliptic_season_after_a_known_season() -> None:
    text = "Moonlit Harbor, which just finished its second season, has already been renewed for a third."
    assert renewals(text, title=TITLE_S3) == {("Moonlit Harbor", 3, "renewed", None, "asserted")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hulu has not renewed Moonlit Harbor for a third season yet.",
        "A third season has not been confirmed.",
        "There won't be a third season of Moonlit Harbor.",
        "The studio hasn't said anything about a third season.",
        "Moonlit Harbor has yet to be renewed.",
        "Sadly, the show will not return.",
    ],
)
def test_denied_renewals(sentence: str) -> None:
    assert renewals(sentence, title=TITLE_S3) == {("Moonlit Harbor", 3, "renewed", None, "denied")}


def test_denied_renewal_is_kept_beside_a_weaker_speculation() -> None:
    text = (
        "Hulu has not renewed Moonlit Harbor for a third season. "
        "Still, we think a third season is very likely."
    )
    assert renewals(text, title=TITLE_S3) == {("Moonlit Harbor", 3, "renewed", None, "denied")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Moonlit Harbor could be renewed soon.",
        "Given the ratings, a third season seems very likely.",
        "The show is likely to get a season 3.",
        "Fans believe a third season will be announced at the summer showcase.",
    ],
)
def test_speculated_renewals(sentence: str) -> None:
    assert renewals(sentence, title=TITLE_S3) == {
        ("Moonlit Harbor", 3, "renewed", None, "speculated")
    }


def test_nothing_announced_under_a_renewal_question() -> None:
    text = "Will There Be a Moonlit Harbor Season 3?\n\nNothing has been announced so far."
    assert renewals(text) == {("Moonlit Harbor", 3, "renewed", None, "denied")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Has Moonlit Harbor been renewed for season 3?",
        "The finale sparked renewed interest in the show.",
        "Hulu announced the second season's release date in a short teaser.",
        "Viewers wonder how the show can be renewed after that ending.",
        "The season 2 trailer was confirmed for next week.",
    ],
)
def test_no_renewal(sentence: str) -> None:
    assert renewals(sentence) == set()


def test_a_renewer_named_before_the_show_is_not_the_show() -> None:
    text = "Moonlit Harbor was a hit.\n\nApple renewed the show for a second season in May 2023."
    assert renewals(text) == {("Moonlit Harbor", 2, "renewed", "2023-05", "asserted")}


def test_unknown_title_as_object_is_not_the_main_show() -> None:
    text = "Netflix renewed Saltmarsh 1987 for a fourth season on the same day."
    assert all(r[0] != "Moonlit Harbor" for r in renewals(text))


def test_show_title_with_a_hedge_word_is_not_a_hedge() -> None:
    title = "Hidden Potential Season 2 Release Date and Cast"
    found = renewals("CBS renewed Hidden Potential last April.", title=title)
    assert found == {("Hidden Potential", 2, "renewed", "2023-04", "asserted")}


def test_reader_conditional_is_not_a_hedge() -> None:
    text = "If you want more, Moonlit Harbor has already been renewed for a second season."
    assert renewals(text) == {("Moonlit Harbor", 2, "renewed", None, "asserted")}


# --- cancelled ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "stance"),
    [
        ("Hulu cancelled Moonlit Harbor after one season.", None, "asserted"),
        ("The show was axed in October 2023.", "2023-10", "asserted"),
        ("Hulu pulled the plug on Moonlit Harbor last December.", "2023-12", "asserted"),
        ("Moonlit Harbor has not been canceled.", None, "denied"),
        ("That does not mean the show is cancelled.", None, "denied"),
    ],
)
def test_cancellations(sentence: str, value: str | None, stance: str) -> None:
    found = {r for r in status(sentence) if r[2] == "cancelled"}
    assert found == {("Moonlit Harbor", None, "cancelled", value, stance)}


def test_feared_cancellation_answered_no_is_denied() -> None:
    text = "After a long silence, fans worried that the show had been cancelled. It had not!"
    found = {r for r in status(text) if r[2] == "cancelled"}
    assert found == {("Moonlit Harbor", None, "cancelled", None, "denied")}


def test_a_named_season_can_be_cancelled() -> None:
    found = {r for r in status("Hulu cancelled season 3 of Moonlit Harbor.") if r[2] == "cancelled"}
    assert found == {("Moonlit Harbor", 3, "cancelled", None, "asserted")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Is Moonlit Harbor cancelled?",
        "The premiere party was cancelled because of the storm.",
        "The writer once created Dust Lane for Showtime, which was cancelled in 2019.",
    ],
)
def test_no_cancellation(sentence: str) -> None:
    assert {r for r in status(sentence) if r[2] == "cancelled"} == set()


# --- no_premiere_date --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no release date yet.",
        "Hulu hasn't announced a premiere date.",
        "The studio has not given an exact date so far.",
        "So far there is no official news about the Moonlit Harbor season 2 release date.",
        "The release date is yet to be announced.",
        "Release date: TBA",
        "Moonlit Harbor season 2 doesn't have a release date yet.",
        "Hulu has yet to reveal a premiere date.",
        "Hulu hasn't given season 2 a release date yet.",
        "Hulu hasn't picked an exact day yet.",
        "Hulu hasn't put a date, or even a year, on the new episodes.",
    ],
)
def test_no_premiere_date_for_the_article_season(sentence: str) -> None:
    assert status(sentence) == {("Moonlit Harbor", 2, "no_premiere_date", None, "asserted")}


def test_no_premiere_date_for_a_named_season() -> None:
    found = status("There is no release date for season 4 either.")
    assert found == {("Moonlit Harbor", 4, "no_premiere_date", None, "asserted")}


@pytest.mark.parametrize(
    "sentence",
    [
        "We will update this page once Hulu announces the release date.",
        "No release date has been given for the movie either.",
        "Hulu has not announced the episode count.",
    ],
)
def test_no_no_premiere_date(sentence: str) -> None:
    assert status(sentence) == set()


# --- guards added for unseen articles -----------------------------------------------------


def test_a_confirmed_premiere_is_not_a_renewal() -> None:
    text = "Hulu confirmed the second season will premiere on June 5, 2024."
    assert renewals(text) == set()


def test_confirmed_cast_of_a_season_is_not_a_renewal() -> None:
    assert renewals("The cast for season 2 was confirmed in a press release.") == set()


def test_a_date_of_another_event_is_not_the_announcement_date() -> None:
    text = "Hulu renewed the show for a second season ahead of the finale on March 1, 2024."
    assert renewals(text) == {("Moonlit Harbor", 2, "renewed", None, "asserted")}


def test_renewal_noun_takes_the_season_of_the_paragraph() -> None:
    text = (
        "Season 2 was renewed in May 2023. As for season 3, nothing is official. "
        "Still, insiders say a renewal is likely."
    )
    assert ("Moonlit Harbor", 3, "renewed", None, "speculated") in renewals(text)


def test_cancelled_plans_are_not_a_cancellation() -> None:
    found = {r for r in status("Hulu cancelled its plans for a live tour.") if r[2] == "cancelled"}
    assert found == set()


def test_another_shows_renewal_is_not_the_main_show() -> None:
    text = (
        "If you liked it, watch Cedar Point Lanes, which premiered on Hulu last year.\n\n"
        "Hulu has not renewed Cedar Point Lanes yet."
    )
    assert all(row[0] != "Moonlit Harbor" for row in renewals(text))


def test_no_answering_a_renewal_question_is_a_denied_renewal() -> None:
    text = "Has Moonlit Harbor Been Renewed for Season 3?\n\nNot yet. The cast is hopeful, though."
    assert renewals(text) == {("Moonlit Harbor", 3, "renewed", None, "denied")}


def test_no_answering_a_cancellation_question_is_a_denied_cancellation() -> None:
    text = "Is Moonlit Harbor Cancelled?\n\nNo. The writers are already working on new scripts."
    found = {r for r in status(text) if r[2] == "cancelled"}
    assert found == {("Moonlit Harbor", None, "cancelled", None, "denied")}


def test_no_named_season_is_a_denied_renewal() -> None:
    text = "The story is over, so no fourth season is planned."
    assert renewals(text, title=TITLE_S3) == {("Moonlit Harbor", 4, "renewed", None, "denied")}


def test_a_season_of_an_unknown_title_is_not_the_main_show() -> None:
    text = "There will be no second season of Gullwing Drive either."
    assert all(row[0] != "Moonlit Harbor" for row in renewals(text))


# --- generalisation: more ways to say the same thing --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "season", "value"),
    [
        ("Moonlit Harbor got the green light for a second season in January.", 2, "2024-01"),
        (
            "Peacock gave Moonlit Harbor the go-ahead for a second season on 2 February 2024.",
            2,
            "2024-02-02",
        ),
        ("The streamer handed Moonlit Harbor an early season 2 renewal in January.", 2, "2024-01"),
        (
            "Hulu confirmed a season 2 order for the harbour mystery on February 20.",
            2,
            "2024-02-20",
        ),
        ("Moonlit Harbor has been green-lighted for season 2.", 2, None),
        ("Moonlit Harbor has scored a second season.", 2, None),
        ("Moonlit Harbor will return for a second season.", 2, None),
        ("It's official: Moonlit Harbor is coming back.", 2, None),
        ("Moonlit Harbor season 2 is officially happening.", 2, None),
        ("Hulu brought the mystery back for a second season in January.", 2, "2024-01"),
    ],
)
def test_more_renewal_phrasings(sentence: str, season: int, value: str | None) -> None:
    found = renewals("Moonlit Harbor is a coastal mystery drama.\n\n" + sentence)
    assert ("Moonlit Harbor", season, "renewed", value, "asserted") in found


def test_a_return_with_its_own_date_is_a_premiere_not_a_renewal() -> None:
    assert renewals("Moonlit Harbor returns for its second season on June 2.") == set()
    assert renewals("Season 2 is on its way to Hulu on June 2, 2024.") == set()


def test_an_actor_returning_is_not_a_renewal() -> None:
    assert renewals("Dana Holt will return for season 2 as the harbourmaster.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Moonlit Harbor won't be coming back for a third season.",
        "The coastal thriller will not return for a third season.",
        "Hulu has decided not to move forward with a third season of Moonlit Harbor.",
        "Hulu passed on a third season.",
        "A third season would tie things up, but there is no word on that yet.",
        "There is no news on a season 3 pickup so far.",
    ],
)
def test_more_denied_renewals(sentence: str) -> None:
    found = renewals(
        "Moonlit Harbor ended its second season in style.\n\n" + sentence, title=TITLE_S3
    )
    assert found == {("Moonlit Harbor", 3, "renewed", None, "denied")}


def test_no_word_on_a_trailer_is_not_about_a_season() -> None:
    text = "The season 3 trailer would be lovely, but there is no word on that yet."
    assert renewals(text, title=TITLE_S3) == set()


def test_announcement_right_after_another_event_takes_its_date() -> None:
    text = (
        "Hulu ordered a third season and announced it on stage right after the season 2 "
        "finale screened on March 2."
    )
    assert ("Moonlit Harbor", 3, "renewed", "2024-03-02", "asserted") in renewals(
        text, title=TITLE_S3
    )


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Hulu has axed its quirky seaside caper Moonlit Harbor.", None),
        (
            "No. Hulu has pulled the plug on Moonlit Harbor, confirming on March 1 that it is over.",
            "2024-03-01",
        ),
        ("Hulu will not move forward with Moonlit Harbor.", None),
        (
            "Hulu scrapped Moonlit Harbor, saying on February 9 that the budget was too high.",
            "2024-02-09",
        ),
    ],
)
def test_more_cancellation_phrasings(sentence: str, value: str | None) -> None:
    found = {r for r in status(sentence) if r[2] == "cancelled"}
    assert found == {("Moonlit Harbor", None, "cancelled", value, "asserted")}


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Every streaming show cancelled in 2024 so far",
        "Related: Which dramas got renewed this spring?",
        "Also read – Ten mysteries renewed for 2025",
    ],
)
def test_related_link_lines_make_no_claims(line: str) -> None:
    assert status("Moonlit Harbor is a coastal mystery.\n\n" + line) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "No broadcast date has been set for the new season yet.",
        "There is no word yet on when season 2 will arrive.",
        "Hulu has not said when the new episodes will premiere.",
        "It remains unclear when Moonlit Harbor season 2 will be released.",
    ],
)
def test_more_no_date_phrasings(sentence: str) -> None:
    found = {r for r in status(sentence) if r[2] == "no_premiere_date"}
    assert found == {("Moonlit Harbor", 2, "no_premiere_date", None, "asserted")}


def test_unclear_when_filming_starts_is_not_a_missing_premiere_date() -> None:
    found = {
        r for r in status("Hulu hasn't said when filming will begin.") if r[2] == "no_premiere_date"
    }
    assert found == set()


# --- announcement dates, past verbs and other shows ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "season", "value"),
    [
        # an order handed out is reported afterwards: the Nov. 3 before publication
        ("Hulu handed Moonlit Harbor a season 3 order on Nov. 3.", 3, "2024-11-03"),
        ("The third season was first announced this past February.", 3, "2025-02"),
        (
            "The broadcaster recommissioned Moonlit Harbor for a third series in October.",
            3,
            "2024-10",
        ),
        # a future date in the same clause is the return's, not the renewal's
        (
            "Hulu renewed Moonlit Harbor for a third season and will bring it back in the first half of 2026.",
            3,
            None,
        ),
    ],
)
def test_announcement_dates_are_in_the_past(sentence: str, season: int, value: str | None) -> None:
    rows = renewals(sentence, title=TITLE_S3, published="2025-08-01")
    assert rows == {("Moonlit Harbor", season, "renewed", value, "asserted")}


def test_a_bare_weekday_dates_a_reported_renewal() -> None:
    rows = renewals(
        "Deadline reported Thursday that Hulu renewed Moonlit Harbor for a second season.",
        published="2025-04-15",
    )
    assert rows == {("Moonlit Harbor", 2, "renewed", "2025-04-10", "asserted")}


def test_a_show_title_is_not_a_weekday() -> None:
    rows = renewals(
        "Hulu renewed Sunday for a second season in May 2024.",
        title="Sunday Season 2 Release Date and Cast",
        published="2025-04-15",
    )
    assert rows == {("Sunday", 2, "renewed", "2024-05", "asserted")}


def test_a_refused_season_of_an_unknown_title_is_not_the_main_show() -> None:
    rows = renewals("ITV will not move forward with a second season of Pebble Lane.")
    assert ("Moonlit Harbor", 2, "renewed", None, "denied") not in rows


def test_actors_returning_as_regulars_renew_nothing() -> None:
    assert renewals("They return for season 2 as series regulars.") == set()


# --- generalised on a second held-out set ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an anaphoric noun in the next sentence dates the announcement
        ("Hulu renewed Moonlit Harbor for a second season. The network confirmed the order on Monday.", "2024-03-11"),
        ("FX has renewed Moonlit Harbor for a second season.\n\nThe renewal was announced earlier this month.", "2024-03"),
        ("FX has renewed Moonlit Harbor for a second season. The news broke last week.", "2024-03-04/2024-03-10"),
    ],
)
def test_date_carried_from_an_anaphoric_noun(text: str, value: str) -> None:
    assert ("Moonlit Harbor", 2, "renewed", value, "asserted") in renewals(text)


def test_cancellation_decision_dated_in_the_next_sentence() -> None:
    text = "Starz has cancelled Moonlit Harbor. The network made the call on Friday, March 8."
    assert ("Moonlit Harbor", None, "cancelled", "2024-03-08", "asserted") in status(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Insiders expect the renewal to be announced in May.",
        "A renewal is likely to be confirmed in May, once the ratings are in.",
        "Netflix will probably announce the show's renewal for a second season in May.",
    ],
)
def test_future_announcement_keeps_its_future_date(sentence: str) -> None:
    assert ("Moonlit Harbor", 2, "renewed", "2024-05", "speculated") in renewals(sentence)


def test_past_renewal_with_a_future_plan_keeps_the_past_date() -> None:
    text = "Hulu renewed Moonlit Harbor for a second season and will bring it back in May."
    assert ("Moonlit Harbor", 2, "renewed", None, "asserted") in renewals(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "A third season seems likely too, though nothing has been announced about it.",
        "A third season also looks possible, but Hulu hasn't said anything about one.",
        "Hulu has not yet committed to a third season of Moonlit Harbor.",
    ],
)
def test_denied_third_season(sentence: str) -> None:
    assert ("Moonlit Harbor", 3, "renewed", None, "denied") in renewals(sentence)


def test_signed_off_on_a_season_is_a_renewal() -> None:
    rows = renewals("The network signed off on a second season of Moonlit Harbor in January.")
    assert rows == {("Moonlit Harbor", 2, "renewed", "2024-01", "asserted")}


def test_dated_return_of_an_existing_season_is_no_renewal() -> None:
    rows = renewals("Hulu confirmed on Tuesday that Moonlit Harbor will return for its second season on June 2.")
    assert rows == set()


def test_adverb_between_subject_and_passive_trigger() -> None:
    rows = renewals("The second season was first announced in December 2023.")
    assert rows == {("Moonlit Harbor", 2, "renewed", "2023-12", "asserted")}


@pytest.mark.parametrize(
    "sentence",
    [
        "An exact date hasn't been announced yet.",
        "The premiere date has still not been set.",
        "No timeframe was given for its release.",
        "Hulu has not yet shared the release date of season 2.",
        "Its release window hasn't been confirmed.",
        "No broadcast period for the second season has been announced yet.",
    ],
)
def test_no_premiere_date_forms(sentence: str) -> None:
    assert ("Moonlit Harbor", 2, "no_premiere_date", None, "asserted") in status(sentence)


def test_a_date_of_something_else_is_not_a_release_date() -> None:
    assert status("The date of the wedding has not been revealed on screen.") == set()


def test_no_date_for_that_season_of_another_show() -> None:
    text = (
        "The actress is rumoured to be joining HBO's Kingsbridge season 3. "
        "HBO has not set a premiere date for that season."
    )
    assert ("Kingsbridge", 3, "no_premiere_date", None, "asserted") in status(text)


# --- phrasings from roundups and news briefs ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ABC handed its legal drama a third season on Feb. 2.", {("Moonlit Harbor", 3, "renewed", "2024-02-02", "asserted")}),
        (
            "The streamer's cozy mystery scored a two-season renewal on March 1, locking in Seasons 2 and 3.",
            {("Moonlit Harbor", 2, "renewed", "2024-03-01", "asserted"), ("Moonlit Harbor", 3, "renewed", "2024-03-01", "asserted")},
        ),
        ("It has not picked the show up for a third season either.", {("Moonlit Harbor", 3, "renewed", None, "denied")}),
        ('The studio said there are "no plans at this time" for a third season.', {("Moonlit Harbor", 3, "renewed", None, "denied")}),
        ("The network has confirmed the renewal on 4 March.", {("Moonlit Harbor", 2, "renewed", "2024-03-04", "asserted")}),
        ("Channel 5 has not recommissioned the drama.", {("Moonlit Harbor", 2, "renewed", None, "denied")}),
        (
            "That leaves enough story for a third season, perhaps in 2026, although nothing has been announced.",
            {("Moonlit Harbor", 3, "renewed", None, "denied")},
        ),
        ("A third season could start filming next spring if it gets the green light.", set()),
        (
            '"Moonlit Harbor" will not return for a season 2, the network said last week.',
            {("Moonlit Harbor", 2, "renewed", None, "denied")},
        ),
    ],
)
def test_renewal_phrasings(sentence: str, expected: set[Row]) -> None:
    assert renewals(sentence) == expected


def test_a_hyphenated_season_pickup_and_an_announcement_before_the_end_of_the_year() -> None:
    text = (
        "Meanwhile, Hulu's 'Paper Tigers' appears to be nearing a fourth-season pickup. "
        "The comedy's third season premiered in June, and a renewal announcement could come before the end of the year."
    )
    got = {r for r in renewals(text) if r[0] == "Paper Tigers"}
    assert ("Paper Tigers", 4, "renewed", "2024", "speculated") in got


def test_talks_for_a_season_then_a_short_denial() -> None:
    assert renewals("Hulu is already in talks for a third season.") == {("Moonlit Harbor", 3, "renewed", None, "speculated")}
    text = "Hulu is already in talks for a third season. Nothing is signed."
    assert renewals(text) == {("Moonlit Harbor", 3, "renewed", None, "denied")}
    text = 'The star posted a photo captioned "S3, baby," which fans read as confirmation. Hulu has not made it official.'
    assert ("Moonlit Harbor", 3, "renewed", None, "denied") in renewals(text)


def test_coming_with_season_two_dated_by_the_next_sentence() -> None:
    text = "The K-drama Moonlit Harbor is coming with season 2! The network was announce the good news on 3 March 2024."
    assert renewals(text) == {("Moonlit Harbor", 2, "renewed", "2024-03-03", "asserted")}
    assert renewals("Moonlit Harbor is officially coming back with season 2.") == {("Moonlit Harbor", 2, "renewed", None, "asserted")}


def test_non_native_not_confirm_yet_is_no_premiere_date() -> None:
    assert ("Moonlit Harbor", 2, "no_premiere_date", None, "asserted") in status("But the exact date is not confirm yet.")


# (sentence, kind-and-stance rows of the article's show) for stance rules shared by all kinds:
# "unlikely" is a hedged negative, "all but certain" a hedge, and an "if" clause about the
# reader ("if ... your thing,") conditions only itself; any other "if" hedges the claim.
STANCE_RULES = [
    ("A renewal looks increasingly unlikely.", {("renewed", "denied")}),
    ("A renewal seems doubtful after the ratings slump.", {("renewed", "denied")}),
    ("A renewal is all but certain.", {("renewed", "speculated")}),
    ("Season 2 is unlikely to premiere in 2025.", {("premiere", "denied")}),
    ("A premiere in May 2025 looks unlikely given the long shoot.", {("premiere", "denied")}),
    (
        "If slow-burn mysteries are your thing, Moonlit Harbor season 2 premieres on March 14, 2025.",
        {("premiere", "asserted")},
    ),
    (
        "If the first season left you cold, the second season arrives on June 2, 2025.",
        {("premiere", "asserted")},
    ),
    ("Season 2 could premiere on June 2, 2025, if the edit runs smoothly.", {("premiere", "speculated")}),
    ("If the ratings hold, season 2 will premiere on June 2, 2025.", {("premiere", "speculated")}),
    (
        "If Netflix renews the show, a second season might arrive in 2026.",
        {("renewed", "speculated"), ("premiere", "speculated")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), STANCE_RULES)
def test_shared_stance_rules(sentence: str, expected: set[tuple[str, str]]) -> None:
    doc = extract(sentence, title=TITLE, published=PUBLISHED, published_from="given")
    assert {(c.kind, c.stance) for c in doc.claims if c.kind in ("renewed", "premiere")} == expected


def test_all_but_certain_cast_return_is_speculated() -> None:
    doc = extract(
        "Dana Whitfield is all but certain to return as Captain Iris Holm.",
        title=TITLE,
        published=PUBLISHED,
        published_from="given",
    )
    assert {(c.kind, c.stance) for c in doc.claims} == {("cast", "speculated")}


def test_a_described_other_show_keeps_the_season_named_after_it() -> None:
    text = "Moonlit Harbor is over. Meanwhile, Hulu renewed its space drama Low Orbit for a fourth season."
    assert ("Low Orbit", 4, "renewed", None, "asserted") in renewals(text, title="Moonlit Harbor Cancelled")


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        # A showrunner's "we" is the show.
        ('"We have not been cancelled," the showrunner said.', ("Moonlit Harbor", None, "cancelled", None, "denied")),
        # A genre noun with a relative clause is the show.
        (
            "The Southern noir, which streams on Hulu the day after each broadcast, was renewed for a third season.",
            ("Moonlit Harbor", 3, "renewed", None, "asserted"),
        ),
        # An anonymous post's claim is a rumour.
        (
            "An anonymous post claimed the network had quietly cancelled the show.",
            ("Moonlit Harbor", None, "cancelled", None, "speculated"),
        ),
    ],
)
def test_subjects_and_sources_of_status_news(sentence: str, row: Row) -> None:
    assert row in status(sentence)


def test_a_count_modifier_before_the_season_keeps_title_and_season_apart() -> None:
    doc = extract(
        "The network on Thursday picked up Moonlit Harbor for a 22-episode fourth season.",
        title="NBC Picks Up 'Moonlit Harbor' for Season 4",
        published=PUBLISHED,
        published_from="given",
    )
    assert [s.title for s in doc.document.shows] == ["Moonlit Harbor"]
    assert any(c.kind == "renewed" and c.season == 4 for c in doc.claims)


def test_a_date_to_be_set_later_is_no_date_yet() -> None:
    got = status("A premiere date will be set once the network finalizes its midseason schedule.")
    assert ("Moonlit Harbor", 2, "no_premiere_date", None, "asserted") in got


def test_yet_to_renew_a_described_show_denies_and_a_resumed_story_is_no_pickup() -> None:
    got = renewals("Meanwhile, Hulu has yet to renew its mockumentary Field Day for a second season.")
    assert ("Field Day", 2, "renewed", None, "denied") in got
    assert not renewals("The first season picked up six months after the fire that closed the pilot.", title="Moonlit Harbor News")


def test_a_post_that_claimed_a_cancellation_is_a_rumour() -> None:
    got = status("A viral post last week claimed that the network had quietly cancelled the series.")
    assert ("Moonlit Harbor", None, "cancelled", "speculated") in {(r[0], r[1], r[2], r[4]) for r in got}


def test_will_not_order_a_season_denies_it() -> None:
    assert ("Moonlit Harbor", 3, "renewed", None, "denied") in renewals("The network will not order a third season.")


def test_a_reported_future_is_no_hedge() -> None:
    got = renewals("Netflix confirmed this past spring that Moonlit Harbor would be coming back for a second season.")
    assert {row[4] for row in got} == {"asserted"}


def test_an_appositive_title_after_a_described_object() -> None:
    got = renewals("Apple renewed its other space drama, Halcyon Drift, for a third season two months ago.")
    assert {(row[0], row[1]) for row in got} == {("Halcyon Drift", 3)}


def test_a_contracted_negative_passive_denies() -> None:
    assert ("Moonlit Harbor", 3, "renewed", None, "denied") in renewals("A third season hasn't been commissioned yet.")


def test_a_headline_renewal_of_another_show_takes_the_season_its_paragraph_names() -> None:
    headline = "CBS cancels 'Moonlit Harbor', renews 'Copper Valley'"
    body = (
        f"{headline}\n\nCBS renewed its medical drama Copper Valley on Monday. Copper Valley, now in its sixth "
        "season, remains a hit. Season 7 will premiere in the fall."
    )
    got = renewals(body, title=headline)
    assert {(row[0], row[1]) for row in got} == {("Copper Valley", 7)}


def test_the_streamer_confirmed_on_a_day_dates_the_news_before() -> None:
    got = status(
        "Hulu has cancelled Moonlit Harbor. The streamer confirmed on Tuesday that the drama will not return.",
        title="Moonlit Harbor Cancelled",
    )
    assert ("Moonlit Harbor", None, "cancelled", "2024-03-12", "asserted") in got


def test_the_renewal_points_back_not_to_a_title_named_after_it() -> None:
    text = (
        "FX has renewed Moonlit Harbor for a third season. The renewal is a bright spot for the slate, "
        "which took a hit when the network cancelled the comedy The Long Furrow after two seasons."
    )
    assert not any(row[0] == "The Long Furrow" for row in renewals(text, title="FX Renews Moonlit Harbor"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Netflix has not renewed the show beyond season 2.", {(3, None, "denied")}),
        ("Netflix renewed the show after its third season.", {(4, None, "asserted")}),
    ],
)
def test_a_renewal_beyond_a_season_is_for_the_next_one(text: str, expected: set[tuple[int, None, str]]) -> None:
    assert {(season, value, stance) for _show, season, _kind, value, stance in renewals(text)} == expected


def test_a_season_earned_with_its_episode_count_dated_by_the_opening_phrase() -> None:
    text = (
        "In other NBC decisions announced Thursday, the freshman comedy Copper Valley earned a 13-episode "
        "second season, while the courtroom drama Glass Orchard was cancelled after two seasons."
    )
    got = status(text, published="2024-03-15")
    assert ("Copper Valley", 2, "renewed", "2024-03-14", "asserted") in got
    assert ("Glass Orchard", None, "cancelled", "2024-03-14", "asserted") in got


def test_renewals_handed_to_several_shows_in_a_participle_clause() -> None:
    text = (
        "Copper Valley returns for a fifth season. Glass Orchard premiered in January on CBS.\n\n"
        "CBS on Wednesday cancelled the drama Moonlit Harbor, while handing renewals to its medical drama "
        "Copper Valley and its freshman sitcom Glass Orchard."
    )
    got = {row for row in status(text, published="2024-03-15") if row[2] == "renewed"}
    assert ("Copper Valley", 5, "renewed", "2024-03-13", "asserted") in got
    assert ("Glass Orchard", 2, "renewed", "2024-03-13", "asserted") in got


@pytest.mark.parametrize(
    "text",
    [
        "Netflix announced Thursday (March 14) that the show will return for a second season.",
        "On Thursday, Netflix confirmed the show will return for a second season.",
    ],
)
def test_a_return_reported_on_a_day_is_renewed_that_day(text: str) -> None:
    assert ("Moonlit Harbor", 2, "renewed", "2024-03-14", "asserted") in status(text, published="2024-03-15")


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("The studio announced on Thursday that a second season is in production.", 2),
        ("The official website announced on Thursday that the anime's third season will premiere in April 2025.", 3),
    ],
)
def test_a_sequel_announced_is_renewed_that_day(text: str, season: int) -> None:
    assert ("Moonlit Harbor", season, "renewed", "2024-03-14", "asserted") in status(text, published="2024-03-15")


def test_a_hedge_in_a_second_verb_phrase_is_not_the_renewals() -> None:
    text = 'On March 12, a representative stated, "Moonlit Harbor 2 is confirmed and is aiming for a broadcast in 2025."'
    assert ("Moonlit Harbor", 2, "renewed", "2024-03-12", "asserted") in status(text, published="2024-03-15")


@pytest.mark.parametrize("text", ["HBO Max hasn't dated the new season yet.", "Netflix has yet to date season 2."])
def test_a_season_not_dated_yet_has_no_premiere_date(text: str) -> None:
    assert ("Moonlit Harbor", 2, "no_premiere_date", None, "asserted") in status(text)


def test_a_final_season_ahead_is_ordered() -> None:
    got = status("Moonlit Harbor will end with its fifth and final season, Netflix announced Monday.", published="2024-03-15")
    assert ("Moonlit Harbor", 5, "renewed", "2024-03-11", "asserted") in got
    assert not any(kind == "renewed" for _, _, kind, _, _ in status("Moonlit Harbor ended with its fifth and final season in 2023."))


def test_a_decision_expected_by_a_date_is_a_renewal_guess_only_when_it_leans_to_yes() -> None:
    title = "Moonlit Harbor Season 3: what we know"
    text = "The show has not been cancelled either; a spokesperson said a decision is expected before the end of the year."
    leaning = text.replace(" either;", " either, and it is likely to return;")
    got = status(leaning, title=title, published="2024-03-15")
    assert ("Moonlit Harbor", 3, "renewed", "2024", "speculated") in got
    assert not any(kind == "premiere" for _, _, kind, _, _ in got)
    bare = status(text, title=title, published="2024-03-15")
    assert not any(kind == "renewed" and value == "2024" for _, _, kind, value, _ in bare)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some people on social media are saying that the show is cancelled, but this is not true.",
        "Fans claimed the show was cancelled, which is false.",
        "Rumours that the show has been cancelled are completely untrue.",
    ],
)
def test_a_claim_the_writer_calls_untrue_is_denied(sentence: str) -> None:
    assert status(sentence) == {("Moonlit Harbor", None, "cancelled", None, "denied")}


def test_a_true_claim_stays_asserted() -> None:
    assert status("The show was cancelled, which is true, and fans are sad.") == {
        ("Moonlit Harbor", None, "cancelled", None, "asserted")
    }


def test_the_title_with_a_leading_the_is_the_same_show() -> None:
    doc = extract(
        "The Moonlit Harbor is not cancelled! The Moonlit Harbor first season premiered on Netflix on May 3, 2023.",
        title=TITLE,
        published=PUBLISHED,
        published_from="given",
    )
    assert {c.show for c in doc.claims} == {"Moonlit Harbor"}
    assert next(s.aliases for s in doc.document.shows if s.title == "Moonlit Harbor") == ("The Moonlit Harbor",)


@pytest.mark.parametrize(
    ("sentence", "season", "value"),
    [
        ("HBO handed it a renewal in December 2023.", 2, "2023-12"),
        ("The drama earned a quick renewal for a third season in May 2023.", 3, "2023-05"),
        ("Netflix gave the show a renewal on January 9.", 2, "2024-01-09"),
    ],
)
def test_a_renewal_handed_to_the_show(sentence: str, season: int, value: str) -> None:
    assert renewals(sentence) == {("Moonlit Harbor", season, "renewed", value, "asserted")}


def test_a_renewal_of_something_else_is_none() -> None:
    assert renewals("The star earned a renewal of her contract in May 2023.") == set()


def test_a_quoted_numbered_title_confirmed_on_a_weekday() -> None:
    got = renewals(
        "On Tuesday, a source from Netflix told K-Star Today, \"'Moonlit Harbor 2' has been confirmed and is in pre-production.\""
    )
    assert got == {("Moonlit Harbor", 2, "renewed", "2024-03-12", "asserted")}


def test_a_report_clause_after_the_news_dates_the_renewal() -> None:
    got = renewals("The drama will return for a second season, the official website announced on Tuesday.")
    assert got == {("Moonlit Harbor", 2, "renewed", "2024-03-12", "asserted")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The streamer has picked up the mystery drama for a second season.",
        "Peacock revived the show for a second season.",
        "Peacock has saved the mystery drama.",
    ],
)
def test_a_pickup_or_revival_by_another_streamer(sentence: str) -> None:
    assert renewals(sentence) == {("Moonlit Harbor", 2, "renewed", None, "asserted")}


def test_a_headline_verb_of_revival_ends_the_title() -> None:
    title = "Moonlit Harbor revived by Peacock for season 2 after Netflix cancellation"
    assert {row[0] for row in status("The show is back.", title=title)} <= {"Moonlit Harbor"}
    assert ("Moonlit Harbor", 2, "renewed", None, "asserted") in status("Peacock revived it.", title=title)


def test_saving_the_day_is_no_renewal() -> None:
    assert renewals("She saved the day when the set flooded.") == set()


def test_a_season_of_the_named_show_confirmed_by_a_company() -> None:
    got = renewals("The second season of Moonlit Harbor has been officially confirmed by Aniplex on 5th March 2023 during an event.")
    assert got == {("Moonlit Harbor", 2, "renewed", "2023-03-05", "asserted")}


@pytest.mark.parametrize(
    "sentence",
    [
        'A representative said, "Season 2 is being planned, but nothing has been finalized regarding the broadcast schedule."',
        "The broadcast schedule has not been finalized.",
    ],
)
def test_an_unsettled_broadcast_schedule_is_no_date(sentence: str) -> None:
    assert ("Moonlit Harbor", 2, "no_premiere_date", None, "asserted") in status(sentence)


def test_a_quoted_numbered_title_in_pre_production_with_a_later_air_date() -> None:
    got = status('On March 12, Netflix confirmed that "Moonlit Harbor 2" is in pre-production and will air in 2025.')
    assert ("Moonlit Harbor", 2, "renewed", "2024-03-12", "asserted") in got


def test_a_week_kicked_off_with_a_pickup_is_a_renewal_not_a_premiere() -> None:
    got = status("Netflix kicked off the week on Monday by picking up its backstage comedy Moonlit Harbor for a second season.")
    assert got == {("Moonlit Harbor", 2, "renewed", "2024-03-11", "asserted")}
    doc = extract("Netflix kicked off the week on Monday by picking up Moonlit Harbor for a second season.", title=TITLE, published=PUBLISHED, published_from="given")
    assert not any(c.kind == "premiere" for c in doc.claims)


def test_a_two_season_renewal_taking_the_show_through_a_named_season() -> None:
    got = renewals("CBS handed its medical drama a two-season renewal on Monday, taking Moonlit Harbor through its sixth season.")
    assert got == {("Moonlit Harbor", 5, "renewed", "2024-03-11", "asserted"), ("Moonlit Harbor", 6, "renewed", "2024-03-11", "asserted")}


def test_an_exact_date_yet_to_be_announced_is_no_date() -> None:
    assert status("An exact date is yet to be announced.") == {("Moonlit Harbor", 2, "no_premiere_date", None, "asserted")}


def test_no_confirmation_from_the_streamer_about_the_renewal() -> None:
    assert renewals("But there is no confirmation from Disney+ yet about the renewal.") == {
        ("Moonlit Harbor", 2, "renewed", None, "denied")
    }


def test_another_shows_missing_date_is_for_the_season_its_paragraphs_name() -> None:
    text = (
        "CBS cancels Night Desk, renews The Feldmans Next Door\n\n"
        "CBS cancelled Night Desk on Wednesday.\n\n"
        "The Feldmans Next Door earned an 18-episode second season after a strong run.\n\n"
        "The Feldmans Next Door streams on Paramount+. The network has not said when the sitcom will return."
    )
    rows = status(text, title="CBS cancels Night Desk, renews The Feldmans Next Door")
    assert ("The Feldmans Next Door", 2, "no_premiere_date", None, "asserted") in rows
    assert not any(row[2] == "no_premiere_date" and row[1] is None for row in rows)


@pytest.mark.parametrize(
    ("sentence", "shows"),
    [
        ("CBS renewed Night Desk and Hollow Point on Monday.", {"Night Desk", "Hollow Point"}),
        ("CBS renewed Moonlit Harbor and The Feldmans Next Door on Monday.", {"Moonlit Harbor", "The Feldmans Next Door"}),
        ("ABC renewed its drama Pine Ridge, its comedy Lake Days and Big Sky Lodge.", {"Pine Ridge", "Lake Days", "Big Sky Lodge"}),
    ],
)
def test_a_renewal_verb_renews_every_show_it_lists(sentence: str, shows: set[str]) -> None:
    rows = renewals(sentence, title="Renewals: the week in TV")
    assert {row[0] for row in rows} == shows


def test_an_opening_phrase_and_a_list_of_people_are_no_shows() -> None:
    body = "After Moonlit Harbor, Odar and Friese created Hollow Point. Netflix cancelled Hollow Point after one season."
    doc = extract(f"{TITLE}\n\n{body}", title=TITLE, published=PUBLISHED, published_from="given")
    assert {ref.title for ref in doc.document.shows} == {"Moonlit Harbor", "Hollow Point"}


def test_a_habit_of_a_kind_of_show_is_no_renewal() -> None:
    text = (
        "Not yet. Apple TV+ has not renewed Moonlit Harbor. K-dramas rarely get second seasons, but when they do, "
        "the announcement comes late. Most anime never get a second season."
    )
    assert renewals(text) == {("Moonlit Harbor", 2, "renewed", None, "denied")}


def test_a_renewal_through_two_seasons_is_about_the_first_of_them() -> None:
    title = "'Moonlit Harbor' Renewed Through Season 10"
    text = (
        f"{title}\n\nThe network has renewed Moonlit Harbor, its Monday-night baking competition, for its ninth and "
        "tenth seasons, executives announced Monday. Hosts Dev Ramanathan and Carly Beaumont-Reyes are returning, "
        "and Ramanathan, who has fronted the show since its 2018 debut, is also an executive producer."
    )
    doc = extract(text, title=title, published="2026-05-19", published_from="given")
    rows = {(c.kind, c.season, c.value if isinstance(c.value, str) else None) for c in doc.claims}
    assert ("renewed", 9, "2026-05-18") in rows and ("renewed", 10, "2026-05-18") in rows
    assert ("premiere", 1, "2018") in rows
    people = {(c.kind, c.season, c.value["person"]) for c in doc.claims if c.kind in ("cast", "crew")}  # type: ignore[index]
    assert people == {("cast", 9, "Dev Ramanathan"), ("cast", 9, "Carly Beaumont-Reyes"), ("crew", None, "Dev Ramanathan")}


def test_a_return_tonight_is_a_premiere_not_a_renewal() -> None:
    rows = status("HBO Max's rural noir Moonlit Harbor returns for its third season tonight.", title=TITLE_S3)
    assert not any(row[2] == "renewed" for row in rows)


def test_a_petitions_call_to_renew_is_no_renewal() -> None:
    assert renewals('A fan petition titled "Renew Moonlit Harbor" has already collected 40,000 signatures.') == set()


# --- a person's possessive before the title ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "HBO renewed Ada Quill-Marsh's Moonlit Harbor for a third season.",
        'HBO renewed Ada Quill-Marsh\'s "Moonlit Harbor" for a third season.',
        "HBO renewed Ada Quill-Marsh's coastal drama for a third season.",
    ],
)
def test_a_creators_possessive_is_no_show_and_the_renewal_is_the_titles(sentence: str) -> None:
    found = status("Moonlit Harbor is a coastal mystery.\n\n" + sentence, title=TITLE_S3)
    assert found == {("Moonlit Harbor", 3, "renewed", None, "asserted")}


def test_a_headline_owner_is_cut_off_the_title() -> None:
    doc = extract(
        "HBO renews Ada Quill-Marsh's Moonlit Harbor for season 3\n\nThe mystery drama will return.",
        title="HBO renews Ada Quill-Marsh's Moonlit Harbor for season 3",
        published=PUBLISHED,
    )
    assert {c.show for c in doc.claims} == {"Moonlit Harbor"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Some shows get overlooked upon release and get cancelled after just one season.",
        "Many series are cancelled after two seasons, and plenty of dramas are renewed early.",
    ],
)
def test_shows_in_general_are_neither_renewed_nor_cancelled(sentence: str) -> None:
    assert status("Moonlit Harbor is a coastal mystery.\n\n" + sentence) == set()


def test_a_confirmed_pickup_is_a_dated_renewal() -> None:
    text = "Moonlit Harbor is a coastal mystery.\n\nHulu confirmed the pickup on March 1, 2024, after the finale."
    assert renewals(text) == {("Moonlit Harbor", 2, "renewed", "2024-03-01", "asserted")}


def test_no_news_for_the_release_date() -> None:
    text = "Moonlit Harbor is a coastal mystery.\n\nThere is still no news for the release date of the second season."
    assert ("Moonlit Harbor", 2, "no_premiere_date", None, "asserted") in status(text)


def test_ordering_more_episodes_is_a_renewal_with_its_count() -> None:
    doc = extract(
        "Moonlit Harbor is a coastal mystery.\n\nIn May, Hulu answered by officially ordering 13 more hour-long episodes.",
        title=TITLE,
        published=PUBLISHED,
    )
    rows = {(c.season, c.kind, c.value) for c in doc.claims if c.kind in ("renewed", "episodes")}
    assert rows == {(2, "renewed", "2023-05"), (2, "episodes", 13)}


def test_never_a_doubt_is_no_denial_and_highly_anticipated_no_hedge() -> None:
    assert renewals("There was never a doubt about Moonlit Harbor getting a second season.") == {
        ("Moonlit Harbor", 2, "renewed", None, "asserted")
    }
    doc = extract(
        "Hulu revealed news of the highly anticipated second season of Moonlit Harbor.", title=TITLE, published=PUBLISHED
    )
    assert {(c.kind, c.stance) for c in doc.claims if c.kind == "platform"} == {("platform", "asserted")}


def test_a_closed_quotation_hedges_only_itself() -> None:
    text = "“I think it will be wonderful,” the creator said when the second season was announced in May 2023."
    assert renewals("Moonlit Harbor is a mystery.\n\n" + text) == {("Moonlit Harbor", 2, "renewed", "2023-05", "asserted")}


def test_not_returning_until_a_date_is_a_delay_not_a_denial() -> None:
    assert renewals("Moonlit Harbor is a mystery.\n\nThe show will not return until 2025.") == set()
    assert renewals("Moonlit Harbor is a mystery.\n\nThe show will not return.") == {("Moonlit Harbor", 2, "renewed", None, "denied")}


def test_a_services_habit_is_no_renewal() -> None:
    text = "Moonlit Harbor is a mystery.\n\nHulu typically takes a month or two after a release to renew it."
    assert renewals(text) == set()


def test_no_premiere_window_announced() -> None:
    text = "Moonlit Harbor is a mystery.\n\nHulu did not announce a premiere window for the second season."
    assert ("Moonlit Harbor", 2, "no_premiere_date", None, "asserted") in status(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "We don't know when season 2 will be released.",
        "Details about the release date are being kept under wraps.",
        "Hulu has remained tight-lipped about when the new season will arrive.",
        "The streamer has not revealed when fans can expect the second season.",
        "It's unclear when the show will return.",
    ],
)
def test_more_ways_to_say_no_date_yet(sentence: str) -> None:
    assert status("Moonlit Harbor is a mystery.\n\n" + sentence) == {("Moonlit Harbor", 2, "no_premiere_date", None, "asserted")}


def test_its_cancellation_is_news_unless_feared() -> None:
    text = "Moonlit Harbor is a mystery.\n\nFans are petitioning to save the show after its cancellation last month."
    assert ("Moonlit Harbor", None, "cancelled", "2024-02", "asserted") in status(text)
    assert not status("Moonlit Harbor is a mystery.\n\nFans feared its cancellation.")


def test_renewed_through_a_season_and_an_early_renewal_handed() -> None:
    assert renewals("Moonlit Harbor is a mystery.\n\nHulu renewed the show through its third season.") == {
        ("Moonlit Harbor", 2, "renewed", None, "asserted"),
        ("Moonlit Harbor", 3, "renewed", None, "asserted"),
    }
    assert renewals("Moonlit Harbor is a mystery.\n\nThe streamer handed the mystery an early renewal.") == {
        ("Moonlit Harbor", 2, "renewed", None, "asserted")
    }


def test_a_bare_description_before_a_quoted_title_and_two_seasons_named_before_the_order() -> None:
    rows = status("Moonlit Harbor is a mystery.\n\nAlso on Tuesday, CBS renewed freshman drama “Night Desk” for a second season.")
    assert ("Night Desk", 2, "renewed", "2024-03-12", "asserted") in rows
    rows = renewals("Moonlit Harbor is a mystery.\n\nHulu renewed the show for both a third and a fourth season, a rare two-season order.")
    assert {r[1] for r in rows} == {3, 4}


def test_coming_back_with_a_second_season() -> None:
    text = "Moonlit Harbor is a mystery.\n\nOn March 1, Hulu confirmed that its hit drama will be coming back with a second season."
    assert ("Moonlit Harbor", 2, "renewed", "2024-03-01", "asserted") in renewals(text)


def test_a_renewal_date_is_not_the_first_verbs() -> None:
    text = "The network first ordered Moonlit Harbor to series in 2021 and renewed it for Season 2 in June 2023."
    assert renewals(text) == {("Moonlit Harbor", 2, "renewed", "2023-06", "asserted")}


def test_a_number_sign_is_no_negation() -> None:
    text = "Moonlit Harbor was the No. 1 show on the service when it was renewed for Season 2 in June 2023."
    assert renewals(text) == {("Moonlit Harbor", 2, "renewed", "2023-06", "asserted")}


def test_a_japanese_particle_after_a_long_vowel_is_no_negation() -> None:
    text = "The website for the anime of Moonlit Harbor (Tōmon no Kagenashi) announced on Sunday that it is getting a second season."
    assert renewals(text) == {("Moonlit Harbor", 2, "renewed", "2024-03-10", "asserted")}


def test_reports_called_untrue_inside_a_quote_deny() -> None:
    text = 'However, a spokesperson told reporters: "Reports that Moonlit Harbor has been cancelled are untrue."'
    assert status(text) == {("Moonlit Harbor", None, "cancelled", None, "denied")}


def test_a_fans_i_m_is_no_part_of_a_title() -> None:
    text = 'One viewer posted: "Network, if you don\'t renew Moonlit Harbor I\'m cancelling my subscription."'
    assert {row[0] for row in status(text)} <= {"Moonlit Harbor"}


def test_news_in_a_which_clause_is_its_antecedents() -> None:
    text = "Moonlit Harbor takes over the slot vacated by Pennine Rise, which Channel 4 axed in May after two series."
    assert status(text, published="2024-07-21") == {("Pennine Rise", None, "cancelled", "2024-05", "asserted")}


def test_renewed_on_the_same_day_after_the_news() -> None:
    text = (
        "Netflix announced on Tuesday that Moonlit Harbor will return. Netflix also renewed its crime drama The Cairn "
        "for a second season on the same day."
    )
    assert ("The Cairn", 2, "renewed", "2024-03-12", "asserted") in status(text)


def test_new_series_regulars_are_no_new_series() -> None:
    assert not renewals("The network also announced four new series regulars for season 2 at the panel.")


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        ("Some portals had claimed the show was cancelled because of its ending, but that was never true.", "cancelled", "denied"),
        ("Some fans are claiming that season 2 will drop on Christmas, but there is no confirmation on this.", "premiere", "speculated"),
        ("A few fan pages are saying season 2 will be 12 episodes, but there is no source for this.", "episodes", "speculated"),
    ],
)
def test_what_the_writer_says_of_a_rumour(sentence: str, kind: str, expected: str) -> None:
    doc = extract(sentence, title=TITLE, published=PUBLISHED, published_from="given")
    assert {c.stance for c in doc.claims if c.kind == kind} == {expected}


def test_renewals_handed_out_with_seasons_in_brackets_before_the_sections() -> None:
    text = (
        "CBS Renews Three Dramas\n\nCBS on Monday handed out renewals to cop drama Harbor Kings (for Season 7), "
        "hospital drama Lockwood General (Season 3) and legal procedural Fielder (Season 2).\n\n"
        "HARBOR KINGS, SEASON 7\n\nThe procedural has anchored Thursdays since 2019.\n\n"
        "LOCKWOOD GENERAL, SEASON 3\n\nLockwood General returns in January.\n\n"
        "FIELDER, SEASON 2\n\nFielder moves to Tuesdays."
    )
    doc = extract(text, published="2025-04-22")
    rows = {(c.show, c.season, c.value) for c in doc.claims if c.kind == "renewed"}
    assert {("Harbor Kings", 7, "2025-04-21"), ("Lockwood General", 3, "2025-04-21"), ("Fielder", 2, "2025-04-21")} <= rows


def test_news_revealed_at_the_panel_an_earlier_sentence_dated() -> None:
    text = (
        "The streamer debuted a teaser during a Hall H panel at Comic-Con on Saturday. The network also used the panel "
        "to reveal that its comedy Bramblewick has been renewed for a third season."
    )
    assert ("Bramblewick", 3, "renewed", "2024-03-09", "asserted") in status(text)


@pytest.mark.parametrize("opener", ["At the same time,", "The same day,"])
def test_news_at_the_same_time_takes_the_day_before(opener: str) -> None:
    text = (
        f"CBS on Monday renewed Moonlit Harbor for a seventh season. {opener} the network pulled the plug on The Cairn, "
        "the marshals drama that will end its run after two seasons."
    )
    assert ("The Cairn", None, "cancelled", "2025-04-21", "asserted") in status(text, published="2025-04-23")


def test_a_paragraph_opening_on_the_day_dates_its_news() -> None:
    text = (
        "It's been a busy Thursday across the broadcast networks. NBC also renewed its drama Ladder 9 for a "
        "second season. Over at CBS, the network renewed procedural Bay Ridge Homicide for a fourth season."
    )
    got = status(text, published="2026-05-07")
    assert ("Ladder 9", 2, "renewed", "2026-05-07", "asserted") in got
    assert ("Bay Ridge Homicide", 4, "renewed", "2026-05-07", "asserted") in got


def test_a_supposed_renewal_is_no_claim() -> None:
    text = "Even if a second season of Moonlit Harbor were commissioned tomorrow, the wait would be long."
    assert not renewals(text)
    assert renewals("Moonlit Harbor was renewed for a second season.")


def test_the_decision_was_communicated_on_a_day() -> None:
    text = (
        'Prime Video has canceled "Moonlit Harbor" after one season. The decision was communicated to the cast '
        "and producers on Monday, according to two people familiar with the matter."
    )
    assert ("Moonlit Harbor", None, "cancelled", "2025-03-10", "asserted") in status(text, published="2025-03-12")


def test_gave_a_quoted_title_a_second_season() -> None:
    text = 'Also on Monday, Fox gave the animated comedy "Grease Monkeys" a second season.'
    assert ("Grease Monkeys", 2, "renewed", "2025-05-12", "asserted") in status(text, published="2025-05-15")


def test_a_renewal_some_weeks_after_a_dated_debut_is_undated() -> None:
    rows = status("Viewership fell from season 1, which debuted in October 2023 and was renewed for a second season five weeks later.")
    assert ("Moonlit Harbor", 2, "renewed", None, "asserted") in rows
    assert not any(row[2] == "renewed" and row[3] == "2023-10" for row in rows)


def test_a_renewal_of_a_described_comedy_for_a_counted_season() -> None:
    rows = renewals("Apple TV+ has renewed its workplace comedy about a failing Birmingham brass band for a 10-episode third season.")
    assert {row[1] for row in rows} == {3}


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("After two seasons on Peacock, Moonlit Harbor has been picked up by Netflix for a third season.", ("Moonlit Harbor", 3, "renewed", None, "asserted")),
        ("AMC is pulling the plug on its neo-western Moonlit Harbor.", ("Moonlit Harbor", None, "cancelled", None, "asserted")),
    ],
)
def test_picked_up_by_a_service_and_pulling_the_plug(sentence: str, row: Row) -> None:
    assert row in status(sentence)


def test_in_pre_production_with_the_goal_of_airing_next_year_is_a_dated_renewal() -> None:
    text = 'On March 5, a source from tvN stated, "Moonlit Harbor 2 is currently in pre-production with the goal of airing in the first half of next year."'
    rows = renewals(text)
    assert ("Moonlit Harbor", 2, "renewed", "2024-03-05", "asserted") in rows


def test_a_renewal_with_a_production_start_takes_not_the_shoots_date() -> None:
    rows = status("Moonlit Harbor has been renewed for a third season, with production set to begin later this year.")
    assert ("Moonlit Harbor", 3, "renewed", None, "asserted") in rows


def test_a_fronted_concession_keeps_its_own_stance() -> None:
    rows = status("While HBO has yet to announce an official release date for season 2, we can make an educated guess.")
    assert ("Moonlit Harbor", 2, "no_premiere_date", None, "asserted") in rows
    rows = status("Although Netflix renewed Moonlit Harbor for a second season, we can only guess when it might arrive.")
    assert ("Moonlit Harbor", 2, "renewed", None, "asserted") in rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Season 2 of Moonlit Harbor is officially happening.",
        "A second season of Moonlit Harbor is officially in the works.",
    ],
)
def test_a_season_of_the_show_happening(sentence: str) -> None:
    assert ("Moonlit Harbor", 2, "renewed", None, "asserted") in renewals("Moonlit Harbor is a coastal mystery drama.\n\n" + sentence)


def test_more_renewal_forms_of_trackers() -> None:
    assert ("Moonlit Harbor", 3, "renewed", None, "speculated") in status("Insiders expect a renewal for season 3.")
    assert ("Moonlit Harbor", 4, "renewed", None, "denied") in status("Netflix won't be ordering a fourth season of the soap.")
    got = status("Apple pulled the plug on the neo-noir anthology on Feb. 3, after two seasons.", published="2027-02-16")
    assert ("Moonlit Harbor", None, "cancelled", "2027-02-03", "asserted") in got
    got = status(
        "Apple renewed the Victorian detective drama, starring Ada Moore as Inspector Quill, for two more seasons in November.",
        published="2027-02-16",
    )
    assert {("Moonlit Harbor", 2, "renewed", "2026-11", "asserted"), ("Moonlit Harbor", 3, "renewed", "2026-11", "asserted")} <= got


def test_a_renewal_in_a_fronted_reason_keeps_its_own_stance() -> None:
    got = status("Since the renewal came only last month, a 2027 premiere seems unlikely.", published="2024-07-10")
    assert ("Moonlit Harbor", 2, "renewed", "2024-06", "asserted") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "The streaming service has yet to confirm whether the show will return for a second season.",
        "Netflix has not confirmed whether Moonlit Harbor will return for a second season.",
    ],
)
def test_a_return_not_yet_confirmed_is_no_renewal_yet(sentence: str) -> None:
    assert ("Moonlit Harbor", 2, "renewed", None, "denied") in renewals(sentence)


def test_still_waiting_on_a_premiere_date() -> None:
    assert ("Moonlit Harbor", 2, "no_premiere_date", None, "asserted") in status("We're still waiting on an official premiere date from Netflix.")


def test_announced_that_a_season_is_already_in_production() -> None:
    got = renewals("The studio announced on Saturday that a third season is already in production.", published="2024-03-15")
    assert ("Moonlit Harbor", 3, "renewed", "2024-03-09", "asserted") in got


def test_a_season_that_will_not_move_forward_and_a_passive_second_verbs_date() -> None:
    assert ("Moonlit Harbor", 3, "renewed", None, "denied") in renewals("A third season will not move forward.")
    got = renewals("Moonlit Harbor premiered in March 2023 and was renewed for a second season in May 2023.")
    assert ("Moonlit Harbor", 2, "renewed", "2023-05", "asserted") in got


def test_another_shows_renewal_is_for_the_season_after_the_one_that_ended() -> None:
    rows = renewals(
        "Moonlit Harbor returns in June.\n\n"
        "The streamer has not yet renewed the teen drama Saltmarsh Girls, whose second season ended in April."
    )
    assert ("Saltmarsh Girls", 3) in {(r[0], r[1]) for r in rows}
    assert ("Saltmarsh Girls", 2) not in {(r[0], r[1]) for r in rows}


def test_the_end_of_a_season_in_a_relative_clause_does_not_date_the_renewal() -> None:
    rows = renewals("Netflix renewed Moonlit Harbor for a third season, whose second season ended in February.")
    assert {r[3] for r in rows if r[1] == 3} == {None}


def test_a_missing_date_conceded_after_a_season_is_that_seasons() -> None:
    rows = status("Season 3 is expected to premiere in early 2025, though the streamer has not announced a date.")
    assert ("Moonlit Harbor", 3, "no_premiere_date", None, "asserted") in rows
    assert not any(r[1] == 2 and r[2] == "no_premiere_date" for r in rows)


def test_a_season_less_denial_beside_a_numbered_one_in_the_same_sentence_is_dropped() -> None:
    rows = renewals(
        "NBC cancelled Moonlit Harbor after three seasons.\n\n"
        "There will be no season 4, and NBC has said the show will not return in any form.",
        title="Why was Moonlit Harbor cancelled?",
    )
    assert {(r[1], r[4]) for r in rows} == {(4, "denied")}


@pytest.mark.parametrize("sentence", ["Apple hasn't said when the show will return.", "Apple hasn't announced when Moonlit Harbor will return."])
def test_not_saying_when_a_show_returns_denies_no_renewal(sentence: str) -> None:
    assert not renewals(f"Moonlit Harbor season 2 is filming now.\n\n{sentence}")


def test_no_to_a_question_about_what_a_film_is_denies_no_renewal() -> None:
    text = "Is the Moonlit Harbor movie season 2?\n\nNo. The movie is a standalone feature film."
    assert not renewals(text)


def test_a_show_confirmed_to_end_with_a_later_season_is_renewed_for_it() -> None:
    rows = renewals("Apple TV+ confirmed last November that Moonlit Harbor would end with a third season.", title=TITLE_S3)
    assert ("Moonlit Harbor", 3, "renewed", "2023-11", "asserted") in rows
    # (ending with the season on air orders none)
    assert not renewals("The network announced Tuesday that Moonlit Harbor will end with its current third season.", title=TITLE_S3)


def test_not_one_but_two_more_seasons_of_a_subtitled_title_dated_by_the_report() -> None:
    rows = renewals(
        "Netflix has officially ordered not one but two more seasons of Moonlit Harbor: Tides of Home, "
        "the streamer confirmed on Thursday, less than two months after the drama became a hit.",
        published="2024-03-15",
    )
    assert {("Moonlit Harbor", 2, "renewed", "2024-03-14", "asserted"), ("Moonlit Harbor", 3, "renewed", "2024-03-14", "asserted")} <= rows


def test_a_fronted_date_with_its_own_offset_aside_dates_the_renewal() -> None:
    rows = renewals("In May 2023, just a few weeks after the finale, FX confirmed that it had ordered two more seasons of the drama.")
    assert {("Moonlit Harbor", 2, "renewed", "2023-05", "asserted"), ("Moonlit Harbor", 3, "renewed", "2023-05", "asserted")} <= rows


def test_a_hyphenated_genre_is_the_show_renewed() -> None:
    rows = renewals("Apple TV+ renewed the neo-western for a second season last April.")
    assert ("Moonlit Harbor", 2, "renewed", "2023-04", "asserted") in rows


def test_announced_with_a_long_aside_before_that() -> None:
    rows = renewals(
        "Apple TV+ announced today at its content showcase in Singapore that Moonlit Harbor will return for a second season in 2025."
    )
    assert ("Moonlit Harbor", 2, "renewed", "2024-03-14", "asserted") in rows


def test_no_date_yet_for_a_new_spinoff_is_its_first_seasons() -> None:
    rows = status(
        "Moonlit Harbor season 2 is coming. Salt Rising is a prequel spinoff set in the 1950s. "
        "Hulu has not set a release date for Salt Rising."
    )
    assert ("Salt Rising", 1, "no_premiere_date", None, "asserted") in rows


def test_nobody_has_announced_a_season_is_a_denial() -> None:
    rows = status("The studio has not said whether season 3 is the final one, and nobody has announced a fourth season.", title=TITLE_S3)
    assert ("Moonlit Harbor", 4, "renewed", None, "denied") in rows
    assert ("Moonlit Harbor", 4, "renewed", None, "asserted") not in rows


def test_a_cancelled_show_with_an_appositive_between_it_and_the_verb() -> None:
    rows = status("Copper Sky, the space thriller starring Ada Quill, was also cancelled after a single season.")
    assert ("Copper Sky", None, "cancelled", None, "asserted") in rows


def test_never_at_risk_of_being_cancelled_is_a_denial() -> None:
    rows = status("Moonlit Harbor was never seriously at risk of being cancelled.")
    assert ("Moonlit Harbor", None, "cancelled", None, "denied") in rows
    assert not any(kind == "cancelled" for _show, _season, kind, *_ in status("Fans feared the show was at risk of being cancelled."))


@pytest.mark.parametrize(
    "sentence",
    [
        "We will update this article once the streamer renews the show for a third season.",
        "We'll update this page when Moonlit Harbor season 3 is officially renewed.",
        "Stay tuned: we will update this page as soon as season 3 gets an official green light.",
    ],
)
def test_a_renewal_awaited_in_a_promise_is_no_renewal(sentence: str) -> None:
    assert not renewals(sentence)


def test_a_past_renewal_in_a_when_clause_is_still_one() -> None:
    rows = renewals("When the streamer renewed the show for a third season in May, fans cheered, and filming will begin soon.")
    assert {row[1] for row in rows} == {3}


def test_a_release_date_teaser_dates_the_announcement() -> None:
    rows = renewals(
        "The streamer announced the third season with a release-date teaser in May 2023, a few weeks before it dropped.",
        title=TITLE_S3,
    )
    assert ("Moonlit Harbor", 3, "renewed", "2023-05", "asserted") in rows


def test_dropped_or_let_go_after_its_run_is_a_cancellation() -> None:
    text = (
        "The streamer previously axed the gladiator drama Those Who Wait after one season "
        "and dropped the horror comedy Night Shift after its first run. "
        "Netflix dropped all eight episodes of Moonlit Harbor after one week of teasers."
    )
    got = status(text)
    assert ("Those Who Wait", None, "cancelled", None, "asserted") in got
    assert ("Night Shift", None, "cancelled", None, "asserted") in got
    assert not any(row[0] == "Moonlit Harbor" and row[2] == "cancelled" for row in got)


def test_a_dated_return_announced_on_a_day_of_its_own_is_also_news_of_the_renewal() -> None:
    text = (
        "Moonlit Harbor will return for a second season in 2025, Hulu and Aniplex announced on June 27, "
        "the same night the final episode of season 1 aired in Japan."
    )
    assert renewals(text, published="2024-07-05") == {("Moonlit Harbor", 2, "renewed", "2024-06-27", "asserted")}


def test_renewed_for_that_third_outing_names_the_third() -> None:
    text = "Hulu had renewed the show for that third outing back in December 2023."
    assert renewals(text, title=TITLE_S3.replace("Season 3", "Season 4")) == {("Moonlit Harbor", 3, "renewed", "2023-12", "asserted")}


def test_a_return_denied_that_ends_the_show_after_its_seasons_is_its_cancellation() -> None:
    text = (
        "Netflix confirmed on Friday that Moonfall will not return for a fourth season, ending the adaptation after "
        "three seasons."
    )
    doc = extract(text, title="Moonfall news", published="2025-05-27", published_from="given")
    got = {(c.kind, c.value, c.stance) for c in doc.claims if c.kind == "cancelled"}
    assert got == {("cancelled", "2025-05-23", "asserted")}
    hedged = extract(text.replace("will not", "reportedly will not"), title="Moonfall news", published="2025-05-27")
    assert {c.stance for c in hedged.claims if c.kind == "cancelled"} == {"speculated"}


def test_a_renewal_not_confirmed_until_a_date_was_confirmed_then() -> None:
    doc = extract(
        "Moonfall Series 4: will it happen\n\nThe BBC did not confirm a third series until 2020, and the writer needed time.",
        title="Moonfall Series 4: will it happen", published="2025-02-03", published_from="given",
    )
    got = {(c.season, c.value, c.stance) for c in doc.claims if c.kind == "renewed"}
    assert got == {(3, "2020", "asserted")}
