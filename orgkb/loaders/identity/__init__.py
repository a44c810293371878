"""Who a page is about and what it is called: `organization` (name, aliases, kind, parent, jurisdiction),
`kind_echo` (a kind the page prints after a name), `provisional` (a name for a page that prints none);
`keys` (which page a document is), `identifiers` (stable ids and IRIs from names), `slugs`."""
