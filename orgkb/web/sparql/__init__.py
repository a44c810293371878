"""Read-only SPARQL at /sparql: the protocol (`endpoint`), and the workers that bound each query (`pool`, `worker`)."""

from orgkb.web.sparql.endpoint import SparqlEndpoint

__all__ = ["SparqlEndpoint"]
