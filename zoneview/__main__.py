from zoneview.launch import main

main()
