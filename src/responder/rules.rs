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

/// Per-source and global reply rate limits.
#[derive(Debug)]
pub struct RateLimiter {
    interval: Duration,
    last: HashMap<Ipv4Addr, Instant>,
    rate: f64,
    tokens: f64,
    refilled: Option<Instant>,
}

impl RateLimiter {
    /// At most one answer per `interval` per source, and `per_second` in all.
    pub fn new(interval: Duration, per_second: u32) -> Self {
        RateLimiter {
            interval,
            last: HashMap::new(),
            rate: f64::from(per_second),
            tokens: f64::from(per_second),
            refilled: None,
        }
    }

    /// Whether an answer to `source` at `now` is allowed (and books it).
    pub fn allow(&mut self, source: Ipv4Addr, now: Instant) -> bool {
        if let Some(prev) = self.last.get(&source) {
            if now.saturating_duration_since(*prev) < self.interval {
                return false;
            }
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
        if self.last.len() >= 65536 {
            let interval = self.interval;
            self.last
                .retain(|_, t| now.saturating_duration_since(*t) < interval);
        }
        self.last.insert(source, now);
        true
    }
}
