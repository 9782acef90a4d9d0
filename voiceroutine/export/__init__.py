"""voiceroutine.export: `export_routine` in exporter.py writes a routine as audio with tags, chapters and captions."""
