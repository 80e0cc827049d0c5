"""Table-driven tests for the date normaliser (nextseason.extract.dates)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from nextseason.extract.dates import DateMention, bounds, find_dates, infer_published, normalise

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _pairs(
    text: str, published: str | None, context_year: int | None = None
) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published, context_year=context_year)]


# (sentence, published, [(expression as written, EDTF value), ...])
EXPLICIT_DATES = [
    # two dates joined, the year written once: the first takes it too (not across a year's turn)
    ("halves that arrived on July 6 and August 3, 2023", "2025-06-12", [("July 6", "2023-07-06"), ("August 3, 2023", "2023-08-03")]),
    ("aired on 6 July and 3 August 2023", "2025-06-12", [("6 July", "2023-07-06"), ("3 August 2023", "2023-08-03")]),
    ("arrives on December 6 and January 3, 2026", "2025-06-12", [("December 6", "2025-12-06"), ("January 3, 2026", "2026-01-03")]),
    ("premiered on Netflix on Jan. 28, 2022", "2022-06-08", [("Jan. 28, 2022", "2022-01-28")]),
    ("it premiered on January 28, 2022.", "2023-08", [("January 28, 2022", "2022-01-28")]),
    ("it premiered on 28 January 2022.", None, [("28 January 2022", "2022-01-28")]),
    (
        "will be released on Netflix on 3rd August 2023",
        "2023-05-02",
        [("3rd August 2023", "2023-08-03")],
    ),
    ("on the 20th of May, 2022", None, [("the 20th of May, 2022", "2022-05-20")]),
    ("Release date: 2024-12-26", "2024-09-02", [("2024-12-26", "2024-12-26")]),
    ("debuted on Feb. 18, 2022", None, [("Feb. 18, 2022", "2022-02-18")]),
    ("released on Sept. 17, 2021", None, [("Sept. 17, 2021", "2021-09-17")]),
    ("on February 29, 2024", None, [("February 29, 2024", "2024-02-29")]),
    (
        "The three seasons premiered on December 1, 2017, June 21, 2019, and June 27, 2020",
        "2023-01-12",
        [
            ("December 1, 2017", "2017-12-01"),
            ("June 21, 2019", "2019-06-21"),
            ("June 27, 2020", "2020-06-27"),
        ],
    ),
    (
        "In August 2022, while the final episodes were airing",
        "2024-03-25",
        [("August 2022", "2022-08")],
    ),
    ("renewed for a second season back in June 2022", "2025-06-03", [("June 2022", "2022-06")]),
    ("a third and final season is coming in 2025", "2024-09-02", [("2025", "2025")]),
    ("Our guess is that 2023 is more realistic.", "2021-08-05", [("2023", "2023")]),
    ("We would not bet against 2027, though.", "2025-05-20", [("2027", "2027")]),
    ("At its 2024 line-up presentation", "2024-05-14", [("2024", "2024")]),
    ("Netflix's 2024 slate", None, [("2024", "2024")]),
]

RELATIVE_DATES = [
    (
        "was aired on 28th January earlier this year",
        "2023-08",
        [("28th January earlier this year", "2023-01-28")],
    ),
    ("on 28th January last year", "2023-08", [("28th January last year", "2022-01-28")]),
    (
        "will release in the first half of the following year",
        "2023-08",
        [("the first half of the following year", "2024-40")],
    ),
    (
        "we expect season 3 to arrive in the first half of next year",
        "2024-09-02",
        [("the first half of next year", "2025-40")],
    ),
    (
        "filming is expected to begin in the second half of this year",
        "2024-01-22",
        [("the second half of this year", "2024-41")],
    ),
    (
        "cameras not rolling until the second half of the year",
        "2025-06-03",
        [("the second half of the year", "2025-41")],
    ),
    ("will arrive in early 2024", None, [("early 2024", "2024-40")]),
    ("will arrive in late 2024", None, [("late 2024", "2024-41")]),
    ("is expected in mid-2024", None, [("mid-2024", "2024-06~")]),
    ("if production begins early next year", "2022-06-08", [("early next year", "2023-40")]),
    (
        "Series 3 is set to begin filming later this year",
        "2023-05-02",
        [("later this year", "2023")],
    ),
    (
        "Sweet Home Season 2 will premiere sometime this year",
        "2023-02-20",
        [("sometime this year", "2023")],
    ),
    (
        "an announcement could come by the end of the year",
        "2021-08-05",
        [("the end of the year", "2021")],
    ),
    ("the show will not air this year", "2024-03-25", [("this year", "2024")]),
    ("filming could start next year", "2021-08-05", [("next year", "2022")]),
    ("its second season aired last year", "2024-02-20", [("last year", "2023")]),
    ("Filming began in July last year in Korea", "2024-09-02", [("July last year", "2023-07")]),
    ("puts the start of shooting in Q3 2025", "2025-06-03", [("Q3 2025", "2025-35")]),
    ("in the third quarter of 2025", None, [("the third quarter of 2025", "2025-35")]),
    ("in Q1 2024 or so", None, [("Q1 2024", "2024-33")]),
    (
        "in the fourth quarter of next year",
        "2024-05-01",
        [("the fourth quarter of next year", "2025-36")],
    ),
    ("in H2 2024", None, [("H2 2024", "2024-41")]),
    ("High Potential will return this fall", "2025-05-14", [("this fall", "2025-23")]),
    ("Nick and Charlie are back this summer.", "2023-05-02", [("this summer", "2023-22")]),
    ("it could land next spring", "2024-02-20", [("next spring", "2025-21")]),
    ("will premiere in summer 2024 on HBO", "2023-12-11", [("summer 2024", "2024-22")]),
    ("arrives in the autumn of 2024", None, [("autumn of 2024", "2024-23")]),
    ("cameras have been rolling since last summer", "2023-02-20", [("last summer", "2022-22")]),
    ("renewed the show for two more seasons last June", "2023-02-20", [("last June", "2022-06")]),
    ("Netflix renewed Berlin last January", "2025-02-04", [("last January", "2024-01")]),
    ("the network renewed it last February", "2026-10-03", [("last February", "2026-02")]),
    ("filming wrapped last April in Seoul", "2026-07-20", [("last April", "2026-04")]),
    ("they met last August", "2026-03-11", [("last August", "2025-08")]),
    ("it was announced last June", "2026-06-30", [("last June", "2025-06")]),
    ("the first season premiered in March", "2026-05-10", [("March", "2026-03")]),
    ("the first season premiered in November", "2026-05-10", [("November", "2025-11")]),
    ("came out on Netflix last month", "2024-05-14", [("last month", "2024-04")]),
    (
        "arrives later this month, on September 27",
        "2024-09-02",
        [("later this month", "2024-09"), ("September 27", "2024-09-27")],
    ),
    ("It premiered two months ago", "2024-01-15", [("two months ago", "2023-11")]),
    ("It premiered 3 months ago", "2024-02", [("3 months ago", "2023-11")]),
    ("The news dropped two days ago", "2022-06-08", [("two days ago", "2022-06-06")]),
    ("a decree twenty years ago", "2024-05-14", [("twenty years ago", "2004")]),
    ("It returns two weeks from today", "2026-10-23", [("two weeks from today", "2026-11-06")]),
    ("It returns on Christmas Day", "2026-06-15", [("Christmas Day", "2026-12-25")]),
    ("It premieres this weekend", "2026-06-15", [("this weekend", "2026-06-20/2026-06-21")]),
    (
        "It was confirmed in February 2025, and filming began in March this year before wrapping in late August",
        "2026-10-12",
        [("February 2025", "2025-02"), ("March this year", "2026-03"), ("late August", "2026-08")],
    ),
    ("It premiered last weekend", "2026-01-01", [("last weekend", "2025-12-27/2025-12-28")]),
    ("An answer is due by the end of the month", "2024-02-10", [("the end of the month", "2024-02")]),
    ("It premiered on Christmas Day", "2026-06-15", [("Christmas Day", "2025-12-25")]),
    ("The finale airs on New Year's Eve", "2026-12-01", [("New Year's Eve", "2026-12-31")]),
    ("The finale airs on New Year's Day", "2026-12-01", [("New Year's Day", "2027-01-01")]),
    ("It will arrive in time for the holidays", "2026-06-15", [("the holidays", "2026-12")]),
    ("It will premiere on Halloween 2027", "2026-06-15", [("Halloween 2027", "2027-10-31")]),
    ("It returns three days from now", "2024-12-30", [("three days from now", "2025-01-02")]),
    ("Filming starts a month from now", "2024-12-14", [("a month from now", "2025-01")]),
    ("The finale is a year from now", "2024-02-29", [("a year from now", "2025")]),
    ("announced this week", "2024-03-06", [("this week", "2024-03-04/2024-03-10")]),
    ("announced last week", "2024-03-06", [("last week", "2024-02-26/2024-03-03")]),
    ("it drops tomorrow", "2024-02-29", [("tomorrow", "2024-03-01")]),
    ("it dropped yesterday", "2024-03-01", [("yesterday", "2024-02-29")]),
    ("it returns for its third season tonight", "2024-12-31", [("tonight", "2024-12-31")]),
    (
        "The news dropped two days ago, on Monday, June 6",
        "2022-06-08",
        [("two days ago", "2022-06-06"), ("Monday, June 6", "2022-06-06")],
    ),
    (
        "Two months ago, on March 21, Apple renewed the show",
        "2025-05-20",
        [("Two months ago", "2025-03"), ("March 21", "2025-03-21")],
    ),
]

# Year boundaries and leap years.
BOUNDARIES = [
    ("It returns next January.", "2023-12-11", [("next January", "2024-01")]),
    ("It was renewed last December.", "2024-01-05", [("last December", "2023-12")]),
    ("It was renewed last month.", "2024-01-05", [("last month", "2023-12")]),
    ("It returns next month.", "2023-12-05", [("next month", "2024-01")]),
    ("It will arrive in January.", "2023-12-11", [("January", "2024-01")]),
    ("It premiered in December.", "2024-01-05", [("December", "2023-12")]),
    ("announced this week", "2024-12-31", [("this week", "2024-12-30/2025-01-05")]),
    ("aired two days ago", "2024-01-01", [("two days ago", "2023-12-30")]),
    ("aired two days ago", "2024-03-01", [("two days ago", "2024-02-28")]),
    ("aired two months ago", "2024-02-10", [("two months ago", "2023-12")]),
    ("It will premiere on Feb 29", "2023-08", [("Feb 29", "2024-02-29")]),
    ("It premiered on Feb 29", "2023-08", [("Feb 29", "2020-02-29")]),
    (
        "It premiered on 29 February earlier this year",
        "2024-05",
        [("29 February earlier this year", "2024-02-29")],
    ),
    # winter YYYY-24 runs from December of the year before to February of YYYY
    ("It returns this winter", "2024-01-05", [("this winter", "2024-24")]),
    ("It returns this winter", "2024-10-05", [("this winter", "2025-24")]),
    ("It returned last winter", "2024-10-05", [("last winter", "2024-24")]),
    ("It returns next winter", "2024-10-05", [("next winter", "2026-24")]),
    ("It returns in winter 2026", "2025-10-01", [("winter 2026", "2026-24")]),
    ("It returns this summer", "2024-01-22", [("this summer", "2024-22")]),
    ("It returned this summer", "2024-10-22", [("this summer", "2024-22")]),
    (
        "It airs between November and February",
        "2024-08-01",
        [("between November and February", "2024-11/2025-02")],
    ),
    (
        "It aired between November and February",
        "2024-08-01",
        [("between November and February", "2023-11/2024-02")],
    ),
]

# A bare month, season or day takes the context year, else the year that fits the tense.
TENSE = [
    ("we expect it back in September", "2025-05-14", None, [("September", "2025-09")]),
    # a capital "Will" before a capitalised word is a name ("the drama Will Trent"), no future
    ("ABC also renewed the drama Will Trent on Tuesday", "2025-04-03", None, [("Tuesday", "2025-04-01")]),
    ("ABC renewed High Potential back in January", "2025-05-14", None, [("January", "2025-01")]),
    ("Filming began in January in Madrid", "2025-02-04", None, [("January", "2025-01")]),
    (
        "Filming on the second season started in April in the UK",
        "2023-12-11",
        None,
        [("April", "2023-04")],
    ),
    ("Insiders say HBO is aiming for June", "2023-12-11", None, [("June", "2024-06")]),
    ("Insiders point to October", "2024-05-14", None, [("October", "2024-10")]),
    (
        "Filming began in early November in California",
        "2024-11-12",
        None,
        [("early November", "2024-11")],
    ),
    ("It will air in early November", "2024-11-12", None, [("early November", "2024-11")]),
    ("It will air in early May", "2024-11-12", None, [("early May", "2025-05")]),
    ("the finale aired at the end of March", "2024-10-15", None, [("the end of March", "2024-03")]),
    # a week or half of a month is the month (as "end of March"), never "last week"
    ("filming wrapped in the last week of August", "2024-10-15", None, [("the last week of August", "2024-08")]),
    ("It returns in the first week of March", "2024-10-15", None, [("the first week of March", "2025-03")]),
    ("the second half of May 2025", "2024-10-15", None, [("the second half of May 2025", "2025-05")]),
    (
        "We shot from February until the last week of August",
        "2024-10-15",
        None,
        [("from February until the last week of August", "2024-02/2024-08")],
    ),
    ("Amazon renewed Fallout on April 18", "2024-11-12", None, [("April 18", "2024-04-18")]),
    ("Dandadan, which premiered on October 3", "2024-10-15", None, [("October 3", "2024-10-03")]),
    ("it arrives on Netflix on June 24", "2022-06-08", None, [("June 24", "2022-06-24")]),
    ("it arrives on Netflix on June 4", "2022-06-08", None, [("June 4", "2023-06-04")]),
    (
        "Weak Hero Class 2 will premiere on Netflix on 25th April",
        "2025-04-07",
        None,
        [("25th April", "2025-04-25")],
    ),
    (
        "D.P. Season 2 will be released on Friday, July 28",
        "2023-07-03",
        None,
        [("Friday, July 28", "2023-07-28")],
    ),
    # July 28 is a Friday in 2023, 2028, 2034: the nearest one after publication.
    (
        "It will be released on Friday, July 28",
        "2023-08-01",
        None,
        [("Friday, July 28", "2028-07-28")],
    ),
    ("It was released on Friday, July 28", "2027-01-01", None, [("Friday, July 28", "2023-07-28")]),
    ("It aired on Monday, June 6", "2022-06-08", None, [("Monday, June 6", "2022-06-06")]),
    ("possibly around summer", "2024-09-02", None, [("summer", "2025-22")]),
    ("it was filmed in the summer", "2024-09-02", None, [("the summer", "2024-22")]),
    (
        "we expect the new episodes between March and May",
        "2024-08-27",
        2025,
        [("between March and May", "2025-03/2025-05")],
    ),
    (
        "we expect the new episodes between March and May",
        "2024-08-27",
        None,
        [("between March and May", "2025-03/2025-05")],
    ),
    (
        "Filming took place between February and August",
        "2024-08-27",
        None,
        [("between February and August", "2024-02/2024-08")],
    ),
    ("It will come out in September", "2024-01-10", 2025, [("September", "2025-09")]),
    (
        "filming started later that year in New York",
        "2025-05-20",
        2022,
        [("later that year", "2022")],
    ),
    ("it premiered the following year", "2025-05-20", 2022, [("the following year", "2023")]),
]

INTERVALS = [
    (
        "filming took place between September and December 2023",
        "2024-05",
        [("between September and December 2023", "2023-09/2023-12")],
    ),
    ("between May and November 2024", None, [("between May and November 2024", "2024-05/2024-11")]),
    (
        "Cameras rolled from last July until November",
        "2024-05-14",
        [("from last July until November", "2023-07/2023-11")],
    ),
    (
        "is scheduled to run from August through December 2025",
        "2025-06-03",
        [("from August through December 2025", "2025-08/2025-12")],
    ),
    (
        "August through December 2025",
        "2025-06-03",
        [("August through December 2025", "2025-08/2025-12")],
    ),
    (
        "it will land in late 2023 or early 2024",
        "2023-02",
        [("late 2023 or early 2024", "2023-07/2024-06")],
    ),
    ("between 2024 and 2025", None, [("between 2024 and 2025", "2024/2025")]),
    (
        "between spring and summer 2024",
        None,
        [("between spring and summer 2024", "2024-03/2024-08")],
    ),
    ("between Q1 and Q2 2025", None, [("between Q1 and Q2 2025", "2025-01/2025-06")]),
    (
        "The first season ran from September 29, 2023 to March 22, 2024",
        "2025-10-01",
        [("from September 29, 2023 to March 22, 2024", "2023-09-29/2024-03-22")],
    ),
    ("late 2024 at the earliest", None, [("late 2024 at the earliest", "2024-07/..")]),
    (
        "we expect season 2 in late 2025 at the earliest",
        "2024-11-12",
        [("late 2025 at the earliest", "2025-07/..")],
    ),
    ("not before 2025", None, [("not before 2025", "2025/..")]),
    ("it is unlikely to arrive before 2027", None, [("before 2027", "2027/..")]),
    # the earliest a subject could come is the date: the verb opens the bound, the subject stays out
    ("the earliest the doctors could return is 2027", None, [("is 2027", "2027/..")]),
    ("The soonest we will see it would be spring 2026", None, [("would be spring 2026", "2026-21/..")]),
    ("the earliest episodes of 2027", None, [("2027", "2027")]),
    ("not before summer 2026", None, [("not before summer 2026", "2026-22/..")]),
    (
        "some even think it could land as early as next spring",
        "2024-02-20",
        [("as early as next spring", "2025-21/..")],
    ),
    (
        "it could land on BBC One as soon as next autumn",
        "2026-10-04",
        [("as soon as next autumn", "2027-23/..")],
    ),
    ("we do not expect the new episodes before 2025", "2024-03-25", [("before 2025", "2025/..")]),
    (
        "we don't expect the new episodes before summer 2026",
        "2025-06-03",
        [("before summer 2026", "2026-22/..")],
    ),
    ("it will be done before 2025", None, [("before 2025", "../2024")]),
    ("it will be done before March 2025", None, [("before March 2025", "../2025-02")]),
    ("it will wrap up before 2024 does", None, [("2024", "2024")]),
    ("it will wrap up before 2024 ends", None, [("2024", "2024")]),
    ("it will arrive after March 2025", None, [("after March 2025", "2025-04/..")]),
    ("2026 or later", None, [("2026 or later", "2026/..")]),
    ("late 2024 at the latest", None, [("late 2024 at the latest", "../2024-12")]),
    ("no later than Q3 2025", None, [("no later than Q3 2025", "../2025-09")]),
]

NOT_DATES = [
    "It topped over 80 countries' lists and stayed the #1 show for a few weeks in 10 countries.",
    "Season 2 has 12 episodes, and episode 12 is the finale.",
    "The code 10,2022 is not a year.",
    "Blade Runner 2049 is a film.",
    "The show may be renewed, and fans march on.",
    "It premiered as part of the winter anime season.",
    "It was a summer event for years.",
    "It airs in its Tuesday night slot.",
    "New episodes air weekly on Sunday nights at 9 p.m.",
    "A source told K-Star Today that the cast will return.",
    "The season 2024 tour.",
    "Jun Ji-hyun and Jan Kowalski star.",
    "It reached 2024 fans",
    "It happened more than two years ago.",
    "There is no February 29, 2023.",
    "You May Like",
    "performed by TOMORROW X TOGETHER",
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), EXPLICIT_DATES + RELATIVE_DATES + BOUNDARIES + INTERVALS
)
def test_find_dates(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, published) == expected


@pytest.mark.parametrize(("text", "published", "context_year", "expected"), TENSE)
def test_year_from_context_or_tense(
    text: str, published: str, context_year: int | None, expected: list[tuple[str, str]]
) -> None:
    assert _pairs(text, published, context_year) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text, "2024-03-06") == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("It premiered last June.", None),
        ("It arrives in September.", None),
        ("The news dropped two days ago.", "2022-06"),
        ("announced this week", "2024-03"),
        ("It premiered last month.", "2024"),
        ("it started later that year", "2024-03-06"),
    ],
)
def test_unresolvable_relative_expressions_are_skipped(text: str, published: str | None) -> None:
    assert find_dates(text, published) == []


def test_mentions_carry_offsets_and_open_end() -> None:
    text = (
        "Season 1 premiered on January 28, 2022; season 2 could come in late 2024 at the earliest."
    )
    first, second = find_dates(text, "2023-08")
    assert text[first.start : first.end] == first.text == "January 28, 2022"
    assert not first.open_end
    assert text[second.start : second.end] == second.text == "late 2024 at the earliest"
    assert second.open_end
    assert isinstance(second, DateMention)


def test_context_year_does_not_override_an_explicit_year() -> None:
    assert _pairs("It aired in March 2023.", "2024-05", 2025) == [("March 2023", "2023-03")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Season 1 premiered on October 11, 2022, and ran until the end of December.",
            "2024-02-20",
            [("October 11, 2022", "2022-10-11"), ("the end of December", "2022-12")],
        ),
        (
            "Apple renewed the show in April 2022, and filming started later that year.",
            "2025-05-20",
            [("April 2022", "2022-04"), ("later that year", "2022")],
        ),
        # a year that contradicts the tense is no context: a May 2023 cannot be expected in 2024
        (
            "It debuted on Jan. 15, 2023, so we expect the new episodes between March and May.",
            "2024-08-27",
            [("Jan. 15, 2023", "2023-01-15"), ("between March and May", "2025-03/2025-05")],
        ),
        # a sentence that moves on from a month and its year reaches an earlier month of the next year
        (
            "Season 3 wrapped filming in November 2025 and premiered in June.",
            "2026-10-01",
            [("November 2025", "2025-11"), ("June", "2026-06")],
        ),
        (
            "Cameras rolled on Oct. 6, 2025, and the shoot is set to run until March.",
            "2025-12-01",
            [("Oct. 6, 2025", "2025-10-06"), ("March", "2026-03")],
        ),
        # ... but not one that looks back from it
        (
            "It was renewed in December 2023, six months after it premiered in June.",
            "2026-10-01",
            [("December 2023", "2023-12"), ("June", "2023-06")],
        ),
        (
            "The show was renewed in November 2025, having premiered in June.",
            "2026-10-01",
            [("November 2025", "2025-11"), ("June", "2025-06")],
        ),
    ],
)
def test_a_year_earlier_in_the_sentence_is_context(
    text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    assert _pairs(text, published) == expected


def test_a_context_year_that_contradicts_the_tense_is_ignored() -> None:
    assert _pairs("We expect it in May.", "2024-08-27", 2023) == [("May", "2025-05")]
    assert _pairs("It aired in May.", "2024-03-01", 2023) == [("May", "2023-05")]


def test_tense_of_each_expression_follows_its_own_clause() -> None:
    text = "Season 1 premiered in June, and season 2 will arrive in June."
    assert [m.value for m in find_dates(text, "2024-03-10")] == ["2023-06", "2024-06"]


@pytest.mark.parametrize(
    ("expression", "published", "tense", "context_year", "expected"),
    [
        ("in September", "2024-10-10", "future", None, "2025-09"),
        ("in September", "2024-10-10", "past", None, "2024-09"),
        ("in September", "2024-10-10", None, None, "2024-09"),
        ("in September", "2024-10-10", "future", 2026, "2026-09"),
        ("Friday, July 28", "2023-07-03", "future", None, "2023-07-28"),
        ("summer", "2024-09-02", "past", None, "2024-22"),
        ("first half of next year", "2024-09-02", None, None, "2025-40"),
        ("second half of this year", "2024-01-22", None, None, "2024-41"),
        ("by the end of the year", "2021-08-05", None, None, "2021"),
        ("not before 2025", None, None, None, "2025/.."),
        ("late 2025 at the earliest", "2024-11-12", None, None, "2025-07/.."),
        ("last June", None, None, None, None),
        ("season 2", "2024-01-01", None, None, None),
    ],
)
def test_normalise(
    expression: str,
    published: str | None,
    tense: str | None,
    context_year: int | None,
    expected: str | None,
) -> None:
    assert normalise(expression, published, tense=tense, context_year=context_year) == expected


def test_normalise_rejects_an_unknown_tense() -> None:
    with pytest.raises(ValueError):
        normalise("in September", "2024-01-01", tense="present")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The answer is Yes! Almost two months ago, on June 6, 2023, the show makers renewed it.",
            "2023-08",
        ),
        ("It was renewed two weeks ago, on June 6, 2023.", "2023-06"),
        ("It was renewed three days ago, on June 6, 2023.", "2023-06-09"),
        ("It was renewed a year ago, on June 6, 2023.", "2024"),
        ("The news dropped two days ago, on Monday, June 6, during Geeked Week.", None),
        ("Published: June 8, 2022. Netflix renewed the show.", "2022-06-08"),
        ("Netflix renewed the show on June 6, 2023.", None),
        # a date named as next month's, last month's, next week's, next year's
        ("The drama returns next month, on Friday, November 21, 2025.", "2025-10"),
        ("It returns next month, on January 9, 2026.", "2025-12"),
        ("Part 2 arrived last month, on 31 December 2024.", "2025-01"),
        ("The finale airs next week, on March 2, 2025.", "2025-02"),
        ("Season 3 lands next year, on January 2, 2026.", "2025"),
        ("It returns next month, on Friday, November 21.", None),
        # the time since a dated event, the sentence going on in the present
        ("Three weeks after it landed on Netflix on September 27, 2024, the show is still in the top 10.", "2024-10"),
        ("Two years after it premiered on May 3, 2021, the show was renewed.", None),
    ],
)
def test_infer_published(text: str, expected: str | None) -> None:
    assert infer_published(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-40", (dt.date(2024, 1, 1), dt.date(2024, 6, 30))),
        ("2024-06~", (dt.date(2024, 6, 1), dt.date(2024, 6, 30))),
        ("2024-07/..", (dt.date(2024, 7, 1), None)),
        ("../2024", (None, dt.date(2024, 12, 31))),
        ("2024-03-04/2024-03-10", (dt.date(2024, 3, 4), dt.date(2024, 3, 10))),
    ],
)
def test_bounds_is_exported(value: str, expected: tuple[dt.date | None, dt.date | None]) -> None:
    assert bounds(value) == expected


def test_every_value_is_readable_by_bounds() -> None:
    for _text, published, expected in EXPLICIT_DATES + RELATIVE_DATES + BOUNDARIES + INTERVALS:
        for mention in find_dates(_text, published):
            lower, upper = bounds(mention.value)
            assert lower is not None or upper is not None, mention
        assert expected


# --------------------------------------------------------------------------- corpus gold

# Gold claims whose evidence span does not carry the claim's date (the date is stated in
# another sentence of the article); the other date-valued claims must be found in their evidence.
_DATE_ELSEWHERE = {
    ("01-squid-game-s2", "a third and final season is coming in 2025", "2024-08-01"),
    ("02-sweet-home-s2", "The second and third seasons are being filmed back-to-back", "2022-22"),
    ("23-dark-s4", "Netflix cancelled 1899 after only one season", "2023-01-04"),
}
_DATE_KINDS = ("premiere", "renewed", "filming", "cancelled")


def _gold_cases() -> list[tuple[str, str, str | None, str]]:
    cases = []
    for path in sorted(CORPUS.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        name = path.name.removesuffix(".gold.json")
        for claim in gold["claims"]:
            if claim["kind"] in _DATE_KINDS and claim["value"] is not None:
                cases.append(
                    (name, claim["evidence"], gold["document"]["published"], claim["value"])
                )
    return cases


def _context_year(name: str, evidence: str) -> int | None:
    """The last four-digit year before the evidence in its paragraph, as the extractor passes it."""
    article = next(CORPUS.glob(f"{name}.*[tl]"), None)  # .txt or .html
    text = article.read_text(encoding="utf-8") if article else ""
    where = text.find(evidence)
    if where < 0:
        return None
    paragraph = text[text.rfind("\n", 0, where) + 1 : where]
    years = re.findall(r"\b(?:19|20)\d{2}\b", paragraph)
    return int(years[-1]) if years else None


def _found_values(mentions: list[DateMention]) -> set[str]:
    """Mention values, plus the ends of closed intervals ("ran from A to B" premiered on A)."""
    values = set()
    for mention in mentions:
        values.add(mention.value)
        if "/" in mention.value and not mention.open_end and not mention.value.startswith(".."):
            values.update(mention.value.split("/"))
    return values


@pytest.mark.corpus
@pytest.mark.skipif(
    not CORPUS.is_dir(), reason="the shared corpus (../shared/corpus) is not available"
)
def test_corpus_gold_evidence_normalises_to_the_gold_value() -> None:
    cases = _gold_cases()
    assert len(cases) > 100
    failures = []
    for name, evidence, published, value in cases:
        if (name, evidence, value) in _DATE_ELSEWHERE:
            continue
        mentions = find_dates(evidence, published)
        if value not in _found_values(mentions):  # anaphora ("later that year") needs the context
            mentions = find_dates(evidence, published, context_year=_context_year(name, evidence))
        if value not in _found_values(mentions):
            failures.append(
                (name, evidence, published, value, [(m.text, m.value) for m in mentions])
            )
    assert failures == []


@pytest.mark.corpus
@pytest.mark.skipif(
    not CORPUS.is_dir(), reason="the shared corpus (../shared/corpus) is not available"
)
def test_corpus_exclusions_are_real() -> None:
    """Each claim listed as dated elsewhere is in the gold and its evidence does not give that date."""
    cases = {
        (name, evidence, value): published for name, evidence, published, value in _gold_cases()
    }
    for key in _DATE_ELSEWHERE:
        assert key in cases
        assert key[2] not in _found_values(find_dates(key[1], cases[key]))


@pytest.mark.corpus
@pytest.mark.skipif(
    not CORPUS.is_dir(), reason="the shared corpus (../shared/corpus) is not available"
)
def test_corpus_published_dates_read_as_anchors() -> None:
    for path in sorted(CORPUS.glob("*.gold.json")):
        published = json.loads(path.read_text(encoding="utf-8"))["document"]["published"]
        assert normalise("next year", published) == str(int(published[:4]) + 1)


# --------------------------------------------------------------------------- weeks and weekdays


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # March 11, 2026 is a Wednesday: its week runs Monday 9 to Sunday 15
        (
            "The revival lands the week of March 11.",
            "2026-01-20",
            [("the week of March 11", "2026-03-09/2026-03-15")],
        ),
        (
            "It lands the week of 11 March 2026.",
            None,
            [("the week of 11 March 2026", "2026-03-09/2026-03-15")],
        ),
        # published on Tuesday 2025-04-15
        (
            "Variety reported Thursday that the drama is over.",
            "2025-04-15",
            [("Thursday", "2025-04-10")],
        ),
        ("The finale streams Sunday.", "2025-04-15", [("Sunday", "2025-04-20")]),
        ("The network confirmed the news Tuesday.", "2025-04-15", [("Tuesday", "2025-04-15")]),
        ("It was announced last Tuesday.", "2025-04-15", [("last Tuesday", "2025-04-08")]),
        ("The trailer drops next Tuesday.", "2025-04-15", [("next Tuesday", "2025-04-22")]),
        ("The cast meets this Friday.", "2025-04-15", [("this Friday", "2025-04-18")]),
    ],
)
def test_weeks_and_bare_weekdays(
    text: str, published: str | None, expected: list[tuple[str, str]]
) -> None:
    assert _pairs(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "New episodes go up Fridays on the app.",
        "It keeps its Monday night slot.",
        "She also hosts Saturday Rumble on weekends.",
        "Every Sunday brings a new case.",
    ],
)
def test_weekdays_that_are_no_dates(text: str) -> None:
    assert _pairs(text, "2025-04-15") == []


def test_a_bare_weekday_needs_a_day_precise_publication_date() -> None:
    assert _pairs("The streamer said Monday that it wants more.", "2025-04") == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an order handed out is past: the November before publication
        (
            "Hulu gave the comedy a third-season order on Nov. 3.",
            "2025-08-01",
            [("Nov. 3", "2024-11-03")],
        ),
        ("The broadcaster recommissioned it in October.", "2025-08-01", [("October", "2024-10")]),
        # "If we had to guess" is hypothetical; "we'd" looks ahead
        (
            "If we had to guess, we'd go with September.",
            "2025-10-01",
            [("September", "2026-09")],
        ),
        (
            "A return at the tail end of 2026 looks right.",
            None,
            [("the tail end of 2026", "2026-41")],
        ),
        ("The network is eyeing an autumn premiere.", "2025-02-01", [("autumn", "2025-23")]),
        (
            "The streamer wants a late summer slot for it.",
            "2025-02-01",
            [("late summer", "2025-22")],
        ),
    ],
)
def test_past_verbs_hypotheticals_and_release_windows(
    text: str, published: str | None, expected: list[tuple[str, str]]
) -> None:
    assert _pairs(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one of the channel's most reliable Sunday night performers", []),
        ("a popular Saturday morning show", []),
        ("the network announced Sunday night that it was over", [("Sunday", "2025-01-26")]),
        ("which means a 2026 return at the earliest", [("2026", "2026/..")]),
        ("a late 2025 release at the latest", [("late 2025", "../2025-12")]),
        ("it has been pushed to March", [("March", "2025-03")]),
        ("Season 2 has been dated for March 3", [("March 3", "2025-03-03")]),
    ],
)
def test_generalised_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, "2025-01-28") == expected


def test_tense_is_read_in_the_clause_of_the_date() -> None:
    text = "A date has not been announced, but sources say April is the likeliest month"
    assert _pairs(text, "2025-08-14") == [("April", "2026-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a possessive, "drop", "return" and "premiere" are nouns: the verb gives the tense
        ("It was renewed two months after the first season's all-at-once drop in March.", [("March", "2026-03")]),
        ("Fans loved its return in March.", [("March", "2026-03")]),
        # a bare "premieres" is still a verb of the future
        ("The show premieres in March.", [("March", "2027-03")]),
    ],
)
def test_event_nouns_after_a_possessive_carry_no_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, "2026-05-22") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It premieres on 12/20/2026.", [("12/20/2026", "2026-12-20")]),  # slashes: month first
        ("It premieres on 20/12/2026.", [("20/12/2026", "2026-12-20")]),  # ... unless it cannot be a month
        ("It premieres on 20.12.2026.", [("20.12.2026", "2026-12-20")]),  # dots: day first
        ("It premieres on 02/30/2026.", []),
    ],
)
def test_numeric_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, "2026-11-14") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It premieres this Friday.", [("this Friday", "2026-11-20")]),  # published on a Saturday
        ("It premiered this Friday.", [("this Friday", "2026-11-13")]),
    ],
)
def test_this_weekday_already_past_in_the_future_tense_is_the_coming_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, "2026-11-14") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Filming will begin this spring.", [("this spring", "2027-21")]),  # spring 2026 is over
        ("Filming began this spring.", [("this spring", "2026-21")]),
        ("It returns this fall.", [("this fall", "2026-23")]),  # under way
    ],
)
def test_this_season_already_over_takes_the_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, "2026-11-16") == expected


@pytest.mark.parametrize("text", ["a printing empire in 1970s Boston", "set in the 1990s", "the 2020's"])
def test_a_decade_is_no_year(text: str) -> None:
    assert _pairs(text, "2026-11-20") == []


def test_cameras_rolling_make_a_bare_weekday_past() -> None:
    got = _pairs("Cameras are rolling on the new series, with filming getting under way in Whitby on Tuesday.", "2026-10-22")
    assert got == [("Tuesday", "2026-10-20")]


@pytest.mark.parametrize(("published", "expected"), [("2026-11-20", "2026-21"), ("2026-04-10", "2025-21")])
def test_last_spring_is_the_latest_one_over(published: str, expected: str) -> None:
    assert _pairs("It was filmed last spring.", published) == [("last spring", expected)]


def test_kicked_off_is_past() -> None:
    assert _pairs("Filming kicked off in Prague in October.", "2026-11-18") == [("October", "2026-10")]


def test_the_days_of_a_weekly_slot_are_no_dates() -> None:
    assert find_dates("It will air every Saturday and Sunday at 9:10 p.m.", "2026-10-12") == []


def test_an_abbreviated_month_glued_to_its_day() -> None:
    assert [(d.text, d.value) for d in find_dates("Filming began on Aug.23, 2021.", "2023-01-17")] == [
        ("Aug.23, 2021", "2021-08-23")
    ]


def test_ahead_of_a_premiere_is_to_come() -> None:
    found = find_dates("Hulu renewed it ahead of season 2's premiere on February 19.", "2020-12-08")
    assert [d.value for d in found] == ["2021-02-19"]


def test_a_time_of_day_does_not_end_the_tense_window() -> None:
    text = "the premiere will also air on NBC, at 10 p.m. ET/PT on Jan. 14, a simulcast for viewers who never made it."
    assert [d.value for d in find_dates(text, "2027-01-11")] == ["2027-01-14"]


def test_has_been_delayed_from_one_month_to_another_is_to_come() -> None:
    text = "The second cour has been delayed from July to October."
    assert [d.value for d in find_dates(text, "2026-06-30")] == ["2026-07", "2026-10"]


def test_that_year_is_the_last_year_written_before_even_a_past_one() -> None:
    text = "The network renewed it for a second season in February of that year."
    assert [m.value for m in find_dates(text, "2025-05-29", named_year=2023)] == ["2023-02"]
    # within the sentence, the year written before it
    text = "It debuted on Jan. 26, 2023, and was renewed in February of that year."
    assert [m.value for m in find_dates(text, "2025-05-29")] == ["2023-01-26", "2023-02"]


def test_that_year_in_an_article_is_the_year_the_sentence_before_wrote() -> None:
    from nextseason.extract import extract

    body = (
        "The first season of Salt Road debuted on Jan. 26, 2023. "
        "Peacock renewed Salt Road for a second season in February of that year."
    )
    doc = extract(f"Salt Road Canceled\n\n{body}", title="Salt Road Canceled", published="2025-05-29")
    assert [c.value for c in doc.claims if c.kind == "renewed"] == ["2023-02"]


@pytest.mark.parametrize(
    "text",
    ["a release in 2027 seems the earliest realistic option", "a release in 2027 is the earliest realistic window"],
)
def test_a_date_called_the_earliest_is_open_after_it(text: str) -> None:
    assert [m.value for m in find_dates(text, "2025-06-10")] == ["2027/.."]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Netflix confirmed it earlier this year, on February 3, at its event.", "2025-02-03"),
        ("It was renewed last year, in March.", "2024-03"),
        ("It was renewed last year, on February 29.", "2024-02-29"),  # (2024 is a leap year)
    ],
)
def test_a_relative_year_narrowed_by_a_day_or_month_after_it_is_one_date(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, "2025-10-17")] == [value]


def test_a_written_year_then_a_month_stays_two_dates() -> None:
    assert [m.value for m in find_dates("It premiered in 2024, in March.", "2025-10-17")] == ["2024", "2024-03"]
