"""voiceroutine: a voice that guides you through an exercise routine, live or as an MP3."""

__version__ = "0.1.0"
