"""The staff pages: GET / asks who handles a matter; GET /organization/{id} shows one office or unit;
GET /coverage compares the matters many offices cover.

The handlers gather answers from `orgkb.kb` and hand them to `web.html`; they never build
queries. A question the ranking refuses (too long, an unknown district) is shown on the page,
in plain words, with what to change; an unknown organization is a 404 page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from anyio import CapacityLimiter, to_thread
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from orgkb.errors import NotFoundError, QueryError
from orgkb.kb.coordination import clusters, coverage
from orgkb.kb.coordination.links import coordination
from orgkb.kb.entities import duties, organizations, places, sources
from orgkb.kb.entities.organizations import office_and_contact
from orgkb.kb.entities.translations import translations
from orgkb.kb.search.who_handles import who_handles
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.ontology.script import language_of
from orgkb.ontology.thesaurus import default_thesaurus
from orgkb.web.coverage_page import CoverageView, coverage_page
from orgkb.web.explain import explanation, question_problem
from orgkb.web.html import Answer, OrganizationView, not_found_page, organization_page, search_page

ANSWERS = 5
LINKS = 5
KB_THREADS = 1  # pages gathered at once, each in a worker thread: more only contend for the GIL


class StaffPages:
    """The HTML pages for staff over one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # Off the event loop, and one at a time: CPU-bound threads share one interpreter lock, and
        # each more of them makes the loop (and /healthz) wait longer for it, for no more throughput.
        self.limiter = CapacityLimiter(KB_THREADS)

    async def search(self, request: Request) -> Response:
        return await self._page(self._search, _param(request, "q"), _param(request, "district"))

    async def organization(self, request: Request) -> Response:
        return await self._page(self._organization, request.path_params["id"])

    async def coverage(self, request: Request) -> Response:
        return await self._page(self._coverage, _param(request, "kind"), _param(request, "district"))

    async def _page(self, gather: Callable[..., tuple[str, int]], *args: str) -> Response:
        """The page `gather(*args)` makes (and its status), made in a worker thread."""
        html, status = await to_thread.run_sync(gather, *args, limiter=self.limiter)
        return HTMLResponse(html, status_code=status)

    def _coverage(self, kind: str, district: str) -> tuple[str, int]:
        kb = self.kb
        view = CoverageView(kind, district, coverage.kinds(kb), kb.derived("place-names", self._place_names))
        if not kind and not district:
            return coverage_page(view), 200
        try:
            chosen = tuple(coverage.select(kb, (), kind or None, district or None))
        except QueryError as error:
            # 200, as the search page: the page is whole and says what to change
            return coverage_page(replace(view, problem=f"“{error.value}” {error.reason}")), 200
        answer = replace(view, matrix=coverage.coverage(kb, chosen), clustering=clusters.clusters(kb, chosen))
        return coverage_page(answer), 200

    def _search(self, matter: str, district: str) -> tuple[str, int]:
        places = self.kb.derived("place-names", self._place_names)
        if not matter:
            return search_page("", district, places, [], None), 200
        try:
            handlers = who_handles(self.kb, matter, district or None, ANSWERS)
        except QueryError as error:
            # 200: the page is whole and says what to change (a 400 makes browsers log a console error)
            return search_page(matter, district, places, [], question_problem(error, places)), 200
        thesaurus = default_thesaurus()
        language = language_of(matter)
        answers = [
            Answer(
                handler,
                *office_and_contact(self.kb, handler.organization),
                explanation(handler, matter, thesaurus),
                language,
            )
            for handler in handlers
        ]
        return search_page(matter, district, places, answers, None), 200

    def _organization(self, identifier: str) -> tuple[str, int]:
        kb = self.kb
        try:
            record = organizations.organization(kb, identifier)
        except (NotFoundError, QueryError) as error:
            return not_found_page(str(error)), 404
        office, contact = office_and_contact(kb, record)
        source = sources.source(kb, record.document_iri) if record.document_iri else None
        units = [(unit, len(duties.responsibilities(kb, unit.id))) for unit in organizations.units(kb, record.id)]
        own = duties.responsibilities(kb, record.id)
        aligned = translations(kb)
        view = OrganizationView(
            record=record,
            office=office,
            source=source,
            contact=contact,
            contact_is_own=contact is not None and organizations.own_contact(kb, record.id) is not None,
            duties=own,
            units=units,
            links=coordination(kb, record.id, LINKS),
            bodies=organizations.bodies(kb, record.id),
            regions=organizations.partner_regions(kb, record.id),
            translations={duty.id: aligned[duty.id] for duty in own if duty.id in aligned},
        )
        return organization_page(view), 200

    def _place_names(self) -> tuple[str, ...]:
        return tuple(sorted({place.name for place in places.places(self.kb)}))


def _param(request: Request, name: str) -> str:
    return request.query_params.get(name, "").strip()
