"""The rules' refusals (a stage change, a character a field may not hold, a year, an amount, a
retention period, a hold without a reason, a Woo folder in use) in Dutch in a Dutch run, with
the option and the value as typed; an English run says them as it always did."""

from __future__ import annotations

import pytest


@pytest.fixture
def tie(store, new_assessment):
    """Tie 1 with assessment 1, a draft with nothing answered."""
    store.create(new_assessment)
    return store.get_tie(1)


def _refused(run, *args):
    code, out, err = run(*args)
    assert (code, out) == (2, "") and err.count("\n") == 1
    return err.rstrip("\n")


def test_a_stage_change_refused_in_dutch_names_the_stages_in_dutch(run, tie):
    assert (
        _refused(run, "state", "1", "final", "--by", "J. Jansen", "--lang", "nl")
        == "partnercheck state: beoordeling 1: kan niet van concept naar vastgesteld"
    )
    assert (
        _refused(run, "state", "1", "final", "--by", "J. Jansen", "--lang", "en") == "partnercheck state: assessment 1: cannot go from draft to final"
    )
    assert run("state", "1", "review", "--lang", "nl")[1] == "Beoordeling 1 is nu ter toetsing\n"
    said = _refused(run, "state", "1", "final", "--lang", "nl")
    assert said.startswith("partnercheck state: beoordeling 1: nog niet beantwoorde vragen: ") and "‘weet niet’" in said


def test_a_refused_character_in_dutch(run, tie):
    said = _refused(run, "event", "add", "1", "--kind", "media", "--date", "2026-01-02", "--text", "a\x1bb", "--lang", "nl")
    assert said == (
        "partnercheck event: --text: bevat een besturingsteken (U+001B) op positie 2; een veld van één regel mag geen "
        "besturingstekens, regeleinden of tekstrichtingstekens bevatten; er is niets vastgelegd"
    )
    english = _refused(run, "event", "add", "1", "--kind", "media", "--date", "2026-01-02", "--text", "a\x1bb", "--lang", "en")
    assert english.startswith("partnercheck event: --text: contains a control character (U+001B) at position 2; a one-line field")
    assert run("events", "1", "--json")[1] == "[]\n"


def test_a_tie_refusal_in_dutch(run, tie):
    assert (
        _refused(run, "tie", "1", "--since", "2100", "--lang", "nl")
        == "partnercheck tie: --since: 2100 is geen aannemelijk jaartal; er is niets gewijzigd"
    )
    assert _refused(run, "tie", "1", "--since", "2020", "--ended", "2019", "--lang", "nl") == (
        "partnercheck tie: --ended: 2019 ligt vóór het begin van de band (2020); er is niets gewijzigd"
    )
    assert (
        _refused(run, "tie", "1", "--agreement", "2012-13-01 Verdrag", "--lang", "nl")
        == "partnercheck tie: --agreement: '2012-13-01' is geen datum (JJJJ-MM-DD)"
    )
    assert (
        _refused(run, "tie", "1", "--since", "2100", "--lang", "en") == "partnercheck tie: --since: 2100 is not a plausible year; nothing was changed"
    )


def test_an_amount_a_period_and_a_hold_refused_in_dutch(run, tie):
    said = _refused(run, "event", "add", "1", "--kind", "media", "--date", "2026-01-02", "--text", "x", "--value", "1.2.3", "--lang", "nl")
    assert said == "partnercheck event: --value: '1.2.3' is geen bedrag in euro's (schrijf 1.250,50 of 1250.50)"
    assert _refused(run, "retention", "--set", "final=veel", "--lang", "nl") == (
        "partnercheck retention: --set 'veel': een bewaartermijn is een geheel aantal jaren (0-500), of 'keep'"
    )
    assert _refused(run, "retention", "--set", "final=veel", "--lang", "en") == (
        "partnercheck retention: --set 'veel': a retention period is a whole number of years (0-500), or 'keep'"
    )
    said = _refused(run, "hold", "1", "on", "--lang", "nl")
    assert said.startswith("partnercheck hold: --reason: zeg waarom de bewaarplicht wordt ingesteld")


def test_a_woo_folder_in_use_in_dutch(run, tie, tmp_path):
    folder = tmp_path / "woo"
    folder.mkdir()
    (folder / "iets.txt").write_text("bezet", encoding="utf-8")
    said = _refused(run, "woo-export", "1", "--out", str(folder), "--lang", "nl")
    assert said == (
        f"partnercheck woo-export: De Woo-export naar {folder} is niet geschreven. "
        f"Details: {folder}: bestaat al en is geen lege map; kies een nieuwe (er wordt niets overschreven)"
    )
    assert (folder / "iets.txt").read_text(encoding="utf-8") == "bezet"


def test_a_folder_given_for_a_file_is_said_in_dutch_in_a_dutch_run(run, tie, tmp_path):
    # PartnerCheck's own reasons used to come in English inside the Dutch sentence:
    # "kan niet worden geschreven (is a folder; give the name of a file)".
    folder = tmp_path / "map"
    folder.mkdir()
    code, _, err = run("export", "1", "--out", str(folder), "--lang", "nl")
    assert code == 2 and err.splitlines()[-1] == (
        f"partnercheck export: {folder}: kan niet worden geschreven (is een map; geef de naam van een bestand)"
    )
    code, _, err = run("export", "1", "--out", str(folder), "--lang", "en")
    assert code == 2 and err.splitlines()[-1] == f"partnercheck export: {folder}: cannot be written (is a folder; give the name of a file)"
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    assert _refused(run, "import", str(tmp_path / "x.json"), "--passphrase-file", str(folder), "--lang", "nl") == (
        f"partnercheck import: --passphrase-file {folder}: kan niet worden gelezen "
        "(geen gewoon bestand (een map, pipe of apparaat); geef een bestand)"
    )
