//! Everything the user can ask for, as values. Views and the shortcut
//! table queue [`Request`]s; the app applies them after the frame, in one
//! place (`command_handling`). Two kinds:
//! - [`Command`]: a labelled user action. One enum holds each command's
//!   label, tooltip and keyboard shortcuts, so the toolbar, the menus, the
//!   shortcut handler and the tests agree on the names; the shortcut
//!   handler iterates [`Command::WITH_SHORTCUTS`] and asks each command
//!   whether it [`applies`](Command::applies) in the present [`Situation`].
//! - [`Edit`]: a change of what is shown (selection, sort, filter), with no
//!   label of its own.

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
    /// Select the next row shown (Down).
    SelectNext,
    /// Select the previous row shown (Up).
    SelectPrevious,
}

/// A change of what the window shows; no label, no shortcut of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Select this row.
    Select(ServerKey),
    /// Sort the table by this column (descending when true).
    SortBy(super::model::Column, bool),
    /// Show only servers matching this text.
    SetFilter(String),
}

/// What a view or a key asks for, applied after the frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// A labelled user action.
    Command(Command),
    /// A change of what is shown.
    Edit(Edit),
}

impl From<Command> for Request {
    fn from(c: Command) -> Request {
        Request::Command(c)
    }
}

impl From<Edit> for Request {
    fn from(e: Edit) -> Request {
        Request::Edit(e)
    }
}

/// A window over the main one, which keys go to first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modal {
    /// The settings dialog.
    Settings,
    /// A server's QR code.
    Qr,
    /// The favourite rename box.
    Rename,
}

/// What decides whether a shortcut applies this frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Situation {
    /// A text field has the keyboard.
    pub typing: bool,
    /// A server row has the keyboard, or nothing has.
    pub on_list: bool,
    /// The top-most modal window, if any.
    pub modal: Option<Modal>,
    /// A popup (a combo box's list, a context menu) is open: Escape is its own.
    pub popup_open: bool,
    /// A scan runs.
    pub scanning: bool,
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
const DOWN: &[KeyboardShortcut] = &[shortcut(Modifiers::NONE, Key::ArrowDown)];
const UP: &[KeyboardShortcut] = &[shortcut(Modifiers::NONE, Key::ArrowUp)];

impl Command {
    /// The commands that have shortcuts. At most one of them applies to a
    /// key at a time (a test holds this).
    pub const WITH_SHORTCUTS: &'static [Command] = &[
        Command::Scan,
        Command::OpenSettings,
        Command::Quit,
        Command::CancelRename,
        Command::CloseQr,
        Command::CancelSettings,
        Command::Stop,
        Command::OpenSelected,
        Command::SelectNext,
        Command::SelectPrevious,
    ];

    /// Whether this command's shortcut does something now. Keys that a
    /// text field or the dialog uses (Enter, arrows) are theirs then.
    pub fn applies(&self, now: &Situation) -> bool {
        let on_the_list = now.on_list && !now.typing && now.modal.is_none();
        let top = |m: Modal| now.modal == Some(m) && !now.popup_open;
        match self {
            Command::CancelRename => top(Modal::Rename),
            Command::CloseQr => top(Modal::Qr),
            Command::CancelSettings => top(Modal::Settings),
            Command::Stop => now.scanning && now.modal.is_none() && !now.popup_open,
            Command::OpenSelected | Command::SelectNext | Command::SelectPrevious => on_the_list,
            _ => true,
        }
    }

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
            Command::SelectNext => "Next server",
            Command::SelectPrevious => "Previous server",
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
            Command::SelectNext => "Select the server below",
            Command::SelectPrevious => "Select the server above",
        }
    }

    /// Keyboard shortcuts; the first one is shown in tooltips.
    pub fn shortcuts(&self) -> &'static [KeyboardShortcut] {
        match self {
            Command::Scan => SCAN_KEYS,
            Command::Stop | Command::CancelSettings | Command::CloseQr | Command::CancelRename => {
                ESCAPE
            }
            Command::OpenSettings => SETTINGS_KEYS,
            Command::OpenSelected => ENTER,
            Command::Quit => QUIT_KEYS,
            Command::SelectNext => DOWN,
            Command::SelectPrevious => UP,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn situation(
        typing: bool,
        modal: Option<Modal>,
        popup_open: bool,
        scanning: bool,
    ) -> Situation {
        Situation {
            typing,
            on_list: !typing,
            modal,
            popup_open,
            scanning,
        }
    }

    fn takers(key: KeyboardShortcut, now: &Situation) -> Vec<&'static Command> {
        Command::WITH_SHORTCUTS
            .iter()
            .filter(|c| c.shortcuts().contains(&key) && c.applies(now))
            .collect()
    }

    #[test]
    fn every_shortcut_is_in_the_table_and_each_key_goes_to_one_command() {
        for c in Command::WITH_SHORTCUTS {
            assert!(
                !c.shortcuts().is_empty(),
                "{c:?} is listed without a shortcut"
            );
        }
        let escape = KeyboardShortcut::new(Modifiers::NONE, Key::Escape);
        let table = [
            (
                situation(false, Some(Modal::Settings), false, true),
                Some(Command::CancelSettings),
            ),
            (situation(false, Some(Modal::Settings), true, true), None),
            (
                situation(false, Some(Modal::Qr), false, true),
                Some(Command::CloseQr),
            ),
            (
                situation(true, Some(Modal::Rename), false, false),
                Some(Command::CancelRename),
            ),
            (situation(false, None, false, true), Some(Command::Stop)),
            (situation(false, None, false, false), None),
            (situation(true, None, false, true), Some(Command::Stop)),
            (situation(false, None, true, true), None),
        ];
        for (now, want) in table {
            let found = takers(escape, &now);
            assert!(found.len() <= 1, "{now:?}: {found:?}");
            assert_eq!(found.first().copied(), want.as_ref(), "{now:?}");
        }
        // No two commands share any other key in any situation.
        let modals = [
            None,
            Some(Modal::Settings),
            Some(Modal::Qr),
            Some(Modal::Rename),
        ];
        for c in Command::WITH_SHORTCUTS {
            for key in c.shortcuts() {
                for modal in modals {
                    for bits in 0..8u8 {
                        let now = situation(bits & 1 != 0, modal, bits & 2 != 0, bits & 4 != 0);
                        assert!(takers(*key, &now).len() <= 1, "{key:?} {now:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn list_keys_belong_to_text_fields_and_modals_when_they_have_the_keyboard() {
        for c in [
            Command::OpenSelected,
            Command::SelectNext,
            Command::SelectPrevious,
        ] {
            assert!(c.applies(&situation(false, None, false, false)), "{c:?}");
            assert!(
                !c.applies(&situation(true, None, false, false)),
                "{c:?} while typing"
            );
            let dialog = situation(false, Some(Modal::Settings), false, false);
            assert!(!c.applies(&dialog), "{c:?} in the dialog");
        }
        assert!(Command::Scan.applies(&situation(true, Some(Modal::Qr), true, true)));
        // A focused button keeps Enter (it presses the button).
        let on_button = Situation {
            on_list: false,
            ..situation(false, None, false, false)
        };
        assert!(!Command::OpenSelected.applies(&on_button));
    }
}
