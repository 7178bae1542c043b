//! LanScout finds servers that run the django-udp-discovery listener on the
//! local network, and can answer as one itself.
//!
//! The GUI, the CLI and the tests all use this library:
//! [`protocol`] (wire format, pure), [`net`] (interfaces, targets, sockets),
//! [`discovery`] (the scan engine), [`responder`] (server mode) and
//! [`settings`] (persisted configuration).

pub mod allocator;
pub mod autostart;
pub mod build_info;
pub mod cli;
pub mod details;
pub mod discovery;
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
