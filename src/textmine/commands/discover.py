"""The `discover` command (placeholder until its module lands)."""
