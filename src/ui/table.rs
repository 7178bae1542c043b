//! The server table: one row per server, the name first, sortable by
//! every column; rows emit commands (open, select, sort, menu entries).

use std::time::Instant;

use egui::{Align, Color32, Layout, RichText, Sense, Ui};
use egui_extras::{Column as TableColumn, TableBuilder, TableRow};

use super::command::{Command, Edit, Request};
use super::format;
use super::model::{self, Column, WebPort};
use super::state::State;
use super::widgets::badge;
use crate::discovery::Source;

pub fn server_table(state: &State, ui: &mut Ui, out: &mut Vec<Request>, now: Instant) {
    let visible = state.servers.visible();
    let rows = state.servers.rows();
    let (sort, descending) = (state.view.sort, state.view.descending);
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
                header.col(|ui| sort_button(ui, col, sort, descending, out));
            }
        })
        .body(|body| {
            body.rows(28.0, visible.len(), |mut row| {
                let r = &rows[visible[row.index()]];
                let key = r.server.key();
                row.set_selected(state.selected == Some(key));
                row_cells(&mut row, r, out, now);
                let resp = row.response();
                if resp.clicked() {
                    out.push(Edit::Select(key).into());
                }
                if resp.double_clicked() {
                    out.push(Command::OpenServer(key).into());
                }
                resp.context_menu(|ui| row_menu(ui, key, r.favourite.as_deref(), out));
            });
        });
}

/// A column header that sorts by its column (again: the other way).
fn sort_button(ui: &mut Ui, col: Column, sort: Column, descending: bool, out: &mut Vec<Request>) {
    let arrow = match (col == sort, descending) {
        (true, true) => " ⏷",
        (true, false) => " ⏶",
        (false, _) => "",
    };
    let r = ui
        .add(
            egui::Button::new(RichText::new(format!("{}{arrow}", col.title())).strong())
                .frame(false),
        )
        .on_hover_text(format!("Sort by {}", col.title().to_lowercase()));
    if r.clicked() {
        out.push(Edit::SortBy(col, col == sort && !descending).into());
    }
}

/// Text of a row, greyed when the server is stale.
fn dim(ui: &Ui, stale: bool, text: String) -> RichText {
    if stale {
        RichText::new(text).color(ui.visuals().weak_text_color())
    } else {
        RichText::new(text)
    }
}

/// The cells of one server's row.
fn row_cells(
    row: &mut TableRow<'_, '_>,
    r: &model::ServerRow,
    out: &mut Vec<Request>,
    now: Instant,
) {
    let s = &r.server;
    let stale = r.is_stale();
    row.col(|ui| name_cell(ui, r, now));
    row.col(|ui| address_cell(ui, r, out));
    row.col(|ui| {
        ui.label(dim(ui, stale, s.port.to_string()));
    });
    row.col(|ui| {
        ui.label(dim(
            ui,
            stale,
            s.interface.clone().unwrap_or_else(|| "—".into()),
        ));
    });
    row.col(|ui| {
        ui.label(dim(ui, stale, format::format_rtt(r.rtt)));
    });
    row.col(|ui| {
        let mut t = format::format_ago(now.saturating_duration_since(r.last_seen));
        if r.missed > 0 {
            t.push_str(&format!(" · missed {}", r.missed));
        }
        ui.label(dim(ui, stale, t));
    });
    row.col(|ui| web_cell(ui, &r.web, s.port));
}

fn name_cell(ui: &mut Ui, r: &model::ServerRow, now: Instant) {
    let stale = r.is_stale();
    let name = match r.name() {
        Some(n) => dim(ui, stale, n.to_string()).strong(),
        None if r.details.is_none() && r.web == WebPort::Checking => {
            RichText::new("looking up…").weak()
        }
        // The badge says it all.
        None if r.server.is_local => RichText::new(""),
        None => RichText::new("—").weak(),
    };
    ui.label(name).on_hover_ui(|ui| details_tooltip(ui, r, now));
    // The next-best detail, so two rows with one title differ.
    if let Some(second) = r.details.as_ref().and_then(secondary_name) {
        ui.weak(second);
    }
    if r.server.is_local {
        badge(ui, "this computer");
    }
    // The source, when it is not only the UDP probe everyone expects.
    if r.sources().any(|s| s != Source::Udp) {
        let text: Vec<&str> = r.sources().map(Source::badge).collect();
        badge(ui, &text.join(" + "))
            .on_hover_text("How it was found: UDP = answered the discovery probe, DNS-SD = announced itself over mDNS");
    }
    if r.fresh {
        badge(ui, "new");
    }
    if r.favourite.is_some() && r.missed > 0 {
        badge(ui, "unreachable");
    } else if stale {
        badge(ui, "stale");
    }
}

fn address_cell(ui: &mut Ui, r: &model::ServerRow, out: &mut Vec<Request>) {
    let s = &r.server;
    let key = s.key();
    let link_ip = r.details.as_ref().map_or(s.ip, |d| d.link);
    let link = ui
        .link(dim(ui, r.is_stale(), link_ip.to_string()))
        .on_hover_text(format!("Open {}", r.url()));
    if link.clicked() {
        out.push(Command::OpenServer(key).into());
    }
    link.context_menu(|ui| row_menu(ui, key, r.favourite.as_deref(), out));
    let note = r.details.as_ref().and_then(|d| d.link_note.clone());
    if let Some(note) = note {
        ui.weak("⚠").on_hover_text(note);
    } else if let Some(a) = s.announced {
        ui.weak(format!("announced {a}")).on_hover_text(format!(
            "The server announced {a}, but its reply came from {}",
            s.source
        ));
    }
}

fn web_cell(ui: &mut Ui, web: &WebPort, port: u16) {
    match web {
        WebPort::Open => {
            ui.label(RichText::new("✔ reachable").color(Color32::from_rgb(40, 160, 80)));
        }
        WebPort::Closed(e) => {
            ui.label(RichText::new("✖ no answer").color(ui.visuals().warn_fg_color))
                .on_hover_text(format!("TCP port {port}: {e}"));
        }
        WebPort::Checking => {
            ui.weak("checking…");
        }
        WebPort::Unchecked => {
            ui.weak("—");
        }
    }
}

fn row_menu(
    ui: &mut Ui,
    key: crate::discovery::ServerKey,
    favourite: Option<&str>,
    out: &mut Vec<Request>,
) {
    let mut commands = vec![
        Command::OpenServer(key),
        Command::CopyUrl(key),
        Command::CopyAddress(key),
        Command::ShowQr(key),
    ];
    match favourite {
        Some(entry) => commands.extend([
            Command::RenameFavourite(entry.to_string()),
            Command::RemoveFavourite(entry.to_string()),
        ]),
        None => commands.push(Command::AddFavourite(key)),
    }
    for c in commands {
        if ui.button(c.label()).on_hover_text(c.tooltip()).clicked() {
            out.push(c.into());
            ui.close();
        }
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
        ("Round trip", format::format_rtt(r.rtt)),
        (
            "First seen",
            format::format_ago(now.saturating_duration_since(r.first_seen)),
        ),
        (
            "Last seen",
            format::format_ago(now.saturating_duration_since(r.last_seen)),
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
