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


def test_a_name_that_runs_over_a_sentence_end_is_doubted() -> None:
    from voiceroutine.importer.run_on_names import run_on_name

    assert run_on_name("Same again but slower. then rest") is not None
    assert run_on_name("Wall push-ups") is None
    assert run_on_name("St. Bernard stretch") is None
