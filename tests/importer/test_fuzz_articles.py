"""Whatever an exercise article says, `import` writes a routine the loader takes, or stops with an ArticleError.

Random text almost never looks like an exercise, so these articles are drawn from the pieces exercise pages are
made of: headings in the common forms, list items, labelled dose lines, prose sentences with one or several
doses, tables, page clutter and numbers that are no dose, in text, Markdown, HTML, reStructuredText, a Telegram
chat export, an OPML outline (now and then cut off) or a forum post's BBCode. The numbers are drawn wide
(0, 1, hundreds, thousands; seconds, minutes and hours; ranges; sets times reps) so that a reading past the
format's limits must be clamped or left out with a warning, never written. `FUZZ_EXAMPLES` sets how many
articles are tried (100 by default; the `long` profile of tests/conftest.py is not needed for this file)."""

from __future__ import annotations

import os
from dataclasses import replace
from xml.sax.saxutils import escape, quoteattr

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voiceroutine.errors import ArticleError
from voiceroutine.importer import import_article
from voiceroutine.importer.checks import LONG_EXERCISE_MS, LONG_ROUTINE_MS, MANY_REPS
from voiceroutine.routine.length import rough_length_ms
from voiceroutine.routine.loader import load_routine_text
from voiceroutine.routine.model import Level, Reps

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

NAMES = ["Bird dog", "Glute bridge", "Plank", "Side plank", "Chin tuck", "Cat-cow", "Wall push-up", "Squat",
         "Calf raise", "Dead bug", "Hamstring stretch", "Child's pose", "Thread the needle", "Shoulder rolls",
         "Heel slides", "Step-ups", "Burpees", "Jumping jacks", "Lunges", "Knee hugs", "Pelvic tilt",
         "Seated twist", "Doorway chest stretch", "Clamshells", "Mountain climbers", "Wrist circles"]
WORDS = ["slowly", "keep", "your", "back", "flat", "breathe", "out", "knees", "soft", "gently", "then", "lower",
         "arms", "reach", "the", "floor", "stand", "tall", "and", "hold", "return", "start", "repeat", "side"]
UNITS_S = ["seconds", "second", "sec", "s", "secs"]
UNITS_M = ["minutes", "minute", "min", "mins"]
UNITS_H = ["hours", "hour", "hrs"]

number = st.one_of(st.integers(0, 12), st.integers(13, 120), st.sampled_from([150, 180, 300, 999, 1000, 5000]))
word_number = st.sampled_from(["one", "two", "three", "five", "ten", "twelve", "twenty", "a hundred"])
count = st.one_of(number.map(str), word_number)


@st.composite
def span(draw: st.DrawFn) -> str:
    unit = draw(st.sampled_from(UNITS_S + UNITS_M + UNITS_H))
    if draw(st.booleans()):
        return f"{draw(count)} {unit}"
    low = draw(number)
    return f"{low}{draw(st.sampled_from(['-', ' to ', '–']))}{low + draw(st.integers(0, 90))} {unit}"


@st.composite
def dose(draw: st.DrawFn) -> str:
    forms = [
        lambda: f"{draw(count)} reps",
        lambda: f"{draw(count)} times",
        lambda: f"{draw(number)} x {draw(number)}",
        lambda: f"{draw(count)} sets of {draw(count)}",
        lambda: f"hold {draw(span())}",
        lambda: f"hold for {draw(span())}, {draw(count)} times",
        lambda: f"for {draw(span())}",
        lambda: f"{draw(span())} each side",
        lambda: f"{draw(count)} each leg",
        lambda: f"{draw(count)} breaths",
        lambda: f"rest {draw(span())} between sets",
        lambda: f"{draw(span())} on, {draw(span())} off, {draw(count)} rounds",
        lambda: f"repeat {draw(count)} times on the right, then the left",
        lambda: f"{draw(number)}x{draw(number)}s",
        lambda: f"Reps: {draw(count)} | Sets: {draw(count)}",
        lambda: f"Hold: {draw(number)}",
    ]
    return draw(st.sampled_from(forms))()


@st.composite
def name(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 4)) == 0:
        return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))).capitalize()
    return draw(st.sampled_from(NAMES))


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=10)))
    parts = [words.capitalize()]
    if draw(st.booleans()):
        parts.append(f"{draw(st.sampled_from(['then', 'and', 'resting', 'for']))} {draw(dose())}")
    if draw(st.integers(0, 3)) == 0:
        parts.append(f"then {draw(name()).lower()} {draw(dose())}")
    return ", ".join(parts) + draw(st.sampled_from([".", "", "!", "..."]))


CLUTTER = ["Home | About | Shop | Contact", "Accept cookies", "Posted on 3 March 2024 by Sam", "Call 0800 123 456",
           "5 min read", "Share this", "12 comments", "Related posts", "Only £9.99 a month", "Reply",
           "Step 1 of 3", "Rated 4.5 out of 5 by 1,204 readers", "Last reviewed: 12/02/2023", "Advertisement"]


@st.composite
def exercise(draw: st.DrawFn, markup: str, at: int) -> str:
    title = draw(name())
    head = draw(st.sampled_from([
        f"{at}. {title}", f"Exercise {at}: {title}", f"{title}", f"**{title}**", f"{title} ({draw(dose())})",
        f"Step {at}: {title}", f"💪 {title}", f"{title} - {draw(dose())}", f"Name: {title}", title.upper()]))
    lines = draw(st.lists(st.one_of(sentence(), dose(), st.sampled_from(CLUTTER)), min_size=0, max_size=4))
    if markup == "md":
        return "\n".join([f"## {head}", "", *(f"- {line}" for line in lines), ""])
    if markup == "rst":
        return "\n".join([head, "-" * max(3, len(head)), "", *(f"* {line}" for line in lines), ""])
    if markup == "telegram":
        said = "<br>".join([head, *lines])
        sender = draw(st.sampled_from(['<div class="from_name">Coach</div>', '<div class="from_name">Sam</div>', ""]))
        return (f'<div class="message default clearfix{"" if sender else " joined"}"><div class="body">'
                f'<div class="pull_right date details" title="01.02.2026 07:{at:02d}:00 UTC">07:{at:02d}</div>'
                f'{sender}<div class="text">{said}</div></div></div>')
    if markup == "opml":
        return f"<outline text={quoteattr(head)} _note={quoteattr(' '.join(lines))} />"
    if markup == "bbcode":
        items = "".join(f"[*]{line}\n" for line in lines)
        aside = draw(st.sampled_from(["", f"[quote=Sam]{draw(dose())}[/quote]\n",
                                      f"[spoiler]{draw(dose())}[/spoiler]\n"]))
        return f"[b]{head}[/b]\n{aside}[list]\n{items}[/list]\n"
    if markup == "html":
        tag = draw(st.sampled_from(["h2", "h3", "p", "li", "strong"]))
        return f"<{tag}>{head}</{tag}>" + "".join(f"<p>{line}</p>" for line in lines)
    return "\n".join([head, *lines, ""])


@st.composite
def article(draw: st.DrawFn) -> str:
    markup = draw(st.sampled_from(["txt", "md", "html", "rst", "telegram", "opml", "bbcode"]))
    parts = [draw(st.sampled_from(["Morning stretches", "Back pain routine", "# Full body", "Desk breaks"]))]
    parts += draw(st.lists(st.sampled_from(CLUTTER), max_size=3))
    if draw(st.booleans()):
        parts.append(draw(sentence()))
    for at in range(1, draw(st.integers(1, 9)) + 1):
        parts.append(draw(exercise(markup, at)))
    if draw(st.integers(0, 3)) == 0:
        rows = draw(st.lists(st.tuples(name(), dose()), min_size=1, max_size=5))
        if markup == "rst":
            parts.append(".. list-table:: Main set\n   :header-rows: 1\n\n   * - Exercise\n     - Dose\n"
                         + "".join(f"   * - {n}\n     - {d}\n" for n, d in rows))
        else:
            parts.append("| Exercise | Dose |\n|---|---|\n" + "\n".join(f"| {n} | {d} |" for n, d in rows))
    parts += draw(st.lists(st.one_of(sentence(), st.sampled_from(CLUTTER)), max_size=3))
    text = "\n\n".join(parts)
    if markup == "rst":
        text = f"{parts[0]}\n{'=' * len(parts[0])}\n\n:Author: Sam\n\n.. contents::\n\n" + "\n\n".join(parts[1:])
    if markup == "telegram":
        text = f'<html><body><div class="history">{"".join(parts[1:])}</div></body></html>'
    if markup == "opml":
        outlines = "".join(part if part.startswith("<outline") else f"<outline text={quoteattr(part)} />"
                           for part in parts[1:])
        text = (f'<?xml version="1.0"?>\n<opml version="2.0"><head><title>{escape(parts[0])}</title></head>'
                f'<body><outline text="Plan">{outlines}</outline></body></opml>')
        if draw(st.integers(0, 5)) == 0:  # cut off: refused with an ArticleError, never a traceback
            text = text[:draw(st.integers(0, len(text)))]
    if markup == "bbcode":
        text = f"[size=150][b]{parts[0]}[/b][/size]\n\n" + "\n\n".join(parts[1:])
    if markup == "html":
        text = f"<html><body><nav>Home About</nav><main>{text}</main><footer>© 2024</footer></body></html>"
    return text


def _imported_or_refused(text: str) -> None:
    try:
        result = import_article(text, "article.html" if text.startswith("<html>") else "article.txt")
    except ArticleError as e:
        assert str(e).strip() and "\n" not in str(e).strip(), "an ArticleError is one line"
        return
    routine = load_routine_text(result.yaml_text, "imported.yaml")  # RoutineError when the routine is not valid
    assert result.confidence.strip(), "every import ends with a confidence line"
    # never silently implausible: what the checks call implausible carries a warning on its exercise
    assert len(routine.exercises) == len(result.exercises)
    for loaded, imported in zip(routine.exercises, result.exercises, strict=True):
        alone = rough_length_ms(replace(routine, items=(replace(loaded, rest_ms=None),)), Level.STANDARD)
        many = isinstance(loaded.dose, Reps) and loaded.dose.count.high > MANY_REPS
        if alone > LONG_EXERCISE_MS or many:
            assert imported.warnings, f"{loaded.name}: {loaded.dose} with no warning"
    if rough_length_ms(routine, Level.STANDARD) > LONG_ROUTINE_MS:
        assert result.routine_warnings, "a routine over 45 minutes with no warning"


@FUZZ
@given(article())
def test_an_article_of_exercise_page_pieces_imports_to_a_valid_routine_or_an_article_error(text: str) -> None:
    _imported_or_refused(text)


@FUZZ
@given(st.lists(st.one_of(sentence(), dose(), name()), min_size=1, max_size=12).map(" ".join))
def test_prose_of_doses_run_together_imports_to_a_valid_routine_or_an_article_error(text: str) -> None:
    _imported_or_refused(text)
