"""The encrypted file and nothing else: opening and keying it, schema migrations, the writer's lock, backups, atomic files, exports, row helpers, settings and attachment blobs."""
