//! Everything that touches the operating system's network view: interfaces,
//! broadcast arithmetic, target lists and socket construction.

pub mod batch;
pub mod dns_sd;
pub mod drain;
pub mod firewall;
pub mod interfaces;
pub mod neighbour;
pub mod sockets;
pub mod targets;

pub use interfaces::{
    directed_broadcast, list_interfaces, select_interfaces, Interface, InterfaceChoice, SkipReason,
};
pub use neighbour::neighbour_limits;
pub use sockets::{
    bind_responder, local_addr_toward, open_discovery_socket, BindError, ScanSocket,
};
pub use targets::{Target, TargetError};
