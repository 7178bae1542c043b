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

/// A favourite being renamed: its entry, the name as typed, and whether
/// the text field is still to get the keyboard (once, when the box opens:
/// Tab must be able to leave it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rename {
    /// The favourite's entry (its address or name).
    pub entry: String,
    /// The name as typed so far.
    pub text: String,
    /// The field takes the keyboard in the next frame.
    pub focus_pending: bool,
}

impl Rename {
    /// The box for `entry`, starting from its current name.
    pub fn new(entry: String, text: String) -> Rename {
        Rename {
            entry,
            text,
            focus_pending: true,
        }
    }
}

/// The rename box: the favourite's entry, a text field, Rename and Cancel.
/// A click beside it does nothing (the typing is kept); Escape cancels
/// (the command table).
pub fn rename_box(edit: &mut Rename, ui: &mut Ui, out: &mut Vec<Request>) {
    let title = tr!("rename-title", entry = edit.entry.as_str());
    let Rename {
        entry,
        text,
        focus_pending,
    } = edit;
    super::widgets::dialog(ui, egui::Id::unique("rename-favourite"), &title, |ui| {
        let label = ui.label(tr!("rename-label"));
        let field = ui.text_edit_singleline(text).labelled_by(label.id);
        if std::mem::take(focus_pending) {
            field.request_focus();
        }
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
}
