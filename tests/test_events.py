"""The events stage: kinds, statuses, modes, places, dates, participants, merging.

Every report here was written for these tests (the people and places are
real-sounding but the events are invented).
"""

from __future__ import annotations

import datetime

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import diplocorpus
from builders import doc_of, events_of, when_at
from diplocorpus import _events
from diplocorpus._events import participant_codes
from diplocorpus._participants import find_mentions
from diplocorpus.model import (
    Event,
    EventKind,
    EventMode,
    EventStatus,
    Precision,
)
from strategies import wire_reports


def codes(item: Event) -> set[str]:
    return participant_codes(item.participants)


# --------------------------------------------------------------------------
# Kinds, statuses and modes: input -> (kind, status, mode).
# --------------------------------------------------------------------------

KINDS = [
    (
        "Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President "
        "Shavkat Mirziyoyev in Tashkent.",
        EventKind.TALKS,
        EventStatus.HELD,
        None,
    ),
    (
        "Georgian Foreign Minister Maka Botchorishvili met with Turkish Foreign Minister "
        "Hakan Fidan in Ankara.",
        EventKind.MEETING,
        EventStatus.HELD,
        None,
    ),
    (
        "Armenian Prime Minister Nikol Pashinyan arrived in Paris on an official visit.",
        EventKind.VISIT,
        EventStatus.HELD,
        EventMode.OFFICIAL,
    ),
    (
        "Mongolian President Ukhnaagiin Khurelsukh will pay a state visit to Japan.",
        EventKind.VISIT,
        EventStatus.PLANNED,
        EventMode.STATE,
    ),
    (
        "Turkish Foreign Minister Hakan Fidan held a telephone conversation with his "
        "Hungarian counterpart Peter Szijjarto.",
        EventKind.PHONE_CALL,
        EventStatus.HELD,
        None,
    ),
    (
        "The Organization of Turkic States Summit opened in Budapest.",
        EventKind.SUMMIT,
        EventStatus.ONGOING,
        None,
    ),
    (
        "Kyrgyz President Sadyr Japarov addressed the 79th session of the UN General "
        "Assembly in New York.",
        EventKind.CONFERENCE,
        EventStatus.HELD,
        None,
    ),
    (
        "Serbian President Aleksandar Vucic gave an interview to a Hungarian newspaper "
        "in Belgrade.",
        EventKind.INTERVIEW,
        EventStatus.HELD,
        None,
    ),
    (
        "Estonia and Mongolia established diplomatic relations in Tallinn.",
        EventKind.RELATIONS_ESTABLISHED,
        EventStatus.HELD,
        None,
    ),
    (
        "The visit of Italian President Sergio Mattarella to Vietnam has been postponed.",
        EventKind.VISIT,
        EventStatus.POSTPONED,
        None,
    ),
    (
        "The summit of the Gulf Cooperation Council in Doha was cancelled.",
        EventKind.SUMMIT,
        EventStatus.CANCELLED,
        None,
    ),
    (
        "The ministers held a video conference with Slovak Foreign Minister Juraj Blanar.",
        EventKind.MEETING,
        EventStatus.HELD,
        EventMode.VIRTUAL,
    ),
    (
        "Qatari Emir Tamim bin Hamad invited Turkmen President Serdar Berdimuhamedov to "
        "visit Doha.",
        EventKind.VISIT,
        EventStatus.INVITED,
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "status", "mode"), KINDS)
def test_kind_status_mode(
    text: str, kind: EventKind, status: EventStatus, mode: EventMode | None
) -> None:
    found, _ = _events.events(doc_of(text), (), ())
    assert [(kind, status, mode)] == [(e.kind, e.status, e.mode) for e in found]


# --------------------------------------------------------------------------
# Places, participants, dates.
# --------------------------------------------------------------------------


def test_place_participants_and_date_of_a_named_summit() -> None:
    text = (
        "Mongolian President Ukhnaagiin Khurelsukh and Japanese Prime Minister Shigeru "
        "Ishiba met at the Asia-Pacific Economic Cooperation Summit in Lima on November 15, 2024."
    )
    when = when_at(text, "November 15, 2024", "2024-11-15")
    found, _ = _events.events(doc_of(text), (when,), ())
    kinds = {e.kind: e for e in found}
    summit = kinds[EventKind.SUMMIT]
    assert "Lima" == (summit.place.name if summit.place else None)
    assert "2024-11-15" == (summit.when.timex if summit.when else None)
    assert {"APEC", "MNG", "JPN"} <= codes(summit)
    assert summit.text in text
    assert "044" == summit.cameo


def test_visit_place_and_host_participant() -> None:
    text = "Hungarian Prime Minister Viktor Orban paid a working visit to Azerbaijan."
    (visit,), _ = _events.events(doc_of(text), (), ())
    assert EventKind.VISIT == visit.kind
    assert EventMode.WORKING == visit.mode
    assert "Azerbaijan" == (visit.place.name if visit.place else None)
    assert {"HUN", "AZE"} == codes(visit)
    assert "CONSULT/visit" == visit.plover


def test_person_keeps_the_state_of_the_office_phrase() -> None:
    text = (
        "The US Ambassador to Georgia Robin Harper met with the Minister of Foreign "
        "Affairs of Moldova Mihai Popsoi. Harper praised the talks."
    )
    mentions = find_mentions(doc_of(text))
    assert ("Robin Harper", "USA") in mentions.persons
    assert ("Mihai Popsoi", "MDA") in mentions.persons


def test_repeated_mentions_merge_with_their_spans() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan held talks with Azerbaijani President "
        "Ilham Aliyev in Ankara. During the talks, the sides discussed energy. "
        "The talks lasted three hours."
    )
    found, _ = _events.events(doc_of(text), (), ())
    assert [EventKind.TALKS] == [e.kind for e in found]
    talks = found[0]
    assert 3 == len(talks.mentions)
    assert all(text[s.start : s.end].lower().endswith("talks") for s in talks.mentions)
    assert {"TUR", "AZE"} == codes(talks)


def test_generic_mentions_are_not_events() -> None:
    text = (
        "Personal meetings and telephone conversations play a valuable role in "
        "relations. Regular reciprocal visits strengthen trust."
    )
    found, _ = _events.events(doc_of(text), (), ())
    assert () == found


def test_separate_meetings_with_different_people_stay_apart() -> None:
    text = (
        "Polish Foreign Minister Radoslaw Sikorski met with Latvian Foreign Minister "
        "Baiba Braze in Riga. Later, Sikorski met with Lithuanian Foreign Minister "
        "Kestutis Budrys in Vilnius."
    )
    found, _ = _events.events(doc_of(text), (), ())
    assert [("Riga", {"POL", "LVA"}), ("Vilnius", {"POL", "LTU"})] == [
        (e.place.name if e.place else None, codes(e)) for e in found
    ]


def test_separate_meetings_give_one_event_per_partner() -> None:
    text = (
        "In Vienna, Slovak Foreign Minister Juraj Blanar held separate meetings with "
        "Austrian Foreign Minister Beate Meinl-Reisinger and Czech Foreign Minister Jan Lipavsky."
    )
    found, _ = _events.events(doc_of(text), (), ())
    assert [{"SVK", "AUT"}, {"SVK", "CZE"}] == [codes(e) for e in found]
    assert all(EventKind.MEETING is e.kind for e in found)


def test_document_text_is_dated_by_its_closing_line() -> None:
    text = (
        "The Government of Iceland and the Government of Mongolia,\n"
        "Have agreed to establish diplomatic relations from the day this Joint Communique "
        "is signed.\n"
        "Done in Reykjavik, on March 4, 2008, in two original copies."
    )
    when = when_at(text, "March 4, 2008", "2008-03-04")
    found, _ = _events.events(doc_of(text), (when,), ())
    assert [(EventKind.RELATIONS_ESTABLISHED, "Reykjavik", "2008-03-04")] == [
        (e.kind, e.place.name if e.place else None, e.when.timex if e.when else None) for e in found
    ]


def test_relative_date_links_to_the_event() -> None:
    text = "Georgia and Armenia held consultations in Tbilisi last summer."
    when = when_at(text, "last summer", "2024-SU", Precision.SEASON)
    found, _ = _events.events(doc_of(text, datetime.date(2025, 2, 1)), (when,), ())
    assert ["2024-SU"] == [e.when.timex if e.when else None for e in found]


def test_lead_event_takes_the_report_date() -> None:
    text = (
        " date 2025-03-04 ASTANA, March 4. Kazakh President Kassym-Jomart Tokayev "
        "received Austrian Chancellor Christian Stocker."
    )
    article = diplocorpus.parse(text)
    assert [("2025-03-04", "Astana")] == [
        (e.when.timex if e.when else None, e.place.name if e.place else None)
        for e in article.events
    ]


def test_meeting_of_a_council_of_heads_of_state_is_a_summit() -> None:
    text = (
        "The leaders will attend the meeting of the Council of Heads of State of the "
        "Commonwealth of Independent States in Dushanbe."
    )
    found, _ = _events.events(doc_of(text), (), ())
    assert [(EventKind.SUMMIT, EventStatus.PLANNED)] == [(e.kind, e.status) for e in found]
    assert "CIS" in codes(found[0])


def test_contested_entity_gets_a_diagnostic_not_a_code() -> None:
    text = "The Kosovo delegation held talks with Albanian officials in Tirana."
    found, diagnostics = _events.events(doc_of(text), (), ())
    assert ["events.participant.contested"] == [d.code for d in diagnostics]
    assert {"ALB"} == codes(found[0])


def test_first_person_stands_for_the_speaker_state() -> None:
    text = '"Our meeting in Baku was very useful," Georgian President Mikheil Kavelashvili said.'
    article = diplocorpus.parse(text)
    meetings = [e for e in article.events if e.kind is EventKind.MEETING]
    assert 1 == len(meetings)
    assert "GEO" in codes(meetings[0])


# --------------------------------------------------------------------------
# Properties.
# --------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(wire_reports())
def test_evidence_spans_lie_inside_the_text(text: str) -> None:
    article = diplocorpus.parse(text)
    for event in article.events:
        assert 0 <= event.span.start <= event.span.end <= len(article.text)
        assert article.text[event.span.start : event.span.end] == event.text
        for span in event.mentions:
            assert 0 <= span.start <= span.end <= len(article.text)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_no_exception_on_arbitrary_text(text: str) -> None:
    found, diagnostics = _events.events(doc_of(text), (), ())
    assert isinstance(found, tuple)
    assert isinstance(diagnostics, tuple)


def test_next_meeting_is_another_event_not_a_mention() -> None:
    text = (
        " date 2025-03-14 AKTAU, Kazakhstan, March 14. The foreign ministers of Georgia and"
        " Armenia held their first meeting in Aktau. The next meeting will be held in"
        " Tbilisi next year."
    )
    article = diplocorpus.parse(text)
    meetings = sorted(
        (e.status.value, e.place.name if e.place else None, e.when.timex if e.when else None)
        for e in article.events
        if e.kind.value == "meeting"
    )
    assert [("held", "Aktau", "2025-03-14"), ("planned", "Tbilisi", "2026")] == meetings


# --------------------------------------------------------------------------
# Where and when, from the shape of the sentence (reports written for these
# tests, in the style of the feeds).
# --------------------------------------------------------------------------


def test_relative_clause_of_occurrence_gives_place_date_and_status() -> None:
    text = (
        " date 2026-09-02 TBILISI, Georgia, September 2. Georgian Prime Minister Irakli "
        "Kobakhidze received Armenian Foreign Minister Ararat Mirzoyan, Trend reports.\n\n"
        "The minister informed the prime minister about the preparations for the session of "
        "the Black Sea Economic Cooperation, which is expected to be held in Yerevan on "
        "October 20. The sides also recalled the forum of the Middle Corridor, which took "
        "place in Aktau in June."
    )
    found = events_of(text)
    assert ("conference", "planned", "Yerevan", "2026-10-20") in found
    assert ("conference", "held", "Aktau", "2026-06") in found


def test_other_relative_clauses_still_end_the_clause() -> None:
    text = (
        " date 2026-09-02 RIGA, September 2. Latvian President Edgars Rinkevics held talks "
        "with Estonian President Alar Karis, which focused on energy in Finland."
    )
    talks = [e for e in events_of(text) if e[0] == "talks"]
    assert [("talks", "held", "Riga", "2026-09-02")] == talks


def test_situation_in_a_place_is_a_topic_not_a_venue() -> None:
    text = (
        " date 2026-02-11 ROME, February 11. The ministers discussed the situation in Libya "
        "and preparations for the Mediterranean Dialogues summit."
    )
    (summit,) = [e for e in events_of(text) if e[0] == "summit"]
    assert summit[2] is None


def test_date_after_another_event_word_is_that_event() -> None:
    text = (
        "PARIS (Sputnik - 12th May, 2026) French President Emmanuel Macron and Brazilian "
        "President Luiz Inacio Lula da Silva discussed preparations for the annual "
        "France-Brazil summit in a phone call on Tuesday, the Elysee said."
    )
    found = events_of(text)
    assert ("phone_call", "held", None, "2026-05-12") in found
    (summit,) = [e for e in found if e[0] == "summit"]
    assert ("planned", None) == (summit[1], summit[3])


def test_since_a_year_dates_no_event() -> None:
    text = (
        " date 2026-06-03 VIENNA, June 3. The Austrian Chancellor is on an official visit to "
        "Slovakia, his second trip to the country since 2023."
    )
    (visit,) = [e for e in events_of(text) if e[0] == "visit"]
    assert visit[3] != "2023"


def test_previous_summit_of_the_same_name_is_another_event() -> None:
    text = (
        " date 2026-04-08 ANKARA, April 8. The leaders discussed the upcoming Turkey-Qatar "
        "summit, which will take place in Doha in the autumn. The previous Turkey-Qatar "
        "summit was held in Ankara in December 2025."
    )
    summits = sorted(e[1:] for e in events_of(text) if e[0] == "summit")
    assert [("held", "Ankara", "2025-12"), ("planned", "Doha", "2026-FA")] == summits


def test_repeated_mention_with_its_own_place_and_date_is_another_event() -> None:
    text = (
        " date 2026-05-20 HANOI, 20 May (VNA) - Vietnamese President Luong Cuong met with "
        "Indonesian President Prabowo Subianto, who arrived in Hanoi on a state visit.\n\n"
        "Opening the meeting, the Vietnamese leader recalled his talks with Prabowo in "
        "Jakarta last spring."
    )
    found = events_of(text)
    assert ("meeting", "held", "Hanoi", "2026-05-20") in found
    assert ("talks", "held", "Jakarta", "2025-SP") in found


def test_a_planning_verb_reaches_a_coordinated_meeting() -> None:
    text = (
        " date 2026-03-10 BAKU, March 10. The Croatian minister is also scheduled to visit "
        "the National Museum and to meet with Prime Minister Ali Asadov tomorrow."
    )
    meetings = [e for e in events_of(text) if e[0] == "meeting"]
    assert [("meeting", "planned")] == [m[:2] for m in meetings]


def test_a_state_holding_a_country_name_is_no_participant() -> None:
    text = (
        "WASHINGTON, June 3. Indian Prime Minister Narendra Modi met with "
        "American business leaders in New Jersey on Sunday, the Arab League "
        "said, welcoming the meeting."
    )
    (meeting,) = diplocorpus.parse(text).events
    assert meeting.place is not None
    assert meeting.place.name == "New Jersey"
    assert "JEY" not in codes(meeting)


def test_an_organisation_takes_its_acronym() -> None:
    text = (
        "CAIRO, October 2. The Arab League summit will be held in Cairo on October 15, "
        "Egyptian Foreign Minister Badr Abdelatty said."
    )
    summit = next(e for e in diplocorpus.parse(text).events if e.kind is EventKind.SUMMIT)
    assert "LAS" in codes(summit)


def test_both_countries_are_the_earlier_events_states() -> None:
    text = (
        "ASTANA, March 12. Kazakh President Kassym-Jomart Tokayev held talks with the visiting "
        "President of Mongolia in Astana. Both countries will hold a business forum in "
        "Ulaanbaatar in May, the President said."
    )
    forum = next(e for e in diplocorpus.parse(text).events if e.kind is EventKind.CONFERENCE)
    assert codes(forum) == {"KAZ", "MNG"}


# --------------------------------------------------------------------------
# The trigger pattern's prefix tree finds what the flat alternation found.
# --------------------------------------------------------------------------


def _flat_triggers() -> regex.Pattern[str]:
    """The trigger pattern as one alternation sorted longest first (the reference)."""
    phrases = sorted(_events._triggers(), key=len, reverse=True)
    body = "|".join(regex.escape(p).replace(r"\ ", "[ ]{1,3}+") for p in phrases)
    return regex.compile(
        rf"(?<![\p{{L}}\d-])(?:(?P<cop>COP[ -]?\d{{1,2}}+)|(?P<word>{body}))(?![\p{{L}}\d])",
        regex.IGNORECASE,
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(sorted(_events._triggers())).map(lambda p: p.upper() if len(p) % 3 else p),
        min_size=1,
        max_size=5,
    ),
    st.lists(st.sampled_from([" ", "  ", "    ", "-", "", "s ", "ing ", " of ", ", "]), min_size=5),
)
def test_trigger_tree_matches_as_flat_alternation(phrases: list[str], gaps: list[str]) -> None:
    text = "".join(p + g for p, g in zip(phrases, gaps, strict=False))
    flat = [(m.span(), m.group("word")) for m in _flat_triggers().finditer(text)]
    tree = [(m.span(), m.group("word")) for m in _events._trigger_regex().finditer(text)]
    assert tree == flat


def test_cue_pattern_finds_where_a_cue_starts() -> None:
    pattern = regex.compile(_events.cue_pattern(["be held", "began", "be", "will"]))
    assert pattern.pattern == "(?:be|will)"
    assert pattern.search("it will") is not None
    assert pattern.search("it would") is None
