"""The words before a dose that name no exercise, only a step of one: a bare verb of doing it again or going on
("Repeat 8 times.", "Keep going for 1 minute.", "Do this 4 times.") or words that stop mid-sentence ("Spread your
fingers wide and hold for 5 seconds." leaves "Spread your fingers wide and").

A numbered list of such steps under an exercise's heading line was read as a list of exercises, one a step, named
"Repeat", "Keep going", "Hold for": the heading and the exercise were lost, with no warning."""

from __future__ import annotations

import re

_GENERIC = re.compile(r"^(?:repeat|hold(?: (?:it|this|that|them|(?:the |each |this )?"
                      r"(?:stretch|stretches|position|pose)))?(?: for)?|do|do (?:this|it|that|them)|"
                      r"keep going|keep at it|carry on|continue|go on|relax|rest|then|and|now)"
                      r"(?:\s+(?:this|it|that))?$", re.I)
_MID_SENTENCE = re.compile(r"\s(?:and|or|for|to|the|a|an|your|then|of|with|until|about)$", re.I)
_RUN_ON_WORDS = 3


def is_step_fragment(name: str) -> bool:
    """Whether `name`, the words an item has before its dose, is a step's words rather than an exercise's name."""
    words = name.strip(" .,:;–—-")
    # a name of two words may end in a small word ("Move to", a list's own label): three or more words run on
    return bool(_GENERIC.match(words) or (len(words.split()) >= _RUN_ON_WORDS and _MID_SENTENCE.search(words)))


_FEW_STEPS = 5
"""The fewest numbered lines that make a list of one exercise's steps when few of them give a dose."""


def few_dosed_steps(numbered: int, dosed: int) -> bool:
    """Whether a numbered list of `numbered` paragraphs of which `dosed` give a dose is one exercise's steps ("1. Sit
    back. 2. Lift your knee. ... 5. Hold for 10 seconds. 6. Relax.") rather than one exercise a paragraph: five or
    more, some but fewer than a third of them dosed (none dosed: a dose below may be every one's)."""
    return numbered >= _FEW_STEPS and dosed > 0 and dosed * 3 < numbered


_DOSE_STEP = re.compile(r"^\s*(?:hold|repeat|do (?:this|it|that)|keep (?:going|this up)|stay|rest|relax)\b", re.I)
"""A step that only says how much: "Hold the stretch for 30 seconds.", "Repeat three times."."""


def only_dose_steps(dosed: list[str], numbered: int) -> bool:
    """Whether a numbered list whose dosed paragraphs are `dosed` is one exercise's steps: every dosed paragraph
    only says how long or how often ("4. Hold for 30 seconds. 5. Repeat three times."), and at least as many others
    say what to do ("1. Sit against a wall. 2. Loop a towel around your foot. 3. Pull it towards you.")."""
    return bool(dosed) and numbered >= 2 * len(dosed) and all(_DOSE_STEP.match(text) for text in dosed)
