"""Evidence names Windows cannot hold on disk (device names such as CON or LPT1 with any
suffix, <>:"/\\|?*, a trailing dot or space, very long names) are made safe wherever PartnerCheck
writes the file: the read-only copy it opens, and the entries of a review package (which a
colleague may unpack with Explorer). The database and the interchange file keep the name as
it was attached."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from partnercheck.domain.evidence import clean_name, disk_name
from partnercheck.services import evidence, package

_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$", re.IGNORECASE)


def windows_can_hold(name: str) -> bool:
    return (
        bool(name)
        and not _RESERVED.match(name.split(".")[0].rstrip(" ") + ("." + name.split(".", 1)[1] if "." in name else ""))
        and not _RESERVED.match(name.split(".")[0].rstrip(" "))
        and not re.search(r'[<>:"/\\|?*\x00-\x1f]', name)
        and not name.endswith((".", " "))
        and len(name) <= 120
    )


NAMES = [
    "CON",
    "con.txt",
    "Nul.tar.gz",
    "LPT1.pdf",
    "com9 .docx",
    "aux",
    "COM¹.txt",
    'raad<besluit>: "versie 2" | def?*.pdf',
    "verslag. . .",
    "x" * 180 + ".pdf",
    "協議書" * 60 + ".pdf",
]


@pytest.mark.parametrize("name", NAMES)
def test_disk_name_is_one_windows_can_hold_and_keeps_the_kind(name):  # type: ignore[no-untyped-def]
    safe = disk_name(name)
    assert windows_can_hold(safe), safe
    assert disk_name(safe) == safe
    if "." in clean_name(name).rstrip(". "):
        assert safe.rsplit(".", 1)[-1] == clean_name(name).rsplit(".", 1)[-1]


def test_an_ordinary_name_is_left_as_it_is():  # type: ignore[no-untyped-def]
    for name in ("Raadsbesluit 2019-04.pdf", "协议.docx", "foto's bezoek.jpg", "Connor.txt", "console.log", "LPT10.pdf"):
        assert disk_name(name) == name


def test_the_copy_opened_has_a_safe_name_and_the_database_keeps_the_name(store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    question = library.active.questions[0].id
    for i, name in enumerate(NAMES):
        item = store.attach(assessment_id, question, name, f"inhoud {i}".encode())
        copy = evidence.open_copy(store, item.id, tmp_path)
        assert windows_can_hold(copy.name) and copy.read_bytes() == f"inhoud {i}".encode()
        assert store.evidence_item(item.id)[1].name == clean_name(name)


def test_a_review_package_has_entries_windows_can_unpack_and_imports_the_names(store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    question = library.active.questions[0].id
    for i, name in enumerate(NAMES):
        store.attach(assessment_id, question, name, f"inhoud {i}".encode())
    target = tmp_path / "review.partnercheck"
    package.write_package(store, assessment_id, target)
    with zipfile.ZipFile(target) as zf:
        entries = [n.split("/", 2)[2] for n in zf.namelist() if n.startswith("evidence/")]
    assert len(entries) == len(NAMES) and all(windows_can_hold(n) for n in entries), entries
    read = package.read_package(io.BytesIO(target.read_bytes()), str(target))
    from partnercheck.domain.interchange import parse_bytes

    names = sorted(e.name for e in parse_bytes(read.document, str(target), store.library).evidence)
    assert names == sorted(clean_name(n) for n in NAMES)
