"""The new-assessment dialog and the reference data behind its suggestions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from partnercheck.domain.assessment import CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from partnercheck.domain.reference import KnownPartnership, load_reference, parse_reference
from partnercheck.resources import reference_file
from partnercheck.ui.partnership_dialog import PartnershipDialog


def test_reference_reader_keeps_good_entries_and_skips_bad_ones(tmp_path):  # type: ignore[no-untyped-def]
    entries = parse_reference(
        {
            "partnerships": [
                {
                    "dutch_party": "Provincie Zeeland",
                    "dutch_party_kind": "province",
                    "counterpart": "Fujian",
                    "counterpart_kind": "province",
                    "status": "unknown",
                    "note_nl": "Opmerking",
                    "note_en": "Remark",
                    "source": "SEED",
                    "as_of": "2022-01-26",
                },
                {
                    "dutch_party": "Gemeente A",
                    "dutch_party_kind": "municipality",
                    "counterpart": "B",
                    "counterpart_kind": "city",
                    "status": "active",
                    "since": 2001,
                },
                {"dutch_party": "Gemeente X", "counterpart": "Y", "status": "friendly"},  # bad status: skipped
                {"dutch_party": "", "counterpart": "Y"},  # no name: skipped
                "not a table",
            ]
        }
    )
    assert [e.label for e in entries] == ["Gemeente A – B", "Provincie Zeeland – Fujian"]
    assert entries[0].status is PartnershipStatus.ACTIVE and entries[0].since == 2001
    assert entries[1].status is None and entries[1].note.get("en") == "Remark"
    assert load_reference(tmp_path / "missing.toml") == []
    broken = tmp_path / "broken.toml"
    broken.write_text("[[partnerships]\n", encoding="utf-8")
    assert load_reference(broken) == []


def test_shipped_reference_data_loads():  # type: ignore[no-untyped-def]
    known = load_reference(reference_file())
    assert len(known) >= 10
    assert all(k.dutch_party and k.counterpart for k in known)


KNOWN = [
    KnownPartnership(
        "Gemeente Voorbeeld",
        DutchPartyKind.MUNICIPALITY,
        "Voorbeeldstad",
        CounterpartKind.DISTRICT,
        PartnershipStatus.DORMANT,
        since=1999,
        source="SEED",
        as_of="2022-01-26",
    ),
    KnownPartnership("Provincie Proef", DutchPartyKind.PROVINCE, "Proefprovincie", CounterpartKind.PROVINCE, None),
]


def test_choosing_a_known_partnership_fills_the_fields(qtbot, ui_lang, type_text):  # type: ignore[no-untyped-def]
    dialog = PartnershipDialog(KNOWN, "en", assessor="A. de Vries")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    completer = dialog.known_edit.completer()
    completer.setCompletionPrefix("voorbeeld")
    assert completer.currentCompletion() == "Gemeente Voorbeeld – Voorbeeldstad"  # found by any part of the name
    type_text(dialog.known_edit, "Gemeente Voorbeeld – Voorbeeldstad")  # non-ASCII: not keyClicks
    qtbot.keyClick(dialog.known_edit, Qt.Key.Key_Return)
    assert dialog.partnership() == Partnership(
        "Gemeente Voorbeeld", DutchPartyKind.MUNICIPALITY, "Voorbeeldstad", CounterpartKind.DISTRICT, PartnershipStatus.DORMANT, 1999
    )
    assert dialog.isVisible()  # Enter in the search field fills the fields; it does not close the dialog
    assert dialog.known_note.isVisible() and "SEED" in dialog.known_note.text()
    assert ok.isEnabled()
    assert dialog.assessor() == "A. de Vries"


def test_typing_a_known_pair_by_hand_fills_the_rest_and_unknown_status_is_left_alone(qtbot, ui_lang):  # type: ignore[no-untyped-def]
    dialog = PartnershipDialog(KNOWN, "en")
    qtbot.addWidget(dialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(PartnershipStatus.ACTIVE.value))
    qtbot.keyClicks(dialog.dutch_party_edit, "provincie proef")
    qtbot.keyClicks(dialog.counterpart_edit, "Proefprovincie")
    dialog.counterpart_edit.editingFinished.emit()
    p = dialog.partnership()
    assert (p.dutch_party_kind, p.counterpart_kind, p.status, p.since) == (
        DutchPartyKind.PROVINCE,
        CounterpartKind.PROVINCE,
        PartnershipStatus.ACTIVE,  # the reference does not know: the officer's choice stays
        None,
    )


def test_editing_details_changes_the_partnership_not_the_answers(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    page.checklist_page.choose_option(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, PartnershipDialog) and dialog.dutch_party_edit.text() == "Gemeente Breda"
    assert dialog.since_spin.value() == 2009
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(PartnershipStatus.DORMANT.value))
    dialog.accept()
    stored = store.get(assessment_id)
    assert stored.partnership.status is PartnershipStatus.DORMANT and stored.answers
    assert "Dormant" in page.subtitle_label.text()


def test_reference_reader_keeps_inferred_flags_and_describes_its_own_sources():  # type: ignore[no-untyped-def]
    entries = parse_reference(
        {
            "partnerships": [
                {"dutch_party": "Gemeente A", "counterpart": "B", "status": "active", "status_inferred": True, "source": "R1", "as_of": "2022-07"},
                {"dutch_party": "Gemeente C", "counterpart": "D", "status": "active", "status_inferred": "yes", "source": "SEED"},
            ],
            "sources": [
                {"code": "R1", "title": "Een artikel", "publisher": "Een krant", "date": "2022-07"},
                {"code": "", "title": "no code: ignored"},
                "not a table",
            ],
        }
    )
    assert [(e.label, e.status_inferred, e.source_title) for e in entries] == [
        ("Gemeente A – B", True, "Een krant, “Een artikel”"),
        ("Gemeente C – D", False, ""),  # only a real true counts; a code of the bibliography has no title here
    ]


INFERRED = KnownPartnership(
    "Gemeente Afgeleid",
    DutchPartyKind.MUNICIPALITY,
    "Afleidstad",
    CounterpartKind.CITY,
    PartnershipStatus.ACTIVE,
    source="R1",
    as_of="2022-07",
    status_inferred=True,
    source_title="Een krant, “Een artikel”",
)


def test_a_suggestion_says_when_its_status_is_inferred(qtbot, ui_lang):  # type: ignore[no-untyped-def]
    dialog = PartnershipDialog([*KNOWN, INFERRED], "en")
    qtbot.addWidget(dialog)
    dialog.choose_known(INFERRED)
    text = dialog.known_note.text()
    assert "The status is inferred" in text
    assert "Source: R1 – Een krant, “Een artikel” (as of 2022-07)" in text
    dialog.choose_known(KNOWN[0])
    assert "inferred" not in dialog.known_note.text()


def test_the_inferred_status_is_said_in_dutch(qtbot, qapp):  # type: ignore[no-untyped-def]
    from partnercheck.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "nl")
    try:
        dialog = PartnershipDialog([INFERRED], "nl")
        qtbot.addWidget(dialog)
        dialog.choose_known(INFERRED)
        assert "De status is afgeleid" in dialog.known_note.text()
        assert "Bron: R1 – Een krant" in dialog.known_note.text()
    finally:
        remove_translators(qapp, translators)


def test_a_new_assessment_picks_an_existing_tie_or_makes_one(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    first = store.create(new_assessment)
    tie_id = store.tie_of(first)
    window.reload_list()
    dialog = window.assessments.new_assessment()
    assert isinstance(dialog, PartnershipDialog) and dialog.tie_combo.isVisibleTo(dialog)
    assert dialog.tie_combo.itemText(1) == f"{tie_id} · Gemeente Breda – Yangzhou"
    dialog.tie_combo.setCurrentIndex(1)
    assert dialog.dutch_party_edit.text() == "Gemeente Breda" and not dialog.dutch_party_edit.isEnabled()
    dialog.accept()
    second = max(s.id for s in store.list_summaries())
    assert store.tie_of(second) == tie_id and store.previous_of(second) == first
    # A new tie: the fields are the officer's again.
    dialog = window.assessments.new_assessment()
    dialog.tie_combo.setCurrentIndex(1)
    dialog.tie_combo.setCurrentIndex(0)
    assert dialog.dutch_party_edit.isEnabled()
    dialog.dutch_party_edit.setText("Gemeente Delft")
    dialog.counterpart_edit.setText("Yangzhou")
    dialog.accept()
    third = max(s.id for s in store.list_summaries())
    assert store.tie_of(third) not in (tie_id, None)
    assert len(store.list_ties()) == 2
