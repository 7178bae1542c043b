//! LanScout's icon in the desktop's tray and its menu: Show LanScout, Scan
//! now, Also act as server, Quit.
//!
//! On Linux the icon is a StatusNotifierItem with its menu over
//! `com.canonical.dbusmenu` ([`sni`], plain D-Bus through the zbus the
//! window already links), which a panel shows when it runs a
//! StatusNotifierWatcher (KDE, most panels; GNOME only with the
//! AppIndicator extension). Where no watcher answers there is no tray, and
//! closing the window quits LanScout: never an invisible process that
//! nobody can reach. Other systems have no tray yet ([`run`] says so).
//!
//! The menu itself ([`entries`], [`event_of`]) is pure and the same for
//! every platform.

use std::sync::Arc;

/// What the user did with the tray, or what became of the panel showing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayEvent {
    /// "Show LanScout", or a click on the icon.
    Show,
    /// "Scan now".
    Scan,
    /// "Also act as server" ticked (`true`) or unticked.
    ServerMode(bool),
    /// "Quit".
    Quit,
    /// The panel that shows the icon came (`true`) or went away: without
    /// it, closing the window quits.
    Host(bool),
}

/// The menu as the window has it: its words, in the window's language,
/// and the state of its tick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayMenu {
    /// "Show LanScout".
    pub show: String,
    /// "Scan now".
    pub scan: String,
    /// "Also act as server".
    pub server_mode: String,
    /// "Quit".
    pub quit: String,
    /// Whether server mode runs (the tick).
    pub serving: bool,
    /// The tool tip's second line (how many servers were found).
    pub status: String,
}

/// Where the tray reports to (the window's event channel and its waker).
pub type Report = Arc<dyn Fn(TrayEvent) + Send + Sync>;

/// The running tray icon, as the window holds it: new words and ticks go
/// to the tray's own thread (the GUI thread never waits on D-Bus);
/// dropping it takes the icon away.
#[derive(Debug)]
pub struct Tray {
    pub(crate) updates: crossbeam_channel::Sender<TrayMenu>,
}

impl Tray {
    /// Shows the menu's new words or tick.
    pub fn update(&self, menu: TrayMenu) {
        let _ = self.updates.send(menu);
    }
}

/// Puts the icon in the tray and serves it on this thread until the
/// window drops its [`Tray`]: `started` gets the tray, or why there is
/// none (no panel that shows tray icons, no session bus, a system without
/// a tray yet). Talks to D-Bus: run it on a worker thread.
pub fn run(menu: TrayMenu, report: Report, started: impl FnOnce(Result<Tray, String>)) {
    #[cfg(target_os = "linux")]
    sni::run(menu, report, started);
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (menu, report);
        started(Err("LanScout has no tray icon on this system yet".into()));
    }
}

#[cfg(target_os = "linux")]
mod dbusmenu;
#[cfg(target_os = "linux")]
mod sni;

/// One entry of the tray's menu, as a panel shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A line between groups of entries.
    Separator,
    /// An entry that does something when picked.
    Action {
        /// Its number in the menu (stable: a panel sends it back).
        id: i32,
        /// Its words.
        label: String,
        /// What picking it means.
        event: TrayEvent,
    },
    /// An entry with a tick.
    Check {
        /// Its number in the menu.
        id: i32,
        /// Its words.
        label: String,
        /// Whether it is ticked.
        checked: bool,
        /// What picking it means.
        event: TrayEvent,
    },
}

/// The menu's entries, in order: Show, Scan now, —, Also act as server
/// (ticked while server mode runs), —, Quit. Each entry keeps its number
/// whatever the words, so a click a panel sends after a language switch
/// still means the same entry.
pub fn entries(menu: &TrayMenu) -> Vec<Entry> {
    vec![
        Entry::Action {
            id: 1,
            label: menu.show.clone(),
            event: TrayEvent::Show,
        },
        Entry::Action {
            id: 2,
            label: menu.scan.clone(),
            event: TrayEvent::Scan,
        },
        Entry::Separator,
        Entry::Check {
            id: 3,
            label: menu.server_mode.clone(),
            checked: menu.serving,
            // The tick follows server mode as the window reports it (a busy
            // port leaves it off), not the click.
            event: TrayEvent::ServerMode(!menu.serving),
        },
        Entry::Separator,
        Entry::Action {
            id: 4,
            label: menu.quit.clone(),
            event: TrayEvent::Quit,
        },
    ]
}

/// What a click on entry `id` means; `None` for a separator, the menu
/// itself or a number the menu does not have.
pub fn event_of(menu: &TrayMenu, id: i32) -> Option<TrayEvent> {
    entries(menu).into_iter().find_map(|e| match e {
        Entry::Action { id: i, event, .. } | Entry::Check { id: i, event, .. } if i == id => {
            Some(event)
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn menu(serving: bool) -> TrayMenu {
        TrayMenu {
            show: "Show LanScout".into(),
            scan: "Scan now".into(),
            server_mode: "Also act as server".into(),
            quit: "Quit".into(),
            serving,
            status: "2 servers".into(),
        }
    }

    #[test]
    fn each_entry_means_one_thing_and_the_tick_follows_server_mode() {
        // (server mode on, entry number, what a click means)
        let table = [
            (false, 1, Some(TrayEvent::Show)),
            (false, 2, Some(TrayEvent::Scan)),
            (false, 3, Some(TrayEvent::ServerMode(true))),
            (true, 3, Some(TrayEvent::ServerMode(false))),
            (false, 4, Some(TrayEvent::Quit)),
            (false, 0, None),
            (false, 5, None),
            (false, -1, None),
        ];
        for (serving, id, want) in table {
            assert_eq!(
                event_of(&menu(serving), id),
                want,
                "entry {id}, serving {serving}"
            );
        }
        for serving in [false, true] {
            let ticks: Vec<bool> = entries(&menu(serving))
                .into_iter()
                .filter_map(|e| match e {
                    Entry::Check { checked, .. } => Some(checked),
                    _ => None,
                })
                .collect();
            assert_eq!(ticks, [serving]);
        }
    }

    #[test]
    fn the_menu_reads_show_scan_server_mode_quit_with_unique_numbers() {
        let shown: Vec<String> = entries(&menu(false))
            .into_iter()
            .map(|e| match e {
                Entry::Separator => "—".into(),
                Entry::Action { id, label, .. } | Entry::Check { id, label, .. } => {
                    format!("{id} {label}")
                }
            })
            .collect();
        assert_eq!(
            shown,
            [
                "1 Show LanScout",
                "2 Scan now",
                "—",
                "3 Also act as server",
                "—",
                "4 Quit"
            ]
        );
    }
}
