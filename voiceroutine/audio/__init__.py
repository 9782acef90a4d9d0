"""voiceroutine.audio"""
