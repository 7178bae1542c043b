//! Folding replies into servers: parse, repair an unusable announcement,
//! dedupe, cap what one sender may announce. Pure: a datagram, its source,
//! the interface and the round trip in; a verdict out.

use std::collections::{HashMap, HashSet};
use std::net::{Ipv4Addr, SocketAddrV4};
use std::time::Duration;

use super::{ScanConfig, Server, ServerKey, Source, Warning, MAX_SERVERS_PER_SOURCE};
use crate::protocol::{self, Scheme};

mod announced;
pub use announced::MAX_ANNOUNCED_SERVERS;

/// Whether one more server from a source fits its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Within {
    /// Yes (and it was counted).
    Yes,
    /// No, for the first time (the moment to warn).
    FirstOver,
    /// No, again.
    Over,
}

/// Counts one more server for `source` in `counts` when under `limit`.
fn count_within(counts: &mut HashMap<Ipv4Addr, usize>, source: Ipv4Addr, limit: usize) -> Within {
    let count = counts.entry(source).or_insert(0);
    match (*count).cmp(&limit) {
        std::cmp::Ordering::Less => {
            *count += 1;
            Within::Yes
        }
        // Counted past the limit once, so the warning comes once.
        std::cmp::Ordering::Equal => {
            *count += 1;
            Within::FirstOver
        }
        std::cmp::Ordering::Greater => Within::Over,
    }
}

/// How many invalid replies are reported one by one before they are only counted.
pub const INVALID_WARNINGS_SHOWN: u64 = 10;

/// What one reply means.
#[derive(Debug, Clone, PartialEq)]
pub enum Folded {
    /// It did not parse (counted); a warning for the first ones.
    Invalid(Option<Warning>),
    /// A new server, with the address its reply announced.
    New {
        /// The server.
        server: Server,
        /// What the reply announced.
        announced: Ipv4Addr,
        /// How its web page is reached (a DNS-SD service type says it; a
        /// UDP reply takes the configured one).
        scheme: crate::protocol::Scheme,
        /// Said once per sender whose announcement was unusable.
        warning: Option<Warning>,
    },
    /// A server already found answered again.
    Again {
        /// Which one.
        key: ServerKey,
        /// It had been found over DNS-SD only until now.
        first_udp: bool,
    },
    /// A server UDP found already also announced itself over DNS-SD.
    Announced {
        /// Which one.
        key: ServerKey,
        /// Its instance name (display text).
        service_name: Option<String>,
    },
    /// Its sender announced more servers than a real one does (counted);
    /// a warning the first time.
    OverLimit(Option<Warning>),
}

/// The servers of one scan, built reply by reply.
#[derive(Debug)]
pub struct ReplyFolder {
    prefix: Vec<u8>,
    default_web_port: u16,
    scheme: Scheme,
    local_addrs: HashSet<Ipv4Addr>,
    found: HashMap<ServerKey, Vec<Source>>,
    per_source: HashMap<Ipv4Addr, usize>,
    /// Servers each address announced over DNS-SD in this scan.
    per_announced_address: HashMap<Ipv4Addr, usize>,
    warned_unusable: HashSet<SocketAddrV4>,
    /// Servers DNS-SD added (at most [`MAX_ANNOUNCED_SERVERS`]).
    announced: usize,
    /// Valid replies, duplicates included.
    pub replies: u64,
    /// Replies that did not parse.
    pub invalid: u64,
    /// Valid replies ignored because their sender announced too many servers.
    pub over_source_limit: u64,
}

impl ReplyFolder {
    /// A folder for `config`; `local_addrs` are this computer's addresses.
    pub fn new(config: &ScanConfig, local_addrs: HashSet<Ipv4Addr>) -> ReplyFolder {
        ReplyFolder {
            prefix: config.prefix().to_vec(),
            default_web_port: config.scan.default_web_port,
            scheme: config.scan.scheme,
            local_addrs,
            found: HashMap::new(),
            per_source: HashMap::new(),
            per_announced_address: HashMap::new(),
            warned_unusable: HashSet::new(),
            announced: 0,
            replies: 0,
            invalid: 0,
            over_source_limit: 0,
        }
    }

    /// Distinct servers so far.
    pub fn servers(&self) -> usize {
        self.found.len()
    }

    /// Folds one datagram from `from`, which arrived on `interface` after `rtt`.
    pub fn fold(
        &mut self,
        datagram: &[u8],
        from: SocketAddrV4,
        interface: Option<String>,
        rtt: Duration,
    ) -> Folded {
        // No real socket sends from port 0: a forged datagram.
        let parsed = if from.port() == 0 {
            Err("comes from UDP port 0".to_string())
        } else {
            protocol::parse_reply(datagram, &self.prefix, self.default_web_port)
                .map_err(|e| format!("it {e}"))
        };
        let reply = match parsed {
            Ok(r) => r,
            Err(reason) => {
                self.invalid += 1;
                return Folded::Invalid(match self.invalid {
                    n if n <= INVALID_WARNINGS_SHOWN => Some(Warning::InvalidReply {
                        source: from,
                        reason,
                    }),
                    n if n == INVALID_WARNINGS_SHOWN + 1 => Some(Warning::InvalidRepliesSuppressed),
                    _ => None,
                });
            }
        };
        self.replies += 1;
        let (ip, warning) = self.usable_address(reply.ip, from);
        let key = (ip, reply.port);
        if let Some(sources) = self.found.get_mut(&key) {
            let first_udp = !sources.contains(&Source::Udp);
            if first_udp {
                sources.push(Source::Udp);
            }
            return Folded::Again { key, first_udp };
        }
        if let Some(over) = self.over_source_limit(*from.ip()) {
            return over;
        }
        self.found.insert(key, vec![Source::Udp]);
        Folded::New {
            server: Server {
                interface,
                announced: (reply.ip != *from.ip()).then_some(reply.ip),
                is_local: ip.is_loopback() || self.local_addrs.contains(&ip),
                ..Server::found(Source::Udp, self.scheme, ip, reply.port, from, rtt)
            },
            announced: reply.ip,
            scheme: self.scheme,
            warning,
        }
    }

    /// `OverLimit` when `source` has already counted for
    /// [`MAX_SERVERS_PER_SOURCE`] servers in this scan (a warning the first
    /// time); otherwise counts one more for it.
    fn over_source_limit(&mut self, source: Ipv4Addr) -> Option<Folded> {
        let verdict = count_within(&mut self.per_source, source, MAX_SERVERS_PER_SOURCE);
        self.over_limit_verdict(verdict, source, MAX_SERVERS_PER_SOURCE)
    }

    /// `OverLimit` (a warning the first time) unless `verdict` is within.
    fn over_limit_verdict(
        &mut self,
        verdict: Within,
        source: Ipv4Addr,
        limit: usize,
    ) -> Option<Folded> {
        match verdict {
            Within::Yes => None,
            Within::FirstOver | Within::Over => {
                self.over_source_limit += 1;
                Some(Folded::OverLimit(
                    (verdict == Within::FirstOver)
                        .then_some(Warning::TooManyFromOneSource { source, limit }),
                ))
            }
        }
    }

    /// Loopback and unspecified name no reachable host, broadcast and
    /// multicast no single one: the sender's address is used instead.
    fn usable_address(
        &mut self,
        announced: Ipv4Addr,
        from: SocketAddrV4,
    ) -> (Ipv4Addr, Option<Warning>) {
        let unusable = announced.is_loopback()
            || announced.is_unspecified()
            || announced.is_broadcast()
            || announced.is_multicast();
        if !unusable || announced == *from.ip() {
            return (announced, None);
        }
        let warning = self
            .warned_unusable
            .insert(from)
            .then_some(Warning::AnnouncedUnusable {
                announced,
                source: from,
            });
        (*from.ip(), warning)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::sa;

    pub(super) fn folder() -> ReplyFolder {
        ReplyFolder::new(&ScanConfig::default(), [Ipv4Addr::new(10, 0, 0, 1)].into())
    }

    pub(super) const RTT: Duration = Duration::from_millis(2);

    #[test]
    fn a_reply_becomes_a_server_then_is_seen_again() {
        let mut f = folder();
        let from = sa("10.0.0.5:9999");
        match f.fold(b"SERVER_IP:10.0.0.5", from, Some("eth0".into()), RTT) {
            Folded::New {
                server,
                announced,
                warning,
                ..
            } => {
                assert_eq!(server.url, "http://10.0.0.5:8000/");
                assert_eq!(server.announced, None);
                assert_eq!(announced, Ipv4Addr::new(10, 0, 0, 5));
                assert_eq!(warning, None);
                assert!(!server.is_local);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            f.fold(b"SERVER_IP:10.0.0.5", from, None, RTT),
            Folded::Again {
                key: (Ipv4Addr::new(10, 0, 0, 5), 8000),
                first_udp: false,
            }
        );
        assert_eq!((f.replies, f.servers()), (2, 1));
    }

    /// A server that announces another usable address than the one it
    /// sent from keeps both, and the interface the reply came in on.
    #[test]
    fn a_new_server_keeps_its_interface_and_the_address_it_announced() {
        let mut f = folder();
        let folded = f.fold(
            b"SERVER_IP:10.0.0.9",
            sa("10.0.0.5:9999"),
            Some("eth1".into()),
            RTT,
        );
        let Folded::New { server, .. } = folded else {
            panic!("{folded:?}")
        };
        assert_eq!(server.interface.as_deref(), Some("eth1"));
        assert_eq!(server.announced, Some(Ipv4Addr::new(10, 0, 0, 9)));
    }

    #[test]
    fn unusable_announcements_become_the_sender_with_one_warning() {
        let mut f = folder();
        let from = sa("10.0.0.7:9999");
        for (n, a) in ["127.0.0.1", "0.0.0.0", "255.255.255.255", "224.0.0.1"]
            .iter()
            .enumerate()
        {
            let folded = f.fold(
                format!("SERVER_IP:{a}:{}", 8000 + n).as_bytes(),
                from,
                None,
                RTT,
            );
            let Folded::New {
                server, warning, ..
            } = folded
            else {
                panic!("{folded:?}")
            };
            assert_eq!(server.ip, Ipv4Addr::new(10, 0, 0, 7));
            assert_eq!(warning.is_some(), n == 0, "{a}");
        }
    }

    #[test]
    fn one_sender_counts_for_at_most_four_servers_and_one_warning() {
        let mut f = folder();
        let from = sa("10.0.0.9:9999");
        let verdicts: Vec<Folded> = (0..7)
            .map(|i| {
                f.fold(
                    format!("SERVER_IP:172.16.0.{i}").as_bytes(),
                    from,
                    None,
                    RTT,
                )
            })
            .collect();
        assert!(verdicts[..4]
            .iter()
            .all(|v| matches!(v, Folded::New { .. })));
        assert_eq!(
            verdicts[4],
            Folded::OverLimit(Some(Warning::TooManyFromOneSource {
                source: Ipv4Addr::new(10, 0, 0, 9),
                limit: MAX_SERVERS_PER_SOURCE,
            }))
        );
        assert_eq!(verdicts[5], Folded::OverLimit(None));
        assert_eq!((f.servers(), f.over_source_limit), (4, 3));
    }

    #[test]
    fn invalid_replies_are_warned_about_ten_times_then_counted() {
        let mut f = folder();
        let from = sa("10.0.0.3:9999");
        let warned = (0..15)
            .filter(|_| matches!(f.fold(b"junk", from, None, RTT), Folded::Invalid(Some(_))))
            .count();
        assert_eq!(warned, 11, "10 replies and one 'more are counted'");
        assert_eq!(f.invalid, 15);
    }

    #[test]
    fn a_reply_from_port_0_is_invalid() {
        let mut f = folder();
        let folded = f.fold(b"SERVER_IP:10.0.0.8", sa("10.0.0.8:0"), None, RTT);
        assert!(matches!(
            folded,
            Folded::Invalid(Some(Warning::InvalidReply { ref reason, .. })) if reason == "comes from UDP port 0"
        ));
        assert_eq!(f.servers(), 0);
    }

    #[test]
    fn our_own_address_is_this_computer() {
        let mut f = folder();
        let folded = f.fold(b"SERVER_IP:10.0.0.1", sa("10.0.0.1:9999"), None, RTT);
        assert!(matches!(folded, Folded::New { server, .. } if server.is_local));
    }
}
