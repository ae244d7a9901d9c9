"""Vault errors. Each carries the command-line exit code from DESIGN.md and one clear sentence."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error the vault reports to a person."""

    exit_code = 1
    default_message = "The vault could not be opened."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class WrongPassphrase(VaultError):
    """The passphrase did not unwrap the data key (or keys.json was altered)."""

    exit_code = 3
    default_message = "The passphrase is not correct. Check Caps Lock and try again."


class WrongRecoveryKey(VaultError):
    """The recovery key did not unwrap the data key."""

    exit_code = 3
    default_message = "The recovery key is not correct. Check it against the copy you stored."


class KeyFileDamaged(VaultError):
    """keys.json is missing fields, is not JSON, or fails its checksum."""

    exit_code = 4
    default_message = (
        "The key file (keys.json) is damaged or has been altered. Restore the vault from a backup."
    )


class UnsafeKdfParameters(VaultError):
    """keys.json asks for key-derivation costs outside the safe bounds."""

    exit_code = 4
    default_message = (
        "The key file (keys.json) asks for an unsafe key-derivation cost and was refused. "
        "It may have been tampered with; restore the vault from a backup."
    )


class DatabaseDamaged(VaultError):
    """alliance.db does not open, fails its integrity checks, or belongs to another key file."""

    exit_code = 4
    default_message = (
        "The vault database (alliance.db) is damaged or does not belong to this key file. "
        "Restore the vault from a backup."
    )


class VaultInUse(VaultError):
    """Another running Alliance holds this vault."""

    exit_code = 5
    default_message = "This vault is open in another Alliance window or command. Close it and try again."


class VaultTooNew(VaultError):
    """The database was written by a newer version of Alliance."""

    exit_code = 1
    default_message = (
        "This vault was saved by a newer version of Alliance. Install the newer version to open it."
    )


class VaultNotFound(VaultError):
    """No vault at the given folder."""

    exit_code = 1
    default_message = "There is no vault in this folder."


class VaultAlreadyExists(VaultError):
    """Creating a vault where one already is."""

    exit_code = 1
    default_message = "A vault already exists in this folder; it was left untouched."
