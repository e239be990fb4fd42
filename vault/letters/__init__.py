"""Letters as documents: template rendering, the letter document, HTML, e-mail and letter files. Letters print the context they are given; they never fetch requests."""
