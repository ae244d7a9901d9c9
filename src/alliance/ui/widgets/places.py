"""Where file dialogs start: the person's Documents folder, never the folder the app happened to start in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder (QStandardPaths: XDG user dirs, ~/Documents, "Documents" on Windows and
    macOS). A folder that does not exist would send Qt's file dialog to the working folder, so then the home
    folder instead."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def in_documents(file_name: str) -> str:
    """A save dialog's starting path: ``file_name`` in the Documents folder."""
    return str(documents_folder() / file_name)
