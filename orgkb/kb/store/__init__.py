"""The store: the knowledge base over one Oxigraph store or SPARQL server (`knowledge_base`), its engines, bulk
loading, read-only SPARQL, the derived values kept on disk (`persisted`, `mapped_file`) and in memory
(`generation_cache`), and the terms between Python and RDF (`values`)."""
