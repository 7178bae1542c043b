//! User settings: one serde struct stored as TOML, validation that names the
//! field and says what is wrong, and atomic load/save with a backup.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::discovery::ScanConfig;
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
    /// Ask the local link for names over mDNS when the resolver has none
    /// (one multicast query per server on a local subnet).
    pub mdns: bool,
    /// Also list web servers that announce themselves over DNS-SD
    /// (`_http._tcp`, `_https._tcp`; mDNS queries to the local links).
    pub dns_sd: bool,
    /// When a broadcast brings no reply on an interface, ask the hosts of
    /// its /24 one by one (a desktop firewall drops replies to a
    /// broadcast, not to a unicast probe).
    pub fallback: bool,
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
            mdns: true,
            dns_sd: false,
            fallback: true,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UiSettings {
    /// Colour theme.
    pub theme: Theme,
    /// A desktop notification when a server appears while the window is
    /// in the background with auto-refresh on.
    pub notifications: bool,
}

impl Default for UiSettings {
    fn default() -> Self {
        UiSettings {
            theme: Theme::default(),
            notifications: true,
        }
    }
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

pub mod field;
mod store;

pub use store::{LoadNotice, Loaded, SettingsStore};

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
        ScanConfig::try_from(self)
    }

    /// The server mode these settings describe.
    pub fn responder_config(&self) -> Result<ResponderConfig, Vec<FieldError>> {
        ResponderConfig::try_from(self)
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
