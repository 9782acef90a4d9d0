"""Rules added while tuning on round 23 (session 13): a JavaScript app's page whose routine is only in its
schema.org HowTo data, and the other shapes of that round; each on our own words."""

from __future__ import annotations

import json

from tests.importer.helpers import by_name
from voiceroutine.importer.formats.json_ld import howto_page
from voiceroutine.importer.ticks import ticked_items
from voiceroutine.importer.woven_columns import unwoven_columns

_HOWTO = {
    "@context": "https://schema.org",
    "@type": "HowTo",
    "name": "Evening ankle care",
    "totalTime": "PT10M",
    "step": [
        {"@type": "HowToSection", "name": "Loosen", "itemListElement": [
            {"@type": "HowToStep", "name": "Ankle circles",
             "text": "Sit on a chair and draw slow circles with your toes. 12 each way."},
        ]},
        {"@type": "HowToSection", "name": "Strengthen", "itemListElement": [
            {"@type": "HowToStep", "name": "Calf raises",
             "text": "Hold the back of the chair and rise onto your toes. 3 sets of 15."},
            {"@type": "HowToStep", "name": "Towel scrunch",
             "text": "Pull a towel towards you with your toes for 45 seconds."},
        ]},
    ],
}


def _app_page(data: object, body: str = '<div id="root"></div>') -> str:
    return ("<html><head><title>Ankle care | Hopla</title>"
            f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
            f"<body><noscript>Turn on JavaScript to use Hopla.</noscript>{body}"
            '<script id="app-data" type="application/json">{"rating": 4.9, "related": ["3 rounds of 8"]}</script>'
            "</body></html>")


def test_an_app_page_with_an_empty_body_is_read_from_its_json_ld_howto() -> None:
    page = _app_page(_HOWTO)
    text = howto_page(page)
    assert text is not None and "<h2>Strengthen</h2>" in text and "<b>Calf raises</b>: Hold" in text
    found = by_name(page, "page.html")
    assert list(found) == ["Ankle circles", "Calf raises", "Towel scrunch"]
    assert found["Ankle circles"]["reps"] == 12
    assert (found["Calf raises"]["reps"], found["Calf raises"]["sets"]) == (15, 3)
    assert found["Towel scrunch"]["hold"] == "45 s"
    # in a @graph, beside other nodes, the same
    assert howto_page(_app_page({"@graph": [{"@type": "WebPage", "name": "x"}, _HOWTO]})) == text


def test_a_page_that_shows_its_routine_is_read_from_its_body_not_its_json_ld() -> None:
    lines = ("Ankle circles: sit and draw slow circles with the toes, 10 each way",
             "Calf raises: rise onto your toes at the chair, 2 sets of 20",
             "Towel scrunch: pull the towel in with your toes for 30 seconds")
    body = "<article><h1>Evening ankle care</h1><ol>" + "".join(f"<li>{x}</li>" for x in lines) + "</ol></article>"
    assert howto_page(_app_page(_HOWTO, body)) is None
    assert by_name(_app_page(_HOWTO, body), "page.html")["Calf raises"]["reps"] == 20
    # no HowTo, or JSON-LD that will not parse: nothing to read
    assert howto_page(_app_page({"@type": "Organization", "name": "Hopla"})) is None
    assert howto_page(_app_page({"@type": "HowTo", "name": "x"})) is None
    assert howto_page('<script type="application/ld+json">{"@type": "HowTo", </script>') is None


_KEEP = """Knee list from Thursday
rehab
Edited Dec 5

\u2610 quad sets x10, hold 5s
\u2610 straight leg raise 3x8
+ List item
2 ticked items
\u2611 heel slides x15
\u2611 calf stretch 30s each side
"""


def test_a_note_app_checklist_with_its_ticked_items_moved_below_a_count_is_all_the_routine() -> None:
    found = by_name(_KEEP)
    assert list(found) == ["Quad sets", "Straight leg raise", "Heel slides", "Calf stretch"]
    assert (found["Quad sets"]["reps"], found["Quad sets"]["hold"]) == (10, "5 s")
    assert (found["Straight leg raise"]["reps"], found["Straight leg raise"]["sets"]) == (8, 3)
    assert found["Heel slides"]["reps"] == 15
    assert found["Calf stretch"]["hold"] == "30 s" and found["Calf stretch"]["sides"] == ["left", "right"]
    # without the count, a ticked box among empty ones still picks the items meant for one person
    picked = ticked_items(_KEEP.replace("2 ticked items\n", ""))
    assert "quad sets" not in picked and "heel slides x15" in picked
    assert "ticked items" not in ticked_items(_KEEP) and "List item" not in ticked_items(_KEEP)


_WOVEN = """KNEE CLASS HANDOUT

1  Straight leg raise
4  Step-ups
Lie on your back, one knee bent.
Step up onto the bottom stair and
Lift the other leg a hand high.
down again. 12 times with each leg.
Do this 10 times.
5  Wall sit
2  Knee bends
Back against the wall, slide down a
Sit on a chair and slide one foot
little way. Hold for 20 seconds.
back under it. 15 times.
6  Calf stretch
3  Quad set
Lean on the wall, one leg behind.
Tighten the front of your thigh and
Hold for 30 seconds on each leg.
hold 5 seconds. Repeat 10 times.

Phone the clinic with any questions.
"""


def test_lines_woven_from_two_columns_are_put_back_left_column_first() -> None:
    text = unwoven_columns(_WOVEN)
    assert text.index("Do this 10 times.") < text.index("2  Knee bends") < text.index("4  Step-ups")
    found = by_name(_WOVEN)
    assert list(found) == ["Straight leg raise", "Knee bends", "Quad set", "Step-ups", "Wall sit", "Calf stretch"]
    assert found["Straight leg raise"]["reps"] == 10 and found["Knee bends"]["reps"] == 15
    assert (found["Quad set"]["reps"], found["Quad set"]["hold"]) == (10, "5 s")
    assert found["Step-ups"]["reps"] == 12 and found["Step-ups"]["sides"] == ["left", "right"]
    assert found["Wall sit"]["hold"] == "20 s"
    # a list numbered in order, and one whose lines start with a dose, are left as they are
    listed = "1  Bridge\nLift the hips. 10 times.\n2  Clam\nOpen the knee. 12 times.\n3  Plank\nHold 20 seconds.\n"
    assert unwoven_columns(listed) == listed
