"""Keep the app's memory out of crash dumps and other processes, from the first line of ``main``.

The process holds the data key, the passphrase and clinical text; a core dump of it (a crash, SIGABRT, a
debugger's ``gcore``) would write them to disk in clear. ``harden_process`` runs first in both entry points
(``alliance.launch.main`` and ``alliance.ui.shell.app.main``), standard library only:

- every POSIX system: ``RLIMIT_CORE`` = 0, soft and hard, so no core file is written and no child can raise it;
- Linux: ``prctl(PR_SET_DUMPABLE, 0)``: no core dump even through a ``core_pattern`` pipe (systemd-coredump,
  apport), and processes of the same user cannot ``ptrace`` it or read its ``/proc/<pid>/mem`` (only root can);
- macOS: ``ptrace(PT_DENY_ATTACH)``: debuggers cannot attach (the system's crash reporter writes reports with
  stack traces, not memory; core files are off by the rlimit);
- Windows: not done here. Windows Error Reporting writes a memory dump only where an administrator configured
  ``LocalDumps`` for the program; ``SetErrorMode`` keeps the crash dialog away but cannot forbid a dump, and
  attaching a debugger needs the same user's rights, which no call of ours can take away. Documented in README.

What could not be done is returned (for a log line without secrets), never raised: hardening must not stop the
app from starting.
"""

from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PT_DENY_ATTACH = 31


def harden_process() -> list[str]:
    """Disable core dumps and debugger attach for this process; returns what could not be done."""
    missing: list[str] = []
    if sys.platform != "win32":
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ImportError, ValueError, OSError):
            missing.append("RLIMIT_CORE")
    if sys.platform.startswith("linux"):
        if _libc_call("prctl", PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            missing.append("PR_SET_DUMPABLE")
    elif sys.platform == "darwin" and _libc_call("ptrace", PT_DENY_ATTACH, 0, 0, 0) != 0:
        missing.append("PT_DENY_ATTACH")
    return missing


def is_dumpable() -> bool | None:
    """Linux: whether this process may be dumped or traced (None elsewhere or when it cannot be asked)."""
    if not sys.platform.startswith("linux"):
        return None
    result = _libc_call("prctl", PR_GET_DUMPABLE, 0, 0, 0, 0)
    return None if result is None or result < 0 else result != 0


def _libc_call(name: str, *args: int) -> int | None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        function = getattr(libc, name)
    except (OSError, AttributeError, ImportError):
        return None
    result = function(*(ctypes.c_long(a) for a in args))
    return int(result)
