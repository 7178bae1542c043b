//! Everything the user can ask for, as values: views queue [`Command`]s and
//! the app runs them after the frame. One enum holds each command's label,
//! tooltip and keyboard shortcut, so the toolbar, the menus, the shortcut
//! handler and the tests all agree on the names.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::discovery::ServerKey;

/// A user request, run after the frame that queued it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Start a scan with the saved settings.
    Scan,
    /// Stop the running scan.
    Stop,
    /// Scan once with the subnet sweep on (the settings stay as they are).
    Sweep,
    /// Open the settings dialog.
    OpenSettings,
    /// Close the settings dialog without applying.
    CancelSettings,
    /// Validate, save and use the settings in the dialog.
    ApplySettings,
    /// Put the default values in the dialog (not applied until Apply).
    RestoreDefaults,
    /// Start (`true`) or stop server mode.
    SetServerMode(bool),
    /// Turn periodic scans on or off.
    SetAutoRefresh(bool),
    /// Open the selected server in the browser.
    OpenSelected,
    /// Open this server in the browser.
    OpenServer(ServerKey),
    /// Bring the window to the front (a notification was clicked).
    ShowWindow,
    /// Copy the server's URL to the clipboard.
    CopyUrl(ServerKey),
    /// Copy the server's address to the clipboard.
    CopyAddress(ServerKey),
    /// Show the server's link as a QR code.
    ShowQr(ServerKey),
    /// Close the QR code window.
    CloseQr,
    /// Keep the server's address as a favourite (probed first on every scan).
    AddFavourite(ServerKey),
    /// Copy the servers shown (in their order) as text.
    CopyList,
    /// Save the servers shown as a CSV or JSON file.
    SaveList(crate::export::Format),
    /// Ask for a new name for this favourite entry.
    RenameFavourite(String),
    /// Give favourite `entry` this name (empty: back to the looked-up name).
    SetFavouriteName(String, String),
    /// Close the rename box without changing anything.
    CancelRename,
    /// Stop keeping this entry as a favourite.
    RemoveFavourite(String),
    /// Show or hide the messages panel.
    ToggleMessages,
    /// Hide the banner.
    DismissBanner,
    /// Close the window and end the app (never waits for a worker).
    Quit,
    /// Select this row.
    Select(ServerKey),
    /// Sort the table by this column (descending when true).
    SortBy(super::model::Column, bool),
    /// Show only servers matching this text.
    SetFilter(String),
}

const fn shortcut(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const SCAN_KEYS: &[KeyboardShortcut] = &[
    shortcut(Modifiers::NONE, Key::F5),
    shortcut(Modifiers::COMMAND, Key::R),
];
const ESCAPE: &[KeyboardShortcut] = &[shortcut(Modifiers::NONE, Key::Escape)];
const SETTINGS_KEYS: &[KeyboardShortcut] = &[shortcut(Modifiers::COMMAND, Key::Comma)];
const ENTER: &[KeyboardShortcut] = &[shortcut(Modifiers::NONE, Key::Enter)];
const QUIT_KEYS: &[KeyboardShortcut] = &[shortcut(Modifiers::COMMAND, Key::Q)];

impl Command {
    /// The visible text of the command's button or menu entry (icons come
    /// with words, so people and screen readers can find it).
    pub fn label(&self) -> &'static str {
        match self {
            Command::Scan => "⟳ Scan",
            Command::Stop => "■ Stop",
            Command::Sweep => "Sweep the subnets",
            Command::OpenSettings => "⚙ Settings",
            Command::CancelSettings => "Cancel",
            Command::ApplySettings => "Apply",
            Command::RestoreDefaults => "Restore defaults",
            Command::SetServerMode(_) => "Also act as server",
            Command::SetAutoRefresh(_) => "Auto-refresh",
            Command::OpenSelected | Command::OpenServer(_) => "Open in browser",
            Command::CopyUrl(_) => "Copy URL",
            Command::CopyAddress(_) => "Copy address",
            Command::AddFavourite(_) => "Add to favourites",
            Command::ShowQr(_) => "Show QR code",
            Command::CloseQr => "Close",
            Command::CopyList => "Copy list as text",
            Command::SaveList(crate::export::Format::Json) => "Save as JSON",
            Command::SaveList(_) => "Save as CSV",
            Command::RenameFavourite(_) => "Rename favourite…",
            Command::SetFavouriteName(..) => "Rename",
            Command::CancelRename => "Cancel",
            Command::RemoveFavourite(_) => "Remove from favourites",
            Command::ToggleMessages => "Messages",
            Command::DismissBanner => "Dismiss",
            Command::Quit => "Quit",
            Command::ShowWindow => "Show LanScout",
            Command::Select(_) => "Select",
            Command::SortBy(..) => "Sort",
            Command::SetFilter(_) => "Filter",
        }
    }

    /// The hover text.
    pub fn tooltip(&self) -> &'static str {
        match self {
            Command::Scan => "Look for servers on the network now",
            Command::Stop => "Stop the running scan",
            Command::Sweep => {
                "Probe every address of the local subnets one by one; reaches servers that broadcasts miss"
            }
            Command::OpenSettings => "Scan, server mode and appearance settings",
            Command::CancelSettings => "Close without changing anything",
            Command::ApplySettings => "Save these settings and use them",
            Command::RestoreDefaults => "Fill in the default values (nothing changes until Apply)",
            Command::SetServerMode(_) => {
                "Answer discovery requests, so that other computers find this one"
            }
            Command::SetAutoRefresh(_) => "Scan again periodically (interval in Settings)",
            Command::OpenSelected | Command::OpenServer(_) => "Open the server in the web browser",
            Command::CopyUrl(_) => "Copy the server's web address",
            Command::CopyAddress(_) => "Copy the server's IP address",
            Command::AddFavourite(_) => "Probe this server first on every scan, even across routers",
            Command::ShowQr(_) => "Open this server on a phone or tablet: scan the code with its camera",
            Command::CloseQr => "Close the QR code",
            Command::CopyList => "Copy the servers shown: name, web address and interface, one per line",
            Command::SaveList(_) => {
                "Save the servers shown, with every detail (the fields of `lanscout scan --json`), in your Downloads folder"
            }
            Command::RenameFavourite(_) => "Give this favourite a name of your own",
            Command::SetFavouriteName(..) => "Use this name (empty: the name LanScout finds)",
            Command::CancelRename => "Keep the name as it is",
            Command::RemoveFavourite(_) => "Stop probing this address first and stop listing it when it does not answer",
            Command::ToggleMessages => "Show or hide warnings and errors",
            Command::DismissBanner => "Hide this message (it stays in Messages)",
            Command::Quit => "Close LanScout",
            Command::ShowWindow => "Bring the LanScout window to the front",
            Command::Select(_) => "Select this server",
            Command::SortBy(..) => "Sort by this column",
            Command::SetFilter(_) => "Show only servers whose name, address, port or interface contains this text",
        }
    }

    /// Keyboard shortcuts; the first one is shown in tooltips.
    pub fn shortcuts(&self) -> &'static [KeyboardShortcut] {
        match self {
            Command::Scan => SCAN_KEYS,
            Command::Stop | Command::CancelSettings => ESCAPE,
            Command::OpenSettings => SETTINGS_KEYS,
            Command::OpenSelected => ENTER,
            Command::Quit => QUIT_KEYS,
            _ => &[],
        }
    }

    /// Tooltip plus the shortcut, e.g. "Look for servers … (F5)".
    pub fn tooltip_with_shortcut(&self, ctx: &egui::Context) -> String {
        match self.shortcuts().first() {
            Some(s) => format!("{} ({})", self.tooltip(), ctx.format_shortcut(s)),
            None => self.tooltip().to_string(),
        }
    }
}
