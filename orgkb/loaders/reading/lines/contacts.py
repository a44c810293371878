"""Contact lines: `Add:`, `Tel.:`, `Fax:`, `Postal Code:`, `E-mail:`, `Office Hours:` and their kin."""

from __future__ import annotations

import re

from orgkb.loaders.document import Contact

_LABELS: tuple[tuple[str, str], ...] = (
    ("hours", r"(?:office|working|opening|business|reception)\s+hours?|hours"),
    ("address", r"(?:office\s+|mailing\s+|postal\s+)?(?:address|addr\.?|add\.?)"),
    ("telfax", r"(?:tel(?:ephone)?\.?|phone)\s*(?:/|and|&)\s*fax"),
    ("fax", r"fax(?:\s+(?:no\.?|number))?"),
    (
        "telephone",
        r"(?:(?:consultation|service|inquiry|enquiry|contact|office|complaints?|supervision|reporting|report|"
        r"24-hour|public)\s+)?"
        r"(?:tel(?:ephone)?\.?|phone|telephone\s+number|hotline)(?:\s+(?:no\.?|number))?|"
        r"contact\s+(?:number|no\.?)",
    ),
    ("postal_code", r"(?:postal\s*code|post\s*code|postcode|zip(?:\s*code)?|(?-i:P\.?C\.?))"),
    ("email", r"e-?mail(?:\s+address)?|(?:e-?)?mail\s*box"),
    ("website", r"(?:website|web\s*site|url)"),
    # Who to ask for: a person's name, which the knowledge graph does not hold (see `PERSON`).
    ("person", r"contact\s+(?:persons?|name)|liaison(?:\s+person)?|person\s+in\s+charge"),
)
# The field of a line naming a contact person ("Contact person: Ms. Zhang"): read, never recorded.
PERSON = "person"
_LINE = re.compile(
    r"^(?P<label>" + "|".join(f"(?P<{field}>{pattern})" for field, pattern in _LABELS) + r")"
    r"\s*(?:[:：]\s*|\s+(?=[\d(+]))(?P<value>.+)$",
    re.IGNORECASE,
)
# A later label on the same line: "Add: 1 Longcheng Avenue Tel: 0755-28941234".
_NEXT_LABEL = re.compile(
    r"[\s,;，；|]+(?=(?:" + "|".join(pattern for _, pattern in _LABELS) + r")\s*[:：])",
    re.IGNORECASE,
)
# A unit's head named before its contact details: "Head: Zhang Wei   Tel: 0571-82701001".
_HEAD_THEN_CONTACT = re.compile(
    r"^(?:(?:deputy|vice)\s+)?(?:head|director|chief|section\s+chief|leader|person\s+in\s+charge|contact)\s*[:：]\s*"
    r"(?P<name>[^:：]{2,40}?)[\s,;，；]+(?P<rest>(?:" + "|".join(pattern for _, pattern in _LABELS) + r")\s*[:：].*)$",
    re.IGNORECASE,
)
_PHONE_NOTE = re.compile(r"\s*\((?:switchboard|general|main)[^)]*\)\s*$", re.IGNORECASE)


def read_contact_line(line: str) -> tuple[str, str] | None:
    """The contact field and value a line gives, or None.

    >>> read_contact_line("Tel.: 021-62472188 (Switchboard Number)")
    ('telephone', '021-62472188')
    >>> read_contact_line("Postcode 200030")
    ('postal_code', '200030')
    >>> read_contact_line("Tel/Fax: 0755-26661234")
    ('telfax', '0755-26661234')
    >>> read_contact_line("Contact person: Ms. Zhang")
    ('person', 'Ms. Zhang')
    """
    if head := split_head(line):
        return PERSON, head[0]
    match = _LINE.match(line.strip())
    if match is None:
        return None
    field = next(name for name, _ in _LABELS if match.group(name))
    value = match.group("value").strip()
    if field in ("telephone", "fax", "telfax"):
        value = _PHONE_NOTE.sub("", value)
    if field == "email":
        value = value.replace(" ", "")
    return field, value


def split_head(line: str) -> tuple[str, str] | None:
    """The head's name and the contact details after it, on a unit's "Head: ... Tel: ..." line.

    >>> split_head("Head: Zhang Wei   Tel: 0571-82701001")
    ('Zhang Wei', 'Tel: 0571-82701001')
    >>> split_head("Director: Chen Jianguo") is None
    True
    """
    match = _HEAD_THEN_CONTACT.match(line.strip())
    return None if match is None else (match.group("name").strip(), match.group("rest"))


def read_contact_fields(line: str) -> list[tuple[str, str]]:
    """Every contact field a line gives: several when labels follow each other on one line.

    >>> read_contact_fields("Add: 1 Longcheng Avenue, Longgang District Tel: 0755-28941234")
    [('address', '1 Longcheng Avenue, Longgang District'), ('telephone', '0755-28941234')]
    """
    if head := split_head(line):
        return [(PERSON, head[0]), *read_contact_fields(head[1])]
    found = read_contact_line(line)
    if found is None:
        return []
    parts = [part for part in _NEXT_LABEL.split(line) if part.strip()]
    fields = [read_contact_line(part) for part in parts]
    read = [field for field in fields if field is not None] if len(parts) > 1 and all(fields) else [found]
    labelled = any(field == "postal_code" for field, _ in read)
    codes = [code for field, value in read if field == "address" and (code := _postcode_ending(value))]
    return [*read, ("postal_code", codes[0])] if codes and not labelled else read


# A postal code closing an address: China's six digits after a comma, a US state and ZIP code, a UK postcode.
_ADDRESS_POSTCODE = re.compile(
    r"(?:[,，]\s*(?P<china>\d{6})|\b[A-Z]{2}\s+(?P<zip>\d{5}(?:-\d{4})?)|\b(?P<uk>[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}))\s*$"
)


def _postcode_ending(address: str) -> str | None:
    """The postal code an address ends in, or None.

    >>> _postcode_ending("1 South Road, Qinghe,415000"), _postcode_ending("200 Main Street, Cedarville, OR 97000")
    ('415000', '97000')
    >>> _postcode_ending("Beechurst Road, Andover SP10 3AJ"), _postcode_ending("No. 1 Renmin Road") is None
    ('SP10 3AJ', True)
    """
    match = _ADDRESS_POSTCODE.search(address)
    return None if match is None else next(code for code in match.groups() if code)


def add_to_contact(contact: Contact, field: str, value: str, line: int) -> bool:
    """Record `value` in `contact` unless the field is set already; True when it was recorded.

    A "Tel/Fax:" number (field `telfax`) is both the telephone and the fax number.
    """
    if field == "telfax":
        added = [add_to_contact(contact, name, value, line) for name in ("telephone", "fax")]
        return any(added)
    if getattr(contact, field):
        return False
    setattr(contact, field, value)
    if contact.line is None:
        contact.line = line
    return True
