"""What `orgkb load` is given: `files` (a file, an HTML page or a URL, read into a `Document`),
`pages` (many pages, on every core for a large batch), `corrections` (what a user says the reader got
wrong, from a sidecar file or the command's options)."""
