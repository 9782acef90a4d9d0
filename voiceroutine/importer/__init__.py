"""voiceroutine.importer"""
