"""orgkb: who handles this? A knowledge graph of government offices, their units and duties."""

from orgkb.errors import LimitError, LoadError, NotFoundError, OrgkbError, QueryError, StoreError, StoreInUseError
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.load.files import read_page
from orgkb.loaders.reading.reader import parse_text
from orgkb.loading import builtin_knowledge_base, load_paths

__version__ = "0.1.0"

__all__ = [
    "KnowledgeBase",
    "LimitError",
    "LoadError",
    "NotFoundError",
    "OrgkbError",
    "QueryError",
    "StoreError",
    "StoreInUseError",
    "__version__",
    "builtin_knowledge_base",
    "load_paths",
    "parse_text",
    "read_page",
]
