"""Evidence: files that show what an answer rests on (an agreement, a council decision, a
letter, a screenshot). The records here carry a file's name, size and SHA-256, never its
content: listing and scoring never load the bytes, only opening and packaging do."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

# Bigger files (video, whole mailboxes) belong in the municipality's document system; a
# reference in the note does there. 50 MB keeps a review package mailable on most systems.
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024

# Most file systems allow 255 bytes a name; the package's folder and a copy's suffix need room.
MAX_NAME_BYTES = 200

HASH_PREFIX = 12  # hex characters of the SHA-256 the report prints


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """A file attached as evidence (to an answer, or to a tie with question_id ""), by its content's hash."""

    question_id: str
    name: str
    size: int
    sha256: str
    added: _dt.datetime
    added_by: str
    id: int | None = None  # assigned by the store

    @property
    def short_hash(self) -> str:
        return self.sha256[:HASH_PREFIX]


@dataclass(frozen=True, slots=True)
class BinnedEvidence:
    """A file removed into the bin from an answer, with the assessment it belongs to (for
    File › Bin, which lists them across assessments)."""

    assessment_id: int
    dutch_party: str
    counterpart: str
    checklist: tuple[str, str]  # (id, version): where the question's number is looked up
    item: EvidenceItem
    removed: _dt.datetime


@dataclass(frozen=True, slots=True)
class BinnedTieEvidence:
    """A file removed into the bin from a tie (File › Bin lists it beside the answers' files)."""

    tie_id: int
    dutch_party: str
    counterpart: str
    item: EvidenceItem
    removed: _dt.datetime


class EvidenceTooLarge(ValueError):
    def __init__(self, name: str, size: int) -> None:
        super().__init__(f"{name}: {size / 1024 / 1024:.1f} MB is more than the {MAX_EVIDENCE_BYTES // 1024 // 1024} MB a file may have")
        self.name = name
        self.size = size


def sha256_hex(data: bytes) -> str:
    import hashlib  # here: it loads OpenSSL (a few ms), which opening the store or listing never needs

    return hashlib.sha256(data).hexdigest()


def clean_name(name: str) -> str:
    """The file name as it is shown and packaged: its last component, no control characters,
    never "." or ".." (a folder, once opened or unpacked), no trailing dot or space (Windows
    drops them), at most :data:`MAX_NAME_BYTES` in UTF-8 with its suffix kept. Applying it
    twice changes nothing: an exported name reads back as it is."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if c.isprintable()).strip().rstrip(". ")
    if len(base.encode("utf-8")) > MAX_NAME_BYTES:
        stem, dot, suffix = base.rpartition(".")
        if not dot or not stem or len(suffix) > 16:
            stem, dot, suffix = base, "", ""
        room = MAX_NAME_BYTES - len((dot + suffix).encode("utf-8"))
        stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(". ")
        base = stem + dot + suffix if stem else ""
    return base or "bestand"


# What Windows cannot hold in a file name: these characters, and the names of devices with any
# suffix ("con.txt" opens the console, not a file).
_NOT_ON_WINDOWS = frozenset('<>:"/\\|?*')
_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL"} | {f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³"})
# A copy lands in a temporary folder (C:\Users\…\AppData\Local\Temp\partnercheck-evidence-…\),
# which takes some 80 of the 260 characters many Windows programs still allow a whole path.
MAX_DISK_NAME = 120


def disk_name(name: str) -> str:
    """The name an evidence file gets when PartnerCheck writes it to disk (the copy it opens, a
    review package's entry): :func:`clean_name`, with what Windows cannot hold replaced (``_``
    for ``<>:"/\\|?*``, ``_`` before a device name such as CON or LPT1) and at most
    :data:`MAX_DISK_NAME` characters, the suffix kept. The database keeps the name as it was
    attached. Applying it twice changes nothing."""
    base = "".join("_" if c in _NOT_ON_WINDOWS else c for c in clean_name(name))
    if len(base) > MAX_DISK_NAME - 1:  # room for the "_" a device name gets
        stem, dot, suffix = base.rpartition(".")
        if not dot or not stem or len(suffix) > 16:
            stem, dot, suffix = base, "", ""
        stem = stem[: MAX_DISK_NAME - 1 - len(dot + suffix)].rstrip(". ")
        base = stem + dot + suffix if stem else "bestand"
    if base.split(".", 1)[0].rstrip(" ").upper() in _DEVICES:
        base = "_" + base
    return base
