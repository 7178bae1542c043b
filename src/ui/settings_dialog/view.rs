//! Drawing the settings dialog: one function per section over the draft,
//! each field with its error beside it.

use egui::{Color32, RichText, Ui};

use super::{DraftErrors, SettingsDraft};
use crate::net::Interface;
use crate::protocol::Scheme;
use crate::settings::Theme;
use crate::ui::command::{Command, Request};
use crate::ui::widgets::badge;

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
        mark_error(ui, &r, error);
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
        mark_error(ui, &r, error);
    });
    ui.end_row();
}

/// Outlines a field in error and says why beside it.
fn mark_error(ui: &mut Ui, field: &egui::Response, error: &Option<String>) {
    let Some(m) = error else { return };
    ui.painter().rect_stroke(
        field.rect.expand(1.0),
        4.0,
        egui::Stroke::new(1.0, error_color(ui)),
        egui::StrokeKind::Outside,
    );
    ui.label(RichText::new(format!("⚠ {m}")).color(error_color(ui)));
}

/// A two-column grid of labelled fields, aligned in every section.
fn form(id: &str) -> egui::Grid {
    egui::Grid::new(id)
        .num_columns(2)
        .min_col_width(LABEL_WIDTH)
        .spacing([16.0, 8.0])
}

fn section(ui: &mut Ui, title: &str) {
    ui.add_space(6.0);
    ui.label(RichText::new(title).strong().size(15.0));
    ui.separator();
}

/// The dialog body. Returns the commands it asks for.
pub fn show(ui: &mut Ui, draft: &mut SettingsDraft, interfaces: &[Interface]) -> Vec<Request> {
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
            scanning_section(ui, draft, &errors);
            protocol_section(ui, draft, &errors);
            interfaces_section(ui, draft, &errors, interfaces);
            targets_section(ui, draft, &errors);
            server_section(ui, draft, &errors, interfaces);
            appearance_section(ui, draft);
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
            out.push(c.into());
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
                out.push(c.into());
            }
            let c = Command::CancelSettings;
            if ui
                .button(c.label())
                .on_hover_text(c.tooltip_with_shortcut(ui.ctx()))
                .clicked()
            {
                out.push(c.into());
            }
        });
    });
    out
}

fn scanning_section(ui: &mut Ui, draft: &mut SettingsDraft, errors: &DraftErrors) {
    section(ui, "Scanning");
    form("settings-scan")
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
                ui.checkbox(&mut draft.auto_refresh, "Scan again every")
                    .labelled_by(l.id);
                let edit = ui
                    .add(
                        egui::TextEdit::singleline(&mut draft.auto_refresh_secs)
                            .desired_width(48.0),
                    )
                    .on_hover_text("Auto-refresh interval in seconds");
                let unit = ui.label("seconds");
                edit.labelled_by(unit.id);
                if let Some(m) = &errors.auto_refresh_secs {
                    ui.label(RichText::new(format!("⚠ {m}")).color(error_color(ui)));
                }
            });
            ui.end_row();
            check_row(
                ui,
                "Names",
                &mut draft.lookup_details,
                "Look up names and page titles",
                "Asks each server found for its web page (one HTTP GET) and looks up its host name and hardware maker",
            );
            let l = ui.label("mDNS");
            ui.add_enabled(
                draft.lookup_details,
                egui::Checkbox::new(&mut draft.mdns, "Ask the local network for names (mDNS)"),
            )
            .labelled_by(l.id)
            .on_hover_text(
                "When DNS has no name for a server on a local subnet, ask the link (as Avahi and Bonjour answer)",
            );
            ui.end_row();
            check_row(
                ui,
                "Announced web servers",
                &mut draft.dns_sd,
                "Also list web servers that announce themselves (DNS-SD)",
                "Browses _http._tcp and _https._tcp over mDNS, as printers, NAS boxes and Home Assistant announce themselves",
            );
        });
}

/// A grid row: a label, and a check box it names (for screen readers too).
fn check_row(ui: &mut Ui, label: &str, value: &mut bool, text: &str, hover: &str) {
    let l = ui.label(label);
    ui.checkbox(value, text)
        .labelled_by(l.id)
        .on_hover_text(hover);
    ui.end_row();
}

fn protocol_section(ui: &mut Ui, draft: &mut SettingsDraft, errors: &DraftErrors) {
    section(ui, "Protocol");
    form("settings-protocol").show(ui, |ui| {
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
}

fn interfaces_section(
    ui: &mut Ui,
    draft: &mut SettingsDraft,
    errors: &DraftErrors,
    interfaces: &[Interface],
) {
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
    form("settings-ifaces").show(ui, |ui| {
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
}

fn targets_section(ui: &mut Ui, draft: &mut SettingsDraft, errors: &DraftErrors) {
    section(ui, "Servers beyond the broadcast");
    form("settings-targets").show(ui, |ui| {
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
        check_row(
            ui,
            "No broadcast reply",
            &mut draft.fallback,
            "Then ask each address nearby",
            "When nothing answers the broadcast on a network (a firewall here drops the replies), ask each address of its /24 one by one",
        );
        text_row(
            ui,
            "Sweep rate (probes/s)",
            &mut draft.sweep_rate,
            &errors.sweep_rate,
            80.0,
            "",
        );
    });
}

fn server_section(
    ui: &mut Ui,
    draft: &mut SettingsDraft,
    errors: &DraftErrors,
    interfaces: &[Interface],
) {
    section(ui, "Server mode");
    form("settings-server").show(ui, |ui| {
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
                    ui.selectable_value(&mut draft.server_interface, String::new(), "Any");
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
}

fn appearance_section(ui: &mut Ui, draft: &mut SettingsDraft) {
    section(ui, "Appearance");
    ui.horizontal(|ui| {
        ui.label("Theme");
        ui.radio_value(&mut draft.theme, Theme::System, "System");
        ui.radio_value(&mut draft.theme, Theme::Light, "Light");
        ui.radio_value(&mut draft.theme, Theme::Dark, "Dark");
    });
    ui.horizontal(|ui| {
        let l = ui.label("Notifications");
        ui.checkbox(
            &mut draft.notifications,
            "Notify me when a server appears while LanScout is in the background (auto-refresh)",
        )
        .labelled_by(l.id);
    });
}
