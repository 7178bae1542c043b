//! The scan engine: a worker thread that sends probes (broadcast per
//! interface, unicast to targets, a paced subnet sweep), parses replies the
//! moment they arrive and reports everything as [`Event`]s.

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, UdpSocket};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender};
use serde::Serialize;

use crate::details::{self, Details, LookupRequest, Lookups};
use crate::net::interfaces::interface_for_source;
use crate::net::targets::{self, MAX_SWEEP_PREFIX};
use crate::net::{self, Interface, InterfaceChoice, Target};
use crate::protocol::{self, Scheme};
use crate::sweep::{self, DropCheck, Pacer};

/// Receive buffer a scan asks for: room for well over 10 000 small replies
/// (each costs ~800 bytes of kernel accounting).
pub const DEFAULT_RCVBUF: usize = 16 * 1024 * 1024;

/// Distinct servers one source address may announce in a scan. A real
/// server announces one address (a few when multi-homed); a host that
/// announces more is forging, and must neither fill the list nor aim
/// LanScout's lookups at other hosts.
pub const MAX_SERVERS_PER_SOURCE: usize = 4;

/// How long a scan waits past its deadline for details lookups still running.
pub const DETAILS_GRACE: Duration = Duration::from_millis(1500);

/// Everything a scan needs to know.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanConfig {
    /// UDP discovery port probes are sent to.
    pub port: u16,
    /// The request payload.
    pub message: Vec<u8>,
    /// The reply prefix.
    pub prefix: Vec<u8>,
    /// How long the scan collects replies (a hard deadline).
    pub timeout: Duration,
    /// How many times probes are re-sent inside the window.
    pub retries: u32,
    /// Web port assumed when a reply names none.
    pub default_web_port: u16,
    /// Scheme of the URLs built for servers.
    pub scheme: Scheme,
    /// Exact interface names to use (empty: all).
    pub include: Vec<String>,
    /// Exact interface names to skip.
    pub exclude: Vec<String>,
    /// Unicast targets, probed first (favourites, then extra targets).
    pub targets: Vec<Target>,
    /// Whether to sweep every host of the used interfaces' subnets.
    pub sweep: bool,
    /// Cap on unicast sweep probes per second.
    pub sweep_rate: u32,
    /// Whether to broadcast on the selected interfaces.
    pub broadcast: bool,
    /// Receive buffer to ask the kernel for.
    pub rcvbuf: usize,
    /// Look up host name, page title and hardware maker of each server
    /// found (one HTTP GET per server; see [`crate::details`]).
    pub details: bool,
}

impl Default for ScanConfig {
    fn default() -> Self {
        ScanConfig {
            port: protocol::DEFAULT_PORT,
            message: protocol::DEFAULT_MESSAGE.as_bytes().to_vec(),
            prefix: protocol::DEFAULT_PREFIX.as_bytes().to_vec(),
            timeout: Duration::from_secs_f64(protocol::DEFAULT_TIMEOUT_SECS),
            retries: 2,
            default_web_port: protocol::DEFAULT_WEB_PORT,
            scheme: Scheme::Http,
            include: Vec::new(),
            exclude: Vec::new(),
            targets: Vec::new(),
            sweep: false,
            sweep_rate: 2000,
            broadcast: true,
            rcvbuf: DEFAULT_RCVBUF,
            details: false,
        }
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

/// Identity of a server: its (normalised) address and web port.
pub type ServerKey = (Ipv4Addr, u16);

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
}

impl Server {
    /// The dedupe key.
    pub fn key(&self) -> ServerKey {
        (self.ip, self.port)
    }
}

fn ser_ms<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((d.as_secs_f64() * 1000.0 * 100.0).round() / 100.0)
}

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
    },
    /// The kernel dropped on-link sweep probes (its neighbour table was
    /// full); they were sent again.
    SweepProbesResent {
        /// Probes dropped and sent again.
        count: u64,
    },
    /// More servers than the lookup queue holds: the rest get no details.
    DetailsSkipped {
        /// Servers without details.
        count: u64,
    },
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
                write!(f, "ignored an invalid reply from {source}: it {reason}")
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
            Warning::TooManyFromOneSource { source } => write!(
                f,
                "{source} announced more than {MAX_SERVERS_PER_SOURCE} different servers; the rest are ignored (counted as ignored)"
            ),
            Warning::SweepProbesResent { count } => write!(
                f,
                "the kernel's neighbour table was full: {count} sweep probes were dropped and sent again"
            ),
            Warning::DetailsSkipped { count } => write!(
                f,
                "{count} servers were found faster than their names can be looked up; they are listed without details"
            ),
        }
    }
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

    /// A flag that cancels the scan when set (for signal handlers).
    pub fn cancel_flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.cancel)
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
    let thread = std::thread::Builder::new()
        .name("lanscout-scan".into())
        .spawn(move || {
            let mut out = Emitter {
                tx,
                notify: Arc::new(notify),
                open: Arc::new(Mutex::new(true)),
            };
            // A bug must end the scan with a message, never hang its listener.
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                crate::fault::check("scan");
                match Scan::prepare(&config, &flag, &mut out) {
                    Ok(mut scan) => {
                        let stats = scan.run(&config, &flag, &mut out);
                        scan.finish_lookups(&flag, stats.elapsed);
                        stats
                    }
                    Err(e) => {
                        out.send(Event::Error(format!(
                            "cannot open a UDP socket for scanning: {e}"
                        )));
                        ScanStats::default()
                    }
                }
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

/// Sends events and wakes the listener; shared with the lookup workers,
/// which may send only while it is open (so nothing follows `Finished`).
#[derive(Clone)]
struct Emitter {
    tx: Sender<Event>,
    notify: Arc<dyn Fn() + Send + Sync>,
    open: Arc<Mutex<bool>>,
}

impl Emitter {
    fn send(&self, e: Event) {
        // A dropped receiver only means nobody listens any more.
        let _ = self.tx.send(e);
        (self.notify)();
    }

    /// Sends unless closed (from a lookup worker).
    fn send_if_open(&self, e: Event) {
        let open = self.open.lock().map(|o| *o).unwrap_or(false);
        if open {
            self.send(e);
        }
    }

    /// After this only the owner sends (the `Finished` event).
    fn close(&mut self) {
        if let Ok(mut o) = self.open.lock() {
            *o = false;
        }
    }
}

/// How many invalid replies are reported one by one before they are only counted.
const INVALID_WARNINGS_SHOWN: u64 = 10;
const TARGETS_LABEL: &str = "targets";

struct Scan {
    socket: UdpSocket,
    rcvbuf: usize,
    all_interfaces: Vec<Interface>,
    used: Vec<Interface>,
    broadcast_dests: Vec<(usize, SocketAddrV4)>,
    unicast_dests: Vec<SocketAddrV4>,
    sweep: SweepQueues,
    rounds: Vec<Duration>,
    duration: Duration,
    planned: u64,
    stats: Vec<InterfaceStats>,
    local_addrs: HashSet<Ipv4Addr>,
    broadcasts: Arc<Vec<Ipv4Addr>>,
    lookups: Option<Lookups>,
    lookups_skipped: u64,
    deadline: Option<Instant>,
    sweep_drops: u64,
}

impl Scan {
    fn prepare(config: &ScanConfig, cancel: &AtomicBool, out: &mut Emitter) -> io::Result<Scan> {
        let sock = net::open_discovery_socket(config.rcvbuf)?;
        let all_interfaces = net::list_interfaces().unwrap_or_else(|e| {
            out.send(Event::Warning(Warning::InterfacesUnavailable(
                e.to_string(),
            )));
            Vec::new()
        });
        let choices = net::select_interfaces(&all_interfaces, &config.include, &config.exclude);
        let used: Vec<Interface> = choices
            .iter()
            .filter(|c| c.skipped.is_none())
            .map(|c| c.interface.clone())
            .collect();
        let mut stats: Vec<InterfaceStats> = used
            .iter()
            .map(|i| InterfaceStats {
                name: i.name.clone(),
                ..Default::default()
            })
            .collect();
        stats.push(InterfaceStats {
            name: TARGETS_LABEL.into(),
            ..Default::default()
        });
        let broadcast_dests = if config.broadcast {
            used.iter()
                .enumerate()
                .map(|(n, i)| (n, SocketAddrV4::new(i.broadcast, config.port)))
                .collect()
        } else {
            Vec::new()
        };

        let mut unicast_dests = Vec::new();
        let mut seen = HashSet::new();
        let mut ranges = Vec::new();
        for t in &config.targets {
            // Each name lookup may take seconds: stop resolving once cancelled.
            if cancel.load(Ordering::SeqCst) {
                break;
            }
            match t {
                Target::Range(net) => ranges.push(*net),
                _ => match t.resolve(config.port) {
                    Ok(addrs) => {
                        for a in addrs {
                            if seen.insert(a) {
                                unicast_dests.push(a);
                            }
                        }
                    }
                    Err(e) => out.send(Event::Warning(Warning::TargetUnresolved {
                        target: t.to_string(),
                        error: e.to_string(),
                    })),
                },
            }
        }
        let local_addrs: HashSet<Ipv4Addr> = all_interfaces.iter().map(|i| i.addr).collect();
        if config.sweep {
            for i in &used {
                let subnet = i.network();
                if i.prefix_len < MAX_SWEEP_PREFIX {
                    let narrowed = ipnet::Ipv4Net::new(i.addr, 24)
                        .map(|n| n.trunc())
                        .unwrap_or(subnet);
                    out.send(Event::Warning(Warning::SweepNarrowed {
                        interface: i.name.clone(),
                        subnet: subnet.to_string(),
                        swept: narrowed.to_string(),
                    }));
                    ranges.push(narrowed);
                } else {
                    ranges.push(subnet);
                }
            }
        }
        let (mut routed, mut on_link) = (Vec::new(), Vec::new());
        for net in ranges {
            for ip in targets::hosts(net) {
                let a = SocketAddrV4::new(ip, config.port);
                if !local_addrs.contains(&ip) && seen.insert(a) {
                    if interface_for_source(&all_interfaces, ip).is_some() {
                        on_link.push(a);
                    } else {
                        routed.push(a);
                    }
                }
            }
        }
        let names: Vec<String> = used.iter().map(|i| i.name.clone()).collect();
        let limits = net::neighbour_limits(&names);
        let sweep_time = sweep::estimate(on_link.len(), routed.len(), config.sweep_rate, &limits);
        let sweep = SweepQueues::new(routed, on_link, config.sweep_rate, limits);

        let rounds = retry_offsets(config.retries, config.timeout);
        let mut duration = config.timeout;
        if sweep.total() > 0 && sweep_time + Duration::from_secs(1) > duration {
            duration = sweep_time + Duration::from_secs(1);
            out.send(Event::Warning(Warning::ScanExtended {
                probes: sweep.total() as u64,
                on_link: sweep.on_link.len() as u64,
                seconds: duration.as_secs_f64(),
            }));
        }
        let planned =
            (rounds.len() * (broadcast_dests.len() + unicast_dests.len()) + sweep.total()) as u64;
        if planned == 0 {
            out.send(Event::Warning(Warning::NothingToProbe));
            // Nothing can answer a probe never sent: end now, not at the timeout.
            duration = Duration::ZERO;
        }
        // The kernel reports double what it books; half of it is usable.
        if sock.rcvbuf_granted < sock.rcvbuf_requested {
            out.send(Event::Warning(Warning::SmallReceiveBuffer {
                granted: sock.rcvbuf_granted,
                requested: sock.rcvbuf_requested,
            }));
        }
        out.send(Event::Started {
            interfaces: choices,
            planned,
            duration,
            rcvbuf: sock.rcvbuf_granted,
        });
        let broadcasts = Arc::new(all_interfaces.iter().map(|i| i.broadcast).collect());
        let lookups = config.details.then(|| {
            let sink = out.clone();
            Lookups::start(move |d| sink.send_if_open(Event::Details(d)))
        });
        Ok(Scan {
            socket: sock.socket,
            rcvbuf: sock.rcvbuf_granted,
            all_interfaces,
            used,
            broadcast_dests,
            unicast_dests,
            sweep,
            rounds,
            duration,
            planned,
            stats,
            local_addrs,
            broadcasts,
            lookups,
            lookups_skipped: 0,
            deadline: None,
            sweep_drops: 0,
        })
    }

    /// Waits (at most [`DETAILS_GRACE`] past the deadline, not at all when
    /// cancelled) for details lookups still running, then stops them.
    fn finish_lookups(&mut self, cancel: &AtomicBool, _elapsed: Duration) {
        let Some(lookups) = self.lookups.take() else {
            return;
        };
        let end = self.deadline.unwrap_or_else(Instant::now) + DETAILS_GRACE;
        while lookups.pending() > 0 && Instant::now() < end && !cancel.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(5));
        }
        lookups.cancel();
    }

    /// Queues the details lookups of a new server.
    fn request_details(&mut self, server: &Server, announced: Ipv4Addr, config: &ScanConfig) {
        let Some(lookups) = &self.lookups else { return };
        let source = *server.source.ip();
        let deadline =
            self.deadline.unwrap_or_else(Instant::now) + DETAILS_GRACE - Duration::from_millis(100);
        let local_on_link = interface_for_source(&self.all_interfaces, source).map(|i| i.addr);
        let request = LookupRequest {
            ip: server.ip,
            port: server.port,
            announced,
            source,
            scheme: config.scheme,
            local_on_link,
            broadcasts: Arc::clone(&self.broadcasts),
            deadline: deadline.min(Instant::now() + details::LOOKUP_BUDGET),
        };
        if !lookups.submit(request) {
            self.lookups_skipped += 1;
        }
    }

    fn run(&mut self, config: &ScanConfig, cancel: &AtomicBool, out: &mut Emitter) -> ScanStats {
        let start = Instant::now();
        let deadline = start + self.duration;
        self.deadline = Some(deadline);
        let mut per_source: HashMap<Ipv4Addr, usize> = HashMap::new();
        let mut over_source_limit = 0u64;
        let targets_slot = self.stats.len() - 1;
        let mut found: HashSet<ServerKey> = HashSet::new();
        let mut warned_unusable: HashSet<SocketAddrV4> = HashSet::new();
        let mut unicast_sent_at: HashMap<Ipv4Addr, Instant> = HashMap::new();
        let mut last_broadcast = start;
        let mut route_cache: HashMap<Ipv4Addr, Option<String>> = HashMap::new();
        let (mut replies, mut invalid, mut sent) = (0u64, 0u64, 0u64);
        let mut next_round = 0usize;
        let mut last_progress = (start, 0u64);
        let mut buf = vec![0u8; 65536];
        let mut read_timeout = Duration::ZERO;
        let mut cancelled = false;

        loop {
            if cancel.load(Ordering::SeqCst) {
                cancelled = true;
                break;
            }
            let now = Instant::now();
            // A sweep slowed by a busy neighbour table still finishes.
            if now >= deadline && self.sweep.is_done() {
                break;
            }
            while next_round < self.rounds.len() && start + self.rounds[next_round] <= now {
                next_round += 1;
                // Targets (favourites first) before broadcasts.
                for dest in self.unicast_dests.clone() {
                    let ok = self.send_probe(config, dest, targets_slot, out);
                    sent += u64::from(ok);
                    unicast_sent_at.insert(*dest.ip(), Instant::now());
                }
                for (slot, dest) in self.broadcast_dests.clone() {
                    sent += u64::from(self.send_probe(config, dest, slot, out));
                }
                last_broadcast = Instant::now();
            }
            if !self.sweep.is_done() {
                let dropped = self.sweep.check_drops(now);
                if dropped > 0 {
                    self.sweep_drops += dropped as u64;
                }
                let (routed, on_link) = self.sweep.allowance(now);
                let (mut sent_routed, mut sent_on_link) = (0, 0);
                for on_link_probe in
                    std::iter::repeat_n(false, routed).chain(std::iter::repeat_n(true, on_link))
                {
                    let Some(dest) = self.sweep.peek(on_link_probe) else {
                        break;
                    };
                    match net::sockets::send_nowait(&self.socket, &config.message, dest) {
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                        result => {
                            self.sweep.advance(on_link_probe, now, dest);
                            if on_link_probe {
                                sent_on_link += 1;
                            } else {
                                sent_routed += 1;
                            }
                            sent += u64::from(self.count_send(result, dest, targets_slot, out));
                            unicast_sent_at.insert(*dest.ip(), Instant::now());
                        }
                    }
                }
                self.sweep.pacer.sent(now, sent_routed, sent_on_link);
            }
            let progress_due = now.duration_since(last_progress.0) >= Duration::from_millis(100)
                || sent == self.planned;
            if sent != last_progress.1 && progress_due {
                last_progress = (now, sent);
                out.send(Event::Progress {
                    sent,
                    planned: self.planned,
                });
            }

            // Wake for the next probe round or the deadline, whichever is
            // first, and at least every 20 ms to notice a cancel.
            let mut wake = deadline;
            if let Some(offset) = self.rounds.get(next_round) {
                wake = wake.min(start + *offset);
            }
            let poll = if !self.sweep.is_done() {
                Duration::from_millis(2)
            } else {
                Duration::from_millis(20)
            };
            let wanted = poll
                .min(wake.saturating_duration_since(now))
                .max(Duration::from_millis(1));
            if wanted != read_timeout {
                read_timeout = wanted;
                let _ = self.socket.set_read_timeout(Some(wanted));
            }
            let (len, from) = match self.socket.recv_from(&mut buf) {
                Ok((len, SocketAddr::V4(from))) => (len, from),
                Ok((_, SocketAddr::V6(_))) => continue,
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock
                            | io::ErrorKind::TimedOut
                            | io::ErrorKind::Interrupted
                    ) =>
                {
                    continue
                }
                // Per-datagram errors (e.g. ICMP reports on some systems) never end a scan.
                Err(_) => continue,
            };
            let received = Instant::now();
            let iface = self.interface_name(*from.ip(), &mut route_cache);
            let slot = iface
                .as_ref()
                .and_then(|n| self.stats.iter().position(|s| &s.name == n))
                .unwrap_or(targets_slot);
            let reply =
                match protocol::parse_reply(&buf[..len], &config.prefix, config.default_web_port) {
                    Ok(r) => r,
                    Err(reason) => {
                        invalid += 1;
                        self.stats[slot].invalid += 1;
                        if invalid <= INVALID_WARNINGS_SHOWN {
                            out.send(Event::Warning(Warning::InvalidReply {
                                source: from,
                                reason: reason.to_string(),
                            }));
                        } else if invalid == INVALID_WARNINGS_SHOWN + 1 {
                            out.send(Event::Warning(Warning::InvalidRepliesSuppressed));
                        }
                        continue;
                    }
                };
            replies += 1;
            self.stats[slot].replies += 1;
            let sent_at = unicast_sent_at
                .get(from.ip())
                .copied()
                .unwrap_or(last_broadcast);
            let rtt = received.saturating_duration_since(sent_at);
            // Loopback and unspecified name no reachable host; broadcast
            // and multicast name no single one.
            let unusable = reply.ip.is_loopback()
                || reply.ip.is_unspecified()
                || reply.ip.is_broadcast()
                || reply.ip.is_multicast();
            let ip = if unusable && reply.ip != *from.ip() {
                if warned_unusable.insert(from) {
                    out.send(Event::Warning(Warning::AnnouncedUnusable {
                        announced: reply.ip,
                        source: from,
                    }));
                }
                *from.ip()
            } else {
                reply.ip
            };
            let key = (ip, reply.port);
            if found.contains(&key) {
                out.send(Event::SeenAgain { key, rtt });
                continue;
            }
            let announced_by_source = per_source.entry(*from.ip()).or_insert(0);
            if *announced_by_source >= MAX_SERVERS_PER_SOURCE {
                over_source_limit += 1;
                if *announced_by_source == MAX_SERVERS_PER_SOURCE {
                    *announced_by_source += 1;
                    out.send(Event::Warning(Warning::TooManyFromOneSource {
                        source: *from.ip(),
                    }));
                }
                continue;
            }
            *announced_by_source += 1;
            found.insert(key);
            let server = Server {
                ip,
                port: reply.port,
                url: protocol::server_url(config.scheme, ip, reply.port),
                interface: iface,
                source: from,
                announced: (reply.ip != *from.ip()).then_some(reply.ip),
                rtt,
                is_local: ip.is_loopback() || self.local_addrs.contains(&ip),
            };
            self.request_details(&server, reply.ip, config);
            out.send(Event::Found(server));
        }
        if sent != last_progress.1 {
            out.send(Event::Progress {
                sent,
                planned: self.planned,
            });
        }
        if self.sweep_drops > 0 {
            out.send(Event::Warning(Warning::SweepProbesResent {
                count: self.sweep_drops,
            }));
        }
        if self.lookups_skipped > 0 {
            out.send(Event::Warning(Warning::DetailsSkipped {
                count: self.lookups_skipped,
            }));
        }
        ScanStats {
            servers: found.len(),
            replies,
            invalid,
            probes_sent: sent,
            per_interface: self.stats.clone(),
            elapsed: start.elapsed(),
            rcvbuf: self.rcvbuf,
            cancelled,
            over_source_limit,
        }
    }

    fn send_probe(
        &mut self,
        config: &ScanConfig,
        dest: SocketAddrV4,
        slot: usize,
        out: &mut Emitter,
    ) -> bool {
        let result = self.socket.send_to(&config.message, dest);
        self.count_send(result, dest, slot, out)
    }

    fn count_send(
        &mut self,
        result: io::Result<usize>,
        dest: SocketAddrV4,
        slot: usize,
        out: &mut Emitter,
    ) -> bool {
        match result {
            Ok(_) => {
                self.stats[slot].probes_sent += 1;
                true
            }
            Err(e) => {
                self.stats[slot].send_errors += 1;
                // One warning per interface (or for the first failing target) is enough.
                if self.stats[slot].send_errors == 1 {
                    out.send(Event::Warning(Warning::SendFailed {
                        via: self.stats[slot].name.clone(),
                        dest,
                        error: e.to_string(),
                    }));
                }
                false
            }
        }
    }

    /// The interface a reply from `source` came in on: the one whose subnet
    /// holds it, else the one the route back to it leaves by.
    fn interface_name(
        &self,
        source: Ipv4Addr,
        cache: &mut HashMap<Ipv4Addr, Option<String>>,
    ) -> Option<String> {
        if let Some(i) = interface_for_source(&self.used, source)
            .or_else(|| interface_for_source(&self.all_interfaces, source))
        {
            return Some(i.name.clone());
        }
        cache
            .entry(source)
            .or_insert_with(|| {
                let local = net::local_addr_toward(source).ok()?;
                self.all_interfaces
                    .iter()
                    .find(|i| i.addr == local)
                    .map(|i| i.name.clone())
            })
            .clone()
    }
}

/// The sweep's destinations, routed and on-link, and how far each is sent.
struct SweepQueues {
    routed: Vec<SocketAddrV4>,
    on_link: Vec<SocketAddrV4>,
    next_routed: usize,
    next_on_link: usize,
    pacer: Pacer,
    /// On-link probes the kernel dropped, to send again first.
    resend: VecDeque<SocketAddrV4>,
    resent: HashMap<Ipv4Addr, u8>,
    drops: DropCheck,
    /// Whether the neighbour table can be read (drops are detected).
    watch_table: bool,
    port: u16,
}

impl SweepQueues {
    fn new(
        routed: Vec<SocketAddrV4>,
        on_link: Vec<SocketAddrV4>,
        rate: u32,
        limits: sweep::NeighbourLimits,
    ) -> SweepQueues {
        let port = routed.first().or(on_link.first()).map_or(0, |a| a.port());
        SweepQueues {
            watch_table: !on_link.is_empty() && net::neighbour::neighbour_entries().is_some(),
            routed,
            on_link,
            next_routed: 0,
            next_on_link: 0,
            pacer: Pacer::new(rate, limits),
            resend: VecDeque::new(),
            resent: HashMap::new(),
            drops: DropCheck::default(),
            port,
        }
    }

    /// Reads the neighbour table when due and queues dropped probes again
    /// (at most twice per host); returns how many were dropped.
    fn check_drops(&mut self, now: Instant) -> usize {
        if !self.watch_table || !self.drops.due(now) {
            return 0;
        }
        let Some(table) = net::neighbour::neighbour_entries() else {
            return 0;
        };
        let lost = self.drops.check(now, &table);
        for ip in &lost {
            let tries = self.resent.entry(*ip).or_insert(0);
            if *tries < 2 {
                *tries += 1;
                self.resend.push_back(SocketAddrV4::new(*ip, self.port));
            }
        }
        if !lost.is_empty() {
            self.pacer.dropped();
        }
        lost.len()
    }

    fn total(&self) -> usize {
        self.routed.len() + self.on_link.len()
    }

    fn is_done(&self) -> bool {
        self.next_routed >= self.routed.len()
            && self.next_on_link >= self.on_link.len()
            && self.resend.is_empty()
            && !(self.watch_table && self.drops.is_pending())
    }

    /// How many of each may go now (at most 256 a tick).
    fn allowance(&mut self, now: Instant) -> (usize, usize) {
        let (r, o) = self.pacer.allowance(
            now,
            self.routed.len() - self.next_routed,
            self.on_link.len() - self.next_on_link + self.resend.len(),
        );
        (r.min(256), o.min(256 - r.min(256)))
    }

    fn peek(&self, on_link: bool) -> Option<SocketAddrV4> {
        if on_link {
            self.resend
                .front()
                .or(self.on_link.get(self.next_on_link))
                .copied()
        } else {
            self.routed.get(self.next_routed).copied()
        }
    }

    fn advance(&mut self, on_link: bool, now: Instant, dest: SocketAddrV4) {
        if on_link {
            if self.resend.pop_front().is_none() {
                self.next_on_link += 1;
            }
            if self.watch_table {
                self.drops.sent(now, *dest.ip());
            }
        } else {
            self.next_routed += 1;
        }
    }
}

/// Runs a scan to its end and returns every event it reported (for tests
/// and simple callers).
pub fn scan_blocking(config: ScanConfig) -> io::Result<Vec<Event>> {
    let handle = start_scan(config, || {})?;
    Ok(handle.events().iter().collect())
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
}
