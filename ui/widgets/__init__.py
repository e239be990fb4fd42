"""Small shared widgets: passphrase fields, timeline, record tables, file drops, panels."""
