"""Who takes part: states, organisations and persons mentioned in a report.

The events and agreements stages need to turn the words around a trigger
("Chinese President Xi Jinping met his Kazakh counterpart") into
:class:`~diplocorpus.model.Actor` values with an ISO 3166-1 alpha-3 code.
This module finds, once per document, every mention that can name a
participant:

* states, by name, official name, alias or demonym (the gazetteer's
  ``country_index``; ``Azerbaijani-Chinese`` gives two mentions);
* organisations, by acronym, full name or alias (``data/organisations.tsv``),
  and state groups that stand for their members (``Central Asia`` in
  ``Central Asia-China Summit``);
* persons, tied to a state by the office phrase that introduces them
  (``Minister of Foreign Affairs of Russia Sergey Lavrov`` → RUS; the state
  after ``to`` in ``US Ambassador to Georgia Robin Dunnigan`` is where the
  person serves, not whom they represent) or by the office after their name
  (``Shavkat Mirziyoyev, President of Uzbekistan``), and later by their
  surname alone;
* first-person speech (``our country``, ``I``, ``we``) inside a statement
  whose speaker's state is known;
* contested or former entities (``data/contested.tsv`` and gazetteer rows
  with a status), which are reported, never guessed into a code.

The result is a :class:`Mentions` index that answers "which actors are
mentioned between these offsets" by bisection.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs
import regex

from diplocorpus._actors import ActorMention, MentionForm, find_actor_mentions
from diplocorpus._data import load_tsv, load_words
from diplocorpus._doc import Doc
from diplocorpus._gazetteer import NameIndex, country, country_index, place_index
from diplocorpus._time_grammar import full_months, full_weekdays
from diplocorpus.model import Actor, ActorKind, Span, Statement

__all__ = [
    "Mention",
    "Mentions",
    "Organisation",
    "find_mentions",
    "organisation",
    "organisation_index",
]


@attrs.frozen
class Organisation:
    """A row of ``organisations.tsv``."""

    acronym: str
    name: str
    members: tuple[str, ...] = ()
    status: str = ""  # "", "former", "group"


@attrs.frozen
class Mention:
    """One mention of a possible participant.

    ``actors`` holds the states or organisations it stands for (several for a
    group such as ``Central Asia``; none for a contested entity, where
    ``contested`` is set).  ``form`` says how it was named: ``name``,
    ``official``, ``demonym``, ``organisation``, ``group``, ``person``,
    ``first_person`` or ``contested``.
    """

    span: Span
    actors: tuple[Actor, ...]
    form: str
    contested: bool = False


@functools.cache
def _organisations() -> tuple[Organisation, ...]:
    out = []
    for row in load_tsv("organisations.tsv"):
        members = tuple(m for m in row.get("members", "").split("|") if m)
        out.append(Organisation(row["acronym"], row["name"], members, row.get("status", "")))
    return tuple(out)


def _split(cell: str) -> list[str]:
    return [c.strip() for c in cell.split("|") if c.strip()]


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= 6 and all(c.isupper() for c in letters)


@functools.cache
def organisation_index() -> NameIndex[Organisation]:
    """Every acronym, full name and alias of every organisation and group."""
    entries: list[tuple[str, Organisation, bool]] = []
    by_acronym = {o.acronym: o for o in _organisations()}
    for row in load_tsv("organisations.tsv"):
        org = by_acronym[row["acronym"]]
        for name in [row["acronym"], row["name"], *_split(row.get("aliases", ""))]:
            entries.append((name, org, _is_acronym(name)))
    return NameIndex(entries)


def organisation(name: str) -> Organisation | None:
    """The organisation called *name* (acronym, full name or alias), or None."""
    return organisation_index().get(name)


@functools.cache
def _currency_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("currency_words.txt"))


# A currency sign glued to a state's name: "US$10 billion", "HK$".
_CURRENCY_SIGN = regex.compile(r"\p{Sc}")


def _names_money(folded: str, end: int) -> bool:
    """True when a currency follows *end*: "US$10 billion", "US dollars", "Chinese yuan"."""
    if folded[end : end + 1] != " ":
        # A space is no currency sign: the sign is looked for only where none follows.
        return _CURRENCY_SIGN.match(folded, end) is not None
    words = folded[end + 1 : end + 12].split(maxsplit=1)
    return bool(words) and words[0].rstrip(",.;:)").lower() in _currency_words()


@functools.cache
def _titles() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("participant_titles.txt"))


@functools.lru_cache(maxsize=1024)
def state_actor(alpha3: str) -> Actor:
    """The :class:`Actor` of the state with code *alpha3* (frozen: one per code)."""
    found = country(alpha3)
    name = found.name if found is not None else alpha3
    return Actor(name=name, kind=ActorKind.STATE, country=alpha3)


def org_actor(org: Organisation) -> Actor:
    """The :class:`Actor` of an organisation: its acronym, kind ORGANISATION."""
    return Actor(name=org.acronym, kind=ActorKind.ORGANISATION)


@attrs.frozen
class Mentions:
    """Every participant mention of one document, sorted by position."""

    items: tuple[Mention, ...]
    starts: tuple[int, ...]
    persons: tuple[tuple[str, str], ...] = ()  # (name, alpha3) found in office phrases
    speaker_states: tuple[tuple[Span, str], ...] = ()  # statement span → speaker's state
    quoted: tuple[Span, ...] = ()  # paragraphs that open with a quote mark
    home: str | None = None  # the state of officials named without one

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions lying inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        out = []
        for i in range(lo, len(self.items)):
            m = self.items[i]
            if m.span.start >= end:
                break
            if m.span.end <= end:
                out.append(m)
        return out

    def at(self, start: int, end: int) -> Mention | None:
        """The mention overlapping ``[start, end)``, if any."""
        lo = bisect.bisect_right(self.starts, start) - 1
        for i in range(max(0, lo - 1), min(len(self.items), lo + 2)):
            m = self.items[i]
            if m.span.start < end and start < m.span.end:
                return m
        return None


# A capitalised word of a person's name: "Xi", "Kassym-Jomart", "O'Brien".
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}]*+(?:['-]\p{L}[\p{L}\p{M}]*+)*+")
# Any word token or single punctuation character, for walking office phrases.
_TOKEN = regex.compile(r"[\p{L}\p{M}\d]++(?:['-][\p{L}\p{M}\d]++)*+|'s\b|\S")
# _TOKEN on ASCII text, in the standard engine (faster for the same words).
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9]++(?:['-][A-Za-z0-9]++)*+|'s\b|\S")
_LOWER_WORD = regex.compile(r"[a-z]++")
# The end of a quotation in a paragraph: '," said', '." he added'.
_QUOTE_CLOSE = regex.compile(
    r"[,.!?]\"[ ]++(?:said|added|noted|stressed|emphasi[sz]ed|stated|underlined|the\ )"
)
# The words just before a state mention ("... Affairs of ", "President of the ").
# Searched from the end: each run takes what it must, so it matches where the
# forward search does (its leftmost start), without trying each start.
_WORDS_BEFORE = regex.compile(r"(?:[\p{L}-]++[ ]++){1,6}+$", regex.REVERSE)
_CONNECTORS = frozenset({"the", "of", "and", "for", "a", "his", "her", "to", "their"})
_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "di", "la"})


def _is_calendar_name(word: str) -> bool:
    """A capitalised month or weekday name ("May", "Monday"): never a person."""
    lower = word.lower()
    return word == word.capitalize() and (lower in full_months() or lower in full_weekdays())


_NOT_NAMES = frozenset(
    {
        "The",
        "His",
        "Her",
        "He",
        "She",
        "They",
        "It",
        "On",
        "In",
        "At",
        "During",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Professor",
        "Excellency",
        "Alderman",
        "Sir",
        "H.E",
        "This",
        "That",
        "Today",
        "Yesterday",
    }
)
# Honorifics that may stand before a name without making it part of it.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "professor", "prof", "alderman", "sir", "h.e"})
# First-person words in speech: "our country", "we", "I", "us", "my".
_FIRST_PERSON = regex.compile(r"\b(?:our|we|us|my|I)\b")
# A title immediately followed by a name: "President Ilham Aliyev".
_TITLED_NAME = regex.compile(
    r"\b(?:President|Prime\ Minister|Premier|Foreign\ Minister|Minister|Chancellor"
    r"|Secretary\ of\ State|King|Emir|Sheikh|Crown\ Prince)\ ++"
    r"(?P<name>\p{Lu}[\p{L}\p{M}-]*+(?:\ \p{Lu}[\p{L}\p{M}-]*+){0,2})",
    regex.VERBOSE,
)

# _TITLED_NAME on ASCII text, in the standard engine, without its leading \b:
# a pattern that starts with a fixed word is found by a fast scan for its
# first letters there, and the word boundary is tested at each match
# (_titled_names).
_ASCII_TITLED_NAME = re.compile(
    r"(?:President|Prime Minister|Premier|Foreign Minister|Minister|Chancellor"
    r"|Secretary of State|King|Emir|Sheikh|Crown Prince) ++"
    r"(?P<name>[A-Z][A-Za-z-]*+(?: [A-Z][A-Za-z-]*+){0,2})"
)


def _titled_names(folded: str, start: int, end: int) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The matches of _TITLED_NAME in ``folded[start:end]``, in order."""
    if not folded[max(0, start - 1) : end].isascii():
        yield from _TITLED_NAME.finditer(folded, start, end)
        return
    search = _ASCII_TITLED_NAME.search
    pos = start
    while (found := search(folded, pos, end)) is not None:
        at = found.start()
        if at and (folded[at - 1].isalnum() or folded[at - 1] == "_"):
            pos = at + 1  # inside a word: no match of _TITLED_NAME starts here
            continue
        yield found
        pos = found.end()


@functools.cache
def _actor_index() -> NameIndex[tuple[str, str]]:
    """States, organisations and contested entities in one table, one scan.

    Values are ``(what, key)``: ``("state", "AZE:demonym")``, ``("org",
    "SCO")``, ``("contested", "Kosovo")``.  The country entries mirror the
    gazetteer's ``country_index`` (names, aliases, official names, demonyms).
    """
    entries: list[tuple[str, tuple[str, str], bool]] = []
    for row in load_tsv("countries.tsv"):
        code = row["alpha3"]
        for name in [row["name"], *_split(row.get("aliases", ""))]:
            entries.append((name, ("state", f"{code}:name"), _is_acronym(name)))
        if row.get("official"):
            entries.append((row["official"], ("state", f"{code}:official"), False))
        for name in _split(row.get("demonyms", "")):
            entries.append((name, ("state", f"{code}:demonym"), False))
    for row in load_tsv("organisations.tsv"):
        for name in [row["acronym"], row["name"], *_split(row.get("aliases", ""))]:
            entries.append((name, ("org", row["acronym"]), _is_acronym(name)))
    for row in load_tsv("contested.tsv"):
        entries.append((row["name"], ("contested", row["name"]), False))
    # A place whose name holds another country's name ("New Jersey", "New
    # Mexico") is read whole, so the country inside it is no mention.
    states = {n.casefold(): v[1].split(":")[0] for n, v, _c in entries if v[0] == "state"}
    for row in load_tsv("cities.tsv"):
        aliases = row.get("aliases", "")
        if len(row["name"].split()) < 2 and len(aliases.split()) < 2:
            continue  # one word each (most cities): no shorter name inside
        for name in [row["name"], *_split(aliases)]:
            words = name.split()
            if len(words) < 2:
                continue  # no shorter name inside one word
            inner = {
                states.get(" ".join(words[i:j]).casefold())
                for i in range(len(words))
                for j in range(i + 1, len(words) + 1)
                if j - i < len(words)
            }
            if any(code not in (None, row["country"]) for code in inner):
                entries.append((name, ("place", name), False))
    # Likewise a region named after a state's name ("Latin America").
    entries.extend((name, ("place", name), False) for name in load_words("region_names.txt"))
    return NameIndex(entries)


@functools.cache
def _orgs_by_acronym() -> dict[str, Organisation]:
    return {o.acronym: o for o in _organisations()}


def _country_mentions(folded: str, start: int, end: int) -> tuple[Mention, ...]:
    """States, organisations and contested entities in ``folded[start:end]``.

    ``parse`` finds the mentions once per article and hands them to both the
    events and the agreements stage, so nothing here is memoised.
    """
    out: list[Mention] = []
    for at, stop, (what, key) in _actor_index().scan(folded, start, end):
        if what == "place":
            continue
        if what == "state" and _names_money(folded, stop):
            continue
        actors, form = _stands_for(what, key)
        out.append(Mention(Span(at, stop), actors, form, contested=form == "contested"))
    # The scan's matches neither overlap nor come out of order: none to drop.
    return tuple(out)


@functools.cache
def _stands_for(what: str, key: str) -> tuple[tuple[Actor, ...], str]:
    """The actors and form of a mention of the actor table's value ``(what, key)``.

    A function of the table's (finite) values, so each is built once.
    """
    if what == "contested":
        return (), "contested"
    if what == "org":
        org = _orgs_by_acronym()[key]
        if org.status == "group":
            return tuple(state_actor(code) for code in org.members), "group"
        return (org_actor(org),), "organisation"
    code, form = key.split(":")
    info = country(code)
    if info is not None and info.status in ("contested", "former"):
        return (), "contested"
    return (state_actor(code),), form


def _drop_overlaps(found: Iterable[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (the earliest on a tie)."""
    ordered = sorted(found, key=lambda m: (m.span.start, -len(m.span)))
    out: list[Mention] = []
    for m in ordered:
        if out and m.span.start < out[-1].span.end:
            if len(m.span) > len(out[-1].span):
                out[-1] = m
            continue
        out.append(m)
    return out


def _name_at(folded: str, pos: int, end: int) -> tuple[Span, str] | None:
    """The person's name (one to four capitalised words) starting at *pos*."""
    words: list[tuple[int, int]] = []
    i = pos
    while i < end and len(words) < 4:
        m = _NAME_WORD.match(folded, i, end)
        if m is None:
            low = _LOWER_WORD.match(folded, i, end)
            if low is not None and low.group() in _PARTICLES and words:
                nxt = low.end()
                if folded[nxt : nxt + 1] == " ":
                    i = nxt + 1
                    continue
            break
        word = m.group()
        if word in _NOT_NAMES or _is_calendar_name(word) or word.lower() in _titles():
            break
        words.append((m.start(), m.end()))
        i = m.end()
        if folded[i : i + 1] == " ":
            i += 1
        else:
            break
    if not words:
        return None
    span = Span(words[0][0], words[-1][1])
    return span, folded[span.start : span.end]


def _persons(folded: str, mentions: Sequence[Mention], limit: int) -> list[tuple[Span, str, str]]:
    """Persons introduced by an office phrase that names their state.

    Walks forward from each state mention over office words, connectors and
    further state mentions to the first capitalised word that is none of
    them: that starts the name.  The state is the first in the phrase not
    introduced by ``to`` (``Ambassador of X to Y Name`` → X).
    """
    by_start = {m.span.start: m for m in mentions}
    titles = _titles()
    found: list[tuple[Span, str, str]] = []
    taken: set[int] = set()
    for mention in mentions:
        if mention.form in ("contested", "group") or len(mention.actors) != 1:
            continue
        first = _code_of(mention.actors[0])
        if first is None:
            continue
        before = folded[max(0, mention.span.start - 8) : mention.span.start].lower()
        if before.endswith((" to ", " to the ")):
            continue
        states = [first]
        pos = mention.span.end
        stop = min(limit, pos + 120)
        # The same words in the standard engine where the walk's window is ASCII.
        token_at = _ASCII_TOKEN.match if folded[pos:stop].isascii() else _TOKEN.match
        saw_title = False  # an office word after the state (before: see _title_before)
        after_to = False
        steps = 0
        while pos < stop and steps < 30:
            steps += 1
            while pos < stop and folded[pos] == " ":
                pos += 1
            if pos >= stop:
                break
            other = by_start.get(pos)
            if other is not None:
                code = _code_of(other.actors[0]) if len(other.actors) == 1 else None
                if code is not None and not after_to:
                    states.append(code)
                after_to = False
                pos = other.span.end
                continue
            tok = token_at(folded, pos, stop)
            if tok is None:
                break
            word = tok.group()
            low = word.lower()
            if low in ("'s", "-", "'"):
                pos = tok.end()
                continue
            if low == "to":
                after_to = True
                pos = tok.end()
                continue
            if low in titles or low in _HONORIFICS or low.rstrip(".") in _HONORIFICS:
                saw_title = saw_title or low not in _CONNECTORS
                after_to = False if low not in ("the",) else after_to
                pos = tok.end()
                if folded[pos : pos + 1] == ".":
                    pos += 1
                continue
            if not word[:1].isupper() or not (
                saw_title or _title_before(folded, mention.span.start, titles)
            ):
                break
            name = _name_at(folded, pos, stop)
            if name is None or name[0].start in taken:
                break
            span, text = name
            taken.add(span.start)
            found.append((span, text, states[0]))
            # "Presidents of X and Y A B and C D": pair the second name with Y.
            rest = folded[span.end : span.end + 5]
            if rest.startswith(" and ") and len(states) > 1:
                second = _name_at(folded, span.end + 5, stop)
                if second is not None and second[0].start not in taken:
                    taken.add(second[0].start)
                    found.append((second[0], second[1], states[1]))
            break
    return found


def _appositions(
    folded: str, mentions: Sequence[Mention], taken: set[int]
) -> list[tuple[Span, str, str]]:
    """Persons whose office follows their name: "Shavkat Mirziyoyev, President of Uzbekistan".

    The office is a run of office words after a comma and before ``of`` (``of
    the``) and the state; the name is the capitalised words just before the
    comma.  The state after ``to`` is where an envoy serves, so an office
    holding ``to`` names no state here.
    """
    titles = _titles()
    found: list[tuple[Span, str, str]] = []
    # Only mentions right after "of " can end an office: found by C-level
    # str.endswith over the starts rather than a test of each in Python.
    starts = [m.span.start for m in mentions]
    after_of = map(
        folded.endswith, itertools.repeat((" of ", " of the ")), itertools.repeat(0), starts
    )
    for mention in itertools.compress(mentions, after_of):
        if mention.form in ("contested", "group", "organisation") or len(mention.actors) != 1:
            continue
        at = mention.span.start
        if folded.endswith(" of ", 0, at):
            office_end = at - 4
        elif folded.endswith(" of the ", 0, at):
            office_end = at - 8
        else:
            continue
        # The word before "of": an office word ends an office; a capitalised
        # other word may end a titled name; anything else ("Republic") neither.
        before = folded[max(0, office_end - 30) : office_end].rsplit(" ", 1)[-1]
        office = before.lower() in titles
        if not office and (office_end != at - 4 or not before[:1].isupper()):
            continue
        code = _code_of(mention.actors[0])
        if code is None:
            continue
        if not office:
            # "President Recep Tayyip Erdogan of Turkiye", "Sultan Haitham bin Tarik of Oman".
            titled = _titled_name_before(folded, office_end, titles)
            if titled is not None and titled[0].start not in taken:
                taken.add(titled[0].start)
                found.append((titled[0], titled[1], code))
            continue
        comma = folded.rfind(", ", max(0, office_end - 60), office_end)
        if comma < 0:
            continue
        words = folded[comma + 2 : office_end].split(" ")
        if words and words[0].lower() == "the":
            words = words[1:]
        if not words or not all(w.lower() in titles or w.lower() in _CONNECTORS for w in words):
            continue
        if "to" in words or not any(w.lower() not in _CONNECTORS for w in words):
            continue
        name = _name_before_comma(folded, comma)
        if name is None or name[0].start in taken:
            continue
        taken.add(name[0].start)
        found.append((name[0], name[1], code))
    return found


def _titled_name_before(folded: str, end: int, titles: frozenset[str]) -> tuple[Span, str] | None:
    """A name after an office word ending at *end*: "President Recep Tayyip Erdogan".

    The name is one to four capitalised words (particles such as ``bin``
    between them) right after a capitalised office word or honorific.
    """
    words = folded[max(0, end - 80) : end].split(" ")
    names: list[str] = []
    for word in reversed(words):
        if len(names) == 5 or not word:
            return None
        low = word.lower()
        if names and word[:1].isupper() and (low in titles or low.rstrip(".") in _HONORIFICS):
            while names and names[-1] in _PARTICLES:
                names.pop()
            if not names or low in _CONNECTORS:
                return None
            text = " ".join(reversed(names))
            if not folded.endswith(text, 0, end):
                return None
            if country_index().get(text) is not None or organisation(text) is not None:
                return None
            return Span(end - len(text), end), text
        if low in _PARTICLES and names:
            names.append(word)
            continue
        if not _NAME_WORD.fullmatch(word) or word in _NOT_NAMES or _is_calendar_name(word):
            return None
        if low in titles:
            return None
        names.append(word)
    return None


def _name_before_comma(folded: str, comma: int) -> tuple[Span, str] | None:
    """The person's name (two to four capitalised words) ending at *comma*."""
    words = folded[max(0, comma - 60) : comma].split()
    names: list[str] = []
    for word in reversed(words):
        if (
            len(names) == 4
            or not _NAME_WORD.fullmatch(word)
            or word in _NOT_NAMES
            or _is_calendar_name(word)
            or word.lower() in _titles()
        ):
            break
        names.append(word)
    if len(names) < 2:
        return None  # "Uzbekistan, President of ...": one word is no person's name
    text = " ".join(reversed(names))
    if not folded.endswith(text, 0, comma):
        return None  # the name runs over a line break
    if country_index().get(text) is not None or organisation(text) is not None:
        return None
    return Span(comma - len(text), comma), text


def _title_before(folded: str, pos: int, titles: frozenset[str]) -> bool:
    """Whether an office word stands in the words just before *pos*.

    "Minister of Foreign Affairs of Moldova Mihai Popsoi": the office comes
    before the state.
    """
    lead = _WORDS_BEFORE.search(folded, max(0, pos - 40), pos)
    return lead is not None and any(
        w.lower() in titles and w.lower() not in _CONNECTORS for w in lead.group().split()
    )


def _code_of(actor: Actor) -> str | None:
    """A person-map code: the ISO-3 code of a state, ``org:ACRONYM`` of an organisation."""
    if actor.kind is ActorKind.ORGANISATION:
        return f"org:{actor.name}"
    return actor.country


def actor_of_code(code: str) -> Actor:
    if code.startswith("org:"):
        org = _orgs_by_acronym().get(code[4:])
        if org is not None:
            return org_actor(org)
    return state_actor(code)


def _fallback_state(doc: Doc, base: Sequence[Mention], assigned: set[str]) -> str | None:
    """The state of titled persons whose state the text never gives.

    Wire reports name their own country's officials without the country:
    the dateline's state where the report mentions that state, else the
    state the report mentions most often that no other person holds, else
    (every state named is another person's) the dateline's state.
    """
    counts: dict[str, int] = {}
    for m in base:
        if len(m.actors) == 1 and m.actors[0].kind is ActorKind.STATE and m.actors[0].country:
            code = m.actors[0].country
            counts[code] = counts.get(code, 0) + 1
    home = _dateline_state(doc)
    if home is not None and home in counts:
        return home
    free = [(n, code) for code, n in counts.items() if code not in assigned]
    if not free:
        # Every state named belongs to another person ("President Ilham Aliyev
        # ... President Recep Tayyip Erdogan of Turkiye", datelined Baku): the
        # dateline's state, if any.
        return home
    free.sort(key=lambda item: (-item[0], item[1]))
    if len(free) > 1 and free[0][0] == free[1][0]:
        return None  # a tie: nothing to go on
    return free[0][1]


def _dateline_state(doc: Doc) -> str | None:
    """The state of the dateline's place, if the report has a dateline."""
    if doc.dateline is None:
        return None
    for match in place_index().find(doc.folded, doc.dateline.start, doc.dateline.end):
        if match.value.country:
            return match.value.country
    return None


def find_mentions(
    doc: Doc,
    statements: Sequence[Statement] = (),
    actors: tuple[ActorMention, ...] | None = None,
) -> Mentions:
    """Every participant mention in the body of *doc*.

    *statements* (from the statements stage) let first-person words inside a
    quotation stand for the speaker's state.  *actors* are the actor mentions
    of *doc* when the caller has them already; else they are found here.
    """
    folded = doc.folded
    start, end = doc.body.start, doc.body.end
    if doc.title is not None:
        start = min(start, doc.title.start)
    base = list(_country_mentions(folded, start, end))
    persons = _persons(folded, base, end)
    persons.extend(_appositions(folded, base, {span.start for span, _n, _c in persons}))
    person_state: dict[str, str | None] = {}
    for _span, name, code in persons:
        words = [w for w in name.split() if w.lower() not in _PARTICLES and len(w) > 1]
        for key in {name, *words}:
            if person_state.get(key, code) != code:
                person_state[key] = None  # two states claim the name: ambiguous
            else:
                person_state[key] = code
    # Persons the actors stage tied to a state ("Shavkat Mirziyoyev, President
    # of Uzbekistan") that no office phrase here did.
    for found in find_actor_mentions(doc) if actors is None else actors:
        actor = found.actor
        if (
            found.form is MentionForm.NAME
            and actor is not None
            and actor.kind is ActorKind.PERSON
            and actor.country
        ):
            words = [w for w in actor.name.split() if w.lower() not in _PARTICLES and len(w) > 1]
            for key in (actor.name, *words):
                person_state.setdefault(key, actor.country)
    assigned = {code for _s, _n, code in persons}
    home = _fallback_state(doc, base, assigned)
    if home is not None:
        for m in _titled_names(folded, start, end):
            name = m.group("name")
            words = [w for w in name.split() if w.lower() not in _PARTICLES and len(w) > 1]
            if name in person_state or any(w in person_state for w in words):
                continue
            if country_index().get(name) is not None or organisation(name) is not None:
                continue
            for key in (name, *words):
                if key not in person_state:
                    person_state[key] = home
    # "Erdoğan" in one place, "Erdogan" in another (a headline, another
    # agency's spelling): a name's plain-letter form is the name too.
    keys = list(person_state)
    for key in itertools.compress(keys, map(operator.not_, map(str.isascii, keys))):
        plain = _plain(key)
        if plain not in person_state:
            person_state[plain] = person_state[key]
    extra: list[Mention] = []
    base_starts = [m.span.start for m in base]
    for m in _person_words(folded, start, end, _by_word(person_state)):
        state = person_state.get(_strip_s(m.group()))
        if state is None and not m.group().isascii():
            state = person_state.get(_plain(_strip_s(m.group())))
        if not state:
            continue
        span = Span(m.start(), m.end())
        if _overlaps_any(base, base_starts, span):
            continue
        extra.append(Mention(span, (actor_of_code(state),), "person"))
    speaker_states = _speaker_states(statements, person_state, home)
    for stmt_span, code in speaker_states:
        for fp in _FIRST_PERSON.finditer(doc.text, stmt_span.start, stmt_span.end):
            extra.append(
                Mention(Span(fp.start(), fp.end()), (actor_of_code(code),), "first_person")
            )
    items = tuple(_drop_overlaps([*base, *extra]))
    return Mentions(
        items=items,
        starts=tuple(m.span.start for m in items),
        persons=tuple((name, code) for _s, name, code in persons),
        speaker_states=tuple(speaker_states),
        quoted=tuple(
            p
            for p in doc.paragraphs
            if folded[p.start] in "\"'"
            or (
                folded.find('"', p.start, p.end) >= 0
                and _QUOTE_CLOSE.search(folded, p.start, p.end)
            )
        ),
        home=home,
    )


def _strip_s(word: str) -> str:
    """*word* without a possessive ``'s``: the person map's key for it."""
    return word[:-2] if word.endswith("'s") else word


def _by_word(person_state: dict[str, str | None]) -> frozenset[str]:
    """Every name word as written whose :func:`_strip_s` has a state in *person_state*."""
    keys = [key for key, code in person_state.items() if code]
    return frozenset([*(k for k in keys if not k.endswith("'s")), *(k + "'s" for k in keys)])


# _NAME_WORD on ASCII text, in the standard engine (no marks; letters are a-z, A-Z).
_ASCII_NAME_WORD = re.compile(r"[A-Z][A-Za-z]*+(?:['-][A-Za-z][A-Za-z]*+)*+")


def _person_words(
    folded: str, start: int, end: int, words: frozenset[str]
) -> Iterable[re.Match[str] | regex.Match[str]]:
    """The matches of _NAME_WORD in ``folded[start:end]`` that are one of *words*.

    Every capitalised word is matched in C; the look-up of each word is a
    ``map`` over them rather than a loop, since few are a person's name.
    """
    if not words:
        return ()
    # _NAME_WORD looks neither before nor after its match: a slice finds the same words.
    region = folded[start:end]
    found: list[re.Match[str]] | list[regex.Match[str]]
    if region.isascii():
        found = list(_ASCII_NAME_WORD.finditer(folded, start, end))
        group: Callable[..., str | Any] = re.Match.group
    else:
        found = list(_NAME_WORD.finditer(folded, start, end))
        group = regex.Match.group
        names = list(map(group, found))
        hits = list(map(words.__contains__, names))
        # "Erdoğan" is the person introduced as "Erdogan": the plain form of
        # each non-ASCII word (few, found in C) is looked up too.
        for i in itertools.compress(range(len(names)), map(operator.not_, map(str.isascii, names))):
            hits[i] = hits[i] or _plain(names[i]) in words
        return itertools.compress(found, hits)
    return itertools.compress(found, map(words.__contains__, map(group, found)))


@functools.lru_cache(maxsize=4096)
def _plain(word: str) -> str:
    """*word* without its diacritics: ``Erdogan`` of ``Erdoğan``, ``Vucic`` of ``Vučić``."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _overlaps_any(mentions: Sequence[Mention], starts: Sequence[int], span: Span) -> bool:
    """Whether *span* overlaps one of *mentions* (sorted; *starts* their starts)."""
    i = bisect.bisect_right(starts, span.start) - 1
    return any(0 <= j < len(mentions) and mentions[j].span.overlaps(span) for j in (i, i + 1))


def _speaker_states(
    statements: Sequence[Statement], person_state: dict[str, str | None], home: str | None
) -> list[tuple[Span, str]]:
    out: list[tuple[Span, str]] = []
    for stmt in statements:
        speaker = stmt.speaker
        if speaker is None:
            continue
        code: str | None = speaker.country
        if code is None:
            code = person_state.get(speaker.name)
        if code is None:
            for word in reversed(speaker.name.split()):
                code = person_state.get(word)
                if code:
                    break
        if code is None and speaker.kind is ActorKind.PERSON:
            code = home
        if code:
            out.append((stmt.span, code))
    return out


def speaker_state_at(mentions: Mentions, pos: int) -> str | None:
    """The state of the speaker whose statement covers *pos*, if known."""
    for span, code in mentions.speaker_states:
        if span.start <= pos < span.end:
            return code
    # A quotation the statements stage did not attribute: in a wire report,
    # most often the words of the report's own official.
    for span in mentions.quoted:
        if span.start <= pos < span.end:
            return mentions.home
    return None


def home_state(doc: Doc) -> str | None:
    """The state of the report's dateline place (a weak default for speakers)."""
    return _dateline_state(doc)
