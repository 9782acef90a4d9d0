"""The follow-along page (`export --page`): one self-contained HTML file beside the audio that shows the cue being
spoken, the exercise, the countdown of the current hold or rest and the chapters, in time with the audio.

Public entry point: `follow_along_html` in `html.py`; the data it embeds comes from `data.py`.
"""
