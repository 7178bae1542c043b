//! The views: functions of the app state that draw it and queue commands.

use std::time::Instant;

use egui::{
    accesskit::Role, Align, Color32, FontId, Layout, Margin, RichText, Sense, TextStyle, Ui, Vec2,
};
use egui_extras::{Column as TableColumn, TableBuilder};

use super::command::Command;
use super::model::{self, Column, Level, WebPort};
use super::settings_dialog::{self, badge, SettingsDraft};
use super::state::State;

/// The look: a little more air than egui's defaults, readable sizes.
pub fn apply_style(ctx: &egui::Context) {
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

/// A labelled on/off switch (AccessKit role: switch, named by its text).
/// Returns the response; `clicked()` means "flip it".
pub fn switch(ui: &mut Ui, on: bool, label: &str) -> egui::Response {
    let h = 18.0;
    let track = Vec2::new(h * 1.9, h);
    let galley = egui::WidgetText::from(label).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        TextStyle::Button,
    );
    let gap = 8.0;
    let size = Vec2::new(
        track.x + gap + galley.size().x,
        ui.spacing().interact_size.y.max(galley.size().y),
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    let enabled = ui.is_enabled();
    response.widget_info(|| egui::WidgetInfo::selected(Role::Switch, enabled, on, label));
    if ui.is_rect_visible(rect) {
        let t = ui.ctx().animate_bool_responsive(response.id, on);
        let visuals = ui.style().interact_selectable(&response, on);
        let track_rect =
            egui::Rect::from_min_size(egui::pos2(rect.min.x, rect.center().y - h / 2.0), track);
        let radius = h / 2.0;
        let fill = if on {
            ui.visuals().selection.bg_fill
        } else {
            ui.visuals().widgets.inactive.bg_fill
        };
        ui.painter().rect(
            track_rect,
            radius,
            fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
        let cx = egui::lerp(
            (track_rect.left() + radius)..=(track_rect.right() - radius),
            t,
        );
        ui.painter().circle(
            egui::pos2(cx, track_rect.center().y),
            radius - 2.5,
            Color32::WHITE,
            egui::Stroke::new(1.0, Color32::from_black_alpha(60)),
        );
        let text_pos = egui::pos2(
            track_rect.right() + gap,
            rect.center().y - galley.size().y / 2.0,
        );
        ui.painter()
            .galley(text_pos, galley, ui.visuals().text_color());
    }
    response
}

fn command_button(ui: &mut Ui, c: Command, out: &mut Vec<Command>) -> egui::Response {
    let r = ui
        .button(c.label())
        .on_hover_text(c.tooltip_with_shortcut(ui.ctx()));
    if r.clicked() {
        out.push(c);
    }
    r
}

/// The whole window.
pub fn main_window(
    state: &State,
    dialog: Option<&mut SettingsDraft>,
    filter: &mut String,
    ui: &mut Ui,
) -> Vec<Command> {
    let mut out = Vec::new();
    let now = Instant::now();

    egui::Panel::top("toolbar")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(Margin::symmetric(10, 8)))
        .show(ui, |ui| toolbar(state, filter, ui, &mut out));

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

    egui::Panel::bottom("status")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(Margin::symmetric(10, 5)))
        .show(ui, |ui| status_bar(state, ui, &mut out));

    if state.view.show_messages {
        egui::Panel::bottom("messages")
            .resizable(true)
            .default_size(150.0)
            .min_size(80.0)
            .show(ui, |ui| messages(state, ui, &mut out));
    }

    egui::CentralPanel::default()
        .frame(egui::Frame::central_panel(ui.style()).inner_margin(Margin::symmetric(10, 8)))
        .show(ui, |ui| {
            if state.servers.visible().is_empty() {
                empty_state(state, ui, &mut out);
            } else {
                server_table(state, ui, &mut out, now);
            }
        });

    if let Some(draft) = dialog {
        let resp = egui::Modal::new(egui::Id::unique("settings-dialog")).show(ui.ctx(), |ui| {
            settings_dialog::show(ui, draft, &state.interfaces)
        });
        out.extend(resp.inner);
        if resp.is_top_modal
            && !resp.any_popup_open
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            out.push(Command::CancelSettings);
        }
    }
    out
}

fn toolbar(state: &State, filter: &mut String, ui: &mut Ui, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let c = if state.scanning {
            Command::Stop
        } else {
            Command::Scan
        };
        let r = ui
            .add(
                egui::Button::new(RichText::new(c.label()).strong())
                    .min_size(Vec2::new(92.0, 28.0)),
            )
            .on_hover_text(c.tooltip_with_shortcut(ui.ctx()));
        if r.clicked() {
            out.push(c);
        }
        let c = Command::OpenSettings;
        let r = ui
            .add(egui::Button::new(c.label()).min_size(Vec2::new(0.0, 28.0)))
            .on_hover_text(c.tooltip_with_shortcut(ui.ctx()));
        if r.clicked() {
            out.push(c);
        }
        ui.separator();
        let serving = state.serving.is_some();
        let c = Command::SetServerMode(!serving);
        if switch(ui, serving, c.label())
            .on_hover_text(c.tooltip())
            .clicked()
        {
            out.push(c);
        }
        ui.add_space(6.0);
        let mut auto = state.settings.scan.auto_refresh;
        let c = Command::SetAutoRefresh(!auto);
        if ui
            .checkbox(&mut auto, c.label())
            .on_hover_text(format!(
                "{} — every {} s",
                c.tooltip(),
                state.settings.scan.auto_refresh_secs
            ))
            .changed()
        {
            out.push(Command::SetAutoRefresh(auto));
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let edit = ui.add(
                egui::TextEdit::singleline(filter)
                    .hint_text("name, address, port")
                    .desired_width(180.0),
            );
            let label = ui.label("🔍 Filter");
            if edit.changed() {
                out.push(Command::SetFilter(filter.clone()));
            }
            edit.labelled_by(label.id).on_hover_text(
                "Show only servers whose address, port or interface contains this text",
            );
        });
    });
}

fn banner(ui: &mut Ui, m: &model::Message, out: &mut Vec<Command>) {
    let (icon, color) = level_look(ui, m.level);
    ui.horizontal(|ui| {
        ui.label(RichText::new(icon).color(color).strong());
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            command_button(ui, Command::DismissBanner, out);
            ui.with_layout(
                Layout::left_to_right(Align::Center).with_main_wrap(true),
                |ui| {
                    ui.add(egui::Label::new(RichText::new(&m.text).color(color)).wrap());
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
    let mut text = match p.duration {
        Some(d) => format!("Scanning… {elapsed:.1} s of {:.1} s", d.as_secs_f32()),
        None => "Scanning…".to_string(),
    };
    if p.planned > 0 {
        text.push_str(&format!(" · {} of {} probes sent", p.sent, p.planned));
    }
    if let (true, Some(d)) = (p.sweep && p.sent < p.planned, p.duration) {
        let left = (d.as_secs_f32() - elapsed).max(0.0).round();
        text.push_str(&format!(" · about {left:.0} s left"));
    }
    let found = p.seen.len();
    if found > 0 {
        text.push_str(&format!(
            " · {found} {} answered",
            if found == 1 { "server" } else { "servers" }
        ));
    }
    ui.add(
        egui::ProgressBar::new(fraction)
            .text(text)
            .desired_height(20.0),
    );
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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

fn status_bar(state: &State, ui: &mut Ui, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let n = state.servers.len();
        ui.label(RichText::new(plural(n, "server", "servers")).strong());
        ui.separator();
        let choices = match (state.scanning, &state.last_scan) {
            (false, Some(last)) => &last.interfaces,
            _ => &state.scan_interfaces,
        };
        let names = used_interfaces(choices);
        let targets =
            state.settings.scan.favourites.len() + state.settings.scan.extra_targets.len();
        let via = if names.is_empty() && targets == 0 {
            if state.scans_started == 0 {
                "Interfaces: —".to_string()
            } else {
                "Interfaces: none".to_string()
            }
        } else {
            let mut t = format!(
                "Interfaces: {}",
                if names.is_empty() {
                    "none".into()
                } else {
                    names.join(", ")
                }
            );
            if targets > 0 {
                t.push_str(&format!(" + {}", plural(targets, "target", "targets")));
            }
            t
        };
        ui.label(via);
        ui.separator();
        if state.scanning {
            ui.label("Scanning…");
        } else if let Some(s) = &state.last_scan {
            let what = if s.sweep { "Last sweep" } else { "Last scan" };
            let stopped = if s.stats.cancelled { " (stopped)" } else { "" };
            ui.label(format!(
                "{what}: {:.1} s{stopped}",
                s.stats.elapsed.as_secs_f64()
            ));
        } else {
            ui.label("No scan yet");
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let warnings = state
                .messages
                .iter()
                .filter(|m| m.level >= Level::Warning)
                .count();
            let label = if warnings > 0 {
                format!("⚠ Messages ({warnings})")
            } else {
                "Messages".to_string()
            };
            let c = Command::ToggleMessages;
            let mut shown = state.view.show_messages;
            if ui
                .toggle_value(&mut shown, label)
                .on_hover_text(c.tooltip())
                .clicked()
            {
                out.push(c);
            }
            ui.separator();
            match state.serving {
                Some(s) => {
                    ui.label(format!(
                        "Server mode on · UDP {} · {} answered",
                        s.port,
                        plural(s.answered as usize, "request", "requests")
                    ));
                }
                None => {
                    ui.weak("Server mode off");
                }
            }
        });
    });
}

fn messages(state: &State, ui: &mut Ui, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.strong("Messages");
        if let Some(p) = &state.log_path {
            ui.weak(format!("also written to {}", p.display()));
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if ui.button("Hide messages").clicked() {
                out.push(Command::ToggleMessages);
            }
        });
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .stick_to_bottom(true)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if state.messages.is_empty() {
                ui.weak("Nothing to report.");
            }
            for m in &state.messages {
                let (icon, color) = level_look(ui, m.level);
                ui.horizontal_wrapped(|ui| {
                    ui.weak(format!("{:>6.1} s", m.at.as_secs_f32()));
                    ui.label(RichText::new(icon).color(color));
                    ui.label(&m.text);
                });
            }
        });
}

fn server_table(state: &State, ui: &mut Ui, out: &mut Vec<Command>, now: Instant) {
    let visible: Vec<usize> = state.servers.visible().to_vec();
    let selected = state.selected;
    let mut new_selected = None;
    let (sort, descending) = (state.view.sort, state.view.descending);
    let mut new_sort = None;
    let rows = state.servers.rows();
    let row_h = 28.0;
    // The name column takes what the fixed columns leave, within limits,
    // so that every column fits from 800 px wide up.
    let address_width = 140.0;
    let name_width = (ui.available_width() - 500.0 - address_width).clamp(130.0, 420.0);
    TableBuilder::new(ui)
        .id_salt("servers")
        .striped(true)
        .resizable(false)
        .sense(Sense::click())
        .cell_layout(Layout::left_to_right(Align::Center))
        .column(TableColumn::exact(name_width).clip(true))
        .column(TableColumn::exact(address_width).clip(true))
        .column(TableColumn::exact(60.0))
        .column(TableColumn::exact(100.0).clip(true))
        .column(TableColumn::exact(90.0))
        .column(TableColumn::exact(90.0))
        .column(TableColumn::remainder().at_least(110.0).clip(true))
        .header(30.0, |mut header| {
            for col in Column::ALL {
                header.col(|ui| {
                    let arrow = if col == sort {
                        if descending {
                            " ⏷"
                        } else {
                            " ⏶"
                        }
                    } else {
                        ""
                    };
                    let r = ui
                        .add(
                            egui::Button::new(
                                RichText::new(format!("{}{arrow}", col.title())).strong(),
                            )
                            .frame(false),
                        )
                        .on_hover_text(format!("Sort by {}", col.title().to_lowercase()));
                    if r.clicked() {
                        new_sort = Some(if col == sort {
                            (col, !descending)
                        } else {
                            (col, false)
                        });
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_h, visible.len(), |mut row| {
                let r = &rows[visible[row.index()]];
                let s = &r.server;
                let key = s.key();
                row.set_selected(selected == Some(key));
                let stale = r.is_stale();
                let dim = |ui: &Ui, t: String| {
                    if stale {
                        RichText::new(t).color(ui.visuals().weak_text_color())
                    } else {
                        RichText::new(t)
                    }
                };
                row.col(|ui| {
                    let name = match r.name() {
                        Some(n) => dim(ui, n.to_string()).strong(),
                        None if r.details.is_none() && r.web == WebPort::Checking => {
                            RichText::new("looking up…").weak()
                        }
                        // The badge says it all.
                        None if s.is_local => RichText::new(""),
                        None => RichText::new("—").weak(),
                    };
                    ui.label(name).on_hover_ui(|ui| details_tooltip(ui, r, now));
                    // The next-best detail, so two rows with one title differ.
                    if let Some(second) = r.details.as_ref().and_then(secondary_name) {
                        ui.weak(second);
                    }
                    if s.is_local {
                        badge(ui, "this computer");
                    }
                    if stale {
                        badge(ui, "stale");
                    }
                });
                row.col(|ui| {
                    let link_ip = r.details.as_ref().map_or(s.ip, |d| d.link);
                    let link = ui
                        .link(dim(ui, link_ip.to_string()))
                        .on_hover_text(format!("Open {}", r.url()));
                    if link.clicked() {
                        out.push(Command::OpenServer(key));
                    }
                    link.context_menu(|ui| row_menu(ui, key, out));
                    let note = r.details.as_ref().and_then(|d| d.link_note.clone());
                    if let Some(note) = note {
                        ui.weak("⚠").on_hover_text(note);
                    } else if let Some(a) = s.announced {
                        ui.weak(format!("announced {a}")).on_hover_text(format!(
                            "The server announced {a}, but its reply came from {}",
                            s.source
                        ));
                    }
                });
                row.col(|ui| {
                    ui.label(dim(ui, s.port.to_string()));
                });
                row.col(|ui| {
                    ui.label(dim(ui, s.interface.clone().unwrap_or_else(|| "—".into())));
                });
                row.col(|ui| {
                    ui.label(dim(ui, model::format_rtt(r.rtt)));
                });
                row.col(|ui| {
                    let ago = now.saturating_duration_since(r.last_seen);
                    let mut t = model::format_ago(ago);
                    if r.missed > 0 {
                        t.push_str(&format!(" · missed {}", r.missed));
                    }
                    ui.label(dim(ui, t));
                });
                row.col(|ui| match &r.web {
                    WebPort::Open => {
                        ui.label(
                            RichText::new("✔ reachable").color(Color32::from_rgb(40, 160, 80)),
                        );
                    }
                    WebPort::Closed(e) => {
                        ui.label(RichText::new("✖ no answer").color(ui.visuals().warn_fg_color))
                            .on_hover_text(format!("TCP port {}: {e}", s.port));
                    }
                    WebPort::Checking => {
                        ui.weak("checking…");
                    }
                    WebPort::Unchecked => {
                        ui.weak("—");
                    }
                });
                let resp = row.response();
                if resp.clicked() {
                    new_selected = Some(key);
                }
                if resp.double_clicked() {
                    out.push(Command::OpenServer(key));
                }
                resp.context_menu(|ui| row_menu(ui, key, out));
            });
        });
    if let Some(k) = new_selected {
        out.push(Command::Select(k));
    }
    if let Some((c, d)) = new_sort {
        out.push(Command::SortBy(c, d));
    }
}

/// What follows the name in a row: the host name after a title, else the
/// maker after a host name.
fn secondary_name(d: &crate::details::Details) -> Option<&str> {
    match (&d.title, &d.hostname) {
        (Some(_), Some(h)) => Some(h),
        (None, Some(_)) => d.vendor.as_deref(),
        _ => None,
    }
}

/// Every detail of a server, for the name's hover card.
fn details_tooltip(ui: &mut Ui, r: &model::ServerRow, now: Instant) {
    let s = &r.server;
    let d = r.details.as_ref();
    let field = |v: Option<&String>| v.cloned().unwrap_or_else(|| "—".into());
    let lines = [
        ("Page title", field(d.and_then(|d| d.title.as_ref()))),
        ("Host name", field(d.and_then(|d| d.hostname.as_ref()))),
        ("Web server", field(d.and_then(|d| d.server.as_ref()))),
        ("Hardware", field(d.and_then(|d| d.mac.as_ref()))),
        ("Maker", field(d.and_then(|d| d.vendor.as_ref()))),
        ("Opens", r.url().to_string()),
        ("Announced", s.announced.unwrap_or(s.ip).to_string()),
        ("Reply from", s.source.to_string()),
        ("Round trip", model::format_rtt(r.rtt)),
        (
            "First seen",
            model::format_ago(now.saturating_duration_since(r.first_seen)),
        ),
        (
            "Last seen",
            model::format_ago(now.saturating_duration_since(r.last_seen)),
        ),
    ];
    egui::Grid::new("details").num_columns(2).show(ui, |ui| {
        for (k, v) in lines {
            ui.weak(k);
            ui.label(v);
            ui.end_row();
        }
    });
    if let Some(note) = d.and_then(|d| d.link_note.as_ref()) {
        ui.label(note);
    }
    if d.is_none() {
        if r.remembered.is_some() {
            ui.weak("Name from an earlier run; lookups are off or still running.");
        } else {
            ui.weak("Name lookups are off or still running.");
        }
    }
}

fn row_menu(ui: &mut Ui, key: crate::discovery::ServerKey, out: &mut Vec<Command>) {
    for c in [
        Command::OpenServer(key),
        Command::CopyUrl(key),
        Command::CopyAddress(key),
        Command::AddFavourite(key),
    ] {
        if ui.button(c.label()).on_hover_text(c.tooltip()).clicked() {
            out.push(c);
            ui.close();
        }
    }
}

fn empty_state(state: &State, ui: &mut Ui, out: &mut Vec<Command>) {
    ui.add_space(ui.available_height().min(600.0) * 0.12);
    ui.vertical_centered(|ui| {
        ui.set_max_width(620.0);
        if !state.servers.is_empty() {
            ui.heading("No server matches the filter");
            ui.label(format!("Nothing contains “{}”.", state.filter.trim()));
            return;
        }
        if state.scanning {
            ui.heading("Looking for servers…");
            ui.label("Servers appear here the moment they answer.");
            return;
        }
        let Some(summary) = &state.last_scan else {
            ui.heading("No scan yet");
            ui.label(format!(
                "Press {} ({}) to find the servers on your network.",
                Command::Scan.label(),
                ui.ctx().format_shortcut(&Command::Scan.shortcuts()[0])
            ));
            return;
        };
        ui.heading("No servers found");
        ui.add_space(6.0);
        ui.with_layout(Layout::top_down(Align::Min), |ui| {
            ui.label(RichText::new("Why the list may be empty:").strong());
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
                    out.push(c);
                }
                if ui
                    .button("Open settings…")
                    .on_hover_text(Command::OpenSettings.tooltip_with_shortcut(ui.ctx()))
                    .clicked()
                {
                    out.push(Command::OpenSettings);
                }
            });
        });
    });
}
