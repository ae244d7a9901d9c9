"""The audit trail's words: every action and record kind ``audit.record`` writes. The trail keeps them in
English, as recorded (they are part of its hash chain); the audit window shows each one translated.
``tests/services/test_audit_words.py`` keeps this list complete."""

from __future__ import annotations

from alliance.core.messages import translatable

AUDIT_ACTIONS: tuple[str, ...] = (
    translatable("acknowledge alert"),
    translatable("add context event"),
    translatable("backup"),
    translatable("change safety resources"),
    translatable("change signal settings"),
    translatable("check-in instrument"),
    translatable("check-in into session"),
    translatable("create"),
    translatable("delete"),
    translatable("delete context event"),
    translatable("edit"),
    translatable("export"),
    translatable("failed unlock"),
    translatable("goals edited"),
    translatable("hand back"),
    translatable("hand over"),
    translatable("high-water mark created"),
    translatable("lock"),
    translatable("passphrase changed"),
    translatable("passphrase reset with recovery key"),
    translatable("recovery unlock"),
    translatable("restore"),
    translatable("reveal check-in"),
    translatable("set measurement schedule"),
    translatable("status"),
    translatable("trash emptied"),
    translatable("trash expired"),
    translatable("unlock"),
    translatable("vault created"),
)
AUDIT_RECORDS: tuple[str, ...] = (
    translatable("client"),
    translatable("handover"),
    translatable("session"),
    translatable("trash"),
    translatable("vault"),
)
