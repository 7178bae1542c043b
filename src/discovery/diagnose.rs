//! Why a scan found what it found, in plain words: one function from a
//! finished scan's numbers to findings, used by the window's empty state
//! and by `lanscout scan` (always with `--explain`, else when nothing was
//! found). Pure.

use super::{ScanStats, TARGETS_LABEL};
use crate::net::InterfaceChoice;

/// The findings for a finished scan over `interfaces` on discovery `port`.
pub fn diagnose(interfaces: &[InterfaceChoice], stats: &ScanStats, port: u16) -> Vec<String> {
    // The one finding that says exactly what is wrong comes first.
    let mut out: Vec<String> = stats.replies_dropped.iter().map(|d| d.text()).collect();
    out.extend(
        interfaces
            .iter()
            .filter(|c| c.skipped.is_none())
            .map(|c| interface_finding(c, stats)),
    );
    out.extend(stats.fallback.iter().map(|r| r.summary()));
    if let Some(t) = stats.per_interface.iter().find(|s| s.name == TARGETS_LABEL) {
        if t.probes_sent + t.send_errors > 0 {
            out.push(format!(
                "Favourites and extra targets: {} probes sent, {}.",
                t.probes_sent,
                outcome(t.replies, t.invalid, "nothing came back")
            ));
        }
    }
    let skipped: Vec<String> = interfaces
        .iter()
        .filter_map(|c| c.skipped.map(|r| format!("{} ({r})", c.interface.name)))
        .collect();
    if !skipped.is_empty() {
        out.push(format!("Not used: {}.", skipped.join(", ")));
    }
    if stats.probes_sent == 0 {
        out.push(
            "No probe went out: no usable network interface and no extra target. Check the interface filters (Settings, or -i / --exclude-interface).".into(),
        );
    }
    if stats.invalid > 0 {
        out.push(format!(
            "{} replies were not discovery replies: check the message and response prefix.",
            stats.invalid
        ));
    }
    if stats.replies_dropped.is_none() {
        let asked_all = stats.fallback.iter().any(|r| r.found == 0);
        out.push(if asked_all {
            format!(
                "Nothing answered even when asked one by one: no computer there runs the discovery listener on UDP port {port}, or its firewall blocks requests to it."
            )
        } else {
            format!("A firewall on this computer or on the servers may block UDP port {port}.")
        });
    }
    out.push(
        "Servers behind a router do not hear broadcasts: a subnet sweep or an extra target (e.g. 192.168.1.0/24) reaches them.".into(),
    );
    out
}

fn interface_finding(choice: &InterfaceChoice, stats: &ScanStats) -> String {
    let i = &choice.interface;
    let st = stats.per_interface.iter().find(|s| s.name == i.name);
    let (sent, errors, replies, invalid) = st
        .map(|s| (s.probes_sent, s.send_errors, s.replies, s.invalid))
        .unwrap_or_default();
    let what = if sent == 0 && errors > 0 {
        "the probe could not be sent".to_string()
    } else if sent == 0 {
        "no probe was sent".to_string()
    } else {
        outcome(replies, invalid, "the probe went out; nothing came back")
    };
    let mut f = format!("{} ({}/{}): {what}.", i.name, i.addr, i.prefix_len);
    if i.prefix_len < 24 {
        f.push_str(&format!(
            " Its subnet {} is wider than one broadcast domain usually is; a sweep asks hosts one by one.",
            i.network()
        ));
    }
    f
}

fn outcome(replies: u64, invalid: u64, nothing: &str) -> String {
    if replies + invalid == 0 {
        nothing.to_string()
    } else {
        format!("{replies} replies, {invalid} not valid")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discovery::InterfaceStats;
    use crate::net::{Interface, SkipReason};
    use std::net::Ipv4Addr;

    #[test]
    fn findings_table() {
        let eth = Interface::new(
            "eth0",
            Ipv4Addr::new(10, 1, 2, 3),
            Ipv4Addr::new(255, 255, 0, 0),
            None,
        );
        let lo = Interface::new("lo", Ipv4Addr::LOCALHOST, Ipv4Addr::new(255, 0, 0, 0), None);
        let choices = vec![
            InterfaceChoice {
                interface: eth,
                skipped: None,
            },
            InterfaceChoice {
                interface: lo,
                skipped: Some(SkipReason::Loopback),
            },
        ];
        let stats = ScanStats {
            probes_sent: 3,
            invalid: 2,
            per_interface: vec![InterfaceStats {
                name: "eth0".into(),
                probes_sent: 3,
                invalid: 2,
                ..Default::default()
            }],
            ..Default::default()
        };
        let f = diagnose(&choices, &stats, 9999);
        assert!(
            f[0].starts_with("eth0 (10.1.2.3/16): 0 replies, 2 not valid."),
            "{f:?}"
        );
        assert!(f[0].contains("wider than one broadcast domain"));
        assert!(f.iter().any(|l| l.starts_with("Not used: lo (")));
        assert!(f
            .iter()
            .any(|l| l.starts_with("2 replies were not discovery replies")));
        assert!(f.iter().any(|l| l.contains("UDP port 9999")));
        let none = diagnose(&[], &ScanStats::default(), 9999);
        assert!(none.iter().any(|l| l.starts_with("No probe went out")));
    }

    #[test]
    fn a_dropped_reply_diagnosis_comes_first_and_replaces_the_guess() {
        use crate::discovery::fallback::{FallbackKind, FallbackReport, RepliesDropped};
        use crate::firewall::Firewall;
        let block: ipnet::Ipv4Net = "10.77.0.0/24".parse().expect("net");
        let report = |found| FallbackReport {
            interface: "lan0".into(),
            block,
            kind: FallbackKind::Sweep,
            asked: 253,
            found,
        };
        let stats = ScanStats {
            fallback: vec![report(5)],
            replies_dropped: Some(RepliesDropped {
                interface: "lan0".into(),
                block,
                found: 5,
                firewall: Firewall::Ufw,
                port: 9999,
            }),
            ..Default::default()
        };
        let f = diagnose(&[], &stats, 9999);
        assert!(
            f[0].starts_with("Broadcast replies are being dropped on this computer"),
            "{f:?}"
        );
        assert!(f[0].contains("sudo ufw allow proto udp from 10.77.0.0/24 port 9999 to any"));
        assert!(
            f.iter()
                .any(|l| l.ends_with("(253 hosts): found 5 servers.")),
            "{f:?}"
        );
        assert!(
            !f.iter().any(|l| l.contains("may block")),
            "no guess when it is known: {f:?}"
        );

        let silent = ScanStats {
            fallback: vec![report(0)],
            ..Default::default()
        };
        let f = diagnose(&[], &silent, 9999);
        assert!(
            f.iter()
                .any(|l| l.starts_with("Nothing answered even when asked one by one")),
            "{f:?}"
        );
        assert!(!f.iter().any(|l| l.contains("dropped")), "{f:?}");
    }
}
