; Inno Setup script for PartnerCheck: a per-user install that needs no administrator rights.
; Build on Windows after packaging\windows\build.ps1 has made dist\PartnerCheck\:
;   iscc /DAppVersion=0.1.0 packaging\windows\partnercheck.iss
; (build.ps1 does this itself when Inno Setup 6 is installed.) Output:
;   dist\PartnerCheck-<version>-setup.exe
; Silent install for Intune/SCCM:  PartnerCheck-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Silent uninstall:  "%LOCALAPPDATA%\Programs\PartnerCheck\unins000.exe" /VERYSILENT
;
; Not tested here: written on Linux, where neither Inno Setup nor Windows can run.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "PartnerCheck"
#define SourceDir "..\..\dist\PartnerCheck"

[Setup]
; Never change AppId: upgrades and uninstall find the installed copy by it.
AppId={{01A3101F-1ADD-4419-9974-548336B8B4E4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PartnerCheck
VersionInfoVersion={#AppVersion}
; Per user, no UAC prompt: %LOCALAPPDATA%\Programs\PartnerCheck
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\{#AppName}
DisableDirPage=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=PartnerCheck-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\partnercheck.ico
UninstallDisplayIcon={app}\partnercheck-gui.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; A running PartnerCheck is closed (it saves every answer as it is given) and restarted.
CloseApplications=yes
RestartApplications=no
; The user's data is NOT in {app}: %LOCALAPPDATA%\PartnerCheck (database, backups,
; installed checklists, Logs). Uninstalling leaves it; see docs\install-windows.md.

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder's contents, so files a new version no longer ships go.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\partnercheck-gui.exe"; WorkingDir: "{userdocs}"; Comment: "Zorgvuldigheidstoets voor banden met Chinese steden en provincies"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\partnercheck-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\partnercheck-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
