"""The person's side: identities and pseudonyms, identifiers and aliases, leak tracing, consents, relationships."""
