#!/usr/bin/env bash
# Assembles target/dist/fixdesk.app (and a .dmg beside it) on macOS.
#
#   packaging/macos/make-app.sh              for this Mac's architecture
#   packaging/macos/make-app.sh --universal  one app for Apple silicon and Intel Macs
#
# Needs Rust and the Xcode command-line tools (xcode-select --install). The bundle is
# signed ad hoc, which runs on the Mac that built it; to hand it to other Macs without
# Gatekeeper's warning, sign it with a Developer ID and notarize it (packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

app_id=$(sed -n 's/^app-id *= *"\(.*\)"/\1/p' Cargo.toml | head -1)
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -1)
out=target/dist
app=$out/fixdesk.app

if [ "${1:-}" = "--universal" ]; then
    rustup target add aarch64-apple-darwin x86_64-apple-darwin
    cargo build --profile dist --locked --target aarch64-apple-darwin
    cargo build --profile dist --locked --target x86_64-apple-darwin
    mkdir -p "$out"
    lipo -create -output "$out/fixdesk" \
        target/aarch64-apple-darwin/dist/fixdesk target/x86_64-apple-darwin/dist/fixdesk
else
    cargo build --profile dist --locked
fi

rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp "$out/fixdesk" "$app/Contents/MacOS/fixdesk"
cp packaging/macos/fixdesk.icns "$app/Contents/Resources/fixdesk.icns"
sed -e "s/@APP_ID@/$app_id/g" -e "s/@VERSION@/$version/g" packaging/macos/Info.plist \
    >"$app/Contents/Info.plist"
plutil -lint "$app/Contents/Info.plist"
codesign --force --sign - "$app"

rm -f "$out/fixdesk-$version.dmg"
hdiutil create -volname fixdesk -srcfolder "$app" -format UDZO "$out/fixdesk-$version.dmg"
echo "built $app and $out/fixdesk-$version.dmg"
