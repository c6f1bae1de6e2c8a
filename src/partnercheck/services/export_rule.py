"""Which exports are encrypted unless the person writing them chooses otherwise: the one rule
the window and the command line follow (docs/privacy.md, *Versleuteld uitwisselen*).

An assessment file names officials and holds notes that may name third parties; a review
package adds every attached document (council decisions, e-mails, minutes): personal data
under the AVG that leaves this PC by e-mail or on a stick. Such a file is encrypted by
default; writing it in the clear is an explicit choice, and the writer is told what it means.
A tie file holds every assessment of a tie and names more people still (contact persons, the
people at events); with evidence it is a tie package that carries the documents too.
"""

from __future__ import annotations

from enum import StrEnum


class Export(StrEnum):
    ASSESSMENT_FILE = "assessment-file"  # the interchange JSON (window File › Export…)
    REVIEW_PACKAGE = "review-package"  # JSON and every evidence file (File › Export for review…, `package`)
    TIE_FILE = "tie-file"  # a tie with its events and assessments, or a tie package (the tie dialog's Export as tie file…)


# The window asks for a passphrase first for all three; the command line's `package` refuses to
# write without --passphrase-file or an explicit --no-encrypt. (`export` and `export-tie`
# write to standard output for a data team's pipeline and warn on stderr instead.)
ENCRYPTED_BY_DEFAULT: frozenset[Export] = frozenset({Export.ASSESSMENT_FILE, Export.REVIEW_PACKAGE, Export.TIE_FILE})


def encrypted_by_default(kind: Export) -> bool:
    return kind in ENCRYPTED_BY_DEFAULT
