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
                outcome = outcome(t.replies, t.invalid, crate::msg!("diag-nothing-back"))
            ));
        }
    }
    let skipped: Vec<String> = interfaces
        .iter()
        .filter_map(|c| c.skipped.map(|r| format!("{} ({r})", c.interface.name)))
        .collect();
    if !skipped.is_empty() {
        out.push(tr!(
            "diag-not-used",
            names = skipped.join(&tr!("list-separator"))
        ));
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
        outcome(replies, invalid, crate::msg!("diag-went-out"))
    };
    let interface = format!("{} ({}/{})", i.name, i.addr, i.prefix_len);
    let f = tr!("diag-interface", interface = interface, outcome = what);
    if i.prefix_len < 24 {
        let wide = tr!("diag-wide-subnet", subnet = i.network().to_string());
        return tr!("two-sentences", first = f, second = wide);
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
            f[0].starts_with("eth0 (10.1.2.3/16): 0 answers, 2 not valid."),
            "{f:?}"
        );
        assert!(f[0].contains(". This network (10.1.0.0/16) is larger than the quick search"));
        assert!(f.iter().any(|l| l.starts_with("Not used: lo (")));
        assert!(f
            .iter()
            .any(|l| l.starts_with("2 answers were not in the expected form")));
        assert!(f.iter().any(|l| l.contains("block port 9999")));
        let none = diagnose(&[], &ScanStats::default(), 9999);
        assert!(none.iter().any(|l| l.starts_with("Nothing was asked")));
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
            f[0].starts_with("A firewall on this computer (ufw) blocks the answers"),
            "{f:?}"
        );
        assert!(f[0].contains("sudo ufw allow proto udp from 10.77.0.0/24 port 9999 to any"));
        assert!(
            f.iter()
                .any(|l| l.ends_with("253 addresses (10.77.0.0/24) in turn: found 5 servers.")),
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
            f.iter().any(
                |l| l.starts_with("Nothing answered, even when each address was asked in turn")
            ),
            "{f:?}"
        );
        assert!(!f.iter().any(|l| l.contains("blocks the answers")), "{f:?}");
    }

    /// Each finding at its edge: what an interface's numbers say, when its
    /// subnet is called wide, when the targets and the invalid replies are
    /// mentioned.
    #[test]
    fn findings_at_their_edges() {
        let choice = |prefix: u8| InterfaceChoice {
            interface: Interface::new(
                "eth0",
                Ipv4Addr::new(10, 1, 2, 3),
                Ipv4Addr::from(u32::MAX << (32 - u32::from(prefix))),
                None,
            ),
            skipped: None,
        };
        let eth = |sent, send_errors, replies| InterfaceStats {
            name: "eth0".into(),
            probes_sent: sent,
            send_errors,
            replies,
            ..Default::default()
        };
        let targets = |sent, send_errors| InterfaceStats {
            name: TARGETS_LABEL.into(),
            probes_sent: sent,
            send_errors,
            ..Default::default()
        };
        // (eth0 sent, errors, replies) -> what its finding says
        let outcomes = [
            ((0, 1, 0), tr!("diag-send-failed")),
            ((0, 0, 0), tr!("diag-not-sent")),
            ((1, 1, 0), tr!("diag-went-out")),
            ((1, 0, 0), tr!("diag-went-out")),
            ((3, 0, 2), tr!("diag-replies", replies = 2, invalid = 0)),
        ];
        for ((sent, errors, replies), says) in outcomes {
            let stats = ScanStats {
                per_interface: vec![eth(sent, errors, replies)],
                ..Default::default()
            };
            let f = diagnose(&[choice(24)], &stats, 9999);
            assert_eq!(
                f[0],
                tr!(
                    "diag-interface",
                    interface = "eth0 (10.1.2.3/24)",
                    outcome = says
                ),
                "sent {sent}, errors {errors}, replies {replies}"
            );
        }
        // Wide from a /23 on.
        for (prefix, wide) in [(24, false), (23, true), (16, true)] {
            let f = diagnose(&[choice(prefix)], &ScanStats::default(), 9999);
            let note = tr!(
                "diag-wide-subnet",
                subnet = choice(prefix).interface.network().to_string()
            );
            assert_eq!(f[0].contains(&note), wide, "/{prefix}: {}", f[0]);
        }
        // The targets' line: only when something was sent (or failed), and
        // with the targets' own numbers, not another interface's.
        let targets_line = |f: &[String]| -> Option<String> {
            let head = tr!("diag-targets", probes = 0, outcome = "");
            let head = head.split(':').next().unwrap_or_default().to_string();
            f.iter().find(|l| l.starts_with(&head)).cloned()
        };
        for ((sent, errors), expected) in [((0, 0), None), ((0, 1), Some(0)), ((2, 0), Some(2))] {
            let stats = ScanStats {
                per_interface: vec![eth(5, 0, 0), targets(sent, errors)],
                ..Default::default()
            };
            let f = diagnose(&[choice(24)], &stats, 9999);
            assert_eq!(
                targets_line(&f),
                expected.map(|probes| tr!(
                    "diag-targets",
                    probes = probes,
                    outcome = tr!("diag-nothing-back")
                )),
                "targets sent {sent}, errors {errors}: {f:?}"
            );
        }
        // Invalid replies: mentioned only when there were some.
        let invalid_head = tr!("diag-invalid", count = 2);
        let invalid_head = invalid_head
            .split(':')
            .next()
            .unwrap_or_default()
            .to_string();
        for (invalid, said) in [(0, false), (1, true)] {
            let stats = ScanStats {
                invalid,
                ..Default::default()
            };
            let f = diagnose(&[], &stats, 9999);
            let head = tr!("diag-invalid", count = invalid);
            let head = head.split(':').next().unwrap_or_default().to_string();
            assert_eq!(
                f.iter()
                    .any(|l| l.starts_with(&head) || l.starts_with(&invalid_head)),
                said,
                "{invalid} invalid: {f:?}"
            );
        }
    }
}
