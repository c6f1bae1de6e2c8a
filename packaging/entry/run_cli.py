"""The bundle's ``partnercheck`` program: the command line (the window without a command)."""

import sys

from partnercheck.cli import main

sys.exit(main())
