"""`python -m newslab` is the `newslab` command."""

from newslab.cli import main

raise SystemExit(main())
