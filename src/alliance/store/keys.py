"""The key envelope (keys.json): the data key wrapped under the passphrase and the recovery key.

The data key is random and never changes; changing the passphrase only rewraps it. Each wrap is
AES-256-GCM whose associated data binds the vault id, the format version and the purpose, so a wrap
cannot be moved between vaults or between the passphrase and recovery slots.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from alliance.core.messages import msg
from alliance.core.secret_memory import wipe
from alliance.store.errors import KeyFileDamaged, WrongPassphrase, WrongRecoveryKey
from alliance.store.files import atomic_write, fsync_folder, read_small_file
from alliance.store.kdf import KEY_BYTES, SALT_BYTES, KdfParams

__all__ = ["KeyEnvelope", "atomic_write", "format_recovery_key", "fsync_folder", "parse_recovery_key"]

FORMAT_VERSION = 1
RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 characters, no padding
MAX_KEYFILE_BYTES = 64 * 1024
NONCE_BYTES = 12
PURPOSE_PASSPHRASE = "passphrase"
PURPOSE_RECOVERY = "recovery"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise KeyFileDamaged()
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise KeyFileDamaged() from exc
    if length is not None and len(raw) != length:
        raise KeyFileDamaged()
    return raw


def format_recovery_key(raw: bytes) -> str:
    """Base32 in groups of four joined by '-', e.g. K7QF-2MXA-..."""
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Accept the recovery key as printed, with any spacing, dashes or case."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    # Common misreadings of base32 characters.
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError as exc:
        raise WrongRecoveryKey() from exc
    if len(raw) != RECOVERY_KEY_BYTES:
        raise WrongRecoveryKey()
    return raw


@dataclass(frozen=True)
class Wrap:
    """One AES-GCM wrap of the data key."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def as_dict(self) -> dict[str, str]:
        return {"salt": _b64(self.salt), "nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}

    @classmethod
    def from_dict(cls, data: object) -> Wrap:
        if not isinstance(data, dict):
            raise KeyFileDamaged()
        return cls(
            _unb64(data.get("salt"), SALT_BYTES),
            _unb64(data.get("nonce"), NONCE_BYTES),
            _unb64(data.get("ciphertext"), KEY_BYTES + 16),
        )


@dataclass(frozen=True)
class KeyEnvelope:
    """The parsed contents of keys.json."""

    vault_id: str
    kdf: KdfParams
    passphrase_wrap: Wrap
    recovery_wrap: Wrap
    format_version: int = FORMAT_VERSION

    # --- creation and unwrapping -------------------------------------------------------------

    @classmethod
    def create(cls, passphrase: str, kdf: KdfParams) -> tuple[KeyEnvelope, bytes, str]:
        """A new envelope around a fresh data key; returns it, the data key and the recovery key text."""
        kdf.check_bounds()
        data_key = secrets.token_bytes(KEY_BYTES)
        recovery_raw = secrets.token_bytes(RECOVERY_KEY_BYTES)
        vault_id = str(uuid.uuid4())
        pw_wrap = _wrap(kdf.derive(passphrase, salt := secrets.token_bytes(SALT_BYTES)), salt, data_key,
                        _aad(vault_id, PURPOSE_PASSPHRASE))
        rec_wrap = _wrap(_recovery_kek(recovery_raw, salt2 := secrets.token_bytes(SALT_BYTES)), salt2,
                         data_key, _aad(vault_id, PURPOSE_RECOVERY))
        envelope = cls(vault_id, kdf, pw_wrap, rec_wrap)
        try:
            return envelope, data_key, format_recovery_key(recovery_raw)
        finally:
            wipe(recovery_raw)

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        """The data key, or WrongPassphrase (also when the wrap was altered)."""
        kek = self.kdf.derive(passphrase, self.passphrase_wrap.salt)
        try:
            return _unwrap(kek, self.passphrase_wrap, _aad(self.vault_id, PURPOSE_PASSPHRASE))
        except InvalidTag as exc:
            raise WrongPassphrase() from exc
        finally:
            wipe(kek)

    def unwrap_with_recovery_key(self, recovery_key: str) -> bytes:
        """The data key, or WrongRecoveryKey."""
        raw = parse_recovery_key(recovery_key)
        kek = _recovery_kek(raw, self.recovery_wrap.salt)
        try:
            return _unwrap(kek, self.recovery_wrap, _aad(self.vault_id, PURPOSE_RECOVERY))
        except InvalidTag as exc:
            raise WrongRecoveryKey() from exc
        finally:
            wipe(kek)
            wipe(raw)

    def rewrapped(self, data_key: bytes | bytearray, new_passphrase: str, kdf: KdfParams) -> KeyEnvelope:
        """The same envelope with the data key wrapped under a new passphrase (recovery wrap kept)."""
        salt = secrets.token_bytes(SALT_BYTES)
        wrap = _wrap(kdf.derive(new_passphrase, salt), salt, data_key, _aad(self.vault_id, PURPOSE_PASSPHRASE))
        return KeyEnvelope(self.vault_id, kdf, wrap, self.recovery_wrap, self.format_version)

    # --- serialisation -----------------------------------------------------------------------

    def body(self) -> dict[str, Any]:
        """Everything but the checksum."""
        return {
            "format": self.format_version,
            "vault_id": self.vault_id,
            "kdf": {"name": "argon2id", **self.kdf.as_dict()},
            "wrapped_key": {
                PURPOSE_PASSPHRASE: self.passphrase_wrap.as_dict(),
                PURPOSE_RECOVERY: self.recovery_wrap.as_dict(),
            },
        }

    def to_json(self) -> str:
        body = self.body()
        return json.dumps({**body, "checksum": _checksum(body)}, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KeyEnvelope:
        """Parse and check keys.json; raises KeyFileDamaged or UnsafeKdfParameters, never anything else."""
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise KeyFileDamaged() from exc
        if not isinstance(data, dict):
            raise KeyFileDamaged()
        checksum = data.pop("checksum", None)
        if checksum != _checksum(data):
            raise KeyFileDamaged()
        if data.get("format") != FORMAT_VERSION:
            raise KeyFileDamaged(
                msg("The key file (keys.json) has a format this version of Alliance does not know.")
            )
        vault_id = data.get("vault_id")
        kdf_data = data.get("kdf")
        wrapped = data.get("wrapped_key")
        if not isinstance(vault_id, str) or not isinstance(kdf_data, dict) or not isinstance(wrapped, dict):
            raise KeyFileDamaged()
        try:
            uuid.UUID(vault_id)
        except ValueError as exc:
            raise KeyFileDamaged() from exc
        if kdf_data.get("name") != "argon2id":
            raise KeyFileDamaged()
        kdf = KdfParams(kdf_data.get("iterations"), kdf_data.get("memory_kib"), kdf_data.get("lanes"))  # type: ignore[arg-type]
        kdf.check_plausible()  # the tighter bounds are checked before each derivation (the recovery key needs none)
        return cls(
            vault_id,
            kdf,
            Wrap.from_dict(wrapped.get(PURPOSE_PASSPHRASE)),
            Wrap.from_dict(wrapped.get(PURPOSE_RECOVERY)),
        )

    @classmethod
    def read(cls, path: Path) -> KeyEnvelope:
        """Read keys.json from disk: a regular file (never followed through a link), refused when oversized
        before parsing. Every way it can be malformed is KeyFileDamaged naming the file."""
        try:
            raw = read_small_file(path, MAX_KEYFILE_BYTES, msg("The key file ({name})", name=path.name), KeyFileDamaged)
        except FileNotFoundError as exc:
            raise KeyFileDamaged(msg("The key file (keys.json) is missing. Restore the vault from a backup.")) from exc
        except OSError as exc:
            raise KeyFileDamaged(msg("The key file ({path}) could not be read ({value}).",
                                     path=path, value=exc.strerror or exc)) from exc
        assert raw is not None
        try:
            return cls.from_json(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise KeyFileDamaged() from exc

    def write(self, path: Path) -> None:
        """Write atomically: temp file, fsync, rename, fsync of the folder."""
        atomic_write(path, self.to_json().encode("utf-8"))


def _aad(vault_id: str, purpose: str) -> bytes:
    return json.dumps({"vault_id": vault_id, "format": FORMAT_VERSION, "purpose": purpose},
                      sort_keys=True).encode("utf-8")


def _checksum(body: dict[str, Any]) -> str:
    # Detects accidental damage; deliberate edits are caught by GCM authentication instead.
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()


def _recovery_kek(raw: bytes, salt: bytes) -> bytes:
    # The recovery key has 160 random bits; a fast KDF is enough (no passphrase guessing possible).
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"alliance recovery").derive(raw)


def _wrap(kek: bytes, salt: bytes, data_key: bytes | bytearray, aad: bytes) -> Wrap:
    """The data key wrapped under a key-encryption key made for this wrap alone (wiped after it)."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    try:
        return Wrap(salt, nonce, AESGCM(kek).encrypt(nonce, data_key, aad))
    finally:
        wipe(kek)


def _unwrap(kek: bytes, wrap: Wrap, aad: bytes) -> bytes:
    return AESGCM(kek).decrypt(wrap.nonce, wrap.ciphertext, aad)
