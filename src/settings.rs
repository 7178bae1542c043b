//! User settings: one serde struct stored as TOML, validation that names the
//! field and says what is wrong, and atomic load/save with a backup.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::discovery::{ScanConfig, DEFAULT_RCVBUF};
use crate::net::Target;
use crate::protocol::{self, Scheme};
use crate::responder::ResponderConfig;

/// Everything LanScout remembers between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Settings {
    /// How scans run.
    pub scan: ScanSettings,
    /// Server mode ("Also act as server").
    pub server: ServerSettings,
    /// Look of the window.
    pub ui: UiSettings,
}

/// Scan settings (the protocol values default to the stock ones).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScanSettings {
    /// Seconds a scan collects replies.
    pub timeout_secs: f64,
    /// Probe re-sends inside the window (at 0.5 s, 2 s, then doubling).
    pub retries: u32,
    /// UDP discovery port.
    pub port: u16,
    /// Request payload.
    pub message: String,
    /// Reply prefix.
    pub response_prefix: String,
    /// Web port assumed when a reply names none.
    pub default_web_port: u16,
    /// Scheme used to open servers.
    pub scheme: Scheme,
    /// Only these interfaces (exact names); empty means all.
    pub include_interfaces: Vec<String>,
    /// Never these interfaces (exact names).
    pub exclude_interfaces: Vec<String>,
    /// Servers added by hand (host, host:port), probed first on every scan.
    pub favourites: Vec<String>,
    /// Extra hosts and CIDR ranges probed by unicast.
    pub extra_targets: Vec<String>,
    /// Sweep every host of the used interfaces' subnets.
    pub sweep: bool,
    /// Sweep probes per second at most.
    pub sweep_rate: u32,
    /// Rescan periodically.
    pub auto_refresh: bool,
    /// Seconds between automatic scans.
    pub auto_refresh_secs: u32,
    /// Look up names and page titles of the servers found (one HTTP GET
    /// per server, a name lookup, the neighbour table).
    pub lookup_details: bool,
}

impl Default for ScanSettings {
    fn default() -> Self {
        ScanSettings {
            timeout_secs: protocol::DEFAULT_TIMEOUT_SECS,
            retries: 2,
            port: protocol::DEFAULT_PORT,
            message: protocol::DEFAULT_MESSAGE.into(),
            response_prefix: protocol::DEFAULT_PREFIX.into(),
            default_web_port: protocol::DEFAULT_WEB_PORT,
            scheme: Scheme::Http,
            include_interfaces: Vec::new(),
            exclude_interfaces: Vec::new(),
            favourites: Vec::new(),
            extra_targets: Vec::new(),
            sweep: false,
            sweep_rate: 2000,
            auto_refresh: false,
            auto_refresh_secs: 30,
            lookup_details: true,
        }
    }
}

/// Server-mode settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServerSettings {
    /// Start server mode with the app.
    pub enabled: bool,
    /// UDP port to listen on.
    pub port: u16,
    /// Web port to advertise.
    pub web_port: u16,
    /// Largest request read, in bytes.
    pub buffer_size: usize,
    /// Answer only requesters reached through this interface ("" = any).
    pub interface: String,
    /// Answer only requesters on this computer's subnets.
    pub local_only: bool,
}

impl Default for ServerSettings {
    fn default() -> Self {
        ServerSettings {
            enabled: false,
            port: protocol::DEFAULT_PORT,
            web_port: protocol::DEFAULT_WEB_PORT,
            buffer_size: protocol::DEFAULT_REQUEST_BUFFER,
            interface: String::new(),
            local_only: false,
        }
    }
}

/// Colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// Window settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct UiSettings {
    /// Colour theme.
    pub theme: Theme,
}

/// A setting that is not acceptable, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The setting's path, as in the file (`scan.port`).
    pub field: &'static str,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// All problems in one line, `field: what is wrong; ...`.
pub fn describe_errors(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Parsers for single fields, shared by validation, the CLI and the
/// settings dialog (which validates as the user types).
pub mod field {
    use super::*;

    /// Scan timeout in seconds: 0.1 to 600.
    pub fn timeout(text: &str) -> Result<f64, String> {
        let v: f64 = text
            .trim()
            .parse()
            .map_err(|_| format!("{:?} is not a number of seconds", text.trim()))?;
        check_timeout(v)
    }

    /// Range check for a timeout.
    pub fn check_timeout(v: f64) -> Result<f64, String> {
        if v.is_finite() && (0.1..=600.0).contains(&v) {
            Ok(v)
        } else {
            Err("must be between 0.1 and 600 seconds".into())
        }
    }

    /// A UDP or TCP port: 1 to 65535.
    pub fn port(text: &str) -> Result<u16, String> {
        let t = text.trim();
        if t.is_empty() {
            return Err("enter a port number (1-65535)".into());
        }
        match t.parse::<u32>() {
            Ok(p) if (1..=65535).contains(&p) && t.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(p as u16)
            }
            Ok(_) => Err("must be between 1 and 65535".into()),
            Err(_) => Err(format!("{t:?} is not a port number (1-65535)")),
        }
    }

    /// Retries: 0 to 10.
    pub fn retries(text: &str) -> Result<u32, String> {
        let v: u32 = text
            .trim()
            .parse()
            .map_err(|_| format!("{:?} is not a whole number", text.trim()))?;
        check_retries(v)
    }

    /// Range check for retries.
    pub fn check_retries(v: u32) -> Result<u32, String> {
        if v <= 10 {
            Ok(v)
        } else {
            Err("must be between 0 and 10".into())
        }
    }

    /// Sweep rate in probes per second: 1 to 50 000.
    pub fn sweep_rate(text: &str) -> Result<u32, String> {
        let v: u32 = text.trim().parse().map_err(|_| {
            format!(
                "{:?} is not a whole number of probes per second",
                text.trim()
            )
        })?;
        check_sweep_rate(v)
    }

    /// Range check for the sweep rate.
    pub fn check_sweep_rate(v: u32) -> Result<u32, String> {
        if (1..=50_000).contains(&v) {
            Ok(v)
        } else {
            Err("must be between 1 and 50000 probes per second".into())
        }
    }

    /// The request message: 1 to 1024 bytes of UTF-8, not only white space.
    pub fn message(text: &str) -> Result<String, String> {
        if text.trim().is_empty() {
            Err("must not be empty".into())
        } else if text.len() > protocol::DEFAULT_REQUEST_BUFFER {
            Err(format!("is {} bytes long; at most 1024", text.len()))
        } else {
            Ok(text.to_string())
        }
    }

    /// The reply prefix: 1 to 256 bytes, not only white space.
    pub fn prefix(text: &str) -> Result<String, String> {
        if text.trim().is_empty() {
            Err("must not be empty".into())
        } else if text.len() > 256 {
            Err(format!("is {} bytes long; at most 256", text.len()))
        } else {
            Ok(text.to_string())
        }
    }

    /// One target (`host`, `host:port`, `a.b.c.d/nn`).
    pub fn target(text: &str) -> Result<Target, String> {
        text.parse::<Target>().map_err(|e| e.to_string())
    }

    /// A list of targets, one per line or separated by commas.
    pub fn targets(text: &str) -> Result<Vec<String>, String> {
        let items = split_list(text);
        for item in &items {
            target(item)?;
        }
        Ok(items)
    }

    /// An interface name: not empty, no white space or commas.
    pub fn interface_name(text: &str) -> Result<String, String> {
        let t = text.trim();
        if t.is_empty() {
            Err("interface name is empty".into())
        } else if t.chars().any(|c| c.is_whitespace() || c == ',') || t.len() > 64 {
            Err(format!("{t:?} is not an interface name"))
        } else {
            Ok(t.to_string())
        }
    }

    /// Seconds between automatic scans: 5 to 3600.
    pub fn check_auto_refresh(v: u32) -> Result<u32, String> {
        if (5..=3600).contains(&v) {
            Ok(v)
        } else {
            Err("must be between 5 and 3600 seconds".into())
        }
    }

    /// Splits a list typed as lines or comma-separated items.
    pub fn split_list(text: &str) -> Vec<String> {
        text.split(['\n', ','])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }
}

impl Settings {
    /// Every problem with these settings (empty when valid).
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut check = |field: &'static str, r: Result<(), String>| {
            if let Err(message) = r {
                errors.push(FieldError { field, message });
            }
        };
        let s = &self.scan;
        check(
            "scan.timeout_secs",
            field::check_timeout(s.timeout_secs).map(drop),
        );
        check("scan.retries", field::check_retries(s.retries).map(drop));
        check("scan.port", nonzero(s.port));
        check("scan.message", field::message(&s.message).map(drop));
        check(
            "scan.response_prefix",
            field::prefix(&s.response_prefix).map(drop),
        );
        check("scan.default_web_port", nonzero(s.default_web_port));
        check(
            "scan.sweep_rate",
            field::check_sweep_rate(s.sweep_rate).map(drop),
        );
        check(
            "scan.auto_refresh_secs",
            field::check_auto_refresh(s.auto_refresh_secs).map(drop),
        );
        check(
            "scan.favourites",
            each(&s.favourites, |t| field::target(t).map(drop)),
        );
        check(
            "scan.extra_targets",
            each(&s.extra_targets, |t| field::target(t).map(drop)),
        );
        check(
            "scan.include_interfaces",
            each(&s.include_interfaces, |n| {
                field::interface_name(n).map(drop)
            }),
        );
        check(
            "scan.exclude_interfaces",
            each(&s.exclude_interfaces, |n| {
                field::interface_name(n).map(drop)
            }),
        );
        let v = &self.server;
        check("server.port", nonzero(v.port));
        check("server.web_port", nonzero(v.web_port));
        check(
            "server.buffer_size",
            if (16..=65507).contains(&v.buffer_size) && v.buffer_size >= s.message.len() {
                Ok(())
            } else {
                Err(format!(
                    "must be between 16 and 65507 bytes and hold the message ({} bytes)",
                    s.message.len()
                ))
            },
        );
        if !v.interface.is_empty() {
            check(
                "server.interface",
                field::interface_name(&v.interface).map(drop),
            );
        }
        errors
    }

    /// The scan these settings describe.
    pub fn scan_config(&self) -> Result<ScanConfig, Vec<FieldError>> {
        let errors = self.validate();
        if !errors.is_empty() {
            return Err(errors);
        }
        let s = &self.scan;
        let targets = s
            .favourites
            .iter()
            .chain(&s.extra_targets)
            .filter_map(|t| t.parse().ok())
            .collect();
        Ok(ScanConfig {
            port: s.port,
            message: s.message.as_bytes().to_vec(),
            prefix: s.response_prefix.as_bytes().to_vec(),
            timeout: Duration::from_secs_f64(s.timeout_secs),
            retries: s.retries,
            default_web_port: s.default_web_port,
            scheme: s.scheme,
            include: s.include_interfaces.clone(),
            exclude: s.exclude_interfaces.clone(),
            targets,
            sweep: s.sweep,
            sweep_rate: s.sweep_rate,
            broadcast: true,
            rcvbuf: DEFAULT_RCVBUF,
            details: s.lookup_details,
        })
    }

    /// The server mode these settings describe.
    pub fn responder_config(&self) -> Result<ResponderConfig, Vec<FieldError>> {
        let errors = self.validate();
        if !errors.is_empty() {
            return Err(errors);
        }
        let v = &self.server;
        Ok(ResponderConfig {
            port: v.port,
            message: self.scan.message.as_bytes().to_vec(),
            prefix: self.scan.response_prefix.as_bytes().to_vec(),
            web_port: v.web_port,
            buffer_size: v.buffer_size,
            local_only: v.local_only,
            rate_limit: true,
            interface: (!v.interface.is_empty()).then(|| v.interface.clone()),
        })
    }

    /// Serialises to TOML; an error rather than an empty text, so a save
    /// can never replace a good file with nothing.
    pub fn to_toml(&self) -> Result<String, String> {
        toml::to_string_pretty(self).map_err(|e| format!("cannot write the settings as TOML: {e}"))
    }

    /// Parses and validates TOML text.
    pub fn from_toml(text: &str) -> Result<Settings, String> {
        let s: Settings = toml::from_str(text).map_err(|e| match e.span() {
            Some(span) => {
                let line = 1 + text[..span.start.min(text.len())].matches('\n').count();
                format!("line {line}: {}", e.message().trim())
            }
            None => e.message().trim().to_string(),
        })?;
        let errors = s.validate();
        if errors.is_empty() {
            Ok(s)
        } else {
            Err(errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; "))
        }
    }
}

fn nonzero(port: u16) -> Result<(), String> {
    if port == 0 {
        Err("must be between 1 and 65535".into())
    } else {
        Ok(())
    }
}

fn each(items: &[String], f: impl Fn(&str) -> Result<(), String>) -> Result<(), String> {
    items.iter().try_for_each(|i| f(i))
}

/// What happened when settings were loaded, beyond the settings themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNotice {
    /// The file could not be used; it was renamed to `moved_to`.
    KeptAside {
        /// Where the unreadable file is now.
        moved_to: PathBuf,
        /// Why it could not be used.
        reason: String,
    },
    /// The file could not be used, nor moved aside.
    Unusable {
        /// Why it could not be used.
        reason: String,
    },
}

impl fmt::Display for LoadNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadNotice::KeptAside { moved_to, reason } => write!(
                f,
                "the settings file could not be read ({reason}); it was kept as {} and defaults are used",
                moved_to.display()
            ),
            LoadNotice::Unusable { reason } => {
                write!(f, "the settings file could not be read ({reason}); defaults are used")
            }
        }
    }
}

/// Result of loading: settings to use, and a notice if the file was bad.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The settings (defaults when the file was missing or bad).
    pub settings: Settings,
    /// Set when the file existed but could not be used.
    pub notice: Option<LoadNotice>,
}

/// Where settings live on disk, and how they are read and written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsStore {
    path: PathBuf,
}

impl SettingsStore {
    /// The platform location: on Linux `$XDG_CONFIG_HOME/lanscout/settings.toml`
    /// (default `~/.config/lanscout/settings.toml`).
    pub fn default_location() -> Option<SettingsStore> {
        let dirs = directories::ProjectDirs::from("", "", "lanscout")?;
        Some(SettingsStore::at(dirs.config_dir().join("settings.toml")))
    }

    /// A store at an explicit file path.
    pub fn at(path: impl Into<PathBuf>) -> SettingsStore {
        SettingsStore { path: path.into() }
    }

    /// The settings file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The backup of the previous file, written by [`SettingsStore::save`].
    pub fn backup_path(&self) -> PathBuf {
        with_suffix(&self.path, ".bak")
    }

    /// Loads settings. A missing file gives defaults; an unreadable or
    /// invalid one is renamed aside and defaults are used, with a notice.
    pub fn load(&self) -> Loaded {
        let reason = match fs::read(&self.path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Loaded {
                    settings: Settings::default(),
                    notice: None,
                };
            }
            Err(e) => e.to_string(),
            Ok(bytes) => match String::from_utf8(bytes) {
                Err(_) => "it is not UTF-8 text".to_string(),
                // A crash can leave an empty file: worth a word, not silence.
                Ok(text) if text.trim().is_empty() => "it is empty".to_string(),
                Ok(text) => match Settings::from_toml(&text) {
                    Ok(settings) => {
                        return Loaded {
                            settings,
                            notice: None,
                        }
                    }
                    Err(e) => e.trim().replace('\n', " "),
                },
            },
        };
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        // Never overwrite a file kept aside earlier.
        let aside = (0..)
            .map(|n| match n {
                0 => with_suffix(&self.path, &format!(".unreadable-{stamp}")),
                n => with_suffix(&self.path, &format!(".unreadable-{stamp}-{n}")),
            })
            .find(|p| !p.exists())
            .unwrap_or_else(|| with_suffix(&self.path, ".unreadable"));
        let notice = match fs::rename(&self.path, &aside) {
            Ok(()) => LoadNotice::KeptAside {
                moved_to: aside,
                reason,
            },
            Err(e) => LoadNotice::Unusable {
                reason: format!("{reason}; moving it aside failed: {e}"),
            },
        };
        Loaded {
            settings: Settings::default(),
            notice: Some(notice),
        }
    }

    /// Saves atomically: writes a temporary file, syncs it, keeps the
    /// previous file as `.bak`, then renames the new one into place.
    pub fn save(&self, settings: &Settings) -> io::Result<()> {
        let errors = settings.validate();
        if let Some(e) = errors.first() {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, e.to_string()));
        }
        let dir = self.path.parent().filter(|p| !p.as_os_str().is_empty());
        if let Some(dir) = dir {
            fs::create_dir_all(dir)?;
        }
        let text = settings
            .to_toml()
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        let tmp = with_suffix(&self.path, &format!(".tmp-{}", std::process::id()));
        let written = (|| {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(text.as_bytes())?;
            f.sync_all()
        })();
        if let Err(e) = written {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
        if self.path.exists() {
            fs::copy(&self.path, self.backup_path())?;
        }
        fs::rename(&tmp, &self.path)?;
        #[cfg(unix)]
        if let Some(dir) = dir {
            fs::File::open(dir)?.sync_all()?;
        }
        self.remove_stale_temporaries();
        Ok(())
    }

    /// Temporary files of saves that were killed halfway (older than a
    /// minute, so never another process's save in progress).
    fn remove_stale_temporaries(&self) {
        let (Some(dir), Some(name)) = (self.path.parent(), self.path.file_name()) else {
            return;
        };
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        let prefix = format!("{}.tmp-", name.to_string_lossy());
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let stale = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > Duration::from_secs(60));
            if stale && entry.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_removes_temporaries_of_killed_saves_but_not_fresh_ones() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("settings.toml");
        let old = dir.path().join("settings.toml.tmp-999999");
        let fresh = dir.path().join("settings.toml.tmp-999998");
        for p in [&old, &fresh] {
            fs::write(p, "half a file").expect("write");
        }
        let long_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
        fs::File::options()
            .write(true)
            .open(&old)
            .and_then(|f| f.set_modified(long_ago))
            .expect("set mtime");
        SettingsStore::at(&path)
            .save(&Settings::default())
            .expect("save");
        assert!(!old.exists(), "stale temporary removed");
        assert!(fresh.exists(), "a save in progress elsewhere is left alone");
    }

    #[test]
    fn defaults_are_the_stock_protocol_values() {
        let s = Settings::default();
        assert_eq!(s.scan.port, 9999);
        assert_eq!(s.scan.message, "DISCOVER_SERVER");
        assert_eq!(s.scan.response_prefix, "SERVER_IP:");
        assert_eq!(s.scan.timeout_secs, 5.0);
        assert_eq!(s.scan.default_web_port, 8000);
        assert_eq!(s.scan.retries, 2);
        assert_eq!(s.server.buffer_size, 1024);
        assert_eq!(s.server.web_port, 8000);
        assert!(s.validate().is_empty());
    }

    #[test]
    fn validation_names_the_field() {
        let mut s = Settings::default();
        s.scan.port = 0;
        s.scan.timeout_secs = -1.0;
        s.scan.message = String::new();
        s.scan.extra_targets = vec!["10.0.0.0/8".into()];
        s.server.buffer_size = 4;
        let fields: Vec<&str> = s.validate().iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "scan.timeout_secs",
                "scan.port",
                "scan.message",
                "scan.extra_targets",
                "server.buffer_size"
            ]
        );
        assert!(s.scan_config().is_err());
    }

    #[test]
    fn field_parsers_explain() {
        assert_eq!(field::port("8080"), Ok(8080));
        assert!(field::port("0").unwrap_err().contains("1 and 65535"));
        assert!(field::port("99999").unwrap_err().contains("1 and 65535"));
        assert!(field::port("abc").unwrap_err().contains("not a port"));
        assert!(field::port("+80").is_err());
        assert_eq!(field::timeout(" 2.5 "), Ok(2.5));
        assert!(field::timeout("0").is_err());
        assert!(field::timeout("NaN").is_err());
        assert!(field::retries("11").is_err());
        assert!(field::sweep_rate("0").is_err());
        assert_eq!(
            field::targets("10.0.0.1, 10.0.1.0/24\nnas:7000").map(|v| v.len()),
            Ok(3)
        );
        assert!(field::targets("10.0.0.1, bad host").is_err());
    }

    #[test]
    fn toml_round_trip() {
        let mut s = Settings::default();
        s.scan.timeout_secs = 2.5;
        s.scan.extra_targets = vec!["192.168.7.0/24".into(), "nas.lan:9998".into()];
        s.scan.include_interfaces = vec!["eth0".into()];
        s.scan.scheme = Scheme::Https;
        s.server.enabled = true;
        s.server.interface = "eth0".into();
        s.ui.theme = Theme::Dark;
        let text = s.to_toml().expect("serialises");
        assert_eq!(Settings::from_toml(&text), Ok(s));
        // Missing fields take defaults; unknown ones are ignored.
        let partial = Settings::from_toml("[scan]\nport = 7777\nfuture = 1\n").expect("partial");
        assert_eq!(partial.scan.port, 7777);
        assert_eq!(partial.scan.message, "DISCOVER_SERVER");
    }

    #[test]
    fn save_is_atomic_with_backup_and_load_keeps_bad_files_aside() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = SettingsStore::at(dir.path().join("sub/settings.toml"));
        assert_eq!(store.load().notice, None);
        let mut s = Settings::default();
        s.scan.port = 7000;
        store.save(&s).expect("save");
        s.scan.port = 7001;
        store.save(&s).expect("save again");
        assert_eq!(store.load().settings.scan.port, 7001);
        let backup = fs::read_to_string(store.backup_path()).expect("backup");
        assert!(backup.contains("7000"));

        let mut bad = s.clone();
        bad.scan.port = 0;
        assert!(store.save(&bad).is_err(), "invalid settings are refused");

        fs::write(store.path(), "[scan\nport = ").expect("write junk");
        let loaded = store.load();
        assert_eq!(loaded.settings, Settings::default());
        let why = loaded
            .notice
            .as_ref()
            .map(|n| n.to_string())
            .unwrap_or_default();
        assert!(why.contains("line 1") && !why.contains('\n'), "{why}");
        match loaded.notice {
            Some(LoadNotice::KeptAside { moved_to, .. }) => {
                assert_eq!(
                    fs::read_to_string(moved_to).expect("kept"),
                    "[scan\nport = "
                );
            }
            other => panic!("expected KeptAside, got {other:?}"),
        }
        assert!(!store.path().exists());

        fs::write(store.path(), "[scan]\nport = 0\n").expect("write invalid");
        let loaded = store.load();
        assert!(loaded
            .notice
            .map(|n| n.to_string())
            .unwrap_or_default()
            .contains("scan.port"));

        fs::write(store.path(), [0xff, 0xfe, 0x00]).expect("write binary");
        assert!(store.load().notice.is_some());
        let kept = fs::read_dir(dir.path().join("sub"))
            .expect("list")
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains(".unreadable-"))
            .count();
        assert_eq!(kept, 3, "each unreadable file is kept, none overwritten");
    }
}
