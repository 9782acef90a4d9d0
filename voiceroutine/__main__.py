from voiceroutine.cli import main

main()
