"""Hypothesis strategies shared by the whole test suite.

One module, as in attrs' ``tests/strategies.py``: every test that needs wire
reports, fragments of them or noise draws from here, so a new shape of input
is added once and exercised everywhere.

The fragments are written for the project, in the style of the wire reports
diplocorpus reads (Trend, AZERTAC, Xinhua, TASS, Kazinform, ...); they are not
taken from any real report.  The people are invented.

Fragments (each a strategy of ``str``):

- :func:`date_header_lines` ``" date 2025-04-21"`` (and broken ones);
- :func:`title_lines`, :func:`stamp_lines` (``November 12, 2014 10:00 IST``,
  ``Images | Akorda``, ...);
- :func:`datelines` every dateline shape (``BAKU, Azerbaijan, April 21.``,
  ``MOSCOW, March 3. /TASS/.``, ``Baku, April 21, AZERTAC``,
  ``BEIJING, May 5 (Xinhua) --``, ...);
- :func:`date_phrases`, :func:`speakers`, :func:`quotations` (every quote
  mark style), :func:`body_sentences` (plain, direct, indirect, mixed,
  attributions before and after, agreements, events), :func:`paragraphs`;
- :func:`wire_reports` whole reports, with any line separator;
- :func:`noise` random quote marks, control characters, NULs, BOMs, CR /
  CRLF / LS / PS separators, lone surrogates, long lines, random Unicode;
  :func:`noisy_reports` reports with noise spliced in;
- :func:`any_text` (str, lone surrogates included) and :func:`any_bytes`
  (reports in random encodings, BOMs, raw bytes);
- :data:`PATHOLOGICAL_RUNS` and :func:`pathological_text`: long runs of one
  troublesome unit (quote marks, ``Mr. ``, dates, ``(``, ...) for the
  linear-time tests and the benchmark.
"""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

__all__ = [
    "AGENCIES",
    "COUNTRIES",
    "LINE_SEPARATORS",
    "PATHOLOGICAL_RUNS",
    "QUOTE_PAIRS",
    "any_bytes",
    "any_text",
    "body_sentences",
    "date_header_lines",
    "date_phrases",
    "datelines",
    "dates",
    "edge_day_phrases",
    "noise",
    "noisy_reports",
    "paragraphs",
    "pathological_text",
    "quotations",
    "speakers",
    "stamp_lines",
    "title_lines",
    "unicode_text",
    "wire_reports",
]

# --------------------------------------------------------------------------
# Vocabulary (written for the tests; the people are invented).
# --------------------------------------------------------------------------

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Feb",
    "Nov",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

CITIES = (
    "Baku",
    "Moscow",
    "Beijing",
    "Astana",
    "Tashkent",
    "Islamabad",
    "New Delhi",
    "Ankara",
    "Tbilisi",
    "Cairo",
    "Washington",
    "Bishkek",
    "Dushanbe",
    "Ashgabat",
    "Samarkand",
    "Geneva",
)
COUNTRIES = (
    "Azerbaijan",
    "Russia",
    "China",
    "Kazakhstan",
    "Uzbekistan",
    "Pakistan",
    "India",
    "Turkiye",
    "Georgia",
    "Egypt",
    "the United States",
    "the Russian Federation",
    "the People's Republic of China",
    "Kyrgyzstan",
    "Iran",
)
DEMONYMS = ("Azerbaijani", "Russian", "Chinese", "Kazakh", "Uzbek", "Pakistani", "Turkish")
AGENCIES = (
    "Trend",
    "AZERTAC",
    "Xinhua",
    "TASS",
    "Kazinform",
    "APA",
    "Report",
    "Azernews",
    "PTI",
    "Sputnik",
    "IRNA",
    "BelTA",
)
PEOPLE = (
    "Farhad Guliyev",
    "Leyla Hasanova",
    "Marat Kassenov",
    "Wang Lihua",
    "Sergei Voronin",
    "Aylin Demirtas",
    "Rustam Nazarov",
    "John T. Miller",
    "Nodira Yusupkhodjaeva",
    "Ahmed Raza Khan",
    "Ana Beridze",
    "Jean-Luc Moreau",
)
TITLES = (
    "President",
    "Foreign Minister",
    "Minister of Foreign Affairs",
    "Prime Minister",
    "Ambassador",
    "Deputy Foreign Minister",
    "Foreign Ministry spokesperson",
    "Secretary of State",
    "Chairman of the Senate",
    "Head of the Presidential Administration",
)
HONORIFICS = ("Mr.", "Ms.", "Mrs.", "Dr.", "H.E.", "Prof.", "Gen.")
INSTITUTIONS = (
    "the Foreign Ministry",
    "the ministry",
    "the Kremlin",
    "the press service of the President",
    "the agency",
    "the State Department",
    "the Ministry of Foreign Affairs of Azerbaijan",
)
SPEECH_VERBS = (
    "said",
    "noted",
    "stressed",
    "added",
    "stated",
    "emphasized",
    "underlined",
    "pointed out",
    "told reporters",
    "said in a statement",
    "wrote on X",
    "declared",
)
EVENT_PHRASES = (
    "held talks",
    "met",
    "held a meeting",
    "paid an official visit to",
    "arrived on a state visit in",
    "held a telephone conversation with",
    "attended the summit in",
    "took part in a conference in",
    "gave an interview to",
    "held a video conference with",
)
DOCUMENTS = (
    "Memorandum of Understanding",
    "Joint Declaration on Strategic Partnership",
    "Treaty on Friendship and Cooperation",
    "Agreement on Visa-Free Travel",
    "Protocol on Consultations",
    "Action Plan for 2025-2027",
    "joint statement",
    "Declaration on Allied Interaction",
)
SIGNING_VERBS = ("signed", "adopted", "initialled", "ratified", "exchanged", "will sign")

# Every quote-mark style a report may use: (opening, closing).
QUOTE_PAIRS = (
    ('"', '"'),
    ("\u201c", "\u201d"),  # “ ”
    ("\u00ab", "\u00bb"),  # « »
    ("\u201e", "\u201c"),  # „ “
    ("\u201e", "\u201d"),  # „ ”
    ("'", "'"),
    ("\u2018", "\u2019"),  # ‘ ’
    ("`", "'"),
    ("``", "''"),
    ("\u2039", "\u203a"),  # ‹ ›
    ("\u201d", "\u201d"),  # ” ” (the Swedish habit, and broken feeds)
    ("\u00bb", "\u00ab"),  # » « (German style)
    ("\u300c", "\u300d"),  # 「 」
)
QUOTE_MARKS = (
    "\"'`\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b"
    "\u00ab\u00bb\u2039\u203a\u2033\u2032\uff02\u300c\u300d"
)
DASHES = ("-", "\u2013", "\u2014", "--", "\u2212", "\u2015")

# Line separators: LF, CRLF, CR, and Unicode LINE / PARAGRAPH SEPARATOR, NEL.
LINE_SEPARATORS = ("\n", "\r\n", "\r", "\u2028", "\u2029", "\x85")
CONTROL_CHARACTERS = "".join(chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)])
ODD_SPACES = "\t\u00a0\u2002\u2003\u2009\u200a\u200b\u202f\u3000\u00ad\u200c\u200d\u2060"
BOM = "\ufeff"

ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "cp1252",
    "latin-1",
    "cp1251",
    "koi8-r",
    "iso-8859-9",
    "gb18030",
    "shift_jis",
    "mac-roman",
)

# --------------------------------------------------------------------------
# Small pieces.
# --------------------------------------------------------------------------


def dates() -> st.SearchStrategy[datetime.date]:
    """Dates in the range reports talk about."""
    return st.dates(datetime.date(1945, 1, 1), datetime.date(2035, 12, 31))


# Days that do not exist or sit at the edges of months, as typos and feeds
# produce them: (month name, day).  February 29 exists only in leap years,
# which a year-less dateline cannot tell.
EDGE_DAYS = (
    ("February", 29),
    ("February", 30),
    ("April", 31),
    ("September", 31),
    ("May", 0),
    ("July", 32),
)


@st.composite
def edge_day_phrases(draw: st.DrawFn) -> str:
    """A month and a day that cannot be a date (``April 31``), in the usual orders."""
    month, day = draw(st.sampled_from(EDGE_DAYS))
    return draw(st.sampled_from([f"{month} {day}", f"{day} {month}", f"{month[:3]}. {day}"]))


@st.composite
def date_phrases(draw: st.DrawFn) -> str:
    """A time expression as reports write them: absolute, relative, ranges."""
    if draw(st.integers(0, 15)) == 0:
        return draw(edge_day_phrases())
    d = draw(dates())
    month = MONTHS[d.month - 1]
    abbr = draw(st.sampled_from(MONTH_ABBREVIATIONS))
    return draw(
        st.sampled_from(
            [
                f"{month} {d.day}, {d.year}",  # April 21, 2024
                f"{d.day} {month} {d.year}",  # 21 April 2024
                f"{d.day} {month}, {d.year}",  # 21 April, 2024
                f"{month} {d.day}",  # April 21
                f"{abbr} {d.day}",  # Sept. 21
                f"{month} {d.day}th",  # April 21th (sic)
                f"on {draw(st.sampled_from(WEEKDAYS))}",
                f"last {draw(st.sampled_from(['year', 'week', 'month', 'Friday']))}",
                f"next {draw(st.sampled_from(['year', 'week', 'month', 'spring']))}",
                "today",
                "yesterday",
                "earlier this month",
                "six months ago",
                "in the 1990s",
                f"in {month}",
                f"in {month} {d.year}",
                f"in {d.year}",
                d.isoformat(),
                f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{month} {d.day}-{min(d.day + 2, 28)}, {d.year}",
                f"({d.day}\u2013{min(d.day + 2, 28)} {month})",
                f"from {month} {d.day} to {month} {min(d.day + 3, 28)}",
                f"Today, on {month} {d.day}",
                f"at noon on {draw(st.sampled_from(WEEKDAYS))}",
                f"in the first half of {d.year}",
                f"in Q{(d.month - 1) // 3 + 1} {d.year}",
                f"in the summer of {d.year}",
                "for two days",
                "every year",
                f"on {month} {d.day}nd , {d.year}",
            ]
        )
    )


@st.composite
def date_header_lines(draw: st.DrawFn) -> str:
    """The `` date YYYY-MM-DD`` line that opens many reports; sometimes broken."""
    d = draw(dates())
    value = draw(
        st.sampled_from(
            [
                d.isoformat(),
                d.isoformat(),
                f"{d.year}-{d.month}-{d.day}",
                f"{d.year}-{d.month:02d}",
                f"{d.year}",
                f"{d.year}-13-{d.day:02d}",  # invalid month
                f"{d.year}-02-30",  # invalid day
                "0000-00-00",
            ]
        )
    )
    lead = draw(st.sampled_from([" ", "", "  "]))
    return f"{lead}date {value}"


@st.composite
def title_lines(draw: st.DrawFn) -> str:
    """A headline: capitalised words, sometimes a quote, a colon, a question."""
    a, b = draw(st.sampled_from(PEOPLE)), draw(st.sampled_from(COUNTRIES))
    qo, qc = draw(st.sampled_from(QUOTE_PAIRS))
    return draw(
        st.sampled_from(
            [
                f"President {a} Receives Delegation of {b}",
                f"{a}: {qo}Relations With {b} Are at a High Level{qc}",
                f"{draw(st.sampled_from(DEMONYMS))}, {draw(st.sampled_from(DEMONYMS))}"
                f" Foreign Ministers Discuss Regional Issues",
                f"What Next for {b}?",
                f"{b} and {draw(st.sampled_from(COUNTRIES))}"
                f" Sign {draw(st.sampled_from(DOCUMENTS))}",
                f"{a} meets {b}'s envoy - VIDEO",
                f"{a.upper()} HOLDS TALKS IN {draw(st.sampled_from(CITIES)).upper()}",
            ]
        )
    )


@st.composite
def stamp_lines(draw: st.DrawFn) -> str:
    """Publication stamps, metadata lines and site junk around the header."""
    d = draw(dates())
    month = MONTHS[d.month - 1]
    hh, mm = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    return draw(
        st.sampled_from(
            [
                f"{month} {d.day}, {d.year} {hh:02d}:{mm:02d} IST",
                f"{hh:02d}:{mm:02d}, {month} {d.day}, {d.year}",
                f"- {d.day:02d} {month}, {d.year}",
                f"{d.day} {month}, {hh:02d}:{mm:02d} {draw(st.integers(0, 9999))}",
                f"Politics {d.day} {month.lower()} \u2014 {hh:02d}:{mm:02d}",
                f"Details added (first version posted on {month[:3]}. {d.day} on {hh}:{mm:02d})",
                "Images | Press service",
                "Submit Release",
                "+ \u21ba \u2212 16 px",
                "MainPolitics",
                "TV Live Menu",
                "Loading data...",
                f"By {draw(st.sampled_from(PEOPLE))}",
                f"By {draw(st.sampled_from(AGENCIES))}",
                "Share:",
                "|",
                "\u65e5\u671f:2003-08-11 14:06 |",
            ]
        )
    )


@st.composite
def datelines(draw: st.DrawFn) -> str:
    """Every dateline shape wire services use, each with its trailing separator."""
    city = draw(st.sampled_from(CITIES))
    country = draw(st.sampled_from(COUNTRIES))
    agency = draw(st.sampled_from(AGENCIES))
    d = draw(dates())
    month = MONTHS[d.month - 1]
    day = d.day
    if draw(st.integers(0, 15)) == 0:  # a day the month does not have
        month, day = draw(st.sampled_from(EDGE_DAYS))
    abbr = draw(st.sampled_from(MONTH_ABBREVIATIONS))
    dash = draw(st.sampled_from(DASHES))
    up = city.upper()
    return draw(
        st.sampled_from(
            [
                f"{up}, {country}, {month} {day}. ",  # BAKU, Azerbaijan, April 21.
                f"{up}, {country}, {abbr} {day} ",  # BAKU, Azerbaijan, Nov. 26
                f"{up}, {month} {day}. /{agency}/. ",  # MOSCOW, March 3. /TASS/.
                f"{city}, {month} {day}, {agency}\n",  # Baku, April 21, AZERTAC
                f"{up}, {month} {day} ({agency}) {dash} ",  # BEIJING, May 5 (Xinhua) --
                f"{city}. {day} {month}. {agency.upper()}.AZ/ ",  # Baku. 1 June. REPORT.AZ/
                f"{up} ({agency}) {dash} ",  # ISLAMABAD (Web Desk) -
                f"{up} : ",  # CAIRO :
                f"{city}, {abbr} {day} ({agency}) ",  # New Delhi, Feb 16 (PTI)
                f"{up}/{agency}/ {dash} ",  # BAKU/Trend/ -
                f"{up}. {agency.upper()} {dash} ",  # ASTANA. KAZINFORM -
                f"{up}, {month} {day} {dash} ",  # TASHKENT, April 21 -
                f"{up}, {day} {month} {d.year}: ",  # GENEVA, 21 April 2024:
                f"{agency}:\n",  # a Trend: line under the dateline
                f"{up}, {country}, {month} {day}.\n{agency}:\n",
                f"{city} ({agency}) ",
            ]
        )
    )


@st.composite
def names(draw: st.DrawFn) -> str:
    """A person named the way reports name people, title and all."""
    person = draw(st.sampled_from(PEOPLE))
    title = draw(st.sampled_from(TITLES))
    country = draw(st.sampled_from(COUNTRIES))
    demonym = draw(st.sampled_from(DEMONYMS))
    return draw(
        st.sampled_from(
            [
                person,
                f"{title} {person}",
                f"{demonym} {title} {person}",
                f"{title} of {country} {person}",
                f"{draw(st.sampled_from(HONORIFICS))} {person.split()[-1]}",
                f"{person}, the {title} of {country},",
                f"{person.split()[-1]}",
            ]
        )
    )


@st.composite
def speakers(draw: st.DrawFn) -> str:
    """Who a statement is attributed to: a person, an institution, a pronoun."""
    return draw(
        st.one_of(
            names(),
            st.sampled_from(INSTITUTIONS),
            st.sampled_from(["he", "she", "they", "the head of state", "the minister"]),
        )
    )


_CLAUSES = (
    "relations between our countries are developing successfully",
    "the two sides discussed regional security and energy cooperation",
    "we are ready to expand trade and investment",
    "the visit opens a new page in our partnership",
    "peace in the region is our common goal",
    "the agreements signed today will serve our peoples",
    "there is great potential for cooperation in transport and logistics",
    "the talks were held in a friendly and constructive atmosphere",
    "our position on this issue remains unchanged",
    "the parties agreed to meet again next year",
)


@st.composite
def clauses(draw: st.DrawFn) -> str:
    """A short declarative clause, lower case, no final stop."""
    clause = draw(st.sampled_from(_CLAUSES))
    if draw(st.booleans()):
        clause = f"{clause} {draw(date_phrases())}"
    return clause


@st.composite
def quotations(draw: st.DrawFn) -> str:
    """A quotation in one of every quote style, sometimes nested or left open."""
    qo, qc = draw(st.sampled_from(QUOTE_PAIRS))
    body = draw(clauses())
    body = body[0].upper() + body[1:]
    if draw(st.integers(0, 4)) == 0:  # a nested title in the other marks
        io, ic = draw(st.sampled_from(QUOTE_PAIRS))
        body = f"{body}, under the {io}{draw(st.sampled_from(DOCUMENTS))}{ic}"
    if draw(st.integers(0, 3)) == 0:  # two sentences inside one quote
        body = f"{body}. {draw(clauses()).capitalize()}"
    end = draw(st.sampled_from([",", ".", "", "!", "?"]))
    inside = draw(st.booleans())
    close = "" if draw(st.integers(0, 9)) == 0 else qc  # an unclosed quote
    return f"{qo}{body}{end}{close}" if inside else f"{qo}{body}{close}{end}"


@st.composite
def body_sentences(draw: st.DrawFn) -> str:
    """One sentence of a report body: plain, direct, indirect or mixed speech, events."""
    who = draw(speakers())
    Who = who[0].upper() + who[1:]
    verb = draw(st.sampled_from(SPEECH_VERBS))
    q = draw(quotations())
    clause = draw(clauses())
    dash = draw(st.sampled_from(DASHES))
    person, other = draw(names()), draw(names())
    place = draw(st.sampled_from(CITIES))
    when = draw(date_phrases())
    doc = draw(st.sampled_from(DOCUMENTS))
    agency = draw(st.sampled_from(AGENCIES))
    return draw(
        st.sampled_from(
            [
                f"{q} {who} {verb}.",  # “...,” he said.
                f"{q} {verb} {who}.",  # “...,” said the President.
                f"{Who} {verb}: {q}",  # He said: “...”
                f"{Who} {verb} that {clause}.",  # indirect
                f"According to {who}, {clause}.",
                f"{Who} {verb} {q} {dash} {clause}.",
                f"{Who} expressed confidence that {clause}.",
                f"{Who} called for {clause}.",
                f"{Who} described the talks as {q} and {verb} that {clause}.",  # mixed
                f"{q} {dash} {verb} {who}.",
                f"{dash} {q}",  # a dash-led line of a transcript
                f"{person} {draw(st.sampled_from(EVENT_PHRASES))} {other} in {place} {when}.",
                f"The sides {draw(st.sampled_from(SIGNING_VERBS))} the {doc} {when}.",
                f"A {doc} between {draw(st.sampled_from(COUNTRIES))} and "
                f"{draw(st.sampled_from(COUNTRIES))} was signed in {place} {when}.",
                f"{Who} {verb} this in an interview with {agency}.",
                f"{agency} reports citing {who}.",
                f"{Who} held a phone call with {other} {when}.",
                f"The {draw(st.sampled_from(DEMONYMS))}-{draw(st.sampled_from(DEMONYMS))}"
                f" talks were held {when}.",
                f"{clause.capitalize()}, {who} {verb}.",
                f"{Who} {verb} on X: {q} #diplomacy @{agency}",
            ]
        )
    )


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """One to four sentences, joined by a space or glued (``call.The``)."""
    parts = draw(st.lists(body_sentences(), min_size=1, max_size=4))
    joiners = draw(
        st.lists(
            st.sampled_from([" ", " ", " ", "", "  "]), min_size=len(parts), max_size=len(parts)
        )
    )
    out = parts[0]
    for joiner, part in zip(joiners[1:], parts[1:], strict=True):
        out += joiner + part
    return out


# --------------------------------------------------------------------------
# Whole reports.
# --------------------------------------------------------------------------


@st.composite
def wire_reports(draw: st.DrawFn, separators: tuple[str, ...] = LINE_SEPARATORS) -> str:
    """A whole report: header lines, title, stamps, dateline, body, footer.

    Lines are joined by one line separator drawn from *separators* for the
    whole report (``"\\n"`` only when *separators* says so), repeated one to
    six times, as reports are.
    """
    lines: list[str] = []
    first_line_prefix = ""
    if draw(st.booleans()):
        header = draw(date_header_lines())
        # The date header often runs into the next line's text on the same line.
        if draw(st.booleans()):
            first_line_prefix = header + " "
        else:
            lines.append(header)
    lines.extend(draw(st.lists(stamp_lines(), max_size=2)))
    if draw(st.booleans()):
        lines.append(draw(title_lines()))
    lines.extend(draw(st.lists(stamp_lines(), max_size=1)))
    first = draw(paragraphs())
    if draw(st.integers(0, 4)) > 0:
        first = draw(datelines()) + first
    lines.append(first)
    lines.extend(draw(st.lists(paragraphs(), max_size=5)))
    if draw(st.booleans()):
        lines.append(
            draw(
                st.sampled_from(
                    ["Follow us on Telegram", "Latest news", "\u2014Azer News", "EL.KZ"]
                )
            )
        )
    if first_line_prefix:
        lines[0] = first_line_prefix + lines[0] if lines else first_line_prefix
    sep = draw(st.sampled_from(separators))
    out = ""
    for i, line in enumerate(lines):
        if i:
            out += sep * draw(st.integers(1, 3))
        indent = draw(st.sampled_from(["", "", "", " ", "    ", "\t"]))
        out += indent + line + draw(st.sampled_from(["", "", " ", "  "]))
    return out + draw(st.sampled_from(["", sep, sep * 3]))


def unicode_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Any code points at all, lone surrogates and unassigned ones included."""
    return st.text(st.characters(exclude_categories=()), max_size=max_size)


# Characters where Python's str methods and the regex classes part ways, or
# whose case mapping changes length: superscript and circled digits (isdigit,
# not \d), circled capitals (isupper, not a letter), dotted I, long s, Kelvin
# sign, sharp s, a ligature, a titlecase digraph, a combining mark.  Fast
# paths that lower-case or classify by str methods must agree with the rules.
LOOKALIKES = "\u2074\u00b2\u2460\u24b6\u0130\u017f\u212a\u00df\ufb01\u01c5\u0345"


@st.composite
def noise(draw: st.DrawFn) -> str:
    """A burst of noise: marks, controls, NUL, BOM, separators, surrogates, long lines."""
    burst: str = draw(
        st.one_of(
            st.text(st.sampled_from(QUOTE_MARKS), min_size=1, max_size=8),
            st.text(st.sampled_from(CONTROL_CHARACTERS), min_size=1, max_size=4),
            st.just("\x00"),
            st.just(BOM),
            st.sampled_from(LINE_SEPARATORS),
            st.text(st.sampled_from(ODD_SPACES), min_size=1, max_size=4),
            st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3),
            unicode_text(max_size=20),
            st.sampled_from(DASHES),
            st.text(st.sampled_from(LOOKALIKES), min_size=1, max_size=3),
            st.sampled_from(["(", ")", "[", "]", "/", ".", ",", ":", "...", "\u2026"]),
            st.builds(lambda s, n: s * n, body_sentences(), st.integers(20, 60)),  # long line
            st.builds(lambda c, n: c * n, st.sampled_from("\"' .(-\n"), st.integers(50, 500)),
        )
    )
    return burst


@st.composite
def noisy_reports(draw: st.DrawFn) -> str:
    """A wire report with bursts of noise spliced in at random places."""
    text = draw(wire_reports())
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(text)))
        text = text[:pos] + draw(noise()) + text[pos:]
    return text


def any_text() -> st.SearchStrategy[str]:
    """Every kind of ``str`` input: reports, noisy reports, arbitrary Unicode."""
    return st.one_of(wire_reports(), noisy_reports(), unicode_text(), st.text(max_size=200))


@st.composite
def encoded_reports(draw: st.DrawFn) -> bytes:
    """A (noisy) report encoded in a random encoding, sometimes with a BOM."""
    text = draw(st.one_of(wire_reports(), noisy_reports()))
    encoding = draw(st.sampled_from(ENCODINGS))
    errors = draw(st.sampled_from(["replace", "ignore", "surrogatepass", "surrogateescape"]))
    try:
        data = text.encode(encoding, errors=errors)
    except UnicodeError:  # the handler cannot represent some character
        data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 5)) == 0:  # a stray BOM that does not match the encoding
        data = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])) + data
    if draw(st.integers(0, 5)) == 0:  # truncated mid-character
        data = data[: draw(st.integers(0, len(data)))]
    return data


def any_bytes() -> st.SearchStrategy[bytes]:
    """Every kind of ``bytes`` input: encoded reports and raw bytes."""
    return st.one_of(encoded_reports(), st.binary(max_size=400))


# --------------------------------------------------------------------------
# Pathological inputs (for the linear-time tests and the benchmark).
# --------------------------------------------------------------------------

# The unit repeated to build each pathological input.  Every pattern in the
# package must run in linear time on a long run of any of them.
PATHOLOGICAL_RUNS: dict[str, str] = {
    "straight double quotes": '"',
    "curly double quotes": "\u201c",
    "straight single quotes": "'",
    "dateline places": "BAKU, ",
    "capitalised words": "Foreign Minister Republic Azerbaijan Talks Held ",
    "dates": "April 21, 2024 ",
    "honorifics": "Mr. ",
    "spaces": " ",
    "open parentheses": "(",
    "newlines": "\n",
    "speech verbs": "said ",
    "hyphens": "-",
    # Sentence stops: each one a possible boundary (was quadratic in sentences()).
    "full stops": ".",
    "digits": "1234567890",
    # Words glued by dots, apostrophes and marks: where a capital starts a word
    # only tokenising tells (the gazetteer's word-start check).
    "glued words": "O'Neil.Baku'U.S.x.Ya\u0301Xi'an",
    # Whole sentences: many statements, events and agreements in one report
    # (catches quadratic merging of mentions, not only regex backtracking).
    "quoted statements": "\u201cWe agree on this,\u201d Foreign Minister Farhad Guliyev said. ",
    "events": "President Leyla Hasanova held talks with Marat Kassenov in Astana on May 5, 2024. ",
    "agreements": "The sides signed a Memorandum of Understanding on Energy in Baku on July 3. ",
}

_PATHOLOGICAL_HEAD = " date 2025-04-21 BAKU, Azerbaijan, April 21. "
_PATHOLOGICAL_TAIL = " The talks ended."


def pathological_text(kind: str, size: int) -> str:
    """A report of exactly *size* characters whose body is one long run of *kind*."""
    unit = PATHOLOGICAL_RUNS[kind]
    room = size - len(_PATHOLOGICAL_HEAD) - len(_PATHOLOGICAL_TAIL)
    run = (unit * (room // len(unit) + 1))[:room]
    return _PATHOLOGICAL_HEAD + run + _PATHOLOGICAL_TAIL
