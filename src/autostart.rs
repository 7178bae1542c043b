//! "Start LanScout when I log in": on Linux and other XDG desktops an
//! autostart entry (`~/.config/autostart/lanscout.desktop`, the XDG
//! Autostart specification); on Windows the per-user `Run` key. Started
//! that way, LanScout gets [`AT_LOGIN_FLAG`] and opens minimised.

use std::path::{Path, PathBuf};

/// The argument an entry starts LanScout with (a hidden option of the CLI).
pub const AT_LOGIN_FLAG: &str = "--at-login";

/// The folder the desktop reads autostart entries from
/// (`$XDG_CONFIG_HOME/autostart`).
pub fn autostart_dir() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|b| b.config_dir().join("autostart"))
}

/// A desktop entry's `Exec` argument for `arg`: as it is when it has no
/// character the specification reserves, else in double quotes with `"`,
/// `` ` ``, `$` and `\` escaped; then `\` doubled again because the whole
/// value is a string (the specification's two levels of escaping).
pub fn exec_argument(arg: &str) -> String {
    let plain = arg
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._+-,:=@".contains(c));
    if plain && !arg.is_empty() {
        return arg.to_string();
    }
    let mut quoted = String::from("\"");
    for c in arg.chars() {
        if matches!(c, '"' | '`' | '$' | '\\') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    quoted.replace('\\', "\\\\")
}

/// The autostart entry that starts `exe` at login. `TryExec` makes a
/// desktop skip it once LanScout is uninstalled.
pub fn desktop_entry(exe: &Path) -> String {
    let program = exec_argument(&exe.to_string_lossy());
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=LanScout\n\
         Comment=Finds servers on the local network\n\
         Icon=lanscout\n\
         TryExec={program}\n\
         Exec={program} {AT_LOGIN_FLAG}\n\
         Terminal=false\n\
         X-GNOME-Autostart-enabled=true\n\
         X-LanScout-Autostart=true\n"
    )
}

/// Makes the login start match `on`: writes the entry (or the `Run` value)
/// for this program, or removes it. Doing it again changes nothing.
pub fn apply(on: bool) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program: {e}"))?;
    platform::apply(on, &exe)
}

#[cfg(not(windows))]
mod platform {
    use super::*;

    /// The entry's file name.
    const ENTRY: &str = "lanscout.desktop";

    fn entry_path() -> Result<PathBuf, String> {
        autostart_dir()
            .map(|d| d.join(ENTRY))
            .ok_or_else(|| "no home folder to keep the login entry in".to_string())
    }

    pub fn apply(on: bool, exe: &Path) -> Result<(), String> {
        let path = entry_path()?;
        if on {
            let text = desktop_entry(exe);
            if std::fs::read_to_string(&path).ok().as_deref() == Some(text.as_str()) {
                return Ok(());
            }
            let dir = path.parent().unwrap_or(&path);
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            // Written beside it, then renamed: a session starting now
            // never reads half an entry.
            let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
            std::fs::write(&tmp, text)
                .and_then(|()| std::fs::rename(&tmp, &path))
                .map_err(|e| {
                    let _ = std::fs::remove_file(&tmp);
                    format!("{}: {e}", path.display())
                })
        } else {
            match std::fs::remove_file(&path) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(format!("{}: {e}", path.display())),
            }
        }
    }
}

#[cfg(windows)]
mod platform {
    use super::*;
    use windows_sys::Win32::Foundation::{ERROR_FILE_NOT_FOUND, ERROR_SUCCESS};
    use windows_sys::Win32::System::Registry::{
        RegDeleteKeyValueW, RegSetKeyValueW, HKEY_CURRENT_USER, REG_SZ,
    };

    const RUN: &str = r"Software\Microsoft\Windows\CurrentVersion\Run";
    const VALUE: &str = "LanScout";

    fn wide(s: &str) -> Vec<u16> {
        s.encode_utf16().chain(std::iter::once(0)).collect()
    }

    /// The `Run` value: the program in quotes (its folder may have spaces),
    /// then the flag.
    pub fn command(exe: &Path) -> String {
        format!("\"{}\" {AT_LOGIN_FLAG}", exe.display())
    }

    pub fn apply(on: bool, exe: &Path) -> Result<(), String> {
        let (key, value) = (wide(RUN), wide(VALUE));
        // SAFETY: every pointer is to a live NUL-terminated UTF-16 buffer,
        // and the data length is that buffer's size in bytes.
        let status = unsafe {
            if on {
                let data = wide(&command(exe));
                RegSetKeyValueW(
                    HKEY_CURRENT_USER,
                    key.as_ptr(),
                    value.as_ptr(),
                    REG_SZ,
                    data.as_ptr().cast(),
                    (data.len() * 2) as u32,
                )
            } else {
                RegDeleteKeyValueW(HKEY_CURRENT_USER, key.as_ptr(), value.as_ptr())
            }
        };
        match status {
            ERROR_SUCCESS => Ok(()),
            ERROR_FILE_NOT_FOUND if !on => Ok(()),
            e => Err(format!(
                "cannot change HKEY_CURRENT_USER\\{RUN}: {}",
                std::io::Error::from_raw_os_error(e as i32)
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_arguments_are_quoted_as_the_desktop_entry_specification_says() {
        let cases = [
            ("/usr/bin/lanscout", "/usr/bin/lanscout"),
            ("/opt/lan-scout_1.2/lanscout", "/opt/lan-scout_1.2/lanscout"),
            (
                "/home/ann/My Apps/lanscout",
                "\"/home/ann/My Apps/lanscout\"",
            ),
            // $ and " escaped once, then every backslash doubled.
            ("/tmp/a$b", "\"/tmp/a\\\\$b\""),
            ("/tmp/say \"hi\"", "\"/tmp/say \\\\\"hi\\\\\"\""),
            ("/tmp/back\\slash", "\"/tmp/back\\\\\\\\slash\""),
            ("", "\"\""),
        ];
        for (arg, want) in cases {
            assert_eq!(exec_argument(arg), want, "{arg:?}");
        }
    }

    #[test]
    fn the_flag_is_the_command_lines_own() {
        use clap::Parser;
        let cli = crate::cli::args::Cli::try_parse_from(["lanscout", AT_LOGIN_FLAG]);
        assert!(cli.is_ok_and(|c| c.at_login && c.command.is_none()));
    }

    #[test]
    fn the_entry_starts_this_program_minimised_and_is_skipped_once_it_is_gone() {
        let entry = desktop_entry(Path::new("/usr/bin/lanscout"));
        let lines: Vec<&str> = entry.lines().collect();
        assert_eq!(lines[0], "[Desktop Entry]");
        assert!(lines.contains(&"Type=Application"));
        assert!(lines.contains(&"Exec=/usr/bin/lanscout --at-login"));
        assert!(lines.contains(&"TryExec=/usr/bin/lanscout"));
        let spaced = desktop_entry(Path::new("/home/ann/My Apps/lanscout"));
        assert!(
            spaced.contains("Exec=\"/home/ann/My Apps/lanscout\" --at-login\n"),
            "{spaced}"
        );
    }
}
