"""``python -m dangdoc`` runs the ``dangdoc`` command."""

import sys

from .cli import main

sys.exit(main())
