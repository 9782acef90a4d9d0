"""Round 30's layouts in short articles of our own: an editor's paragraphs inside table cells, a Google Docs
export's comments, a work time with a time to get the breath and the whole list a second time."""

from __future__ import annotations

import yaml

from tests.importer.helpers import exercises, imported
from voiceroutine.importer import import_article

_CELLS_IN_PARAGRAPHS = """<h1>Yard session</h1>
<h2>Circuit</h2>
<p>30 seconds work, 30 seconds rest. Go round 3 times.</p>
<table><tbody>
<tr><th><p><strong>No.</strong></p></th><th><p><strong>Exercise</strong></p></th><th><p><strong>Kit</strong></p></th>
<th><p><strong>Notes</strong></p></th></tr>
<tr><td><p>1</p></td><td><p>Sled push</p></td><td><p>Sled, two plates</p></td><td><p>Low hips.</p></td></tr>
<tr><td><p>2</p></td><td><p>Goblet squat</p></td><td><p>Kettlebell</p></td>
<td><p>Chest up.</p><p>Slow down.</p></td></tr>
<tr><td><p>3</p></td><td><p>Rope slams</p></td><td><p>Battle rope</p></td><td><p>Both arms.</p></td></tr>
</tbody></table>
"""


def test_paragraphs_inside_table_cells_are_the_cells_words() -> None:
    found = exercises(_CELLS_IN_PARAGRAPHS, "yard.html")
    assert [e["name"] for e in found] == ["Sled push", "Goblet squat", "Rope slams"]


_DOC_COMMENTS = """<html><head><style>.c1{font-weight:700}</style></head><body class="c9 doc-content">
<p class="c2"><span class="c1">Rowing club land warm-up</span></p>
<ul class="lst-kix_x1-0 start"><li class="c4"><span class="c1">Hip hinges</span><sup><a href="#cmnt1"
id="cmnt_ref1">[a]</a></sup><span class="c0">: 12 slow ones</span></li>
<li class="c4"><span class="c1">Side plank</span><span class="c0">: hold 20 seconds each side</span></li></ul>
<div class="c3"><p class="c2"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c0">Jo: juniors do 6 please,
or 8 at most</span></p></div>
</body></html>
"""


def test_a_google_docs_exports_comment_marks_and_comments_are_left_out() -> None:
    found, routine = imported(_DOC_COMMENTS, "warmup.html")
    assert [(e["name"], e.get("reps"), e.get("hold"), e.get("sides")) for e in found] == [
        ("Hip hinges", 12, None, None),
        ("Side plank", None, "20 s", ["left", "right"]),
    ]
    assert "juniors" not in routine and "[a]" not in routine


_LADDER = """# Tuesday footwork

## The ladder

On the gym clock: 20 seconds of work, 10 seconds to catch your breath, through the three below, and then the
whole ladder a second time.

1. Shuffle steps - stay low.
2. Crossover steps - hips square.
3. Split jumps - soft landings.
"""


def test_work_with_a_time_to_get_the_breath_and_the_whole_list_a_second_time_is_an_interval_circuit() -> None:
    routine = yaml.safe_load(import_article(_LADDER, "ladder.md").yaml_text)
    circuit = routine["exercises"][0]
    assert (circuit.get("work"), circuit.get("rest"), circuit.get("rounds")) == ("20 s", "10 s", 2)
    assert [e["name"] for e in circuit["exercises"]] == ["Shuffle steps", "Crossover steps", "Split jumps"]


_BOLD_LEAD_AMONG_COLONS = """### Loosen
- **Ankle circles, inwards**: 10 each foot, hold the rail
- **Ankle circles, outwards**: 10 each foot
- **Step-back lunge with reach**: 8 each side, reach up high
- **Open book** (side-lying, knees bent): 6 each side

### Strength
"""


def test_a_bold_lead_with_words_after_it_is_read_as_its_colon_siblings_are() -> None:
    found = exercises(_BOLD_LEAD_AMONG_COLONS, "mobility.md")
    assert [(e["name"], e.get("reps")) for e in found][2:] == [("Step-back lunge with reach", 8), ("Open book", 6)]


def test_a_stretch_each_leg_and_the_pair_done_twice_is_two_sets() -> None:
    found = exercises("## After\n\n- **Soleus stretch**: 40 seconds each leg, and do the pair twice.\n", "after.md")
    assert [(e["name"], e.get("hold"), e.get("sets"), e.get("reps")) for e in found] == [
        ("Soleus stretch", "40 s", 2, None),
    ]


_LEAD_IN_OVER_BARE_LINES = """Club warm-up

WARM-UP

Jog round the pitch, about 5 minutes, easy.

Then, on the grass by the pavilion, do each of these for 30 seconds:
Skater hops
Carioca
Bear crawl (short steps)

TRUNK

Trunk rotations - 10 each way.
"""


def test_a_lead_in_with_a_dose_over_bare_name_lines_gives_each_its_dose() -> None:
    found = exercises(_LEAD_IN_OVER_BARE_LINES, "warmup.txt")
    assert [(e["name"], e.get("duration") or e.get("hold")) for e in found][1:4] == [
        ("Skater hops", "30 s"),
        ("Carioca", "30 s"),
        ("Bear crawl", "30 s"),
    ]


_DRILLS_BELOW = """# Track night

## Drill block

Go through the three drills below four times, walking back to the start between rounds.

- **Skips for height**: 20 s
- **Pogo hops**: 15 contacts, stiff ankles, push the ground away
- **Ankling**: 20 s
"""


def test_going_through_the_drills_below_so_many_times_is_rounds_and_contacts_are_reps() -> None:
    routine = yaml.safe_load(import_article(_DRILLS_BELOW, "track.md").yaml_text)
    circuit = routine["exercises"][0]
    assert circuit.get("rounds") == 4
    assert [(e["name"], e.get("reps")) for e in circuit["exercises"]] == [
        ("Skips for height", None), ("Pogo hops", 15), ("Ankling", None)]
    assert "no dose found" not in import_article(_DRILLS_BELOW, "track.md").yaml_text
