//! The scan's I/O: the socket, name resolution, sending the planned probes,
//! receiving replies and handing them to the [`ReplyFolder`]. Decisions
//! (the plan, the pacing, what a reply means) live in pure modules.

use std::collections::{HashMap, HashSet};
use std::io;
use std::net::{Ipv4Addr, SocketAddrV4, UdpSocket};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub(super) use super::emitter::Emitter;
use super::fallback::{self, FallbackPlan, FallbackReport, RepliesDropped};
use super::fold::{Folded, ReplyFolder};
use super::plan::{ProbePlan, ResolvedTargets};
use super::sweep::SweepQueues;
use super::{
    Event, InterfaceStats, ScanConfig, ScanStats, Server, Source, Warning, DETAILS_GRACE,
    TARGETS_LABEL,
};
use crate::details::{self, LookupRequest, Lookups};
use crate::net::batch::Datagram;
use crate::net::drain::Drain;
use crate::net::interfaces::interface_for_source;
use crate::net::{self, Interface, Target};
use crate::protocol::Scheme;

mod announcements;

/// Runs one whole scan on the calling thread: plan, probes, replies,
/// lookups. Returns its summary.
pub(super) fn run_scan(config: &ScanConfig, cancel: &AtomicBool, out: &Emitter) -> ScanStats {
    match Scan::prepare(config, cancel, out) {
        Ok(mut scan) => {
            let stats = scan.run(config, cancel, out);
            scan.finish_lookups(cancel);
            stats
        }
        Err(e) => {
            out.send(Event::Error(format!(
                "cannot open a UDP socket for scanning: {e}"
            )));
            ScanStats::default()
        }
    }
}

/// Resolves host-name targets (I/O, may take seconds each; stops once
/// cancelled) and collects ranges.
fn resolve_targets(config: &ScanConfig, cancel: &AtomicBool) -> ResolvedTargets {
    let mut resolved = ResolvedTargets::default();
    for t in &config.targets {
        if cancel.load(Ordering::SeqCst) {
            break;
        }
        match t {
            Target::Range(net) => resolved.ranges.push(*net),
            _ => match t.resolve(config.scan.port) {
                Ok(addrs) => resolved.addrs.extend(addrs),
                Err(e) => resolved.warnings.push(Warning::TargetUnresolved {
                    target: t.to_string(),
                    error: e.to_string(),
                }),
            },
        }
    }
    resolved
}

/// This computer's interfaces; none (and a warning) when they cannot be listed.
fn list_interfaces(out: &Emitter) -> Vec<Interface> {
    net::list_interfaces().unwrap_or_else(|e| {
        out.send(Event::Warning(Warning::InterfacesUnavailable(
            e.to_string(),
        )));
        Vec::new()
    })
}

/// The neighbour-table bounds of the interfaces the scan uses.
fn neighbour_limits(choices: &[net::InterfaceChoice]) -> super::sweep::NeighbourLimits {
    let used: Vec<String> = choices
        .iter()
        .filter(|c| c.skipped.is_none())
        .map(|c| c.interface.name.clone())
        .collect();
    net::neighbour_limits(&used)
}

/// What the user hears before the first probe: the plan's warnings, a
/// receive buffer smaller than asked, and `Started`.
fn announce_start(plan: &mut ProbePlan, sock: &net::sockets::ScanSocket, out: &Emitter) {
    for w in plan.warnings.drain(..) {
        out.send(Event::Warning(w));
    }
    if sock.rcvbuf_granted < sock.rcvbuf_requested.min(super::ENOUGH_RCVBUF) {
        out.send(Event::Warning(Warning::SmallReceiveBuffer {
            granted: sock.rcvbuf_granted,
            requested: sock.rcvbuf_requested,
        }));
    }
    out.send(Event::Started {
        interfaces: plan.choices.clone(),
        planned: plan.planned,
        duration: plan.duration,
        rcvbuf: sock.rcvbuf_granted,
    });
}

/// The details lookups (names, titles, makers), when they are on; their
/// results go out as events.
fn start_lookups(config: &ScanConfig, out: &Emitter) -> Option<Lookups> {
    config.scan.lookup_details.then(|| {
        let sink = out.clone();
        Lookups::start(move |result| {
            sink.send_if_open(match result {
                Ok(d) => Event::Details(d),
                Err(f) => Event::Warning(Warning::LookupFailed {
                    ip: f.ip,
                    message: f.message,
                }),
            })
        })
    })
}

/// Which counters a probe or a reply goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// A used interface, by its place in the plan's `used` list.
    Interface(usize),
    /// Unicast probes, and replies no interface claims.
    Targets,
}

/// The scan's counters: one set per used interface, one for unicast.
struct Counters {
    interfaces: Vec<InterfaceStats>,
    targets: InterfaceStats,
}

impl Counters {
    fn new(plan: &ProbePlan) -> Counters {
        let named = |name: &str| InterfaceStats {
            name: name.to_string(),
            ..Default::default()
        };
        Counters {
            interfaces: plan.used.iter().map(|i| named(&i.name)).collect(),
            targets: named(TARGETS_LABEL),
        }
    }

    /// The counters of the interface called `name`, else the unicast ones.
    fn slot_of(&self, name: Option<&str>) -> Slot {
        name.and_then(|n| self.interfaces.iter().position(|s| s.name == n))
            .map_or(Slot::Targets, Slot::Interface)
    }

    fn get(&mut self, slot: Slot) -> &mut InterfaceStats {
        match slot {
            Slot::Interface(n) => &mut self.interfaces[n],
            Slot::Targets => &mut self.targets,
        }
    }

    /// As `ScanStats::per_interface` lists them: interfaces, then "targets".
    fn list(&self) -> Vec<InterfaceStats> {
        self.interfaces
            .iter()
            .chain([&self.targets])
            .cloned()
            .collect()
    }
}

/// Where the run loop stands.
struct Progress {
    start: Instant,
    deadline: Instant,
    next_round: usize,
    sent: u64,
    last_report: (Instant, u64),
    last_broadcast: Instant,
    unicast_sent_at: HashMap<Ipv4Addr, Instant>,
}

struct Scan {
    socket: UdpSocket,
    /// Replies, taken off the socket by their own thread.
    drain: Drain,
    rcvbuf: usize,
    all_interfaces: Vec<Interface>,
    plan: ProbePlan,
    sweep: SweepQueues,
    stats: Counters,
    folder: ReplyFolder,
    route_cache: HashMap<Ipv4Addr, Option<String>>,
    broadcasts: Arc<Vec<Ipv4Addr>>,
    lookups: Option<Lookups>,
    lookups_skipped: u64,
    deadline: Option<Instant>,
    sweep_drops: u64,
    /// The DNS-SD browse, when that source is on.
    dns_sd: Option<crate::net::dns_sd::DnsSdBrowser>,
    /// When the unicast fallback decides (`None`: off, or decided).
    fallback_due: Option<Instant>,
    /// The fallback's plans, each with its hosts and the servers found.
    fallbacks: Vec<(FallbackPlan, HashSet<Ipv4Addr>, usize)>,
    /// Valid replies per interface from hosts no unicast probe was sent to.
    broadcast_replies: HashMap<String, u64>,
}

impl Scan {
    /// Everything before the first probe, step by step.
    fn prepare(config: &ScanConfig, cancel: &AtomicBool, out: &Emitter) -> io::Result<Scan> {
        let sock = net::open_discovery_socket(config.rcvbuf)?;
        let all_interfaces = list_interfaces(out);
        let targets = resolve_targets(config, cancel);
        let choices = net::select_interfaces(
            &all_interfaces,
            &config.scan.include_interfaces,
            &config.scan.exclude_interfaces,
        );
        let limits = neighbour_limits(&choices);
        let mut plan = ProbePlan::build(config, &all_interfaces, choices, targets, &limits);
        announce_start(&mut plan, &sock, out);
        let stats = Counters::new(&plan);
        let sweep = SweepQueues::new(
            std::mem::take(&mut plan.routed),
            std::mem::take(&mut plan.on_link),
            config.scan.sweep_rate,
            limits,
            config.scan.port,
        );
        let lookups = start_lookups(config, out);
        Ok(Scan {
            drain: Drain::start(
                &std::iter::once(&sock.socket)
                    .chain(&sock.extra_queues)
                    .collect::<Vec<_>>(),
            )?,
            socket: sock.socket,
            rcvbuf: sock.rcvbuf_granted,
            broadcasts: Arc::new(all_interfaces.iter().map(|i| i.broadcast).collect()),
            folder: ReplyFolder::new(config, all_interfaces.iter().map(|i| i.addr).collect()),
            all_interfaces,
            plan,
            sweep,
            stats,
            route_cache: HashMap::new(),
            lookups,
            lookups_skipped: 0,
            deadline: None,
            sweep_drops: 0,
            dns_sd: announcements::start(config, out),
            fallback_due: None,
            fallbacks: Vec::new(),
            broadcast_replies: HashMap::new(),
        })
    }

    /// Waits (at most [`DETAILS_GRACE`] past the deadline, not at all when
    /// cancelled) for details lookups still running, then stops them.
    fn finish_lookups(&mut self, cancel: &AtomicBool) {
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
    fn request_details(
        &mut self,
        server: &Server,
        announced: Ipv4Addr,
        scheme: Scheme,
        config: &ScanConfig,
    ) {
        let Some(lookups) = &self.lookups else { return };
        let source = *server.source.ip();
        let deadline =
            self.deadline.unwrap_or_else(Instant::now) + DETAILS_GRACE - Duration::from_millis(100);
        let request = LookupRequest {
            ip: server.ip,
            port: server.port,
            announced,
            source,
            scheme,
            local_on_link: interface_for_source(&self.all_interfaces, source)
                .map(|i| i.addr)
                .filter(|_| config.scan.names_over_mdns),
            broadcasts: Arc::clone(&self.broadcasts),
            deadline: deadline.min(Instant::now() + details::LOOKUP_BUDGET),
        };
        if !lookups.submit(request) {
            self.lookups_skipped += 1;
        }
    }

    fn run(&mut self, config: &ScanConfig, cancel: &AtomicBool, out: &Emitter) -> ScanStats {
        let start = Instant::now();
        let deadline = start + self.plan.duration;
        self.deadline = Some(deadline);
        // A full sweep asks every host anyway; without a broadcast there
        // is nothing to fall back from.
        self.fallback_due =
            (config.scan.fallback && !config.scan.sweep && !self.plan.broadcast.is_empty())
                .then(|| start + fallback::decision_time(self.plan.duration));
        let mut p = Progress {
            start,
            deadline,
            next_round: 0,
            sent: 0,
            last_report: (start, 0),
            last_broadcast: start,
            unicast_sent_at: HashMap::new(),
        };
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
            self.send_due_rounds(config, &mut p, now, out);
            self.start_fallback(config, &p, now, out);
            self.send_sweep(config, &mut p, now, out);
            self.report_progress(&mut p, now, false, out);
            if let Some(d) = self.receive(&p, now) {
                self.handle_reply(&d.bytes, d.from, &p, config, out);
            }
            self.handle_announcements(config, out);
        }
        self.report_progress(&mut p, Instant::now(), true, out);
        self.end_warnings(out);
        let (fallback, replies_dropped) = self.fallback_outcome(config, out);
        ScanStats {
            servers: self.folder.servers(),
            replies: self.folder.replies,
            invalid: self.folder.invalid,
            probes_sent: p.sent,
            per_interface: self.stats.list(),
            elapsed: start.elapsed(),
            rcvbuf: self.rcvbuf,
            cancelled,
            over_source_limit: self.folder.over_source_limit,
            fallback,
            replies_dropped,
        }
    }

    /// When its time has come, plans the unicast fallback on every
    /// broadcast interface that no host answered, and queues its probes
    /// behind the sweep's pacer (they are on-link).
    fn start_fallback(&mut self, config: &ScanConfig, p: &Progress, now: Instant, out: &Emitter) {
        if self.fallback_due.is_none_or(|due| now < due) {
            return;
        }
        self.fallback_due = None;
        let table = net::neighbour::read_arp_table().unwrap_or_default();
        let asked: HashSet<Ipv4Addr> = p.unicast_sent_at.keys().copied().collect();
        let mut slots: Vec<usize> = self.plan.broadcast.iter().map(|(n, _)| *n).collect();
        slots.dedup();
        for slot in slots {
            let iface = &self.plan.used[slot];
            let replies = self
                .broadcast_replies
                .get(&iface.name)
                .copied()
                .unwrap_or(0);
            let known = net::neighbour::known_hosts(&table, &iface.name);
            let quiet = config.fallback_quiet.contains(&iface.name);
            let Some(plan) = fallback::plan_fallback(iface, replies, &known, &asked, quiet) else {
                continue;
            };
            out.send(Event::Warning(Warning::FallbackStarted {
                interface: plan.interface.clone(),
                block: plan.block,
                hosts: plan.hosts.len(),
                kind: plan.kind.clone(),
            }));
            self.sweep.add_on_link(
                plan.hosts
                    .iter()
                    .map(|ip| SocketAddrV4::new(*ip, config.scan.port)),
            );
            self.plan.planned += plan.hosts.len() as u64;
            let hosts = plan.hosts.iter().copied().collect();
            self.fallbacks.push((plan, hosts, 0));
        }
    }

    /// The fallback's reports, and the diagnosis when hosts answered only
    /// by unicast (with the firewall this computer likely runs).
    fn fallback_outcome(
        &self,
        config: &ScanConfig,
        out: &Emitter,
    ) -> (Vec<FallbackReport>, Option<RepliesDropped>) {
        let reports: Vec<FallbackReport> = self
            .fallbacks
            .iter()
            .map(|(plan, hosts, found)| FallbackReport {
                interface: plan.interface.clone(),
                block: plan.block,
                kind: plan.kind.clone(),
                asked: hosts.len(),
                found: *found,
            })
            .collect();
        for r in &reports {
            out.send(Event::Warning(Warning::FallbackResult(r.clone())));
        }
        let dropped = reports
            .iter()
            .filter(|r| r.found > 0)
            .max_by_key(|r| r.found)
            .map(|r| RepliesDropped {
                interface: r.interface.clone(),
                block: r.block,
                found: reports.iter().map(|r| r.found).sum(),
                firewall: net::firewall::detect(),
                port: config.scan.port,
            });
        if let Some(d) = &dropped {
            out.send(Event::Warning(Warning::RepliesDropped(d.clone())));
        }
        (reports, dropped)
    }

    /// Probe rounds whose time has come: targets (favourites first), then broadcasts.
    fn send_due_rounds(
        &mut self,
        config: &ScanConfig,
        p: &mut Progress,
        now: Instant,
        out: &Emitter,
    ) {
        while p.next_round < self.plan.rounds.len()
            && p.start + self.plan.rounds[p.next_round] <= now
        {
            p.next_round += 1;
            for dest in self.plan.unicast.clone() {
                let result = self.socket.send_to(config.message(), dest);
                p.sent += u64::from(self.count_send(result, dest, Slot::Targets, out));
                p.unicast_sent_at.insert(*dest.ip(), Instant::now());
            }
            for (n, dest) in self.plan.broadcast.clone() {
                let result = self.socket.send_to(config.message(), dest);
                p.sent += u64::from(self.count_send(result, dest, Slot::Interface(n), out));
            }
            p.last_broadcast = Instant::now();
        }
    }

    /// What the pacer allows of the sweep now, without blocking.
    fn send_sweep(&mut self, config: &ScanConfig, p: &mut Progress, now: Instant, out: &Emitter) {
        if self.sweep.is_done() {
            return;
        }
        self.sweep_drops += self.sweep.check_drops(now) as u64;
        let (routed, on_link) = self.sweep.allowance(now);
        let (mut sent_routed, mut sent_on_link) = (0, 0);
        for on_link_probe in
            std::iter::repeat_n(false, routed).chain(std::iter::repeat_n(true, on_link))
        {
            let Some(dest) = self.sweep.peek(on_link_probe) else {
                break;
            };
            let result = net::sockets::send_nowait(&self.socket, config.message(), dest);
            if matches!(&result, Err(e) if e.kind() == io::ErrorKind::WouldBlock) {
                break;
            }
            self.sweep.advance(on_link_probe, now, dest);
            if on_link_probe {
                sent_on_link += 1;
            } else {
                sent_routed += 1;
            }
            p.sent += u64::from(self.count_send(result, dest, Slot::Targets, out));
            p.unicast_sent_at.insert(*dest.ip(), Instant::now());
        }
        self.sweep.pacer.sent(now, sent_routed, sent_on_link);
    }

    /// At most every 100 ms (and at the end), probes sent so far.
    fn report_progress(&self, p: &mut Progress, now: Instant, last: bool, out: &Emitter) {
        let due = last
            || now.duration_since(p.last_report.0) >= Duration::from_millis(100)
            || p.sent == self.plan.planned;
        if p.sent != p.last_report.1 && due {
            p.last_report = (now, p.sent);
            out.send(Event::Progress {
                sent: p.sent,
                planned: self.plan.planned,
            });
        }
    }

    /// Waits for one datagram until the next round or the deadline, and at
    /// most 20 ms (2 ms while sweeping) so that a cancel is noticed.
    /// The next reply from the drain, waiting until the next thing to
    /// send at most.
    fn receive(&mut self, p: &Progress, now: Instant) -> Option<Datagram> {
        let mut wake = p.deadline;
        if let Some(offset) = self.plan.rounds.get(p.next_round) {
            wake = wake.min(p.start + *offset);
        }
        let poll = if self.sweep.is_done() {
            Duration::from_millis(20)
        } else {
            Duration::from_millis(2)
        };
        let wanted = poll
            .min(wake.saturating_duration_since(now))
            .max(Duration::from_millis(1));
        self.drain.next(wanted)
    }

    fn handle_reply(
        &mut self,
        datagram: &[u8],
        from: SocketAddrV4,
        p: &Progress,
        config: &ScanConfig,
        out: &Emitter,
    ) {
        let received = Instant::now();
        let iface = self.interface_name(*from.ip());
        let by_broadcast = !p.unicast_sent_at.contains_key(from.ip());
        let reply_iface = iface.clone();
        let slot = self.stats.slot_of(iface.as_deref());
        let sent_at = p
            .unicast_sent_at
            .get(from.ip())
            .copied()
            .unwrap_or(p.last_broadcast);
        let rtt = received.saturating_duration_since(sent_at);
        match self.folder.fold(datagram, from, iface, rtt) {
            Folded::Invalid(warning) => {
                self.stats.get(slot).invalid += 1;
                if let Some(w) = warning {
                    out.send(Event::Warning(w));
                }
            }
            Folded::Again { key, first_udp } => {
                self.stats.get(slot).replies += 1;
                self.count_broadcast_reply(by_broadcast, reply_iface);
                if first_udp {
                    out.send(Event::AlsoFound {
                        key,
                        by: Source::Udp,
                        service_name: None,
                    });
                }
                out.send(Event::SeenAgain { key, rtt });
            }
            Folded::Announced { .. } => {}
            Folded::OverLimit(warning) => {
                self.stats.get(slot).replies += 1;
                self.count_broadcast_reply(by_broadcast, reply_iface);
                if let Some(w) = warning {
                    out.send(Event::Warning(w));
                }
            }
            Folded::New {
                server,
                announced,
                scheme,
                warning,
            } => {
                self.stats.get(slot).replies += 1;
                self.count_broadcast_reply(by_broadcast, reply_iface);
                if let Some((_, _, found)) = self
                    .fallbacks
                    .iter_mut()
                    .find(|(_, hosts, _)| hosts.contains(from.ip()))
                {
                    *found += 1;
                }
                if let Some(w) = warning {
                    out.send(Event::Warning(w));
                }
                self.request_details(&server, announced, scheme, config);
                out.send(Event::Found(server));
            }
        }
    }

    /// Counts a valid reply from a host no unicast probe went to: an
    /// answer to the broadcast.
    fn count_broadcast_reply(&mut self, by_broadcast: bool, iface: Option<String>) {
        if let (true, Some(name)) = (by_broadcast, iface) {
            *self.broadcast_replies.entry(name).or_insert(0) += 1;
        }
    }

    fn end_warnings(&self, out: &Emitter) {
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
    }

    fn count_send(
        &mut self,
        result: io::Result<usize>,
        dest: SocketAddrV4,
        slot: Slot,
        out: &Emitter,
    ) -> bool {
        match result {
            Ok(_) => {
                self.stats.get(slot).probes_sent += 1;
                true
            }
            Err(e) => {
                self.stats.get(slot).send_errors += 1;
                // One warning per interface (or for the first failing target) is enough.
                if self.stats.get(slot).send_errors == 1 {
                    out.send(Event::Warning(Warning::SendFailed {
                        via: self.stats.get(slot).name.clone(),
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
    fn interface_name(&mut self, source: Ipv4Addr) -> Option<String> {
        if let Some(i) = interface_for_source(&self.plan.used, source)
            .or_else(|| interface_for_source(&self.all_interfaces, source))
        {
            return Some(i.name.clone());
        }
        let all = &self.all_interfaces;
        self.route_cache
            .entry(source)
            .or_insert_with(|| {
                let local = net::local_addr_toward(source).ok()?;
                all.iter().find(|i| i.addr == local).map(|i| i.name.clone())
            })
            .clone()
    }
}
