"""The report's annex "Onderbouwing" / "Evidence", read back from the PDF: basis and evidence
per answer, and the risky answers that rest on an assumption or on nothing."""

from __future__ import annotations

import io

import pypdf
import pytest

from partnercheck.domain.assessment import Answer, Basis
from partnercheck.domain.numbering import question_numbers
from partnercheck.domain.scoring import score_assessment
from partnercheck.report.texts import label
from partnercheck.services import evidence
from partnercheck.services.reports import ReportOptions, make_report


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


@pytest.fixture
def case(store, new_assessment, library, tmp_path):
    """Every question answered with its riskiest option: the first on a document (with a
    file), the second on a conversation, the third on an assumption, the rest not recorded."""
    checklist = library.active
    assessment_id = store.create(new_assessment)
    bases = [Basis.DOCUMENT, Basis.CONVERSATION, Basis.ASSUMPTION]
    for i, q in enumerate(checklist.questions):
        riskiest = max(q.options, key=lambda o: (o.red_flag, o.risk))
        store.save_answer(assessment_id, q.id, Answer(riskiest.value, "", bases[i] if i < len(bases) else Basis.NOT_RECORDED))
    path = tmp_path / "Samenwerkingsovereenkomst.pdf"
    path.write_bytes(b"%PDF-1.4 agreement")
    item = evidence.attach_file(store, assessment_id, checklist.questions[0].id, path)
    return assessment_id, item, checklist


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_annex_lists_basis_evidence_and_unsupported_answers(store, case, lang):
    assessment_id, item, checklist = case
    text = _text(make_report(store, assessment_id, ReportOptions(lang, compare=False)))
    annex = text[
        text.index(
            label(lang, "Annex: Evidence"),
            text.index(
                label(
                    lang,
                    "For each answered question what the answer rests on and which documents are attached (name, date "
                    "and the first 12 characters of the SHA-256 hash, with which a recipient of the review package can "
                    "check each one).",
                )[:40]
            )
            - 200,
        ) :
    ]
    # a long file name wraps in its narrow column: compare without the spaces
    assert item.name.replace(" ", "") in annex.replace(" ", "") and item.short_hash in annex
    words = {"nl": ("document", "gesprek", "aanname", "niet vastgelegd"), "en": ("document", "conversation", "assumption", "not recorded")}[lang]
    for word in words:
        assert word in annex
    result = score_assessment(store.get(assessment_id), checklist)
    numbers = question_numbers(checklist)
    q0, q1, q2 = checklist.questions[:3]
    assert q2.id in result.unsupported and q0.id not in result.unsupported and q1.id not in result.unsupported
    unsupported_part = annex[annex.index(label(lang, "Unsupported")) :]
    assert (
        label(lang, "These {n} risky answers or red flags rest on an assumption or on nothing. They count as open points.").format(
            n=len(result.unsupported)
        )[:30]
        in unsupported_part
    )
    assert f"{numbers[q2.id]} " in unsupported_part
    # Also open points: the count in the open points section includes them.
    assert (
        label(
            lang,
            "These {n} questions are unanswered, answered “don't know”, or their risky answer rests on an "
            "assumption or on nothing (unsupported). Find them out and update the assessment; questions that can "
            "raise a red flag come first.",
        ).format(n=len(result.open_points))[:25]
        in text
    )
    assert set(result.unsupported) <= set(result.open_points)


def test_no_unsupported_answers_says_so(store, new_assessment, library):
    assessment_id = store.create(new_assessment)
    for q in library.active.questions:
        store.save_answer(assessment_id, q.id, Answer(max(q.options, key=lambda o: o.risk).value, "", Basis.PUBLIC_SOURCE))
    text = _text(make_report(store, assessment_id, ReportOptions("en", compare=False)))
    assert label("en", "Every risky answer and every red flag rests on a document, a conversation or a public source.")[:40] in text
    assert "public source" in text


def test_fingerprint_changes_with_basis_and_evidence_but_not_for_old_answers(new_assessment, library):
    import dataclasses

    from partnercheck.domain.evidence import EvidenceItem
    from partnercheck.report.fingerprint import content_hash

    q = library.active.questions[0]
    plain = dataclasses.replace(new_assessment, answers={q.id: Answer(q.options[0].value, "n")})
    # An answer whose basis was never recorded hashes as it did before the basis existed.
    legacy = json_hash_without_basis(plain)
    assert content_hash(plain) == legacy
    with_basis = dataclasses.replace(plain, answers={q.id: Answer(q.options[0].value, "n", Basis.DOCUMENT)})
    assert content_hash(with_basis) != content_hash(plain)
    added = EvidenceItem(q.id, "besluit.pdf", 7, "a" * 64, plain.created, "x")
    assert content_hash(dataclasses.replace(plain, evidence=[added])) != content_hash(plain)


def json_hash_without_basis(assessment):
    """The fingerprint as computed before format 2: answers with value and note only."""
    import hashlib
    import json

    from partnercheck.domain.interchange import to_document

    full = to_document(assessment)
    doc = {key: full[key] for key in ("checklist", "partnership", "assessor", "answers", "actions")}
    doc["answers"] = {qid: {"value": a["value"], "note": a["note"]} for qid, a in doc["answers"].items()}
    if assessment.scoring_model != 1:
        doc["scoring_model"] = assessment.scoring_model
    canonical = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
