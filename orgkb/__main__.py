"""`python -m orgkb` runs the orgkb command."""

import sys

from orgkb.cli import main

sys.exit(main())
