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


_STORY = ("# My five-minute wrist break\n\n"
          "Years ago a hand therapist handed me a printout with 4 x 25 of everything on it. I lasted a week.\n\n"
          "### 1. Wrist circles\n\nMake slow circles with both fists. I do eight, holding each one for a slow count "
          "of two at the top.\n\n"
          "### 2. Prayer stretch\n\nPress your palms together in front of your chest and lower them. Forty seconds "
          "on one hand, then the other.\n\n"
          "### 3. Finger spreads\n\nSpread your fingers wide, then make a fist. Twelve of those, and I do that twice."
          "\n\n### 4. Thumb pull\n\nPull your thumb gently back with the other hand. Ten seconds, then swap hands, "
          "and go through both sides twice.\n")


def test_an_introduction_that_tells_what_someone_was_given_gives_no_dose_for_every_exercise() -> None:
    moves = by_name(_STORY)
    assert all(move.get("sets") != 4 and move.get("reps") != 25 for move in moves.values())
    assert "4 x 25" not in import_article(_STORY, "a.md").yaml_text
    # said as an instruction, the same dose is for every exercise
    plain = by_name(_STORY.replace("Years ago a hand therapist handed me a printout with 4 x 25 of everything on "
                                   "it. I lasted a week.", "Do 2 sets of everything."))
    assert (plain["Wrist circles"]["sets"], plain["Prayer stretch"]["sets"]) == (2, 2)


def test_a_hold_counted_out_for_each_rep_and_a_count_of_those_are_read() -> None:
    moves = by_name(_STORY)
    assert (moves["Wrist circles"]["reps"], moves["Wrist circles"]["hold"]) == (8, "2 s")
    assert (moves["Finger spreads"]["reps"], moves["Finger spreads"]["sets"]) == (12, 2)
    assert not find_mentions("Two of these are enough for a beginner.")


def test_a_time_on_one_limb_then_the_other_is_per_side_and_both_sides_twice_is_two_sets() -> None:
    moves = by_name(_STORY)
    assert (moves["Prayer stretch"]["hold"], moves["Prayer stretch"]["sides"]) == ("40 s", ["left", "right"])
    assert (moves["Thumb pull"]["hold"], moves["Thumb pull"]["sets"]) == ("10 s", 2)
    assert "reps" not in moves["Thumb pull"]
