"""What a release ships: the icon, the Linux desktop entry and metainfo, a wheel without the
translation sources, and the one-folder bundle (built and run offline; marked slow)."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pypdf
import pytest

from partnercheck import __version__
from partnercheck.app import ICON_SIZES

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "nl.partnercheck.PartnerCheck"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


def test_the_icon_in_every_size():
    from PySide6.QtGui import QImage

    assert "#1f3a5f" in (ICONS / "partnercheck.svg").read_text(encoding="utf-8")
    for size in ICON_SIZES:
        image = QImage(str(ICONS / f"partnercheck-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    ico = (ICONS / "partnercheck.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 6  # an icon with its sizes


@pytest.mark.slow  # a process of its own
def test_the_window_has_the_icon(tmp_path):
    script = "import sys\nfrom partnercheck.app import run_app\nrun_app([])\nfrom PySide6.QtWidgets import QApplication\n"
    script += "icon = QApplication.windowIcon()\nprint('SIZES', sorted(s.width() for s in icon.availableSizes()))\n"
    script += "print('DESKTOP', QApplication.desktopFileName())\n"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PARTNERCHECK_DB=str(tmp_path / "i.sqlite3"),
        PARTNERCHECK_SETTINGS=str(tmp_path / "i.ini"),
        PARTNERCHECK_STARTUP_MARK="exit",
    )
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f"SIZES {sorted(ICON_SIZES)}" in result.stdout
    assert f"DESKTOP {APP_ID}" in result.stdout


@pytest.mark.slow  # a process of its own
def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    e = entry["Desktop Entry"]
    assert e["Type"] == "Application" and e["Name"] == "PartnerCheck"
    assert e["Exec"].split()[0] == "partnercheck-gui" and e["Terminal"] == "false"
    assert e["Icon"] == APP_ID and e["Categories"].endswith(";")
    assert "Comment[nl]" in e
    tool = shutil.which("desktop-file-validate")
    if tool:  # .ci/system-packages installs it
        result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.slow  # a process of its own
def test_appstream_metainfo():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.findtext("project_license") == "EUPL-1.2"
    assert {b.text for b in root.iter("binary")} == {"partnercheck", "partnercheck-gui"}
    assert __version__ in [r.get("version") for r in root.iter("release")], "add a <release> for this version"
    tool = shutil.which("appstreamcli")
    if tool:  # .ci/system-packages installs it; --no-net: nothing may touch the network
        result = subprocess.run([tool, "validate", "--no-net", "--strict", str(METAINFO)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_app_id_is_the_same_everywhere():
    app = (ROOT / "src" / "partnercheck" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app


@pytest.mark.slow  # a process of its own
def test_the_wheel_carries_resources_but_not_translation_sources(tmp_path):
    """hatchling builds the wheel offline from the checkout (no build isolation)."""
    pytest.importorskip("hatchling")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("partnercheck-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {"partnercheck/resources/translations/partnercheck_nl.qm", "partnercheck/resources/translations/partnercheck_en.qm"} <= set(names)
    assert not [n for n in names if n.endswith((".ts", ".po"))]
    assert "partnercheck/resources/locale/nl/LC_MESSAGES/partnercheck.mo" in names, "the Dutch report's texts"
    assert "partnercheck/resources/icons/partnercheck-256.png" in names and "partnercheck/db/0001_initial.sql" in names
    # the import validates every file against these at run time
    assert {"partnercheck/resources/schemas/interchange.schema.json", "partnercheck/resources/schemas/tie.schema.json"} <= set(names)
    # Help › User guide: docs/ is the guides' one source, copied in as partnercheck/docs (resources.docs_dir)
    for guide in ("handleiding.md", "user-guide.md", "scoring.md"):
        assert zipfile.ZipFile(wheel).read(f"partnercheck/docs/{guide}") == (ROOT / "docs" / guide).read_bytes()
    meta = zipfile.ZipFile(wheel).read(f"partnercheck-{__version__}.dist-info/entry_points.txt").decode()
    assert "partnercheck-gui = partnercheck.app:main" in meta and "[gui_scripts]" in meta
    print(f"wheel {wheel.name}: {wheel.stat().st_size / 1e6:.1f} MB")


# -- the bundle -------------------------------------------------------------------------------

# Unpacked, as du -sh counts (MiB); Linux (a Windows bundle has no ICU data: smaller). 170, was 150:
# encrypted exports need AES (cryptography's one binding, with its own OpenSSL, is 11 MB), the
# Word draft python-docx with lxml.etree, right-to-left text python-bidi.
BUNDLE_LIMIT_MIB = 170


def _offline_prefix() -> list[str]:
    """Run the bundle without a network (a network namespace of its own) when the machine allows it."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return [unshare, "-rn"]
    return []


def _interchange_file(path: Path) -> None:
    from partnercheck.workspace import checklist_library

    checklist = checklist_library().active
    doc = {
        "format": "partnercheck-assessment",
        "format_version": 1,
        "checklist": {"id": checklist.id, "version": checklist.version},
        "partnership": {
            "dutch_party": "Gemeente Zwolle",
            "dutch_party_kind": "municipality",
            "counterpart": "Xi’an 西安",
            "counterpart_kind": "city",
            "status": "active",
            "since": 2010,
        },
        "answers": {q.id: {"value": q.options[0].value, "note": "uit de bundel"} for q in checklist.questions},
    }
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle test builds the Linux bundle")
def test_the_bundle_builds_and_runs_offline(tmp_path):
    """packaging/build-bundle, then the bundled programs with no network and no Python of ours:
    --version, checklist --json, import, report, and the window (offscreen). ~1 min on 2 cores."""
    pytest.importorskip("PyInstaller")
    dist, work = tmp_path / "dist", tmp_path / "work"
    started = time.monotonic()
    build = subprocess.run(
        ["sh", str(ROOT / "packaging" / "build-bundle"), str(dist)],
        env=dict(os.environ, PARTNERCHECK_BUILD_DIR=str(work), PYTHON=sys.executable),
        capture_output=True,
        text=True,
        timeout=1200,
    )
    seconds = time.monotonic() - started
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-6000:]
    bundle = dist / "PartnerCheck"
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())  # PyInstaller links libraries
    print(f"bundle: {size / 2**20:.0f} MiB ({size / 1e6:.0f} MB) unpacked, built in {seconds:.0f} s")
    assert size / 2**20 < BUNDLE_LIMIT_MIB
    internal = bundle / "_internal"
    assert not list(internal.rglob("*Qt6Quick*")) and not list(internal.rglob("*VirtualKeyboard*"))
    assert not list(internal.rglob("*.ts")) and not list(internal.rglob("*.po")) and (internal / "partnercheck" / "db").is_dir()
    assert (internal / "partnercheck" / "resources" / "locale" / "nl" / "LC_MESSAGES" / "partnercheck.mo").is_file()
    assert list(internal.rglob("qtbase_nl.qm")) and (internal / "partnercheck" / "resources" / "translations" / "partnercheck_nl.qm").is_file()
    assert (internal / "partnercheck" / "resources" / "icons" / "partnercheck-16.png").is_file()
    for guide in ("handleiding.md", "user-guide.md"):  # Help › User guide, from docs/ (resources.docs_dir)
        assert (internal / "partnercheck" / "docs" / guide).read_bytes() == (ROOT / "docs" / guide).read_bytes()

    home = tmp_path / "home"
    env = {  # nothing of the developer's Python: no PYTHONPATH, a fresh home
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PARTNERCHECK_DB": str(tmp_path / "bundle.sqlite3"),
        "PARTNERCHECK_LOG_DIR": str(tmp_path / "logs"),
        "PARTNERCHECK_CHECKLISTS": str(tmp_path / "checklists"),
        "PARTNERCHECK_SETTINGS": str(tmp_path / "settings.ini"),
    }
    offline = _offline_prefix()

    def run(program: str, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        command = [*offline, str(bundle / program), *args]
        return subprocess.run(command, env={**env, **extra}, capture_output=True, text=True, timeout=120, cwd=tmp_path)

    for flag in ("--version", "-V"):
        assert run("partnercheck", flag).stdout == f"PartnerCheck {__version__}\n"
    assert run("partnercheck-gui", "--version").stdout == f"PartnerCheck {__version__}\n"
    checklist = run("partnercheck", "checklist", "--json")
    assert checklist.returncode == 0, checklist.stderr
    assert json.loads(checklist.stdout)["themes"]

    source = tmp_path / "in.json"
    _interchange_file(source)
    imported = run("partnercheck", "import", str(source))
    assert imported.returncode == 0, imported.stderr
    new_id = imported.stdout.split()[-1]
    # The JSON Schema check runs in the bundle too (fastjsonschema and the schema files are in it).
    bad = json.loads(source.read_text(encoding="utf-8"))
    bad["partnership"]["since"] = "2010"
    (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    refused = run("partnercheck", "import", str(tmp_path / "bad.json"))
    assert refused.returncode == 2 and "partnership.since" in refused.stderr, refused.stderr
    report = run("partnercheck", "report", new_id, "--out", str(tmp_path / "r.pdf"), "--lang", "nl")
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"
    # In Dutch: the frozen program found the catalog (a missing one would have failed the report).
    assert "Adviesrapport" in "".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "r.pdf").pages)
    # An encrypted round trip: the bundle carries cryptography (AES-GCM, scrypt).
    (tmp_path / "pass.txt").write_text("bundle passphrase\n", encoding="utf-8")
    sealed = run("partnercheck", "export", new_id, "--out", str(tmp_path / "sealed.json"), "--passphrase-file", str(tmp_path / "pass.txt"))
    assert sealed.returncode == 0, sealed.stderr
    reopened = run("partnercheck", "import", str(tmp_path / "sealed.json"), "--passphrase-file", str(tmp_path / "pass.txt"))
    assert reopened.returncode == 0, reopened.stderr
    # The Word draft needs python-docx's templates and lxml.etree in the bundle.
    draft = run("partnercheck", "report", new_id, "--format", "docx", "--out", str(tmp_path / "r.docx"))
    assert draft.returncode == 0, draft.stderr
    assert (tmp_path / "r.docx").read_bytes()[:2] == b"PK"

    window = run("partnercheck-gui", "--db", str(tmp_path / "window.sqlite3"), PARTNERCHECK_STARTUP_MARK="exit")
    assert window.returncode == 0, window.stderr
    assert "PARTNERCHECK_SHOWN" in window.stdout
    assert (tmp_path / "window.sqlite3").exists()
    assert "Traceback" not in window.stderr and "Traceback" not in (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
