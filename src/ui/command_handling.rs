//! Running [`Command`]s: what a click, a key or a view asked for, applied
//! after the frame in one place.

use std::sync::Arc;
use std::time::Instant;

use crate::discovery::ServerKey;
use crate::export;
use crate::i18n::Words;
use crate::settings::Settings;
use crate::words;

use super::app::LanScoutApp;
use super::command::{Command, Edit, Request, ScanKind};
use super::event::AppEvent;
use super::model::Level;
use super::settings_dialog::SettingsDraft;
use super::workers;

impl LanScoutApp {
    /// Applies what a view or a key asked for (after the frame that asked).
    pub fn apply(&mut self, request: Request, ctx: &egui::Context) {
        match request {
            Request::Command(c) => self.run(c, ctx),
            Request::Edit(e) => self.edit(e),
        }
    }

    /// Changes what is shown.
    fn edit(&mut self, edit: Edit) {
        match edit {
            Edit::Select(key) => self.state.selected = Some(key),
            Edit::SortBy(column, descending) => {
                self.state.view.sort = column;
                self.state.view.descending = descending;
            }
            Edit::SetFilter(text) => self.state.filter = text,
        }
    }

    /// Runs a command now (after the frame that queued it).
    pub fn run(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Scan => self.start_scan(ScanKind::Manual),
            Command::Sweep => self.start_scan(ScanKind::Sweep),
            Command::Quit => {
                self.state.quitting = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::ShowAbout => {
                self.state.about = Some(crate::support::Facts::of_this_build(
                    self.runtime.store.path(),
                    self.state.log_path.as_deref(),
                ));
            }
            Command::CloseAbout => self.state.about = None,
            Command::CopySupportDetails => {
                let now = super::about::situation(&self.state);
                if let Some(facts) = &mut self.state.about {
                    ctx.copy_text(crate::support::support_details(facts, &now));
                    facts.copied = true;
                }
            }
            Command::OpenFolder(folder) => self.open_folder(&folder, ctx),
            Command::CopyList => self.copy_list(ctx),
            Command::SaveList(format) => self.save_list(format),
            Command::RenameFavourite(entry) => self.start_rename(entry),
            Command::SetFavouriteName(entry, name) => self.set_favourite_name(entry, name),
            Command::CancelRename => self.rename = None,
            Command::RemoveFavourite(entry) => self.remove_favourite(entry),
            Command::ShowQr(key) => self.state.qr = Some(key),
            Command::CloseQr => self.state.qr = None,
            Command::Stop => {
                if let Some(s) = &self.runtime.scan {
                    s.cancel();
                }
            }
            Command::OpenSettings => {
                if self.dialog.is_none() {
                    self.focus_before_dialog = ctx.memory(|m| m.focused());
                    self.dialog = Some(SettingsDraft::from_settings(&self.state.settings));
                    self.detect_interfaces();
                }
            }
            Command::CancelSettings => {
                self.dialog = None;
                self.return_focus(ctx);
            }
            Command::RestoreDefaults => {
                if self.dialog.is_some() {
                    self.dialog = Some(SettingsDraft::from_settings(&Settings::default()));
                }
            }
            Command::ApplySettings => {
                self.apply_settings();
                if self.dialog.is_none() {
                    self.return_focus(ctx);
                }
            }
            Command::SetServerMode(on) => self.set_server_mode(on, true),
            Command::SetAutoRefresh(on) => self.set_auto_refresh(on),
            Command::OpenSelected => {
                if let Some(key) = self.state.selected {
                    self.open_server(key, ctx);
                }
            }
            Command::ShowWindow => {
                self.state.hidden = false;
                ctx.send_viewport_cmd(egui::ViewportCommand::Visible(true));
                ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
                ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
                // Where the desktop does not hand over the focus (Wayland
                // without an activation token, focus-stealing prevention),
                // the window asks for attention instead.
                if !ctx.input(|i| i.focused) {
                    ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                        egui::UserAttentionType::Informational,
                    ));
                }
            }
            Command::OpenServer(key) => {
                self.state.selected = Some(key);
                self.open_server(key, ctx);
            }
            Command::CopyUrl(key) => {
                if let Some(row) = self.state.servers.get(key) {
                    ctx.copy_text(row.url().to_string());
                }
            }
            Command::CopyAddress(key) => {
                if let Some(row) = self.state.servers.get(key) {
                    ctx.copy_text(row.server.ip.to_string());
                }
            }
            Command::AddFavourite(key) => self.add_favourite(key),
            Command::ToggleMessages => {
                self.state.view.show_messages = !self.state.view.show_messages;
                self.state.unread = 0;
            }
            Command::DismissBanner => self.state.banner = None,
            Command::SelectNext => self.move_selection(1),
            Command::SelectPrevious => self.move_selection(-1),
        }
    }

    fn copy_list(&mut self, ctx: &egui::Context) {
        let rows = self.export_rows();
        ctx.copy_text(export::render(&rows, export::Format::Text));
        self.report(Level::Info, words!("msg-copied", count = rows.len()), false);
    }

    /// The servers shown, in the table's order, as export rows.
    fn export_rows(&self) -> Vec<export::ExportRow> {
        let rows = self.state.servers.rows();
        self.state
            .servers
            .visible()
            .iter()
            .filter_map(|&i| rows.get(i))
            .map(|row| export::ExportRow::new(&row.listing()))
            .collect()
    }

    fn save_list(&mut self, format: export::Format) {
        let Some(dir) = self.runtime.options.export_dir.clone() else {
            return self.report(Level::Error, words!("msg-no-export-folder"), true);
        };
        let rows = self.export_rows();
        let (text, count) = (export::render(&rows, format), rows.len());
        self.runtime.tasks.spawn(
            "export",
            move || AppEvent::Exported(workers::save_export(&dir, format, &text, count)),
            |e| AppEvent::Exported(Err(Words::from(e))),
        );
    }

    pub(super) fn open_server(&mut self, key: ServerKey, ctx: &egui::Context) {
        let Some(row) = self.state.servers.get(key) else {
            return;
        };
        let url = row.url().to_string();
        match &self.runtime.options.url_opener {
            Some(opener) => {
                let (opener, tried) = (Arc::clone(opener), url.clone());
                self.runtime.tasks.spawn(
                    "browser",
                    move || {
                        let result = opener(&url);
                        AppEvent::Browser { url, result }
                    },
                    |e| AppEvent::Browser {
                        url: tried,
                        result: Err(e),
                    },
                );
            }
            None => ctx.open_url(egui::OpenUrl::new_tab(url)),
        }
    }

    /// Shows `folder` in the file manager (a `file://` link, opened as the
    /// system opens links).
    fn open_folder(&mut self, folder: &std::path::Path, ctx: &egui::Context) {
        let shown = folder.display().to_string();
        // A settings file named on the command line may be a relative path.
        let full = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
        let Ok(url) = url::Url::from_directory_path(&full) else {
            // Only a path that is still relative (no current folder) ends here.
            log::warn!("cannot make a link to {shown}");
            return;
        };
        let url = url.to_string();
        match &self.runtime.options.url_opener {
            Some(opener) => {
                let (opener, tried) = (Arc::clone(opener), shown.clone());
                self.runtime.tasks.spawn(
                    "folder",
                    move || AppEvent::FolderOpened {
                        folder: shown,
                        result: opener(&url),
                    },
                    |e| AppEvent::FolderOpened {
                        folder: tried,
                        result: Err(e),
                    },
                );
            }
            None => ctx.open_url(egui::OpenUrl::new_tab(url)),
        }
    }

    /// Adopts `s` at once and saves it on the saver's thread; `done` is
    /// said when the file is written, a failure is reported (and `s` stays
    /// in use anyway).
    pub(super) fn save(&mut self, s: Settings, done: Option<Words>) {
        if !self.runtime.saver.save(s.clone(), done) {
            self.report(Level::Error, words!("msg-saver-failed"), true);
        }
        let login_changed = s.ui.start_at_login != self.state.settings.ui.start_at_login;
        self.state.settings = s;
        if login_changed {
            self.apply_autostart();
        }
    }

    /// Makes the login start match the settings, on a task (it writes a
    /// file or the registry). Also at launch: a moved program gets an
    /// entry that starts it where it is now.
    pub(super) fn apply_autostart(&mut self) {
        if !self.runtime.options.manage_autostart {
            return;
        }
        let on = self.state.settings.ui.start_at_login;
        self.runtime.tasks.spawn(
            "autostart",
            move || AppEvent::Autostart(crate::autostart::apply(on)),
            |e| AppEvent::Autostart(Err(e)),
        );
    }

    pub(super) fn apply_settings(&mut self) {
        let Some(draft) = &self.dialog else {
            return;
        };
        let (parsed, _) = draft.parse();
        let Some(mut new) = parsed else {
            return;
        };
        // Names are not edited in the dialog: keep what was learned while
        // it was open, without the favourites it removed.
        new.favourite_names = self.state.settings.favourite_names.clone();
        new.forget_names_of_removed_favourites();
        let server_changed = new.server != self.state.settings.server
            || new.protocol != self.state.settings.protocol;
        let serving = self.runtime.responder.is_some();
        if new.ui.language != self.state.settings.ui.language {
            crate::i18n::use_language(&new.ui.language);
        }
        self.save(new, Some(words!("msg-settings-saved")));
        self.dialog = None;
        if serving && server_changed {
            self.set_server_mode(false, false);
            self.set_server_mode(true, false);
        }
        self.plan_auto_scan(Instant::now());
    }

    /// Moves the selection up or down the shown rows (Up/Down keys).
    fn move_selection(&mut self, step: i32) {
        let keys: Vec<ServerKey> = {
            let visible = self.state.servers.visible().to_vec();
            visible
                .iter()
                .map(|&i| self.state.servers.rows()[i].server.key())
                .collect()
        };
        if keys.is_empty() {
            return;
        }
        let at = self
            .state
            .selected
            .and_then(|k| keys.iter().position(|&x| x == k));
        let next = match at {
            None if step > 0 => 0,
            None => keys.len() - 1,
            Some(i) => (i as i64 + i64::from(step)).clamp(0, keys.len() as i64 - 1) as usize,
        };
        self.state.selected = Some(keys[next]);
    }

    /// The keyboard goes back to what had it before the dialog opened.
    fn return_focus(&mut self, ctx: &egui::Context) {
        // Next frame: in this one the closed dialog still holds the layers
        // below it, and a focus given there would be dropped.
        self.focus_next_frame = self.focus_before_dialog.take();
        ctx.request_repaint();
    }
}
