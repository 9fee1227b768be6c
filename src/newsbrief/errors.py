"""The one error type newsbrief raises for bad input or output, with its process exit code."""

from __future__ import annotations

from enum import IntEnum

from .model import is_web_address


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


def missing_input(path: str) -> InputError:
    """The error for an input path that does not exist, saying what was likely meant: a web
    address (nothing is ever fetched), or a pattern no file matched (a shell passes it on as
    it was written)."""
    if is_web_address(path):
        return InputError(f"{path}: is a web address; newsbrief never fetches one: save the page and give its file")
    if any(character in path for character in "*?["):
        return InputError(f"{path}: no file matches this pattern")
    return InputError(f"{path}: no such file or directory")
