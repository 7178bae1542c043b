//! User settings: one serde struct stored as TOML, validation that names the
//! field and says what is wrong, and atomic load/save with a backup.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::net::Target;
use crate::protocol::{self, Scheme};

/// Everything LanScout remembers between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Settings {
    /// The discovery protocol's words, shared by scans and server mode.
    pub protocol: ProtocolSettings,
    /// How scans run.
    pub scan: ScanSettings,
    /// Server mode ("Also act as server").
    pub server: ServerSettings,
    /// Look of the window.
    pub ui: UiSettings,
    /// What each favourite is called, keyed by its entry in
    /// `scan.favourites` (`host` or `host:port`): kept with the favourites,
    /// so a settings file carries both and removing one removes the other.
    pub favourite_names: BTreeMap<String, FavouriteName>,
}

/// The names of one favourite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct FavouriteName {
    /// The name the user gave it (shown before any looked-up name).
    pub label: Option<String>,
    /// Its page title when last looked up.
    pub title: Option<String>,
    /// Its host name when last looked up.
    pub hostname: Option<String>,
    /// Its hardware maker when last looked up.
    pub vendor: Option<String>,
}

impl FavouriteName {
    /// The name its last lookup found: title, else host name, else maker.
    pub fn looked_up(&self) -> Option<&str> {
        crate::details::best_name(
            self.title.as_deref(),
            self.hostname.as_deref(),
            self.vendor.as_deref(),
        )
    }

    /// The name shown for it: the user's, else the looked-up one.
    pub fn shown(&self) -> Option<&str> {
        self.label.as_deref().or_else(|| self.looked_up())
    }

    /// Takes the names a lookup found; false when nothing changed (or it
    /// found none: an earlier name is kept rather than lost).
    pub fn record_lookup(&mut self, d: &crate::details::Details) -> bool {
        let found = (d.title.clone(), d.hostname.clone(), d.vendor.clone());
        if d.name().is_none()
            || (
                self.title.clone(),
                self.hostname.clone(),
                self.vendor.clone(),
            ) == found
        {
            return false;
        }
        (self.title, self.hostname, self.vendor) = found;
        true
    }
}

/// Longest name a user may give a favourite, in characters.
pub const MAX_LABEL_CHARS: usize = 200;

/// The request and reply words of the protocol (the stock ones by default):
/// a scan sends the message and reads replies that start with the prefix;
/// server mode answers the message with the prefix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProtocolSettings {
    /// Request payload.
    pub message: String,
    /// Reply prefix.
    pub response_prefix: String,
}

impl Default for ProtocolSettings {
    fn default() -> Self {
        ProtocolSettings {
            message: protocol::DEFAULT_MESSAGE.into(),
            response_prefix: protocol::DEFAULT_PREFIX.into(),
        }
    }
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
    /// Hours after which the window forgets a server that has not answered
    /// (favourites never); 0 keeps every server.
    pub forget_after_hours: u32,
    /// Look up names and page titles of the servers found (one HTTP GET
    /// per server, a name lookup, the neighbour table).
    pub lookup_details: bool,
    /// Ask the local link for names over mDNS when the resolver has none
    /// (one multicast query per server on a local subnet).
    pub names_over_mdns: bool,
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
            forget_after_hours: 24,
            lookup_details: true,
            names_over_mdns: true,
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
    /// The window's language: `system` or a catalogue's tag (`de`, `pt-BR`).
    pub language: String,
    /// Start LanScout (minimised) when the user logs in.
    pub start_at_login: bool,
    /// Closing the window keeps LanScout running in the tray (where the
    /// desktop has one; without a tray, closing always quits).
    pub run_in_background: bool,
}

impl Default for UiSettings {
    fn default() -> Self {
        UiSettings {
            theme: Theme::default(),
            notifications: true,
            language: crate::i18n::SYSTEM.to_string(),
            start_at_login: false,
            run_in_background: true,
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

pub mod catalog;
pub mod field;
mod store;

pub use store::{LoadNotice, Loaded, SettingsStore};

impl Settings {
    /// Every problem with these settings (empty when valid): each
    /// setting's own rule is its catalogue entry's parser (what the dialog
    /// and the command line refuse, with the same words), applied to the
    /// value as the entry shows it; then the rules between fields.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors: Vec<FieldError> = catalog::ALL
            .iter()
            .filter_map(|setting| {
                let mut scratch = self.clone();
                let shown = (setting.show)(self);
                let message = (setting.set)(&mut scratch, &shown).err()?;
                Some(FieldError {
                    field: setting.key,
                    message,
                })
            })
            .collect();
        errors.extend(self.rules_between_fields());
        errors
    }

    /// The rules that involve more than one setting, or data that is not
    /// a setting (the favourites' names).
    fn rules_between_fields(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let message = self.protocol.message.len();
        if self.server.buffer_size < message {
            errors.push(FieldError {
                field: catalog::SERVER_BUFFER.key,
                message: crate::tr!("field-buffer-holds-message", bytes = message),
            });
        }
        let names = self
            .favourite_names
            .iter()
            .filter_map(|(entry, n)| Some((entry, n.label.as_deref()?)))
            .try_for_each(|(entry, label)| {
                field::label(label)
                    .map(drop)
                    .map_err(|e| format!("{entry}: {e}"))
            });
        if let Err(message) = names {
            errors.push(FieldError {
                field: "favourite_names",
                message,
            });
        }
        errors
    }

    /// Drops the names of entries that are no longer favourites (removed
    /// in the window or by hand in the file).
    pub fn forget_names_of_removed_favourites(&mut self) {
        let kept: std::collections::HashSet<&str> =
            self.scan.favourites.iter().map(|f| f.trim()).collect();
        self.favourite_names
            .retain(|entry, _| kept.contains(entry.as_str()));
    }

    /// Takes favourite names kept by older versions with the window
    /// (eframe storage) for the favourites that have none here yet; true
    /// when anything was taken.
    pub fn adopt_window_names(
        &mut self,
        looked_up: &BTreeMap<String, FavouriteName>,
        labels: &BTreeMap<String, String>,
    ) -> bool {
        let mut changed = false;
        for entry in self.scan.favourites.iter().map(|f| f.trim().to_string()) {
            let name = self.favourite_names.entry(entry.clone()).or_default();
            if name.looked_up().is_none() {
                if let Some(old) = looked_up.get(&entry).filter(|o| o.looked_up().is_some()) {
                    (name.title, name.hostname, name.vendor) =
                        (old.title.clone(), old.hostname.clone(), old.vendor.clone());
                    changed = true;
                }
            }
            if name.label.is_none() {
                if let Some(label) = labels.get(&entry).filter(|l| field::label(l).is_ok()) {
                    name.label = Some(label.trim().to_string());
                    changed = true;
                }
            }
        }
        self.favourite_names
            .retain(|_, n| *n != FavouriteName::default());
        changed
    }

    /// Serialises to TOML; an error rather than an empty text, so a save
    /// can never replace a good file with nothing.
    pub fn to_toml(&self) -> Result<String, String> {
        toml::to_string_pretty(self).map_err(|e| format!("cannot write the settings as TOML: {e}"))
    }

    /// Parses and validates TOML text (as every release since 0.1.0 wrote it).
    pub fn from_toml(text: &str) -> Result<Settings, String> {
        let mut s: Settings =
            toml::from_str(text).map_err(|e: toml::de::Error| match e.span() {
                Some(span) => {
                    let line = 1 + text[..span.start.min(text.len())].matches('\n').count();
                    format!("line {line}: {}", e.message().trim())
                }
                None => e.message().trim().to_string(),
            })?;
        s.forget_names_of_removed_favourites();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What tests/fixtures/settings-0.1.0.toml holds: every setting away
    /// from its default, as release 0.1.0 saved it (that file was written
    /// by 0.1.0's own `to_toml`, and is never regenerated).
    fn saved_by_0_1_0() -> Settings {
        let mut s = Settings::default();
        s.protocol.message = "FIND_LAB".into();
        s.protocol.response_prefix = "LAB_AT:".into();
        s.scan.timeout_secs = 3.5;
        s.scan.retries = 4;
        s.scan.port = 9876;
        s.scan.default_web_port = 8080;
        s.scan.scheme = Scheme::Https;
        s.scan.include_interfaces = vec!["eth0".into()];
        s.scan.exclude_interfaces = vec!["docker0".into()];
        s.scan.favourites = vec!["192.168.1.20".into(), "nas.local:9999".into()];
        s.scan.extra_targets = vec!["10.1.2.0/24".into()];
        s.scan.sweep = true;
        s.scan.sweep_rate = 500;
        s.scan.auto_refresh = true;
        s.scan.auto_refresh_secs = 45;
        s.scan.forget_after_hours = 48;
        s.scan.lookup_details = false;
        s.scan.names_over_mdns = false;
        s.scan.dns_sd = true;
        s.scan.fallback = false;
        s.server.enabled = true;
        s.server.port = 9877;
        s.server.web_port = 8443;
        s.server.buffer_size = 2048;
        s.server.interface = "eth0".into();
        s.server.local_only = true;
        s.ui.theme = Theme::Dark;
        s.ui.notifications = false;
        s.ui.language = "de".into();
        s.favourite_names.insert(
            "192.168.1.20".into(),
            FavouriteName {
                label: Some("Lab NAS".into()),
                title: Some("Synology DiskStation".into()),
                hostname: Some("nas".into()),
                vendor: Some("Synology Incorporated".into()),
            },
        );
        s
    }

    /// An upgrade keeps what the user set: 0.1.0's file is read whole, and
    /// saving it again keeps every key and value it had.
    #[test]
    fn a_settings_file_saved_by_release_0_1_0_is_read_whole() {
        let text = include_str!("../../tests/fixtures/settings-0.1.0.toml");
        let loaded = Settings::from_toml(text).expect("0.1.0's settings load");
        assert_eq!(loaded, saved_by_0_1_0());
        assert!(loaded.validate().is_empty(), "{:?}", loaded.validate());
        let old: toml::Table = text.parse().expect("TOML");
        let resaved: toml::Table = loaded.to_toml().expect("save").parse().expect("TOML");
        for (section, values) in &old {
            let now = resaved.get(section).and_then(|v| v.as_table());
            let (Some(values), Some(now)) = (values.as_table(), now) else {
                panic!("[{section}] is not a table");
            };
            for (key, value) in values {
                assert_eq!(now.get(key), Some(value), "{section}.{key}");
            }
        }
    }

    #[test]
    fn defaults_are_the_stock_protocol_values() {
        let s = Settings::default();
        assert_eq!(s.scan.port, 9999);
        assert_eq!(s.protocol.message, "DISCOVER_SERVER");
        assert_eq!(s.protocol.response_prefix, "SERVER_IP:");
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
        s.protocol.message = String::new();
        s.scan.extra_targets = vec!["10.0.0.0/8".into()];
        s.server.buffer_size = 4;
        let fields: Vec<&str> = s.validate().iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "scan.timeout_secs",
                "scan.port",
                "protocol.message",
                "scan.extra_targets",
                "server.buffer_size"
            ]
        );
        assert!(crate::discovery::ScanConfig::try_from(&s).is_err());
    }

    #[test]
    fn the_request_buffer_is_in_range_and_holds_the_message() {
        let with = |buffer: usize, message_len: usize| {
            let mut s = Settings::default();
            s.server.buffer_size = buffer;
            s.protocol.message = "D".repeat(message_len);
            s.validate()
                .into_iter()
                .map(|e| (e.field, e.message))
                .collect::<Vec<_>>()
        };
        let range = "must be between 16 and 65507 bytes".to_string();
        for (buffer, message_len, want) in [
            (16, 15, vec![]),
            (16, 16, vec![]),
            (65507, 100, vec![]),
            (15, 10, vec![("server.buffer_size", range.clone())]),
            (65508, 10, vec![("server.buffer_size", range.clone())]),
            (
                20,
                21,
                vec![(
                    "server.buffer_size",
                    "must hold the message (21 bytes)".into(),
                )],
            ),
        ] {
            assert_eq!(with(buffer, message_len), want, "{buffer} / {message_len}");
        }
    }

    #[test]
    fn favourite_names_live_with_the_favourites() {
        let text = "[scan]\nfavourites = [\"10.0.0.5\"]\n\n\
            [favourite_names.\"10.0.0.5\"]\nlabel = \"Lab NAS\"\ntitle = \"Synology\"\n\n\
            [favourite_names.\"10.0.0.9\"]\nlabel = \"removed by hand\"\n";
        let s = Settings::from_toml(text).expect("valid");
        assert_eq!(s.favourite_names.len(), 1, "the orphan name is dropped");
        let name = &s.favourite_names["10.0.0.5"];
        assert_eq!(
            (name.shown(), name.looked_up()),
            (Some("Lab NAS"), Some("Synology"))
        );
        let again = Settings::from_toml(&s.to_toml().expect("toml")).expect("round trip");
        assert_eq!(again, s);

        let mut long = s.clone();
        long.favourite_names
            .get_mut("10.0.0.5")
            .expect("name")
            .label = Some("x".repeat(MAX_LABEL_CHARS + 1));
        let fields: Vec<&str> = long.validate().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["favourite_names"]);
    }

    #[test]
    fn names_kept_by_the_window_are_adopted_once_for_favourites_only() {
        let mut s = Settings::default();
        s.scan.favourites = vec!["10.0.0.5".into(), "10.0.0.6:9998".into()];
        s.favourite_names.insert(
            "10.0.0.6:9998".into(),
            FavouriteName {
                label: Some("mine".into()),
                ..Default::default()
            },
        );
        let looked_up = BTreeMap::from([
            (
                "10.0.0.5".to_string(),
                FavouriteName {
                    hostname: Some("nas".into()),
                    ..Default::default()
                },
            ),
            (
                "10.0.0.7".to_string(),
                FavouriteName {
                    hostname: Some("gone".into()),
                    ..Default::default()
                },
            ),
        ]);
        let labels = BTreeMap::from([
            ("10.0.0.5".to_string(), "Lab NAS".to_string()),
            ("10.0.0.6:9998".to_string(), "older".to_string()),
        ]);
        assert!(s.adopt_window_names(&looked_up, &labels));
        let shown: Vec<(&str, Option<&str>)> = s
            .favourite_names
            .iter()
            .map(|(e, n)| (e.as_str(), n.shown()))
            .collect();
        assert_eq!(
            shown,
            [
                ("10.0.0.5", Some("Lab NAS")),
                ("10.0.0.6:9998", Some("mine"))
            ]
        );
        assert_eq!(s.favourite_names["10.0.0.5"].looked_up(), Some("nas"));
        assert!(
            !s.adopt_window_names(&looked_up, &labels),
            "nothing new the second time"
        );
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
        assert_eq!(partial.protocol.message, "DISCOVER_SERVER");
    }
}
