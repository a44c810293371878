"""A Chinese name printed without its place ("市政府办公室", "区政府办") qualified by the place the page
names at the same level ("长沙市人民政府督查室", "《长沙市人民政府公报》" -> "长沙市政府办公室").

A page that prints no title often calls its office only by the level it serves ("以市政府、市政府办公室名义");
its place is then printed where the page names that level's government: in a unit's name or a gazette's
title. Only a place the gazetteer knows, printed before "(人民)政府" and of the same level (市, 区, 县), is
taken, and only when the page names exactly one.
"""

from __future__ import annotations

from orgkb.loaders.reading.roles.cues.zh_identity import places_in
from orgkb.loaders.reading.roles.cues.zh_script import compile_either, to_simplified

# "市政府办公室", "区人民政府办公室", "县政府办": a level's government with no place before it
_RELATIVE = compile_either(r"^(?P<level>[市区县])(?:人民)?政府\S+$")
_GOVERNMENT = compile_either(r"(?:人民)?政府")


def qualified_name_zh(name: str, texts: list[str]) -> str:
    """`name` with the one place of its level whose government `texts` name, when it has no place of its own.

    >>> qualified_name_zh("市政府办公室", ["以市政府办公室名义", "内设长沙市人民政府督查室。"])
    '长沙市政府办公室'
    >>> qualified_name_zh("市政府办公室", ["湘潭市人民政府", "长沙市人民政府督查室"])
    '市政府办公室'
    >>> qualified_name_zh("区政府办公室", ["长沙市人民政府督查室"]), qualified_name_zh("民政局", ["长沙市政府"])
    ('区政府办公室', '民政局')
    """
    relative = _RELATIVE.match(to_simplified(name))
    if relative is None:
        return name
    level = relative.group("level")
    places: set[str] = set()
    for text in texts:
        simplified = to_simplified(text)
        for begin, end, _ in places_in(text):
            printed = simplified[begin:end]
            if printed.endswith(level) and _GOVERNMENT.match(simplified, end):
                places.add(text[begin:end] if len(text) == len(simplified) else printed)
    if len(places) != 1:
        return name
    return f"{places.pop()}{name[1:]}"
