//! What the views read: everything the window shows, as plain data. No
//! thread handle, socket or file lives here (those are in [`super::runtime`]);
//! views get `&State` and answer with [`super::Command`]s.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use crate::discovery::ServerKey;
use crate::net::{Interface, InterfaceChoice};
use crate::settings::Settings;

use super::model::{Message, ScanProgress, ScanSummary, ServerList, ViewState};

/// Server mode as the window shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Serving {
    /// The UDP port it listens on.
    pub port: u16,
    /// Requests answered so far.
    pub answered: u64,
    /// What to check when no request has arrived for a while.
    pub unheard_hint: Option<crate::i18n::Words>,
}

/// The window's state.
#[derive(Debug)]
pub struct State {
    /// The settings in use.
    pub settings: Settings,
    /// Sort order and panels, kept with the window.
    pub view: ViewState,
    /// The servers found.
    pub servers: ServerList,
    /// The selected row.
    pub selected: Option<ServerKey>,
    /// The filter in effect.
    pub filter: String,
    /// The running scan's progress.
    pub progress: ScanProgress,
    /// Interfaces of the running scan.
    pub scan_interfaces: Vec<InterfaceChoice>,
    /// The last finished scan.
    pub last_scan: Option<ScanSummary>,
    /// Scans started since launch.
    pub scans_started: u64,
    /// Scans that ended (their summary was taken in).
    pub scans_finished: usize,
    /// Whether a scan runs.
    pub scanning: bool,
    /// Server mode, when on.
    pub serving: Option<Serving>,
    /// The server whose QR code window is open.
    pub qr: Option<ServerKey>,
    /// Server mode is starting (its port being bound).
    pub server_starting: bool,
    /// This computer's interfaces (for the settings dialog).
    pub interfaces: Vec<Interface>,
    /// Warnings and errors shown so far.
    pub messages: Vec<Message>,
    /// Messages not seen yet.
    pub unread: usize,
    /// The message shown at the top until dismissed.
    pub banner: Option<Message>,
    /// When auto-refresh scans next.
    pub next_auto_scan: Option<Instant>,
    /// Where the log file is.
    pub log_path: Option<PathBuf>,
    /// When the app started (message times count from it).
    pub born: Instant,
    /// The window has no keyboard focus or is minimised.
    pub in_background: bool,
    /// A panel shows LanScout's tray icon: closing the window can keep
    /// LanScout running there.
    pub in_tray: bool,
    /// The window was closed to the tray (or minimised where the desktop
    /// cannot hide a window): nothing is drawn, the work goes on.
    pub hidden: bool,
    /// What the desktop says of light and dark, once it said it (Linux:
    /// xdg-desktop-portal); the "System" theme follows it.
    pub desktop_scheme: Option<super::theme::Scheme>,
    /// "About LanScout", while it is shown.
    pub about: Option<crate::support::Facts>,
    /// Whether the user still wants it on when the start completes.
    pub server_wanted: bool,
    /// The "no request yet" hint was shown for the running server mode.
    pub unheard_reported: bool,
    /// Notifications raised since the start, and the servers they named.
    pub notices_raised: (u64, u64),
    /// Servers that appeared during the running auto-refresh scan.
    pub appeared: Vec<ServerKey>,
    /// Showing a notification failed once (said once, not every round).
    pub notices_failed: bool,
    /// When the unicast fallback last asked every address of an
    /// interface's /24 (automatic rounds then only ask known hosts).
    pub fallback_swept: HashMap<String, Instant>,
    /// The networks the last round used (a change means this computer
    /// moved or woke up elsewhere).
    pub networks: Option<Vec<ipnet::Ipv4Net>>,
    /// The window quits on its next close request (Quit), instead of
    /// going to the tray.
    pub quitting: bool,
}

impl State {
    /// A fresh window over `settings`.
    pub fn new(settings: Settings, log_path: Option<PathBuf>) -> State {
        State {
            settings,
            view: ViewState::default(),
            servers: ServerList::default(),
            selected: None,
            filter: String::new(),
            progress: ScanProgress::default(),
            scan_interfaces: Vec::new(),
            last_scan: None,
            scans_started: 0,
            scans_finished: 0,
            scanning: false,
            serving: None,
            qr: None,
            server_starting: false,
            interfaces: Vec::new(),
            messages: Vec::new(),
            unread: 0,
            banner: None,
            next_auto_scan: None,
            log_path,
            born: Instant::now(),
            in_background: false,
            in_tray: false,
            hidden: false,
            desktop_scheme: None,
            about: None,
            server_wanted: false,
            unheard_reported: false,
            notices_raised: (0, 0),
            appeared: Vec::new(),
            notices_failed: false,
            fallback_swept: HashMap::new(),
            networks: None,
            quitting: false,
        }
    }
}
