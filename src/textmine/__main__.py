"""``python -m textmine`` runs the command line."""
from textmine.cli import main

main()
