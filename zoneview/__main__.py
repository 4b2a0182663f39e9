from zoneview.cli import main

main()
