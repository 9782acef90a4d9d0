"""Session 15: warnings for what the rules read wrong without a word, on our own sentences."""

from __future__ import annotations

from voiceroutine.importer.made_names import made_name_doubt


def test_a_made_name_that_reads_as_a_piece_of_a_sentence_is_doubted() -> None:
    for name in ("Is more than enough", "Rise up again", "Sink down over four seconds", "Should feel easy"):
        doubt = made_name_doubt(name)
        assert doubt is not None and name in doubt, name


def test_a_made_name_that_is_a_movement_is_not_doubted() -> None:
    for name in ("Stand on one leg", "Breathe slowly", "Hug both knees to your chest", "Walk it off",
                 "Squats against the wall"):
        assert made_name_doubt(name) is None, name
