"""Attributed statements: who said what, in quote marks or reported.

The stage reads the quotes (:mod:`diplocorpus._quotes`) and the actor
mentions (:mod:`diplocorpus._actors`) of a document and returns
:class:`~diplocorpus.model.Statement` values.  Grammar, in the order the
rules are tried (``CUE`` is a verb phrase of ``data/speech_verbs.tsv``,
``WHO`` an actor mention: a name, a role, a pronoun, an institution)::

    DIRECT    = QUOTE ","? WHO CUE           "“...,” the minister said."
              | QUOTE ","? CUE WHO           "“...,” said President X."
              | WHO CUE? ... ":" QUOTE       "X said: “...”"  "X, President of Y: “...”"
              | QUOTE                        a quote with no cue takes the speaker of the
                                             quote next to it (same or previous paragraph)
              | WHO CUE ":" NL "- " SPEECH   a dash-led transcript after "said:"
    INDIRECT  = WHO CUE ["that"] CONTENT     "X noted that ...", "X stressed the importance ..."
              | CONTENT "," WHO CUE          "..., X said."  (a whole paragraph of first-person
              | CONTENT "," CUE WHO          speech when the attribution closes it)
              | "According to" WHO "," CONTENT
              | CONTENT "," "according to" WHO "."
              | WHO VERB ... "and" CUE CONTENT     "X thanked Y for ... and said ...": the
                                             subject of the sentence (or of a "who" clause)
              | WHO CUE A ["," ] "and" CUE "that" B   two statements, when the first cue is a
                                             saying verb ("said A and noted that B")
    MIXED     = an INDIRECT whose content embeds a quoted fragment of the speaker's words.

Not statements: cues of the kinds ``social`` (thanked, congratulated) and
``summary`` (discussed, exchanged views); a news agency reporting (``Trend
reports``); passives with no agent; scare quotes and quoted names (short,
no verb, or written like a title).  A ``WHO`` that cannot be resolved leaves
``speaker=None`` with the diagnostic ``statements.speaker.unresolved``.

Statements never overlap one another and lie inside the body; their spans
never include the quote marks.
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs
import regex

from diplocorpus._actors import ActorMention, MentionForm, find_actor_mentions
from diplocorpus._data import load_tsv
from diplocorpus._doc import Doc
from diplocorpus._patterns import phrase_tree
from diplocorpus._quotes import Quote, find_quotes
from diplocorpus._text import ends_with_word
from diplocorpus.model import (
    Actor,
    ActorKind,
    Diagnostic,
    Severity,
    Span,
    Statement,
    StatementKind,
    When,
)

__all__ = ["statements"]

UNRESOLVED = "statements.speaker.unresolved"
UNATTRIBUTED = "statements.quote.unattributed"


@attrs.frozen
class _Verb:
    form: str
    kind: str  # speech, stance, social, summary
    trailing: bool


@functools.cache
def _verbs() -> dict[str, _Verb]:
    return {
        row["form"].lower(): _Verb(row["form"].lower(), row["kind"], row["trailing"] == "yes")
        for row in load_tsv("speech_verbs.tsv")
    }


@functools.cache
def _cue_firsts() -> dict[str, tuple[str, ...]]:
    """Cue forms by their first word, longest first."""
    out: dict[str, list[str]] = {}
    for form in sorted(_verbs(), key=len, reverse=True):
        out.setdefault(form.split(" ")[0], []).append(form)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _cue_pattern() -> re.Pattern[bytes]:
    """A space, then the first word of a cue form, then a space (ahead).

    Matched against :func:`_ascii_words` lower-cased.  The standard library's engine: it
    runs a trie of literals much faster than :mod:`regex` does.
    """
    return re.compile(("[ ](" + phrase_tree(sorted(_cue_firsts())) + ")(?=[ ])").encode("ascii"))


# ASCII letters kept, every other byte a space: the words of a text become
# its space-separated runs of ASCII letters.
_ASCII_WORDS = bytes(b if 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A else 0x20 for b in range(256))


def _ascii_words(text: str, start: int, end: int) -> bytes:
    """``text[start:end]`` as its runs of ASCII letters, space-padded at both ends.

    Same length plus two: a non-ASCII character reads as ``?`` and becomes a
    space, like any other character that is not an ASCII letter.  The folded
    view and the text give the same bytes (folding never makes or unmakes an
    ASCII letter).
    """
    return b" " + text[start:end].encode("ascii", "replace").translate(_ASCII_WORDS) + b" "


class _Cue:
    """A cue found in the text: its offsets, its form (lower case) and its verb."""

    __slots__ = ("end", "form", "start", "verb")

    def __init__(self, start: int, end: int, form: str, verb: _Verb) -> None:
        self.start, self.end, self.form, self.verb = start, end, form, verb


@functools.cache
def _cue_table() -> dict[bytes, tuple[tuple[str, int, _Verb, bool, int, str], ...]]:
    """Per first word (ASCII bytes): its forms, longest first, as (form, length, verb,
    one_word, k, letter): for a form of several words, *letter* is its second word's
    first letter and *k* that letter's offset (0 and "" for a one-word form)."""
    verbs = _verbs()
    out: dict[bytes, tuple[tuple[str, int, _Verb, bool, int, str], ...]] = {}
    for first, forms in _cue_firsts().items():
        rows = []
        for f in forms:
            k = f.index(" ") + 1 if " " in f else 0
            rows.append((f, len(f), verbs[f], k == 0, k, f[k] if k else ""))
        out[first.encode("ascii")] = tuple(rows)
    return out


def _find_cues(folded: str, start: int, end: int) -> list[_Cue]:
    """Every cue in ``folded[start:end]``, in text order.

    A cue starts at a whole run of ASCII letters that is the first word of a
    form.  The runs come from one byte translation (a non-ASCII character
    reads as ``?``, which ends a run) and one scan of a trie of first words,
    so the Python work is per cue, not per word.  A one-word form is the run
    itself (its letters need no second look).
    """
    table = _cue_table()
    n = len(folded)
    out: list[_Cue] = []
    for m in _cue_pattern().finditer(_ascii_words(folded, start, end).lower()):
        a = start + m.start()  # the padding space stands one before the word
        if a > 0 and (folded[a - 1].isalpha() or folded[a - 1] == "'"):
            continue
        for form, length, verb, one_word, k, letter in table[m.group(1)]:
            b = a + length
            # A form of several words: its second word's first letter is looked at
            # before the whole stretch is lower-cased (a stretch that lowers to the
            # form lowers letter by letter, so that letter must match too).
            if not one_word and (
                b > end or folded[a + k].lower() != letter or folded[a:b].lower() != form
            ):
                continue
            if b < n and (folded[b].isalpha() or folded[b] == "'"):
                continue
            out.append(_Cue(a, b, form, verb))
            break
    return out


# What may stand between a speaker and the cue: adverbs and auxiliaries.
#   "Lavrov for his part welcomed"  "He also noted"  "X, in turn, said"  "Xi has said"
_GAP = regex.compile(
    r"""(?:[ ,]++|also|further|once|again|then|for[ ](?:his|her|their|its)[ ]part
    |in[ ](?:his|her|their|its)[ ]turn|in[ ]turn|in[ ]particular|separately|repeatedly
    |particularly|especially|specifically|has|have|had|had[ ]earlier|earlier|later|today
    |yesterday|previously|personally|herself|himself|themselves|however|reportedly
    |on[ ](?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|additionally
    |moreover|firmly|strongly|clearly|briefly)*+""",
    regex.VERBOSE | regex.IGNORECASE,
)
# After a cue: "that", or an addressee before "that"/"about".
#   "said that"  "told reporters that"  "informed the Secretary-General about"
_THAT = regex.compile(r"[ ,]*+(?:that\b[ ,]*+)?", regex.IGNORECASE)


@functools.cache
def _addressee() -> regex.Pattern[str]:
    """Compiled on first use: only after a cue like told, informed, urged."""
    return regex.compile(
        r"[ ]++(?:[\p{L}\p{M}'`.-]++[ ]++){0,8}?(?:that|about|on|of)\b[ ]*+", regex.IGNORECASE
    )


# "According to X, ..." at the start of a sentence (after an optional lead).
_ACCORDING = regex.compile(r"according[ ]to[ ]", regex.IGNORECASE)
# The medium of a statement: "in an interview with China's Xinhua", "at a press
# conference", "in a statement", "on X", "during a joint press statement with ...",
# "in a statement posted on its website"
_MEDIUM = regex.compile(
    r"""\b(?:in|at|during|on|via|through|in[ ]the[ ]course[ ]of)[ ]
    (?:(?:a|an|the|his|her|their|its)[ ])?(?:joint[ ]|televised[ ]|video[ ]|written[ ])?
    (?:interview|press[ ]conference|news[ ]conference|press[ ]statement|statement|briefing
    |speech|address|tweet|post|letter|message|readout|remarks|op-ed|article|X|Twitter
    |Telegram|Facebook|social[ ]media|press[ ]release|comment|comments)\b
    (?:[ ](?:with|to|for|on|(?:published|carried|posted|issued|released|shared)[ ](?:by|on|in|at))
    [ ](?:(?![ ]that\b)[^,.;:"]){1,60}+)?""",
    regex.VERBOSE,
)
# A time between a cue and "that": "said on Monday that", "noted today that".
#   "said earlier this week that", "noted last month that"
_WHEN_AFTER_CUE = regex.compile(
    r"[ ]*+(?:on[ ]\p{Lu}\p{Ll}++(?:[ ]\d{1,2})?+|today|yesterday|again"
    r"|(?:earlier|later)(?:[ ](?:this|last|next)[ ](?:week|month|year))?+"
    r"|(?:this|last|next)[ ](?:week|month|year)"
    r"|on[ ]\d{1,2}[ ]\p{Lu}\p{Ll}++)(?=[ ,]*+that\b)",
    regex.IGNORECASE,
)


# A bare weekday right after a cue (the wire style of "said Tuesday"), with "here" or
# a part of the day: the time of saying, never the content's first word.
#   "said Tuesday that ..."  "said here Tuesday when meeting ..."  "said Friday night it ..."
@functools.cache
def _weekday_after_cue() -> regex.Pattern[str]:
    """Compiled on first use: only where a day name may follow a cue."""
    return regex.compile(
        r"(?:[ ]++here)?+[ ]++(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"(?:[ ]++(?:morning|afternoon|evening|night))?+(?![\p{L}'`])"
    )


# Words of a summary or an agentless passive in a reported content:
#   "the issues were considered"  "has discussed bilateral cooperation"
_SUMMARY = regex.compile(
    r"\b(?:discuss(?:ed|ing)|exchanged[ ]views|exchange[ ]of[ ]views|were[ ]considered"
    r"|was[ ]considered|held[ ]talks|held[ ]a[ ]meeting|met[ ]with|was[ ]held|were[ ]held)\b",
    regex.IGNORECASE,
)
# First-person words: speech in the speaker's own voice.
_FIRST_PERSON = regex.compile(r"\b(?:I|we|We|our|Our|us|my|My|I'm|We're|we're)\b")
# Where one can start: a whole run of ASCII letters that is one of the words
# (the forms with an apostrophe start like "I" and "We", which match first).
_FIRST_PERSON_RUN = re.compile(rb"[ ](?:I|we|We|our|Our|us|my|My)(?=[ ])")


def _first_person(text: str, start: int, end: int) -> list[int]:
    """The offsets of the first-person words in ``text[start:end]``.

    The runs of ASCII letters that spell one are found in the bytes of
    :func:`_ascii_words`; each is then confirmed by :data:`_FIRST_PERSON`
    itself (its word boundaries see non-ASCII letters, digits, ``_``).
    """
    match = _FIRST_PERSON.match
    out: list[int] = []
    for m in _FIRST_PERSON_RUN.finditer(_ascii_words(text, start, end)):
        at = start + m.start()  # the padding space stands one before the word
        if match(text, at, end) is not None:
            out.append(at)
    return out


# A quote introduced as a name or title: "themed", "titled", "called".
@functools.cache
def _named_before_pattern() -> regex.Pattern[str]:
    """Compiled on first use: only for a quote after non-ASCII text."""
    return regex.compile(
        r"\b(?:themed|titled|entitled|called|named|dubbed|headlined|known[ ]as|the|a|an|of|under"
        r"|slogan|motto|word|words|term|phrase|quote)[ ]*+$",
        regex.IGNORECASE,
    )


# Its words: on ASCII text, the pattern finds a match exactly when the text,
# less a final newline and then trailing spaces, ends with one in any case.
_NAMED_WORDS = (
    "themed",
    "titled",
    "entitled",
    "called",
    "named",
    "dubbed",
    "headlined",
    "the",
    "a",
    "an",
    "of",
    "under",
    "slogan",
    "motto",
    "word",
    "words",
    "term",
    "phrase",
    "quote",
    "known as",
)


def _named_before(before: str) -> bool:
    """True when :func:`_named_before_pattern` finds a match in *before*.

    ``$`` also matches before a final newline; on ASCII text no character
    matches a letter of the words only under case folding, so ``str.lower``
    and ``str.endswith`` give the same answer as the pattern, much faster.
    """
    if not before.isascii():
        return _named_before_pattern().search(before) is not None
    low = before.lower()
    for tail in (low, low[:-1]) if low.endswith("\n") else (low,):
        word = tail.rstrip(" ")
        if word.endswith(_NAMED_WORDS) and ends_with_word(word, _NAMED_WORDS):
            return True
    return False


# First words after a cue that make what follows a circumstance, not a content:
#   "said in a statement"  "said while meeting ..."  "stated this in an interview"
_CIRCUMSTANCE = frozenset(
    {"in", "at", "on", "during", "while", "when", "as", "after", "before", "this", "via"}
    | {"through", "today", "yesterday", "earlier", "later", "later.", "from", "here"}
)


# Auxiliaries and adverbs between an apposition's comma and the verb:
#   "X, Iran's deputy minister, had earlier warned"
@functools.cache
def _aux_tail() -> regex.Pattern[str]:
    """The rule :func:`_drop_aux_tail` follows (kept as its reference, compiled on use)."""
    return regex.compile(r"(?:[ ]++(?:had|has|have|also|earlier|further|then|once|again))*+[ ]*+$")


_AUX_WORDS = tuple(
    " " + w for w in ["had", "has", "have", "also", "earlier", "further", "then", "once", "again"]
)


def _drop_aux_tail(before: str) -> str:
    """``_aux_tail().sub("", before).rstrip()``, by string operations from the end.

    The pattern matches a run of spaced auxiliaries and spaces that ends the
    text or stands before its final newline (``$``); its leftmost match is
    what stripping spaces and auxiliaries from the end reaches.  The
    newline, like the spaces, goes with the closing ``rstrip``.
    """
    if before.endswith("\n"):
        before = before[:-1]
    while True:
        before = before.rstrip(" ")
        for word in _AUX_WORDS:
            if before.endswith(word):
                before = before[: len(before) - len(word) + 1]
                break
        else:
            return before.rstrip()


# Small words that stay lower case in a title ("Declaration on the ... of ...").
_TITLE_GLUE = frozenset(
    {"of", "the", "and", "on", "in", "for", "between", "a", "an", "to", "with", "at", "by"}
)
# First words of a sentence-opening phrase that is not a reported content:
#   "At the same time, X said"  "During the talks, X noted"  "In turn, X added"
_LEAD_INS = frozenset(
    {"at", "during", "in", "on", "after", "before", "while", "when", "as", "for", "with"}
    | {"regarding", "speaking", "according", "besides", "meanwhile", "moreover", "also"}
    | {"furthermore", "additionally", "then", "later", "earlier", "today", "yesterday"}
)
_WORD = regex.compile(r"[\p{L}\p{M}\d]++(?:['`-][\p{L}\p{M}\d]++)*+")
# [0-9A-Za-z\x80-\U0010ffff] written as its complement: the stdlib compiler takes
# ~3 ms to lay out the huge positive range, ~0.1 ms for the negated ASCII ranges.
_COARSE_WORD = re.compile(r"[^\x00-/:-@\[-`{-\x7f]++(?:['`-][^\x00-/:-@\[-`{-\x7f]++)*+")


@attrs.define
class _Found:
    span: Span
    kind: StatementKind
    who: ActorMention | None
    cue: Span | None
    claimed: Span  # the content plus its marks and attribution: no other statement here
    medium: str | None = None
    quote: Quote | None = None
    that: bool = False  # the content is introduced by "that"
    circumstance: bool = False  # the "content" is a circumstance: "on July 22"


@attrs.define
class _Ctx:
    doc: Doc
    mentions: tuple[ActorMention, ...]
    starts: list[int]
    ends: list[int]
    by_end: list[ActorMention]
    titled: list[ActorMention]
    title_starts: list[int]
    sent_starts: list[int]
    para_starts: list[int]
    cues: list[_Cue]
    cue_starts: list[int]
    diags: list[Diagnostic] = attrs.Factory(list)
    # Offsets of the first-person words ("we", "our", "I") of the body, found
    # when first asked for: few reports need them.
    _first_person_at: list[int] | None = None
    # Offsets of the cues that attributed a quote: "“...,” X told reporters after the
    # meeting." is one direct statement, its cue never opens a reported one too.
    quote_cues: set[int] = attrs.Factory(set)

    def cue_at(self, pos: int) -> _Cue | None:
        """The cue starting at *pos*, if any."""
        i = bisect.bisect_left(self.cue_starts, pos)
        if i < len(self.cues) and self.cue_starts[i] == pos:
            return self.cues[i]
        return None

    def cues_within(self, start: int, end: int) -> list[_Cue]:
        """The cues lying inside ``[start, end)``, in order."""
        i = bisect.bisect_left(self.cue_starts, start)
        out = []
        while i < len(self.cues) and self.cues[i].end <= end:
            out.append(self.cues[i])
            i += 1
        return out

    def sentence_of(self, pos: int) -> Span | None:
        """The sentence holding offset *pos*, if any."""
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i >= 0 and self.doc.sentences[i].start <= pos < self.doc.sentences[i].end:
            return self.doc.sentences[i]
        return None

    def paragraph_of(self, pos: int) -> int:
        """The index of the paragraph holding (or last starting before) *pos*."""
        return bisect.bisect_right(self.para_starts, pos) - 1

    def mentions_within(self, start: int, end: int) -> list[ActorMention]:
        """The mentions starting inside ``[start, end)``, in order."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].span.start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def first_person_between(self, start: int, end: int) -> bool:
        """True when a first-person word stands in ``[start, end)``."""
        found = self._first_person_at
        if found is None:
            body = self.doc.body
            found = self._first_person_at = _first_person(self.doc.text, body.start, body.end)
        i = bisect.bisect_left(found, start)
        return i < len(found) and found[i] < end

    def mention_at(self, pos: int) -> ActorMention | None:
        """The mention starting at *pos* (after spaces, ``the``, or its title)."""
        folded = self.doc.folded
        while pos < len(folded) and folded[pos] == " ":
            pos += 1
        if folded[pos : pos + 4].lower() == "the ":
            here = self._at(pos)
            return here if here is not None else self._at(pos + 4)
        return self._at(pos)

    def _at(self, pos: int) -> ActorMention | None:
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.mentions) and self.mentions[i].span.start == pos:
            return self.mentions[i]
        i = bisect.bisect_left(self.title_starts, pos)
        if i < len(self.titled) and self.titled[i].title_span is not None:
            m = self.titled[i]
            if m.title_span is not None and m.title_span.start == pos:
                return m
        return None

    def mention_before(self, pos: int, floor: int) -> ActorMention | None:
        """The mention ending before *pos* with only adverbs between (a subject)."""
        i = bisect.bisect_right(self.ends, pos) - 1
        if i < 0:
            return None
        m = self.by_end[i]
        if m.span.end < floor or pos - m.span.end > 60:
            return None
        gap = self.doc.folded[m.span.end : pos]
        if gap.strip(" ,") and _GAP.fullmatch(gap) is None:
            return None  # (spaces and commas alone always match)
        return m


def _ctx(doc: Doc, actors: tuple[ActorMention, ...] | None) -> _Ctx:
    mentions = find_actor_mentions(doc) if actors is None else actors
    cues = _find_cues(doc.folded, doc.body.start, doc.body.end)
    by_end = sorted(mentions, key=lambda m: m.span.end)
    titled = sorted(
        (m for m in mentions if m.title_span is not None),
        key=lambda m: m.title_span.start if m.title_span is not None else 0,
    )
    return _Ctx(
        doc,
        mentions,
        [m.span.start for m in mentions],
        [m.span.end for m in by_end],
        by_end,
        titled,
        [m.title_span.start for m in titled if m.title_span is not None],
        [x.start for x in doc.sentences],
        [x.start for x in doc.paragraphs],
        cues,
        [c.start for c in cues],
    )


# An agency's credit closing a sentence: ", Trend reports", ", Report informs
# citing AZERTAC", ", according to Xinhua".  Searched in the last 90 characters.
_CREDIT = regex.compile(
    r",[ ]*+(?:(?:\p{Lu}[\p{L}.-]*+[ ]){1,3}(?:reports|informs|writes|reported)\b[^,]{0,40}+"
    r"|according[ ]to[ ](?:\p{Lu}[\p{L}.-]*+[ ]?){1,3})[.]?$"
)


def _strip_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, a trailing comma or full stop, stray quote marks, an agency credit."""
    floor = max(start, end - 90)
    # A credit opens with a comma: most contents have none near their end.
    credit = _CREDIT.search(text, floor, end) if text.find(",", floor, end) >= 0 else None
    if credit is not None:
        end = credit.start()
    while start < end and (text[start].isspace() or text[start] in "\"'“”‘’«»,:;-–—"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:\"'“”‘’«»-–—"):
        end -= 1
    return start, end


def _speaker(ctx: _Ctx, who: ActorMention | None, at: Span) -> Actor | None:
    if who is None:
        return None
    if who.actor is None:
        ctx.diags.append(
            Diagnostic(
                UNRESOLVED,
                f"the speaker {who.text!r} could not be resolved to a named actor",
                who.span,
                Severity.INFO,
            )
        )
    return who.actor


# One of these stands inside every match of :data:`_MEDIUM` (its medium word).
_MEDIUM_WORDS = (
    "interview",
    "conference",
    "statement",
    "briefing",
    "speech",
    "address",
    "tweet",
    "post",
    "letter",
    "message",
    "readout",
    "remarks",
    "op-ed",
    "article",
    "X",
    "Twitter",
    "Telegram",
    "Facebook",
    "social media",
    "release",
    "comment",
)


def _medium(doc: Doc, start: int, end: int) -> str | None:
    folded = doc.folded
    window = folded[start:end]
    if not any(map(window.__contains__, _MEDIUM_WORDS)):
        return None  # no medium word: no match
    m = _MEDIUM.search(folded, start, end)
    if m is None:
        return None
    return doc.text[m.start() : m.end()].rstrip()


# --------------------------------------------------------------------------
# Direct speech: quotes and their attribution.
# --------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """The words of *text* (:data:`_WORD`).

    Found as coarse words first, by the standard library's faster engine:
    runs of ASCII letters and digits and of any non-ASCII character, joined
    like words.  Every word lies inside one coarse word, and an ASCII coarse
    word is a word; only a coarse word with a non-ASCII character is read
    again with :data:`_WORD`.
    """
    coarse = _COARSE_WORD.findall(text)
    if text.isascii():
        return coarse
    out: list[str] = []
    for word in coarse:
        if word.isascii():
            out.append(word)
        else:
            out.extend(_WORD.findall(word))
    return out


def _first_words(text: str, start: int, end: int, n: int = 3) -> list[str]:
    """The first *n* words of ``text[start:end]`` (enough to tell "fewer than n")."""
    out: list[str] = []
    for m in _COARSE_WORD.finditer(text, start, end):
        word = m.group()  # as in :func:`_words`: an ASCII coarse word is a word
        if word.isascii():
            out.append(word)
        else:
            out.extend(_WORD.findall(word))
        if len(out) >= n:
            return out[:n]
    return out


def _is_statement_like(doc: Doc, q: Quote, cued: bool = False) -> bool:
    """False for scare quotes, quoted names and titles.

    A quote with a cue of its own (``“Trade grows,” he said``) may be short;
    one without needs four words.
    """
    need = 2 if cued else 4
    ends_like_sentence = q.text.rstrip()[-1:] in ".!?,"
    if ends_like_sentence:
        # Only the count matters then (no title or name test): its first words tell.
        return len(_first_words(q.text, 0, 400, need)) >= need
    words = _words(q.text[:400])
    if len(words) < need:
        return False
    before = doc.folded[max(0, q.open.start - 30) : q.open.start]
    if len(words) <= 25:
        content = [w for w in words if w.lower() not in _TITLE_GLUE]
        caps = sum(1 for w in content if w[:1].isupper())
        if content and caps / len(content) >= 0.7:
            return False  # "The South Caucasus: Regional Development and ..."
    return not (len(words) <= 12 and _named_before(before))


def _attribution_after(ctx: _Ctx, q: Quote) -> tuple[ActorMention, Span, int] | None:
    """``“...,” the minister said`` / ``“...,” said X``: speaker, cue, end."""
    if q.close is None:
        return None
    doc = ctx.doc
    folded = doc.folded
    pos = q.close.end
    para = doc.paragraphs[ctx.paragraph_of(pos - 1)]
    limit = min(para.end, pos + 200)
    start = pos
    while start < limit and folded[start] in " ,.;-":
        start += 1
    if start >= limit:
        return None
    # CUE WHO: "said President X"
    v = ctx.cue_at(start)
    if v is not None and v.verb.kind in ("speech", "stance"):
        who = ctx.mention_at(v.end)
        if who is not None:
            return who, Span(v.start, v.end), who.span.end
    # WHO CUE: "the head of state noted"
    who = ctx.mention_at(start)
    if who is not None and (
        who.form is not MentionForm.AGENCY or who.text.lower().startswith("the")
    ):
        gap = _GAP.match(folded, who.span.end, limit)
        after = gap.end() if gap else who.span.end
        v = ctx.cue_at(after)
        if v is not None and v.verb.kind in ("speech", "stance"):
            if _opens_own_content(ctx, q, start, v, limit):
                return None
            return who, Span(v.start, v.end), v.end
    return None


def _opens_own_content(ctx: _Ctx, q: Quote, start: int, v: _Cue, limit: int) -> bool:
    """True when ``WHO CUE`` after a closed quote opens a sentence with a content of its own.

    ``... would be “a big event.” He noted that Putin and Tokayev last met ...``:
    the quote ends its sentence (a stop before or after the closing mark) and
    the cue goes on with ``that`` or a clause, so it reports the next content,
    not the quote before it (``“...” the minister said.`` still attributes).
    """
    folded = ctx.doc.folded
    assert q.close is not None
    if folded[q.close.start - 1 : q.close.start] not in (".", "!", "?") and (
        folded.find(".", q.close.end, start) < 0
    ):
        return False
    that = _THAT.match(folded, v.end, limit)
    if that is not None and "that" in that.group().lower():
        return True
    words = _first_words(ctx.doc.text, v.end, min(limit, v.end + 120))
    return (
        folded[v.end : v.end + 1] == " "
        and len(words) >= 3
        and words[0].lower() not in _CIRCUMSTANCE
        and words[0][:1].islower()
        and folded.find(",", v.end, v.end + 2) < 0
    )


def _attribution_before(ctx: _Ctx, q: Quote) -> tuple[ActorMention, Span | None] | None:
    """``X said: “...”``, ``X, President of Y: “...”``, ``X said, “...”``."""
    doc = ctx.doc
    folded = doc.folded
    p_index = ctx.paragraph_of(q.open.start)
    if p_index < 0:
        return None
    para = doc.paragraphs[p_index]
    sent = ctx.sentence_of(q.open.start)
    floor = sent.start if sent is not None else para.start
    if floor == q.open.start and p_index > 0:
        # The quote opens its paragraph: "X said:" may end the one before.
        prev = doc.paragraphs[p_index - 1]
        if folded[prev.start : prev.end].rstrip().endswith(":"):
            return _colon_speaker(ctx, Span(max(prev.start, prev.end - 300), prev.end))
        return None
    floor = max(floor, q.open.start - 300)
    prefix = folded[floor : q.open.start].rstrip()
    if prefix.endswith(":"):
        return _colon_speaker(ctx, Span(floor, floor + len(prefix)))
    if prefix.endswith(","):
        # "X said, “...”"
        inner = prefix[:-1].rstrip()
        found = ctx.cues_within(floor, floor + len(inner))
        v = found[-1] if found else None
        if v is not None and v.end == floor + len(inner):
            who = ctx.mention_before(v.start, floor)
            if who is not None:
                return who, Span(v.start, v.end)
    return None


def _colon_speaker(ctx: _Ctx, where: Span) -> tuple[ActorMention, Span | None] | None:
    """The speaker in ``X said:`` or a transcript label ``X, President of Y:``."""
    sent = ctx.sentence_of(where.end - 1)
    start = max(where.start, sent.start if sent is not None else where.start)
    last_v = None
    for v in ctx.cues_within(start, where.end):
        if v.verb.kind in ("speech", "stance"):
            last_v = v
    if last_v is not None:
        who = ctx.mention_before(last_v.start, start)
        if who is not None:
            return who, Span(last_v.start, last_v.end)
        # "..., Ismail Serageldin, said:" / "X made remarks at ...:"
        for m in ctx.mentions_within(start, last_v.start):
            if m.span.end <= last_v.start and _speaks(m):
                who = m
        if who is not None:
            return who, Span(last_v.start, last_v.end)
    # A label: the first person named in the prefix ("Name, Title: ").
    for m in ctx.mentions_within(start, where.end):
        if _speaks(m):
            if m.span.start - start <= 3:
                return m, None
            break
    return None


def _speaks(m: ActorMention) -> bool:
    return m.form is not MentionForm.AGENCY


def _direct(ctx: _Ctx, quotes: tuple[Quote, ...]) -> list[_Found]:
    doc = ctx.doc
    found: list[_Found | None] = []
    pending: list[tuple[int, Quote]] = []
    for q in quotes:
        if not (doc.body.start <= q.span.start and q.span.end <= doc.body.end):
            continue
        after = _attribution_after(ctx, q)
        if not _is_statement_like(doc, q, cued=after is not None):
            continue
        if after is not None:
            who, cue, end = after
            sent = ctx.sentence_of(end - 1)
            tail = sent.end if sent is not None and sent.end >= end else end
            medium_at = _MEDIUM.match(doc.folded, end + 1, tail) if end < tail else None
            claim_end = medium_at.end() if medium_at is not None else end
            found.append(
                _Found(
                    q.span,
                    StatementKind.DIRECT,
                    who,
                    cue,
                    Span(q.open.start, max(claim_end, q.close.end if q.close else q.span.end)),
                    _medium(doc, end, tail),
                    q,
                )
            )
            continue
        before = _attribution_before(ctx, q)
        if before is not None:
            who, cue_span = before
            start = min(who.span.start, q.open.start)
            found.append(
                _Found(
                    q.span,
                    StatementKind.DIRECT,
                    who,
                    cue_span,
                    Span(start, q.close.end if q.close else q.span.end),
                    _medium(doc, who.span.end, q.open.start),
                    q,
                )
            )
            continue
        if not q.opened:
            continue  # a quote read back from a lone closing mark needs its own cue
        pending.append((len(found), q))
        found.append(None)
    # Quotes with no cue of their own take the speaker of a neighbouring quote.
    nxt_found: list[_Found | None] = [None] * (len(found) + 1)
    for j in range(len(found) - 1, -1, -1):
        nxt_found[j] = found[j] if found[j] is not None else nxt_found[j + 1]
    pending_quotes = dict(pending)
    pending_at = set(pending_quotes)
    last: _Found | None = None
    for index, entry in enumerate(found):
        if index not in pending_at:
            last = entry
            continue
        q = pending_quotes[index]
        p_here = ctx.paragraph_of(q.span.start)
        donor: _Found | None = None
        if last is not None and last.quote is not None:
            p_prev = ctx.paragraph_of(last.span.end - 1)
            starts_para = doc.paragraphs[p_here].start == q.open.start
            if p_prev == p_here or (p_prev == p_here - 1 and starts_para):
                donor = last
        if donor is None:
            nxt = nxt_found[index + 1]
            if nxt is not None and ctx.paragraph_of(nxt.span.start) == p_here:
                donor = nxt if nxt.who is not None else None
        if donor is None:
            ctx.diags.append(
                Diagnostic(
                    UNATTRIBUTED,
                    "a quotation with no speaker named near it: not reported as a statement",
                    q.span,
                    Severity.INFO,
                )
            )
            continue
        found[index] = _Found(
            q.span,
            StatementKind.DIRECT,
            donor.who,
            None,
            Span(q.open.start, q.close.end if q.close else q.span.end),
            None,
            q,
        )
        last = found[index]
    return [f for f in found if f is not None]


def _dash_transcripts(ctx: _Ctx) -> list[_Found]:
    """``X said:`` then paragraphs of speech led by a dash (``- Mr. President, ...``)."""
    doc = ctx.doc
    folded = doc.folded
    out: list[_Found] = []
    paras = doc.paragraphs
    i = 0
    while i < len(paras) - 1:
        para = paras[i]
        nxt = paras[i + 1]
        # The next paragraph's dash first: it is the cheaper test (paragraphs are never empty).
        if folded[nxt.start] != "-" or not folded[para.start : para.end].rstrip().endswith(":"):
            i += 1
            continue
        speaker = _colon_speaker(ctx, Span(max(para.start, para.end - 300), para.end))
        if speaker is None:
            i += 1
            continue
        j = i + 1
        while (
            j + 1 < len(paras)
            and folded[paras[j + 1].start] not in "-\"'"
            and not (folded[paras[j + 1].start : paras[j + 1].end].rstrip().endswith(":"))
        ):
            j += 1
        start, end = _strip_content(doc.text, nxt.start + 1, paras[j].end)
        if end > start:
            who, cue = speaker
            sent = ctx.sentence_of(para.end - 1)
            claim = min(who.span.start, sent.start if sent is not None else who.span.start)
            out.append(_Found(Span(start, end), StatementKind.DIRECT, who, cue, Span(claim, end)))
        i = j + 1
    return out


# --------------------------------------------------------------------------
# Reported speech.
# --------------------------------------------------------------------------


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end


class _Taken:
    """Spans already claimed by statements: overlap and containment by bisection."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans, key=_span_key)  # the order of Span's own comparison
        self._starts = [x.start for x in ordered]
        self._max_end: list[int] = []
        best = -1
        for x in ordered:
            best = max(best, x.end)
            self._max_end.append(best)

    def overlaps(self, span: Span) -> bool:
        """True when some claimed span shares a character with *span*."""
        i = bisect.bisect_left(self._starts, span.end)
        return i > 0 and self._max_end[i - 1] > span.start

    def covers(self, span: Span) -> bool:
        """True when one claimed span holds all of *span*."""
        i = bisect.bisect_right(self._starts, span.start)
        return i > 0 and self._max_end[i - 1] >= span.end


def _indirect(ctx: _Ctx, taken: _Taken) -> list[_Found]:
    doc = ctx.doc
    out: list[_Found] = []
    # "According to" is looked for once in the body; a sentence has it when
    # the first one from its start lies in its first 40 characters.
    according = list(_ACCORDING.finditer(doc.folded, doc.body.start, doc.body.end))
    according_at = [m.start() for m in according]
    # The cues that may open a statement (speech, stance): a sentence with only
    # social or summary cues has none to read (the lead and trailing readings
    # skip those cues), so it is passed over like one with no cue.
    speaking = [c for c in ctx.cues if c.verb.kind in ("speech", "stance")]
    any_citing = doc.folded.find(" citing ", doc.body.start, doc.body.end) >= 0
    cue_starts = [c.start for c in speaking]
    for sent in doc.sentences:
        if not (doc.body.start <= sent.start and sent.end <= doc.body.end):
            continue
        k = bisect.bisect_left(according_at, sent.start)
        acc = according[k] if k < len(according) else None
        late = None  # "CONTENT, according to WHO."
        if acc is not None and acc.end() > min(sent.end, sent.start + 40):
            late = acc if acc.end() < sent.end else None
            acc = None
        i = bisect.bisect_left(cue_starts, sent.start)
        no_cue = i == len(cue_starts) or speaking[i].end > sent.end
        citing = doc.folded.find(" citing ", sent.start, sent.end) if any_citing else -1
        if acc is None and late is None and no_cue and citing < 0:
            continue  # no cue, no "according to", no "citing": nothing reported here
        if taken.covers(sent):
            continue
        hit = _according(ctx, sent, acc) if acc is not None else None
        if hit is None and late is not None:
            hit = _according_after(ctx, sent, late)
        if hit is not None:
            hit = _source_report(ctx, sent, hit)
            if hit is None:
                continue
        if hit is None and citing >= 0:
            hit = _citing(ctx, sent, citing)
        if hit is None and not no_cue:
            cues = ctx.cues_within(sent.start, sent.end)
            lead = _lead_cue(ctx, sent, cues)
            # A lead with "that" and a content of its own wins over any trailing
            # attribution: the trailing one is only looked for otherwise.
            settled = lead is not None and lead.that and not lead.circumstance
            trail = None if settled else _trailing(ctx, sent, cues)
            hit = lead
            if trail is not None and (
                lead is None
                or lead.circumstance
                or (not lead.that and len(trail.span) > len(lead.span))
            ):
                hit = trail
            if hit is not None and hit is lead and lead.circumstance:
                hit = None
            if hit is not None and hit is trail:
                hit = _source_report(ctx, sent, hit)
        if hit is None:
            continue
        if taken.overlaps(hit.span):
            continue
        out.append(hit)
        second = _second_clause(ctx, sent, hit) if hit.cue is not None else None
        if second is not None and not taken.overlaps(second.span):
            out.append(second)
    return out


def _source_report(ctx: _Ctx, sent: Span, hit: _Found) -> _Found | None:
    """An institution credited as the source of a report, not as its speaker.

    *hit* is read from a source credit around its content (``CONTENT, the
    ministry said.``, ``According to the ministry, CONTENT``).  When the source
    is no person (a ministry, a press service, a state) and the content has a
    speaker of its own, a person who states or stances in it (``Araghchi
    informed Lavrov about ..., the ministry added``, ``According to the
    ministry, the minister stressed that ...``), that person's statement is
    returned instead.  When the content reports that something happened (a
    summary verb: ``X and Y held talks``, ``spoke by phone``, ``reviewed``),
    the source merely reports an event: ``None``.  Otherwise *hit* as it is.
    """
    who = hit.who
    if who is None or who.actor is None or who.actor.kind is ActorKind.PERSON:
        return hit
    inner = ctx.cues_within(hit.span.start, hit.span.end)
    if not inner:
        return hit
    lead = _lead_cue(ctx, sent, inner)
    if (
        lead is not None
        and not lead.circumstance
        and lead.who is not None
        and lead.who.actor is not None
        and lead.who.actor.kind is ActorKind.PERSON
        and lead.who.span.start >= hit.span.start
    ):
        start, end = _strip_content(ctx.doc.text, lead.span.start, min(lead.span.end, hit.span.end))
        if len(_first_words(ctx.doc.text, start, end)) >= 2:
            lead.span = Span(start, end)
            return lead
    folded = ctx.doc.folded
    if any(c.verb.kind == "summary" and not _reduced_relative(folded, c) for c in inner):
        return None
    return hit


# Words after a participle that modifies the noun before it ("the documents
# signed during the visit"), and the auxiliaries that make it a verb instead
# ("were signed during the visit").
_RELATIVE_NEXT = frozenset(
    {"during", "in", "at", "on", "by", "between", "with", "within", "under", "last", "earlier"}
    | {"this", "since", "after", "before", "yesterday", "today", "here", "there"}
)
_AUXILIARIES = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "and", "also"}
)


def _reduced_relative(folded: str, cue: _Cue) -> bool:
    """True when a one-word ``-ed`` summary cue modifies the noun before it.

    ``The documents signed during the visit cover ...``: the participle and
    its phrase describe the subject, so the content does not report that
    something happened.  A preposition or time word must follow, and a word
    that is no auxiliary precede (``were signed during`` reports it).
    """
    if " " in cue.form or not cue.form.endswith("ed"):
        return False
    after = folded[cue.end : cue.end + 12].lstrip(" ").split(" ", 1)[0].lower()
    if after not in _RELATIVE_NEXT:
        return False
    before = folded[max(0, cue.start - 12) : cue.start].rstrip(" ").rsplit(" ", 1)[-1].lower()
    return before.isalpha() and before not in _AUXILIARIES


def _second_clause(ctx: _Ctx, sent: Span, hit: _Found) -> _Found | None:
    """``X said A, and noted that B``: the reported clause of a second, coordinated cue.

    When *hit* was reported by a saying verb (``said``, ``noted``: kind
    ``speech``) and a cue of the same subject stands after ``and`` inside its content
    and brings a ``that`` clause of its own, *hit* ends before the ``and`` and
    the second clause is returned as a statement of its own.  (A second cue
    with a bare object, ``..., and highlighted the attention to ...``, stays
    part of the first statement.)
    """
    folded = ctx.doc.folded
    first = ctx.cue_at(hit.cue.start) if hit.cue is not None else None
    if first is None or first.verb.kind != "speech":
        return None  # "called on X to do A, and added that B": one stance, one statement
    for c in ctx.cues_within(hit.span.start, hit.span.end):
        if c.verb.kind not in ("speech", "stance"):
            continue
        tail = _AND_BEFORE.search(folded, max(hit.span.start, c.start - 40), c.start)
        if tail is None:
            continue
        second = _lead_cue(ctx, sent, [c])
        if second is None or not second.that or second.who is None or hit.who is None:
            return None
        same = second.who is hit.who or (
            second.who.actor is not None and second.who.actor == hit.who.actor
        )
        if not same:
            return None
        start, end = _strip_content(ctx.doc.text, hit.span.start, tail.start())
        if len(_first_words(ctx.doc.text, start, end)) < 3:
            return None
        hit.span = Span(start, end)
        second.claimed = Span(c.start, second.claimed.end)
        return second
    return None


def _according_found(
    start: int, end: int, who: ActorMention, sent: Span, m: regex.Match[str]
) -> _Found:
    """An indirect statement of *who*, cued by the ``according to`` match *m*."""
    return _Found(
        Span(start, end),
        StatementKind.INDIRECT,
        who,
        Span(m.start(), m.end() - 1),
        Span(sent.start, sent.end),
    )


def _according(ctx: _Ctx, sent: Span, m: regex.Match[str]) -> _Found | None:
    """``According to WHO, CONTENT``: *m* is the sentence's ``according to``."""
    doc = ctx.doc
    folded = doc.folded
    who = ctx.mention_at(m.end())
    if who is None or who.form is MentionForm.AGENCY:
        return None
    comma = folded.find(",", who.span.end, sent.end)
    if comma < 0 or comma - who.span.end > 60:
        return None
    start, end = _strip_content(doc.text, comma + 1, sent.end)
    if len(_first_words(doc.text, start, end)) < 3 or _SUMMARY.search(folded, start, end):
        return None
    return _according_found(start, end, who, sent, m)


def _according_after(ctx: _Ctx, sent: Span, m: regex.Match[str]) -> _Found | None:
    """``CONTENT, according to WHO.``: *m* is the sentence's ``according to``.

    The source closes the sentence: after it only its title or an apposition
    (``, according to Kazakh Foreign Minister X``), no clause of its own.
    """
    doc = ctx.doc
    folded = doc.folded
    if _comma_before(folded, sent.start, m.start()) < 0:
        return None
    who = ctx.mention_at(m.end())
    if who is None or who.form is MentionForm.AGENCY:
        return None
    rest = folded[who.span.end : sent.end].strip(" .")
    if len(rest) > 60 or ctx.cues_within(who.span.end, sent.end):
        return None
    start, end = _strip_content(doc.text, sent.start, _comma_before(folded, sent.start, m.start()))
    words = _first_words(doc.text, start, min(end, start + 120), 3)
    if len(words) < 3 or words[0].lower() in _LEAD_INS or _SUMMARY.search(folded, start, end):
        return None
    return _according_found(start, end, who, sent, m)


# The agency's credit before "citing": ", Azernews reports citing", ", Trend reports, citing"
@functools.cache
def _credit_citing() -> regex.Pattern[str]:
    """Compiled on first use: only in a sentence with citing."""
    return regex.compile(
        r",[ ]*+(?:\p{Lu}[\p{L}.-]*+[ ]){1,3}(?:news[ ]agency[ ])?"
        r"(?:reports|informs|writes|reported)[ ,]*+$"
    )


def _citing(ctx: _Ctx, sent: Span, at: int) -> _Found | None:
    """``CONTENT, AGENCY reports citing WHO.``: a person the agency cites is the speaker.

    *at* is the offset of `` citing `` in the sentence.  The agency's own credit
    stands before it; a person (not a press service or another agency) after
    it closes the sentence.
    """
    doc = ctx.doc
    folded = doc.folded
    comma = folded.rfind(",", sent.start, at + 1)
    if comma < 0 or at - comma > 50:
        return None
    credit = _credit_citing().match(folded, comma, at + 1)
    if credit is None:
        return None
    who = ctx.mention_at(at + 8)
    if (
        who is None
        or who.form is MentionForm.AGENCY
        or who.actor is None
        or who.actor.kind is not ActorKind.PERSON
    ):
        return None
    rest = folded[who.span.end : sent.end].strip(" .")
    if len(rest) > 60 or ctx.cues_within(who.span.end, sent.end):
        return None
    start, end = _strip_content(doc.text, sent.start, comma)
    words = _first_words(doc.text, start, min(end, start + 120), 3)
    if len(words) < 3 or words[0].lower() in _LEAD_INS or _SUMMARY.search(folded, start, end):
        return None
    return _Found(
        Span(start, end),
        StatementKind.INDIRECT,
        who,
        Span(at + 1, at + 7),
        Span(sent.start, sent.end),
    )


def _lead_cue(ctx: _Ctx, sent: Span, cues: list[_Cue]) -> _Found | None:
    """``WHO CUE [that] CONTENT`` anywhere in the sentence (the first that fits)."""
    doc = ctx.doc
    folded = doc.folded
    for v in cues:
        verb = v.verb
        if verb.kind in ("social", "summary") or v.start in ctx.quote_cues:
            continue
        who = ctx.mention_before(v.start, sent.start)
        if who is not None:
            title = who.title_span
            head = title.start if title is not None else who.span.start
            if (
                head - sent.start > 6
                and folded.find(" and ", max(sent.start, head - 12), head) >= 0
            ):
                who = _joint_subject(ctx, sent, who)
        if (
            who is not None
            and v.start - who.span.end > 1
            and folded.find(",", who.span.end, v.start) >= 0
        ):
            # "Wang, also a member of the Central Committee, said", "X, assistant to
            # President Y, told": a body or person named inside an apposition is not
            # the subject; the person it describes is.
            far = _subject_far(ctx, sent, v.start, verb)
            if (
                far is not None
                and far is not who
                and far.actor is not None
                and far.actor.kind is ActorKind.PERSON
            ):
                who = far
        if who is None:
            who = _relative_subject(ctx, sent, v.start)
        if who is None:
            who = _subject_far(ctx, sent, v.start, verb)
        if who is None:
            who = _coordinated_subject(ctx, sent, v.start)
        if who is None or who.form is MentionForm.AGENCY:
            continue
        pos = v.end
        addressee = None
        if verb.form.startswith(("told", "tell", "inform", "assur", "reassur", "brief", "urged")):
            addressee = _addressee().match(folded, pos, sent.end)
            if addressee is not None:
                pos = addressee.end()
        # "said in a statement that", "said on Monday that": the medium or the
        # time stands between the cue and its content.
        medium = None
        skip = _MEDIUM.match(folded, pos + 1, sent.end) if folded[pos : pos + 1] == " " else None
        if skip is None:
            skip = _WHEN_AFTER_CUE.match(folded, pos, sent.end)
            if skip is None and folded.find("day", pos, min(sent.end, pos + 40)) >= 0:
                weekday = _weekday_after_cue().match(folded, pos, sent.end)
                if weekday is not None:
                    pos = weekday.end()
        else:
            medium = doc.text[skip.start() : skip.end()]
        if skip is not None and _THAT.match(folded, skip.end(), sent.end) is not None:
            after = _THAT.match(folded, skip.end(), sent.end)
            if after is not None and "that" in after.group().lower():
                pos = skip.end()
        that = _THAT.match(folded, pos, sent.end)
        has_that = that is not None and "that" in that.group().lower()
        if addressee is not None and addressee.group().rstrip().lower().endswith("that"):
            has_that = True  # "informed the guest that ..."
        if that is not None:
            pos = that.end()
        if folded[v.end : v.end + 2].strip().startswith(":"):
            continue  # "X said:" introduces a quote or a transcript
        start, end = _strip_content(doc.text, pos, sent.end)
        words = _first_words(doc.text, start, min(end, start + 120))
        if not words:
            continue
        first = words[0].lower()
        circumstance = not has_that and (
            first in _CIRCUMSTANCE
            or len(words) < 3
            # "expressed these views while ...": a stance on what was said before
            or (verb.kind == "stance" and first in ("these", "those"))
        )
        if len(words) < (2 if has_that else 3) and not circumstance:
            continue
        return _Found(
            Span(start, end),
            StatementKind.INDIRECT,
            who,
            Span(v.start, v.end),
            Span(who.span.start, sent.end),
            medium or _medium(doc, v.end, min(sent.end, v.end + 80)),
            that=has_that,
            circumstance=circumstance,
        )
    return None


# The end of the first of two coordinated subjects: "A and B", "A and his counterpart B".
_JOINT_GAP = regex.compile(r"[ ]and[ ](?:(?:his|her|their)[ ])?+$")


def _joint_subject(ctx: _Ctx, sent: Span, who: ActorMention) -> ActorMention:
    """``A and B CUE``: two persons opening the sentence speak together (``A and B``).

    *who* is the mention right before the cue; when the sentence opens with
    another person joined to it by ``and`` (``President X and President Y
    expressed confidence``, ``X and his Saudi counterpart Y reiterated``), the
    speaker is both, as one mention over the two.  Otherwise *who* as it is.
    """
    actor = who.actor
    if actor is None or actor.kind is not ActorKind.PERSON or " and " in actor.name:
        return who
    folded = ctx.doc.folded
    head = who.title_span.start if who.title_span is not None else who.span.start
    lo = max(sent.start, head - 12)
    if folded.find(" and ", lo, head) < 0:
        return who
    gap = _JOINT_GAP.search(folded, lo, head)
    if gap is None:
        return who
    i = bisect.bisect_right(ctx.ends, gap.start()) - 1
    if i < 0:
        return who
    other = ctx.by_end[i]
    first = other.actor
    if (
        other.span.end != gap.start()
        or first is None
        or first.kind is not ActorKind.PERSON
        or " and " in first.name
        or first.name == actor.name
        or other.span.start < sent.start
    ):
        return who
    if any(
        m.form is not MentionForm.AGENCY for m in ctx.mentions_within(sent.start, other.span.start)
    ):
        return who  # "X met with A and B said": A is no subject
    if ctx.cues_within(sent.start, other.span.start):
        return who
    return attrs.evolve(
        who,
        span=Span(other.span.start, who.span.end),
        text=ctx.doc.text[other.span.start : who.span.end],
        actor=Actor(name=f"{first.name} and {actor.name}", kind=ActorKind.PERSON),
        title_span=other.title_span,
    )


# A relative clause opening right before the cue: "Y, who praised ..."
#   "met Y, who expressed hope ..."  "Y, who also noted that ..."
@functools.cache
def _who_before() -> regex.Pattern[str]:
    """Compiled on first use: only where who stands before a cue."""
    return regex.compile(
        r",[ ]*+who(?:[ ]++(?:also|further|then|later|has|had|have|in[ ]turn|for[ ]his[ ]part"
        r"|for[ ]her[ ]part))*+[ ]*+$",
        regex.IGNORECASE,
    )


def _relative_subject(ctx: _Ctx, sent: Span, verb_at: int) -> ActorMention | None:
    """The antecedent of ``, who CUE``: the mention right before the comma."""
    folded = ctx.doc.folded
    lo = max(sent.start, verb_at - 40)
    if folded.find("who", lo, verb_at) < 0:
        return None
    rel = _who_before().search(folded, lo, verb_at)
    if rel is None:
        return None
    who = ctx.mention_before(rel.start(), sent.start)
    if who is None or who.span.end != rel.start() or who.form is MentionForm.AGENCY:
        return None
    return who


def _subject_far(ctx: _Ctx, sent: Span, verb_at: int, verb: _Verb) -> ActorMention | None:
    """The subject of a cue that does not follow it directly.

    ``X thanked them, noting that ...`` (a participle after a comma: the
    sentence's subject) and ``X, Iran's Deputy Foreign Minister, warned``
    (an apposition between subject and verb).
    """
    folded = ctx.doc.folded
    before = _drop_aux_tail(folded[max(sent.start, verb_at - 80) : verb_at])
    if not before.endswith(","):
        return None
    first = None
    i = bisect.bisect_left(ctx.starts, sent.start)
    for m in ctx.mentions[i : i + 4]:
        if m.span.start >= verb_at:
            break
        if m.form is not MentionForm.AGENCY:
            first = m
            break
    if first is None:
        return None
    if verb.form.endswith("ing") and first.subject:
        return first
    # An apposition: "Name, ... ," right before the verb, with no verb inside.
    if folded[first.span.end : first.span.end + 1] == "," and verb_at - first.span.end <= 120:
        inner = folded[first.span.end + 1 : verb_at]
        # (A verb of speech inside would make it a clause of its own; an event's
        # verb is the apposition's own: "X, who arrived in Delhi on a visit, said".)
        spoken = any(
            c.verb.kind in ("speech", "stance")
            for c in ctx.cues_within(first.span.end + 1, verb_at)
        )
        if not spoken and inner.count(",") == 1:
            return first
    return None


# The end of the first verb phrase of a coordination, before the cue:
#   "X thanked Oman for its role and said"  "X conveyed greetings ... and also noted"
_AND_BEFORE = regex.compile(
    r"(?:,[ ]?+)?+[ ]and(?:[ ]++(?:also|further|then|later|has|had|have))*+[ ]*+$"
)


# Words that open a clause with a subject of its own between the two verbs:
#   "X received Y, who thanked him and said"
@functools.cache
def _own_subject() -> regex.Pattern[str]:
    """Compiled on first use: only for a cue after a coordinating and."""
    return regex.compile(
        r"(?:\b(?:who|whom|whose|which|while|whereas|where|when|because"
        r"|if|once|but|and[ ](?:he|she|they|it))\b|[;:\"])",
        regex.IGNORECASE,
    )


def _coordinated_subject(ctx: _Ctx, sent: Span, verb_at: int) -> ActorMention | None:
    """The subject of a cue in the second verb phrase of a coordination.

    ``X thanked Y for the visit and said that ...``: the cue follows ``and``;
    the subject is the mention opening the sentence, followed by a verb of its
    own; no relative or subordinate clause (``who``, ``while`` ...) stands
    between the two verbs.
    """
    folded = ctx.doc.folded
    floor = max(sent.start, verb_at - 240)
    lo = max(floor, verb_at - 40)
    # Every match holds " and" (case as written): most cues have none before them.
    tail = (
        _AND_BEFORE.search(folded, lo, verb_at) if folded.find(" and", lo, verb_at) >= 0 else None
    )
    if tail is None:
        return None
    i = bisect.bisect_left(ctx.starts, sent.start)
    if i == len(ctx.mentions):
        return None
    first = ctx.mentions[i]
    head = first.title_span.start if first.title_span is not None else first.span.start
    lead = folded[sent.start : head].strip(" -").lower()
    if lead not in ("", "the") or first.span.end >= tail.start() or first.span.start < floor:
        return None
    if not first.subject or first.form is MentionForm.AGENCY:
        return None
    own = _own_subject().search(folded, first.span.end, tail.start())
    if own is None:
        return first
    # "X received Y, who thanked him and said ...": the relative clause's antecedent.
    if own.group().lower() != "who" or _own_subject().search(folded, own.end(), tail.start()):
        return None
    comma = _comma_before(folded, first.span.end, own.start())
    who = ctx.mention_before(comma, first.span.end) if comma >= 0 else None
    if who is None or who.form is MentionForm.AGENCY or folded[who.span.end : comma].strip():
        return None
    return who


def _comma_before(folded: str, floor: int, pos: int) -> int:
    """The offset of a comma that ends ``folded[floor:pos]`` (spaces aside), or -1."""
    k = pos - 1
    while k >= floor and folded[k] == " ":
        k -= 1
    return k if k >= floor and folded[k] == "," else -1


def _after_dateline(doc: Doc, pos: int) -> int:
    """*pos*, or the end of the dateline when *pos* lies inside it.

    "BEIJING, Jan. 14 (Xinhua) -- China is ready ..., X said": the content
    opens after the dateline (whose place is no participle lead-in).
    """
    line = doc.dateline
    if line is None or not (line.start <= pos < line.end):
        return pos
    pos = line.end
    while pos < doc.body.end and doc.folded[pos] in " -:":
        pos += 1
    return pos


def _trailing(ctx: _Ctx, sent: Span, cues: list[_Cue]) -> _Found | None:
    """``CONTENT, WHO CUE.`` / ``CONTENT, CUE WHO.``: the content before the comma."""
    doc = ctx.doc
    folded = doc.folded
    for v in cues:
        verb = v.verb
        if not verb.trailing:
            continue
        if folded[v.end : v.end + 2].strip().startswith(":"):
            continue
        who = ctx.mention_before(v.start, sent.start)
        comma_at = -1
        if who is not None:
            head = who.title_span.start if who.title_span is not None else who.span.start
            if folded[max(0, head - 4) : head].lower() == "the ":
                head -= 4
            comma_at = _comma_before(folded, sent.start, head)
        if comma_at < 0:
            comma_at = _comma_before(folded, sent.start, v.start)
            if comma_at >= 0:
                who = ctx.mention_at(v.end)
        if who is None or comma_at < 0 or who.form is MentionForm.AGENCY:
            continue
        start, end = _strip_content(doc.text, _after_dateline(doc, sent.start), comma_at)
        lead_words = _first_words(doc.text, start, min(end, start + 120), 1)
        if lead_words and (
            lead_words[0].lower() in _LEAD_INS
            or (lead_words[0].lower().endswith("ing") and lead_words[0][:1].isupper())
        ):
            continue  # "Recalling their past meetings, Xi said ..."
        p_index = ctx.paragraph_of(sent.start)
        para = doc.paragraphs[p_index]
        if start <= para.start + 1 or sent.start == para.start:
            pass
        elif ctx.first_person_between(para.start, sent.start):
            # A paragraph of first-person speech closed by its attribution.
            start, _ = _strip_content(doc.text, para.start, comma_at)
        if len(_first_words(doc.text, start, end)) < 3 or _SUMMARY.search(folded, start, end):
            continue
        return _Found(
            Span(start, end),
            StatementKind.INDIRECT,
            who,
            Span(v.start, v.end),
            Span(start, sent.end),
            _medium(doc, v.end, sent.end),
        )
    return None


# --------------------------------------------------------------------------
# The stage.
# --------------------------------------------------------------------------


def _extend_orphans(ctx: _Ctx, found: list[_Found]) -> None:
    """Speech closed by a lone mark runs back over the first-person paragraphs before it.

    ``... We agreed to go on.\n\nI am convinced of it," said X.``: the
    paragraphs before, in the speaker's own voice and with no statement of
    their own, belong to the same speech (at most five).
    """
    doc = ctx.doc
    orphans = [f for f in found if f.quote is not None and not f.quote.opened and f.cue is not None]
    if not orphans:
        return
    claimed = _Taken([f.claimed for f in found])
    for f in orphans:
        q = f.quote
        if q is None:
            continue
        p_index = ctx.paragraph_of(q.span.start)
        start = q.span.start
        for back in range(p_index - 1, max(-1, p_index - 6), -1):
            para = doc.paragraphs[back]
            if not (doc.body.start <= para.start):
                break
            if claimed.overlaps(para) or not ctx.first_person_between(para.start, para.end):
                break
            start = para.start
        if start < q.span.start:
            new_start, _ = _strip_content(doc.text, start, q.span.end)
            f.span = Span(new_start, f.span.end)
            f.claimed = Span(min(new_start, f.claimed.start), f.claimed.end)


def statements(
    doc: Doc,
    timexes: tuple[When, ...],
    actors: tuple[ActorMention, ...] | None = None,
) -> tuple[tuple[Statement, ...], tuple[Diagnostic, ...]]:
    """Every attributed statement in *doc* (see the module docstring).

    *actors* are the actor mentions of *doc* when the caller has them
    already (``parse`` finds them once for every stage); else they are found.
    """
    del timexes  # not needed: statements carry no time of their own yet
    ctx = _ctx(doc, actors)
    quotes, qdiags = find_quotes(doc)
    ctx.diags.extend(qdiags)
    found = _dash_transcripts(ctx)
    dashes = _Taken([f.claimed for f in found])
    direct = [d for d in _direct(ctx, quotes) if not dashes.overlaps(d.span)]
    # A quote with a cue of its own holds its ground; one that only borrowed
    # a neighbour's speaker gives way to a reported statement around it
    # ("Clinton says Trump's “...”" is mixed, not direct).
    cued = [d for d in direct if d.cue is not None]
    borrowed = [d for d in direct if d.cue is None]
    found += cued
    ctx.quote_cues.update(d.cue.start for d in cued if d.cue is not None)
    indirect = _indirect(ctx, _Taken([f.claimed for f in found]))
    quoted = _Taken([q.span for q in quotes])
    for f in indirect:
        if quoted.overlaps(f.span):
            f.kind = StatementKind.MIXED
    reported = _Taken([f.span for f in indirect])
    found += [d for d in borrowed if not reported.overlaps(d.span)]
    found += indirect
    _extend_orphans(ctx, found)
    found.sort(key=lambda f: f.span.start)
    out: list[Statement] = []
    last_end = -1
    for f in found:
        if f.span.start < last_end or len(f.span) == 0:
            continue
        if not (doc.body.start <= f.span.start and f.span.end <= doc.body.end):
            continue
        last_end = f.span.end
        span = f.span
        if doc.dateline is not None and span.start < doc.dateline.end < span.end:
            # A lead paragraph's content starts after its dateline ("MINSK, 5 December
            # (BelTA) - Belarus and ..." reports "Belarus and ...").
            start = doc.dateline.end
            while start < span.end and doc.folded[start] in " -:":
                start += 1
            span = Span(start, span.end)
        while span.end > span.start and doc.text[span.end - 1] in ", ":
            span = Span(span.start, span.end - 1)  # "...,” he said": no trailing comma
        speaker = _speaker(ctx, f.who, span)
        cue = doc.text[f.cue.start : f.cue.end] if f.cue is not None else None
        out.append(
            Statement(
                text=doc.text[span.start : span.end],
                span=span,
                kind=f.kind,
                speaker=speaker,
                speaker_span=f.who.span if f.who is not None else None,
                cue=cue,
                cue_span=f.cue,
                medium=f.medium,
            )
        )
    headline = _headline_statement(ctx)
    if headline is not None:
        out.insert(0, headline)
    return tuple(out), tuple(ctx.diags)


# A headline that gives a person's claim after their name and a colon:
#   "Lavrov: Russia, Malaysia to draft roadmap on energy cooperation"
_HEADLINE_CLAIM = regex.compile(
    r"(?P<who>\p{Lu}[\p{L}\p{M}'-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'-]*+){0,3}+)[ ]?+:[ ]++"
    r"(?P<claim>\S[^\n]{9,}+)"
)


def _headline_statement(ctx: _Ctx) -> Statement | None:
    """The claim of a headline "<Person>: <claim>", when the body names that person.

    The name before the colon must be a person the body names in full (the
    whole name or its last word, the surname), so "Editor's note:" or a
    place ("CAIRO:") gives nothing.  The claim is reported speech, in the
    title, before every statement of the body.
    """
    title = ctx.doc.title
    if title is None:
        return None
    folded = ctx.doc.folded
    if folded.find(":", title.start, title.end) < 0:
        return None  # every match holds its colon
    m = _HEADLINE_CLAIM.fullmatch(folded, title.start, title.end)
    if m is None:
        return None
    who = m.group("who")
    for mention in ctx.mentions:
        actor = mention.actor
        if (
            mention.span.start < ctx.doc.body.start
            or not mention.is_full_name
            or actor is None
            or actor.kind is not ActorKind.PERSON
        ):
            continue
        if actor.name == who or actor.name.rsplit(" ", 1)[-1] == who:
            span = Span(m.start("claim"), m.end("claim"))
            while span.end > span.start and folded[span.end - 1] in " .":
                span = Span(span.start, span.end - 1)
            return Statement(
                text=ctx.doc.text[span.start : span.end],
                span=span,
                kind=StatementKind.INDIRECT,
                speaker=actor,
                speaker_span=Span(m.start("who"), m.end("who")),
            )
    return None
