//! A server's hardware address and its maker: the kernel's neighbour table
//! (Linux `/proc/net/arp`) and the IEEE OUI registry shipped in the binary
//! (`details::oui`; no download at run time).

use std::fmt;
use std::net::Ipv4Addr;

use super::text::{display_text, MAX_NAME_CHARS};

/// A 48-bit hardware address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MacAddr(pub [u8; 6]);

impl MacAddr {
    /// Parses `aa:bb:cc:dd:ee:ff` (hex, either case).
    pub fn parse(text: &str) -> Option<MacAddr> {
        crate::net::neighbour::parse_mac(text).map(MacAddr)
    }

    /// Set by the device itself (random or private addresses): no maker to name.
    pub fn is_locally_administered(self) -> bool {
        self.0[0] & 0x02 != 0
    }

    /// The maker registered for this address's prefix, if any.
    pub fn vendor(self) -> Option<String> {
        if self.is_locally_administered() || self.0[0] & 0x01 != 0 {
            return None;
        }
        let hex: String = self.0.iter().map(|b| format!("{b:02X}")).collect();
        display_text(super::oui::organization(&hex)?, MAX_NAME_CHARS)
    }
}

impl fmt::Display for MacAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = self.0;
        write!(
            f,
            "{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
            b[0], b[1], b[2], b[3], b[4], b[5]
        )
    }
}

/// The complete entry for `ip` in the text of `/proc/net/arp`.
pub fn mac_in_arp_table(table: &str, ip: Ipv4Addr) -> Option<MacAddr> {
    mac_of(&crate::net::neighbour::parse_arp_table(table), ip)
}

/// The complete entry for `ip` among neighbour-table rows.
fn mac_of(rows: &[crate::net::neighbour::ArpEntry], ip: Ipv4Addr) -> Option<MacAddr> {
    rows.iter()
        .find(|e| e.ip == ip && e.is_complete())
        .map(|e| MacAddr(e.mac))
}

/// The hardware address the kernel learnt for `ip` (Linux only).
pub fn lookup_mac(ip: Ipv4Addr) -> Option<MacAddr> {
    mac_of(&crate::net::neighbour::read_arp_table()?, ip)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str =
        "IP address       HW type     Flags       HW address            Mask     Device
10.20.0.12       0x1         0x2         b8:27:eb:12:34:56     *        lan0
10.20.0.13       0x1         0x0         00:00:00:00:00:00     *        lan0
10.20.0.14       0x1         0x2         02:aa:bb:cc:dd:ee     *        lan0
garbage line
";

    #[test]
    fn arp_table_table() {
        let ip = |d| Ipv4Addr::new(10, 20, 0, d);
        assert_eq!(
            mac_in_arp_table(TABLE, ip(12))
                .map(|m| m.to_string())
                .as_deref(),
            Some("b8:27:eb:12:34:56")
        );
        assert_eq!(mac_in_arp_table(TABLE, ip(13)), None, "incomplete entry");
        assert!(mac_in_arp_table(TABLE, ip(14)).is_some());
        assert_eq!(mac_in_arp_table(TABLE, ip(99)), None);
        assert_eq!(mac_in_arp_table("", ip(12)), None);
    }

    #[test]
    fn vendors_come_from_the_registry() {
        let pi = MacAddr::parse("b8:27:eb:12:34:56").expect("parses");
        assert_eq!(pi.vendor().as_deref(), Some("Raspberry Pi Foundation"));
        let private = MacAddr::parse("02:aa:bb:cc:dd:ee").expect("parses");
        assert_eq!(private.vendor(), None);
        assert_eq!(MacAddr::parse("b8:27:eb:12:34"), None);
        assert_eq!(MacAddr::parse("b8:27:eb:12:34:5g"), None);
        assert_eq!(MacAddr::parse("b8:27:eb:12:34:56:78"), None);
    }
}
