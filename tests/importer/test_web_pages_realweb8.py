"""Rules added after a look at real yoga, balance, posture, rehab, pelvic-floor and runners' stretching pages from
the web (issue 16, 8 December 2026, realweb8): each on our own words, never a page's."""

from __future__ import annotations

from tests.importer.helpers import by_name

_SWITCHING = """Two stretches after a jog

Quad stretch
Lie on your left side and bend the top knee. Hold for 30 seconds and repeat 3 times before switching sides.

Hamstring stretch
Stand tall and step one heel forward. Lean over it and hold for 25 seconds before swapping.
"""


def test_a_hold_before_switching_sides_is_per_side() -> None:
    found = by_name(_SWITCHING)
    assert found["Quad stretch"]["sides"] == ["left", "right"]
    assert found["Quad stretch"]["reps"] == 3 and found["Quad stretch"]["hold"] == "30 s"
    assert found["Hamstring stretch"]["sides"] == ["left", "right"]
    assert found["Hamstring stretch"]["hold"] == "25 s"
    # "without switching sides" is no side each
    assert "sides" not in by_name("Wall sit\n\nSit against the wall for 40 seconds without switching legs.\n")[
        "Wall sit"]

