"""Rules added while tuning on round 19: a workout card's headings and equipment list, a story told in the
introduction, a heading's rounds in brackets, "until you have done it 3 times", a rest with no unit after seconds."""

from __future__ import annotations

from voiceroutine.importer import import_article
from voiceroutine.importer.blocks import BlockKind
from voiceroutine.importer.dose import Kind, find_mentions
from voiceroutine.importer.main_content import main_content
from voiceroutine.importer.read import read_article
from voiceroutine.importer.told import is_told
from voiceroutine.routine.loader import load_routine_text

_CARD = """<!DOCTYPE html><html><head><title>Garden-bench legs - Pip's Kitchen</title></head><body>
<main><article>
<h1>Garden-bench legs</h1>
<p>Last spring I did five sets of everything and hobbled for a week. Now it is short and sweet.</p>
<div class="workout-card">
  <h3 class="card-header">What you'll need</h3>
  <ul><li>1 sturdy bench</li><li>2 water bottles</li></ul>
  <h3 class="card-header">Steps</h3>
  <h4 class="card-group-header">Legs (2 rounds, 30 seconds rest after each round)</h4>
  <ul>
    <li><strong>Step-ups:</strong> 10 reps, then change legs and do 10 more with the other leg first.</li>
    <li><strong>Bench squats:</strong> 12 reps, sit back until you touch the bench.</li>
  </ul>
  <h4 class="card-group-header">To finish</h4>
  <ul>
    <li><strong>Wall sit:</strong> hold for 30 seconds, rest 15, and go again until you have done it 4 times.</li>
  </ul>
</div>
</article></main></body></html>"""


def _import(text: str, name: str = "card.html") -> str:
    result = import_article(text, name)
    load_routine_text(result.yaml_text, name)
    return result.yaml_text[result.yaml_text.index("exercises:"):]


def test_a_heading_classed_as_a_header_is_kept_as_a_heading() -> None:
    headings = [block.text for block in read_article(_CARD).blocks if block.kind is BlockKind.HEADING]
    assert headings == ["Garden-bench legs", "What you'll need", "Steps",
                        "Legs (2 rounds, 30 seconds rest after each round)", "To finish"]
    # readability too keeps them (it drops an element whose class says "header")
    main = main_content(_CARD)
    assert main is not None and "What you'll need" in main and "To finish" in main


def test_the_items_under_an_equipment_heading_are_no_exercises() -> None:
    body = _import(_CARD)
    assert "bench\n" not in body.lower() and "Water bottles" not in body and "Sturdy" not in body
    assert [block.text for block in read_article("Equipment:\n\n- 1 mat\n- 2 towels\n\nSquats\n").blocks] == [
        "Equipment:", "Squats"]
    # a list under any other heading stays
    assert len(read_article("## Warm-up\n\n- 10 squats\n- 10 lunges\n").blocks) == 3


def test_a_story_in_the_introduction_gives_no_dose_for_every_exercise() -> None:
    assert is_told("Last spring I did five sets of everything and hobbled for a week.")
    assert is_told("For ages we used to do 3 sets of everything.")
    assert not is_told("Do 3 sets of everything.")
    assert not is_told("I need you to do 3 sets of everything.")
    body = _import(_CARD)
    assert "sets: 5" not in body and "everything" not in body


def test_a_headings_rounds_in_brackets_make_a_circuit_of_what_it_heads() -> None:
    body = _import(_CARD)
    assert ("  - circuit: Legs\n"
            '    rounds: 2  # inferred: "Legs (2 rounds, 30 seconds rest after each round)"\n'
            '    round_rest: 30 s  # inferred: "30 seconds rest after each round"\n'
            "    exercises:\n      - name: Step-ups\n") in body
    assert "name: Bench squats" in body.split("circuit: Legs")[1]
    assert "circuit:" not in body.split("name: Bench squats")[1]  # the wall sit is outside it


def test_until_you_have_done_it_n_times_is_n_sets_and_a_rest_with_no_unit_after_seconds_is_seconds() -> None:
    body = _import(_CARD)
    assert ("    hold: 30 s\n"
            '    sets: 4  # inferred: "until you have done it 4 times": the whole exercise 4 times, read as 4 sets\n'
            '    set_rest: 15 s  # inferred: "rest 15" gives no unit: read as seconds, as the time before it\n'
            ) in body
    # with no time in seconds before it, a bare number after "rest" is no rest
    assert [m.kind for m in find_mentions("Do 10 squats, rest 2, then go again.")] == [Kind.REPS]
