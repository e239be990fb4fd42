"""Where a mail account's password is kept: the OS keyring, or inside the encrypted vault.

The keyring (``keyring``: Secret Service, macOS Keychain, Windows Credential Locker) is the
default; the vault is the choice when there is no keyring or the person prefers one file that
holds everything. Errors name the keyring, never the password.
"""
from __future__ import annotations

from typing import Any

from vault.errors import InvalidInput
from vault.mail.accounts import MailAccount, vault_password

SERVICE = "privacy-vault mail"


def keyring_available() -> bool:
    """True when a real keyring is there: an OS keyring has priority 1 or more, while the placeholder
    ('fail') and the plain files of ``keyrings.alt`` (below 1) would not protect a password."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    try:
        return float(backend.priority) >= 1  # type: ignore[attr-defined]
    except Exception:  # a backend that cannot even say its priority is not usable
        return False


def store_in_keyring(account: MailAccount, password: str) -> None:
    """Put the password in the OS keyring under this account's name."""
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        raise InvalidInput("There is no keyring on this system; keep the password in the vault instead.")
    try:
        keyring.set_password(SERVICE, account.keyring_key, password)
    except KeyringError as err:
        raise InvalidInput(f"The keyring refused to store the password ({type(err).__name__}); "
                           "unlock it, or keep the password in the vault instead.") from None


def forget_from_keyring(account: MailAccount) -> None:
    """Remove the password from the keyring (nothing happens when it is not there)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account.keyring_key)
    except (PasswordDeleteError, KeyringError):
        pass


def password_for(vault: Any, account: MailAccount) -> str:
    """The account's password from where it is kept, or one sentence saying what to do."""
    if account.password_store == "vault":
        password = vault_password(vault, account.id)
    else:
        import keyring
        from keyring.errors import KeyringError

        try:
            password = keyring.get_password(SERVICE, account.keyring_key) if keyring_available() else None
        except KeyringError as err:
            raise InvalidInput(f"The keyring could not be read ({type(err).__name__}); unlock it and try again.") \
                from None
    if not password:
        where = "the vault" if account.password_store == "vault" else "the keyring"
        raise InvalidInput(f"The password of {account.address} is not in {where}; set up the account again.")
    return password
