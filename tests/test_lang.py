"""The language guess that keeps English-only extractors off other languages."""

from __future__ import annotations

import pytest

import diplocorpus
from diplocorpus._lang import guess_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The foreign ministers of the two countries held talks in Baku on Monday.", "en"),
        ("Министр иностранных дел провел переговоры с коллегой в Баку в понедельник.", "ru"),
        ("Сыртқы істер министрі Астанада әріптесімен келіссөздер жүргізді.", "kk"),
        ("外交部长周一在北京举行会谈，双方讨论了合作问题和地区局势。", "zh"),
        ("Xarici işlər naziri Bakıda həmkarı ilə danışıqlar aparıb və görüşüb.", None),
        ("Too short.", None),
    ],
)
def test_guess(text: str, lang: str | None) -> None:
    assert lang == guess_language(text)


def test_other_languages_get_only_the_header() -> None:
    text = (
        "БАКУ/Trend/ - Президент провел встречу с министром иностранных дел. "
        "«Мы довольны переговорами», - сказал он."
    )
    article = diplocorpus.parse(text)
    assert "ru" == article.lang
    assert "Trend" == article.agency
    assert article.dateline is not None
    assert article.dateline.place is not None
    assert ("Baku", "AZE") == (article.dateline.place.name, article.dateline.place.country)
    assert () == article.statements
    assert "text.language.unsupported" in {d.code for d in article.diagnostics}
