"""Every dialog of the app."""
