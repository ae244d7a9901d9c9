from alliance.launch import main

raise SystemExit(main())
