//! What a support request needs, and what "About LanScout" shows: the
//! version and commit, the licence, where the third-party notices are,
//! and a plain-text summary of this computer and the last scan. Pure but
//! for reading /etc/os-release and looking for the notices file. English
//! on purpose: whoever helps reads it.

use std::path::{Path, PathBuf};

/// The licence, as Cargo.toml states it (SPDX).
pub const LICENCE: &str = env!("CARGO_PKG_LICENSE");

/// Where the third-party notices of this installation are: beside the
/// program (Windows installer and zip), else in the Debian package's
/// documentation folder.
pub fn notices_path() -> Option<PathBuf> {
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|d| d.join("THIRD-PARTY-NOTICES.txt")));
    let packaged = PathBuf::from("/usr/share/doc/lanscout/THIRD-PARTY-NOTICES.txt");
    [beside, Some(packaged)]
        .into_iter()
        .flatten()
        .find(|p| p.is_file())
}

/// What the About window shows, gathered when it opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// "0.1.0".
    pub version: String,
    /// The commit the build was made from ("unknown" outside git).
    pub commit: String,
    /// The third-party notices, when installed.
    pub notices: Option<PathBuf>,
    /// The settings file.
    pub settings: PathBuf,
    /// The log file, when there is one.
    pub log: Option<PathBuf>,
    /// The support details were copied (the window says so).
    pub copied: bool,
}

impl Facts {
    /// This build, with the settings file at `settings` and the log at `log`.
    pub fn of_this_build(settings: &Path, log: Option<&Path>) -> Facts {
        Facts {
            version: env!("CARGO_PKG_VERSION").to_string(),
            commit: crate::build_info::COMMIT.to_string(),
            notices: notices_path(),
            settings: settings.to_path_buf(),
            log: log.map(Path::to_path_buf),
            copied: false,
        }
    }
}

/// The rest of a support request: what this computer and the window say.
#[derive(Debug, Clone, PartialEq)]
pub struct Situation {
    /// "linux x86_64", with the system's own name when it has one.
    pub system: String,
    /// The renderer drawing the window.
    pub renderer: String,
    /// The language the window speaks (a tag: "de").
    pub language: String,
    /// The networks the last scan used ("eth0 192.168.1.0/24").
    pub networks: Vec<String>,
    /// Servers listed.
    pub servers: usize,
    /// The last scan, when one ended.
    pub last_scan: Option<LastScan>,
    /// Server mode's port and the requests it answered, while it runs.
    pub server_mode: Option<(u16, u64)>,
}

/// How the last scan ended.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LastScan {
    /// Stopped by the user.
    pub stopped: bool,
    /// How long it ran.
    pub secs: f64,
    /// It asked every address.
    pub every_address: bool,
}

/// The text "Copy details for a support request" puts on the clipboard:
/// English (whoever helps reads it), one fact a line.
pub fn support_details(facts: &Facts, now: &Situation) -> String {
    let networks = if now.networks.is_empty() {
        "none".to_string()
    } else {
        now.networks.join(", ")
    };
    let last_scan = match now.last_scan {
        None => "none yet".to_string(),
        Some(s) => format!(
            "{} after {:.1} s{}",
            if s.stopped { "stopped" } else { "finished" },
            s.secs,
            if s.every_address {
                " (every address asked)"
            } else {
                ""
            }
        ),
    };
    let server_mode = match now.server_mode {
        Some((port, answered)) => format!("on, port {port}, {answered} requests answered"),
        None => "off".to_string(),
    };
    [
        format!("LanScout {} (commit {})", facts.version, facts.commit),
        format!("System: {}", now.system),
        format!("Renderer: {}", now.renderer),
        format!("Language: {}", now.language),
        format!("Networks used: {networks}"),
        format!("Servers listed: {}", now.servers),
        format!("Last scan: {last_scan}"),
        format!("Server mode: {server_mode}"),
    ]
    .join("\n")
}

/// The system's own name ("Debian GNU/Linux 12 (bookworm)") when it says
/// it, with the platform Rust names.
pub fn system_name() -> String {
    let platform = format!("{} {}", std::env::consts::OS, std::env::consts::ARCH);
    let pretty = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|text| pretty_name(&text));
    match pretty {
        Some(name) => format!("{name} ({platform})"),
        None => platform,
    }
}

/// `PRETTY_NAME` of an os-release file.
fn pretty_name(os_release: &str) -> Option<String> {
    os_release.lines().find_map(|l| {
        let v = l.strip_prefix("PRETTY_NAME=")?;
        let v = v.trim().trim_matches('"').trim();
        (!v.is_empty()).then(|| v.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        Facts {
            version: "1.2.3".into(),
            commit: "abcdef1234".into(),
            notices: None,
            settings: PathBuf::from("/home/ann/.config/lanscout/settings.toml"),
            log: None,
            copied: false,
        }
    }

    fn situation(networks: &[&str]) -> Situation {
        Situation {
            system: "Debian GNU/Linux 12 (bookworm) (linux x86_64)".into(),
            renderer: "Vulkan (llvmpipe)".into(),
            language: "de".into(),
            networks: networks.iter().map(|s| s.to_string()).collect(),
            servers: 3,
            last_scan: Some(LastScan {
                stopped: false,
                secs: 2.04,
                every_address: false,
            }),
            server_mode: None,
        }
    }

    #[test]
    fn support_details_name_each_fact_on_its_own_line() {
        let text = support_details(
            &facts(),
            &situation(&["eth0 192.168.1.0/24", "wlan0 10.0.0.0/24"]),
        );
        assert_eq!(
            text,
            "LanScout 1.2.3 (commit abcdef1234)\n\
             System: Debian GNU/Linux 12 (bookworm) (linux x86_64)\n\
             Renderer: Vulkan (llvmpipe)\n\
             Language: de\n\
             Networks used: eth0 192.168.1.0/24, wlan0 10.0.0.0/24\n\
             Servers listed: 3\n\
             Last scan: finished after 2.0 s\n\
             Server mode: off"
        );
        let mut quiet = situation(&[]);
        quiet.last_scan = None;
        let none = support_details(&facts(), &quiet);
        assert!(none.contains("Networks used: none\n"), "{none}");
        assert!(none.contains("Last scan: none yet\n"), "{none}");
        let mut busy = situation(&[]);
        busy.last_scan = Some(LastScan {
            stopped: true,
            secs: 31.0,
            every_address: true,
        });
        busy.server_mode = Some((9999, 12));
        let busy = support_details(&facts(), &busy);
        assert!(
            busy.ends_with(
                "Last scan: stopped after 31.0 s (every address asked)\n\
                 Server mode: on, port 9999, 12 requests answered"
            ),
            "{busy}"
        );
        // The paths are the user's own (a name in the home folder): never copied.
        assert!(!text.contains("/home/ann"), "{text}");
    }

    #[test]
    fn the_systems_own_name_comes_from_os_release() {
        let cases = [
            (
                "NAME=Debian\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n",
                Some("Debian GNU/Linux 12 (bookworm)"),
            ),
            ("PRETTY_NAME=Fedora Linux 41\n", Some("Fedora Linux 41")),
            ("PRETTY_NAME=\"\"\n", None),
            ("NAME=Debian\n", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(pretty_name(text).as_deref(), want, "{text:?}");
        }
    }
}
