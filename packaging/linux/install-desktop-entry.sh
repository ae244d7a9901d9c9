#!/bin/sh
# Add Alliance to your application menu (or remove it with --uninstall). Per user, no root needed.
# Run from the unpacked bundle folder; the menu entry points at the alliance-gui next to this script.
# Touches only ~/.local/share/{applications,icons/hicolor,metainfo} (or $XDG_DATA_HOME).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=org.alliance.Alliance

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/alliance.desktop" "$data/metainfo/$app_id.metainfo.xml"
    find "$data/icons/hicolor" -path "*/apps/$app_id.*" -type f -exec rm -f {} + 2>/dev/null || true
    echo "Removed Alliance from the application menu. The app folder and your vault were not touched."
    exit 0
fi

[ -x "$here/alliance-gui" ] || { echo "alliance-gui not found next to this script" >&2; exit 1; }
mkdir -p "$data/applications" "$data/metainfo"
# Point Exec/TryExec at this folder; quote the path in case it contains spaces.
sed -e "s|^Exec=.*|Exec=\"$here/alliance-gui\"|" -e "s|^TryExec=.*|TryExec=$here/alliance-gui|" \
    "$here/share/applications/alliance.desktop" > "$data/applications/alliance.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
mkdir -p "$data/icons/hicolor"
cp -R "$here/share/icons/hicolor/." "$data/icons/hicolor/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
echo "Alliance is in your application menu. To remove it: $0 --uninstall"
