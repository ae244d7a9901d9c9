"""Vault errors. Each carries the command-line exit code from DESIGN.md and one clear sentence."""

from __future__ import annotations

from alliance.core.messages import Msg, msg


class VaultError(Exception):
    """Base of every error the vault reports to a person. ``said`` is the message to show (translated where it is
    shown: ``alliance.i18n.shown``); ``str(error)`` is its English text, for logs and the command line."""

    exit_code = 1
    default_message: Msg = msg("The vault could not be opened.")

    def __init__(self, message: Msg | str | None = None) -> None:
        self.said: Msg | str = message if message else self.default_message
        super().__init__(str(self.said))


class WrongPassphrase(VaultError):
    """The passphrase did not unwrap the data key (or keys.json was altered)."""

    exit_code = 3
    default_message = msg("The passphrase is not correct. Check Caps Lock and try again.")


class WrongRecoveryKey(VaultError):
    """The recovery key did not unwrap the data key."""

    exit_code = 3
    default_message = msg("The recovery key is not correct. Check it against the copy you stored.")


class KeyFileDamaged(VaultError):
    """keys.json is missing fields, is not JSON, or fails its checksum."""

    exit_code = 4
    default_message = msg(
        "The key file (keys.json) is damaged or has been altered. Restore the vault from a backup."
    )


class UnsafeKdfParameters(VaultError):
    """keys.json asks for key-derivation costs outside the safe bounds."""

    exit_code = 4
    default_message = msg(
        "The key file (keys.json) asks for an unsafe key-derivation cost and was refused. "
        "It may have been tampered with; restore the vault from a backup."
    )


class DatabaseDamaged(VaultError):
    """alliance.db does not open, fails its integrity checks, or belongs to another key file."""

    exit_code = 4
    default_message = msg(
        "The vault database (alliance.db) is damaged or does not belong to this key file. "
        "Restore the vault from a backup."
    )


class ChangesMissing(DatabaseDamaged):
    """The database is behind the vault's high-water mark (store/mark.py): acknowledged changes are gone."""

    def __init__(self, message: Msg | str | None = None, missing: int = 0) -> None:
        super().__init__(message)
        self.missing = missing


class UnsafeVaultFile(VaultError):
    """A vault file (or the folder) is a symbolic link, FIFO, device, folder or hard link where a plain file
    belongs: refused, never opened or written through."""

    exit_code = 4
    default_message = msg("A file in the vault folder is not a plain file (a symbolic link, a FIFO, a device or a "
                       "hard link), so Alliance refused to use the vault.")


class VaultInUse(VaultError):
    """Another running Alliance holds this vault."""

    exit_code = 5
    default_message = msg("This vault is open in another Alliance window or command. Close it and try again.")


class VaultTooNew(VaultError):
    """The database was written by a newer version of Alliance."""

    exit_code = 1
    default_message = msg(
        "This vault was saved by a newer version of Alliance. Install the newer version to open it."
    )


class VaultNotFound(VaultError):
    """No vault at the given folder."""

    exit_code = 1
    default_message = msg("There is no vault in this folder.")


class VaultAlreadyExists(VaultError):
    """Creating a vault where one already is."""

    exit_code = 1
    default_message = msg("A vault already exists in this folder; it was left untouched.")


class BackupFailed(VaultError):
    """A backup could not be written, or did not verify after writing (and was removed)."""

    exit_code = 1
    default_message = msg("The backup could not be written; the vault itself is unchanged.")


class BackupDamaged(VaultError):
    """A backup's key file or database is damaged, incomplete or does not verify."""

    exit_code = 4
    default_message = msg("The backup is damaged or incomplete and was not restored; the vault is unchanged.")


class BackupNotFound(VaultError):
    """The path given as a backup is not a backup folder."""

    exit_code = 1
    default_message = msg("There is no backup there: a backup is a folder holding alliance.db and keys.json.")


# --- the disk under the vault (reliability, issue 6) ---------------------------------------------
# SQLite reports these as OperationalError; store/engine.py and store/instance_lock.py turn them into
# the classes below so a front end can say what happened instead of "unexpected error".


class StorageError(VaultError):
    """The disk failed to read or write the vault's files (an I/O error)."""

    exit_code = 1
    default_message = msg(
        "The disk reported an error while reading or writing the vault; nothing was saved. "
        "Check the disk and try again."
    )


class DiskFull(StorageError):
    """The disk (or quota) holding the vault is full; the transaction was rolled back."""

    exit_code = 1
    default_message = msg("The disk holding the vault is full, so nothing was saved. Free some space and try again.")


class VaultAccessDenied(StorageError):
    """The vault's folder or files cannot be read or written: a read-only disk or missing permission."""

    exit_code = 1
    default_message = msg(
        "Alliance cannot use the vault folder: the disk is read-only, or this user lacks permission "
        "to the folder or its files. Nothing was changed."
    )


class NotEnoughMemory(VaultError):
    """The key derivation could not get the memory its (in-bounds) cost asks for."""

    exit_code = 1
    default_message = msg(
        "There is not enough free memory to unlock the vault. Close other programs and try again."
    )


def disk_error(exc: OSError, what: Msg | str) -> VaultError:
    """The vault error for an OSError writing a file, naming it: a full disk says so, a read-only disk or a
    missing permission says that; anything else is a StorageError with the system's reason."""
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(msg("The disk is full: {what} could not be written, so nothing was changed. Free some space "
                            "and try again.",
                            what=what))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return VaultAccessDenied(msg("{what} could not be written: the disk is read-only, or this user lacks "
                                     "permission to the folder. Nothing was changed.",
                                     what=what))
    return StorageError(msg("{what} could not be written ({value}); nothing was changed.",
                            what=what, value=exc.strerror or exc))
