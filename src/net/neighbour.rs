//! The kernel's neighbour-table limits that bound an on-link sweep (Linux
//! procfs; the defaults elsewhere).

use std::time::Duration;

use crate::sweep::NeighbourLimits;

/// The limits for sweeping out of `interfaces`: table size (`gc_thresh3`,
/// only readable in the initial namespace; 1024 assumed otherwise), entries
/// in use in this namespace, and the longest unresolved lifetime among the
/// interfaces (`retrans_time_ms × (mcast_solicit + app_solicit)`).
pub fn neighbour_limits(interfaces: &[String]) -> NeighbourLimits {
    let mut limits = NeighbourLimits::LINUX_DEFAULT;
    #[cfg(target_os = "linux")]
    {
        let read =
            |path: &str| -> Option<u64> { std::fs::read_to_string(path).ok()?.trim().parse().ok() };
        if let Some(n) = read("/proc/sys/net/ipv4/neigh/default/gc_thresh3") {
            limits.table_size = n as usize;
        }
        // Resolved entries stay; failed ones (say, from the last sweep) are
        // reclaimed by the kernel as soon as room is needed.
        limits.in_use = std::fs::read_to_string("/proc/net/arp")
            .map(|t| count_resolved(&t))
            .unwrap_or(0);
        let lifetimes = interfaces.iter().filter_map(|name| {
            let base = format!("/proc/sys/net/ipv4/neigh/{name}");
            let retrans = read(&format!("{base}/retrans_time_ms"))?;
            let probes = read(&format!("{base}/mcast_solicit"))?
                + read(&format!("{base}/app_solicit")).unwrap_or(0);
            Some(Duration::from_millis(retrans * probes.max(1)))
        });
        if let Some(longest) = lifetimes.max() {
            limits.unresolved_lifetime = longest;
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = interfaces;
    limits
}

/// The addresses that have an entry (of any state) in this namespace's
/// neighbour table, or `None` where the table cannot be read.
pub fn neighbour_entries() -> Option<std::collections::HashSet<std::net::Ipv4Addr>> {
    #[cfg(target_os = "linux")]
    {
        let table = std::fs::read_to_string("/proc/net/arp").ok()?;
        Some(
            table
                .lines()
                .skip(1)
                .filter_map(|l| l.split_whitespace().next()?.parse().ok())
                .collect(),
        )
    }
    #[cfg(not(target_os = "linux"))]
    None
}

/// Entries of `/proc/net/arp` that are resolved or permanent.
pub fn count_resolved(table: &str) -> usize {
    const ATF_COM: u32 = 0x02;
    const ATF_PERM: u32 = 0x04;
    table
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().nth(2))
        .filter_map(|f| u32::from_str_radix(f.trim_start_matches("0x"), 16).ok())
        .filter(|f| f & (ATF_COM | ATF_PERM) != 0)
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
}
