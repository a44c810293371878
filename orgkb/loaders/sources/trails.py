"""Breadcrumb trails ("首页 > 机构设置 > ...", "You are here: Home > ..."), told by their element or their words."""

from __future__ import annotations

import re

# The class, id or aria-label of an element that holds the trail, as sites write them: English words,
# and pinyin initials for 当前位置 ("dqwz") and 面包屑 ("mbx").
_MARKER = re.compile(
    r"bread|crumb|(?:^|[-_\s])(?:position|location|dqwz|mbx|weizhi|curpos|nowpos)(?:$|[-_\s\d])|面包屑|当前位置"
)
# A line that begins the trail with "you are here" in Chinese or English. "Position:" and "Location:"
# begin posts and addresses too, so the English words need a separator of the trail after them.
_CHINESE_LEAD = re.compile(r"^(?:您|你)?(?:当前|现在|目前|所在)?的?(?:所在)?位置\s*[:：]")
_ENGLISH_LEAD = re.compile(
    r"^(?:you are here|your (?:current )?(?:location|position)|current (?:location|position)|position|location)"
    r"\s*[:：](?=.*\S\s*(?:>|»|›|→|/|＞)\s*\S)",
    re.IGNORECASE,
)
_MAX_TRAIL = 300
# The first characters of a trail's lead: most lines are ruled out by their first character alone.
_LEAD_STARTS = frozenset("您你当现目所位yYcCpPlL")


def is_marker(value: str) -> bool:
    """Whether a class, id or aria-label names a breadcrumb trail.

    >>> is_marker("breadcrumb"), is_marker("bread-nav"), is_marker("position"), is_marker("dqwz")
    (True, True, True, True)
    >>> is_marker("main-content"), is_marker("composition")
    (False, False)
    """
    return bool(_MARKER.search(value.lower()))


def is_trail(text: str) -> bool:
    """Whether a line is a breadcrumb trail by its leading words.

    >>> is_trail("当前位置：首页 > 机构设置"), is_trail("You are here: Home > About")
    (True, True)
    >>> is_trail("Position: Director"), is_trail("Location: 100 Renmin Road")
    (False, False)
    """
    if text[:1] not in _LEAD_STARTS or len(text) > _MAX_TRAIL:
        return False
    return bool(_CHINESE_LEAD.match(text) or _ENGLISH_LEAD.match(text))


def fits(text: str) -> bool:
    """Whether an element's text is short enough to be a trail (a long one is content with an odd class)."""
    return len(text) <= _MAX_TRAIL
