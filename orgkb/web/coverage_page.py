"""The planners' page, GET /coverage: which matters a set of offices covers, as a heatmap and in words.

Staff choose a kind of office and a place ("general offices" in "Shanghai"); the page shows the
heatmap (`web.heatmap`), then each office that lacks a matter most of the others have, then the
offices whose structures are alike. Every value is escaped (`web.html.e`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from orgkb.kb.coordination.clusters import Clustering
from orgkb.kb.coordination.coverage import CoverageMatrix
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.web.heatmap import MOST_COLUMNS, heatmap
from orgkb.web.html import e, layout, organization_href

GAPS_SHOWN = 30
CLUSTERS_SHOWN = 20
ALONE_SHOWN = 30
SHARED_SHOWN = 5


@dataclass(frozen=True)
class CoverageView:
    """What the page shows: the question asked, and its answer or what was wrong with it."""

    kind: str
    district: str
    kinds: Sequence[str]
    places: Iterable[str]
    matrix: CoverageMatrix | None = None
    clustering: Clustering | None = None
    problem: str | None = None


def plural(kind: str) -> str:
    """A kind's slug as plain words for many of them: 'general-office' -> 'general offices'."""
    words = kind.replace("-", " ")
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


def coverage_form(view: CoverageView) -> str:
    options = ['<option value="">any kind</option>'] + [
        f'<option value="{e(kind)}"{" selected" if kind == view.kind else ""}>{e(plural(kind))}</option>'
        for kind in view.kinds
    ]
    places = "".join(f'<option value="{e(name)}">' for name in view.places)
    return (
        '<form action="/coverage" method="get">'
        f'<label>Which offices?<select name="kind">{"".join(options)}</select></label>'
        f'<label>Where?<input name="district" value="{e(view.district)}" list="coverage-places" '
        'placeholder="Shanghai"></label>'
        f'<datalist id="coverage-places">{places}</datalist><button type="submit">Compare them</button></form>'
    )


def coverage_page(view: CoverageView) -> str:
    body = ["<h1>Which matters do these offices cover?</h1>", coverage_form(view)]
    if view.problem is not None:
        body.append(f'<p class="error" role="alert">{e(view.problem)}</p>')
    elif view.matrix is None:
        body.append(
            "<p>Choose a kind of office, a place, or both: every such office orgkb has read is compared, "
            "matter by matter.</p>"
        )
    elif not view.matrix.members:
        where = f" in {view.district}" if view.district else ""
        body.append(f"<p>orgkb has read no {e(plural(view.kind) if view.kind else 'offices')}{e(where)}.</p>")
    else:
        body.extend(_answer(view.matrix, view.clustering))
    return layout("Matters covered", "".join(body))


def _answer(matrix: CoverageMatrix, clustering: Clustering | None) -> list[str]:
    count = len(matrix.members)
    parts = [
        f"<p>{count} offices. Each row is a matter of government work, each column an office (its sections "
        "included). The darker the square, the more of the office's duties are about the matter; "
        "a red-edged empty square: most of the other offices have the matter, this one has none.</p>"
    ]
    if count > MOST_COLUMNS:
        parts.append(
            f"<p>The picture shows the first {MOST_COLUMNS} of the {count}; choose a smaller place for the rest.</p>"
        )
    parts.append(f'<div class="scroll">{heatmap(matrix)}</div>')
    parts.append(f'<section id="gaps"><h2>What most have and some lack ({len(matrix.gaps)})</h2>')
    if matrix.gaps:
        items = "".join(
            f"<li>{_to(gap.organization)} has no duty about “{e(gap.matter.name)}”, "
            f"which {gap.covered} of the {gap.of} offices have.</li>"
            for gap in matrix.gaps[:GAPS_SHOWN]
        )
        left = len(matrix.gaps) - GAPS_SHOWN
        parts.append(f"<ul>{items}</ul>" + (f"<p>… and {left} more.</p>" if left > 0 else ""))
    else:
        reason = "Three offices or more are needed for this." if count < 3 else "Every office has what most have."
        parts.append(f"<p>{reason}</p>")
    parts.append("</section>")
    if clustering is not None:
        parts.append(f'<section id="alike"><h2>Offices built alike ({_groups(len(clustering.clusters))})</h2><ul>')
        for cluster in clustering.clusters[:CLUSTERS_SHOWN]:
            names = ", ".join(_to(record) for record in cluster.members)
            shared = ", ".join(f"“{e(matter.name)}”" for matter in cluster.shared[:SHARED_SHOWN])
            more = f" and {len(cluster.shared) - SHARED_SHOWN} more" if len(cluster.shared) > SHARED_SHOWN else ""
            parts.append(
                f"<li>{names}: on average {cluster.similarity:.0%} of their matters in common"
                + (f"; all of them work on {shared}{more}" if shared else "")
                + ".</li>"
            )
        if len(clustering.clusters) > CLUSTERS_SHOWN:
            parts.append(f"<li>… and {len(clustering.clusters) - CLUSTERS_SHOWN} more groups.</li>")
        if clustering.alone:
            alone = ", ".join(_to(record) for record in clustering.alone[:ALONE_SHOWN])
            more = f" and {len(clustering.alone) - ALONE_SHOWN} more" if len(clustering.alone) > ALONE_SHOWN else ""
            parts.append(f"<li>Unlike the others: {alone}{more}.</li>")
        parts.append("</ul></section>")
    return parts


def _groups(count: int) -> str:
    return "1 group" if count == 1 else f"{count} groups"


def _to(record: OrganizationRecord) -> str:
    return f'<a href="{organization_href(record.id)}">{e(record.name)}</a>'
