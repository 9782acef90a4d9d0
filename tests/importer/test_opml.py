"""An outliner's OPML export: outlines with outlines inside as headings, the others as "name: note" items; escaped
markup left out; a file declaring entities, or not well formed, refused with an ArticleError."""

from __future__ import annotations

import pytest
import yaml

from voiceroutine.errors import ArticleError
from voiceroutine.importer import import_article
from voiceroutine.importer.formats.opml import opml_text

_OUTLINE = """\
<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Ankle rehab</title>
    <dateModified>Fri, 04 Dec 2026 07:10:00 GMT</dateModified>
    <expansionState>0,2</expansionState>
  </head>
  <body>
    <outline text="&lt;b&gt;Ankle rehab, block 2&lt;/b&gt;" _note="From the physio on 2 Dec, 4 sessions left.">
      <outline text="Calf raises" _note="2 x 15, slow on the way down" _complete="true" />
      <outline text="Towel scrunches" _note="20 each foot" />
      <outline text="Single leg balance" _note="Hold 40 s" />
    </outline>
  </body>
</opml>
"""


def test_an_outline_becomes_headings_and_name_note_items() -> None:
    markdown = opml_text(_OUTLINE)
    assert markdown is not None
    assert "# Ankle rehab, block 2" in markdown and "&lt;" not in markdown and "<b>" not in markdown
    assert "- Calf raises: 2 x 15, slow on the way down" in markdown
    assert "- Single leg balance: Hold 40 s" in markdown
    assert "expansionState" not in markdown and "0,2" not in markdown and "2026" not in markdown


def test_an_opml_file_imports_one_exercise_an_item() -> None:
    routine = yaml.safe_load(import_article(_OUTLINE, "ankle.opml").yaml_text)
    assert [(e["name"], e.get("sets", 1), e.get("reps"), e.get("hold"), e.get("sides"))
            for e in routine["exercises"]] == [
        ("Calf raises", 2, 15, None, None),
        ("Towel scrunches", 1, 20, None, ["left", "right"]),
        ("Single leg balance", 1, None, "40 s", None),
    ]


@pytest.mark.parametrize("hostile", [
    # a "billion laughs": entities that expand to entities
    '<?xml version="1.0"?>\n<!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
    '<opml version="2.0"><body><outline text="&b;" _note="3 x 10"/></body></opml>',
    # an external entity naming a file
    '<?xml version="1.0"?>\n<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    '<opml version="2.0"><body><outline text="Squat &x;" _note="3 x 10"/></body></opml>',
    # cut off half way
    '<?xml version="1.0"?>\n<opml version="2.0"><body><outline text="Squat" _note="3 x 10">',
])
def test_an_opml_file_that_declares_entities_or_is_broken_is_refused(hostile: str) -> None:
    with pytest.raises(ArticleError):
        opml_text(hostile)
    with pytest.raises(ArticleError):
        import_article(hostile, "hostile.opml")


def test_text_that_only_mentions_opml_is_no_outline() -> None:
    assert opml_text("Export your plan as OPML: <opml> files open in any outliner.\n- Squat: 3 x 10\n") is None
