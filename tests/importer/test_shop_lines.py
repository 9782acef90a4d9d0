"""A shop's product page copied as text, with a routine inside a review: the shop's lines (price, colour, delivery
countdown, stock, review stamps) are no exercises and their numbers no doses."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.importer.shop_lines import without_shop_lines

_PAGE = """Home > Fitness > Yoga blocks

Cork Yoga Block, 23 x 15 cm
4.4 out of 5 stars (812 ratings)
£14.50   RRP £18.00   Save 19%
Colour: Natural
FREE delivery Friday 11 December. Order within 5 hrs 40 mins.
In stock.
Quantity: 1

Top reviews

Maeve K.
Exactly what my physio wanted me to use
Reviewed in the United Kingdom on 3 November 2026
Verified Purchase

She gave me these with the block:
- Supported bridge: block under the sacrum, 60 seconds
- Seated forward fold: sit on the block, 45 seconds
- Reclined butterfly: block under the back, 2 minutes

Helpful (41) | Report
"""


def test_the_shop_lines_go_and_the_review_stays() -> None:
    text = without_shop_lines(_PAGE)
    for gone in ("£14.50", "Colour: Natural", "Order within", "In stock.", "Quantity: 1", "Verified Purchase",
                 "Reviewed in the United Kingdom", "Helpful (41)", "4.4 out of 5 stars"):
        assert gone not in text
    assert "- Supported bridge: block under the sacrum, 60 seconds" in text


def test_a_review_imports_as_its_routine_alone() -> None:
    exercises = yaml.safe_load(import_article(_PAGE, "review.txt").yaml_text)["exercises"]
    assert [e["name"] for e in exercises] == ["Supported bridge", "Seated forward fold", "Reclined butterfly"]


def test_one_such_line_alone_is_an_articles_own() -> None:
    text = "Resistance band rows\nSize: medium band\n12 reps, 3 sets\n"
    assert without_shop_lines(text) == text
