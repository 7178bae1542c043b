//! The sweep's destinations as a queue the engine drains: routed first,
//! on-link paced by [`Pacer`], and on-link probes the kernel dropped sent
//! again (the neighbour table is read for that, on Linux).

use std::collections::{HashMap, VecDeque};
use std::net::{Ipv4Addr, SocketAddrV4};
use std::time::Instant;

use super::{DropCheck, NeighbourLimits, Pacer};
use crate::net;

/// The sweep's destinations, routed and on-link, and how far each is sent.
pub(in crate::discovery) struct SweepQueues {
    routed: Vec<SocketAddrV4>,
    on_link: Vec<SocketAddrV4>,
    next_routed: usize,
    next_on_link: usize,
    pub(in crate::discovery) pacer: Pacer,
    /// On-link probes the kernel dropped, to send again first.
    resend: VecDeque<SocketAddrV4>,
    resent: HashMap<Ipv4Addr, u8>,
    drops: DropCheck,
    /// Whether the neighbour table can be read (drops are detected).
    watch_table: bool,
    port: u16,
}

impl SweepQueues {
    pub(in crate::discovery) fn new(
        routed: Vec<SocketAddrV4>,
        on_link: Vec<SocketAddrV4>,
        rate: u32,
        limits: NeighbourLimits,
        port: u16,
    ) -> SweepQueues {
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

    /// Adds on-link destinations to the end of the queue (the unicast
    /// fallback), paced like the sweep's own.
    pub(in crate::discovery) fn add_on_link(
        &mut self,
        dests: impl IntoIterator<Item = SocketAddrV4>,
    ) {
        let before = self.on_link.len();
        self.on_link.extend(dests);
        if self.on_link.len() > before && !self.watch_table {
            self.watch_table = net::neighbour::neighbour_entries().is_some();
        }
    }

    /// Reads the neighbour table when due and queues dropped probes again
    /// (at most twice per host); returns how many were dropped.
    pub(in crate::discovery) fn check_drops(&mut self, now: Instant) -> usize {
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

    pub(in crate::discovery) fn is_done(&self) -> bool {
        self.next_routed >= self.routed.len()
            && self.next_on_link >= self.on_link.len()
            && self.resend.is_empty()
            && !(self.watch_table && self.drops.is_pending())
    }

    /// How many of each may go now (at most 256 a tick).
    pub(in crate::discovery) fn allowance(&mut self, now: Instant) -> (usize, usize) {
        let (r, o) = self.pacer.allowance(
            now,
            self.routed.len() - self.next_routed,
            self.on_link.len() - self.next_on_link + self.resend.len(),
        );
        (r.min(256), o.min(256 - r.min(256)))
    }

    pub(in crate::discovery) fn peek(&self, on_link: bool) -> Option<SocketAddrV4> {
        if on_link {
            self.resend
                .front()
                .or(self.on_link.get(self.next_on_link))
                .copied()
        } else {
            self.routed.get(self.next_routed).copied()
        }
    }

    pub(in crate::discovery) fn advance(
        &mut self,
        on_link: bool,
        now: Instant,
        dest: SocketAddrV4,
    ) {
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
