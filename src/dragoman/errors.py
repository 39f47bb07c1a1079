"""Specific exceptions, each with a message a user can act on."""

from __future__ import annotations


class DragomanError(Exception):
    """Base class for every error Dragoman raises on purpose."""


class InputError(DragomanError):
    """An input cannot be read or used; names the input and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ExtractionError(InputError):
    """A page was read but no article could be extracted from it."""


class MissingDependency(DragomanError):
    """An optional dependency is not installed."""

    def __init__(self, module: str, extra: str, purpose: str) -> None:
        super().__init__(
            f"{purpose} needs the Python package '{module}', which is not installed. "
            f"Install it with: pip install 'dragoman[{extra}]'"
        )
        self.module = module
        self.extra = extra


class UnknownBackend(DragomanError):
    """A backend name is not in the registry."""

    def __init__(self, kind: str, name: str, known: list[str]) -> None:
        super().__init__(f"unknown {kind} backend {name!r}; known: {', '.join(sorted(known))}")


class StoreError(DragomanError):
    """The archive cannot be opened or written."""


class NotFound(DragomanError):
    """A requested record does not exist in the archive."""


class AmbiguousId(NotFound):
    """An id prefix matches more than one record: no single one was found.

    ``candidates`` lists matching ids (the first few, in id order); ``more`` says others exist.
    """

    def __init__(self, kind: str, prefix: str, candidates: list[str], more: bool = False) -> None:
        listed = ", ".join(candidates) + (", …" if more else "")
        super().__init__(f"{kind} id prefix {prefix!r} is ambiguous: it matches more than one "
                         f"{kind} ({listed}); give more characters")
        self.kind = kind
        self.prefix = prefix
        self.candidates = candidates
        self.more = more
