"""Bodies, centres and partner regions a duty mentions (orgkb.loaders.reading.lines.mentions)."""

from __future__ import annotations

import pytest

from orgkb.loaders.document import BodyRelation, Kind, PartnerRelation
from orgkb.loaders.reading.lines.mentions import find_bodies, find_partners


@pytest.mark.parametrize(
    ("duty", "bodies"),
    [
        # named bodies: the last head noun gives the kind, the verb before the name the relation
        (
            "Guide the work of the Jing'an Red Cross Society Office and the District Archives Bureau.",
            [
                ("Jing'an Red Cross Society Office", BodyRelation.GUIDES, Kind.AFFILIATED_BODY),
                ("District Archives Bureau", BodyRelation.GUIDES, Kind.AFFILIATED_BODY),
            ],
        ),
        (
            "Undertake the routine work of the District Committee of the CPC; assist the Citizen Service Hall.",
            [
                ("District Committee of the CPC", BodyRelation.HOSTS_OFFICE_OF, Kind.PARTY_COMMITTEE),
                ("Citizen Service Hall", BodyRelation.ASSISTS, Kind.SERVICE_CENTER),
            ],
        ),
        (
            "Report to the (NPC) Standing Committee & Government.",
            [("(NPC) Standing Committee & Government", BodyRelation.MENTIONS, Kind.GOVERNMENT)],
        ),
        # kinds of centre, named in lower case
        (
            "Manage the community health service centres and cultural activity stations.",
            [
                ("the community health service centres", BodyRelation.ADMINISTERS, Kind.SERVICE_CENTER),
                ("cultural activity stations", BodyRelation.ADMINISTERS, Kind.SERVICE_CENTER),
            ],
        ),
        (
            "Assist in the management of elderly care halls for the disabled, and plan.",
            [("elderly care halls for the disabled", BodyRelation.ASSISTS, Kind.SERVICE_CENTER)],
        ),
        ("Draft the plans of the office.", []),
    ],
)
def test_bodies(duty: str, bodies: list[tuple[str, BodyRelation, Kind]]) -> None:
    assert [(body.name, body.relation, body.kind) for body in find_bodies(duty)] == bodies


@pytest.mark.parametrize(
    ("duty", "name", "relation"),
    [
        # every wording of every partner pattern, in any case
        ("Support Counterpart-Supported Areas.", "counterpart-supported regions", PartnerRelation.COUNTERPART_SUPPORT),
        ("Aid counterpart supported places.", "counterpart-supported regions", PartnerRelation.COUNTERPART_SUPPORT),
        ("Pair the EASTERN AND WESTERN REGIONS.", "eastern and western regions", PartnerRelation.PAIRING_ASSISTANCE),
        ("Promote east-west collaboration.", "eastern and western regions", PartnerRelation.PAIRING_ASSISTANCE),
        (
            "Visit Foreign Friendly Cities and Regions.",
            "foreign friendly cities and regions",
            PartnerRelation.FRIENDLY_EXCHANGE,
        ),
        ("Invite friendly cities abroad.", "foreign friendly cities and regions", PartnerRelation.FRIENDLY_EXCHANGE),
        ("Host international sister cities.", "foreign friendly cities and regions", PartnerRelation.FRIENDLY_EXCHANGE),
        ("Contact sister provinces and cities.", "sister provinces and cities", PartnerRelation.REGIONAL_COOPERATION),
        ("Contact Friendly Provinces.", "sister provinces and cities", PartnerRelation.REGIONAL_COOPERATION),
        ("Receive friendly regions.", "sister provinces and cities", PartnerRelation.REGIONAL_COOPERATION),
        ("Handle exchanges with Hong Kong, Macao, and Taiwan.", "Hong Kong and Macao", PartnerRelation.EXCHANGE_VISITS),
        ("Handle exchanges with hong kong macao regions.", "Hong Kong and Macao", PartnerRelation.EXCHANGE_VISITS),
        # text that is not ASCII meets the patterns whole: "ſ" matches "s" when case is ignored
        ("Contact ſister cities (姐妹城市).", "sister provinces and cities", PartnerRelation.REGIONAL_COOPERATION),
    ],
)
def test_partner_regions(duty: str, name: str, relation: PartnerRelation) -> None:
    assert (name, relation) in [(found.name, found.relation) for found in find_partners(duty)]


@pytest.mark.parametrize(
    "duty",
    [
        "Handle the sister agencies' letters.",
        "Promote the east-westward road.",
        "Receive friendly visitors from Hong-Kong firms.",
    ],
)
def test_no_partner_regions(duty: str) -> None:
    assert find_partners(duty) == []
