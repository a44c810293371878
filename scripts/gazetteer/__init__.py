"""The build of orgkb's gazetteer data file from maintained packages (see `build`)."""
