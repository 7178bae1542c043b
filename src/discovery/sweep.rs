//! The unicast sweep: its pacing (pure, here) and its send queues
//! ([`queue`], what the engine drains).
//!
//! Routed (off-link) probes all go to the gateway's hardware address and are
//! paced only by the rate cap. On-link probes to absent hosts each hold an
//! unresolved entry in the kernel's neighbour table until address resolution
//! gives up (`retrans_time × (mcast_solicit + app_solicit)`, 3 s on Linux);
//! the table holds `gc_thresh3` entries (1024) for all namespaces together,
//! and beyond that the kernel drops new probes without an error. So on-link
//! probes are paced to keep at most a budget of them unresolved at once, and
//! routed probes go first so that on-link pacing never slows them down.

mod queue;

pub(in crate::discovery) use queue::SweepQueues;

use std::collections::{HashSet, VecDeque};
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

/// What bounds on-link probing on this system (the kernel's neighbour
/// table, read by `net::neighbour`).
pub use crate::net::neighbour::NeighbourLimits;

/// How long a sweep of `on_link` and `routed` probes takes at `rate` per
/// second under `limits` (routed first, on-link in budget-sized waves).
pub fn estimate(on_link: usize, routed: usize, rate: u32, limits: &NeighbourLimits) -> Duration {
    let rate = f64::from(rate.max(1));
    let routed_time = routed as f64 / rate;
    let budget = limits.budget();
    let on_link_time = if on_link <= budget {
        on_link as f64 / rate
    } else {
        let waves = (on_link - 1) / budget;
        let last = on_link - waves * budget;
        waves as f64 * limits.window().as_secs_f64().max(budget as f64 / rate) + last as f64 / rate
    };
    // Routed probes share the rate with the first on-link wave.
    Duration::from_secs_f64(routed_time + on_link_time)
}

/// Decides, tick by tick, how many probes of each kind may go out now.
#[derive(Debug)]
pub struct Pacer {
    rate: f64,
    burst: f64,
    tokens: f64,
    last: Option<Instant>,
    limits: NeighbourLimits,
    budget: usize,
    on_link_sent: VecDeque<Instant>,
}

impl Pacer {
    /// A pacer for `rate` probes per second at most (bursts of at most
    /// 10 ms worth) under `limits`.
    pub fn new(rate: u32, limits: NeighbourLimits) -> Pacer {
        let rate = f64::from(rate.max(1));
        let burst = (rate / 100.0).max(1.0);
        Pacer {
            rate,
            burst,
            tokens: 1.0,
            last: None,
            budget: limits.budget(),
            limits,
            on_link_sent: VecDeque::new(),
        }
    }

    /// How many routed and on-link probes may be sent at `now`, given how
    /// many of each are left. The caller sends them and reports with
    /// [`Pacer::sent`].
    pub fn allowance(
        &mut self,
        now: Instant,
        routed_left: usize,
        on_link_left: usize,
    ) -> (usize, usize) {
        if let Some(last) = self.last {
            let dt = now.saturating_duration_since(last).as_secs_f64();
            self.tokens = (self.tokens + dt * self.rate).min(self.burst);
        }
        self.last = Some(now);
        let window = self.limits.window();
        while self
            .on_link_sent
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= window)
        {
            self.on_link_sent.pop_front();
        }
        let total = self.tokens.floor().max(0.0) as usize;
        let routed = routed_left.min(total);
        let free = self.budget.saturating_sub(self.on_link_sent.len());
        let on_link = on_link_left.min(total - routed).min(free);
        (routed, on_link)
    }

    /// Records probes that went out at `now`.
    pub fn sent(&mut self, now: Instant, routed: usize, on_link: usize) {
        self.tokens -= (routed + on_link) as f64;
        self.on_link_sent.extend(std::iter::repeat_n(now, on_link));
    }

    /// The kernel dropped probes (the table was fuller than it looked):
    /// send fewer at once from now on.
    pub fn dropped(&mut self) {
        self.budget = (self.budget * 3 / 4).max(16);
    }
}

/// Finds on-link probes the kernel dropped without a word: a probe that
/// went out creates an unresolved neighbour entry that the kernel never
/// reclaims before it fails (3 s), so a recent probe without an entry was
/// dropped for want of room in the table.
#[derive(Debug, Default)]
pub struct DropCheck {
    pending: VecDeque<(Instant, Ipv4Addr)>,
    last_check: Option<Instant>,
}

impl DropCheck {
    /// Probes younger than this may not have their entry yet.
    pub const SETTLE: Duration = Duration::from_millis(50);
    /// Probes older than this may have a failed entry already reclaimed.
    pub const TOO_OLD: Duration = Duration::from_millis(2000);
    /// How often the table is read.
    pub const INTERVAL: Duration = Duration::from_millis(200);

    /// An on-link probe to `ip` went out at `now`.
    pub fn sent(&mut self, now: Instant, ip: Ipv4Addr) {
        self.pending.push_back((now, ip));
    }

    /// Whether probes are still waiting to be checked.
    pub fn is_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Whether the neighbour table should be read now.
    pub fn due(&self, now: Instant) -> bool {
        self.is_pending()
            && self
                .last_check
                .is_none_or(|t| now.saturating_duration_since(t) >= Self::INTERVAL)
    }

    /// Checks settled probes against the addresses in the table; returns
    /// the ones that were dropped.
    pub fn check(&mut self, now: Instant, in_table: &HashSet<Ipv4Addr>) -> Vec<Ipv4Addr> {
        self.last_check = Some(now);
        let mut lost = Vec::new();
        while let Some(&(at, ip)) = self.pending.front() {
            let age = now.saturating_duration_since(at);
            if age < Self::SETTLE {
                break;
            }
            self.pending.pop_front();
            if age <= Self::TOO_OLD && !in_table.contains(&ip) {
                lost.push(ip);
            }
        }
        lost
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const LIMITS: NeighbourLimits = NeighbourLimits::LINUX_DEFAULT;

    /// Runs a pacer with ticks every `tick` until everything is sent;
    /// returns the send times of (routed, on-link) probes.
    fn simulate(
        rate: u32,
        limits: NeighbourLimits,
        routed: usize,
        on_link: usize,
        ticks: &[u64],
    ) -> (Vec<Duration>, Vec<Duration>) {
        let start = Instant::now();
        let mut p = Pacer::new(rate, limits);
        let (mut r_left, mut o_left) = (routed, on_link);
        let (mut r_times, mut o_times) = (Vec::new(), Vec::new());
        let mut t = Duration::ZERO;
        let mut i = 0;
        while (r_left > 0 || o_left > 0) && t < Duration::from_secs(3600) {
            let now = start + t;
            let (r, o) = p.allowance(now, r_left, o_left);
            p.sent(now, r, o);
            r_left -= r;
            o_left -= o;
            r_times.extend(std::iter::repeat_n(t, r));
            o_times.extend(std::iter::repeat_n(t, o));
            t += Duration::from_micros(ticks[i % ticks.len()]);
            i += 1;
        }
        (r_times, o_times)
    }

    fn max_in_window(times: &[Duration], window: Duration) -> usize {
        let mut best = 0;
        let mut lo = 0;
        for hi in 0..times.len() {
            while times[hi] - times[lo] >= window {
                lo += 1;
            }
            best = best.max(hi - lo + 1);
        }
        best
    }

    #[test]
    fn budget_and_window_table() {
        assert_eq!(LIMITS.budget(), 640);
        assert_eq!(
            NeighbourLimits {
                in_use: 24,
                ..LIMITS
            }
            .budget(),
            625
        );
        assert_eq!(
            NeighbourLimits {
                in_use: 5000,
                ..LIMITS
            }
            .budget(),
            16
        );
        assert_eq!(LIMITS.window(), Duration::from_millis(3800));
    }

    #[test]
    fn estimate_table() {
        let secs = |on, routed| estimate(on, routed, 2000, &LIMITS).as_secs_f64();
        assert!((secs(0, 254) - 0.127).abs() < 0.01);
        assert!((secs(254, 0) - 0.127).abs() < 0.01);
        // A /20 on-link: 4094 probes in waves of 640 every 3.8 s.
        assert!((secs(4094, 0) - (6.0 * 3.8 + 254.0 / 2000.0)).abs() < 0.01);
        // A /16 routed at the cap: 32.8 s.
        assert!((secs(0, 65534) - 32.767).abs() < 0.01);
        // At a wave's edges: one budget fits in the first wave; one probe
        // more waits a window; two budgets are one wave and a full last one.
        assert!((secs(640, 0) - 0.32).abs() < 0.001);
        assert!((secs(641, 0) - (3.8 + 0.0005)).abs() < 0.001);
        assert!((secs(1280, 0) - (3.8 + 0.32)).abs() < 0.001);
        assert!((secs(1281, 0) - (2.0 * 3.8 + 0.0005)).abs() < 0.001);
    }

    #[test]
    fn routed_probes_go_at_the_cap_while_on_link_ones_wait() {
        let (routed, on_link) = simulate(2000, LIMITS, 4000, 4000, &[2000]);
        let routed_end = routed.last().copied().unwrap_or_default();
        assert!(routed_end <= Duration::from_millis(2010), "{routed_end:?}");
        assert_eq!(on_link.len(), 4000);
    }

    #[test]
    fn the_simulated_sweep_ends_when_estimated() {
        for (on, routed) in [(4094, 0), (254, 254), (0, 65534), (65534, 0)] {
            let (r, o) = simulate(2000, LIMITS, routed, on, &[2000]);
            let end = r.iter().chain(&o).max().copied().unwrap_or_default();
            let est = estimate(on, routed, 2000, &LIMITS);
            assert!(
                end <= est + Duration::from_millis(20) && est <= end + LIMITS.window(),
                "{on}+{routed}: ran {end:?}, estimated {est:?}"
            );
        }
    }

    #[test]
    fn drop_check_table() {
        let t0 = Instant::now();
        let ms = |n| t0 + Duration::from_millis(n);
        let ip = |d| Ipv4Addr::new(10, 0, 0, d);
        let mut c = DropCheck::default();
        assert!(!c.due(t0));
        c.sent(ms(0), ip(1));
        c.sent(ms(0), ip(2));
        c.sent(ms(100), ip(3));
        c.sent(ms(3000), ip(4));
        assert!(c.due(ms(100)));
        // At 120 ms: 1 and 2 have settled (2 has no entry: dropped); 3 has not.
        let table: HashSet<Ipv4Addr> = [ip(1)].into();
        assert_eq!(c.check(ms(120), &table), [ip(2)]);
        assert!(!c.due(ms(200)), "read at most every 200 ms");
        // 3 settled long ago but is too old to judge at 2.5 s.
        assert_eq!(c.check(ms(2500), &HashSet::new()), Vec::<Ipv4Addr>::new());
        assert!(c.is_pending(), "4 is still young");
        assert_eq!(c.check(ms(3100), &HashSet::new()), [ip(4)]);
        assert!(!c.is_pending());
        // Judged from exactly SETTLE on, and up to exactly TOO_OLD.
        let mut c = DropCheck::default();
        c.sent(t0, ip(5));
        assert_eq!(c.check(t0 + DropCheck::SETTLE, &HashSet::new()), [ip(5)]);
        let mut c = DropCheck::default();
        c.sent(t0, ip(6));
        assert_eq!(c.check(t0 + DropCheck::TOO_OLD, &HashSet::new()), [ip(6)]);
    }

    #[test]
    fn drops_shrink_the_budget() {
        let mut p = Pacer::new(2000, LIMITS);
        let now = Instant::now();
        p.allowance(now, 0, 0);
        assert_eq!(p.allowance(now + Duration::from_secs(1), 0, 10_000).1, 20);
        p.dropped();
        assert_eq!(p.budget, 480);
        for _ in 0..40 {
            p.dropped();
        }
        assert_eq!(p.budget, 16);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn never_over_the_cap_nor_the_neighbour_budget(
            rate in 100u32..5000,
            routed in 0usize..2000,
            on_link in 0usize..2000,
            in_use in 0usize..800,
            ticks in proptest::collection::vec(1000u64..60_000, 1..8),
        ) {
            let limits = NeighbourLimits { in_use, ..LIMITS };
            let (r, o) = simulate(rate, limits, routed, on_link, &ticks);
            prop_assert_eq!(r.len(), routed);
            prop_assert_eq!(o.len(), on_link);
            let mut all: Vec<Duration> = r.iter().chain(&o).copied().collect();
            all.sort();
            let burst = (f64::from(rate) / 100.0).max(1.0);
            let cap = (f64::from(rate) * 0.1 + burst).ceil() as usize;
            prop_assert!(max_in_window(&all, Duration::from_millis(100)) <= cap);
            prop_assert!(max_in_window(&o, limits.window()) <= limits.budget());
        }
    }
}
