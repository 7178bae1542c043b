//! The DNS-SD source: browses `_http._tcp` and `_https._tcp` over mDNS
//! (through the `mdns-sd` crate's daemon thread) and hands out what was
//! announced. I/O only; which announcements become servers is decided by
//! the pure [`crate::discovery::fold`].

use std::net::{IpAddr, Ipv4Addr};

use mdns_sd::{IfKind, ServiceDaemon, ServiceEvent};

use crate::protocol::Scheme;

/// The service types browsed, with the scheme each is opened with.
pub const SERVICE_TYPES: [(&str, Scheme); 2] = [
    ("_http._tcp.local.", Scheme::Http),
    ("_https._tcp.local.", Scheme::Https),
];

/// One resolved announcement: an instance of a web service type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    /// The instance name as announced ("Inventory · Lab 3"), unchecked:
    /// shown as text, never put in a URL.
    pub instance: String,
    /// `Http` for `_http._tcp`, `Https` for `_https._tcp`.
    pub scheme: Scheme,
    /// The IPv4 addresses its host announced.
    pub addrs: Vec<Ipv4Addr>,
    /// The TCP port from its SRV record.
    pub port: u16,
}

/// A running browse; dropping it stops the daemon.
pub struct DnsSdBrowser {
    daemon: ServiceDaemon,
    events: Vec<(mdns_sd::Receiver<ServiceEvent>, Scheme)>,
}

impl DnsSdBrowser {
    /// Starts browsing on the IPv4 interfaces (only `include` when it is
    /// not empty, never `exclude`).
    pub fn start(include: &[String], exclude: &[String]) -> Result<DnsSdBrowser, String> {
        let daemon = ServiceDaemon::new().map_err(|e| e.to_string())?;
        let mut off = vec![IfKind::IPv6, IfKind::LoopbackV4, IfKind::LoopbackV6];
        if !include.is_empty() {
            off.push(IfKind::All);
        }
        off.extend(exclude.iter().cloned().map(IfKind::Name));
        let configured = daemon
            .disable_interface(off)
            .and_then(|()| {
                let names: Vec<IfKind> = include.iter().cloned().map(IfKind::Name).collect();
                if names.is_empty() {
                    Ok(())
                } else {
                    daemon.enable_interface(names)
                }
            })
            .map_err(|e| e.to_string());
        let events = configured.and_then(|()| {
            SERVICE_TYPES
                .iter()
                .map(|(ty, scheme)| {
                    daemon
                        .browse(ty)
                        .map(|rx| (rx, *scheme))
                        .map_err(|e| e.to_string())
                })
                .collect::<Result<Vec<_>, String>>()
        });
        match events {
            Ok(events) => Ok(DnsSdBrowser { daemon, events }),
            Err(e) => {
                let _ = daemon.shutdown();
                Err(e)
            }
        }
    }

    /// Announcements resolved since the last call (never blocks).
    pub fn poll(&self) -> Vec<Announcement> {
        let mut out = Vec::new();
        for (rx, scheme) in &self.events {
            while let Ok(event) = rx.try_recv() {
                if let ServiceEvent::ServiceResolved(s) = event {
                    out.push(Announcement {
                        instance: instance_name(&s.fullname, &s.ty_domain),
                        scheme: *scheme,
                        addrs: s
                            .addresses
                            .iter()
                            .filter_map(|a| match a.to_ip_addr() {
                                IpAddr::V4(v4) => Some(v4),
                                IpAddr::V6(_) => None,
                            })
                            .collect(),
                        port: s.port,
                    });
                }
            }
        }
        out
    }
}

impl Drop for DnsSdBrowser {
    fn drop(&mut self) {
        // The daemon thread ends on its own once told; nothing to wait for.
        let _ = self.daemon.shutdown();
    }
}

/// "Inventory._http._tcp.local." → "Inventory" (the instance label, which
/// DNS-SD lets hold dots and any UTF-8).
fn instance_name(fullname: &str, ty_domain: &str) -> String {
    fullname
        .strip_suffix(ty_domain)
        .map(|s| s.strip_suffix('.').unwrap_or(s))
        .unwrap_or(fullname)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instance_is_the_full_name_without_its_type() {
        let cases = [
            (
                "Inventory._http._tcp.local.",
                "_http._tcp.local.",
                "Inventory",
            ),
            (
                "Lab 3 v1.2._https._tcp.local.",
                "_https._tcp.local.",
                "Lab 3 v1.2",
            ),
            ("odd", "_http._tcp.local.", "odd"),
        ];
        for (full, ty, expected) in cases {
            assert_eq!(instance_name(full, ty), expected);
        }
    }
}
