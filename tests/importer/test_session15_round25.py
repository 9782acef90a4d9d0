"""Rules of session 15, found by opening round 25, each on our own words: a list item that holds a heading is a
card named by that heading, and a timed part's moves may be sub-headings instead of list items."""

from __future__ import annotations

import yaml

from tests.importer.helpers import by_name, imported
from voiceroutine.importer.blocks import BlockKind
from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.html import html_blocks
from voiceroutine.importer.title_counts import counts_exercises

_CARDS = """<html><body><article>
<h1>Lunch break legs</h1>
<h2>The moves</h2>
<ol>
<li><h3>Wall sit</h3><p>Slide down the wall until your knees are bent. Hold for 25 seconds.</p></li>
<li><h3>Heel drops</h3><p>Stand on a stair edge and let your heels sink. Do 12 slowly.</p></li>
</ol>
</article></body></html>"""


def test_a_list_item_headed_by_a_heading_is_named_by_it() -> None:
    blocks, _ = html_blocks(_CARDS)
    kinds = [(block.kind, block.text[:10]) for block in blocks]
    assert (BlockKind.HEADING, "Wall sit") in kinds
    assert all(not (block.kind is BlockKind.ITEM and block.text.startswith("Slide")) for block in blocks)
    found = by_name(_CARDS, "a.html")
    assert list(found) == ["Wall sit", "Heel drops"]
    assert found["Wall sit"]["hold"] == "25 s"
    assert found["Heel drops"]["reps"] == 12


_TIMED = """<html><body><article>
<h1>Ten minute burner</h1>
<h2>The block</h2>
<p>Go hard for 30 seconds on each move, then rest for 15 seconds. Once all four are done, take a minute and
start again: five rounds in all.</p>
<ol>
<li><h3>Skater hops</h3><p>Leap from one foot to the other.</p></li>
<li><h3>Plank jacks</h3><p>Jump your feet wide and back in a plank.</p></li>
<li><h3>High knees</h3><p>Run on the spot, knees up.</p></li>
<li><h3>Burpees</h3><p>Down to the floor and up with a jump.</p></li>
</ol>
</article></body></html>"""


def test_a_timed_part_takes_its_sub_headings_as_its_moves() -> None:
    found, text = imported(_TIMED.replace("Go hard for", "Work for"), "a.html")
    data = yaml.safe_load(text)
    circuit = next(item for item in data["exercises"] if "circuit" in item)
    assert [member["name"] for member in circuit["exercises"]] == ["Skater hops", "Plank jacks", "High knees",
                                                                    "Burpees"]
    assert circuit["work"] == "30 s" and circuit["rest"] == "15 s" and circuit["rounds"] == 5
    assert [exercise["name"] for exercise in found] == ["Skater hops", "Plank jacks", "High knees", "Burpees"]


def test_a_weekly_target_of_minutes_is_no_dose() -> None:
    text = """<html><body><article><h1>Hip care</h1>
<div class="box"><h3>Take care</h3><p>Stop if it hurts. Grown-ups are advised to get 90 minutes of brisk walking
each week.</p></div>
<h2>The exercises</h2>
<h3>Clamshell</h3><p>Lie on your side and open your top knee. Repeat 12 times.</p>
<h3>Bridge</h3><p>Lift your hips and hold for 5 seconds. Repeat 8 times.</p>
</article></body></html>"""
    found = by_name(text, "a.html")
    assert list(found) == ["Clamshell", "Bridge"]


def test_cat_and_camel_opens_a_paragraph_as_its_name() -> None:
    text = """<html><body><article><h1>Three for a stiff back</h1>
<p>Bird Dog. Kneel on all fours and reach one arm and the other leg out long. Hold for 3 seconds. Do 8 of them.</p>
<p>Cat and Camel. Stay on all fours and round your spine slowly, then let it dip. Carry on like this for a minute.</p>
<p>Child's Pose. Sit back on your heels with your arms long in front of you. Stay for 30 seconds.</p>
</article></body></html>"""
    found = by_name(text, "a.html")
    assert list(found) == ["Bird dog", "Cat and camel", "Child's pose"]
    assert "1 minute" in (found["Cat and camel"].get("duration"), found["Cat and camel"].get("hold"))


_PRINTED = """STRIDE CLINIC - HOME PLAN
Perform 1 time daily

------------------------------------------
1  Seated Knee Straighten
   Sit tall and straighten your knee, then lower it.
   Complete 3 sets

------------------------------------------
2  Standing Hip Hitch
   Stand on your weaker leg and raise the other foot. Lift it by hitching your hip.
   Hold for 5 seconds
   Repeat 8 times
   Perform on your left leg only

------------------------------------------
3  Ball Squeeze
   Squeeze a ball between your knees.
   2 sets of 12 reps

Advice from your physio:
Use a cold pack for 20 minutes after the session. Please give 48 hours' notice to move a booking.
"""


def test_a_printed_plan_reads_its_frequency_notes_and_one_sided_card() -> None:
    found, text = imported(_PRINTED)
    names = [exercise["name"] for exercise in found]
    assert names == ["Seated knee straighten", "Standing hip hitch", "Ball squeeze"]  # no "Time daily"
    assert "sides" not in found[1]  # done on the left leg only, whatever the other foot does
    assert found[1]["hold"] == "5 s" and found[1]["reps"] == 8
    assert "hold" not in found[2] and found[2]["reps"] == 12 and found[2]["sets"] == 2  # no cold pack, no notice
    assert '"3 sets" gives sets and no count in each' in text  # read as 3 reps, but said


def test_one_time_daily_is_how_often_and_no_count() -> None:
    assert find_mentions("Perform 1 time daily") == []
    assert find_mentions("Do the set 1 time a day, then rest.") == []


_PAGE = """<html><body><article><h1>Legs after a long drive</h1>
<h3>Lunge step</h3><p>Take a big step forward with your left foot and bend both knees.</p>
<p>Do this 6 times, then step with the right foot for another 6.</p>
<h3>Chair rise</h3><p>Stand up from a chair and sit back down without your hands.</p>
<p>Repeat 8 times. Have a 30 second break, then do another 8.</p>
</article></body></html>"""


def test_another_count_on_the_other_side_is_per_side_and_another_after_a_rest_a_second_set() -> None:
    found = by_name(_PAGE, "a.html")
    assert found["Lunge step"]["reps"] == 6 and found["Lunge step"]["sides"] == ["left", "right"]
    assert "sets" not in found["Lunge step"]
    assert found["Chair rise"]["reps"] == 8 and found["Chair rise"]["sets"] == 2
    assert found["Chair rise"]["set_rest"] == "30 s"


_COPIED = """Posture Corner
6 Quick Stretches for Stiff Programmers
By a reader
2 minute read
Two of our favourites from the team

Stretch 1: Doorway Chest Stretch
Put your forearms on the door frame and step through until your chest opens. Stay for 20 seconds and swap

Stretch 2: Neck Tilt
Let your right ear drop towards your right shoulder. Hold for 15 seconds
"""


def test_a_title_counting_stretches_is_no_exercise_and_a_bare_swap_means_per_side() -> None:
    found = by_name(_COPIED)
    assert list(found) == ["Doorway chest stretch", "Neck tilt"]
    assert counts_exercises("12 Gentle Yoga Poses for Bedtime") and not counts_exercises("10 slow squats")
    assert found["Doorway chest stretch"]["hold"] == "20 s"
    assert found["Doorway chest stretch"]["sides"] == ["left", "right"]


_LATEX = r"""\documentclass{article}
\usepackage{siunitx}
\title{Evening Mobility Sheet}
\begin{document}
\maketitle
% remember to print two copies
\section*{Moves}
\begin{itemize}
  \item \textbf{Hip circles} --- hands on hips, draw big circles,
        \num{8} each way.
  \item \textbf{Wall sit} --- back flat on the wall, stay for
        \SI{40}{\second}.
  \item \textbf{Bird dog} --- on all fours, reach long. $3 \times 6$.
\end{itemize}
\begin{figure}[h]\caption{Photo 2 of 5, \num{12} of us in class}\end{figure}
\end{document}
"""


def test_a_latex_source_reads_its_items_and_units() -> None:
    found = by_name(_LATEX, "a.tex")
    assert list(found) == ["Hip circles", "Wall sit", "Bird dog"]
    assert found["Hip circles"]["reps"] == 8
    assert found["Wall sit"].get("hold", found["Wall sit"].get("duration")) == "40 s"
    assert found["Bird dog"]["reps"] == 6 and found["Bird dog"]["sets"] == 3


_RTF = r"""{\rtf1\ansi\deff0{\fonttbl{\f0\fnil Arial;}}
{\*\generator Riched20 10.0}\viewkind4\uc1
\pard\b\f0\fs28 Knee Home Plan\b0\fs22\par
\pard Ring the ward on ext. 2210 with questions.\par
{\pntext\f0 1.\tab}\b Quad set\b0  \endash  tighten your thigh, knee down. Hold 5 seconds, 10 times.\par
{\pntext\f0 2.\tab}\b Heel slide\b0  \endash  slide your heel towards you and back. 15 times.\par
}"""


def test_an_rtf_document_reads_its_paragraphs_bold_names_and_dashes() -> None:
    found = by_name(_RTF, "a.rtf")
    assert list(found) == ["Quad set", "Heel slide"]
    assert found["Quad set"]["hold"] == "5 s" and found["Quad set"]["reps"] == 10
    assert found["Heel slide"]["reps"] == 15


_ADOC = """= Stand-up Stretches
:author: Ops Wiki
:revnumber: 2.0

[TIP]
====
We keep this to four minutes, twice a day.
====

== The list

[cols="2,1",options="header"]
|===
|Move |Dose

|Neck turns
|6 each side

|Shoulder shrugs
|2 x 12
|===
"""


def test_an_asciidoc_page_reads_its_headings_and_one_cell_a_line_table() -> None:
    found = by_name(_ADOC, "a.adoc")
    assert list(found) == ["Neck turns", "Shoulder shrugs"]
    assert found["Neck turns"]["reps"] == 6 and found["Neck turns"]["sides"] == ["left", "right"]
    assert found["Shoulder shrugs"]["reps"] == 12 and found["Shoulder shrugs"]["sets"] == 2


_ORG = """#+TITLE: Lunchtime legs
#+STARTUP: overview

* TODO Legs [1/2]
SCHEDULED: <2026-12-08 Tue 12:30 ++1d>
:PROPERTIES:
:EFFORT:   0:08
:END:
** DONE Step-ups                                                    :stairs:
   CLOSED: [2026-12-07 Mon 12:41]
   - 12 per leg
** TODO Wall sit
   - 40 s
"""


def test_an_org_file_reads_its_headlines_without_keywords_stamps_or_drawers() -> None:
    found = by_name(_ORG, "a.org")
    assert list(found) == ["Step-ups", "Wall sit"]
    assert found["Step-ups"]["reps"] == 12 and found["Step-ups"]["sides"] == ["left", "right"]
    assert found["Wall sit"].get("hold", found["Wall sit"].get("duration")) == "40 s"
