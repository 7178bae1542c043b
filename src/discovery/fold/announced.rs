//! Folding DNS-SD announcements into the same servers as UDP replies:
//! only addresses on the scan's links, merged with a UDP row of the same
//! address and port, bounded per address and per scan. Pure.

use std::net::SocketAddrV4;
use std::time::Duration;

use super::{count_within, Folded, ReplyFolder};
use crate::details::text::{display_text, MAX_NAME_CHARS};
use crate::discovery::{Server, Source, Warning};
use crate::net::dns_sd::Announcement;
use crate::net::Interface;

/// Servers DNS-SD may add to one scan: announcements carry no sender, so
/// besides the per-address limit this bounds what one host on the link can
/// make LanScout list and look up.
pub const MAX_ANNOUNCED_SERVERS: usize = 256;

/// Web services one address may announce in a scan: a NAS or a printer
/// announces several (admin page, https, media server), not hundreds.
pub const MAX_ANNOUNCED_PER_ADDRESS: usize = 16;

impl ReplyFolder {
    /// Folds one DNS-SD announcement: a server per announced address that
    /// lies in the subnet of an interface the scan uses (mDNS is link-local:
    /// an address elsewhere is forged, and LanScout must not connect to
    /// whatever a neighbour names). `Again` when UDP found it already.
    pub fn fold_announcement(&mut self, a: &Announcement, used: &[Interface]) -> Vec<Folded> {
        let name = display_text(&a.instance, MAX_NAME_CHARS);
        let mut out = Vec::new();
        for &ip in &a.addrs {
            let on_link = used.iter().any(|i| i.contains(ip) && ip != i.broadcast);
            if a.port == 0 || !on_link || ip.is_multicast() || ip.is_unspecified() {
                continue;
            }
            let key = (ip, a.port);
            if let Some(sources) = self.found.get_mut(&key) {
                if !sources.contains(&Source::DnsSd) {
                    sources.push(Source::DnsSd);
                    out.push(Folded::Announced {
                        key,
                        service_name: name.clone(),
                    });
                }
                continue;
            }
            if self.announced >= MAX_ANNOUNCED_SERVERS {
                self.over_source_limit += 1;
                let first = self.announced == MAX_ANNOUNCED_SERVERS;
                self.announced += usize::from(first);
                out.push(Folded::OverLimit(first.then_some(
                    Warning::TooManyAnnounced {
                        limit: MAX_ANNOUNCED_SERVERS,
                    },
                )));
                continue;
            }
            let verdict = count_within(
                &mut self.per_announced_address,
                ip,
                MAX_ANNOUNCED_PER_ADDRESS,
            );
            if let Some(over) = self.over_limit_verdict(verdict, ip, MAX_ANNOUNCED_PER_ADDRESS) {
                out.push(over);
                continue;
            }
            self.announced += 1;
            self.found.insert(key, vec![Source::DnsSd]);
            out.push(Folded::New {
                server: Server {
                    interface: used
                        .iter()
                        .filter(|i| i.contains(ip))
                        .max_by_key(|i| i.prefix_len)
                        .map(|i| i.name.clone()),
                    is_local: self.local_addrs.contains(&ip),
                    service_name: name.clone(),
                    ..Server::found(
                        Source::DnsSd,
                        a.scheme,
                        ip,
                        a.port,
                        SocketAddrV4::new(ip, a.port),
                        Duration::ZERO,
                    )
                },
                announced: ip,
                scheme: a.scheme,
                warning: None,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;

    use super::super::tests::{folder, RTT};
    use super::*;
    use crate::protocol::Scheme;
    use crate::test_fixtures::sa;

    fn lan() -> Vec<Interface> {
        vec![Interface {
            name: "lan0".into(),
            index: Some(2),
            addr: Ipv4Addr::new(10, 0, 0, 1),
            netmask: Ipv4Addr::new(255, 255, 255, 0),
            prefix_len: 24,
            broadcast: Ipv4Addr::new(10, 0, 0, 255),
            is_up: true,
            is_loopback: false,
            is_virtual: false,
        }]
    }

    fn announcement(addrs: &[&str], port: u16) -> Announcement {
        Announcement {
            instance: "Inventory\u{7}  Lab 3".into(),
            scheme: Scheme::Https,
            addrs: addrs.iter().filter_map(|a| a.parse().ok()).collect(),
            port,
        }
    }

    #[test]
    fn announced_servers_on_the_link_are_kept_and_merged_with_udp() {
        let mut f = folder();
        let got = f.fold_announcement(&announcement(&["10.0.0.5"], 8443), &lan());
        let [Folded::New { server, .. }] = &got[..] else {
            panic!("{got:?}")
        };
        assert_eq!(server.url, "https://10.0.0.5:8443/");
        assert_eq!(server.found_by, Source::DnsSd);
        assert_eq!(server.service_name.as_deref(), Some("Inventory Lab 3"));
        assert_eq!(server.interface.as_deref(), Some("lan0"));
        // The same address and port over UDP: one row, UDP added once.
        let udp = |f: &mut ReplyFolder| {
            f.fold(b"SERVER_IP:10.0.0.5:8443", sa("10.0.0.5:9999"), None, RTT)
        };
        let key = (Ipv4Addr::new(10, 0, 0, 5), 8443);
        assert_eq!(
            udp(&mut f),
            Folded::Again {
                key,
                first_udp: true
            }
        );
        assert_eq!(
            udp(&mut f),
            Folded::Again {
                key,
                first_udp: false
            }
        );
        // UDP first, then DNS-SD: announced once.
        f.fold(b"SERVER_IP:10.0.0.6", sa("10.0.0.6:9999"), None, RTT);
        let again = announcement(&["10.0.0.6"], 8000);
        let key6 = (Ipv4Addr::new(10, 0, 0, 6), 8000);
        assert_eq!(
            f.fold_announcement(&again, &lan()),
            [Folded::Announced {
                key: key6,
                service_name: Some("Inventory Lab 3".into())
            }]
        );
        assert_eq!(f.fold_announcement(&again, &lan()), []);
        assert_eq!(f.servers(), 2);
    }

    #[test]
    fn announced_addresses_off_the_link_are_ignored() {
        let mut f = folder();
        let cases: [(&[&str], u16); 6] = [
            (&["192.0.2.7"], 80),   // another network: a forged pointer
            (&["10.0.0.255"], 80),  // the subnet's broadcast
            (&["224.0.0.251"], 80), // multicast
            (&["0.0.0.0"], 80),
            (&["127.0.0.1"], 80),
            (&["10.0.0.9"], 0), // no port
        ];
        for (addrs, port) in cases {
            assert_eq!(
                f.fold_announcement(&announcement(addrs, port), &lan()),
                [],
                "{addrs:?}:{port}"
            );
        }
        let two = f.fold_announcement(&announcement(&["192.0.2.7", "10.0.0.9"], 80), &lan());
        assert_eq!(two.len(), 1, "only the on-link address: {two:?}");
    }

    #[test]
    fn announcements_are_bounded_per_address_and_per_scan() {
        let mut f = folder();
        let per_host: Vec<Folded> = (8000..8000 + MAX_ANNOUNCED_PER_ADDRESS as u16 + 3)
            .flat_map(|port| f.fold_announcement(&announcement(&["10.0.0.5"], port), &lan()))
            .collect();
        let new = per_host
            .iter()
            .filter(|v| matches!(v, Folded::New { .. }))
            .count();
        assert_eq!(new, MAX_ANNOUNCED_PER_ADDRESS);
        assert_eq!(
            per_host[MAX_ANNOUNCED_PER_ADDRESS],
            Folded::OverLimit(Some(Warning::TooManyFromOneSource {
                source: Ipv4Addr::new(10, 0, 0, 5),
                limit: MAX_ANNOUNCED_PER_ADDRESS,
            }))
        );
        // A flood of addresses (a /16 link): the first 256 servers only, one warning.
        let mut wide = lan();
        wide[0].netmask = Ipv4Addr::new(255, 255, 0, 0);
        wide[0].prefix_len = 16;
        wide[0].broadcast = Ipv4Addr::new(10, 0, 255, 255);
        let mut f = folder();
        let verdicts: Vec<Folded> = (0..400u32)
            .map(|i| Ipv4Addr::from(u32::from(Ipv4Addr::new(10, 0, 1, 0)) + i).to_string())
            .flat_map(|a| f.fold_announcement(&announcement(&[a.as_str()], 80), &wide))
            .collect();
        let listed = verdicts
            .iter()
            .filter(|v| matches!(v, Folded::New { .. }))
            .count();
        let warned = verdicts
            .iter()
            .filter(|v| matches!(v, Folded::OverLimit(Some(Warning::TooManyAnnounced { .. }))))
            .count();
        assert_eq!(
            (listed, warned, f.servers()),
            (MAX_ANNOUNCED_SERVERS, 1, MAX_ANNOUNCED_SERVERS)
        );
    }
}
