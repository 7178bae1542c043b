//! The handles the window owns: the settings file, the running scan and
//! server mode, the event channel its workers send on, the log. Nothing
//! here is drawn; nothing here blocks the GUI thread.

use crossbeam_channel::{Receiver, Sender};

use crate::discovery::{ScanHandle, ServerKey};
use crate::responder::Responder;
use crate::settings::SettingsStore;

use super::app::AppOptions;
use super::notices::NoticeLimiter;
use super::workers::{AppEvent, LogFile, Saver, WebChecker};

/// Threads, sockets and files of the window.
pub struct Runtime {
    /// Where settings are saved.
    pub store: SettingsStore,
    /// How the app is wired.
    pub options: AppOptions,
    /// The running scan.
    pub scan: Option<ScanHandle>,
    /// Server mode.
    pub responder: Option<Responder>,
    /// Server mode is being started on a worker.
    pub server_starting: bool,
    /// Whether the user still wants it on when the start completes.
    pub server_wanted: bool,
    /// Which servers were announced by a desktop notification, and when.
    pub notices: NoticeLimiter,
    /// Servers that appeared during the running auto-refresh scan.
    pub appeared: Vec<ServerKey>,
    /// Showing a notification failed once (said once, not every round).
    pub notices_failed: bool,
    /// The window has no keyboard focus or is minimised.
    pub in_background: bool,
    /// Workers send here.
    pub events_tx: Sender<AppEvent>,
    /// Drained every frame.
    pub events_rx: Receiver<AppEvent>,
    /// Web port checks (when lookups are off).
    pub web_checker: Option<WebChecker>,
    /// The log file.
    pub log: LogFile,
    /// Writes the settings file off the GUI thread.
    pub saver: Saver,
    /// The window's context, for threads started before the first frame.
    pub waker: std::sync::Arc<std::sync::OnceLock<egui::Context>>,
    /// When the unicast fallback last asked every address of an
    /// interface's /24 (automatic rounds then only ask known hosts).
    pub fallback_swept: std::collections::HashMap<String, std::time::Instant>,
    /// The "no request yet" hint was shown for the running server mode.
    pub unheard_reported: bool,
}
