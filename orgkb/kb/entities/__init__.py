"""What the graph holds, one module per kind of thing: organizations, places, matters, source documents, duties
(and the rows they are read from, and their translations)."""
