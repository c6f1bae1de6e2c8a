"""Pure domain: checklist, assessments, scoring, interchange. No Qt, no SQL."""
