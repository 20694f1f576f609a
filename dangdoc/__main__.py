"""``python -m dangdoc`` runs the ``dangdoc`` command."""

from .cli import run

run()
