; Inno Setup 6 script: the Windows installer, fixdesk-VERSION-setup.exe.
; Build it on Windows with packaging\windows\build.ps1 (see packaging/README.md), which
; builds target\dist\fixdesk.exe first and passes the version from Cargo.toml:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\fixdesk.iss
; Paths below are relative to this file.

#ifndef AppVersion
  #error Pass the version from Cargo.toml: ISCC /DAppVersion=X.Y.Z fixdesk.iss
#endif

[Setup]
; The installer's own identity for upgrades and uninstall: never change it. (Windows wants
; a GUID here; the reverse-DNS app id org.fixdesk.Fixdesk is for desktops and macOS.)
AppId={{500D74F0-62A5-4D79-A5AD-522FD95FEBE1}
AppName=fixdesk
AppVersion={#AppVersion}
AppVerName=fixdesk {#AppVersion}
AppPublisher=The fixdesk developers
AppPublisherURL=https://fixdesk.org/
AppComments=Front desk for a device repair service center
AppCopyright=Copyright (c) 2026 The fixdesk developers
VersionInfoVersion={#AppVersion}
VersionInfoProductName=fixdesk
VersionInfoDescription=fixdesk installer
DefaultDirName={autopf}\fixdesk
DefaultGroupName=fixdesk
DisableProgramGroupPage=yes
; Installs for all users by default; a clerk without admin rights can choose "only for me".
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE-MIT
SetupIconFile=fixdesk.ico
UninstallDisplayIcon={app}\fixdesk.ico
UninstallDisplayName=fixdesk
OutputDir=..\..\target\dist
OutputBaseFilename=fixdesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The app must be closed to be updated or removed; its data (%APPDATA%\fixdesk) stays.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Built with windows_subsystem = "windows" (src/main.rs): no console window behind the app.
Source: "..\..\target\dist\fixdesk.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "fixdesk.ico"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\README.md"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\LICENSE-MIT"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\LICENSE-APACHE"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\assets\fonts\LICENSE-DejaVu.txt"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\fixdesk"; Filename: "{app}\fixdesk.exe"; IconFilename: "{app}\fixdesk.ico"; Comment: "Front desk for a device repair service center"
Name: "{autodesktop}\fixdesk"; Filename: "{app}\fixdesk.exe"; IconFilename: "{app}\fixdesk.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\fixdesk.exe"; Description: "{cm:LaunchProgram,fixdesk}"; Flags: nowait postinstall skipifsilent
