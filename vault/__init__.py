"""The domain: everything the app knows and does, without Qt."""

__version__ = "0.1.0"  # the one place: pyproject.toml reads it
