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


def test_unresolved_role_stays_none() -> None:
    found = find_actor_mentions(make_doc("The minister said nothing new."))
    assert [("The minister", None)] == [(m.text, m.actor) for m in found]


def test_titled_surname_only() -> None:
    found = find_actor_mentions(make_doc("Russian President Putin arrived in Baku."))
    assert [("Putin", "RUS")] == [(m.text, m.actor.country if m.actor else None) for m in found]
