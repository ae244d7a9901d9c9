from alliance.cli import main

raise SystemExit(main())
