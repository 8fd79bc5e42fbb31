"""The agreements stage: titles, kinds, stages, dates, parties, merging.

Every report here was written for these tests.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplocorpus
from builders import doc_of, when_at
from diplocorpus import _agreements
from diplocorpus._events import participant_codes
from diplocorpus.model import (
    Agreement,
    AgreementKind,
    AgreementStage,
    Precision,
)
from strategies import wire_reports


def codes(item: Agreement) -> set[str]:
    return participant_codes(item.parties)


TITLES = [
    (
        "Georgia and Armenia signed a Memorandum of Understanding on Cooperation in "
        "Energy in Tbilisi.",
        "Memorandum of Understanding on Cooperation in Energy",
        AgreementKind.MEMORANDUM,
        AgreementStage.SIGNED,
    ),
    (
        "The sides adopted the Joint Statement on Comprehensive Partnership between "
        "Mongolia and Japan.",
        "Joint Statement on Comprehensive Partnership between Mongolia and Japan",
        AgreementKind.JOINT_STATEMENT,
        AgreementStage.ADOPTED,
    ),
    (
        "Kazakhstan and Uzbekistan will sign a treaty on allied relations next month.",
        "treaty on allied relations",
        AgreementKind.TREATY,
        AgreementStage.PLANNED,
    ),
    (
        "The parliament of Moldova ratified the Protocol on Trade with Romania.",
        "Protocol on Trade",
        AgreementKind.PROTOCOL,
        AgreementStage.RATIFIED,
    ),
    (
        "The ministers approved an action plan for cooperation in tourism for Serbia and Hungary.",
        "action plan for cooperation in tourism",
        AgreementKind.PLAN,
        AgreementStage.ADOPTED,
    ),
    (
        "Estonia and Latvia initialled the Agreement on the Maritime Border.",
        "Agreement on the Maritime Border",
        AgreementKind.AGREEMENT,
        AgreementStage.INITIALLED,
    ),
]


@pytest.mark.parametrize(("text", "title", "kind", "stage"), TITLES)
def test_title_kind_stage(
    text: str, title: str, kind: AgreementKind, stage: AgreementStage
) -> None:
    timexes = diplocorpus.find_timexes(text, datetime.date(2025, 1, 1))
    found, _ = _agreements.agreements(doc_of(text), timexes, ())
    assert [(title, kind, stage)] == [(a.title, a.kind, a.stage) for a in found]


def test_named_declaration_date_parties_and_repeated_mentions() -> None:
    text = (
        "The presidents said the joint declaration adopted as a result opens a new page.\n"
        "The Joint Declaration on Allied Interaction between the Republic of Uzbekistan "
        "and the Kyrgyz Republic was adopted in Bishkek on May 5, 2025. "
        "The Declaration sets out common goals."
    )
    when = when_at(text, "May 5, 2025", "2025-05-05")
    found, _ = _agreements.agreements(doc_of(text), (when,), ())
    assert 1 == len(found)
    declaration = found[0]
    assert declaration.title.startswith("Joint Declaration on Allied Interaction")
    assert AgreementKind.DECLARATION == declaration.kind
    assert "2025-05-05" == (declaration.when.timex if declaration.when else None)
    assert {"UZB", "KGZ"} == codes(declaration)
    assert 3 == len(declaration.mentions)


def test_relative_date_last_summer() -> None:
    text = (
        "Last year Hungary and Serbia became strategic partners, and a "
        "Declaration on Strategic Partnership was formally adopted last summer."
    )
    when = when_at(text, "last summer", "2024-SU", Precision.SEASON)
    found, _ = _agreements.agreements(doc_of(text, datetime.date(2025, 2, 1)), (when,), ())
    assert [("Declaration on Strategic Partnership", "2024-SU", {"HUN", "SRB"})] == [
        (a.title, a.when.timex if a.when else None, codes(a)) for a in found
    ]


def test_list_of_dates_gives_one_agreement_each() -> None:
    text = (
        "The ministers recalled the trilateral statements signed by Serbian, Hungarian and "
        "Slovak leaders dated March 3, 2021, and May 9, 2022."
    )
    whens = (
        when_at(text, "March 3, 2021", "2021-03-03"),
        when_at(text, "May 9, 2022", "2022-05-09"),
    )
    found, _ = _agreements.agreements(doc_of(text), whens, ())
    assert [
        ("2021-03-03", AgreementKind.JOINT_STATEMENT),
        ("2022-05-09", AgreementKind.JOINT_STATEMENT),
    ] == [(a.when.timex if a.when else None, a.kind) for a in found]
    assert all({"SRB", "HUN", "SVK"} == codes(a) for a in found)


def test_cited_documents_are_not_agreements() -> None:
    text = "The sides stressed the principles of the UN Charter and the Helsinki Final Act."
    found, _ = _agreements.agreements(doc_of(text), (), ())
    assert () == found


def test_vague_plurals_are_not_agreements() -> None:
    text = "The sides are expected to sign a number of documents and agreements."
    found, _ = _agreements.agreements(doc_of(text), (), ())
    assert () == found


def test_agreement_date_from_the_event_of_the_sentence() -> None:
    text = (
        " date 2025-06-02 TBILISI, June 2. Georgia and Azerbaijan signed a Memorandum on "
        "Energy Cooperation during the state visit of the Azerbaijani president on May 30."
    )
    article = diplocorpus.parse(text)
    assert [("Memorandum on Energy Cooperation", "2025-05-30")] == [
        (a.title, a.when.timex if a.when else None) for a in article.agreements
    ]


@settings(max_examples=60, deadline=None)
@given(wire_reports())
def test_evidence_spans_lie_inside_the_text(text: str) -> None:
    article = diplocorpus.parse(text)
    for agreement in article.agreements:
        assert 0 <= agreement.span.start <= agreement.span.end <= len(article.text)
        for span in agreement.mentions:
            assert 0 <= span.start <= span.end <= len(article.text)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_no_exception_on_arbitrary_text(text: str) -> None:
    found, diagnostics = _agreements.agreements(doc_of(text), (), ())
    assert isinstance(found, tuple)
    assert isinstance(diagnostics, tuple)


# --------------------------------------------------------------------------
# Lists, relative clauses, reduced relatives and the report's day (reports
# written for these tests, in the style of the feeds).
# --------------------------------------------------------------------------


def _agreements_of(text: str) -> list[tuple[str, str, str, str | None]]:
    article = diplocorpus.parse(text)
    return [
        (a.kind.value, a.stage.value, a.title, a.when.timex if a.when else None)
        for a in article.agreements
    ]


def test_one_stage_verb_stages_a_whole_list_of_documents() -> None:
    text = (
        " date 2026-07-09 Tashkent, July 9, UzA\n\nFollowing the talks, the sides exchanged "
        "a memorandum on cooperation in tourism, an intergovernmental agreement on mutual "
        "protection of investments and a Protocol on Consultations between the Foreign "
        "Ministries."
    )
    found = _agreements_of(text)
    assert ["memorandum", "agreement", "protocol"] == [f[0] for f in found]
    assert {"exchanged"} == {f[1] for f in found}
    assert {"2026-07-09"} == {f[3] for f in found}  # signed as news: the report's day


def test_a_stage_after_the_last_item_reaches_the_first() -> None:
    text = (
        " date 2026-01-15 MINSK, 15 January (BelTA) - The sides are finalizing a joint action "
        "plan on the digital economy, as well as a memorandum on cooperation in pharmaceutics, "
        "to be signed during the forum in March."
    )
    kinds = {f[0]: f[1] for f in _agreements_of(text)}
    assert {"plan": "planned", "memorandum": "planned"} == kinds


def test_relative_clause_stages_the_document_before_it() -> None:
    text = (
        " date 2026-05-05 Islamabad, May 5 (APP): The two sides finalised the text of a "
        "memorandum of understanding on cooperation in mining, which is expected to be signed "
        "during the visit of the Prime Minister to Doha."
    )
    (found,) = _agreements_of(text)
    assert ("memorandum", "planned") == found[:2]


def test_reduced_relative_makes_a_plan_specific() -> None:
    text = (
        " date 2026-03-03 CAIRO, March 3. The minister praised the recovery plan for Sudan "
        "adopted by the African Union in February."
    )
    (found,) = _agreements_of(text)
    assert ("plan", "adopted", "recovery plan for Sudan", "2026-02") == found


def test_until_a_year_is_no_signing_date() -> None:
    text = (
        " date 2026-04-01 ASTANA, April 1. During that visit, the parties signed a programme "
        "of economic cooperation until 2035."
    )
    (found,) = _agreements_of(text)
    assert found[3] != "2035"


def test_an_earlier_signing_does_not_take_the_report_date() -> None:
    text = (
        " date 2026-04-01 ASTANA, April 1. The president recalled that the sides had signed "
        "a treaty on good-neighbourliness."
    )
    (found,) = _agreements_of(text)
    assert found[3] is None


@pytest.mark.parametrize("city", ["Berlin", "Lisbon", "Dublin"])
def test_a_city_name_ending_in_a_short_word_is_not_that_word(city: str) -> None:
    # "Berlin" ends with "in", "Lisbon" with "on": neither is the preposition that
    # would make the document a topic ("talks on agreements") or a generic head.
    text = (
        f" date 2026-03-02 ASTANA, March 2. The ministers signed {city} agreements on "
        "transport and on customs on Monday."
    )
    assert [("agreement", "signed")] == [f[:2] for f in _agreements_of(text)]


@pytest.mark.parametrize(
    ("before", "vague"),
    [
        ("signed 12 ", True),
        ("signed more than 10 ", True),
        ("signed the COP29 ", False),  # digits inside a word
        ("signed another ", False),  # "other" inside a word
        ("signed other ", True),
        ("Pentagon ", False),
    ],
)
def test_vague_determiners_count_only_as_whole_words(before: str, vague: bool) -> None:
    assert _agreements._vague_before(before) is vague
    assert (_agreements._vague_before_pattern().search(before) is not None) is vague
