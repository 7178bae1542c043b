; The LanScout installer for Windows, built on Linux with Debian's NSIS:
;   makensis -DVERSION=0.1.0 -DDIST=<folder with lanscout.exe, lanscout.com, README.txt> -DOUTFILE=<setup.exe> installer.nsi
; (scripts/windows.sh does it). Per-user: no administrator rights, files in
; %LOCALAPPDATA%\Programs\LanScout, a Start-menu shortcut, an entry in
; "Installed apps" and an uninstaller that removes every file it installed.
; Settings (%APPDATA%\lanscout) and the log (%LOCALAPPDATA%\lanscout) stay
; unless the uninstaller is asked (a question, or /REMOVESETTINGS when silent).
; Silent: setup.exe /S, uninstall.exe /S.

Unicode true
; 64-bit stubs: the program is 64-bit, and 64-bit-only systems (Wine
; without 32-bit support) cannot run the default 32-bit ones.
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define APP "LanScout"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\LanScout"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

!define MUI_ICON "..\..\assets\icon.ico"
!define MUI_UNICON "..\..\assets\icon.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\lanscout.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start LanScout"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "The LanScout developers"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "MIT OR Apache-2.0"

Section "LanScout"
  SetOutPath "$INSTDIR"
  File "${DIST}\lanscout.exe"
  File "${DIST}\lanscout.com"
  File "${DIST}\README.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\lanscout.exe" "" "$INSTDIR\lanscout.exe" 0
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The LanScout developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\lanscout.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\lanscout.exe"
  Delete "$INSTDIR\lanscout.com"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; Settings stay unless asked (silent: /REMOVESETTINGS).
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVESETTINGS" $R1
  IfErrors 0 remove_settings
  IfSilent keep_settings
  MessageBox MB_YESNO|MB_ICONQUESTION "Also remove your LanScout settings and log?" /SD IDNO IDYES remove_settings
  Goto keep_settings
  remove_settings:
    RMDir /r "$APPDATA\lanscout"
    RMDir /r "$LOCALAPPDATA\lanscout"
  keep_settings:
SectionEnd
