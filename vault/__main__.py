"""``python -m vault``: the command line without the Qt parts (no PDF/ODT output)."""
import sys

from vault.cli.main import main

sys.exit(main())
