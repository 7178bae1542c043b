//! The kernel's neighbour-table limits that bound an on-link sweep (Linux
//! procfs; the defaults elsewhere).

use std::collections::HashSet;
use std::net::Ipv4Addr;

use std::time::Duration;

/// What bounds on-link probing on this system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeighbourLimits {
    /// Entries the neighbour table holds (Linux `gc_thresh3`).
    pub table_size: usize,
    /// Entries already in use when the sweep starts.
    pub in_use: usize,
    /// How long an unresolved entry lasts.
    pub unresolved_lifetime: Duration,
}

impl NeighbourLimits {
    /// Linux defaults: 1024 entries, 1 s × 3 solicitations. Other systems
    /// (BSD, macOS, Windows) keep similar per-host caches with their own
    /// limits; LanScout assumes these there too.
    pub const LINUX_DEFAULT: NeighbourLimits = NeighbourLimits {
        table_size: 1024,
        in_use: 0,
        unresolved_lifetime: Duration::from_secs(3),
    };

    /// Unresolved on-link probes allowed at once: five eighths of the free
    /// table, leaving room for everything else on the system (the table is
    /// shared by every program and namespace).
    pub fn budget(&self) -> usize {
        (self.table_size.saturating_sub(self.in_use) * 5 / 8).max(16)
    }

    /// The window over which the budget is counted: the lifetime, with a
    /// margin for timers that fire late on a loaded system (an entry that
    /// is still unresolved cannot be reclaimed for a new probe).
    pub fn window(&self) -> Duration {
        self.unresolved_lifetime + self.unresolved_lifetime / 5 + Duration::from_millis(200)
    }
}

/// The limits for sweeping out of `interfaces`: table size (`gc_thresh3`,
/// only readable in the initial namespace; 1024 assumed otherwise), entries
/// in use in this namespace, and the longest unresolved lifetime among the
/// interfaces (`retrans_time_ms × (mcast_solicit + app_solicit)`).
pub fn neighbour_limits(interfaces: &[String]) -> NeighbourLimits {
    #[cfg(target_os = "linux")]
    {
        let mut limits = NeighbourLimits::LINUX_DEFAULT;
        let read =
            |path: &str| -> Option<u64> { std::fs::read_to_string(path).ok()?.trim().parse().ok() };
        if let Some(n) = read("/proc/sys/net/ipv4/neigh/default/gc_thresh3") {
            limits.table_size = n as usize;
        }
        // Resolved entries stay; failed ones (say, from the last sweep) are
        // reclaimed by the kernel as soon as room is needed.
        limits.in_use = read_arp_text().map(|t| count_resolved(&t)).unwrap_or(0);
        let lifetimes = interfaces.iter().filter_map(|name| {
            let base = format!("/proc/sys/net/ipv4/neigh/{name}");
            let retrans = read(&format!("{base}/retrans_time_ms"))?;
            let probes = read(&format!("{base}/mcast_solicit"))?
                + read(&format!("{base}/app_solicit")).unwrap_or(0);
            Some(std::time::Duration::from_millis(retrans * probes.max(1)))
        });
        if let Some(longest) = lifetimes.max() {
            limits.unresolved_lifetime = longest;
        }
        limits
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = interfaces;
        NeighbourLimits::LINUX_DEFAULT
    }
}

/// Entry flag: the hardware address is known (the entry is complete).
const ATF_COM: u32 = 0x02;
/// Entry flag: a permanent (static) entry.
const ATF_PERM: u32 = 0x04;

/// One row of the kernel's IPv4 neighbour table (`/proc/net/arp`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArpEntry {
    /// The neighbour's address.
    pub ip: Ipv4Addr,
    /// The kernel's `ATF_*` flags.
    pub flags: u32,
    /// Its hardware address (all zero while unresolved).
    pub mac: [u8; 6],
    /// The interface it was seen on.
    pub device: String,
}

impl ArpEntry {
    /// Whether the kernel knows this neighbour's hardware address: it
    /// answered or spoke to this computer (STALE entries count).
    pub fn is_complete(&self) -> bool {
        self.flags & ATF_COM != 0 && self.mac != [0; 6]
    }

    /// Whether the entry stays (resolved or permanent) rather than being
    /// reclaimed when room is needed.
    pub fn is_kept(&self) -> bool {
        self.flags & (ATF_COM | ATF_PERM) != 0
    }
}

/// The rows of a `/proc/net/arp` text; malformed rows are skipped (pure).
pub fn parse_arp_table(table: &str) -> Vec<ArpEntry> {
    table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cols = line.split_whitespace();
            let ip = cols.next()?.parse().ok()?;
            let _hw_type = cols.next()?;
            let flags = u32::from_str_radix(cols.next()?.trim_start_matches("0x"), 16).ok()?;
            let mac = parse_mac(cols.next()?)?;
            let _mask = cols.next()?;
            let device = cols.next()?.to_string();
            Some(ArpEntry {
                ip,
                flags,
                mac,
                device,
            })
        })
        .collect()
}

/// `aa:bb:cc:dd:ee:ff` (hex, either case) as bytes.
pub fn parse_mac(text: &str) -> Option<[u8; 6]> {
    let mut out = [0u8; 6];
    let mut parts = text.split(':');
    for byte in &mut out {
        let part = parts.next()?;
        if part.len() != 2 {
            return None;
        }
        *byte = u8::from_str_radix(part, 16).ok()?;
    }
    parts.next().is_none().then_some(out)
}

/// This namespace's neighbour table, or `None` where it cannot be read
/// (not Linux, or no procfs).
pub fn read_arp_table() -> Option<Vec<ArpEntry>> {
    #[cfg(target_os = "linux")]
    {
        read_arp_text().map(|t| parse_arp_table(&t))
    }
    #[cfg(not(target_os = "linux"))]
    None
}

/// The neighbour table of the calling thread's network namespace:
/// `/proc/net` is the process's first thread's, which differs for a thread
/// moved into another namespace (as the lab tests move the scan's);
/// kernels before 3.17 have only `/proc/net`.
#[cfg(target_os = "linux")]
fn read_arp_text() -> Option<String> {
    std::fs::read_to_string("/proc/thread-self/net/arp")
        .or_else(|_| std::fs::read_to_string("/proc/net/arp"))
        .ok()
}

/// The addresses that have an entry (of any state) in this namespace's
/// neighbour table, or `None` where the table cannot be read.
pub fn neighbour_entries() -> Option<HashSet<Ipv4Addr>> {
    Some(read_arp_table()?.into_iter().map(|e| e.ip).collect())
}

/// The neighbours whose hardware address is known on `device`, in table
/// order: hosts that spoke to this computer lately (pure).
pub fn known_hosts(table: &[ArpEntry], device: &str) -> Vec<Ipv4Addr> {
    table
        .iter()
        .filter(|e| e.device == device && e.is_complete())
        .map(|e| e.ip)
        .collect()
}

/// Entries of a neighbour table that are resolved or permanent.
pub fn count_resolved(table: &str) -> usize {
    parse_arp_table(table)
        .iter()
        .filter(|e| e.is_kept())
        .count()
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_resolved_entries_count() {
        let table = "IP address       HW type     Flags       HW address            Mask     Device
10.0.0.1         0x1         0x2         aa:bb:cc:dd:ee:01     *        eth0
10.0.0.2         0x1         0x0         00:00:00:00:00:00     *        eth0
10.0.0.3         0x1         0x6         aa:bb:cc:dd:ee:03     *        eth0
10.0.0.4         0x1         0x0         00:00:00:00:00:00     *        eth0
";
        assert_eq!(super::count_resolved(table), 2);
        assert_eq!(super::count_resolved(""), 0);
    }

    #[test]
    fn known_hosts_are_complete_entries_on_that_device() {
        let table = "IP address       HW type     Flags       HW address            Mask     Device
10.0.0.1         0x1         0x2         aa:bb:cc:dd:ee:01     *        eth0
10.0.0.2         0x1         0x0         00:00:00:00:00:00     *        eth0
10.0.0.3         0x1         0x2         aa:bb:cc:dd:ee:03     *        eth1
10.0.0.5         0x1         0x2         aa:bb:cc:dd:ee:05     *        eth0
10.0.0.6         0x1         0x2         not-a-mac             *        eth0
garbage
";
        let rows = super::parse_arp_table(table);
        assert_eq!(rows.len(), 4, "the two malformed rows are skipped");
        let ip = |n| std::net::Ipv4Addr::new(10, 0, 0, n);
        assert_eq!(super::known_hosts(&rows, "eth0"), [ip(1), ip(5)]);
        assert_eq!(super::known_hosts(&rows, "eth1"), [ip(3)]);
        assert!(super::known_hosts(&rows, "wlan0").is_empty());
        assert_eq!(
            super::parse_mac("AA:bb:0c:dd:ee:ff"),
            Some([0xaa, 0xbb, 0x0c, 0xdd, 0xee, 0xff])
        );
        assert_eq!(super::parse_mac("aa:bb:cc:dd:ee"), None);
        assert_eq!(super::parse_mac("aa:bb:cc:dd:ee:ff:00"), None);
        assert_eq!(super::parse_mac("a:bb:cc:dd:ee:ff"), None);
    }
}
