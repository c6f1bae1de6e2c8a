"""The review package (``.partnercheck``): one ZIP file with the interchange JSON, the
evidence files and a manifest of their SHA-256 hashes, for a colleague who reviews the
assessment on another PC.

Layout: ``assessment.json`` (a tie package: ``tie.json``, the tie file, see
services/tie_transfer.py); ``evidence/<sha256>/<file name>`` once per distinct content;
``manifest.json``: ``{"format": "partnercheck-package", "format_version": 1, "files": {path:
sha256}}`` naming every other entry. :func:`read_package` verifies the whole package before
anything is written: every entry is a plain file inside the package's folder (no absolute
path, no ``..``, no link), the manifest names exactly the entries there are, and every hash
matches. Any failure refuses the whole package with a :class:`PackageError` naming the file
and the entry.
"""

from __future__ import annotations

import errno
import io
import json
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING

from ..domain.evidence import MAX_EVIDENCE_BYTES, disk_name, sha256_hex
from ..domain.interchange_parser import InterchangeError
from .files import atomic_writer

if TYPE_CHECKING:
    import zipfile

    from ..domain.evidence import EvidenceItem
    from ..store import AssessmentStore

PACKAGE_FORMAT = "partnercheck-package"
PACKAGE_VERSION = 1
SUFFIX = ".partnercheck"
DOCUMENT = "assessment.json"
TIE_DOCUMENT = "tie.json"  # a tie package: the tie file instead of one assessment
_DOCUMENTS = (DOCUMENT, TIE_DOCUMENT)
MANIFEST = "manifest.json"
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 10_003
# Everything a package unpacks to is held in memory until it is stored: 1 GiB in all (twenty
# files at the 50 MB limit) bounds that, checked on the sizes the ZIP declares before any
# entry is unpacked (zipfile never gives more than an entry declares).
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024
# PartnerCheck stores evidence uncompressed and deflates only JSON (a few to one); an entry
# over 1 MiB that claims more than 200 to one is a zip bomb, refused before it is inflated.
MAX_RATIO = 200
_RATIO_FROM = 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_EVIDENCE_PATH = re.compile(r"^evidence/([0-9a-f]{64})/[^/]+$")


class PackageError(InterchangeError):
    """A package that cannot be trusted whole: nothing of it is stored."""


@dataclass(frozen=True, slots=True)
class Package:
    """A verified review package's document and the evidence files it carries."""

    document: bytes  # the interchange JSON (or the tie file)
    blobs: dict[str, bytes]  # sha256 -> content
    document_name: str = DOCUMENT  # which of the two it holds


def write_package(store: AssessmentStore, assessment_id: int, target: str | Path, passphrase: str | None = None) -> int:
    """Write the review package of an assessment whole or not at all, encrypted
    (services.sealed) when a passphrase is given; returns the number of evidence files in it.
    OSError when it cannot be written."""
    if passphrase is None:
        with atomic_writer(target) as fh:
            return _write_zip(store, assessment_id, fh, target, MAX_PACKAGE_BYTES)
    from . import sealed

    # Sealing needs the whole package in memory (AES-GCM seals it in one piece): an encrypted
    # package has its own, lower cap (sealed.MAX_SEALED_CONTENT), what the import opens.
    buffer = io.BytesIO()
    count = _write_zip(store, assessment_id, buffer, target, sealed.MAX_SEALED_CONTENT)
    sealed.write_file(target, buffer.getvalue(), passphrase)
    return count


def _write_zip(store: AssessmentStore, assessment_id: int, fh: IO[bytes], target: str | Path, cap: int) -> int:
    from ..domain.interchange import dumps

    assessment = store.get(assessment_id)
    document = dumps(assessment).encode("utf-8")  # the interchange file, as `export` writes it
    return write_entries(store, fh, target, DOCUMENT, document, assessment.evidence, cap)


def write_entries(
    store: AssessmentStore,
    fh: IO[bytes],
    target: str | Path,
    name: str,
    document: bytes,
    evidence: Iterable[EvidenceItem],
    cap: int = MAX_PACKAGE_BYTES,
) -> int:
    """The ZIP of a package: the document under ``name``, each evidence file's content once,
    the manifest; returns the number of evidence files. OSError (EFBIG) past ``cap`` (the
    package limit; an encrypted package's is lower, see write_package)."""
    import zipfile  # here, not at the top: a plain JSON import reads this module's limits only

    files = {name: sha256_hex(document)}
    paths: dict[str, str] = {}
    sizes: dict[str, int] = {}
    for item in evidence:
        # A name Windows can unpack (a colleague may open the ZIP in Explorer); the name the
        # file was attached under travels in the document and is what the import keeps.
        paths.setdefault(item.sha256, f"evidence/{item.sha256}/{disk_name(item.name)}")
        sizes[item.sha256] = item.size
    total = len(document) + sum(sizes.values())
    if total > cap:  # a package no PartnerCheck would import is not written
        kind = "a package" if cap == MAX_PACKAGE_BYTES else "an encrypted package (export it unencrypted, or with fewer files)"
        raise OSError(errno.EFBIG, f"its files come to {total} bytes, more than the {cap} ({cap // 1024 // 1024} MiB) {kind} may hold", str(target))
    with zipfile.ZipFile(fh, "w") as zf:
        zf.writestr(_info(name), document, compress_type=zipfile.ZIP_DEFLATED)
        for digest, path in paths.items():
            content = store.blob(digest, path)
            files[path] = digest
            # Stored, not compressed: PDFs, images and office files are compressed already.
            zf.writestr(_info(path), content, compress_type=zipfile.ZIP_STORED)
        manifest = {"format": PACKAGE_FORMAT, "format_version": PACKAGE_VERSION, "files": files}
        zf.writestr(_info(MANIFEST), json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", compress_type=zipfile.ZIP_DEFLATED)
    return len(paths)


def _info(name: str) -> zipfile.ZipInfo:
    import zipfile  # here, not at the top: a plain JSON import reads this module's limits only

    # A fixed time and mode: the same assessment gives the same entries on every PC.
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def is_package(head: bytes) -> bool:
    return head.startswith(ZIP_MAGIC)


def read_package(path: str | Path | IO[bytes], source: str | None = None) -> Package:
    """Open and verify a review package (see the module's description); PackageError if any
    part of it is wrong, OSError if it cannot be read. ``source`` names it in errors."""
    import zipfile  # here, not at the top: a plain JSON import reads this module's limits only

    source = source or str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            _check_end(zf, source)
            return _verified(zf, source)
    except zipfile.BadZipFile as exc:
        raise PackageError(source, "", f"is not a readable review package ({exc})") from None


_END = b"PK\x05\x06"  # the end of the central directory: 22 bytes, then a comment


def _check_end(zf: zipfile.ZipFile, source: str) -> None:
    """A package ends with its directory (PartnerCheck writes no comment): bytes after it are
    nothing the manifest covers, a payload hidden in a file that imports cleanly."""
    fh = zf.fp
    assert fh is not None  # open while zf is
    fh.seek(0, 2)
    size = fh.tell()
    fh.seek(max(size - 22, 0))
    tail = fh.read(22)
    if not (tail.startswith(_END) and tail[20:22] == b"\0\0"):
        raise _fail(source, "", "has bytes after the end of its ZIP directory; a review package ends there (changed or damaged?)")


def _fail(source: str, entry: str, message: str) -> PackageError:
    return PackageError(source, entry, message)


def _check_entry(info: zipfile.ZipInfo, source: str) -> None:
    name = info.filename
    parts = PurePosixPath(name).parts
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or not parts:
        raise _fail(source, name, "has an absolute path; a package holds only files inside its own folder")
    if "\\" in name:
        raise _fail(source, name, "uses backslashes (a Windows path); a package names its files with /")
    if ".." in parts or "." in parts or name.endswith("/"):
        raise _fail(source, name, "points outside the package's folder (or is a folder); refused")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise _fail(source, name, "is a link; a package holds only plain files")
    if not name.isprintable():
        raise _fail(source, name, "has a control character in its name; PartnerCheck never writes one")
    if info.flag_bits & 0x1:
        raise _fail(source, name, "is encrypted; PartnerCheck cannot check it")
    if info.file_size > _RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise _fail(
            source, name, f"is compressed {info.file_size} to {info.compress_size} bytes, more than {MAX_RATIO} to one (a zip bomb?); refused"
        )


def _verified(zf: zipfile.ZipFile, source: str) -> Package:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _fail(source, "", f"has {len(infos)} entries; no PartnerCheck package has more than {MAX_ENTRIES}")
    names = [i.filename for i in infos]
    total = sum(i.file_size for i in infos)
    if total > MAX_PACKAGE_BYTES:
        raise _fail(source, "", f"unpacks to {total} bytes, more than the {MAX_PACKAGE_BYTES} a package may hold; nothing was unpacked")
    for info in infos:
        _check_entry(info, source)
    if len(set(names)) != len(names):
        raise _fail(source, next(n for n in names if names.count(n) > 1), "appears twice in the package")
    by_name = {i.filename: i for i in infos}
    if MANIFEST not in by_name:
        raise _fail(source, MANIFEST, "is missing; this is not a PartnerCheck review package")
    manifest = _manifest(_read(zf, by_name[MANIFEST], source, MAX_DOCUMENT_BYTES), source)
    listed = set(manifest)
    present = set(by_name) - {MANIFEST}
    for name in sorted(listed - present):
        raise _fail(source, name, "is listed in the manifest but missing from the package")
    for name in sorted(present - listed):
        raise _fail(source, name, "is in the package but not in its manifest; refused")
    documents = [n for n in _DOCUMENTS if n in listed]
    if not documents:
        raise _fail(source, DOCUMENT, "is missing; the package holds no assessment")
    if len(documents) > 1:
        raise _fail(source, TIE_DOCUMENT, "is in a package that holds an assessment.json too; a package holds one of them")
    document_name = documents[0]
    document = b""
    blobs: dict[str, bytes] = {}
    for name, expected in sorted(manifest.items()):
        if name != document_name and not _EVIDENCE_PATH.match(name):
            raise _fail(source, name, f"is not where a package keeps its files ({document_name}, evidence/<sha256>/<name>)")
        content = _read(zf, by_name[name], source, MAX_DOCUMENT_BYTES if name == document_name else MAX_EVIDENCE_BYTES)
        if sha256_hex(content) != expected:
            raise _fail(source, name, "does not match its SHA-256 in the manifest; the package was changed or damaged")
        if name == document_name:
            document = content
        else:
            if name.split("/")[1] != expected:
                raise _fail(source, name, "is filed under another hash than its own")
            if expected in blobs:  # two names (case, Unicode form) for one file: a package has one
                raise _fail(source, name, "holds a file the package holds already under another name; refused")
            blobs[expected] = content
    return Package(document, blobs, document_name)


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, source: str, limit: int) -> bytes:
    import zipfile  # here, not at the top: a plain JSON import reads this module's limits only

    if info.file_size > limit:
        raise _fail(source, info.filename, f"is {info.file_size} bytes, more than the {limit} a package entry may have")
    try:
        with zf.open(info) as fh:
            content = fh.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise _fail(source, info.filename, f"cannot be read ({exc})") from None
    if len(content) > limit:
        raise _fail(source, info.filename, f"unpacks to more than the {limit} bytes a package entry may have")
    return content


class _Twice(ValueError):
    pass


def _once(pairs: list[tuple[str, object]]) -> dict[str, object]:
    # json.loads keeps the last of two equal keys: a manifest could then say one hash to a
    # reader of its text and another to PartnerCheck.
    seen: dict[str, object] = {}
    for key, value in pairs:
        if key in seen:
            raise _Twice(key)
        seen[key] = value
    return seen


def _manifest(raw: bytes, source: str) -> dict[str, str]:
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_once)
    except _Twice as twice:
        raise _fail(source, f"{MANIFEST}: {twice.args[0]}", "is named twice in the manifest; refused") from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _fail(source, MANIFEST, "is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != PACKAGE_FORMAT:
        raise _fail(source, f"{MANIFEST}.format", f"must be {PACKAGE_FORMAT!r}")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= PACKAGE_VERSION:
        raise _fail(source, f"{MANIFEST}.format_version", f"{version!r} is not a package version this PartnerCheck reads ({PACKAGE_VERSION})")
    files = data.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and re.fullmatch(r"[0-9a-f]{64}", v) for k, v in files.items()
    ):
        raise _fail(source, f"{MANIFEST}.files", "must map each entry to its SHA-256 (64 lower-case hex digits)")
    return files
