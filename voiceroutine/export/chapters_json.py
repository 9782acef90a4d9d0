"""Podcasting 2.0 JSON chapters (version 1.2.0), the chapters file podcast apps read through `<podcast:chapters>`.

Written beside the audio as NAME.chapters.json; `serve` points its feed at it. Times are seconds with the
milliseconds kept, as the format allows.
"""

from __future__ import annotations

import json

from voiceroutine.export.chapters import Tags, plain_text
from voiceroutine.timeline.model import Timeline

VERSION = "1.2.0"
MEDIA_TYPE = "application/json+chapters"
"""The content type the format asks servers to use."""
SUFFIX = ".chapters.json"


def json_chapters(timeline: Timeline, tags: Tags, file_name: str) -> str:
    """The chapters file for the audio file `file_name`: one chapter per timeline chapter, with its end."""
    chapters = [{"startTime": chapter.start_ms / 1000, "endTime": chapter.end_ms / 1000,
                 "title": plain_text(chapter.title)} for chapter in timeline.chapters]
    data = {"version": VERSION, "title": plain_text(tags.title), "author": plain_text(tags.artist),
            "podcastName": plain_text(tags.album or tags.title), "description": plain_text(tags.comment),
            "fileName": file_name, "chapters": chapters}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
