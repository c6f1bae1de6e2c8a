"""SQLite storage through sqlite-utils. The only package that writes SQL."""

from .database import open_database
from .errors import StoreError, UnknownAssessmentError
from .repository import AssessmentStore

__all__ = ["AssessmentStore", "StoreError", "UnknownAssessmentError", "open_database"]
