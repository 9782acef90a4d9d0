"""Which sentences of an exercise's text are instructions, and which are rationale, notes or site chrome."""

from __future__ import annotations

import re

from voiceroutine.importer.dose import find_mentions, is_dose_only

VERBS = frozenset(re.findall(r"\S+", """
adjust aim align allow alternate arch avoid balance bend bounce brace breathe bring brush cup circle clasp close
come complete contract continue count cross curl dig do draw drive drop engage exhale extend face feel find flatten
flex float fold get glide go grab grasp grip hang hinge hold hook hop hover hug imagine inhale interlace interlock
jump keep kick kneel knit lace lead lean let lie lift lock look loop lower lunge make march move nod open pause
perform pinch pivot place plant point position post press pretend pull pulse pump push put raise reach relax
release remain repeat rest return reverse rock roll root rotate round scoot set settle shift shrug sink sit slide
slowly spread squat squeeze stack stand start stay step straighten stretch sweep swing switch take tap tense
think tighten tilt tip touch try tuck turn twist walk widen wiggle wrap bow cradle drape elevate gaze grow hinge
lengthen lay recline relax soften sway swap tense zip check aim be begin breathe bring draw don't cross
rise trace loop balance dip scoop shake wave land skip clench spread use notice bridge plank crunch shuffle jog run
climb scrunch crawl paddle leap crouch skate punch peel stomp
"""))

SETUP_VERBS = frozenset(re.findall(r"\w+", "lie sit stand begin start kneel get come place position face find set lay"))
"""Verbs that set an exercise up ("Lie on your back and ..."): the movement is the verb after them."""

_LEADING = re.compile(
    r"^(?:(?:slowly|gently|carefully|then|now|next|finally|first|second|third|lastly|again|simply|just|also|"
    r"still|afterwards?|and|to begin|to start|from here|from there|from this position|once there|"
    r"in this position|at the same time|at the top|at the bottom|meanwhile|optionally|if possible)\b,?\s*)+",
    re.I)
_SUBORDINATE = re.compile(
    r"^(?:if|when|while|as|once|with|keeping|using|without|starting|staying|maintaining|from|after|before|on|in|"
    r"holding|lying|sitting|standing|facing|making sure|being careful)\b[^,]{0,80},\s*", re.I)
_RATIONALE = re.compile(
    r"\b(?:helps?|helping|great way|targets?|is a (?:popular|great|good|simple|gentle|classic)|can (?:help|relieve|"
    r"reduce|improve|ease)|benefits?|is known|research|studies|according to|will (?:help|improve|strengthen)|"
    r"works? (?:the|your)|is designed|is ideal|is perfect|aims to|is often|are often|caused by)\b", re.I)
_NOT_STEP_START = re.compile(
    r"^(?:this|that|these|those|it|its|it's|they|the|a|an|we|i|our|my|he|she|there|here|why|what|how|most|many|"
    r"some|people|research|studies|doing|performing|regular|remember that|note)\b", re.I)
_GENERAL_ADVICE = re.compile(
    r"\b(?:these (?:exercises|stretches|moves|poses)|this routine|your (?:doctor|physician|physio|therapist|"
    r"healthcare)|physical therapist|healthcare provider|consult|every day|times a week|per week|daily routine|"
    r"subscribe|newsletter|comment|click|sign up|share this|read more|clap button|if (?:this|it) helped)\b", re.I)
_NOTE_LABEL = re.compile(
    r"^(?:\(?(?:tip|tips|note|notes|pro tip|why it works|why it helps|benefits?|muscles(?: worked)?|targets?|"
    r"caution|warning|safety|modification|modifications|variation|variations|make it easier|make it harder|"
    r"common mistakes?|equipment|level|difficulty|good for|works|focus|avoid)\s*:"
    r"|(?:a |some )?(?:notes?|tips?|comments?) (?:from|by) [A-Za-z][\w.' -]{0,30}:)", re.I)
"""Also "Notes from Callum:", "A tip from your physio:": the note's author named."""
_BREATH_PHASE = re.compile(
    r"^(?:(?:as|while|when) you (?:inhale|exhale|breathe (?:in|out))|on (?:an?|the|your) (?:inhale|exhale|"
    r"in-breath|out-breath)|inhale|exhale|breathe (?:in|out))\b", re.I)

_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "approx.", "dr.", "vs.", "sec.", "min.", "no.", "mins.", "secs.")


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, not at "e.g." or "approx."."""
    pieces = re.split(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])", text.strip())
    merged: list[str] = []
    for piece in pieces:
        if merged and merged[-1].lower().endswith(_ABBREVIATIONS):
            merged[-1] += " " + piece
        else:
            merged.append(piece)
    return [piece.strip() for piece in merged if piece.strip()]


def core(sentence: str) -> str:
    """The sentence without leading adverbs and subordinate clauses: where its main verb should be."""
    text = sentence.strip(" \"'(")
    for _ in range(3):
        stripped = _SUBORDINATE.sub("", _LEADING.sub("", text))
        if stripped == text:
            break
        text = stripped
    return text


def is_imperative(sentence: str) -> bool:
    """Whether the sentence tells the reader to do something ("Slowly raise your arms", "If it hurts, stop")."""
    words = re.findall(r"[a-zA-Z']+", core(sentence))
    return bool(words) and words[0].lower() in VERBS


def is_breath_phase(sentence: str) -> bool:
    """ "Inhale and arch your back", "As you exhale, round your spine": one phase of a breathing flow."""
    return bool(_BREATH_PHASE.match(_LEADING.sub("", sentence.strip())))


def phase_text(sentence: str) -> str:
    """The main clause of a breath phase, short enough to say within the phase."""
    parts = [part.strip() for part in re.split(r",\s*", sentence.strip().rstrip("."))]
    text = parts[0]
    subordinate = re.match(r"(?:as|while|when|on)\b", text, re.I)
    if (len(text.split()) <= 3 or subordinate) and len(parts) > 1:
        text = f"{text}, {parts[1]}"
    return text[:1].upper() + text[1:]


def is_note(sentence: str) -> bool:
    """ "Pro tip: warm up with 5 minutes of cycling", "Note: ...": a labelled aside, whose numbers are no dose."""
    return bool(_NOTE_LABEL.match(sentence.strip(" *_")))


_LABEL_ALONE = re.compile(r"^(?:[\w'’.-]+\s+){0,3}(?:notes?|tips?|comments?)"
                          r"(?:\s+(?:from|by)\s+[\w'’. -]{1,30})?\s*:?$", re.I)


def is_note_label(text: str) -> bool:
    """ "Coach notes:", "Tips from Dana:" alone on a line: the label of the note under it."""
    return bool(_LABEL_ALONE.match(text.strip(" *_")))


_LATER = re.compile(r"^(?:in|from|after|by)\s+(?:week|month)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight)\b"
                    r"|^(?:next week|later on|in a few weeks|after (?:a|the first) (?:few|couple of|\d+) weeks)\b",
                    re.I)
"""A sentence about a later stage ("In week four we add a jump: 3 sets of 6 box jumps"): not today's routine."""


_CLINICIAN = (r"(?:doctor|physician|gp|surgeon|physio(?:therapist)?|(?:physical )?therapist|clinician|"
              r"healthcare (?:provider|professional|team))")
_AS_PRESCRIBED = re.compile(
    rf",?\s*(?:\bor\s+)?\b(?:as\s+)?(?:prescribed|advised|recommended|directed|instructed|suggested|chosen)\s+by\s+"
    rf"(?:your|a|the)\s+{_CLINICIAN}(?:\s+(?:or|and)\s+(?:your\s+|a\s+|the\s+)?{_CLINICIAN})?\b", re.I)
"""A step's own dose with the clinician's say beside it ("Repeat up to 30 times, or as prescribed by your doctor",
"30 repetitions with a weight recommended by your physio"): the words about the clinician are no advice that
makes the dose no dose."""


def _without_clinician_say(sentence: str) -> str:
    return _AS_PRESCRIBED.sub("", sentence) if find_mentions(sentence) else sentence


def is_background(sentence: str) -> bool:
    """Rationale or general advice ("This helps...", "Do these exercises daily"), or a later stage ("In week four we
    add ..."): no step, and its numbers no dose."""
    sentence = _without_clinician_say(sentence)
    return bool(_GENERAL_ADVICE.search(sentence) or (_RATIONALE.search(sentence) and not is_imperative(sentence))
                or _LATER.match(sentence.strip()) or _IT_TAKES.search(sentence.strip()))


_IT_TAKES = re.compile(r"(?:^|(?<=[.!?]\s))(?:(?:and|so|honestly),?\s+)?"
                       r"(?:it|this|that|the whole thing|the lot|all of (?:it|this))\s+"
                       r"(?:all\s+|only\s+|really\s+|literally\s+)*takes\b", re.I)
"""How long the whole thing takes ("it takes like three minutes"): said of the routine, no exercise's dose."""


_PHASE_CLAUSE = re.compile(r"^(?:and |then )*(?:breathe (?:in|out)|inhale|exhale|hold|pause|rest)\b", re.I)


def timed_phases(sentence: str) -> list[tuple[str, int]]:
    """ "Breathe in for 4 seconds, hold for 4, breathe out for 4": phases with their own lengths (ms); else []."""
    if not is_breath_phase(sentence):
        return []
    phases: list[tuple[str, int]] = []
    for clause in re.split(r",\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+", sentence.strip().rstrip(".")):
        times = [m for m in find_mentions(clause) if m.amount.low == m.amount.high and not m.amount.breaths]
        if not _PHASE_CLAUSE.match(clause) or len(times) != 1 or times[0].amount.low >= 60_000:
            return []
        text = _DOSE_PHRASE.sub("", clause).strip(" ,")
        phases.append((text[:1].upper() + text[1:], times[0].amount.low))
    return phases if len(phases) >= 2 else []


def is_step(sentence: str, in_list: bool) -> bool:
    """An instruction worth speaking: imperative prose, or a list item that is not rationale or advice."""
    if _NOTE_LABEL.match(sentence) or _GENERAL_ADVICE.search(_without_clinician_say(sentence)):
        return False
    if is_imperative(sentence):
        return True
    if not in_list:
        return False
    return not _RATIONALE.search(sentence) and not _NOT_STEP_START.match(core(sentence)) and "?" not in sentence


_NUMBER = (r"(?:\d+(?:\.\d+)?|a few|a couple of|several|(?:twenty|thirty|forty|fifty|sixty|ninety)(?:-\w+)?|one|two|"
           r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twice)(?!\s+(?:hands?|feet|foot|legs?|arms?|knees?|sides?))")
_DOSE_PHRASE = re.compile(
    rf"\s*\b(?:for\s+)?(?:about\s+|around\s+|at least\s+|up to\s+|another\s+)?{_NUMBER}"
    rf"(?:\s*(?:-|to|or)\s*{_NUMBER})?\s*(?:-\s*)?(?:seconds?|secs?|minutes?|mins?|breaths?|times|reps?|repetitions?)"
    rf"(?:\s*(?:and\s+)?\d{{1,2}}\s*(?:seconds?|secs?|s)\b)?"  # "for 1 min 30 s": one time
    rf"(?:\s+(?:on\s+|to\s+|in\s+)?(?:each|per|every)\s+(?:side|leg|arm|direction))?\b"
    rf"|\s+(?:on\s+|to\s+|in\s+)?(?:each|per)\s+(?:side|leg|arm|direction)\s*$", re.I)
_CLAUSE_SPLIT = re.compile(r"(\s*[,;]\s*(?:and\s+|then\s+)*|\s+and\s+(?:then\s+)?|\s+then\s+|\s+before\s+)")


_BRACKETS = re.compile(r"\s*\(([^()]{1,80})\)")


def without_dose(sentence: str, name_words: frozenset[str]) -> str | None:
    """The sentence with its dose-only clauses removed ("Lower your arms and repeat 10 times" -> "Lower your
    arms."); None when nothing but the dose was said."""
    body = sentence.strip().rstrip(".!")
    # "(12 reps, each leg) Step up ...": a dose in brackets goes whole, not clause by clause
    unbracketed = _BRACKETS.sub(lambda m: " " if is_dose_only(m.group(1), name_words) else m.group(0), body).strip()
    if unbracketed != body:
        if not unbracketed:
            return None
        end = sentence.strip()[-1:] if sentence.strip()[-1:] in ".!" else ""
        return without_dose(unbracketed[:1].upper() + unbracketed[1:] + end, name_words)
    parts = _CLAUSE_SPLIT.split(body)
    clauses, separators = parts[0::2], ["", *parts[1::2]]
    kept: list[str] = []
    for clause, separator in zip(clauses, separators, strict=True):
        if is_dose_only(clause, name_words):
            continue
        trimmed = _DOSE_PHRASE.sub("", clause).strip(" ,")
        kept.append((separator if kept else "") + (trimmed or clause))
    if not kept:
        return None
    text = "".join(kept).strip(" ,;")
    if text == body:
        return sentence.strip()
    text = text[:1].upper() + text[1:]
    return text + "."


def name_words(name: str) -> frozenset[str]:
    """The words of an exercise's name, which may stand in for "the exercise" in a dose sentence."""
    return frozenset(re.findall(r"[a-z']+", name.lower()))
