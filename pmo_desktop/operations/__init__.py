"""The application's verbs, shared by the command line and the app.

One function per thing a user does; each takes a ``Store`` (and, when it can be long,
``progress``/``cancelled`` callbacks) and returns one ``Result``. No Qt, no SQL here:
reads and writes go through the store's named functions and its ``write()``
transaction. ``cli/`` and ``ui/`` change data only through this package.
"""

from .result import Cancelled, OperationCancelled, Progress, Result, never, no_progress

__all__ = ["Cancelled", "OperationCancelled", "Progress", "Result", "never", "no_progress"]
