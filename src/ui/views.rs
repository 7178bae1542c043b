//! The views: functions of the app state that draw it and queue commands.

use std::time::Instant;

use egui::{
    Align, Color32, FontId, Layout, Margin, Rect, RichText, TextStyle, Ui, UiBuilder, Vec2,
};

use super::command::{Command, Edit, Request};
use super::model::{self, Level};
use super::settings_dialog::{self, SettingsDraft};
use super::state::State;
use super::widgets::{name_plainly, switch};
use crate::i18n::decimal;
use crate::tr;

/// The look: a little more air than egui's defaults, readable sizes.
pub fn apply_style(ctx: &egui::Context) {
    super::fonts::install(ctx);
    ctx.set_visuals_of(egui::Theme::Light, super::theme::visuals(false));
    ctx.set_visuals_of(egui::Theme::Dark, super::theme::visuals(true));
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = Vec2::new(8.0, 6.0);
        style.spacing.button_padding = Vec2::new(10.0, 4.0);
        style.spacing.interact_size.y = 24.0;
        style.text_styles = [
            (TextStyle::Heading, FontId::proportional(20.0)),
            (TextStyle::Body, FontId::proportional(14.0)),
            (TextStyle::Button, FontId::proportional(14.0)),
            (TextStyle::Monospace, FontId::monospace(13.0)),
            (TextStyle::Small, FontId::proportional(11.5)),
        ]
        .into();
    });
}

fn command_button(ui: &mut Ui, c: Command, out: &mut Vec<Request>) -> egui::Response {
    let label = c.label();
    let r = ui
        .button(&label)
        .on_hover_text(c.tooltip_with_shortcut(ui.ctx()));
    name_plainly(ui, &r, &label);
    if r.clicked() {
        out.push(c.into());
    }
    r
}

/// The whole window.
pub fn main_window(
    state: &State,
    dialog: Option<&mut SettingsDraft>,
    rename: Option<&mut super::favourites::Rename>,
    ui: &mut Ui,
) -> Vec<Request> {
    let mut out = Vec::new();
    let now = Instant::now();

    egui::Panel::top("toolbar")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(Margin::symmetric(10, 8)))
        .show(ui, |ui| toolbar(state, ui, &mut out));

    if let Some(b) = state.banner.clone() {
        egui::Panel::top("banner")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(Margin::symmetric(10, 6)))
            .show(ui, |ui| banner(ui, &b, &mut out));
    }

    if state.scanning {
        egui::Panel::top("progress")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(Margin::symmetric(10, 6)))
            .show(ui, |ui| progress(state, ui, now));
    }

    // The list, the messages and the status bar are laid out by hand in
    // the central area, in screen order, so that Tab goes toolbar → list →
    // messages → status bar (egui gives focus in the order widgets are
    // made, and a bottom panel must be made before the central one).
    egui::CentralPanel::default()
        .frame(egui::Frame::NONE)
        .show(ui, |ui| lower_area(state, ui, &mut out, now));

    if let Some(edit) = rename {
        super::favourites::rename_box(edit, ui, &mut out);
    }

    if let Some(key) = state.qr {
        super::qr::window(state, key, ui, &mut out);
    }

    super::about::window(state, ui, &mut out);

    if let Some(draft) = dialog {
        let resp = egui::Modal::new(egui::Id::unique("settings-dialog")).show(ui.ctx(), |ui| {
            settings_dialog::show(ui, draft, &state.interfaces)
        });
        // Escape is a shortcut (Command::CancelSettings); a click beside
        // the dialog does nothing, so that a stray click loses no typing.
        out.extend(resp.inner);
    }
    out
}

/// Heights remembered from the last frame (what the status bar measured,
/// where the user dragged the messages' edge).
fn remembered(ui: &Ui, key: &str, default: f32) -> f32 {
    ui.data(|d| d.get_temp(egui::Id::unique(key)))
        .unwrap_or(default)
}

fn remember(ui: &Ui, key: &str, value: f32) {
    ui.data_mut(|d| d.insert_temp(egui::Id::unique(key), value));
}

/// Everything under the top bars: the server list (with the favourites
/// that do not answer under it), the messages when shown, the status bar.
fn lower_area(state: &State, ui: &mut Ui, out: &mut Vec<Request>, now: Instant) {
    let full = ui.max_rect();
    let line = ui.visuals().widgets.noninteractive.bg_stroke;
    let status_h = remembered(ui, "status-height", 35.0);
    let status_rect =
        Rect::from_min_max(egui::pos2(full.left(), full.bottom() - status_h), full.max);
    let mut list_bottom = status_rect.top();
    let messages_rect = state.view.show_messages.then(|| {
        let room = (list_bottom - full.top()) * 0.6;
        let h = remembered(ui, "messages-height", 150.0).clamp(80.0_f32.min(room), room.max(80.0));
        let r = Rect::from_min_max(
            egui::pos2(full.left(), list_bottom - h),
            egui::pos2(full.right(), list_bottom),
        );
        list_bottom = r.top();
        r
    });
    let list_rect = Rect::from_min_max(full.min, egui::pos2(full.right(), list_bottom));

    ui.scope_builder(UiBuilder::new().id_salt("list").max_rect(list_rect), |ui| {
        egui::Frame::central_panel(ui.style())
            .inner_margin(Margin::symmetric(10, 8))
            .show(ui, |ui| {
                ui.set_min_size(ui.available_size());
                let missing = super::favourites::not_answering(state);
                let missing_h = if missing.is_empty() {
                    0.0
                } else {
                    16.0 + 26.0 * (missing.len() + 1) as f32
                };
                let area = ui.available_rect_before_wrap();
                let table_rect = Rect::from_min_max(
                    area.min,
                    egui::pos2(area.right(), (area.bottom() - missing_h).max(area.top())),
                );
                ui.scope_builder(
                    UiBuilder::new()
                        .id_salt("servers-area")
                        .max_rect(table_rect),
                    |ui| {
                        if state.servers.visible().is_empty() {
                            empty_state(state, ui, out);
                        } else {
                            super::table::server_table(state, ui, out, now);
                        }
                    },
                );
                if !missing.is_empty() {
                    let rect =
                        Rect::from_min_max(egui::pos2(area.left(), table_rect.bottom()), area.max);
                    ui.painter().hline(area.x_range(), rect.top(), line);
                    ui.scope_builder(
                        UiBuilder::new()
                            .id_salt("favourites-missing")
                            .max_rect(rect),
                        |ui| super::favourites::missing_list(&missing, ui, out),
                    );
                }
            });
    });

    if let Some(rect) = messages_rect {
        // The top edge is a handle: drag it to make the messages taller.
        let handle = Rect::from_center_size(
            egui::pos2(rect.center().x, rect.top()),
            egui::vec2(rect.width(), 6.0),
        );
        let drag = ui
            .interact(
                handle,
                egui::Id::unique("messages-resize"),
                egui::Sense::drag(),
            )
            .on_hover_cursor(egui::CursorIcon::ResizeVertical);
        if drag.dragged() {
            remember(ui, "messages-height", rect.height() - drag.drag_delta().y);
        }
        ui.painter().hline(rect.x_range(), rect.top(), line);
        ui.scope_builder(UiBuilder::new().id_salt("messages").max_rect(rect), |ui| {
            egui::Frame::side_top_panel(ui.style())
                .inner_margin(Margin::symmetric(8, 6))
                .show(ui, |ui| {
                    ui.set_min_size(ui.available_size());
                    messages(state, ui, out)
                });
        });
    }

    ui.painter()
        .hline(status_rect.x_range(), status_rect.top(), line);
    let status = ui.scope_builder(
        UiBuilder::new().id_salt("status").max_rect(status_rect),
        |ui| {
            egui::Frame::side_top_panel(ui.style())
                .inner_margin(Margin::symmetric(10, 5))
                .show(ui, |ui| {
                    ui.set_min_width(ui.available_width());
                    status_bar(state, ui, out)
                })
                .response
                .rect
                .height()
        },
    );
    if (status.inner - status_h).abs() > 0.5 {
        remember(ui, "status-height", status.inner);
        ui.ctx().request_repaint();
    }
}

fn toolbar(state: &State, ui: &mut Ui, out: &mut Vec<Request>) {
    ui.horizontal(|ui| {
        let c = if state.scanning {
            Command::Stop
        } else {
            Command::Scan
        };
        let label = c.label();
        let r = ui
            .add(egui::Button::new(RichText::new(&label).strong()).min_size(Vec2::new(92.0, 28.0)))
            .on_hover_text(c.tooltip_with_shortcut(ui.ctx()));
        name_plainly(ui, &r, &label);
        if r.clicked() {
            out.push(c.into());
        }
        let c = Command::OpenSettings;
        let label = c.label();
        let r = ui
            .add(egui::Button::new(&label).min_size(Vec2::new(0.0, 28.0)))
            .on_hover_text(c.tooltip_with_shortcut(ui.ctx()));
        name_plainly(ui, &r, &label);
        if r.clicked() {
            out.push(c.into());
        }
        ui.separator();
        let serving = state.serving.is_some() || state.server_starting;
        let c = Command::SetServerMode(!serving);
        if switch(ui, serving, &c.label())
            .on_hover_text(c.tooltip())
            .clicked()
        {
            out.push(c.into());
        }
        ui.add_space(6.0);
        let mut auto = state.settings.scan.auto_refresh;
        let c = Command::SetAutoRefresh(!auto);
        if ui
            .checkbox(&mut auto, c.label())
            .on_hover_text(tr!(
                "toolbar-auto-refresh-tip",
                tip = c.tooltip(),
                secs = state.settings.scan.auto_refresh_secs
            ))
            .changed()
        {
            out.push(Command::SetAutoRefresh(auto).into());
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            // Edited as a copy: the filter in effect is the one copy there is.
            let mut filter = state.filter.clone();
            // The field gives way when the toolbar's words are long
            // (French, Russian at 800 px): it never runs under them.
            let caption = tr!("filter-label");
            let caption_w = super::widgets::text_width(ui, &caption, TextStyle::Body);
            let room = ui.available_width() - caption_w - 3.0 * ui.spacing().item_spacing.x;
            let edit = ui.add(
                egui::TextEdit::singleline(&mut filter)
                    .hint_text(tr!("filter-hint"))
                    .desired_width(room.clamp(80.0, 180.0)),
            );
            let label = ui.label(&caption);
            name_plainly(ui, &label, &caption);
            if edit.changed() {
                out.push(Edit::SetFilter(filter).into());
            }
            edit.labelled_by(label.id).on_hover_text(tr!("filter-tip"));
        });
    });
}

fn banner(ui: &mut Ui, m: &model::Message, out: &mut Vec<Request>) {
    let (icon, color) = level_look(ui, m.level);
    ui.horizontal(|ui| {
        ui.label(RichText::new(icon).color(color).strong());
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            command_button(ui, Command::DismissBanner, out);
            ui.with_layout(
                Layout::left_to_right(Align::Center).with_main_wrap(true),
                |ui| {
                    let words = m.text();
                    let text = ui.add(egui::Label::new(RichText::new(&words).color(color)).wrap());
                    super::a11y::alert(ui, &text, &words);
                },
            );
        });
    });
}

fn level_look(ui: &Ui, level: Level) -> (&'static str, Color32) {
    match level {
        Level::Info => ("ℹ", ui.visuals().text_color()),
        Level::Warning => ("⚠", ui.visuals().warn_fg_color),
        Level::Error => ("✖", ui.visuals().error_fg_color),
    }
}

fn progress(state: &State, ui: &mut Ui, now: Instant) {
    let p = &state.progress;
    let fraction = p.fraction(now);
    let elapsed = p
        .started
        .map(|s| now.duration_since(s).as_secs_f32())
        .unwrap_or(0.0);
    let mut parts = vec![match p.duration {
        Some(d) => tr!(
            "progress-scanning-timed",
            elapsed = decimal(f64::from(elapsed), 1),
            total = decimal(d.as_secs_f64(), 1)
        ),
        None => tr!("progress-scanning"),
    }];
    if p.planned > 0 {
        parts.push(tr!("progress-probes", sent = p.sent, planned = p.planned));
    }
    if let (true, Some(d)) = (p.sweep && p.sent < p.planned, p.duration) {
        let left = (d.as_secs_f32() - elapsed).max(0.0).round();
        parts.push(tr!("progress-left", secs = f64::from(left)));
    }
    let found = p.seen.len();
    if found > 0 {
        parts.push(tr!("progress-answered", count = found));
    }
    let text = parts.join(" · ");
    let bar = ui.add(
        egui::ProgressBar::new(fraction)
            .text(text.clone())
            .desired_height(20.0),
    );
    super::a11y::progress(ui, &bar, &tr!("progress-name"), fraction, &text);
}

fn used_interfaces(choices: &[crate::net::InterfaceChoice]) -> Vec<String> {
    let mut names: Vec<String> = choices
        .iter()
        .filter(|c| c.skipped.is_none())
        .map(|c| c.interface.name.clone())
        .collect();
    names.dedup();
    names
}

/// The status bar: counts on the left, the server mode and the buttons on
/// the right. The right part is laid out first and the left part gets the
/// room it leaves, shortened with "…" when a language's words are longer
/// than the window is wide (never drawn over the right part).
fn status_bar(state: &State, ui: &mut Ui, out: &mut Vec<Request>) {
    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
        status_right(state, ui, out);
        ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            status_left(state, ui);
        });
    });
}

fn status_left(state: &State, ui: &mut Ui) {
    let n = state.servers.len();
    let last = if state.scanning {
        tr!("progress-scanning")
    } else if let Some(s) = &state.last_scan {
        let id = if s.sweep {
            crate::msg!("status-last-sweep")
        } else {
            crate::msg!("status-last-scan")
        };
        let text = tr!(id, secs = decimal(s.stats.elapsed.as_secs_f64(), 1));
        if s.stats.cancelled {
            tr!("status-stopped", what = text)
        } else {
            text
        }
    } else {
        tr!("status-no-scan")
    };
    let parts = [
        RichText::new(tr!("status-servers", count = n)).strong(),
        RichText::new(interfaces_text(state)),
        RichText::new(last),
    ];
    for (i, part) in parts.into_iter().enumerate() {
        // What does not fit even shortened is left out, not drawn over
        // its neighbour.
        if ui.available_width() < 40.0 {
            break;
        }
        if i > 0 {
            ui.separator();
        }
        ui.add(egui::Label::new(part).truncate());
    }
}

/// "Networks: eth0, wlan0 + 2 added addresses".
fn interfaces_text(state: &State) -> String {
    let choices = match (state.scanning, &state.last_scan) {
        (false, Some(last)) => &last.interfaces,
        _ => &state.scan_interfaces,
    };
    let names = used_interfaces(choices);
    let targets = state.settings.scan.favourites.len() + state.settings.scan.extra_targets.len();
    if names.is_empty() && targets == 0 && state.scans_started == 0 {
        return tr!("status-interfaces-unknown");
    }
    let names = if names.is_empty() {
        tr!("status-interfaces-none")
    } else {
        names.join(&tr!("list-separator"))
    };
    tr!("status-interfaces", names = names, targets = targets)
}

/// The status bar's right end: About, messages toggle and server mode.
fn status_right(state: &State, ui: &mut Ui, out: &mut Vec<Request>) {
    command_button(ui, Command::ShowAbout, out);
    ui.separator();
    let warnings = state
        .messages
        .iter()
        .filter(|m| m.level >= Level::Warning)
        .count();
    let c = Command::ToggleMessages;
    let label = if warnings > 0 {
        tr!("status-messages-warnings", count = warnings)
    } else {
        c.label()
    };
    let mut shown = state.view.show_messages;
    let toggle = ui
        .toggle_value(&mut shown, &label)
        .on_hover_text(c.tooltip());
    name_plainly(ui, &toggle, &label);
    if toggle.clicked() {
        out.push(c.into());
    }
    ui.separator();
    ui.menu_button(tr!("status-export"), |ui| {
        for c in [
            Command::CopyList,
            Command::SaveList(crate::export::Format::Csv),
            Command::SaveList(crate::export::Format::Json),
        ] {
            let r = ui
                .add_enabled(!state.servers.is_empty(), egui::Button::new(c.label()))
                .on_hover_text(c.tooltip());
            if r.clicked() {
                out.push(c.into());
                ui.close();
            }
        }
    });
    ui.separator();
    match &state.serving {
        Some(s) => {
            let r = ui.label(tr!("status-server-on", port = s.port, count = s.answered));
            if let Some(hint) = &s.unheard_hint {
                let hint = hint.text();
                r.on_hover_text(&hint);
                ui.colored_label(ui.visuals().warn_fg_color, tr!("status-no-requests"))
                    .on_hover_text(hint);
            }
        }
        None if state.server_starting => {
            ui.weak(tr!("status-server-starting"));
        }
        None => {
            ui.weak(tr!("status-server-off"));
        }
    }
}

fn messages(state: &State, ui: &mut Ui, out: &mut Vec<Request>) {
    ui.horizontal(|ui| {
        ui.strong(tr!("messages-title"));
        if let Some(p) = &state.log_path {
            ui.weak(tr!("messages-log", path = p.display().to_string()));
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if ui.button(tr!("messages-hide")).clicked() {
                out.push(Command::ToggleMessages.into());
            }
        });
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .stick_to_bottom(true)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if state.messages.is_empty() {
                ui.weak(tr!("messages-empty"));
            }
            for m in &state.messages {
                let (icon, color) = level_look(ui, m.level);
                ui.horizontal_wrapped(|ui| {
                    ui.weak(tr!("messages-at", secs = decimal(m.at.as_secs_f64(), 1)));
                    ui.label(RichText::new(icon).color(color));
                    ui.label(m.text());
                });
            }
        });
}

fn empty_state(state: &State, ui: &mut Ui, out: &mut Vec<Request>) {
    ui.add_space(ui.available_height().min(600.0) * 0.12);
    ui.vertical_centered(|ui| {
        ui.set_max_width(620.0);
        if !state.servers.is_empty() {
            ui.heading(tr!("empty-filter-title"));
            ui.label(tr!("empty-filter-text", filter = state.filter.trim()));
            return;
        }
        if state.scanning {
            ui.heading(tr!("empty-scanning-title"));
            ui.label(tr!("empty-scanning-text"));
            return;
        }
        let Some(summary) = &state.last_scan else {
            ui.heading(tr!("status-no-scan"));
            ui.label(tr!(
                "empty-no-scan-text",
                command = Command::Scan.label(),
                shortcut =
                    crate::ui::command::shortcut_text(ui.ctx(), &Command::Scan.shortcuts()[0])
            ));
            return;
        };
        ui.heading(tr!("empty-none-title"));
        ui.add_space(6.0);
        ui.with_layout(Layout::top_down(Align::Min), |ui| {
            ui.label(RichText::new(tr!("empty-why")).strong());
            ui.add_space(2.0);
            for h in crate::discovery::diagnose::diagnose(
                &summary.interfaces,
                &summary.stats,
                state.settings.scan.port,
            ) {
                ui.label(format!("•  {h}"));
            }
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                let c = Command::Sweep;
                let r = ui
                    .add(egui::Button::new(RichText::new(c.label()).strong()))
                    .on_hover_text(c.tooltip());
                if r.clicked() {
                    out.push(c.into());
                }
                if ui
                    .button(tr!("empty-open-settings"))
                    .on_hover_text(Command::OpenSettings.tooltip_with_shortcut(ui.ctx()))
                    .clicked()
                {
                    out.push(Command::OpenSettings.into());
                }
            });
        });
    });
}
