; The LanScout installer for Windows, built on Linux with Debian's NSIS:
;   makensis -DVERSION=0.1.0 -DDIST=<folder with lanscout.exe, lanscout.com, README.txt> -DOUTFILE=<setup.exe> installer.nsi
; (scripts/windows.sh does it). Per-user: no administrator rights, files in
; %LOCALAPPDATA%\Programs\LanScout, a Start-menu shortcut, an entry in
; "Installed apps" and an uninstaller that removes every file it installed.
; Settings (%APPDATA%\lanscout) and the log (%LOCALAPPDATA%\lanscout) stay
; unless the uninstaller is asked (a question, or /REMOVESETTINGS when silent).
; Silent: setup.exe /S, uninstall.exe /S.
;
; Over a running LanScout (an upgrade, or the uninstaller) it first asks the
; window to close, as its close button does, and waits for the program to
; end; if it is still running (a `lanscout serve` in a console, a window
; that will not close) it asks to close it and retry, and a silent run or a
; Cancel stops before any file is touched: Windows cannot replace a running
; exe, and a half-replaced folder would not start.

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
!define MUI_FINISHPAGE_RUN_TEXT "$(START_LANSCOUT)"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The eight languages and the installer's own words (generated from the
; catalogues; Windows picks the user's language).
!include "languages.nsh"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "The LanScout developers"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "MIT OR Apache-2.0"

; Closes a running LanScout in $INSTDIR, or stops: see the header. A macro,
; because the installer and the uninstaller each need their own copy.
!macro CLOSE_RUNNING_LANSCOUT
  ; Its window first (title "LanScout"; this installer's is "LanScout Setup").
  StrCpy $R8 0
  close_window:
    FindWindow $R9 "" "${APP}"
    IntCmp $R9 0 window_gone
    SendMessage $R9 ${WM_CLOSE} 0 0 /TIMEOUT=2000
    Sleep 250
    IntOp $R8 $R8 + 1
    IntCmp $R8 40 window_gone close_window window_gone
  window_gone:
  ; Then the programs themselves: a running exe cannot be opened for writing.
  StrCpy $R8 0
  check_files:
    ClearErrors
    IfFileExists "$INSTDIR\lanscout.exe" 0 exe_free
    FileOpen $R9 "$INSTDIR\lanscout.exe" a
    IfErrors still_running
    FileClose $R9
  exe_free:
    IfFileExists "$INSTDIR\lanscout.com" 0 all_free
    FileOpen $R9 "$INSTDIR\lanscout.com" a
    IfErrors still_running
    FileClose $R9
    Goto all_free
  still_running:
    ; A closing window needs a moment to end its process.
    IntOp $R8 $R8 + 1
    Sleep 250
    IntCmp $R8 40 ask check_files ask
  ask:
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(STILL_RUNNING)" /SD IDCANCEL IDRETRY retry
    SetErrorLevel 5
    Abort "$(NOTHING_CHANGED)"
  retry:
    StrCpy $R8 0
    Goto close_window
  all_free:
!macroend

Section "LanScout"
  SetOutPath "$INSTDIR"
  !insertmacro CLOSE_RUNNING_LANSCOUT
  File "${DIST}\lanscout.exe"
  File "${DIST}\lanscout.com"
  File "${DIST}\README.txt"
  File "${DIST}\LICENSE-MIT.txt"
  File "${DIST}\LICENSE-APACHE.txt"
  File "${DIST}\THIRD-PARTY-NOTICES.txt"
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
  !insertmacro CLOSE_RUNNING_LANSCOUT
  Delete "$INSTDIR\lanscout.exe"
  Delete "$INSTDIR\lanscout.com"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\LICENSE-MIT.txt"
  Delete "$INSTDIR\LICENSE-APACHE.txt"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; "Start LanScout when I log in" (src/autostart.rs) ends with the program.
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "LanScout"
  ; Settings stay unless asked (silent: /REMOVESETTINGS).
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVESETTINGS" $R1
  IfErrors 0 remove_settings
  IfSilent keep_settings
  MessageBox MB_YESNO|MB_ICONQUESTION "$(REMOVE_SETTINGS)" /SD IDNO IDYES remove_settings
  Goto keep_settings
  remove_settings:
    RMDir /r "$APPDATA\lanscout"
    RMDir /r "$LOCALAPPDATA\lanscout"
  keep_settings:
SectionEnd
