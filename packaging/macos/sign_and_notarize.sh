#!/bin/bash
# Sign Alliance.app with the hardened runtime, notarise and staple it, and wrap it in a signed, notarised .dmg.
#
#   packaging/macos/sign_and_notarize.sh [dist/Alliance.app]
#
# Runs only when the credentials are there; without them it says so and exits 0, leaving the unsigned app:
#   ALLIANCE_CODESIGN_IDENTITY   "Developer ID Application: Name (TEAMID)" in the keychain   -> signing
#   ALLIANCE_NOTARY_PROFILE      a `xcrun notarytool store-credentials` profile               -> notarisation
#     or ALLIANCE_NOTARY_APPLE_ID + ALLIANCE_NOTARY_TEAM_ID + ALLIANCE_NOTARY_PASSWORD (app-specific password)
# Signing goes inside out (every library and executable, then the app), each with --options runtime,
# a secure timestamp and packaging/macos/entitlements.plist; Apple rejects bundles signed with --deep.
# Bash 3.2 compatible (the one macOS ships). tests/packaging/test_release_scripts.py runs it with stub tools.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
app=${1:-dist/Alliance.app}
entitlements="$here/entitlements.plist"
identity=${ALLIANCE_CODESIGN_IDENTITY:-}
dist=$(dirname "$app")
name=$(basename "$app" .app)

if [ -z "$identity" ]; then
    echo "sign_and_notarize: ALLIANCE_CODESIGN_IDENTITY is not set: $app stays unsigned (fine for a local build," \
         "not for release)."
    exit 0
fi
[ -d "$app/Contents/MacOS" ] || { echo "sign_and_notarize: $app is not an app bundle" >&2; exit 1; }

sign() {
    codesign --force --timestamp --options runtime --entitlements "$entitlements" --sign "$identity" "$1"
}
sign_image() {  # a disk image carries a signature, not a runtime or entitlements
    codesign --force --timestamp --sign "$identity" "$1"
}

# 1. Inside out: the deepest files first, then the executables, then the bundle itself.
find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) ! -path "$app/Contents/MacOS/*" \
    | awk '{ print gsub("/", "/") "\t" $0 }' | sort -rn | cut -f2- \
    | while IFS= read -r file; do sign "$file"; done
for exe in "$app/Contents/MacOS/"*; do sign "$exe"; done
sign "$app"
codesign --verify --strict --verbose=2 "$app"

notary_args=()
if [ -n "${ALLIANCE_NOTARY_PROFILE:-}" ]; then
    notary_args=(--keychain-profile "$ALLIANCE_NOTARY_PROFILE")
elif [ -n "${ALLIANCE_NOTARY_APPLE_ID:-}" ] && [ -n "${ALLIANCE_NOTARY_TEAM_ID:-}" ] \
        && [ -n "${ALLIANCE_NOTARY_PASSWORD:-}" ]; then
    notary_args=(--apple-id "$ALLIANCE_NOTARY_APPLE_ID" --team-id "$ALLIANCE_NOTARY_TEAM_ID"
                 --password "$ALLIANCE_NOTARY_PASSWORD")
fi

dmg="$dist/$name.dmg"
if [ ${#notary_args[@]} -eq 0 ]; then
    echo "sign_and_notarize: signed; no notary credentials (ALLIANCE_NOTARY_PROFILE): not notarised," \
         "Gatekeeper will warn on other Macs."
    hdiutil create -volname "$name" -srcfolder "$app" -ov -format UDZO "$dmg"
    sign_image "$dmg"
    exit 0
fi

# 2. Notarise the app (a zip of it), staple the ticket to the app, check it as Gatekeeper would.
zip="$dist/$name-notarize.zip"
ditto -c -k --keepParent "$app" "$zip"
xcrun notarytool submit "$zip" "${notary_args[@]}" --wait
xcrun stapler staple "$app"
rm -f "$zip"
spctl --assess --type execute --verbose=2 "$app"

# 3. The disk image: made from the stapled app, signed, notarised and stapled itself.
hdiutil create -volname "$name" -srcfolder "$app" -ov -format UDZO "$dmg"
sign_image "$dmg"
xcrun notarytool submit "$dmg" "${notary_args[@]}" --wait
xcrun stapler staple "$dmg"
echo "sign_and_notarize: $app and $dmg are signed, notarised and stapled."
