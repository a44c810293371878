"""Named SPARQL queries, run by KnowledgeBase.select with bound parameters."""
