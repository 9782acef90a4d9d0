"""voiceroutine.speech"""
