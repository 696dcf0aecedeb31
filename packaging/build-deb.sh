#!/usr/bin/env bash
# Builds the Debian/Ubuntu package: target/debian/fixdesk_VERSION-1_ARCH.deb.
#
#   packaging/build-deb.sh [cargo-deb options]     e.g. --fast for quicker compression
#
# Uses the `dist` profile ([package.metadata.deb] in Cargo.toml: fat LTO, one codegen unit,
# stripped), built in target/dist/ so it never disturbs target/release. A cold build takes
# many minutes on two cores; it runs under `nice` so the rest of the machine stays usable.
# Installs cargo-deb (from crates.io, with cargo) the first time.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo deb --version >/dev/null 2>&1; then
    echo "build-deb.sh: installing cargo-deb (once; a few minutes)" >&2
    nice -n 10 cargo install cargo-deb --locked
fi

# `--locked`: the package is built from exactly the dependencies in Cargo.lock.
nice -n 10 cargo deb --locked "$@"
