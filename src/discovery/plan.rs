//! The probe plan: what a scan sends, where, and for how long. Pure: built
//! from the configuration, the interfaces and the targets already resolved
//! (name lookups are I/O and happen before, in the engine).

use std::collections::HashSet;
use std::net::{Ipv4Addr, SocketAddrV4};
use std::time::Duration;

use ipnet::Ipv4Net;

use super::{retry_offsets, ScanConfig, Warning};
use crate::discovery::sweep::{self, NeighbourLimits};
use crate::net::interfaces::interface_for_source;
use crate::net::targets::MAX_SWEEP_PREFIX;
use crate::net::{Interface, InterfaceChoice};

/// Unicast targets after name resolution.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResolvedTargets {
    /// Single destinations, in the order given (favourites first).
    pub addrs: Vec<SocketAddrV4>,
    /// Ranges to sweep.
    pub ranges: Vec<Ipv4Net>,
    /// Targets that could not be resolved.
    pub warnings: Vec<Warning>,
}

/// Everything a scan will send.
#[derive(Debug, Clone, PartialEq)]
pub struct ProbePlan {
    /// Every interface and whether it is used.
    pub choices: Vec<InterfaceChoice>,
    /// The interfaces used.
    pub used: Vec<Interface>,
    /// Broadcast destinations, with the index of their interface in `used`.
    pub broadcast: Vec<(usize, SocketAddrV4)>,
    /// Unicast targets, probed every round before the broadcasts.
    pub unicast: Vec<SocketAddrV4>,
    /// Sweep destinations reached through a router.
    pub routed: Vec<SocketAddrV4>,
    /// Sweep destinations on this computer's own subnets.
    pub on_link: Vec<SocketAddrV4>,
    /// When probe rounds go out, from the start.
    pub rounds: Vec<Duration>,
    /// How long the scan runs.
    pub duration: Duration,
    /// Probes planned in all.
    pub planned: u64,
    /// What the user should know before the scan starts.
    pub warnings: Vec<Warning>,
}

impl ProbePlan {
    /// The plan for `config` over `interfaces` and `targets`, with sweep
    /// times computed under `limits`. `choices` is what
    /// [`crate::net::select_interfaces`] made of `interfaces` for this config.
    pub fn build(
        config: &ScanConfig,
        interfaces: &[Interface],
        choices: Vec<InterfaceChoice>,
        targets: ResolvedTargets,
        limits: &NeighbourLimits,
    ) -> ProbePlan {
        let used: Vec<Interface> = choices
            .iter()
            .filter(|c| c.skipped.is_none())
            .map(|c| c.interface.clone())
            .collect();
        let broadcast = if config.broadcast {
            used.iter()
                .enumerate()
                .map(|(n, i)| (n, SocketAddrV4::new(i.broadcast, config.scan.port)))
                .collect()
        } else {
            Vec::new()
        };
        let mut warnings = targets.warnings;
        let mut seen: HashSet<SocketAddrV4> = HashSet::new();
        let unicast: Vec<SocketAddrV4> = targets
            .addrs
            .into_iter()
            .filter(|a| seen.insert(*a))
            .collect();
        let mut ranges = targets.ranges;
        if config.scan.sweep {
            ranges.extend(sweep_ranges(&used, &mut warnings));
        }
        let (routed, on_link) = split_sweep(&ranges, interfaces, config.scan.port, &mut seen);
        let rounds = retry_offsets(config.scan.retries, config.timeout());
        let rounds = if cfg!(windows) {
            super::cover_reply_window(rounds, config.scan.retries, config.timeout())
        } else {
            rounds
        };
        let sweep_count = routed.len() + on_link.len();
        let planned = (rounds.len() * (broadcast.len() + unicast.len()) + sweep_count) as u64;
        let mut duration = config.timeout();
        let sweep_time =
            sweep::estimate(on_link.len(), routed.len(), config.scan.sweep_rate, limits);
        if sweep_count > 0 && sweep_time + Duration::from_secs(1) > duration {
            duration = sweep_time + Duration::from_secs(1);
            warnings.push(Warning::ScanExtended {
                probes: sweep_count as u64,
                on_link: on_link.len() as u64,
                seconds: duration.as_secs_f64(),
            });
        }
        if planned == 0 {
            warnings.push(Warning::NothingToProbe);
            // Nothing can answer a probe never sent: end now, not at the timeout.
            duration = Duration::ZERO;
        }
        ProbePlan {
            choices,
            used,
            broadcast,
            unicast,
            routed,
            on_link,
            rounds,
            duration,
            planned,
            warnings,
        }
    }
}

/// The subnets a sweep covers: each used interface's, narrowed to the /24
/// around our address when wider than [`MAX_SWEEP_PREFIX`].
fn sweep_ranges(used: &[Interface], warnings: &mut Vec<Warning>) -> Vec<Ipv4Net> {
    used.iter()
        .map(|i| {
            let subnet = i.network();
            if i.prefix_len >= MAX_SWEEP_PREFIX {
                return subnet;
            }
            let narrowed = Ipv4Net::new(i.addr, 24)
                .map(|n| n.trunc())
                .unwrap_or(subnet);
            warnings.push(Warning::SweepNarrowed {
                interface: i.name.clone(),
                subnet: subnet.to_string(),
                swept: narrowed.to_string(),
            });
            narrowed
        })
        .collect()
}

/// Every host of `ranges` not already probed and not ours, split into
/// routed and on-link destinations.
fn split_sweep(
    ranges: &[Ipv4Net],
    interfaces: &[Interface],
    port: u16,
    seen: &mut HashSet<SocketAddrV4>,
) -> (Vec<SocketAddrV4>, Vec<SocketAddrV4>) {
    let ours: HashSet<Ipv4Addr> = interfaces.iter().map(|i| i.addr).collect();
    let (mut routed, mut on_link) = (Vec::new(), Vec::new());
    for net in ranges {
        for ip in net.hosts() {
            let a = SocketAddrV4::new(ip, port);
            if ours.contains(&ip) || !seen.insert(a) {
                continue;
            }
            if interface_for_source(interfaces, ip).is_some() {
                on_link.push(a);
            } else {
                routed.push(a);
            }
        }
    }
    (routed, on_link)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::sa;

    fn iface(name: &str, addr: &str, mask: &str) -> Interface {
        Interface::new(
            name,
            addr.parse().unwrap_or(Ipv4Addr::UNSPECIFIED),
            mask.parse().unwrap_or(Ipv4Addr::UNSPECIFIED),
            None,
        )
    }

    fn lan() -> Vec<Interface> {
        vec![
            iface("eth0", "192.168.1.20", "255.255.255.0"),
            iface("wide0", "10.20.0.100", "255.240.0.0"),
        ]
    }

    const LIMITS: NeighbourLimits = NeighbourLimits::LINUX_DEFAULT;

    /// The plan a scan makes: interfaces selected, then planned.
    fn plan(config: &ScanConfig, interfaces: &[Interface], targets: ResolvedTargets) -> ProbePlan {
        let choices = crate::net::select_interfaces(
            interfaces,
            &config.scan.include_interfaces,
            &config.scan.exclude_interfaces,
        );
        ProbePlan::build(config, interfaces, choices, targets, &LIMITS)
    }

    #[test]
    fn broadcasts_per_used_interface_and_targets_once_each() {
        let config = ScanConfig::default();
        let targets = ResolvedTargets {
            addrs: vec![
                sa("10.9.9.9:9999"),
                sa("10.9.9.9:9999"),
                sa("10.9.9.8:9998"),
            ],
            ..Default::default()
        };
        let plan = plan(&config, &lan(), targets);
        assert_eq!(
            plan.broadcast,
            [(0, sa("192.168.1.255:9999")), (1, sa("10.31.255.255:9999"))]
        );
        assert_eq!(plan.unicast, [sa("10.9.9.9:9999"), sa("10.9.9.8:9998")]);
        assert_eq!(plan.rounds.len(), 3);
        assert_eq!(plan.planned, 3 * 4);
        assert_eq!(plan.duration, Duration::from_secs(5));
        assert!(plan.warnings.is_empty());
    }

    #[test]
    fn a_sweep_narrows_wide_subnets_splits_on_link_and_routed_and_skips_ours() {
        let mut config = ScanConfig::default();
        config.scan.sweep = true;
        let targets = ResolvedTargets {
            addrs: vec![sa("192.168.1.7:9999")],
            ranges: vec!["172.16.0.0/30".parse().expect("net")],
            ..Default::default()
        };
        let plan = plan(&config, &lan(), targets);
        assert!(plan.warnings.contains(&Warning::SweepNarrowed {
            interface: "wide0".into(),
            subnet: "10.16.0.0/12".into(),
            swept: "10.20.0.0/24".into(),
        }));
        assert_eq!(plan.routed, [sa("172.16.0.1:9999"), sa("172.16.0.2:9999")]);
        // 254 + 254 hosts, less our two addresses and the target already probed.
        assert_eq!(plan.on_link.len(), 254 + 254 - 3);
        assert!(!plan.on_link.contains(&sa("192.168.1.20:9999")));
        assert!(!plan.on_link.contains(&sa("192.168.1.7:9999")));
        // Three rounds of 2 broadcasts and 1 target, and each swept host once.
        assert_eq!(plan.planned, 3 * (2 + 1) + 2 + 505);
    }

    /// The scan is made longer only for a sweep that would not fit, with
    /// a second to spare: one that fits exactly leaves the timeout alone,
    /// and without a sweep even a short timeout is kept.
    #[test]
    fn the_scan_is_extended_only_for_a_sweep_that_does_not_fit() {
        let extended = |p: &ProbePlan| {
            p.warnings
                .iter()
                .any(|w| matches!(w, Warning::ScanExtended { .. }))
        };
        let mut short = ScanConfig::default();
        short.scan.timeout_secs = 0.5;
        let plan_short = plan(&short, &lan(), ResolvedTargets::default());
        assert_eq!(plan_short.duration, Duration::from_millis(500));
        assert!(!extended(&plan_short));
        // 510 routed hosts at 510 per second: 1 s, plus 1 s to spare.
        let routed = || ResolvedTargets {
            ranges: vec!["172.16.0.0/23".parse().expect("net")],
            ..Default::default()
        };
        let mut fits = ScanConfig::default();
        fits.scan.sweep_rate = 510;
        fits.scan.timeout_secs = 2.0;
        let plan_fits = plan(&fits, &lan(), routed());
        assert_eq!(plan_fits.routed.len(), 510);
        assert_eq!(plan_fits.duration, Duration::from_secs(2));
        assert!(!extended(&plan_fits));
        fits.scan.timeout_secs = 1.5;
        let plan_over = plan(&fits, &lan(), routed());
        assert_eq!(plan_over.duration, Duration::from_secs(2));
        assert!(extended(&plan_over));
    }

    #[test]
    fn a_long_sweep_extends_the_scan_and_says_so() {
        let mut config = ScanConfig::default();
        config.scan.sweep = true;
        config.scan.timeout_secs = 2.0;
        let wide = vec![iface("eth0", "10.81.0.1", "255.255.240.0")];
        let plan = plan(&config, &wide, ResolvedTargets::default());
        assert_eq!(plan.on_link.len(), 4093);
        let expected = sweep::estimate(4093, 0, 2000, &LIMITS) + Duration::from_secs(1);
        assert_eq!(plan.duration, expected);
        assert!(plan.warnings.iter().any(|w| matches!(
            w,
            Warning::ScanExtended {
                probes: 4093,
                on_link: 4093,
                ..
            }
        )));
    }

    #[test]
    fn nothing_to_probe_ends_at_once() {
        let mut config = ScanConfig::default();
        config.scan.include_interfaces = vec!["none-such".into()];
        let plan = plan(&config, &lan(), ResolvedTargets::default());
        assert_eq!(plan.planned, 0);
        assert_eq!(plan.duration, Duration::ZERO);
        assert_eq!(plan.warnings, [Warning::NothingToProbe]);
    }
}
