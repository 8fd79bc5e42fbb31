"""Table tests for the header layer: date line, title, stamps, dateline, agency."""

from __future__ import annotations

import datetime

import pytest

import diplocorpus
from diplocorpus import Severity

BODY = "The two ministers discussed regional transport links and energy projects."


def codes(article: diplocorpus.Article) -> set[str]:
    return {d.code for d in article.diagnostics}


# --------------------------------------------------------------------------
# The ` date` line.
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        (" date 2025-04-21 " + BODY, datetime.date(2025, 4, 21), None),
        ("date 2025-04-21\n" + BODY, datetime.date(2025, 4, 21), None),
        ("   date 2019-11-05 Submit Release\n" + BODY, datetime.date(2019, 11, 5), None),
        ("\n date 2024-02 " + BODY, None, "header.date.partial"),
        (" date 2024 " + BODY, None, "header.date.partial"),
        (" date 2025-13-45 " + BODY, None, "header.date.invalid"),
        (" date 2025-02-30 " + BODY, None, "header.date.invalid"),
        (" date 20-25-1-1 " + BODY, None, "header.date.invalid"),
        (BODY, None, None),
    ],
)
def test_date_line(text: str, date: datetime.date | None, code: str | None) -> None:
    article = diplocorpus.parse(text)
    assert date == article.date
    if code is not None:
        assert code in codes(article)


def test_invalid_date_is_an_error_in_strict_mode() -> None:
    with pytest.raises(diplocorpus.ParseError) as info:
        diplocorpus.parse(" date 2025-13-45 " + BODY, strict=True)
    assert ["header.date.invalid"] == [d.code for d in info.value.diagnostics]
    assert isinstance(info.value, ValueError)
    assert "~" in str(info.value) or "^" in str(info.value)


def test_date_span_is_not_part_of_the_body() -> None:
    text = " date 2025-04-21 " + BODY
    article = diplocorpus.parse(text)
    assert BODY == article.body.of(text)


# --------------------------------------------------------------------------
# Datelines.
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "place", "country", "agency", "dateline_text"),
    [
        ("BAKU, Azerbaijan, April 21. ", "Baku", "AZE", None, "BAKU, Azerbaijan, April 21."),
        ("Baku, March 3, AZERTAC\n\n", "Baku", "AZE", "AZERTAC", "Baku, March 3, AZERTAC"),
        ("Baku. 4 May. REPORT.AZ/ ", "Baku", "AZE", "Report", "Baku. 4 May. REPORT.AZ/"),
        ("Baku/11.10.22/Turan: ", "Baku", "AZE", "Turan", "Baku/11.10.22/Turan:"),
        ("BEIJING, May 11 (Xinhua) -- ", "Beijing", "CHN", "Xinhua", "BEIJING, May 11 (Xinhua) --"),
        ("MOSCOW, November 28. /TASS/. ", "Moscow", "RUS", "TASS", "MOSCOW, November 28. /TASS/."),
        ("MOSCOW, April 12 - RIA Novosti. ", "Moscow", "RUS", "RIA Novosti", None),
        ("ASTANA. KAZINFORM - ", "Astana", "KAZ", "Kazinform", "ASTANA. KAZINFORM -"),
        ("ISLAMABAD, March 1 (APP): ", "Islamabad", "PAK", "APP", "ISLAMABAD, March 1 (APP):"),
        ("New Delhi, Feb 16 (PTI) ", "New Delhi", "IND", "PTI", "New Delhi, Feb 16 (PTI)"),
        ("Tehran: ", "Tehran", "IRN", None, "Tehran:"),
        ("ASTANA - ", "Astana", "KAZ", None, "ASTANA -"),
        ("MOSCOW\n\n", "Moscow", "RUS", None, "MOSCOW"),
        ("TASHKENT, Uzbekistan, Nov. 26\n\n", "Tashkent", "UZB", None, None),
        # Dates and credits in more shapes: day first, ordinals, capitals, numbers.
        ("Tbilisi, 1 June (Report). ", "Tbilisi", "GEO", "Report", "Tbilisi, 1 June (Report)."),
        ("ABU DHABI, 1st June, 2024 (WAM) -- ", "Abu Dhabi", "ARE", "WAM", None),
        ("YEREVAN, JUNE 1, ARMENPRESS. ", "Yerevan", "ARM", "Armenpress", None),
        ("Baku, 01.06.2024 (APA) - ", "Baku", "AZE", "APA", "Baku, 01.06.2024 (APA) -"),
        ("BAKU, 01/06/2024 (Trend) -- ", "Baku", "AZE", "Trend", None),
        ("DUSHANBE, 01.06.2024 /NIAT «Khovar»/. ", "Dushanbe", "TJK", "Khovar", None),
        ("Astana, 1 June, Kazinform. ", "Astana", "KAZ", "Kazinform", "Astana, 1 June, Kazinform."),
        ("Baku, 1 June, AZERTAC ", "Baku", "AZE", "AZERTAC", "Baku, 1 June, AZERTAC"),
        # A one-word credit in brackets names the agency even when no table lists it.
        ("ULAANBAATAR, June 1 (MONTSAME) -- ", "Ulaanbaatar", "MNG", "MONTSAME", None),
        ("KABUL (Pajhwok): ", "Kabul", "AFG", "Pajhwok", None),
        ("ASTANA (Kazakhstan) - ", "Astana", "KAZ", None, None),
    ],
)
def test_dateline_shapes(
    lead: str, place: str, country: str, agency: str | None, dateline_text: str | None
) -> None:
    text = " date 2024-06-01 " + lead + BODY
    article = diplocorpus.parse(text)
    assert article.dateline is not None
    assert article.dateline.place is not None
    assert (place, country) == (article.dateline.place.name, article.dateline.place.country)
    assert agency == article.agency
    if dateline_text is not None:
        assert dateline_text == article.dateline.text
    assert article.dateline.text == article.dateline.span.of(text)


@pytest.mark.parametrize(
    "lead",
    [
        "Baku hosted a conference on green energy on Monday. ",
        "Georgia's foreign policy priorities were discussed. ",
        "Azerbaijani Foreign Minister Jeyhun Bayramov met his counterpart. ",
        "President of Kazakhstan Kassym-Jomart Tokayev held a meeting. ",
        "The Kingdom of Norway and the Republic of Peru, ",
        "OFFICIAL NEWS\n\n",
    ],
)
def test_not_a_dateline(lead: str) -> None:
    article = diplocorpus.parse(lead + BODY)
    assert article.dateline is None
    assert "header.dateline.missing" in codes(article)


def test_unknown_all_caps_place_is_kept_with_a_diagnostic() -> None:
    article = diplocorpus.parse("ZZYZXVILLE, May 2 (Xinhua) -- " + BODY)
    assert article.dateline is not None
    assert article.dateline.place is None
    assert "Xinhua" == article.agency
    assert "header.dateline.unknown_place" in codes(article)


def test_dateline_date_takes_the_year_of_the_header() -> None:
    article = diplocorpus.parse(" date 2024-06-01 BAKU, Azerbaijan, June 1. " + BODY)
    assert article.dateline is not None
    assert datetime.date(2024, 6, 1) == article.dateline.date
    assert "header.dateline.date_mismatch" not in codes(article)


def test_dateline_disagreeing_with_header_is_reported() -> None:
    article = diplocorpus.parse(" date 2024-06-01 BAKU, Azerbaijan, May 28. " + BODY)
    assert article.dateline is not None
    assert datetime.date(2024, 5, 28) == article.dateline.date
    assert "header.dateline.date_mismatch" in codes(article)


def test_dateline_with_year_dates_an_undated_article() -> None:
    article = diplocorpus.parse("BEIJING, June 16, 2025 Chinese and Kazakh leaders met today.")
    assert datetime.date(2025, 6, 16) == article.date


def test_dateline_on_the_second_line() -> None:
    text = (
        "Summary Both sides are looking at closer ties in many fields.\nDUSHANBE (Web Desk) - "
        + BODY
    )
    article = diplocorpus.parse(text)
    assert article.dateline is not None
    assert article.dateline.place is not None
    assert "Dushanbe" == article.dateline.place.name


# --------------------------------------------------------------------------
# Titles, stamps, junk.
# --------------------------------------------------------------------------

TITLE = "Foreign ministers of two neighbours discuss transit corridor"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (TITLE + "\n\n" + BODY, TITLE),
        (" date 2023-03-01 Submit Release\n" + TITLE + "\n\n" + BODY, TITLE),
        ("TV Live Menu\nLoading data...\n\n" + TITLE + "\n\n" + BODY, TITLE),
        ("|\n|\n" + TITLE + " |\n|\n" + BODY, TITLE),
        (TITLE + "\n\n" + TITLE + "\n\n" + BODY, TITLE),
        ("Why did the premier fly to Dushanbe?\n\n" + BODY, "Why did the premier fly to Dushanbe?"),
        ("    " + TITLE + "\n\n    17 May 2023, 17:46\n\n    " + BODY, TITLE),
        (" date 2022-03-29 Photo caption of the minister at a podium\n\n" + BODY, None),
        (BODY + "\n\n" + BODY, None),
        ("The head of delegation arrived in Dushanbe.\n\n" + BODY, None),
    ],
)
def test_title(text: str, title: str | None) -> None:
    article = diplocorpus.parse(text)
    assert title == article.title
    if article.title_span is not None:
        assert article.title == " ".join(article.title_span.of(text).split())


@pytest.mark.parametrize(
    ("stamp", "date", "published"),
    [
        ("- 05 January, 2026", datetime.date(2026, 1, 5), None),
        ("14 April 2015, 15:45", datetime.date(2015, 4, 14), "2015-04-14T15:45:00"),
        ("10/28/2023 3:12:14 PM", datetime.date(2023, 10, 28), "2023-10-28T15:12:14"),
        ("10:07 / 18.04.2024", datetime.date(2024, 4, 18), "2024-04-18T10:07:00"),
        ("Published: 2022-07-27 21:59", datetime.date(2022, 7, 27), "2022-07-27T21:59:00"),
        ("November 12, 2014 10:00 IST", datetime.date(2014, 11, 12), "2014-11-12T10:00:00+05:30"),
        ("4 April, 16:54 2728", None, None),
    ],
)
def test_stamp_line_dates_an_undated_article(
    stamp: str, date: datetime.date | None, published: str | None
) -> None:
    article = diplocorpus.parse(TITLE + "\n\n" + stamp + "\n\n" + BODY)
    assert date == article.date
    assert published == (article.published.isoformat() if article.published else None)
    assert TITLE == article.title


def test_published_with_utc_offset_under_a_date_header() -> None:
    article = diplocorpus.parse(" date 2025-02-12 12 Feb. 10:30 (UTC+3 MSK)\n\n" + BODY)
    assert datetime.date(2025, 2, 12) == article.date
    assert article.published is not None
    assert "2025-02-12T10:30:00+03:00" == article.published.isoformat()


def test_header_date_wins_over_a_stamp_line() -> None:
    article = diplocorpus.parse(
        " date 2021-05-17   - Tue. May 18th, 2021\n" + TITLE + "\n\n" + BODY
    )
    assert datetime.date(2021, 5, 17) == article.date
    assert "header.stamp.date_mismatch" in codes(article)


# --------------------------------------------------------------------------
# Agency credits.
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("BAKU, Azerbaijan, April 21. The talks went well, Trend reports.", "Trend"),
        ("The president received the envoy, Report informs citing AZERTAC.", "Report"),
        ("The leaders met in Astana, Kazinform cites the press service.", "Kazinform"),
        ("The minister flew to Riga (MENAFN- Trend News Agency) on Monday.", "Trend"),
        ("The minister left for Riga. This is reported by TASS.\n\nMore later.", "TASS"),
        ("By Azernews\n\n\nBy A. Writer\n\n" + BODY, "Azernews"),
        ("BAKU, Azerbaijan, Nov. 26\n\nTrend:\n\n" + BODY, "Trend"),
        ("Islam Times - " + BODY, "Islam Times"),
        ("Global Times: leaders meet in Beijing\n" + BODY, "Global Times"),
        (BODY + "\n\nThe talks will go on.\n-DNA", "DNA"),
        (BODY + "\n\n\u00a9 Copyright 2024 PTI. All rights reserved.", "PTI"),
        (BODY + " The meeting is under way, the Radio Pakistan reported.", "Radio Pakistan"),
        (BODY, None),
        (BODY + " The issues were considered, the agency said.", None),
        # A source speaking to the agency; a brand written with its web domain.
        (BODY + " The visit is planned for May, the ambassador told Report.", "Report"),
        (BODY + " The envoy told Trend that the talks went well.", "Trend"),
        (BODY + " The envoy told reporters that the talks went well.", None),
        ("TASHKENT, Uzbekistan (UzDaily.com) -- " + BODY, "UzDaily"),
    ],
)
def test_agency(text: str, agency: str | None) -> None:
    article = diplocorpus.parse(text)
    assert agency == article.agency
    if article.agency_span is not None:
        assert article.agency_span.end <= len(text)


def test_dateline_agency_wins_over_a_later_credit() -> None:
    text = "BEIJING, May 11 (Xinhua) -- " + BODY + " Sputnik reported the same."
    assert "Xinhua" == diplocorpus.parse(text).agency


def test_missing_dateline_is_info_only() -> None:
    article = diplocorpus.parse(BODY)
    levels = {d.severity for d in article.diagnostics if d.code == "header.dateline.missing"}
    assert {Severity.INFO} == levels


def test_headline_on_the_date_line_is_the_title() -> None:
    text = " date 2025-04-21 Minister receives Chinese delegation in Baku\nBAKU, April 21. " + BODY
    article = diplocorpus.parse(text)
    assert "Minister receives Chinese delegation in Baku" == article.title


def test_caption_on_the_date_line_is_not_a_title() -> None:
    text = " date 2022-03-29 Deputy foreign minister nominee Jane Doe\n\nIslam Times - " + BODY
    article = diplocorpus.parse(text)
    assert article.title is None
    assert "Islam Times" == article.agency


def test_unknown_multi_word_capitals_dateline() -> None:
    article = diplocorpus.parse("UNITED NATIONS, May 2 (Xinhua) -- " + BODY)
    assert article.dateline is not None
    assert "UNITED NATIONS, May 2 (Xinhua) --" == article.dateline.text
    assert "Xinhua" == article.agency


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Tue, 23 Apr 2024 14:05:00 GMT", "2024-04-23T14:05:00+00:00"),
        ("2024-04-23T14:05:00+04:00", "2024-04-23T14:05:00+04:00"),
        ("Updated: April 23, 2024 14:05", "2024-04-23T14:05:00"),
        ("23.04.2024, 09:15 AZT", "2024-04-23T09:15:00+04:00"),
    ],
)
def test_stamp_times_and_offsets(stamp: str, published: str) -> None:
    article = diplocorpus.parse(TITLE + "\n\n" + stamp + "\n\n" + BODY)
    assert article.published is not None
    assert published == article.published.isoformat()


@pytest.mark.parametrize(
    ("lead", "tail", "agency", "date"),
    [
        ("Tbilisi, IRNA -- ", "", "IRNA", None),
        ("MOSCOW (UrduPoint News / Sputnik - 09th May, 2025) ", "", "Sputnik", "2025-05-09"),
        (
            "ANKARA\n\n",
            "\n\nAnadolu Agency website carries only part of its wire.",
            "Anadolu",
            None,
        ),
    ],
)
def test_credits_inside_and_after_the_report(
    lead: str, tail: str, agency: str, date: str | None
) -> None:
    article = diplocorpus.parse(lead + BODY + tail)
    assert agency == article.agency
    assert date == (article.date.isoformat() if article.date else None)
    assert article.dateline is not None


def _catalog() -> list[dict[str, str]]:
    from importlib import resources

    raw = resources.files("diplocorpus.samples").joinpath("CATALOG.tsv").read_text("utf-8")
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:]]


@pytest.mark.parametrize("row", _catalog(), ids=lambda row: row["file"])
def test_bundled_samples_header(row: dict[str, str]) -> None:
    """Every bundled sample's header, as its catalog (written with the samples) expects."""
    from diplocorpus import samples

    article = diplocorpus.parse(samples.read(row["file"]))
    place = article.dateline.place if article.dateline else None
    expected = {k: row[k] or None for k in ("date", "title", "dateline_place", "dateline_country")}
    expected["agency"] = row["agency"] or None
    actual = {
        "date": article.date.isoformat() if article.date else None,
        "title": article.title,
        "dateline_place": place.name if place else None,
        "dateline_country": place.country if place else None,
        "agency": article.agency,
    }
    assert expected == actual


@pytest.mark.parametrize(
    ("text", "date", "title", "place", "agency"),
    [
        # A dateline on its own line after a headline, the date only in the dateline.
        (
            "Ministers of Kyrgyzstan and Tajikistan sign border protocol\n\n"
            "BISHKEK, 2 October 2024 (Kabar) - " + BODY,
            "2024-10-02",
            "Ministers of Kyrgyzstan and Tajikistan sign border protocol",
            "Bishkek",
            "Kabar",
        ),
        (
            "Ministers of Kyrgyzstan and Tajikistan sign border protocol\n"
            "BISHKEK, 02.10.2024 (Kabar) - " + BODY,
            "2024-10-02",
            "Ministers of Kyrgyzstan and Tajikistan sign border protocol",
            "Bishkek",
            "Kabar",
        ),
        # A headline that opens with a quotation, or asks a question.
        (
            "\u201cOur doors stay open\u201d: Tokayev receives Omani envoy\n\n"
            "ASTANA (Kazinform) \u2013 " + BODY,
            None,
            "\u201cOur doors stay open\u201d: Tokayev receives Omani envoy",
            "Astana",
            "Kazinform",
        ),
        (
            " date 2024-10-02 Where next for the Caspian transit route?\n\n"
            "BAKU, Oct 2 (Report) - " + BODY,
            "2024-10-02",
            "Where next for the Caspian transit route?",
            "Baku",
            "Report",
        ),
        # A headline and its dateline run together on one line.
        (
            " date 2024-10-02 Tokayev, Japarov hold phone talks BISHKEK, Oct 2 (Kabar) - " + BODY,
            "2024-10-02",
            "Tokayev, Japarov hold phone talks",
            "Bishkek",
            "Kabar",
        ),
    ],
)
def test_headline_and_dateline_shapes(
    text: str, date: str | None, title: str, place: str, agency: str
) -> None:
    article = diplocorpus.parse(text)
    assert date == (article.date.isoformat() if article.date else None)
    assert title == article.title
    assert article.dateline is not None
    assert article.dateline.place is not None
    assert place == article.dateline.place.name
    assert agency == article.agency
    assert BODY in article.body.of(text)
    assert title not in article.body.of(text)
