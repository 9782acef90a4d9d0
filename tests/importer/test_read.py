"""Articles as blocks: HTML with page chrome, Markdown, plain text."""

from __future__ import annotations

import pytest

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.read import InputKind, detect_kind, read_article

PAGE = """<!doctype html><html><head><title>Neck Care | Site</title>
<script>var x = "Hold for 10 seconds";</script><style>p { color: red }</style></head>
<body><nav><ul><li>Home</li><li>Blog</li></ul></nav><header><h1>Site name</h1></header>
<div class="sidebar"><p>Popular now</p></div>
<article><h1>Neck Care</h1><p>Intro text &amp; more.</p>
<h2>1. Chin Tuck</h2><ol><li>Sit tall.</li><li>Glide your chin back.<br>Hold 5&nbsp;s.</li></ol>
<ul><li>Relax <strong>fully</strong>.</li></ul>
<p><strong>2. Neck Tilt</strong></p><form><input value="Subscribe"></form></article>
<aside>Related</aside><footer><p>Copyright</p></footer><div hidden>secret</div></body></html>"""


def test_html_keeps_headings_items_and_paragraphs_and_drops_chrome() -> None:
    article = read_article(PAGE)
    assert article.kind is InputKind.HTML
    assert article.title == "Neck Care"
    assert article.blocks == (
        Block(BlockKind.HEADING, "Neck Care", level=1),
        Block(BlockKind.TEXT, "Intro text & more."),
        Block(BlockKind.HEADING, "1. Chin Tuck", level=2),
        Block(BlockKind.ITEM, "Sit tall.", marker="1."),
        Block(BlockKind.ITEM, "Glide your chin back. Hold 5 s.", marker="2."),
        Block(BlockKind.ITEM, "Relax fully.", marker="-"),
        Block(BlockKind.TEXT, "2. Neck Tilt", bold=True),
    )


def test_markdown_headings_bullets_bold_and_links() -> None:
    text = (
        "# Title\n\nSome [linked](http://x.y) intro.\n\n## 1. Plank\n\n"
        "* Lie **face down**.\n- Lift up\n  and hold.\n\n**Hold 30 s**\n"
    )
    article = read_article(text)
    assert article.kind is InputKind.MARKDOWN
    assert article.blocks == (
        Block(BlockKind.HEADING, "Title", level=1),
        Block(BlockKind.TEXT, "Some linked intro."),
        Block(BlockKind.HEADING, "1. Plank", level=2),
        Block(BlockKind.ITEM, "Lie face down.", marker="-"),
        Block(BlockKind.ITEM, "Lift up and hold.", marker="-"),
        Block(BlockKind.TEXT, "Hold 30 s", bold=True),
    )


def test_plain_text_bullets_of_any_kind_and_wrapped_paragraphs() -> None:
    text = (
        "Title line\n\n1) First step\n• Second step\n· Third step\n– Fourth step\na. Fifth step\n\n"
        "A long paragraph that was wrapped by an editor at a fixed width\nand carries on here.\nShort line\n"
    )
    blocks = read_article(text).blocks
    assert [(b.kind, b.text, b.marker) for b in blocks] == [
        (BlockKind.TEXT, "Title line", ""),
        (BlockKind.ITEM, "First step", "1)"),
        (BlockKind.ITEM, "Second step", "-"),
        (BlockKind.ITEM, "Third step", "-"),
        (BlockKind.ITEM, "Fourth step", "-"),
        (BlockKind.ITEM, "Fifth step", "a."),
        (BlockKind.TEXT, "A long paragraph that was wrapped by an editor at a fixed width and carries on here.", ""),
        (BlockKind.TEXT, "Short line", ""),
    ]


def test_typographic_quotes_and_spaces_are_normalised() -> None:
    (block,) = read_article("Child\u2019s\u00a0pose").blocks
    assert block.text == "Child's pose"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<p>Hi</p><p>there</p>", InputKind.HTML),
        ("## Heading\ntext", InputKind.MARKDOWN),
        ("Some **bold** words", InputKind.MARKDOWN),
        ("1. Chin tuck\n- Sit tall", InputKind.TEXT),
        ("Use 3 < 5 and a > b", InputKind.TEXT),
    ],
)
def test_detect_kind(text: str, kind: InputKind) -> None:
    assert detect_kind(text) is kind


def test_emoji_bullets_become_items_and_decoration_goes() -> None:
    blocks = read_article("✨ My Routine ✨\n\n🔹 Plank → 30 sec\n🔹 Squats → 10 reps 💪\n").blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.TEXT, "My Routine"),
        (BlockKind.ITEM, "Plank → 30 sec"),
        (BlockKind.ITEM, "Squats → 10 reps"),
    ]


def test_table_rows_read_as_name_and_dose_items() -> None:
    markdown = (
        "| Exercise | Sets | Reps | Rest |\n|---|:-:|---|---|\n| Squat | 3 | 8-10 | 60 s |\n| Plank | 2 | - | 30 s |\n"
    )
    html = ("<table><tr><th>Exercise</th><th>Sets</th><th>Reps</th><th>Rest</th></tr>"
            "<tr><td>Squat</td><td>3</td><td>8-10</td><td>60 s</td></tr></table><p>Done.</p>")
    expected = ["Squat: 3 sets, 8-10 reps, rest 60 s", "Plank: 2 sets, rest 30 s"]
    assert [b.text for b in read_article(markdown).blocks] == expected
    assert [b.text for b in read_article(html).blocks] == [expected[0], "Done."]


def test_bold_lead_in_is_kept_apart() -> None:
    (md,) = read_article("**Glute bridge.** Lie on your back.").blocks
    (html,) = read_article("<html><body><p><b>Glute bridge:</b> Lie on your back.</p></body></html>").blocks
    assert (md.lead, md.text) == ("Glute bridge.", "Glute bridge. Lie on your back.")
    assert (html.lead, html.text) == ("Glute bridge:", "Glute bridge: Lie on your back.")


def test_header_inside_an_article_section_is_content() -> None:
    page = ("<html><body><header><h1>Site</h1></header><article><section><header><h2>Plank</h2></header>"
            "<p>Hold 30 s.</p></section></article></body></html>")
    assert [(b.kind, b.text) for b in read_article(page).blocks] == [
        (BlockKind.HEADING, "Plank"), (BlockKind.TEXT, "Hold 30 s.")]


def test_a_list_written_as_one_sentence_becomes_items() -> None:
    blocks = read_article("Leg day\n\nSquats 3x10, Reverse lunges 3x8 each leg, Wall sit 3x30 seconds.\n").blocks
    assert [b.text for b in blocks] == [
        "Leg day", "Squats: 3x10", "Reverse lunges: 3x8 each leg", "Wall sit: 3x30 seconds"]
    prose = read_article("Do each exercise for 40 seconds, then rest for 20 seconds.").blocks
    assert [b.kind for b in prose] == [BlockKind.TEXT]
