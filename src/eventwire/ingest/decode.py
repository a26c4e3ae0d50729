"""Bytes → str with honest failure: binary files and undecodable bytes are
rejected with a reason instead of being turned into mojibake."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from .errors import InputRejected

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
# Control bytes that never occur in text files (all of C0 except \t \n \f \r and ESC).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def decode_bytes(data: bytes) -> str:
    if not data.strip():
        raise InputRejected("empty file" if not data else "file holds only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputRejected(f"unreadable encoding: {encoding} BOM but invalid bytes at offset {exc.start}") from None
    head = data[:_SNIFF]
    if b"\x00" in head or sum(head.count(bytes([b])) for b in _BINARY_BYTES) > len(head) // 100:
        raise InputRejected("binary file (control bytes in the first 8 KB), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data[:1_000_000])
    guess = matches.best()
    if guess is None or guess.chaos > 0.2:
        raise InputRejected("unreadable encoding: not UTF-8 and no legacy encoding decodes it cleanly")
    encoding = guess.encoding
    # Ties are common between Western code pages (cp1250 and cp1252 both decode "Señora" without
    # chaos, one as "Seńora"): prefer the web's default legacy encoding, as browsers do.
    for match in matches:
        if match.encoding in _WESTERN and match.chaos <= guess.chaos and match.coherence >= guess.coherence - 0.01:
            encoding = match.encoding
            break
    return data.decode(encoding, errors="replace")
