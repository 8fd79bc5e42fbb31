"""Agreements: declarations, joint statements, treaties, memoranda, plans, ...

Rule, sentence by sentence::

    AGREEMENT = NAMED | DESCRIBED
    NAMED     = [Capitalised words] HEAD [of|on|between|for ... Capitalised words]
                ("Joint Declaration on the Establishment of Strategic Partnership
                between the Republic of Azerbaijan and the People's Republic of China")
    DESCRIBED = head [on|of|to|for|with ...] up to the end of its phrase, in a
                clause with a STAGE verb ("action plans to increase mutual trade
                ... approved", "a declaration of alliance with Turkey" signed)
    HEAD      = a phrase of data/agreement_words.tsv (declaration, joint
                statement, memorandum of understanding, action plan, ...)
    STAGE     = signed | adopted | initialled | ratified | exchanged | planned

A bare head ("the Declaration", "the joint declaration adopted as a result")
is a repeated mention: it joins the agreement of the same kind named in the
same report (before or after it), and every span is kept in ``mentions``.  A
plural head followed by a list of dates ("trilateral statements ... dated
March 4, 2019, June 9, ... 2020") is one agreement per date.

The date is the nearest time expression of the clause ("adopted ... on July
3, 2024", "adopted last summer"), else the date of an event in the same
sentence ("signed during my state visit to China in April"), else the date of
a closing ``Done at Reykjavik on 3 March 2011`` line.  Parties are
the states and organisations named in the title and the clause (``between
Russia and Azerbaijan``, ``signed by Azerbaijani, Russian, and Armenian
leaders``), completed from the events of the same sentence or of the report.
"""

from __future__ import annotations

import bisect
import collections
import functools
import re
from collections.abc import Sequence

import attrs
import regex

from diplocorpus._data import load_tsv, load_words
from diplocorpus._doc import Doc
from diplocorpus._events import (
    first_run,
    lead_when,
    lowered,
    may_hold,
    participant_codes,
    phrase_matches,
    word_starts,
)
from diplocorpus._gazetteer import lookup_place, place_index
from diplocorpus._participants import Mentions, find_mentions, home_state, state_actor
from diplocorpus._text import ends_with_word
from diplocorpus.model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    AgreementStage,
    Diagnostic,
    Event,
    Place,
    Precision,
    Severity,
    Span,
    When,
)

__all__ = ["agreements"]


@attrs.frozen
class Head:
    """A row of ``agreement_words.tsv``: a head phrase and its kind."""

    phrase: str
    kind: AgreementKind
    plural: bool


@functools.cache
def _heads() -> dict[str, Head]:
    out: dict[str, Head] = {}
    for row in load_tsv("agreement_words.tsv"):
        kind = AgreementKind(row["kind"])
        out[row["head"].lower()] = Head(row["head"].lower(), kind, False)
        for plural in row.get("plural", "").split("|"):
            if plural:
                out.setdefault(plural.lower(), Head(row["head"].lower(), kind, True))
    return out


@functools.cache
def _head_regex() -> regex.Pattern[str]:
    """Every head phrase, longest first: ``Memorandum of Understanding``, ``deal``."""
    phrases = sorted(_heads(), key=len, reverse=True)
    body = "|".join(regex.escape(p).replace(r"\ ", "[ ]{1,3}+") for p in phrases)
    return regex.compile(rf"(?<![\p{{L}}\d-])(?:{body})(?![\p{{L}}\d])", regex.IGNORECASE)


@functools.cache
def _head_firsts() -> frozenset[str]:
    """The leading a-z run of every head's first word: where a head may start."""
    return frozenset(first_run(p) for p in _heads())


# Stage cues in the clause around a head, each with the lowercase strings one
# of its matches must hold (the cheap test first).
#   "was adopted", "signed between", "will sign", "the importance of signing"
_STAGES = (
    (
        regex.compile(
            r"\b(?:will\ (?:also\ )?sign|to\ sign|to\ be\ signed|importance\ of\ signing"
            r"|(?<=\b(?:will|would|shall|could|may|might)\ (?:also\ )?)"
            r"be\ (?:signed|adopted|approved)"
            r"|plan(?:s|ned)?\ to\ sign|expected\ to\ sign|would\ sign"
            r"|draft|prepar(?:e|ing|ation\ of)|elaborate|negotiat(?:e|ing|ions\ on)"
            r"|work(?:ing)?\ (?:on|towards?+))\b",
            regex.I | regex.X,
        ),
        AgreementStage.PLANNED,
        ("sign", "draft", "prepar", "elaborate", "negotiat", "work", "adopted", "approved"),
    ),
    (regex.compile(r"\bratif(?:y|ied|ication)\b", regex.I), AgreementStage.RATIFIED, ("ratif",)),
    (
        regex.compile(r"\binitial(?:l)?(?:ed|ing)\b", regex.I),
        AgreementStage.INITIALLED,
        ("initial",),
    ),
    (
        regex.compile(r"\bexchang(?:ed|ing|e\ of)\b", regex.I | regex.X),
        AgreementStage.EXCHANGED,
        ("exchang",),
    ),
    (
        regex.compile(
            r"\b(?:adopted|approved|issued|endorsed|adoption|agreed\ on|agreed\ upon)\b",
            regex.I | regex.X,
        ),
        AgreementStage.ADOPTED,
        ("adopt", "approved", "issued", "endorsed", "agreed"),
    ),
    (
        regex.compile(
            r"\b(?:signed|sign|signing|inked|concluded|sealed|entered\ into)\b", regex.I | regex.X
        ),
        AgreementStage.SIGNED,
        ("sign", "inked", "concluded", "sealed", "entered"),
    ),
)
# A relative clause that stages the document before it:
#   ", which is expected to be signed", ", which was adopted", ", which will be ratified"
_STAGED_RELATIVE = regex.compile(
    r",[ ]++which[ ]++(?:(?:is|are|was|were|will|would|shall|has|have|had|also|be|been"
    r"|expected|scheduled|planned|set|due|likely|going|to)[ ]++){0,5}"
    r"(?:signed|adopted|approved|initial(?:l)?ed|ratified|concluded|endorsed|sign|adopt)\b",
    regex.I,
)


# The passive predicate of a clause whose subject is the document, however long
# the subject: "A Memorandum of ... between the ministries of ... was also
# signed", "a roadmap for ... had been agreed by the two governments".
@functools.cache
def _passive_stage() -> regex.Pattern[str]:
    """Compiled on first use: only where a clause holds a verb of :data:`_PASSIVE_VERBS`."""
    return regex.compile(
        r"\b(?P<aux>(?:will|would|shall|to|is\ to|are\ to)[ ]++be|was|were|is|are|been)[ ]++"
        r"(?:also[ ]++|jointly[ ]++|officially[ ]++)?"
        r"(?P<verb>signed|adopted|approved|agreed|initial(?:l)?ed|ratified|concluded|endorsed"
        r"|inked|exchanged)\b",
        regex.I | regex.X,
    )


# The cheap test first: a verb of :func:`_passive_stage` anywhere (in running
# text, so in lower case).
_PASSIVE_VERBS = (
    "signed",
    "adopted",
    "approved",
    "agreed",
    "initialed",
    "initialled",
    "ratified",
    "concluded",
    "endorsed",
    "inked",
    "exchanged",
)
_PASSIVE_VERB_STAGE = {
    "signed": AgreementStage.SIGNED,
    "inked": AgreementStage.SIGNED,
    "concluded": AgreementStage.SIGNED,
    "adopted": AgreementStage.ADOPTED,
    "approved": AgreementStage.ADOPTED,
    "agreed": AgreementStage.ADOPTED,
    "endorsed": AgreementStage.ADOPTED,
    "ratified": AgreementStage.RATIFIED,
    "exchanged": AgreementStage.EXCHANGED,
}
# A participle of a stage right after a head, with at most one short complement:
#   "the cooperation plan signed during ...", "the plan for Gaza adopted by ..."
_PARTICIPLE_AFTER = regex.compile(
    r"(?P<tail>[ ]++(?:for|of|on|with|to)[ ]++(?:the[ ]++)?[\p{L}'-]++)?[ ]++"
    r"(?:signed|adopted|approved|endorsed|initial(?:l)?ed|ratified|concluded)\b",
    regex.I,
)


# A simple past that reports a signing as news: "the sides signed a", "exchanged
# a", "was signed"; with "had" in the sentence it is an earlier one.
@functools.cache
def _done_now() -> regex.Pattern[str]:
    """Compiled on first use: only for a staged document with no date."""
    return regex.compile(
        r"\b(?:(?:signed|exchanged|adopted|inked|initial(?:l)?ed)[ ]++(?:an?|the)"
        r"|(?:was|were)[ ]++(?:also[ ]++)?(?:signed|exchanged|adopted|inked))\b",
        regex.I,
    )


@functools.cache
def _had() -> regex.Pattern[str]:
    """Compiled on first use: with :func:`_done_now`."""
    return regex.compile(r"\bhad\b", regex.I)


_DONE_STAGES = (AgreementStage.SIGNED, AgreementStage.EXCHANGED, AgreementStage.ADOPTED)
# A clause break: a heading phrase does not run past these.
_CLAUSE_END = regex.compile(
    r"[;:]|[.!?](?=[ ]|$)|,[ ]++(?:which|who|and\ the|but)\b"
    r"|[ ](?:within\ the\ framework|on\ the\ sidelines|as\ part\ of|during\ the)\b",
    regex.I | regex.X,
)
# The same breaks for ASCII text, by the standard library's faster engine (on
# ASCII text both engines agree on case, ``\b`` and ``$``).
_CLAUSE_END_ASCII = re.compile(_CLAUSE_END.pattern, re.I | re.X)
# Words that may continue a capitalised title: "on the Establishment of ...".
# The first word after a head that may continue its name: "Declaration on ...".
_TITLE_OPENERS = frozenset({"on", "of", "between", "concerning", "regarding"})
# Office words that end a title: "... for the United States and Minister of ...".
_OFFICES = frozenset(
    {"minister", "president", "secretary", "ambassador", "envoy", "chairman", "governor"}
)
_TITLE_LINK = frozenset({"of", "on", "the", "between", "and", "for", "in", "to", "&", "with"})
# A word of a title: capitalised or a digit run, with inner apostrophes and hyphens.
_TITLE_WORD = regex.compile(r"[\p{Lu}\d][\p{L}\p{M}\d]*+(?:['-][\p{L}\p{M}\d]++)*+(?:'s)?")
_ANY_WORD = regex.compile(r"[\p{L}\p{M}\d]++(?:['-][\p{L}\p{M}\d]++)*+")
# Where a described (lowercase) title stops: verbs, relative words, list breaks.
_DESC_STOP = frozenset(
    {
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "will",
        "would",
        "be",
        "been",
        "signed",
        "adopted",
        "approved",
        "that",
        "which",
        "who",
        "including",
        "as",
        "between",
        "by",
        "dated",
        "during",
        "within",
        "at",
        "affirming",
        "reflecting",
        "opened",
        "aims",
        "emphasizes",
    }
)
_DESC_LINK = frozenset({"on", "of", "to", "for", "with", "regarding", "concerning", "about"})
# The words after which a capitalised word ends a description: "... with Turkey".
_NAME_LINKS = _DESC_LINK | {"in", "and"}
_PLACE_LINKS = frozenset({"in", "with", "at", "to"})


# Determiners and numbers that make a plural head vague: "a number of memoranda".
@functools.cache
def _vague_before_pattern() -> regex.Pattern[str]:
    """Compiled on first use: only before a head on non-ASCII text."""
    return regex.compile(
        r"\b(?:a\ number\ of|number\ of|several|some|many|various|other|more\ than\ \d+|\d+"
        r"|cooperation|these|those|such|all|new|bilateral|the\ signed|signed|relevant|the\ relevant"
        r"|legal|intergovernmental|a\ package\ of|package\ of|dozens\ of)[ ]++$",
        regex.I | regex.X,
    )


_DIGITS = "0123456789"
# The words that end a match of :func:`_vague_before_pattern` before its spaces (each
# alternative ends with one of them; ``\d+`` and ``more than \d+`` with a digit).
_VAGUE_WORDS = (
    "number of",
    "several",
    "some",
    "many",
    "various",
    "other",
    "cooperation",
    "these",
    "those",
    "such",
    "all",
    "new",
    "bilateral",
    "signed",
    "relevant",
    "legal",
    "intergovernmental",
    "package of",
    "dozens of",
)


def _vague_before(before: str) -> bool:
    """True when :func:`_vague_before_pattern` finds a match in *before*.

    On ASCII text by string operations: the match ends with spaces at the end
    of the text or before its final newline (``$``), after one of
    :data:`_VAGUE_WORDS` in any case or a run of digits, as a whole word.
    """
    if not before.isascii():
        return _vague_before_pattern().search(before) is not None
    ends = (before, before[:-1]) if before.endswith("\n") else (before,)
    for tail in ends:
        if tail.endswith(" "):
            word = tail.rstrip(" ").lower()
            if word[-1:].isdigit() and ends_with_word(word, (word[len(word.rstrip(_DIGITS)) :],)):
                return True
            if word.endswith(_VAGUE_WORDS) and ends_with_word(word, _VAGUE_WORDS):
                return True
    return False


_GENERIC_HEAD = regex.compile(
    r"\b(?:reached|reach|in|an\ agreement\ in|reached\ an|reach\ an|came\ to\ an|by)"
    r"[ ]++(?:an?[ ]++)?$",
    regex.I | regex.X,
)
_FIRST_PERSON = regex.compile(r"\b(?:we|our|us|I)\b")


# "Done at Reykjavik on 3 March 2011": a document's closing line.
@functools.cache
def _done() -> regex.Pattern[str]:
    """Compiled on first use: only in a report holding the word done."""
    return regex.compile(r"\bDone[ ]++(?:in|at)[ ]++", regex.I)


_TOPIC_BEFORE = regex.compile(
    r"\b(?:situation\ in|in|on|about|regarding|concerning|against|including|from|over)"
    r"[ ]++(?:the[ ]++)?$",
    regex.I | regex.X,
)

# Between two words of a title: spaces, ", the" before a capital, a quote mark.
_TITLE_GAP = regex.compile(r"[ ]{1,3}+|,[ ](?=the\ \p{Lu})|[\"']", regex.X)
# The word after a head: "plans to ...", "memorandum on ...".
_NEXT_WORD = regex.compile(r"[ ]++(\p{L}++)")
_GAP = regex.compile(r"[ ]{1,3}+")


# A quoted name inside a description: 'declaration on "Allied Interaction"'.
@functools.cache
def _quoted() -> regex.Pattern[str]:
    """Compiled on first use: only for a quote mark inside a description."""
    return regex.compile(r'"[^"\n]{1,120}+"')


# ", 2020" closing a date inside a title.
_YEAR_TAIL = regex.compile(r",[ ]\d{4}\b")


# A word before a date that makes it the bound of a span: "until 2030", "since 1992".
#   "a programme for the years 2025 and 2026", "a plan for 2026-2028": its span too.
@functools.cache
def _bound_before() -> regex.Pattern[str]:
    """Compiled on first use: only before a date after since, until, for ..."""
    return regex.compile(
        r"\b(?:since|until|till|through|for(?:[ ]++the[ ]++(?:years?+|period))?+"
        r"(?:[ ]++(?:from[ ]++)?\d{4}(?:[ ]++(?:and|to)|[ ]*+-))?+)[ ]*+$",
        regex.I,
    )


_BOUND_WORDS = ("since", "until", "till", "through", "for")


def _bound(folded: str, start: int) -> bool:
    """A date at *start* bounds a span (:func:`_bound_before`); the cheap test first."""
    window = folded[max(0, start - 32) : start]
    return may_hold(lowered(window), _BOUND_WORDS) and _bound_before().search(window) is not None


def _bounded(folded: str, start: int, memo: dict[int, bool]) -> bool:
    """:func:`_bound`, once per date of a report."""
    known = memo.get(start)
    if known is None:
        known = memo[start] = _bound(folded, start)
    return known


_THIS_BEFORE = regex.compile(r"\bthis[ ]++$", regex.I)
_DEFINITE_BEFORE = regex.compile(r"\b(?:the|this|that)[ ]++(?:[\p{L}-]++[ ]++)?$", regex.I)


# The capitalised words after a linking word: "in Tbilisi", "with the United Kingdom".
@functools.cache
def _place_after() -> regex.Pattern[str]:
    """Compiled on first use: only after in, with, at, to inside a title."""
    return regex.compile(r"[ ]++(?:the[ ]++)?(\p{Lu}[\p{L}'-]*+(?:[ ]\p{Lu}[\p{L}'-]*+){0,3})")


# Between two items of one list of documents: ", ", " and ", ", as well as ",
# with the next item's article and one lowercase modifier ("and an
# intergovernmental agreement on ...").
@functools.cache
def _list_gap() -> regex.Pattern[str]:
    """Compiled on first use: only for two documents in one sentence."""
    return regex.compile(
        r"(?:,[ ]++(?:and[ ]++|as\ well\ as[ ]++)?|[ ]++(?:and|as\ well\ as)[ ]++)"
        r"(?:(?:an?|the)[ ]++)?(?:[\p{Ll}-]++[ ]++)?",
        regex.X,
    )


# How far a clause reaches either side of a head (keeps long input linear),
# and how many heads of one sentence are read.
_REACH = 320
_MAX_HEADS = 24


@attrs.define
class _Draft:
    kind: AgreementKind
    title: str
    named: bool
    span: Span
    sentence: Span
    stage: AgreementStage
    actors: list[Actor]
    when: When | None
    place: Place | None
    mentions: list[Span]
    bare: bool
    this: bool = False


def _words_back(folded: str, pos: int, floor: int) -> list[tuple[int, int]]:
    """Capitalised words (and inner links) just before *pos*, nearest first."""
    out: list[tuple[int, int]] = []
    while pos > floor and len(out) < 8:
        j = pos
        while j > floor and folded[j - 1] in " -":
            j -= 1
        if j == pos and out:
            break
        k = j
        while k > floor and (folded[k - 1].isalnum() or folded[k - 1] == "'"):
            k -= 1
        if k == j:
            break
        word = folded[k:j]
        if not (word[0].isupper() or word[0].isdigit()):
            break
        out.append((k, j))
        pos = k
    return out


def _named_title(folded: str, head: Span, sentence: Span) -> tuple[Span, bool]:
    """The span of a capitalised title around *head*, and whether it is named."""
    start, end = head.start, head.end
    back = _words_back(folded, head.start, sentence.start)
    # Drop a sentence-initial "The" and lone article words.
    while back and folded[back[-1][0] : back[-1][1]] in ("The", "A", "An", "This"):
        back.pop()
    if back:
        start = back[-1][0]
    named = bool(back)
    # Forward: links and capitalised words, also across an opening quote.
    pos = end
    last_good = end
    steps = 0
    previous = ""
    while pos < sentence.end and steps < 40:
        steps += 1
        m = _TITLE_GAP.match(folded, pos, sentence.end)
        if m is None:
            break
        pos = m.end()
        w = _ANY_WORD.match(folded, pos, sentence.end)
        if w is None:
            if folded[pos : pos + 1] == '"':
                continue
            break
        word = w.group()
        if last_good == end and pos - end < 4 and word.lower() not in _TITLE_OPENERS:
            break  # "Memorandum for the United States": not part of the name
        if word.lower() in _PLACE_LINKS:
            nxt = _place_after().match(folded, w.end(), sentence.end)
            if nxt is not None and lookup_place(nxt.group(1)) is not None:
                break  # "... on Trade with Romania", "... in Tbilisi": not the name
        if word.lower() in _TITLE_LINK:
            pos = w.end()
            continue
        if word.lower() in _OFFICES:
            break  # "... and Minister of Foreign Affairs": a person, not the title
        if _TITLE_WORD.fullmatch(word):
            pos = w.end()
            last_good = pos
            named = True
            previous = word
            continue
        if (
            _ORDINAL.fullmatch(previous) is not None
            and last_good == m.start()
            and _of_name().match(folded, w.end(), sentence.end) is not None
        ):
            # "Protocol of the 12th meeting of the Intergovernmental Commission"
            pos = last_good = w.end()
            previous = word
            continue
        break
    end = max(end, last_good)
    return Span(start, end), named


# "of the Intergovernmental Commission": a name after a lowercase title word.
@functools.cache
def _of_name() -> regex.Pattern[str]:
    """Compiled on first use: only after an ordinal inside a title."""
    return regex.compile(r"[ ]++of[ ]++(?:the[ ]++)?\p{Lu}")


# The value of a deal after its head: "worth over $2 billion", "worth US$10
# billion", "worth 2.4 billion euros", "worth about 500 million".
@functools.cache
def _worth() -> regex.Pattern[str]:
    """Compiled on first use: only where worth follows a head."""
    return regex.compile(
        r"[ ]++worth[ ]++"
        r"(?:(?:over|more\ than|about|around|nearly|almost|some|up\ to|a\ total\ of)[ ]++)?+"
        r"(?:\p{Lu}{0,3}+\p{Sc}[ ]?+|\p{Lu}{3}+[ ]++)?\d++(?:[.,]\d++)*+"
        r"(?:[ ]++(?:million|billion|trillion|mln|bln|bn))?+"
        r"(?:[ ]++(?P<unit>\p{Lu}{3}+"
        r"|(?!(?:was|were|will|would|and|in|at|to|for|during)\b)\p{Ll}++))?+"
        r"(?![\p{L}\d])",
        regex.X,
    )


# "12th", "3rd": a digit ordinal that numbers a meeting or a session.
_ORDINAL = regex.compile(r"\d++(?:st|nd|rd|th)", regex.I)


def _worth_end(folded: str, pos: int, end: int, dates: dict[int, int]) -> int:
    """The end of a deal's value at *pos* ("worth over $2 billion"), else 0.

    A time expression is no currency: "worth $3 billion next month"."""
    if not folded.startswith(" worth ", pos, end):  # the cheap test first
        return 0
    worth = _worth().match(folded, pos, end)
    if worth is None:
        return 0
    if worth.start("unit") in dates:
        return pos + len(folded[pos : worth.start("unit")].rstrip())
    return int(worth.end())


def _described_title(
    folded: str, head: Span, clause_end: int, dates: dict[int, int] | None = None
) -> Span:
    """A lowercase head with its complement: ``action plans to increase mutual trade``.

    The complement stops at a verb, a relative word, a name after a linking
    word ("with Turkey", "in Tbilisi") and a time expression ("next month"),
    except a date introduced by ``of`` ("statement of March 4, 2019").
    *dates* maps the start of each time expression to its end.
    """
    dates = dates or {}
    previous = ""
    pos = head.end
    m = _NEXT_WORD.match(folded, pos, clause_end)
    if m is None or m.group(1).lower() not in _DESC_LINK:
        worth = _worth_end(folded, pos, clause_end, dates) if folded[pos : pos + 1] == " " else 0
        return Span(head.start, worth or head.end)
    end = head.end
    count = 0
    pos = head.end
    while pos < clause_end and count < 12:
        gap = _GAP.match(folded, pos, clause_end)
        if gap is None:
            break
        w = _ANY_WORD.match(folded, gap.end(), clause_end)
        if w is None:
            # "of "Allied Interaction"": a quoted name inside a description.
            q = _quoted().match(folded, gap.end(), clause_end)
            if q is not None:
                end = q.end()
                pos = end
                count += 1
                continue
            break
        word = w.group().lower()
        if word == "worth":  # "... on investment cooperation worth US$10 billion"
            worth = _worth_end(folded, pos, clause_end, dates)
            if worth:
                end = worth
                break
        if w.start() in dates:
            if previous not in ("of", "dated"):
                break
            pos = end = dates[w.start()]
            count += 1
            previous = ""
            continue
        if count > 0 and word in _DESC_STOP:
            break
        if count > 0 and previous in _NAME_LINKS and w.group()[0].isupper():
            end = min(end, pos)
            break
        previous = word
        pos = w.end()
        count += 1
        if word not in _DESC_LINK and word not in ("the", "a", "an", "and", "or"):
            end = pos
        # a date inside: "statement of March 4, 2019" (every match opens with ", ")
        tail = (
            _YEAR_TAIL.match(folded, pos, clause_end)
            if folded.startswith(", ", pos, clause_end)
            else None
        )
        if tail is not None:
            pos = tail.end()
            end = pos
    return Span(head.start, end)


def _stage(
    folded: str, clause: Span, around: Span, others: Sequence[Span] = ()
) -> AgreementStage | None:
    """The stage cue near *around* that no other head in *others* stands closer to.

    A cue belongs to the nearest head: in "the Vienna Convention of 1961, as
    of the signing of this Joint Communique", ``signing`` is the communique's.
    """
    lo = max(clause.start, around.start - 45)
    hi = min(clause.end, around.end + 45)
    low = lowered(folded[lo:hi])
    holds = low.__contains__ if low is not None else None
    for pattern, stage, cues in _STAGES:
        if holds is not None and not any(map(holds, cues)):
            continue  # :func:`may_hold`, its loop in C
        for cue in pattern.finditer(folded, lo, hi):
            mine = _distance(cue.start(), cue.end(), around)
            if all(_distance(cue.start(), cue.end(), o) >= mine for o in others):
                return stage
    # The clause's passive predicate, with no other document before it.
    if not any(map(folded[around.end : clause.end].__contains__, _PASSIVE_VERBS)):
        return None
    passive = _passive_stage().search(folded, around.end, clause.end)
    if passive is not None and not any(around.end <= o.start < passive.start() for o in others):
        aux = passive.group("aux").lower()
        if aux.endswith(" be"):  # "will be signed", "is to be adopted"
            return AgreementStage.PLANNED
        return _PASSIVE_VERB_STAGE[passive.group("verb").lower()]
    return None


def _distance(start: int, end: int, span: Span) -> int:
    if end <= span.start:
        return span.start - end
    if start >= span.end:
        return start - span.end
    return 0


def _clause(folded: str, sentence: Span, span: Span) -> Span:
    """The clause of *sentence* around *span*, at most ``_REACH`` either side.

    A relative clause that stages the document it follows (", which is
    expected to be signed during ...") is part of its clause.
    """
    start = max(sentence.start, span.start - _REACH)
    end = min(sentence.end, span.end + _REACH)
    staged = False
    breaks = _CLAUSE_END_ASCII if folded.isascii() else _CLAUSE_END
    for m in breaks.finditer(folded, start, end):
        if m.end() <= span.start:
            start = m.end()
        elif m.start() >= span.end:
            if not staged and _STAGED_RELATIVE.match(folded, m.start(), end):
                staged = True
                continue
            end = m.start()
            break
    return Span(start, max(end, span.end))


def _within(timexes: Sequence[When], starts: Sequence[int], lo: int, hi: int) -> Sequence[When]:
    """The time expressions (in text order, *starts* their start offsets) starting in [lo, hi)."""
    return timexes[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


def _when(
    folded: str,
    timexes: Sequence[When],
    starts: Sequence[int],
    clause: Span,
    span: Span,
    bounded: dict[int, bool],
    after: str | None = None,
) -> When | None:
    """The time expression of *clause* nearest to *span*, except those that
    bound a span (:func:`_bound`, remembered in *bounded* by start); with
    *after* (the report's ISO date, for a planned document) only one that is
    still ahead."""
    usable = [
        t
        for t in _within(timexes, starts, clause.start, clause.end)
        if t.precision is not Precision.REF
        and not t.timex.endswith("_REF")
        # "a programme ... until 2030": the end of what it covers, not its date
        and not _bounded(folded, t.span.start, bounded)
        and (after is None or not _is_past(t.timex, after))
    ]
    if not usable:
        return None
    return min(
        usable,
        key=lambda t: (
            t.span.start - span.end
            if t.span.start >= span.end
            else 0
            if t.span.start >= span.start
            else (span.start - t.span.end) + 10
        ),
    )


# An envoy's post: "the permanent representatives of the two countries to the".
@functools.cache
def _posted_to() -> regex.Pattern[str]:
    """Compiled on first use: only for a party after to or to the."""
    return regex.compile(
        r"\b(?:representatives?+|ambassadors?+|envoys?+|missions?+)\b"
        r"[^.;,]{0,60}(?<=[ ])to[ ]++(?:the[ ]++)?$",
        regex.I,
    )


@functools.cache
def _iso() -> regex.Pattern[str]:
    """Compiled on first use: only for the date of a planned document."""
    return regex.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?+)?+")


def _is_past(timex: str, today: str) -> bool:
    """*timex* is no later than the report's day *today* at its own precision:
    "talks on Thursday", "launched last year" are not when a planned document
    will be signed; "this year", "in May" of the report's year may be."""
    if _iso().fullmatch(timex) is None:
        return False
    mine = today[: len(timex)]
    return timex < mine or (len(timex) == 10 and timex == mine)


def _known_year(when: When | None) -> When | None:
    """A date whose year the text does not give ("in June" with no dateline
    year) dates no document."""
    return None if when is None or when.timex.startswith("X") else when


def _parties(
    doc: Doc,
    mentions: Mentions,
    title: Span,
    clause: Span,
    diagnostics: list[Diagnostic],
    cited: Sequence[Span] = (),
) -> list[Actor]:
    """The states and organisations of *title* and *clause*; a name inside
    another document's title in *cited* ("the principles of the Charter of the
    United Nations") is that document's, not a party."""
    folded = doc.folded
    actors: list[Actor] = []
    for m in mentions.within(clause.start, clause.end):
        if any(c.start <= m.span.start < c.end for c in cited):
            continue
        if m.contested:
            diagnostics.append(
                Diagnostic(
                    "agreements.party.contested",
                    f"{doc.text[m.span.start : m.span.end]!r} is a contested or former "
                    "entity; it is not given a state code",
                    m.span,
                    Severity.INFO,
                )
            )
            continue
        inside = title.start <= m.span.start < title.end
        before = folded[max(clause.start, m.span.start - 25) : m.span.start]
        if (
            not inside
            and before.endswith(("to ", "to the "))
            and _posted_to().search(folded, max(clause.start, m.span.start - 90), m.span.start)
        ):
            continue  # "the permanent representatives ... to the United Nations": a post
        if not inside and m.form not in ("person",) and _TOPIC_BEFORE.search(before):
            continue
        actors.extend(m.actors)
    return _unique(actors)


def _unique(actors: Sequence[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out: list[Actor] = []
    for actor in actors:
        key = actor.name if actor.kind is ActorKind.ORGANISATION else (actor.country or actor.name)
        if key not in seen:
            seen.add(key)
            out.append(actor)
    return out


def _complete_years(whens: list[When]) -> list[When]:
    """In a list of dates, a day without a year takes the next one's year.

    ``June 9, and October 2, 2020``: June 9 is of 2020.
    """
    out = list(whens)
    for i, w in enumerate(out):
        if not w.anchored or w.precision is not Precision.DAY or len(w.timex) != 10:
            continue
        for later in out[i + 1 :]:
            if not later.anchored and len(later.timex) >= 4 and later.timex[:4].isdigit():
                timex = later.timex[:4] + w.timex[4:]
                out[i] = attrs.evolve(w, timex=timex, start=None, end=None)
                break
    return out


def agreements(
    doc: Doc,
    timexes: tuple[When, ...],
    events: tuple[Event, ...],
    mentions: Mentions | None = None,
) -> tuple[tuple[Agreement, ...], tuple[Diagnostic, ...]]:
    """Every agreement in *doc*, repeated mentions merged.

    *mentions* are the participant mentions of *doc* when the caller has them
    already (``parse`` finds them once for events and agreements).
    """
    diagnostics: list[Diagnostic] = []
    folded = doc.folded
    if mentions is None:
        mentions = find_mentions(doc)
    heads = _heads()
    drafts: list[_Draft] = []
    bare: list[_Draft] = []
    pending: list[tuple[AgreementKind, Span, Span]] = []  # cited documents
    date_at = {t.span.start: t.span.end for t in timexes}
    starts = [t.span.start for t in timexes]
    done_when: When | None = None
    done_place: Place | None = None
    head_regex = _head_regex()
    cands = word_starts(folded, _head_firsts())
    # A closing line is looked for only where the word is in the text.
    maybe_done = may_hold(lowered(folded), ("done",))
    # The stage of the last staged document, for a list that details it later:
    # "... witnessed the exchange of several agreements. The documents included ..."
    group: tuple[AgreementStage, Span] | None = None
    named_titles: list[Span] = []  # every named document, for the opening's parties
    bounded: dict[int, bool] = {}  # whether the date at an offset bounds a span
    for sentence in doc.sentences:
        done = _done().match(folded, sentence.start, sentence.end) if maybe_done else None
        if done is not None:
            inside = _within(timexes, starts, sentence.start, sentence.end)
            if inside:
                done_when = inside[0]
            for match in place_index().find(folded, done.end(), sentence.end):
                done_place = match.value
                break
        found = list(phrase_matches(head_regex, folded, cands, sentence.start, sentence.end))
        if len(found) > _MAX_HEADS:
            diagnostics.append(
                Diagnostic(
                    "agreements.sentence.too_many",
                    f"a sentence names {len(found)} documents; only the first "
                    f"{_MAX_HEADS} are read",
                    sentence,
                    Severity.INFO,
                )
            )
            found = found[:_MAX_HEADS]
        if not found:
            continue  # no document named in this sentence
        head_spans = [Span(h.start(), h.end()) for h in found]
        read = [_read_head(folded, sentence, m, head_spans, heads, date_at) for m in found]
        _share_list_stages(folded, read)
        named_titles.extend(r[2] for r in read if r[3])
        earlier = group
        from_earlier = _elaborate(folded, sentence, read, earlier[0] if earlier else None)
        group = next(((r[6], r[5]) for r in reversed(read) if r[6] is not None), group)
        for index, (m, (head_span, head, title, named, capital, clause, stage)) in enumerate(
            zip(found, read, strict=True)
        ):
            if any(
                d.span.contains(head_span)
                for d in drafts[-_MAX_HEADS:]
                if d.sentence == sentence and d.named
            ):
                continue
            before = folded[max(sentence.start, m.start() - 30) : m.start()]
            described = title.end > head_span.end
            is_bare = not named and not described
            dated = bool(_within(timexes, starts, title.start, title.end))
            if named and stage is None and not dated and not _THIS_BEFORE.search(before):
                # "the principles of the UN Charter": a document cited, not one
                # the report says was signed, adopted or planned.
                pending.append((head.kind, title, sentence))
                continue
            vague = _vague_before(before) or not described
            if (
                head.plural
                and not named
                and vague
                and not _date_list(timexes, starts, clause, title)
            ):
                continue
            if not capital and not described and head.kind is AgreementKind.OTHER:
                continue
            if not named and head.kind is AgreementKind.AGREEMENT and _GENERIC_HEAD.search(before):
                continue
            if is_bare and stage is None and not bare_ok(before):
                continue
            if not named and not is_bare and stage is None and not dated:
                continue
            text = doc.text[title.start : title.end]
            cited = [r[2] for r in read if r[3] and not r[2].contains(title)]
            parties = _parties(doc, mentions, title, clause, diagnostics, cited)
            after = (
                doc.anchor.isoformat()
                if stage is AgreementStage.PLANNED and doc.anchor is not None
                else None
            )
            when = _when(folded, timexes, starts, clause, title, bounded, after)
            if when is None and index in from_earlier and earlier is not None:
                when = _when(folded, timexes, starts, earlier[1], earlier[1], bounded)
            dates = _date_list(timexes, starts, clause, title) if head.plural else []
            if len(dates) >= 2:
                head_word = head.phrase
                for w in _complete_years(dates):
                    drafts.append(
                        _Draft(
                            head.kind,
                            f"{head_word} of {w.text}",
                            False,
                            Span(title.start, title.end),
                            sentence,
                            stage or AgreementStage.MENTIONED,
                            list(parties),
                            w,
                            None,
                            [title, w.span],
                            False,
                        )
                    )
                continue
            draft = _Draft(
                kind=head.kind,
                title=text if named or described else text.lower(),
                named=named,
                span=title,
                sentence=sentence,
                stage=stage or AgreementStage.MENTIONED,
                actors=parties,
                when=when,
                place=None,
                mentions=[title],
                bare=is_bare,
                this=bool(_THIS_BEFORE.search(before)),
            )
            if is_bare:
                bare.append(draft)
                continue
            same = next(
                (d for d in drafts if d.kind == draft.kind and _same(d, draft)),
                None,
            )
            if same is not None:
                _absorb(same, draft)
                continue
            drafts.append(draft)
    # Bare mentions join the agreement of their kind (only one of the kind).
    for b in bare:
        kin = [d for d in drafts if d.kind == b.kind]
        if len(kin) == 1 or (kin and b.this):
            _absorb(kin[0] if len(kin) == 1 else kin[-1], b)
        elif (
            not kin
            and b.stage is not AgreementStage.MENTIONED
            and (
                b.kind not in (AgreementKind.PLAN, AgreementKind.OTHER)
                # "the cooperation plan signed during that visit": a reduced
                # relative makes even a plan or a document a specific one.
                or _PARTICIPLE_AFTER.match(folded, b.span.end, b.sentence.end)
            )
        ):
            b.bare = False
            b.span = _bare_title(folded, b.span, b.sentence)
            b.title = doc.text[b.span.start : b.span.end]
            drafts.append(b)
            continue
        elif kin:
            nearest = min(kin, key=lambda d: abs(d.span.start - b.span.start))
            _absorb(nearest, b)
    # A cited name joins a document of the same kind the report does date or stage.
    for kind, title, _sentence in pending:
        text = doc.text[title.start : title.end]
        for d in drafts:
            if d.kind == kind and (
                (not d.named and _words_within(d.title, text)) or text.lower() in d.title.lower()
            ):
                d.mentions.append(title)
                if not d.named:
                    d.title, d.named, d.span = text, True, title
                break
    # The document's own text ("this Joint Communique"): parties from its opening.
    opening = doc.paragraphs[0] if doc.paragraphs else None
    for d in drafts:
        if d.this and opening is not None:
            cited = [t for t in named_titles if not d.span.contains(t)]
            found_parties = _parties(doc, mentions, opening, opening, diagnostics, cited)
            d.actors = _unique([*d.actors, *found_parties])
            if done_when is not None:
                d.when = done_when
    _complete(doc, drafts, events, done_when, done_place, timexes)
    drafts.sort(key=lambda d: d.span.start)
    out = tuple(
        Agreement(
            title=d.title,
            kind=d.kind,
            span=d.span,
            stage=d.stage,
            parties=tuple(d.actors),
            when=_known_year(d.when),
            place=d.place,
            mentions=tuple(sorted(set(d.mentions))),
        )
        for d in drafts
    )
    return out, tuple(diagnostics)


_Read = tuple[Span, Head, Span, bool, bool, Span, "AgreementStage | None"]


def _read_head(
    folded: str,
    sentence: Span,
    m: regex.Match[str],
    head_spans: Sequence[Span],
    heads: dict[str, Head],
    date_at: dict[int, int],
) -> _Read:
    """One head of *sentence*: (head, row, title, named, capital, clause, stage)."""
    head_span = Span(m.start(), m.end())
    head = heads[" ".join(m.group().lower().split())]
    capital = folded[m.start()].isupper()
    if capital:
        title, named = _named_title(folded, head_span, sentence)
    else:
        title, named = head_span, False
    clause = _clause(folded, sentence, title)
    if not named:
        nxt = [h.start for h in head_spans if h.start > head_span.end]
        title = _described_title(folded, head_span, min([clause.end, *nxt]), date_at)
    # The named title may itself end with a described tail.
    if named and not capital:
        named = False
    others = [
        h
        for h in head_spans
        if h != head_span
        and not title.contains(h)
        and not _vague_before(folded[max(sentence.start, h.start - 30) : h.start])
    ]
    stage = _stage(folded, clause, title, others)
    return head_span, head, title, named, capital, clause, stage


def _share_list_stages(folded: str, read: list[_Read]) -> None:
    """Documents of one list share the stage said of one of them.

    "exchanged a memorandum on ..., an intergovernmental agreement on ... and
    a Protocol on ...", "a joint action plan on ..., as well as a memorandum
    on ..., to be signed": the cue stands next to one item only.
    """
    if len(read) < 2:
        return
    # A vague plural ("a number of memoranda and agreements") lends no stage.
    vague = [
        r[1].plural and _vague_before(folded[max(0, r[0].start - 30) : r[0].start]) for r in read
    ]
    linked = [
        not (vague[i] or vague[i + 1])
        and read[i][2].end <= read[i + 1][2].start
        and _list_gap().fullmatch(folded, read[i][2].end, read[i + 1][2].start) is not None
        for i in range(len(read) - 1)
    ]
    for order in (range(len(linked)), reversed(range(len(linked)))):
        for i in order:
            if not linked[i]:
                continue
            a, b = read[i], read[i + 1]
            if a[6] is None and b[6] is not None:
                read[i] = (*a[:6], b[6])
            elif b[6] is None and a[6] is not None:
                read[i + 1] = (*b[:6], a[6])


# A word that opens a list detailing a group of documents: "signed 12
# documents, including ...", "the documents signed in April, particularly ...".
@functools.cache
def _detail() -> regex.Pattern[str]:
    """Compiled on first use: only where a word of :data:`_DETAIL_CUES` stands."""
    return regex.compile(
        r"\b(?:including|particularly|in\ particular|among\ them|among\ which|notably|such\ as"
        r"|namely)\b",
        regex.I | regex.X,
    )


_DETAIL_OPENERS = ("The ", "These ", "Those ", "They ", "Among ")
_DETAIL_CUES = ("includ", "particular", "among", "notabl", "such as", "namely")


# A sentence that details documents named before: "The documents included ...",
# "These agreements are: ...".
@functools.cache
def _detail_subject() -> regex.Pattern[str]:
    """Compiled on first use: only for a sentence opening with a detail subject."""
    return regex.compile(
        r"(?:The|These|Those|They|Among\ them|Among\ the\ documents)\b[^.;:]{0,60}?"
        r"\b(?:include[sd]?+|are|were|covered|concern(?:ed)?+)\b",
        regex.X,
    )


def _elaborate(
    folded: str, sentence: Span, read: list[_Read], earlier: AgreementStage | None
) -> set[int]:
    """Documents listed to detail a group take the stage said of the group.

    "approved a dozen documents, including road maps ...": the group
    is staged in the same sentence; "The documents included an agreement on
    ...": in an earlier one (*earlier*); their indices are returned.
    """
    from_earlier: set[int] = set()
    if all(r[6] is not None for r in read):
        return from_earlier
    subject = (
        _detail_subject().match(folded, sentence.start, sentence.end)
        if earlier is not None and folded.startswith(_DETAIL_OPENERS, sentence.start)
        else None
    )
    first = (
        _detail().search(folded, sentence.start, read[-1][0].start)
        if may_hold(lowered(folded[sentence.start : read[-1][0].start]), _DETAIL_CUES)
        else None
    )
    for i, r in enumerate(read):
        if r[6] is not None:
            continue
        if first is not None and first.end() <= r[0].start:
            group = next((g[6] for g in read[:i] if g[6] is not None), None)
            if group is None:
                group = _stage(folded, Span(sentence.start, first.start()), r[0])
            if group is not None:
                read[i] = (*r[:6], group)
                continue
        if subject is not None and earlier is not None and r[0].start >= subject.end():
            read[i] = (*r[:6], earlier)
            from_earlier.add(i)
    return from_earlier


# A lowercase word just before a head: "the peace agreement", "the cooperation plan".
_WORD_BEFORE = regex.compile(r"(?<![\p{L}-])(\p{Ll}[\p{Ll}-]*+)[ ]++$")


@functools.cache
def _not_modifiers() -> frozenset[str]:
    """Words before a head that are not part of its description (the, its, new, ...)."""
    words = {w.lower() for w in load_words("english_function_words.txt")}
    return frozenset(words | set(load_words("agreement_not_modifiers.txt")))


def _bare_title(folded: str, span: Span, sentence: Span) -> Span:
    """A bare head that is a document of its own, with its noun modifier and
    complement: "the reconstruction plan for Gaza adopted by ..." ->
    ``reconstruction plan for Gaza``."""
    start, end = span.start, span.end
    word = _WORD_BEFORE.search(folded, max(sentence.start, start - 30), start)
    if word is not None and word.group(1) not in _not_modifiers():
        start = word.start(1)
    tail = _PARTICIPLE_AFTER.match(folded, end, sentence.end)
    if tail is not None and tail.group("tail"):
        end = tail.end("tail")
    return Span(start, end)


def bare_ok(before: str) -> bool:
    """A bare head with no stage verb still counts when it is definite ("the Declaration")."""
    return bool(_DEFINITE_BEFORE.search(before))


def _date_list(
    timexes: Sequence[When], starts: Sequence[int], clause: Span, title: Span
) -> list[When]:
    """Dates listed after a plural head: ``dated March 4, 2019, June 9, ...``."""
    return [
        t for t in _within(timexes, starts, title.start, clause.end) if t.precision is Precision.DAY
    ]


def _words_within(description: str, name: str) -> bool:
    """Every word of an unnamed *description* is in *name*: "the treaty",
    "treaty on allied relations" may be the "Treaty on Allied Relations";
    "agreement on investment worth $10 billion" is no "Partnership Agreement"."""
    words = set(_ANY_WORD.findall(name.lower()))
    return all(
        w in words or w in _DESC_LINK or w in ("the", "a", "an", "and")
        for w in _ANY_WORD.findall(description.lower())
    )


def _same(a: _Draft, b: _Draft) -> bool:
    ta, tb = a.title.lower(), b.title.lower()
    if ta == tb:
        return True
    if a.named and b.named:
        return ta in tb or tb in ta
    return False


def _absorb(into: _Draft, other: _Draft) -> None:
    into.mentions.extend(other.mentions)
    if len(other.title) > len(into.title) and (other.named or not into.named):
        into.title = other.title
        into.named = into.named or other.named
    if into.when is None and other.when is not None and not other.bare:
        into.when = other.when  # a bare "the Declaration" says nothing of its date
    if into.stage is AgreementStage.MENTIONED:
        into.stage = other.stage
    into.actors = _unique([*into.actors, *other.actors])
    into.this = into.this or other.this
    if other.span.start < into.span.start and other.named and into.named:
        into.span = other.span


def _complete(
    doc: Doc,
    drafts: list[_Draft],
    events: Sequence[Event],
    done_when: When | None,
    done_place: Place | None,
    timexes: Sequence[When] = (),
) -> None:
    """Dates and parties from the context: events, a closing line, the report.

    A document the report says was signed, exchanged or adopted, in a simple
    past sentence with no date at all, was signed on the report's day.
    """
    if not drafts:
        return
    counts: collections.Counter[str] = collections.Counter()
    for e in events:
        counts.update(
            sorted(participant_codes(e.participants))
        )  # sorted: ties must not follow hash order
    main = [code for code, _n in counts.most_common(2)]
    report_when = lead_when(doc)
    starts = [t.span.start for t in timexes]
    for d in drafts:
        related = [
            e
            for e in events
            if any(d.sentence.start <= s.start < d.sentence.end for s in (e.span, *e.mentions))
        ]
        if d.when is None:
            for e in related:
                if e.when is not None and not (
                    # "agreed during the talks on Thursday to draft a roadmap"
                    d.stage is AgreementStage.PLANNED
                    and doc.anchor is not None
                    and _is_past(e.when.timex, doc.anchor.isoformat())
                ):
                    d.when = e.when
                    break
        if d.when is None and done_when is not None and (d.this or d.named):
            d.when = done_when
        if d.place is None:
            for e in related:
                if e.place is not None:
                    d.place = e.place
                    break
            if d.place is None and done_place is not None and (d.this or d.named):
                d.place = done_place
        if (
            d.when is None
            and report_when is not None
            and d.stage in _DONE_STAGES
            and not _within(timexes, starts, d.sentence.start, d.sentence.end)
            and _done_now().search(doc.folded, d.sentence.start, d.sentence.end)
            and not _had().search(doc.folded, d.sentence.start, d.sentence.end)
        ):
            # "the sides signed a ..." with no date: the news of the report's day.
            d.when = report_when
        text = doc.text[d.sentence.start : d.sentence.end]
        if _FIRST_PERSON.search(text):
            speaker = home_state(doc) or (main[0] if main else None)
            if speaker and speaker not in participant_codes(d.actors):
                d.actors.append(state_actor(speaker))
        if len(participant_codes(d.actors)) < 2:
            for e in related:
                d.actors = _unique([*d.actors, *e.participants])
            if len(participant_codes(d.actors)) < 2:
                extra = [state_actor(c) for c in main if len(c) == 3 and c.isupper()]
                d.actors = _unique([*d.actors, *extra])
