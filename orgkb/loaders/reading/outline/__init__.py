"""The reader's outline stage: a page's blocks as a tree of headings and items, whatever their markers."""

from orgkb.loaders.reading.outline.markers import MarkerKind, marker_of
from orgkb.loaders.reading.outline.tree import Node, outline_of

__all__ = ["MarkerKind", "Node", "marker_of", "outline_of"]
