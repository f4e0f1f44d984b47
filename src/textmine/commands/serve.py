"""The `serve` command (placeholder until its module lands)."""
