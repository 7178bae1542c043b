//! What the window's workers report: one enum, drained and folded at the
//! start of every frame (`logic`).

use crate::discovery::{Event, ServerKey};
use crate::net::Interface;

/// Something a worker reports to the window.
#[derive(Debug)]
pub enum AppEvent {
    /// From the scan engine.
    Scan(Event),
    /// Result of a web port check.
    WebPort {
        /// The server.
        key: ServerKey,
        /// Ok when a TCP connection succeeded.
        result: Result<(), String>,
    },
    /// Result of opening a browser.
    Browser {
        /// The URL.
        url: String,
        /// Ok when the browser was started.
        result: Result<(), String>,
    },
    /// Result of showing a folder in the file manager.
    FolderOpened {
        /// The folder, as shown in the window.
        folder: String,
        /// Ok when the file manager was started.
        result: Result<(), String>,
    },
    /// The login start was made to match the settings, or why not.
    Autostart(Result<(), String>),
    /// The network interfaces of this computer.
    Interfaces(Result<Vec<Interface>, String>),
    /// Server mode started (its port bound), or why not.
    ServerStarted {
        /// The running responder, or the reason it could not start.
        result: Result<crate::responder::Responder, String>,
        /// Whether to remember "on" in the settings when it worked.
        remember: bool,
    },
    /// A desktop notification was clicked: the server it named, or none
    /// for a summary.
    NoticeClicked(Option<ServerKey>),
    /// The desktop's light or dark choice, at the start and on every change.
    DesktopScheme(super::theme::Scheme),
    /// LanScout was started again: this window shows itself instead.
    ShowRequested,
    /// The tray icon is up, or why there is none.
    TrayStarted(Result<super::tray::Tray, String>),
    /// A pick in the tray's menu, or news of the panel that shows it.
    Tray(super::tray::TrayEvent),
    /// A desktop notification could not be shown; why.
    NoticeFailed(String),
    /// A desktop notification was closed (its task ended).
    NoticeClosed,
    /// The list was saved to a file (the message to show), or why not.
    Exported(Result<crate::i18n::Words, crate::i18n::Words>),
    /// A settings save finished.
    Saved {
        /// Ok, or why the file could not be written.
        result: Result<(), crate::i18n::Words>,
        /// What to tell the user when it worked.
        done: Option<crate::i18n::Words>,
    },
}
