"""The errors a user can meet. Each carries one sentence fit to show as it is.

The CLI maps them to exit codes (``exit_code``); the GUI shows ``str(error)``.
Anything that is not a ``VaultError`` is a bug.
"""
from __future__ import annotations


class VaultError(Exception):
    """Base of every expected error; ``str(err)`` is the sentence for the user."""

    exit_code = 1


class InvalidInput(VaultError):
    """The user gave something we cannot accept (a bad date, an empty name, ...)."""

    exit_code = 1


class NotFound(VaultError):
    """An id that does not exist in this vault."""

    exit_code = 1


class UsageError(VaultError):
    """The command line is wrong, or a confirmation is needed and cannot be asked."""

    exit_code = 2


class Cancelled(VaultError):
    """The user said no to a confirmation."""

    exit_code = 1


class WrongPassphrase(VaultError):
    """The passphrase does not open the vault (or page 1 is damaged: they look the same)."""

    exit_code = 3


class VaultDamaged(VaultError):
    """Not a vault, damaged, or tampered with."""

    exit_code = 4


class NewerVaultVersion(VaultError):
    """The vault was written by a newer version of the app."""

    exit_code = 4


class VaultInUse(VaultError):
    """Another process holds the vault open."""

    exit_code = 5
