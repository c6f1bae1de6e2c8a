"""The bundle's ``partnercheck-gui`` program: the window only (no console window on Windows)."""

import sys

from partnercheck.app import main

sys.exit(main())
