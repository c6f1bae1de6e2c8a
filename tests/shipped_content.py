"""The shipped content the content tests read (test_checklist_content.py,
test_checklist_current_rules.py, test_reference_content.py): the checklist files per version,
the current version, and what each version must hold (themes, red flags, sources, the
provincial ties of the reference file)."""

from __future__ import annotations

import re
import tomllib

from partnercheck.domain.checklist_loader import load_checklist
from partnercheck.resources import checklist_dir, reference_file

SHIPPED_FILES = {
    "2026.1": checklist_dir() / "china-partnerships-2026.1.toml",
    "2026.2": checklist_dir() / "china-partnerships-2026.2.toml",
    "2026.3": checklist_dir() / "china-partnerships-2026.3.toml",
    "2026.4": checklist_dir() / "china-partnerships-2026.4.toml",
    "2026.5": checklist_dir() / "china-partnerships-2026.5.toml",
}
CURRENT = "2026.5"
MANDATORY_THEMES = {"cpaffc", "one-china", "human-rights", "rvo-icp"}
UNKNOWN_VALUES = {"unknown"}

# Per version: the question holding the One-China red flag, all red-flag questions, and the
# source codes that must be described.
ONE_CHINA_RED_FLAG = {"2026.1": "one-china.clause"} | dict.fromkeys(("2026.2", "2026.3", "2026.4", "2026.5"), "one-china.commitment")
RED_FLAG_QUESTIONS = {
    "2026.1": {"one-china.clause", "one-china.contact-limits", "human-rights.pressure"},
    "2026.2": {"one-china.commitment", "one-china.contact-limits", "human-rights.pressure"},
}
RED_FLAG_QUESTIONS["2026.3"] = RED_FLAG_QUESTIONS["2026.2"]
# 2026.4: giving in to a request from the Chinese side is the pressure red flag as well.
RED_FLAG_QUESTIONS["2026.4"] = RED_FLAG_QUESTIONS["2026.2"] | {"human-rights.yielded"}
RED_FLAG_QUESTIONS["2026.5"] = RED_FLAG_QUESTIONS["2026.4"]
SOURCE_CODES = {
    "2026.1": {"SEED", "S1", "S2", "S3", "S4"} | {f"S{i}" for i in range(6, 24)},
    "2026.2": {"SEED", "S1", "S2", "S3", "S4", "S6", "S7", "S8", "S9a", "S9b", "S9c"}
    | {f"S{i}" for i in range(10, 22)}
    | {"S23", "S24", "S27", "S28", "S29", "S30", "S31"},
}
SOURCE_CODES["2026.3"] = SOURCE_CODES["2026.2"]  # 2026.3 changes wording only
SOURCE_CODES["2026.4"] = SOURCE_CODES["2026.2"] | {"S32"}  # Breda's own account, for the scale question
# 2026.5: the Rockhampton request (Hong Kong Free Press) and the Breda-Yangzhou anniversary gifts (BN DeStem).
SOURCE_CODES["2026.5"] = SOURCE_CODES["2026.4"] | {"S33", "S34"}
# 2026.1 question ids that 2026.2 replaced because their meaning changed (answers do not carry
# over): Party membership alone no longer counts; the One-China question was split.
REPLACED_IN_2026_2 = {"cpaffc.party-posts": "cpaffc.united-front-posts", "one-china.clause": "one-china.commitment"}

# Phrases with which a guidance text would attribute advice to a source. An inferred
# question may state facts, but must not present its advice as a source's.
SOURCE_CLAIMS = re.compile(
    r"\b(volgens|according to|adviseert|advises|raadt aan|recommends|beveelt|"
    r"schrijft voor|prescribes that|the source says|de bron zegt)\b",
    re.IGNORECASE,
)
# Dutch words that speak of signing or accepting: such advice needs a text for a tie that
# already exists.
SIGNING_WORDS = re.compile(r"\b(onderteken\w*|teken|tekenen|aanvaarding|aanvaard)\b", re.IGNORECASE)
# English terms with a Dutch word that the Dutch texts must use instead.
ENGLISH_IN_DUTCH = re.compile(r"dual[ -]use|smart[ -]city|\baward|health campus", re.IGNORECASE)

PROVINCIAL_TIES = {
    ("Provincie Drenthe", "Shaanxi"),
    ("Provincie Flevoland", "Zhejiang"),
    ("Provincie Fryslân", "Sichuan"),
    ("Provincie Fryslân", "Heilongjiang"),
    ("Provincie Gelderland", "Fujian"),
    ("Provincie Gelderland", "Hubei"),
    ("Provincie Gelderland", "Shandong"),
    ("Provincie Groningen", "Shaanxi"),
    ("Provincie Groningen", "Hunan"),
    ("Provincie Limburg", "Sichuan"),
    ("Provincie Noord-Brabant", "Jiangsu"),
    ("Provincie Noord-Holland", "Shandong"),
    ("Provincie Overijssel", "Liaoning"),
    ("Provincie Utrecht", "Guangdong"),
    ("Provincie Zuid-Holland", "Hebei"),
    ("Provincie Zuid-Holland", "Shanghai Pudong"),
}


def load_shipped(version: str):  # type: ignore[no-untyped-def]
    """The shipped checklist of ``version``, as the app loads it."""
    loaded = load_checklist(SHIPPED_FILES[version])
    assert loaded.version == version
    return loaded


def load_reference_toml():  # type: ignore[no-untyped-def]
    """The reference partnerships file as plain TOML (what it says, not what the app makes of it)."""
    return tomllib.loads(reference_file().read_text(encoding="utf-8"))
