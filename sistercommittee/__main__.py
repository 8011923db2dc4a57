from sistercommittee.cli.main import main

raise SystemExit(main())
