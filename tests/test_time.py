"""Table tests for the time-expression stage: text -> (evidence, TIMEX3 value) pairs.

The anchor is fixed at Monday 2025-04-21 unless a row says otherwise.  Each
row lists every DATE expression the stage must find, in text order.
"""

from __future__ import annotations

import datetime

import pytest

from diplocorpus import Precision, TimexType, When, find_timexes, parse

ANCHOR = datetime.date(2025, 4, 21)  # a Monday


def found(text: str, anchor: datetime.date | None = ANCHOR) -> list[tuple[str, str]]:
    return [(w.text, w.timex) for w in find_timexes(text, anchor)]


ABSOLUTE = [
    ("The treaty was signed on July 3, 2024.", [("July 3, 2024", "2024-07-03")]),
    ("Relations were established on April 2, 1992.", [("April 2, 1992", "1992-04-02")]),
    ("It entered into force on 17 May 2023.", [("17 May 2023", "2023-05-17")]),
    ("Signed on the 9th of November 2021 in Baku.", [("the 9th of November 2021", "2021-11-09")]),
    ("Done in Vienna on September 22nd , 2006.", [("September 22nd , 2006", "2006-09-22")]),
    ("Posted 2022-07-27 14:06", [("2022-07-27", "2022-07-27")]),
    ("Updated 18.04.2024 at noon", [("18.04.2024", "2024-04-18")]),
    ("Baku/23.09.21/Turan: the minister met", [("23.09.21", "2021-09-23")]),
    ("10/28/2023 3:12:14 PM", [("10/28/2023", "2023-10-28")]),
    ("The plan for July 1997 was dropped.", [("July 1997", "1997-07")]),
    ("Tue. May 18th, 2021", [("Tue. May 18th, 2021", "2021-05-18")]),
    ("The act of 1961 still holds.", [("1961", "1961")]),
    ("In 2019-2021 trade doubled.", [("2019-2021", "2019")]),
    ("in the 1990s", [("the 1990s", "199")]),
    ("in the 21st century", [("the 21st century", "20")]),
    ("in the first half of 2024", [("the first half of 2024", "2024-H1")]),
    ("in the third quarter of 2023", [("the third quarter of 2023", "2023-Q3")]),
    ("revenue in Q3 2024 rose", [("Q3 2024", "2024-Q3")]),
    ("in the summer of 2024", [("summer of 2024", "2024-SU")]),
    ("by mid-2023 the road was built", [("mid-2023", "2023")]),
    ("early 2024 saw talks", [("early 2024", "2024")]),
    ("© Copyright 2024 Agency.", [("2024", "2024")]),
    ("in the '90s", [("the '90s", "199")]),
    ("It happened in the nineties.", [("the nineties", "199")]),
    ("the 1998-99 season", [("1998-99", "1998")]),
    ("The treaty of the twentieth century.", [("the twentieth century", "19")]),
    ("On 05/06/2024 they met.", [("05/06/2024", "2024-05-06")]),
]

RELATIVE = [
    ("The talks were held yesterday.", [("yesterday", "2025-04-20")]),
    ("The talks are held today.", [("today", "2025-04-21")]),
    ("The talks will continue tomorrow.", [("tomorrow", "2025-04-22")]),
    ("Last year the sides met.", [("Last year", "2024")]),
    ("The sides will meet next year.", [("next year", "2026")]),
    ("Trade grew this year.", [("this year", "2025")]),
    ("The ministers met last week.", [("last week", "2025-W16")]),
    ("The ministers meet this week.", [("this week", "2025-W17")]),
    ("The ministers will meet next week.", [("next week", "2025-W18")]),
    ("They met last month.", [("last month", "2025-03")]),
    ("The ministers met over the weekend.", [("the weekend", "2025-W16-WE")]),
    ("They met last February.", [("last February", "2025-02")]),
    ("They will meet next February.", [("next February", "2026-02")]),
    ("The exchange was signed on Christmas Eve.", [("Christmas Eve", "2024-12-24")]),
    ("The family met on Thanksgiving Day.", [("Thanksgiving Day", "2024-11-28")]),
    ("A declaration was adopted last summer.", [("last summer", "2024-SU")]),
    ("They met in June this year.", [("June this year", "2025-06")]),
    ("They met in June last year.", [("June last year", "2024-06")]),
    ("Six months ago the sides agreed.", [("Six months ago", "2024-10")]),
    ("Two years ago the sides agreed.", [("Two years ago", "2023")]),
    ("Two weeks ago the sides agreed.", [("Two weeks ago", "2025-W15")]),
    ("The pact was signed earlier this month.", [("earlier this month", "2025-04")]),
    ("The pact is in force now.", [("now", "PRESENT_REF")]),
    ("The pact is currently in force.", [("currently", "PRESENT_REF")]),
    ("The pact was recently ratified.", [("recently", "PAST_REF")]),
    ("The pact will soon be ratified.", [("soon", "FUTURE_REF")]),
    ("Years ago the pact was ratified.", [("Years ago", "PAST_REF")]),
    ("A few weeks earlier the pact was ratified.", [("A few weeks earlier", "PAST_REF")]),
    ("Twenty-five years ago the pact was ratified.", [("Twenty-five years ago", "2000")]),
    ("They will meet in the coming days.", [("the coming days", "FUTURE_REF")]),
    ("The talks ended this morning.", [("this morning", "2025-04-21TMO")]),
    ('"Today we signed the agreement," he said.', [("Today", "2025-04-21")]),
    (
        '"It is good that today the relations are developing," he said.',
        [("today", "PRESENT_REF")],
    ),
    ("cooperation in the near future", [("the near future", "FUTURE_REF")]),
    ("progress in recent years", [("recent years", "PAST_REF")]),
    ("late March was cold", [("late March", "2025-03")]),
    ("by the end of the year", [("the end of the year", "2025")]),
    ("The committee will meet on 5 May.", [("5 May", "2025-05-05")]),
]

WEEKDAYS = [
    # past tense: the previous one (or the anchor's own day)
    ("The ministers met on Friday.", [("Friday", "2025-04-18")]),
    ("The ministers met on Monday.", [("Monday", "2025-04-21")]),
    # future tense: the next one
    ("The ministers will meet on Friday.", [("Friday", "2025-04-25")]),
    ("The forum is scheduled to open on Thursday.", [("Thursday", "2025-04-24")]),
    ("They will meet next Monday.", [("next Monday", "2025-04-28")]),
    # the cue of another clause counts less than the expression's own verb
    (
        "The talks, which opened on Monday, will continue until Friday.",
        [("Monday", "2025-04-21"), ("Friday", "2025-04-25")],
    ),
    (
        "The envoy, who arrived on Friday, is expected to meet the minister on Thursday.",
        [("Friday", "2025-04-18"), ("Thursday", "2025-04-24")],
    ),
    ("They met last Monday.", [("last Monday", "2025-04-14")]),
    (
        "The board will meet from Wednesday to Friday.",
        [("Wednesday to Friday", "2025-04-23")],
    ),
]

MONTHS = [
    ("The president visited China in April.", [("April", "2025-04")]),
    ("The president visited China in December.", [("December", "2024-12")]),
    ("The president will visit China in December.", [("December", "2025-12")]),
    ("The sides met on November 26.", [("November 26", "2024-11-26")]),
    ("The sides will meet on November 26.", [("November 26", "2025-11-26")]),
    # the weekday picks the year: 19 November is a Wednesday in 2025, not in 2024
    ("The talks on Wednesday, 19 November ended.", [("Wednesday, 19 November", "2025-11-19")]),
]

ANAPHORA = [
    (
        "The delegation arrived on April 10. The previous day the ministers met.",
        [("April 10", "2025-04-10"), ("The previous day", "2025-04-09")],
    ),
    (
        "The treaty was signed in 1998. Later that year it entered into force;"
        " the following year it was amended.",
        [("1998", "1998"), ("Later that year", "1998"), ("the following year", "1999")],
    ),
    (
        "On Friday they met. Earlier in the day they spoke by phone.",
        [("Friday", "2025-04-18"), ("Earlier in the day", "2025-04-18")],
    ),
]

RANGES_AND_LISTS = [
    ("The forum runs May 1-4.", [("May 1-4", "2025-05-01")]),
    ("The session will be held (19–21 November) in Vienna", [("19–21 November", "2025-11-19")]),
    (
        "statements of March 4, 2019, June 9, and October 2, 2020",
        [
            ("March 4, 2019", "2019-03-04"),
            ("June 9", "2020-06-09"),
            ("October 2, 2020", "2020-10-02"),
        ],
    ),
    (
        "on 9th November and 24th November 2021",
        [("9th November", "2021-11-09"), ("24th November 2021", "2021-11-24")],
    ),
]

NOT_DATES = [
    "Prices may rise.",
    "Veterans march in the capital.",
    "The page had 2728 views.",
    "Delegates from 100 countries came.",
    "The G20 summit.",
    "Article 5 of the treaty.",
    "Delegates met ahead of the 81st session of the UN General Assembly.",
    "UN Security Council Resolution 1325 on women.",
    "Some 1500 people attended.",
    "At 17:46 the plane landed.",
    "The 44-day war ended.",
    "as soon as possible",
    "Version 3.10.12 was released.",
    "Call 1-800-2024 for details.",
    "Tel: +994 12 4923456. Flight 1402 departed at 14:30.",
    "The second half of the match.",
]

NO_ANCHOR = [
    ("BAKU, Azerbaijan, April 21. The talks ended.", [("April 21", "XXXX-04-21")]),
    ("The talks ended today.", [("today", "XXXX-XX-XX")]),
    ("The talks will resume next year.", [("next year", "XXXX")]),
    ("The talks ended on Monday.", []),
    (
        "BAKU, Azerbaijan, February 10. Six months ago the talks began.",
        [("February 10", "XXXX-02-10"), ("Six months ago", "XXXX-08")],
    ),
    (
        "Today, on October 9, the president arrived.",
        [("Today", "XXXX-10-09"), ("October 9", "XXXX-10-09")],
    ),
    ("The holiday on Labor Day.", [("Labor Day", "XXXX-05-01")]),
    ("They met on Thanksgiving.", [("Thanksgiving", "XXXX-11-XX")]),
    # a date in a sentence is no anchor; a stamp line or a dateline is
    (
        "On April 2, 1992, relations were established. Last year they met.",
        [("April 2, 1992", "1992-04-02"), ("Last year", "XXXX")],
    ),
    (
        "Title of a story\n\n17 May 2023, 17:46\n\nThe talks ended yesterday.",
        [("17 May 2023", "2023-05-17"), ("yesterday", "2023-05-16")],
    ),
    (
        "Baku/23.09.21/Turan: Last year they met.",
        [("23.09.21", "2021-09-23"), ("Last year", "2020")],
    ),
]


# Whole reports through parse(): header, stamp and dateline shapes.
REPORTS = [
    (
        " date 2025-03-04 MOSCOW, March 4. /TASS/. The foreign ministers held talks"
        " in Moscow on Tuesday.",
        [("March 4", "2025-03-04"), ("Tuesday", "2025-03-04")],
    ),
    (
        "ASTANA, Nov 17 (Xinhua) -- Leaders of the two countries met on Monday.",
        [("Nov 17", "XXXX-11-17")],
    ),
    (
        "Tashkent officials meet Baku delegation\n\n05 January, 2026\n\n"
        "TASHKENT. The delegation arrived yesterday.",
        [("05 January, 2026", "2026-01-05"), ("yesterday", "2026-01-04")],
    ),
    (
        "Kazakh, Azerbaijani ministers hold talks\n\n10/28/2023 3:12:14 PM\n\n"
        "The ministers will meet again in December.",
        [("10/28/2023", "2023-10-28"), ("December", "2023-12")],
    ),
    (
        "Baku/18.04.2024/Turan: The sides discussed the 2024-2026 action plan"
        " and the results of the first quarter.",
        [("18.04.2024", "2024-04-18"), ("2024-2026", "2024"), ("the first quarter", "2024-Q1")],
    ),
    (
        " date 2024-01-15 BAKU, Azerbaijan, Jan. 15. The memorandum signed on December 28"
        " enters into force on February 1.",
        [("Jan. 15", "2024-01-15"), ("December 28", "2023-12-28"), ("February 1", "2024-02-01")],
    ),
    (
        " date 2025-06-02 The summit held on 30 May - 1 June brought together twelve states.",
        [("30 May - 1 June", "2025-05-30")],
    ),
    (
        " date 2025-06-02 Trade grew by 12 percent in January-April 2025 compared to the"
        " same period of last year.",
        [("January-April 2025", "2025-01"), ("last year", "2024")],
    ),
    (
        " date 2025-06-02 The sides agreed to hold the next round in the second half of the year.",
        [("the second half of the year", "2025-H2")],
    ),
    (
        " date 2025-06-02 Resolutions 1325 and 2250 were discussed at the 80th session in 2025.",
        [("2025", "2025")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTS)
def test_reports(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == [(w.text, w.timex) for w in parse(text).timexes]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE + RELATIVE + WEEKDAYS + MONTHS)
def test_resolves(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == found(text)


@pytest.mark.parametrize(("text", "expected"), ANAPHORA)
def test_anaphora(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == found(text)


@pytest.mark.parametrize(("text", "expected"), RANGES_AND_LISTS)
def test_ranges_and_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == found(text)


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert [] == found(text)


@pytest.mark.parametrize(("text", "expected"), NO_ANCHOR)
def test_without_anchor(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == found(text, None)


def test_interval_of_a_range() -> None:
    (when,) = find_timexes("The forum runs May 1-4, 2024.", None)
    assert (datetime.date(2024, 5, 1), datetime.date(2024, 5, 4)) == (when.start, when.end)
    assert Precision.DAY == when.precision


def test_interval_of_a_week() -> None:
    (when,) = find_timexes("They met last week.", ANCHOR)
    expected = When(
        span=when.span,
        text="last week",
        timex="2025-W16",
        precision=Precision.WEEK,
        start=datetime.date(2025, 4, 14),
        end=datetime.date(2025, 4, 20),
        type=TimexType.DATE,
        anchored=True,
    )
    assert expected == when


def test_ref_has_no_interval() -> None:
    (when,) = find_timexes("It is now clear.", ANCHOR)
    assert (None, None, Precision.REF) == (when.start, when.end, when.precision)


def codes(text: str) -> list[str]:
    return [d.code for d in parse(text).diagnostics if d.code.startswith("time.")]


def test_weekday_mismatch() -> None:
    # 2025-04-22 is a Tuesday
    assert ["time.weekday.mismatch"] == codes(
        " date 2025-04-21 The ministers will meet on Monday, April 22, 2025."
    )


def test_weekday_agrees() -> None:
    assert [] == codes(" date 2025-04-21 The ministers will meet on Tuesday, April 22, 2025.")


def test_unanchored_weekday_is_reported() -> None:
    assert ["time.weekday.unanchored"] == codes("The ministers met on Monday.")


def test_ambiguous_slashed_date() -> None:
    assert ["time.date.ambiguous"] == codes(" date 2024-05-07 On 05/06/2024 they met.")


def test_invalid_date() -> None:
    assert ["time.date.invalid"] == codes(" date 2024-04-20 They met on February 30, 2024.")


def test_date_header_is_not_a_timex() -> None:
    article = parse(" date 2025-04-21 BAKU, Azerbaijan, April 21. The talks ended.")
    assert [("April 21", "2025-04-21")] == [(w.text, w.timex) for w in article.timexes]


def test_openers_agree_with_the_rules() -> None:
    """The hand-read table of first words gives the rules a partial match of each rule gives."""
    import regex

    from diplocorpus import _time_grammar as gram

    patterns = [regex.compile(r, regex.IGNORECASE) for r in gram._rules()]
    words = set(gram._start_words())
    for firsts, _, _ in gram._follows():
        words |= firsts
    prefixes = {w[:k] for w in words for k in range(1, len(w) + 1)}
    for word in sorted(prefixes | {"x", "mayor", "dayton", "fortnights"}):
        expected = tuple(
            i
            for i, p in enumerate(patterns)
            if p.fullmatch(word, partial=True) is not None
            or p.fullmatch(word + " ", partial=True) is not None
        )
        assert gram._rules_for(word) == expected, word


def test_find_all_agrees_with_the_single_scanner() -> None:
    """Rules tried per first word, compiled for what the text starts with, match as the whole."""
    from diplocorpus import _time_grammar as gram
    from diplocorpus import samples

    names = gram.rule_names()
    texts = [t for _, t in samples.texts()]
    texts += [row[0] for row in ABSOLUTE]
    texts.append("Mon. 5 May, Tue, 9 and 10 June 2024, 3 weeks ago, twenty-one days ago, Nov. 4")
    for text in texts:
        got = list(gram.find_all(text))
        whole = list(gram.scanner().finditer(text))
        assert [(rule, m.span()) for rule, m in got] == [
            (next(n for n in names if m.start(n) >= 0), m.span()) for m in whole
        ], text
        for (_, m), w in zip(got, whole, strict=True):
            assert m.groupdict() == {k: w.group(k) for k in m.groupdict()}, text
