"""Render the app icon set from resources/alliance.svg with Qt alone (no Inkscape, no ImageMagick).

    python packaging/make_icons.py [--svg resources/alliance.svg] [--out build/icons] [--name alliance]

Writes, under ``--out``:

    hicolor/<N>x<N>/apps/<name>.png   N = 16 22 24 32 48 64 128 256 512  (freedesktop icon theme layout)
    hicolor/scalable/apps/<name>.svg
    <name>.ico                        16…256 px, PNG-compressed entries (Windows Vista and later)
    <name>.icns                       16…1024 px incl. @2x, PNG entries (macOS 10.7 and later)
    <name>.png                        512 px, for anything that wants one file

Generated files belong in build/, never in git, with one exception: ``--logo`` writes
resources/alliance-logo.png (112 px), which the unlock window shows before the SVG image plugin is loaded
(the start-up budget in DESIGN.md); a test fails when it no longer matches the SVG. ``--name`` lets the
Flatpak build name the icons after its application id.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THEME_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
LOGO_SIZE = 112  # the unlock window's 56 px logo, sharp at a device pixel ratio of 2
LOGO_PNG = ROOT / "resources" / "alliance-logo.png"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that carry PNG data: (type, pixel size).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def _qt():  # imported lazily so --help works without a display or Qt
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    return app, QBuffer, QByteArray, QIODevice, Qt, QImage, QPainter, QSvgRenderer


def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """PNG bytes of the SVG at each size (square, transparent background, antialiased)."""
    _app, QBuffer, QByteArray, QIODevice, Qt, QImage, QPainter, QSvgRenderer = _qt()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not an SVG Qt can render")
    out: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"make_icons: could not encode a {size}px PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG streams (ICONDIR + ICONDIRENTRY table + data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    table, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        table += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + table + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns made of PNG elements (type code, big-endian length including the 8-byte header)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(svg: Path, out: Path, name: str = "alliance") -> list[Path]:
    needed = set(THEME_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = render_pngs(svg, needed)
    written: list[Path] = []

    def write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)

    for size in THEME_SIZES:
        write(out / "hicolor" / f"{size}x{size}" / "apps" / f"{name}.png", pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    write(out / f"{name}.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    write(out / f"{name}.icns", icns_bytes(pngs))
    write(out / f"{name}.png", pngs[512])
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=ROOT / "resources" / "alliance.svg")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--name", default="alliance", help="icon name (file stem), e.g. the Flatpak app id")
    parser.add_argument("--logo", action="store_true", help=f"only (re)write {LOGO_PNG.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    if args.logo:
        LOGO_PNG.write_bytes(render_pngs(args.svg, {LOGO_SIZE})[LOGO_SIZE])
        print(f"make_icons: wrote {LOGO_PNG}")
        return 0
    written = make_icons(args.svg, args.out, args.name)
    print(f"make_icons: {len(written)} files in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
