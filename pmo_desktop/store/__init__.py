"""The portfolio store: one SQLite file, operations with a change log, queries."""

from .db import (
    DatabaseError, NotAPortfolio, StoreCorrupt, StoreError, StoreFull, StoreLocked, StoreReadOnly, store_error,
)
from .cascade import Deleted, Record
from .ops import Changes, Tx
from .schema import ENTITIES, RAID_TYPE_FIELDS, SCHEMA_VERSION
from .store import Store, open_store
from .undo import UndoConflict

__all__ = [
    "Changes", "DatabaseError", "Deleted", "ENTITIES", "NotAPortfolio", "RAID_TYPE_FIELDS", "Record", "SCHEMA_VERSION", "Store", "StoreCorrupt",
    "StoreError", "StoreFull", "StoreLocked", "StoreReadOnly", "Tx", "UndoConflict",
    "open_store", "store_error",
]
