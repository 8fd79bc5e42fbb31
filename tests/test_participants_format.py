"""Participants of events: rules stated in terms of the wire-report format.

Every report here was written for these tests in the style of the feeds
(the people are real-sounding, the events invented).
"""

from __future__ import annotations

import diplocorpus
from diplocorpus._events import participant_codes


def _codes(text: str) -> list[tuple[str, str | None, list[str]]]:
    article = diplocorpus.parse(text)
    return [
        (e.kind.value, e.place.name if e.place else None, sorted(participant_codes(e.participants)))
        for e in article.events
    ]


def test_a_visit_naming_only_its_host_is_with_the_report_s_partner() -> None:
    text = (
        " date 2026-03-11 ASTANA, March 11 (Kazinform) - President of Kazakhstan "
        "Kassym-Jomart Tokayev received Foreign Minister of Mongolia Battsetseg "
        "Batmunkh at the Akorda.\n\n"
        "The guest arrived in Astana on Tuesday on a two-day working visit. On Wednesday "
        "morning she held talks with Kazakh Foreign Minister Murat Nurtleu."
    )
    found = _codes(text)
    assert ("meeting", "Astana", ["KAZ", "MNG"]) in found
    assert ("visit", "Astana", ["KAZ", "MNG"]) in found
    assert ("talks", "Astana", ["KAZ", "MNG"]) in found


def test_a_phone_call_of_one_named_state_takes_the_partner_of_the_event_before() -> None:
    text = (
        " date 2026-09-02 BAKU, Azerbaijan, September 2. Azerbaijani Foreign Minister "
        "Jeyhun Bayramov has met with Minister of Foreign Affairs of Latvia Baiba Braze "
        "in Riga, Trend reports.\n\n"
        "Later in the day, the Azerbaijani minister held a phone call with the speaker "
        "of the parliament, who is on a trip abroad."
    )
    found = _codes(text)
    assert ("meeting", "Riga", ["AZE", "LVA"]) in found
    assert [c for k, _p, c in found if k == "phone_call"] == [["AZE", "LVA"]]


def test_a_meeting_with_an_organisation_keeps_its_two_sides() -> None:
    text = (
        " date 2026-04-20 NEW YORK, April 20. Kyrgyz Foreign Minister Jeenbek Kulubaev met "
        "with his Turkmen counterpart Rashid Meredov in New York.\n\n"
        "On the same day, the minister met with UN Secretary-General Antonio Guterres."
    )
    found = _codes(text)
    assert ("meeting", "New York", ["KGZ", "TKM"]) in found
    assert all(codes != ["KGZ", "TKM", "UN"] for _k, _p, codes in found)


def test_a_headline_names_the_participants_of_the_body_s_event() -> None:
    text = (
        " date 2026-03-12\n"
        "Kazakh, Uzbek presidents hold phone talks\n\n"
        "ASTANA, March 12 (Kazinform) - Kassym-Jomart Tokayev held a telephone "
        "conversation with Shavkat Mirziyoyev, the Akorda press service reports.\n\n"
        "The heads of state discussed water management in the region."
    )
    article = diplocorpus.parse(text)
    assert article.title == "Kazakh, Uzbek presidents hold phone talks"
    calls = [e for e in article.events if e.kind.value == "phone_call"]
    assert len(calls) == 1  # the headline is a mention of the body's call, not a second one
    assert sorted(participant_codes(calls[0].participants)) == ["KAZ", "UZB"]


def test_a_headline_topic_is_no_participant() -> None:
    text = (
        " date 2026-03-12\n"
        "Tehran hosts consultations on Afghanistan\n\n"
        "TEHRAN, March 12 (MNA) - Deputy foreign ministers of Iran and Tajikistan held "
        "consultations in Tehran on Thursday."
    )
    found = _codes(text)
    assert [c for k, _p, c in found if k == "talks"] == [["IRN", "TJK"]]


def test_an_office_after_the_name_ties_the_person_to_the_state() -> None:
    text = (
        " date 2026-05-14\n"
        "Japarov's talks with Tokayev end in Astana\n\n"
        "Sadyr Japarov's talks with Kassym-Jomart Tokayev have ended in Astana. The "
        "delegations approved a dozen documents on water and energy.\n\n"
        'Kassym-Jomart Tokayev, President of Kazakhstan: "We have prepared this visit for '
        'a long time."\n\n'
        'Sadyr Japarov, President of the Kyrgyz Republic: "Our peoples are brothers."'
    )
    talks = [c for k, _p, c in _codes(text) if k == "talks"]
    assert talks == [["KAZ", "KGZ"]]


def test_an_envoy_s_office_after_the_name_names_no_state_of_his() -> None:
    text = (
        " date 2026-05-14 TBILISI, May 14. Robin Dunnigan, Ambassador to Georgia, met "
        "with Niko Tatulashvili, Deputy Minister of Foreign Affairs of Georgia.\n\n"
        "Robin Dunnigan also held talks with Niko Tatulashvili on Tuesday."
    )
    article = diplocorpus.parse(text)
    assert all(participant_codes(e.participants) <= {"GEO", "USA"} for e in article.events)
    talks = [e for e in article.events if e.kind.value == "talks"]
    assert talks
    assert "GEO" in participant_codes(talks[0].participants)


def test_the_host_side_of_a_meeting_at_home_is_the_dateline_s_state() -> None:
    text = (
        " date 2026-07-08 ASHGABAT, July 8. Serdar Berdimuhamedov received Mevlut "
        "Cavusoglu, Minister of Foreign Affairs of Turkiye, at the Oguzkhan Palace.\n\n"
        "On Tuesday, Mevlut Cavusoglu held talks with Rashid Meredov."
    )
    found = _codes(text)
    assert [(k, c) for k, _p, c in found] == [
        ("meeting", ["TKM", "TUR"]),
        ("talks", ["TKM", "TUR"]),
    ]


def test_a_call_of_a_foreign_leader_takes_no_side_from_the_dateline() -> None:
    text = (
        " date 2026-07-08 BAKU, July 8. Turkish President Recep Tayyip Erdogan held a "
        "phone conversation with Sadyr Japarov, Trend reports."
    )
    calls = [c for k, _p, c in _codes(text) if k == "phone_call"]
    assert calls == [["TUR"]]


def test_the_person_talked_to_is_a_participant_not_a_topic() -> None:
    text = (
        " date 2026-02-11 ISLAMABAD, Feb 11 (APP): Prime Minister Shehbaz Sharif said "
        "trade must grow while talking to Qatari Minister of State for Trade Ahmed bin "
        "Mohammed Al Sayed, who called on him at the PM House on Wednesday."
    )
    meetings = [c for k, _p, c in _codes(text) if k == "meeting"]
    assert meetings == [["PAK", "QAT"]]


def test_a_message_to_a_state_stays_a_topic() -> None:
    text = (
        " date 2026-02-11 BAKU, February 11. Azerbaijani Foreign Minister Jeyhun Bayramov "
        "met with Swiss State Secretary Alexandre Fasel and sent a message to Armenia."
    )
    meetings = [c for k, _p, c in _codes(text) if k == "meeting"]
    assert meetings == [["AZE", "CHE"]]


def test_a_titled_name_of_a_state_ties_the_person_to_it() -> None:
    text = (
        " date 2026-05-02 BAKU, May 2. Sultan Haitham bin Tarik of Oman received Iranian "
        "Foreign Minister Abbas Araghchi in Muscat on Thursday, Trend reports.\n\n"
        "On Friday, Haitham bin Tarik had a phone call with Qatari Emir Sheikh Tamim bin "
        "Hamad Al Thani."
    )
    calls = [c for k, _p, c in _codes(text) if k == "phone_call"]
    assert calls == [["OMN", "QAT"]]


def test_a_name_spelt_without_its_diacritics_is_the_same_person() -> None:
    text = (
        " date 2026-03-12 BISHKEK, March 12. Vucic had a phone conversation with Sadyr "
        "Japarov on Wednesday, Kabar reports.\n\n"
        "Serbian President Aleksandar Vučić thanked his counterpart for the invitation."
    )
    calls = [c for k, _p, c in _codes(text) if k == "phone_call"]
    assert calls == [["SRB"]]


def test_an_untitled_state_official_is_the_dateline_s_when_every_state_is_another_s() -> None:
    text = (
        "Aliyev, Mirziyoyev hold phone talks\n\n"
        "Baku, 12 March, AZERTAC\n\n"
        "President Ilham Aliyev has had a phone conversation with Uzbek President "
        "Shavkat Mirziyoyev.\n\n"
        "The heads of state discussed the preparations for the next summit."
    )
    calls = [c for k, _p, c in _codes(text) if k == "phone_call"]
    assert calls == [["AZE", "UZB"]]


def test_a_document_s_parties_are_the_states_of_its_opening() -> None:
    text = (
        "The Government of the Kingdom of Bhutan and the Government of the Republic of "
        "Azerbaijan, desiring to develop friendly relations in line with the Charter of "
        "the United Nations,\n"
        "Have agreed to establish diplomatic relations at the level of Ambassadors as of "
        "the date of signing of this Joint Communique.\n"
        "Done in New York on 21 September 2026 in two originals in English."
    )
    found = _codes(text)
    assert ("relations_established", "New York", ["AZE", "BTN"]) in found


def test_the_occasion_of_a_sidelines_meeting_has_the_meeting_s_people() -> None:
    text = (
        " date 2026-06-02 TASHKENT, June 2. Uzbek Foreign Minister Bakhtiyor Saidov held a "
        "phone conversation with his Omani counterpart Badr Albusaidi.\n\n"
        "The two ministers last met in Muscat in March, on the sidelines of an "
        "international conference on water."
    )
    found = _codes(text)
    assert ("conference", "Muscat", ["OMN", "UZB"]) in found
