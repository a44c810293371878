"""The built-in corpus: the pages orgkb answers from with no set-up."""
