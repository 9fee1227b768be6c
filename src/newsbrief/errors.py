"""The one error type newsbrief raises for bad input or output, with its process exit code."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    USAGE = 2
    BAD_INPUT = 3
    BAD_OUTPUT = 4
    SOME_RECORDS_FAILED = 5


class NewsbriefError(Exception):
    """A problem the user can fix; ``str(error)`` is a complete one-line message."""

    exit_code: ExitCode = ExitCode.BAD_INPUT


class InputError(NewsbriefError):
    exit_code = ExitCode.BAD_INPUT


class OutputError(NewsbriefError):
    exit_code = ExitCode.BAD_OUTPUT
