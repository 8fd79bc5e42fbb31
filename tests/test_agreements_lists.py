"""Agreements: documents detailed in lists, passive predicates, deal values.

Every report here was written for these tests, in the style of the wire feeds.
"""

from __future__ import annotations

import diplocorpus
from diplocorpus._events import participant_codes
from diplocorpus.model import AgreementKind, AgreementStage


def _found(text: str) -> list[tuple[str, AgreementKind, AgreementStage, str | None]]:
    article = diplocorpus.parse(text)
    return [
        (a.title, a.kind, a.stage, a.when.timex if a.when else None) for a in article.agreements
    ]


def test_list_detailing_documents_of_an_earlier_sentence() -> None:
    text = (
        "ASTANA, 14 March, 2025 (Kazinform) -- President Kassym-Jomart Tokayev and "
        "President Gabriel Boric of Chile today witnessed the exchange of several "
        "agreements aimed at expanding cooperation between the two countries.\n\n"
        "The ceremony took place at the Akorda residence.\n\n"
        "The documents included an agreement on air services, a memorandum of "
        "understanding on cooperation in copper mining between the geological services, "
        "and a programme of cultural exchanges for the years 2025 and 2026.\n"
    )
    found = _found(text)
    assert [f[0] for f in found] == [
        "agreement on air services",
        "memorandum of understanding on cooperation in copper mining",
        "programme of cultural exchanges for the years",
    ]
    assert all(f[2] is AgreementStage.EXCHANGED for f in found)
    # the date of the exchange, not the years the programme covers
    assert {f[3] for f in found} == {"2025-03-14"}


def test_list_detailing_a_group_in_the_same_sentence() -> None:
    text = (
        "BAKU, Azerbaijan, June 3. The documents signed during the visit to Hungary in "
        'May, particularly the "Declaration on Enhanced Strategic Partnership", opened '
        "a new chapter, the minister said, Trend reports.\n"
    )
    found = _found(text)
    assert [(f[0], f[2]) for f in found] == [
        ("Declaration on Enhanced Strategic Partnership", AgreementStage.SIGNED)
    ]


def test_passive_predicate_after_a_long_subject() -> None:
    text = (
        "TBILISI, October 2. /TASS/. A Memorandum of Understanding on Cooperation in the "
        "Field of Civil Aviation between the transport ministries of Georgia and Armenia "
        "was also signed in Tbilisi on Wednesday.\n"
    )
    found = _found(text)
    assert [(f[1], f[2]) for f in found] == [(AgreementKind.MEMORANDUM, AgreementStage.SIGNED)]
    assert found[0][0].startswith("Memorandum of Understanding on Cooperation in the Field")


def test_future_passive_is_planned() -> None:
    text = (
        "MINSK, May 5 (BelTA) - The minister said that a roadmap for cooperation in "
        "agriculture had been agreed by the two governments and would be signed in "
        "Hanoi next week.\n"
    )
    found = _found(text)
    assert [(f[0], f[2]) for f in found] == [
        ("roadmap for cooperation in agriculture", AgreementStage.ADOPTED)
    ]


def test_protocol_of_a_numbered_meeting() -> None:
    text = (
        "BAKU, November 11. Following the talks, the prime ministers signed the Protocol "
        "of the 9th meeting of the Azerbaijani-Kazakh Intergovernmental Commission on "
        "Trade, Report informs.\n"
    )
    found = _found(text)
    assert [f[0] for f in found] == [
        "Protocol of the 9th meeting of the Azerbaijani-Kazakh Intergovernmental "
        "Commission on Trade"
    ]


def test_deal_value_is_part_of_the_description() -> None:
    text = (
        "ISLAMABAD, Sept 9 (APP): Agreements worth 1.5 billion euros were signed at the "
        "business forum, while Qatari firms will sign memorandums of understanding worth "
        "over $3 billion next month.\n"
    )
    found = _found(text)
    assert [(f[0], f[2]) for f in found] == [
        ("Agreements worth 1.5 billion euros", AgreementStage.SIGNED),
        ("memorandums of understanding worth over $3 billion", AgreementStage.PLANNED),
    ]


def test_a_currency_is_no_party() -> None:
    text = (
        "ABU DHABI, 2nd February, 2025 (WAM) -- The UAE and Kenya signed an agreement on "
        "investment cooperation worth US$5 billion.\n"
    )
    (agreement,) = diplocorpus.parse(text).agreements
    assert agreement.title == "agreement on investment cooperation worth US$5 billion"
    assert "USA" not in participant_codes(agreement.parties)


def test_a_cited_name_does_not_take_over_an_other_description() -> None:
    text = (
        "JAKARTA, March 3 (Xinhua) -- The sides signed an agreement on fisheries worth "
        "US$2 billion. They also reviewed the progress under the Comprehensive Economic "
        "Partnership Agreement.\n"
    )
    titles = [a.title for a in diplocorpus.parse(text).agreements]
    assert "agreement on fisheries worth US$2 billion" in titles


def test_a_date_without_its_year_dates_no_document() -> None:
    text = (
        "'In May, we signed a treaty of friendship with Georgia and raised our relations "
        "to a new level,' the President said in an interview with national television.\n"
    )
    (agreement,) = diplocorpus.parse(text).agreements
    assert agreement.stage is AgreementStage.SIGNED
    assert agreement.when is None


def test_a_planned_document_takes_no_past_date() -> None:
    text = (
        " date 2025-07-10\nHANOI, July 10. /TASS/. Russia and Vietnam will prepare a "
        "roadmap for cooperation in the energy sector, the Russian Foreign Minister "
        "said after talks with his counterpart on Thursday.\n"
    )
    (agreement,) = diplocorpus.parse(text).agreements
    assert agreement.stage is AgreementStage.PLANNED
    assert agreement.when is None


def test_a_planned_document_keeps_its_signing_date_ahead() -> None:
    text = (
        " date 2025-04-03\nMINSK, April 3 (BelTA) - The two ministers agreed that a "
        "programme of cooperation in education would be signed in Harare next week.\n"
    )
    (agreement,) = diplocorpus.parse(text).agreements
    assert agreement.stage is AgreementStage.PLANNED
    assert agreement.when is not None
    assert agreement.when.timex == "2025-W15"


def test_initialling_stages_a_document() -> None:
    text = (
        "BAKU, September 17. The minister stressed that the initialling of the peace "
        "agreement in Washington had created a historic opportunity, Report informs.\n"
    )
    found = _found(text)
    assert [(f[0], f[2]) for f in found] == [("peace agreement", AgreementStage.INITIALLED)]


def test_work_toward_a_document_is_planned() -> None:
    text = (
        "SEOUL, Aug. 4 (Yonhap) -- The ministers agreed to work toward a joint declaration "
        "to mark the 30th anniversary of bilateral ties.\n"
    )
    found = _found(text)
    assert [(f[1], f[2]) for f in found] == [(AgreementKind.DECLARATION, AgreementStage.PLANNED)]


def test_a_name_inside_a_cited_document_is_no_party() -> None:
    text = (
        "Latvia and Fiji have agreed to establish diplomatic relations under the Charter "
        "of the United Nations from the day this Joint Communique is signed.\n"
    )
    article = diplocorpus.parse(text)
    (communique,) = [a for a in article.agreements if a.kind is AgreementKind.JOINT_STATEMENT]
    assert participant_codes(communique.parties) == {"LVA", "FJI"}


def test_an_envoys_post_is_no_party() -> None:
    text = (
        "BAKU, March 25. The Joint Communique on the Establishment of Diplomatic Relations "
        "was signed in New York by the permanent representatives of Azerbaijan and Nauru "
        "to the United Nations, News.Az reports.\n"
    )
    (communique,) = diplocorpus.parse(text).agreements
    assert participant_codes(communique.parties) == {"AZE", "NRU"}
