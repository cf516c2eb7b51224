"""What every operation returns: one ``Result`` saying what changed.

An operation is a plain function ``op(store, ..., progress=None, cancelled=None) -> Result``
in ``pmo_desktop.operations``. The CLI prints a ``Result``; the app's runner hands it to
``AppContext.changed`` so that only the views showing one of ``result.entities`` reload.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

#: ``progress(fraction 0..1, what is being done)``; called from the worker thread.
Progress = Callable[[float, str], None]
#: ``cancelled() -> True`` once the user asked to stop; operations poll it between steps.
Cancelled = Callable[[], bool]

Touched = tuple[str, int, str]  # (entity, id, business key)


class OperationCancelled(Exception):
    """The user cancelled; nothing was written."""


def no_progress(_fraction: float, _text: str) -> None:
    """The progress callback of an operation nobody watches."""


def never() -> bool:
    """The cancel callback of an operation nobody can cancel."""
    return False


@dataclass
class Result:
    """What one operation did.

    ``created``/``updated``/``deleted``: (entity, id, key) triples, as the store's
    ``Changes`` lists them. ``counts``: figures to report (rows read, records created…).
    ``warnings``: sentences for the user. ``batch_id``: the change-log batch written, if
    any. ``value``: the operation's own answer (a new record's id, an ``ImportResult``,
    a ``PackResult``…). ``reload_all``: the change cannot be narrowed to entities (a
    different portfolio, an undone batch of unknown kinds): every view reloads.
    """

    created: list[Touched] = field(default_factory=list)
    updated: list[Touched] = field(default_factory=list)
    deleted: list[Touched] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    batch_id: int | None = None
    value: Any = None
    reload_all: bool = False
    settings_changed: bool = False

    @classmethod
    def of(cls, changes: Any, **kwargs: Any) -> Result:
        """A result from the store's ``Changes`` (``created``, ``updated``, ``deleted``,
        ``batch_id``)."""
        kwargs.setdefault("batch_id", getattr(changes, "batch_id", None))
        return cls(created=list(changes.created), updated=list(changes.updated),
                   deleted=list(changes.deleted), **kwargs)

    @property
    def entities(self) -> set[str]:
        """The kinds of record written (``"project"``, ``"risk"``, ``"setting"``…)."""
        kinds = {e for e, _, _ in (*self.created, *self.updated, *self.deleted)}
        if self.settings_changed:
            kinds.add("setting")
        return kinds

    def touches(self, kinds: Iterable[str]) -> bool:
        """Whether a view showing ``kinds`` must reload."""
        return self.reload_all or bool(self.entities & set(kinds))

    def keys(self, entity: str) -> set[str]:
        """The business keys of ``entity`` records this result touched."""
        return {k for e, _, k in (*self.created, *self.updated, *self.deleted) if e == entity}

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted or self.reload_all
                    or self.settings_changed)

    def summary(self) -> dict[str, int]:
        return {"created": len(self.created), "updated": len(self.updated),
                "deleted": len(self.deleted)}
