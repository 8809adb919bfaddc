from xinxiang_arbitration.cli import main

raise SystemExit(main())
