//! Small values the unit tests of several modules build (compiled for
//! tests only).

use std::net::SocketAddrV4;
#[cfg(feature = "gui")]
use {
    crate::discovery::{Server, Source},
    crate::protocol::Scheme,
    std::net::Ipv4Addr,
    std::time::Duration,
};

/// `"10.0.0.5:9999"` as an address; a typo in a test fails it at once.
pub fn sa(s: &str) -> SocketAddrV4 {
    s.parse()
        .unwrap_or_else(|e| panic!("test address {s:?}: {e}"))
}

/// A server the UDP probe found at `ip` (port 9999), web port 8000 (the
/// window's model and table tests).
#[cfg(feature = "gui")]
pub fn server_at(ip: Ipv4Addr) -> Server {
    Server::found(
        Source::Udp,
        Scheme::Http,
        ip,
        8000,
        SocketAddrV4::new(ip, 9999),
        Duration::ZERO,
    )
}
