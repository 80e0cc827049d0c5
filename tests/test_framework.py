"""Unit tests of the extraction framework: blocks and sentences, seasons, stance, merging, titles."""

from __future__ import annotations

import pytest

from nextseason.domain.claims import Claim
from nextseason.extract.merge import merge_claims
from nextseason.extract.seasons import find_seasons, title_season
from nextseason.extract.shows import ShowIndex, main_title, title_variants
from nextseason.extract.stance import stance
from nextseason.extract.text import segment, split_sentences

ARTICLE = """Moonfall Bay Season 2: Release Date and Cast

Moonfall Bay Season 2 Cast

Back for season 2:

Ana Ruiz as Captain Ilse Mora
Ben Cho as Dr. Park Tae-ho

The show was created by Lena Fox. She was helped by Dr. Ito and George R.R. Grant on set.
"""


def test_segment_finds_headings_items_and_list_intro() -> None:
    blocks = segment(ARTICLE)
    kinds = [b.kind for b in blocks]
    assert kinds[:3] == ["heading", "heading", "para"]
    items = [b for b in blocks if b.kind == "item"]
    assert [b.text for b in items] == ["Ana Ruiz as Captain Ilse Mora", "Ben Cho as Dr. Park Tae-ho"]
    assert all(b.intro == "Back for season 2:" for b in items)
    assert all(b.heading == "Moonfall Bay Season 2 Cast" for b in items)


def test_sentences_keep_abbreviations_and_initials() -> None:
    text = "The show was created by Lena Fox. She was helped by Dr. Ito and George R.R. Grant on set. It aired Jan. 5."
    assert split_sentences(text) == [
        "The show was created by Lena Fox.",
        "She was helped by Dr. Ito and George R.R. Grant on set.",
        "It aired Jan. 5.",
    ]


def test_a_time_of_day_ends_no_sentence() -> None:
    assert split_sentences("It airs at 9 p.m. ET on HBO. Episodes drop weekly.") == [
        "It airs at 9 p.m. ET on HBO.",
        "Episodes drop weekly.",
    ]


def test_an_acronym_without_dots_ends_a_sentence() -> None:
    text = "It lands on Acorn TV. Two episodes arrive at once. It aired in the U.S. and the UK. Fans cheered."
    assert split_sentences(text) == [
        "It lands on Acorn TV.",
        "Two episodes arrive at once.",
        "It aired in the U.S. and the UK.",
        "Fans cheered.",
    ]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("season 2 is coming", [2]),
        ("Season Three", [3]),
        ("the second season", [2]),
        ("a second run", [2]),
        ("its sophomore season", [2]),
        ("S2 arrives", [2]),
        ("UK series 3", [3]),
        ("the second and third seasons", [2, 3]),
        ("seasons 4 and 5", [4, 5]),
        ("the first two seasons", [1, 2]),
        ("12 episodes in 80 countries", []),
        ("renewed for a third season two months ago", [3]),
        ("it is the second series Peacock has revived this year", []),
        ("the second series of Gorsemoor has begun", [2]),
    ],
)
def test_find_seasons(text: str, numbers: list[int]) -> None:
    assert [m.number for m in find_seasons(text)] == numbers


@pytest.mark.parametrize(
    ("headline", "title", "season"),
    [
        ("Moonfall Bay Season 2 Release Date, Cast and More", "Moonfall Bay", 2),
        ("Iron Bloom 2 Release Date, Cast, Plot", "Iron Bloom", 2),
        ("Quiet Hours series 3: release date and cast", "Quiet Hours", 3),
        ("Red Kite: Is It Happening?", "Red Kite", None),
        # a platform as the headline's subject: the show is the verb's object
        ("Netflix Renews Moonfall Bay for Season 2", "Moonfall Bay", 2),
        ("Prime Video Cancels Iron Bloom After Two Seasons", "Iron Bloom", None),
        ("HBO Sets Premiere Date for Quiet Hours Season 3", "Quiet Hours", 3),
        ("Apple TV+ Orders Red Kite Season 2 Ahead of Its Debut", "Red Kite", 2),
        ("HBO renews Quiet Hours for a fourth season", "Quiet Hours", 4),
        # a question or a lead-in before the title; "the" stays part of it
        ("When is The Quiet Hours season 4 coming out? Here's what we know", "The Quiet Hours", 4),
        ("Everything we know about Moonfall Bay season 5", "Moonfall Bay", 5),
        ("Will there be a season 2 of Iron Bloom? Here's what the creators said", "Iron Bloom", 2),
        ("Will There Be a Season 3 of 'Red Kite'?", "Red Kite", 3),
        # a service's possessive before the title
        ("Netflix's Moonfall Bay season 2 gets premiere date", "Moonfall Bay", 2),
        # labels, yes-no questions and a service asked about
        ("EXCLUSIVE: Moonfall Bay Season 2 Adds Three", "Moonfall Bay", 2),
        ("“Moonfall Bay 2” Confirms January Premiere", "Moonfall Bay", 2),
        ("HBO Max's Iron Bloom adds four new faces for season 2 as a star exits", "Iron Bloom", 2),
        ("Second Season of 'Red Kite' Anime Set for July 2027, New Director Named", "Red Kite", 2),
        ("'Area 51' Renewed at Hulu", "Area 51", None),
        ("Is Moonfall Bay coming back? Season 2 explained", "Moonfall Bay", 2),
        ("Has 'Iron Bloom' Been Cancelled? Here's the Latest", "Iron Bloom", None),
        ("Will Red Kite return for season 3?", "Red Kite", 3),
        ("Did Netflix cancel Quiet Hours? What we know about season 2", "Quiet Hours", 2),
        ("Who Is Returning For Season 3 Of The Night Desk?", "The Night Desk", 3),
        ("Iron Valley S2: everything we know about the sophomore run", "Iron Valley", 2),
    ],
)
def test_headline_gives_title_and_season(headline: str, title: str, season: int | None) -> None:
    assert main_title(headline) == title
    assert title_season(headline) == season


def test_misspelled_titles_become_variants_and_numbered_titles_name_seasons() -> None:
    text = "Moonfall Bay returns. Fans of Moonfall Bey love it. Moonfall Bay 3 is planned."
    variants = title_variants("Moonfall Bay", text)
    assert variants == ["Moonfall Bey"]
    index = ShowIndex("Moonfall Bay", variants)
    mentions = index.mentions(text)
    assert [(m.title, m.season) for m in mentions] == [
        ("Moonfall Bay", None),
        ("Moonfall Bay", None),
        ("Moonfall Bay", 3),
    ]


def _stance(sentence: str, trigger: str) -> str:
    i = sentence.index(trigger)
    return stance(sentence, i, i + len(trigger))


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The network renewed the show in May.", "renewed", "asserted"),
        ("The network has not renewed the show yet, but we are hopeful.", "renewed", "denied"),
        ("The network renewed it for not one but two seasons.", "renewed", "asserted"),
        ("Season 2 is expected to have six episodes, two fewer than the eight of season 1.", "six", "speculated"),
        ("Season 2 is expected to have six episodes, two fewer than the eight of season 1.", "eight", "asserted"),
        ("Many fans believe the show will return in 2026.", "2026", "speculated"),
        ("She might not return for the new season.", "return", "denied"),
        ("Reportedly, filming starts in May.", "May", "speculated"),
        # a fronted clause of a past event ends at its comma: the main clause's hedge is not its
        ("When the streamer dropped the show last December, nobody expected a hit.", "December", "asserted"),
        ("When it returns, it will probably arrive in December.", "December", "speculated"),
    ],
)
def test_stance(sentence: str, trigger: str, expected: str) -> None:
    assert _stance(sentence, trigger) == expected


def _c(kind: str, value: object, stance: str = "asserted", season: int | None = 2) -> Claim:
    return Claim("Show", season, kind, value, stance)  # type: ignore[arg-type]


def test_merge_keeps_strongest_stance_per_fact() -> None:
    merged = merge_claims([_c("premiere", "2025", "speculated"), _c("premiere", "2025", "asserted")])
    assert [(c.value, c.stance) for c in merged] == [("2025", "asserted")]


def test_merge_drops_null_beside_valued_at_least_as_strong_only() -> None:
    merged = merge_claims([_c("renewed", None), _c("renewed", "2024-05-01")])
    assert [c.value for c in merged] == ["2024-05-01"]
    kept = merge_claims([_c("renewed", None, "denied"), _c("renewed", "2024", "speculated")])
    assert sorted(str(c.value) for c in kept) == ["2024", "None"]


def test_merge_drops_partial_cast_beside_full_claim() -> None:
    full = _c("cast", {"person": "Ana Ruiz", "character": "Ilse Mora"})
    person_only = _c("cast", {"person": "ana ruiz", "character": None})
    stronger_partial = _c("cast", {"person": "Ben Cho", "character": None})
    weaker_full = _c("cast", {"person": "Ben Cho", "character": "Tae-ho"}, "speculated")
    merged = merge_claims([full, person_only, stronger_partial, weaker_full])
    assert full in merged and person_only not in merged
    assert stronger_partial in merged and weaker_full in merged


def test_merge_treats_seasons_and_shows_apart() -> None:
    merged = merge_claims([_c("episodes", 8, season=1), _c("episodes", 8, season=2)])
    assert len(merged) == 2


def test_merge_keeps_a_show_wide_service_for_every_season_it_names() -> None:
    merged = merge_claims([_c("platform", "Tokyo MX", season=None), _c("platform", "Tokyo MX", season=2)])
    assert [c.season for c in merged] == [None]
    # a show whose seasons had different homes keeps each season's service
    moved = [_c("platform", "HIDIVE", season=1), _c("platform", "Crunchyroll", season=2), _c("platform", "Crunchyroll", season=None)]
    assert len(merge_claims(moved)) == 3


def test_headline_with_a_quoted_title_gives_the_quoted_title() -> None:
    from nextseason.extract.shows import main_title

    assert main_title("Hulu Axes Fantasy Epic 'Ember Throne' After Two Seasons") == "Ember Throne"
    assert main_title("“Lowtide” Renewed for Season 3 at Starz") == "Lowtide"
    assert main_title("Don't Miss Frost Lane Season 2") != "t Miss Frost Lane"
    assert main_title("Frost Lane Season 2: 'The Long Night' Teaser Is Here") == "Frost Lane"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Dusk Relay Anime's 3rd Season Premieres in April", "Dusk Relay"),
        ("TV Anime Paper Comet Gets Second Season", "Paper Comet"),
        ("Willow Lane K-Drama Season 2 Release Date", "Willow Lane"),
        ("Salt Crown Manga Gets TV Anime in 2026", "Salt Crown"),
        ("Cinder Road Lands a Fourth Season at Hulu", "Cinder Road"),
        ("The Anime Guild Season 2 Release Date", "The Anime Guild"),
    ],
)
def test_headline_descriptors_and_ordinals_are_cut(headline: str, title: str) -> None:
    assert main_title(headline) == title


def test_headlines_in_a_list_of_related_links_make_no_claims() -> None:
    from nextseason.extract import extract

    body = (
        "Cinder Road Season 2 Release Date\n\nHulu renewed Cinder Road in March.\n\n"
        "Read next:\nCinder Road Season 2 Premiere Date Set for October\nHulu Renews Tin Harbor for Season 4"
    )
    doc = extract(body, title="Cinder Road Season 2 Release Date", published="2024-05-01")
    assert {c.show for c in doc.claims} == {"Cinder Road"}
    assert not any(c.kind == "premiere" for c in doc.claims)


def test_no_and_vol_are_abbreviations_only_before_a_number() -> None:
    got = split_sentences("Officially, no. Disney+ has not renewed it. It was No. 1 in the charts. See Vol. 2 for more.")
    assert got == ["Officially, no.", "Disney+ has not renewed it.", "It was No. 1 in the charts.", "See Vol. 2 for more."]


def test_a_bare_answer_gives_way_to_the_sentence_that_says_it_in_full() -> None:
    from nextseason.domain.claims import Claim
    from nextseason.extract.merge import merge_claims

    short = Claim("X", 2, "renewed", None, "denied", "No.")
    full = Claim("X", 2, "renewed", None, "denied", "Netflix has not renewed X for a second season.")
    assert [c.evidence for c in merge_claims([short, full])] == [full.evidence]
