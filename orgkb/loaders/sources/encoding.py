"""Bytes to text: the encoding from a byte-order mark, the page's own declaration, or detection.

Detection is charset-normalizer's (maintained, pure Python with compiled speed-ups, the detector
that requests and httpx use): it measures how readable each candidate decoding is instead of
trusting byte statistics alone, and says "none" for binary data. Before it, three cheap and
certain steps: a byte-order mark (UTF-8, UTF-16, UTF-32), valid UTF-8 (almost no other text
is), and a charset the page or the server declares when the bytes agree with it. Then, as orgkb
reads Chinese government pages, bytes that read as everyday Chinese in GB18030 or Big5 are read
so (`han_reading`: a short page's statistics would as soon say UTF-16 or EUC-JIS). GBK and GB2312
are read as GB18030 (their superset); on a tie between the detector's candidates, GB18030 comes
before Big5 before the rest.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from orgkb.errors import LoadError
from orgkb.loaders.sources.han_reading import chinese_reading, gb18030_han

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
# Codec names as pages and servers spell them -> the codec orgkb decodes with.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030", "cp950": "big5"}
_PREFERRED = ("gb18030", "big5")
# C0 and C1 control characters other than white space: a few are strays, many mean binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Decoded:
    """A page's text, the encoding it was read in, and what the reading noticed."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def codec_name(label: str) -> str | None:
    """The codec orgkb reads a declared charset `label` with, or None for an unknown label.

    >>> codec_name("GB2312"), codec_name("utf8"), codec_name("Big5"), codec_name("x-unknown")
    ('gb18030', 'utf-8', 'big5', None)
    """
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return _SUPERSETS.get(name.replace("_", "-"), name.replace("_", "-"))


def decode(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """The text of `data`, read from `source`; `declared` is the charset the server or page names.

    Raises `LoadError` for empty or binary data and for bytes no known encoding reads.

    >>> decode("主要职责".encode("gbk") * 3, "page.txt").encoding
    'gb18030'
    >>> decode(b"\\xef\\xbb\\xbfMain Responsibilities", "page.txt").text
    'Main Responsibilities'
    """
    if not data:
        raise LoadError(source, "the file is empty; expected the text of a responsibilities page")
    for bom, bom_codec, name in _BOMS:
        if data.startswith(bom) and bom_codec != "utf-8":
            return _checked(_strict(data[len(bom) :], bom_codec, source), name, source)
    marked = data.startswith(codecs.BOM_UTF8)
    if marked:  # UTF-8 then, whatever the page declares; read below as any UTF-8 is
        data, declared = data[len(codecs.BOM_UTF8) :], None
    if b"\x00" in data:
        raise LoadError(
            source, "binary data (it holds NUL bytes), not a text page; UTF-16 text needs its byte-order mark"
        )
    warnings: list[str] = []
    codec = codec_name(declared) if declared else None
    if declared and codec is None:
        warnings.append(f"the page declares an unknown charset {declared.strip()!r}; the encoding was detected")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = error
    else:
        if codec not in (None, "utf-8", "ascii") and not data.isascii():
            warnings.append(f"the page declares {declared!r} but its bytes are UTF-8; read as UTF-8")
        return _checked(text, "utf-8", source, warnings)
    if codec is not None and codec not in ("utf-8", "ascii"):
        try:
            return _checked(data.decode(codec), codec, source, warnings)
        except UnicodeDecodeError:
            warnings.append(f"the page declares {declared!r} but its bytes are not {codec}; the encoding was detected")
    if marked or _mostly_utf8(data):
        line = data.count(b"\n", 0, bad.start) + 1
        warnings.append(f"line {line}: bytes that are not UTF-8 (first 0x{data[bad.start]:02x}) were read as U+FFFD")
        return _checked(data.decode("utf-8", errors="replace"), "utf-8", source, warnings)
    return _checked(*_detected(data, source), source, warnings)


def _strict(data: bytes, codec: str, source: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise LoadError(
            source, f"byte 0x{data[error.start]:02x} is not {codec} though the page begins with its mark", line
        ) from None


def _mostly_utf8(data: bytes) -> bool:
    """Whether `data` is UTF-8 text with a few broken bytes (a cut download, a stray byte), not another encoding."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    wide = len(text) - len(text.encode("ascii", errors="ignore")) - broken
    return broken <= 3 and wide >= 10 * broken


def _detected(data: bytes, source: str) -> tuple[str, str]:
    if (chinese := chinese_reading(data)) is not None:
        return chinese
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None and (text := gb18030_han(data)) is not None:
        return text, "gb18030"  # Chinese, but not the everyday kind: a traditional page in GBK
    if best is None:
        raise LoadError(source, "binary data, not a text page (no text encoding reads it)")
    tied = [match for match in matches if match.chaos <= best.chaos and match.coherence >= best.coherence]
    names = [_SUPERSETS.get(match.encoding.replace("_", "-"), match.encoding.replace("_", "-")) for match in tied]
    chosen = next((name for name in _PREFERRED if name in names), names[0] if names else best.encoding)
    if chosen in _PREFERRED and (chinese := chinese_reading(data, detected_chinese=True)) is not None:
        return chinese  # which of the two: the one that reads as everyday characters
    for codec in (chosen, "big5hkscs") if chosen == "big5" else (chosen,):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return str(best), best.encoding.replace("_", "-")


def _checked(text: str, encoding: str, source: str, warnings: list[str] | None = None) -> Decoded:
    controls = len(_CONTROL.findall(text, 0, 65536)) if _CONTROL.search(text, 0, 65536) else 0
    if controls > 8 and controls * 100 > min(len(text), 65536):
        raise LoadError(source, f"binary data, not a text page ({controls} control characters in its first 64 KB)")
    return Decoded(text, encoding, tuple(warnings or ()))
