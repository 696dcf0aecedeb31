#!/usr/bin/env bash
# Makes every icon file from the one drawing, assets/icon.svg:
#   assets/icons/hicolor/NxN/apps/APP_ID.png   Linux menus and the window (16 to 512 px)
#   assets/icons/hicolor/scalable/apps/APP_ID.svg  the drawing itself, for desktops that scale
#   packaging/windows/fixdesk.ico              16 to 256 px, for the installer and shortcuts
#   packaging/macos/fixdesk.icns               16 to 512 px, for the .app bundle
# The results are committed, so building a package never needs these tools. Run this after
# changing the drawing, look at the PNGs, and commit them together with the SVG.
#
# Needs (Debian/Ubuntu): apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")/.."

app_id=$(sed -n 's/^app-id *= *"\(.*\)"/\1/p' Cargo.toml | head -1)
[ -n "$app_id" ] || { echo "icons.sh: no app-id in [package.metadata.fixdesk] of Cargo.toml" >&2; exit 1; }

for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null || {
        echo "icons.sh: $tool is missing: apt-get install librsvg2-bin imagemagick icnsutils" >&2
        exit 1
    }
done

svg=assets/icon.svg
hicolor=assets/icons/hicolor
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$svg" -o "$hicolor/${size}x${size}/apps/$app_id.png"
done
mkdir -p "$hicolor/scalable/apps"
cp "$svg" "$hicolor/scalable/apps/$app_id.svg"

pngs() { for size in "$@"; do echo "$hicolor/${size}x${size}/apps/$app_id.png"; done; }

# Windows: one .ico holding each size, so Explorer picks a drawn one instead of scaling.
mapfile -t ico_sizes < <(pngs 16 24 32 48 64 128 256)
convert "${ico_sizes[@]}" packaging/windows/fixdesk.ico

# macOS: png2icns takes the sizes the format knows (16, 32, 48, 128, 256, 512).
mapfile -t icns_sizes < <(pngs 16 32 48 128 256 512)
png2icns packaging/macos/fixdesk.icns "${icns_sizes[@]}" >/dev/null

echo "icons made from $svg for $app_id"
