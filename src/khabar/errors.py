"""Errors a user can see, each with the exit code the CLI returns for it (documented in docs/CLI.md)."""
from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED_INPUTS = 1  # some inputs could not be analyzed; the others were
EXIT_USAGE = 2  # bad command line (click's own code)
EXIT_NO_INPUT = 3  # no input files found


class KhabarError(Exception):
    """A problem with one input, explained for the user; ``kind`` is a short machine-readable tag."""

    kind = "error"

    def __init__(self, message: str, kind: str | None = None):
        super().__init__(message)
        if kind:
            self.kind = kind


class InputError(KhabarError):
    """The input cannot be read as a page: empty, binary, undecodable, too large."""

    kind = "input"
