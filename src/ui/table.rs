//! The server table: one row per server, the name first, sortable by
//! every column; rows emit commands (open, select, sort, menu entries).
//! Laid out by hand (not egui_extras' table, whose every cell is a focus
//! stop with no name) so that assistive technologies get a table of rows.

use std::time::Instant;

use egui::accesskit::{self, Role, SortDirection};
use egui::{
    vec2, Align, Key, Layout, Modifiers, Popup, Rect, RichText, Sense, SetOpenCommand, Ui,
    UiBuilder,
};

use super::command::{Command, Edit, Request};
use super::format;
use super::model::{self, Badge, Column, WebPort};
use super::state::State;
use super::widgets::{badge, name_plainly, text_width};
use crate::discovery::Source;
use crate::tr;

/// Height of a server's row.
const ROW_HEIGHT: f32 = 28.0;
/// Height of the header row.
const HEADER_HEIGHT: f32 = 30.0;

/// Column widths for the width available: the name column takes what the
/// fixed columns leave, within limits, so that every column fits from
/// 800 px wide up; a fixed column is never narrower than its header
/// (`headers`: each header's text width, which depends on the language:
/// "Zuletzt gesehen", "インターフェイス").
fn column_widths(available: f32, gap: f32, headers: &[f32; 7]) -> [f32; 7] {
    let at_least = |n: usize, w: f32| w.max(headers[n] + HEADER_ROOM);
    let address = at_least(1, 140.0);
    let fixed = [
        0.0,
        address,
        at_least(2, 60.0),
        at_least(3, 100.0),
        at_least(4, 90.0),
        at_least(5, 90.0),
    ];
    // The other columns and the gaps (500 in English).
    let others: f32 = fixed[2..].iter().sum::<f32>() + at_least(6, 110.0) + 50.0;
    // Narrower than 130 only when a language's headers need the room.
    let name = (available - others - address).clamp(80.0, 420.0);
    let used: f32 = name + fixed[1..].iter().sum::<f32>() + gap * 6.0;
    let last = (available - used).max(at_least(6, 110.0));
    [name, fixed[1], fixed[2], fixed[3], fixed[4], fixed[5], last]
}

/// Room beside a header's text: the sort arrow and the button's margins.
const HEADER_ROOM: f32 = 24.0;

/// How wide each header's text is in the language in use.
fn header_widths(ui: &Ui) -> [f32; 7] {
    Column::ALL.map(|c| text_width(ui, &c.title(), egui::TextStyle::Button))
}

/// The server list: a table a screen reader reads as one (a header row of
/// column headers, then one focusable row per server whose name says the
/// essentials, its cells named after their columns). A row is one Tab
/// stop; Up/Down move between rows, Enter opens, Shift+F10 or the Menu
/// key opens the row's menu. Only the rows in view are laid out.
pub fn server_table(state: &State, ui: &mut Ui, out: &mut Vec<Request>, now: Instant) {
    let visible = state.servers.visible();
    let rows = state.servers.rows();
    let widths = column_widths(
        ui.available_width(),
        ui.spacing().item_spacing.x,
        &header_widths(ui),
    );
    let builder = UiBuilder::new()
        .id_salt("servers")
        .accessibility_role(Role::Table)
        .accessibility_label(tr!("table-name"));
    ui.scope_builder(builder, |ui| {
        let table = ui.unique_id();
        ui.ctx().accesskit_node_builder(table, |n| {
            n.set_row_count(visible.len() + 1);
            n.set_column_count(Column::ALL.len());
        });
        header_row(ui, table, &widths, state, out);
        egui::ScrollArea::vertical()
            .id_salt("servers-scroll")
            .auto_shrink([false, false])
            .show_rows(ui, ROW_HEIGHT, visible.len(), |ui, range| {
                for index in range {
                    let r = &rows[visible[index]];
                    let selected = state.selected == Some(r.server.key());
                    server_row(ui, table, index, r, selected, &widths, out, now);
                }
            });
    });
}

/// The column headers: buttons that sort by their column.
fn header_row(
    ui: &mut Ui,
    table: egui::Id,
    widths: &[f32; 7],
    state: &State,
    out: &mut Vec<Request>,
) {
    let rect = Rect::from_min_size(ui.cursor().min, vec2(ui.available_width(), HEADER_HEIGHT));
    let builder = UiBuilder::new()
        .id_salt("servers-header")
        .max_rect(rect)
        .layout(Layout::left_to_right(Align::Center))
        .accessibility_role(Role::Row)
        .accessibility_label(tr!("table-columns"))
        .accessibility_parent(table);
    ui.scope_builder(builder, |ui| {
        ui.set_min_size(rect.size());
        let (sort, descending) = (state.view.sort, state.view.descending);
        // The header row is one Tab stop (the sorted column's button at
        // first); Left and Right move it, and the focus with it, to the
        // column beside; Enter or Space sorts by the focused column.
        let (stop_key, ids_key) = (table.with("header-stop"), table.with("header-ids"));
        let mut stop: Column = ui.data(|d| d.get_temp(stop_key)).unwrap_or(sort);
        let mut ids: [egui::Id; 7] = ui
            .data(|d| d.get_temp(ids_key))
            .unwrap_or([egui::Id::NULL; 7]);
        if ui.memory(|m| m.has_focus(ids[stop.index()])) {
            let step = ui.input_mut(|i| {
                if i.consume_key(Modifiers::NONE, Key::ArrowRight) {
                    1
                } else if i.consume_key(Modifiers::NONE, Key::ArrowLeft) {
                    -1
                } else {
                    0
                }
            });
            if step != 0 {
                stop = stop.beside(step);
                let next = ids[stop.index()];
                ui.memory_mut(|m| m.request_focus(next));
            }
        }
        for (n, (col, width)) in Column::ALL.iter().zip(widths).enumerate() {
            cell(
                ui,
                *col,
                n,
                *width,
                HEADER_HEIGHT,
                Role::ColumnHeader,
                |ui, cell_id| {
                    if *col == sort {
                        ui.ctx().accesskit_node_builder(cell_id, |node| {
                            node.set_sort_direction(if descending {
                                SortDirection::Descending
                            } else {
                                SortDirection::Ascending
                            })
                        });
                    }
                    ids[n] = sort_button(ui, *col, (sort, descending), *col == stop, out);
                },
            );
        }
        ui.data_mut(|d| {
            d.insert_temp(stop_key, stop);
            d.insert_temp(ids_key, ids);
        });
    });
}

/// One cell of `width`, named after its column; `add` draws its content
/// (given the cell's accessibility id). Content is cut at the cell's edge.
fn cell(
    ui: &mut Ui,
    col: Column,
    index: usize,
    width: f32,
    height: f32,
    role: Role,
    add: impl FnOnce(&mut Ui, egui::Id),
) {
    let rect = Rect::from_min_size(ui.cursor().min, vec2(width, height));
    let builder = UiBuilder::new()
        .id_salt(("cell", index))
        .max_rect(rect)
        .layout(Layout::left_to_right(Align::Center))
        .accessibility_role(role)
        .accessibility_label(col.title());
    ui.scope_builder(builder, |ui| {
        let id = ui.unique_id();
        ui.ctx()
            .accesskit_node_builder(id, |n| n.set_column_index(index));
        ui.shrink_clip_rect(rect);
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
        ui.set_min_size(rect.size());
        add(ui, id);
    });
}

/// How the row's server was found, in the list's words ("answered +
/// advertised"): the same for the badge and the screen reader.
fn sources_badge(r: &super::model::ServerRow) -> String {
    let ways: Vec<String> = r
        .sources()
        .map(|s| match s {
            Source::Udp => tr!("source-answered"),
            Source::DnsSd => tr!("source-advertised"),
        })
        .collect();
    ways.join(" + ")
}

/// What a screen reader says for a row: name, address, web port, and how
/// it was found when that is not the usual UDP reply; then its badges.
pub fn row_summary(r: &model::ServerRow) -> String {
    let s = &r.server;
    let mut parts = vec![
        r.name().map_or_else(
            || {
                tr!(if s.is_local {
                    crate::msg!("badge-this-computer")
                } else {
                    crate::msg!("row-unnamed")
                })
            },
            str::to_string,
        ),
        format!("{}:{}", s.ip, s.port),
        tr!(match &r.web {
            WebPort::Open => crate::msg!("row-web-open"),
            WebPort::Closed(_) => crate::msg!("row-web-closed"),
            WebPort::Checking => crate::msg!("row-web-checking"),
            WebPort::Unchecked => crate::msg!("row-web-unchecked"),
        }),
    ];
    for badge in r.badges() {
        parts.push(match badge {
            // Unnamed, "this computer" is already the row's name.
            Badge::ThisComputer if r.name().is_none() => continue,
            Badge::ThisComputer => tr!("badge-this-computer"),
            Badge::FoundBy => tr!("row-found-by", ways = sources_badge(r)),
            Badge::New => tr!("badge-new"),
            Badge::Away => tr!("row-away"),
            Badge::Unreachable => tr!("badge-unreachable"),
            Badge::Stale => tr!("badge-stale"),
        });
    }
    parts.join(&tr!("list-separator"))
}

/// One server's row: a single focus stop (the cells hold no other), named
/// by [`row_summary`], `selected` when selected.
#[allow(clippy::too_many_arguments)]
fn server_row(
    ui: &mut Ui,
    table: egui::Id,
    index: usize,
    r: &model::ServerRow,
    selected: bool,
    widths: &[f32; 7],
    out: &mut Vec<Request>,
    now: Instant,
) {
    let key = r.server.key();
    let rect = Rect::from_min_size(ui.cursor().min, vec2(ui.available_width(), ROW_HEIGHT));
    let visuals = ui.visuals().clone();
    let fill = if selected {
        Some(visuals.selection.bg_fill)
    } else if ui.rect_contains_pointer(rect) {
        Some(super::theme::row_hover(&visuals))
    } else if index.is_multiple_of(2) {
        Some(visuals.faint_bg_color)
    } else {
        None
    };
    if let Some(fill) = fill {
        ui.painter()
            .rect_filled(rect, egui::CornerRadius::ZERO, fill);
    }
    let builder = UiBuilder::new()
        .id_salt(("server-row", key))
        .max_rect(rect)
        .layout(Layout::left_to_right(Align::Center))
        .sense(Sense::click())
        .accessibility_role(Role::Row)
        .accessibility_label(row_summary(r))
        .accessibility_parent(table);
    let resp = ui
        .scope_builder(builder, |ui| {
            ui.set_min_size(rect.size());
            if selected {
                // Every text of the selected row in the selection's text
                // colour: the contrast test covers that pair only.
                let on_selection = visuals.selection.stroke.color;
                let v = &mut ui.style_mut().visuals;
                v.override_text_color = Some(on_selection);
                v.weak_text_color = Some(on_selection);
                v.hyperlink_color = on_selection;
                v.warn_fg_color = on_selection;
                v.error_fg_color = on_selection;
            }
            row_cells(ui, r, widths, out, now);
        })
        .response;
    let id = resp.id;
    ui.ctx().accesskit_node_builder(id, |n| {
        n.set_row_index(index + 1);
        n.set_selected(selected);
        n.add_action(accesskit::Action::ShowContextMenu);
    });
    if resp.has_focus() {
        // The focus ring, drawn over the row.
        ui.painter().rect_stroke(
            rect.shrink(1.0),
            2.0,
            visuals.selection.stroke,
            egui::StrokeKind::Inside,
        );
    }
    // An assistive technology's default action opens, as Enter does; a
    // pointer click selects and a double click opens.
    let assistive_open = ui.input(|i| i.has_accesskit_action_request(id, accesskit::Action::Click));
    if assistive_open || resp.double_clicked() {
        out.push(Command::OpenServer(key).into());
    } else if resp.clicked() || (resp.gained_focus() && !selected) {
        out.push(Edit::Select(key).into());
    }
    // Up/Down move the selection while a row has the focus: the focus
    // follows it (the row that had it last frame is remembered).
    let focused_row = focused_row_key();
    if resp.has_focus() {
        ui.data_mut(|d| d.insert_temp(focused_row, id));
    }
    let a_row_has_focus = ui
        .memory(|m| m.focused())
        .is_some_and(|f| ui.data(|d| d.get_temp::<egui::Id>(focused_row)) == Some(f));
    if selected && !resp.has_focus() && a_row_has_focus {
        resp.request_focus();
        resp.scroll_to_me(None);
    }
    let keyboard_menu = resp.has_focus()
        && ui.input_mut(|i| {
            i.consume_key(Modifiers::SHIFT, Key::F10) || i.consume_key(Modifiers::NONE, Key::Menu)
        });
    let assistive_menu =
        ui.input(|i| i.has_accesskit_action_request(id, accesskit::Action::ShowContextMenu));
    // A right click anywhere in the row (the address included), the
    // keyboard or an assistive technology opens the row's menu.
    let open = if resp.container_secondary_clicked() || keyboard_menu || assistive_menu {
        Some(SetOpenCommand::Bool(true))
    } else if resp.container_clicked() {
        Some(SetOpenCommand::Bool(false))
    } else {
        None
    };
    // Opened from the keyboard it hangs under the row; from the pointer, at it.
    let from_keys = id.with("menu-from-keys");
    if keyboard_menu || assistive_menu {
        ui.data_mut(|d| d.insert_temp(from_keys, true));
    } else if resp.container_secondary_clicked() {
        ui.data_mut(|d| d.remove::<bool>(from_keys));
    }
    let mut menu = Popup::menu(&resp).open_memory(open);
    if !ui.data(|d| d.get_temp::<bool>(from_keys)).unwrap_or(false) {
        menu = menu.at_pointer_fixed();
    }
    menu.show(|ui| row_menu(ui, key, r.favourite.as_deref(), out));
}

fn focused_row_key() -> egui::Id {
    egui::Id::unique("servers-focused-row")
}

/// Whether `id` is the server row that had the keyboard focus last frame.
pub fn is_row_focused(ctx: &egui::Context, id: egui::Id) -> bool {
    ctx.data(|d| d.get_temp::<egui::Id>(focused_row_key())) == Some(id)
}

/// A column header that sorts by its column (again: the other way), named
/// by the column's title alone (the order is the header's property). Only
/// the header row's Tab stop takes the keyboard focus; every header takes
/// clicks, from the pointer and from assistive technology. Gives the
/// button's id.
fn sort_button(
    ui: &mut Ui,
    col: Column,
    (sort, descending): (Column, bool),
    tab_stop: bool,
    out: &mut Vec<Request>,
) -> egui::Id {
    let arrow = match (col == sort, descending) {
        (true, true) => " ⏷",
        (true, false) => " ⏶",
        (false, _) => "",
    };
    let title = col.title();
    let r = ui
        .add(
            egui::Button::new(RichText::new(format!("{title}{arrow}")).strong())
                .frame(false)
                .sense(if tab_stop {
                    Sense::click()
                } else {
                    Sense::CLICK
                }),
        )
        .on_hover_text(tr!("column-sort-tip", column = title.clone()));
    name_plainly(ui, &r, &title);
    if r.has_focus() {
        // A frameless button shows no focus of its own: the ring the rows
        // have (on the layer: the cell would clip it).
        ui.ctx().layer_painter(ui.layer_id()).rect_stroke(
            r.rect.expand(3.0),
            2.0,
            ui.visuals().selection.stroke,
            egui::StrokeKind::Outside,
        );
        // Left and Right are the header row's (egui would move the focus
        // to whatever lies beside).
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                r.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    ..Default::default()
                },
            )
        });
    }
    if r.clicked() {
        out.push(Edit::SortBy(col, col == sort && !descending).into());
    }
    r.id
}

/// Text of a row, greyed when the server is stale or away.
fn dim(ui: &Ui, stale: bool, text: String) -> RichText {
    if stale {
        RichText::new(text).color(ui.visuals().weak_text_color())
    } else {
        RichText::new(text)
    }
}

/// The cells of one server's row.
fn row_cells(
    ui: &mut Ui,
    r: &model::ServerRow,
    widths: &[f32; 7],
    out: &mut Vec<Request>,
    now: Instant,
) {
    let s = &r.server;
    let stale = r.is_stale() || r.away;
    for (n, (col, width)) in Column::ALL.iter().zip(widths).enumerate() {
        cell(
            ui,
            *col,
            n,
            *width,
            ROW_HEIGHT,
            Role::Cell,
            |ui, _| match col {
                Column::Name => name_cell(ui, r, now),
                Column::Address => address_cell(ui, r, out),
                Column::Port => {
                    ui.label(dim(ui, stale, s.port.to_string()));
                }
                Column::Interface => {
                    ui.label(dim(
                        ui,
                        stale,
                        s.interface.clone().unwrap_or_else(|| "—".into()),
                    ));
                }
                Column::Rtt => {
                    ui.label(dim(ui, stale, format::format_rtt(r.rtt)));
                }
                Column::LastSeen => {
                    let mut t = format::format_ago(now.saturating_duration_since(r.last_seen));
                    if r.missed > 0 {
                        t = tr!("row-missed", ago = t, count = r.missed);
                    }
                    ui.label(dim(ui, stale, t));
                }
                Column::Web => web_cell(ui, &r.web, s.port),
            },
        );
    }
}

fn name_cell(ui: &mut Ui, r: &model::ServerRow, now: Instant) {
    let stale = r.is_stale() || r.away;
    let name = match r.name() {
        Some(n) => dim(ui, stale, n.to_string()).strong(),
        None if r.details.is_none() && r.web == WebPort::Checking => {
            RichText::new(tr!("row-looking-up")).weak()
        }
        // The badge says it all.
        None if r.server.is_local => RichText::new(""),
        None => RichText::new("—").weak(),
    };
    // The badges say what matters (this computer, new, stale): they keep
    // their room and the name and the next-best detail are shortened
    // with "…" instead, so a long name never pushes the row's cells aside.
    let badges: Vec<(String, Option<String>)> = r
        .badges()
        .into_iter()
        .map(|b| match b {
            Badge::ThisComputer => (tr!("badge-this-computer"), None),
            Badge::FoundBy => (sources_badge(r), Some(tr!("badge-source-tip"))),
            Badge::New => (tr!("badge-new"), None),
            Badge::Away => (tr!("badge-away"), Some(tr!("badge-away-tip"))),
            Badge::Unreachable => (tr!("badge-unreachable"), None),
            Badge::Stale => (tr!("badge-stale"), None),
        })
        .collect();
    let gap = ui.spacing().item_spacing.x;
    let badges_width: f32 = badges
        .iter()
        .map(|(t, _)| text_width(ui, t, egui::TextStyle::Small) + 12.0 + gap)
        .sum();
    let height = ui.available_height();
    let room = |ui: &Ui| (ui.available_width() - badges_width).max(0.0);
    ui.allocate_ui(vec2(room(ui), height), |ui| {
        ui.add(egui::Label::new(name).truncate())
            .on_hover_ui(|ui| details_tooltip(ui, r, now));
    });
    // The next-best detail, so two rows with one title differ.
    if let Some(second) = r.details.as_ref().and_then(secondary_name) {
        if room(ui) > 24.0 {
            ui.allocate_ui(vec2(room(ui), height), |ui| {
                ui.add(egui::Label::new(RichText::new(second).weak()).truncate());
            });
        }
    }
    for (text, tip) in badges {
        let b = badge(ui, &text);
        if let Some(tip) = tip {
            b.on_hover_text(tip);
        }
    }
}

fn address_cell(ui: &mut Ui, r: &model::ServerRow, out: &mut Vec<Request>) {
    let s = &r.server;
    let key = s.key();
    let link_ip = r.details.as_ref().map_or(s.ip, |d| d.link);
    // Clickable, but not a Tab stop of its own: the row is (Enter opens it).
    let shown = link_ip.to_string();
    let text = dim(ui, r.is_stale(), shown.clone()).color(ui.visuals().hyperlink_color);
    let link = ui
        .add(egui::Label::new(text).sense(Sense::CLICK))
        .on_hover_cursor(egui::CursorIcon::PointingHand)
        .on_hover_text(tr!("row-open-tip", url = r.url().to_string()));
    ui.ctx().accesskit_node_builder(link.id, |n| {
        n.set_role(Role::Link);
        n.set_label(shown);
    });
    if link.clicked() {
        out.push(Command::OpenServer(key).into());
    }
    let note = r.details.as_ref().and_then(|d| d.link_note.clone());
    if let Some(note) = note {
        ui.weak("⚠").on_hover_text(note);
    } else if let Some(a) = s.announced {
        ui.weak(tr!("row-announced", address = a.to_string()))
            .on_hover_text(tr!(
                "row-announced-tip",
                address = a.to_string(),
                source = s.source.to_string()
            ));
    }
}

fn web_cell(ui: &mut Ui, web: &WebPort, port: u16) {
    match web {
        WebPort::Open => {
            let text = tr!("cell-web-open");
            let shown = ui.label(RichText::new(&text).color(super::theme::ok_color(ui.visuals())));
            name_plainly(ui, &shown, &text);
        }
        WebPort::Closed(e) => {
            let text = tr!("cell-web-closed");
            let shown = ui
                .label(RichText::new(&text).color(ui.visuals().warn_fg_color))
                .on_hover_text(tr!(
                    "cell-web-closed-tip",
                    port = port,
                    error = e.to_string()
                ));
            name_plainly(ui, &shown, &text);
        }
        WebPort::Checking => {
            ui.weak(tr!("cell-web-checking"));
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
        (
            crate::msg!("detail-title"),
            field(d.and_then(|d| d.title.as_ref())),
        ),
        (
            crate::msg!("detail-hostname"),
            field(d.and_then(|d| d.hostname.as_ref())),
        ),
        (
            crate::msg!("detail-web-server"),
            field(d.and_then(|d| d.server.as_ref())),
        ),
        (
            crate::msg!("detail-hardware"),
            field(d.and_then(|d| d.mac.as_ref())),
        ),
        (
            crate::msg!("detail-maker"),
            field(d.and_then(|d| d.vendor.as_ref())),
        ),
        (crate::msg!("detail-opens"), r.url().to_string()),
        (
            crate::msg!("detail-announced"),
            s.announced.unwrap_or(s.ip).to_string(),
        ),
        (crate::msg!("detail-reply-from"), s.source.to_string()),
        (crate::msg!("column-rtt"), format::format_rtt(r.rtt)),
        (
            crate::msg!("detail-first-seen"),
            format::format_ago(now.saturating_duration_since(r.first_seen)),
        ),
        (
            crate::msg!("column-last-seen"),
            format::format_ago(now.saturating_duration_since(r.last_seen)),
        ),
    ];
    egui::Grid::new("details").num_columns(2).show(ui, |ui| {
        for (k, v) in lines {
            ui.weak(tr!(k));
            ui.label(v);
            ui.end_row();
        }
    });
    if let Some(note) = d.and_then(|d| d.link_note.as_ref()) {
        ui.label(note);
    }
    if d.is_none() {
        if r.remembered.is_some() {
            ui.weak(tr!("detail-remembered"));
        } else {
            ui.weak(tr!("detail-no-lookup"));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;

    use super::*;
    use crate::test_fixtures::server_at;

    /// What a screen reader hears for 10.0.0.5 after `missed` scans without
    /// an answer, as a favourite or not, away or not.
    fn summary(missed: u32, favourite: bool, away: bool) -> String {
        let server = server_at(Ipv4Addr::new(10, 0, 0, 5));
        let key = server.key();
        let mut list = model::ServerList::default();
        list.upsert(server, Instant::now(), WebPort::Unchecked);
        let row = list.get_mut(key).expect("row");
        row.missed = missed;
        row.favourite = favourite.then(|| "10.0.0.5".to_string());
        row.away = away;
        row_summary(row)
    }

    #[test]
    fn a_row_is_named_stale_from_the_scan_the_window_greys_it() {
        let stale = tr!("badge-stale");
        let at = model::STALE_AFTER_MISSED;
        // (missed, favourite, away) -> the badge heard
        let table = [
            ((0, false, false), None),
            ((at - 1, false, false), None),
            ((at, false, false), Some(stale.clone())),
            ((at + 5, false, false), Some(stale.clone())),
            ((1, true, false), Some(tr!("badge-unreachable"))),
            ((at, false, true), Some(tr!("row-away"))),
        ];
        for ((missed, favourite, away), heard) in table {
            let text = summary(missed, favourite, away);
            let badges = [stale.clone(), tr!("badge-unreachable"), tr!("row-away")];
            let found: Vec<&String> = badges
                .iter()
                .filter(|b| text.contains(b.as_str()))
                .collect();
            assert_eq!(
                found,
                heard.iter().collect::<Vec<_>>(),
                "missed {missed}, favourite {favourite}, away {away}: {text}"
            );
        }
    }
}
