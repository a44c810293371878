"""What goes to the store: `triples` (a `Document` as triples in the orgkb model), `validate` (the
triples checked against ontology/shapes.ttl)."""
