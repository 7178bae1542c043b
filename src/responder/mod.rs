//! Server mode: answers discovery requests on a worker thread, announcing
//! the local address each requester can reach.

use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddrV4, UdpSocket};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender, TrySendError};
use serde::Serialize;

use crate::net::batch::Batch;
use crate::net::{self, BindError, Interface};
use crate::protocol;
use crate::settings::{FieldError, Settings};

/// Minimum time between two answers to the same source address.
pub const PER_SOURCE_INTERVAL: Duration = Duration::from_millis(500);
/// Most answers sent per second in all.
pub const GLOBAL_RATE: u32 = 1000;
/// How long the address announced to a requester is remembered.
const ROUTE_CACHE_TTL: Duration = Duration::from_secs(10);
/// Requesters whose route is cached at most.
const ROUTE_CACHE_SOURCES: usize = 4096;
/// How often the interface list (for subnet checks) is refreshed.
const INTERFACE_REFRESH: Duration = Duration::from_secs(5);
/// Socket read timeout: bounds how long `stop` takes.
const POLL: Duration = Duration::from_millis(40);

/// Server-mode settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponderConfig {
    /// UDP port to listen on.
    pub port: u16,
    /// The request payload to answer.
    pub message: Vec<u8>,
    /// The reply prefix.
    pub prefix: Vec<u8>,
    /// The web port to advertise (8000 sends the stock bytes).
    pub web_port: u16,
    /// Largest request read; longer datagrams are ignored.
    pub buffer_size: usize,
    /// Answer only requesters on this computer's own subnets.
    pub local_only: bool,
    /// Apply the per-source and global rate limits.
    pub rate_limit: bool,
    /// Answer only requesters reached through this interface.
    pub interface: Option<String>,
    /// After this long without a single request, server mode says what to
    /// check (a firewall here may drop the requests).
    pub unheard_after: Duration,
}

/// How long server mode waits for a first request before it says what
/// to check.
pub const UNHEARD_AFTER: Duration = Duration::from_secs(60);

impl Default for ResponderConfig {
    fn default() -> Self {
        ResponderConfig {
            port: protocol::DEFAULT_PORT,
            message: protocol::DEFAULT_MESSAGE.as_bytes().to_vec(),
            prefix: protocol::DEFAULT_PREFIX.as_bytes().to_vec(),
            web_port: protocol::DEFAULT_WEB_PORT,
            buffer_size: protocol::DEFAULT_REQUEST_BUFFER,
            local_only: false,
            rate_limit: true,
            interface: None,
            unheard_after: UNHEARD_AFTER,
        }
    }
}

/// Why a datagram got no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IgnoreReason {
    /// The payload is not exactly the discovery message.
    NotARequest,
    /// The source is a broadcast, multicast or zero address, or port 0.
    BadSource,
    /// The requester is not on one of this computer's subnets.
    NotLocal,
    /// The requester is not reached through the chosen interface.
    OtherInterface,
}

impl fmt::Display for IgnoreReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IgnoreReason::NotARequest => "not a discovery request",
            IgnoreReason::BadSource => "source address cannot be answered",
            IgnoreReason::NotLocal => "requester is not on a local subnet",
            IgnoreReason::OtherInterface => "requester is on another interface",
        })
    }
}

/// What the responder reports per datagram (best effort: when nobody reads
/// the stream, events are dropped; counters are always exact).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponderEvent {
    /// A request was answered with `announced`.
    Answered {
        /// The requester.
        from: SocketAddrV4,
        /// The address announced to it.
        announced: Ipv4Addr,
    },
    /// A datagram was ignored.
    Ignored {
        /// The sender.
        from: SocketAddrV4,
        /// Why.
        reason: IgnoreReason,
    },
    /// A request was not answered because of the rate limits.
    RateLimited {
        /// The requester.
        from: SocketAddrV4,
    },
    /// A per-datagram socket error (the responder keeps running).
    Error(String),
}

/// Counters of a responder.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ResponderStats {
    /// Datagrams received.
    pub requests: u64,
    /// Requests answered.
    pub answered: u64,
    /// Datagrams ignored.
    pub ignored: u64,
    /// Requests not answered because of rate limits.
    pub rate_limited: u64,
    /// Socket errors survived.
    pub errors: u64,
}

#[derive(Default)]
struct Counters {
    requests: AtomicU64,
    answered: AtomicU64,
    ignored: AtomicU64,
    rate_limited: AtomicU64,
    errors: AtomicU64,
}

impl Counters {
    fn snapshot(&self) -> ResponderStats {
        ResponderStats {
            requests: self.requests.load(Ordering::Relaxed),
            answered: self.answered.load(Ordering::Relaxed),
            ignored: self.ignored.load(Ordering::Relaxed),
            rate_limited: self.rate_limited.load(Ordering::Relaxed),
            errors: self.errors.load(Ordering::Relaxed),
        }
    }
}

/// A running responder. Dropping it stops it.
pub struct Responder {
    stop: Arc<AtomicBool>,
    counters: Arc<Counters>,
    events: Receiver<ResponderEvent>,
    thread: Option<JoinHandle<()>>,
    port: u16,
    started: Instant,
    unheard_after: Duration,
    unheard_hint: crate::i18n::Words,
}

impl Responder {
    /// What to check, once no request has arrived for a while since the
    /// start (with the command that opens the port in the firewall this
    /// computer likely runs); `None` while that is not the case.
    pub fn unheard_hint(&self) -> Option<crate::i18n::Words> {
        (self.stats().requests == 0 && self.started.elapsed() >= self.unheard_after)
            .then(|| self.unheard_hint.clone())
    }

    /// The UDP port it listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Current counters.
    pub fn stats(&self) -> ResponderStats {
        self.counters.snapshot()
    }

    /// The per-datagram event stream.
    pub fn events(&self) -> &Receiver<ResponderEvent> {
        &self.events
    }

    /// Stops the responder (within 100 ms) and returns its final counters.
    pub fn stop(mut self) -> ResponderStats {
        self.shutdown();
        self.counters.snapshot()
    }

    /// Asks the worker to stop and returns at once (it ends within 100 ms).
    pub fn stop_without_waiting(mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.thread = None;
    }

    fn shutdown(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl fmt::Debug for Responder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Responder")
            .field("port", &self.port)
            .finish_non_exhaustive()
    }
}

impl Drop for Responder {
    fn drop(&mut self) {
        self.shutdown();
    }
}

impl TryFrom<&Settings> for ResponderConfig {
    type Error = Vec<FieldError>;

    /// Server mode as the settings describe it, or every problem with them.
    fn try_from(settings: &Settings) -> Result<ResponderConfig, Vec<FieldError>> {
        let errors = settings.validate();
        if !errors.is_empty() {
            return Err(errors);
        }
        let v = &settings.server;
        Ok(ResponderConfig {
            port: v.port,
            message: settings.protocol.message.as_bytes().to_vec(),
            prefix: settings.protocol.response_prefix.as_bytes().to_vec(),
            web_port: v.web_port,
            buffer_size: v.buffer_size,
            local_only: v.local_only,
            rate_limit: true,
            interface: (!v.interface.is_empty()).then(|| v.interface.clone()),
            unheard_after: UNHEARD_AFTER,
        })
    }
}

/// Binds the port and starts answering. A busy port is an error value.
pub fn start_responder(
    config: ResponderConfig,
    notify: impl Fn() + Send + 'static,
) -> Result<Responder, BindError> {
    let socket = net::bind_responder(config.port)?;
    let port = socket.local_addr().map(|a| a.port()).unwrap_or(config.port);
    let unheard_hint = unheard_hint(&config, port);
    let unheard_after = config.unheard_after;
    socket
        .set_read_timeout(Some(POLL))
        .map_err(|source| BindError::Other { port, source })?;
    let (tx, rx) = crossbeam_channel::bounded(8192);
    let stop = Arc::new(AtomicBool::new(false));
    let counters = Arc::new(Counters::default());
    let worker = Worker {
        socket,
        config,
        counters: Arc::clone(&counters),
        tx,
        notify: Box::new(notify),
        limiter: RateLimiter::new(PER_SOURCE_INTERVAL, GLOBAL_RATE),
        routes: rules::ExpiringMap::new(ROUTE_CACHE_TTL, ROUTE_CACHE_SOURCES),
        interfaces: Vec::new(),
        interfaces_at: None,
    };
    let flag = Arc::clone(&stop);
    let thread = crate::threads::start("responder", move || worker.run(&flag))
        .map_err(|source| BindError::Other { port, source })?;
    Ok(Responder {
        stop,
        counters,
        events: rx,
        thread: Some(thread),
        port,
        started: Instant::now(),
        unheard_after,
        unheard_hint,
    })
}

/// The hint for a server nobody asks: the firewall this computer likely
/// runs and the command for the subnet of the interface it answers on
/// (the chosen one, else the first that is not loopback).
fn unheard_hint(config: &ResponderConfig, port: u16) -> crate::i18n::Words {
    let interfaces = net::list_interfaces().unwrap_or_default();
    let subnet = interfaces
        .iter()
        .filter(|i| !i.addr.is_loopback())
        .find(|i| config.interface.as_ref().is_none_or(|n| &i.name == n))
        .map(|i| i.network());
    let firewall = net::firewall::detect();
    crate::i18n::Words::new(move || crate::firewall::server_unheard_text(firewall, port, subnet))
}

struct Worker {
    socket: UdpSocket,
    config: ResponderConfig,
    counters: Arc<Counters>,
    tx: Sender<ResponderEvent>,
    notify: Box<dyn Fn() + Send>,
    limiter: RateLimiter,
    routes: rules::ExpiringMap<Ipv4Addr>,
    interfaces: Vec<Interface>,
    interfaces_at: Option<Instant>,
}

impl Worker {
    fn run(mut self, stop: &AtomicBool) {
        let mut batch = Batch::new();
        let mut replies: Vec<(Vec<u8>, SocketAddrV4)> = Vec::with_capacity(net::batch::BATCH);
        let mut answered: Vec<(SocketAddrV4, Ipv4Addr)> = Vec::with_capacity(net::batch::BATCH);
        while !stop.load(Ordering::SeqCst) {
            match net::batch::receive_batch(&self.socket, &mut batch) {
                Ok(()) => {
                    for d in batch.out.drain(..) {
                        // A bug while answering one datagram must not stop server mode.
                        let handled =
                            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                crate::fault::check("responder");
                                self.handle(&d.bytes, d.from)
                            }));
                        match handled {
                            Ok(Some((reply, announced))) => {
                                replies.push((reply, d.from));
                                answered.push((d.from, announced));
                            }
                            Ok(None) => {}
                            Err(payload) => {
                                self.counters.errors.fetch_add(1, Ordering::Relaxed);
                                self.emit(ResponderEvent::Error(format!(
                                    "internal error while answering {}: {}",
                                    d.from,
                                    crate::fault::panic_message(payload.as_ref())
                                )));
                            }
                        }
                    }
                    self.send_replies(&replies, &answered);
                    replies.clear();
                    answered.clear();
                }
                Err(e) if net::batch::nothing_arrived(&e) => {}
                Err(e) => {
                    self.counters.errors.fetch_add(1, Ordering::Relaxed);
                    self.emit(ResponderEvent::Error(format!("receive failed: {e}")));
                    // Avoid spinning if the error repeats immediately.
                    std::thread::sleep(Duration::from_millis(5));
                }
            }
        }
    }

    /// Sends a batch's replies in one call and counts each outcome.
    fn send_replies(
        &self,
        replies: &[(Vec<u8>, SocketAddrV4)],
        answered: &[(SocketAddrV4, Ipv4Addr)],
    ) {
        if replies.is_empty() {
            return;
        }
        let results = net::batch::send_batch(&self.socket, replies);
        for (result, (from, announced)) in results.into_iter().zip(answered) {
            match result {
                Ok(()) => {
                    self.counters.answered.fetch_add(1, Ordering::Relaxed);
                    self.emit(ResponderEvent::Answered {
                        from: *from,
                        announced: *announced,
                    });
                }
                Err(e) => {
                    self.counters.errors.fetch_add(1, Ordering::Relaxed);
                    self.emit(ResponderEvent::Error(format!(
                        "reply to {from} failed: {e}"
                    )));
                }
            }
        }
    }

    /// The reply to one datagram and the address it announces, or `None`
    /// (ignored, rate-limited, no route back: counted and reported here).
    fn handle(&mut self, datagram: &[u8], from: SocketAddrV4) -> Option<(Vec<u8>, Ipv4Addr)> {
        self.counters.requests.fetch_add(1, Ordering::Relaxed);
        let now = Instant::now();
        self.refresh_interfaces(now);
        if let Err(reason) = request_verdict(datagram, from, &self.config, &self.interfaces) {
            self.counters.ignored.fetch_add(1, Ordering::Relaxed);
            self.emit(ResponderEvent::Ignored { from, reason });
            return None;
        }
        let announced = match self.announced_address(*from.ip(), now) {
            Ok(a) => a,
            Err(e) => {
                self.counters.errors.fetch_add(1, Ordering::Relaxed);
                self.emit(ResponderEvent::Error(format!(
                    "no route back to {from}: {e}"
                )));
                return None;
            }
        };
        if let Some(name) = &self.config.interface {
            let via_chosen = self
                .interfaces
                .iter()
                .any(|i| &i.name == name && i.addr == announced);
            if !via_chosen {
                self.counters.ignored.fetch_add(1, Ordering::Relaxed);
                self.emit(ResponderEvent::Ignored {
                    from,
                    reason: IgnoreReason::OtherInterface,
                });
                return None;
            }
        }
        if self.config.rate_limit && !self.limiter.allow(*from.ip(), now) {
            self.counters.rate_limited.fetch_add(1, Ordering::Relaxed);
            self.emit(ResponderEvent::RateLimited { from });
            return None;
        }
        let reply = protocol::encode_reply(&self.config.prefix, announced, self.config.web_port);
        Some((reply, announced))
    }

    /// The local address the kernel uses to reach `requester`, cached briefly.
    fn announced_address(&mut self, requester: Ipv4Addr, now: Instant) -> io::Result<Ipv4Addr> {
        if let Some(addr) = self.routes.fresh(requester, now) {
            return Ok(addr);
        }
        let addr = net::local_addr_toward(requester)?;
        // Not kept when 4 096 requesters asked within the TTL (a forged
        // flood): the lookup is then simply repeated, memory stays bounded.
        let _ = self.routes.insert(requester, addr, now);
        Ok(addr)
    }

    fn refresh_interfaces(&mut self, now: Instant) {
        let stale = self
            .interfaces_at
            .is_none_or(|at| now.duration_since(at) >= INTERFACE_REFRESH);
        if stale {
            if let Ok(list) = net::list_interfaces() {
                self.interfaces = list;
            }
            self.interfaces_at = Some(now);
        }
    }

    fn emit(&self, event: ResponderEvent) {
        match self.tx.try_send(event) {
            Ok(()) => (self.notify)(),
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => {}
        }
    }
}

mod rules;

pub use rules::{check_source, request_verdict, RateLimiter};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::sa;

    fn lan() -> Vec<Interface> {
        vec![Interface::new(
            "eth0",
            Ipv4Addr::new(10, 0, 0, 2),
            Ipv4Addr::new(255, 255, 255, 0),
            None,
        )]
    }

    #[test]
    fn bad_sources_are_never_answered() {
        for src in [
            "255.255.255.255:5000",
            "10.0.0.255:5000",
            "10.0.0.0:5000",
            "224.0.0.1:5000",
            "0.0.0.0:5000",
            "0.1.2.3:5000",
            "10.0.0.7:0",
        ] {
            assert_eq!(
                check_source(sa(src), &lan(), false),
                Err(IgnoreReason::BadSource),
                "{src}"
            );
        }
        assert_eq!(check_source(sa("10.0.0.7:5000"), &lan(), false), Ok(()));
        assert_eq!(check_source(sa("192.168.9.9:5000"), &lan(), false), Ok(()));
    }

    /// A point-to-point /31 has no network or broadcast address: both of
    /// its addresses are hosts, and the peer is answered.
    #[test]
    fn the_peer_on_a_slash_31_is_answered() {
        let p2p = [Interface::new(
            "ptp0",
            Ipv4Addr::new(10, 9, 0, 0),
            Ipv4Addr::new(255, 255, 255, 254),
            None,
        )];
        assert_eq!(check_source(sa("10.9.0.1:5000"), &p2p, false), Ok(()));
    }

    #[test]
    fn only_the_exact_message_within_the_buffer_is_a_request() {
        let config = ResponderConfig::default();
        let good = sa("10.0.0.7:5000");
        let exact = config.message.clone();
        let mut longer = exact.clone();
        longer.push(b'x');
        // A buffer just the message's size still takes the message.
        let tight = ResponderConfig {
            buffer_size: exact.len(),
            ..ResponderConfig::default()
        };
        let cases = [
            (&exact, &config, good, Ok(())),
            (&exact, &tight, good, Ok(())),
            (&longer, &config, good, Err(IgnoreReason::NotARequest)),
            (
                &b"DISCOVER_SERVEr".to_vec(),
                &config,
                good,
                Err(IgnoreReason::NotARequest),
            ),
            (
                &exact,
                &config,
                sa("10.0.0.255:5000"),
                Err(IgnoreReason::BadSource),
            ),
        ];
        for (datagram, config, from, verdict) in cases {
            assert_eq!(
                request_verdict(datagram, from, config, &lan()),
                verdict,
                "{:?} from {from} (buffer {})",
                String::from_utf8_lossy(datagram),
                config.buffer_size
            );
        }
        let huge = vec![b'D'; 70_000];
        assert_eq!(
            request_verdict(&huge, good, &config, &lan()),
            Err(IgnoreReason::NotARequest)
        );
    }

    #[test]
    fn local_only_checks_subnets() {
        assert_eq!(check_source(sa("10.0.0.7:5000"), &lan(), true), Ok(()));
        assert_eq!(check_source(sa("127.0.0.1:5000"), &lan(), true), Ok(()));
        assert_eq!(
            check_source(sa("192.168.9.9:5000"), &lan(), true),
            Err(IgnoreReason::NotLocal)
        );
    }

    #[test]
    fn rate_limits_per_source_and_globally() {
        let t0 = Instant::now();
        let mut rl = RateLimiter::new(Duration::from_millis(500), 3);
        let a = Ipv4Addr::new(10, 0, 0, 1);
        assert!(rl.allow(a, t0));
        assert!(!rl.allow(a, t0 + Duration::from_millis(499)));
        assert!(rl.allow(a, t0 + Duration::from_millis(500)));
        // Global: 3 tokens per second, 2 used already.
        let t1 = t0 + Duration::from_millis(500);
        assert!(rl.allow(Ipv4Addr::new(10, 0, 0, 2), t1));
        let allowed = (3..20u8)
            .filter(|n| rl.allow(Ipv4Addr::new(10, 0, 0, *n), t1))
            .count();
        // Exact: one token was left (3, minus 10.0.0.1 twice and 10.0.0.2
        // once, plus 1.5 refilled and capped at 3), so one more, not zero.
        assert_eq!(allowed, 1, "global limit");
        assert!(rl.allow(Ipv4Addr::new(10, 0, 1, 1), t1 + Duration::from_secs(1)));
    }

    /// The global bucket holds one second's answers at most: a quiet
    /// spell does not save up a burst that the limit exists to prevent.
    #[test]
    fn a_long_quiet_spell_saves_up_at_most_one_seconds_answers() {
        let t0 = Instant::now();
        let mut rl = RateLimiter::new(Duration::from_millis(500), 3);
        assert!(rl.allow(Ipv4Addr::new(10, 0, 0, 1), t0));
        let later = t0 + Duration::from_secs(60);
        let burst = (1..=200u8)
            .filter(|n| rl.allow(Ipv4Addr::new(10, 0, 1, *n), later))
            .count();
        assert_eq!(burst, 3, "one second's worth after a quiet minute");
    }

    #[test]
    fn a_flood_of_distinct_sources_is_forgotten_after_the_interval() {
        let t0 = Instant::now();
        let mut rl = RateLimiter::new(Duration::from_millis(500), 1_000_000);
        for n in 0..rules::RATE_LIMIT_SOURCES as u32 {
            assert!(rl.allow(Ipv4Addr::from(0x0a00_0000 + n), t0));
        }
        assert_eq!(rl.tracked_sources(), rules::RATE_LIMIT_SOURCES);
        // Still within the interval: nothing may be forgotten yet, and the
        // map grows no further (the global limit still counts the answer).
        let early = t0 + Duration::from_millis(100);
        assert!(!rl.allow(Ipv4Addr::from(0x0a00_0000), early));
        assert!(rl.allow(Ipv4Addr::new(11, 0, 0, 1), early));
        assert_eq!(rl.tracked_sources(), rules::RATE_LIMIT_SOURCES);
        // Past it: the next new source evicts every expired one.
        let late = t0 + Duration::from_millis(600);
        assert!(rl.allow(Ipv4Addr::new(11, 0, 0, 2), late));
        assert_eq!(rl.tracked_sources(), 1, "only 11.0.0.2 is left");
        assert!(rl.allow(Ipv4Addr::from(0x0a00_0000), late));
    }

    /// What `fresh` calls expired is what a full map evicts: an entry
    /// exactly `ttl` old.
    #[test]
    fn an_entry_exactly_ttl_old_is_expired_and_makes_room() {
        let t0 = Instant::now();
        let ttl = Duration::from_secs(10);
        let mut map = rules::ExpiringMap::new(ttl, 1);
        let ip = |n: u8| Ipv4Addr::new(10, 0, 0, n);
        assert!(map.insert(ip(1), ip(100), t0));
        assert_eq!(map.fresh(ip(1), t0 + ttl), None);
        assert!(
            map.insert(ip(2), ip(101), t0 + ttl),
            "the expired entry made room"
        );
        assert_eq!((map.len(), map.fresh(ip(2), t0 + ttl)), (1, Some(ip(101))));
    }

    #[test]
    fn expiring_map_keeps_fresh_entries_and_evicts_only_when_full() {
        let t0 = Instant::now();
        let ttl = Duration::from_secs(10);
        let mut routes = rules::ExpiringMap::new(ttl, 3);
        let ip = |n: u8| Ipv4Addr::new(10, 0, 0, n);
        assert!(routes.insert(ip(1), ip(100), t0));
        assert!(routes.insert(ip(2), ip(100), t0 + Duration::from_secs(5)));
        assert!(routes.insert(ip(3), ip(100), t0 + Duration::from_secs(9)));
        let t = t0 + Duration::from_secs(12);
        assert_eq!(routes.fresh(ip(1), t), None, "expired");
        assert_eq!(routes.fresh(ip(2), t), Some(ip(100)));
        assert_eq!(routes.len(), 3, "nothing evicted below the cap");
        assert!(routes.insert(ip(4), ip(101), t));
        assert_eq!(routes.len(), 3, "ip 1 evicted, 2 3 4 kept");
        assert_eq!(routes.fresh(ip(4), t), Some(ip(101)));
        // Full of fresh entries: a new one is refused, an old key refreshed.
        assert!(!routes.insert(ip(5), ip(102), t));
        assert_eq!(routes.fresh(ip(5), t), None);
        assert!(routes.insert(ip(2), ip(103), t));
        assert_eq!(routes.fresh(ip(2), t), Some(ip(103)));
    }
}
