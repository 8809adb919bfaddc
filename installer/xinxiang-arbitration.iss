; Inno Setup 6 script: the Windows installer of 新乡市劳动人事争议仲裁委员会 案件管理系统.
;
; Packs the PyInstaller one-folder build (dist\xinxiang-arbitration, made on Windows by
; installer\xinxiang-arbitration.spec) into dist\installer\xinxiang-arbitration-<version>-setup.exe:
;
;   iscc /DAppVersion=0.1.0 installer\xinxiang-arbitration.iss
;
; (installer\README.md has the whole Windows build.) Requires Inno Setup 6.3 or later. This
; script is saved as UTF-8 with a byte-order mark, which Inno Setup needs for the Chinese text.
; It has not been compiled in this repository's Linux CI; it is checked only by reading.
;
; What it does:
; * per-user or per-machine install: the first page asks (PrivilegesRequiredOverridesAllowed);
;   per-user needs no administrator and goes to %LOCALAPPDATA%\Programs\xinxiang-arbitration;
; * Start-menu shortcut, and a desktop shortcut the user may untick;
; * upgrade in place: the same AppId finds the earlier installation (folder, mode, tasks),
;   and the old program files are removed first so no stale module or migration remains;
; * the user's data folder (%LOCALAPPDATA%\xinxiang-arbitration: the case database, its
;   backups, logs) is never touched by install or upgrade, and uninstall keeps it unless
;   the user ticks the box on the uninstall question.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is required (ArchitecturesAllowed=x64compatible).
#endif

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 installer\xinxiang-arbitration.iss (the version in pyproject.toml)
#endif
#ifndef AppNumericVersion
  ; VersionInfoVersion takes only digits and dots; pass /DAppNumericVersion=... for versions like 0.2.0rc1
  #define AppNumericVersion AppVersion
#endif
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\xinxiang-arbitration"
#endif
#if !FileExists(AddBackslash(DistDir) + "xinxiang-arbitration.exe")
  #error No PyInstaller build found in DistDir; run PyInstaller with installer\xinxiang-arbitration.spec first.
#endif

#define AppName "新乡市劳动人事争议仲裁案件管理系统"
#define AppPublisher "新乡市劳动人事争议仲裁委员会"
#define AppExeName "xinxiang-arbitration.exe"
#define DataFolderName "xinxiang-arbitration"

; The Chinese (Simplified) messages file is not among Inno Setup 6's official translations.
; Some Inno Setup packages put it in Languages\Unofficial, others not at all: then download
; ChineseSimplified.isl from https://jrsoftware.org/files/istrans/ (or issrc's
; Files\Languages\Unofficial) into the compiler's Languages folder or next to this script.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\Unofficial\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: put it in Inno Setup's Languages folder or next to this script (see the comment above).
#endif

[Setup]
; Never change the AppId: upgrades find the installed copy by it.
AppId={{ED62A6DF-F11F-495F-A054-FCC8A23DDDF4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoCompany={#AppPublisher}
; {autopf}: Program Files when installing for all users, %LOCALAPPDATA%\Programs for one user
DefaultDirName={autopf}\xinxiang-arbitration
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
UsePreviousPrivileges=yes
UsePreviousAppDir=yes
UsePreviousTasks=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes
RestartApplications=no
WizardStyle=modern
ShowLanguageDialog=no
OutputDir=..\dist\installer
OutputBaseFilename=xinxiang-arbitration-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupLogging=yes
#if FileExists(AddBackslash(SourcePath) + "..\resources\icons\app.ico")
SetupIconFile=..\resources\icons\app.ico
#endif

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"

[CustomMessages]
chinesesimplified.RemoveDataCaption=卸载 {#AppName}
chinesesimplified.RemoveDataInfo=程序文件将被删除。%n%n案件数据库、升级前的备份和日志保存在数据文件夹中：%n%1%n%n默认保留这些数据，以后重新安装即可继续使用。
chinesesimplified.RemoveDataBox=同时永久删除数据文件夹（所有案件数据，无法恢复）
chinesesimplified.RemoveDataConfirm=确定要永久删除数据文件夹吗？%n%n%1%n%n其中的所有案件数据将无法恢复。
chinesesimplified.RemoveDataFailed=数据文件夹未能全部删除，请手动删除：%n%1
chinesesimplified.ButtonContinue=继续卸载
chinesesimplified.ButtonCancel=取消

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole bundle: files that the new version no longer ships (old
; modules, renamed migration scripts) must not stay behind. The data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; runasoriginaluser: after an all-users (elevated) install the app still starts as the user,
; so its data folder is created in that user's %LOCALAPPDATA%, not the administrator's
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
Type: dirifempty; Name: "{app}"

[Code]
var
  RemoveUserData: Boolean;

{ The folder platformdirs gives the app on Windows (user_data_path, not roaming). For an
  all-users uninstall run under another administrator account this is that account's
  folder; each user's own folder is then left alone. }
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolderName}');
end;

{ Shows the question with an unticked check box. Returns False if the user cancels. }
function AskAboutUserData(): Boolean;
var
  Form: TSetupForm;
  Info: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  RemoveUserData := False;
#if Ver >= EncodeVer(6, 6, 0)
  Form := CreateCustomForm(440, 210, False, False);
#else
  Form := CreateCustomForm();
  Form.ClientWidth := ScaleX(440);
  Form.ClientHeight := ScaleY(210);
#endif
  try
    Form.Caption := CustomMessage('RemoveDataCaption');
    Form.Position := poScreenCenter;

    Info := TNewStaticText.Create(Form);
    Info.Parent := Form;
    Info.AutoSize := False;
    Info.WordWrap := True;
    Info.Left := ScaleX(16);
    Info.Top := ScaleY(16);
    Info.Width := Form.ClientWidth - ScaleX(32);
    Info.Height := ScaleY(104);
    Info.Caption := FmtMessage(CustomMessage('RemoveDataInfo'), [UserDataDir()]);

    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(16);
    Box.Top := Info.Top + Info.Height + ScaleY(8);
    Box.Width := Form.ClientWidth - ScaleX(32);
    Box.Height := ScaleY(20);
    Box.Caption := CustomMessage('RemoveDataBox');
    Box.Checked := False;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Width := ScaleX(90);
    CancelButton.Height := ScaleY(25);
    CancelButton.Left := Form.ClientWidth - CancelButton.Width - ScaleX(16);
    CancelButton.Top := Form.ClientHeight - CancelButton.Height - ScaleY(12);
    CancelButton.Caption := CustomMessage('ButtonCancel');
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Width := ScaleX(90);
    OkButton.Height := ScaleY(25);
    OkButton.Left := CancelButton.Left - OkButton.Width - ScaleX(8);
    OkButton.Top := CancelButton.Top;
    OkButton.Caption := CustomMessage('ButtonContinue');
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    Form.ActiveControl := OkButton;
    Result := Form.ShowModal() = mrOk;
    if Result and Box.Checked then
      RemoveUserData := MsgBox(FmtMessage(CustomMessage('RemoveDataConfirm'), [UserDataDir()]),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  RemoveUserData := False;
  { A silent uninstall (/SILENT, /VERYSILENT) never deletes the data; nothing to ask
    when there is no data folder. }
  if UninstallSilent() or not DirExists(UserDataDir()) then
    Exit;
  Result := AskAboutUserData();
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveUserData then
    if not DelTree(UserDataDir(), True, True, True) then
      MsgBox(FmtMessage(CustomMessage('RemoveDataFailed'), [UserDataDir()]), mbError, MB_OK);
end;
