"""A reStructuredText source (a Sphinx page pasted as its .rst): titles, a list-table and a csv-table read as the
Markdown the importer knows; field lists, directives and roles left out or kept as their words."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.importer.formats.restructuredtext import rst_text

_PAGE = """\
.. _mobility-b:

=====================
Mobility night, block B
=====================

:Author: Coach Ines
:Date: 2026-10-02
:Version: 2.1

.. contents:: On this page
   :local:

.. note::

   The studio opens at 18:30. Mats are £2 to hire; see :doc:`studio-rules`.

Main set
========

Work through the table in order. See :ref:`why-mobility` for the reasons.

.. list-table:: Block B
   :header-rows: 1
   :widths: 30 20 50

   * - Exercise
     - Dose
     - Points
   * - Cossack squat
     - 2 x 6 each side
     - Heel down on the bent leg,
       chest tall.
   * - Thread the needle
     - 8 each side
     - Follow the hand with your eyes.
   * - Frog stretch
     - 45 s
     - Knees wide, ``no bouncing``.

.. seealso::

   :doc:`block-a`, :doc:`block-c`
"""


def test_a_list_table_becomes_a_markdown_table_and_the_page_furniture_goes() -> None:
    markdown = rst_text(_PAGE)
    assert markdown is not None
    assert "| Exercise | Dose | Points |" in markdown
    assert "| Cossack squat | 2 x 6 each side | Heel down on the bent leg, chest tall. |" in markdown
    assert "| Frog stretch | 45 s | Knees wide, no bouncing. |" in markdown
    assert "## Main set" in markdown and "# Mobility night, block B" in markdown
    assert ":Author:" not in markdown and "contents::" not in markdown and "block-a" not in markdown
    assert "See why-mobility for the reasons." in markdown
    assert "Note: The studio opens at 18:30. Mats are £2 to hire; see studio-rules." in markdown


def test_an_rst_page_imports_one_exercise_a_row() -> None:
    exercises = yaml.safe_load(import_article(_PAGE, "mobility.rst").yaml_text)["exercises"]
    assert [(e["name"], e.get("sets", 1), e.get("reps"), e.get("hold"), e.get("sides")) for e in exercises] == [
        ("Cossack squat", 2, 6, None, ["left", "right"]),
        ("Thread the needle", 1, 8, None, ["left", "right"]),
        ("Frog stretch", 1, None, "45 s", None),
    ]


def test_a_csv_table_with_its_header_option_is_a_table_too() -> None:
    page = ("Stretches\n=========\n\n.. csv-table:: Evening\n   :header: \"Stretch\", \"Hold\"\n\n"
            "   \"Calf stretch\", \"30 s each leg\"\n   \"Child's pose\", \"1 minute\"\n")
    markdown = rst_text(page)
    assert markdown is not None
    assert "| Stretch | Hold |" in markdown and "| Calf stretch | 30 s each leg |" in markdown
    assert "| Child's pose | 1 minute |" in markdown


def test_markdown_and_plain_text_are_no_rst() -> None:
    assert rst_text("# Stretches\n\n- Calf stretch: 30 s\n") is None
    assert rst_text("Stretches\n=========\n\nCalf stretch, 30 s each leg.\n") is None  # a title alone
    assert rst_text(".. a comment line\nSquats 3 x 10\n") is None

