//! The unicast fallback: when a broadcast on an interface brings no reply
//! at all, LanScout asks the hosts on that link one by one. A desktop
//! firewall (input policy drop, accepting only replies to connections this
//! computer opened) drops every reply to a broadcast, because the reply
//! comes from an address the probe was not sent to; it accepts the reply
//! to a unicast probe. Pure: the engine supplies the neighbour table and
//! what already replied.

use std::collections::HashSet;
use std::net::Ipv4Addr;
use std::time::Duration;

use ipnet::Ipv4Net;
use serde::Serialize;

use crate::net::Interface;

/// The widest subnet the fallback asks whole: a /22, 1 022 hosts (offices
/// use /23 and /22; a tool that asks only the /24 misses half of them).
pub const WIDEST_WHOLE_PREFIX: u8 = 22;

/// The block asked on a wider subnet: the /24 around this computer's
/// address, and the neighbour table's hosts of the whole subnet (the rest
/// of a /16 is swept only on request, with the subnet sweep setting).
pub const FALLBACK_PREFIX: u8 = 24;

/// At most this many known hosts are asked when the fallback is quiet
/// (it ran on this interface lately): the cheap check.
pub const QUIET_CHECK_LIMIT: usize = 64;

/// How long after a fallback sweep an automatic round only asks the known
/// hosts (a manual scan always sweeps).
pub const QUIET_AFTER_SWEEP: Duration = Duration::from_secs(5 * 60);

/// The interfaces an automatic round asks quietly (only their known
/// hosts): those the fallback swept less than [`QUIET_AFTER_SWEEP`] ago.
pub fn quiet_interfaces<'a>(
    swept: impl IntoIterator<Item = (&'a String, &'a std::time::Instant)>,
    now: std::time::Instant,
) -> Vec<String> {
    swept
        .into_iter()
        .filter(|(_, at)| now.saturating_duration_since(**at) < QUIET_AFTER_SWEEP)
        .map(|(name, _)| name.clone())
        .collect()
}

/// When the decision is taken: after the first two broadcast rounds had
/// time to be answered, and early enough for the replies to the unicast
/// probes to arrive before the deadline.
pub fn decision_time(timeout: Duration) -> Duration {
    Duration::from_millis(1000).min(timeout / 2)
}

/// What the fallback does on one interface.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FallbackKind {
    /// Every address of the block (known hosts first).
    Sweep,
    /// Only the hosts the neighbour table knows (the fallback swept this
    /// link a short while ago).
    KnownHosts,
}

/// The fallback's plan for one interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FallbackPlan {
    /// The interface.
    pub interface: String,
    /// The block asked whole: the subnet up to a /22, else the /24 around
    /// this computer's address.
    pub block: Ipv4Net,
    /// Sweep or only known hosts.
    pub kind: FallbackKind,
    /// Hosts to ask, in order (known hosts first).
    pub hosts: Vec<Ipv4Addr>,
}

/// What the fallback plans for `iface` after its broadcast got
/// `broadcast_replies` valid replies: nothing when anything answered (a
/// firewall drops all replies to a broadcast or none); else the known
/// neighbours on that link (anywhere in its subnet), then, unless `quiet`,
/// every other address of its block: the subnet when it is a /22 or
/// narrower, else the /24 around this computer's address. Hosts in `skip`
/// (already probed by unicast in this scan) and this computer's own address
/// are left out.
pub fn plan_fallback(
    iface: &Interface,
    broadcast_replies: u64,
    known: &[Ipv4Addr],
    skip: &HashSet<Ipv4Addr>,
    quiet: bool,
) -> Option<FallbackPlan> {
    if broadcast_replies > 0 || iface.prefix_len >= 31 {
        return None;
    }
    let subnet = Ipv4Net::new(iface.addr, iface.prefix_len)
        .map(|n| n.trunc())
        .ok()?;
    let block = if iface.prefix_len >= WIDEST_WHOLE_PREFIX {
        subnet
    } else {
        Ipv4Net::new(iface.addr, FALLBACK_PREFIX)
            .map(|n| n.trunc())
            .ok()?
    };
    let mut seen: HashSet<Ipv4Addr> = skip.clone();
    seen.insert(iface.addr);
    seen.insert(subnet.network());
    seen.insert(subnet.broadcast());
    let mut hosts: Vec<Ipv4Addr> = known
        .iter()
        .copied()
        .filter(|ip| subnet.contains(ip) && seen.insert(*ip))
        .collect();
    let kind = if quiet {
        hosts.truncate(QUIET_CHECK_LIMIT);
        FallbackKind::KnownHosts
    } else {
        hosts.extend(block.hosts().filter(|ip| seen.insert(*ip)));
        FallbackKind::Sweep
    };
    (!hosts.is_empty()).then(|| FallbackPlan {
        interface: iface.name.clone(),
        block,
        kind,
        hosts,
    })
}

/// What the fallback did on one interface, reported with the scan's summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FallbackReport {
    /// The interface.
    pub interface: String,
    /// The block asked.
    pub block: Ipv4Net,
    /// Sweep or only known hosts.
    pub kind: FallbackKind,
    /// Hosts asked.
    pub asked: usize,
    /// Servers that answered them (none had answered the broadcast).
    pub found: usize,
}

impl FallbackReport {
    /// One line for people: "asked each address on lan0: found 3".
    pub fn summary(&self) -> String {
        let found = crate::tr!("diag-fallback-found", count = self.found);
        match self.kind {
            FallbackKind::Sweep => crate::tr!(
                "diag-fallback-sweep",
                interface = self.interface.as_str(),
                block = self.block.to_string(),
                hosts = self.asked,
                found = found
            ),
            FallbackKind::KnownHosts => crate::tr!(
                "diag-fallback-known",
                interface = self.interface.as_str(),
                hosts = self.asked,
                found = found
            ),
        }
    }
}

/// The diagnosis "broadcast replies are dropped here": hosts on a link
/// answered unicast probes and none answered the broadcast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RepliesDropped {
    /// The interface.
    pub interface: String,
    /// The block whose hosts answered.
    pub block: Ipv4Net,
    /// Servers that answered only when asked one by one.
    pub found: usize,
    /// The firewall this computer most likely runs.
    pub firewall: crate::firewall::Firewall,
    /// The discovery port (the replies' source port).
    pub port: u16,
}

impl RepliesDropped {
    /// The command that lets the replies through (none for an unknown firewall).
    pub fn command(&self) -> Option<String> {
        self.firewall.allow_replies(self.port, self.block)
    }

    /// The diagnosis in plain words, with the command.
    pub fn text(&self) -> String {
        crate::firewall::replies_dropped_text(
            &self.interface,
            self.found,
            self.firewall,
            self.port,
            self.block,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn iface(addr: [u8; 4], prefix: u8) -> Interface {
        let mask = Ipv4Addr::from(u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0));
        Interface::new("lan0", Ipv4Addr::from(addr), mask, None)
    }

    fn ip(d: u8) -> Ipv4Addr {
        Ipv4Addr::new(10, 77, 0, d)
    }

    #[test]
    fn nothing_when_the_broadcast_was_answered() {
        let lan = iface([10, 77, 0, 1], 24);
        assert_eq!(
            plan_fallback(&lan, 1, &[ip(9)], &HashSet::new(), false),
            None
        );
    }

    #[test]
    fn a_silent_slash_24_is_swept_known_hosts_first_without_our_address() {
        let lan = iface([10, 77, 0, 50], 24);
        let known = [ip(200), ip(7), Ipv4Addr::new(192, 168, 9, 9), ip(50)];
        let skip: HashSet<Ipv4Addr> = [ip(3)].into();
        let plan = plan_fallback(&lan, 0, &known, &skip, false).expect("a plan");
        assert_eq!(plan.kind, FallbackKind::Sweep);
        assert_eq!(plan.block, "10.77.0.0/24".parse::<Ipv4Net>().expect("net"));
        assert_eq!(&plan.hosts[..2], [ip(200), ip(7)], "known hosts first");
        assert_eq!(
            plan.hosts.len(),
            254 - 2,
            "all but our address and the skipped one"
        );
        let unique: HashSet<_> = plan.hosts.iter().collect();
        assert_eq!(unique.len(), plan.hosts.len(), "each host once");
        assert!(!plan.hosts.contains(&ip(50)) && !plan.hosts.contains(&ip(3)));
    }

    /// Probes the fallback sends on a silent subnet, by its width: whole
    /// up to a /22, the /24 around this computer beyond (plus known hosts
    /// anywhere in the subnet).
    #[test]
    fn the_block_asked_is_the_subnet_up_to_a_slash_22() {
        let far = Ipv4Addr::new(10, 77, 200, 1);
        let other_half = Ipv4Addr::new(10, 77, 3, 77);
        let outside = Ipv4Addr::new(10, 78, 0, 1);
        // (prefix, block asked, probes, far known host asked)
        let table = [
            (24, "10.77.2.0/24", 253, false),
            (23, "10.77.2.0/23", 509, false),
            (22, "10.77.0.0/22", 1021, false),
            (21, "10.77.2.0/24", 253 + 1, false),
            (16, "10.77.2.0/24", 253 + 2, true),
        ];
        for (prefix, block, probes, asks_far) in table {
            let lan = iface([10, 77, 2, 9], prefix);
            let known = [far, other_half, outside];
            let plan = plan_fallback(&lan, 0, &known, &HashSet::new(), false).expect("a plan");
            assert_eq!(
                plan.block,
                block.parse::<Ipv4Net>().expect("net"),
                "/{prefix}"
            );
            assert_eq!(plan.hosts.len(), probes, "/{prefix}");
            assert_eq!(plan.hosts.contains(&far), asks_far, "/{prefix}: {far}");
            assert!(
                !plan.hosts.contains(&outside),
                "/{prefix}: not in the subnet"
            );
            if prefix <= 23 && !asks_far {
                assert_eq!(plan.hosts[0], other_half, "/{prefix}: known hosts first");
            }
            let net = lan.network();
            assert!(
                !plan.hosts.contains(&net.network()) && !plan.hosts.contains(&net.broadcast()),
                "/{prefix}: the subnet's own network and broadcast addresses"
            );
            let unique: HashSet<_> = plan.hosts.iter().collect();
            assert_eq!(unique.len(), plan.hosts.len(), "/{prefix}: each host once");
        }
    }

    #[test]
    fn a_wide_subnet_is_asked_around_our_address_and_at_its_known_hosts() {
        let lan = iface([10, 77, 3, 9], 16);
        let far = Ipv4Addr::new(10, 77, 200, 1);
        let plan = plan_fallback(&lan, 0, &[far], &HashSet::new(), false).expect("a plan");
        assert_eq!(plan.block, "10.77.3.0/24".parse::<Ipv4Net>().expect("net"));
        assert_eq!(plan.hosts.len(), 254);
        assert_eq!(plan.hosts[0], far, "a known host of the subnet, first");
        let narrow = iface([10, 77, 0, 1], 28);
        let plan = plan_fallback(&narrow, 0, &[], &HashSet::new(), false).expect("a plan");
        assert_eq!(plan.hosts.len(), 13, "a /28 has 14 hosts, one is ours");
    }

    #[test]
    fn quiet_asks_only_known_hosts_and_point_to_point_nothing() {
        let lan = iface([10, 77, 0, 1], 24);
        let known: Vec<Ipv4Addr> = (2..=250).map(ip).collect();
        let plan = plan_fallback(&lan, 0, &known, &HashSet::new(), true).expect("a plan");
        assert_eq!(plan.kind, FallbackKind::KnownHosts);
        assert_eq!(plan.hosts.len(), QUIET_CHECK_LIMIT);
        assert_eq!(
            plan_fallback(&lan, 0, &[], &HashSet::new(), true),
            None,
            "nobody known"
        );
        assert_eq!(
            plan_fallback(&iface([10, 0, 0, 1], 31), 0, &[], &HashSet::new(), false),
            None
        );
    }

    #[test]
    fn decision_time_leaves_room_for_replies() {
        assert_eq!(
            decision_time(Duration::from_secs(5)),
            Duration::from_secs(1)
        );
        assert_eq!(
            decision_time(Duration::from_millis(800)),
            Duration::from_millis(400)
        );
    }

    #[test]
    fn an_automatic_round_is_quiet_for_five_minutes_after_a_sweep() {
        let now = Instant::now() + Duration::from_secs(3600);
        let minute = Duration::from_secs(60);
        // (interface, swept this long ago) -> quiet?
        let table = [
            ("just", Duration::ZERO, true),
            ("four59", 5 * minute - Duration::from_secs(1), true),
            ("five", 5 * minute, false),
            ("hour", 60 * minute, false),
        ];
        let swept: std::collections::HashMap<String, Instant> = table
            .iter()
            .map(|(name, ago, _)| (name.to_string(), now - *ago))
            .collect();
        let mut quiet = quiet_interfaces(&swept, now);
        quiet.sort();
        let mut want: Vec<String> = table
            .iter()
            .filter(|t| t.2)
            .map(|t| t.0.to_string())
            .collect();
        want.sort();
        assert_eq!(quiet, want);
    }

    #[test]
    fn the_diagnosis_gives_the_firewalls_own_command_for_the_block() {
        let dropped = |firewall| RepliesDropped {
            interface: "lan0".into(),
            block: "10.77.0.0/23".parse().expect("net"),
            found: 2,
            firewall,
            port: 9999,
        };
        assert_eq!(
            dropped(crate::firewall::Firewall::Ufw).command().as_deref(),
            Some("sudo ufw allow proto udp from 10.77.0.0/23 port 9999 to any")
        );
        assert_eq!(dropped(crate::firewall::Firewall::Unknown).command(), None);
    }

    #[test]
    fn summaries_read_as_sentences() {
        let mut report = FallbackReport {
            interface: "lan0".into(),
            block: "10.77.0.0/24".parse().expect("net"),
            kind: FallbackKind::Sweep,
            asked: 253,
            found: 3,
        };
        assert_eq!(
            report.summary(),
            "Nobody answered the quick search on lan0, so LanScout asked each of its 253 addresses (10.77.0.0/24) in turn: found 3 servers."
        );
        report.kind = FallbackKind::KnownHosts;
        report.asked = 4;
        report.found = 0;
        assert_eq!(
            report.summary(),
            "Nobody answered the quick search on lan0, so LanScout asked the 4 computers it knows there in turn: no server answered."
        );
    }
}
