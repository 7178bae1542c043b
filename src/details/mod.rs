//! Details about each server found, looked up on worker threads the moment
//! it is found: which link opens (announced address or the reply's sender),
//! host name, page title and `Server` header, hardware address and maker.
//!
//! Bounded on every side: at most [`WORKERS`] lookups in flight, at most
//! [`STARTS_PER_SECOND`] started per second, at most [`QUEUE`] waiting, each
//! ending by its deadline; never aimed at a broadcast, multicast or
//! unspecified address, nor at loopback unless the reply came from it.

pub mod names;
pub mod neighbour;
pub mod oui;
pub mod page;
pub mod text;

use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender, TrySendError};
use serde::Serialize;

use crate::protocol::{server_url, Scheme};

/// Lookups running at once.
pub const WORKERS: usize = 4;
/// Lookups started per second, at most.
pub const STARTS_PER_SECOND: u32 = 20;
/// Lookups waiting to start, at most; more are not looked up.
pub const QUEUE: usize = 256;
/// How long the web port check waits for a TCP connection.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(1);
/// The longest a whole lookup takes.
pub const LOOKUP_BUDGET: Duration = Duration::from_millis(2500);
/// How long an mDNS reverse query waits for its answer.
pub const MDNS_TIMEOUT: Duration = Duration::from_millis(800);
/// Host name lookups running at once (a resolver call cannot be cancelled,
/// so a hung one must not pile up threads).
const MAX_RESOLVER_THREADS: usize = 8;

/// What to look up for one server.
#[derive(Debug, Clone)]
pub struct LookupRequest {
    /// The server as found: its address and web port.
    pub ip: Ipv4Addr,
    /// Its web port.
    pub port: u16,
    /// The address its reply announced.
    pub announced: Ipv4Addr,
    /// The address its reply came from.
    pub source: Ipv4Addr,
    /// Scheme of the link.
    pub scheme: Scheme,
    /// Our address on the sender's link, when the sender is on one of our
    /// subnets (mDNS is asked there).
    pub local_on_link: Option<Ipv4Addr>,
    /// Broadcast addresses of our subnets (never contacted).
    pub broadcasts: Arc<Vec<Ipv4Addr>>,
    /// Every lookup step ends by then.
    pub deadline: Instant,
}

/// What the lookups found about one server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Details {
    /// The server as found.
    pub ip: Ipv4Addr,
    /// Its web port.
    pub port: u16,
    /// The link to open (see [`choose_link`]).
    pub url: String,
    /// The address in that link.
    #[serde(skip)]
    pub link: Ipv4Addr,
    /// Host name of the sender.
    pub hostname: Option<String>,
    /// Page title.
    pub title: Option<String>,
    /// The `Server` header.
    pub server: Option<String>,
    /// Hardware address of the sender, when on a local subnet.
    pub mac: Option<String>,
    /// Maker of that hardware.
    pub vendor: Option<String>,
    /// Whether the web port answered.
    pub web: bool,
    /// Why the link is not the announced address, or why it may not open.
    #[serde(skip)]
    pub link_note: Option<String>,
}

impl Default for Details {
    fn default() -> Self {
        Details {
            ip: Ipv4Addr::UNSPECIFIED,
            port: 0,
            url: String::new(),
            link: Ipv4Addr::UNSPECIFIED,
            hostname: None,
            title: None,
            server: None,
            mac: None,
            vendor: None,
            web: false,
            link_note: None,
        }
    }
}

impl Details {
    /// The best short name: page title, else host name, else maker.
    pub fn name(&self) -> Option<&str> {
        best_name(
            self.title.as_deref(),
            self.hostname.as_deref(),
            self.vendor.as_deref(),
        )
    }
}

/// The name a server is shown by: its page title, else its host name, else
/// its hardware maker.
pub fn best_name<'a>(
    title: Option<&'a str>,
    hostname: Option<&'a str>,
    vendor: Option<&'a str>,
) -> Option<&'a str> {
    title.or(hostname).or(vendor)
}

/// Whether LanScout may connect to `ip` on its own: never broadcast,
/// multicast or unspecified (nor a local subnet's broadcast address), and
/// loopback only when the reply itself came from loopback.
pub fn may_contact(ip: Ipv4Addr, source: Ipv4Addr, broadcasts: &[Ipv4Addr]) -> bool {
    !(ip.is_unspecified()
        || ip.is_multicast()
        || ip.is_broadcast()
        || broadcasts.contains(&ip)
        || (ip.is_loopback() && !source.is_loopback()))
}

/// The link a row opens, from which candidates answered on the web port:
/// the announced address when it answers (or when neither does), else the
/// sender. Returns the address and a note when it is not simply the
/// announced one.
pub fn choose_link(
    announced: Ipv4Addr,
    source: Ipv4Addr,
    announced_answers: bool,
    source_answers: bool,
) -> (Ipv4Addr, Option<String>) {
    if announced == source || announced_answers {
        return (announced, None);
    }
    if source_answers {
        return (
            source,
            Some(format!(
                "announced {announced}, not reachable from here; opening the sender {source}"
            )),
        );
    }
    (
        announced,
        Some(format!(
            "neither the announced {announced} nor the sender {source} answers on the web port"
        )),
    )
}

/// A pool of lookup workers; results go to a sink. Dropping it stops the
/// workers after their current lookup.
pub struct Lookups {
    jobs: Option<Sender<LookupRequest>>,
    pending: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
}

/// Receives each finished lookup, or what went wrong inside one.
type Sink = Arc<dyn Fn(Result<Details, LookupFailure>) + Send + Sync>;

/// A lookup that ended on an internal error (a bug): reported, not hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupFailure {
    /// The server whose lookup failed.
    pub ip: Ipv4Addr,
    /// What went wrong.
    pub message: String,
}

impl Lookups {
    /// Starts the workers; `sink` receives every finished lookup.
    pub fn start(sink: impl Fn(Result<Details, LookupFailure>) + Send + Sync + 'static) -> Lookups {
        let (tx, rx) = crossbeam_channel::bounded::<LookupRequest>(QUEUE);
        let pending = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let sink: Sink = Arc::new(sink);
        let next_start = Arc::new(Mutex::new(Instant::now()));
        for n in 0..WORKERS {
            let worker = Worker {
                jobs: rx.clone(),
                sink: Arc::clone(&sink),
                pending: Arc::clone(&pending),
                cancel: Arc::clone(&cancel),
                next_start: Arc::clone(&next_start),
            };
            // A pool that cannot start a thread only has fewer workers.
            let _ = crate::threads::start(&format!("details-{n}"), move || worker.run());
        }
        Lookups {
            jobs: Some(tx),
            pending,
            cancel,
        }
    }

    /// Queues a lookup. False when the queue is full (it is not looked up).
    pub fn submit(&self, request: LookupRequest) -> bool {
        let Some(jobs) = &self.jobs else { return false };
        self.pending.fetch_add(1, Ordering::SeqCst);
        match jobs.try_send(request) {
            Ok(()) => true,
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => {
                self.pending.fetch_sub(1, Ordering::SeqCst);
                false
            }
        }
    }

    /// Lookups queued or running.
    pub fn pending(&self) -> usize {
        self.pending.load(Ordering::SeqCst)
    }

    /// Drops queued lookups; running ones end without reporting.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::SeqCst);
    }
}

impl Drop for Lookups {
    fn drop(&mut self) {
        self.cancel();
        self.jobs = None;
    }
}

struct Worker {
    jobs: Receiver<LookupRequest>,
    sink: Sink,
    pending: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    next_start: Arc<Mutex<Instant>>,
}

impl Worker {
    fn run(self) {
        for request in self.jobs.iter() {
            if !self.cancel.load(Ordering::SeqCst) {
                self.wait_for_turn(request.deadline);
            }
            if !self.cancel.load(Ordering::SeqCst) {
                // A bug in one lookup costs that server its details, not the pool.
                let details = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    crate::fault::check("lookup");
                    look_up(&request, &self.cancel)
                }));
                if !self.cancel.load(Ordering::SeqCst) {
                    (self.sink)(details.map_err(|payload| LookupFailure {
                        ip: request.ip,
                        message: crate::fault::panic_message(payload.as_ref()),
                    }));
                }
            }
            self.pending.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// The per-second cap: each start takes the next free slot.
    fn wait_for_turn(&self, deadline: Instant) {
        let slot = {
            let Ok(mut next) = self.next_start.lock() else {
                return;
            };
            let now = Instant::now();
            let slot = (*next).max(now);
            *next = slot + Duration::from_secs(1) / STARTS_PER_SECOND;
            slot
        };
        let wait = slot.min(deadline).saturating_duration_since(Instant::now());
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
    }
}

/// Runs every lookup for one server, in parallel where they are
/// independent, and returns what finished by the request's deadline.
pub fn look_up(request: &LookupRequest, cancel: &AtomicBool) -> Details {
    let deadline = request.deadline.min(Instant::now() + LOOKUP_BUDGET);
    let names = spawn_name_lookup(request.source, request.local_on_link, deadline);
    let (link, link_note, web) = check_link(request, deadline);
    let page = if web && !cancel.load(Ordering::SeqCst) {
        page::fetch(
            request.scheme,
            link,
            request.port,
            deadline.saturating_duration_since(Instant::now()),
        )
    } else {
        page::PageInfo::default()
    };
    let mac = neighbour::lookup_mac(request.source);
    let hostname = names.and_then(|rx| {
        rx.recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .ok()
            .flatten()
    });
    Details {
        ip: request.ip,
        port: request.port,
        url: server_url(request.scheme, link, request.port),
        link,
        hostname,
        title: page.title,
        server: page.server,
        mac: mac.map(|m| m.to_string()),
        vendor: mac.and_then(|m| m.vendor()),
        web,
        link_note,
    }
}

/// The web port check: on the server's address, or on both the announced
/// address and the sender at once when they differ.
fn check_link(request: &LookupRequest, deadline: Instant) -> (Ipv4Addr, Option<String>, bool) {
    let timeout = CONNECT_TIMEOUT.min(deadline.saturating_duration_since(Instant::now()));
    let answers = |ip: Ipv4Addr| {
        !timeout.is_zero()
            && may_contact(ip, request.source, &request.broadcasts)
            && TcpStream::connect_timeout(
                &SocketAddr::V4(SocketAddrV4::new(ip, request.port)),
                timeout,
            )
            .is_ok()
    };
    // The loopback/unspecified repair already chose the sender.
    if request.ip != request.announced || request.announced == request.source {
        let ok = answers(request.ip);
        return (request.ip, None, ok);
    }
    let (a, s) = std::thread::scope(|scope| {
        let other = scope.spawn(|| answers(request.source));
        let a = answers(request.announced);
        (a, other.join().unwrap_or(false))
    });
    let (link, note) = choose_link(request.announced, request.source, a, s);
    (link, note, a || s)
}

static RESOLVER_THREADS: AtomicUsize = AtomicUsize::new(0);

/// The host name of `ip` on a thread of its own: the system resolver, then
/// mDNS on the link. `None` when too many resolver calls are still stuck.
fn spawn_name_lookup(
    ip: Ipv4Addr,
    local_on_link: Option<Ipv4Addr>,
    deadline: Instant,
) -> Option<Receiver<Option<String>>> {
    if RESOLVER_THREADS.fetch_add(1, Ordering::SeqCst) >= MAX_RESOLVER_THREADS {
        RESOLVER_THREADS.fetch_sub(1, Ordering::SeqCst);
        return None;
    }
    let (tx, rx) = crossbeam_channel::bounded(1);
    let spawned = crate::threads::start("names", move || {
        let mut name = names::system_name(ip);
        if name.is_none() {
            if let Some(local) = local_on_link {
                let left = deadline.saturating_duration_since(Instant::now());
                name = names::mdns_name(ip, local, left.min(MDNS_TIMEOUT));
            }
        }
        let _ = tx.send(name);
        RESOLVER_THREADS.fetch_sub(1, Ordering::SeqCst);
    });
    if spawned.is_err() {
        RESOLVER_THREADS.fetch_sub(1, Ordering::SeqCst);
        return None;
    }
    Some(rx)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Ipv4Addr {
        s.parse().unwrap_or(Ipv4Addr::UNSPECIFIED)
    }

    #[test]
    fn link_choice_table() {
        let (a, s) = (ip("172.17.0.2"), ip("10.77.0.2"));
        assert_eq!(choose_link(a, a, false, false), (a, None));
        assert_eq!(
            choose_link(a, s, true, true),
            (a, None),
            "announced first when both answer"
        );
        assert_eq!(choose_link(a, s, true, false), (a, None));
        let (link, note) = choose_link(a, s, false, true);
        assert_eq!(link, s);
        assert_eq!(
            note.as_deref(),
            Some("announced 172.17.0.2, not reachable from here; opening the sender 10.77.0.2")
        );
        let (link, note) = choose_link(a, s, false, false);
        assert_eq!(link, a, "neither answers: the announced one stays");
        assert!(note.is_some_and(|n| n.contains("neither")));
    }

    #[test]
    fn contact_rules() {
        let lan = ip("10.0.0.7");
        let bcast = [ip("10.0.0.255")];
        assert!(may_contact(ip("10.0.0.9"), lan, &bcast));
        assert!(!may_contact(ip("10.0.0.255"), lan, &bcast));
        assert!(!may_contact(ip("255.255.255.255"), lan, &bcast));
        assert!(!may_contact(ip("224.0.0.251"), lan, &bcast));
        assert!(!may_contact(ip("0.0.0.0"), lan, &bcast));
        assert!(
            !may_contact(ip("127.0.0.1"), lan, &bcast),
            "loopback named by another host"
        );
        assert!(may_contact(ip("127.0.0.1"), ip("127.0.0.1"), &bcast));
    }

    #[test]
    fn name_prefers_title_then_host_then_vendor() {
        let mut d = Details {
            vendor: Some("Raspberry Pi Foundation".into()),
            ..Default::default()
        };
        assert_eq!(d.name(), Some("Raspberry Pi Foundation"));
        d.hostname = Some("pi-lab".into());
        assert_eq!(d.name(), Some("pi-lab"));
        d.title = Some("Inventory".into());
        assert_eq!(d.name(), Some("Inventory"));
        assert_eq!(Details::default().name(), None);
    }
}
