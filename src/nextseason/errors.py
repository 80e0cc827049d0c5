"""Errors that the CLI reports as one line on stderr with a non-zero exit."""


class NextseasonError(Exception):
    """Base class: a user-facing problem with a one-line message."""

    exit_code = 1


class InputError(NextseasonError):
    """Input that cannot be read as an article (empty, binary, too large, 404, ...)."""

    exit_code = 2
