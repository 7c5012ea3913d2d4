"""The error every command raises for a bad argument: one line on stderr, exit status 2."""


class UsageError(Exception):
    """A bad argument: one line on stderr, exit status 2."""
