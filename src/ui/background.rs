//! LanScout's life in the tray: closing the window keeps it running there
//! (where a panel shows the icon and the settings say so), the tray's menu
//! kept in step with the window, and its picks turned into commands.
//!
//! A hidden window is never drawn, but eframe still runs [`LanScoutApp::logic`]
//! for it (eframe 0.37 runs logic-only passes for invisible windows, the fix
//! of egui#5229), so auto-refresh, notifications and server mode go on.
//! Where the desktop cannot hide a window (Wayland has no "hide"), the
//! window is minimised instead.

use crate::words;

use super::app::LanScoutApp;
use super::command::Command;
use super::model::Level;
use super::notices::Notice;
use super::tray::{Tray, TrayEvent, TrayMenu};
use crate::tr;

impl LanScoutApp {
    /// Whether closing the window keeps LanScout running in the tray.
    pub(crate) fn closes_to_tray(&self) -> bool {
        self.state.in_tray
            && self.runtime.tray.is_some()
            && self.state.settings.ui.run_in_background
            && !self.state.quitting
    }

    /// Turns a close request into "hide in the tray" when LanScout keeps
    /// running there; otherwise the window closes and LanScout quits.
    pub(crate) fn handle_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || !self.closes_to_tray() {
            return;
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        self.hide_in_tray(ctx);
        if !std::mem::replace(&mut self.state.view.told_running_in_tray, true)
            && self.runtime.options.desktop_notifications
        {
            let notice = Notice {
                summary: tr!("notice-background"),
                body: tr!("notice-background-body"),
                opens: None,
            };
            let (events, wake) = (self.runtime.events(), self.runtime.waker());
            super::notifier::show(notice, &mut self.runtime.tasks, events, wake);
        }
    }

    /// Takes the window off the screen; LanScout goes on in the tray.
    pub(crate) fn hide_in_tray(&mut self, ctx: &egui::Context) {
        self.state.hidden = true;
        log::info!("window closed to the tray; LanScout keeps running");
        if can_hide_windows() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Visible(false));
        } else {
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(true));
        }
    }

    /// The tray icon is up (keep it), or there is none (closing quits).
    pub(crate) fn tray_started(&mut self, result: Result<Tray, String>) {
        match result {
            Ok(tray) => {
                log::info!("tray icon shown");
                self.runtime.tray = Some(tray);
                self.runtime.tray_menu = None;
                self.state.in_tray = true;
                // Started at login: in the tray rather than minimised.
                if self.runtime.options.start_minimised && !self.state.hidden {
                    if let Some(ctx) = self.runtime.window() {
                        self.hide_in_tray(&ctx);
                    }
                }
            }
            Err(e) => log::info!("no tray icon ({e}): closing the window quits LanScout"),
        }
    }

    /// What the user picked in the tray, or news of its panel.
    pub(crate) fn tray_event(&mut self, event: TrayEvent) {
        match event {
            TrayEvent::Show => self.requests.push(Command::ShowWindow.into()),
            TrayEvent::Scan => self.requests.push(Command::Scan.into()),
            TrayEvent::ServerMode(on) => self.requests.push(Command::SetServerMode(on).into()),
            TrayEvent::Quit => self.requests.push(Command::Quit.into()),
            TrayEvent::Host(up) => {
                self.state.in_tray = up && self.runtime.tray.is_some();
                if up {
                    log::info!("a panel shows the tray icon again");
                    self.runtime.tray_menu = None;
                } else {
                    // Nobody could reach a hidden window now: show it.
                    self.report(Level::Info, words!("msg-tray-gone"), false);
                    if self.state.hidden {
                        self.requests.push(Command::ShowWindow.into());
                    }
                }
            }
        }
    }

    /// The tray menu as the window stands: words in its language, server
    /// mode's tick, the number of servers.
    pub(crate) fn tray_menu(&self) -> TrayMenu {
        TrayMenu {
            show: Command::ShowWindow.label(),
            scan: tr!("tray-scan"),
            server_mode: Command::SetServerMode(true).label(),
            quit: Command::Quit.label(),
            serving: self.state.serving.is_some(),
            status: tr!("status-servers", count = self.state.servers.len()),
        }
    }

    /// Sends the tray its menu when the words or the tick changed.
    pub(crate) fn sync_tray(&mut self) {
        let Some(tray) = &self.runtime.tray else {
            return;
        };
        let menu = self.tray_menu();
        if self.runtime.tray_menu.as_ref() != Some(&menu) {
            tray.update(menu.clone());
            self.runtime.tray_menu = Some(menu);
        }
    }
}

/// Whether the desktop lets a program hide its window (X11, Windows);
/// Wayland has no such request, so the window is minimised there.
fn can_hide_windows() -> bool {
    std::env::var_os("WAYLAND_DISPLAY").is_none_or(|d| d.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{Settings, SettingsStore};
    use crate::ui::AppOptions;

    fn app(dir: &std::path::Path) -> LanScoutApp {
        LanScoutApp::new(
            Settings::default(),
            SettingsStore::at(dir.join("settings.toml")),
            AppOptions::default(),
        )
    }

    fn tray() -> Tray {
        Tray {
            updates: crossbeam_channel::unbounded().0,
        }
    }

    #[test]
    fn closing_keeps_lanscout_in_the_tray_only_with_a_tray_and_the_setting() {
        // (a panel shows the icon, the icon is up, the setting, Quit asked) -> to the tray
        let cases = [
            ((true, true, true, false), true),
            ((false, true, true, false), false),
            ((true, false, true, false), false),
            ((true, true, false, false), false),
            ((true, true, true, true), false),
        ];
        let dir = tempfile::tempdir().expect("tempdir");
        for ((in_tray, icon, setting, quitting), expected) in cases {
            let mut a = app(dir.path());
            a.state.in_tray = in_tray;
            a.runtime.tray = icon.then(tray);
            a.state.settings.ui.run_in_background = setting;
            a.state.quitting = quitting;
            assert_eq!(
                a.closes_to_tray(),
                expected,
                "{in_tray} {icon} {setting} {quitting}"
            );
        }
    }

    #[test]
    fn the_panel_going_away_brings_a_hidden_window_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = app(dir.path());
        a.tray_started(Ok(tray()));
        assert!(a.state.in_tray);
        a.state.hidden = true;
        a.tray_event(TrayEvent::Host(false));
        assert!(!a.state.in_tray);
        assert!(a
            .requests
            .iter()
            .any(|r| matches!(r, crate::ui::command::Request::Command(Command::ShowWindow))));
        a.requests.clear();
        a.tray_event(TrayEvent::Host(true));
        assert!(a.state.in_tray);
        assert!(a.requests.is_empty(), "shown already: nothing more to do");
        // Without the icon, a panel coming back changes nothing.
        let mut b = app(dir.path());
        b.tray_started(Err("no watcher".into()));
        b.tray_event(TrayEvent::Host(true));
        assert!(!b.state.in_tray);
    }

    #[test]
    fn each_pick_in_the_tray_is_its_command() {
        let dir = tempfile::tempdir().expect("tempdir");
        let cases = [
            (TrayEvent::Show, Command::ShowWindow),
            (TrayEvent::Scan, Command::Scan),
            (TrayEvent::ServerMode(true), Command::SetServerMode(true)),
            (TrayEvent::ServerMode(false), Command::SetServerMode(false)),
            (TrayEvent::Quit, Command::Quit),
        ];
        for (pick, command) in cases {
            let mut a = app(dir.path());
            a.tray_event(pick);
            assert!(
                matches!(a.requests.as_slice(), [crate::ui::command::Request::Command(c)] if *c == command),
                "{pick:?}: {:?}",
                a.requests.len()
            );
        }
    }

    #[test]
    fn the_menu_follows_server_mode_and_the_count() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = app(dir.path());
        let menu = a.tray_menu();
        assert_eq!(
            (
                menu.show.as_str(),
                menu.scan.as_str(),
                menu.server_mode.as_str(),
                menu.quit.as_str()
            ),
            ("Show LanScout", "Scan now", "Also act as server", "Quit")
        );
        assert!(!menu.serving);
        assert_eq!(menu.status, "0 servers");
        // Sent once, and again only when something changed.
        let (updates, sent) = crossbeam_channel::unbounded();
        a.runtime.tray = Some(Tray { updates });
        a.sync_tray();
        a.sync_tray();
        assert_eq!(sent.try_iter().count(), 1);
        a.state.serving = Some(crate::ui::state::Serving {
            port: 1,
            answered: 0,
            unheard_hint: None,
        });
        a.sync_tray();
        let menus: Vec<TrayMenu> = sent.try_iter().collect();
        assert_eq!(menus.len(), 1);
        assert!(menus[0].serving);
    }
}
