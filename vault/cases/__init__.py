"""Requests and everything that follows them: drafts, stored letters, lifecycle and events, follow-ups, queries, dashboard, bulk requests, dossier, calendar."""
