"""Diplomatic events: meetings, talks, visits, summits, calls, signings, ...

Rule, sentence by sentence::

    EVENT    = TRIGGER [NAME] [PLACE] [WHEN] with PARTICIPANTS in its clause
    TRIGGER  = a phrase of data/event_words.tsv ("held talks", "state visit",
               "telephone conversation", "received", "COP29", ...)
    NAME     = capitalised words before the trigger or "of the <Capitalised>"
               after it ("Shanghai Cooperation Organization Summit",
               "meeting of the UN Security Council")
    PLACE    = a city or country after in/to/at/visited ("in Astana"),
               else inherited (same sentence, the report's visit, dateline)
    WHEN     = the nearest time expression of the clause ("on July 3, 2024")

A trigger is an event only when it is specific: a verb that reports an act,
a singular noun, a named meeting, or a plural noun with a named body or
explicit participants ("held separate meetings with ...").  Generic mentions
("personal meetings ... play a valuable role", "reciprocal visits") are not
events.  Repeated mentions ("the meeting", "during the talks", "this visit")
merge into the event they refer to, and every span is kept in ``mentions``.

Kinds follow the gold vocabulary; ``meeting of the Council of Heads of
State`` is a summit and ``meeting of the UN Security Council`` a conference.
CAMEO and PLOVER codes come from the trigger table; a planned or invited
meeting or visit is CAMEO 036 (express intent to meet).
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any, overload

import attrs
import regex

from diplocorpus._data import load_tsv, load_words
from diplocorpus._doc import Doc
from diplocorpus._gazetteer import country, country_index, place_index
from diplocorpus._participants import (
    Mentions,
    actor_of_code,
    find_mentions,
    speaker_state_at,
    state_actor,
)
from diplocorpus._patterns import phrase_tree
from diplocorpus.model import (
    Actor,
    ActorKind,
    Diagnostic,
    Event,
    EventKind,
    EventMode,
    EventStatus,
    Place,
    Precision,
    Severity,
    Span,
    Statement,
    When,
)

__all__ = [
    "events",
    "lead_when",
    "lowered",
    "may_hold",
    "participant_codes",
    "phrase_matches",
    "word_starts",
]


@attrs.frozen
class Trigger:
    """A row of ``event_words.tsv``."""

    phrase: str
    kind: EventKind
    cameo: str
    plover: str
    role: str
    mode: EventMode | None


@functools.cache
def _triggers() -> dict[str, Trigger]:
    out: dict[str, Trigger] = {}
    for row in load_tsv("event_words.tsv"):
        mode = EventMode(row["mode"]) if row.get("mode") else None
        key = " ".join(row["phrase"].lower().split())
        out[key] = Trigger(
            key, EventKind(row["kind"]), row["cameo"], row["plover"], row["role"], mode
        )
    return out


@functools.cache
def _trigger_regex() -> regex.Pattern[str]:
    """One alternation of every trigger phrase, longest first, plus ``COP29``.

    Example: ``held talks``, ``official visit``, ``COP 29``.  Spaces in a
    phrase match one to three spaces; matching is case-insensitive and on
    word boundaries.  The phrases share their prefixes (:func:`phrase_tree`):
    it compiles and matches faster than a flat list.
    """
    body = phrase_tree(_triggers(), "[ ]{1,3}+")
    return regex.compile(
        rf"(?<![\p{{L}}\d-])(?:(?P<cop>COP[ -]?\d{{1,2}}+)|(?P<word>{body}))(?![\p{{L}}\d])",
        regex.IGNORECASE,
    )


@functools.cache
def _trigger_regex_ascii() -> re.Pattern[str]:
    """:func:`_trigger_regex` for lower-cased ASCII text, in the standard engine.

    The phrases are lower case and ASCII; on such text a letter or digit is
    ``[a-z0-9]``, so it matches where the other does, with the same groups.
    """
    body = phrase_tree(_triggers(), "[ ]{1,3}+")
    return re.compile(
        rf"(?<![a-z0-9-])(?:(?P<cop>cop[ -]?[0-9]{{1,2}}+)|(?P<word>{body}))(?![a-z0-9])"
    )


# ---------------------------------------------------------------------------
# Finding phrase-table matches without running a large alternation over every
# position: the alternation is tried only where one of its phrases' first
# words stands, found by C-level string operations on the lower-cased text.
# ---------------------------------------------------------------------------

# Every byte that is not a lowercase ASCII letter, mapped to a space.
_NOT_AZ = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_AZ_RUN = re.compile(r"[a-z]+")


def first_run(phrase: str) -> str:
    """The leading a-z run of *phrase* (lower case): ``communiqu`` of ``communiqué``."""
    found = _AZ_RUN.match(phrase.lower())
    return found.group() if found else ""


@functools.cache
def _firsts_regex(words: frozenset[str]) -> re.Pattern[bytes]:
    """One word of *words* (a-z) between spaces, its prefixes shared in a tree.

    Over the one-byte-per-character a-z runs, the stdlib engine tries one
    branch per letter at each space: a single C scan, with no list of the
    text's words built and hashed.
    """
    return re.compile(b" (?:" + phrase_tree(sorted(words)).encode("ascii") + b")(?= )")


def word_starts(folded: str, firsts: frozenset[str]) -> list[int] | None:
    """Sorted offsets where a word of *firsts* stands as a whole a-z run.

    A match of a case-insensitive phrase pattern whose first word's leading
    a-z run is in *firsts* can start only at these offsets.  ``None`` when
    lower-casing does not keep offsets or a letter matches an ASCII one
    case-insensitively only under regex folding (U+017F long s, U+0130),
    or a phrase has no leading a-z run: the caller then scans with the
    pattern itself.
    """
    low = folded.lower()
    if len(low) != len(folded) or "\u017f" in folded or "" in firsts:
        return None
    # One byte per character: the a-z runs, everything else a space.
    runs = low.encode("ascii", "replace").translate(_NOT_AZ)
    # The word's offset: the leading pad and the match's leading space cancel out.
    return [m.start() for m in _firsts_regex(firsts).finditer(b" " + runs + b" ")]


@overload
def phrase_matches(
    pattern: re.Pattern[str],
    folded: str,
    starts: list[int] | None,
    start: int,
    end: int,
    limit: int = -1,
) -> list[re.Match[str]]: ...


@overload
def phrase_matches(
    pattern: regex.Pattern[str],
    folded: str,
    starts: list[int] | None,
    start: int,
    end: int,
    limit: int = -1,
) -> list[regex.Match[str]]: ...


def phrase_matches(
    pattern: regex.Pattern[str] | re.Pattern[str],
    folded: str,
    starts: list[int] | None,
    start: int,
    end: int,
    limit: int = -1,
) -> list[regex.Match[str]] | list[re.Match[str]]:
    """The first *limit* (all: -1) of ``pattern.finditer(folded, start, end)``, tried at *starts*.

    *starts* (from :func:`word_starts`) must hold every offset where
    *pattern* can match; ``None`` runs the pattern over the whole range.
    """
    if starts is None:
        found: Iterable[Any] = pattern.finditer(folded, start, end)
        return list(found if limit < 0 else itertools.islice(found, limit))
    i = bisect.bisect_left(starts, start)
    # A word cut by *end* ("summit|s"): its start may begin a match in the
    # range although the whole word is no phrase word.
    cut = end < len(folded) and "a" <= folded[end].lower() <= "z"
    if not cut and (i == len(starts) or starts[i] >= end):
        return []
    match = pattern.match
    out: list[Any] = []
    pos = start
    for at in starts[i:]:
        if at >= end or len(out) == limit:
            break
        if at < pos:
            continue
        hit = match(folded, at, end)
        if hit is not None:
            pos = hit.end()
            out.append(hit)
    if cut and len(out) != limit:
        at = end
        while at > pos and "a" <= folded[at - 1].lower() <= "z":
            at -= 1
        if at < end and (at == 0 or not "a" <= folded[at - 1].lower() <= "z"):
            hit = match(folded, at, end)
            if hit is not None:
                out.append(hit)
    return out


@functools.cache
def _trigger_firsts() -> frozenset[str]:
    return frozenset({"cop", *(first_run(p) for p in _triggers())})


def cue_pattern(cues: Iterable[str]) -> str:
    """A pattern that matches where one of *cues* (literal strings) starts.

    A :func:`phrase_tree`, so a search tries one branch per character, not
    every cue at every position: twice as fast as a flat alternation.  A cue
    with a shorter one as its prefix is dropped: where it starts, the
    shorter one starts too.
    """
    kept: list[str] = []
    for cue in sorted(set(cues)):
        if not any(cue.startswith(k) for k in kept[-1:]):
            kept.append(cue)
    return phrase_tree(kept)


# Words before a plural or singular trigger that make the mention generic.
#   "past meetings", "reciprocal visits", "regular talks", "such meetings"
_GENERIC_BEFORE = regex.compile(
    r"\b(?:past|previous|regular|reciprocal|such|these|those|various|personal|frequent"
    r"|numerous|many|mutual|high-level|high\ level|future|further|bilateral\ and|regular"
    r"|other|more|several|all|any|each|every|no|format\ for)[ ]++"
    r"(?:[\p{L}-]++[ ]++){0,2}$",
    # Searched from the end: every quantifier takes what it must, so it
    # matches where the forward search does, without trying each start.
    regex.IGNORECASE | regex.VERBOSE | regex.REVERSE,
)
# Status cues before a trigger, in the same clause.
#   "will hold talks", "the upcoming visit", "is expected to meet", "plans to visit"
_PLANNED = regex.compile(
    r"\b(?:will|shall|would|upcoming|forthcoming|scheduled|expected|planned|plans?|intends?"
    r"|to\ be\ held|is\ to|are\ to|next|proposed|preparations?\ for|prepar(?:e|ing)\ for"
    r"|(?:is|are|was|were)\ (?:set|due|slated|poised)\ to"
    r"|ahead\ of|on\ the\ eve\ of|agreed\ to|looking\ forward)\b",
    regex.IGNORECASE | regex.VERBOSE,
)
# The cues of _PLANNED that modify a noun ("preparations for the summit", "the
# upcoming visit"): they plan that noun only, not an event named after it
# ("preparations for the summit in a phone call").  The verbal ones ("is
# scheduled to visit ... and to meet") reach over a coordinated trigger.
_PLANNED_VERBAL = regex.compile(
    r"\b(?:will|shall|would|scheduled|expected|planned|plans?|intends?"
    r"|to\ be\ held|is\ to|are\ to|agreed\ to|(?:is|are)\ (?:set|due|slated|poised)\ to)\b",
    regex.IGNORECASE | regex.VERBOSE,
)
# A preposition that makes the noun after it the occasion of what went before.
_OCCASION = regex.compile(
    r"\b(?:during|at|in\ the\ course\ of|on\ the\ sidelines\ of)\b",
    regex.IGNORECASE | regex.VERBOSE,
)
_INVITED = regex.compile(r"\binvit(?:ed|ation|es?)\b", regex.IGNORECASE)
_ONGOING = regex.compile(
    r"\b(?:is\ underway|are\ underway|is\ under\ way|is\ taking\ place|are\ taking\ place"
    r"|is\ being\ held|are\ being\ held|has\ begun|have\ begun|began|begins|kicked\ off"
    r"|opened|is\ holding|are\ holding|are\ discussing|is\ discussing"
    r"|(?:is|are)\ on\ (?:a|an|his|her|their)\ (?:[\p{L}-]++\ ){0,3}(?=visit))\b",
    regex.IGNORECASE | regex.VERBOSE,
)
_POSTPONED = regex.compile(r"\b(?:postponed|put\ off|delayed|rescheduled)\b", regex.I | regex.X)
_CANCELLED = regex.compile(r"\b(?:cancell?ed|called\ off|scrapped)\b", regex.I | regex.X)
# A word every match of _CANCELLED, _POSTPONED or _ONGOING holds (lower case):
# where none is in the window, the pattern is not searched.
_CANCELLED_CUES = ("cancel", "called off", "scrapped")
_POSTPONED_CUES = ("postponed", "put off", "delayed", "rescheduled")
_ONGOING_CUES = (
    "underway",
    "under way",
    "taking place",
    "being held",
    "begun",
    "began",
    "begins",
    "kicked off",
    "opened",
    "holding",
    "discussing",
    "is on ",
    "are on ",
)
# Clause ends after a trigger: participants and places beyond are topics.
#   ", which", " to discuss ", " on the situation", "; ", " at which they discussed"
# The words after a space (no two match at one place: the order is free, so
# they share their prefixes in a tree, tried one branch per character).
_CLAUSE_END_WORDS = (
    *("to discuss", "discussed", "exchanged views", "with a focus", "focused on"),
    *("focusing on", "ahead of", "on the sidelines", "within the framework", "on the eve"),
    *("in the run-up", "to attend", "to participate", "to take part", "after the"),
    *("before the", "following the", "on the situation", "on issues", "regarding"),
    *("concerning", "about", "during which", "at which", "in which"),
)
_CLAUSE_END = regex.compile(
    r"[;:]|,[ ]++(?:which|who|where|while|adding|saying|noting|as\ well|and\ the\ two"
    r"|and\ discussed|and\ exchanged|the\ [\p{L} ]{0,20}+said)\b"
    rf"|[ ](?:{phrase_tree(_CLAUSE_END_WORDS)}"
    r"|after\ \p{L}{1,20}ing|before\ \p{L}{1,20}ing)\b",
    regex.IGNORECASE | regex.VERBOSE,
)
# The same on a lower-cased ASCII window, in the standard engine (no match
# starts with a word boundary, and one ends inside the window: a slice of the
# text finds what the whole text does between the same bounds).
_CLAUSE_END_ASCII = re.compile(
    r"[;:]|,[ ]++(?:which|who|where|while|adding|saying|noting|as\ well|and\ the\ two"
    r"|and\ discussed|and\ exchanged|the\ [a-z ]{0,20}+said)\b"
    rf"|[ ](?:{phrase_tree(_CLAUSE_END_WORDS)}"
    r"|after\ [a-z]{1,20}ing|before\ [a-z]{1,20}ing)\b",
    re.VERBOSE,
)
# Words right before a state mention that make it a topic, not a participant.
#   "the situation in Ukraine", "support for Ukraine", "against Armenia"
_TOPIC_BEFORE = regex.compile(
    r"\b(?:situation\ in|situation\ around|in|within|on|about|regarding|concerning|against|towards?"
    r"|including|from|over|for|into|to|conflict\ in|war\ in|crisis\ in|border\ with"
    r"|to\ (?:[\p{L}-]++\ ){1,3}and)"
    r"[ ]++(?:the[ ]++)?$",
    regex.IGNORECASE | regex.VERBOSE | regex.REVERSE,  # from the end, as _GENERIC_BEFORE
)
# The words a match of _TOPIC_BEFORE ends with, before spaces and an optional "the".
_TOPIC_LAST = (
    *("in", "around", "on", "about", "regarding", "concerning", "against", "toward"),
    *("towards", "including", "from", "over", "for", "into", "to", "with", "and"),
)


def _may_end_topic(before: str) -> bool:
    """False where _TOPIC_BEFORE cannot match *before* (a cheap test on its last words).

    A match ends with one of _TOPIC_LAST, then spaces and an optional "the":
    the last word, or the one before a last "the", ends with it.  Non-ASCII
    text always goes to the pattern (case-insensitive matching beyond ASCII).
    """
    if not before.isascii():
        return True
    words = before.lower().split()
    if not words:
        return False
    last = words[-1] if words[-1] != "the" or len(words) == 1 else words[-2]
    return last.endswith(_TOPIC_LAST)


# What may introduce the place of an event: "in Astana", "to China",
# "arrived in the Kazakh capital of Astana", "visited Baku".
_PLACE_BEFORE = regex.compile(
    r"(?:\bin|\bto|\bat|\bvisited|\bvisiting|\bvisit|\bcity\ of|\bcapital\ of"
    r"|\bcapital,|\bcapital)[ ]++(?:the[ ]++)?$",
    regex.IGNORECASE | regex.VERBOSE,
)
# An office named after a place: "Mayor of the City of London", "Governor of".
_TITLE_OF_PLACE = regex.compile(r"\b(?:Mayor|Governor|Akim|Hakim|Ambassador)\b[^,.]{0,25}+$")
# A capitalised word, a number, "&" or a linking word inside an event's name,
# read backwards from the trigger: "22nd Asia-Pacific Economic Cooperation".
_NAME_WORD = regex.compile(r"[\p{Lu}\d][\p{L}\p{M}\d'.-]*+|&|of|the|and|on|for|in")
_NAME_DETERMINERS = frozenset(
    {"of", "the", "and", "on", "for", "in", "&", "this", "that", "a", "an", "its", "their", "our"}
)
_NAME_CONNECTORS = frozenset({"of", "the", "and", "on", "for", "in", "&"})
# "of the <Capitalised ...>" after a trigger: "meeting of the UN Security Council".
_OF_NAME = regex.compile(
    r"[ ]++of[ ]++(?:the[ ]++)?\"?(?P<name>[\p{Lu}\d][\p{L}\p{M}\d'-]*+"
    r"(?:[ ]++(?:of|the|and|on|for|&|-|[\p{Lu}\d][\p{L}\p{M}\d'-]*+)){0,12}+)\"?"
)
_LEADERS = regex.compile(
    r"\b(?:leaders|heads\ of\ state|heads\ of\ government|head\ of\ state)\b",
    regex.IGNORECASE | regex.VERBOSE,
)
# "the next trilateral meeting", "the second summit", "the previous round":
# a definite noun with a sequence word names another occurrence, not this one.
_SEQUENCE = regex.compile(
    r"\b(?:next|previous|upcoming|forthcoming|following|preceding|last|former|earlier"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d++(?:st|nd|rd|th))"
    # Not across a determiner: "Following the meeting" is no "following meeting".
    r"[ ]++(?:(?!(?:the|a|an|this|that)[ ])[\p{L}-]++[ ]++){0,2}$",
    regex.IGNORECASE,
)
# "the previous summit", "the next round": another occurrence of a series,
# not the same event under the same name.
_OTHER_OCCURRENCE = regex.compile(
    r"\b(?:next|previous|last|preceding|former|earlier)[ ]++(?:[\p{L}-]++[ ]++){0,2}$",
    regex.IGNORECASE,
)
# Not "said": "the said meeting" is read through "the"; a bare "said" before a
# noun is the verb ("Xi said while meeting with ...").
_DEFINITE = regex.compile(
    r"(?:\bthe|\bthis|\bthat|\btheir|\bour|\bits|\bhis|\bher)[ ]++(?:[\p{L}-]++[ ]++){0,2}$",
    regex.IGNORECASE,
)
# A word before a date that makes it the bound of a span: "since 2022", "until 2030".
_BOUND_BEFORE = regex.compile(r"\b(?:since|until|till|through)[ ]++$", regex.IGNORECASE)
# "with <someone>" right after a trigger: "talks with his Russian counterpart".
_WITH = regex.compile(r"[ ]++(?:on\ \p{L}++\ )?(?:with|between)\b", regex.IGNORECASE | regex.X)
# A subject in first person: "I was invited", "our meeting", "we met".
_FIRST_PERSON = regex.compile(r"\b(?:I|we|our|my|us)\b")
# Each with the words one of which every match holds (lower case).
_MODE_WORDS = (
    (regex.compile(r"\bstate\ visit", regex.I | regex.X), ("state visit",), EventMode.STATE),
    (
        regex.compile(r"\bofficial\ visit", regex.I | regex.X),
        ("official visit",),
        EventMode.OFFICIAL,
    ),
    (regex.compile(r"\bworking\ visit", regex.I | regex.X), ("working visit",), EventMode.WORKING),
    (regex.compile(r"\bprivate\ visit", regex.I | regex.X), ("private visit",), EventMode.PRIVATE),
    (regex.compile(r"\btrilateral\b", regex.I), ("trilateral",), EventMode.TRILATERAL),
    (regex.compile(r"\bmultilateral\b", regex.I), ("multilateral",), EventMode.MULTILATERAL),
    (
        regex.compile(
            r"\b(?:bilateral|one[ -]on[ -]one|tete-a-tete|face\ to\ face)\b", regex.I | regex.X
        ),
        ("bilateral", "one on", "one-on", "tete-a-tete", "face to face"),
        EventMode.BILATERAL,
    ),
    (
        regex.compile(r"\b(?:video|online|virtual|videoconference|web)\b", regex.I),
        ("video", "online", "virtual", "web"),
        EventMode.VIRTUAL,
    ),
)
# Any cue of _MODE_WORDS (lower case): where none is in the window, no mode.
_MODE_CUES = re.compile(cue_pattern(c for _p, cues, _m in _MODE_WORDS for c in cues))
_PLANNED_AFTER = regex.compile(
    r"[ ]++(?:will|(?:is|are|was|were)\ (?:to|scheduled|expected|planned|due)|to\ be\ held)",
    regex.I | regex.X,
)
# A past participle of occurrence right after an event's name says it happened:
#   "the summit held in May", "the forum, which took place in Sochi"
_HELD_AFTER = regex.compile(
    r",?[ ]++(?:(?:which|that)[ ]++(?:was|were)[ ]++)?(?:held|took[ ]++place)\b", regex.I
)
# A relative clause of occurrence in the past: "which was held in Dushanbe".
_WAS_HELD = regex.compile(
    r"\b(?:(?:was|were|had[ ]been)[ ]++(?:held|convened)|took[ ]++place)\b", regex.I
)
# "visit to China", "arrived in the": a host state, not a topic.
_HOST_BEFORE = regex.compile(r"\b(?:to|in)[ ]++(?:the[ ]++)?$")
# "held separate meetings": a plural that reports events.
_HELD_BEFORE = regex.compile(r"\b(?:held|hold|holds|holding|separate)[ ]++(?:\p{L}++[ ]++)?$")
# A relative clause that says what was discussed: the events it names are topics.
_TOPIC_RELATIVE = regex.compile(r",?[ ]++(?:at|in|during)[ ]++which\b", regex.I)
# "his consultations in Doha": a plural owned by someone, then where.
_POSSESSIVE_BEFORE = regex.compile(r"\b(?:his|her|their)[ ]++$", regex.I)
_PLACE_AFTER = regex.compile(r"[ ]++(?:in|at)[ ]++\p{Lu}")
# "the meeting between Russian Foreign Minister ...": partners named after it.
_BETWEEN_SOMEONE = regex.compile(r"[ ]++between[ ]++(?:the[ ]++)?\p{Lu}")
# "meetings with his ...", "meetings of Russian-American working groups",
# "consultations between the foreign ministries of Azerbaijan and ...".
_WITH_SOMEONE = regex.compile(
    r"[ ]++(?:(?:with|of|between)[ ]++(?:the[ ]++)?(?:his|her|\p{Lu})"
    r"|between[ ]++the[ ]++(?:(?!of\b)\p{Ll}[\p{L}-]*+[ ]++){1,3}+of[ ]++(?:the[ ]++)?\p{Lu})"
)
# "the meeting proposed by ... of the leaders of ...": a summit.
_OF_LEADERS = regex.compile(r"[^,.]{0,40}?\bof\ the\ (?:leaders|heads)", regex.X)
# "called Saudi Arabia's ...", "received a delegation", "session of the UN ...".
_CALL_OBJECT = regex.compile(
    r"[ ]++(?:\p{Lu}|his\b|her\b|another\b|(?:the|a)[ ]++(?:\p{Lu}|president|prime|foreign"
    r"|minister|leader|counterpart|head|king|secretary))"
)
_RECEIVE_OBJECT = regex.compile(
    r"[ ]++(?:a|the)?[ ]*+(?:delegation|\p{Lu}|his|her|visiting|foreign|newly)"
)
_SESSION_OF = regex.compile(r"[ ]++of[ ]++(?:the[ ]++)?\p{Lu}")
_CAPITAL_OF = regex.compile(
    r"\b(?:in|to|at)[ ]++the[ ]++[\p{L}-]++[ ]++capital(?:[ ]++of)?[ ]++$", regex.I
)
# Words of a deliberative body: "meeting of the UN Security Council" is a
# conference, "meeting of Russian-American working groups" a meeting.
_BODY_WORDS = regex.compile(
    r"\b(?:Council|Board|Assembly|Committee|Commission|Parliament|Governors|Conference"
    r"|Forum|Congress|Session|Organi[sz]ation|Union|Leaders)\b"
)
# Capitalised words after a capitalised trigger, still the event's name:
# "Exhibition & Conference Incorporating Refining & Petrochemicals".
_NAME_AFTER = regex.compile(r"(?:[ ]++(?:&|of|and|for|the|[\p{Lu}\d][\p{L}\p{M}\d'-]*+)){1,10}+")
# "<State> hosted the", "<City> would host a", just before a summit or conference.
_HOSTED = regex.compile(
    r"[ ]++(?:hosted|hosts|(?:will|would)\ host|is\ hosting)[ ]++"
    r"(?:the[ ]++)?(?:[\p{L}\d-]++[ ]++){0,3}$",
    regex.X,
)
# After an event's name: "that Budapest hosted", "which Baku will host".
_HOSTED_AFTER = regex.compile(
    r"[ ]++(?:that|which)[ ]++(?P<host>\p{Lu}[\p{L}'-]*+(?:[ ]++\p{Lu}[\p{L}'-]*+){0,2}+)"
    r"[ ]++(?:hosted|hosts|will[ ]++host|is[ ]++hosting)\b"
)


def _host_verb(
    table: dict[str, Trigger], match: regex.Match[str] | re.Match[str], folded: str
) -> bool:
    """Whether *match* is "hosted" with no guest after it: a host, no event."""
    trigger = (
        table.get(" ".join(match.group("word").lower().split())) if match.group("word") else None
    )
    return (
        trigger is not None
        and trigger.role == "receive"
        and not _RECEIVE_OBJECT.match(folded, match.end(), match.end() + 20)
    )


# "Done at Reykjavik on 3 March 2011": a document's closing line.
_DONE = regex.compile(r"[ ]*+Done[ ]++(?:in|at)[ ]++", regex.I)
# The document itself: "this Joint Communique", "the present Agreement".
_THIS_DOCUMENT = regex.compile(
    r"\b(?:this|the\ present)[ ]++(?:Joint[ ]++)?(?:Communiqu[eé]|Declaration|Agreement|Treaty"
    r"|Memorandum|Protocol|Statement)\b",
    regex.I | regex.X,
)
# "separate meetings", "separate talks".
_SEPARATE = regex.compile(r"\bseparate[ ]++$", regex.I)
# A mention set apart from the ones before: "a separate bilateral meeting",
# "another meeting".
_DISTINCT = regex.compile(r"\b(?:separate|another)[ ]++(?:[\p{L}-]++[ ]++)?$", regex.I)
# "to visit our country".
_OUR_COUNTRY = regex.compile(r"[ ]++(?:to[ ]++)?our[ ]++(?:country|republic|nation)", regex.I)
# Kinds that a bare definite "the meeting" may refer back to.
_FAMILY = {
    EventKind.MEETING: (EventKind.MEETING, EventKind.TALKS, EventKind.SUMMIT),
    EventKind.TALKS: (EventKind.TALKS, EventKind.MEETING),
    EventKind.PHONE_CALL: (EventKind.PHONE_CALL,),
}
_SPEECH_KINDS = (EventKind.INTERVIEW,)
_GATHERINGS = (EventKind.MEETING, EventKind.TALKS, EventKind.SUMMIT, EventKind.CONFERENCE)
# How far (characters) a clause reaches either side of its trigger, and how
# many earlier events a new mention is compared with: both keep the stage
# linear on pathological input.
_REACH = 320
_LOOKBACK = 24
_HOSTED_KINDS = (EventKind.VISIT,)
# How many days before the report's date a visit may have ended and still be
# the visit the report is about.
_RECENT_DAYS = 14
_PLANNED_STATUSES = (EventStatus.PLANNED, EventStatus.INVITED)
_NAMED_KINDS = (EventKind.SUMMIT, EventKind.CONFERENCE)


@attrs.define
class _Draft:
    """An event being assembled (mutable while the stage runs)."""

    kind: EventKind
    trigger: Trigger
    span: Span
    sentence: Span
    status: EventStatus
    mode: EventMode | None
    codes: list[str]
    actors: list[Actor]
    place: Place | None
    when: When | None
    name: str | None
    anaphor: bool
    mentions: list[Span]
    order: int = 0
    # Named as another occurrence of a series: "the previous Russia-India summit".
    sequel: bool = False
    # Where the trigger's clause ends: an event named after it, behind ", at
    # which they discussed", is a topic of this one, not where or when it was.
    reach: int = 0


def participant_codes(actors: Sequence[Actor]) -> set[str]:
    """The codes by which participants are compared: ISO-3 or acronym."""
    out = set()
    for actor in actors:
        if actor.kind is ActorKind.ORGANISATION:
            out.add(actor.name)
        elif actor.country:
            out.add(actor.country)
    return out


def _alternation(name: str) -> str:
    """The phrases of ``data/<name>`` as one alternation, longest first.

    A space in a phrase matches a run of spaces.
    """
    phrases = sorted(load_words(name), key=len, reverse=True)
    return "|".join(regex.escape(p).replace(r"\ ", "[ ]++") for p in phrases)


@functools.cache
def _relative_occurrence() -> regex.Pattern[str]:
    """A relative clause that says where and when the event it follows happens.

    ``, which will take place in Gabala``, ``, which is planned to be held in
    Ankara``, ``, which is scheduled for the autumn``: up to five auxiliaries,
    then a predicate of ``data/event_occurrence.txt``.
    """
    body = _alternation("event_occurrence.txt")
    aux = (
        "is|are|was|were|will|would|shall|has|have|had|also|now|then|be|been|being"
        "|expected|scheduled|planned|set|due|slated|likely|going|to"
    )
    # The repeat is bounded and each word is a fixed one: no runaway backtracking.
    return regex.compile(
        rf"(?:,[ ]++(?:which|that))?[ ]++(?:(?:{aux})[ ]++){{0,5}}(?:{body})(?![\p{{L}}\d])",
        regex.IGNORECASE,
    )


def _clause(doc: Doc, sentence: Span, trigger: Span) -> tuple[Span, Span | None]:
    """The part of *sentence* that speaks about the trigger, and the relative
    clause of occurrence inside it (``, which will take place in ...``), if any.

    Such a relative clause belongs to the event it follows: its place and date
    are the event's, so it does not end the clause as another ``, which`` does.
    """
    folded = doc.folded
    # Bounded on both sides so that a pathological "sentence" stays linear.
    start = max(sentence.start, trigger.start - _REACH)
    end = min(sentence.end, trigger.end + _REACH)
    # Inside ", who arrived on Sunday on a three-day visit, will travel to Mumbai":
    # the relative clause ends at its closing comma.
    opened = max(
        folded.rfind(", who ", start, trigger.start), folded.rfind(", which ", start, trigger.start)
    )
    if opened >= 0 and folded.find(",", opened + 2, trigger.start) < 0:
        closing = folded.find(",", trigger.end, end)
        if closing >= 0:
            end = closing
    relative: int | None = None
    window = folded[trigger.end : end]
    base = trigger.end
    found: Iterable[re.Match[str] | regex.Match[str]]
    if window.isascii():
        found = _CLAUSE_END_ASCII.finditer(window.lower())
    else:
        found, base = _CLAUSE_END.finditer(folded, trigger.end, end), 0
    for m in found:
        at = base + m.start()
        if m.group().startswith(":") and folded.count('"', trigger.end, at) % 2:
            continue  # a colon inside a quoted title: "The South Caucasus: ..."
        if (
            relative is None
            and m.group().startswith(", ")
            and _relative_occurrence().match(folded, at, end)
        ):
            relative = at
            continue
        end = at
        break
    end = max(end, trigger.end)
    return Span(start, end), (Span(relative, end) if relative is not None else None)


# "on the sidelines of": the event a meeting was held at; its place and date are
# the meeting's too ("met on the sidelines of the UN General Assembly in New York").
_SIDELINES = regex.compile(r"[ ]on[ ]the[ ]sidelines[ ]of\b", regex.I)


def _sidelines(doc: Doc, sentence: Span, clause: Span) -> Span:
    """*clause*, or, where it ends at "on the sidelines of", up to the next clause end.

    The clause stops there for participants (the occasion's members are not
    the meeting's), not for where and when.
    """
    folded = doc.folded
    if folded[clause.end : clause.end + 4].lower() != " on ":
        return clause
    found = _SIDELINES.match(folded, clause.end, min(sentence.end, clause.end + 30))
    if found is None:
        return clause
    end = min(sentence.end, found.end() + _REACH)
    stop = _CLAUSE_END.search(folded, found.end(), end)
    return Span(clause.start, stop.start() if stop is not None else end)


def _name_before(folded: str, start: int, floor: int) -> tuple[int, str] | None:
    """Capitalised words just before *start*: the event's name, if any."""
    words: list[tuple[int, int]] = []
    pos = start
    while pos > floor and len(words) < 14:
        j = pos
        while j > floor and folded[j - 1] == " ":
            j -= 1
        if j == pos and words:
            break
        k = j
        while k > floor and (folded[k - 1].isalnum() or folded[k - 1] in "'.-&"):
            k -= 1
        if k == j:
            break
        word = folded[k:j]
        if not _NAME_WORD.fullmatch(word):
            if word[0] == "'" and _NAME_WORD.fullmatch(word, 1):
                words.append((k + 1, j))  # "the 'Central Asia-China' Summit": it opens the name
            break
        if word == "and" and words and folded[words[-1][0] : words[-1][1]] == "the":
            break  # "the OTS Summit ... and the EPC Summit": "and the" starts another name
        words.append((k, j))
        pos = k
    if words and folded[words[0][0] : words[0][1]].lower() in _NAME_DETERMINERS:
        return None  # "in 2025 and the meeting": no name right before the trigger
    while words and folded[words[-1][0] : words[-1][1]].lower() in _NAME_DETERMINERS:
        words.pop()
    if not words:
        return None
    first = words[-1][0]
    text = folded[first:start].strip()
    return first, text


# Words between an organisation's name and a meeting: "Foreign Ministers' ".
_MODIFIERS = regex.compile(r"(?:[ ]++[\p{L}'-]++){0,3}+[ ]++")


def _organisation_before(folded: str, mentions: Mentions, trigger: Span) -> bool:
    """Whether an organisation is named at most three words before *trigger*."""
    for m in reversed(mentions.within(max(0, trigger.start - 40), trigger.start)):
        if m.form != "organisation":
            continue
        gap = _MODIFIERS.fullmatch(folded, m.span.end, trigger.start)
        return gap is not None
    return False


def _organisation_at(mentions: Mentions, pos: int) -> bool:
    """Whether the name of an organisation starts at *pos* ("of the BRICS foreign ...")."""
    m = mentions.at(pos, pos + 1)
    return m is not None and m.form == "organisation" and m.span.start == pos


@functools.cache
def _document_heads() -> frozenset[str]:
    """The one-word head nouns of documents (data/agreement_words.tsv), lower case."""
    return frozenset(
        row["head"] for row in load_tsv("agreement_words.tsv") if " " not in row["head"]
    )


# "the Plan of Consultations between ...": a capitalised word and "of"/"on"/"for"
# right before a capitalised trigger.
_TITLE_HEAD_BEFORE = regex.compile(
    r"(?P<head>\p{Lu}[\p{L}-]*+)[ ]++(?:of|on|for)[ ]++(?:the[ ]++)?"
    r"(?:\p{Lu}[\p{L}-]*+[ ]++){0,2}+$"
)


def _in_document_title(folded: str, trigger: Span) -> bool:
    """Whether a capitalised *trigger* is a word of a document's title.

    "signed the Plan of Consultations between the Foreign Ministries of ...",
    "the Programme of Mutual Visits": the document, not an event.
    """
    if not folded[trigger.start].isupper():
        return False
    head = _TITLE_HEAD_BEFORE.search(folded, max(0, trigger.start - 50), trigger.start)
    return head is not None and head.group("head").lower() in _document_heads()


def _pair_named(folded: str, mentions: Mentions, pos: int) -> bool:
    """Whether a name at *pos* opens with two states joined by a hyphen.

    ``Azerbaijan-Hungary Intergovernmental Commission``, ``Turkmen-Pakistani
    ...``, ``Turkiye-Saudi Arabia Coordination Council``: the body of a pair.
    """
    found = mentions.within(pos, pos + 60)[:2]
    if len(found) != 2 or found[0].span.start != pos:
        return False
    first, second = found
    return (
        folded[first.span.end : second.span.start] == "-"
        and all(len(m.actors) == 1 and m.actors[0].kind is ActorKind.STATE for m in found)
        and first.actors[0].country != second.actors[0].country
    )


def _named_city(name: str) -> Place | None:
    """The city that *name* is, whole ("Istanbul" of "the Istanbul talks"), or None."""
    place = place_index().get(name)
    if place is None or country_index().get(name) is not None:
        return None
    return place


def _city_in_name(name: str) -> Place | None:
    """The first city (not a country) named inside an event's *name*, or None."""
    for match in place_index().find(name):
        if country_index().get(match.text) is None:
            return match.value
    return None


def _host_or_named_place(
    doc: Doc, mentions: Mentions, trigger: Span, name: str | None
) -> Place | None:
    """The place of a summit or conference from its host or its own name.

    ``Azerbaijan hosted the COP29`` → Azerbaijan; ``the CA-EU Samarkand
    Summit`` → Samarkand.
    """
    before = doc.folded[max(0, trigger.start - 40) : trigger.start]
    host = _HOSTED.search(before)
    if host is not None:
        start = trigger.start - len(before) + host.start()
        for m in mentions.within(max(0, start - 40), start + 1):
            if m.span.end >= start - 1 and len(m.actors) == 1 and m.actors[0].country:
                actor = m.actors[0]
                return Place(name=actor.name, country=actor.country)
        # "Vilnius would host a business forum": a city as the host.
        for match in place_index().find(doc.folded, max(0, start - 40), start):
            if match.span.end >= start - 1:
                return match.value
    if name:
        return _city_in_name(name)
    return None


def _separate(
    doc: Doc, mentions: Mentions, clause: Span, trigger: Span, draft: _Draft
) -> list[_Draft]:
    """One event per partner named after *trigger*, each with the subject."""
    subject: list[Actor] = []
    partners: list[Actor] = []
    for m in mentions.within(clause.start, clause.end):
        if m.contested or len(m.actors) != 1:
            continue
        target = subject if m.span.end <= trigger.start else partners
        target.append(m.actors[0])
    subject_codes = participant_codes(subject)
    seen: set[str] = set()
    out: list[_Draft] = []
    for actor in partners:
        code = participant_codes([actor])
        if not code or code & subject_codes or code & seen:
            continue
        seen |= code
        actors = [*subject, actor]
        out.append(
            attrs.evolve(
                draft,
                actors=actors,
                codes=sorted(participant_codes(actors)),
                mentions=list(draft.mentions),
            )
        )
    return out


def _trim_connectors(text: str) -> str:
    """*text* without leading or trailing linking words ("of the", "&")."""
    words = text.split()
    while words and words[-1].lower() in _NAME_CONNECTORS:
        words.pop()
    while words and words[0].lower() in _NAME_CONNECTORS:
        words.pop(0)
    return " ".join(words)


def _status(doc: Doc, clause: Span, trigger: Span, floor: int = 0) -> EventStatus:
    """Held, planned, ongoing, ... from the cues around *trigger*.

    Cues before *floor* (the end of the trigger word of another event just
    before) are that event's: in "preparations for the summit in a phone
    call", "preparations for" plans the summit, not the call.
    """
    folded = doc.folded
    lo = max(clause.start, trigger.start - 70)
    # The windows before, around and after the trigger all start at *lo*.
    fate = folded[lo : min(clause.end, trigger.end + 90)]
    n_before = trigger.start - lo
    n_around = min(clause.end, trigger.end + 50) - lo
    low = lowered(fate)
    if low is not None and _STATUS_CUES.search(low) is None:
        return EventStatus.HELD  # no word of any status pattern around the trigger
    if may_hold(low, _CANCELLED_CUES) and _CANCELLED.search(fate):
        return EventStatus.CANCELLED
    if may_hold(low, _POSTPONED_CUES) and _POSTPONED.search(fate):
        return EventStatus.POSTPONED
    before = fate[:n_before]
    invited = _INVITED.search(before)
    # "invited his counterpart during their phone call": the call is the occasion
    # of the invitation, held; "invited him to visit" is the invited event.
    if invited is not None and not _OCCASION.search(before, invited.end()):
        return EventStatus.INVITED
    if may_hold(low[:n_around] if low else None, _ONGOING_CUES) and _ONGOING.search(
        fate[:n_around]
    ):
        return EventStatus.ONGOING
    after = folded[trigger.end : min(clause.end, trigger.end + 40)]
    near = before[max(0, min(floor, trigger.start) - lo) :]
    if _PLANNED.search(near) or _PLANNED_VERBAL.search(before) or _PLANNED_AFTER.match(after):
        return EventStatus.PLANNED
    return EventStatus.HELD


# A word that every match of the status patterns holds (lower case): of
# _CANCELLED, _POSTPONED, _INVITED, _ONGOING, _PLANNED, _PLANNED_VERBAL and
# _PLANNED_AFTER.  Where none is in a trigger's window, it was held.
_STATUS_CUES = re.compile(
    cue_pattern(
        (
            *_CANCELLED_CUES,
            *_POSTPONED_CUES,
            "invit",
            *_ONGOING_CUES,
            *("will", "shall", "would", "upcoming", "forthcoming", "scheduled", "expected"),
            *("plan", "intend", "to be held", "is to", "are to", "was to", "were to", "next"),
            *("proposed", "prepar", "set to", "due", "slated to", "poised to", "ahead of"),
            *("on the eve of", "agreed to", "looking forward"),
        )
    )
)


def lowered(window: str) -> str | None:
    """*window* lower-cased, or None where a case-insensitive pattern could
    match what lower-casing does not show (U+0130 changes length, U+017F
    matches ``s``)."""
    low = window.lower()
    if len(low) != len(window) or "\u017f" in window:
        return None
    return low


def may_hold(low: str | None, cues: Sequence[str]) -> bool:
    """Whether lower-cased *low* holds one of *cues* (always, for None)."""
    return low is None or any(cue in low for cue in cues)


def _mode(doc: Doc, trigger: Span, sentence: Span, default: EventMode | None) -> EventMode | None:
    if default is not None:
        return default
    window = doc.folded[
        max(sentence.start, trigger.start - 30) : min(sentence.end, trigger.end + 25)
    ]
    low = lowered(window)
    if low is not None and _MODE_CUES.search(low) is None:
        return None
    for pattern, cues, mode in _MODE_WORDS:
        if may_hold(low, cues) and pattern.search(window):
            return mode
    return None


# Where a venue may start: after "in", "to", "at", "visit(ed|ing)", "city of",
# "capital", "capital," or "capital of" and spaces, with or without "the"
# between.  A superset of what _PLACE_BEFORE and _CAPITAL_OF accept, on the
# lower-cased text (no word boundary: "Putin" ends in "in").
_VENUE_INTRO = r"(?:in|to|at|visit(?:ed|ing)?|city of|capital(?:,| +of)?) +(?P<the>the +)?"
_VENUE_INTRO_LOW = re.compile(_VENUE_INTRO)
_VENUE_INTRO_ANY = regex.compile(_VENUE_INTRO, regex.IGNORECASE)
# A character no gazetteer name contains nor joins across: names end before it.
# A dot is one after a word of two letters or digits ("Baku."), where it can
# end no dotted initial ("U.S.").
_BREAK = r"[^\p{L}\p{M}\d'. -]|(?<=[\p{L}\d][\p{L}\d])\."
_NAME_BREAK = regex.compile(_BREAK)
# A character a word of the gazetteer can start with.
_WORD_START = regex.compile(r"[\p{L}\d]")
_NAME_BREAK_BACK = regex.compile(_BREAK, regex.REVERSE)


class _Venues:
    """Places of the body introduced as locations (``in X``, ``to X``), found on demand.

    The gazetteer scan of the whole body is what it would find; only the
    stretches between two name breaks (commas, quotes, line ends, ...) that
    hold a possible venue inside a clause are scanned, since no name spans a
    break and the scan of a stretch finds what the whole scan finds there.
    """

    __slots__ = ("_doc", "_found", "_intros", "_mentions")

    def __init__(self, doc: Doc, mentions: Mentions) -> None:
        self._doc = doc
        self._mentions = mentions
        folded = doc.folded
        intros: list[int] = []
        low = folded.lower()
        # The context of a venue is read up to 40 characters back, before the body too.
        first = max(0, doc.body.start - 40)
        found = (
            _VENUE_INTRO_LOW.finditer(low, first, doc.body.end)
            if len(low) == len(folded) and "\u017f" not in folded
            else _VENUE_INTRO_ANY.finditer(folded, first, doc.body.end)
        )
        body_start, body_end = doc.body.start, doc.body.end
        for m in found:
            # Right after the spaces, and after "the" when it follows.
            for pos in (m.start("the"), m.end()):
                if body_start <= pos < body_end:
                    # A name starts with a capital letter or a digit (not a
                    # superscript digit, not a circled capital: no word starts
                    # there, and the stretch scanned for it would end before it).
                    # An ASCII capital or digit is a word start.
                    char = folded[pos]
                    if (char.isupper() or char.isdigit()) and (
                        char.isascii() or _WORD_START.match(char)
                    ):
                        intros.append(pos)
        self._found: dict[int, tuple[Span, Place] | None] = {}  # intro → venue
        # "held talks with his counterpart here": the dateline's city (PTI, APP).
        if " here" in low:
            city = _dateline_city(doc)
            if city is not None:
                for pos in _words_at(low, folded, "here", _HERE, doc.body):
                    # Not inside a quotation: "we are here to ..."
                    # (The paragraph's last 400 characters: linear on any input.)
                    back = max(doc.body.start, pos - 400)
                    para = folded.rfind("\n", back, pos)
                    if folded.count('"', max(para, back), pos) % 2:
                        continue
                    intros.append(pos)
                    self._found[pos] = (Span(pos, pos + 4), city)
        # "opened in the capital": the dateline's city, where it is its country's capital.
        if "the capital" in low:
            home = _dateline_capital(doc)
            if home is not None:
                for pos in _words_at(low, folded, "capital", _THE_CAPITAL, doc.body):
                    intros.append(pos)
                    self._found[pos] = (Span(pos, pos + 7), home)
        intros.sort()
        self._intros = intros

    def within(self, start: int, end: int) -> list[tuple[Span, Place]]:
        """The venues starting in ``[start, end)`` and ending by *end*, in order."""
        intros = self._intros
        out: list[tuple[Span, Place]] = []
        for i in range(bisect.bisect_left(intros, start), len(intros)):
            pos = intros[i]
            if pos >= end:
                break
            if pos not in self._found:
                self._scan(pos)
            venue = self._found[pos]
            if venue is not None and venue[0].end <= end:
                out.append(venue)
        return out

    def _scan(self, pos: int) -> None:
        """Scan the stretch between name breaks around *pos*."""
        doc = self._doc
        folded = doc.folded
        back = _NAME_BREAK_BACK.search(folded, doc.body.start, pos)
        lo = back.end() if back is not None else doc.body.start
        ahead = _NAME_BREAK.search(folded, pos, doc.body.end)
        hi = ahead.start() if ahead is not None else doc.body.end
        intros = self._intros
        first = bisect.bisect_left(intros, lo)
        # The scan reads no further than the last venue start of the stretch.
        last = intros[bisect.bisect_left(intros, hi, first) - 1]
        starts = {s: (e, place) for s, e, place in place_index().scan(folded, lo, hi, last)}
        for i in range(first, len(intros)):
            at = intros[i]
            if at >= hi:
                break
            match = starts.get(at)
            if match is not None:
                self._found[at] = self._venue(Span(at, match[0]), match[1])
            else:
                capital = _demonym_capital(folded, at, hi)
                self._found[at] = None if capital is None else self._venue(*capital)

    def _venue(self, span: Span, place: Place) -> tuple[Span, Place] | None:
        """*span* as a venue, unless its context makes it something else."""
        folded = self._doc.folded
        before = folded[max(0, span.start - 40) : span.start]
        # "in the Kazakh capital of Astana": skip a demonym between.
        if not _PLACE_BEFORE.search(before) and _CAPITAL_OF.search(before) is None:
            return None
        if _TITLE_OF_PLACE.search(before):
            return None  # "Lord Mayor of the City of London": an office, not a venue
        if folded[span.end : span.end + 1] == "-":
            return None  # "in the Kazakhstan-Korea business forum": a modifier, not a venue
        if _topic_place().search(before):
            return None  # "the situation in the Gaza Strip": a topic, not a venue
        hit = self._mentions.at(span.start, span.end)
        if hit is not None and hit.form in ("organisation", "group", "person") and hit.span != span:
            return None
        # A place inside an organisation's name ("Shanghai Cooperation Organization").
        if hit is not None and hit.form == "organisation":
            return None
        return span, place


# "here" after a verb or its object, as PTI and APP write the dateline's city:
# "held talks ... here", "arrived here on Sunday"; not "here is", "hereby".
_HERE = regex.compile(
    r"(?<=[\p{L}\d][ ])(?P<word>here)"
    r"(?=[ ]*+[,.;]|[ ]++(?:on|in|at|today|yesterday|last|this|and|for|to)\b)"
)


def _words_at(
    low: str, folded: str, word: str, pattern: regex.Pattern[str], body: Span
) -> list[int]:
    """Where *pattern* (which finds *word* in context) matches *word* in *body*.

    Found with ``str.find`` on the lower-cased text, each place then checked by
    *pattern* in a short window: a scan of the whole body by the pattern
    would try it at every position.
    """
    out: list[int] = []
    if len(low) != len(folded):
        for m in pattern.finditer(folded, body.start, body.end):
            out.append(m.start("word"))
        return out
    pos = low.find(word, body.start, body.end)
    while pos >= 0:
        lo = max(body.start, pos - 12)
        for m in pattern.finditer(folded, lo, min(body.end, pos + len(word) + 40)):
            if m.start("word") == pos:
                out.append(pos)
                break
        pos = low.find(word, pos + len(word), body.end)
    return out


def _dateline_city(doc: Doc) -> Place | None:
    """The dateline's place where it is a city, not a country."""
    if doc.dateline is None:
        return None
    for match in place_index().find(doc.folded, doc.dateline.start, doc.dateline.end):
        if country_index().get(match.text) is None:
            return match.value
        return None
    return None


# "in the capital" with no name after: the capital of the report's country.
_THE_CAPITAL = regex.compile(
    r"\b(?:[Ii]n|[Tt]o|[Aa]t)[ ]++the[ ]++(?P<word>capital)\b(?![ ]++of\b|,?[ ]++\p{Lu}|-)"
)


def _dateline_capital(doc: Doc) -> Place | None:
    """The dateline's place where it is the capital of its country, else None."""
    if doc.dateline is None:
        return None
    for match in place_index().find(doc.folded, doc.dateline.start, doc.dateline.end):
        place = match.value
        info = country(place.country) if place.country else None
        if info is not None and place_index().get(info.capital) == place:
            return place
        return None
    return None


# "the Saudi capital", "the Omani capital": a demonym, then "capital" not
# followed by the city's own name ("the Kazakh capital of Astana", read as Astana).
_DEMONYM_CAPITAL = regex.compile(
    r"(?P<demonym>\p{Lu}[\p{L}\p{M}-]*+(?:[ ]\p{Lu}[\p{L}\p{M}-]*+)?)[ ]capital\b"
    r"(?![ ]++of\b|,?[ ]++\p{Lu}|-)"
)


def _demonym_capital(folded: str, pos: int, end: int) -> tuple[Span, Place] | None:
    """The capital meant by ``<Demonym> capital`` at *pos*, as a place."""
    stop = min(end, pos + 80)  # a match with a far end seeks "capital" all the way there
    if folded.find(" capital", pos, stop) < 0:
        return None
    found = _DEMONYM_CAPITAL.match(folded, pos, stop)
    if found is None:
        return None
    form = country_index().get(found.group("demonym"))
    if form is None or form.form != "demonym":
        return None
    info = country(form.alpha3)
    if info is None or not info.capital:
        return None
    place = place_index().get(info.capital) or Place(name=info.capital, country=form.alpha3)
    return Span(found.start(), found.end()), place


# "the" and a capitalised name right after a visit word: a place or a site.
_SITE = regex.compile(r"[ ]++the[ ]++(?=\p{Lu})")
# The one called on, as a courtesy call: a pronoun, or a titled or named person.
_CALL_ON_OBJECT = regex.compile(
    r"[ ]++(?:him|her|(?:the[ ]++)?(?:President|Prime[ ]Minister|Premier|King|Emir|Sultan"
    r"|Crown[ ]Prince|Chancellor|Speaker|Chairman|Vice[ ]President)\b)"
    r"(?:[ ]++(?:of[ ]++)?(?:the[ ]++)?\p{Lu}[\p{L}\p{M}'.-]*+){0,6}+"
)
# "... to refrain", "... to ensure": an appeal, not a visit.  Up to a comma.
_TO_VERB = regex.compile(r"[^,.;:]{0,60}?\bto[ ]++\p{Ll}")
# What follows a verb used without an object: where or when.
_INTRANSITIVE_AFTER = regex.compile(
    r"[ ]++(?:in|on|at|last|this|next|yesterday|today|earlier|later)\b", regex.I
)
# "established on April 6, 1992", "established in 1992".
_INDEFINITE = regex.compile(r"\b(?:a|an)\b", regex.I)
_ESTABLISHED_WHEN = regex.compile(r"[ ]++(?:on|in)[ ]++[\p{Lu}\d]")


@functools.cache
def _relations_before() -> regex.Pattern[str]:
    """A noun of ``data/event_relations_nouns.txt``, up to eight words (no comma but
    one at the end: an apposition), then the end."""
    nouns = "|".join(regex.escape(w) for w in load_words("event_relations_nouns.txt"))
    return regex.compile(
        rf"\b(?:{nouns})(?:[ ]++[\p{{L}}\d-]++){{0,8}}?,?[ ]++$",
        regex.IGNORECASE | regex.REVERSE,  # from the end, as _GENERIC_BEFORE
    )


@functools.cache
def _round_of() -> regex.Pattern[str]:
    """After ``round of``: up to three words, then a noun of ``data/event_round_nouns.txt``."""
    nouns = "|".join(regex.escape(w) for w in load_words("event_round_nouns.txt"))
    return regex.compile(
        rf"[ ]++(?:the[ ]++)?(?:[\p{{L}}\d\"-]++[ ]++){{0,3}}?(?:{nouns})(?![\p{{L}}\d])",
        regex.IGNORECASE,
    )


@functools.cache
def _topic_place() -> regex.Pattern[str]:
    """A topic noun of ``data/event_topic_nouns.txt`` and ``in``, just before a place."""
    nouns = "|".join(regex.escape(w) for w in load_words("event_topic_nouns.txt"))
    return regex.compile(
        rf"(?<![\p{{L}}-])(?:{nouns})[ ]++in[ ]++(?:the[ ]++)?$",
        regex.IGNORECASE | regex.REVERSE,  # from the end, as _GENERIC_BEFORE
    )


# After a bare "round": the end of its phrase or "of which" ("the next round of
# which is scheduled"), not "of sanctions", "table", "trip".
_ROUND_AFTER = regex.compile(r"(?:[ ]++of[ ]++which\b|[ ]*+[,.;:)]|[ ]++(?:is|was|will|would)\b)")


@functools.cache
def _round_back() -> regex.Pattern[str]:
    """``the next``, ``the upcoming`` (``data/event_round_words.txt``) before a bare round."""
    body = _alternation("event_round_words.txt")
    return regex.compile(
        rf"\b(?:the|this|a)[ ]++(?:{body})[ ]++$",
        regex.IGNORECASE | regex.REVERSE,  # from the end, as _TOPIC_BEFORE
    )


@functools.cache
def _sentence_opening(name: str) -> regex.Pattern[str]:
    """A sentence opening with a phrase of ``data/<name>``.

    ``event_sequence_words.txt``: ``Earlier,``, ``Later``;
    ``event_following_words.txt``: ``Following the ...``.
    """
    body = _alternation(name)
    return regex.compile(rf"[ ]*+(?:{body})(?![\p{{L}}-])", regex.IGNORECASE)


_WORD_AFTER = regex.compile(r"[ ]*+(\p{L}++)")


@functools.cache
def _partner_to() -> regex.Pattern[str]:
    """``talking to`` (``data/event_partner_verbs.txt``) just before a mention: a partner."""
    body = _alternation("event_partner_verbs.txt")
    return regex.compile(
        rf"(?<![\p{{L}}-])(?:{body})[ ]++to[ ]++(?:the[ ]++)?$",
        regex.IGNORECASE | regex.REVERSE,  # from the end, as _TOPIC_BEFORE
    )


@functools.cache
def _pair_words() -> regex.Pattern[str]:
    """A phrase of ``data/event_pair_words.txt``: ``both countries``, ``the two sides``."""
    body = _alternation("event_pair_words.txt")
    return regex.compile(rf"(?<![\p{{L}}-])(?:{body})(?![\p{{L}}-])", regex.IGNORECASE)


def _choose_place(places: list[tuple[Span, Place]], trigger: Span) -> tuple[Span, Place] | None:
    if not places:
        return None
    after = [p for p in places if p[0].start >= trigger.start]
    pool = after or places
    best = min(pool, key=lambda p: abs(p[0].start - trigger.end))
    # Prefer a city of the same country that follows closely ("to the capital of
    # the Kyrgyz Republic, the city of Bishkek").
    if country_index().get(best[1].name) is not None:
        for span, place in pool:
            if (
                span.start > best[0].start
                and span.start - best[0].end < 40
                and place.country == best[1].country
                and country_index().get(place.name) is None
            ):
                return span, place
    return best


def _choose_when(
    doc: Doc,
    timexes: Sequence[When],
    starts: Sequence[int],
    clause: Span,
    sentence: Span,
    trigger: Span,
    others: Sequence[int] = (),
) -> When | None:
    """The time expression of the clause nearest the trigger (*starts*: the timexes' starts).

    A date after another event's trigger (*others*: the starts of the
    sentence's trigger words) is that event's: "discussed the summit in a
    phone call on Wednesday".  A date that bounds a span ("since 2022",
    "until 2030") dates no event.
    """
    lo = bisect.bisect_left(starts, sentence.start)
    hi = bisect.bisect_left(starts, sentence.end)
    folded = doc.folded
    usable = [
        t
        for t in timexes[lo:hi]
        if t.precision not in (Precision.REF,)
        and not t.timex.endswith("_REF")
        and not _BOUND_BEFORE.search(folded, max(0, t.span.start - 8), t.span.start)
        # The dateline's date is the report's, not an event's ("MOSCOW (Sputnik -
        # 04th March, 2026) ... discussed the summit"): see lead_when.
        and not (doc.dateline is not None and doc.dateline.contains(t.span))
    ]
    if not usable:
        return None
    inside = [
        t
        for t in usable
        if clause.start <= t.span.start < clause.end
        and not any(trigger.end <= o < t.span.start for o in others)
    ]
    if not inside:
        return None
    return min(
        inside,
        key=lambda t: (
            abs(t.span.start - trigger.end)
            if t.span.start >= trigger.start
            else abs(trigger.start - t.span.end) + 15
        ),
    )


def _participants(
    doc: Doc,
    mentions: Mentions,
    clause: Span,
    trigger: Span,
    kind: EventKind,
    place: Place | None,
    diagnostics: list[Diagnostic],
    elsewhere: Sequence[Span] = (),
) -> list[Actor]:
    """Who takes part, from the mentions of the trigger's clause.

    Mentions inside the name of another event of the sentence (*elsewhere*:
    "on the eve of the session of the UN General Assembly, X met Y") are
    that event's, not this one's.
    """
    folded = doc.folded
    found = mentions.within(clause.start, clause.end)
    if elsewhere:
        found = [m for m in found if not any(e.contains(m.span) for e in elsewhere)]
    actors: list[Actor] = []
    if kind in _SPEECH_KINDS:
        # The one interviewed: the nearest person (or speaker) mention.
        persons = [m for m in found if m.form in ("person", "first_person")]
        if persons:
            nearest = min(persons, key=lambda m: abs(m.span.start - trigger.start))
            return list(nearest.actors)
        earlier = [m for m in found if m.span.end <= trigger.start and m.actors]
        if earlier:
            return list(earlier[-1].actors)
        speaker = speaker_state_at(mentions, trigger.start)
        return [actor_of_code(speaker)] if speaker else []
    for m in found:
        if m.contested:
            diagnostics.append(
                Diagnostic(
                    "events.participant.contested",
                    f"{doc.text[m.span.start : m.span.end]!r} is a contested or former "
                    "entity; it is not given a state code",
                    m.span,
                    Severity.INFO,
                )
            )
            continue
        if m.form not in ("person", "first_person"):
            before = folded[max(clause.start, m.span.start - 25) : m.span.start]
            # "visit to China": the host is a participant all the same.
            if (
                _may_end_topic(before)
                and _TOPIC_BEFORE.search(before)
                and not (kind in _HOSTED_KINDS and _HOST_BEFORE.search(before))
                and not _partner_to().search(before)
            ):
                continue
        actors.extend(m.actors)
    speaker = speaker_state_at(mentions, trigger.start)
    if speaker is not None and _FIRST_PERSON.search(doc.text, clause.start, clause.end):
        actors.append(actor_of_code(speaker))
    if kind in _HOSTED_KINDS and place is not None and place.country:
        actors.append(state_actor(place.country))
    seen: set[str] = set()
    out: list[Actor] = []
    for actor in actors:
        key = actor.name if actor.kind is ActorKind.ORGANISATION else (actor.country or actor.name)
        if key in seen:
            continue
        seen.add(key)
        out.append(actor)
    return out


def _specific(
    doc: Doc, trigger: Trigger, span: Span, clause: Span, draft_has: bool, name: str | None
) -> str:
    """``event``, ``anaphor`` or ``generic`` for one trigger mention."""
    folded = doc.folded
    before = folded[max(clause.start, span.start - 40) : span.start]
    if trigger.role == "anaphor":
        return "anaphor"
    if trigger.role == "plural":
        if _GENERIC_BEFORE.search(before):
            return "generic"
        after = folded[span.end : min(clause.end, span.end + 40)]
        if _HELD_BEFORE.search(before):
            return "event"
        if _POSSESSIVE_BEFORE.search(before) and (
            _PLACE_AFTER.match(folded, span.end, clause.end) is not None
        ):
            return "event"  # "his consultations in Doha last week"
        if _WITH_SOMEONE.match(after):
            return "event"
        return "generic"
    if trigger.role == "noun":
        if _GENERIC_BEFORE.search(before) and name is None:
            return "generic"
        if (
            name is None
            and _DEFINITE.search(before)
            and not draft_has
            and not _SEQUENCE.search(before)
            # "the meeting between Lavrov and Rubio in Riyadh": its own partners.
            and not _BETWEEN_SOMEONE.match(folded, span.end, clause.end)
        ):
            return "anaphor"
    return "event"


def lead_when(doc: Doc) -> When | None:
    """The report's own date, for a held event in its lead sentence."""
    if doc.anchor is None:
        return None
    evidence = doc.dateline or doc.date_header
    if evidence is None:
        return None
    day: datetime.date = doc.anchor
    return When(
        span=evidence,
        text=doc.text[evidence.start : evidence.end],
        timex=day.isoformat(),
        precision=Precision.DAY,
        start=day,
        end=day,
        anchored=True,
    )


def _same_name(a: str, b: str) -> bool:
    """Names of one event: equal, or one inside the other ("Board of Governors")."""
    x, y = a.lower(), b.lower()
    return x == y or x in y or y in x


def _compatible(
    a: _Draft, b: _Draft, anaphor: bool = False, anchor: datetime.date | None = None
) -> bool:
    """Whether *a* and *b* can be one event (place, date, status, name, who).

    An event under way on the report's day (*anchor*) is no event that ended
    weeks before it: "who is on a three-day official visit to India" and
    "last visited India in December 2021".
    """
    if (a.status is EventStatus.ONGOING and _long_before(b.when, anchor)) or (
        b.status is EventStatus.ONGOING and _long_before(a.when, anchor)
    ):
        return False
    if a.name and b.name and _same_name(a.name, b.name) and not (a.sequel or b.sequel):
        return True
    if a.place is not None and b.place is not None and a.place.name != b.place.name:
        if a.place.country != b.place.country:
            return False
        # A city and its country are compatible ("Astana", "Kazakhstan").
        if country_index().get(a.place.name) is None and country_index().get(b.place.name) is None:
            return False
    if a.when is not None and b.when is not None:
        x, y = a.when.timex, b.when.timex
        if not (x.startswith(y) or y.startswith(x)):
            return False
    planned = (EventStatus.PLANNED, EventStatus.INVITED)
    if (a.status in planned) != (b.status in planned):
        return False
    if anaphor or a.kind in _NAMED_KINDS:
        return not (a.name and b.name and not _same_name(a.name, b.name))
    if a.name and b.name and not _same_name(a.name, b.name):
        return False
    sa, sb = set(a.codes), set(b.codes)
    return not (sa and sb and not (sa <= sb or sb <= sa))


def _merge(into: _Draft, new: _Draft) -> None:
    into.mentions.append(new.span)
    if new.anaphor:
        # A repeated mention adds where and when, never who: its clause is
        # about something else ("the meeting at the UN headquarters").
        if into.place is None:
            into.place = new.place
        if into.when is None:
            into.when = new.when
        return
    if into.place is None:
        into.place = new.place
    if into.when is None or (
        new.when is not None and len(new.when.timex) > len(into.when.timex) and not new.anaphor
    ):
        into.when = new.when if new.when is not None else into.when
    if into.mode is None:
        into.mode = new.mode
    if new.name and (not into.name or len(new.name) > len(into.name)):
        if into.name and into.kind in _NAMED_KINDS and new.codes:
            # The fuller name's mention says who takes part ("the IAEA Board
            # of Governors meeting" rather than "the Board of Governors meeting").
            into.actors, into.codes = list(new.actors), list(new.codes)
        into.name = new.name
    for actor in new.actors:
        key = participant_codes([actor])
        if not key & set(into.codes):
            into.actors.append(actor)
            into.codes.extend(key)


def events(
    doc: Doc,
    timexes: tuple[When, ...],
    statements: tuple[Statement, ...],
    mentions: Mentions | None = None,
) -> tuple[tuple[Event, ...], tuple[Diagnostic, ...]]:
    """Every diplomatic event in *doc*, repeated mentions merged.

    *mentions* are the participant mentions of *doc* when the caller has them
    already (``parse`` finds them once for events and agreements).
    """
    diagnostics: list[Diagnostic] = []
    starts = [t.span.start for t in timexes]  # timexes come in text order
    if mentions is None:
        mentions = find_mentions(doc, statements)
    drafts: list[_Draft] = []
    folded = doc.folded
    table = _triggers()
    pattern = _trigger_regex()
    venues = _Venues(doc, mentions)
    dateline_place = _dateline_place(doc)
    cands = word_starts(folded, _trigger_firsts())
    # Where lower-casing keeps offsets (word_starts found the candidates),
    # an ASCII sentence is matched in the standard engine on the lower case.
    low = folded.lower() if cands is not None else None
    ascii_pattern = _trigger_regex_ascii()
    lead = doc.sentences[0] if doc.sentences else None
    if doc.dateline is not None:
        lead = next((s for s in doc.sentences if s.end > doc.dateline.end), lead)
    for sentence in doc.sentences:
        in_sentence: list[_Draft] = []
        context: list[_Draft] = []  # earlier events this sentence refers back to
        covered = sentence.start
        raw: list[regex.Match[str]] | list[re.Match[str]]
        if low is not None and folded[max(0, sentence.start - 1) : sentence.end + 1].isascii():
            raw = phrase_matches(ascii_pattern, low, cands, sentence.start, sentence.end, _LOOKBACK)
        else:
            raw = phrase_matches(pattern, folded, cands, sentence.start, sentence.end, _LOOKBACK)
        for m in raw:
            span = Span(m.start(), m.end())
            if span.start < covered:
                continue  # a word inside the name of an event found just before
            found_trigger: Trigger | None
            if m.group("cop"):
                found_trigger = Trigger(
                    "cop", EventKind.CONFERENCE, "044", "CONSULT/third-party", "noun", None
                )
            else:
                found_trigger = table.get(" ".join(m.group("word").lower().split()))
            if found_trigger is None:
                continue
            trigger = found_trigger
            own_end = span.end  # the end of this mention's own words
            talks_place: Place | None = None
            if trigger.role == "call" and not _CALL_OBJECT.match(folded, span.end, span.end + 12):
                continue
            if trigger.kind is EventKind.VISIT and trigger.role in ("noun", "verb"):
                # "to visit the Alley of Martyrs": a site on a visit, not a visit.
                site = _SITE.match(folded, span.end, min(sentence.end, span.end + 12))
                if (
                    site is not None
                    and not any(
                        v.start == site.end()
                        for v, _p in venues.within(site.end(), site.end() + 80)
                    )
                    and mentions.at(site.end(), site.end() + 1) is None
                ):
                    continue
            if trigger.role == "callon":
                # "called on him at the PM House"; not "called on the sides to refrain".
                obj = _CALL_ON_OBJECT.match(folded, span.end, min(sentence.end, span.end + 160))
                if obj is None or _TO_VERB.match(
                    folded, obj.end(), min(sentence.end, obj.end() + 80)
                ):
                    continue
                trigger = attrs.evolve(trigger, role="verb")
            if trigger.role == "part":
                continue  # "spoke at the opening ceremony of the forum": the forum's
            if trigger.role == "travel":
                # "is expected to travel to Budapest later this year": a visit to the
                # place named right after; not "will travel to North Florida", nor a
                # leg of a visit to that country the sentence tells of ("who arrived
                # in New Delhi on a three-day visit, will travel to Mumbai").
                dest = next(
                    (
                        p
                        for v, p in venues.within(span.end, min(sentence.end, span.end + 60))
                        if v.start - span.end <= 5
                    ),
                    None,
                )
                if dest is None or any(
                    d.kind is EventKind.VISIT and d.place and d.place.country == dest.country
                    for d in in_sentence
                ):
                    continue
                trigger = attrs.evolve(trigger, role="verb")
            if trigger.role == "intransitive":
                # "the commission had convened in Budapest last week"; not "convened a meeting".
                if not _INTRANSITIVE_AFTER.match(
                    folded, span.end, min(sentence.end, span.end + 20)
                ):
                    continue
                trigger = attrs.evolve(trigger, role="verb")
            if trigger.role == "relations":
                # "relations between the two countries were established on ...".
                if not _ESTABLISHED_WHEN.match(folded, span.end, min(sentence.end, span.end + 20)):
                    continue
                noun = _relations_before().search(
                    folded, max(sentence.start, span.start - 80), span.start
                )
                # No other subject between: "relations grew and a fund was established".
                if noun is None or _INDEFINITE.search(noun.group()):
                    continue
                trigger = attrs.evolve(trigger, role="verb")
            if trigger.role == "round":
                # "the next round of political consultations": talks; "a round of sanctions": none.
                rest = _round_of().match(folded, span.end, min(sentence.end, span.end + 60))
                if rest is not None:
                    covered = own_end = rest.end()  # the noun after is this mention
                    trigger = attrs.evolve(trigger, role="noun")
                elif _round_back().search(
                    folded, max(sentence.start, span.start - 20), span.start
                ) and _ROUND_AFTER.match(folded, span.end, min(sentence.end, span.end + 12)):
                    # "the upcoming round, which ...", "the next round of which":
                    # the talks reported before, if any.
                    trigger = attrs.evolve(trigger, role="anaphor")
                else:
                    continue
            if trigger.role == "receive" and not _RECEIVE_OBJECT.match(
                folded, span.end, span.end + 20
            ):
                continue
            if trigger.role == "receive" and pattern.search(folded, span.end, span.end + 40):
                continue  # "Azerbaijan hosted the COP29": the host of another event
            if trigger.phrase == "session" and not _SESSION_OF.match(
                folded, span.end, span.end + 12
            ):
                trigger = attrs.evolve(trigger, role="anaphor")
            clause, relative = _clause(doc, sentence, span)
            kind = trigger.kind
            name_text: str | None = None
            start = span.start
            name_end = span.end
            if trigger.role in ("noun", "plural") and kind in (
                EventKind.MEETING,
                EventKind.SUMMIT,
                EventKind.CONFERENCE,
                EventKind.TALKS,
            ):
                named = _name_before(folded, span.start, sentence.start)
                of_name = _OF_NAME.match(folded, span.end, clause.end)
                if named is not None and (
                    named[0] > sentence.start or folded[span.start].isupper()
                ):
                    name_text = named[1]
                    start = named[0]
                if folded[span.start].isupper():
                    more = _NAME_AFTER.match(folded, span.end, clause.end)
                    if more is not None:
                        tail_text = _trim_connectors(more.group())
                        if tail_text:
                            covered = span.end + len(more.group()) - len(more.group().lstrip())
                            covered += len(tail_text)
                            name_end = max(name_end, covered)
                            name_text = (name_text or folded[span.start : span.end]) + (
                                " " + tail_text
                            )
                if of_name is not None:
                    name_end = max(name_end, of_name.end())
                if of_name is not None and kind in (
                    EventKind.MEETING,
                    EventKind.SUMMIT,
                    EventKind.CONFERENCE,
                ):
                    name_text = (name_text + " " if name_text else "") + of_name.group("name")
                    # A trigger word inside the name is this event's ("the Beijing
                    # Summit of the Forum on ..."), not another event.
                    covered = own_end = max(covered, of_name.end())
                if kind is EventKind.MEETING:
                    tail = folded[span.end : min(clause.end, span.end + 80)]
                    if (name_text and _LEADERS.search(name_text)) or (_OF_LEADERS.match(tail)):
                        kind = EventKind.SUMMIT
                    elif (
                        name_text
                        and _BODY_WORDS.search(name_text)
                        and not _pair_named(
                            folded, mentions, of_name.start("name") if of_name else start
                        )
                    ):
                        # "meeting of the UN Security Council": a conference;
                        # "meeting of the Azerbaijan-Hungary Intergovernmental
                        # Commission", a body of two states: a bilateral meeting.
                        kind = EventKind.CONFERENCE
                    elif trigger.role == "noun" and (
                        _organisation_before(folded, mentions, span)
                        or (
                            of_name is not None
                            and _organisation_at(mentions, of_name.start("name"))
                        )
                    ):
                        # "the ASEAN Foreign Ministers' Meeting", "the Russia-ASEAN
                        # ministerial meeting", "the meeting of the BRICS foreign
                        # ministers": a meeting of an organisation.
                        kind = EventKind.CONFERENCE
                if kind is EventKind.TALKS and name_text and not folded[span.start].isupper():
                    # "Jaishankar-Blinken talks": a description, not a name; "the
                    # Istanbul talks": named after where they were held.
                    talks_place = _named_city(name_text)
                    name_text = None
            if trigger.role == "plural" and _in_document_title(folded, span):
                continue
            # A generic mention is dropped before its status, place and date are read.
            role = _specific(doc, trigger, span, clause, bool(in_sentence), name_text)
            if role == "generic":
                continue
            floor = max((o.end() for o in raw if o.end() <= span.start), default=0)
            status = _status(doc, clause, span, floor)
            if (
                status is EventStatus.HELD
                and relative is not None
                and _PLANNED.search(folded, relative.start, relative.end)
            ):
                status = EventStatus.PLANNED  # "the summit, which will take place in ..."
            if status is EventStatus.PLANNED and (
                _HELD_AFTER.match(folded, name_end, clause.end)
                or (
                    relative is not None
                    and _WAS_HELD.search(folded, relative.start, relative.end) is not None
                )
            ):
                # "to implement the outcomes of the summit held in May", "preparations
                # for the meeting of the commission, which was held in Dushanbe".
                status = EventStatus.HELD
            where = _sidelines(doc, sentence, clause)
            places = venues.within(where.start, where.end)
            chosen = _choose_place(places, span)
            # A call has no place: "last met in Tashkent and spoke by phone after that".
            place = chosen[1] if chosen and kind is not EventKind.PHONE_CALL else None
            if place is None and kind in _NAMED_KINDS:
                place = _host_or_named_place(doc, mentions, span, name_text)
            elif (
                place is not None
                and name_text
                and kind in _NAMED_KINDS
                and country_index().get(place.name) is not None
            ):
                # "the Antalya Diplomacy Forum in Turkiye": the city of its own
                # name, in the country the clause gives, is the more precise place.
                named_city = _city_in_name(name_text)
                if named_city is not None and named_city.country == place.country:
                    place = named_city
            if place is None and kind in _NAMED_KINDS:
                # "the informal summit of the OTS that Budapest hosted in May".
                host_after = _HOSTED_AFTER.match(folded, name_end, clause.end)
                if host_after is not None:
                    place = next(
                        (
                            m.value
                            for m in place_index().find(
                                folded, host_after.start("host"), host_after.end("host")
                            )
                        ),
                        None,
                    )
            if place is None:
                place = talks_place
            if place is None and kind is EventKind.ELECTION:
                # "after the completion of the elections", said by an official.
                voter = speaker_state_at(mentions, span.start)
                if voter is not None and not voter.startswith("org:"):
                    place = Place(name=state_actor(voter).name, country=voter)
            if place is None and kind is EventKind.VISIT:
                # "to visit our country": the speaker's state.
                ours = _OUR_COUNTRY.match(folded, span.end, span.end + 30)
                speaker = speaker_state_at(mentions, span.start) if ours else None
                if speaker is not None and not speaker.startswith("org:"):
                    host = state_actor(speaker)
                    place = Place(name=host.name, country=speaker)
            # Not a verb that tells no event of its own: "the summit that Budapest
            # hosted in May" is dated by what follows "hosted".
            others = [
                o.start()
                for o in raw
                if not span.start <= o.start() < own_end and not _host_verb(table, o, folded)
            ]
            when = _choose_when(doc, timexes, starts, where, sentence, span, others)
            if (
                status in _PLANNED_STATUSES
                and when is not None
                and when.span.end <= span.start
                and _long_before(when, doc.anchor, 0)
            ):
                # "signed during the visit ... in May 2023, and discussed preparations
                # for the 20th meeting ... scheduled to be held in Tehran next month":
                # a planned event's own date follows it.
                ahead = _choose_when(
                    doc, timexes, starts, Span(span.end, where.end), sentence, span, others
                )
                if ahead is not None and not _long_before(ahead, doc.anchor, 0):
                    when = ahead
            if kind in _SPEECH_KINDS and when is not None and when.span.start < span.start:
                when = None  # "ready to sign ... this year, he said in an interview"
            if (
                status in _PLANNED_STATUSES
                and when is not None
                and when.anchored
                and _long_before(when, doc.anchor, 0)
            ):
                # "Last year we held ..., and the next summit will ...": a date the
                # report's own day puts in the past dates no planned event.  A full
                # date stands ("will establish relations as of January 1, 1979").
                when = None
            if (
                when is not None
                and when.span.start < span.start
                and folded[when.span.end : span.start].count(",") > 1
            ):
                when = None
            if (
                status is EventStatus.HELD
                and when is not None
                and when.anchored
                and when.start is not None
                and doc.anchor is not None
                and when.start > doc.anchor
            ):
                # "China will take over the presidency and host the summit next
                # year": an occurrence the report's own day puts wholly ahead is
                # planned, whatever cue its verb lacks.
                status = EventStatus.PLANNED
            if role == "anaphor":
                # Only what follows closely belongs to a repeated mention, or
                # all its clause where it is the subject of an occurrence
                # ("the summit was expected to take place in Russia in ...").
                # "the meeting of the joint commission on trade and economic
                # cooperation in Harare next week": its complement is its own.
                reach = 110 if folded.startswith(" of ", span.end) else 60
                near = Span(span.start, min(clause.end, span.end + reach))
                if _relative_occurrence().match(folded, span.end, clause.end):
                    near = clause
                elif relative is not None and not any(
                    span.end <= o.start() < relative.start for o in raw
                ):
                    # "the visit of the minister to Tokyo, which is scheduled for
                    # March": the relative clause of occurrence says when.
                    near = Span(span.start, clause.end)
                if chosen is not None:
                    place = next((p for s_, p in places if near.contains(s_)), None)
                if when is not None and not near.contains(when.span):
                    when = None
            elsewhere = [d.span for d in in_sentence[-_LOOKBACK:] if not d.span.overlaps(span)]
            actors = _participants(doc, mentions, clause, span, kind, place, diagnostics, elsewhere)
            cameo, plover = trigger.cameo, trigger.plover
            if status in (EventStatus.PLANNED, EventStatus.INVITED) and kind in (
                EventKind.MEETING,
                EventKind.VISIT,
                EventKind.TALKS,
            ):
                cameo = "036"
            ev_span = Span(min(start, span.start), max(span.end, name_end))
            draft = _Draft(
                kind=kind,
                trigger=trigger,
                span=ev_span,
                sentence=sentence,
                status=status,
                mode=_mode(doc, span, sentence, trigger.mode),
                codes=sorted(participant_codes(actors)),
                actors=actors,
                place=place,
                when=when,
                name=name_text,
                anaphor=role == "anaphor",
                mentions=[ev_span],
                sequel=_OTHER_OCCURRENCE.search(folded, max(0, ev_span.start - 30), ev_span.start)
                is not None,
                reach=(
                    clause.end
                    if "which" in folded[clause.end : clause.end + 16]
                    and _TOPIC_RELATIVE.match(folded, clause.end, clause.end + 24)
                    else sentence.end
                ),
            )
            if cameo != trigger.cameo or plover != trigger.plover:
                draft.trigger = attrs.evolve(trigger, cameo=cameo, plover=plover)
            if trigger.role == "plural" and _SEPARATE.search(
                folded, max(0, span.start - 12), span.start
            ):
                # "held separate meetings with A, B and C": one event per partner.
                parts = _separate(doc, mentions, clause, span, draft)
                if len(parts) > 1:
                    for part in parts:
                        part.order = len(drafts)
                        drafts.append(part)
                        in_sentence.append(part)
                    continue
            # Same kind twice in one sentence: one event ("arrived ... for a visit").
            twin = next(
                (
                    d
                    for d in in_sentence[-_LOOKBACK:]
                    if d.kind == kind
                    and _compatible(d, draft, anchor=doc.anchor)
                    and (draft.anaphor or (d.name or "").lower() == (draft.name or "").lower())
                ),
                None,
            )
            if twin is not None:
                _merge(twin, draft)
                continue
            if draft.anaphor:
                family = _FAMILY.get(kind, (kind,))
                recent = drafts[-_LOOKBACK:]
                target = next(
                    (
                        d
                        for d in reversed(recent)
                        if d.kind in family and _compatible(d, draft, True, doc.anchor)
                    ),
                    None,
                )
                if target is None and draft.place is None and draft.when is None:
                    # A bare repeated mention refers to the latest event of its
                    # family; one with its own place or date that fits none
                    # ("his talks with Xi in Beijing last autumn") is another event.
                    # One held, if it is held: "At the meeting" after "will host the
                    # summit next year" is the summit held, not the planned one.
                    kin = [d for d in reversed(recent) if d.kind in family]
                    planned = draft.status in _PLANNED_STATUSES
                    target = next(
                        (d for d in kin if (d.status in _PLANNED_STATUSES) == planned),
                        kin[0] if kin else None,
                    )
                if target is None:
                    target = next(
                        (d for d in reversed(in_sentence[-_LOOKBACK:]) if d.kind in family), None
                    )
                sequel = (
                    trigger.phrase in ("round", "round of")
                    and target is not None
                    and draft.status in _PLANNED_STATUSES
                    and target.status not in _PLANNED_STATUSES
                )
                if target is not None and not sequel:
                    _merge(target, draft)
                    context.append(target)
                    continue
                if trigger.role == "anaphor" and not sequel:
                    continue
                # "held a round of talks ... the next round would take place in the
                # near future": the next round of held talks is another, planned one.
                draft.anaphor = False
            target = next(
                (
                    d
                    for d in reversed(drafts[-_LOOKBACK:])
                    if d.kind == kind
                    and _compatible(d, draft, anchor=doc.anchor)
                    and _same_thing(d, draft, folded)
                ),
                None,
            )
            if target is not None:
                _merge(target, draft)
                continue
            vague = not draft.codes and draft.place is None and draft.when is None
            if vague and not name_text and trigger.role == "plural":
                continue
            draft.order = len(drafts)
            drafts.append(draft)
            in_sentence.append(draft)
        # Events of one sentence share where and when they happened
        # ("Within the framework of the visit, ... the summit").
        for d in in_sentence[:_LOOKBACK]:
            for other in [*in_sentence[:_LOOKBACK], *context[:_LOOKBACK]]:
                if other is d:
                    continue
                if d.reach < d.sentence.end and other.span.start >= d.reach:
                    continue  # "held a meeting at which they discussed the summit in Lisbon"
                if other in context and d.kind not in _GATHERINGS:
                    continue
                if other in context and other.kind is EventKind.VISIT:
                    # "During the visit, the Head of State will hold talks with
                    # Macron": the visitor and the host take part.
                    for actor in other.actors:
                        key = participant_codes([actor])
                        if actor.kind is ActorKind.STATE and not key & set(d.codes):
                            d.actors.append(actor)
                            d.codes.extend(key)
                if other not in context and (d.status in _PLANNED_STATUSES) != (
                    other.status in _PLANNED_STATUSES
                ):
                    continue  # "preparations for the summit in a phone call on Wednesday"
                if (
                    d.place is None
                    and other.place is not None
                    and d.kind not in _SPEECH_KINDS
                    and d.kind is not EventKind.PHONE_CALL
                ):
                    # "met with X, who is on an official visit to Azerbaijan",
                    # datelined Baku: the meeting took place in Baku.  A call has
                    # no place ("last met in Dushanbe and had a telephone
                    # conversation after that").
                    d.place = (
                        _in_city(other.place, dateline_place)
                        if d.kind is not other.kind
                        else other.place
                    )
                if (
                    d.when is None
                    and other.when is not None
                    and d.kind not in _SPEECH_KINDS
                    and not (
                        # "signed during the visit ... in May 2023, and discussed
                        # preparations for the meeting scheduled ...": a planned
                        # event takes no date the report puts in the past.
                        d.status in _PLANNED_STATUSES
                        and other.when.anchored
                        and _long_before(other.when, doc.anchor, 0)
                    )
                ):
                    d.when = other.when
    if doc.title is not None and drafts:
        _headline(doc, doc.title, drafts, mentions, pattern, table, cands)
    _inherit(doc, drafts, lead, dateline_place, timexes)
    _summit_states(mentions, drafts, lead)
    _dated_by_closing_line(doc, drafts, timexes, mentions)
    _sidelines_attendees(doc, drafts)
    return tuple(_freeze(doc, d) for d in drafts), tuple(diagnostics)


def _headline(
    doc: Doc,
    title: Span,
    drafts: list[_Draft],
    mentions: Mentions,
    pattern: regex.Pattern[str],
    table: dict[str, Trigger],
    cands: list[int] | None,
) -> None:
    """A headline that tells of one event names its participants.

    "Kazakh, Uzbek presidents hold phone talks" over "Kassym-Jomart Tokayev
    held a telephone conversation with Shavkat Mirziyoyev": the headline is a
    mention of the body's first event of its kind, and its states and
    organisations take part in it.  The headline adds no event of its own.
    """
    found = [
        (m, trigger)
        for m in phrase_matches(pattern, doc.folded, cands, title.start, title.end)
        if m.group("word")
        and (trigger := table.get(" ".join(m.group("word").lower().split()))) is not None
    ]
    if len(found) != 1:
        return  # none, or several events: whose participants are whose is unclear
    m, trigger = found[0]
    family = _FAMILY.get(trigger.kind, (trigger.kind,))
    target = next((d for d in drafts if d.kind in family), None)
    if target is None:
        return
    span = Span(m.start(), m.end())
    target.mentions.append(span)
    named = participant_codes(
        [a for t in mentions.within(title.start, title.end) for a in t.actors]
    )
    if named <= set(target.codes):
        return  # the headline names no one the body's event lacks
    # The headline is the trigger's clause: topics ("consultations on
    # Afghanistan") and destinations ("Ambassadors to Europe and US") are cut
    # as in the body; the body reports any contested entity.
    for actor in _participants(doc, mentions, title, span, trigger.kind, None, []):
        key = participant_codes([actor])
        if key and not key & set(target.codes):
            target.actors.append(actor)
            target.codes.extend(key)


def _same_thing(a: _Draft, b: _Draft, folded: str) -> bool:
    """Whether two specific mentions of one kind are the same occurrence."""
    if a.name and b.name:
        return _same_name(a.name, b.name)
    if a.kind in _NAMED_KINDS:
        return bool(a.name or b.name) or a.place == b.place
    if a.kind in (EventKind.INTERVIEW, EventKind.ELECTION, EventKind.PHONE_CALL):
        return True
    sa, sb = set(a.codes), set(b.codes)
    if (
        not sb
        and b.place is None
        and b.when is None
        and not b.name
        and not _sentence_opening("event_sequence_words.txt").match(
            folded, b.sentence.start, b.span.start
        )
    ):
        # "The two leaders also met one on one": nothing of its own tells it
        # from the meeting before ("Meeting between X and Y is underway"); but
        # "Earlier, the sides met ..." tells of another.
        return not _distinct(folded, b)
    return (
        bool(sa and sb and (sa <= sb or sb <= sa))
        and (a.place is not None or b.place is not None or a.when is not None or b.when is not None)
        and not _distinct(folded, b)
    )


def _distinct(folded: str, b: _Draft) -> bool:
    """Whether *b* is set apart from the mentions before it ("a separate meeting")."""
    lo, start = max(0, b.span.start - 30), b.span.start
    window = folded[lo:start].lower()
    if "separate" not in window and "another" not in window:
        return False
    return _DISTINCT.search(folded, lo, start) is not None


def _dateline_day(doc: Doc, timexes: Sequence[When]) -> When | None:
    """The day the dateline gives when the report has no full date to anchor it.

    ``BAKU, Azerbaijan, April 24.`` with no year anywhere: ``XXXX-04-24``.
    """
    if doc.dateline is None:
        return None
    line = doc.dateline
    return next(
        (
            t
            for t in timexes
            if line.start <= t.span.start
            and t.span.end <= line.end
            and t.precision is Precision.DAY
        ),
        None,
    )


def _inherit(
    doc: Doc,
    drafts: list[_Draft],
    lead: Span | None,
    dateline_place: Place | None,
    timexes: Sequence[When] = (),
) -> None:
    """Fill missing places and dates from the report's context.

    A held meeting, talks or ceremony without a place took place where the
    report's held visit went, else at the dateline; a held event in the lead
    sentence without a date happened on the report's date (the dateline's day
    when nothing gives the year).
    """
    report_day = lead_when(doc)
    if report_day is None:
        report_day = _dateline_day(doc, timexes)
    # The report's own visit: a held one, not one dated weeks before the report
    # ("recalled his visit to Budapest last November").
    visits = [
        d
        for d in drafts
        if d.kind is EventKind.VISIT
        and d.status is EventStatus.HELD
        and d.place
        and not _long_before(d.when, doc.anchor)
    ]
    local = (EventKind.MEETING, EventKind.TALKS, EventKind.OTHER, EventKind.SIGNING)
    held = (EventStatus.HELD, EventStatus.ONGOING)
    ceremonies = (EventKind.SIGNING, EventKind.OTHER)
    # Where the report's held visit went: its city; for a visit to a country,
    # the dateline's city when it lies in that country ("arrived in China",
    # datelined XI'AN).
    visit_place = _in_city(visits[0].place, dateline_place) if visits else None
    for i, d in enumerate(drafts):
        # "the sides discussed ... during a face to face meeting": the same people.
        pair = (
            not d.codes
            and i > 0
            and _pair_words().search(doc.folded, d.sentence.start, d.sentence.end)
        )
        # "Both countries will hold a business forum", "the two leaders met": the
        # states of the latest earlier event with two or more.
        pair_states = (
            next(
                (
                    states
                    for p in reversed(drafts[max(0, i - _LOOKBACK) : i])
                    if len(states := [a for a in p.actors if a.kind is ActorKind.STATE]) >= 2
                ),
                None,
            )
            if pair
            else None
        )
        if pair_states:
            d.actors = list(pair_states)
            d.codes = sorted(participant_codes(d.actors))
        if not d.codes and i > 0 and d.kind in (*local, EventKind.PHONE_CALL):
            d.actors = [a for a in drafts[i - 1].actors if a.kind is ActorKind.STATE]
            d.codes = sorted(participant_codes(d.actors))
        # A meeting, talks, a visit or a call has two sides: one that names only
        # one state ("The minister arrived in Minsk on a working visit", "he held
        # talks with Belarusian Foreign Minister X") is with that state's partner
        # in the report's latest earlier event of two states.
        states = [a for a in d.actors if a.kind is ActorKind.STATE]
        if d.kind in _TWO_SIDED and len(d.actors) == 1 and len(states) == 1:
            partner = _partner(drafts[max(0, i - _LOOKBACK) : i], states[0])
            if partner is not None:
                d.actors.append(partner)
                d.codes = sorted(participant_codes(d.actors))
        # Relations are established between two states: the other one is the
        # partner of the report's previous event ("since the establishment of
        # diplomatic relations, our cooperation ...").
        states = [a for a in d.actors if a.kind is ActorKind.STATE]
        if d.kind is EventKind.RELATIONS_ESTABLISHED and len(states) < 2 and i > 0:
            for actor in drafts[i - 1].actors:
                if actor.kind is ActorKind.STATE and actor.country not in d.codes:
                    d.actors.append(actor)
                    d.codes.append(actor.country or "")
        if d.place is None and d.kind in (*local, *_NAMED_KINDS):
            # Not from an event weeks before the report when this one is not
            # ("recalled his visit to Vietnam in December last year. ... Following
            # the talks, a signing ceremony took place").
            recent = not _long_before(d.when, doc.anchor)
            prior = [
                p
                for p in drafts[max(0, i - _LOOKBACK) : i]
                if p.place is not None
                and p.kind in (*local, EventKind.VISIT)
                and p.status in held
                and not (recent and _long_before(p.when, doc.anchor))
            ]
            if prior and (d.status in held or d.kind in local):
                d.place = _in_city(prior[-1].place, dateline_place)
            elif d.kind in local and d.status in held:
                if visit_place is not None:
                    d.place = visit_place
                elif dateline_place is not None:
                    d.place = dateline_place
            elif (
                d.kind in _NAMED_KINDS
                and d.status in held
                and lead is not None
                and d.sentence == lead
                and dateline_place is not None
            ):
                # "NEW YORK. ... held a series of meetings on the sidelines of the
                # 79th session of the UN General Assembly": the lead's gathering is
                # where the report is datelined.
                d.place = dateline_place
        home = dateline_place.country if dateline_place is not None else None
        states = [a for a in d.actors if a.kind is ActorKind.STATE and a.country]
        if (
            d.place is None
            and d.kind is EventKind.ELECTION
            and len(states) == 1
            and states[0].country != home
        ):
            # "TASHKENT. ... congratulated X on his victory in the presidential
            # election held on June 3": the one foreign state named holds it (the
            # report's own state is, more often, the one congratulating).
            d.place = Place(name=states[0].name, country=states[0].country)
        if (
            d.kind in _TWO_SIDED
            and len(d.actors) == 1
            and d.actors[0].kind is ActorKind.STATE
            and home
            and home != d.actors[0].country
            and d.status in held
            and d.place is not None
            and d.place.country == home
        ):
            # No partner before: the report's own side, in whose country it took
            # place ("BAKU. Ilham Aliyev received Hakan Fidan, Minister of Foreign
            # Affairs of Turkiye"); not a call, which has no place.
            d.actors.append(state_actor(home))
            d.codes = sorted(participant_codes(d.actors))
        following = (
            _sentence_opening("event_following_words.txt").match(
                doc.folded, d.sentence.start, d.span.start
            )
            if (d.place is None or d.when is None) and d.status in held and i > 0
            else None
        )
        if following is not None:
            # "Following the signing, the permanent representatives held a meeting":
            # where and on the day the event it names took place, else the latest
            # held one before it (not one weeks before the report).
            noun = _WORD_AFTER.match(doc.folded, following.end())
            named = noun.group(1).lower() if noun else ""
            recent = not _long_before(d.when, doc.anchor)
            earlier = [
                p
                for p in reversed(drafts[max(0, i - _LOOKBACK) : i])
                if p.status in held and not (recent and _long_before(p.when, doc.anchor))
            ]
            before = next(
                (
                    p
                    for p in earlier
                    if any(
                        doc.folded[m.start : m.end].lower().rsplit(" ", 1)[-1] == named
                        for m in p.mentions
                    )
                ),
                earlier[0] if earlier else None,
            )
            if before is not None:
                if d.place is None and d.kind is not EventKind.PHONE_CALL:
                    d.place = before.place
                if d.when is None and before.when is not None:
                    d.when = before.when
        if d.when is None and d.kind in ceremonies and d.status in held:
            # "The ministers then witnessed an exchange of documents": part
            # of the day of the report's latest held meeting or talks before it.
            day = [
                p.when
                for p in drafts[max(0, i - _LOOKBACK) : i]
                if p.kind in (EventKind.MEETING, EventKind.TALKS)
                and p.status in held
                and p.when is not None
                and p.when.precision is Precision.DAY
            ]
            if day:
                d.when = day[-1]
        if (
            d.when is None
            and report_day is not None
            and d.kind in local
            and d.status is EventStatus.HELD
            and d.place is not None
            and d.place == dateline_place
        ):
            # "while talking to the minister, who called on him at the PM House":
            # held in the dateline's city with no date of its own: on the report's day.
            d.when = report_day
        if (
            d.when is None
            and report_day is not None
            and d.kind not in _SPEECH_KINDS
            and (
                # "The Serbian President is on a state visit to Azerbaijan": under way
                # on the report's day, wherever the report says so.
                d.status is EventStatus.ONGOING
                or (lead is not None and d.sentence == lead and d.status is EventStatus.HELD)
                or (
                    # The headline's news is the report's day's: "Turkiye, Azerbaijan,
                    # Pakistan adopt Istanbul Declaration at trilateral summit".
                    d.status is EventStatus.HELD
                    and doc.title is not None
                    and any(doc.title.start <= m.start < doc.title.end for m in d.mentions)
                )
            )
        ):
            d.when = report_day


_TWO_SIDED = (EventKind.MEETING, EventKind.TALKS, EventKind.VISIT, EventKind.PHONE_CALL)


def _partner(earlier: Sequence[_Draft], state: Actor) -> Actor | None:
    """The other state of the latest of *earlier* whose participants are *state* and one more."""
    for p in reversed(earlier):
        if len(p.actors) != 2 or state not in p.actors:
            continue
        other = p.actors[0] if p.actors[1] == state else p.actors[1]
        if other.kind is ActorKind.STATE and other != state:
            return other
    return None


# Two names joined by a hyphen: "Russia-ASEAN", "Central Asia-China".
_PAIR_NAME = regex.compile(r"\p{L}-\p{Lu}")


def _summit_states(mentions: Mentions, drafts: list[_Draft], lead: Span | None) -> None:
    """A summit naming one state of the lead sentence takes all the lead's states.

    "The leaders of Turkiye, Azerbaijan and Pakistan on Wednesday adopted ...
    Speaking after the second trilateral summit, Erdogan said ...": the lead
    says who took part.
    """
    if lead is None or not any(d.kind is EventKind.SUMMIT and d.sentence != lead for d in drafts):
        return
    lead_states: list[Actor] = []
    for m in mentions.within(lead.start, lead.end):
        if m.contested or len(m.actors) != 1 or m.form == "first_person":
            continue
        actor = m.actors[0]
        if actor.kind is ActorKind.STATE and actor not in lead_states:
            lead_states.append(actor)
    lead_codes = participant_codes(lead_states)
    if len(lead_codes) < 2:
        return
    for d in drafts:
        if d.kind is not EventKind.SUMMIT or d.sentence == lead:
            continue
        if d.name and _PAIR_NAME.search(d.name):
            continue  # "the Russia-ASEAN summit": its name says who takes part
        states = {a.country for a in d.actors if a.kind is ActorKind.STATE}
        if not states or len(states) >= 2 or not states <= lead_codes:
            continue
        for actor in lead_states:
            if actor.country not in states:
                d.actors.append(actor)
                d.codes.append(actor.country or "")


def _dateline_place(doc: Doc) -> Place | None:
    """The first place named in the dateline, if any."""
    if doc.dateline is not None:
        for match in place_index().find(doc.folded, doc.dateline.start, doc.dateline.end):
            return match.value
    return None


def _in_city(place: Place | None, dateline: Place | None) -> Place | None:
    """*place*, or the dateline's city where *place* is the country it lies in."""
    if (
        place is not None
        and dateline is not None
        and dateline.country == place.country
        and dateline.name != place.name
        and country_index().get(place.name) is not None
        and country_index().get(dateline.name) is None
    ):
        return dateline
    return place


def _long_before(when: When | None, anchor: datetime.date | None, days: int = _RECENT_DAYS) -> bool:
    """Whether *when* ended more than *days* (a fortnight) before the report's date *anchor*."""
    if when is None or when.end is None or anchor is None:
        return False
    return (anchor - when.end).days > days


# "... on the sidelines of the", "on the sidelines of an international": just
# before the name of the occasion a meeting was held at.
_SIDELINES_BEFORE = regex.compile(
    r"\bon[ ]the[ ]sidelines[ ]of[ ](?:[\p{L}\d'-]++[ ]){0,5}$",
    regex.IGNORECASE | regex.REVERSE,
)


def _sidelines_attendees(doc: Doc, drafts: list[_Draft]) -> None:
    """The occasion of a meeting "on the sidelines of" it has the meeting's people.

    The meeting was where the occasion was: its city, where the sentence names
    only the country.

    "The two ministers last met in Tokyo in December, on the sidelines of an
    international conference": both took part in the conference.
    """
    folded = doc.folded
    if "sidelines" not in folded:
        return
    for d in drafts:
        if d.kind not in _NAMED_KINDS:
            continue
        if not _SIDELINES_BEFORE.search(
            folded, max(d.sentence.start, d.span.start - 80), d.span.start
        ):
            continue
        host = None
        for other in drafts:
            if other is d or other.kind not in _TWO_SIDED:
                continue
            if any(d.sentence.start <= s.start < d.span.start for s in other.mentions):
                host = other
        if host is None:
            continue
        if (
            host.place is not None
            and d.place is not None
            and d.place.country == host.place.country
            and country_index().get(host.place.name) is not None
            and country_index().get(d.place.name) is None
        ):
            # "met ... on the sidelines of the Antalya Diplomacy Forum in Turkiye":
            # where the occasion was, in the country the sentence names.
            host.place = d.place
        for actor in host.actors:
            key = participant_codes([actor])
            if actor.kind is ActorKind.STATE and not key & set(d.codes):
                d.actors.append(actor)
                d.codes.extend(key)


def _dated_by_closing_line(
    doc: Doc, drafts: list[_Draft], timexes: Sequence[When], mentions: Mentions
) -> None:
    """A document's own text: what it establishes happens where and when it is done.

    "... agree to open diplomatic relations from the day this Joint
    Communique is signed. Done at Reykjavik on 3 March 2011" → Reykjavik,
    2011-03-03.  Its parties are the states its opening names ("The Kingdom
    of Bhutan and Iceland, ..."), not an organisation of a charter it
    cites.
    """
    folded = doc.folded
    low = lowered(folded)
    if low is not None and "done" not in low:
        return  # no closing line
    done_when: When | None = None
    done_place: Place | None = None
    for sentence in doc.sentences:
        done = _DONE.match(folded, sentence.start, sentence.end)
        if done is None:
            continue
        done_when = next(
            (t for t in timexes if sentence.start <= t.span.start < sentence.end), None
        )
        done_place = next(
            (m.value for m in place_index().find(folded, done.end(), sentence.end)), None
        )
        break
    if done_when is None and done_place is None:
        return
    parties: list[Actor] = []
    if doc.sentences:
        opening = doc.sentences[0]
        for m in mentions.within(opening.start, opening.end):
            for actor in m.actors:
                if actor.kind is ActorKind.STATE and actor not in parties:
                    parties.append(actor)
    for d in drafts:
        if _THIS_DOCUMENT.search(folded, d.sentence.start, d.sentence.end) is None:
            continue
        if done_when is not None:
            d.when = done_when
        if done_place is not None:
            d.place = done_place
        if len(parties) >= 2:
            d.actors = list(parties)
            d.codes = sorted(participant_codes(parties))


def _freeze(doc: Doc, d: _Draft) -> Event:
    return Event(
        kind=d.kind,
        span=d.span,
        text=doc.text[d.span.start : d.span.end],
        status=d.status,
        mode=d.mode,
        participants=tuple(d.actors),
        place=d.place,
        when=d.when,
        cameo=d.trigger.cameo,
        plover=d.trigger.plover,
        mentions=tuple(d.mentions),
    )
