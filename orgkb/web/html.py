"""The staff pages as HTML: every value from the knowledge graph or the request is escaped here.

Plain HTML and a little CSS, no script: the pages work in any browser, print well and read
aloud in a screen reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from urllib.parse import quote

from orgkb.kb.coordination.links import CoordinationLink
from orgkb.kb.entities.organizations import Contact, LinkRecord, OrganizationRecord
from orgkb.kb.entities.sources import SourceRecord
from orgkb.kb.entities.translations import TranslationRecord
from orgkb.kb.search.who_handles import Handler
from orgkb.loaders.document import Duty, Role
from orgkb.ontology.script import has_chinese, language_of
from orgkb.web.chart import units_chart

_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:1rem;color:#1b1b1b;
overflow-wrap:anywhere}
header a{color:inherit;text-decoration:none}h1{font-size:1.5rem;margin:.2rem 0}
form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:1rem 0}
label{display:flex;flex-direction:column;font-weight:600;font-size:.9rem;flex:1 1 14rem;min-width:0}
label.question{flex-basis:100%}
input,textarea{font:inherit;padding:.4rem;border:1px solid #888;border-radius:4px;width:100%;box-sizing:border-box}
textarea{resize:vertical}
button{font:inherit;padding:.45rem 1rem;border:0;border-radius:4px;background:#005ea2;color:#fff}
ol.answers{padding-left:1.5rem}ol.answers>li{margin:1rem 0;padding-bottom:.5rem;border-bottom:1px solid #ddd}
h2{font-size:1.15rem;margin:0}.kind{font-size:.8rem;color:#555;font-weight:400}
.other{font-size:.9em;color:#444;font-weight:400}
section>h2{margin-top:1.2rem}
blockquote{margin:.4rem 0;padding-left:.8rem;border-left:3px solid #005ea2}
.meta,.source,.why{color:#555;font-size:.9rem;margin:.2rem 0}.error{color:#b50909;font-weight:600}
.translation{margin:.4rem 0 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
svg.chart{display:block;width:100%;max-width:28rem;height:auto;margin:.5rem 0}
select{font:inherit;padding:.4rem;border:1px solid #888;border-radius:4px;width:100%;box-sizing:border-box}
.scroll{overflow-x:auto}svg.heatmap{display:block;height:auto;margin:.5rem 0}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.4rem}}
"""


def e(value: object) -> str:
    """`value` as text safe inside HTML (quotes too, for attributes)."""
    return escape(str(value), quote=True)


def organization_href(identifier: str) -> str:
    return "/organization/" + quote(identifier, safe="/")


def _to(record: OrganizationRecord, language: str | None = None) -> str:
    """A link to the page of `record`, with its name (in `language` when it has one)."""
    name = record.name_in(language)
    return f'<a href="{organization_href(record.id)}"{_lang(name)}>{e(name)}</a>'


def _beside(record: OrganizationRecord, language: str | None = None) -> str:
    """Its name in the other language, to show beside the name in `language`; empty when it has none."""
    other = record.other_name(language)
    return f' <span class="other"{_lang(other)}>{e(other)}</span>' if other else ""


def _lang(text: str) -> str:
    """A `lang` attribute for text in Chinese (the page is in English), so that it is read and shown as Chinese."""
    return ' lang="zh"' if has_chinese(text) else ""


def _note(text: object) -> str:
    return f'<span class="kind">{e(text)}</span>'


def layout(title: str, body: str) -> str:
    """A whole page: the title, the search link, `body` (already HTML)."""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,">'
        f"<title>{e(title)} · orgkb</title><style>{_STYLE}</style></head><body>"
        '<header><a href="/"><strong>orgkb</strong> · who handles this?</a></header>'
        f"<main>{body}</main>"
        '<footer class="meta">Answers come from the published pages of each office; '
        'every duty names the page and line it was read from. Planners: <a href="/coverage">matters many offices '
        'cover</a>. Developers: <a href="/graphql">GraphQL</a>, <a href="/sparql">SPARQL</a>.</footer></body></html>'
    )


@dataclass(frozen=True)
class Answer:
    """One ranked handler as the page shows it: the office it belongs to, how to reach it, and why, in words."""

    handler: Handler
    office: OrganizationRecord | None
    contact: Contact | None
    why: str
    language: str = "en"  # the question's: names are shown in it, the other language beside


def search_form(matter: str, district: str, places: Iterable[str]) -> str:
    options = "".join(f'<option value="{e(name)}">' for name in places)
    return (
        '<form action="/" method="get" role="search">'
        '<label class="question">What is it about?<textarea name="q" rows="2" required maxlength="500" '
        f'placeholder="foreign guests, complaints, 信访" autofocus>{e(matter)}</textarea></label>'
        f'<label>Where? (optional)<input name="district" value="{e(district)}" list="places" '
        'placeholder="any district"></label>'
        f'<datalist id="places">{options}</datalist><button type="submit">Who handles it?</button></form>'
    )


def search_page(matter: str, district: str, places: Iterable[str], answers: Sequence[Answer], error: str | None) -> str:
    body = ["<h1>Who handles this?</h1>", search_form(matter, district, places)]
    if error is not None:
        body.append(f'<p class="error" role="alert">{e(error)}</p>')
    elif matter and not answers:
        where = f" in {district}" if district else ""
        body.append(f"<p>No duty matches “{e(matter)}”{e(where)}. Try other words for the matter.</p>")
    elif answers:
        body.append('<ol class="answers">' + "".join(_answer(answer) for answer in answers) + "</ol>")
    title = f"Who handles {matter}?" if matter else "Who handles this?"
    return layout(title, "".join(body))


def _answer(answer: Answer) -> str:
    record, language = answer.handler.organization, answer.language
    parts = [f"<li><h2>{_to(record, language)}{_beside(record, language)} {_note(record.kind.replace('-', ' '))}</h2>"]
    if answer.office is not None:
        parts.append(f'<p class="meta">of {_to(answer.office, language)}{_beside(answer.office, language)}</p>')
    for duty in answer.handler.evidence[:2]:
        parts.append(f"<blockquote{_lang(duty.text)}>{e(duty.text)}</blockquote>{_source(duty)}")
    named = answer.handler.named_at
    if named is not None:  # no duty says it: the page's line that names it, and no duty text
        parts.append(
            f'<p class="source">No duty on its page says this; its name does: {e(named.document)}, '
            f"line {e(named.line)}</p>"
        )
    parts.append(f'<p class="why">Why: {e(answer.why)}</p>')
    if answer.contact is not None:
        parts.append(f'<p class="meta">Contact: {_contact_line(answer.contact)}</p>')
    return "".join(parts) + "</li>"


def _source(duty: Duty) -> str:
    return f'<p class="source">{e(duty.source.document)}, line {e(duty.source.line)}</p>'


def _contact_line(contact: Contact) -> str:
    details = []
    if contact.telephone:
        details.append(f'tel. <a href="tel:{e(contact.telephone)}">{e(contact.telephone)}</a>')
    if contact.email:
        details.append(f'<a href="mailto:{e(contact.email)}">{e(contact.email)}</a>')
    details.extend(e(value) for value in (contact.address, contact.hours) if value)
    return " · ".join(details)


@dataclass(frozen=True)
class OrganizationView:
    """What the organization page shows, gathered from the knowledge base."""

    record: OrganizationRecord
    office: OrganizationRecord | None
    source: SourceRecord | None
    contact: Contact | None
    contact_is_own: bool  # False when a unit is reached through its office's contact
    duties: Sequence[Duty]
    units: Sequence[tuple[OrganizationRecord, int]]  # each unit and how many duties it has
    links: Sequence[CoordinationLink]
    bodies: Sequence[LinkRecord]
    regions: Sequence[LinkRecord]
    translations: Mapping[str, Sequence[TranslationRecord]] = field(default_factory=dict)  # by duty id


def organization_page(view: OrganizationView) -> str:
    record = view.record
    facts: list[tuple[str, str]] = [("Kind", e(record.kind.replace("-", " ")))]
    if record.alt_names:
        facts.append(("Also called", e("; ".join(record.alt_names))))
    if view.office is not None:
        facts.append(("Unit of", _to(view.office)))
    elif record.parent_id and record.parent_name:
        relation = f" ({record.relation_to_parent})" if record.relation_to_parent else ""
        parent = f'<a href="{organization_href(record.parent_id)}">{e(record.parent_name)}</a>'
        facts.append(("Under", parent + e(relation)))
    if record.serves:
        facts.append(("Serves", e(record.serves)))
    if view.contact is not None:
        via = "" if view.contact_is_own else " (through its office)"
        facts.append(("Contact" + via, _contact_line(view.contact)))
        if view.contact.postal_code:
            facts.append(("Postal code", e(view.contact.postal_code)))
    if view.source is not None:
        released = f", released {view.source.issued.isoformat()}" if view.source.issued else ""
        facts.append(("Source", f"{e(view.source.file)}, line {e(record.line)}{e(released)}"))
    heading = f"<h1{_lang(record.name)}>{e(record.name)}{_beside(record)}</h1>"
    body = [heading, "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>"]
    if view.duties:
        items = _duties(view.duties, view.translations)
        body.append(f"<section><h2>Responsibilities</h2><ol>{items}</ol></section>")
    if view.units:
        body.append(f'<section id="units"><h2>Sections and offices</h2>{units_chart(record, view.units)}</section>')
    if view.links:
        items = "".join(_link(link) for link in view.links)
        body.append(f"<section><h2>Works most with</h2><ul>{items}</ul></section>")
    named = [*view.bodies, *view.regions]
    if named:
        items = "".join(f"<li>{e(_words(link.relation))}: {e(link.name)}</li>" for link in named)
        body.append(f"<section><h2>Bodies and partner regions</h2><ul>{items}</ul></section>")
    return layout(record.name, "".join(body))


def _words(relation: str) -> str:
    """A relation's local name as words: 'friendlyExchange' -> 'friendly exchange'."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", relation).lower()


_NOTED_ROLES = frozenset({Role.ASSISTS, Role.COORDINATES, Role.GUIDES, Role.SUPERVISES})


def _duties(duties: Sequence[Duty], translations: Mapping[str, Sequence[TranslationRecord]]) -> str:
    """Each duty, followed by its translation on the page in the other language when the two
    align; the translation is not listed again."""
    shown: set[str] = set()
    items: list[str] = []
    for duty in duties:
        if duty.id not in shown:
            found = translations.get(duty.id, ())
            shown.update(translation.duty.id for translation in found)
            items.append(_duty(duty, found))
    return "".join(items)


def _duty(duty: Duty, translations: Sequence[TranslationRecord] = ()) -> str:
    """A duty under the number its page gives it (the list's own number: never printed twice)."""
    number = duty.number if duty.number is not None else duty.position
    note = " " + _note(duty.role) if duty.role in _NOTED_ROLES else ""
    aligned = "".join(
        f'<p class="translation" lang="{language_of(t.duty.text)}">{e(t.duty.text)} '
        f"{_note('translation')}</p>{_source(t.duty)}"
        for t in translations
    )
    return f'<li value="{e(number)}"{_lang(duty.text)}>{e(duty.text)}{note}{_source(duty)}{aligned}</li>'


def _link(link: CoordinationLink) -> str:
    """Another unit and, in words, why the two work together (no strengths: they are for ranking)."""
    matters = [matter.name.lower() for matter in link.matters]
    if link.relations:
        stated = " and ".join(sorted(link.relations))
        detail = f"a duty says it {stated}" + (f" ({', '.join(matters)})" if matters else "")
    else:
        detail = "both work on " + (", ".join(matters) if matters else "the same matters")
    return f"<li>{_to(link.organization)} {_note(detail)}</li>"


def not_found_page(message: str) -> str:
    return layout("Not found", f'<h1>Not found</h1><p class="error">{e(message)}</p><p><a href="/">Search</a></p>')


_EXAMPLE_SPARQL = """SELECT ?unit ?name (COUNT(?duty) AS ?duties) WHERE {
  ?unit a org:OrganizationalUnit ; skos:prefLabel ?name ; orgkb:responsibility ?duty .
} GROUP BY ?unit ?name ORDER BY DESC(?duties) LIMIT 10"""


def sparql_page() -> str:
    """A form that sends a SPARQL query to /sparql (for a person trying the endpoint in a browser)."""
    return layout(
        "SPARQL",
        "<h1>SPARQL</h1><p>Read-only SPARQL 1.1 over every page's graph (their union is the default graph). "
        "Prefixes org:, orgkb:, skos:, dct:, prov: and id: are predeclared; answers come as JSON, CSV or TSV "
        "(CONSTRUCT: Turtle, N-Triples, JSON-LD, RDF/XML) by the Accept header.</p>"
        '<form action="/sparql" method="get"><label>Query'
        f'<textarea name="query" rows="8" cols="80">{e(_EXAMPLE_SPARQL)}</textarea></label>'
        '<button type="submit">Run</button></form>',
    )
