"""Whether undeclared bytes read as everyday Chinese in GB18030 or in Big5.

On a short page a detector's byte statistics say little: a dozen GBK characters are as likely
UTF-16, Thai or EUC-JIS to it. The two Chinese encodings can be told apart by what they give: a
GB18030 reading of Chinese text is made of GB2312's characters (the 6,763 of everyday simplified
text), a Big5 reading of Big5's first level (the 5,401 everyday traditional ones); the wrong
reading of either gives rare characters, kana or symbols. Characters outside both encodings'
everyday sets but common on any page (CJK and full-width punctuation, circled numbers) count for
either. EUC-JP and EUC-KR bytes (both bytes of a character 0xA1-0xFE) often read as Big5's first
level too, so Big5 is claimed only for bytes that hold a second byte in 0x40-0x7E, which the EUC
encodings never write, or once a detector has said the page is Chinese (`detected_chinese`).
"""

from __future__ import annotations

from orgkb.ontology.script import has_chinese

_CANDIDATES = ("gb18030", "big5")
# The share of a reading's non-ASCII characters that must be everyday ones, and the Han count below
# which a reading proves nothing.
_SHARE = 0.9
_MIN_HAN = 2
_SAMPLE = 20_000  # characters looked at: a long page says what it is early
_BIG5_FIRST_LEVEL = (0xA440, 0xC67E)
_NEUTRAL = (
    (0x00A0, 0x00BF),  # Latin-1 punctuation: no-break space, ·, ©
    (0x2000, 0x206F),  # general punctuation: — “ ” …
    (0x2460, 0x24FF),  # circled and bracketed numbers ① ⑴
    (0x3000, 0x303F),  # CJK punctuation: 、。【】《》
    (0xFF00, 0xFFEF),  # full-width forms: ，：；（）０-９
)


def chinese_reading(data: bytes, *, detected_chinese: bool = False) -> tuple[str, str] | None:
    """The text and codec ("gb18030" or "big5") that read `data` as everyday Chinese, or None
    when neither does or the page holds too few Han characters to say; `detected_chinese` when a
    detector has already ruled out the EUC encodings.

    >>> chinese_reading("福田区卫生健康局".encode("gbk"))
    ('福田区卫生健康局', 'gb18030')
    >>> chinese_reading("臺北市政府民政局".encode("big5"))
    ('臺北市政府民政局', 'big5')
    >>> chinese_reading("大阪市役所の業務について".encode("shift_jis")) is None
    True
    """
    best: tuple[float, str, str] | None = None
    for codec in _CANDIDATES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "big5" and not detected_chinese and not _has_low_second_byte(data):
            continue
        share = _everyday_share(text, codec)
        if share is not None and share >= _SHARE and (best is None or share > best[0]):
            best = (share, text, codec)
    return None if best is None else (best[1], best[2])


def gb18030_han(data: bytes) -> str | None:
    """The GB18030 reading of `data` when it is Chinese text at all (rare and traditional characters
    too), for bytes no detector reads: a traditional page in GBK.

    >>> gb18030_han("臺北市政府民政局".encode("gb18030"))
    '臺北市政府民政局'
    """
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    wide = han = 0
    for char in text[:_SAMPLE]:
        if not char.isascii():
            wide += 1
            han += has_chinese(char) or any(low <= ord(char) <= high for low, high in _NEUTRAL)
    return text if wide and han >= _SHARE * wide else None


def _has_low_second_byte(data: bytes) -> bool:
    """Whether a double-byte character of `data` (read as Big5 reads it) has a second byte in 0x40-0x7E."""
    index = 0
    while index < len(data) - 1:
        if data[index] < 0x81:
            index += 1
            continue
        if data[index + 1] < 0x7F:
            return True
        index += 2
    return False


def _everyday_share(text: str, codec: str) -> float | None:
    """The share of `text`'s non-ASCII characters that are everyday in `codec`; None below `_MIN_HAN` Han."""
    wide = han = everyday = 0
    for char in text[:_SAMPLE]:
        if char.isascii():
            continue
        wide += 1
        if has_chinese(char):
            han += 1
            everyday += _everyday_han(char, codec)
        elif any(low <= ord(char) <= high for low, high in _NEUTRAL):
            everyday += 1
    return everyday / wide if han >= _MIN_HAN else None


def _everyday_han(char: str, codec: str) -> bool:
    if codec == "gb18030":
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            return False
        return True
    try:
        code = int.from_bytes(char.encode("big5"), "big")
    except UnicodeEncodeError:
        return False
    return _BIG5_FIRST_LEVEL[0] <= code <= _BIG5_FIRST_LEVEL[1]
