"""A forum post's BBCode source: emphasis and lists as Markdown, a large size line as a heading, links as their
words; quotes, spoilers, images and the signature left out."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.importer.formats.bbcode import bbcode_text

_POST = """\
[size=140][b]My desk-worker mobility list[/b][/size]

[quote="Rowan_K"]What do you do at lunch? I do 4x25 sit-ups but my neck hurts.[/quote]

Here you go, [color=#999999]I'm 41 and sit about 9 hours a day[/color].

[list=1]
[*][b]Thoracic extensions[/b]: 2x10 over the chair back
[*][b]Hip flexor stretch[/b]: hold 30 sec each side
[*][b]Band pull-aparts[/b] x 15
[/list]

[spoiler=My old plan]Crunches 5x50 every morning.[/spoiler]

Photos [url=https://example.org/album]in my album[/url]. [img]https://example.org/a.jpg[/img]

--
[size=80]Deadlift 140 kg | 10k 52:30[/size]
"""


def test_bbcode_becomes_markdown_without_the_quotes_spoilers_and_signature() -> None:
    markdown = bbcode_text(_POST)
    assert markdown is not None
    assert "## My desk-worker mobility list" in markdown
    assert "1. **Thoracic extensions**: 2x10 over the chair back" in markdown
    assert "1. **Band pull-aparts** x 15" in markdown
    assert "Photos in my album." in markdown
    for gone in ("4x25", "Crunches", "140 kg", "a.jpg", "example.org", "[", "]"):
        assert gone not in markdown


def test_a_bbcode_post_imports_its_list_and_not_the_quoted_or_hidden_doses() -> None:
    exercises = yaml.safe_load(import_article(_POST, "post.txt").yaml_text)["exercises"]
    assert [(e["name"], e.get("sets", 1), e.get("reps"), e.get("hold"), e.get("sides")) for e in exercises] == [
        ("Thoracic extensions", 2, 10, None, None),
        ("Hip flexor stretch", 1, None, "30 s", ["left", "right"]),
        ("Band pull-aparts", 1, 15, None, None),
    ]


def test_one_bracketed_word_is_no_bbcode() -> None:
    assert bbcode_text("Squats [b]3 x 10[/b] then rest.\nLunges 3 x 8 [optional]\n") is None
    assert bbcode_text("<p>[b]Squats[/b] [i]3 x 10[/i]</p>") is None


def test_an_unclosed_quote_hides_the_rest_and_lists_on_one_line_are_read() -> None:
    markdown = bbcode_text("[b]Today[/b]\n[list][*]Squats 3x10[*]Lunges 2x8[/list]\n[quote]Burpees 9x9\n")
    assert markdown is not None
    assert "- Squats 3x10" in markdown and "- Lunges 2x8" in markdown and "Burpees" not in markdown
