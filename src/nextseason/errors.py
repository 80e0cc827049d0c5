"""Errors that the CLI reports as one line on stderr with a non-zero exit."""


class NextseasonError(Exception):
    """Base class: a user-facing problem with a one-line message."""

    exit_code = 1


class InputError(NextseasonError):
    """Input that cannot be read as an article (empty, binary, too large, 404, ...)."""

    exit_code = 2


class ConfigError(NextseasonError):
    """A setting that cannot be used (a malformed DATABASE_URL, an unwritable data dir)."""

    exit_code = 3


class StoreError(NextseasonError):
    """The store cannot be reached or used (database down, wrong credentials)."""

    exit_code = 3


class NotFoundError(NextseasonError):
    """A show or record that is not in the store."""

    exit_code = 4
