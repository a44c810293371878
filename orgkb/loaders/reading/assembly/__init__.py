"""The reader's last stage: roled nodes -> a `Document` (name, identity, duties, units, contact).

`reading` walks the roled blocks and builds the document, `drafts` holds an item of duties as
drafted, `units` makes and reconciles the page's units.
"""

from orgkb.loaders.reading.assembly.reading import assemble

__all__ = ["assemble"]
