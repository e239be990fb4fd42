"""E-mail: accounts per identity, sending requests over SMTP, reading replies over IMAP."""
