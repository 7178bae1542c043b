//! The scan engine: a worker thread that sends probes (broadcast per
//! interface, unicast to targets, a paced subnet sweep), parses replies the
//! moment they arrive and reports everything as [`Event`]s.

use std::io;
use std::net::{Ipv4Addr, SocketAddrV4};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use crossbeam_channel::Receiver;
use serde::Serialize;

pub mod diagnose;
mod emitter;
mod engine;
pub mod fallback;
mod warning;

pub use warning::Warning;
pub mod fold;
pub mod plan;
pub mod sweep;

use crate::details::Details;
use crate::net::{InterfaceChoice, Target};
use crate::settings::{FieldError, ProtocolSettings, ScanSettings, Settings};

/// Receive buffer a scan asks for: room for well over 10 000 small replies
/// (each costs ~800 bytes of kernel accounting).
pub const DEFAULT_RCVBUF: usize = 16 * 1024 * 1024;

/// Below this much receive buffer (all queues together, as the kernel
/// reports it) a scan warns that a large burst may lose replies. Measured:
/// without privileges on Debian's default limit, 16 queues of 416 KiB
/// (6.8 MB) kept a burst of 10 000 replies in 20 of 20 runs.
pub const ENOUGH_RCVBUF: usize = 6 * 1024 * 1024;

/// Distinct servers one source address may announce in a scan. A real
/// server announces one address (a few when multi-homed); a host that
/// announces more is forging, and must neither fill the list nor aim
/// LanScout's lookups at other hosts.
pub const MAX_SERVERS_PER_SOURCE: usize = 4;

/// The per-interface counters' name for unicast probes (targets and sweep).
pub const TARGETS_LABEL: &str = "targets";

/// How long a scan waits past its deadline for details lookups still running.
pub const DETAILS_GRACE: Duration = Duration::from_millis(1500);

/// Everything a scan needs to know.
/// Everything a scan needs to know: the scan settings as the user set them
/// (validated), and what is derived from them. A new scan setting is read
/// from `scan` here, so it needs no field of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanConfig {
    /// The scan settings.
    pub scan: ScanSettings,
    /// The request and reply words.
    pub protocol: ProtocolSettings,
    /// Unicast targets, probed first (favourites, then extra targets).
    pub targets: Vec<Target>,
    /// Whether to broadcast on the selected interfaces.
    pub broadcast: bool,
    /// Receive buffer to ask the kernel for.
    pub rcvbuf: usize,
    /// Interfaces where the unicast fallback only asks the hosts already
    /// known (it swept them lately; the window's auto-refresh sets this).
    pub fallback_quiet: Vec<String>,
}

impl ScanConfig {
    /// How long the scan collects replies (a hard deadline).
    pub fn timeout(&self) -> Duration {
        // Validated settings hold 0.1..=600 s; anything else a library
        // caller sets must not panic here.
        Duration::try_from_secs_f64(self.scan.timeout_secs).unwrap_or(Duration::ZERO)
    }

    /// The request payload.
    pub fn message(&self) -> &[u8] {
        self.protocol.message.as_bytes()
    }

    /// The reply prefix.
    pub fn prefix(&self) -> &[u8] {
        self.protocol.response_prefix.as_bytes()
    }
}

impl Default for ScanConfig {
    fn default() -> Self {
        ScanConfig {
            scan: ScanSettings::default(),
            protocol: ProtocolSettings::default(),
            targets: Vec::new(),
            broadcast: true,
            rcvbuf: DEFAULT_RCVBUF,
            fallback_quiet: Vec::new(),
        }
    }
}

impl TryFrom<&Settings> for ScanConfig {
    type Error = Vec<FieldError>;

    /// The scan the settings describe, or every problem with them.
    fn try_from(settings: &Settings) -> Result<ScanConfig, Vec<FieldError>> {
        let errors = settings.validate();
        if !errors.is_empty() {
            return Err(errors);
        }
        let s = &settings.scan;
        let targets = s
            .favourites
            .iter()
            .chain(&s.extra_targets)
            .filter_map(|t| t.parse().ok())
            .collect();
        Ok(ScanConfig {
            scan: s.clone(),
            protocol: settings.protocol.clone(),
            targets,
            broadcast: true,
            rcvbuf: DEFAULT_RCVBUF,
            fallback_quiet: Vec::new(),
        })
    }
}

/// When probe rounds are sent, as offsets from the scan start: 0, 0.5 s,
/// 2 s, then doubling; only offsets inside the window are kept.
pub fn retry_offsets(retries: u32, window: Duration) -> Vec<Duration> {
    let mut out = vec![Duration::ZERO];
    let mut next = Duration::from_millis(500);
    for i in 0..retries {
        if next >= window {
            break;
        }
        out.push(next);
        next = if i == 0 {
            Duration::from_secs(2)
        } else {
            next * 2
        };
    }
    out
}

/// How long Windows Defender Firewall lets unicast replies to a broadcast
/// in after it was sent ("allow unicast response", about 3 s).
pub const REPLY_WINDOW: Duration = Duration::from_secs(3);

/// The rounds of a scan on Windows: with retries, extra rounds are added so
/// that every moment of the scan lies within [`REPLY_WINDOW`] after a
/// broadcast (each round renews it, 0.5 s before it closes); a reply is then
/// never dropped for arriving late. Without retries the user asked for one
/// probe, and gets one. Pure.
pub fn cover_reply_window(
    rounds: Vec<Duration>,
    retries: u32,
    duration: Duration,
) -> Vec<Duration> {
    if retries == 0 {
        return rounds;
    }
    let step = REPLY_WINDOW - Duration::from_millis(500);
    let mut out: Vec<Duration> = Vec::with_capacity(rounds.len());
    // The given rounds, with the gaps longer than the window filled, then
    // the tail up to the end of the scan.
    for next in rounds.into_iter().chain(std::iter::once(duration)) {
        while let Some(&last) = out.last() {
            if last + REPLY_WINDOW >= next {
                break;
            }
            out.push(last + step);
        }
        if next < duration {
            out.push(next);
        }
    }
    out
}

/// Identity of a server: its (normalised) address and web port.
pub type ServerKey = (Ipv4Addr, u16);

/// How a server was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// It answered the django-udp-discovery probe.
    Udp,
    /// It announced itself over DNS-SD (`_http._tcp`, `_https._tcp`).
    DnsSd,
}

impl Source {
    /// Its name in JSON and CSV (`udp`, `dns-sd`).
    pub fn name(self) -> &'static str {
        match self {
            Source::Udp => "udp",
            Source::DnsSd => "dns-sd",
        }
    }
}

/// A server that answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Server {
    /// The address to open: the announced one, or the source address when
    /// the announced one was loopback or unspecified.
    pub ip: Ipv4Addr,
    /// The web port.
    pub port: u16,
    /// `scheme://ip:port/`.
    pub url: String,
    /// Name of the local interface the reply arrived on, where known.
    pub interface: Option<String>,
    /// Where the reply came from.
    pub source: SocketAddrV4,
    /// The announced address, when it differs from the source address.
    pub announced: Option<Ipv4Addr>,
    /// Time from the probe to this reply.
    #[serde(serialize_with = "ser_ms")]
    pub rtt: Duration,
    /// Whether the server runs on this computer.
    pub is_local: bool,
    /// How it was found first (a later [`Event::AlsoFound`] adds another way).
    pub found_by: Source,
    /// The DNS-SD instance name it announced (display text), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
}

impl Server {
    /// A server found at `ip:port` by `found_by` (its reply or
    /// announcement from `source`, after `rtt`): no interface, not this
    /// computer, nothing announced apart, no name. Callers set what they
    /// know besides (`Server { interface, ..Server::found(…) }`).
    pub fn found(
        found_by: Source,
        scheme: crate::protocol::Scheme,
        ip: Ipv4Addr,
        port: u16,
        source: SocketAddrV4,
        rtt: Duration,
    ) -> Server {
        Server {
            ip,
            port,
            url: crate::protocol::server_url(scheme, ip, port),
            interface: None,
            source,
            announced: None,
            rtt,
            is_local: false,
            found_by,
            service_name: None,
        }
    }

    /// The dedupe key.
    pub fn key(&self) -> ServerKey {
        (self.ip, self.port)
    }
}

/// A server already found was found another way too (an `AlsoFound`
/// event), as the window and the CLI table both fold it: the way is added
/// once, and a DNS-SD instance name becomes the server's name.
pub fn add_source(
    server: &mut Server,
    also_by: &mut Vec<Source>,
    by: Source,
    service_name: Option<String>,
) {
    if server.found_by != by && !also_by.contains(&by) {
        also_by.push(by);
    }
    if service_name.is_some() {
        server.service_name = service_name;
    }
}

/// A round trip as every output writes it: milliseconds, two decimals.
pub fn rtt_ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0 * 100.0).round() / 100.0
}

fn ser_ms<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(rtt_ms(*d))
}

/// Per-interface counters of one scan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct InterfaceStats {
    /// Interface name ("targets" for unicast probes).
    pub name: String,
    /// Probes sent successfully.
    pub probes_sent: u64,
    /// Probes that failed to send.
    pub send_errors: u64,
    /// Valid replies attributed to this interface.
    pub replies: u64,
    /// Invalid replies attributed to this interface.
    pub invalid: u64,
}

/// The summary of a finished scan.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ScanStats {
    /// Distinct servers found.
    pub servers: usize,
    /// Valid replies (duplicates included).
    pub replies: u64,
    /// Invalid replies dropped.
    pub invalid: u64,
    /// Probes sent in all.
    pub probes_sent: u64,
    /// Per interface, and "targets".
    pub per_interface: Vec<InterfaceStats>,
    /// How long the scan ran.
    #[serde(serialize_with = "ser_ms")]
    pub elapsed: Duration,
    /// Receive buffer granted by the kernel, in bytes.
    pub rcvbuf: usize,
    /// Whether the scan was cancelled before its deadline.
    pub cancelled: bool,
    /// Valid replies ignored because their source announced too many servers.
    #[serde(skip)]
    pub over_source_limit: u64,
    /// What the unicast fallback did, per interface where it ran.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fallback: Vec<fallback::FallbackReport>,
    /// Broadcast replies dropped on this computer (hosts answered only
    /// when asked one by one), with the likely firewall.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replies_dropped: Option<fallback::RepliesDropped>,
}

/// What a running scan reports, in order.
#[derive(Debug, Clone)]
pub enum Event {
    /// The scan began: which interfaces it uses and what it plans.
    Started {
        /// Every interface and whether it is used.
        interfaces: Vec<InterfaceChoice>,
        /// Probes planned in all.
        planned: u64,
        /// How long the scan will run.
        duration: Duration,
        /// Receive buffer granted.
        rcvbuf: usize,
    },
    /// A new server.
    Found(Server),
    /// What the lookups found about a server (after its `Found`, before
    /// `Finished`).
    Details(Details),
    /// A server already found was found another way too (the same
    /// address and port announced over DNS-SD and over UDP).
    AlsoFound {
        /// Which one.
        key: ServerKey,
        /// The other way.
        by: Source,
        /// The DNS-SD instance name, when that is the other way.
        service_name: Option<String>,
    },
    /// A server already found answered again.
    SeenAgain {
        /// Which one.
        key: ServerKey,
        /// Round-trip time of this reply.
        rtt: Duration,
    },
    /// Probes sent so far out of those planned.
    Progress {
        /// Sent.
        sent: u64,
        /// Planned.
        planned: u64,
    },
    /// A problem that does not stop the scan.
    Warning(Warning),
    /// The scan could not run.
    Error(String),
    /// Always the last event.
    Finished(ScanStats),
}

/// A running scan. Dropping it cancels the scan.
pub struct ScanHandle {
    events: Receiver<Event>,
    cancel: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl ScanHandle {
    /// The event stream; it ends (disconnects) after `Finished`.
    pub fn events(&self) -> &Receiver<Event> {
        &self.events
    }

    /// Asks the scan to stop; it sends `Finished` within 50 ms.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::SeqCst);
    }

    /// Whether the worker has ended.
    pub fn is_finished(&self) -> bool {
        self.thread.as_ref().is_none_or(|t| t.is_finished())
    }
}

impl Drop for ScanHandle {
    /// Cancels and returns at once: the worker ends on its own within 50 ms
    /// (or when a name lookup it is blocked in returns), so dropping a scan
    /// (closing the window) never waits.
    fn drop(&mut self) {
        self.cancel();
        self.thread = None;
    }
}

/// Starts a scan on a worker thread. `notify` is called after events are
/// sent (the GUI passes `ctx.request_repaint`).
pub fn start_scan(
    config: ScanConfig,
    notify: impl Fn() + Send + Sync + 'static,
) -> io::Result<ScanHandle> {
    let (tx, rx) = crossbeam_channel::unbounded();
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&cancel);
    let thread = crate::threads::start("scan", move || {
        let mut out = engine::Emitter {
            tx,
            notify: Arc::new(notify),
            open: Arc::new(Mutex::new(true)),
        };
        // A bug must end the scan with a message, never hang its listener.
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::fault::check("scan");
            engine::run_scan(&config, &flag, &out)
        }));
        let stats = outcome.unwrap_or_else(|payload| {
            out.send(Event::Error(format!(
                "the scan stopped on an internal error: {}",
                crate::fault::panic_message(payload.as_ref())
            )));
            ScanStats::default()
        });
        out.close();
        out.send(Event::Finished(stats));
    })?;
    Ok(ScanHandle {
        events: rx,
        cancel,
        thread: Some(thread),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_schedule_is_0_half_2_then_doubling() {
        let w = Duration::from_secs(5);
        let ms = |v: Vec<Duration>| v.iter().map(|d| d.as_millis() as u64).collect::<Vec<_>>();
        assert_eq!(ms(retry_offsets(0, w)), [0]);
        assert_eq!(ms(retry_offsets(2, w)), [0, 500, 2000]);
        assert_eq!(ms(retry_offsets(4, w)), [0, 500, 2000, 4000]);
        assert_eq!(
            ms(retry_offsets(5, Duration::from_secs(20))),
            [0, 500, 2000, 4000, 8000, 16000]
        );
        assert_eq!(ms(retry_offsets(3, Duration::from_millis(300))), [0]);
    }

    #[test]
    fn on_windows_every_moment_of_a_scan_is_within_3_s_of_a_broadcast() {
        let ms = |v: Vec<Duration>| v.iter().map(|d| d.as_millis() as u64).collect::<Vec<_>>();
        let cover = |retries, secs: f64| {
            let window = Duration::from_secs_f64(secs);
            cover_reply_window(retry_offsets(retries, window), retries, window)
        };
        // The default scan needs nothing more: 0, 0.5 and 2 s cover 5 s.
        assert_eq!(ms(cover(2, 5.0)), [0, 500, 2000]);
        // A 20 s scan: the doubling rounds leave gaps; filled every 2.5 s.
        assert_eq!(
            ms(cover(4, 20.0)),
            [0, 500, 2000, 4000, 6500, 8000, 10500, 13000, 15500, 18000]
        );
        assert_eq!(ms(cover(2, 10.0)), [0, 500, 2000, 4500, 7000]);
        assert_eq!(ms(cover(0, 10.0)), [0], "no retries asked: one probe");
        for (retries, secs) in [(1, 5.0), (2, 5.0), (3, 12.0), (5, 60.0), (2, 600.0)] {
            let rounds = cover(retries, secs);
            let end = Duration::from_secs_f64(secs);
            // Every instant t in [0, end] has a round r <= t with t - r <= 3 s.
            for pair in rounds.windows(2) {
                assert!(
                    pair[1] - pair[0] <= REPLY_WINDOW,
                    "{retries} {secs}: {rounds:?}"
                );
            }
            let last = *rounds.last().expect("a round");
            assert!(last + REPLY_WINDOW >= end, "{retries} {secs}: {rounds:?}");
        }
    }
}
