//! IPv4 interfaces and the stock client's selection rule.

use std::fmt;
use std::net::Ipv4Addr;

use serde::Serialize;

/// One IPv4 address of one network interface. Serialised as one line of
/// `lanscout interfaces --json` (with [`InterfaceChoice`]'s two fields):
/// the JSON names are the stable ones scripts read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Interface {
    /// The interface name, as the OS spells it (`eth0`, `wlan0`, `docker0`).
    pub name: String,
    /// The OS interface index, where known.
    #[serde(skip)]
    pub index: Option<u32>,
    /// The IPv4 address on this interface.
    #[serde(rename = "address")]
    pub addr: Ipv4Addr,
    /// The netmask of that address.
    pub netmask: Ipv4Addr,
    /// Prefix length of the netmask.
    pub prefix_len: u8,
    /// The directed broadcast address: the kernel's when it has one,
    /// otherwise computed from address and netmask (as the stock client does).
    pub broadcast: Ipv4Addr,
    /// Whether the interface is operationally up.
    #[serde(rename = "up")]
    pub is_up: bool,
    /// Whether the address is in 127.0.0.0/8.
    #[serde(rename = "loopback")]
    pub is_loopback: bool,
    /// Best-effort guess that this is a virtual interface (docker, veth,
    /// VirtualBox, VMware, tun/tap, WireGuard, bridges), from its name.
    #[serde(rename = "virtual")]
    pub is_virtual: bool,
}

impl Interface {
    /// Builds an interface record, computing the broadcast address when the
    /// kernel gave none.
    pub fn new(name: &str, addr: Ipv4Addr, netmask: Ipv4Addr, broadcast: Option<Ipv4Addr>) -> Self {
        let prefix_len = u32::from(netmask).leading_ones() as u8;
        Interface {
            name: name.to_string(),
            index: None,
            addr,
            netmask,
            prefix_len,
            broadcast: kernel_broadcast_or_computed(addr, prefix_len, broadcast),
            is_up: true,
            is_loopback: addr.is_loopback(),
            is_virtual: looks_virtual(name),
        }
    }

    /// The network this address belongs to.
    pub fn network(&self) -> ipnet::Ipv4Net {
        ipnet::Ipv4Net::new(self.addr, self.prefix_len)
            .map(|n| n.trunc())
            .unwrap_or_else(|_| ipnet::Ipv4Net::from(self.addr))
    }

    /// Whether `ip` is on this interface's subnet.
    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        self.network().contains(&ip)
    }
}

/// The directed broadcast address of `addr/prefix_len` (for /31 and /32
/// this is the last address of the block, as Python's `ipaddress` computes).
pub fn directed_broadcast(addr: Ipv4Addr, prefix_len: u8) -> Ipv4Addr {
    ipnet::Ipv4Net::new(addr, prefix_len.min(32))
        .map(|net| net.broadcast())
        .unwrap_or(Ipv4Addr::BROADCAST)
}

/// The kernel's broadcast address when it is a plausible one; otherwise
/// (none set, or getifaddrs echoing the address itself, as it does for an
/// address added without `brd`) the directed broadcast computed from the
/// prefix, as the stock client computes it.
fn kernel_broadcast_or_computed(
    addr: Ipv4Addr,
    prefix_len: u8,
    kernel: Option<Ipv4Addr>,
) -> Ipv4Addr {
    let computed = directed_broadcast(addr, prefix_len);
    match kernel {
        Some(b) if prefix_len < 31 && b != addr && !b.is_unspecified() => b,
        _ => computed,
    }
}

/// Name patterns of virtual interfaces (best effort, for display only).
fn looks_virtual(name: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "docker",
        "veth",
        "br-",
        "virbr",
        "vbox",
        "vboxnet",
        "vmnet",
        "tun",
        "tap",
        "wg",
        "utun",
        "zt",
        "tailscale",
        "lxc",
        "lxd",
        "cni",
        "flannel",
        "podman",
        "vnet",
    ];
    let lower = name.to_ascii_lowercase();
    PREFIXES.iter().any(|p| lower.starts_with(p))
        || ["virtual", "vmware", "hyper-v", "virtualbox"]
            .iter()
            .any(|w| lower.contains(w))
}

/// Lists the machine's IPv4 interface addresses (one entry per address).
pub fn list_interfaces() -> std::io::Result<Vec<Interface>> {
    if crate::fault::failing("interfaces") {
        return Err(std::io::Error::other(
            "injected interface-listing error (test hook)",
        ));
    }
    let mut out = Vec::new();
    for iface in if_addrs::get_if_addrs()? {
        if let if_addrs::IfAddr::V4(v4) = &iface.addr {
            let mut rec = Interface::new(&iface.name, v4.ip, v4.netmask, v4.broadcast);
            rec.index = iface.index;
            rec.is_up = !matches!(
                iface.oper_status,
                if_addrs::IfOperStatus::Down
                    | if_addrs::IfOperStatus::NotPresent
                    | if_addrs::IfOperStatus::LowerLayerDown
            );
            out.push(rec);
        }
    }
    Ok(out)
}

/// Why an interface is not used by a scan. Serialised as its [`name`](Self::name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// 127.0.0.0/8 is never probed by broadcast (as the stock client).
    Loopback,
    /// Not in the include list while one is set.
    NotIncluded,
    /// In the exclude list.
    Excluded,
    /// The interface is down.
    Down,
}

impl SkipReason {
    /// Its name in `lanscout interfaces` (text and JSON): stable for
    /// scripts, whatever the window says (its words are the catalogue's).
    pub fn name(self) -> &'static str {
        match self {
            SkipReason::Loopback => "loopback address",
            SkipReason::NotIncluded => "not in the interface list",
            SkipReason::Excluded => "excluded",
            SkipReason::Down => "interface is down",
        }
    }
}

impl Serialize for SkipReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::tr!(match self {
            SkipReason::Loopback => crate::msg!("skip-loopback"),
            SkipReason::NotIncluded => crate::msg!("skip-not-included"),
            SkipReason::Excluded => crate::msg!("skip-excluded"),
            SkipReason::Down => crate::msg!("skip-down"),
        }))
    }
}

/// An interface and whether a scan uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterfaceChoice {
    /// The interface address.
    pub interface: Interface,
    /// `None` when used; the reason otherwise.
    pub skipped: Option<SkipReason>,
}

impl Serialize for InterfaceChoice {
    /// The interface's fields, then `used` and `skipped` (one JSON object,
    /// as `lanscout interfaces --json` prints it).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Line<'a> {
            #[serde(flatten)]
            interface: &'a Interface,
            used: bool,
            skipped: Option<SkipReason>,
        }
        Line {
            interface: &self.interface,
            used: self.skipped.is_none(),
            skipped: self.skipped,
        }
        .serialize(serializer)
    }
}

/// The stock selection rule: every non-127/8 IPv4 address; when `include` is
/// non-empty only those exact names; then minus the exact names in
/// `exclude`. LanScout also skips interfaces that are down.
pub fn select_interfaces(
    all: &[Interface],
    include: &[String],
    exclude: &[String],
) -> Vec<InterfaceChoice> {
    all.iter()
        .map(|iface| {
            let skipped = if iface.is_loopback {
                Some(SkipReason::Loopback)
            } else if !include.is_empty() && !include.contains(&iface.name) {
                Some(SkipReason::NotIncluded)
            } else if exclude.contains(&iface.name) {
                Some(SkipReason::Excluded)
            } else if !iface.is_up {
                Some(SkipReason::Down)
            } else {
                None
            };
            InterfaceChoice {
                interface: iface.clone(),
                skipped,
            }
        })
        .collect()
}

/// The interface whose subnet holds `ip`, preferring the longest prefix;
/// loopback sources map to the loopback interface.
pub fn interface_for_source(all: &[Interface], ip: Ipv4Addr) -> Option<&Interface> {
    all.iter()
        .filter(|i| i.contains(ip) || (ip.is_loopback() && i.is_loopback))
        .max_by_key(|i| i.prefix_len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Ipv4Addr {
        s.parse().expect("test address")
    }

    /// One line of `lanscout interfaces --json`: the names scripts read.
    #[test]
    fn a_choice_serialises_as_one_json_line_with_stable_names() {
        let eth = Interface::new("eth0", ip("192.168.1.20"), ip("255.255.255.0"), None);
        let used = InterfaceChoice {
            interface: eth.clone(),
            skipped: None,
        };
        assert_eq!(
            serde_json::to_string(&used).expect("json"),
            r#"{"name":"eth0","address":"192.168.1.20","netmask":"255.255.255.0","prefix_len":24,"broadcast":"192.168.1.255","up":true,"loopback":false,"virtual":false,"used":true,"skipped":null}"#
        );
        for (reason, said) in [
            (SkipReason::Loopback, "loopback address"),
            (SkipReason::NotIncluded, "not in the interface list"),
            (SkipReason::Excluded, "excluded"),
            (SkipReason::Down, "interface is down"),
        ] {
            let skipped = InterfaceChoice {
                interface: eth.clone(),
                skipped: Some(reason),
            };
            let line: serde_json::Value =
                serde_json::from_str(&serde_json::to_string(&skipped).expect("json"))
                    .expect("parse");
            assert_eq!(line["used"], false, "{reason:?}");
            assert_eq!(line["skipped"], said, "{reason:?}");
        }
    }

    #[test]
    fn broadcast_for_every_prefix() {
        let a = ip("10.20.30.40");
        assert_eq!(directed_broadcast(a, 8), ip("10.255.255.255"));
        assert_eq!(directed_broadcast(a, 12), ip("10.31.255.255"));
        assert_eq!(directed_broadcast(a, 16), ip("10.20.255.255"));
        assert_eq!(directed_broadcast(a, 20), ip("10.20.31.255"));
        assert_eq!(directed_broadcast(a, 24), ip("10.20.30.255"));
        assert_eq!(directed_broadcast(a, 25), ip("10.20.30.127"));
        assert_eq!(directed_broadcast(a, 30), ip("10.20.30.43"));
        assert_eq!(directed_broadcast(a, 31), ip("10.20.30.41"));
        assert_eq!(directed_broadcast(a, 32), ip("10.20.30.40"));
        assert_eq!(directed_broadcast(a, 0), ip("255.255.255.255"));
        for p in 8..=32u8 {
            let net = ipnet::Ipv4Net::new(a, p).expect("valid prefix");
            assert_eq!(directed_broadcast(a, p), net.broadcast(), "/{p}");
        }
    }

    #[test]
    fn computed_broadcast_when_kernel_gives_none() {
        let i = Interface::new("eth0", ip("192.168.1.7"), ip("255.255.255.0"), None);
        assert_eq!((i.prefix_len, i.broadcast), (24, ip("192.168.1.255")));
        let k = Interface::new(
            "eth0",
            ip("192.168.1.7"),
            ip("255.255.255.0"),
            Some(ip("192.168.1.255")),
        );
        assert_eq!(k.broadcast, ip("192.168.1.255"));
        let echoed = Interface::new(
            "eth0",
            ip("10.0.0.1"),
            ip("255.255.255.0"),
            Some(ip("10.0.0.1")),
        );
        assert_eq!(
            echoed.broadcast,
            ip("10.0.0.255"),
            "an address without brd echoes itself"
        );
        assert!(i.contains(ip("192.168.1.200")) && !i.contains(ip("192.168.2.1")));
    }

    #[test]
    fn virtual_names() {
        for n in [
            "docker0", "veth12ab", "br-1234", "vboxnet0", "vmnet8", "tun0", "tap1", "wg0", "virbr0",
        ] {
            assert!(looks_virtual(n), "{n}");
        }
        for n in ["eth0", "wlan0", "enp3s0", "lo", "wlp2s0"] {
            assert!(!looks_virtual(n), "{n}");
        }
    }

    #[test]
    fn stock_selection_rule() {
        let all = vec![
            Interface::new("lo", ip("127.0.0.1"), ip("255.0.0.0"), None),
            Interface::new("eth0", ip("10.0.0.2"), ip("255.255.255.0"), None),
            Interface::new("Eth1", ip("10.0.1.2"), ip("255.255.255.0"), None),
            Interface::new("docker0", ip("172.17.0.1"), ip("255.255.0.0"), None),
        ];
        let used = |inc: &[&str], exc: &[&str]| -> Vec<String> {
            let inc: Vec<String> = inc.iter().map(|s| s.to_string()).collect();
            let exc: Vec<String> = exc.iter().map(|s| s.to_string()).collect();
            select_interfaces(&all, &inc, &exc)
                .into_iter()
                .filter(|c| c.skipped.is_none())
                .map(|c| c.interface.name)
                .collect()
        };
        assert_eq!(used(&[], &[]), ["eth0", "Eth1", "docker0"]);
        assert_eq!(
            used(&["eth1"], &[]),
            Vec::<String>::new(),
            "names are case-sensitive"
        );
        assert_eq!(used(&["eth0", "Eth1"], &["Eth1"]), ["eth0"]);
        assert_eq!(used(&[], &["docker0"]), ["eth0", "Eth1"]);
        assert_eq!(
            used(&["lo"], &[]),
            Vec::<String>::new(),
            "loopback never broadcast"
        );
        let reasons: Vec<_> = select_interfaces(&all, &["eth0".into()], &[])
            .into_iter()
            .map(|c| c.skipped)
            .collect();
        assert_eq!(
            reasons,
            [
                Some(SkipReason::Loopback),
                None,
                Some(SkipReason::NotIncluded),
                Some(SkipReason::NotIncluded)
            ]
        );
    }

    #[test]
    fn source_maps_to_longest_prefix() {
        let all = vec![
            Interface::new("lo", ip("127.0.0.1"), ip("255.0.0.0"), None),
            Interface::new("wide", ip("10.0.0.2"), ip("255.0.0.0"), None),
            Interface::new("narrow", ip("10.1.0.2"), ip("255.255.0.0"), None),
        ];
        let name = |s| interface_for_source(&all, ip(s)).map(|i| i.name.clone());
        assert_eq!(name("10.1.2.3").as_deref(), Some("narrow"));
        assert_eq!(name("10.2.2.3").as_deref(), Some("wide"));
        assert_eq!(name("127.0.0.1").as_deref(), Some("lo"));
        assert_eq!(name("192.168.0.1"), None);
    }
}
