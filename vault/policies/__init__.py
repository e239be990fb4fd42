"""The privacy-policy reader: text extraction, structure, controller name, address, e-mails, rights, retention, authority, transfers."""
