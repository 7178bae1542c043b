//! What server mode answers, and how often: pure decisions on a datagram
//! and its source, and the per-source and global rate limits.

use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddrV4};
use std::time::{Duration, Instant};

use super::{IgnoreReason, ResponderConfig};
use crate::net::Interface;
use crate::protocol;

/// Whether a datagram from `from` is a request to answer (pure): exactly
/// the message, no longer than the buffer, from a source [`check_source`]
/// accepts.
pub fn request_verdict(
    datagram: &[u8],
    from: SocketAddrV4,
    config: &ResponderConfig,
    interfaces: &[Interface],
) -> Result<(), IgnoreReason> {
    if datagram.len() > config.buffer_size.max(config.message.len())
        || !protocol::is_request(datagram, &config.message)
    {
        return Err(IgnoreReason::NotARequest);
    }
    check_source(from, interfaces, config.local_only)
}

/// Whether a datagram from `from` may be answered: never to broadcast,
/// multicast, zero or port-0 sources (including the directed broadcast of
/// any local subnet); with `local_only`, only to sources on a local subnet.
pub fn check_source(
    from: SocketAddrV4,
    interfaces: &[Interface],
    local_only: bool,
) -> Result<(), IgnoreReason> {
    let ip = *from.ip();
    let bad = from.port() == 0
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || u32::from(ip) >> 24 == 0
        || interfaces
            .iter()
            .any(|i| i.prefix_len < 31 && (ip == i.broadcast || ip == i.network().network()));
    if bad {
        return Err(IgnoreReason::BadSource);
    }
    if local_only && !ip.is_loopback() && !interfaces.iter().any(|i| i.contains(ip)) {
        return Err(IgnoreReason::NotLocal);
    }
    Ok(())
}

/// A map of per-source entries that each matter for `ttl` only, holding
/// at most `cap` of them: once full, an insert first drops the expired
/// ones, and when every entry is still fresh the new one is not kept (a
/// flood of forged sources must not grow memory; what is kept here is a
/// cache or a limit that the global rate limit backs up).
#[derive(Debug)]
pub struct ExpiringMap<V> {
    ttl: Duration,
    cap: usize,
    entries: HashMap<Ipv4Addr, (V, Instant)>,
}

impl<V: Copy> ExpiringMap<V> {
    /// Entries live `ttl`; at most `cap` are held.
    pub fn new(ttl: Duration, cap: usize) -> Self {
        ExpiringMap {
            ttl,
            cap,
            entries: HashMap::new(),
        }
    }

    /// The value stored for `key` less than `ttl` before `now`.
    pub fn fresh(&self, key: Ipv4Addr, now: Instant) -> Option<V> {
        self.entries
            .get(&key)
            .filter(|(_, at)| now.saturating_duration_since(*at) < self.ttl)
            .map(|(v, _)| *v)
    }

    /// Stores `value` for `key` at `now`, evicting expired entries when
    /// full; returns whether it was kept.
    pub fn insert(&mut self, key: Ipv4Addr, value: V, now: Instant) -> bool {
        if self.entries.len() >= self.cap && !self.entries.contains_key(&key) {
            let ttl = self.ttl;
            self.entries
                .retain(|_, (_, at)| now.saturating_duration_since(*at) < ttl);
            if self.entries.len() >= self.cap {
                return false;
            }
        }
        self.entries.insert(key, (value, now));
        true
    }

    /// How many entries are held (expired ones included until evicted).
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}

/// How many sources the rate limiter tracks at most (the global limit of
/// answers per second keeps it far below in practice).
pub const RATE_LIMIT_SOURCES: usize = 65_536;

/// Per-source and global reply rate limits.
#[derive(Debug)]
pub struct RateLimiter {
    last: ExpiringMap<()>,
    rate: f64,
    tokens: f64,
    refilled: Option<Instant>,
}

impl RateLimiter {
    /// At most one answer per `interval` per source, and `per_second` in all.
    pub fn new(interval: Duration, per_second: u32) -> Self {
        RateLimiter {
            last: ExpiringMap::new(interval, RATE_LIMIT_SOURCES),
            rate: f64::from(per_second),
            tokens: f64::from(per_second),
            refilled: None,
        }
    }

    /// Whether an answer to `source` at `now` is allowed (and books it).
    pub fn allow(&mut self, source: Ipv4Addr, now: Instant) -> bool {
        if self.last.fresh(source, now).is_some() {
            return false;
        }
        let elapsed = self
            .refilled
            .map_or(0.0, |t| now.saturating_duration_since(t).as_secs_f64());
        self.tokens = (self.tokens + elapsed * self.rate).min(self.rate);
        self.refilled = Some(now);
        if self.tokens < 1.0 {
            return false;
        }
        self.tokens -= 1.0;
        // Not kept only when 65 536 sources were answered within one
        // interval: the global limit makes that impossible at sane rates.
        let _ = self.last.insert(source, (), now);
        true
    }

    /// How many sources are tracked (for tests of the memory bound).
    pub fn tracked_sources(&self) -> usize {
        self.last.len()
    }
}
