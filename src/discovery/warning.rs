//! What a scan tells the user without stopping, in plain words.

use std::fmt;
use std::net::{Ipv4Addr, SocketAddrV4};

use crate::net::targets::MAX_SWEEP_PREFIX;

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

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::SendFailed { via, dest, error } => {
                write!(f, "could not send a probe to {dest} via {via}: {error}")
            }
            Warning::AnnouncedUnusable { announced, source } => write!(
                f,
                "{source} announced {announced}, which is not reachable from here; using {}",
                source.ip()
            ),
            Warning::InvalidReply { source, reason } => {
                write!(f, "ignored an invalid reply from {source}: {reason}")
            }
            Warning::InvalidRepliesSuppressed => {
                write!(f, "more invalid replies arrived; they are counted, not listed")
            }
            Warning::TargetUnresolved { target, error } => {
                write!(f, "could not resolve target {target}: {error}")
            }
            Warning::SweepNarrowed { interface, subnet, swept } => write!(
                f,
                "{interface}: subnet {subnet} is wider than /{MAX_SWEEP_PREFIX}; sweeping only {swept}"
            ),
            Warning::ScanExtended {
                probes,
                on_link,
                seconds,
            } => {
                write!(f, "the sweep sends {probes} probes")?;
                if *on_link > 0 {
                    write!(
                        f,
                        " ({on_link} on this computer's own subnets, paced so the kernel's neighbour table loses none)"
                    )?;
                }
                write!(f, "; the scan runs for about {seconds:.0} s to finish it")
            }
            Warning::SmallReceiveBuffer { granted, requested } => write!(
                f,
                "the receive buffer is {granted} bytes (asked for {requested}); replies may be lost in a large burst"
            ),
            Warning::InterfacesUnavailable(e) => {
                write!(f, "cannot list the network interfaces ({e}); only targets are probed")
            }
            Warning::NothingToProbe => write!(
                f,
                "no network interface is usable for broadcast and no target is set"
            ),
            Warning::TooManyFromOneSource { source, limit } => write!(
                f,
                "{source} announced more than {limit} different servers; the rest are ignored (counted as ignored)"
            ),
            Warning::SweepProbesResent { count } => write!(
                f,
                "the kernel's neighbour table was full: {count} sweep probes were dropped and sent again"
            ),
            Warning::LookupFailed { ip, message } => write!(
                f,
                "looking up {ip} stopped on an internal error ({message}); it is listed without details"
            ),
            Warning::DetailsSkipped { count } => write!(
                f,
                "{count} servers were found faster than their names can be looked up; they are listed without details"
            ),
            Warning::TooManyAnnounced { limit } => write!(
                f,
                "more than {limit} web servers announced themselves over DNS-SD; the first {limit} are listed"
            ),
            Warning::DnsSdUnavailable(e) => write!(
                f,
                "announced web servers (DNS-SD) cannot be listed: {e}"
            ),
            Warning::FallbackStarted {
                interface,
                block,
                hosts,
                kind,
            } => match kind {
                super::fallback::FallbackKind::Sweep => write!(
                    f,
                    "no reply to the broadcast on {interface} yet: asking each of the {hosts} addresses of {block} one by one"
                ),
                super::fallback::FallbackKind::KnownHosts => write!(
                    f,
                    "no reply to the broadcast on {interface} yet: asking the {hosts} hosts known on that link one by one"
                ),
            },
            Warning::FallbackResult(report) => f.write_str(&report.summary()),
            Warning::RepliesDropped(d) => f.write_str(&d.text()),
        }
    }
}
