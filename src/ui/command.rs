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
    /// Show "About LanScout".
    ShowAbout,
    /// Close "About LanScout".
    CloseAbout,
    /// Copy the details a support request needs (English).
    CopySupportDetails,
    /// Show this folder in the file manager.
    OpenFolder(std::path::PathBuf),
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
    /// About LanScout.
    About,
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
const ABOUT_KEYS: &[KeyboardShortcut] = &[shortcut(Modifiers::NONE, Key::F1)];
const DOWN: &[KeyboardShortcut] = &[shortcut(Modifiers::NONE, Key::ArrowDown)];
const UP: &[KeyboardShortcut] = &[shortcut(Modifiers::NONE, Key::ArrowUp)];

impl Command {
    /// The commands that have shortcuts. At most one of them applies to a
    /// key at a time (a test holds this).
    pub const WITH_SHORTCUTS: &'static [Command] = &[
        Command::Scan,
        Command::OpenSettings,
        Command::Quit,
        Command::ShowAbout,
        Command::CloseAbout,
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
            Command::CloseAbout => top(Modal::About),
            Command::ShowAbout => now.modal.is_none(),
            Command::Stop => now.scanning && now.modal.is_none() && !now.popup_open,
            Command::OpenSelected | Command::SelectNext | Command::SelectPrevious => on_the_list,
            _ => true,
        }
    }

    /// The visible text of the command's button or menu entry (icons come
    /// with words, so people and screen readers can find it). Empty for
    /// the commands only a key gives ([`Command::KEYS_ONLY`]): no view
    /// shows them, so no language has to translate them.
    pub fn label(&self) -> String {
        self.label_id().map(|id| crate::tr!(id)).unwrap_or_default()
    }

    fn label_id(&self) -> Option<&'static str> {
        Some(match self {
            Command::Scan => crate::msg!("cmd-scan"),
            Command::Stop => crate::msg!("cmd-stop"),
            Command::Sweep => crate::msg!("cmd-sweep"),
            Command::OpenSettings => crate::msg!("cmd-open-settings"),
            Command::CancelSettings => crate::msg!("cmd-cancel-settings"),
            Command::ApplySettings => crate::msg!("cmd-apply-settings"),
            Command::RestoreDefaults => crate::msg!("cmd-restore-defaults"),
            Command::SetServerMode(_) => crate::msg!("cmd-set-server-mode"),
            Command::SetAutoRefresh(_) => crate::msg!("cmd-set-auto-refresh"),
            Command::OpenSelected | Command::OpenServer(_) => crate::msg!("cmd-open-selected"),
            Command::CopyUrl(_) => crate::msg!("cmd-copy-url"),
            Command::CopyAddress(_) => crate::msg!("cmd-copy-address"),
            Command::AddFavourite(_) => crate::msg!("cmd-add-favourite"),
            Command::ShowQr(_) => crate::msg!("cmd-show-qr"),
            Command::CloseQr => crate::msg!("cmd-close-qr"),
            Command::CopyList => crate::msg!("cmd-copy-list"),
            Command::SaveList(crate::export::Format::Json) => crate::msg!("cmd-save-list-json"),
            Command::SaveList(_) => crate::msg!("cmd-save-list-csv"),
            Command::RenameFavourite(_) => crate::msg!("cmd-rename-favourite"),
            Command::SetFavouriteName(..) => crate::msg!("cmd-set-favourite-name"),
            Command::CancelRename => crate::msg!("cmd-cancel-rename"),
            Command::RemoveFavourite(_) => crate::msg!("cmd-remove-favourite"),
            // The toggle shows the panel's own title.
            Command::ToggleMessages => crate::msg!("messages-title"),
            Command::DismissBanner => crate::msg!("cmd-dismiss-banner"),
            Command::Quit => crate::msg!("cmd-quit"),
            Command::ShowAbout => crate::msg!("cmd-show-about"),
            Command::CloseAbout => crate::msg!("cmd-close-about"),
            Command::CopySupportDetails => crate::msg!("cmd-copy-support"),
            Command::OpenFolder(_) => crate::msg!("cmd-open-folder"),
            Command::ShowWindow => crate::msg!("cmd-show-window"),
            Command::SelectNext | Command::SelectPrevious => return None,
        })
    }

    /// The hover text. Empty for the commands no view shows with a hover:
    /// the keys-only ones, and those only the tray menu offers
    /// ([`Command::IN_THE_TRAY_ONLY`]; a tray menu has no hover text).
    pub fn tooltip(&self) -> String {
        self.tip_id().map(|id| crate::tr!(id)).unwrap_or_default()
    }

    fn tip_id(&self) -> Option<&'static str> {
        Some(match self {
            Command::Scan => crate::msg!("cmd-scan-tip"),
            Command::Stop => crate::msg!("cmd-stop-tip"),
            Command::Sweep => crate::msg!("cmd-sweep-tip"),
            Command::OpenSettings => crate::msg!("cmd-open-settings-tip"),
            Command::CancelSettings => crate::msg!("cmd-cancel-settings-tip"),
            Command::ApplySettings => crate::msg!("cmd-apply-settings-tip"),
            Command::RestoreDefaults => crate::msg!("cmd-restore-defaults-tip"),
            Command::SetServerMode(_) => crate::msg!("cmd-set-server-mode-tip"),
            Command::SetAutoRefresh(_) => crate::msg!("cmd-set-auto-refresh-tip"),
            Command::OpenSelected | Command::OpenServer(_) => crate::msg!("cmd-open-selected-tip"),
            Command::CopyUrl(_) => crate::msg!("cmd-copy-url-tip"),
            Command::CopyAddress(_) => crate::msg!("cmd-copy-address-tip"),
            Command::AddFavourite(_) => crate::msg!("cmd-add-favourite-tip"),
            Command::ShowQr(_) => crate::msg!("cmd-show-qr-tip"),
            Command::CloseQr => crate::msg!("cmd-close-qr-tip"),
            Command::CopyList => crate::msg!("cmd-copy-list-tip"),
            Command::SaveList(_) => crate::msg!("cmd-save-list-tip"),
            Command::RenameFavourite(_) => crate::msg!("cmd-rename-favourite-tip"),
            Command::SetFavouriteName(..) => crate::msg!("cmd-set-favourite-name-tip"),
            Command::CancelRename => crate::msg!("cmd-cancel-rename-tip"),
            Command::RemoveFavourite(_) => crate::msg!("cmd-remove-favourite-tip"),
            Command::ToggleMessages => crate::msg!("cmd-toggle-messages-tip"),
            Command::DismissBanner => crate::msg!("cmd-dismiss-banner-tip"),
            Command::ShowAbout => crate::msg!("cmd-show-about-tip"),
            Command::CloseAbout => crate::msg!("cmd-close-about-tip"),
            Command::CopySupportDetails => crate::msg!("cmd-copy-support-tip"),
            Command::OpenFolder(_) => crate::msg!("cmd-open-folder-tip"),
            Command::SelectNext | Command::SelectPrevious => return None,
            Command::Quit | Command::ShowWindow => return None,
        })
    }

    /// Commands that only a key gives: no words of their own.
    pub const KEYS_ONLY: &'static [Command] = &[Command::SelectNext, Command::SelectPrevious];

    /// Commands offered only in the tray's menu (and by keys): a label, no
    /// hover text.
    pub const IN_THE_TRAY_ONLY: &'static [Command] = &[Command::Quit, Command::ShowWindow];

    /// Keyboard shortcuts; the first one is shown in tooltips.
    pub fn shortcuts(&self) -> &'static [KeyboardShortcut] {
        match self {
            Command::Scan => SCAN_KEYS,
            Command::Stop
            | Command::CancelSettings
            | Command::CloseQr
            | Command::CancelRename
            | Command::CloseAbout => ESCAPE,
            Command::ShowAbout => ABOUT_KEYS,
            Command::OpenSettings => SETTINGS_KEYS,
            Command::OpenSelected => ENTER,
            Command::Quit => QUIT_KEYS,
            Command::SelectNext => DOWN,
            Command::SelectPrevious => UP,
            _ => &[],
        }
    }

    /// Tooltip plus the shortcut, e.g. "Look for servers … (F5)", as the
    /// language writes it (full-width brackets in Japanese).
    pub fn tooltip_with_shortcut(&self, ctx: &egui::Context) -> String {
        match self.shortcuts().first() {
            Some(s) => crate::tr!(
                "tip-with-shortcut",
                tip = self.tooltip(),
                shortcut = shortcut_text(ctx, s)
            ),
            None => self.tooltip(),
        }
    }
}

/// A keyboard shortcut with the key names the language uses ("Strg+Q" in
/// German); on a Mac, the symbols the Mac shows.
pub fn shortcut_text(ctx: &egui::Context, shortcut: &KeyboardShortcut) -> String {
    if ctx.os().is_mac() {
        return ctx.format_shortcut(shortcut);
    }
    let (ctrl, shift, alt) = (
        crate::tr!("key-ctrl"),
        crate::tr!("key-shift"),
        crate::tr!("key-alt"),
    );
    let names = egui::ModifierNames {
        ctrl: &ctrl,
        shift: &shift,
        alt: &alt,
        ..egui::ModifierNames::NAMES
    };
    shortcut.format(&names, false)
}

/// What started a scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanKind {
    /// The user asked (or the app started): the fallback may sweep.
    Manual,
    /// The user asked for a subnet sweep.
    Sweep,
    /// An auto-refresh round.
    Auto,
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

    /// One of each command (the arguments do not change the words).
    fn every_command() -> Vec<Command> {
        let key: ServerKey = (std::net::Ipv4Addr::LOCALHOST, 8000);
        vec![
            Command::Scan,
            Command::Stop,
            Command::Sweep,
            Command::OpenSettings,
            Command::CancelSettings,
            Command::ApplySettings,
            Command::RestoreDefaults,
            Command::SetServerMode(true),
            Command::SetAutoRefresh(true),
            Command::OpenSelected,
            Command::OpenServer(key),
            Command::ShowWindow,
            Command::CopyUrl(key),
            Command::CopyAddress(key),
            Command::ShowQr(key),
            Command::CloseQr,
            Command::AddFavourite(key),
            Command::CopyList,
            Command::SaveList(crate::export::Format::Csv),
            Command::RenameFavourite("x".into()),
            Command::SetFavouriteName("x".into(), "y".into()),
            Command::CancelRename,
            Command::RemoveFavourite("x".into()),
            Command::ToggleMessages,
            Command::DismissBanner,
            Command::Quit,
            Command::ShowAbout,
            Command::CloseAbout,
            Command::CopySupportDetails,
            Command::OpenFolder("/".into()),
            Command::SelectNext,
            Command::SelectPrevious,
        ]
    }

    #[test]
    fn shown_commands_have_words_and_key_only_ones_none() {
        for c in every_command() {
            let keys_only = Command::KEYS_ONLY.contains(&c);
            let no_hover = keys_only || Command::IN_THE_TRAY_ONLY.contains(&c);
            assert_eq!(c.label().is_empty(), keys_only, "{c:?}: {:?}", c.label());
            assert_eq!(c.tooltip().is_empty(), no_hover, "{c:?}: {:?}", c.tooltip());
        }
        assert_eq!(Command::ToggleMessages.label(), "Messages");
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
