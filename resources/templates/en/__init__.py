"""Letter templates (data); a package so that wheels ship the .j2 files as package data."""
