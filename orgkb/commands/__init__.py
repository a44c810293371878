"""The commands of `orgkb`, one module each; `orgkb/cli.py` parses the command line, loads and validates pages."""
