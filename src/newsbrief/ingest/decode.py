"""Bytes to text: refuse binary files, honour byte-order marks, detect legacy encodings."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from charset_normalizer import CharsetMatch, from_bytes

from ..errors import InputError
from ..language import SAMPLE_CHARS, written_in

# The Windows code page in which each language's legacy files are written: Western European and
# other languages in Latin letters without diacritics of their own, Central European, Cyrillic,
# Greek, Turkish, Hebrew, Arabic script, Baltic, Vietnamese.
_LEGACY_CODE_PAGES = {
    **dict.fromkeys("af br ca da de en es eu fi fo fr fy ga gd gl id is it la lb ms nl nn no oc pt sv sw tl wa".split(),
                    "cp1252"),
    **dict.fromkeys("bs cs hr hu pl ro sk sl sq".split(), "cp1250"),
    **dict.fromkeys("be bg mk ru sr uk".split(), "cp1251"),
    "el": "cp1253",
    **dict.fromkeys("az tr".split(), "cp1254"),
    "he": "cp1255",
    **dict.fromkeys("ar fa ur".split(), "cp1256"),
    **dict.fromkeys("et lt lv".split(), "cp1257"),
    "vi": "cp1258",
}

# Magic numbers of formats users rename to .txt by mistake; named so the error can say what it is.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"\x7fELF", "an executable"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str

    @property
    def was_guessed(self) -> bool:
        return self.encoding not in ("utf-8", "utf-8-sig", "utf-16", "utf-32")


def decode_bytes(data: bytes, source: str, encoding: str = "auto") -> DecodedText:
    """Decode ``data`` read from ``source`` (named in errors).

    ``encoding="auto"`` accepts UTF-8, a byte-order mark, or whatever charset-normalizer
    detects with confidence; any other value is used strictly.
    """
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{source}: is {kind}, not text")
    if encoding != "auto":
        return _decode_strictly(data, source, encoding)
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strictly(data, source, bom_encoding)
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data[:8192])
        if utf16 is None:
            raise InputError(f"{source}: is binary data (NUL bytes), not text")
        return _decode_strictly(data, source, utf16)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:1_000_000]
    readings = [reading for reading in from_bytes(sample) if reading.encoding is not None]
    if not readings:
        raise InputError(f"{source}: is neither UTF-8 nor text in an encoding that could be detected")
    code_page = _code_page_of_its_language(sample, readings)
    return _decode_strictly(data, source, code_page or _commonest_equivalent(sample, readings[0].encoding))


def _utf16_without_bom(sample: bytes) -> str | None:
    """The byte order of UTF-16 written without a byte-order mark (some Windows tools and
    exports do), or ``None``: in such text at least half of the two-byte units are ASCII, whose
    high byte is NUL, so the NUL bytes fall on one side of the units only, and the sample reads
    as text. Binary data has NUL bytes on both sides, or reads as control characters (a
    no-break space is not one: ``str.isprintable`` would refuse it)."""
    sample = sample[: len(sample) // 2 * 2]
    units = len(sample) // 2
    for encoding, high in (("utf-16-le", 1), ("utf-16-be", 0)):
        if units and sample[1 - high :: 2].count(0) == 0 and sample[high::2].count(0) * 2 >= units:
            text = sample.decode(encoding, errors="ignore")
            if all(character in "\t\n\r\f" or unicodedata.category(character) != "Cc" for character in text):
                return encoding
    return None


def _code_page_of_its_language(sample: bytes, readings: list[CharsetMatch]) -> str | None:
    """The code page of the language ``sample`` is written in (:data:`_LEGACY_CODE_PAGES`) when
    it reads the sample as cleanly as any the detector tried (among the readings with the least
    chaos), Windows-1252 when the text is too short to tell, or None. On short text the detector
    ranks equally clean readings by its language models, which took Portuguese, Spanish and
    Italian news in Windows-1252 for Central European ("Săo Paulo", "El nińo", "la cittą č
    pronta"), Turkish in Windows-1254 for Central European too ("baţkenti") and "Short: café." for
    Urdu. The language identifier tells the language from any of those readings, since they
    differ only in the letters outside ASCII: Czech read in Windows-1252 ("Pøedseda vlády øekl")
    is still Czech."""
    least = min(reading.chaos for reading in readings)
    cleanest = [reading for reading in readings if reading.chaos == least]
    clean = {page for reading in cleanest for page in reading.could_be_from_charset}
    read_in = "cp1252" if "cp1252" in clean else cleanest[0].encoding
    # The identifier reads the opening only, and its likeliest language, however unsure: a text
    # that reads as Lithuanian at all is not Western European.
    language = written_in(sample[: 4 * SAMPLE_CHARS].decode(read_in, errors="ignore"), min_confidence=0.0)
    if language is None:
        return "cp1252" if "cp1252" in clean else None
    code_page = _LEGACY_CODE_PAGES.get(language)
    return code_page if code_page in clean else None


def _commonest_equivalent(sample: bytes, detected: str) -> str:
    """Windows-1252 when it reads the sample exactly as the detected code page does: on short
    Western text the detector cannot tell cp1252 from cp1250 or cp1257, and cp1252 is the
    legacy encoding the web actually used, so it is the name to report."""
    try:
        same = sample.decode("cp1252") == sample.decode(detected)
    except (UnicodeDecodeError, LookupError):
        return detected
    return "cp1252" if same else detected


def _decode_strictly(data: bytes, source: str, encoding: str) -> DecodedText:
    try:
        return DecodedText(data.decode(encoding), encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"{source}: is not valid {encoding} (byte {error.start}); try --encoding auto"
        ) from None
