"""``python -m vndocparse`` runs the command-line interface."""

from vndocparse.cli import main

raise SystemExit(main())
