//! User-given probe targets: `host`, `host:port`, `a.b.c.d/nn`.

use std::fmt;
use std::net::{Ipv4Addr, SocketAddrV4, ToSocketAddrs};
use std::str::FromStr;

use ipnet::Ipv4Net;

/// The widest range a target or a sweep may cover (a /16: 65 536 addresses).
pub const MAX_SWEEP_PREFIX: u8 = 16;

/// Something to send unicast probes to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// One IPv4 address, optionally on another discovery port.
    Addr(Ipv4Addr, Option<u16>),
    /// A host name, resolved (IPv4 only) when a scan starts.
    Name(String, Option<u16>),
    /// Every host address of an IPv4 network.
    Range(Ipv4Net),
}

/// Why a target was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    /// Empty text.
    #[error("empty target")]
    Empty,
    /// The port after `:` is not 1..=65535.
    #[error("{0:?} is not a port (1-65535)")]
    BadPort(String),
    /// Not a valid CIDR range.
    #[error("{0:?} is not an IPv4 range like 192.168.1.0/24")]
    BadRange(String),
    /// A range wider than [`MAX_SWEEP_PREFIX`].
    #[error("{range} has {count} addresses; ranges can be at most /{MAX_SWEEP_PREFIX} (65536 addresses)")]
    RangeTooWide {
        /// The range as typed.
        range: String,
        /// How many addresses it holds.
        count: u64,
    },
    /// Neither an IPv4 address nor a host name.
    #[error("{0:?} is not an IPv4 address or host name")]
    BadHost(String),
}

impl FromStr for Target {
    type Err = TargetError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        if text.is_empty() {
            return Err(TargetError::Empty);
        }
        if text.contains('/') {
            let net: Ipv4Net = text
                .parse()
                .map_err(|_| TargetError::BadRange(text.to_string()))?;
            if net.prefix_len() < MAX_SWEEP_PREFIX {
                return Err(TargetError::RangeTooWide {
                    range: text.to_string(),
                    count: 1u64 << (32 - u32::from(net.prefix_len())),
                });
            }
            return Ok(Target::Range(net.trunc()));
        }
        let (host, port) = match text.rsplit_once(':') {
            Some((host, port)) => {
                let p = port
                    .parse::<u16>()
                    .ok()
                    .filter(|p| *p != 0 && port.bytes().all(|b| b.is_ascii_digit()))
                    .ok_or_else(|| TargetError::BadPort(port.to_string()))?;
                (host, Some(p))
            }
            None => (text, None),
        };
        if let Ok(ip) = host.parse::<Ipv4Addr>() {
            return Ok(Target::Addr(ip, port));
        }
        let looks_numeric = host.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        let valid_name = !host.is_empty()
            && host.len() <= 253
            && !looks_numeric
            && host.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        if valid_name {
            Ok(Target::Name(host.to_ascii_lowercase(), port))
        } else {
            Err(TargetError::BadHost(host.to_string()))
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Addr(ip, None) => write!(f, "{ip}"),
            Target::Addr(ip, Some(p)) => write!(f, "{ip}:{p}"),
            Target::Name(n, None) => write!(f, "{n}"),
            Target::Name(n, Some(p)) => write!(f, "{n}:{p}"),
            Target::Range(net) => write!(f, "{net}"),
        }
    }
}

impl Target {
    /// The probe destinations, with `default_port` where none was given.
    /// Host names are resolved here (this may block on DNS).
    pub fn resolve(&self, default_port: u16) -> std::io::Result<Vec<SocketAddrV4>> {
        match self {
            Target::Addr(ip, port) => {
                Ok(vec![SocketAddrV4::new(*ip, port.unwrap_or(default_port))])
            }
            Target::Range(net) => Ok(net
                .hosts()
                .map(|ip| SocketAddrV4::new(ip, default_port))
                .collect()),
            Target::Name(name, port) => {
                let port = port.unwrap_or(default_port);
                let addrs: Vec<SocketAddrV4> = (name.as_str(), port)
                    .to_socket_addrs()?
                    .filter_map(|a| match a {
                        std::net::SocketAddr::V4(v4) => Some(v4),
                        std::net::SocketAddr::V6(_) => None,
                    })
                    .take(1)
                    .collect();
                if addrs.is_empty() {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        format!("{name} has no IPv4 address"),
                    ));
                }
                Ok(addrs)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Result<Target, TargetError> {
        s.parse()
    }

    #[test]
    fn parses_hosts_ports_and_ranges() {
        assert_eq!(
            t("10.0.0.5"),
            Ok(Target::Addr(Ipv4Addr::new(10, 0, 0, 5), None))
        );
        assert_eq!(
            t(" 10.0.0.5:9998 "),
            Ok(Target::Addr(Ipv4Addr::new(10, 0, 0, 5), Some(9998)))
        );
        assert_eq!(t("nas.local"), Ok(Target::Name("nas.local".into(), None)));
        assert_eq!(t("NAS:7000"), Ok(Target::Name("nas".into(), Some(7000))));
        assert_eq!(
            t("10.0.1.77/24").map(|t| t.to_string()),
            Ok("10.0.1.0/24".into())
        );
    }

    #[test]
    fn refuses_bad_targets_with_reason() {
        assert_eq!(t(""), Err(TargetError::Empty));
        assert!(matches!(t("10.0.0.1:0"), Err(TargetError::BadPort(_))));
        assert!(matches!(t("10.0.0.1:70000"), Err(TargetError::BadPort(_))));
        assert!(matches!(t("10.0.0.1:+80"), Err(TargetError::BadPort(_))));
        assert!(matches!(t("10.0.0.0/33"), Err(TargetError::BadRange(_))));
        assert!(matches!(
            t("10.0.0.0/8"),
            Err(TargetError::RangeTooWide {
                count: 16777216,
                ..
            })
        ));
        assert!(matches!(t("300.1.1.1"), Err(TargetError::BadHost(_))));
        assert!(matches!(t("a b"), Err(TargetError::BadHost(_))));
        assert!(matches!(t("-x.lan"), Err(TargetError::BadHost(_))));
        let msg = t("10.0.0.0/8")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(msg.contains("/16"), "{msg}");
    }

    #[test]
    fn range_hosts_skip_network_and_broadcast() {
        let net: Ipv4Net = "192.168.5.0/30".parse().expect("net");
        let v: Vec<String> = net.hosts().map(|a| a.to_string()).collect();
        assert_eq!(v, ["192.168.5.1", "192.168.5.2"]);
        let net32: Ipv4Net = "192.168.5.9/32".parse().expect("net");
        assert_eq!(net32.hosts().count(), 1);
        let wide = t("10.0.0.0/16").expect("target");
        let resolved = wide.resolve(9999).unwrap_or_default();
        assert_eq!(resolved.len(), 65534);
    }

    #[test]
    fn resolve_uses_default_port() {
        let addrs = t("10.0.0.0/30").map(|t| t.resolve(9999).unwrap_or_default());
        assert_eq!(
            addrs.map(|v| v.iter().map(|a| a.to_string()).collect::<Vec<_>>()),
            Ok(vec![
                "10.0.0.1:9999".to_string(),
                "10.0.0.2:9999".to_string()
            ])
        );
    }
}
