"""The HTTP surfaces besides GraphQL: the staff pages and the SPARQL endpoint."""
