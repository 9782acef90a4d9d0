"""A question-and-answer page copied as text (a Stack Exchange site and its kind): the question, "2 Answers", then
each answer under its vote count and over its footer ("Share", "Improve this answer", "Follow", who answered when,
the comments, "Add a comment").

The routine is an answer's, not the asker's: the page read is the question's title (the line above "Asked ...")
over the answer that states the most doses (the first of those that tie: the page sorts its best first). The
question, the vote counts, the sorting bar, the footers, the comments under each answer, the other answers and the
page's bars ("Your Answer", "Linked", "Hot Network Questions") are left out; read as they were, "2 Answers" was an
exercise of 2 reps and the sorting bar was taken for the start of the readers' comments."""

from __future__ import annotations

import re

from voiceroutine.importer.dose import find_mentions

_ANSWERS = re.compile(r"^\s*\d{1,4}\s+answers?\s*$", re.I)
_ASKED = re.compile(r"^\s*asked\b", re.I)
_VOTES = re.compile(r"^\s*-?\d{1,5}\s*$")
_FOOTER = re.compile(r"^\s*(?:share|improve this answer|follow)\s*$", re.I)


def answer_page(text: str) -> str | None:
    """The question's title over the answer with the most doses; None when `text` is no such page (no
    "N Answers" line, or no answer under it that ends in its footer)."""
    lines = text.split("\n")
    at = next((index for index, line in enumerate(lines) if _ANSWERS.match(line)), None)
    if at is None:
        return None
    answers: list[list[str]] = []
    body: list[str] | None = None
    for line in lines[at + 1:]:
        if body is None:
            if _VOTES.match(line):
                body = []
        elif _FOOTER.match(line):
            answers.append(body)
            body = None
        else:
            body.append(line)
    answers = [answer for answer in answers if "".join(answer).strip()]
    if not answers:
        return None
    best = max(answers, key=lambda answer: (len(find_mentions("\n".join(answer))), -answers.index(answer)))
    asked = next((index for index, line in enumerate(lines[:at]) if _ASKED.match(line)), None)
    title = next((line.strip() for line in reversed(lines[:asked or 0]) if line.strip()), "") if asked else ""
    answer = "\n".join(best).strip()
    return f"{title}\n\n{answer}\n" if title else answer + "\n"
