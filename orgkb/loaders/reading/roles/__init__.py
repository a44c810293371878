"""The reader's roles stage: each outline node gets a role (name, heading, unit, duty, contact, date,
intro or furniture) from scored evidence, the best consistent sequence chosen over the whole page."""

from orgkb.loaders.reading.roles.evidence import Evidence, Role, evidence_of
from orgkb.loaders.reading.roles.sequence import Roled, assign_roles

__all__ = ["Evidence", "Role", "Roled", "assign_roles", "evidence_of"]
