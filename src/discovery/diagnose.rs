//! Why a scan found what it found, in plain words: one function from a
//! finished scan's numbers to findings, used by the window's empty state
//! and by `lanscout scan` (always with `--explain`, else when nothing was
//! found). Pure.

use super::{ScanStats, TARGETS_LABEL};
use crate::net::InterfaceChoice;
use crate::tr;

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
            out.push(tr!(
                "diag-targets",
                probes = t.probes_sent,
                outcome = outcome(t.replies, t.invalid, "diag-nothing-back")
            ));
        }
    }
    let skipped: Vec<String> = interfaces
        .iter()
        .filter_map(|c| c.skipped.map(|r| format!("{} ({r})", c.interface.name)))
        .collect();
    if !skipped.is_empty() {
        out.push(tr!("diag-not-used", names = skipped.join(", ")));
    }
    if stats.probes_sent == 0 {
        out.push(tr!("diag-no-probe"));
    }
    if stats.invalid > 0 {
        out.push(tr!("diag-invalid", count = stats.invalid));
    }
    if stats.replies_dropped.is_none() {
        let asked_all = stats.fallback.iter().any(|r| r.found == 0);
        out.push(if asked_all {
            tr!("diag-nothing-one-by-one", port = port)
        } else {
            tr!("diag-firewall-may-block", port = port)
        });
    }
    out.push(tr!("diag-router"));
    out
}

fn interface_finding(choice: &InterfaceChoice, stats: &ScanStats) -> String {
    let i = &choice.interface;
    let st = stats.per_interface.iter().find(|s| s.name == i.name);
    let (sent, errors, replies, invalid) = st
        .map(|s| (s.probes_sent, s.send_errors, s.replies, s.invalid))
        .unwrap_or_default();
    let what = if sent == 0 && errors > 0 {
        tr!("diag-send-failed")
    } else if sent == 0 {
        tr!("diag-not-sent")
    } else {
        outcome(replies, invalid, "diag-went-out")
    };
    let interface = format!("{} ({}/{})", i.name, i.addr, i.prefix_len);
    let mut f = tr!("diag-interface", interface = interface, outcome = what);
    if i.prefix_len < 24 {
        f.push(' ');
        f.push_str(&tr!("diag-wide-subnet", subnet = i.network().to_string()));
    }
    f
}

/// "3 replies, 1 not valid", or the message `nothing` when none came.
fn outcome(replies: u64, invalid: u64, nothing: &str) -> String {
    if replies + invalid == 0 {
        tr!(nothing)
    } else {
        tr!("diag-replies", replies = replies, invalid = invalid)
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
