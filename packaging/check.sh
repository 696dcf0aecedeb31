#!/usr/bin/env bash
# The Linux package end to end on this machine: build the .deb, validate the desktop and
# AppStream files, install the .deb with dpkg, run the installed fixdesk, remove it again
# and check that nothing is left behind.
#
#   packaging/check.sh          (as root, or a user with sudo; Debian or Ubuntu)
#
# Not part of .ci/run: a cold build of the dist profile takes many minutes on two cores.
# Installs what it needs with apt-get. Refuses to touch a fixdesk already installed.
set -euo pipefail
cd "$(dirname "$0")/.."

start=$SECONDS
step() { printf '\n== %s  [%ds]\n' "$*" $((SECONDS - start)); }
fail() { printf '\ncheck.sh: %s\n' "$*" >&2; exit 1; }
sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo

app_id=$(sed -n 's/^app-id *= *"\(.*\)"/\1/p' Cargo.toml | head -1)
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -1)
desktop=packaging/linux/$app_id.desktop
metainfo=packaging/linux/$app_id.metainfo.xml
work=$(mktemp -d)
installed_by_us=no
cleanup() {
    local status=$?
    [ "$status" = 0 ] || printf '\ncheck.sh: FAIL (exit status %d) after %ds\n' "$status" $((SECONDS - start)) >&2
    if [ "$installed_by_us" = yes ]; then
        echo "check.sh: removing the fixdesk this run installed" >&2
        $sudo dpkg -r fixdesk >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "fixdesk $version, app id $app_id"
if dpkg-query -W -f='${Status}' fixdesk 2>/dev/null | grep -q 'ok installed'; then
    fail "a fixdesk package is already installed here; this check installs and removes its own (dpkg -r fixdesk first)"
fi
[ ! -e /usr/bin/fixdesk ] || fail "/usr/bin/fixdesk exists but belongs to no package; move it away first"

step "tools (apt-get)"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# desktop-file-utils and appstream: the validators; dpkg-dev: dpkg-shlibdeps, with which
# cargo-deb works out the package's library dependencies; binutils: strip.
$sudo apt-get install -y -qq --no-install-recommends \
    desktop-file-utils appstream dpkg-dev binutils >/dev/null

step "desktop file: desktop-file-validate $desktop"
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
echo "valid"

step "AppStream: appstreamcli validate --no-net $metainfo"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$metainfo" ||
    fail "$metainfo has no release notes for version $version"

step "build the .deb (packaging/build-deb.sh)"
packaging/build-deb.sh --output "$work/" | tee "$work/build.out"
deb=$(tail -1 "$work/build.out")
[ -f "$deb" ] || fail "cargo deb did not say where the .deb is (last line: $deb)"
ls -l "$deb"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

step "package contents"
dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./|/|' | grep -v '/$' | sort >"$work/files"
cat "$work/files"
expected=(/usr/bin/fixdesk "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml" /usr/share/doc/fixdesk/copyright
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg")
for size in 16 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    grep -qxF "$file" "$work/files" || fail "the package lacks $file"
done
echo "all ${#expected[@]} expected files are in the package"

step "install: dpkg -i"
# dpkg installs no dependencies itself: install the package's (first alternative each) first.
deps=$(dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/ //g' | grep . || true)
# shellcheck disable=SC2086 # one package name per word
$sudo apt-get install -y -qq --no-install-recommends $deps >/dev/null
installed_by_us=yes
$sudo dpkg -i "$deb"
dpkg-query -W fixdesk
[ "$(command -v fixdesk)" = /usr/bin/fixdesk ] || fail "fixdesk on PATH is $(command -v fixdesk || echo nothing), not /usr/bin/fixdesk"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "the installed desktop file"

step "run the installed /usr/bin/fixdesk"
got=$(/usr/bin/fixdesk --version)
echo "$got"
[ "$got" = "fixdesk $version" ] || fail "fixdesk --version said '$got', expected 'fixdesk $version'"
# The example in README.md: delivered 2025-05-28, a battery fault on 2026-03-01 is free.
cat >"$work/facts.json" <<'JSON'
{"claim_date": "2026-03-01", "model": "Aurora A5", "serial": "AA5-001",
 "channel": "authorized",
 "invoice": {"date": "2025-06-01", "model": "Aurora A5", "serial": "AA5001",
             "legible": true, "altered": false},
 "shipment_date": "2025-05-20", "delivery_date": "2025-05-28",
 "component": "battery", "cause": "unknown", "contract_months": null}
JSON
/usr/bin/fixdesk warranty "$work/facts.json" >"$work/decision.json"
head -12 "$work/decision.json"
grep -q '"verdict": "free"' "$work/decision.json" || fail "fixdesk warranty did not decide 'free'"
grep -q '"warranty_last_day": "2026-05-27"' "$work/decision.json" || fail "fixdesk warranty: wrong last day"
# The bundled SQLite in the stripped, fully optimised build: a small demo desk, checked.
FIXDESK_DATA_DIR="$work/data" /usr/bin/fixdesk demo --cases 40 --seed 7 >/dev/null
FIXDESK_DATA_DIR="$work/data" /usr/bin/fixdesk check

step "remove: dpkg -r fixdesk"
$sudo dpkg -r fixdesk
installed_by_us=no
if dpkg-query -W -f='${Status}' fixdesk 2>/dev/null | grep -q 'ok installed'; then
    fail "dpkg still lists fixdesk as installed"
fi
left=0
while read -r file; do
    if [ -e "$file" ]; then echo "left behind: $file" >&2; left=1; fi
done <"$work/files"
[ "$left" = 0 ] || fail "files of the package are still there after dpkg -r"
[ ! -d /usr/share/doc/fixdesk ] || fail "/usr/share/doc/fixdesk is still there"
echo "all $(wc -l <"$work/files") files of the package are gone"

printf '\ncheck.sh: PASS in %ds\n' $((SECONDS - start))
