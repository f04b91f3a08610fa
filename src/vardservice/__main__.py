"""``python -m vardservice``: the same as the ``vardservice`` command."""

import sys

from vardservice.cli import main

if __name__ == "__main__":
    sys.exit(main())
