//! The settings dialog: a text draft of every field, validated as it is
//! typed with the reason next to the field; Apply only when all is valid.

use egui::{Color32, RichText, Ui};

use crate::net::Interface;
use crate::protocol::Scheme;
use crate::settings::{field, Settings, Theme};

use super::command::Command;

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
            message: s.scan.message.clone(),
            prefix: s.scan.response_prefix.clone(),
            default_web_port: s.scan.default_web_port.to_string(),
            scheme: s.scan.scheme,
            include: s.scan.include_interfaces.join(", "),
            exclude: s.scan.exclude_interfaces.join(", "),
            favourites: s.scan.favourites.join("\n"),
            extra_targets: s.scan.extra_targets.join("\n"),
            sweep: s.scan.sweep,
            lookup_details: s.scan.lookup_details,
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
        macro_rules! take {
            ($slot:ident, $r:expr, $target:expr) => {
                match $r {
                    Ok(v) => $target = v,
                    Err(m) => e.$slot = Some(m),
                }
            };
        }
        take!(timeout, field::timeout(&self.timeout), s.scan.timeout_secs);
        take!(retries, field::retries(&self.retries), s.scan.retries);
        take!(port, field::port(&self.port), s.scan.port);
        take!(message, field::message(&self.message), s.scan.message);
        take!(prefix, field::prefix(&self.prefix), s.scan.response_prefix);
        take!(
            default_web_port,
            field::port(&self.default_web_port),
            s.scan.default_web_port
        );
        s.scan.scheme = self.scheme;
        take!(
            include,
            interface_list(&self.include),
            s.scan.include_interfaces
        );
        take!(
            exclude,
            interface_list(&self.exclude),
            s.scan.exclude_interfaces
        );
        take!(
            favourites,
            field::targets(&self.favourites),
            s.scan.favourites
        );
        take!(
            extra_targets,
            field::targets(&self.extra_targets),
            s.scan.extra_targets
        );
        s.scan.sweep = self.sweep;
        s.scan.lookup_details = self.lookup_details;
        take!(
            sweep_rate,
            field::sweep_rate(&self.sweep_rate),
            s.scan.sweep_rate
        );
        s.scan.auto_refresh = self.auto_refresh;
        take!(
            auto_refresh_secs,
            auto_refresh_secs(&self.auto_refresh_secs),
            s.scan.auto_refresh_secs
        );
        take!(server_port, field::port(&self.server_port), s.server.port);
        take!(
            server_web_port,
            field::port(&self.server_web_port),
            s.server.web_port
        );
        let iface = self.server_interface.trim();
        if iface.is_empty() {
            s.server.interface = String::new();
        } else {
            take!(
                server_interface,
                field::interface_name(iface),
                s.server.interface
            );
        }
        s.server.local_only = self.server_local_only;
        s.server.enabled = self.server_enabled;
        s.ui.theme = self.theme;
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

fn format_secs(v: f64) -> String {
    let s = format!("{v}");
    if s.contains('.') || s.contains('e') {
        s
    } else {
        format!("{s}.0")
    }
}

/// Width of the label column, the same in every section.
const LABEL_WIDTH: f32 = 170.0;

fn error_color(ui: &Ui) -> Color32 {
    ui.visuals().error_fg_color
}

/// A labelled single-line field with its error next to it.
fn text_row(
    ui: &mut Ui,
    label: &str,
    value: &mut String,
    error: &Option<String>,
    width: f32,
    hint: &str,
) {
    let l = ui.label(label);
    ui.horizontal(|ui| {
        let mut edit = egui::TextEdit::singleline(value).desired_width(width);
        if !hint.is_empty() {
            edit = edit.hint_text(hint);
        }
        let r = ui.add(edit).labelled_by(l.id);
        if error.is_some() {
            ui.painter().rect_stroke(
                r.rect.expand(1.0),
                4.0,
                egui::Stroke::new(1.0, error_color(ui)),
                egui::StrokeKind::Outside,
            );
        }
        if let Some(m) = error {
            ui.label(RichText::new(format!("⚠ {m}")).color(error_color(ui)));
        }
    });
    ui.end_row();
}

/// A labelled multi-line field with its error under it.
fn multiline_row(ui: &mut Ui, label: &str, value: &mut String, error: &Option<String>, hint: &str) {
    let l = ui.label(label);
    ui.vertical(|ui| {
        let r = ui
            .add(
                egui::TextEdit::multiline(value)
                    .desired_rows(2)
                    .desired_width(300.0)
                    .hint_text(hint),
            )
            .labelled_by(l.id);
        if error.is_some() {
            ui.painter().rect_stroke(
                r.rect.expand(1.0),
                4.0,
                egui::Stroke::new(1.0, error_color(ui)),
                egui::StrokeKind::Outside,
            );
        }
        if let Some(m) = error {
            ui.label(RichText::new(format!("⚠ {m}")).color(error_color(ui)));
        }
    });
    ui.end_row();
}

fn section(ui: &mut Ui, title: &str) {
    ui.add_space(6.0);
    ui.label(RichText::new(title).strong().size(15.0));
    ui.separator();
}

/// The dialog body. Returns the commands it asks for.
pub fn show(ui: &mut Ui, draft: &mut SettingsDraft, interfaces: &[Interface]) -> Vec<Command> {
    let mut out = Vec::new();
    let (_, errors) = draft.parse();
    ui.set_width(640.0_f32.min(ui.ctx().content_rect().width() - 48.0));
    ui.heading("Settings");
    ui.add_space(4.0);
    let max_h = (ui.ctx().content_rect().height() - 150.0).max(120.0);
    egui::ScrollArea::vertical()
        .max_height(max_h)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            section(ui, "Scanning");
            egui::Grid::new("settings-scan")
                .num_columns(2)
                .min_col_width(LABEL_WIDTH)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    text_row(
                        ui,
                        "Timeout (seconds)",
                        &mut draft.timeout,
                        &errors.timeout,
                        80.0,
                        "",
                    );
                    text_row(ui, "Retries", &mut draft.retries, &errors.retries, 80.0, "");
                    let l = ui.label("Auto-refresh");
                    ui.horizontal(|ui| {
                        let every = ui
                            .checkbox(&mut draft.auto_refresh, "Scan again every")
                            .labelled_by(l.id);
                        ui.add(
                            egui::TextEdit::singleline(&mut draft.auto_refresh_secs)
                                .desired_width(48.0),
                        )
                        .labelled_by(every.id)
                        .on_hover_text("Auto-refresh interval in seconds");
                        ui.label("seconds");
                        if let Some(m) = &errors.auto_refresh_secs {
                            ui.label(RichText::new(format!("⚠ {m}")).color(error_color(ui)));
                        }
                    });
                    ui.end_row();
                    let l = ui.label("Names");
                    ui.checkbox(&mut draft.lookup_details, "Look up names and page titles")
                        .labelled_by(l.id)
                        .on_hover_text(
                            "Asks each server found for its web page (one HTTP GET) and looks up its host name and hardware maker",
                        );
                    ui.end_row();
                });

            section(ui, "Protocol");
            egui::Grid::new("settings-protocol")
                .num_columns(2)
                .min_col_width(LABEL_WIDTH)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    text_row(
                        ui,
                        "Discovery port (UDP)",
                        &mut draft.port,
                        &errors.port,
                        80.0,
                        "",
                    );
                    text_row(
                        ui,
                        "Request message",
                        &mut draft.message,
                        &errors.message,
                        200.0,
                        "",
                    );
                    text_row(
                        ui,
                        "Response prefix",
                        &mut draft.prefix,
                        &errors.prefix,
                        200.0,
                        "",
                    );
                    text_row(
                        ui,
                        "Default web port",
                        &mut draft.default_web_port,
                        &errors.default_web_port,
                        80.0,
                        "",
                    );
                    ui.label("URL scheme");
                    ui.horizontal(|ui| {
                        ui.radio_value(&mut draft.scheme, Scheme::Http, "http");
                        ui.radio_value(&mut draft.scheme, Scheme::Https, "https");
                    });
                    ui.end_row();
                });

            section(ui, "Network interfaces");
            let mut names: Vec<&Interface> = interfaces.iter().filter(|i| !i.is_loopback).collect();
            names.dedup_by(|a, b| a.name == b.name);
            if names.is_empty() {
                ui.weak("No network interface besides loopback was found.");
            }
            for iface in names {
                ui.horizontal(|ui| {
                    ui.add_space(LABEL_WIDTH + 16.0);
                    let mut on = draft.uses(&iface.name);
                    let text = format!("{}  {}/{}", iface.name, iface.addr, iface.prefix_len);
                    if ui.checkbox(&mut on, text).changed() {
                        draft.set_uses(&iface.name, on);
                    }
                    if iface.is_virtual {
                        badge(ui, "virtual");
                    }
                    if !iface.is_up {
                        badge(ui, "down");
                    }
                });
            }
            egui::Grid::new("settings-ifaces")
                .num_columns(2)
                .min_col_width(LABEL_WIDTH)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    text_row(
                        ui,
                        "Only these interfaces",
                        &mut draft.include,
                        &errors.include,
                        260.0,
                        "all (names, comma separated)",
                    );
                    text_row(
                        ui,
                        "Never these interfaces",
                        &mut draft.exclude,
                        &errors.exclude,
                        260.0,
                        "none (names, comma separated)",
                    );
                });

            section(ui, "Servers beyond the broadcast");
            egui::Grid::new("settings-targets")
                .num_columns(2)
                .min_col_width(LABEL_WIDTH)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    multiline_row(
                        ui,
                        "Favourites",
                        &mut draft.favourites,
                        &errors.favourites,
                        "host or host:port, one per line",
                    );
                    multiline_row(
                        ui,
                        "Extra targets",
                        &mut draft.extra_targets,
                        &errors.extra_targets,
                        "host, host:port or CIDR (10.0.1.0/24)",
                    );
                    let l = ui.label("Subnet sweep");
                    ui.checkbox(&mut draft.sweep, "Probe every address of the local subnets")
                        .labelled_by(l.id);
                    ui.end_row();
                    text_row(
                        ui,
                        "Sweep rate (probes/s)",
                        &mut draft.sweep_rate,
                        &errors.sweep_rate,
                        80.0,
                        "",
                    );
                });

            section(ui, "Server mode");
            egui::Grid::new("settings-server")
                .num_columns(2)
                .min_col_width(LABEL_WIDTH)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    text_row(
                        ui,
                        "Listen on UDP port",
                        &mut draft.server_port,
                        &errors.server_port,
                        80.0,
                        "",
                    );
                    text_row(
                        ui,
                        "Advertised web port",
                        &mut draft.server_web_port,
                        &errors.server_web_port,
                        80.0,
                        "",
                    );
                    let l = ui.label("Answer on interface");
                    ui.horizontal(|ui| {
                        let shown = if draft.server_interface.is_empty() {
                            "Any".to_string()
                        } else {
                            draft.server_interface.clone()
                        };
                        egui::ComboBox::from_id_salt("server-interface")
                            .selected_text(shown)
                            .show_ui(ui, |ui| {
                                ui.selectable_value(
                                    &mut draft.server_interface,
                                    String::new(),
                                    "Any",
                                );
                                let mut seen = Vec::new();
                                for i in interfaces.iter().filter(|i| !i.is_loopback) {
                                    if seen.contains(&i.name) {
                                        continue;
                                    }
                                    seen.push(i.name.clone());
                                    ui.selectable_value(
                                        &mut draft.server_interface,
                                        i.name.clone(),
                                        i.name.as_str(),
                                    );
                                }
                            })
                            .response
                            .labelled_by(l.id);
                        if let Some(m) = &errors.server_interface {
                            ui.label(RichText::new(format!("⚠ {m}")).color(error_color(ui)));
                        }
                    });
                    ui.end_row();
                    let l = ui.label("Requesters");
                    ui.checkbox(
                        &mut draft.server_local_only,
                        "Answer only computers on this computer's subnets",
                    )
                    .labelled_by(l.id);
                    ui.end_row();
                    let l = ui.label("On start");
                    ui.checkbox(&mut draft.server_enabled, "Start server mode with LanScout")
                        .labelled_by(l.id);
                    ui.end_row();
                });

            section(ui, "Appearance");
            ui.horizontal(|ui| {
                ui.label("Theme");
                ui.radio_value(&mut draft.theme, Theme::System, "System");
                ui.radio_value(&mut draft.theme, Theme::Light, "Light");
                ui.radio_value(&mut draft.theme, Theme::Dark, "Dark");
            });
        });

    ui.add_space(8.0);
    for m in &errors.other {
        ui.label(RichText::new(format!("⚠ {m}")).color(error_color(ui)));
    }
    let invalid = errors.any();
    ui.separator();
    ui.horizontal(|ui| {
        let c = Command::RestoreDefaults;
        if ui.button(c.label()).on_hover_text(c.tooltip()).clicked() {
            out.push(c);
        }
        if invalid {
            ui.label(RichText::new("Fix the marked fields to apply.").color(error_color(ui)));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let c = Command::ApplySettings;
            let apply = ui
                .add_enabled(!invalid, egui::Button::new(c.label()))
                .on_hover_text(c.tooltip())
                .on_disabled_hover_text("Some fields are not valid");
            if apply.clicked() {
                out.push(c);
            }
            let c = Command::CancelSettings;
            if ui
                .button(c.label())
                .on_hover_text(c.tooltip_with_shortcut(ui.ctx()))
                .clicked()
            {
                out.push(c);
            }
        });
    });
    out
}

/// A small rounded tag.
pub fn badge(ui: &mut Ui, text: &str) {
    let color = ui.visuals().weak_text_color();
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(5, 0))
        .show(ui, |ui| {
            ui.label(RichText::new(text).small().color(color));
        });
}
