//! Pacing a unicast sweep: pure, no I/O.
//!
//! Routed (off-link) probes all go to the gateway's hardware address and are
//! paced only by the rate cap. On-link probes to absent hosts each hold an
//! unresolved entry in the kernel's neighbour table until address resolution
//! gives up (`retrans_time × (mcast_solicit + app_solicit)`, 3 s on Linux);
//! the table holds `gc_thresh3` entries (1024) for all namespaces together,
//! and beyond that the kernel drops new probes without an error. So on-link
//! probes are paced to keep at most a budget of them unresolved at once, and
//! routed probes go first so that on-link pacing never slows them down.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// What bounds on-link probing on this system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeighbourLimits {
    /// Entries the neighbour table holds (Linux `gc_thresh3`).
    pub table_size: usize,
    /// Entries already in use when the sweep starts.
    pub in_use: usize,
    /// How long an unresolved entry lasts.
    pub unresolved_lifetime: Duration,
}

impl NeighbourLimits {
    /// Linux defaults: 1024 entries, 1 s × 3 solicitations. Other systems
    /// (BSD, macOS, Windows) keep similar per-host caches with their own
    /// limits; LanScout assumes these there too.
    pub const LINUX_DEFAULT: NeighbourLimits = NeighbourLimits {
        table_size: 1024,
        in_use: 0,
        unresolved_lifetime: Duration::from_secs(3),
    };

    /// Unresolved on-link probes allowed at once: three quarters of the
    /// free table, leaving room for everything else on the system.
    pub fn budget(&self) -> usize {
        (self.table_size.saturating_sub(self.in_use) * 3 / 4).max(16)
    }

    /// The window over which the budget is counted (the lifetime, with a
    /// margin for timer slack).
    pub fn window(&self) -> Duration {
        self.unresolved_lifetime + self.unresolved_lifetime / 10 + Duration::from_millis(100)
    }
}

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
        let free = self.limits.budget().saturating_sub(self.on_link_sent.len());
        let on_link = on_link_left.min(total - routed).min(free);
        (routed, on_link)
    }

    /// Records probes that went out at `now`.
    pub fn sent(&mut self, now: Instant, routed: usize, on_link: usize) {
        self.tokens -= (routed + on_link) as f64;
        self.on_link_sent.extend(std::iter::repeat_n(now, on_link));
    }

    /// On-link probes currently counted as unresolved.
    pub fn unresolved(&self) -> usize {
        self.on_link_sent.len()
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
        assert_eq!(LIMITS.budget(), 768);
        assert_eq!(
            NeighbourLimits {
                in_use: 24,
                ..LIMITS
            }
            .budget(),
            750
        );
        assert_eq!(
            NeighbourLimits {
                in_use: 5000,
                ..LIMITS
            }
            .budget(),
            16
        );
        assert_eq!(LIMITS.window(), Duration::from_millis(3400));
    }

    #[test]
    fn estimate_table() {
        let secs = |on, routed| estimate(on, routed, 2000, &LIMITS).as_secs_f64();
        assert!((secs(0, 254) - 0.127).abs() < 0.01);
        assert!((secs(254, 0) - 0.127).abs() < 0.01);
        // A /20 on-link: 4094 probes in waves of 768 every 3.4 s.
        assert!((secs(4094, 0) - (5.0 * 3.4 + 254.0 / 2000.0)).abs() < 0.01);
        // A /16 routed at the cap: 32.8 s.
        assert!((secs(0, 65534) - 32.767).abs() < 0.01);
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
