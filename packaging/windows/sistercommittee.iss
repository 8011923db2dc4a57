; Inno Setup script of the SisterCommittee installer for Windows, made from the frozen bundle
; (packaging/build_bundle.py). .github/workflows/release.yml runs it as:
;   iscc /DAppVersion=0.2.0 /DSourceDir=..\..\build\bundle\dist\sistercommittee packaging\windows\sistercommittee.iss
; and, when a code-signing certificate is configured, adds /DSign and /Ssigntool=... so that the
; installer, the uninstaller and the programs are signed.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\bundle\dist\sistercommittee"
#endif

[Setup]
AppId={{6C1F3E0A-5B7D-4C58-9E84-3F4A2D51B7C9}
AppName=SisterCommittee
AppVersion={#AppVersion}
AppVerName=SisterCommittee {#AppVersion}
AppPublisher=The SisterCommittee authors
DefaultDirName={autopf}\SisterCommittee
DefaultGroupName=SisterCommittee
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights unless the user chooses all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\windows
OutputBaseFilename=SisterCommittee-{#AppVersion}-setup
SetupIconFile=..\..\build\bundle\work\icon.ico
UninstallDisplayIcon={app}\sistercommittee.exe
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
#ifdef Sign
SignTool=signtool $f
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\SisterCommittee"; Filename: "{app}\sistercommittee.exe"
Name: "{autodesktop}\SisterCommittee"; Filename: "{app}\sistercommittee.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\sistercommittee.exe"; Description: "{cm:LaunchProgram,SisterCommittee}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program's own folder: the committee's database, backups and log stay in the user's
; data folder (AppData\Local\SisterCommittee) and are never removed by an uninstall.
Type: filesandordirs; Name: "{app}\_internal"
