"""``python -m pmo_desktop.cli``: the same as ``pmo-desktop``."""

import sys

from pmo_desktop.cli import main

sys.exit(main())
