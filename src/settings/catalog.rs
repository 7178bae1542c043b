//! Every setting described once: its key in the file, the label and help
//! the dialog shows, how the dialog edits it, its command-line flag (or why
//! it has none), and how its text is shown and parsed. The settings dialog
//! and the command line are built from this table (ripgrep's flag
//! definitions are the model); a test holds it complete against the
//! [`Settings`] struct.
//!
//! A setting's value is edited as text everywhere (the dialog's fields, a
//! flag's value): `show` writes it, `set` parses and validates it with the
//! field parser, so the dialog and the CLI refuse the same values with the
//! same words.

use super::field;
use super::{Settings, Theme};

/// A subcommand a flag belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sub {
    /// `lanscout scan`.
    Scan,
    /// `lanscout serve`.
    Serve,
    /// `lanscout interfaces`.
    Interfaces,
}

/// A setting's command-line flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    /// `--name VALUE`, replacing the file's value.
    Value {
        /// Long name, without dashes.
        name: &'static str,
        /// What the value is, for `--help`.
        value_name: &'static str,
        /// Where the flag is accepted.
        subs: &'static [Sub],
    },
    /// `--name VALUE`, repeatable; the values replace the file's list, or
    /// are added to it.
    List {
        /// Long name, without dashes.
        name: &'static str,
        /// One-letter name, if any.
        short: Option<char>,
        /// What one value is, for `--help`.
        value_name: &'static str,
        /// Added to the file's list (true) or replacing it.
        adds: bool,
        /// Where the flag is accepted.
        subs: &'static [Sub],
    },
    /// `--name`, which sets the setting to `sets`.
    Switch {
        /// Long name, without dashes.
        name: &'static str,
        /// The value it sets.
        sets: bool,
        /// What the switch does, for `--help` (a switch that turns a
        /// setting off says so).
        help: &'static str,
        /// Where the flag is accepted.
        subs: &'static [Sub],
    },
    /// No flag; why not.
    None(&'static str),
}

impl Flag {
    /// The long name, when there is a flag.
    pub fn name(&self) -> Option<&'static str> {
        match self {
            Flag::Value { name, .. } | Flag::List { name, .. } | Flag::Switch { name, .. } => {
                Some(name)
            }
            Flag::None(_) => None,
        }
    }

    /// Whether `sub` accepts the flag.
    pub fn in_sub(&self, sub: Sub) -> bool {
        match self {
            Flag::Value { subs, .. } | Flag::List { subs, .. } | Flag::Switch { subs, .. } => {
                subs.contains(&sub)
            }
            Flag::None(_) => false,
        }
    }
}

/// How the settings dialog edits a setting.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Control {
    /// A one-line text field this wide, with this hint when empty.
    Text {
        /// Width in points.
        width: f32,
        /// Shown while empty (a message id; "" for none).
        hint: &'static str,
    },
    /// A few lines of text (one item per line).
    Lines {
        /// Shown while empty (a message id).
        hint: &'static str,
    },
    /// A short number field with its unit after it.
    Number {
        /// Width in points.
        width: f32,
        /// The words after the field (a message id).
        unit: &'static str,
    },
    /// A short field on the row of the setting listed before it (after its
    /// check box), with this setting's label after it as its unit.
    OnTheRowAbove {
        /// Width in points.
        width: f32,
    },
    /// A check box with this caption beside it.
    Check {
        /// The text beside the box (a message id).
        caption: &'static str,
    },
    /// A check box that applies only while another one is on (greyed
    /// otherwise).
    CheckUnder {
        /// The text beside the box (a message id).
        caption: &'static str,
        /// The key of the check box it depends on.
        of: &'static str,
    },
    /// One of a few values (value as stored, message id of the text shown).
    Choice(&'static [(&'static str, &'static str)]),
    /// The system's language or one of the catalogues'.
    Language,
    /// One of this computer's interfaces, or any.
    Interface,
    /// Not in the dialog (the file only).
    None,
}

/// The settings dialog's sections, in the order it shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// How a scan asks.
    Scanning,
    /// The words of the discovery protocol.
    Protocol,
    /// Which network connections a scan uses.
    Interfaces,
    /// Addresses asked besides the broadcast.
    Targets,
    /// Server mode.
    Server,
    /// The window itself.
    Appearance,
}

impl Section {
    /// Every section, in the dialog's order.
    pub const ALL: &'static [Section] = &[
        Section::Scanning,
        Section::Protocol,
        Section::Interfaces,
        Section::Targets,
        Section::Server,
        Section::Appearance,
    ];

    /// The section's heading (a message id).
    pub fn title(&self) -> &'static str {
        match self {
            Section::Scanning => crate::msg!("settings-section-scanning"),
            Section::Protocol => crate::msg!("settings-section-protocol"),
            Section::Interfaces => crate::msg!("settings-section-interfaces"),
            Section::Targets => crate::msg!("settings-section-targets"),
            Section::Server => crate::msg!("settings-section-server"),
            Section::Appearance => crate::msg!("settings-section-appearance"),
        }
    }

    /// The settings the dialog shows in this section, in order.
    pub fn settings(self) -> impl Iterator<Item = &'static Setting> {
        ALL.iter()
            .copied()
            .filter(move |s| s.section == self && s.control != Control::None)
    }
}

/// One setting.
#[derive(Debug, Clone, Copy)]
pub struct Setting {
    /// Its path in the settings file (`scan.port`); its label and help are
    /// the catalogue's messages named after it ([`Setting::label`]).
    pub key: &'static str,
    /// Where the dialog shows it (in the order of [`ALL`]).
    pub section: Section,
    /// How the dialog edits it.
    pub control: Control,
    /// Its command-line flag.
    pub flag: Flag,
    /// The value as text.
    pub show: fn(&Settings) -> String,
    /// Parses text into the settings; why not.
    pub set: fn(&mut Settings, &str) -> Result<(), String>,
}

impl Setting {
    /// The catalogue id of its messages: `scan.port` → `setting-scan-port`.
    pub fn message_id(&self) -> String {
        format!("setting-{}", self.key.replace(['.', '_'], "-"))
    }

    /// The dialog's label for it.
    pub fn label(&self) -> String {
        crate::tr!(&self.message_id())
    }

    /// What it does, in a sentence: the dialog's hover text and `--help`.
    pub fn help(&self) -> String {
        crate::tr!(&format!("{}-help", self.message_id()))
    }
}

fn flag_text(on: bool) -> String {
    on.to_string()
}

fn parse_bool(text: &str) -> Result<bool, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("{:?} is neither true nor false", text.trim()))
}

fn interface_list(text: &str) -> Result<Vec<String>, String> {
    field::split_list(text)
        .iter()
        .map(|n| field::interface_name(n))
        .collect()
}

/// Seconds as the dialog shows them: always with a decimal point (Rust
/// writes an f64 without an exponent).
pub fn format_secs(v: f64) -> String {
    let s = format!("{v}");
    if s.contains('.') {
        s
    } else {
        format!("{s}.0")
    }
}

const SCAN: &[Sub] = &[Sub::Scan];
const SERVE: &[Sub] = &[Sub::Serve];
const SCAN_AND_SERVE: &[Sub] = &[Sub::Scan, Sub::Serve];
const SCAN_AND_INTERFACES: &[Sub] = &[Sub::Scan, Sub::Interfaces];

/// `protocol.message`.
pub const MESSAGE: Setting = Setting {
    key: "protocol.message",
    section: Section::Protocol,
    control: Control::Text {
        width: 200.0,
        hint: "",
    },
    flag: Flag::Value {
        name: "message",
        value_name: "TEXT",
        subs: SCAN_AND_SERVE,
    },
    show: |s| s.protocol.message.clone(),
    set: |s, t| {
        s.protocol.message = field::message(t)?;
        Ok(())
    },
};

/// `protocol.response_prefix`.
pub const PREFIX: Setting = Setting {
    key: "protocol.response_prefix",
    section: Section::Protocol,
    control: Control::Text {
        width: 200.0,
        hint: "",
    },
    flag: Flag::Value {
        name: "prefix",
        value_name: "TEXT",
        subs: SCAN_AND_SERVE,
    },
    show: |s| s.protocol.response_prefix.clone(),
    set: |s, t| {
        s.protocol.response_prefix = field::prefix(t)?;
        Ok(())
    },
};

/// `scan.timeout_secs`.
pub const TIMEOUT: Setting = Setting {
    key: "scan.timeout_secs",
    section: Section::Scanning,
    control: Control::Text {
        width: 80.0,
        hint: "",
    },
    flag: Flag::Value {
        name: "timeout",
        value_name: "SECS",
        subs: SCAN,
    },
    show: |s| format_secs(s.scan.timeout_secs),
    set: |s, t| {
        s.scan.timeout_secs = field::timeout(t)?;
        Ok(())
    },
};

/// `scan.retries`.
pub const RETRIES: Setting = Setting {
    key: "scan.retries",
    section: Section::Scanning,
    control: Control::Text {
        width: 80.0,
        hint: "",
    },
    flag: Flag::Value {
        name: "retries",
        value_name: "N",
        subs: SCAN,
    },
    show: |s| s.scan.retries.to_string(),
    set: |s, t| {
        s.scan.retries = field::retries(t)?;
        Ok(())
    },
};

/// `scan.port`.
pub const PORT: Setting = Setting {
    key: "scan.port",
    section: Section::Protocol,
    control: Control::Text {
        width: 80.0,
        hint: "",
    },
    flag: Flag::Value {
        name: "port",
        value_name: "N",
        subs: SCAN,
    },
    show: |s| s.scan.port.to_string(),
    set: |s, t| {
        s.scan.port = field::port(t)?;
        Ok(())
    },
};

/// `scan.default_web_port`.
pub const DEFAULT_WEB_PORT: Setting = Setting {
    key: "scan.default_web_port",
    section: Section::Protocol,
    control: Control::Text {
        width: 80.0,
        hint: "",
    },
    flag: Flag::Value {
        name: "default-web-port",
        value_name: "N",
        subs: SCAN,
    },
    show: |s| s.scan.default_web_port.to_string(),
    set: |s, t| {
        s.scan.default_web_port = field::port(t)?;
        Ok(())
    },
};

/// `scan.scheme`.
pub const SCHEME: Setting = Setting {
    key: "scan.scheme",
    section: Section::Protocol,
    control: Control::Choice(&[
        ("http", crate::msg!("setting-scan-scheme-http")),
        ("https", crate::msg!("setting-scan-scheme-https")),
    ]),
    flag: Flag::Value {
        name: "scheme",
        value_name: "http|https",
        subs: SCAN,
    },
    show: |s| s.scan.scheme.to_string(),
    set: |s, t| {
        s.scan.scheme = t.trim().parse()?;
        Ok(())
    },
};

/// `scan.include_interfaces`.
pub const INCLUDE_INTERFACES: Setting = Setting {
    key: "scan.include_interfaces",
    section: Section::Interfaces,
    control: Control::Text {
        width: 260.0,
        hint: crate::msg!("setting-scan-include-interfaces-hint"),
    },
    flag: Flag::List {
        name: "interface",
        short: Some('i'),
        value_name: "NAME",
        adds: false,
        subs: SCAN_AND_INTERFACES,
    },
    show: |s| s.scan.include_interfaces.join(", "),
    set: |s, t| {
        s.scan.include_interfaces = interface_list(t)?;
        Ok(())
    },
};

/// `scan.exclude_interfaces`.
pub const EXCLUDE_INTERFACES: Setting = Setting {
    key: "scan.exclude_interfaces",
    section: Section::Interfaces,
    control: Control::Text {
        width: 260.0,
        hint: crate::msg!("setting-scan-exclude-interfaces-hint"),
    },
    flag: Flag::List {
        name: "exclude-interface",
        short: None,
        value_name: "NAME",
        adds: true,
        subs: SCAN_AND_INTERFACES,
    },
    show: |s| s.scan.exclude_interfaces.join(", "),
    set: |s, t| {
        s.scan.exclude_interfaces = interface_list(t)?;
        Ok(())
    },
};

/// `scan.favourites`.
pub const FAVOURITES: Setting = Setting {
    key: "scan.favourites",
    section: Section::Targets,
    control: Control::Lines {
        hint: crate::msg!("setting-scan-favourites-hint"),
    },
    flag: Flag::None("`scan --target` probes a host the same way"),
    show: |s| s.scan.favourites.join("\n"),
    set: |s, t| {
        s.scan.favourites = field::targets(t)?;
        Ok(())
    },
};

/// `scan.extra_targets`.
pub const EXTRA_TARGETS: Setting = Setting {
    key: "scan.extra_targets",
    section: Section::Targets,
    control: Control::Lines {
        hint: crate::msg!("setting-scan-extra-targets-hint"),
    },
    flag: Flag::List {
        name: "target",
        short: Some('t'),
        value_name: "HOST|HOST:PORT|CIDR",
        adds: true,
        subs: SCAN,
    },
    show: |s| s.scan.extra_targets.join("\n"),
    set: |s, t| {
        s.scan.extra_targets = field::targets(t)?;
        Ok(())
    },
};

/// `scan.sweep`.
pub const SWEEP: Setting = Setting {
    key: "scan.sweep",
    section: Section::Targets,
    control: Control::Check {
        caption: crate::msg!("setting-scan-sweep-caption"),
    },
    flag: Flag::Switch {
        name: "sweep",
        sets: true,
        help: "Sweep every host of the used interfaces' subnets with unicast probes",
        subs: SCAN,
    },
    show: |s| flag_text(s.scan.sweep),
    set: |s, t| {
        s.scan.sweep = parse_bool(t)?;
        Ok(())
    },
};

/// `scan.sweep_rate`.
pub const SWEEP_RATE: Setting = Setting {
    key: "scan.sweep_rate",
    section: Section::Targets,
    control: Control::Text {
        width: 80.0,
        hint: "",
    },
    flag: Flag::Value {
        name: "rate",
        value_name: "PPS",
        subs: SCAN,
    },
    show: |s| s.scan.sweep_rate.to_string(),
    set: |s, t| {
        s.scan.sweep_rate = field::sweep_rate(t)?;
        Ok(())
    },
};

/// `scan.fallback`.
pub const FALLBACK: Setting = Setting {
    key: "scan.fallback",
    section: Section::Targets,
    control: Control::Check { caption: crate::msg!("setting-scan-fallback-caption") },
    flag: Flag::Switch {
        name: "no-fallback",
        sets: false,
        help: "When nothing answers the broadcast on an interface, do not ask the hosts of its /24 one by one (the fallback for a desktop firewall that drops replies to a broadcast)",
        subs: SCAN,
    },
    show: |s| flag_text(s.scan.fallback),
    set: |s, t| {
        s.scan.fallback = parse_bool(t)?;
        Ok(())
    },
};

/// `scan.auto_refresh`.
pub const AUTO_REFRESH: Setting = Setting {
    key: "scan.auto_refresh",
    section: Section::Scanning,
    control: Control::Check {
        caption: crate::msg!("setting-scan-auto-refresh-caption"),
    },
    flag: Flag::None("the window's periodic scans"),
    show: |s| flag_text(s.scan.auto_refresh),
    set: |s, t| {
        s.scan.auto_refresh = parse_bool(t)?;
        Ok(())
    },
};

/// `scan.auto_refresh_secs`.
pub const AUTO_REFRESH_SECS: Setting = Setting {
    key: "scan.auto_refresh_secs",
    section: Section::Scanning,
    control: Control::OnTheRowAbove { width: 48.0 },
    flag: Flag::None("the window's periodic scans"),
    show: |s| s.scan.auto_refresh_secs.to_string(),
    set: |s, t| {
        s.scan.auto_refresh_secs = field::auto_refresh_secs(t)?;
        Ok(())
    },
};

/// `scan.forget_after_hours`.
pub const FORGET_AFTER: Setting = Setting {
    key: "scan.forget_after_hours",
    section: Section::Scanning,
    control: Control::Number {
        width: 48.0,
        unit: crate::msg!("settings-forget-unit"),
    },
    flag: Flag::None("the window's list; a scan lists only what answers it"),
    show: |s| s.scan.forget_after_hours.to_string(),
    set: |s, t| {
        s.scan.forget_after_hours = field::forget_after(t)?;
        Ok(())
    },
};

/// `scan.lookup_details`.
pub const LOOKUP_DETAILS: Setting = Setting {
    key: "scan.lookup_details",
    section: Section::Scanning,
    control: Control::Check {
        caption: crate::msg!("setting-scan-lookup-details-caption"),
    },
    flag: Flag::Switch {
        name: "no-details",
        sets: false,
        help: "Do not look up names, page titles or hardware makers (no HTTP, no DNS)",
        subs: SCAN,
    },
    show: |s| flag_text(s.scan.lookup_details),
    set: |s, t| {
        s.scan.lookup_details = parse_bool(t)?;
        Ok(())
    },
};

/// `scan.names_over_mdns`.
pub const NAMES_OVER_MDNS: Setting = Setting {
    key: "scan.names_over_mdns",
    section: Section::Scanning,
    // Names over mDNS are part of the lookups.
    control: Control::CheckUnder {
        caption: crate::msg!("setting-scan-names-over-mdns-caption"),
        of: "scan.lookup_details",
    },
    flag: Flag::Switch {
        name: "no-mdns",
        sets: false,
        help: "Do not ask the local network for names over mDNS",
        subs: SCAN,
    },
    show: |s| flag_text(s.scan.names_over_mdns),
    set: |s, t| {
        s.scan.names_over_mdns = parse_bool(t)?;
        Ok(())
    },
};

/// `scan.dns_sd`.
pub const DNS_SD: Setting = Setting {
    key: "scan.dns_sd",
    section: Section::Scanning,
    control: Control::Check { caption: crate::msg!("setting-scan-dns-sd-caption") },
    flag: Flag::Switch {
        name: "dns-sd",
        sets: true,
        help: "Also list web servers that announce themselves over DNS-SD (_http._tcp, _https._tcp: printers, NAS boxes, Home Assistant)",
        subs: SCAN,
    },
    show: |s| flag_text(s.scan.dns_sd),
    set: |s, t| {
        s.scan.dns_sd = parse_bool(t)?;
        Ok(())
    },
};

/// `server.enabled`.
pub const SERVER_ENABLED: Setting = Setting {
    key: "server.enabled",
    section: Section::Server,
    control: Control::Check {
        caption: crate::msg!("setting-server-enabled-caption"),
    },
    flag: Flag::None("`serve` is server mode"),
    show: |s| flag_text(s.server.enabled),
    set: |s, t| {
        s.server.enabled = parse_bool(t)?;
        Ok(())
    },
};

/// `server.port`.
pub const SERVER_PORT: Setting = Setting {
    key: "server.port",
    section: Section::Server,
    control: Control::Text {
        width: 80.0,
        hint: "",
    },
    flag: Flag::Value {
        name: "port",
        value_name: "N",
        subs: SERVE,
    },
    show: |s| s.server.port.to_string(),
    set: |s, t| {
        s.server.port = field::port(t)?;
        Ok(())
    },
};

/// `server.web_port`.
pub const SERVER_WEB_PORT: Setting = Setting {
    key: "server.web_port",
    section: Section::Server,
    control: Control::Text {
        width: 80.0,
        hint: "",
    },
    flag: Flag::Value {
        name: "web-port",
        value_name: "N",
        subs: SERVE,
    },
    show: |s| s.server.web_port.to_string(),
    set: |s, t| {
        s.server.web_port = field::port(t)?;
        Ok(())
    },
};

/// `server.buffer_size`.
pub const SERVER_BUFFER: Setting = Setting {
    key: "server.buffer_size",
    section: Section::Server,
    control: Control::None,
    flag: Flag::None("fixed at the stock 1024 bytes; the file may raise it"),
    show: |s| s.server.buffer_size.to_string(),
    set: |s, t| {
        s.server.buffer_size = field::buffer_size(t)?;
        Ok(())
    },
};

/// `server.interface`.
pub const SERVER_INTERFACE: Setting = Setting {
    key: "server.interface",
    section: Section::Server,
    control: Control::Interface,
    flag: Flag::None("settings file only"),
    show: |s| s.server.interface.clone(),
    set: |s, t| {
        s.server.interface = match t.trim() {
            "" => String::new(),
            name => field::interface_name(name)?,
        };
        Ok(())
    },
};

/// `server.local_only`.
pub const SERVER_LOCAL_ONLY: Setting = Setting {
    key: "server.local_only",
    section: Section::Server,
    control: Control::Check {
        caption: crate::msg!("setting-server-local-only-caption"),
    },
    flag: Flag::Switch {
        name: "local-only",
        sets: true,
        help: "Answer only requesters on this computer's own subnets",
        subs: SERVE,
    },
    show: |s| flag_text(s.server.local_only),
    set: |s, t| {
        s.server.local_only = parse_bool(t)?;
        Ok(())
    },
};

/// `ui.theme`.
pub const THEME: Setting = Setting {
    key: "ui.theme",
    section: Section::Appearance,
    control: Control::Choice(&[
        ("system", crate::msg!("setting-ui-theme-system")),
        ("light", crate::msg!("setting-ui-theme-light")),
        ("dark", crate::msg!("setting-ui-theme-dark")),
    ]),
    flag: Flag::None("the window only"),
    show: |s| {
        match s.ui.theme {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
        .into()
    },
    set: |s, t| {
        s.ui.theme = match t.trim() {
            "system" => Theme::System,
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            other => return Err(format!("{other:?} is not system, light or dark")),
        };
        Ok(())
    },
};

/// `ui.notifications`.
pub const NOTIFICATIONS: Setting = Setting {
    key: "ui.notifications",
    section: Section::Appearance,
    control: Control::Check {
        caption: crate::msg!("setting-ui-notifications-caption"),
    },
    flag: Flag::None("the window's background notifications"),
    show: |s| flag_text(s.ui.notifications),
    set: |s, t| {
        s.ui.notifications = parse_bool(t)?;
        Ok(())
    },
};

/// `ui.start_at_login`.
pub const START_AT_LOGIN: Setting = Setting {
    key: "ui.start_at_login",
    section: Section::Appearance,
    control: Control::Check {
        caption: crate::msg!("setting-ui-start-at-login-caption"),
    },
    flag: Flag::None("the window only"),
    show: |s| flag_text(s.ui.start_at_login),
    set: |s, t| {
        s.ui.start_at_login = parse_bool(t)?;
        Ok(())
    },
};

/// `ui.run_in_background`.
pub const RUN_IN_BACKGROUND: Setting = Setting {
    key: "ui.run_in_background",
    section: Section::Appearance,
    control: Control::Check {
        caption: crate::msg!("setting-ui-run-in-background-caption"),
    },
    flag: Flag::None("the window only"),
    show: |s| flag_text(s.ui.run_in_background),
    set: |s, t| {
        s.ui.run_in_background = parse_bool(t)?;
        Ok(())
    },
};

/// `ui.language`.
pub const LANGUAGE: Setting = Setting {
    key: "ui.language",
    section: Section::Appearance,
    control: Control::Language,
    flag: Flag::None("the window only; the command line speaks English"),
    show: |s| s.ui.language.clone(),
    set: |s, t| {
        s.ui.language = field::language(t)?;
        Ok(())
    },
};

/// Every setting, in the order the dialog's sections show them.
pub const ALL: &[&Setting] = &[
    &TIMEOUT,
    &RETRIES,
    &AUTO_REFRESH,
    &AUTO_REFRESH_SECS,
    &FORGET_AFTER,
    &LOOKUP_DETAILS,
    &NAMES_OVER_MDNS,
    &DNS_SD,
    &PORT,
    &MESSAGE,
    &PREFIX,
    &DEFAULT_WEB_PORT,
    &SCHEME,
    &INCLUDE_INTERFACES,
    &EXCLUDE_INTERFACES,
    &FAVOURITES,
    &EXTRA_TARGETS,
    &SWEEP,
    &FALLBACK,
    &SWEEP_RATE,
    &SERVER_PORT,
    &SERVER_WEB_PORT,
    &SERVER_INTERFACE,
    &SERVER_LOCAL_ONLY,
    &SERVER_ENABLED,
    &SERVER_BUFFER,
    &THEME,
    &LANGUAGE,
    &NOTIFICATIONS,
    &START_AT_LOGIN,
    &RUN_IN_BACKGROUND,
];

/// A settings file with every setting at its default, each under its
/// help as a comment (the user guide shows it; a test keeps it so).
pub fn sample_file() -> String {
    let defaults =
        toml::Value::try_from(Settings::default()).unwrap_or(toml::Value::Boolean(false));
    let mut tables: Vec<&str> = Vec::new();
    for s in ALL {
        let table = s.key.split('.').next().unwrap_or_default();
        if !tables.contains(&table) {
            tables.push(table);
        }
    }
    let mut out = String::new();
    for table in tables {
        if !out.is_empty() {
            out.push('\n');
        }
        out += &format!("[{table}]\n");
        for s in ALL
            .iter()
            .filter(|s| s.key.split('.').next() == Some(table))
        {
            let name = s.key.split_once('.').map_or(s.key, |(_, n)| n);
            let Some(value) = defaults.get(table).and_then(|t| t.get(name)) else {
                continue;
            };
            for line in wrap(&s.help(), 76) {
                out += &format!("# {line}\n");
            }
            out += &format!("{name} = {value}\n");
        }
    }
    out
}

/// `text` in lines of at most `width` characters, broken at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// The setting stored under `key`.
pub fn by_key(key: &str) -> Option<&'static Setting> {
    ALL.iter().copied().find(|s| s.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// docs/user-guide.md shows the file with every setting: the first
    /// TOML block of its Settings section is [`sample_file`].
    #[test]
    fn the_user_guide_shows_every_setting() {
        let sample = sample_file();
        for s in ALL {
            let name = s.key.split_once('.').map_or(s.key, |(_, n)| n);
            assert!(sample.contains(&format!("\n{name} = ")), "{}", s.key);
        }
        assert!(
            sample.contains("\n# Seconds to collect replies"),
            "{sample}"
        );
        let guide =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/user-guide.md"))
                .expect("the user guide");
        let shown = guide
            .split("\n## Settings\n")
            .nth(1)
            .and_then(|s| s.split("```toml\n").nth(1))
            .and_then(|s| s.split("```").next())
            .expect("a toml block under ## Settings");
        assert_eq!(shown, sample, "docs/user-guide.md should show:\n{sample}");
    }

    #[test]
    fn help_wraps_at_spaces_within_the_width() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("aa bb cc", 8), ["aa bb cc"]);
        assert_eq!(wrap("toolongword x", 4), ["toolongword", "x"]);
        assert!(wrap("", 4).is_empty());
    }

    /// The dialog's layout rules hold: a field on the row above follows a
    /// check box of its section; a dependent check box names a check box.
    #[test]
    fn the_layout_the_entries_ask_for_can_be_drawn() {
        let mut seen = 0;
        for pair in ALL.windows(2) {
            let (above, s) = (pair[0], pair[1]);
            match s.control {
                Control::OnTheRowAbove { .. } => {
                    seen += 1;
                    assert!(
                        matches!(above.control, Control::Check { .. })
                            && above.section == s.section,
                        "{} follows {}",
                        s.key,
                        above.key
                    );
                }
                Control::CheckUnder { of, .. } => {
                    seen += 1;
                    let of = by_key(of).unwrap_or_else(|| panic!("{}: no {of}", s.key));
                    assert!(matches!(of.control, Control::Check { .. }), "{}", s.key);
                }
                _ => {}
            }
        }
        assert_eq!(seen, 2);
        // Sections come in the dialog's order, each in one run.
        let order: Vec<Section> = ALL.iter().map(|s| s.section).fold(Vec::new(), |mut v, s| {
            if v.last() != Some(&s) {
                v.push(s);
            }
            v
        });
        assert_eq!(order, Section::ALL);
        assert!(Section::Server
            .settings()
            .all(|s| s.key != "server.buffer_size"));
    }

    /// The keys of the settings file, as serde writes them (favourite
    /// names are data, not a setting).
    fn file_keys() -> Vec<String> {
        let value = toml::Value::try_from(Settings::default()).expect("settings serialise");
        let mut keys = Vec::new();
        for (section, table) in value.as_table().into_iter().flatten() {
            if section == "favourite_names" {
                continue;
            }
            for key in table.as_table().into_iter().flatten().map(|(k, _)| k) {
                keys.push(format!("{section}.{key}"));
            }
        }
        keys.sort();
        keys
    }

    #[test]
    fn every_field_of_the_file_is_in_the_table_once() {
        let mut listed: Vec<String> = ALL.iter().map(|s| s.key.to_string()).collect();
        listed.sort();
        assert_eq!(listed, file_keys());
    }

    #[test]
    fn each_setting_shows_what_it_parses_and_refuses_what_validation_refuses() {
        let defaults = Settings::default();
        for s in ALL {
            let mut copy = defaults.clone();
            let text = (s.show)(&defaults);
            assert_eq!((s.set)(&mut copy, &text), Ok(()), "{}: {text:?}", s.key);
            assert_eq!(copy, defaults, "{}: show then set changed it", s.key);
        }
        // A value every kind of field refuses, with the field parser's words.
        let cases = [
            (&TIMEOUT, "0", "between 0.1 and 600"),
            (&PORT, "70000", "between 1 and 65535"),
            (&SCHEME, "ftp", "http or https"),
            (&SWEEP, "yes", "neither true nor false"),
            (
                &INCLUDE_INTERFACES,
                "eth0, tab\there",
                "not an interface name",
            ),
            (&EXTRA_TARGETS, "10.0.0.0/8", "/"),
            (&THEME, "blue", "system, light or dark"),
            (&AUTO_REFRESH_SECS, "2", "between 5 and 3600"),
            (&FORGET_AFTER, "9000", "8760 hours"),
        ];
        for (s, bad, says) in cases {
            let mut copy = defaults.clone();
            let err = (s.set)(&mut copy, bad).expect_err(s.key);
            assert!(err.contains(says), "{}: {bad:?} -> {err}", s.key);
            assert_eq!(copy, defaults, "{}: a refused value changed nothing", s.key);
        }
    }

    #[test]
    fn seconds_always_show_a_decimal_point() {
        for (v, shown) in [
            (5.0, "5.0"),
            (2.5, "2.5"),
            (0.25, "0.25"),
            (3600.0, "3600.0"),
        ] {
            assert_eq!(format_secs(v), shown);
        }
    }

    /// The dialog's words for a setting come from the catalogue (English
    /// here: the process language until the window picks one).
    #[test]
    fn label_and_help_are_the_catalogues_words() {
        assert_eq!(TIMEOUT.label(), "Timeout (seconds)");
        assert_eq!(
            TIMEOUT.help(),
            "Seconds to collect replies (the scan ends then, whatever arrives)"
        );
    }

    #[test]
    fn flags_are_unique_in_each_subcommand_and_say_why_when_absent() {
        // (subcommand, a flag it must have)
        for (sub, one) in [
            (Sub::Scan, "sweep"),
            (Sub::Serve, "local-only"),
            (Sub::Interfaces, "exclude-interface"),
        ] {
            let mut names: Vec<&str> = ALL
                .iter()
                .filter(|s| s.flag.in_sub(sub))
                .filter_map(|s| s.flag.name())
                .collect();
            assert!(names.contains(&one), "{sub:?} has no --{one}: {names:?}");
            let n = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), n, "{sub:?}: a flag name is used twice");
        }
        for s in ALL {
            if let Flag::None(why) = s.flag {
                assert!(!why.is_empty(), "{} has no flag and no reason", s.key);
            }
            // The catalogue has its label and help (a missing message
            // reads as its id).
            let id = s.message_id();
            assert!(
                s.label() != id && s.help() != format!("{id}-help"),
                "{}",
                s.key
            );
        }
    }
}
