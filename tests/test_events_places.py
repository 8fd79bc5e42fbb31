"""Events: where and when, from the shape of the report.

Every report here was written for these tests in the style of the feeds
(the people are real-sounding, the events invented).
"""

from __future__ import annotations

import diplocorpus
from builders import events_of


def test_an_election_takes_place_in_the_foreign_state_that_holds_it() -> None:
    text = (
        " date 2026-05-14 ASTANA, May 14 (Kazinform) - President Kassym-Jomart Tokayev "
        "had a telephone conversation with President-elect of Chile Ana Ruiz.\n\n"
        "The head of state congratulated Ana Ruiz on her victory in the presidential "
        "election held on May 10."
    )
    elections = [e for e in events_of(text) if e[0] == "election"]
    assert elections == [("election", "held", "Chile", "2026-05-10")]


def test_an_election_is_not_placed_in_the_congratulating_state() -> None:
    text = (
        " date 2026-05-14 ASTANA, May 14 (Kazinform) - Kazakh President Kassym-Jomart "
        "Tokayev sent a congratulatory message to Chilean President Ana Ruiz.\n\n"
        "Tokayev congratulated Ana Ruiz on her victory in the presidential election held "
        "on May 10."
    )
    elections = [e for e in events_of(text) if e[0] == "election"]
    assert [place for _k, _s, place, _w in elections] != ["Kazakhstan"]


def test_a_call_in_a_sentence_with_a_place_has_no_place() -> None:
    text = (
        " date 2026-03-02 MINSK, March 2 (BelTA) - Belarusian Foreign Minister Maxim "
        "Ryzhenkov will travel to Hanoi next week.\n\n"
        "The ministers last met in Tashkent in January and spoke by telephone conversation "
        "after that."
    )
    calls = [e for e in events_of(text) if e[0] == "phone_call"]
    assert calls
    assert all(place is None for _k, _s, place, _w in calls)


def test_the_dateline_day_dates_the_lead_event_without_a_year() -> None:
    text = (
        "(MENAFN- Trend News Agency) ASHGABAT, Turkmenistan, October 8. Georgian Foreign "
        "Minister Maka Botchorishvili has arrived in Ashgabat on an official visit, Trend "
        "reports.\n\n"
        "During the visit, she is expected to meet with Turkmen officials."
    )
    visits = [e for e in events_of(text) if e[0] == "visit"]
    assert visits == [("visit", "held", "Ashgabat", "XXXX-10-08")]


def test_a_ceremony_after_the_talks_is_not_where_an_old_visit_went() -> None:
    text = (
        " date 2026-09-17 TASHKENT, 17 September (UzDaily) - Uzbek President Shavkat "
        "Mirziyoyev held talks with President of Mongolia Khurelsukh Ukhnaa at the Kuksaroy "
        "residence on Thursday.\n\n"
        "Mirziyoyev recalled his trip to Ulaanbaatar and his state visit to Mongolia in "
        "March last year.\n\n"
        "After the talks, a signing ceremony was held."
    )
    signings = [e for e in events_of(text) if e[0] == "signing"]
    assert signings == [("signing", "held", "Tashkent", "2026-09-17")]


def test_the_city_in_a_forums_name_beats_the_country_after_it() -> None:
    text = (
        " date 2026-10-20 ROME, October 20. Italian Foreign Minister Antonio Tajani "
        "received his Uzbek counterpart Bakhtiyor Saidov on Tuesday.\n\n"
        "The two ministers last met in July on the sidelines of the Samarkand "
        "Connectivity Forum in Uzbekistan."
    )
    found = events_of(text)
    assert ("conference", "held", "Samarkand", "2026-07") in found
    assert ("meeting", "held", "Samarkand", "2026-07") in found


def test_travel_to_a_named_place_is_a_visit() -> None:
    text = (
        " date 2026-02-03 ASTANA, February 3 (Kazinform) - Kazakh Foreign Minister Murat "
        "Nurtleu received the Ambassador of Japan on Tuesday.\n\n"
        "Nurtleu is expected to travel to Tokyo later this month, the ministry said."
    )
    visits = [e for e in events_of(text) if e[0] == "visit"]
    assert visits == [("visit", "planned", "Tokyo", "2026-02")]


def test_travel_to_no_named_place_is_no_visit() -> None:
    text = (
        " date 2026-02-03 BAKU, February 3. Many tourists travel to the mountains in "
        "winter, the agency said."
    )
    assert not [e for e in events_of(text) if e[0] == "visit"]


def test_at_the_meeting_after_a_summit_is_the_summit_held() -> None:
    text = (
        " date 2026-06-12 BISHKEK, June 12 (Kabar) - The leaders of the Organization of "
        "Turkic States gathered for the informal summit in Cholpon-Ata on Friday.\n\n"
        "Kyrgyz President Sadyr Japarov said Kyrgyzstan would host the organization's "
        "summit next year.\n\n"
        "At the meeting, the leaders adopted the Cholpon-Ata Declaration."
    )
    found = events_of(text)
    summits = [e for e in found if e[0] == "summit"]
    assert ("summit", "held", "Cholpon-Ata", "2026-06-12") in summits
    assert not [e for e in found if e[0] == "meeting"]


def test_an_occurrence_dated_after_the_report_is_planned() -> None:
    text = (
        " date 2026-03-02 TBILISI, March 2. The Georgian-Armenian business forum takes "
        "place in Yerevan on March 20, the ministry of economy said."
    )
    assert ("conference", "planned", "Yerevan", "2026-03-20") in events_of(text)


def test_a_separate_meeting_is_another_meeting() -> None:
    text = (
        " date 2026-11-05 ASTANA, November 5 (Kazinform) - Kazakh Foreign Minister Murat "
        "Nurtleu and Turkish Foreign Minister Hakan Fidan said a roadmap will be approved "
        "at the next meeting of the joint commission.\n\n"
        "Nurtleu is due in Istanbul in December, where a separate meeting with Hakan Fidan "
        "is planned, the ministry said."
    )
    meetings = [e for e in events_of(text) if e[0] == "meeting"]
    assert len(meetings) == 2


def test_the_meeting_of_an_organisations_ministers_is_a_conference() -> None:
    text = (
        " date 2026-09-24 NEW YORK, September 24. /TASS/. Russian Foreign Minister Sergey "
        "Lavrov took part in the meeting of the SCO foreign ministers on Wednesday."
    )
    found = events_of(text)
    assert [e[0] for e in found] == ["conference"]


def test_consultations_between_the_ministries_of_two_states_are_talks() -> None:
    text = (
        " date 2026-10-07 Political consultations between the foreign ministries of Georgia "
        "and Lithuania were held in Vilnius on October 6, Trend reports.\n\n"
        "Following the consultations, the deputy ministers signed the Programme of "
        "Consultations between the Ministries of Foreign Affairs of Georgia and Lithuania "
        "for 2027-2028."
    )
    talks = [e for e in events_of(text) if e[0] == "talks"]
    assert talks == [("talks", "held", "Vilnius", "2026-10-06")]


def test_consultations_in_general_are_no_event() -> None:
    text = (
        " date 2026-10-07 BAKU, October 7. Consultations between the two sides play an "
        "important role, the minister said."
    )
    assert not [e for e in events_of(text) if e[0] == "talks"]


def test_the_opening_ceremony_of_a_forum_is_no_event_of_its_own() -> None:
    text = (
        " date 2026-05-18 TASHKENT, May 18 (UzDaily) - President Shavkat Mirziyoyev spoke "
        "at the opening ceremony of the Tashkent International Investment Forum on "
        "Monday.\n\n"
        "At the closing ceremony, the organisers announced the next forum."
    )
    found = events_of(text)
    assert not [e for e in found if e[0] == "other"]
    assert ("conference", "held", "Tashkent", "2026-05-18") in found


def test_following_the_event_is_where_and_when_it_was() -> None:
    text = (
        " date 2026-08-14 ASTANA, August 14 (Kazinform) - Kazakh Deputy Foreign Minister "
        "Roman Vassilenko visited Mongolia this week.\n\n"
        "Political consultations between the foreign ministries of Kazakhstan and Mongolia "
        "took place in Ulaanbaatar on August 11.\n\n"
        "Following the consultations, the deputy ministers held a meeting with "
        "representatives of the business community."
    )
    meetings = [e for e in events_of(text) if e[0] == "meeting"]
    assert meetings == [("meeting", "held", "Ulaanbaatar", "2026-08-11")]


def test_following_the_talks_names_the_talks_not_an_old_visit() -> None:
    text = (
        " date 2026-04-09 YEREVAN, April 9. Armenian Prime Minister Nikol Pashinyan held "
        "talks with Greek Prime Minister Kyriakos Mitsotakis in Yerevan on Thursday.\n\n"
        "Mitsotakis arrived in Armenia on Wednesday. Pashinyan recalled his visit to "
        "Athens in May last year.\n\n"
        "Following the talks, the sides held a joint press conference."
    )
    found = events_of(text)
    assert ("other", "held", "Yerevan", "2026-04-09") in found


def test_the_headlines_event_happened_on_the_reports_day() -> None:
    text = (
        " date 2026-06-04 Kyrgyzstan, Tajikistan, Uzbekistan sign border treaty at "
        "trilateral summit\n"
        "KHUJAND, June 4. The presidents of Kyrgyzstan, Tajikistan and Uzbekistan signed "
        "a treaty on the junction point of their borders.\n\n"
        "Speaking after the trilateral summit, held at the Arbob palace, the presidents "
        "called the treaty historic."
    )
    summits = [e for e in events_of(text) if e[0] == "summit"]
    assert [(kind, when) for kind, _s, _p, when in summits] == [("summit", "2026-06-04")]


def test_a_quoted_summit_name_keeps_its_first_word() -> None:
    article = diplocorpus.parse(
        " date 2026-05-02 ASTANA, May 2. President Kassym-Jomart Tokayev will take part "
        "in the \u2018Central Asia-Japan\u2019 Summit in Tokyo in December."
    )
    summits = [e for e in article.events if e.kind.value == "summit"]
    assert [article.text[e.span.start : e.span.end] for e in summits] == [
        "Central Asia-Japan\u2019 Summit"
    ]


def test_a_planned_meeting_takes_its_own_date_not_an_earlier_past_one() -> None:
    text = (
        " date 2026-09-02 TASHKENT, September 2 (UzDaily) - The two ministers reviewed the "
        "agreements signed during the visit of the Uzbek President to Baku in August 2024, "
        "and discussed preparations for the 7th meeting of the joint commission scheduled "
        "to be held in Tashkent next month."
    )
    found = events_of(text)
    assert ("meeting", "planned", "Tashkent", "2026-10") in found


def test_a_repeated_mention_with_a_long_complement_keeps_its_own_place() -> None:
    text = (
        " date 2026-11-04 VIENTIANE, November 4. Lao Prime Minister Sonexay Siphandone "
        "received the Belarusian Foreign Minister on Wednesday and said he looked forward "
        "to meeting President Lukashenko.\n\n"
        "The roadmap will be signed at the meeting of the joint commission on trade and "
        "scientific-technical cooperation in Minsk next month."
    )
    found = events_of(text)
    assert ("meeting", "planned", "Minsk", "2026-12") in found


def test_the_leads_gathering_without_a_place_is_at_the_dateline() -> None:
    text = (
        " date 2026-01-21 DAVOS. KAZINFORM - Kazakh Foreign Minister Murat Nurtleu held "
        "a number of bilateral meetings on the sidelines of the 56th Annual Meeting of the "
        "World Economic Forum, the ministry said."
    )
    found = events_of(text)
    assert [e for e in found if e[0] == "conference"] == [
        ("conference", "held", "Davos", "2026-01-21")
    ]


def test_the_meeting_between_named_partners_is_its_own_event() -> None:
    text = (
        " date 2026-03-06 GENEVA, March 6. Armenian and Azerbaijani delegations held a "
        "round of talks on border delimitation in Geneva on Thursday.\n\n"
        "The talks were agreed upon at the meeting between Armenian Foreign Minister "
        "Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov in Abu Dhabi on "
        "February 20."
    )
    found = events_of(text)
    assert ("talks", "held", "Geneva", "2026-03-05") in found
    assert ("meeting", "held", "Abu Dhabi", "2026-02-20") in found


def test_the_next_round_of_held_talks_is_another_planned_one() -> None:
    text = (
        " date 2026-05-08 VIENNA, May 8. Iranian and European delegations held a round of "
        "talks on the nuclear file in Vienna on Thursday.\n\n"
        "The EU said the next round would take place in the coming weeks."
    )
    talks = [e[:2] for e in events_of(text) if e[0] == "talks"]
    assert talks == [("talks", "held"), ("talks", "planned")]


def test_a_summit_that_a_city_hosted_is_there_and_then() -> None:
    text = (
        " date 2026-03-10 ASTANA, March 10 (Kazinform) - Kazakh Foreign Minister Murat "
        "Nurtleu held talks with his Kyrgyz counterpart in Astana on Tuesday.\n\n"
        "The minister recalled the summit of the Organization of Turkic States that "
        "Bishkek hosted in November last year."
    )
    found = events_of(text)
    assert ("summit", "held", "Bishkek", "2025-11") in found
