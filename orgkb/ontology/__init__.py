"""The vocabulary of orgkb as data: our terms, the matter thesaurus, places, shapes."""
