//! LanScout finds servers that run the django-udp-discovery listener on the
//! local network, and can answer as one itself.
//!
//! The window, the command line and the tests all use this library:
//! [`protocol`] (wire format, pure), [`net`] (interfaces, targets, sockets),
//! [`discovery`] (the scan engine), [`details`] (names, page titles and
//! hardware makers of what was found), [`responder`] (server mode),
//! [`firewall`] (what a firewall on this computer hides, and the fix),
//! [`settings`] (persisted configuration, one catalogue of settings),
//! [`i18n`] (the catalogues of the eight languages), [`export`] (a server
//! as listed, CSV and JSON), [`support`] and [`autostart`] (About and start
//! at login), [`exit`] (the exit statuses), [`cli`] (the command line)
//! and, with the `gui` feature, [`ui`] (the window).

pub mod allocator;
pub mod autostart;
pub mod build_info;
pub mod cli;
pub mod details;
pub mod discovery;
pub mod exit;
pub mod export;
#[doc(hidden)]
pub mod fault;
pub mod firewall;
pub mod i18n;
pub mod logging;
pub mod net;
pub mod protocol;
pub mod responder;
pub mod settings;
pub mod support;
#[cfg(test)]
mod test_fixtures;
#[cfg(feature = "gui")]
pub mod ui;

pub use discovery::{start_scan, Event, ScanConfig, ScanHandle, ScanStats, Server, Warning};
pub use responder::{start_responder, Responder, ResponderConfig, ResponderEvent, ResponderStats};
pub use settings::{Settings, SettingsStore};
