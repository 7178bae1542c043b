//! A desktop firewall on the scanning computer: input policy drop (or
//! reject), accepting only loopback and replies to connections it opened,
//! as ufw's "deny incoming" and firewalld's public zone do. Replies to a
//! broadcast come from an address the probe was not sent to, so the
//! firewall drops them; the stock client then finds nothing. LanScout asks
//! each host by unicast instead, finds every server, names the firewall
//! and gives the command that lets the replies through; that command is
//! run here to prove it works. Needs root (namespaces, nftables); the suite
//! runs inside `unshare --net` (scripts/test.sh).

mod common;
mod kit;

use std::collections::BTreeSet;
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

use common::{events, json_lines, temp_config, Lab};
use serde_json::Value;

const SERVERS: usize = 5;

/// ufw's default: drop what is not a reply or loopback.
const UFW_LIKE: &str = "table inet filter {
  chain input {
    type filter hook input priority 0; policy drop;
    ct state established,related accept
    iif lo accept
  }
}
";

/// firewalld's public zone: invalid dropped, the rest rejected.
const FIREWALLD_LIKE: &str = "table inet filter {
  chain input {
    type filter hook input priority 0; policy accept;
    ct state established,related accept
    ct state invalid drop
    iif lo accept
    reject with icmpx type admin-prohibited
  }
}
";

/// A client at a random address of 10.79.0.0/24 and five stock Django
/// listeners at other random addresses, on one segment (or, with
/// [`FirewallLab::start_wide`], a /23 with the servers in its other half).
struct FirewallLab {
    lab: Lab,
    client: String,
    servers: BTreeSet<Ipv4Addr>,
}

/// Distinct random last octets (2..=254), from the clock or, to replay a
/// failed run, from `LANSCOUT_LAB_SEED` (each run prints the seed it used).
fn random_octets(count: usize) -> Vec<u8> {
    let mut seed = std::env::var("LANSCOUT_LAB_SEED")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
        })
        | 1;
    eprintln!("address seed {seed} (LANSCOUT_LAB_SEED={seed} replays this run)");
    let mut out: Vec<u8> = Vec::new();
    while out.len() < count {
        // xorshift64
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let octet = (seed % 253) as u8 + 2;
        if !out.contains(&octet) {
            out.push(octet);
        }
    }
    out
}

impl FirewallLab {
    fn start() -> FirewallLab {
        FirewallLab::start_on(24, 0)
    }

    /// A /23: the client in 10.79.0.0/24, the servers in 10.79.1.0/24.
    fn start_wide() -> FirewallLab {
        FirewallLab::start_on(23, 1)
    }

    fn start_on(prefix: u8, servers_third_octet: u8) -> FirewallLab {
        let mut lab = Lab::new();
        let octets = random_octets(SERVERS + 1);
        let client = lab.host("c");
        let hosts: Vec<String> = (0..SERVERS).map(|n| lab.host(&format!("s{n}"))).collect();
        let mut segment = vec![(client.clone(), format!("10.79.0.{}/{prefix}", octets[0]))];
        segment.extend(hosts.iter().zip(&octets[1..]).map(|(h, o)| {
            (
                h.clone(),
                format!("10.79.{servers_third_octet}.{o}/{prefix}"),
            )
        }));
        let borrowed: Vec<(&str, &str)> = segment
            .iter()
            .map(|(h, a)| (h.as_str(), a.as_str()))
            .collect();
        lab.segment(&borrowed);
        for h in &hosts {
            // A default route, as on any LAN: the stock server announces
            // the address of the interface that route leaves by.
            lab.default_route(h, &format!("10.79.0.{}", octets[0]));
            lab.stock_server(h, 9999, 120);
        }
        let servers: BTreeSet<Ipv4Addr> = octets[1..]
            .iter()
            .map(|o| Ipv4Addr::new(10, 79, servers_third_octet, *o))
            .collect();
        for ip in &servers {
            lab.wait_until_answering(&client, &ip.to_string(), 9999);
        }
        FirewallLab {
            lab,
            client,
            servers,
        }
    }

    /// Runs `work` on a thread moved into the client's namespace (what it
    /// starts, the window's or the scan's workers, is there too).
    fn on_client<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> T {
        let ns = format!("/var/run/netns/{}", self.client);
        let thread = std::thread::spawn(move || {
            use std::os::fd::AsRawFd;
            let file = std::fs::File::open(&ns).expect("netns file");
            // SAFETY: setns on a valid fd; it moves only this thread.
            let moved = unsafe { libc::setns(file.as_raw_fd(), libc::CLONE_NEWNET) } == 0;
            assert!(moved, "setns");
            work()
        });
        match thread.join() {
            Ok(r) => r,
            Err(e) => std::panic::resume_unwind(e),
        }
    }

    /// `lanscout scan ARGS --json` on the client: (lines, exit code).
    fn scan(&self, args: &[&str]) -> (Vec<Value>, Option<i32>) {
        let (_dir, cfg) = temp_config();
        let mut full = vec!["scan", "--json", "--no-details"];
        full.extend_from_slice(args);
        let out = self
            .lab
            .lanscout(&self.client, &cfg, &full, Duration::from_secs(30));
        (json_lines(&out.stdout), out.status.code())
    }
}

fn found_ips(lines: &[Value]) -> BTreeSet<Ipv4Addr> {
    events(lines, "found")
        .iter()
        .filter_map(|f| f["ip"].as_str()?.parse().ok())
        .collect()
}

fn coded<'a>(lines: &'a [Value], code: &str) -> Vec<&'a Value> {
    events(lines, "warning")
        .into_iter()
        .filter(|w| w["code"] == code)
        .collect()
}

fn eth0_probes(lines: &[Value]) -> u64 {
    let fin = events(lines, "finished");
    let fin = fin.first().expect("a finished line");
    fin["interfaces"]
        .as_array()
        .and_then(|a| a.iter().find(|i| i["name"] == "eth0"))
        .and_then(|i| i["probes_sent"].as_u64())
        .unwrap_or_else(|| panic!("no eth0 counters: {fin}"))
}

#[test]
fn behind_a_desktop_firewall_every_server_is_found_and_the_user_told_why() {
    require_root!();
    common::assert_isolated();
    for (name, rules) in [("ufw", UFW_LIKE), ("firewalld", FIREWALLD_LIKE)] {
        let lab = FirewallLab::start();
        let (client, servers) = (&lab.client, &lab.servers);

        // Positive control, firewall off: the broadcast finds all five,
        // with no fallback, no diagnosis and no probe beyond the 3 rounds.
        let (lines, code) = lab.scan(&[]);
        assert_eq!(code, Some(0), "{lines:?}");
        assert_eq!(&found_ips(&lines), servers, "open network, {name}");
        assert!(coded(&lines, "fallback-started").is_empty(), "{lines:?}");
        assert!(coded(&lines, "broadcast-replies-dropped").is_empty());
        assert_eq!(eth0_probes(&lines), 3, "no extra probes on an open network");
        let open_probes = events(&lines, "finished")[0]["probes_sent"].clone();
        assert_eq!(open_probes, 3, "no unicast probe either");

        lab.lab.nft(client, rules);
        std::thread::sleep(Duration::from_millis(600)); // the stock servers do not rate-limit; LanScout's own scans above are done
        let stock = lab.lab.stock_discover(client, 2.0, 9999);
        assert!(
            stock.is_empty(),
            "{name}: the stock client finds nothing: {stock:?}"
        );

        // Three default scans: all five each time, within the default 5 s.
        let mut probe_counts = Vec::new();
        for run in 1..=3 {
            let started = Instant::now();
            let (lines, code) = lab.scan(&[]);
            let took = started.elapsed();
            assert_eq!(code, Some(0), "{name} run {run}: {lines:?}");
            assert_eq!(&found_ips(&lines), servers, "{name} run {run}");
            let elapsed = common::elapsed_ms(events(&lines, "finished")[0]);
            assert!(
                common::on_time(elapsed, 5000),
                "{name} run {run}: {elapsed} ms"
            );
            let dropped = coded(&lines, "broadcast-replies-dropped");
            assert_eq!(dropped.len(), 1, "{name} run {run}: {lines:?}");
            let message = dropped[0]["message"].as_str().unwrap_or_default();
            assert!(
                message.contains("blocks the answers to LanScout's quick search: on eth0, 5 servers answered when asked one at a time"),
                "{message}"
            );
            // This machine has the nft tool and neither ufw nor firewalld.
            assert_eq!(dropped[0]["firewall"], "nftables", "{}", dropped[0]);
            let result = coded(&lines, "fallback-result");
            assert_eq!(result.len(), 1, "{lines:?}");
            assert!(
                result[0]["message"].as_str().is_some_and(|m| m
                    .contains("each of its 253 addresses (10.79.0.0/24) in turn: found 5 servers")),
                "{}",
                result[0]
            );
            probe_counts.push(events(&lines, "finished")[0]["probes_sent"].clone());
            eprintln!("{name} run {run}: 5 of 5 in {took:?}");
        }
        eprintln!("{name}: probes sent with the firewall {probe_counts:?}, without {open_probes}");

        // The human output with --explain says the same, command included.
        let (_dir, cfg) = temp_config();
        let out = lab.lab.lanscout(
            client,
            &cfg,
            &["scan", "--explain", "--no-details"],
            Duration::from_secs(30),
        );
        // Servers on stdout, the diagnosis with the findings on stderr.
        let text = String::from_utf8_lossy(&out.stderr);
        assert!(
            text.contains("blocks the answers to LanScout's quick search")
                && text.contains("sudo nft insert rule inet filter input ip saddr 10.79.0.0/24 udp sport 9999 accept"),
            "{text}"
        );

        // The command it gives works: run it (without sudo: we are root),
        // and the stock client finds all five again.
        let command = coded(&lines_of_one_scan(&lab), "broadcast-replies-dropped")[0]["command"]
            .as_str()
            .map(str::to_string)
            .expect("a command");
        let argv: Vec<&str> = command
            .strip_prefix("sudo ")
            .expect("starts with sudo")
            .split(' ')
            .collect();
        let ran = lab
            .lab
            .cmd(client, argv[0])
            .args(&argv[1..])
            .output()
            .expect("run it");
        assert!(
            ran.status.success(),
            "{command}: {}",
            String::from_utf8_lossy(&ran.stderr)
        );
        let stock: BTreeSet<Ipv4Addr> = lab
            .lab
            .stock_discover(client, 2.0, 9999)
            .into_iter()
            .filter_map(|(ip, _, _)| ip.parse().ok())
            .collect();
        assert_eq!(&stock, servers, "{name}: after the suggested command");
        let (lines, _) = lab.scan(&[]);
        assert_eq!(&found_ips(&lines), servers);
        assert!(
            coded(&lines, "broadcast-replies-dropped").is_empty(),
            "{lines:?}"
        );
        assert_eq!(eth0_probes(&lines), 3);
    }
}

fn lines_of_one_scan(lab: &FirewallLab) -> Vec<Value> {
    lab.scan(&[]).0
}

#[test]
fn with_the_fallback_off_the_firewall_hides_everything() {
    require_root!();
    common::assert_isolated();
    let lab = FirewallLab::start();
    lab.lab.nft(&lab.client, UFW_LIKE);
    // Proves the fallback, not something else, finds them above.
    let (lines, code) = lab.scan(&["--no-fallback", "--timeout", "2"]);
    assert_eq!(code, Some(1), "{lines:?}");
    assert!(found_ips(&lines).is_empty(), "{lines:?}");
    assert!(coded(&lines, "fallback-started").is_empty());
}

#[test]
fn the_window_shows_the_servers_and_the_diagnosis() {
    require_root!();
    common::assert_isolated();
    let lab = FirewallLab::start();
    lab.lab.nft(&lab.client, UFW_LIKE);
    let expected = lab.servers.clone();
    // The window runs inside the client's namespace.
    lab.on_client(move || {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut settings = lanscout::Settings::default();
        settings.scan.lookup_details = false;
        let options = lanscout::ui::AppOptions {
            start_on_launch: true,
            ..Default::default()
        };
        let app = kit::app_in(dir.path(), settings, options);
        let mut h = kit::harness(app, (1100.0, 700.0));
        let done = kit::wait_until(&mut h, Duration::from_secs(15), |h| {
            h.state().scans_finished() > 0
        });
        assert!(done, "the scan on start did not end");
        h.run();
        // Kept for people to look at (not compared: the addresses are random).
        if let Ok(img) = h.render() {
            let _ = img.save(common::root().join("target/firewall-window.png"));
        }
        for ip in &expected {
            assert!(kit::has_text(&h, &ip.to_string()), "{ip} not shown");
        }
        let banner = h.state().banner().map(|m| m.text()).unwrap_or_default();
        assert!(
            banner.starts_with("A firewall on this computer"),
            "banner: {banner:?}"
        );
        assert!(
            kit::has_text(&h, "blocks the answers to LanScout's quick search"),
            "the diagnosis is on screen"
        );
    });
}

/// What the window's auto-refresh asks for on a link it swept a short
/// while ago (`fallback_quiet`): only the hosts the neighbour table knows,
/// here the five servers the lab reached, never the whole /24 again.
#[test]
fn a_quiet_round_asks_only_the_hosts_the_neighbour_table_knows() {
    use lanscout::discovery::fallback::FallbackKind;
    use lanscout::discovery::{Event, Warning};
    require_root!();
    common::assert_isolated();
    let lab = FirewallLab::start();
    lab.lab.nft(&lab.client, UFW_LIKE);
    let expected = lab.servers.clone();
    // The library inside the client's namespace.
    let (events, stats) = lab.on_client(|| {
        let mut settings = lanscout::Settings::default();
        settings.scan.lookup_details = false;
        settings.scan.timeout_secs = 3.0;
        let mut config = lanscout::ScanConfig::try_from(&settings).expect("config");
        config.fallback_quiet = vec!["eth0".into()];
        let handle = lanscout::start_scan(config, || {}).expect("scan");
        let mut events = Vec::new();
        let end = Instant::now() + Duration::from_secs(20);
        while Instant::now() < end {
            match handle.events().recv_timeout(Duration::from_millis(200)) {
                Ok(Event::Finished(stats)) => return (events, Some(stats)),
                Ok(e) => events.push(e),
                Err(_) => {}
            }
        }
        (events, None)
    });
    let stats = stats.expect("the scan finished");
    let plans: Vec<(FallbackKind, usize)> = events
        .iter()
        .filter_map(|e| match e {
            Event::Warning(Warning::FallbackStarted { kind, hosts, .. }) => {
                Some((kind.clone(), *hosts))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        plans,
        [(FallbackKind::KnownHosts, expected.len())],
        "one fallback, over the known hosts only"
    );
    let found: BTreeSet<Ipv4Addr> = events
        .iter()
        .filter_map(|e| match e {
            Event::Found(s) => Some(s.ip),
            _ => None,
        })
        .collect();
    assert_eq!(found, expected, "every server is still found");
    assert!(
        stats.probes_sent < 40,
        "{} probes: the block was swept again",
        stats.probes_sent
    );
}

/// An office /23 behind a ufw-like firewall, the servers all in the other
/// half from this computer and unknown to its neighbour table: the
/// fallback asks the whole /23 and finds every one.
#[test]
fn on_a_slash_23_the_fallback_finds_the_servers_in_the_other_half() {
    require_root!();
    common::assert_isolated();
    let lab = FirewallLab::start_wide();
    lab.lab.nft(&lab.client, UFW_LIKE);
    // Nothing known beforehand: only asking every address can find them.
    let flushed = lab
        .lab
        .cmd(&lab.client, "ip")
        .args(["neigh", "flush", "all"])
        .status()
        .expect("ip neigh flush");
    assert!(flushed.success());
    let (lines, code) = lab.scan(&[]);
    assert_eq!(code, Some(0), "{lines:?}");
    assert_eq!(found_ips(&lines), lab.servers, "{lines:?}");
    let result = coded(&lines, "fallback-result");
    assert_eq!(result.len(), 1, "{lines:?}");
    assert!(
        result[0]["message"].as_str().is_some_and(
            |m| m.contains("each of its 509 addresses (10.79.0.0/23) in turn: found 5 servers")
        ),
        "{}",
        result[0]
    );
    let elapsed = common::elapsed_ms(events(&lines, "finished")[0]);
    assert!(common::on_time(elapsed, 5000), "{elapsed} ms");
    eprintln!(
        "/23: {} probes, {elapsed} ms",
        events(&lines, "finished")[0]["probes_sent"]
    );
}
