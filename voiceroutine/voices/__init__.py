"""Natural voices: which Piper voices are installed (with language and licence), and installing or removing
them (`voiceroutine voices add NAME|URL|FILE`, `voices remove NAME`)."""
