"""``python -m diplocorpus``: the same command line as the ``diplocorpus`` script."""

from __future__ import annotations

import sys

from diplocorpus.cli import main

if __name__ == "__main__":
    sys.exit(main())
