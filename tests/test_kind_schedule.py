"""Premiere, filming and episode-count claims, through the whole extraction pipeline."""

from __future__ import annotations

import pytest

from nextseason.extract import extract

TITLE = "Moonfall Season 2 Release Date, Cast and Everything We Know"
PUBLISHED = "2024-05-15"
KINDS = ("premiere", "filming", "episodes")

Row = tuple[int | None, str, object, str]


def _rows(body: str, *, published: str = PUBLISHED) -> set[Row]:
    doc = extract(f"{TITLE}\n\n{body}", title=TITLE, published=published, published_from="given")
    return {(c.season, c.kind, c.value, c.stance) for c in doc.claims if c.kind in KINDS}


def _parts(body: str) -> dict[object, int | None]:
    doc = extract(f"{TITLE}\n\n{body}", title=TITLE, published=PUBLISHED, published_from="given")
    return {c.value: c.part for c in doc.claims if c.kind == "premiere"}


# --------------------------------------------------------------------------- premiere


@pytest.mark.parametrize("end", ["finished airing", "ended its run", "stopped streaming"])
def test_the_end_of_a_run_is_no_premiere(end: str) -> None:
    rows = _rows(f"The first season premiered last June and {end} in August.")
    assert rows == {(1, "premiere", "2023-06", "asserted")}


def test_a_date_naming_the_finale_is_no_premiere() -> None:
    rows = _rows("The second season premiered July 1, followed by weekly episodes through the Aug. 19 finale.")
    assert rows == {(2, "premiere", "2023-07-01", "asserted")}


def test_a_season_opens_on_a_bare_weekday() -> None:
    assert _rows("The legal drama opens its fifth season Thursday at 9 p.m.") == {(5, "premiere", "2024-05-16", "asserted")}


def test_available_since_a_date_is_no_premiere_but_a_shoot_since_is_filming() -> None:
    assert _rows("Season one has streamed on Netflix since June under a licensing deal.") == set()
    assert _rows("Cameras have been rolling on season 2 since last summer.") == {(2, "filming", "2023-22", "asserted")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("It's out in the spring.", {(2, "premiere", "2024-21", "asserted")}),
        ("So a Wednesday, January 8, return is possible.", {(2, "premiere", "2025-01-08", "speculated")}),
        ("She's out of the show by March.", set()),
    ],
)
def test_contracted_out_and_a_weekday_date_before_its_noun(body: str, expected: set[Row]) -> None:
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The drama opens its second season with two episodes.",
        "Three episodes of the new season were directed by Ada Quill.",
        "Ada Quill takes the second block of three episodes.",
    ],
)
def test_a_share_of_the_episodes_is_no_season_count(body: str) -> None:
    assert not any(kind == "episodes" for _, kind, _, _ in _rows(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("We'd love to have it out by the end of the year.", {(2, "premiere", "2024", "speculated")}),
        (
            "Given the effects (the first season spent a year in post-production), we think the first half of "
            "next year is the realistic target.",
            {(2, "premiere", "2025-40", "speculated")},
        ),
        ("Viewers will be able to watch the new season on BritBox later in the summer.", {(2, "premiere", "2024-22", "asserted")}),
        ("That would put it in July 2025.", {(2, "premiere", "2025-07", "speculated")}),
        ("A January slot would make sense again.", {(2, "premiere", "2025-01", "speculated")}),
        ("Our money's on February.", {(2, "premiere", "2025-02", "speculated")}),
    ],
)
def test_release_guesses_in_other_words(body: str, expected: set[Row]) -> None:
    assert _rows(body) == expected


def test_a_count_compared_with_the_first_seasons_is_the_new_seasons_too() -> None:
    rows = _rows("Like the first two seasons, season 3 will consist of eight episodes.")
    assert {season for season, kind, _, _ in rows if kind == "episodes"} == {1, 2, 3}


def test_production_slated_to_begin_is_filming_and_a_debut_after_a_news_subject_is_a_premiere() -> None:
    assert _rows("Production on Season 2 is slated to begin in Vancouver in March.") == {(2, "filming", "2025-03", "asserted")}
    got = _rows("The news comes three weeks after Season 1 debuted on the platform on April 23.")
    assert got == {(1, "premiere", "2024-04-23", "asserted")}


def test_episodes_to_be_released_are_the_new_seasons() -> None:
    assert _rows("All eight episodes will be released at once.") == {(2, "episodes", 8, "asserted")}
    assert _rows("All eight episodes were released at once.") == {(1, "episodes", 8, "asserted")}


def test_with_filming_under_way() -> None:
    assert _rows("The show will return, with filming under way in Yorkshire.") == {(2, "filming", None, "asserted")}


def test_a_count_down_from_last_seasons() -> None:
    rows = _rows("The season will run 18 episodes, down from 22 last season.")
    assert {(season, value) for season, kind, value, _ in rows if kind == "episodes"} == {(2, 18), (1, 22)}


def test_production_not_started_and_a_guess_after_we_would_say() -> None:
    assert _rows("Production on the new episodes hasn't officially started.") == {(2, "filming", None, "denied")}
    rows = _rows("If filming starts in the fall, we'd say the second half of 2025 at the earliest.")
    assert (2, "premiere", "2025-07/..", "speculated") in rows


def test_another_works_year_is_no_premiere() -> None:
    assert _rows("She then landed the lead in the Netflix limited series The Orchard in 2021.") == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The eight-part second season is currently filming in Glasgow.", {(2, "filming", None, "asserted"), (2, "episodes", 8, "asserted")}),
        ("Ada Quill is currently filming a movie.", set()),
    ],
)
def test_a_season_currently_filming(body: str, expected: set[Row]) -> None:
    assert _rows(body) == expected


def test_which_after_the_season_refers_to_it_not_to_the_trailer() -> None:
    assert _rows("Netflix dropped the trailer for season 2 on Monday, which premieres on June 4.") == {(2, "premiere", "2024-06-04", "asserted")}
    assert _rows("The first season's finale, which aired Oct. 26, drew millions.") == set()


def test_a_date_off_the_table_is_denied() -> None:
    assert _rows("A late 2024 release seems realistic, while a spring 2024 date is off the table.") == {
        (2, "premiere", "2024-41", "speculated"),
        (2, "premiere", "2024-21", "denied"),
    }


@pytest.mark.parametrize(
    "body",
    [
        "Season 2 will be released in two parts: Part 1 on June 5 and Part 2 on July 10.",
        "Volume 1 of season 2 arrives June 5, with Volume 2 following on July 10.",
    ],
)
def test_the_dates_of_a_seasons_parts(body: str) -> None:
    assert _parts(body) == {"2024-06-05": 1, "2024-07-10": 2}


def test_available_from_a_date_is_a_release() -> None:
    assert _rows("All episodes of season 2 are available on Disney+ from June 12.") == {(2, "premiere", "2024-06-12", "asserted")}


def test_a_floated_window_is_speculation() -> None:
    assert _rows("A release window of late 2024 has been floated.") == {(2, "premiere", "2024-41", "speculated")}


def test_named_season_premiere_date() -> None:
    rows = _rows("Moonfall Season 2 premieres on March 14, 2025, on Prime Video.")
    assert rows == {(2, "premiere", "2025-03-14", "asserted")}


def test_first_and_elliptical_second_season() -> None:
    rows = _rows(
        "The first season dropped on October 2, 2022, and the second followed on May 9, 2023."
    )
    assert rows == {
        (1, "premiere", "2022-10-02", "asserted"),
        (2, "premiere", "2023-05-09", "asserted"),
    }


def test_renewal_date_is_not_a_premiere() -> None:
    assert _rows("Netflix renewed Moonfall for a second season on June 3, 2023.") == set()


def test_denied_year() -> None:
    assert _rows("Moonfall season 2 will not return in 2024.") == {
        (2, "premiere", "2024", "denied")
    }


def test_insiders_month_is_speculated_for_the_target_season() -> None:
    assert _rows("Insiders say the streamer is aiming for September.") == {
        (2, "premiere", "2024-09", "speculated")
    }


def test_parts_of_one_season() -> None:
    body = "Part 1 arrives on July 4, 2025. Part 2 follows on August 1, 2025."
    assert _rows(body) == {
        (2, "premiere", "2025-07-04", "asserted"),
        (2, "premiere", "2025-08-01", "asserted"),
    }
    assert _parts(body) == {"2025-07-04": 1, "2025-08-01": 2}


def test_infobox_line() -> None:
    assert _rows("Release date: 2025-02-11") == {(2, "premiere", "2025-02-11", "asserted")}


def test_noun_after_the_date() -> None:
    assert _rows("A late 2026 premiere seems possible.") == {
        (2, "premiere", "2026-41", "speculated")
    }


def test_bare_year_guess_under_a_release_heading() -> None:
    body = "When Will Moonfall Season 2 Come Out?\n\nHonestly, we would not bet against 2026."
    assert _rows(body) == {(2, "premiere", "2026", "speculated")}


def test_not_expected_before_is_an_open_interval_not_a_denial() -> None:
    rows = _rows("We don't expect the new episodes before 2026.")
    assert rows == {(2, "premiere", "2026/..", "speculated")}


def test_past_premiere_without_a_season_is_season_one() -> None:
    rows = _rows("The sci-fi drama premiered on Hulu on April 4, 2022, to rave reviews.")
    assert rows == {(1, "premiere", "2022-04-04", "asserted")}


def test_run_from_gives_the_start() -> None:
    rows = _rows("The first season ran from April 4, 2022 to June 6, 2022.")
    assert rows == {(1, "premiere", "2022-04-04", "asserted")}


def test_apposition_keeps_the_precise_date() -> None:
    rows = _rows("Moonfall season 2 arrives later this month, on May 24.")
    assert rows == {(2, "premiere", "2024-05-24", "asserted")}


def test_film_trailer_and_news_are_not_premieres() -> None:
    body = (
        "A feature film set after the show hits theaters on May 2, 2025. "
        "The first trailer dropped on April 1. "
        "The news dropped two days ago."
    )
    assert _rows(body) == set()


def test_back_this_summer() -> None:
    assert _rows("The crew of the Halcyon is back this summer.") == {
        (2, "premiere", "2024-22", "asserted")
    }


# --------------------------------------------------------------------------- filming


def test_filming_start_for_the_target_season() -> None:
    assert _rows("Cameras started rolling in February in Vancouver.") == {
        (2, "filming", "2024-02", "asserted")
    }


def test_filming_interval() -> None:
    rows = _rows("Shooting took place between January and April 2024.")
    assert rows == {(2, "filming", "2024-01/2024-04", "asserted")}


def test_filming_and_premiere_in_one_sentence() -> None:
    rows = _rows("Principal photography began in March, and the new season arrives in December.")
    assert rows == {(2, "filming", "2024-03", "asserted"), (2, "premiere", "2024-12", "asserted")}


def test_filming_not_started_is_denied_and_null() -> None:
    assert _rows("Filming has not started yet.") == {(2, "filming", None, "denied")}


def test_filming_underway_is_null() -> None:
    assert _rows("Filming is underway in Belfast.") == {(2, "filming", None, "asserted")}


def test_a_movie_is_not_filming() -> None:
    assert _rows("The writer is busy with her first feature film this year.") == set()


# --------------------------------------------------------------------------- episodes


def test_counts_for_two_seasons() -> None:
    rows = _rows(
        "The second season has ten episodes, two more than the eight-episode first season."
    )
    assert rows == {(2, "episodes", 10, "asserted"), (1, "episodes", 8, "asserted")}


def test_reported_count_is_speculated() -> None:
    assert _rows("Season 2 is reportedly getting 12 episodes.") == {
        (2, "episodes", 12, "speculated")
    }


def test_debunked_count_is_denied() -> None:
    body = (
        "Early reports said the season would have nine episodes, but that turned out to be false."
    )
    assert _rows(body) == {(2, "episodes", 9, "denied")}


def test_totals_and_directed_episodes_are_not_counts() -> None:
    body = (
        "The first and second seasons have 20 episodes in total. "
        "Lucas directed three episodes of season 2. "
        "New episodes arrive with two episodes a week."
    )
    assert _rows(body) == set()


def test_order_and_digits() -> None:
    assert _rows("Variety reported a full 22-episode order.") == {(2, "episodes", 22, "asserted")}


@pytest.mark.parametrize("same", ["the same number as", "the same as"])
def test_same_number_as_the_first_season(same: str) -> None:
    rows = _rows(f"That makes six episodes in total, {same} the first season.")
    assert rows == {(2, "episodes", 6, "asserted"), (1, "episodes", 6, "asserted")}


def test_a_title_is_no_preposition() -> None:
    doc = extract(
        "Moonfall Season 2\n\nMoonfall is back. Like season 1, season 2 will have eight episodes.",
        title="Moonfall Season 2",
        published=PUBLISHED,
        published_from="given",
    )
    assert {(c.show, c.season, c.value) for c in doc.claims} == {("Moonfall", 2, 8), ("Moonfall", 1, 8)}


def test_start_and_wrap_in_one_sentence_make_an_interval() -> None:
    body = "Cameras rolled in March, and production wrapped on June 20 after a long night shoot."
    assert _rows(body, published="2024-09-15") == {(2, "filming", "2024-03/2024-06-20", "asserted")}


def test_it_refers_to_the_season_of_the_previous_sentence() -> None:
    body = "Moonfall season 3 landed on Netflix on May 3, 2024. It had only six episodes."
    rows = _rows(body)
    assert (3, "episodes", 6, "asserted") in rows
    assert (3, "premiere", "2024-05-03", "asserted") in rows


def test_elliptical_count_after_an_episode_count() -> None:
    body = "The first season arrived with six episodes, and the second season gets eight."
    assert _rows(body) == {(1, "episodes", 6, "asserted"), (2, "episodes", 8, "asserted")}


def test_a_plan_reported_by_sources_is_speculated() -> None:
    body = "Sources close to the show say the streamer is eyeing spring 2025."
    assert _rows(body) == {(2, "premiere", "2025-21", "speculated")}


# --------------------------------------------------------------------------- generalisation


def test_a_count_that_could_grow_is_speculated() -> None:
    body = "The new season has an eight-episode order, which might grow to 10 if ratings hold."
    assert _rows(body) == {(2, "episodes", 8, "asserted"), (2, "episodes", 10, "speculated")}


def test_a_launch_batch_is_not_the_season_count() -> None:
    body = (
        "Season 2 opens with three episodes on June 7, 2024, followed by one a week "
        "through July 26."
    )
    assert _rows(body) == set()
    body = "Season 2 launches with three episodes on June 7, 2024, followed by weekly drops."
    assert _rows(body) == {(2, "premiere", "2024-06-07", "asserted")}


def test_with_n_episodes_after_a_date_is_the_season_count() -> None:
    body = "The first season premiered on April 1, 2022, with ten episodes."
    assert _rows(body) == {
        (1, "premiere", "2022-04-01", "asserted"),
        (1, "episodes", 10, "asserted"),
    }


def test_production_on_a_season_underway() -> None:
    assert _rows("Production on the second season is underway in Cape Town.") == {
        (2, "filming", None, "asserted")
    }


def test_kick_off_roll_out_and_go_live_are_premieres() -> None:
    assert _rows("Season 2 kicks off on August 8, 2024.") == {
        (2, "premiere", "2024-08-08", "asserted")
    }
    assert _rows("The second season rolls out on Peacock on August 8, 2024.") == {
        (2, "premiere", "2024-08-08", "asserted")
    }
    assert _rows("The second season went live on May 2, 2024.") == {
        (2, "premiere", "2024-05-02", "asserted")
    }


def test_shooting_that_kicks_off_is_filming() -> None:
    assert _rows("Shooting kicked off in Lisbon in February 2024.") == {
        (2, "filming", "2024-02", "asserted")
    }


def test_an_expected_wrap_stays_apart_from_the_start_it_follows() -> None:
    body = "The shoot began in February 2024 and is expected to wrap in June."
    assert _rows(body) == {(2, "filming", "2024-02", "asserted"), (2, "filming", "2024-06", "speculated")}


def test_a_wrap_party_is_not_a_shoot_date() -> None:
    assert _rows("The cast threw a wrap party in June 2024 in Lisbon.") == set()


def test_a_run_through_a_date_is_not_a_premiere() -> None:
    body = "Season 2 arrives on August 8, 2024, with new episodes weekly through September 26."
    assert _rows(body) == {(2, "premiere", "2024-08-08", "asserted")}


def test_related_link_lines_make_no_schedule_claims() -> None:
    assert _rows("Read more: Every thriller premiering in June 2024") == set()


# --------------------------------------------------------------------------- generalisation


def test_a_premiere_week() -> None:
    # June 11, 2024 is a Tuesday: the week runs from Monday 10 to Sunday 16
    rows = _rows("Moonfall season 2 will begin streaming the week of June 11.")
    assert rows == {(2, "premiere", "2024-06-10/2024-06-16", "asserted")}


def test_a_statement_inside_an_announcement_is_about_the_season() -> None:
    rows = _rows("In its announcement, Prime Video said the new season will air sometime in 2025.")
    assert rows == {(2, "premiere", "2025", "asserted")}


def test_a_release_slot_in_a_season_of_the_year() -> None:
    rows = _rows("The streamer is reportedly eyeing an autumn slot for the new episodes.")
    assert rows == {(2, "premiere", "2024-23", "speculated")}


def test_shot_down_is_not_filming() -> None:
    assert _rows("Reports of a reunion were shot down by the studio last week.") == set()


def test_a_record_since_a_year_is_no_premiere() -> None:
    body = "The pilot drew the biggest audience for a streaming debut since 2018."
    assert _rows(body) == set()


def test_the_show_that_premiered_is_its_first_season() -> None:
    body = "Prime Video handed a second season to the fantasy drama, which premiered in March."
    assert (1, "premiere", "2024-03", "asserted") in _rows(body)


def test_a_related_link_heading_does_not_name_the_section_season() -> None:
    body = "RELATED: Moonfall Season 1 Ending Explained\n\nFilming is set to begin in early 2025."
    assert _rows(body) == {(2, "filming", "2025-40", "asserted")}


def test_counts_in_comparisons_and_relative_clauses() -> None:
    assert _rows("Season 2 gets ten episodes, up from the first season's eight.") == {
        (2, "episodes", 10, "asserted"),
        (1, "episodes", 8, "asserted"),
    }
    body = "The order is a jump from the 13 episodes that made up the first season."
    assert (1, "episodes", 13, "asserted") in _rows(body)


def test_a_season_number_before_episodes_is_no_count() -> None:
    assert _rows("Season 2 episodes are directed by Ana Ruiz.") == set()


def test_aired_episodes_under_the_upcoming_season_heading() -> None:
    body = "Is Moonfall Coming Back for Season 2?\n\nYes. All eight episodes went on to top the charts."
    assert _rows(body) == {(1, "episodes", 8, "asserted")}


# --------------------------------------------------------------------------- generalised


def test_noun_bound_at_the_earliest_is_open() -> None:
    rows = _rows("Filming starts this autumn, which points to a 2025 return at the earliest.")
    assert (2, "premiere", "2025/..", "asserted") in rows or (2, "premiere", "2025/..", "speculated") in rows


def test_dated_for_is_a_premiere() -> None:
    assert (2, "premiere", "2025-40", "asserted") in _rows("Prime Video dated the second season for early 2025.")


def test_noun_used_by_one_date_does_not_make_another_a_premiere() -> None:
    rows = _rows("The lead hinted at a March premiere in an interview last week.")
    assert rows == {(2, "premiere", "2025-03", "speculated")}


def test_source_work_dates_are_not_premieres() -> None:
    assert _rows("The author launched the novel series in 2015 and released the ninth book in April.") == set()


def test_anime_of_a_manga_is_the_show() -> None:
    rows = _rows("The TV anime of the Moonfall manga has been delayed to autumn 2025.")
    assert (2, "premiere", "2025-23", "asserted") in rows


def test_replaced_date_is_denied() -> None:
    rows = _rows("Season 2 is now arriving in March instead of January.")
    assert rows == {(2, "premiere", "2025-03", "asserted"), (2, "premiere", "2025-01", "denied")}


def test_likeliest_month_is_speculated_in_the_future() -> None:
    rows = _rows("No date is set yet, but insiders say February is the likeliest month.")
    assert (2, "premiere", "2025-02", "speculated") in rows


def test_follow_up_count_in_the_next_sentence() -> None:
    rows = _rows("Season 1 had 12 episodes. The second season is shorter, at nine.")
    assert {(1, "episodes", 12, "asserted"), (2, "episodes", 9, "asserted")} <= rows


def test_count_without_plural_s() -> None:
    assert (1, "episodes", 16, "asserted") in _rows("Season 1 aired in 2023, total 16 episode.")


def test_hedged_count_and_attribute_count() -> None:
    assert (2, "episodes", 20, "speculated") in _rows("A retailer listing suggests 20 episodes for season 2.")
    rows = _rows("The new eight-part season is expected to air in the autumn.")
    assert (2, "episodes", 8, "asserted") in rows


def test_counts_in_comparisons_and_parters() -> None:
    rows = _rows("The new season will run eight episodes, trimmed from the ten that made up Season 1.")
    assert {r for r in rows if r[1] == "episodes"} == {(2, "episodes", 8, "asserted"), (1, "episodes", 10, "asserted")}
    rows = _rows("Like the first season, the new run consists of six episodes.")
    assert {r for r in rows if r[1] == "episodes"} == {(2, "episodes", 6, "asserted"), (1, "episodes", 6, "asserted")}
    rows = _rows("Moonfall began life in 2023 as an unfashionable six-parter.")
    assert (1, "episodes", 6, "asserted") in rows


def test_next_season_count_of_a_roundup_show_takes_the_renewed_season() -> None:
    title = "Bubble Watch: Every Verdict So Far"
    body = (
        "DRY CREEK (NBC) — RENEWED\n"
        "NBC handed its ranch drama a fourth season on May 2. The network ordered 16 episodes for next season, "
        "down from this year's 20. The cast is thrilled."
    )
    doc = extract(body, title=title, published=PUBLISHED, published_from="given")
    got = {(c.show, c.season, c.value) for c in doc.claims if c.kind == "episodes"}
    assert got == {("Dry Creek", 4, 16), ("Dry Creek", 3, 20)}


def test_more_premiere_phrasings() -> None:
    late = "2024-11-20"
    assert (2, "premiere", "2025", "asserted") in _rows("Moonfall season 2 lands in the new year.", published=late)
    assert (2, "premiere", "2025-01-17", "asserted") in _rows(
        "Prime Video has set Friday, January 17 for the first three episodes.", published=late
    )
    assert (2, "premiere", "2025-21", "asserted") in _rows("The second season now has a window: spring 2025.")
    assert (2, "premiere", "2024-06", "asserted") in _rows("Its second run, back next month, raises the stakes.")
    assert (1, "premiere", "2023-23", "asserted") in _rows("Moonfall began life in autumn 2023 as a quiet six-parter.")


def test_a_release_that_looks_like_the_best_case_is_speculated() -> None:
    rows = _rows("A fall 2025 release looks like the best-case scenario.")
    assert (2, "premiere", "2025-23", "speculated") in rows


def test_headline_season_word_and_compound_verbs() -> None:
    title = "Moonfall Season 2: The Moody Thriller Sets Summer Return"
    doc = extract(title, title=title, published=PUBLISHED, published_from="given")
    assert {(c.season, c.value) for c in doc.claims if c.kind == "premiere"} == {(2, "2024-22")}
    rows = _rows("Moonfall, the thriller that became one of the most-streamed series last year, returns in June.")
    assert {r for r in rows if r[1] == "premiere"} == {(2, "premiere", "2024-06", "asserted")}


def test_headlines_under_a_more_from_line_are_no_claims() -> None:
    body = "Moonfall returns in June.\n\nMore from StreamWise\n- Moonfall season 1 ending explained\n- Every new series coming in January"
    assert {r for r in _rows(body) if r[1] == "premiere"} == {(2, "premiere", "2024-06", "asserted")}


def test_a_later_season_guessed_with_perhaps() -> None:
    rows = _rows("That leaves enough story for a third season, perhaps in 2027, although nothing has been announced.")
    assert (3, "premiere", "2027", "speculated") in rows


def test_we_could_see_season_two_and_a_weekly_batch() -> None:
    rows = _rows("If it is renewed soon, we could see season 2 in late 2026 at the earliest.")
    assert (2, "premiere", "2026-07/..", "speculated") in rows
    rows = _rows("The first season was a 12-episode series, with two episodes released every Wednesday.")
    assert {r for r in rows if r[1] == "episodes"} == {(1, "episodes", 12, "asserted")}


# (body, episode rows): a count followed by a comparative is a difference between seasons.
EPISODE_DIFFERENCES = [
    (
        "Season 2 has eight episodes, four episodes shorter than the first season.",
        {(2, "episodes", 8, "asserted")},
    ),
    ("The new season runs two episodes fewer than the first.", set()),
    (
        "At six episodes, season 2 is two episodes shorter than season 1.",
        {(2, "episodes", 6, "asserted")},
    ),
    ("The sophomore run is three episodes longer.", set()),
]


@pytest.mark.parametrize(("body", "expected"), EPISODE_DIFFERENCES)
def test_episode_differences_are_not_counts(body: str, expected: set[Row]) -> None:
    assert {r for r in _rows(body) if r[1] == "episodes"} == expected


# (body, published, filming rows): a shoot begun in the sentence and said to run until a date
# is one interval; "until" alone, without a shoot begun, is no filming date.
SHOOT_INTERVALS = [
    (
        "Cameras began rolling Monday in Leith, and the shoot is scheduled to run through March.",
        "2026-10-08",
        {(2, "filming", "2026-10-05/2027-03", "asserted")},
    ),
    (
        "Filming started on June 2, 2025 and will continue until November 2025.",
        "2025-06-10",
        {(2, "filming", "2025-06-02/2025-11", "asserted")},
    ),
    ("Fans will have to wait until March 2027.", "2026-10-08", set()),
]


@pytest.mark.parametrize(("body", "published", "expected"), SHOOT_INTERVALS)
def test_shoot_running_until_a_date_is_an_interval(body: str, published: str, expected: set[Row]) -> None:
    assert {r for r in _rows(body, published=published) if r[1] == "filming"} == expected


def test_a_wish_hedges_the_window() -> None:
    rows = _rows("\"I'd love for us to be on the air by next summer,\" the showrunner said.")
    assert (2, "premiere", "2025-22", "speculated") in rows


def test_a_replaced_date_is_denied_and_its_replacement_asserted() -> None:
    rows = _rows(
        "The network said the second season, which had been set to premiere on January 18, 2025, "
        "will now debut in June 2025."
    )
    assert (2, "premiere", "2025-01-18", "denied") in rows
    assert (2, "premiere", "2025-06", "asserted") in rows
    rows = _rows("Season 2 was originally scheduled for May 2025 but is now due in June.")
    assert (2, "premiere", "2025-05", "denied") in rows


def test_a_launch_batch_after_a_dated_premiere_is_no_episode_count() -> None:
    rows = _rows("The first season premiered on Friday, February 16, 2024, with two episodes, then went weekly.")
    assert not any(kind == "episodes" and value == 2 for _s, kind, value, _st in rows)


def test_this_final_season_is_the_season_being_made() -> None:
    rows = _rows('"The eight episodes of this final season finish the story," she said.')
    assert (2, "episodes", 8, "asserted") in rows


def test_a_finale_date_in_apposition_is_no_premiere() -> None:
    rows = _rows("She leaves in the season 1 finale, airing May 20, 2024, which writes her out.")
    assert not any(kind == "premiere" for _s, kind, _v, _st in rows)


def test_a_count_the_text_says_was_replaced_is_denied() -> None:
    rows = _rows("Season 2 was first announced as ten episodes; it has since been cut.")
    assert (2, "episodes", 10, "denied") in rows


@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("Moonfall series 2 begins on Sunday 8 June 2025 at 9pm.", (2, "premiere", "2025-06-08", "asserted")),
        ("Season 1 had begun last February.", (1, "premiere", "2024-02", "asserted")),
    ],
)
def test_a_season_that_begins_is_a_premiere(body: str, row: Row) -> None:
    assert row in _rows(body)


def test_something_else_that_started_is_no_premiere() -> None:
    assert not _rows("Things started in 2019 when the writers met.")


def test_a_guest_stint_is_no_episode_count() -> None:
    assert not any(kind == "episodes" for _s, kind, _v, _st in _rows("Her first role was a two-episode stint on the show."))


def test_the_answer_under_a_how_many_episodes_question() -> None:
    doc = extract(
        f"{TITLE}\n\nHow many episodes will Moonfall season 2 have?\n\nTen, two more than the eight-episode first season.",
        title=TITLE,
        published=PUBLISHED,
        published_from="given",
    )
    assert any(c.kind == "episodes" and c.season == 2 and c.value == 10 for c in doc.claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two episodes arrive on launch day, then one a week.",
        "Three episodes will drop on Friday, followed by weekly installments.",
    ],
)
def test_a_count_released_first_is_a_launch_batch(sentence: str) -> None:
    assert not {row for row in _rows(sentence) if row[1] == "episodes"}


def test_a_count_released_all_at_once_is_still_the_total() -> None:
    rows = _rows("All eight episodes drop on Friday, then the finale special follows.")
    assert (2, "episodes", 8, "asserted") in rows


def test_a_release_after_the_publication_day_is_not_a_past_season() -> None:
    # "drop" also reads as a careless past ("the first season drop on Netflix in 2022"); a date
    # still ahead of the publication day is the coming season's.
    rows = _rows("The first three episodes drop on Friday.")
    assert rows == {(2, "premiere", "2024-05-17", "asserted")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The second season will start on June 5.", {(2, "premiere", "2024-06-05", "asserted")}),
        ("This one was supposed to start May 27, but it was delayed.", {(2, "premiere", "2024-05-27", "denied")}),
        ("The season was supposed to premiere May 27, but it has been delayed.", {(2, "premiere", "2024-05-27", "denied")}),
        ("Production on the second season is set to begin in Savannah in the fall.", {(2, "filming", "2024-23", "asserted")}),
        ("Using the gap as a guide, our money is on spring 2025.", {(2, "premiere", "2025-21", "speculated")}),
    ],
)
def test_a_season_set_to_start_and_a_start_that_was_supposed(sentence: str, expected: set[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "About half of the season had been shot when cameras stopped rolling on April 9.",
        "Production was halted on April 9.",
        "Filming was paused in March due to the strike.",
    ],
)
def test_a_shoot_that_stops_gives_no_filming_date(sentence: str) -> None:
    assert _rows(sentence) == set()


def test_seasons_in_an_opening_frame_are_no_subject() -> None:
    rows = _rows("Using the gap between the first two seasons as a guide, our money is on spring 2025.")
    assert rows == {(2, "premiere", "2025-21", "speculated")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Amazon confirmed that the second season has been pushed back from its planned December 2024 release to spring 2025.",
        "The second season has been pushed back from December 2024 to spring 2025.",
    ],
)
def test_a_date_moved_from_the_old_to_the_new(sentence: str) -> None:
    assert _rows(sentence) == {(2, "premiere", "2024-12", "denied"), (2, "premiere", "2025-21", "asserted")}


def test_a_shoot_from_one_month_to_another_is_still_an_interval() -> None:
    assert _rows("Filming ran from May to August 2024.") == {(2, "filming", "2024-05/2024-08", "asserted")}


def test_an_opening_source_phrase_is_no_subject() -> None:
    rows = _rows('Based on the popular webtoon of the same name by Kang Full, "Moonfall" aired in 2023 with 16 episodes.')
    assert rows == {(1, "premiere", "2023", "asserted"), (1, "episodes", 16, "asserted")}


def test_a_season_moved_with_its_object_from_one_date_to_another() -> None:
    rows = _rows("Last week Netflix moved its second season from this November to early 2025, citing delays.")
    assert rows == {(2, "premiere", "2024-11", "denied"), (2, "premiere", "2025-40", "asserted")}


def test_all_of_a_seasons_episodes_released_weekly_are_its_count() -> None:
    assert _rows("The first season rolled out its ten episodes weekly.") == {(1, "episodes", 10, "asserted")}
    assert _rows("The show drops two episodes weekly.") == set()


def test_a_part_of_the_season_and_its_own_count() -> None:
    rows = _rows("Part 1 of the season aired from January to March 2024 and ran for 12 episodes.")
    assert rows == {(2, "premiere", "2024-01", "asserted")}
    rows = _rows("The second cour will also run for 12 episodes, bringing the season to 24 episodes in total.")
    assert rows == {(2, "episodes", 24, "asserted")}
    assert _parts("The second cour of the season will premiere on July 8, 2024.") == {"2024-07-08": 2}


def test_a_two_cour_run_is_still_the_seasons_count() -> None:
    assert _rows("The first season was a longer two-cour run of 24 episodes.") == {(1, "episodes", 24, "asserted")}


def test_wrapping_up_the_story_is_the_final_seasons_release() -> None:
    rows = _rows("The thriller will wrap up its story with eight episodes next year.")
    assert rows == {(2, "premiere", "2025", "asserted"), (2, "episodes", 8, "asserted")}


def test_production_that_will_reportedly_begin() -> None:
    assert _rows("Production will reportedly begin next spring.") == {(2, "filming", "2025-21", "speculated")}


def test_a_season_that_hit_the_streamer_on_a_date() -> None:
    rows = _rows("The news arrives two months after season 1 hit the streamer on April 4, 2024.")
    assert rows == {(1, "premiere", "2024-04-04", "asserted")}


def test_like_its_predecessors_gives_every_earlier_season_the_count() -> None:
    doc = extract(
        "Moonfall Season 3\n\nLike its predecessors, the new season will have nine episodes.",
        title="Moonfall Season 3",
        published=PUBLISHED,
        published_from="given",
    )
    assert {(c.season, c.value) for c in doc.claims if c.kind == "episodes"} == {(1, 9), (2, 9), (3, 9)}


@pytest.mark.parametrize(
    "body",
    [
        "Then came Cold Harbour, a bleak 2019 fishing-village thriller.",
        "After that came a long break in 2021.",
        "His next project premiered in 2020.",
        "Her breakout came in 2018.",
    ],
)
def test_an_actors_other_work_or_a_pause_is_no_premiere(body: str) -> None:
    assert _rows("The actor, 38, has been busy. " + body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Then came Moonfall in 2021.", {(1, "premiere", "2021", "asserted")}),
        ("Then came season 2 in 2023.", {(2, "premiere", "2023", "asserted")}),
        ("Season 2 came back from a long break in 2023.", {(2, "premiere", "2023", "asserted")}),
    ],
)
def test_what_came_is_the_show_or_its_season(body: str, expected: set[Row]) -> None:
    assert _rows(body) == expected


def test_a_run_that_wrapped_up_is_the_aired_seasons_end_not_a_shoot() -> None:
    assert _rows("The drama wrapped up its 16-episode run on Feb. 22, and fans want more.") == {
        (1, "episodes", 16, "asserted")
    }
    assert _rows("Filming on the new season wrapped in March.") == {(2, "filming", "2024-03", "asserted")}


def test_the_parts_summed_in_total_are_the_seasons_count() -> None:
    rows = _rows("The first cour begins in January, and the second cour follows in the summer, for 24 episodes in total.")
    assert (2, "episodes", 24, "asserted") in rows
    assert not any(kind == "episodes" and value != 24 for _, kind, value, _ in rows)
    assert (2, "episodes", 12, "asserted") not in _rows("The second cour will run for 12 episodes.")


def test_a_count_down_from_an_earlier_seasons_is_the_new_seasons() -> None:
    rows = _rows("Ten episodes have been ordered, down from the 12 that made up season 1.")
    assert rows == {(2, "episodes", 10, "asserted"), (1, "episodes", 12, "asserted")}


def test_a_persons_own_plans_are_no_premiere() -> None:
    assert _rows('"I won\'t be back in the barn this year, but I\'ll be watching," the judge said.') == set()
    assert _rows("I expect season 2 to premiere in 2025.") == {(2, "premiere", "2025", "speculated")}


def test_a_runs_milestone_is_no_seasons_count() -> None:
    assert _rows("Together, the renewals could push the series past 180 episodes. Season 2 will have 18 episodes.") == {
        (2, "episodes", 18, "asserted")
    }


def test_no_timing_set_and_it_expected_in_the_next_sentence() -> None:
    body = "No timing has been set for season 3. Given the usual calendar, we would expect it in the second half of next year."
    doc = extract(f"{TITLE}\n\n{body}", title=TITLE, published=PUBLISHED, published_from="given")
    rows = {(c.season, c.kind, c.value, c.stance) for c in doc.claims}
    assert (3, "no_premiere_date", None, "asserted") in rows
    assert (3, "premiere", "2025-41", "speculated") in rows


def test_cameras_already_rolling_is_filming_without_date() -> None:
    assert _rows("Netflix confirmed the new season, and cameras are already rolling in Mungyeong.") == {
        (2, "filming", None, "asserted")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Moonfall heads to Netflix and tvN in 2026.", {(2, "premiere", "2026", "asserted")}),
        ("A teaser visual promises the new season next spring.", {(2, "premiere", "2025-21", "asserted")}),
        ("Moonfall will close out its run with a second and final season this fall.", {(2, "premiere", "2024-23", "asserted")}),
        ("Production began last month, with location work planned for Iceland over the summer.", set()),
    ],
)
def test_more_ways_to_say_when_a_season_comes(body: str, expected: set[Row]) -> None:
    assert {r for r in _rows(body) if r[1] == "premiere"} == expected


@pytest.mark.parametrize(
    "body",
    [
        "Insiders expect an answer by the end of the month, and most of them think it will be good news.",
        "The network pulled the show in April, and its final two episodes will stream on Hulu next month.",
    ],
)
def test_an_awaited_answer_and_the_last_episodes_of_a_run_are_no_premiere(body: str) -> None:
    assert _rows(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Season 2 started production in January.", {(2, "filming", "2024-01", "asserted")}),
        ("Season 2 is now in production.", {(2, "filming", None, "asserted")}),
        ("The actor is in production on a film.", set()),
        ("A second season of the TV anime is in production.", set()),
    ],
)
def test_a_season_in_production(body: str, expected: set[Row]) -> None:
    assert {r for r in _rows(body) if r[1] == "filming"} == expected


def test_a_count_of_episodes_each_part_is_no_seasons_count() -> None:
    assert _rows("The season is split into two parts of four episodes each.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "So although Hulu hasn't announced the exact premiere date, it will likely be in late June 2025.",
        "Hulu has not set a release date, but it will probably be in June 2025.",
    ],
)
def test_a_guess_after_an_unannounced_date_is_the_premiere_and_only_the_guess_is_hedged(sentence: str) -> None:
    doc = extract(f"{TITLE}\n\n{sentence}", title=TITLE, published=PUBLISHED, published_from="given")
    rows = {(c.season, c.kind, c.value, c.stance) for c in doc.claims if c.kind in ("premiere", "no_premiere_date")}
    assert rows == {(2, "premiere", "2025-06", "speculated"), (2, "no_premiere_date", None, "asserted")}


def test_a_premiere_after_an_indefinite_article_is_a_noun_and_bowed_is_past() -> None:
    rows = _rows("Season 1 bowed with a two-night premiere April 28-29.", published="2024-05-15")
    assert (1, "premiere", "2024-04-28", "asserted") in rows


def test_an_announced_month_premiere_is_to_come_unless_it_is_told_as_past() -> None:
    assert (2, "premiere", "2024-07", "asserted") in _rows("The studio revealed the July premiere of the second season.")
    assert {v for _s, _k, v, _st in _rows("The studio confirmed the January premiere was a hit.")} == {"2024-01"}


def test_its_past_release_is_the_season_before() -> None:
    rows = _rows("Less than a month after its March 2023 release, fans had seen it twice.")
    assert rows == {(1, "premiere", "2023-03", "asserted")}


def test_the_show_made_its_debut_is_the_first_season() -> None:
    assert _rows("The series made its global debut on the platform on March 7.") == {(1, "premiere", "2024-03-07", "asserted")}


def test_ordered_another_ten_episodes_counts_them_for_the_new_season() -> None:
    assert (2, "episodes", 10, "asserted") in _rows("Netflix has ordered another 10 episodes of the series.")


def test_delayed_until_a_date_is_the_new_premiere() -> None:
    assert (2, "premiere", "2025", "asserted") in _rows("Season 2 has been delayed all the way until 2025.")
    assert not {r for r in _rows("Filming ran until March.") if r[1] == "premiere"}


def test_we_might_get_the_next_season_by_a_date() -> None:
    assert (2, "premiere", "2025-06~", "speculated") in _rows("We might get the next season by mid-2025.")


def test_due_out_and_a_quarter_window_that_is_no_title() -> None:
    assert (2, "premiere", "2025", "asserted") in _rows("Moonfall season 2 is due out next year.")
    assert (2, "premiere", "2024-36", "asserted") in _rows("Hulu announced a Q4 2024 premiere window.")


def test_wont_until_is_a_date_and_a_denied_report_is_denied() -> None:
    assert _rows("The show won't return until 2025.") == {(2, "premiere", "2025", "asserted")}
    assert _rows("Some outlets have reported a June premiere, but Hulu has denied it.") == {(2, "premiere", "2024-06", "denied")}


def test_a_list_of_channels_keeps_the_premiere_verb_in_its_clause() -> None:
    assert (1, "premiere", "2023-10", "asserted") in _rows("The first season premiered on Tokyo MX, BS11, and AT-X in October 2023.")


def test_a_pencilled_window_now_off_the_table_is_denied() -> None:
    rows = _rows("Hulu originally pencilled the new season in for late 2024, but that window is now off the table.")
    assert rows == {(2, "premiere", "2024-41", "denied")}


def test_the_second_season_which_launched_is_the_second() -> None:
    title = "Moonfall Season 3 Release Date, Cast and Everything We Know"
    body = "It was renewed in February, a few days before the second series, which launched on 11th January, finished its run."
    doc = extract(f"{title}\n\n{body}", title=title, published=PUBLISHED, published_from="given")
    assert {(c.season, c.value) for c in doc.claims if c.kind == "premiere"} == {(2, "2024-01-11")}


def test_a_clause_with_its_own_subject_takes_the_season_being_made() -> None:
    title = "Moonfall Season 3 Release Date, Cast and Everything We Know"
    body = "With season 2 arriving four months after its shoot wrapped, it's likely the show will return early next year."
    doc = extract(f"{title}\\n\\n{body}", title=title, published=PUBLISHED, published_from="given")
    assert {(c.season, c.value) for c in doc.claims if c.kind == "premiere"} == {(3, "2025-40")}


def test_a_cour_is_part_of_a_season_not_a_season() -> None:
    title = "Moonfall Season 3 Release Date, Cast and Everything We Know"
    body = "The first cour is scheduled to premiere in October 2024, while the second cour will follow in 2025."
    doc = extract(f"{title}\\n\\n{body}", title=title, published=PUBLISHED, published_from="given")
    assert {(c.season, c.value) for c in doc.claims if c.kind == "premiere"} == {(3, "2024-10"), (3, "2025")}


def test_an_upcoming_series_that_names_no_season_is_in_its_first() -> None:
    title = "Cameras roll on Main Street as Hulu series films in town"
    body = (
        "Scenes for Moonfall, an upcoming Hulu drama series, were shot on Main Street last week.\\n\\n"
        "The eight-episode limited series is expected to debut in early 2025."
    )
    doc = extract(f"{title}\\n\\n{body}", title=title, published=PUBLISHED, published_from="given")
    assert {(c.kind, c.season) for c in doc.claims if c.kind in ("premiere", "episodes", "filming")} == {
        ("premiere", 1), ("episodes", 1), ("filming", 1)
    }


def test_a_new_drama_in_a_press_release_is_its_first_season_beside_another_shows_series() -> None:
    title = "Filming begins on Gull Rock, a new six-part drama"
    body = (
        "Filming began today in Devon on Gull Rock, a gripping new six-part drama for BBC One.\n\n"
        "Gull Rock will air on BBC One in 2027.\n\n"
        "Also on BBC One: the border thriller The Lamp House returns for its second series in the autumn."
    )
    doc = extract(f"{title}\n\n{body}", title=title, published=PUBLISHED, published_from="given")
    assert {(c.kind, c.season) for c in doc.claims if c.show == "Gull Rock" and c.kind in ("premiere", "episodes", "filming")} == {
        ("premiere", 1), ("episodes", 1), ("filming", 1)
    }


def test_a_year_in_a_superlative_is_no_premiere() -> None:
    assert not {r for r in _rows("Hulu has finally given a return date for one of the best new dramas of 2023.") if r[1] == "premiere"}


def test_a_fronted_participle_with_a_past_date_is_the_first_premiere() -> None:
    body = (
        "Premiering in September 2021, Moonfall follows the staff of a sleepy station that becomes an unlikely "
        "tourist attraction after a viral video."
    )
    assert _rows(body) == {(1, "premiere", "2021-09", "asserted")}


def test_a_season_that_wraps_up_with_an_episode_is_no_shoot() -> None:
    body = "Season 1 premiered last October and wraps up May 13 with an episode that puts a question mark over the station."
    assert not {r for r in _rows(body) if r[1] == "filming"}


def test_a_timeline_entry_dates_its_event() -> None:
    body = "Production timeline:\n\n- June 16th, 2023 – Cameras roll in North Yorkshire, with filming running until October 24th, 2023."
    assert (2, "filming", "2023-06-16/2023-10-24", "asserted") in _rows(body)


def test_a_fronted_condition_hedges_and_keeps_its_own_verb() -> None:
    assert _rows("If all goes well, filming will start in March 2025.") == {(2, "filming", "2025-03", "speculated")}
    assert not {r for r in _rows("Should filming slip, early 2026 looks more realistic.") if r[1] == "filming"}


def test_production_yet_to_begin_denies_the_shoot() -> None:
    assert (2, "filming", None, "denied") in _rows("Netflix has not given a release window, with production yet to begin.")


def test_brought_back_for_a_named_season_and_a_petition_is_no_launch() -> None:
    body = (
        "The series premiered in January 2023 with 13 episodes, and CBS brought it back last October for an "
        "18-episode second season. A petition launched by fans had passed 40,000 signatures by Friday morning."
    )
    rows = {r for r in _rows(body) if r[1] == "premiere"}
    assert rows == {(1, "premiere", "2023-01", "asserted"), (2, "premiere", "2023-10", "asserted")}


def test_released_stills_is_no_premiere_and_brings_back_for_a_season_is() -> None:
    assert not {r for r in _rows("Apple only released stills on Friday, and a trailer is expected later.") if r[1] == "premiere"}
    body = "Apple TV+ also brings back the thriller Copperline for its third season on September 19."
    from nextseason.extract import extract

    doc = extract(f"{TITLE}\n\n{body}", title=TITLE, published=PUBLISHED, published_from="given")
    assert ("Copperline", 3, "premiere", "2024-09-19") in {(c.show, c.season, c.kind, c.value) for c in doc.claims}


def test_production_slated_to_begin_is_the_shoot() -> None:
    rows = _rows("Production on the 10-episode second season is slated to begin next month in Calgary.")
    assert {r[:3] for r in rows if r[1] != "episodes"} == {(2, "filming", "2024-06")}


def test_a_shoot_that_began_in_a_which_clause_and_wrapped() -> None:
    body = "Filming on the second season, which began last October in Scotland, wrapped in March, and post-production is under way."
    assert (2, "filming", "2023-10/2024-03", "asserted") in _rows(body)


def test_first_premiering_in_a_past_year() -> None:
    body = "First premiering in 2021, Moonfall follows the doctors of a late-night clinic."
    assert _rows(body) == {(1, "premiere", "2021", "asserted")}


def test_a_release_history_list() -> None:
    body = "Here is how long we have waited before:\n\n- Season 1: February 18, 2021\n- Season 2: October 6, 2022"
    assert {(1, "premiere", "2021-02-18", "asserted"), (2, "premiere", "2022-10-06", "asserted")} <= _rows(body)


def test_pushed_out_of_a_year_denies_it() -> None:
    assert (2, "premiere", "2024", "denied") in _rows("A scheduling crunch has pushed season 2 of the drama out of 2024.")


@pytest.mark.parametrize(
    ("wrap", "value"), [("on 12 March", "2025-09/2026-03-12"), ("in March", "2025-09/2026-03")]
)
def test_a_wrap_after_a_start_in_an_earlier_month_is_in_the_next_year(wrap: str, value: str) -> None:
    body = f"Filming on season 2 began in September 2025 and wrapped {wrap}, according to the star's post."
    assert _rows(body, published="2026-03-14") == {(2, "filming", value, "asserted")}


def test_a_table_of_seasons_read_as_text() -> None:
    body = (
        "Here is how the earlier seasons rolled out.\n\n"
        "Season | Premiere date | Episodes | Release model\n"
        "Season 1 | March 3, 2022 | 8 | All at once\n"
        "Season 2 | August 29, 2024 | 10 | Weekly (two-episode premiere)\n"
    )
    rows = _rows(body, published="2025-03-18")
    assert {(1, "premiere", "2022-03-03", "asserted"), (1, "episodes", 8, "asserted")} <= rows
    assert {(2, "premiere", "2024-08-29", "asserted"), (2, "episodes", 10, "asserted")} <= rows


def test_a_shoot_begun_and_one_expected_to_wrap_are_two_claims() -> None:
    body = "Production on season 2 began in Belfast in January, and the shoot is expected to wrap in late summer."
    rows = _rows(body, published="2025-03-18")
    assert {(2, "filming", "2025-01", "asserted"), (2, "filming", "2025-22", "speculated")} <= rows


def test_we_would_pencil_in_is_a_guess() -> None:
    rows = _rows("Given the delays, we'd pencil in a spring 2025 premiere for season 2.")
    assert (2, "premiere", "2025-21", "speculated") in rows
    assert (2, "premiere", "2025-21", "asserted") in _rows("I'd been told that season 2 premieres in spring 2025.")


def test_cannot_be_ruled_out_is_a_possibility() -> None:
    assert (2, "premiere", "2025-40", "speculated") in _rows("A season 2 premiere in early 2025 can't be ruled out.")
    assert (2, "premiere", "2025", "denied") in _rows("Netflix has ruled out a 2025 premiere for season 2.")


def test_went_out_and_will_go_out_are_broadcasts() -> None:
    rows = _rows("Series 1 went out last autumn. The second series will go out on BBC One in March. The cast went out for dinner in June.")
    assert (1, "premiere", "2023-23", "asserted") in rows
    assert (2, "premiere", "2025-03", "asserted") in rows
    assert not any(value in ("2024-06", "2025-06") for _, _, value, _ in rows)


def test_cannot_wait_is_eagerness_not_a_denial() -> None:
    rows = _rows('"We cannot wait for viewers to return to the harbour this summer," said the network.')
    assert (2, "premiere", "2024-22", "asserted") in rows


def test_a_press_release_blurb_about_the_company_makes_no_claims() -> None:
    rows = _rows(
        "The second season premieres on July 17.\n\nAbout Apple TV+\n\n"
        "After its launch on November 1, 2019, Apple TV+ became the first all-original streaming service."
    )
    assert (2, "premiere", "2024-07-17", "asserted") in rows
    assert not any(value == "2019-11-01" for _, _, value, _ in rows)


def test_production_ran_from_to_is_the_shoot() -> None:
    rows = _rows("Production on season two ran from August 2023 through January of this year, on location in Norfolk.")
    assert (2, "filming", "2023-08/2024-01", "asserted") in rows
    assert not any(kind == "premiere" for _, kind, _, _ in rows)


def test_a_show_coming_back_that_hooked_viewers_across_a_region() -> None:
    doc = extract(
        f"{TITLE}\n\nThe heist drama that hooked viewers across Latin America is coming back early next year.",
        title=TITLE, published=PUBLISHED, published_from="given",
    )
    assert {c.show for c in doc.claims} == {"Moonfall"}
    assert not any(c.kind == "cast" for c in doc.claims)


def test_a_count_of_a_run_that_reached_a_peak_is_the_aired_season() -> None:
    rows = _rows("Moonfall will return with a second season.\n\nThe 12-episode series reached a peak viewership of 14.2 percent.")
    assert (1, "episodes", 12, "asserted") in rows
    assert (2, "episodes", 12, "asserted") not in rows


def test_on_screens_this_autumn_is_a_premiere() -> None:
    rows = _rows("The insider added that the new season should still be on screens this autumn.")
    assert (2, "premiere", "2024-23", "speculated") in rows


def test_a_persons_debut_is_no_premiere() -> None:
    rows = _rows("Jang Woo-bin, who made his debut in 2019, joins the cast. Choi Ara made her screen debut last year.")
    assert not any(kind == "premiere" for _, kind, _, _ in rows)


def test_a_date_set_as_the_premiere_date_for_a_named_season() -> None:
    rows = _rows("Hulu has set Thursday, Jan. 16 as the premiere date for season 2 of its mystery.")
    assert (2, "premiere", "2025-01-16", "asserted") in rows


def test_waiting_until_a_date_is_the_premiere_not_before_it() -> None:
    rows = _rows(
        "Fans will have to wait until 2025 for the new season. "
        "Viewers will not see the new season until late 2025. "
        "You will not have to wait until fall to see her in another show."
    )
    assert (2, "premiere", "2025", "asserted") in rows
    assert (2, "premiere", "2025-41", "asserted") in rows
    assert not any(value == "2024-23" for _, _, value, _ in rows)


def test_a_wrap_told_before_the_start_of_the_same_shoot_is_one_interval() -> None:
    rows = _rows("Season 2 wrapped filming on May 2, roughly eight months after cameras first rolled last September.")
    assert (2, "filming", "2023-09/2024-05-02", "asserted") in rows


def test_production_set_to_begin_is_the_shoot() -> None:
    rows = _rows("Moonfall has been renewed for a second season, with production set to begin later this year.")
    assert (2, "filming", "2024", "asserted") in rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Moonfall, which airs its last episode on June 28, will not be back.",
        "The show was briefly moved to Fridays in February before returning to Thursdays in April.",
    ],
)
def test_a_last_episode_and_a_time_slot_are_no_premieres(sentence: str) -> None:
    assert not any(kind == "premiere" for _, kind, _, _ in _rows(sentence))


def test_a_renewal_that_could_follow_is_no_premiere() -> None:
    rows = _rows("If the second season does well, a renewal could follow in spring 2025.")
    assert not any(kind == "premiere" for _, kind, _, _ in rows)


def test_on_the_way_with_a_date_is_a_premiere() -> None:
    rows = _rows("The second season of Moonfall is on the way to Netflix on July 4.")
    assert any(season == 2 and kind == "premiere" and str(value).endswith("-07-04") for season, kind, value, _ in rows)


@pytest.mark.parametrize(
    "sentence",
    ["Filming for season 2 has not yet started.", "Cameras have yet to roll on season 2."],
)
def test_a_shoot_not_yet_begun_for_a_named_season(sentence: str) -> None:
    assert (2, "filming", None, "denied") in _rows(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The prequel film Tidewater, which is set before the series, is slated for theaters in 2025.",
        "But his agency clarified that his enlistment date has been pushed to 2026.",
        'Ada Hale will also star in the JTBC drama "Winter Persimmon," which premieres November 2.',
        "On the big screen, The Harbor Wars opens on May 22, 2026.",
    ],
)
def test_a_films_run_a_persons_service_and_another_dramas_release_are_no_premieres(sentence: str) -> None:
    assert not any(kind == "premiere" for _, kind, _, _ in _rows(sentence))


def test_the_shows_own_quoted_title_before_which_keeps_its_premiere() -> None:
    rows = _rows('The new season of "Moonfall," which premieres November 2, stars Ada Hale.')
    assert (2, "premiere", "2024-11-02", "asserted") in rows


def test_a_season_named_to_compare_with_lends_no_premiere() -> None:
    rows = _rows("The third season will comprise eight episodes, down from 10 in Season 2, and is slated to premiere in early 2025.")
    assert (3, "premiere", "2025-40", "asserted") in rows
    kept = _rows("The season has ten episodes, up from the eight of the first season, which debuted on Feb. 18, 2022.")
    assert (1, "premiere", "2022-02-18", "asserted") in kept


def test_a_date_pencilled_in_is_still_to_come() -> None:
    text = "The network hasn't given an exact date yet, but it has pencilled the new season in for October, in the slot that season 1 had."
    assert (2, "premiere", "2024-10", "asserted") in _rows(text)


def test_a_press_releases_format_counts_episodes_and_set_images_are_no_premiere() -> None:
    assert (1, "episodes", 6, "asserted") in _rows("Season one (6 x 60′) is available to stream now.")
    assert not any(kind == "premiere" for _, kind, _, _ in _rows("Images from the set will be available from Wednesday 20 May."))


def test_a_table_row_with_bars_counts_episodes() -> None:
    assert (2, "episodes", 8, "asserted") in _rows("Moonfall Season 2 Key Facts\n\nEpisodes | 8")


def test_one_other_show_in_apposition_keeps_its_premiere() -> None:
    rows = _claims_of("HBO's other period drama, The Gilt Cage, returns for its third season on Sept. 14.")
    assert ("The Gilt Cage", 3, "premiere", "2024-09-14") in rows
    assert not any(kind == "premiere" for _, _, kind, _ in _claims_of("Other dramas return on Sept. 14."))


def _claims_of(body: str) -> set[tuple[str, int | None, str, object]]:
    doc = extract(f"{TITLE}\n\n{body}", title=TITLE, published=PUBLISHED, published_from="given")
    return {(c.show, c.season, c.kind, c.value) for c in doc.claims}


def test_the_previous_season_is_the_one_before_the_articles() -> None:
    rows = _rows("The previous season had premiered on October 4, 2022, so fans have waited well over a year.")
    assert (1, "premiere", "2022-10-04", "asserted") in rows  # (a season 2 article: the previous season is the first)
    doc = extract(
        "Moonfall Season 3 Release Date\n\nThe previous season had premiered on October 4, 2022.",
        title="Moonfall Season 3 Release Date", published=PUBLISHED, published_from="given",
    )
    assert {(c.season, c.value) for c in doc.claims if c.kind == "premiere"} == {(2, "2022-10-04")}


def test_a_players_return_is_no_premiere_and_aiming_to_broadcast_is() -> None:
    assert not any(kind == "premiere" for _, kind, _, _ in _rows("Actress Ada Hale already confirmed her return in March."))
    assert (2, "premiere", "2025-40", "speculated") in _rows("According to JTBC, season 2 is aiming to broadcast in the first half of 2025.")


def test_an_infobox_run_premiered_on_its_first_day() -> None:
    rows = _rows("Moonfall Season 2 Key Facts\n\nRelease: January 15, 2024 – March 19, 2024")
    assert (2, "premiere", "2024-01-15", "asserted") in rows
    assert not any(str(value).startswith("2024-01-15/") for _, _, value, _ in rows)


def test_a_films_shoot_in_a_which_clause_is_no_filming() -> None:
    rows = _rows("Ada Hale next stars in the feature Tidewater Road, which begins shooting in Georgia next month.")
    assert not any(kind == "filming" for _, kind, _, _ in rows)


def test_broadcasts_that_come_from_a_year_are_no_premiere() -> None:
    rows = _rows("The drama follows a DJ who picks up broadcasts that seem to come from the same frequency in 1983.")
    assert not any(kind == "premiere" for _, kind, _, _ in rows)


def test_a_dated_start_on_a_named_channel_is_a_premiere() -> None:
    rows = _rows("A leaked schedule points to an October start on TOKYO MX and BS11.")
    assert (2, "premiere", "2024-10", "speculated") in rows
    assert not any(kind == "premiere" for _, kind, _, _ in _rows("The shoot is set for an October start on location in Leeds."))


def test_a_drama_that_wrapped_filming_and_has_not_aired_is_in_its_first_season() -> None:
    title = "Lantern Rivers Wraps Filming: Cast, Novel and Release Date"
    body = (
        "The xianxia drama Lantern Rivers officially wrapped filming in Hengdian on January 18.\n\n"
        "The novel has a sequel, so fans are already hoping for a second season, although nothing of the kind has been announced.\n\n"
        "The drama is expected to premiere in the summer. According to the filing, the drama has 32 episodes."
    )
    doc = extract(f"{title}\n\n{body}", title=title, published="2027-02-03", published_from="given")
    got = {(c.kind, c.season) for c in doc.claims if c.kind in ("premiere", "episodes", "filming")}
    assert got == {("premiere", 1), ("episodes", 1), ("filming", 1)}


def test_a_show_that_aired_before_gets_no_first_season_from_its_shoot() -> None:
    title = "Lantern Rivers Wraps Filming"
    body = "Lantern Rivers wrapped filming on January 18. The drama, which premiered in 2024, returns in the summer."
    doc = extract(f"{title}\n\n{body}", title=title, published="2027-02-03", published_from="given")
    assert not any(c.season == 1 and c.kind == "filming" for c in doc.claims)


def test_the_earlier_runs_count_is_theirs() -> None:
    title = "Moonfall Series 3: Start Date, Cast and More"
    body = "Unlike the previous two four-part series, the new run has six episodes."
    doc = extract(f"{title}\n\n{body}", title=title, published=PUBLISHED, published_from="given")
    assert {(c.season, c.value) for c in doc.claims if c.kind == "episodes"} == {(3, 6), (1, 4), (2, 4)}


def test_a_return_that_has_aired_is_the_season_before_the_articles() -> None:
    title = "Moonfall Season 3: Confirmed, Cast and Everything We Know"
    body = "Prime Video's Moonfall finally returned this summer after a long wait."
    doc = extract(f"{title}\n\n{body}", title=title, published="2025-08-21", published_from="given")
    assert ("premiere", 2, "2025-22") in {(c.kind, c.season, c.value) for c in doc.claims}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("Others in the thread think spring 2025 is more realistic.", "2025-21"), ("Late 2025 sounds far more likely to us.", "2025-41")],
)
def test_a_date_judged_realistic_or_likely_is_a_guessed_premiere(sentence: str, value: str) -> None:
    title = "Moonfall Season 2: What We Know"
    doc = extract(f"{title}\n\n{sentence}", title=title, published=PUBLISHED, published_from="given")
    assert (2, "premiere", value, "speculated") in {(c.season, c.kind, c.value, c.stance) for c in doc.claims}


def test_a_count_compared_with_a_described_earlier_season_gives_that_season_its_count() -> None:
    title = "Moonfall Season 2 Part 2: Release Date and Episodes"
    body = "Part 2 has nine episodes, one fewer than the 10-episode first season."
    doc = extract(f"{title}\n\n{body}", title=title, published=PUBLISHED, published_from="given")
    assert (1, 10) in {(c.season, c.value) for c in doc.claims if c.kind == "episodes"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A photo from the set, where the first two seasons were shot, kicked off this one in September.",
        "A leaked casting call kicked off the rumour mill in March.",
        "One blurry post kicked off fresh speculation in February.",
    ],
)
def test_talk_that_kicks_off_is_no_premiere(sentence: str) -> None:
    rows = _rows(f"{sentence} The show kicked off its second season in April.")
    assert {row for row in rows if row[1] == "premiere"} == {(2, "premiere", "2024-04", "asserted")}


def test_its_release_is_the_named_seasons_when_the_sentence_names_one() -> None:
    rows = _rows("Season 2 wrapped filming in May 2023 and needed seven months of work before its January release.")
    assert (2, "premiere", "2024-01", "asserted") in rows
    assert not {row for row in rows if row[1] == "premiere" and row[0] != 2}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Like the previous three seasons, season 4 has eight episodes.", {1, 2, 3, 4}),
        ("The second season landed in December 2022 and, like the first, it had eight episodes.", {1, 2}),
        ("Season 3 premieres in May. That's eight episodes in all, the same as each of the first two seasons.", {1, 2, 3}),
        ("Season 3 premieres in May. That's eight episodes in total, the same number as seasons 1 and 2.", {1, 2, 3}),
        ("Series 3 has eight episodes, the same as in each of the first two series.", {1, 2, 3}),
        # (the action compared, not the count; or a comparison in another clause)
        ("All eight episodes will arrive on the same day, just like the first season did on May 2, 2022.", {2}),
        ("The eight-part season will premiere later this year and, as with the first two runs, will then stream on Hulu.", {2}),
    ],
)
def test_a_count_likened_to_earlier_seasons_is_theirs_too(body: str, expected: set[int]) -> None:
    assert {season for season, kind, value, _ in _rows(body) if kind == "episodes" and value == 8} == expected


def test_a_launch_batch_after_an_abbreviated_month_is_no_count() -> None:
    rows = _rows("Moonfall season 2 premieres Thursday, Feb. 20 with three episodes on Netflix, followed by one new episode every Thursday.")
    assert not [row for row in rows if row[1] == "episodes"]


def test_the_dated_premiere_of_a_named_season_or_another_show() -> None:
    doc = extract(
        f"{TITLE}\n\nNetflix renewed Moonfall in March, a few weeks ahead of the April 30 premiere of Season 1. "
        "The news comes as Netflix gears up for the June 20 premiere of Zero Hour, its six-episode limited series.",
        title=TITLE,
        published="2024-03-20",
        published_from="given",
    )
    rows = {(c.show, c.season, c.kind, c.value) for c in doc.claims if c.kind in ("premiere", "episodes")}
    assert ("Moonfall", 1, "premiere", "2024-04-30") in rows
    assert ("Zero Hour", 1, "premiere", "2024-06-20") in rows
    assert not any(show == "Moonfall" and value == "2024-06-20" for show, _, _, value in rows)


def test_earlier_seasons_as_the_reasoning_for_a_guess_lend_it_no_season() -> None:
    rows = _rows("The first three seasons arrived two years apart, so a late 2025 launch would not be unusual.")
    assert {season for season, kind, *_ in rows if kind == "premiere"} == {2}
    # (but the season a pronoun takes up keeps it)
    rows = _rows("Season 3 goes before the cameras this year, which means we won't see it until 2026.")
    assert {season for season, kind, *_ in rows if kind == "premiere"} == {3}


def test_the_final_day_of_a_shoot_that_came_is_its_wrap() -> None:
    rows = _rows("Cameras started rolling on season 2 in April 2023, and the final day of shooting came in January 2024.")
    assert (2, "filming", "2023-04/2024-01", "asserted") in rows
    assert not any(kind == "premiere" for _, kind, *_ in rows)


def test_the_season_a_wait_is_counted_from_is_not_the_one_returning() -> None:
    rows = _rows("It has been two long years since season 1, but the drama returns in April 2025.")
    assert (2, "premiere", "2025-04", "asserted") in rows
    rows = _rows("It has been two years since season 1 dropped in June 2022, and fans are restless.")
    assert (1, "premiere", "2022-06", "asserted") in rows


def test_its_debut_is_season_ones_and_the_current_season_is_the_one_before_the_next() -> None:
    rows = _rows(
        "Since its debut in March 2022, the show has become a hit. "
        "The current season, which premiered on January 9, 2024, runs ten episodes."
    )
    assert (1, "premiere", "2022-03", "asserted") in rows
    assert (1, "premiere", "2024-01-09", "asserted") in rows  # (of a season 2 article, season 1 is current)
    title = "Moonfall Season 3: renewed"
    doc = extract(
        f"{title}\n\nThe current season, which premiered on January 9, 2024, runs ten episodes.",
        title=title,
        published=PUBLISHED,
        published_from="given",
    )
    assert {(c.season, c.kind) for c in doc.claims if c.kind in ("premiere", "episodes")} == {(2, "premiere"), (2, "episodes")}


def test_a_season_that_began_past_a_relative_aside_and_a_service_that_dropped_its_plus() -> None:
    rows = _rows(
        "Season 1, which adapts Ada Quill's The Salt Gate, began on 24 March. "
        "The streamer also quietly dropped the plus from its name this week."
    )
    assert {(s, k, v) for s, k, v, _ in rows if k == "premiere"} == {(1, "premiere", "2024-03-24")}


def test_a_return_with_its_numbered_final_season() -> None:
    doc = extract(
        f"{TITLE}\n\nIn other news, Glass Orchard will also return in spring 2025 with its fifth and final season.",
        title=TITLE,
        published=PUBLISHED,
        published_from="given",
    )
    assert {(c.show, c.season, c.value) for c in doc.claims if c.kind == "premiere"} == {("Glass Orchard", 5, "2025-21")}


def test_a_season_wrapped_with_a_finale_is_no_shoot() -> None:
    rows = _rows("Moonfall wrapped its first season last month with a finale that left fans reeling.")
    assert not any(kind == "filming" for _, kind, *_ in rows)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The network renewed it just days after the season 1 finale, but it could slip into 2026.", "2026"),
        ("The network will only commit to summer 2025 for the new season.", "2025-22"),
        ("Most fans are pencilling in October for the new season.", "2024-10"),
        ("If the studio sticks to the summer slot that worked so well for season 1, a July 2025 premiere looks likely.", "2025-07"),
    ],
)
def test_guessed_windows_of_the_season_to_come(body: str, value: str) -> None:
    assert {(season, v) for season, kind, v, _ in _rows(body) if kind == "premiere"} == {(2, value)}


@pytest.mark.parametrize(
    "body",
    [
        "With filming months away, a 2025 debut is the likeliest outcome.",
        "Most people are pencilling in June 2025 for the new season.",
    ],
)
def test_the_likeliest_outcome_and_what_people_are_pencilling_in_are_guesses(body: str) -> None:
    assert {stance for _season, kind, _value, stance in _rows(body) if kind == "premiere"} == {"speculated"}


def test_a_shoot_that_did_not_wrap_until_a_date_ends_then() -> None:
    body = "Cameras rolled in January 2023, and the long shoot didn't wrap until Dec. 20 of that year."
    assert _rows(body, published="2024-09-15") == {(2, "filming", "2023-01/2023-12-20", "asserted")}
    body = (
        "Production on the first season began in November 2019, was shut down for months and did not wrap until 2021; "
        "the second season went before cameras in the fall of 2022."
    )
    assert (1, "filming", "2019-11/2021", "asserted") in _rows(body, published="2024-09-15")


def test_other_shows_ending_their_runs_this_year() -> None:
    doc = extract(
        "Moonfall season 2\n\nIt's a big year for endings. Glass Orchard's third and final season arrives on June 27, "
        "and Copper Valley wraps up with its fifth season later this year.",
        title="Moonfall Season 2",
        published="2025-03-06",
        published_from="given",
    )
    rows = {(c.show, c.season, c.kind, c.value) for c in doc.claims}
    assert {("Glass Orchard", 3, "premiere", "2025-06-27"), ("Copper Valley", 5, "premiere", "2025")} <= rows
    assert not any(kind == "filming" for _show, _season, kind, _value in rows)


def test_a_date_reasoned_from_an_earlier_seasons_gap_is_the_next_seasons_guess() -> None:
    body = "The gap between filming and the premiere on season 1 was roughly 14 months, which points to a late 2026 launch."
    assert (2, "premiere", "2026-41", "speculated") in _rows(body, published="2025-03-06")


def test_we_started_in_march_and_wrapped_in_july_is_one_shoot() -> None:
    body = "LAWRENCE: We started in the first week of March and wrapped in early July, which is pretty fast."
    assert _rows(body, published="2024-10-28") == {(2, "filming", "2024-03/2024-07", "asserted")}


def test_a_player_returning_as_a_part_is_no_release() -> None:
    rows = _rows("And Ada Quill returns as Mara, more than she did last year.", published="2024-10-28")
    assert not any(kind == "premiere" for _season, kind, _value, _stance in rows)


def test_every_season_so_far_is_each_aired_season() -> None:
    doc = extract(
        "Moonfall season 4\n\nEvery season so far has run to ten episodes (season 2's were split in two), so expect the same.",
        title="Moonfall Season 4: everything we know",
        published="2026-03-03",
        published_from="given",
    )
    counts = {(c.season, c.value) for c in doc.claims if c.kind == "episodes"}
    assert {(1, 10), (2, 10), (3, 10)} <= counts


def test_parts_released_after_a_sentence_naming_their_season() -> None:
    rows = _claims_of(
        "Season 4 of Moonfall is done and dusted. The romance wrapped up when Part 2 arrived on February 26, 2024, "
        "four weeks after Part 1 dropped on January 29, 2024."
    )
    assert {("Moonfall", 4, "premiere", "2024-02-26"), ("Moonfall", 4, "premiere", "2024-01-29")} <= rows


def test_each_season_ran_and_an_ordinal_standing_alone_for_a_season() -> None:
    doc = extract(
        "Moonfall Season 3 Release Date\n\nEach season ran to eight episodes. The first season had 11 episodes, and the second had 13.",
        title="Moonfall Season 3 Release Date", published=PUBLISHED, published_from="given",
    )
    rows = {(c.season, c.value) for c in doc.claims if c.kind == "episodes"}
    assert {(1, 8), (2, 8), (1, 11), (2, 13)} <= rows
    assert (3, 8) not in rows and (1, 13) not in rows


def test_a_count_the_same_as_every_previous_season() -> None:
    doc = extract(
        "Moonfall Season 3 Release Date\n\nThere will be eight episodes, the same as every previous season.",
        title="Moonfall Season 3 Release Date", published=PUBLISHED, published_from="given",
    )
    assert {c.season for c in doc.claims if c.kind == "episodes" and c.value == 8} == {1, 2, 3}


def test_a_season_that_wrapped_up_on_air_is_no_shoot() -> None:
    doc = extract(
        "Moonfall Season 3 Release Date\n\nMoonfall wrapped up its second season on May 2, 2024. The eight-episode "
        "season wraps up June 10. Filming on season 3 began in August 2023 before wrapping up in late February.",
        title="Moonfall Season 3 Release Date", published=PUBLISHED, published_from="given",
    )
    filming = {(c.season, c.value) for c in doc.claims if c.kind == "filming"}
    assert filming == {(3, "2023-08/2024-02")}


def test_it_will_or_wont_be_a_time_answers_when_the_season_arrives() -> None:
    rows = _rows("When will it come out? What we can say is that it won't be this summer. It will be a long wait, though.")
    assert (2, "premiere", "2024-22", "denied") in rows
    assert len([r for r in rows if r[1] == "premiere"]) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Seasons 1 and 2 each had six episodes.", {(1, 6), (2, 6)}),
        ("Seasons 1, 2 and 3 each ran for nine episodes.", {(1, 9), (2, 9), (3, 9)}),
        ("Seasons one, two, and three each had seven episodes.", {(1, 7), (2, 7), (3, 7)}),
    ],
)
def test_a_count_shared_by_a_list_of_seasons(body: str, expected: set[tuple[int, int]]) -> None:
    """The last season number before "each" is no count; every listed season gets the count."""
    rows = _rows(body)
    assert {(season, value) for season, kind, value, _ in rows if kind == "episodes"} == expected


def test_seasons_gapped_after_the_first_ones_verb() -> None:
    rows = _rows("Season one launched on March 3, 2020, season two on May 9, 2022 and season three in the summer of 2023.")
    premieres = {(season, value) for season, kind, value, _ in rows if kind == "premiere"}
    assert premieres == {(1, "2020-03-03"), (2, "2022-05-09"), (3, "2023-22")}


def test_a_glance_list_of_seasons_with_their_counts() -> None:
    rows = _rows("Moonfall at a Glance\n\nSeason 1: April 16, 2019, 6 episodes\nSeason 2: June 2, 2021 (7 episodes)\n")
    assert {(1, "premiere", "2019-04-16", "asserted"), (2, "premiere", "2021-06-02", "asserted")} <= rows
    assert {(1, "episodes", 6, "asserted"), (2, "episodes", 7, "asserted")} <= rows


def test_an_elided_ordinal_names_the_season_of_the_date_after_it() -> None:
    rows = _rows("The first season was shot in Wales; for the second, production moved to Dublin, where it filmed between May and July 2023.")
    assert (2, "filming", "2023-05/2023-07", "asserted") in rows
    assert not any(season == 1 and kind == "filming" and value for season, kind, value, _ in rows)


def test_the_same_length_as_each_of_the_previous_runs() -> None:
    rows = _rows("Season 3 will consist of six episodes, the same length as each of the previous two runs.")
    counts = {(season, value) for season, kind, value, _ in rows if kind == "episodes"}
    assert counts == {(1, 6), (2, 6), (3, 6)}


def test_the_premiere_a_renewal_came_after_is_the_season_before() -> None:
    text = (
        "Netflix renewed Dept. Q for a second season last Thursday, seven weeks after the crime drama "
        "premiered on May 29 and became a hit."
    )
    doc = extract(f"Dept. Q Renewed for Season 2\n\n{text}", title="Dept. Q Renewed for Season 2", published="2025-07-22")
    got = {(c.show, c.season, c.kind, c.value) for c in doc.claims}
    assert ("Dept. Q", 2, "renewed", "2025-07-17") in got  # (one sentence: "Dept." ends none)
    assert ("Dept. Q", 1, "premiere", "2025-05-29") in got


def test_a_table_of_parts_counts_parts_and_in_total_each_season_its_own() -> None:
    body = (
        "Here is how the earlier seasons were released:\n\n"
        "Season | Part | Premiere | Episodes\n"
        "Season 1 | Part 1 | January 11, 2021 | 11\n"
        "Season 1 | Part 2 | October 4, 2021 | 12\n\n"
        "In total, the first season had 23 episodes and the second season had 25."
    )
    got = {(s, v) for s, k, v, _ in _rows(body) if k == "episodes"}
    assert got == {(1, 23), (2, 25)}


def test_two_episodes_on_launch_day_are_a_batch_not_the_seasons_count() -> None:
    body = (
        "Season 1 had ten episodes, each running between 22 and 30 minutes, with two episodes on launch day "
        "and the rest released weekly on Fridays."
    )
    got = {(s, v) for s, k, v, _ in _rows(body) if k == "episodes"}
    assert got == {(1, 10)}


def test_a_season_that_only_dates_the_news_is_not_the_one_filming() -> None:
    body = "More than two years after season 1 arrived on Netflix, Moonfall is coming back, and cameras are already rolling in Paris."
    assert (2, "filming", None, "asserted") in _rows(body)


def test_a_season_named_in_a_time_clause_is_not_the_dated_claim_s() -> None:
    body = "Netflix ordered season 2 in May 2023, ten months before season 1 premiered, and cameras rolled in Prague between February and August 2024."
    assert (2, "filming", "2024-02/2024-08", "asserted") in _rows(body, published="2024-12-01")


def test_a_hedge_in_a_second_relative_clause_leaves_the_first_asserted() -> None:
    rows = _rows("Moonfall, whose second season premiered last August and which is widely expected to return, is a hit.")
    assert (2, "premiere", "2023-08", "asserted") in rows


def test_two_seasons_and_two_days_in_the_same_order_pair_up() -> None:
    rows = _rows("Seasons 2 and 3 both arrived just before Christmas, on December 22, 2021 and December 21, 2023.")
    premieres = {(season, value) for season, kind, value, _ in rows if kind == "premiere"}
    assert premieres == {(2, "2021-12-22"), (3, "2023-12-21")}


def test_since_it_debuted_dates_the_first_season_unless_a_season_is_named() -> None:
    rows = _rows("The show has turned out a new season almost every year since it debuted in December 2019.")
    assert (1, "premiere", "2019-12", "asserted") in rows
    named = _rows("Season 2 has been in the top 10 ever since it premiered on January 22.")
    assert not any(season == 1 for season, kind, _, _ in named if kind == "premiere")


def test_a_batch_of_episodes_is_no_count_of_the_season() -> None:
    rows = _rows("Season 2 premieres on Wednesday, September 17, with a three-episode drop.")
    assert not any(kind == "episodes" for _, kind, _, _ in rows)


def test_all_n_seasons_each_give_every_season_the_count() -> None:
    rows = _rows("All three seasons ran for eight episodes each.")
    assert {(s, v) for s, kind, v, _ in rows if kind == "episodes"} == {(1, 8), (2, 8), (3, 8)}


@pytest.mark.parametrize(
    "sentence",
    ["The finale ended the show after three seasons and 24 episodes.", "It closed the book after two seasons, 18 episodes and a decade."],
)
def test_a_count_beside_the_number_of_seasons_is_the_whole_runs(sentence: str) -> None:
    assert not any(kind == "episodes" for _, kind, _, _ in _rows(sentence))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Each series has six episodes.", {(1, "episodes", 6, "asserted"), (2, "episodes", 6, "asserted"), (3, "episodes", 6, "asserted")}),
        ("Every season runs ten episodes.", {(1, "episodes", 10, "asserted"), (2, "episodes", 10, "asserted"), (3, "episodes", 10, "asserted")}),
        ("Each season will have ten episodes.", {(4, "episodes", 10, "asserted")}),
    ],
)
def test_each_season_has_n_episodes_in_an_article_about_the_next(body: str, expected: set[Row]) -> None:
    doc = extract(f"Moonfall Season 4: Everything We Know\n\n{body}", title="Moonfall Season 4: Everything We Know", published=PUBLISHED, published_from="given")
    assert {(c.season, c.kind, c.value, c.stance) for c in doc.claims if c.kind == "episodes"} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A late 2024 launch isn't out of the question.", {(2, "premiere", "2024-41", "speculated")}),
        ("A late 2024 launch hasn't been ruled out.", {(2, "premiere", "2024-41", "speculated")}),
        ("Another 10-episode order, matching the first season, seems likely.", {(2, "episodes", 10, "speculated")}),
        # (an aside between hyphens typed as dashes is its own clause: told, then the guess)
        (
            "The show runs on a two-year cycle - the first season arrived in September 2021 - so a fall 2025 return looks like the safest bet.",
            {(1, "premiere", "2021-09", "asserted"), (2, "premiere", "2025-23", "speculated")},
        ),
    ],
)
def test_possibility_idioms_hedged_subjects_and_hyphen_asides(body: str, expected: set[Row]) -> None:
    assert _rows(body) == expected


def test_a_release_verb_whose_object_is_a_person_releases_nothing() -> None:
    body = "Ada Quill played Mira Vance in the first season. The studio dropped Quill in December 2023 after the scandal."
    assert not {r for r in _rows(body) if r[1] == "premiere"}
    assert _rows("The streamer dropped the first season in December 2023.") == {(1, "premiere", "2023-12", "asserted")}


def test_a_release_verb_before_a_month_or_a_weekday_still_releases() -> None:
    assert _rows("Season 1 dropped April 17, 2024.") == {(1, "premiere", "2024-04-17", "asserted")}
    assert _rows("Season 1 dropped Friday, April 19, 2024.") == {(1, "premiere", "2024-04-19", "asserted")}


def test_a_date_in_a_relative_clause_about_a_film_releases_no_season() -> None:
    body = "Ada Quill will next turn up on the big screen in Storm: Doomsday, which is shooting in London and is dated for December 2026."
    assert not {r for r in _rows(body) if r[1] == "premiere"}
    assert _rows("The new season, which is shooting in London, is dated for December 2026.") == {(2, "premiere", "2026-12", "asserted")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Season 1 ran for ten episodes and season 2 for nine.", {(1, "episodes", 10, "asserted"), (2, "episodes", 9, "asserted")}),
        ("Season 1 had eight episodes, while season 2 had six.", {(1, "episodes", 8, "asserted"), (2, "episodes", 6, "asserted")}),
        ("Season 1 ran for ten episodes and season 2 for 40 minutes longer.", {(1, "episodes", 10, "asserted")}),
    ],
)
def test_a_count_whose_verb_and_noun_the_next_season_leaves_out(body: str, expected: set[Row]) -> None:
    assert {r for r in _rows(body) if r[1] == "episodes"} == expected


def test_a_fronted_clause_whose_it_is_the_season_named_next() -> None:
    body = "Three weeks after it landed on Netflix on April 27, 2024, Moonfall season 2 is still in the top 10."
    assert {r for r in _rows(body) if r[1] == "premiere"} == {(2, "premiere", "2024-04-27", "asserted")}
    body = "After it premiered in March 2023, the first season topped the charts."
    assert {r for r in _rows(body) if r[1] == "premiere"} == {(1, "premiere", "2023-03", "asserted")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("It is very unlikely that the new episodes arrive before late 2025.", {(2, "premiere", "2025-07/..", "speculated")}),
        ("We would not count on new episodes before fall 2025.", {(2, "premiere", "2025-23/..", "speculated")}),
        ("Don't count on it before 2026.", {(2, "premiere", "2026/..", "speculated")}),
    ],
)
def test_unlikely_before_and_not_counting_on_it_are_open_guesses(body: str, expected: set[Row]) -> None:
    assert _rows(body) == expected


def test_a_fronted_clause_about_the_first_season_frames_the_return() -> None:
    body = "After a first season that made it the most-streamed anime of 2023, the adaptation returns next month."
    assert _rows(body) == {(2, "premiere", "2024-06", "asserted")}


def test_parts_take_the_season_the_sentence_before_names_over_the_headings() -> None:
    body = (
        "When does season 2 come out?\n\n"
        "There is no date yet. For reference, the first season was split into two halves. "
        "Part 1 premiered on June 16, 2023, and Part 2 arrived on November 22, 2023."
    )
    got = {r for r in _rows(body) if r[1] == "premiere"}
    assert got == {(1, "premiere", "2023-06-16", "asserted"), (1, "premiere", "2023-11-22", "asserted")}


def test_a_season_confirmed_for_a_window() -> None:
    assert _rows("Season 2 has been confirmed by SBS for the second half of this year.") == {(2, "premiere", "2024-41", "asserted")}


def test_a_promo_reel_released_is_no_season() -> None:
    body = "The network says the new season is coming in summer 2025, and a sizzle reel released at the end of March carried the same message."
    assert _rows(body) == {(2, "premiere", "2025-22", "asserted")}
