"""Rules added while tuning rounds 16 and 17 again (session 11, the second helper): each on our own words."""

from __future__ import annotations

from tests.importer.helpers import by_name
from voiceroutine.importer import import_article
from voiceroutine.importer.dose import find_mentions

_SHARED = ("Ali sent you a session\n\n"
           "═══════════\n🔥 ENGINE · 2 rounds\n═══════════\n"
           "⏱ 00:30 work · 00:10 rest\n"
           "• Burpees\n"
           "• Skater hops\n"
           "⏸ Rest 00:45 after each round\n\n"
           "═══════════\n🧘 EASE OFF\n═══════════\n"
           "▶️ Hamstring stretch ········ 00:40\n"
           "▶️ Calf stretch ········ 00:30 / side\n\n"
           "🏅 Run: 41 days\n")


def test_a_span_of_days_is_no_count_of_reps() -> None:
    assert not find_mentions("41 days")
    assert not find_mentions("6 weeks")
    assert [m.amount.low for m in find_mentions("12 lunges")] == [12]
    run = by_name(_SHARED)["Run"]
    assert run["reps"] == 10  # no dose: the usual guess, with its warning, not 41 reps
    assert "no dose found" in " ".join(import_article(_SHARED, "a.txt").warnings)


def test_a_circuits_timing_items_are_not_quoted_as_skipped() -> None:
    warnings = import_article(_SHARED, "a.txt").warnings
    assert not [warning for warning in warnings if warning.startswith("skipped")]
    assert by_name(_SHARED)["Burpees"] == {"name": "Burpees"}
