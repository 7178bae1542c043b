//! Small values the unit tests of several modules build (compiled for
//! tests only).

use std::net::SocketAddrV4;

/// `"10.0.0.5:9999"` as an address; a typo in a test fails it at once.
pub fn sa(s: &str) -> SocketAddrV4 {
    s.parse()
        .unwrap_or_else(|e| panic!("test address {s:?}: {e}"))
}
