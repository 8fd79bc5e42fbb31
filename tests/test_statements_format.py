"""Statements in shapes of the wire-report format: reports written for these tests.

Each case is a short report in the style of one feed (Trend, AZERTAC, TASS,
Xinhua, Kabar ...); the people in them are invented.
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
    # "According to him/her," names the person of the sentence before.
    (
        "ASTANA, June 3. /Kazinform/. Kazakh Energy Minister Nurlan Sadvakov met the delegation"
        " of the company. According to him, the new pipeline will be ready by the end of"
        " the year.",
        [("indirect", "Nurlan Sadvakov", "the new pipeline will")],
    ),
    (
        "TASHKENT, May 4. /UzA/. Deputy Minister Dilnoza Karimova received the guests. The"
        " talks lasted two hours. The ministry will open two offices next year,"
        " according to her.",
        [("indirect", "Dilnoza Karimova", "The ministry will open")],
    ),
    # "Her" as a possessive after "according to" is not a source.
    (
        "ASTANA, June 3. Minister Aigerim Bekova arrived in Bern. According to her ministry,"
        " the visit will last two days.",
        [],
    ),
    # A relative clause: the speaker is the mention before ", who".
    (
        "ADDIS ABABA, Feb. 3 (Xinhua) -- Chinese envoy Zhou Pengfei met with AU Commissioner"
        " Amara Diallo, who praised China's support for the new hospital in Lusaka.",
        [("indirect", "Amara Diallo", "China's support for the")],
    ),
    (
        "BISHKEK, Oct 2 (Kabar) - The guest handed over a message of President Tolen Arykov,"
        " who also expressed hope to visit Bishkek in the spring.",
        [("indirect", "Tolen Arykov", "hope to visit Bishkek")],
    ),
    # An agency's credit citing a person: the person speaks.
    (
        "BAKU, Azerbaijan, March 3. Azerbaijan is ready to host the next round of talks in"
        " autumn, Trend reports citing Deputy Foreign Minister Elnur Kazimov.",
        [("indirect", "Elnur Kazimov", "Azerbaijan is ready to")],
    ),
    # ... but not a press service reporting that something happened.
    (
        "BISHKEK, Oct 2 (Kabar) - President Tolen Arykov received the delegation of Mongolia on"
        " Wednesday, Kabar news agency reports, citing the presidential press service.",
        [],
    ),
    # Capitalised words after an article are a thing, not a person: "he" is the minister.
    (
        "NAIROBI, Nov. 6 (Xinhua) -- Foreign Minister Otieno Kamau met Chinese envoys on"
        " Wednesday. Trade will grow in the East African country, Kamau said. He noted that"
        " the Lamu Deep Sea Port, which opened in 2021, serves the whole region.",
        [
            ("indirect", "Otieno Kamau", "Trade will grow in"),
            ("indirect", "Otieno Kamau", "the Lamu Deep Sea"),
        ],
    ),
    # "The diplomat" stands for whoever spoke last, whatever the title.
    (
        "MOSCOW, March 4. /TASS/. Deputy Foreign Minister Ilya Sorokin told TASS that the"
        " protocol could be signed in May. “The text is almost ready,” the diplomat said.",
        [
            ("indirect", "Ilya Sorokin", "the protocol could be"),
            ("direct", "Ilya Sorokin", "The text is almost"),
        ],
    ),
    (
        "MOSCOW, March 4. Spokeswoman Irina Volkova said the talks went well. According to the"
        " diplomat, the ministers will meet again in Minsk in June.",
        [
            ("indirect", "Irina Volkova", "the talks went well"),
            ("indirect", "Irina Volkova", "the ministers will meet"),
        ],
    ),
    # A lead paragraph closed by its attribution, after a dateline whose place ends in "-ing".
    (
        "BEIJING, Jan. 14 (Xinhua) -- China is ready to deepen its partnership with Egypt,"
        " Chinese Premier Zhao Minghui said here Tuesday.",
        [("indirect", "Zhao Minghui", "China is ready to")],
    ),
    (
        "KUNMING, May 5 (Xinhua) -- The new railway will cut travel times by half, Vice Governor"
        " Liu Jianping said Monday when meeting with a delegation from Laos.",
        [("indirect", "Liu Jianping", "The new railway will")],
    ),
    # Passive quoting and stances of conviction.
    (
        "ASTANA, March 11. /Kazinform/. Foreign Minister Laszlo Varga was quoted as saying that"
        " Budapest is interested in Kazakh uranium. The minister is convinced that the new"
        " direct flight will boost tourism.",
        [
            ("indirect", "Laszlo Varga", "Budapest is interested in"),
            ("indirect", "Laszlo Varga", "the new direct flight"),
        ],
    ),
    # A subject inside a quotation is the speaker's voice: "he" skips it.
    (
        "MOSCOW, October 3. /TASS/. \u201cWe expect that the presidents will sign it soon,\u201d"
        " Kremlin spokesman Oleg Dyomin said. Asked about the date, he said: \u201cI cannot"
        " name a date yet.\u201d",
        [
            ("direct", "Oleg Dyomin", "We expect that the"),
            ("direct", "Oleg Dyomin", "I cannot name a"),
        ],
    ),
    # "The sides" are the last clause subject and its partner, not a person only mentioned.
    (
        "Baku, 12 March, AZERTAC\n\nPresident Ilham Aliyev has received Minister of Foreign"
        " Affairs of Latvia Ilze Berzina.\n\nThe minister conveyed the greetings of President"
        " Janis Ozols to the head of state.\n\nIlze Berzina underscored that Latvia is"
        " interested in transport links.\n\nThe sides emphasized the importance of the"
        " Intergovernmental Commission.",
        [
            ("indirect", "Ilze Berzina", "Latvia is interested in"),
            ("indirect", "Ilham Aliyev and Ilze Berzina", "the importance of the"),
        ],
    ),
    (
        "TASHKENT, May 19. /UzA/. President Anvar Karimov received the delegation.\n\nOn Sunday,"
        " Minister Petra Klein held talks with Foreign Minister Bakhtiyor Sodiqov. The sides"
        " noted that the next round of consultations will be held in Berlin.",
        [("indirect", "Petra Klein and Bakhtiyor Sodiqov", "the next round of")],
    ),
    # A short form with a particle ("bin", "Le") is the person named in full before.
    (
        "ABU DHABI, 9th January, 2025 (WAM) -- President Sheikh Hamdan bin Rashid Al Falasi"
        " received the delegation. Sheikh Hamdan bin Rashid stressed that the two countries"
        " enjoy strong ties.",
        [("indirect", "Hamdan bin Rashid Al Falasi", "the two countries enjoy")],
    ),
    # "His Highness" alone stands for the person introduced with that address.
    (
        "ABU DHABI, 9th January, 2025 (WAM) -- President His Highness Sheikh Khalid bin Saeed"
        " Al Marri received President Budi Santoso of Indonesia. The Indonesian President's"
        " visit began on Wednesday. His Highness affirmed that the two countries enjoy strong"
        " historic ties.",
        [("indirect", "Khalid bin Saeed Al Marri", "the two countries enjoy")],
    ),
    # "The deputy minister" is the deputy foreign minister named before; "went on to say".
    (
        "ASTANA, April 10 (KazTAG) - Deputy Foreign Minister Roman Kuzmin met the EU envoy."
        " \u201cThe roadmap will include concrete projects,\u201d the deputy minister noted."
        " Kuzmin went on to say that the parties would meet again in Brussels.",
        [
            ("direct", "Roman Kuzmin", "The roadmap will include"),
            ("indirect", "Roman Kuzmin", "the parties would meet"),
        ],
    ),
    # A role after an organisation's acronym; a title the text gave in a form not read
    # ("for Central Asia" between title and name): "the" role is that person.
    (
        "DUSHANBE, 12.09.2024 /NIAT Khovar/. President Emomali Sharipov received the EU Special"
        " Representative for Central Asia Anna Lindqvist. Anna Lindqvist said that the EU"
        " supports the water initiatives. The EU Special Representative also informed the"
        " President about the preparations for the summit.",
        [
            ("indirect", "Anna Lindqvist", "the EU supports the"),
            ("indirect", "Anna Lindqvist", "the preparations for the"),
        ],
    ),
    (
        "TASHKENT, May 19. /UzA/. President Anvar Karimov received Minister of State at the"
        " Federal Foreign Office Petra Klein. Petra Klein said that Germany regards Uzbekistan"
        " as a partner. The minister of state also informed the President about the"
        " preparations for the visit.",
        [
            ("indirect", "Petra Klein", "Germany regards Uzbekistan as"),
            ("indirect", "Petra Klein", "the preparations for the"),
        ],
    ),
    # The cue of a quote's attribution opens no reported statement of its own.
    (
        "MOSCOW, July 1. /TASS/. “We see no alternative to dialogue,” Deputy Foreign Minister"
        " Pavel Orlov told reporters after the consultations.",
        [("direct", "Pavel Orlov", "We see no alternative")],
    ),
    (
        "BEIJING, Oct. 2 (Xinhua) -- “The two sides agreed to expand trade,” Li Wenhao told"
        " a joint press conference, which lasted about an hour.",
        [("direct", "Li Wenhao", "The two sides agreed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statement_shapes(text: str, expected: list[Row]) -> None:
    assert rows(diplocorpus.parse(text)) == expected
