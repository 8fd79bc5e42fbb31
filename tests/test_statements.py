"""Tests for the statements stage: who said what, read through ``parse``.

Every report here is written for these tests, in the style of wire reports;
the people in them are invented.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import diplocorpus
from diplocorpus.model import Article
from strategies import noisy_reports, wire_reports

Row = tuple[str, str | None, str | None, str]  # kind, speaker, cue, text


def rows(article: Article) -> list[Row]:
    return [
        (s.kind.value, s.speaker.name if s.speaker else None, s.cue, s.text)
        for s in article.statements
    ]


def codes(article: Article) -> list[str]:
    return [d.code for d in article.diagnostics if d.code.startswith("statements.")]


TABLE: list[tuple[str, list[Row], list[str]]] = [
    (
        "BAKU, Azerbaijan, May 2. “Our partnership is growing every year,” "
        "President of Azerbaijan Ilham Aliyev said, Trend reports.",
        [("direct", "Ilham Aliyev", "said", "Our partnership is growing every year")],
        [],
    ),
    (
        "“Our partnership is growing every year,” said Chinese President Wu Lanfeng.",
        [("direct", "Wu Lanfeng", "said", "Our partnership is growing every year")],
        [],
    ),
    (
        "Foreign Minister Boris Tamarov said: “We are ready to sign the agreement next month.”",
        [("direct", "Boris Tamarov", "said", "We are ready to sign the agreement next month.")],
        [],
    ),
    (
        "Foreign Minister Boris Tamarov said that the two countries are ready to sign it.",
        [("indirect", "Boris Tamarov", "said", "the two countries are ready to sign it")],
        [],
    ),
    (
        "The two countries are ready to sign the agreement soon, Foreign Minister Boris Tamarov"
        " said.",
        [
            (
                "indirect",
                "Boris Tamarov",
                "said",
                "The two countries are ready to sign the agreement soon",
            )
        ],
        [],
    ),
    (
        "According to Foreign Minister Boris Tamarov, the two countries are ready to sign it.",
        [("indirect", "Boris Tamarov", "According to", "the two countries are ready to sign it")],
        [],
    ),
    (
        "Azerbaijani President Ilham Aliyev received the delegation. "
        "The head of state stressed the importance of the North-South corridor.",
        [("indirect", "Ilham Aliyev", "stressed", "the importance of the North-South corridor")],
        [],
    ),
    (
        "Kazakh President Erlan Baimukhanov met Chinese President Wu Lanfeng. "
        "Baimukhanov noted that trade had doubled in two years.",
        [("indirect", "Erlan Baimukhanov", "noted", "trade had doubled in two years")],
        [],
    ),
    (
        "Prime Minister Lena Marsh met Chancellor Otto Brandl. "
        "The sides expressed confidence that trade would keep growing.",
        [
            (
                "indirect",
                "Lena Marsh and Otto Brandl",
                "expressed",
                "confidence that trade would keep growing",
            )
        ],
        [],
    ),
    # social formulas, summaries and agentless passives are not statements
    (
        "Prime Minister Lena Marsh thanked the hosts for the warm welcome. "
        "She congratulated the people on the holiday.",
        [],
        [],
    ),
    (
        "The sides discussed regional security. "
        "The importance of energy projects was stressed at the meeting.",
        [],
        [],
    ),
    # an agency reporting is not a speaker
    ("Trend reports citing the press service. The talks were held in Baku.", [], []),
    # a quote split in two: the second part takes the speaker of the first
    (
        "Foreign Minister Boris Tamarov arrived. “Trade between our countries is growing fast,” "
        "he said. “We will open new routes to the sea next year.”",
        [
            ("direct", "Boris Tamarov", "said", "Trade between our countries is growing fast"),
            ("direct", "Boris Tamarov", None, "We will open new routes to the sea next year."),
        ],
        [],
    ),
    # institutions speak as institutions; the medium is kept
    (
        "The Russian Foreign Ministry said in a statement that the consultations were useful.",
        [("indirect", "Russian Foreign Ministry", "said", "the consultations were useful")],
        [],
    ),
    # a TV-transcript label
    (
        "Shavkat Ergashev, President of Uzbekistan: “We have prepared this visit very carefully.”",
        [("direct", "Shavkat Ergashev", None, "We have prepared this visit very carefully.")],
        [],
    ),
    # a dash-led transcript after "said:"
    (
        "Opening the forum, Chairman of the Board Ismail Karimi said:\n"
        "- Dear guests, welcome to Baku.\nWe are glad to see you here today.",
        [
            (
                "direct",
                "Ismail Karimi",
                "said",
                "Dear guests, welcome to Baku.\nWe are glad to see you here today",
            )
        ],
        [],
    ),
    # unquoted first-person speech closed by its attribution covers the paragraph
    (
        "We are ready for this visit. Our relations are exemplary, "
        "said Kazakh President Erlan Baimukhanov.",
        [
            (
                "indirect",
                "Erlan Baimukhanov",
                "said",
                "We are ready for this visit. Our relations are exemplary",
            )
        ],
        [],
    ),
    # stances with a content
    (
        "Foreign Minister Boris Tamarov called for an end to the fighting and a return to talks.",
        [
            (
                "indirect",
                "Boris Tamarov",
                "called for",
                "an end to the fighting and a return to talks",
            )
        ],
        [],
    ),
    (
        "Foreign Minister Boris Tamarov informed the Secretary-General about the shelling"
        " of villages.",
        [("indirect", "Boris Tamarov", "informed", "the shelling of villages")],
        [],
    ),
    # scare quotes are not statements
    ("The “One China” policy and the ‘Shanghai spirit’ were mentioned.", [], []),
    # an unresolvable speaker stays None, with a diagnostic
    (
        "He said the talks were useful.",
        [("indirect", None, "said", "the talks were useful")],
        ["statements.speaker.unresolved"],
    ),
    # a cue in the second verb phrase of a coordination takes the sentence's subject
    (
        "Kazakh President Erlan Baimukhanov received the Omani envoy. Baimukhanov thanked the"
        " envoy for the visit and said the two countries would open a direct air link.",
        [
            (
                "indirect",
                "Erlan Baimukhanov",
                "said",
                "the two countries would open a direct air link",
            )
        ],
        [],
    ),
    (
        "Deputy Foreign Minister Leyla Mammadli conveyed warm greetings from her minister and"
        " informed the ambassador about the preparations for the next round of consultations.",
        [
            (
                "indirect",
                "Leyla Mammadli",
                "informed",
                "the preparations for the next round of consultations",
            )
        ],
        [],
    ),
    # ... and across a relative clause, the subject of the relative clause
    (
        "Foreign Minister Boris Tamarov received Ambassador Olga Vesnina, who thanked him for the"
        " meeting and said the embassy would open a consulate in the south.",
        [
            (
                "indirect",
                "Olga Vesnina",
                "said",
                "the embassy would open a consulate in the south",
            )
        ],
        [],
    ),
    # a second saying verb with a that-clause of its own: two statements
    (
        "Foreign Minister Boris Tamarov said the corridor was open to all, and noted that the"
        " first trains would run in May.",
        [
            ("indirect", "Boris Tamarov", "said", "the corridor was open to all"),
            ("indirect", "Boris Tamarov", "noted", "the first trains would run in May"),
        ],
        [],
    ),
    (
        "Foreign Minister Boris Tamarov said the corridor was open to all and informed his guest"
        " that the first trains would run in May.",
        [
            ("indirect", "Boris Tamarov", "said", "the corridor was open to all"),
            ("indirect", "Boris Tamarov", "informed", "the first trains would run in May"),
        ],
        [],
    ),
    # the source closes the sentence
    (
        "The two countries are ready to sign the treaty this year, according to Foreign Minister"
        " Boris Tamarov.",
        [
            (
                "indirect",
                "Boris Tamarov",
                "according to",
                "The two countries are ready to sign the treaty this year",
            )
        ],
        [],
    ),
    # a request is a statement; a stance on words said before is not
    (
        "Prime Minister Ahmed Rahimov asked the visiting ministers to speed up the pipeline"
        " project.",
        [
            (
                "indirect",
                "Ahmed Rahimov",
                "asked",
                "the visiting ministers to speed up the pipeline project",
            )
        ],
        [],
    ),
    (
        "Prime Minister Ahmed Rahimov expressed these views while meeting a business delegation.",
        [],
        [],
    ),
    # the medium between the cue and its that-clause
    (
        "The Foreign Ministry of Kyrgyzstan said in a statement posted on its website that the"
        " border talks would resume in June.",
        [
            (
                "indirect",
                "Foreign Ministry of Kyrgyzstan",
                "said",
                "the border talks would resume in June",
            )
        ],
        [],
    ),
    # a single mark after a colon opens speech even when it never closes
    (
        "Foreign Minister Boris Tamarov said: 'We are ready to sign the treaty next month.",
        [("direct", "Boris Tamarov", "said", "We are ready to sign the treaty next month.")],
        ["statements.quote.unbalanced"],
    ),
    # a quoted fragment inside reported speech makes it mixed
    (
        "Foreign Minister Boris Tamarov said the “spirit of partnership” was alive in the region.",
        [
            (
                "mixed",
                "Boris Tamarov",
                "said",
                "the “spirit of partnership” was alive in the region",
            )
        ],
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected", "expected_codes"), TABLE)
def test_statements(text: str, expected: list[Row], expected_codes: list[str]) -> None:
    article = diplocorpus.parse(text)
    assert expected == rows(article)
    assert expected_codes == codes(article)


def test_medium_and_spans() -> None:
    text = "Foreign Minister Boris Tamarov said in an interview with Kazinform that ties grow."
    article = diplocorpus.parse(text)
    (stmt,) = article.statements
    assert "in an interview with Kazinform" == stmt.medium
    assert stmt.text == text[stmt.span.start : stmt.span.end]
    assert stmt.speaker_span is not None
    assert "Boris Tamarov" == text[stmt.speaker_span.start : stmt.speaker_span.end]
    assert stmt.cue_span is not None
    assert "said" == text[stmt.cue_span.start : stmt.cue_span.end]


def test_multi_paragraph_quote_is_one_statement() -> None:
    text = (
        "'We have built new roads and schools.\n\n"
        "'We will go on with this work next year,' said Kazakh President Erlan Baimukhanov."
    )
    (stmt,) = diplocorpus.parse(text).statements
    assert "direct" == stmt.kind.value
    assert stmt.speaker is not None
    assert "Erlan Baimukhanov" == stmt.speaker.name
    assert stmt.text.startswith("We have built")
    assert stmt.text.endswith("next year")


def test_unbalanced_quote_does_not_swallow_the_article() -> None:
    text = (
        "Foreign Minister Boris Tamarov said: “We are ready to sign the agreement.\n\n"
        "The delegations then visited the old town of Sheki.\n\n"
        "Earlier the sides discussed trade."
    )
    article = diplocorpus.parse(text)
    assert "statements.quote.unbalanced" in codes(article)
    assert all("Sheki" not in s.text for s in article.statements)


QUOTE_NOISE = st.lists(
    st.sampled_from(['"', "“", "”", "'", "‘", "’", "«", "»", "``", "''", ", he said", ". "]),
    max_size=20,
)


MARKS = frozenset('"“”«»„')


def _check(article: Article) -> None:
    body, title = article.body, article.title_span
    last = -1
    for stmt in sorted(article.statements, key=lambda s: s.span.start):
        # In the body, or a headline's claim ("Lavrov: Russia, Malaysia to ...").
        inside = body.start <= stmt.span.start <= stmt.span.end <= body.end
        assert inside or (title is not None and title.start <= stmt.span.start <= title.end)
        assert stmt.span.start >= last  # no overlaps
        last = stmt.span.end
        text = article.text[stmt.span.start : stmt.span.end]
        assert text == stmt.text
        if stmt.kind.value == "direct" and text:
            # The outer marks stay outside; a mark at an edge can only be one
            # of a nested pair ("... under the “Memorandum”").
            marks = [c for c in text if c in MARKS]
            if text[0] in MARKS:
                assert len(marks) >= 2
            if text[-1] in MARKS:
                assert len(marks) >= 2


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.one_of(wire_reports(), noisy_reports()))
def test_statement_spans_are_disjoint_inside_the_body_without_marks(text: str) -> None:
    _check(diplocorpus.parse(text))


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(report=wire_reports(), noise=QUOTE_NOISE, where=st.integers(min_value=0))
# A doubled opening mark that never closes: its second mark once began the content.
@example(
    report=" date 2025-01-01 BAKU, Azerbaijan, Jan. 1. Farhad Guliyev held talks"
    " Aylin Demir in Baku. The talks ended.",
    noise=['"', '"'],
    where=69,
)
# A stray double mark just before a single closing mark: no edge of the content.
@example(
    report=" date 2025-01-01 BAKU, Azerbaijan, Jan. 1. 'Our ties are growing fast, - said he."
    " The talks ended.",
    noise=['"', "\u2019"],
    where=72,
)
def test_random_quote_marks_never_raise(report: str, noise: list[str], where: int) -> None:
    cut = where % (len(report) + 1)
    article = diplocorpus.parse(report[:cut] + "".join(noise) + report[cut:])
    assert not [d for d in article.diagnostics if d.code.startswith("internal.")]
    _check(article)


@pytest.mark.parametrize("unit", ['"', "“", "'", "Mr. ", "President Ilham Aliyev said "])
def test_pathological_runs_are_fast(unit: str) -> None:
    import time

    from diplocorpus import _layout, _statements, _text
    from diplocorpus._doc import Doc
    from diplocorpus.model import Span

    text = (unit * (400_000 // len(unit) + 1))[:400_000]
    folded = _text.fold(text)
    paras = _layout.paragraphs(folded, Span(0, len(text)))
    doc = Doc(text, folded, Span(0, len(text)), paras, _layout.sentences(folded, paras))
    start = time.perf_counter()
    _statements.statements(doc, ())
    assert time.perf_counter() - start < 5.0  # linear: about a second on one core


def test_lead_statement_starts_after_the_dateline() -> None:
    text = (
        "MINSK, 5 December (BelTA) - Belarus and Laos intend to sign a roadmap next year,"
        " Foreign Minister Maxim Ryzhenkov said at the talks."
    )
    (statement,) = diplocorpus.parse(text).statements
    assert statement.text.startswith("Belarus and Laos intend")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BRASILIA, June 2 - Brazilian President Luiz Carlos Mota da Rocha said that "
            "Brazil supports the initiative.",
            ["Luiz Carlos Mota da Rocha"],
        ),
        (
            "ASTANA, March 3 - Kazakhstan's top diplomat Aidos Temirov met his Omani "
            "counterpart.\n\nTemirov said that trade would grow.",
            ["Aidos Temirov"],
        ),
        ('RIGA, March 3 - "We are ready for talks," said Temirov.', ["Temirov"]),
        (
            "RIGA, March 3 - The Latvian Foreign Ministry issued a statement on Monday. "
            "The statement said that Riga condemns the attack.",
            ["Latvian Foreign Ministry"],
        ),
        (
            "LONDON, June 2 - Mrs Helen Ashby met Mr Pavel Dudek in London. Dudek thanked "
            "his host. She stressed that the partnership must grow.",
            ["Helen Ashby"],
        ),
        (
            "MOSCOW, June 2 - The Kremlin press service said that the two presidents "
            "discussed regional security.",
            ["Kremlin press service"],
        ),
    ],
)
def test_speaker_choice(text: str, expected: list[str]) -> None:
    article = diplocorpus.parse(text)
    assert expected == [s.speaker.name if s.speaker else None for s in article.statements]


@pytest.mark.parametrize(
    "tail",
    [
        "said on Dunmore television on Sunday.",  # "on X" only as a whole word
        "said at that statement's launch.",  # "at statement" inside "that statement"
        "said within a day of the talks.",  # "in a" inside "within a"
    ],
)
def test_medium_words_count_only_as_whole_words(tail: str) -> None:
    text = f"Cooperation will keep growing, Foreign Minister Boris Tamarov {tail}"
    (stmt,) = diplocorpus.parse(text).statements
    assert stmt.medium is None


def test_medium_on_x_as_a_whole_word() -> None:
    text = "Cooperation will keep growing, Foreign Minister Boris Tamarov said on X."
    (stmt,) = diplocorpus.parse(text).statements
    assert stmt.medium == "on X"


def test_a_headline_claim_of_a_person_the_body_names_is_a_statement() -> None:
    text = (
        " date 2026-03-02\nBayramov: Baku and Tbilisi to expand transit cooperation\n\n"
        "BAKU, Azerbaijan, March 2. Azerbaijan and Georgia will expand transit cooperation, "
        "Foreign Minister Jeyhun Bayramov said on Monday, Trend reports."
    )
    article = diplocorpus.parse(text)
    first = article.statements[0]
    assert first.text == "Baku and Tbilisi to expand transit cooperation"
    assert first.speaker is not None
    assert first.speaker.name == "Jeyhun Bayramov"
    assert first.speaker_span is not None
    assert first.speaker_span.of(text) == "Bayramov"
    assert article.title_span is not None
    assert first.span.start > article.title_span.start
    assert len(article.statements) == 2  # the body's own statement stays


@pytest.mark.parametrize(
    "headline",
    ["Editor's note: the talks were held in Baku", "BAKU: Azerbaijan and Georgia to expand ties"],
)
def test_a_headline_colon_without_a_named_person_is_no_statement(headline: str) -> None:
    text = (
        f" date 2026-03-02\n{headline}\n\nBAKU, Azerbaijan, March 2. Azerbaijan and Georgia "
        "will expand transit cooperation, Foreign Minister Jeyhun Bayramov said, Trend reports."
    )
    article = diplocorpus.parse(text)
    assert [s.text for s in article.statements] == [
        "Azerbaijan and Georgia will expand transit cooperation"
    ]
