"""Doses stated once for many exercises, circuits told in prose, and a page's main content."""

from __future__ import annotations

from voiceroutine.importer import import_article
from voiceroutine.routine.loader import load_routine_text
from voiceroutine.routine.model import Circuit, Span


def _body(text: str, name: str) -> str:
    yaml_text = import_article(text, name).yaml_text
    load_routine_text(yaml_text, name)
    return yaml_text[yaml_text.index("title:"):]


def test_a_dose_in_a_section_heading_or_above_a_list_is_each_exercise_s() -> None:
    text = ("# Desk break\n\n## Neck (hold each one for 20 seconds)\n\n- Ear to shoulder, each side\n"
            "- Overhead reach\n\n## Legs\n\nDo 12 reps of each:\n\n- Chair squat\n- Calf raise\n")
    neck = '  # inferred: stated once for the group: "Neck (hold each one for 20 seconds)"'
    legs = '  # inferred: stated once for the group: "Do 12 reps of each:"'
    assert _body(text, "d.md") == (
        "title: Desk break\n"
        "exercises:\n"
        f"  - name: Ear to shoulder\n    hold: 20 s{neck}\n    sides: [left, right]\n\n"
        f"  - name: Overhead reach\n    hold: 20 s{neck}\n\n"
        f"  - name: Chair squat\n    reps: 12{legs}\n\n"
        f"  - name: Calf raise\n    reps: 12{legs}\n")


def test_a_circuit_with_work_rest_and_rounds_in_prose_above_a_list_of_names() -> None:
    text = ("# Kitchen circuit\n\nWork for 40 seconds on each move, then rest for 20 seconds. Go through the whole "
            "circuit 3 times, with a minute's rest between rounds.\n\n1. Jumping jacks\n2. Push-ups (on your knees is "
            "fine)\n3. Plank\n")
    said = '  # inferred: "Work for 40 seconds on each move, then rest for 20 seconds."'
    assert _body(text, "k.md") == (
        "title: Kitchen circuit\n"
        "exercises:\n"
        "  - circuit: Kitchen circuit\n"
        "    rounds: 3  # inferred: \"Go through the whole circuit 3 times\"\n"
        f"    work: 40 s{said}\n"
        f"    rest: 20 s{said}\n"
        "    round_rest: 60 s  # inferred: \"a minute's rest between rounds\"\n"
        "    exercises:\n"
        "      - name: Jumping jacks\n\n"
        "      - name: Push-ups\n\n"
        "      - name: Plank\n")
    (circuit,) = load_routine_text(import_article(text, "k.md").yaml_text, "k.md").items
    assert isinstance(circuit, Circuit) and circuit.work_ms == Span.exactly(40_000)


PAGE = """<html><head><title>Two hip stretches - Run Blog</title></head><body>
<div class="top"><a href="/">Home</a> <a href="/gear">Gear</a></div>
<div class="post"><h1>Two hip stretches</h1>
<p>After a long run my hips feel stiff, so these are the two I do every time, while the kettle boils.</p>
<h2>Pigeon pose</h2><p>From all fours, bring one knee forward and slide the other leg back. Stay for 45 seconds on
each side.</p>
<h2>Butterfly</h2><p>Sit with the soles of your feet together and let your knees fall out. Stay for one minute.</p>
</div>
<div class="discussion"><h3>2 responses</h3>
<div class="reply"><p><b>Jo</b>: I also do 20 glute bridges after every run, hold each for 3 seconds.</p></div>
<div class="reply"><p><b>Priya</b>: I stay in pigeon for 2 minutes!</p></div></div>
</body></html>"""


def test_comments_in_plain_divs_are_left_out_through_the_main_content() -> None:
    assert _body(PAGE, "hips.html") == (
        "title: Two hip stretches\n"
        "exercises:\n"
        "  - name: Pigeon pose\n"
        "    steps:\n"
        "      - From all fours, bring one knee forward and slide the other leg back.\n"
        "    hold: 45 s\n"
        "    sides: [left, right]\n"
        "\n"
        "  - name: Butterfly\n"
        "    steps:\n"
        "      - Sit with the soles of your feet together and let your knees fall out.\n"
        "    hold: 1 minute\n")
