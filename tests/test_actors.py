"""Tests for diplocorpus._actors: person, role, pronoun and institution mentions.

The reports are written for these tests; the people in them are invented.
"""

from __future__ import annotations

import pytest

from diplocorpus._actors import MentionForm, find_actor_mentions
from diplocorpus._doc import Doc
from diplocorpus._layout import paragraphs, sentences
from diplocorpus._text import fold
from diplocorpus.model import Span


def make_doc(text: str) -> Doc:
    folded = fold(text)
    paras = paragraphs(folded, Span(0, len(text)))
    return Doc(text, folded, Span(0, len(text)), paras, sentences(folded, paras))


def table(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    out = []
    for m in find_actor_mentions(make_doc(text)):
        a = m.actor
        out.append(
            (
                m.text,
                m.form.value,
                a.name if a else None,
                a.role if a else None,
                a.country if a else None,
            )
        )
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President of the Republic of Azerbaijan Ilham Aliyev received him.",
            [("Ilham Aliyev", "name", "Ilham Aliyev", "President", "AZE")],
        ),
        (
            "Azerbaijani President Ilham Aliyev spoke.",
            [("Ilham Aliyev", "name", "Ilham Aliyev", "President", "AZE")],
        ),
        (
            "Foreign Minister Boris Tamarov arrived. Tamarov noted it.",
            [
                ("Boris Tamarov", "name", "Boris Tamarov", "Foreign Minister", None),
                ("Tamarov", "surname", "Boris Tamarov", "Foreign Minister", None),
            ],
        ),
        (
            "Minister of Foreign Affairs of Russia Pavel Orlovsky met us. The minister said so.",
            [
                ("Pavel Orlovsky", "name", "Pavel Orlovsky", "Foreign Minister", "RUS"),
                ("The minister", "role", "Pavel Orlovsky", "Foreign Minister", "RUS"),
            ],
        ),
        (
            "Chinese President Wu Lanfeng met Kazakh President Erlan Baimukhanov. "
            "The Kazakh leader said so.",
            [
                ("Wu Lanfeng", "name", "Wu Lanfeng", "President", "CHN"),
                ("Erlan Baimukhanov", "name", "Erlan Baimukhanov", "President", "KAZ"),
                ("The Kazakh leader", "role", "Erlan Baimukhanov", "President", "KAZ"),
            ],
        ),
        (
            "The Georgian Foreign Ministry said the talks went well.",
            [
                (
                    "Georgian Foreign Ministry",
                    "institution",
                    "Georgian Foreign Ministry",
                    None,
                    "GEO",
                )
            ],
        ),
    ],
)
def test_mentions(
    text: str, expected: list[tuple[str, str, str | None, str | None, str | None]]
) -> None:
    assert expected == table(text)


def test_pronoun_links_to_subject_not_object() -> None:
    text = (
        "Governor Anton Velsky thanked President Omar Haddad for the reception. "
        "He noted that ties were strong."
    )
    found = {m.text: m for m in find_actor_mentions(make_doc(text))}
    assert found["He"].form is MentionForm.PRONOUN
    assert found["He"].actor is not None
    assert "Anton Velsky" == found["He"].actor.name


def test_group_is_the_last_two_persons() -> None:
    text = "Prime Minister Lena Marsh met Chancellor Otto Brandl. The sides said ties were good."
    found = {m.text: m for m in find_actor_mentions(make_doc(text))}
    actor = found["The sides"].actor
    assert actor is not None
    assert "Lena Marsh and Otto Brandl" == actor.name


def test_unresolved_role_is_the_office_itself() -> None:
    found = find_actor_mentions(make_doc("The minister said nothing new."))
    assert [("The minister", "Minister")] == [
        (m.text, m.actor.name if m.actor else None) for m in found
    ]


def test_unresolved_role_is_no_antecedent_for_a_group() -> None:
    text = (
        "President Karim Osmani received Alderman Peter Lyle. Lyle spoke for the Spanish "
        "Foreign Minister. The sides said ties were good."
    )
    found = {m.text: m for m in find_actor_mentions(make_doc(text))}
    actor = found["The sides"].actor
    assert actor is not None
    assert "Karim Osmani and Peter Lyle" == actor.name


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [
        (m.text, m.actor.name if m.actor else None) for m in find_actor_mentions(make_doc(text))
    ]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # particles inside a long name
        (
            "Brazilian President Luiz Carlos Mota da Rocha met him.",
            "Luiz Carlos Mota da Rocha",
            "Luiz Carlos Mota da Rocha",
        ),
        (
            "Dutch Minister Pieter van der Sloot spoke.",
            "Pieter van der Sloot",
            "Pieter van der Sloot",
        ),
        (
            "Emir Sheikh Hamad bin Khalid Al Nuaimi spoke.",
            "Hamad bin Khalid Al Nuaimi",
            "Hamad bin Khalid Al Nuaimi",
        ),
        # office phrases
        (
            "Kazakhstan's top diplomat Aidos Temirov arrived. The top diplomat said so.",
            "The top diplomat",
            "Aidos Temirov",
        ),
        (
            "Latvia's chief diplomat said that talks went well.",
            "Latvia's chief diplomat",
            "Foreign Minister",
        ),
        # a lone surname after a speech verb
        ('"We are ready," said Temirov.', "Temirov", "Temirov"),
        # a portfolio is no name
        (
            "Ms Clara Finch, the Minister for Europe, said so.",
            "Clara Finch",
            "Clara Finch",
        ),
        # institutions
        ("The Kremlin press service said so.", "Kremlin press service", "Kremlin press service"),
        (
            "The Ministry of Foreign Affairs of Latvia said so. The ministry added more.",
            "The ministry",
            "Ministry of Foreign Affairs of Latvia",
        ),
        ("The ministry said in a statement that talks went well.", "The ministry", "Ministry"),
        (
            "The Chinese embassy in Washington said so.",
            "Chinese embassy in Washington",
            "Chinese embassy in Washington",
        ),
        ("The White House said so.", "White House", "White House"),
        (
            "The Latvian Foreign Ministry issued a statement on Monday. The statement said more.",
            "The statement",
            "Latvian Foreign Ministry",
        ),
        # a counterpart holds the office of the person it is the counterpart of
        (
            "Russian Foreign Minister Ivan Dolgov met his Egyptian counterpart Samir Adel. "
            "The Egyptian minister said so.",
            "The Egyptian minister",
            "Samir Adel",
        ),
        # "she" skips a man and prefers a woman the text marks as one
        (
            "Mrs Helen Ashby met Mr Pavel Dudek. Dudek thanked his host. She stressed it.",
            "She",
            "Helen Ashby",
        ),
        (
            "Queen Rania Saleh met President Tomas Weber. Weber thanked her for it. She noted it.",
            "She",
            "Rania Saleh",
        ),
        (
            "Minister Penny Wood met Minister Rakesh Jain. Wood said that her country is ready. "
            "Jain said that his country is ready. She added more.",
            "She",
            "Penny Wood",
        ),
        # "he" after a man whose gender the text does not tell
        (
            "President Lin Hao met Prime Minister Ivan Dolgov. He said so. "
            "Dolgov said that trade grows. He added more.",
            "He",
            "Lin Hao",
        ),
    ],
)
def test_speaker_shapes(text: str, mention: str, expected: str) -> None:
    assert (mention, expected) in speakers(text)


def test_he_takes_the_latest_subject_not_an_earlier_known_man() -> None:
    text = (
        "President Lin Hao met Prime Minister Ivan Dolgov. He said so. "
        "Dolgov said that trade grows. He added more."
    )
    found = [m for m in find_actor_mentions(make_doc(text)) if m.text == "He"]
    assert ["Lin Hao", "Ivan Dolgov"] == [m.actor.name if m.actor else None for m in found]


def test_titled_surname_only() -> None:
    found = find_actor_mentions(make_doc("Russian President Putin arrived in Baku."))
    assert [("Putin", "RUS")] == [(m.text, m.actor.country if m.actor else None) for m in found]


@pytest.mark.parametrize(
    ("name", "pronoun", "resolved"),
    [
        # A woman's surname ending: "she" is her, "he" the other person.
        ("Dilnoza Karimova", "She", "Dilnoza Karimova"),
        ("Olga Sokolovskaya", "She", "Olga Sokolovskaya"),
        ("Aru Baimukhankyzy", "She", "Aru Baimukhankyzy"),
        ("Dilnoza Karimova", "He", "Aidan Walsh"),
        # A man's: "he" is the last subject, he is no candidate for "she".
        ("Marat Suleimenov", "He", "Aidan Walsh"),
        ("Marat Suleimenov", "She", "Aidan Walsh"),
        # No ending that tells: the last subject, as before.
        ("Kaja Ilves", "She", "Aidan Walsh"),
        ("Lee Jae-myung", "He", "Aidan Walsh"),
    ],
)
def test_surname_ending_tells_the_gender(name: str, pronoun: str, resolved: str | None) -> None:
    text = (
        f"DUBLIN, June 3. Minister Aidan Walsh met with Deputy Minister {name}."
        f" {pronoun} said the talks were useful."
    )
    found = [row for row in table(text) if row[0] == pronoun]
    assert [resolved] == [row[2] for row in found]
