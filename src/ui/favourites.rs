//! Favourites in the window: the ones that do not answer stay listed
//! (marked unreachable), and any favourite can be renamed or removed.

use egui::{RichText, Ui};

use super::command::{Command, Request};
use super::state::State;
use super::widgets::badge;
use crate::tr;

/// How a server that answered from `source` is written as a favourite:
/// `host` on the scan's port, else `host:port`.
pub fn favourite_text(source: std::net::SocketAddrV4, scan_port: u16) -> String {
    if source.port() == scan_port {
        source.ip().to_string()
    } else {
        source.to_string()
    }
}

/// A favourite with no row: it has not answered since LanScout started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// The favourite as written in the settings (`host` or `host:port`).
    pub entry: String,
    /// The user's name for it, else the name it had when last looked up.
    pub name: Option<String>,
}

/// Favourites that no row matches, once a scan has finished (while the
/// first one runs, nothing has answered yet).
pub fn not_answering(state: &State) -> Vec<Missing> {
    if state.last_scan.is_none() {
        return Vec::new();
    }
    let answering: std::collections::HashSet<&str> = state
        .servers
        .rows()
        .iter()
        .filter_map(|r| r.favourite.as_deref())
        .collect();
    state
        .settings
        .scan
        .favourites
        .iter()
        .map(|f| f.trim())
        .filter(|f| !f.is_empty() && !answering.contains(f))
        .map(|entry| Missing {
            entry: entry.to_string(),
            name: state
                .settings
                .favourite_names
                .get(entry)
                .and_then(|n| n.shown())
                .map(String::from),
        })
        .collect()
}

/// "Favourites not answering", one line each with Rename and Remove.
pub fn missing_list(missing: &[Missing], ui: &mut Ui, out: &mut Vec<Request>) {
    ui.add_space(4.0);
    ui.strong(tr!("favourites-missing"));
    for m in missing {
        ui.horizontal(|ui| {
            ui.label(RichText::new(m.name.as_deref().unwrap_or(&m.entry)).weak());
            if m.name.is_some() {
                ui.weak(&m.entry);
            }
            // Probed first on every scan; no answer since LanScout started.
            badge(ui, &tr!("badge-unreachable"));
            for c in [
                Command::RenameFavourite(m.entry.clone()),
                Command::RemoveFavourite(m.entry.clone()),
            ] {
                if ui
                    .small_button(c.label())
                    .on_hover_text(c.tooltip())
                    .clicked()
                {
                    out.push(c.into());
                }
            }
        });
    }
    ui.add_space(4.0);
}

/// The rename box: the favourite's entry, a text field, Rename and Cancel.
pub fn rename_box(edit: &mut (String, String), ui: &mut Ui, out: &mut Vec<Request>) {
    let (entry, text) = edit;
    let resp = egui::Modal::new(egui::Id::unique("rename-favourite")).show(ui.ctx(), |ui| {
        ui.heading(tr!("rename-title", entry = entry.as_str()));
        let label = ui.label(tr!("rename-label"));
        let field = ui.text_edit_singleline(text).labelled_by(label.id);
        field.request_focus();
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.weak(tr!("rename-hint"));
        ui.horizontal(|ui| {
            let set = Command::SetFavouriteName(entry.clone(), text.clone());
            if ui
                .button(set.label())
                .on_hover_text(set.tooltip())
                .clicked()
                || entered
            {
                out.push(set.into());
            }
            let cancel = Command::CancelRename;
            if ui
                .button(cancel.label())
                .on_hover_text(cancel.tooltip())
                .clicked()
            {
                out.push(cancel.into());
            }
        });
    });
    if resp.should_close() {
        out.push(Command::CancelRename.into());
    }
}
