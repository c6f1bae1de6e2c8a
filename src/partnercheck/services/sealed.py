"""Sealing a file's bytes with a passphrase, and opening them again: one function for every
file PartnerCheck lets travel (interchange files, tie exports, review packages).

AES-256-GCM from ``cryptography`` (kept, with wheels for every platform PartnerCheck supports
and PyInstaller hooks of its own); the key comes from the passphrase through scrypt, with a
fresh random salt and nonce per file. GCM authenticates: a wrong passphrase and a file changed
after sealing fail the same way, before a single byte is handed back. The header (a readable
first line, the scrypt parameters, salt and nonce) is authenticated too, so lowering the
parameters in transit is noticed.

Layout::

    PartnerCheck encrypted file v1 ...\\n   (MAGIC: anyone who opens the file sees what it is)
    1 byte log2(N) | 1 byte r | 1 byte p | 16 bytes salt | 12 bytes nonce
    ciphertext with its 16-byte GCM tag
"""

from __future__ import annotations

import os
from pathlib import Path

MAGIC = b"PartnerCheck encrypted file v1 (AES-256-GCM, scrypt). Open it in PartnerCheck with its passphrase.\n"
_PREFIX = b"PartnerCheck encrypted file v"
# scrypt N = 2**17, r = 8, p = 1: 128 MiB and a few tenths of a second, once per file.
LOG2_N, R, P = 17, 8, 1
_SALT, _NONCE, _TAG = 16, 12, 16
_PARAMS = 3
MIN_PASSPHRASE = 10
# A hostile header must not make us spend gigabytes and minutes before the tag can fail:
# only what PartnerCheck writes is accepted (a newer version that raises them says v2).
_MAX_LOG2_N = LOG2_N
# AES-GCM opens a file in one piece: the sealed bytes, the plain ones and (a package) the
# files unpacked from them are in memory together. 256 MiB of content (five files at the 50 MB
# evidence limit) keeps that near 1 GiB; a bigger package travels unencrypted, or in parts.
# The file has the header and tag besides (far less than the 4 KiB of room given here).
MAX_SEALED_CONTENT = 256 * 1024 * 1024
MAX_SEALED_BYTES = MAX_SEALED_CONTENT + 4096
# A passphrase is one line; a bigger file is a mistake (the wrong file), not read into memory.
MAX_PASSPHRASE_FILE = 64 * 1024


class SealError(Exception):
    """A sealed file that cannot be opened, or a passphrase that cannot be used; the message
    is in English and Dutch, for the command line (the window has its own words)."""

    def __init__(self, source: str, kind: str, english: str, dutch: str) -> None:
        super().__init__(f"{source}: {english} ({dutch})")
        self.source = source
        self.english, self.dutch = english, dutch  # the command line prints the one of its --lang
        self.kind = kind  # "wrong-or-changed", "not-supported", "passphrase", "needs-passphrase"


def is_sealed(raw: bytes) -> bool:
    """True for the bytes of a sealed file (of any version, so a newer one is named as such)."""
    return raw.startswith(_PREFIX)


def seal(data: bytes, passphrase: str, *, log2_n: int | None = None) -> bytes:
    """``data`` encrypted with ``passphrase``; raises SealError for a passphrase too short."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase, "passphrase")
    # LOG2_N read at call time, not bound as a default: the test suite lowers it (tests/conftest.py)
    # for the tests that are not about the key derivation; nothing in the program changes it.
    log2_n = LOG2_N if log2_n is None else log2_n
    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    header = MAGIC + bytes((log2_n, R, P)) + salt + nonce
    key = _key(passphrase, salt, log2_n, R, P)
    return header + AESGCM(key).encrypt(nonce, data, header)


def unseal(raw: bytes, passphrase: str, source: str) -> bytes:
    """The plain bytes of a sealed file; SealError (nothing returned) when the passphrase is
    wrong or the file was changed after it was sealed."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not raw.startswith(MAGIC):
        raise SealError(
            source,
            "not-supported",
            "encrypted by a newer PartnerCheck or damaged; it cannot be opened by this version",
            "versleuteld door een nieuwere PartnerCheck of beschadigd; deze versie kan het niet openen",
        )
    start = len(MAGIC)
    body = start + _PARAMS + _SALT + _NONCE
    if len(raw) < body + _TAG:
        raise _wrong(source)
    log2_n, r, p = raw[start], raw[start + 1], raw[start + 2]
    if not (10 <= log2_n <= _MAX_LOG2_N and r == R and p == P):
        raise SealError(
            source,
            "not-supported",
            f"asks for scrypt N=2**{log2_n}, r={r}, p={p}, not what PartnerCheck writes (N=2**{LOG2_N}, r={R}, p={P}); "
            "it was not opened (a forged or damaged header)",
            f"vraagt scrypt N=2**{log2_n}, r={r}, p={p}, niet wat PartnerCheck schrijft (N=2**{LOG2_N}, r={R}, p={P}); "
            "het is niet geopend (een vervalste of beschadigde kop)",
        )
    salt = raw[start + _PARAMS : start + _PARAMS + _SALT]
    nonce = raw[start + _PARAMS + _SALT : body]
    try:
        # A view, not a slice: no second copy of the whole file.
        return AESGCM(_key(passphrase, salt, log2_n, r, p)).decrypt(nonce, memoryview(raw)[body:], raw[:body])
    except InvalidTag:
        raise _wrong(source) from None


def write_file(path: str | Path, data: bytes, passphrase: str | None) -> None:
    """Write ``data`` to ``path`` whole or not at all, sealed when a passphrase is given: the
    one call an export of any kind makes. OSError when it cannot be written."""
    from .files import write_atomically

    write_atomically(path, seal(data, passphrase) if passphrase is not None else data)


def opened(raw: bytes, passphrase: str | None, source: str) -> bytes:
    """The plain bytes of a file that may be sealed: what an import does first. A sealed file
    without a passphrase is SealError ``needs-passphrase``; a plain file is given back as is."""
    if not is_sealed(raw):
        return raw
    if passphrase is None:
        raise SealError(
            source,
            "needs-passphrase",
            "this file is encrypted: give its passphrase (--passphrase-file FILE)",
            "dit bestand is versleuteld: geef de wachtwoordzin (--passphrase-file BESTAND)",
        )
    return unseal(raw, passphrase, source)


def check_passphrase(passphrase: str, source: str) -> None:
    """SealError unless ``passphrase`` has :data:`MIN_PASSPHRASE` characters besides the spaces
    around it (the window's rule): spaces alone, or a short word padded out, are no secret."""
    if passphrase and not passphrase.strip():
        raise SealError(
            source,
            "passphrase",
            "the passphrase is only spaces, tabs or empty lines",
            "de wachtwoordzin bestaat alleen uit spaties, tabs of lege regels",
        )
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise SealError(
            source,
            "passphrase",
            f"a passphrase needs at least {MIN_PASSPHRASE} characters",
            f"een wachtwoordzin heeft minstens {MIN_PASSPHRASE} tekens nodig",
        )


def read_passphrase_file(path: str | Path) -> str:
    """The passphrase in a file (its first line, without the line end): ``--passphrase-file``
    keeps it out of the process list and the shell history. UTF-8 (with or without a BOM) or
    UTF-16 with its BOM (Notepad's "Unicode"). OSError when unreadable, not a regular file or
    over 64 KiB; SealError when empty or not text."""
    from .files import read_regular

    raw = read_regular(path, MAX_PASSPHRASE_FILE)
    try:
        text = raw.decode("utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SealError(
            str(path), "passphrase", "is not UTF-8 text; save the passphrase as UTF-8", "is geen UTF-8-tekst; sla de wachtwoordzin op als UTF-8"
        ) from None
    # The first line without its end (LF or CRLF, or none): the same on export and import.
    line = text.split("\n", 1)[0].rstrip("\r")
    if not line:
        raise SealError(str(path), "passphrase", "the passphrase file is empty", "het bestand met de wachtwoordzin is leeg")
    # Refused here for import too: no PartnerCheck sealed a file with it, and scrypt need not run.
    check_passphrase(line, str(path))
    return line


def _wrong(source: str) -> SealError:
    return SealError(
        source,
        "wrong-or-changed",
        "cannot be decrypted: the passphrase is wrong, or the file was changed after it was encrypted; nothing was imported",
        "kan niet worden ontsleuteld: de wachtwoordzin klopt niet, of het bestand is na het versleutelen gewijzigd; er is niets ingelezen",
    )


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))
