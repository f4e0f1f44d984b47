"""CLI commands beyond ``extract``; each module registers one command on :data:`textmine.cli.app`."""
