"""Exercises told in running prose: "Do 3 sets of 12 squats, resting 60 seconds between sets, then hold a plank
for 45 seconds." Each sentence is cut into clauses ("..., then ...", "; ", "After that, ..."), and every clause
that names a movement and gives it a dose starts an exercise; a clause that only adds to the dose ("then swap
to the other leg", "Repeat 5 times") belongs to the exercise before it, and instructions without a dose
("Lie on your back") to the exercise after them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind, Section, is_stop
from voiceroutine.importer.colon_leads import colon_lead_name
from voiceroutine.importer.dose import Kind, find_mentions, find_sides, is_body_part, is_dose_only, numerals
from voiceroutine.importer.lexicon import named_exercise
from voiceroutine.importer.loads import WEIGHT_UNIT
from voiceroutine.importer.name_sentences import paragraph_name
from voiceroutine.importer.options import is_option
from voiceroutine.importer.progression import is_progression
from voiceroutine.importer.rounds import find_intervals, is_about_rounds
from voiceroutine.importer.steps import SETUP_VERBS, VERBS, core, is_background, sentences
from voiceroutine.importer.third_person import instruction
from voiceroutine.importer.told import told_in_past

_SPLIT = re.compile(r"\s*;\s*|,?\s+(?:and\s+)?then\s+(?=[a-z]|\d)|\)?,?\s+(?=followed by\s+(?:\d|an?\s|some\s))"
                    r"|,?\s+and\s+(?=(?:ended|finished|ends|finishes)\s+with\b)"
                    r"|,\s+(?:and\s+)?(?:i\s+|we\s+)?"
                    r"(?=(?:after that|next|finally|lastly|finish|end (?:with|by)|follow)\b)", re.I)
_CONNECTOR = re.compile(
    r"^(?:(?:after that|afterwards|next|then|now|finally|lastly|to finish|to start|to begin|first|second|third|"
    r"and|also)\b,?\s*)+", re.I)
_LEAD = re.compile(r"^(?:(?:next|then|after that|now)\s+)?comes\s+|^(?:next|then|after that|now)\s+(?:is|it's)\s+|"
                   rf"{_CONNECTOR.pattern}|^(?:(?:each|every|the) (?:session|class|workout) (?=[a-z]+ with\b))?"
                   r"(?:finish(?:ed|es)?|end(?:ed|s)?|start(?:ed|s)?|begin|began|begins|warm up|cool down)\s+"
                   r"(?:off\s+)?"
                   r"(?:on (?:your|the) [a-z]+(?: and [a-z]+)? )?(?:by|with|in)\s+"
                   r"(?:an?\s+(?:warm[- ]?up|cool[- ]?down)\s+of\s+)?"
                   r"|^follow (?:that|this|it|up) with\s+|^followed by\s+"
                   r"|^(?:(?:if|when|once)\b[^,]{1,30},\s*)?(?:go|move) on to\s+", re.I)
_COUNT_BEFORE = re.compile(r"(?:^|\b(?:do|perform|complete|add|try|with|of|and|aim for|another|for)\s*)$")
"""What stands before the count of a counted movement ("do 3 sets of 12 squats"), not "stand on 1 leg"."""
_UNIT_WORDS = frozenset(re.findall(r"\w+", """sets set reps rep repetitions times rounds round seconds second secs sec
minutes minute mins min s breaths breath holds hold more slow slower deep full easy of each per on every total
additional hours hour days day weeks week months month going"""))
_COUNTED = re.compile(
    r"\b\d+(?:-\d+)?\s+(?:sets?\s+of\s+\d+(?:-\d+)?\s+|x\s+\d+(?:-\d+)?\s+)?(?:(?:reps?|repetitions?)\s+of\s+)?"
    r"(?:(?:slow|controlled|easy|gentle|more|"
    r"deep|full)\s+)?(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)"
    r"(?=\s*$|\s*[,.;:!(]|\s+(?:from|onto|on|off|with|against|in|at|to|into|using|each|per|for|holding|"
    r"keeping|while|and|then|resting|before|after|leading|as)\b)")
_TIME_OF = re.compile(r"^\d+(?:-\d+)?\s*(?:minutes?|mins?|seconds?|secs?)\s+of\s+(?P<name>[a-z][a-z' -]{2,60})")
_OBJECT_VERBS = frozenset(("hold", "do", "perform", "complete", "try", "add"))
_OBJECT = re.compile(r"(?:^|\b(?:and|then)\s+)(?:hold(?:ing)?|do|perform|complete|try|add)\s+(?:a|an|the|your|some)\s+"
                     r"(?P<name>[a-z][a-z'-]*"
                     r"(?:\s+[a-z][a-z'-]*){0,3}?)(?=\s+(?:for|position|pose|until|with|and|on|in)\b|\s*$|\s*,)")
_TIMED_OBJECT = re.compile(r"\b(?:a|an)\s+\d+(?:-\d+)?[- ](?:minutes?|mins?|seconds?|secs?)\s+"
                           r"(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?)"
                           r"(?=\s*$|\s*[,.;(]|\s+(?:to|for|at|in|on|onto|around|with|of|as)\b)")
"""A movement named after its time: "a 20 minute run", "a 10-minute walk around the block"."""
_CUT = re.compile(r",|\s(?:for|until|with|while|as|so|keeping|without|before|if|around|across|up and down)\s")
_WHOLE = re.compile(r"(?:routine|session|workout|programme|program|plan|class|set|circuit|break)\b")
""""a ten-minute routine": the whole of it, no movement of it."""
_LED_OBJECT = re.compile(r"^(?:a|an|the|some)\s+(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)"
                         r"(?=\s*[:,(]|\s+(?:for|of|with|against|on|holding)\b)")
"""What a lead names before its dose or instruction: "(Finish with) a plank: hold it ...", "a plank for 30 s"."""
_ROUTINE_PART = re.compile(r"^(?:the\s+)?(?:main|first|second|last|final|next|hard|easy)\s+(?:part|bit|block|section|"
                           r"half)\b")
""""Then the main part.": a part of the routine, the exercises below it, no movement."""


def prose_sections(blocks: list[Block], start: int, end: int | None = None, least: int = 2) -> list[Section]:
    """One section per exercise told in the paragraphs from `start` (to `end`); [] when fewer than `least` are
    told."""
    sections: list[Section] = []
    optional: list[tuple[int, str]] = []
    """(index of the section it follows, sentence) of each sentence said for some days only."""
    pending: list[tuple[int, Block]] = []
    """Instructions without a dose, waiting for the exercise they set up."""
    last: list[Block] = []
    """The clauses of the sentence before, wherever they went ("That's a lower trunk rotation." names them)."""
    last_started = False
    """Whether the sentence before started an exercise."""
    current: tuple[str, int, list[Block]] | None = None
    for index in range(start, len(blocks) if end is None else end):
        block = blocks[index]
        if is_stop(block) and not _TAGS.match(block.text):
            break  # ("Tags: back pain" between a question and its answer ends nothing)
        if block.kind is BlockKind.HEADING or is_stop(block):
            continue
        for sentence in sentences(_ANSWER.sub("", block.text)):
            if (is_background(sentence) or is_about_rounds(sentence) or find_intervals([sentence]) is not None
                    or _ANNOUNCED.match(numerals(sentence.strip()))):
                continue  # rounds and interval timing are the circuit's, not an exercise's
            if is_progression(sentence):
                continue  # "Phase 3 starts once you can do 25 single leg raises": later, no exercise of now
            if _OPTIONAL.match(sentence.strip()) or is_option(sentence):
                # "On weekends I add a 20 minute run", "Beginners can start with 5": sometimes, or for some, so not
                # the routine; said on the exercise before
                if current is not None and index == current[1] and find_mentions(sentence):
                    optional.append((len(sections), sentence))
                continue
            if _RECAP.match(sentence.strip()) and told_in_past(sentence):
                continue  # "Quick recap of last week: we did 3 rounds of 10 push-ups": a past routine, not this one
            if thats := _THATS.match(sentence.strip()):
                # "That's a lower trunk rotation.": the name of what the sentence before it told
                told = [block for block in last if any(block is b for _, b in pending)
                        or (current is not None and any(block is b for b in current[2]))]
                if last_started and current is not None:
                    current = (thats["name"], current[1], current[2])
                elif told and any(find_mentions(block.text) for block in told):
                    if current is not None:
                        kept_here = [b for b in current[2] if not any(b is t for t in told)]
                        if kept_here:
                            sections.append(Section(current[0], "", tuple(kept_here), current[1], made_name=True))
                    pending = [(at, b) for at, b in pending if not any(b is t for t in told)]
                    current = (thats["name"], index, told)
                last, last_started = [], False
                continue
            started_here = False
            last = []
            for clause in _clauses(sentence):
                name = exercise_name(clause)
                if find_mentions(clause) and (called := _CALLED.search(clause)):
                    name = called["name"]  # "... (this is sometimes called the sphinx) and hold for 30 seconds"
                said = _CONNECTOR.sub("", clause) or clause
                text = Block(BlockKind.TEXT, said[:1].upper() + said[1:] + ("" if said[-1:] in ".!?" else "."))
                if (name is None and pending and pending[-1][0] == index and find_mentions(clause)
                        and (current is None or current[1] != index)
                        and (_KEEP_GOING.match(clause.strip()) or is_dose_only(clause))):
                    # "Jog on the spot. Keep it going for 1 minute.", "Reach towards your toes. Hold it for 10
                    # seconds.": the dose of the instruction just before, in a paragraph of its own
                    name = exercise_name(f"{pending[-1][1].text.rstrip('.')}, {clause}")
                if (name is None and current is not None and current[1] == index and is_dose_only(clause)
                        and find_mentions(clause)
                        and (led := [colon_lead_name(b.text) for at, b in pending if at == index])
                        and led[0] is not None):
                    # "... a child's pose, holding for 40 seconds. Next, try a hip flexor stretch: kneel ... Hold
                    # for 25 seconds.": the dose of the stretch led in by the colon, not of the pose before it
                    name = led[0]
                if name is not None and ":" in said:
                    # "Start with straight leg raises: lie on your back ...": the instruction after the name
                    after = re.split(rf"\b{re.escape(name)}\s*:\s*", said, maxsplit=1, flags=re.I)
                    if len(after) == 2 and after[1]:
                        text = Block(BlockKind.TEXT, after[1][:1].upper() + after[1][1:]
                                     + ("" if after[1][-1:] in ".!?" else "."))
                if (name is not None and current is not None and not started_here and _named_only(current[2])
                        and find_mentions(clause) and not _noun_phrase(numerals(clause.lower()))
                        and _CONNECTOR.match(clause) is None):
                    # "Then a neck side stretch. She lets her ear drop ... for 15 seconds": the named one's dose
                    current[2].append(text)
                    continue
                if name is not None:
                    if current is not None:
                        sections.append(Section(current[0], "", tuple(current[2]), current[1], made_name=True))
                    # a dosed sentence of an earlier paragraph that named nothing ("What they need is five minutes
                    # every couple of hours", "pick a bell you can squat 10 times with") is no part of this exercise
                    current = (name, index, [*(block for at, block in pending if at == index
                                               or not find_mentions(block.text)), text])
                    pending = []
                    started_here = True
                    last.append(text)
                elif told_in_past(sentence):
                    continue  # "My old coach wanted 3 sets of 20 and I never managed it": a story, no dose
                elif current is not None and (started_here or _adds_to_dose(clause)) and (
                        started_here or index == current[1] or _LATER_DOSE.match(numerals(clause).strip())):
                    # a later paragraph adds to the exercise only as an instruction ("Repeat 5 times"): "On
                    # weekends I tack a 20 minute jog onto the end" is not its dose
                    current[2].append(text)
                    last.append(text)
                else:
                    pending.append((index, text))
                    last.append(text)
            last_started = started_here
    if current is not None:
        sections.append(Section(current[0], "", tuple(current[2]), current[1], made_name=True))
    for at, sentence in optional:
        sections[at] = replace(sections[at], optional=(*sections[at].optional, sentence))
    sections = _named_by_paragraph(blocks, sections)
    return sections if len(sections) >= least else []


_ANNOUNCED = re.compile(r"^(?:(?:and\s+)?(?:finish|start|end|begin|warm up|cool down|round off)\s+(?:off\s+)?with\s+)?"
                        r"\d{1,2}\s+(?:more\s+|easy\s+|gentle\s+|simple\s+)?(?:stretches|exercises|moves|movements|"
                        r"poses)\s*[.!:]?$", re.I)
"""A sentence that only says how many exercises follow ("Finish with two stretches."): no exercise of its own, and
its number no one's reps."""
_FOR_A_NAMED = re.compile(r"\bfor\s+(?:a|an)\s+(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)(?=\s*(?:[,.;]|$))")
"""What an instruction is for, when that names an exercise: "lean towards your toes for a hamstring stretch"."""


def _named_by_paragraph(blocks: list[Block], sections: list[Section]) -> list[Section]:
    """Each section the only one told in a paragraph that opens with a name sentence ("Piriformis stretch. Lying on
    your back ...") named by it, not by the words its dose was read from."""
    starts = [section.start for section in sections]
    named: list[Section] = []
    for section in sections:
        name = paragraph_name(blocks[section.start].text) if starts.count(section.start) == 1 else None
        named.append(replace(section, name=name, made_name=False) if name else section)
    return named


_KEEP_GOING = re.compile(r"(?:and\s+)?(?:keep|carry on|continue)\b(?:\s+(?:it|this|that))?\s+"
                         r"(?:going|up|moving)?\b", re.I)
"""A clause that only goes on with what was just said ("Keep it going for 1 minute"): it names no movement."""
_OPTIONAL = re.compile(r"^(?:sometimes|occasionally|now and then|optionally|on (?:weekends|the weekend|some days|good "
                       r"days|rest days)|if (?:you have|i have|there'?s) (?:time|energy)"
                       r"|(?:when|once|if) (?:it|this|that|they|these) (?:feels?|gets?|becomes?|is|are) "
                       r"(?:too )?easy)\b", re.I)
"""A sentence about an extra some days only ("Sometimes I add a 15 minute walk afterwards"), or for later ("When it
feels easy, go to 4 sets")."""
_TAGS = re.compile(r"^(?:tags|tagged|categories|filed under)\s*:", re.I)
"""A page's tags line, which a question page sets between the question and its answer."""
_ANSWER = re.compile(r"^(?:a|answer|reply)\s*[:.-]\s+", re.I)
"""The label of an answer on a question-and-answer page ("A: Start with straight leg raises ...")."""
_LATER_DOSE = re.compile(r"(?:repeat|rest|switch|swap|change|hold|keep|do (?:it|this|that)|then)\b")


_SUBJECT = re.compile(r"^(?:(?:every|each|most|some) (?:morning|day|evening|night|week|time)s?\s*,?\s+)?"
                      r"(?:i|we|you)\s+(?:(?:usually|always|normally|then|also|just|like to|try to)\s+)*(?=[a-z])",
                      re.I)
"""The teller of a routine in the first person ("Every morning I start with 20 jumping jacks, then I hold a plank"):
what they do is the instruction."""
_TOLD_AFTER = re.compile(r"^(?P<lead>(?:then|next|after that|afterwards|now|finally|and)\s*,?\s+)(?:i|we)\s+"
                         r"(?:(?:usually|always|normally|also|just)\s+)*(?=[a-z])", re.I)
"""The teller after a connector: "Then I let both knees drop" is "Then let both knees drop"."""


def clauses(sentence: str) -> list[str]:
    """A sentence's clauses, as the prose reading cuts it: "Do 3 sets of 12 squats, then hold a plank for 45
    seconds" -> "Do 3 sets of 12 squats", "hold a plank for 45 seconds"."""
    return _clauses(sentence)


def _clauses(sentence: str) -> list[str]:
    parts = [_SUBJECT.sub("", _TOLD_AFTER.sub(r"\g<lead>", instruction(part.strip(" ,."))))
             for part in _SPLIT.split(sentence.strip().rstrip(".!"))]
    return [part for part in parts if part]


def _named_only(body: list[Block]) -> bool:
    """A prose exercise so far only named ("Then a neck side stretch."), with no dose."""
    return not any(find_mentions(block.text) for block in body)


def _adds_to_dose(clause: str) -> bool:
    """ "Repeat 5 times", "rest 30 seconds", "swap to the other leg": more about the exercise before it."""
    low = numerals(clause).strip()
    return bool(find_mentions(low) or find_sides(low)[0] or re.match(r"(?:repeat|swap|switch|change|rest)\b", low))


def exercise_name(clause: str) -> str | None:
    """The movement a clause gives a dose to, or None when it gives none or names none.

    "2 sets of 15 sit-to-stands from a chair" -> "sit-to-stands"; "hold a plank for 45 seconds" -> "plank";
    "stand on one leg for 30 seconds" -> "stand on one leg"; "walking briskly for 3 minutes" -> "walking briskly".
    """
    mentions = [m for m in find_mentions(clause) if m.kind not in (Kind.REST, Kind.SET_REST, Kind.REP_REST)]
    text = _LEAD.sub("", core(clause).strip()).strip()
    low = numerals(text)
    if _NOT_DONE.search(low):
        return None  # "you don't need a 45-minute session": what not to do
    if (going := _KEEP_GOING.match(low)) and re.match(r"\s*(?:for|until|another|\d)\b", low[going.end():]):
        return None  # "Keep it going for 1 minute": more of the movement before it
    if mentions and (next_up := _COMES_NEXT.match(low) or _DO_NAMED.search(low)):
        return next_up.group("name")  # "Single-arm rows come next: ten with each arm", "do calf raises: 2 x 15"
    if (counted_for := _counted_for(clause)) is not None:
        return counted_for  # "roll onto your front for 10 slow cobras": the count names the movement
    if mentions and (aim := _FOR_A_NAMED.search(low)) and (known := named_exercise(aim["name"])) is not None \
            and known.end == len(aim["name"]):
        return aim["name"]  # "lean towards your toes for a hamstring stretch, 30 seconds on each leg"
    connected = bool(_CONNECTOR.match(clause.strip()))  # "Then a neck side stretch.": named after its connector
    if not mentions and text == core(clause).strip() and not connected:
        return None  # a count with no dose word names a movement only after "then", "next", "follow that with"
    led = text != core(clause).strip() or connected
    if led and (phrase := _noun_phrase(low) or _spelled_noun_phrase(text)) is not None and not _ROUTINE_PART.match(
            phrase):
        # "Start with straight leg raises: lie on your back ...", "Finish with a calf stretch against the wall"
        return phrase
    named = _LED_OBJECT.match(low) if led and mentions else None
    if named and not (_WHOLE.match(named["name"]) or _ROUTINE_PART.match(named["name"])):
        return named["name"]  # "Finish with a plank: hold it for 30 seconds", "finish with a plank for 30 seconds"
    if mentions and low.split() and low.split()[0] in ("try", "do", "add", "perform") and (
            phrase := _noun_phrase(low.split(maxsplit=1)[1] if len(low.split()) > 1 else "")) is not None:
        return phrase  # "try mini squats holding the kitchen counter, 2 sets of 10"
    if not mentions:
        # "Follow that with 15 glute bridges": a count of a movement, which names it (and gives its reps)
        counted = _COUNTED.match(low)
        if counted is None or (len(counted.group("name").split()) < 2 and is_body_part(counted.group("name"))):
            return None
        words = counted.group("name").split()
        return " ".join(words) if words[0] not in _UNIT_WORDS and not re.fullmatch(WEIGHT_UNIT, words[0]) else None
    if timed := _TIME_OF.match(low):
        # "Start with a minute of marching in place to get the blood moving"
        return re.split(r"\s+(?:to|for|until|while)\s+", timed.group("name"))[0].strip() or None
    for m in _COUNTED.finditer(low):
        if not _COUNT_BEFORE.search(low[: m.start()].rstrip()):
            continue
        words = m.group("name").split()
        while words and words[-1] in _UNIT_WORDS:
            words.pop()
        if words and re.fullmatch(WEIGHT_UNIT, words[0]):
            continue  # "16 kg for men": a load
        position = len(words) == 1 and is_body_part(words[0])  # "with 1 hand on your belly"
        if words and words[0] not in _UNIT_WORDS and not _is_rep_word(words[0]) and not position:
            return " ".join(words)
    if (timed_object := _TIMED_OBJECT.search(low)) and not _WHOLE.match(timed_object.group("name")):
        return timed_object.group("name")  # "add a 20 minute run", "finish with a 10-minute walk"
    if held := _OBJECT.search(low):
        name = held.group("name")
        if name.endswith("'s") and (noun := re.match(r"\s+([a-z]+)", low[held.end():])):
            name += " " + noun.group(1)  # "a child's pose": the pose is the name's
        return name
    first = low.split()[0] if low.split() else ""
    if not is_verb(first) or first in _OBJECT_VERBS or first in ("repeat", "rest", "switch", "swap", "change"):
        return None
    plain = _LEAD.sub("", core(clause).strip()).strip().lower()
    phrase = _CUT.split(plain, maxsplit=1)[0]
    phrase = re.sub(r"\s+(?:\d+|a|one)\s*(?:seconds?|secs?|minutes?|mins?|s|times|reps?)\b.*$", "", phrase).strip()
    # "lie down and hug both knees to your chest": the set-up is not the movement
    parts = re.split(r"\s+and\s+", phrase)
    moving = [part for part in parts[1:] if part.split() and part.split()[0] in VERBS
              and part.split()[0] not in SETUP_VERBS]
    if len(parts) > 1 and parts[0].split()[0] in SETUP_VERBS and moving:
        phrase = moving[0]
    words = phrase.split()[:6]
    return " ".join(words) if words else None


_RECAP = re.compile(r"^(?:(?:a |quick |short )?recap\b|last (?:week|time|session|month)\b|previously\b|"
                    r"(?:yesterday|the other day)\b)", re.I)
"""A sentence about an earlier session ("Quick recap of last week: we did ..."), told in the past."""
_THATS = re.compile(r"^(?:that'?s|this is|that is)\s+(?:called\s+)?(?:a|an|the)\s+"
                    r"(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3})\s*[.!]?$", re.I)
"""A sentence that names what was just told: "That's a lower trunk rotation."."""
_CALLED = re.compile(r"\((?:this|it|that)\s+is\s+(?:sometimes\s+|often\s+|also\s+)?(?:called|known as)\s+"
                     r"(?:the\s+|a\s+|an\s+)?(?P<name>[a-z][a-z' -]{1,40}?)\)", re.I)
"""A name in brackets inside an instruction: "(this is sometimes called the sphinx)"."""
_COMES_NEXT = re.compile(r"^(?:the\s+)?(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)\s+(?:comes?|is|are)\s+next\b")
"""A movement named before "comes next": "Single-arm rows come next: ten with each arm"."""
_DO_NAMED = re.compile(r"\b(?:do|try|add|perform)\s+(?:some\s+)?(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)"
                       r"\s*:\s*(?=\d|x\s*\d)")
"""A movement named before the colon that gives its dose: "stand tall and do calf raises: 2 x 15"."""
_NOT_DONE = re.compile(r"\b(?:do(?:n't| not) (?:need|want)|no need (?:for|to)|needn't|never do|ignore)\b")
"""A clause about what not to do ("you don't need a 45-minute session", "I'd ignore the 100 swings a day")."""


def _spelled_noun_phrase(text: str) -> str | None:
    """A lead-in's name with a number word in it, as the article spells it ("a figure-four stretch"), when it
    states no dose ("two minutes of skipping" does)."""
    phrase = _noun_phrase(text.lower())
    return phrase if phrase is not None and not find_mentions(phrase) else None


def _counted_for(clause: str) -> str | None:
    """ "for 10 slow cobras": a count of a movement after "for", in the whole clause (its set-up too)."""
    low = numerals(clause.lower())
    at = re.search(r"\bfor\s+(?=\d)", low)
    counted = _COUNTED.match(low, at.end()) if at else None
    if counted is None:
        return None
    words = counted.group("name").split()
    while words and words[-1] in _UNIT_WORDS:
        words.pop()
    if not words or words[0] in _UNIT_WORDS or _is_rep_word(words[0]) or (len(words) == 1 and is_body_part(words[0])):
        return None
    return " ".join(words)


_NOUN = re.compile(r"^(?:(?:a|an|the|some|your|a few)\s+)?(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)"
                   r"(?=\s*[:,(]|\s*$|\s+(?:against|on|with|holding|using|for|at|in|from|to|while|until|each|per)\b)")
_NOT_NAMES = frozenset(re.findall(r"\w+", "it this that them these those which something anything one each both all "
                                           "warm up gentle easy slow"))


def _noun_phrase(low: str) -> str | None:
    """The exercise a lead-in names ("straight leg raises: lie ...", "a calf stretch against the wall"): a short
    noun phrase, not an instruction ("lie on your back") nor a pronoun ("it", "this")."""
    m = _NOUN.match(low.strip())
    if m is None:
        return None
    words = m.group("name").split()
    if (not words or is_verb(words[0]) or words[0] in _NOT_NAMES or words[0] in _UNIT_WORDS or is_body_part(words[-1])
            or words[0] in ("other", "opposite", "same", "next", "last", "first")):
        return None
    return " ".join(words)


def _is_rep_word(word: str) -> bool:
    return word in ("times", "reps", "repetitions", "x")


def is_verb(word: str) -> bool:
    """An instruction's verb, or its -ing form ("walking", "marching")."""
    if word in VERBS:
        return True
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        return stem in VERBS or stem + "e" in VERBS or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in VERBS)
    return False
