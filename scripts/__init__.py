"""Scripts that build orgkb's shipped data from maintained packages (run by hand, not at import)."""
