"""Entry script of the PyInstaller bundle: the same ``privacy-vault`` command as ``pip install`` gives."""
import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
