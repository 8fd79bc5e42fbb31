"""Who is mentioned: persons, institutions and agencies, and who they are.

:func:`find_actor_mentions` walks the body of a :class:`~diplocorpus._doc.Doc`
once and returns every mention that can stand for a speaker or a participant,
each resolved to an :class:`~diplocorpus.model.Actor` where the article
allows it.  The statements stage uses it for speakers; the events stage may
use it for the states of persons (``mention.actor.country``).

Mention forms (:class:`MentionForm`):

* ``NAME``: a person's name found by its shape, capitalised words next to a
  title, an honorific or a verb, never by a list of known people:
  ``President of Azerbaijan Ilham Aliyev``, ``Azerbaijani President Ilham
  Aliyev``, ``Foreign Minister Jeyhun Bayramov``, ``H.E. Mr Ilham Aliyev``,
  ``Kazem Gharibabadi, Iran's Deputy Foreign Minister``.  The
  role comes from ``data/titles.tsv``, the country from a country name or
  demonym in the title phrase (``_gazetteer.country_index``).
* ``SURNAME``: one or more words of a name introduced earlier (``Xi``,
  ``Lavrov``, ``President Tokayev``), resolved to the full name.
* ``ROLE``: ``the head of state``, ``the Azerbaijani leader``, ``the
  minister``, ``the Chinese side``: the most recent earlier person whose role
  classes (``titles.tsv``) and country fit.
* ``PRONOUN``: ``he``/``she``: the most recent earlier person who looked like
  the subject of a clause (a name followed by a verb), else the most recent
  person.
* ``GROUP``: ``they``, ``the sides``, ``the two leaders``: the two most recent
  distinct persons, as one actor named ``A and B``.
* ``INSTITUTION``: ``the Russian Foreign Ministry``, ``the State Department``
  (head words in ``data/institutions.tsv``); a bare ``the ministry`` is
  resolved to the most recent institution with the same head word.
* ``AGENCY``: a news agency (``data/agencies.tsv``) or ``the agency``.

A role with no person named for it (``The Foreign Minister said``, no
minister before) stands for the office itself (``Foreign Minister``), a bare
``the ministry`` with no ministry before for ``Ministry``; ``the statement``
for the issuer named in the latest sentence that mentions a statement.
``he``/``she`` skip a person the text gives the other gender (``Mrs``,
``Queen``, ``Chairwoman``: ``data/gender_words.tsv``; ``for her part``).
Any other mention that cannot be resolved keeps ``actor=None``.

>>> from diplocorpus._actors import find_actor_mentions
>>> from diplocorpus._doc import Doc
>>> from diplocorpus._layout import paragraphs, sentences
>>> from diplocorpus._text import fold
>>> from diplocorpus.model import Span
>>> text = "Chinese President Xi Jinping met the press. The head of state said so."
>>> folded = fold(text)
>>> paras = paragraphs(folded, Span(0, len(text)))
>>> doc = Doc(text, folded, Span(0, len(text)), paras, sentences(folded, paras))
>>> [(m.text, m.form.value, m.actor.name if m.actor else None) for m in find_actor_mentions(doc)]
[('Xi Jinping', 'name', 'Xi Jinping'), ('The head of state', 'role', 'Xi Jinping')]
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs
import regex

from diplocorpus._data import load_tsv, load_words
from diplocorpus._doc import Doc
from diplocorpus._gazetteer import country, country_index, place_index
from diplocorpus.model import Actor, ActorKind, Span

__all__ = [
    "ActorMention",
    "MentionForm",
    "Title",
    "actor_at",
    "find_actor_mentions",
    "title_of",
]


class MentionForm(enum.Enum):
    """How an actor is mentioned (see the module docstring)."""

    NAME = "name"
    SURNAME = "surname"
    ROLE = "role"
    PRONOUN = "pronoun"
    GROUP = "group"
    INSTITUTION = "institution"
    AGENCY = "agency"


@attrs.frozen
class ActorMention:
    """One mention of an actor in the text.

    ``span``/``text``: the words of the mention (a person's name without its
    title: ``Ilham Aliyev`` in ``President Ilham Aliyev``).  ``actor``: who it
    stands for, or None when the article does not say.  ``subject``: the
    mention is followed by a verb, so it likely is the subject of a clause.
    ``title_span``: for a ``NAME``, the title phrase that introduced it.
    """

    span: Span
    text: str
    form: MentionForm
    actor: Actor | None = None
    subject: bool = False
    title_span: Span | None = None
    sentence: int = -1  # index of the sentence in ``Doc.sentences``

    @property
    def is_full_name(self) -> bool:
        """True for a person's name as written in full (``NAME``)."""
        return self.form is MentionForm.NAME

    @property
    def is_role(self) -> bool:
        """True for a role mention (``the head of state``)."""
        return self.form is MentionForm.ROLE

    @property
    def is_pronoun(self) -> bool:
        """True for ``he``, ``she`` (and ``they`` as a ``GROUP``)."""
        return self.form is MentionForm.PRONOUN


@attrs.frozen
class Title:
    """A row of ``titles.tsv``: the canonical role and its role classes."""

    role: str
    classes: frozenset[str]


# --------------------------------------------------------------------------
# Vocabulary.
# --------------------------------------------------------------------------


@functools.cache
def _titles() -> dict[tuple[str, ...], Title]:
    out: dict[tuple[str, ...], Title] = {}
    for row in load_tsv("titles.tsv"):
        key = tuple(row["title"].lower().split())
        classes = frozenset(c for c in row["classes"].split("|") if c)
        out.setdefault(key, Title(row["role"], classes))
    return out


@functools.cache
def _title_words() -> frozenset[str]:
    words = {w for key in _titles() for w in key}
    # Words that build office phrases without being titles on their own.
    words |= {"acting", "former", "deputy", "first", "foreign", "affairs", "external"}
    words |= {"defence", "defense", "interior", "economy", "energy", "trade", "finance"}
    words |= {"justice", "education", "culture", "health", "agriculture", "chief", "special"}
    words |= {"high", "permanent", "presidential", "executive", "general", "state", "vice"}
    words |= {"co-chair", "lord", "crown", "press", "extraordinary", "plenipotentiary"}
    words -= {"of", "the", "d'affaires"}
    return frozenset(words)


@functools.cache
def _title_firsts() -> frozenset[str]:
    """The first word of every title (``head`` of ``head of state``)."""
    return frozenset(key[0] for key in _titles() if key)


def title_of(phrase: str) -> Title | None:
    """The :class:`Title` of an office phrase (``Foreign Minister``), or None."""
    return _titles().get(tuple(phrase.lower().split()))


@functools.cache
def _honorifics() -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for w in load_words("honorifics.txt"))


@functools.cache
def _gender_words() -> dict[str, str]:
    """Title and address words that tell a gender: ``mrs`` -> ``f``, ``king`` -> ``m``."""
    return {row["word"]: row["gender"] for row in load_tsv("gender_words.tsv")}


@functools.cache
def _stopwords() -> frozenset[str]:
    """Capitalised words that never belong to a person's name."""
    return frozenset(load_words("name_stopwords.txt"))


@functools.cache
def _entity_words() -> frozenset[str]:
    """Words that make a capitalised run the name of a thing, not of a person."""
    return frozenset(load_words("entity_words.txt"))


@functools.cache
def _all_heads() -> dict[str, str]:
    return {row["head"].lower(): row["kind"] for row in load_tsv("institutions.tsv")}


@functools.cache
def _institution_heads() -> dict[str, str]:
    """Head words of institutions and agencies (``ministry`` -> ``institution``)."""
    return {head: kind for head, kind in _all_heads().items() if kind != "document"}


@functools.cache
def _document_words() -> frozenset[str]:
    """Texts that speak for their issuer: ``the statement said``."""
    return frozenset(head for head, kind in _all_heads().items() if kind == "document")


@functools.cache
def _agency_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in load_tsv("agencies.tsv"):
        for name in [row["name"], *(a for a in row.get("aliases", "").split("|") if a)]:
            out.setdefault(name.lower(), row["name"])
    return out


# How many earlier mentions a role, a group or "the ministry" may look back
# over: enough for any report, and it keeps pathological input linear.
_LOOKBACK = 200
_PARTICLES = frozenset(
    {"bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "di", "la", "le"}
)
_PREPOSITIONS = frozenset(
    {"of", "and", "for", "to", "with", "at", "in", "on", "from", "by", "who", "whom", "whose"}
    | {"which", "that", "as", "or", "but", "'s", "during", "after", "before", "about"}
    | {"between", "among", "into", "over", "under", "via"}
)
_GROUP_WORDS = regex.compile(
    # "the sides", "the two leaders", "both sides", "the parties", "the interlocutors"
    r"\b(?:the\ two|both|the)\ (?:sides|leaders|presidents|ministers|heads\ of\ state"
    r"|parties|interlocutors|men|counterparts|foreign\ ministers|prime\ ministers)\b"
    r"|\b(?:the\ two|both)\ (?:side|leader)s?\b",
    regex.IGNORECASE | regex.VERBOSE,
)
# The same for lower-cased ASCII text (where case-insensitive matching is
# matching the lower case), without the slower case-insensitive engine.
_LOWER_GROUP_WORDS = regex.compile(_GROUP_WORDS.pattern, regex.VERBOSE)
# The words a match starts with, how the word after them starts, and the
# first words glued to a word before (where a match may start inside a word).
_GROUP_OPENERS = frozenset({"the", "both"})
_GROUP_SECONDS = (
    "two", "side", "leader", "president", "minister", "heads", "parties",
    "interlocutors", "men", "counterparts", "foreign", "prime",
)  # fmt: skip
_GLUED_GROUP_OPENER = re.compile(r"[-'`](?:the|both) ")
_GLUED_GROUP_OPENER_ANY_CASE = re.compile(_GLUED_GROUP_OPENER.pattern, re.IGNORECASE)

# A word of the body: letters with inner apostrophes, backticks or hyphens
# ("Xi'an", "Aliyeva`s", "Kassym-Jomart"), or any single other character.
_TOKEN = regex.compile(r"[\p{L}\p{M}\d]++(?:['`-][\p{L}\p{M}\d]++)*+|[,.:;&()]")
_PUNCT = frozenset(",.:;&()")
_ROLE_OPENERS = frozenset({"the", "his", "her"})  # "the head of state", "his counterpart"
_PRONOUNS = frozenset({"he", "she", "they", "him", "her"})
_H = frozenset({"h"})  # "H." (His/Her Excellency's initial)
_NAME_CLASSES = frozenset({"N", "P"})  # word classes a name may start with


# _TOKEN as one capturing group, for ``split``: the words come out between
# the gaps as plain strings (no match object per word) and the offsets follow
# from their lengths.  On ASCII text the standard engine does it, with the
# same possessive quantifiers (they save the engine its backtracking state).
_TOKEN_SPLIT = regex.compile(r"([\p{L}\p{M}\d]++(?:['`-][\p{L}\p{M}\d]++)*+|[,.:;&()])")
_ASCII_TOKEN_SPLIT = re.compile(r"([A-Za-z0-9]++(?:['`-][A-Za-z0-9]++)*+|[,.:;&()])")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_MIXED_STRETCHES = 8  # non-ASCII stretches split apart, at most


class _Columns(NamedTuple):
    """The words of the body column by column, for scans that run in C.

    Word ``i`` is ``texts[i]``, from ``starts[i]`` to ``ends[i]``; ``lows[i]``
    is it lower-cased, ``stems[i]`` the same without a possessive ``'s``
    (``Azerbaijan's`` -> ``azerbaijan``), ``sents[i]`` the index of its
    sentence in ``Doc.sentences`` (-1 before the first).  ``capitals``: the
    indexes of the words that start with a capital letter, for scans that
    only look at those.  No object per word: the rules read the columns by
    index.
    """

    texts: list[str]
    lows: list[str]
    stems: list[str]
    capitals: list[int]
    starts: list[int]
    ends: list[int]
    sents: list[int]


def _tokens(doc: Doc) -> _Columns:
    """The words of the body, each column built by one call into C."""
    folded, start, end = doc.folded, doc.body.start, doc.body.end
    body = folded[start:end]
    # [gap, word, gap, word, ..., gap]: most reports are ASCII once folded.
    ascii_body = body.isascii()
    parts = _ASCII_TOKEN_SPLIT.split(body) if ascii_body else _split_mixed(body)
    texts = parts[1::2]
    offsets = list(itertools.accumulate(map(len, parts), initial=start))
    starts = offsets[1:-1:2]
    ends = offsets[2::2]
    lows = list(map(str.lower, texts))
    stems = lows.copy()
    if ascii_body:
        # A word ends in "'s" (any case) exactly where the text has "'s" at
        # its end: look for the few marks in C, not at every word.
        possessives = _possessive_words(body, start, ends, lows)
    else:
        possessives = _where(map(str.endswith, lows, itertools.repeat(("'s", "`s"))))
    for i in possessives:
        stems[i] = lows[i][:-2]
    capitals = _where(map(str.isupper, map(operator.itemgetter(0), texts)))
    # The first word of each sentence; the words before the first are in none (-1).
    n = len(starts)
    cuts = [bisect.bisect_left(starts, s.start) for s in doc.sentences]
    sentences = [-1] * (cuts[0] if cuts else n)
    for k, cut in enumerate(cuts):
        sentences += [k] * ((cuts[k + 1] if k + 1 < len(cuts) else n) - cut)
    return _Columns(texts, lows, stems, capitals, starts, ends, sentences)


def _split_mixed(body: str) -> list[str]:
    """``_TOKEN_SPLIT.split(body)`` for a *body* with non-ASCII characters.

    Only the stretches around them, between spaces (no word holds one, so a
    cut at a space changes no word), go to the slower ``regex`` engine; the
    ASCII text between them to the standard one.  Each stretch is searched
    from the end of the one before: linear in the body.  After a few
    stretches (a text in another script) the rest goes to ``regex`` whole.
    """
    parts = [""]  # [gap, word, gap, ..., gap] so far
    pos = 0  # the body before it is split
    for _ in range(_MIXED_STRETCHES):
        m = _NON_ASCII.search(body, pos)
        if m is None:
            break
        cut = body.rfind(" ", pos, m.start()) + 1  # after a space, or at pos
        stop = body.find(" ", m.end())
        stop = len(body) if stop < 0 else stop
        for piece in (
            _ASCII_TOKEN_SPLIT.split(body[pos : max(pos, cut)]),
            _TOKEN_SPLIT.split(body[max(pos, cut) : stop]),
        ):
            parts[-1] += piece[0]  # the gaps at a cut join
            parts += piece[1:]
        pos = stop
    else:
        if _NON_ASCII.search(body, pos) is not None:
            piece = _TOKEN_SPLIT.split(body[pos:])
            parts[-1] += piece[0]
            parts += piece[1:]
            return parts
    piece = _ASCII_TOKEN_SPLIT.split(body[pos:])
    parts[-1] += piece[0]
    parts += piece[1:]
    return parts


def _possessive_words(body: str, start: int, ends: list[int], lows: list[str]) -> list[int]:
    """The indexes of the words (ending at *ends*, lower-cased *lows*) that end
    in ``'s`` or ```s``, for an ASCII *body* that starts at offset *start*."""
    found: set[int] = set()
    for mark in ("'s", "'S", "`s", "`S"):
        at = body.find(mark)
        while at >= 0:
            end = start + at + 2
            k = bisect.bisect_left(ends, end)
            if k < len(ends) and ends[k] == end and lows[k].endswith(("'s", "`s")):
                found.add(k)
            at = body.find(mark, at + 1)
    return sorted(found)


def _where(flags: Iterable[object]) -> list[int]:
    """The indexes of the true *flags* (in C: ``compress`` over a ``range``)."""
    return list(itertools.compress(itertools.count(), flags))


def _strip_possessive(word: str) -> str:
    if not word.endswith(("s", "S")):
        return word
    for tail in ("'s", "`s", "'S"):
        if word.endswith(tail):
            return word[: -len(tail)]
    return word


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _is_initial(texts: list[str], i: int) -> bool:
    """``S`` in ``S Jaishankar``, ``J`` in ``Antony J. Blinken``, ``V`` in ``V.Putin``."""
    text = texts[i]
    return len(text) == 1 and text.isupper()


# --------------------------------------------------------------------------
# Finding mentions.
# --------------------------------------------------------------------------


@attrs.define
class _Person:
    name: str
    role: str | None
    classes: frozenset[str]
    country: str | None
    gender: str | None = None  # "f" or "m" when the text tells it
    marked: bool = False  # the gender comes from a title, address or possessive
    honoured: bool = False  # introduced with an honorific ("His Highness Sheikh X")

    def actor(self) -> Actor:
        return Actor(name=self.name, kind=ActorKind.PERSON, role=self.role, country=self.country)


class _Found(NamedTuple):
    """A mention as a finder records it: plain offsets, resolved later.

    ``actor``: a role's office and state, an institution or agency; for a
    person's name, ``person`` instead (its actor is built once, when the
    mention is resolved, from the person as the whole text left it).
    """

    start: int
    end: int
    text: str
    form: MentionForm
    actor: Actor | None
    subject: bool = False
    title_span: Span | None = None
    person: _Person | None = None


@attrs.define
class _Finder:
    doc: Doc
    cols: _Columns
    countries: dict[int, tuple[int, str]]  # token index -> (end token index, alpha3)
    places: set[int]  # token indexes covered by a place (city) name
    # The columns of ``cols`` the rules read most, one attribute away.
    texts: list[str] = attrs.field(init=False)
    lows: list[str] = attrs.field(init=False)
    stems: list[str] = attrs.field(init=False)
    starts: list[int] = attrs.field(init=False)
    ends: list[int] = attrs.field(init=False)
    sents: list[int] = attrs.field(init=False)
    n: int = attrs.field(init=False)  # the number of words
    # The words that may open a role, pronoun, institution, document or
    # address mention (:func:`_trigger_words`), found in one scan.
    triggers: list[int] = attrs.field(init=False)
    covered: set[int] = attrs.Factory(set)  # token indexes inside a country name
    mentions: list[_Found] = attrs.Factory(list)
    persons: dict[str, _Person] = attrs.Factory(dict)
    keys: dict[str, str | None] = attrs.Factory(dict)  # name word -> full name (None: ambiguous)
    used: set[int] = attrs.Factory(set)  # token indexes inside a mention

    def __attrs_post_init__(self) -> None:
        cols = self.cols
        self.texts, self.lows, self.stems = cols.texts, cols.lows, cols.stems
        self.starts, self.ends, self.sents = cols.starts, cols.ends, cols.sents
        self.n = len(cols.texts)
        self.triggers = _where(map(_trigger_words().__contains__, cols.lows))

    def among(self, words: frozenset[str], column: list[str]) -> list[int]:
        """The trigger words whose entry in *column* (``lows``, ``stems``) is in *words*."""
        hits = self.triggers
        return list(
            itertools.compress(hits, map(words.__contains__, map(column.__getitem__, hits)))
        )


@attrs.frozen
class _WordIndex:
    """Names as lower-cased word tuples, for a lookup at each capitalised token.

    The words are those of :data:`_TOKEN`, so a lookup costs one dict probe
    per candidate length, and only at tokens that can start a name: cheap on
    pathological input (a run of capitalised words).
    """

    names: dict[tuple[str, ...], str]
    exact: frozenset[tuple[str, ...]]  # acronyms: matched in their own case only
    firsts: frozenset[str]
    longest: int
    # Every proper prefix of a name, lower-cased: a look-up stops extending
    # a run of words as soon as it is no prefix, so it tries one length or two.
    prefixes: frozenset[tuple[str, ...]]
    exact_firsts: frozenset[str]  # the first word of every acronym, as written
    # The words ``w`` with ``(w,)`` in ``prefixes``: a name that starts with
    # any other word has one word.
    openers: frozenset[str]
    # The one-word names by their word: acronyms as written, the others lower-cased.
    single_exact: dict[str, str]
    single_names: dict[str, str]
    # ``firsts`` with and without a possessive (``china's``, ``china`s``): a
    # word is in it exactly when it or its stem (:class:`_Columns`) is a first word.
    firsts_any: frozenset[str]
    # The first two words of every name of two words or more, lower-cased: a
    # word followed by a word that makes no such pair starts a one-word name
    # or none ("The" before "President").
    pairs: frozenset[tuple[str, ...]]


def _word_index(entries: list[tuple[str, str]]) -> _WordIndex:
    names: dict[tuple[str, ...], str] = {}
    exact: set[tuple[str, ...]] = set()
    for name, value in entries:
        if "." in name:
            continue
        # (_TOKEN's words; on an ASCII name, most, the standard engine finds the same)
        found = (
            _ASCII_TOKEN_SPLIT.findall(name)
            if name.isascii()
            else [m.group() for m in _TOKEN.finditer(name)]
        )
        words = tuple(w for w in found if w not in _PUNCT)
        if not words:
            continue
        letters = [*filter(str.isalpha, name)]
        if len(letters) <= 4 and all(c.isupper() for c in letters):
            exact.add(words)
            names.setdefault(words, value)
        else:
            names.setdefault(tuple(map(str.lower, words)), value)
    firsts = frozenset(k[0].lower() for k in names)
    longest = max(map(len, names), default=1)
    # (each multi-word name lower-cased once, not once per prefix)
    lowered = [tuple(map(str.lower, k)) for k in names if len(k) > 1]
    prefixes = frozenset(k[:n] for k in lowered for n in range(1, len(k)))
    exact_firsts = frozenset(k[0] for k in exact)
    openers = frozenset(k[0] for k in prefixes if len(k) == 1)
    single_exact = {k[0]: names[k] for k in exact if len(k) == 1}
    single_names = {k[0]: v for k, v in names.items() if len(k) == 1 and k not in exact}
    return _WordIndex(
        names,
        frozenset(exact),
        firsts,
        longest,
        prefixes,
        exact_firsts,
        openers,
        single_exact,
        single_names,
        firsts.union({w + "'s" for w in firsts}, {w + "`s" for w in firsts}),
        frozenset(k[:2] for k in lowered),
    )


@functools.cache
def _countries_words() -> _WordIndex:
    entries: list[tuple[str, str]] = []
    for row in load_tsv("countries.tsv"):
        if row.get("status", "") in ("contested", "former"):
            continue
        code = row["alpha3"]
        cells = [row["name"], row.get("official", "")]
        for key in ("aliases", "demonyms"):
            cells += row.get(key, "").split("|")
        entries += [(c.strip(), code) for c in cells if c.strip()]
    return _word_index(entries)


@functools.cache
def _places_words() -> _WordIndex:
    entries: list[tuple[str, str]] = []
    for row in load_tsv("cities.tsv"):
        cells = [row["name"], *row.get("aliases", "").split("|")]
        entries += [(c.strip(), row["country"]) for c in cells if c.strip()]
    return _word_index(entries)


@functools.cache
def _name_firsts() -> frozenset[str]:
    """The first words of all country and place names (lower-cased), and the
    same with a possessive (``china's``, ``china`s``): a word is in it exactly
    when it or its stem (:class:`_Columns`) is such a first word."""
    return _countries_words().firsts_any | _places_words().firsts_any


def _lookup(index: _WordIndex, cols: _Columns, i: int) -> tuple[int, str] | None:
    """The longest name of *index* starting at token *i*: (last token, value).

    The name's words lie in one sentence and include no punctuation token;
    only lengths whose leading words are a known prefix are tried.
    """
    all_lows = cols.lows
    first_low = all_lows[i]
    if first_low not in index.firsts_any:  # neither it nor its stem starts a name
        return None
    texts = cols.texts
    nxt = i + 1
    if (
        first_low not in index.openers
        or nxt == len(texts)
        or (
            (first_low, all_lows[nxt]) not in index.pairs
            and (first_low, _strip_possessive(texts[nxt]).lower()) not in index.pairs
        )
    ):
        # One word (most names, and the only length a word and the next can
        # start): the general path below with ``longest`` 1, the word as
        # written (an acronym), else lower-cased, then the same without a
        # possessive.
        text = texts[i]
        value = index.single_exact.get(text)
        if value is None:
            value = index.single_names.get(first_low)
        if value is None:
            tail = _strip_possessive(text)
            if len(tail) != len(text):
                value = index.single_exact.get(tail)
                if value is None:
                    value = index.single_names.get(tail.lower())
        return None if value is None else (i, value)
    names = index.names
    sents = cols.sents
    sentence = sents[i]
    prefixes = index.prefixes
    stop = min(index.longest, len(texts) - i)
    lows = [first_low]  # of the words [i, i + longest)
    longest = 1  # the longest length worth trying
    while longest < stop:
        k = i + longest - 1
        if texts[k] in _PUNCT or sents[k] != sentence or tuple(lows) not in prefixes:
            break
        longest += 1
        lows.append(all_lows[k + 1])
    # Acronyms match in their own case only; most first words start none.
    exact = (
        index.exact
        if texts[i] in index.exact_firsts or _strip_possessive(texts[i]) in index.exact_firsts
        else frozenset()
    )
    for length in range(longest, 0, -1):
        last = i + length - 1
        text = texts[last]
        if text in _PUNCT or sents[last] != sentence:
            continue
        head = tuple(texts[i:last]) if exact else ()
        stripped = _strip_possessive(text)
        # (Without a possessive the second tail would repeat the first's tests.)
        for tail in (text, stripped) if len(stripped) != len(text) else (text,):
            if exact:
                key = (*head, tail)
                if key in exact:
                    return i + length - 1, names[key]
            low = (*lows[: length - 1], tail.lower())
            if low in names and low not in index.exact:
                return i + length - 1, names[low]
    return None


def _country_tokens(
    cols: _Columns,
) -> tuple[dict[int, tuple[int, str]], set[int]]:
    countries: dict[int, tuple[int, str]] = {}
    places: set[int] = set()
    c_index = _countries_words()
    p_index = _places_words()
    firsts = _name_firsts()
    capitals = cols.capitals
    starts_name = map(firsts.__contains__, map(cols.lows.__getitem__, capitals))
    c_firsts, p_firsts = c_index.firsts_any, p_index.firsts_any
    free = 0  # the first token not inside a name found already
    for i in itertools.compress(capitals, starts_name):
        if i < free:
            continue
        low = cols.lows[i]
        # (_lookup returns None at once for a word that starts no name of its index.)
        hit = _lookup(c_index, cols, i) if low in c_firsts else None
        if hit is not None:
            countries[i] = hit
            free = hit[0] + 1
            continue
        place = _lookup(p_index, cols, i) if low in p_firsts else None
        if place is not None:
            places.update(range(i, place[0] + 1))
            free = place[0] + 1
    return countries, places


@functools.cache
def _lexical_classes() -> tuple[dict[str, str], dict[str, str]]:
    """Word classes that follow from the (lower-cased) word alone.

    The first table applies to any word (honorific ``H``, title word ``T``),
    the second to capitalised words only (stopword ``S``, entity word ``E``).
    """
    any_case = dict.fromkeys(_title_words(), "T") | dict.fromkeys(_honorifics(), "H")
    capitalised = dict.fromkeys(_entity_words(), "E")
    capitalised |= dict.fromkeys(_institution_heads(), "E") | dict.fromkeys(_agency_names(), "E")
    capitalised |= dict.fromkeys(_stopwords(), "S")
    return any_case, capitalised


def _word_classes(f: _Finder) -> list[str]:
    """The class of every token.

    T title, H honorific, C country, P place, E entity, S stop, N name, L lower.
    The classes that follow from the word alone are looked up in C, column
    by column; only capitalised words that no table classes are looked at
    one by one.
    """
    any_case, capitalised = _lexical_classes()
    texts, stems = f.texts, f.stems
    last = f.n - 1
    # Title and honorific words, in any case; any other word is "L" for now
    # (the tables give no "L": a capitalised "L" is classed below).
    classes = list(map(any_case.get, stems, itertools.repeat("L")))
    # "H." (His/Her Excellency's initial), as an honorific, when no table classes "h".
    if "h" not in any_case:
        for i in f.among(_H, stems):
            if i < last and texts[i + 1] == ".":
                classes[i] = "H"
    # Words of a country's name, whatever else they are (so not classed below).
    for i in (*f.countries, *f.covered):
        classes[i] = "C"
    places = f.places
    # Capitalised words that no table classes yet.
    capitals = f.cols.capitals
    unclassed = map("L".__eq__, map(classes.__getitem__, capitals))
    for i in itertools.compress(capitals, unclassed):
        text = texts[i]
        cls = capitalised.get(stems[i])
        if cls is not None:
            classes[i] = cls
        elif i in places:
            classes[i] = "P"
        elif not text[0].isalpha():
            classes[i] = "L"
        elif text.isupper() and 1 < len(text) <= 5:
            classes[i] = "E"  # an acronym: "UN", "EU", "MFA"
        elif stems[i].endswith("ing") and (i == 0 or f.sents[i - 1] != f.sents[i]):
            classes[i] = "S"  # "Greeting the minister, ..."
        else:
            classes[i] = "N"
    return classes


def _covered_by_country(f: _Finder, i: int) -> bool:
    return i in f.covered


def _adjacent(f: _Finder, i: int, j: int) -> bool:
    """True when token *j* follows token *i* after at most one space."""
    end = f.ends[i]
    gap = f.starts[j] - end  # the text between them is "" when gap <= 0
    return (gap <= 0 or (gap == 1 and f.doc.folded[end] == " ")) and f.sents[i] == f.sents[j]


def _name_block(f: _Finder, i: int, classes: list[str]) -> int:
    """The end (exclusive) of the block of name words starting at token *i*."""
    n = f.n
    j = i
    words = 0  # name words so far; particles ("da", "van der", "bin") do not count
    while j < n and words < 4:
        cls = classes[j]
        low = f.lows[j]
        if j > i and low in _PARTICLES:
            # "Lula da Silva", "van der Berg", "bin Zayed Al Nahyan": a run of
            # particles inside the name, before a further name word.
            k = j
            while k + 1 < n and f.lows[k] in _PARTICLES and _adjacent(f, k, k + 1):
                k += 1
            if k == j or classes[k] != "N" or f.lows[k] in _PARTICLES:
                break
            j = k
            continue
        if cls in ("N", "P"):
            pass
        elif _is_initial(f.texts, j) and j + 1 < n:
            # "J." or "V." before a further name word
            k = j + 1
            if f.texts[k] == "." and k + 1 < n and _adjacent(f, k, k + 1):
                k += 1
            if k < n and classes[k] == "N" and _adjacent(f, j if k == j + 1 else j + 1, k):
                words += 1
                j = k
                continue
            break
        else:
            break
        words += 1
        nxt = j + 1
        if nxt < n and _adjacent(f, j, nxt) and not f.lows[j].endswith(("'s", "`s")):
            j = nxt
            continue
        j = nxt
        break
    else:
        return j
    return j


def _name_text(f: _Finder, i: int, j: int) -> str:
    parts: list[str] = []
    for text in f.texts[i:j]:
        if text == ".":
            if parts:
                parts[-1] += "."
            continue
        parts.append(_strip_possessive(text))
    return " ".join(parts)


def _title_before(f: _Finder, i: int, classes: list[str]) -> tuple[int, Title | None, str | None]:
    """Walk back from a name at token *i* over its title phrase.

    Returns the first token of the phrase (``i`` when there is none), the
    title found and the state the phrase names (the first not after ``to``).
    """
    k = i - 1
    first = i
    title: Title | None = None
    states: list[tuple[int, str]] = []
    steps = 0
    covered, used, sents, lows = f.covered, f.used, f.sents, f.lows
    sent = sents[i]
    while k >= 0 and steps < 16 and sents[k] == sent and k not in used:
        steps += 1
        text = f.texts[k]
        cls = classes[k]
        if text == "." and k > 0 and classes[k - 1] in ("H", "T"):
            k -= 1
            continue
        if cls in ("T", "H"):
            first = k
            k -= 1
            continue
        if cls == "C" or k in covered:
            start = k
            while start > 0 and start not in f.countries and start in covered:
                start -= 1
            hit = f.countries.get(start)
            if hit is not None:
                before = lows[start - 1] if start > 0 else ""
                before2 = lows[start - 2] if start > 1 else ""
                if before != "to" and not (before == "the" and before2 == "to"):
                    states.append((start, hit[1]))
            first = start
            k = start - 1
            continue
        if lows[k] in ("of", "the", "for", "and", "'s", "`s", "'", "-", "to"):
            k -= 1
            continue
        if cls in ("E", "N", "P") and _is_cap(text):
            k -= 1
            continue
        break
    if first == i:
        return i, None, None  # no title, honorific or state word before the name
    # The title phrase: the longest titles.tsv entry among the words in [first, i).
    words = f.cols.lows[first:i]
    best_key = (0, 0)
    firsts = _title_firsts()
    titles = _titles()
    for a in range(len(words)):
        if words[a] not in firsts:
            continue
        for b in range(min(len(words), a + 5), a, -1):
            hit_title = titles.get(tuple(words[a:b]))
            if hit_title is not None and (b, b - a) > best_key:
                title, best_key = hit_title, (b, b - a)
                break
    if title is None and "H" not in classes[first:i]:
        return i, None, None
    # A demonym or possessive state before the title: "Chinese President", "Iran's".
    state = min(states)[1] if states else None
    while first < i and lows[first] in ("of", "the", "and", "for", "'s", "to"):
        first += 1
    return first, title, state


def _register(f: _Finder, person: _Person) -> None:
    f.persons.setdefault(person.name, person)
    words = [w.rstrip(".") for w in person.name.split()]
    for w in [person.name, *words]:
        if len(w) < 2 or w.lower() in _PARTICLES:
            continue
        prev = f.keys.get(w, person.name)
        f.keys[w] = person.name if prev == person.name else None


def _known(f: _Finder, name: str) -> _Person | None:
    person = f.persons.get(name)
    keys = f.keys
    if person is not None or not keys:
        return person  # (no keys: nobody named yet)
    # Particles ("bin", "al", "van") are no keys (see _register): not asked for.
    owners: set[str | None] = set()
    for word in name.split():
        w = word.rstrip(".")
        if len(w) > 1 and w.lower() not in _PARTICLES:
            owners.add(keys.get(w))
            if len(owners) > 1:
                return None  # words of two persons, or of one and of nobody
    if len(owners) == 1:
        owner = owners.pop()
        if owner is not None:
            return f.persons[owner]
    return None


def _apposition(f: _Finder, j: int, classes: list[str]) -> tuple[Title | None, str | None]:
    """``Name, Iran's Deputy Foreign Minister ...``: the title after a comma."""
    n = f.n
    if j >= n or f.texts[j] != ",":
        return None, None
    k = j + 1
    words: list[str] = []
    state = None
    while k < n and len(words) < 8 and f.sents[k] == f.sents[j]:
        cls = classes[k]
        if cls == "C" and state is None and k in f.countries:
            state = f.countries[k][1]
            k = f.countries[k][0] + 1
            continue
        if cls == "T" or f.lows[k] in ("the", "of", "'s", "and"):
            words.append(f.lows[k])
            k += 1
            continue
        break
    best: Title | None = None
    best_len = 0
    for a in range(len(words)):
        for b in range(len(words), a, -1):
            hit = _titles().get(tuple(words[a:b]))
            if hit is not None and b - a > best_len:
                best, best_len = hit, b - a
    return best, state


@functools.cache
def _said_words() -> frozenset[str]:
    """Speech verbs that may stand before their subject: "said President X"."""
    return frozenset(
        row["form"].lower()
        for row in load_tsv("speech_verbs.tsv")
        if row["trailing"] == "yes" and " " not in row["form"]
    )


def _said_after(f: _Finder, j: int) -> bool:
    """True when token *j* is a speech verb ("Tester said")."""
    return j < f.n and f.lows[j] in _said_words() and _adjacent(f, j - 1, j)


def _said_before(f: _Finder, i: int) -> bool:
    """True when the mention starting at token *i* follows a speech verb."""
    k = i - 1
    while k >= 0 and (f.lows[k] in ("the", "of") or f.lows[k] in _title_words()):
        k -= 1
    return k >= 0 and f.lows[k] in _said_words() and f.sents[k] == f.sents[i]


def _subject_after(f: _Finder, j: int) -> bool:
    """True when token *j* (after a mention) starts a verb phrase."""
    n = f.n
    lows = f.lows
    k = j
    for _ in range(4):
        if k >= n:
            return False
        low = lows[k]
        if low in ("also", "further", "then", "once", "again", "in", "turn", "for", "his", "her"):
            if low == "for" and k + 2 < n and lows[k + 2] == "part":
                k += 3
                continue
            if low == "in" and k + 1 < n and lows[k + 1] == "turn":
                k += 2
                continue
            if low in ("also", "further", "then", "once", "again"):
                k += 1
                continue
            return False
        if low == ",":
            k += 1
            continue
        break
    if k >= n:
        return False
    text = f.texts[k]
    return text[:1].islower() and lows[k] not in _PREPOSITIONS and text.isalpha()


# Articles: a person's name with no title never follows one.
_ARTICLES = frozenset({"the", "a", "an"})


def _name_context(f: _Finder, i: int, j: int, subject: bool, apposition: bool) -> bool:
    """Whether an untitled run of capitalised words stands where a person's name does."""
    n = f.n
    nxt = f.lows[j] if j < n else ""
    prev = f.lows[i - 1] if i > 0 else ""
    if nxt == "&" or prev == "&":
        return False
    if prev in _ARTICLES:
        return False  # "the East African country", "the Standard Gauge Railway": a thing
    if subject or apposition or f.lows[j - 1].endswith(("'s", "`s")):
        return True
    return prev in ("with", "by", "and", "between", "from", "to", "told") or nxt in ("and", ",")


def _find_names(f: _Finder, classes: list[str]) -> None:
    n = f.n
    # Where a name can start: a name word, a place word, a lone capital initial
    # ("J" in "Antony J. Blinken"); all of them are capitalised.
    texts = f.cols.texts
    starts = [
        i
        for i in f.cols.capitals
        if classes[i] in _NAME_CLASSES or (len(texts[i]) == 1 and classes[i] != "C")
    ]
    nxt = 0  # the first token after the last name block
    for i in starts:
        if i < nxt:
            continue
        place_start = (
            classes[i] == "P" and i + 1 < n and classes[i + 1] == "N" and _adjacent(f, i, i + 1)
        )
        if (
            classes[i] != "N"
            and not place_start
            and not (_is_initial(f.texts, i) and classes[i] != "C")
        ):
            continue
        if i > 0 and classes[i - 1] == "N" and _adjacent(f, i - 1, i):
            continue
        j = _name_block(f, i, classes)
        if j <= i:
            continue
        # One word right before a place is part of the place's name: "Central Asia".
        if (
            j == i + 1
            and j < n
            and classes[j] in ("P", "C", "S")
            and _is_cap(f.texts[j])
            and _adjacent(f, i, j)
        ):
            nxt = j + 1
            continue
        # A name block followed by an entity word is the name of a thing.
        if j < n and classes[j] in ("E", "T") and _adjacent(f, j - 1, j) and _is_cap(f.texts[j]):
            nxt = j + 1
            continue
        name = _name_text(f, i, j)
        first, title, state = _title_before(f, i, classes)
        honorific = "H" in classes[first:i]
        words = name.split()
        known = _known(f, name)
        # Whether the name is a clause subject, and its span: worked out only
        # for a name that becomes a mention (or whose context needs it).
        subject: bool | None = None
        if known is not None:
            form = MentionForm.NAME if name == known.name else MentionForm.SURNAME
            if form is MentionForm.NAME or title is not None or honorific or len(words) >= 1:
                if title is not None and known.role is None:
                    known.role, known.classes = title.role, title.classes
                known.honoured = known.honoured or honorific
                if not known.marked:
                    gender = _gender_of(f, first, i, j)
                    if gender is not None:
                        known.gender, known.marked = gender, True
                start, end = f.starts[i], f.ends[j - 1]
                f.mentions.append(
                    _Found(
                        start,
                        end,
                        f.doc.text[start:end],
                        form,
                        None,
                        _subject_after(f, j) or _said_before(f, first),
                        Span(f.starts[first], f.ends[i - 1]) if first < i else None,
                        known,
                    )
                )
                f.used.update(range(i, j))
                nxt = j
                continue
        app_title, app_state = _apposition(f, j, classes)
        titled = title is not None or honorific or app_title is not None
        if (
            not titled
            and len(words) == 1
            and len(name) > 2
            and (_said_after(f, j) or _said_before(f, i))
        ):
            titled = True  # "Tester said", "said Tester": a lone surname speaking
        looks_named = False
        if len(words) >= 2 and all(
            w[:1].isupper() and (not w.isupper() or len(w.rstrip(".")) == 1) for w in words
        ):
            subject = _subject_after(f, j) or _said_before(f, first)
            looks_named = _name_context(f, i, j, subject, app_title is not None)
        if titled or looks_named:
            if subject is None:
                subject = _subject_after(f, j) or _said_before(f, first)
            if not titled and (
                place_index().get(name) is not None or country_index().get(name) is not None
            ):
                nxt = j
                continue
            use = title if title is not None else app_title
            if use is not None and use.role == "Counterpart":
                use = _counterpart_of(f, f.sents[i])
            person = _Person(
                name=name,
                role=use.role if use is not None else None,
                classes=use.classes if use is not None else frozenset(),
                country=state if state is not None else app_state,
                gender=_gender_of(f, first, i, j),
            )
            person.marked = person.gender is not None
            person.honoured = honorific
            _register(f, person)
            title_span = Span(f.starts[first], f.ends[i - 1]) if first < i else None
            start, end = f.starts[i], f.ends[j - 1]
            f.mentions.append(
                _Found(
                    start,
                    end,
                    f.doc.text[start:end],
                    MentionForm.NAME,
                    None,
                    subject,
                    title_span,
                    person,
                )
            )
            f.used.update(range(i, j))
            # "Presidents of X and Y A B and C D": the second name takes the second state.
            if title is not None and j + 1 < n and f.lows[j] == "and" and classes[j + 1] == "N":
                k = _name_block(f, j + 1, classes)
                if k > j + 1:
                    second = _name_text(f, j + 1, k)
                    states = _states_in(f, first, i)
                    code = states[1] if len(states) > 1 else None
                    other = _Person(second, title.role, title.classes, code)
                    if _known(f, second) is None:
                        _register(f, other)
                        start, end = f.starts[j + 1], f.ends[k - 1]
                        f.mentions.append(
                            _Found(
                                start,
                                end,
                                f.doc.text[start:end],
                                MentionForm.NAME,
                                None,
                                _subject_after(f, k),
                                title_span,
                                other,
                            )
                        )
                        f.used.update(range(j + 1, k))
                        nxt = k
                        continue
        nxt = j


# Words that may stand between a person's name and a possessive pronoun of
# that person: "Dosov, for his part, said", "X said in her speech".
_TO_POSSESSIVE = frozenset({",", "for", "in", "at", "during", "on", "with", "also", "that"})
# Nouns a speaker's own possessive goes with: "X said that her country ...".
_OWN_NOUNS = frozenset(
    {"country", "government", "nation", "people", "side", "administration", "own", "part"}
)


@functools.cache
def _surname_endings() -> tuple[tuple[str, str], ...]:
    """``(ending, gender)`` of ``data/gender_surname_endings.tsv``, longest first."""
    rows = [(row["ending"], row["gender"]) for row in load_tsv("gender_surname_endings.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@functools.cache
def _all_surname_endings() -> tuple[str, ...]:
    """Every ending of :func:`_surname_endings`, for one ``str.endswith`` test."""
    return tuple(ending for ending, _gender in _surname_endings())


def _surname_gender(f: _Finder, i: int, j: int) -> str | None:
    """The gender a name's surname ending tells (``Nurlanova``: f, ``Nurlanov``: m)."""
    if j - i < 2:
        return None
    last = f.lows[j - 1]
    if not last.endswith(_all_surname_endings()):
        return None
    for ending, gender in _surname_endings():
        if last.endswith(ending) and len(last) > len(ending) + 2:
            return gender
    return None


def _gender_of(f: _Finder, first: int, i: int, j: int) -> str | None:
    """The gender the text gives a person named at tokens ``[i, j)``, or None.

    From the words around the name (:func:`_gender_in_text`), else from the
    ending of the surname (:func:`_surname_gender`).
    """
    found = _gender_in_text(f, first, i, j)
    return found if found is not None else _surname_gender(f, i, j)


def _gender_in_text(f: _Finder, first: int, i: int, j: int) -> str | None:
    """The gender the words around a person named at tokens ``[i, j)`` give, or None.

    From a word of the title phrase ``[first, i)`` or of an apposition after
    the name (``Mrs``, ``Queen``, ``Chairwoman``: ``data/gender_words.tsv``),
    else from a possessive that can only be the person's own, right after the
    name (``X, for her part, said``; ``X said his country ...``).
    """
    words = _gender_words()
    n = f.n
    for k in range(first, i):
        found = words.get(f.stems[k])
        if found is not None:
            return found
    if j < n and f.texts[j] == ",":
        sentence = f.sents[j]
        for k in range(j + 1, min(n, j + 9)):
            if f.texts[k] in _PUNCT or f.sents[k] != sentence:
                break
            found = words.get(f.stems[k])
            if found is not None:
                return found
    # "X, for her part," "X said that his country ...": no object pronoun or
    # other name between; after a verb, only "his/her country"-like nouns.
    verb = False
    lows = f.lows
    for k in range(j, min(n - 1, j + 5)):
        low = lows[k]
        if low in ("his", "her"):
            if low == "her" and (k == j or lows[k - 1] not in _TO_POSSESSIVE):
                return None  # "X thanked her": an object
            if verb and lows[k + 1] not in _OWN_NOUNS:
                return None
            return "m" if low == "his" else "f"
        if low in _TO_POSSESSIVE:
            continue
        if low in _said_words() or low == "that":
            verb = True
            continue
        break
    return None


def _counterpart_of(f: _Finder, sentence: int) -> Title | None:
    """``Foreign Minister X met his Egyptian counterpart Y``: Y holds X's office.

    The office is that of the last titled person named in the same sentence.
    """
    floor = f.doc.sentences[sentence].start if 0 <= sentence < len(f.doc.sentences) else 0
    for m in reversed(f.mentions[-_LOOKBACK:]):
        if m.start < floor:
            break
        if m.person is not None:
            person: _Person | None = m.person
        elif m.actor is None:
            continue
        else:
            person = f.persons.get(m.actor.name)
        if person is not None and person.role is not None:
            return Title(person.role, person.classes)
    return None


def _states_in(f: _Finder, a: int, b: int) -> list[str]:
    return [f.countries[k][1] for k in range(a, b) if k in f.countries]


def _find_roles(f: _Finder, classes: list[str]) -> None:
    """``the head of state``, ``the Azerbaijani leader``, ``the Kazakh President``."""
    n = f.n
    titles = _titles()
    firsts = _title_firsts()
    stems = f.cols.stems
    openers = f.among(_ROLE_OPENERS, f.lows)
    # "Kazakhstan's top diplomat said": a possessive state opens the role too.
    possessive = [
        c
        for c, (last, _code) in f.countries.items()
        if f.lows[last].endswith(("'s", "`s")) and (c == 0 or c - 1 not in openers)
    ]
    opener_set = set(openers) if possessive else ()
    for i in sorted(openers + [c - 1 for c in possessive]) if possessive else openers:
        k = i + 1
        lead = i if not possessive or i in opener_set else i + 1  # the mention's first word
        state = None
        if k < n and k in f.countries:
            state = f.countries[k][1]
            k = f.countries[k][0] + 1
            if k < n and f.lows[k] in ("'s", "`s"):
                k += 1
        elif (
            k + 1 < n
            and 2 <= len(f.texts[k]) <= 6
            and f.texts[k].isupper()
            and f.stems[k + 1] in firsts
        ):
            k += 1  # an organisation's acronym: "the EU Special Representative"
        if k >= n or (f.stems[k] not in firsts and f.lows[k] != "side"):
            continue  # no title can start here
        best: Title | None = None
        best_end = k
        for length in range(5, 0, -1):
            if k + length > n:
                continue
            hit = titles.get(tuple(stems[k : k + length]))
            if hit is not None:
                best, best_end = hit, k + length
                break
        if best is None:
            if k < n and f.lows[k] == "side" and state is not None:
                best, best_end = Title("side", frozenset({"side"})), k + 1
            else:
                continue
        end = best_end
        # "of Kazakhstan" after the role.
        if end + 1 < n and f.lows[end] == "of":
            m = end + 1
            if f.lows[m] == "the" and m + 1 < n:
                m += 1
            if m in f.countries:
                state = state or f.countries[m][1]
                end = f.countries[m][0] + 1
        if lead == i and f.lows[i] in ("his", "her") and best.role != "Counterpart":
            continue
        if (
            state is None
            and lead == i
            and f.lows[i] == "the"
            and f.lows[end - 1].endswith("s")
            and _GROUP_WORDS.fullmatch(f.doc.folded, f.starts[lead], f.ends[end - 1])
        ):
            continue  # "the ministers", "the presidents" with no name: the two sides
        if any(m in f.used for m in range(lead, end)):
            continue
        # Followed by a name: a titled name, found already.
        if end < n and classes[end] == "N" and _adjacent(f, end - 1, end):
            continue
        start, stop = f.starts[lead], f.ends[end - 1]
        f.mentions.append(
            _Found(
                start,
                stop,
                f.doc.text[start:stop],
                MentionForm.ROLE,
                Actor(name=best.role, role=best.role, country=state),  # resolved later
                _subject_after(f, end) or _said_before(f, lead),
            )
        )
        f.used.update(range(lead, end))


# Forms of address that stand alone for a person named before with an honorific:
# "His Highness affirmed ...", "Her Majesty noted ..."
_ADDRESS_WORDS = frozenset({"highness", "majesty", "excellency"})


def _find_addresses(f: _Finder, found: list[int]) -> None:
    """``His Highness`` / ``Her Majesty`` with no name after it: a mention like a pronoun.

    *found*: the indexes of the address words.
    """
    lows = f.cols.lows
    for i in found:
        if i == 0 or lows[i - 1] not in ("his", "her") or i in f.used or i - 1 in f.used:
            continue
        if i + 1 < len(lows) and f.texts[i + 1][:1].isupper():
            continue  # "His Highness Sheikh X": the name's own address
        start, end = f.starts[i - 1], f.ends[i]
        f.mentions.append(
            _Found(
                start,
                end,
                f.doc.text[start:end],
                MentionForm.PRONOUN,
                None,
                _subject_after(f, i + 1),
            )
        )
        f.used.update((i - 1, i))


def _find_pronouns_and_groups(f: _Finder) -> None:
    for i in f.among(_PRONOUNS, f.lows):
        if i in f.used:
            continue
        low = f.lows[i]
        if low in ("him", "her"):
            # An object pronoun names a source only after "according to", closed by
            # a comma or the sentence's end: "According to him, ..." ", according to her."
            lows = f.cols.lows
            if not (
                i >= 2
                and lows[i - 2] == "according"
                and lows[i - 1] == "to"
                and (i + 1 == len(lows) or lows[i + 1] in (",", "."))
            ):
                continue
            f.mentions.append(_Found(f.starts[i], f.ends[i], f.texts[i], MentionForm.PRONOUN, None))
        elif low in ("he", "she"):
            f.mentions.append(
                _Found(
                    f.starts[i],
                    f.ends[i],
                    f.texts[i],
                    MentionForm.PRONOUN,
                    None,
                    _subject_after(f, i + 1),
                )
            )
        elif low == "they":
            f.mentions.append(
                _Found(
                    f.starts[i],
                    f.ends[i],
                    f.texts[i],
                    MentionForm.GROUP,
                    None,
                    _subject_after(f, i + 1),
                )
            )
    groups = _group_words(f)
    starts = f.cols.starts
    for m in groups:
        i = bisect.bisect_left(starts, m.start())
        j = bisect.bisect_left(starts, m.end())
        if any(k in f.used for k in range(i, j)):
            continue
        f.used.update(range(i, j))
        start, end = m.span()
        f.mentions.append(
            _Found(start, end, f.doc.text[start:end], MentionForm.GROUP, None, _subject_after(f, j))
        )


def _group_words(f: _Finder) -> list[regex.Match[str]]:
    """The matches of :data:`_GROUP_WORDS` in the body, in order.

    Tried only where the words say a match may start: every match opens with
    ``the`` or ``both`` standing as a word (in the trigger scan; no other
    character matches their letters in any case) and, on ASCII text, with a
    next word that starts like the rest of the pattern.  A ``the`` or
    ``both`` glued to a word before it (``x-the sides``) sends the text to
    the full scan.
    """
    folded, body = f.doc.folded, f.doc.body
    if folded.isascii():
        # Case-sensitive on the lower-cased text: the same matches, faster.
        text, pattern, glued = folded.lower(), _LOWER_GROUP_WORDS, _GLUED_GROUP_OPENER
        seconds: tuple[str, ...] = _GROUP_SECONDS
    else:
        text, pattern, glued = folded, _GROUP_WORDS, _GLUED_GROUP_OPENER_ANY_CASE
        seconds = ("",)  # (case folding may join other letters: any word)
    if glued.search(text, body.start, body.end) is not None:
        return list(pattern.finditer(text, body.start, body.end))
    lows, starts, n = f.lows, f.starts, f.n
    out: list[regex.Match[str]] = []
    end = body.start  # where the last match ended: matches do not overlap
    for i in f.among(_GROUP_OPENERS, lows):
        if i + 1 < n and starts[i] >= end and lows[i + 1].startswith(seconds):
            m = pattern.match(text, starts[i], body.end)
            if m is not None:
                out.append(m)
                end = m.end()
    return out


@functools.cache
def _institution_triggers() -> frozenset[str]:
    """Head words of institutions and names of agencies, lower-cased."""
    return frozenset(_institution_heads().keys() | _agency_names().keys())


@functools.cache
def _trigger_words() -> frozenset[str]:
    """Every word (lower-cased) a finder after the names starts from.

    Role and group openers, pronouns, document and address words, and institution
    heads, agency names and the letter ``h`` (``H.``) with or without a
    possessive (their finders read the stem): one scan of the words finds
    them all.
    """
    stems = _institution_triggers() | _H
    openers = _ROLE_OPENERS | _GROUP_OPENERS
    return frozenset(openers | _PRONOUNS | _document_words() | _ADDRESS_WORDS).union(
        stems, {w + "'s" for w in stems}, {w + "`s" for w in stems}
    )


def _continued(f: _Finder, j: int) -> bool:
    """True when the institution word at *j* is the owner of a longer one.

    ``the Kremlin press service``, ``the Foreign Ministry Information
    Department``: the mention is found at the last head word.
    """
    heads = _institution_heads()
    n = f.n
    for k in range(j + 1, min(n, j + 4)):
        if not _adjacent(f, k - 1, k):
            return False
        stem = f.stems[k]
        if stem in heads and heads[stem] == "institution":
            return True
        if not (_is_cap(f.texts[k]) or f.lows[k] in ("press", "information", "media", "consular")):
            return False
    return False


def _find_documents(f: _Finder, found: list[int]) -> None:
    """``the statement said``: a text that speaks for its issuer (resolved later).

    *found*: the indexes of the document words.
    """
    n = f.n
    for j in found:
        k = j - 1
        if k >= 0 and f.lows[k] == "joint":
            k -= 1
        if k < 0 or f.lows[k] != "the" or j in f.used or not _subject_after(f, j + 1):
            continue
        if j + 1 < n and f.lows[j + 1] in _PREPOSITIONS:
            continue  # "the statement of the ministry": a thing, not a speaker
        start, end = f.starts[k], f.ends[j]
        f.mentions.append(
            _Found(start, end, f.doc.text[start:end], MentionForm.INSTITUTION, None, True)
        )
        f.used.update(range(k, j + 1))


def _find_institutions(f: _Finder, classes: list[str]) -> None:
    heads = _institution_heads()
    agencies = _agency_names()
    n = f.n
    heads_and_agencies = _institution_triggers()
    for j in f.among(heads_and_agencies, f.stems):
        stem, cap, sentence = f.stems[j], _is_cap(f.texts[j]), f.sents[j]
        kind = heads.get(stem)
        agency = agencies.get(stem) if cap else None
        if kind is None and agency is None:
            continue
        if j in f.used or _continued(f, j):
            continue
        # Walk back over capitalised words, demonyms and "press" to "the".
        i = j
        while i > 0 and f.sents[i - 1] == sentence and i - 1 not in f.used:
            prev = f.lows[i - 1]
            if prev in ("the", "his", "her", "a", "an"):
                break
            if _is_cap(f.texts[i - 1]) or prev in ("foreign", "press", "presidential", "state"):
                if classes[i - 1] == "S":
                    break
                i -= 1
                continue
            break
        end = j + 1
        # "Ministry of Foreign Affairs of Azerbaijan"
        while (
            end + 1 < n
            and f.lows[end] == "of"
            and _is_cap(f.texts[end + 1])
            and end + 1 not in f.used
        ):
            k = end + 1
            while (
                k < n
                and k not in f.used
                and (_is_cap(f.texts[k]) or f.lows[k] == "of")
                and _adjacent(f, k - 1, k)
            ):
                k += 1
            while k > end + 1 and f.lows[k - 1] == "of":
                k -= 1
            end = k
        # "the embassy in Washington": the seat, when a place or state is named.
        if kind == "institution" and end + 1 < n and f.lows[end] == "in":
            seat = f.countries.get(end + 1)
            if seat is not None:
                end = seat[0] + 1
            elif end + 1 in f.places:
                while end + 1 in f.places and f.sents[end + 1] == sentence:
                    end += 1
                end += 1
        name = _name_text(f, i, end)
        start, stop = f.starts[i], f.ends[end - 1]
        state = None
        for k in range(i, end):
            if k in f.countries:
                state = f.countries[k][1]
                break
        if agency is not None and kind is None:
            actor: Actor | None = Actor(name=agency, kind=ActorKind.INSTITUTION)
            form = MentionForm.AGENCY
        elif kind == "agency":
            actor = None if i == j and not cap else Actor(name, ActorKind.INSTITUTION)
            form = MentionForm.AGENCY
        else:
            bare = i == j and not cap
            actor = None if bare else Actor(name=name, kind=ActorKind.INSTITUTION, country=state)
            form = MentionForm.INSTITUTION
        if i == j and not cap:
            # A bare "ministry" only counts after "the": "the ministry said".
            if j == 0 or f.lows[j - 1] != "the":
                continue
            start, stop = f.starts[j - 1], f.ends[j]
        f.mentions.append(
            _Found(start, stop, f.doc.text[start:stop], form, actor, _subject_after(f, end))
        )
        f.used.update(range(i, end))


# --------------------------------------------------------------------------
# Resolution.
# --------------------------------------------------------------------------


def _resolve(f: _Finder) -> list[ActorMention]:
    # Text order, the longer of two mentions at one start first (two stable
    # sorts in C: by end, last first, then by start).
    ordered = sorted(f.mentions, key=operator.itemgetter(1), reverse=True)
    ordered.sort(key=operator.itemgetter(0))
    sent_starts = [s.start for s in f.doc.sentences]
    para_starts = [p.start for p in f.doc.paragraphs]
    marks = _quote_marks(f.doc.folded)
    out: list[ActorMention] = []
    persons: list[tuple[ActorMention, _Person | None]] = []  # resolved person mentions
    subjects: list[Actor] = []  # the main subjects of clauses, in order
    last_subject_sentence = -2
    for found in ordered:
        if out and found.start < out[-1].span.end:
            continue  # overlapping: keep the earlier, longer one
        sentence = bisect.bisect_right(sent_starts, found.start) - 1
        actor = found.actor
        person: _Person | None = None
        unnamed = False  # an office with no person named for it
        form = found.form
        if form is MentionForm.NAME or form is MentionForm.SURNAME:
            person = found.person
            actor = person.actor() if person is not None else actor
        elif form is MentionForm.ROLE:
            actor = _resolve_role(f, found, persons, subjects)
            role = found.actor.role if found.actor is not None else None
            if actor is None and _any_person(found):
                # "the diplomat said": a word for anyone who speaks, like "he".
                actor = _last_subject(
                    subjects, persons, found.actor.country if found.actor else None
                )
            if (
                actor is None
                and role not in (None, "Counterpart", "side")
                and found.text[:4].lower() == "the "
                and "spokesperson" not in _classes_of(role)
            ):
                # "the minister of state": a person named before whose title the text
                # gave in a form not read ("Minister of State at the Federal Foreign
                # Office X", "the Ambassador of Georgia, X"): the role's best candidate.
                actor = _untitled(subjects, persons, found.actor.country if found.actor else None)
            if actor is None and role not in (None, "Counterpart", "side"):
                # "The Foreign Minister said" with no minister named before:
                # the office itself, as the text gives it (no antecedent for
                # later roles and groups).
                state = found.actor.country if found.actor is not None else None
                actor = Actor(role, ActorKind.PERSON, role, state)
                unnamed = True
            elif actor is not None and actor.kind is ActorKind.PERSON:
                person = f.persons.get(actor.name)
        elif form is MentionForm.PRONOUN:
            actor = _honoured(found, persons) if " " in found.text else None
            if actor is None:
                actor = _antecedent(f, found, subjects, persons)
            if actor is not None and " and " in actor.name:
                actor = None
            person = f.persons.get(actor.name) if actor is not None else None
            if person is not None and person.gender is None:
                person.gender = "f" if found.text.lower().split()[0] in ("she", "her") else "m"
        elif form is MentionForm.GROUP:
            actor = _pair(persons, subjects, last_subject_sentence)
        elif actor is None and found.text.split()[-1].lower() in _document_words():
            actor = _issuer(f, out, found, para_starts, marks)
            if actor is None:
                continue  # no issuer named: the statement is no speaker
        elif actor is None:  # an institution or agency: "the ministry"
            actor = _last_institution(out, found)
            if actor is None and form is MentionForm.INSTITUTION:
                # No earlier institution of that kind: the words themselves.
                actor = Actor(found.text.split()[-1].capitalize(), ActorKind.INSTITUTION)
        m = ActorMention(
            Span(found.start, found.end),
            found.text,
            form,
            actor,
            found.subject,
            found.title_span,
            sentence,
        )
        if (
            actor is not None
            and not unnamed
            and (
                form is MentionForm.NAME
                or form is MentionForm.SURNAME
                or (form is MentionForm.ROLE and actor.kind is ActorKind.PERSON)
            )
        ):
            persons.append((m, person))
        # The first subject of each sentence is "the" subject pronouns refer to
        # (not one inside a quotation: that is the speaker's voice).
        if (
            m.subject
            and m.actor is not None
            and m.actor.kind is ActorKind.PERSON
            and " and " not in m.actor.name
            and sentence != last_subject_sentence
            and not _in_quotes(f.doc, para_starts, marks, m.span.start)
        ):
            subjects.append(m.actor)
            last_subject_sentence = sentence
        out.append(m)
    return out


def _quote_marks(folded: str) -> list[int]:
    """The offsets of the double quote marks of *folded*, in order."""
    out: list[int] = []
    at = folded.find('"')
    while at >= 0:
        out.append(at)
        at = folded.find('"', at + 1)
    return out


def _in_quotes(doc: Doc, para_starts: list[int], marks: list[int], pos: int) -> bool:
    """True when an odd number of double quote marks opens *pos*'s paragraph before it.

    The marks are counted by bisection in *marks* (:func:`_quote_marks`), not
    by scanning the paragraph for each mention: one long paragraph would make
    that quadratic.
    """
    i = bisect.bisect_right(para_starts, pos) - 1
    start = para_starts[i] if i >= 0 else doc.body.start
    count = bisect.bisect_left(marks, pos) - bisect.bisect_left(marks, start)
    return count % 2 == 1


def _honoured(m: _Found, persons: list[tuple[ActorMention, _Person | None]]) -> Actor | None:
    """The last person introduced with an honorific, for ``His Highness`` / ``Her Majesty``."""
    want = "f" if m.text.lower().startswith("her") else "m"
    for pm, person in reversed(persons[-_LOOKBACK:]):
        if person is not None and person.honoured and person.gender in (None, want):
            return pm.actor
    return None


def _untitled(
    subjects: list[Actor],
    persons: list[tuple[ActorMention, _Person | None]],
    state: str | None,
) -> Actor | None:
    """The last person with no role a clause was about, else named (of *state*, if given)."""
    said = [a for a in subjects[-_LOOKBACK:] if a.kind is ActorKind.PERSON]
    named = [pm.actor for pm, _p in persons[-_LOOKBACK:] if pm.actor is not None]
    for pool in (said, named):
        for actor in reversed(pool):
            if actor.role is not None or " and " in actor.name:
                continue
            if state is not None and actor.country != state:
                continue
            return actor
    return None


def _classes_of(role: str | None) -> frozenset[str]:
    """The role classes of an office (``titles.tsv``), empty when unknown."""
    found = title_of(role or "")
    return found.classes if found is not None else frozenset()


def _any_person(m: _Found) -> bool:
    """A role that may stand for any person (classes ``anyone`` in ``titles.tsv``)."""
    want = title_of(m.actor.role or "") if m.actor is not None else None
    return want is not None and "anyone" in want.classes and not m.text.lower().endswith("s")


def _last_subject(
    subjects: list[Actor],
    persons: list[tuple[ActorMention, _Person | None]],
    state: str | None,
) -> Actor | None:
    """The most recent single person a clause was about, else the last person named.

    With *state* (``the Russian diplomat``), a person of another state is skipped.
    """
    said = [a for a in subjects[-_LOOKBACK:] if a.kind is ActorKind.PERSON]
    named = [pm.actor for pm, _p in persons[-_LOOKBACK:] if pm.actor is not None]
    for pool in (said, named):
        for actor in reversed(pool):
            if " and " in actor.name or (state is not None and actor.country not in (state, None)):
                continue
            return actor
    return None


def _antecedent(
    f: _Finder,
    m: _Found,
    subjects: list[Actor],
    persons: list[tuple[ActorMention, _Person | None]],
) -> Actor | None:
    """Who ``he``/``she`` stands for: the most recent clause subject, else person.

    A person the text gives the other gender is skipped.  ``she`` is the
    marked case (most officials in these reports are named with no gender
    word): among the last three subjects, one marked as a woman (title,
    address, possessive) wins over one whose gender the text does not tell
    (``Queen X met President Y. ... She said``).
    """
    want = "f" if m.text.lower().split()[0] in ("she", "her") else "m"
    pool = [a for a in subjects[-_LOOKBACK:] if " and " not in a.name]
    if not pool:
        pool = [pm.actor for pm, _p in persons[-_LOOKBACK:] if pm.actor is not None]
    if not pool:
        return None

    def gender(actor: Actor) -> str | None:
        person = f.persons.get(actor.name)
        return person.gender if person is not None else None

    recent: list[Actor] = []  # the last three distinct candidates
    for actor in reversed(pool):
        if all(a.name != actor.name for a in recent):
            recent.append(actor)
        if len(recent) == 3:
            break
    if want == "f":
        for actor in recent:
            person = f.persons.get(actor.name)
            if person is not None and person.marked and person.gender == want:
                return actor
        # A woman among the last three persons named, a subject or not ("X met
        # with Deputy Minister Dilnoza Karimova. She said ..."): the marked case.
        named: list[str] = []
        for pm, _p in reversed(persons[-_LOOKBACK:]):
            woman = pm.actor
            if woman is None or " and " in woman.name:
                continue
            if woman.name not in named:
                named.append(woman.name)
                if len(named) > 3:
                    break
            if gender(woman) == want:
                return woman
    for actor in reversed(pool):
        if gender(actor) in (None, want):
            return actor
    # No clause subject of that gender: the last person named whom the text
    # gives it ("X met Deputy Minister Dilnoza Karimova. She said ...").
    for pm, _p in reversed(persons[-_LOOKBACK:]):
        if pm.actor is not None and " and " not in pm.actor.name and gender(pm.actor) == want:
            return pm.actor
    return None


def _resolve_role(
    f: _Finder,
    m: _Found,
    persons: list[tuple[ActorMention, _Person | None]],
    subjects: list[Actor],
) -> Actor | None:
    assert m.actor is not None
    want = title_of(m.actor.role or "")
    classes = want.classes if want is not None else frozenset({"side"})
    state = m.actor.country
    if "side" in classes:
        for pm, _person in reversed(persons[-_LOOKBACK:]):
            if pm.actor is not None and state is not None and pm.actor.country == state:
                return pm.actor
        if state is not None:
            found = country(state)
            return Actor(found.name if found else state, ActorKind.STATE, None, state)
        return None
    # First the same role ("the Prime Minister" -> a Prime Minister), then
    # any shared role class ("the head of state" -> a President); clause
    # subjects before persons merely mentioned.
    recent = persons[-_LOOKBACK:]
    subject_names = {a.name for a in subjects[-3:]}
    subject_mentions = [
        (pm, person)
        for pm, person in recent
        if pm.actor is not None and pm.actor.name in subject_names
    ]
    # A role that names a class of its own ("the minister": any minister, "the
    # President": a president) is the most recent clause subject of that class,
    # a Foreign Minister as well as one whose title says only "Minister".
    own = want.role.lower().replace(" ", "_") if want is not None else None
    if want is not None and own in classes:
        for pm, person in reversed(subject_mentions):
            if person is None or pm.actor is None:
                continue
            if own not in person.classes and person.role != want.role:
                continue
            if state is not None and person.country not in (state, None):
                continue
            return pm.actor
    for exact, pool in (
        (True, subject_mentions),
        (False, subject_mentions),
        (True, persons),
        (False, persons),
    ):
        for pm, person in reversed(pool):
            if person is None or pm.actor is None:
                continue
            if exact and (want is None or person.role != want.role):
                continue
            if not exact and not (person.classes & classes):
                continue
            if state is not None and person.country not in (state, None):
                continue
            return pm.actor
    return None


def _pair(
    persons: list[tuple[ActorMention, _Person | None]],
    subjects: list[Actor],
    subject_sentence: int,
) -> Actor | None:
    """``the sides``, ``the two leaders``: the last clause subject and its partner.

    The partner is a person named in the subject's own sentence ("X held talks
    with Y"), else the subject before (a person only mentioned, as in "conveyed
    the greetings of President Z", is no side).  With no subject, the last two
    persons named.
    """
    named = [a for a in subjects[-_LOOKBACK:] if " and " not in a.name and a.name != a.role]
    last = named[-1] if named else None
    partner = None
    if last is not None:
        for pm, _p in reversed(persons[-_LOOKBACK:]):
            if pm.sentence < subject_sentence:
                break
            actor = pm.actor
            if (
                pm.sentence == subject_sentence
                and actor is not None
                and " and " not in actor.name
                and actor.name != last.name
            ):
                partner = actor
                break
        if partner is None:
            partner = next((a for a in reversed(named) if a.name != last.name), None)
    if last is not None and partner is not None:
        first, second = (partner, last) if _named_last(persons, last, partner) else (last, partner)
        return Actor(name=f"{first.name} and {second.name}", kind=ActorKind.PERSON)
    seen: list[Actor] = []
    for pm, _person in reversed(persons[-_LOOKBACK:]):
        actor = pm.actor
        if actor is None or " and " in actor.name:
            continue
        if all(a.name != actor.name for a in seen):
            seen.append(actor)
        if len(seen) == 2:
            break
    if len(seen) < 2:
        return None
    second, first = seen
    return Actor(name=f"{first.name} and {second.name}", kind=ActorKind.PERSON)


def _named_last(persons: list[tuple[ActorMention, _Person | None]], a: Actor, b: Actor) -> bool:
    """True when *a* is the one of the two named most recently."""
    for pm, _p in reversed(persons):
        if pm.actor is not None and pm.actor.name in (a.name, b.name):
            return pm.actor.name == a.name
    return True


def _last_institution(done: Sequence[ActorMention], m: _Found) -> Actor | None:
    head = m.text.split()[-1].lower()
    for prev in reversed(done[-_LOOKBACK:]):
        if prev.form is not m.form or prev.actor is None:
            continue
        words = [_strip_possessive(w).lower() for w in prev.actor.name.split()]
        if m.form is MentionForm.AGENCY or head in words:
            return prev.actor
    return None


def _issuer(
    f: _Finder,
    done: Sequence[ActorMention],
    m: _Found,
    para_starts: list[int],
    marks: list[int],
) -> Actor | None:
    """Who issued ``the statement``: the first actor of the latest earlier sentence
    that names such a text (``X issued a statement``, ``X said in a statement``),
    not counting the words of a quotation in it (``“The ministers discussed ...,”
    the ministry said in a statement``: the ministry, not the ministers)."""
    words = _document_words()
    ends, sents = f.ends, f.sents
    m_sentence = bisect.bisect_right([x.start for x in f.doc.sentences], m.start) - 1
    sentences = {sents[k] for k, low in enumerate(f.lows) if low in words and ends[k] <= m.start}
    for prev in reversed(done[-_LOOKBACK:]):
        if prev.sentence not in sentences:
            continue
        first = prev
        for other in done:
            if (
                other.sentence == prev.sentence
                and other.actor is not None
                and not _in_quotes(f.doc, para_starts, marks, other.span.start)
            ):
                first = other
                break
        if first.actor is not None and first.form is not MentionForm.AGENCY:
            return first.actor
        return None
    # No earlier sentence names a statement: the institution that spoke as the
    # subject of one of the two sentences before ("..., the Kremlin press service
    # said. ... the statement reads").
    for prev in reversed(done[-8:]):
        if prev.sentence < m_sentence - 2:
            break
        if (
            prev.form is MentionForm.INSTITUTION
            and prev.subject
            and prev.actor is not None
            and prev.actor.kind is ActorKind.INSTITUTION
        ):
            return prev.actor
    return None


def find_actor_mentions(doc: Doc) -> tuple[ActorMention, ...]:
    """Every actor mention in the body of *doc*, in text order, resolved.

    Mentions never overlap.  One pass over the body's words per concern
    (names, institutions, roles, pronouns), then one resolution pass.
    """
    cols = _tokens(doc)
    countries, places = _country_tokens(cols)
    f = _Finder(doc, cols, countries, places)
    for start, (end, _code) in countries.items():
        f.covered.update(range(start + 1, end + 1))
    classes = _word_classes(f)
    _find_names(f, classes)
    _find_roles(f, classes)
    _find_institutions(f, classes)
    documents = f.among(_document_words(), f.lows)
    if documents:
        _find_documents(f, documents)
    addresses = f.among(_ADDRESS_WORDS, f.lows)
    if addresses:
        _find_addresses(f, addresses)
    _find_pronouns_and_groups(f)
    return tuple(_resolve(f))


def actor_at(mentions: Sequence[ActorMention], start: int, end: int) -> ActorMention | None:
    """The first mention lying inside ``[start, end)``, or None."""
    starts = [m.span.start for m in mentions]
    i = bisect.bisect_left(starts, start)
    if i < len(mentions) and mentions[i].span.end <= end:
        return mentions[i]
    return None
