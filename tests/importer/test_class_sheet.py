"""A printed class sheet: dotted leaders before a bare dose ("Heel digs ...... 10 each leg", "Arm circles ..... 6"),
and "Station N   Name" lines under a circuit stated once in prose (the time at each station, the time to walk to
the next, the rounds), with a warm-up and a cool-down done once around it."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.importer.station_lines import station_lines

_SHEET = """\
LEISURE CENTRE FALLS PREVENTION CLASS

WARM-UP

  Walking on the spot ............................ 3 minutes
  Arm circles ...................................... 6
  Toe taps ......................................... 12 each foot

CIRCUIT

  Work for 45 seconds at each station. Take about 20 seconds to move to the
  next one and have a sip of water. Go round the whole circuit 3 times.
  New members may stop after one round.

  Station 1   Chair squats
  Station 2   Wall press-ups
  Station 3   Step-ups on a low step

COOL-DOWN

  Slow walking, getting slower ..................... 2 minutes
"""


def test_station_lines_become_a_numbered_list() -> None:
    text = station_lines("Stations:\nStation 1   Chair squats\nStation 2\tWall press-ups\n\nStation 9 is closed.\n")
    assert "1. Chair squats\n2. Wall press-ups" in text
    assert "Station 9 is closed." in text


def test_a_sheet_of_dotted_leaders_and_a_circuit_in_prose_above_its_stations() -> None:
    routine = yaml.safe_load(import_article(_SHEET, "sheet.txt").yaml_text)
    items = routine["exercises"]
    assert [(e.get("name"), e.get("reps"), e.get("duration"), e.get("sides")) for e in items[:3]] == [
        ("Walking on the spot", None, "3 minutes", None),
        ("Arm circles", 6, None, None),
        ("Toe taps", 12, None, ["left", "right"]),
    ]
    circuit = items[3]
    assert circuit["rounds"] == 3 and circuit["work"] in ("45 s", "45 seconds") and circuit["rest"] in (
        "20 s", "20 seconds")
    assert [e["name"] for e in circuit["exercises"]] == ["Chair squats", "Wall press-ups", "Step-ups on a low step"]
    assert items[4]["name"].startswith("Slow walking") and "rounds" not in routine
