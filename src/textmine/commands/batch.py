"""The `batch` command (placeholder until its module lands)."""
