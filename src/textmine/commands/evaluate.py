"""The `evaluate` command (placeholder until its module lands)."""
