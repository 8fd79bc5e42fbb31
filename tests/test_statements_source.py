"""Statements around a source credit and between sentences: reports written for these tests.

A ministry or a press service credited as the source of a report speaks only
when it states something itself; a person named inside the content speaks
for themselves; a quote that ends its sentence is not attributed by a cue
that opens the next one.  The people and events in them are invented.
"""

from __future__ import annotations

import pytest

import diplocorpus
from diplocorpus.model import Article

Row = tuple[str, str | None, str]  # kind, speaker, the first words of the content


def rows(article: Article) -> list[Row]:
    return [
        (s.kind.value, s.speaker.name if s.speaker else None, " ".join(s.text.split()[:4]))
        for s in article.statements
    ]


CASES: list[tuple[str, list[Row]]] = [
    # A participle describing the subject is no report of an event: the ministry states.
    (
        "BAKU, Azerbaijan, March 10. The documents signed during the visit cover energy, transit"
        " and trade, the Azerbaijani Foreign Ministry said.",
        [("indirect", "Azerbaijani Foreign Ministry", "The documents signed during")],
    ),
    (
        "BAKU, Azerbaijan, March 10. The documents were signed during the visit, the Azerbaijani"
        " Foreign Ministry said.",
        [],
    ),
    # A press service reporting that something happened is no statement.
    (
        "MINSK, June 4. /BelTA/. Belarusian Foreign Minister Pavel Rudkevich and his Serbian"
        " counterpart Milan Jovic spoke by phone on Tuesday, the Belarusian Foreign Ministry"
        " said.",
        [],
    ),
    (
        "ASTANA, Sept. 9. /Kazinform/. The presidents of Kazakhstan and Oman will hold talks"
        " in Astana on September 15, the Akorda press service said on Monday.",
        [],
    ),
    (
        "TBILISI, March 2. Georgian and Armenian delegations held a round of talks on border"
        " demarcation in Tbilisi on Friday, the Georgian Foreign Ministry reported.",
        [],
    ),
    (
        "ISLAMABAD, Jan 8 (APP): According to the Foreign Office spokesperson, the two"
        " ministers reviewed the preparations for the joint commission in March.",
        [],
    ),
    # ... but a source stating something is one.
    (
        "MINSK, June 4. /BelTA/. Belarus is ready to supply more tractors to Serbia next year,"
        " the Belarusian Foreign Ministry said.",
        [("indirect", "Belarusian Foreign Ministry", "Belarus is ready to")],
    ),
    # A person speaking inside the content credited to a ministry speaks.
    (
        "BAKU, Azerbaijan, May 5. Azerbaijani Foreign Minister Rauf Guliyev received Latvian"
        " Foreign Minister Ilze Berzina. Berzina informed Guliyev about the results of the"
        " recent EU summit in Brussels, the ministry added.",
        [("indirect", "Ilze Berzina", "the results of the")],
    ),
    (
        "VIENNA, Nov. 3. Azerbaijani Foreign Minister Rauf Guliyev addressed the OSCE Council."
        " According to the Azerbaijani Foreign Ministry, the minister also stressed that the"
        " old formats had lost their relevance.",
        [("indirect", "Rauf Guliyev", "the old formats had")],
    ),
    # A quote that ends its sentence; the next sentence's cue opens its own content.
    (
        "MOSCOW, Nov. 5. /TASS/. Kremlin spokesman Ivan Sorokin told reporters that the visit"
        ' would be "a landmark for both nations." He noted that the two presidents last met'
        " in Minsk in October.",
        [
            ("mixed", "Ivan Sorokin", "the visit would be"),
            ("indirect", "Ivan Sorokin", "the two presidents last"),
        ],
    ),
    # ... while a cue with no content of its own still attributes the quote.
    (
        "MOSCOW, Nov. 5. /TASS/. Deputy Foreign Minister Pavel Orlov met the ambassador."
        ' "Our dialogue is open and constructive." Orlov said.',
        [("direct", "Pavel Orlov", "Our dialogue is open")],
    ),
    # A time of saying before "that": "earlier this week", "last month".
    (
        "ANKARA, Feb. 7. Foreign Minister Kemal Aydin said earlier this week that Ankara"
        " expects the talks to resume in spring.",
        [("indirect", "Kemal Aydin", "Ankara expects the talks")],
    ),
    (
        "ANKARA, Feb. 7. Foreign Minister Kemal Aydin noted last month that trade had"
        " doubled since 2020.",
        [("indirect", "Kemal Aydin", "trade had doubled since")],
    ),
    # A body named inside an apposition is not the subject of the cue after it.
    (
        "BEIJING, May 6 (Xinhua) -- Chinese Vice Premier Zhao Lin met with Chilean Foreign"
        " Minister Pablo Rojas in Beijing on Tuesday. Zhao, also a member of the Political"
        " Bureau of the Communist Party of China Central Committee, said that China values"
        " its ties with Chile.",
        [("indirect", "Zhao Lin", "China values its ties")],
    ),
    # "The minister" is the last minister a clause was about, whatever the full title.
    (
        "ASTANA, Oct. 2. Kazinform. Kazakh Foreign Minister Arman Zhaksybek met with"
        " Portuguese Minister of Foreign and European Affairs Rui Mendes. Mendes said"
        " Portugal sees Kazakhstan as a key partner. Zhaksybek invited him to Astana.\n\n"
        "On Thursday, Zhaksybek addressed the conference on regional security.\n\n"
        "“Our region needs a shared architecture of trust and we will build it,” the"
        " minister said.",
        [
            ("indirect", "Rui Mendes", "Portugal sees Kazakhstan as"),
            ("direct", "Arman Zhaksybek", "Our region needs a"),
        ],
    ),
    # "The statement" speaks for its issuer, not for the people its quote names.
    (
        "MOSCOW, Oct. 3. /TASS/. Russian Foreign Minister Pavel Orlov and his Armenian"
        " counterpart Aram Sarkisyan spoke by phone on Friday. “The ministers discussed the"
        " situation in the South Caucasus,” the Russian Foreign Ministry said in a statement."
        " The statement also noted that Moscow was ready to host the next round of"
        " consultations.",
        [
            ("direct", "Russian Foreign Ministry", "The ministers discussed the"),
            ("indirect", "Russian Foreign Ministry", "Moscow was ready to"),
        ],
    ),
    # A discussion summarised ("touched upon") on the statement's word: no statement.
    (
        "MOSCOW, Oct. 3. /TASS/. Russian Foreign Minister Pavel Orlov and his Armenian"
        " counterpart Aram Sarkisyan spoke by phone on Friday. “The ministers discussed the"
        " situation in the South Caucasus,” the Russian Foreign Ministry said in a statement."
        " According to the statement, the two ministers also touched upon the preparations"
        " for the CIS summit in Dushanbe.",
        [("direct", "Russian Foreign Ministry", "The ministers discussed the")],
    ),
    # "The statement reads" with no statement named before: the institution that spoke.
    (
        "MOSCOW, Sept. 2. /TASS/. Russian President Pavel Orlov and Armenian President Aram"
        " Sarkisyan will hold talks in the Kremlin on September 9, the Kremlin press service"
        " said on Tuesday.\n\n“The leaders will discuss trade, energy and regional"
        " security,” the statement reads.",
        [("direct", "Kremlin press service", "The leaders will discuss")],
    ),
    # ... and no speaker, no statement: a text that "reads" is no speaker by itself.
    (
        "BAKU, May 3. The inscription on the monument reads “Peace to all nations of the"
        " Caucasus and beyond”.",
        [],
    ),
    # Two persons opening the sentence, joined by "and", speak together.
    (
        "BAKU, Azerbaijan, May 2. Azerbaijani President Rauf Mammadli and Kazakh President"
        " Nurlan Abenov expressed confidence that the Middle Corridor would double its"
        " capacity by 2030, Trend reports.",
        [("indirect", "Rauf Mammadli and Nurlan Abenov", "confidence that the Middle")],
    ),
    (
        "ANKARA, June 3 (AA) - Turkish Foreign Minister Kemal Aydin and his Saudi counterpart"
        " Faisal Al-Saud reiterated their support for a two-state solution, the ministry said.",
        [("indirect", "Kemal Aydin and Faisal Al-Saud", "their support for a")],
    ),
    # ... but a person after a verb of the sentence is its object, not a subject.
    (
        "TASHKENT, June 3. President Timur Karimov received Murat Bekov and Foreign Minister"
        " Aziz Rakhimov said that the talks were useful.",
        [("indirect", "Aziz Rakhimov", "the talks were useful")],
    ),
    # A person or office named inside an apposition is not the subject either.
    (
        "BAKU, June 3 (APA). Hikmet Gadirov, assistant to the President, told journalists"
        " that Baku is ready for talks.",
        [("indirect", "Hikmet Gadirov", "Baku is ready for")],
    ),
    (
        "BAKU, June 3 (APA). Hikmet Gadirov, assistant to President Rauf Mammadli, told"
        " journalists that Baku is ready for talks.",
        [("indirect", "Hikmet Gadirov", "Baku is ready for")],
    ),
    # Condolences and gratitude with an adjective are still social formulas.
    (
        "ASTANA, June 3. The Kazakh Foreign Ministry expressed deep condolences to the"
        " families of the victims.",
        [],
    ),
    (
        "ASTANA, June 3. President Nurlan Abenov expressed sincere gratitude to the Emir for"
        " the warm welcome.",
        [],
    ),
    # "The ministers" with no name after them are the two sides, not the last minister.
    (
        "MOSCOW, June 3. /TASS/. Russian Foreign Minister Pavel Orlov held talks with his"
        " Lao counterpart Khamphao Sisavath in Moscow. The ministers noted that the two"
        " countries share common approaches to regional security.",
        [("indirect", "Pavel Orlov and Khamphao Sisavath", "the two countries share")],
    ),
    # "She" and "he" by the surname's ending where the text gives no other sign,
    # also for a person named as an object ("met with ... Karimova. She said").
    (
        "ASTANA, June 3. Kazakh Deputy Foreign Minister Marat Suleimenov met with Uzbek"
        " Deputy Minister Dilnoza Karimova. She said Uzbekistan supports the new transport"
        " corridor. He noted that Astana was ready to host the next round.",
        [
            ("indirect", "Dilnoza Karimova", "Uzbekistan supports the new"),
            ("indirect", "Marat Suleimenov", "Astana was ready to"),
        ],
    ),
    (
        "MOSCOW, June 3. /TASS/. Russian Foreign Minister Pavel Orlov received Bulgarian"
        " Ambassador Elena Petrova. She said Sofia was interested in dialogue.",
        [("indirect", "Elena Petrova", "Sofia was interested in")],
    ),
    # The plural present of a joint text: "the two leaders reaffirm ...".
    (
        "BAKU, June 3. President Rauf Mammadli held talks with President Nurlan Abenov. In"
        " the joint declaration adopted after the talks, the two leaders reaffirm their"
        " commitment to the principles of the UN Charter.",
        [("indirect", "Rauf Mammadli and Nurlan Abenov", "their commitment to the")],
    ),
    # ... but an infinitive or a future with no content spoken yet is no statement.
    ("BAKU, June 3. It is important to note that the project will be finished next year.", []),
    # A visit reported by a press service is an event, not a statement ...
    (
        "ASTANA, Nov. 5. /Kazinform/. President Nurlan Abenov will pay a state visit to"
        " Tashkent on November 11-12 at the invitation of his Uzbek counterpart, the Akorda"
        " press service said.",
        [],
    ),
    # ... and a visit inside an apposition leaves the apposition's subject the speaker.
    (
        "NEW DELHI, March 3. Irish Foreign Minister Aidan Walsh, who arrived in Delhi on"
        " Monday on a three-day visit, said Ireland sees India as a key partner.",
        [("indirect", "Aidan Walsh", "Ireland sees India as")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_source_shapes(text: str, expected: list[Row]) -> None:
    assert rows(diplocorpus.parse(text)) == expected
