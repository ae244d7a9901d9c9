; Inno Setup 6 script: per-user installer for the Windows one-folder bundle.
;
; Build on Windows, from the repository root, after `pyinstaller --noconfirm packaging\alliance.spec`:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\alliance.iss
;
; Without /DAppVersion the version is read from the ProductVersion that packaging/alliance.spec writes
; into alliance-gui.exe (itself taken from the package metadata), so the two cannot disagree.
; Output: dist\Alliance-<version>-setup.exe
;
; Signing (Authenticode): define SignTool and hand ISCC the command, for example
;
;   iscc /DSignTool=alliance "/Salliance=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /sha1 THUMBPRINT $f" packaging\windows\alliance.iss
;
; or run packaging\windows\build_installer.ps1, which does exactly that when ALLIANCE_SIGN_CERT_SHA1 is set.
; Then ISCC signs alliance-gui.exe and alliance.exe before it stores them, the uninstaller, and the setup itself.
; Without SignTool the installer is built unsigned (fine for testing; SmartScreen warns on other machines).
;
; Installs for the current user only (no administrator rights, no UAC prompt) into
; %LOCALAPPDATA%\Programs\Alliance. IT departments can deploy for all users with /ALLUSERS.
; The vault lives elsewhere (%LOCALAPPDATA%\Alliance\vault) and is never touched by the installer
; or the uninstaller.

#define AppName "Alliance"
#define AppPublisher "Alliance developers"
#define AppExeName "alliance-gui.exe"
; Paths in #-expressions are resolved against the compiler's working folder, so anchor them here.
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\alliance"
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExeName, "ProductVersion")
#endif
#ifdef SignTool
  #define SignFlag " signonce"
#else
  #define SignFlag ""
#endif

[Setup]
; AppId identifies Alliance to Windows across versions (upgrades, uninstall). Never change it.
AppId={{5E532C79-5FF6-4577-B961-C602FBA3075C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Licensed under the GNU LGPL v3 or later
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user install: {autopf} resolves to %LOCALAPPDATA%\Programs in non-administrative mode.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Qt 6 needs 64-bit Windows 10 (1809) or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
LicenseFile=..\..\LICENSE
; The notices of every bundled component (Qt, SQLCipher, OpenSSL, Python, ...), written by alliance.spec
; beside the executables; shown before installing, and installed with the app.
InfoBeforeFile={#BundleDir}\THIRD_PARTY_NOTICES.txt
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif
SetupIconFile=..\..\build\icons\alliance.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=Alliance-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Ask to close a running Alliance before files are replaced; do not restart it afterwards.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole library folder, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The two executables first, signed before they are stored when SignTool is defined.
Source: "{#BundleDir}\alliance-gui.exe"; DestDir: "{app}"; Flags: ignoreversion{#SignFlag}
Source: "{#BundleDir}\alliance.exe"; DestDir: "{app}"; Flags: ignoreversion{#SignFlag}
Source: "{#BundleDir}\*"; Excludes: "\alliance-gui.exe,\alliance.exe"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Track the therapeutic relationship, privately"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what Setup installed. The vault, its backups and
; the preferences stay until the clinician deletes them on purpose.
