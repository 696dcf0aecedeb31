# Builds the Windows installer: target\dist\fixdesk-VERSION-setup.exe.
# Run from any folder in PowerShell on Windows 10/11 with Rust (MSVC toolchain) and
# Inno Setup 6 installed (see packaging/README.md):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

# The version is Cargo.toml's [package] version, the first `version = "..."` line.
$version = (Select-String -Path Cargo.toml -Pattern '^version\s*=\s*"(.+)"' |
    Select-Object -First 1).Matches[0].Groups[1].Value

# Fat LTO, stripped, no console window (windows_subsystem in src/main.rs).
cargo build --profile dist --locked
if ($LASTEXITCODE -ne 0) { throw "cargo build failed" }

$iscc = Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe'
if (-not (Test-Path $iscc)) { $iscc = 'ISCC.exe' }  # or on PATH
& $iscc "/DAppVersion=$version" packaging\windows\fixdesk.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Write-Host "built target\dist\fixdesk-$version-setup.exe"
