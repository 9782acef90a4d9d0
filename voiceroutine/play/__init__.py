"""voiceroutine.play"""
