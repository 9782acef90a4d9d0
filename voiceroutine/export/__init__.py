"""voiceroutine.export"""
