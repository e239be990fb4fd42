"""Qt renderers injected into vault/: PDF, ODT, dossier, PDF text."""
