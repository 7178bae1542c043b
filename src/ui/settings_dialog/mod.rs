//! The settings dialog: a text draft of every field, validated as it is
//! typed with the reason next to the field; Apply only when all is valid.

use crate::protocol::Scheme;
use crate::settings::{field, Settings, Theme};

mod view;

pub use view::show;

/// The dialog's editable copy of the settings, as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsDraft {
    base: Settings,
    /// Scan timeout (s).
    pub timeout: String,
    /// Retries.
    pub retries: String,
    /// UDP discovery port.
    pub port: String,
    /// Request message.
    pub message: String,
    /// Reply prefix.
    pub prefix: String,
    /// Default web port.
    pub default_web_port: String,
    /// URL scheme.
    pub scheme: Scheme,
    /// Only these interfaces (comma separated).
    pub include: String,
    /// Never these interfaces.
    pub exclude: String,
    /// Favourites, one per line.
    pub favourites: String,
    /// Extra targets, one per line.
    pub extra_targets: String,
    /// Subnet sweep.
    pub sweep: bool,
    /// Look up names and page titles.
    pub lookup_details: bool,
    /// Names over mDNS.
    pub mdns: bool,
    /// Web servers announced over DNS-SD.
    pub dns_sd: bool,
    /// Ask each nearby address when the broadcast gets no reply.
    pub fallback: bool,
    /// Desktop notifications.
    pub notifications: bool,
    /// Sweep rate.
    pub sweep_rate: String,
    /// Auto-refresh.
    pub auto_refresh: bool,
    /// Auto-refresh interval (s).
    pub auto_refresh_secs: String,
    /// Server-mode port.
    pub server_port: String,
    /// Advertised web port.
    pub server_web_port: String,
    /// Server interface ("" = any).
    pub server_interface: String,
    /// Answer only local subnets.
    pub server_local_only: bool,
    /// Start server mode with the app.
    pub server_enabled: bool,
    /// Theme.
    pub theme: Theme,
}

/// Per-field problems of a draft.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftErrors {
    pub timeout: Option<String>,
    pub retries: Option<String>,
    pub port: Option<String>,
    pub message: Option<String>,
    pub prefix: Option<String>,
    pub default_web_port: Option<String>,
    pub include: Option<String>,
    pub exclude: Option<String>,
    pub favourites: Option<String>,
    pub extra_targets: Option<String>,
    pub sweep_rate: Option<String>,
    pub auto_refresh_secs: Option<String>,
    pub server_port: Option<String>,
    pub server_web_port: Option<String>,
    pub server_interface: Option<String>,
    /// Problems no single field owns.
    pub other: Vec<String>,
}

impl DraftErrors {
    /// Whether anything is wrong.
    pub fn any(&self) -> bool {
        let fields = [
            &self.timeout,
            &self.retries,
            &self.port,
            &self.message,
            &self.prefix,
            &self.default_web_port,
            &self.include,
            &self.exclude,
            &self.favourites,
            &self.extra_targets,
            &self.sweep_rate,
            &self.auto_refresh_secs,
            &self.server_port,
            &self.server_web_port,
            &self.server_interface,
        ];
        fields.iter().any(|f| f.is_some()) || !self.other.is_empty()
    }
}

fn interface_list(text: &str) -> Result<Vec<String>, String> {
    field::split_list(text)
        .iter()
        .map(|n| field::interface_name(n))
        .collect()
}

fn auto_refresh_secs(text: &str) -> Result<u32, String> {
    let v: u32 = text
        .trim()
        .parse()
        .map_err(|_| format!("{:?} is not a whole number of seconds", text.trim()))?;
    field::check_auto_refresh(v)
}

impl SettingsDraft {
    /// A draft showing `s`.
    pub fn from_settings(s: &Settings) -> SettingsDraft {
        SettingsDraft {
            base: s.clone(),
            timeout: format_secs(s.scan.timeout_secs),
            retries: s.scan.retries.to_string(),
            port: s.scan.port.to_string(),
            message: s.protocol.message.clone(),
            prefix: s.protocol.response_prefix.clone(),
            default_web_port: s.scan.default_web_port.to_string(),
            scheme: s.scan.scheme,
            include: s.scan.include_interfaces.join(", "),
            exclude: s.scan.exclude_interfaces.join(", "),
            favourites: s.scan.favourites.join("\n"),
            extra_targets: s.scan.extra_targets.join("\n"),
            sweep: s.scan.sweep,
            lookup_details: s.scan.lookup_details,
            mdns: s.scan.names_over_mdns,
            dns_sd: s.scan.dns_sd,
            fallback: s.scan.fallback,
            notifications: s.ui.notifications,
            sweep_rate: s.scan.sweep_rate.to_string(),
            auto_refresh: s.scan.auto_refresh,
            auto_refresh_secs: s.scan.auto_refresh_secs.to_string(),
            server_port: s.server.port.to_string(),
            server_web_port: s.server.web_port.to_string(),
            server_interface: s.server.interface.clone(),
            server_local_only: s.server.local_only,
            server_enabled: s.server.enabled,
            theme: s.ui.theme,
        }
    }

    /// The settings the draft describes, or what is wrong with it.
    pub fn parse(&self) -> (Option<Settings>, DraftErrors) {
        let mut e = DraftErrors::default();
        let mut s = self.base.clone();
        self.parse_scan(&mut s, &mut e);
        take(
            &mut e.message,
            field::message(&self.message),
            &mut s.protocol.message,
        );
        take(
            &mut e.prefix,
            field::prefix(&self.prefix),
            &mut s.protocol.response_prefix,
        );
        self.parse_server(&mut s, &mut e);
        s.ui.theme = self.theme;
        s.ui.notifications = self.notifications;
        if e.any() {
            return (None, e);
        }
        // Cross-field rules (e.g. the server's buffer must hold the message).
        for err in s.validate() {
            e.other.push(err.to_string());
        }
        if e.any() {
            (None, e)
        } else {
            (Some(s), e)
        }
    }

    fn parse_scan(&self, s: &mut Settings, e: &mut DraftErrors) {
        let v = &mut s.scan;
        take(
            &mut e.timeout,
            field::timeout(&self.timeout),
            &mut v.timeout_secs,
        );
        take(
            &mut e.retries,
            field::retries(&self.retries),
            &mut v.retries,
        );
        take(&mut e.port, field::port(&self.port), &mut v.port);

        take(
            &mut e.default_web_port,
            field::port(&self.default_web_port),
            &mut v.default_web_port,
        );
        v.scheme = self.scheme;
        take(
            &mut e.include,
            interface_list(&self.include),
            &mut v.include_interfaces,
        );
        take(
            &mut e.exclude,
            interface_list(&self.exclude),
            &mut v.exclude_interfaces,
        );
        take(
            &mut e.favourites,
            field::targets(&self.favourites),
            &mut v.favourites,
        );
        take(
            &mut e.extra_targets,
            field::targets(&self.extra_targets),
            &mut v.extra_targets,
        );
        v.sweep = self.sweep;
        v.lookup_details = self.lookup_details;
        v.names_over_mdns = self.mdns;
        v.dns_sd = self.dns_sd;
        v.fallback = self.fallback;
        take(
            &mut e.sweep_rate,
            field::sweep_rate(&self.sweep_rate),
            &mut v.sweep_rate,
        );
        v.auto_refresh = self.auto_refresh;
        take(
            &mut e.auto_refresh_secs,
            auto_refresh_secs(&self.auto_refresh_secs),
            &mut v.auto_refresh_secs,
        );
    }

    fn parse_server(&self, s: &mut Settings, e: &mut DraftErrors) {
        let v = &mut s.server;
        take(
            &mut e.server_port,
            field::port(&self.server_port),
            &mut v.port,
        );
        take(
            &mut e.server_web_port,
            field::port(&self.server_web_port),
            &mut v.web_port,
        );
        let iface = self.server_interface.trim();
        if iface.is_empty() {
            v.interface = String::new();
        } else {
            take(
                &mut e.server_interface,
                field::interface_name(iface),
                &mut v.interface,
            );
        }
        v.local_only = self.server_local_only;
        v.enabled = self.server_enabled;
    }

    fn include_names(&self) -> Vec<String> {
        field::split_list(&self.include)
    }

    fn exclude_names(&self) -> Vec<String> {
        field::split_list(&self.exclude)
    }

    /// Whether a scan with this draft would use the interface.
    fn uses(&self, name: &str) -> bool {
        let include = self.include_names();
        (include.is_empty() || include.iter().any(|n| n == name))
            && !self.exclude_names().iter().any(|n| n == name)
    }

    /// Checks or unchecks an interface by editing the include list when one
    /// is set, else the exclude list.
    fn set_uses(&mut self, name: &str, on: bool) {
        let mut include = self.include_names();
        let mut exclude = self.exclude_names();
        exclude.retain(|n| n != name);
        if include.is_empty() {
            if !on {
                exclude.push(name.to_string());
            }
        } else if on {
            if !include.iter().any(|n| n == name) {
                include.push(name.to_string());
            }
        } else {
            include.retain(|n| n != name);
            if include.is_empty() {
                // An empty include list means "all": keep it meaning "none of these".
                exclude.push(name.to_string());
            }
        }
        self.include = include.join(", ");
        self.exclude = exclude.join(", ");
    }
}

/// Puts a parsed value in place, or its error in the field's slot.
fn take<T>(error: &mut Option<String>, parsed: Result<T, String>, target: &mut T) {
    match parsed {
        Ok(v) => *target = v,
        Err(m) => *error = Some(m),
    }
}

fn format_secs(v: f64) -> String {
    let s = format!("{v}");
    if s.contains('.') || s.contains('e') {
        s
    } else {
        format!("{s}.0")
    }
}
