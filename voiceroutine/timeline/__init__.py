"""The cue timeline: routine + options + phrase durations -> timed cues."""
