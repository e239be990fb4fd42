"""The main window's pages and their detail panes."""
