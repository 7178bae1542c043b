//! What a scan tells the user without stopping, in plain words.

use std::fmt;
use std::net::{Ipv4Addr, SocketAddrV4};

use crate::net::targets::MAX_SWEEP_PREFIX;
use crate::tr;

/// Something worth telling the user that does not stop the scan.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// A probe could not be sent.
    SendFailed {
        /// Interface name, or "target" for unicast probes.
        via: String,
        /// Destination.
        dest: SocketAddrV4,
        /// OS error text.
        error: String,
    },
    /// The server announced 127/8 or 0.0.0.0; its source address is used.
    AnnouncedUnusable {
        /// What it announced.
        announced: Ipv4Addr,
        /// Where the reply came from.
        source: SocketAddrV4,
    },
    /// A reply that did not parse (counted, dropped).
    InvalidReply {
        /// Where it came from.
        source: SocketAddrV4,
        /// Why it was rejected.
        reason: String,
    },
    /// Further invalid replies are counted but not reported one by one.
    InvalidRepliesSuppressed,
    /// A host name target could not be resolved.
    TargetUnresolved {
        /// The target as written.
        target: String,
        /// Why.
        error: String,
    },
    /// A subnet is too wide to sweep whole; only the /24 around our address is.
    SweepNarrowed {
        /// Interface name.
        interface: String,
        /// The subnet.
        subnet: String,
        /// What is swept instead.
        swept: String,
    },
    /// The sweep needs longer than the timeout at its rate.
    ScanExtended {
        /// Sweep probes planned.
        probes: u64,
        /// Of those, to hosts on this computer's own subnets (paced to the
        /// kernel's neighbour table).
        on_link: u64,
        /// The new scan length.
        seconds: f64,
    },
    /// The kernel granted a smaller receive buffer than asked for.
    SmallReceiveBuffer {
        /// Bytes granted.
        granted: usize,
        /// Bytes asked for.
        requested: usize,
    },
    /// No interface is usable for broadcast and no target is given.
    NothingToProbe,
    /// The network interfaces could not be listed (no broadcast is sent).
    InterfacesUnavailable(String),
    /// One source announced more servers than a real one does; the rest
    /// are counted, not listed.
    TooManyFromOneSource {
        /// The source address.
        source: Ipv4Addr,
        /// How many of its servers are listed.
        limit: usize,
    },
    /// The kernel dropped on-link sweep probes (its neighbour table was
    /// full); they were sent again.
    SweepProbesResent {
        /// Probes dropped and sent again.
        count: u64,
    },
    /// A server's lookups ended on an internal error.
    LookupFailed {
        /// The server.
        ip: Ipv4Addr,
        /// What went wrong.
        message: String,
    },
    /// More servers than the lookup queue holds: the rest get no details.
    DetailsSkipped {
        /// Servers without details.
        count: u64,
    },
    /// More web servers announced themselves than one scan lists.
    TooManyAnnounced {
        /// How many are listed.
        limit: usize,
    },
    /// The DNS-SD source could not start (the UDP scan goes on).
    DnsSdUnavailable(String),
    /// Nothing answered the broadcast on an interface: its hosts are being
    /// asked one by one.
    FallbackStarted {
        /// The interface.
        interface: String,
        /// The block asked.
        block: ipnet::Ipv4Net,
        /// How many hosts.
        hosts: usize,
        /// Every address, or only the known hosts.
        kind: super::fallback::FallbackKind,
    },
    /// What asking each host found.
    FallbackResult(super::fallback::FallbackReport),
    /// Hosts answered only when asked one by one: this computer drops
    /// replies to a broadcast (a firewall), with the command that helps.
    RepliesDropped(super::fallback::RepliesDropped),
}

impl Warning {
    /// A stable code for scripts (the JSON `code` field), where a warning
    /// is a diagnosis worth acting on.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            Warning::RepliesDropped(_) => Some("broadcast-replies-dropped"),
            Warning::FallbackStarted { .. } => Some("fallback-started"),
            Warning::FallbackResult(_) => Some("fallback-result"),
            _ => None,
        }
    }
}

/// In the language in use (English on the command line, which scripts
/// read); the window's messages panel shows the same text.
impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Warning::SendFailed { via, dest, error } => tr!(
                "warn-send-failed",
                dest = dest.to_string(),
                via = via.as_str(),
                error = error.as_str()
            ),
            Warning::AnnouncedUnusable { announced, source } => tr!(
                "warn-announced-unusable",
                source = source.to_string(),
                announced = announced.to_string(),
                ip = source.ip().to_string()
            ),
            Warning::InvalidReply { source, reason } => tr!(
                "warn-invalid-reply",
                source = source.to_string(),
                reason = reason.to_string()
            ),
            Warning::InvalidRepliesSuppressed => tr!("warn-invalid-suppressed"),
            Warning::TargetUnresolved { target, error } => tr!(
                "warn-target-unresolved",
                target = target.as_str(),
                error = error.as_str()
            ),
            Warning::SweepNarrowed {
                interface,
                subnet,
                swept,
            } => tr!(
                "warn-sweep-narrowed",
                interface = interface.as_str(),
                subnet = subnet.to_string(),
                prefix = MAX_SWEEP_PREFIX,
                swept = swept.to_string()
            ),
            Warning::ScanExtended {
                probes,
                on_link,
                seconds,
            } => tr!(
                "warn-scan-extended",
                probes = *probes,
                on_link = *on_link,
                secs = format!("{seconds:.0}")
            ),
            Warning::SmallReceiveBuffer { granted, requested } => tr!(
                "warn-small-buffer",
                granted = *granted,
                requested = *requested
            ),
            Warning::InterfacesUnavailable(e) => {
                tr!("warn-interfaces-unavailable", error = e.to_string())
            }
            Warning::NothingToProbe => tr!("warn-nothing-to-probe"),
            Warning::TooManyFromOneSource { source, limit } => tr!(
                "warn-too-many-from-one",
                source = source.to_string(),
                limit = *limit
            ),
            Warning::SweepProbesResent { count } => tr!("warn-sweep-resent", count = *count),
            Warning::LookupFailed { ip, message } => tr!(
                "warn-lookup-failed",
                ip = ip.to_string(),
                error = message.to_string()
            ),
            Warning::DetailsSkipped { count } => tr!("warn-details-skipped", count = *count),
            Warning::TooManyAnnounced { limit } => tr!("warn-too-many-announced", limit = *limit),
            Warning::DnsSdUnavailable(e) => tr!("warn-dns-sd-unavailable", error = e.to_string()),
            Warning::FallbackStarted {
                interface,
                block,
                hosts,
                kind,
            } => match kind {
                super::fallback::FallbackKind::Sweep => tr!(
                    "warn-fallback-sweep",
                    interface = interface.as_str(),
                    hosts = *hosts,
                    block = block.to_string()
                ),
                super::fallback::FallbackKind::KnownHosts => tr!(
                    "warn-fallback-known",
                    interface = interface.as_str(),
                    hosts = *hosts
                ),
            },
            Warning::FallbackResult(report) => report.summary(),
            Warning::RepliesDropped(d) => d.text(),
        };
        f.write_str(&text)
    }
}
