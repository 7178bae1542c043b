//! LanScout and the stock Python peers across real network namespaces:
//! hosts are namespaces joined by veth links, with addresses only inside
//! them. Needs root; the suite runs inside `unshare --net` (scripts/test.sh).

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{events, json_lines, temp_config, Lab};
use serde_json::Value;

const LIMIT: Duration = Duration::from_secs(60);

/// `lanscout scan ARGS --json` in `ns`; returns (found events, finished event, exit code).
fn scan(lab: &Lab, ns: &str, args: &[&str]) -> (Vec<Value>, Value, Option<i32>) {
    scan_within(lab, ns, args, LIMIT)
}

/// [`scan`] killed after `limit` (a safety bound: a sweep that paces
/// itself to the kernel's neighbour table runs longer on a loaded machine).
fn scan_within(
    lab: &Lab,
    ns: &str,
    args: &[&str],
    limit: Duration,
) -> (Vec<Value>, Value, Option<i32>) {
    let (_dir, cfg) = temp_config();
    let mut full = vec!["scan", "--json"];
    full.extend_from_slice(args);
    let out = lab.lanscout(ns, &cfg, &full, limit);
    let lines = json_lines(&out.stdout);
    let found = events(&lines, "found").into_iter().cloned().collect();
    let fin = events(&lines, "finished")
        .first()
        .map(|v| (*v).clone())
        .unwrap_or_else(|| {
            panic!(
                "no finished line: {lines:?} {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    (found, fin, out.status.code())
}

fn serve(lab: &mut Lab, ns: &str, port: u16) {
    lab.serve(ns, &["--port", &port.to_string(), "--duration", "120"]);
    lab.wait_udp_bound(ns, port);
}

/// (ip, port, announced) of each found server.
fn summary(found: &[Value]) -> Vec<(String, u64, Option<String>)> {
    found
        .iter()
        .map(|f| {
            (
                f["ip"].as_str().unwrap_or_default().to_string(),
                f["port"].as_u64().unwrap_or_default(),
                f["announced"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn s(v: &str) -> String {
    v.to_string()
}

#[test]
fn two_hosts_on_one_subnet_find_each_other_both_ways() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let (h1, h2) = (lab.host("h1"), lab.host("h2"));
    lab.link(&h1, "eth0", "10.71.0.1/24", &h2, "eth0", "10.71.0.2/24");
    lab.default_route(&h2, "10.71.0.1");
    lab.stock_server(&h2, 9999, 120);
    serve(&mut lab, &h2, 9998);

    // LanScout finds the stock Django server by broadcast.
    lab.wait_until_answering(&h1, "10.71.0.2", 9999);
    let (found, fin, code) = scan(&lab, &h1, &["--timeout", "2.5"]);
    assert_eq!(code, Some(0), "{fin}");
    assert_eq!(summary(&found), [(s("10.71.0.2"), 8000, None)]);
    assert_eq!(found[0]["interface"], "eth0");
    assert_eq!(found[0]["url"], "http://10.71.0.2:8000/");
    let eth0 = fin["interfaces"]
        .as_array()
        .and_then(|a| a.iter().find(|i| i["name"] == "eth0").cloned());
    assert!(
        eth0.is_some_and(|i| i["probes_sent"].as_u64() == Some(3)),
        "3 rounds: {fin}"
    );

    // LanScout finds LanScout.
    let (found, _, code) = scan(&lab, &h1, &["--timeout", "1", "--port", "9998"]);
    assert_eq!(code, Some(0));
    assert_eq!(summary(&found), [(s("10.71.0.2"), 8000, None)]);

    // The stock client finds LanScout's server, with h2's address.
    std::thread::sleep(Duration::from_millis(600));
    let stock = lab.stock_discover(&h1, 1.5, 9998);
    assert_eq!(stock, [(s("10.71.0.2"), 8000, s("10.71.0.2"))]);
}

#[test]
fn server_without_default_route_announces_a_reachable_address() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let (c, srv) = (lab.host("c"), lab.host("s"));
    lab.link(&c, "eth0", "10.72.0.1/24", &srv, "eth0", "10.72.0.2/24");
    lab.stock_server(&srv, 9999, 120);
    serve(&mut lab, &srv, 9998);

    // Stock server: announces 127.0.0.1 (no route toward 8.8.8.8).
    lab.wait_until_answering(&c, "10.72.0.2", 9999);
    let stock_client = lab.stock_discover(&c, 1.5, 9999);
    assert_eq!(
        stock_client,
        [(s("127.0.0.1"), 8000, s("10.72.0.2"))],
        "stock pair fails this case"
    );
    // LanScout's client repairs it: uses the source address, shows both.
    // (3 s: the stock listener is a Python thread that a loaded machine
    // keeps from answering within 1 s.)
    std::thread::sleep(Duration::from_millis(600));
    let (found, _, _) = scan(&lab, &c, &["--timeout", "3"]);
    assert_eq!(
        summary(&found),
        [(s("10.72.0.2"), 8000, Some(s("127.0.0.1")))]
    );

    // LanScout's server announces the reachable address to both clients.
    let stock_client = lab.stock_discover(&c, 1.5, 9998);
    assert_eq!(stock_client, [(s("10.72.0.2"), 8000, s("10.72.0.2"))]);
    std::thread::sleep(Duration::from_millis(600));
    let (found, _, _) = scan(&lab, &c, &["--timeout", "3", "--port", "9998"]);
    assert_eq!(summary(&found), [(s("10.72.0.2"), 8000, None)]);
}

/// How long the stock client collects replies here: the stock listener is
/// a Python thread that a loaded machine (a cold CI build beside the
/// tests) can keep from answering within 1.5 s (seen once).
const STOCK_WAIT: f64 = 3.0;

#[test]
fn multi_homed_server_answers_each_side_with_its_own_address() {
    require_root!();
    common::assert_isolated();
    // Its replies need neighbour entries, and a sweep beside it can fill
    // the kernel's one table for all namespaces (the reply to gw was lost
    // twice in full runs, never alone).
    let _table = SWEEP_LOCK.lock();
    let mut lab = Lab::new();
    let (c1, srv, gw) = (lab.host("c1"), lab.host("s"), lab.host("gw"));
    lab.link(&c1, "eth0", "10.73.1.1/24", &srv, "eth0", "10.73.1.2/24");
    lab.link(&srv, "eth1", "10.73.2.2/24", &gw, "eth0", "10.73.2.1/24");
    lab.default_route(&srv, "10.73.2.1");
    lab.stock_server(&srv, 9999, 120);
    serve(&mut lab, &srv, 9998);

    // Requester on the non-default side: stock announces the other subnet.
    lab.wait_until_answering(&c1, "10.73.1.2", 9999);
    let stock = lab.stock_discover(&c1, STOCK_WAIT, 9999);
    assert_eq!(
        stock,
        [(s("10.73.2.2"), 8000, s("10.73.1.2"))],
        "stock announces an unreachable address"
    );
    std::thread::sleep(Duration::from_millis(600));
    let (found, _, _) = scan(&lab, &c1, &["--timeout", "1"]);
    // LanScout cannot repair a routable-but-wrong announcement; it shows both addresses.
    assert_eq!(
        summary(&found),
        [(s("10.73.2.2"), 8000, Some(s("10.73.2.2")))]
    );
    assert_eq!(
        found[0]["source"], "10.73.1.2:9999",
        "shown with its source address"
    );

    // LanScout's server: the address each requester can reach.
    let stock = lab.stock_discover(&c1, STOCK_WAIT, 9998);
    assert_eq!(stock, [(s("10.73.1.2"), 8000, s("10.73.1.2"))]);
    let stock = lab.stock_discover(&gw, STOCK_WAIT, 9998);
    assert_eq!(stock, [(s("10.73.2.2"), 8000, s("10.73.2.2"))]);
    std::thread::sleep(Duration::from_millis(600));
    let (found, _, _) = scan(&lab, &c1, &["--timeout", "1", "--port", "9998"]);
    assert_eq!(summary(&found), [(s("10.73.1.2"), 8000, None)]);
    // Requester on the default-route side: both get it right.
    let stock = lab.stock_discover(&gw, STOCK_WAIT, 9999);
    assert_eq!(stock, [(s("10.73.2.2"), 8000, s("10.73.2.2"))]);
}

#[test]
fn router_blocks_broadcast_but_a_target_range_crosses_it() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let (a, r, b) = (lab.host("a"), lab.host("r"), lab.host("b"));
    lab.link(&a, "eth0", "10.74.1.1/24", &r, "eth0", "10.74.1.254/24");
    lab.link(&r, "eth1", "10.74.2.254/24", &b, "eth0", "10.74.2.2/24");
    lab.forward(&r);
    lab.default_route(&a, "10.74.1.254");
    lab.default_route(&b, "10.74.2.254");
    serve(&mut lab, &b, 9999);
    lab.serve(&b, &["--port", "9997", "--local-only", "--duration", "120"]);
    lab.wait_udp_bound(&b, 9997);
    // Positive control: the local-only server answers a requester on its
    // own subnet (the router), so silence towards `a` below is the rule.
    // (Port 9997 only: the server on 9999 answers everyone.)
    let (found, _, _) = scan(
        &lab,
        &r,
        &["--timeout", "1", "--port", "9997", "--no-fallback"],
    );
    assert_eq!(
        summary(&found),
        [(s("10.74.2.2"), 8000, None)],
        "--local-only answers a requester on its own subnet"
    );

    let (found, _, code) = scan(&lab, &a, &["--timeout", "1"]);
    assert!(
        found.is_empty() && code == Some(1),
        "broadcast must not cross the router: {found:?}"
    );
    let (found, _, _) = scan(&lab, &a, &["--timeout", "1", "--target", "10.74.2.2:9997"]);
    assert!(
        found.is_empty(),
        "--local-only ignores requesters beyond the router: {found:?}"
    );
    std::thread::sleep(Duration::from_millis(600));
    let (found, fin, code) = scan(&lab, &a, &["--timeout", "1.5", "--target", "10.74.2.0/24"]);
    assert_eq!(code, Some(0), "{fin}");
    assert_eq!(summary(&found), [(s("10.74.2.2"), 8000, None)]);
    assert_eq!(
        found[0]["interface"], "eth0",
        "reply routed in through eth0"
    );
    assert!(fin["probes_sent"].as_u64() >= Some(254), "{fin}");
}

#[test]
fn sweep_finds_a_server_the_broadcast_cannot_reach() {
    require_root!();
    common::assert_isolated();
    let _one_sweep_at_a_time = SWEEP_LOCK.lock();
    // a believes 10.75.0.0/23 is one link; b sits behind a proxy-ARP router
    // (a VLAN that drops broadcasts): only unicast reaches it. (Kept to a /23:
    // the kernel's neighbour table holds 1024 unresolved hosts in all.)
    let mut lab = Lab::new();
    let (a, r, b) = (lab.host("a"), lab.host("r"), lab.host("b"));
    lab.link(&a, "eth0", "10.75.0.1/23", &r, "eth0", "10.75.0.254/24");
    lab.link(&r, "eth1", "10.75.1.254/24", &b, "eth0", "10.75.1.2/24");
    lab.forward(&r);
    let out = lab
        .cmd(&r, "sysctl")
        .args(["-qw", "net.ipv4.conf.eth0.proxy_arp=1"])
        .output()
        .expect("sysctl");
    assert!(out.status.success());
    lab.default_route(&b, "10.75.1.254");
    serve(&mut lab, &b, 9999);

    // The broadcast alone (the firewall fallback, which asks every address
    // of a silent /23 one by one, would reach b like the sweep below).
    let (found, _, _) = scan(&lab, &a, &["--timeout", "1", "--no-fallback"]);
    assert!(found.is_empty(), "broadcast does not reach b: {found:?}");
    std::thread::sleep(Duration::from_millis(600));
    let (found, fin, code) = scan(&lab, &a, &["--timeout", "4", "--sweep", "--rate", "2000"]);
    assert_eq!(code, Some(0), "{fin}");
    assert_eq!(summary(&found), [(s("10.75.1.2"), 8000, None)]);
    // 509 hosts (all of 10.75.0.0/23 but a itself) at 2000/s: about 0.25 s
    // of sending, well inside the scan's time, which it does not extend.
    assert!(fin["probes_sent"].as_u64() >= Some(509), "{fin}");
    assert!(common::on_time(common::elapsed_ms(&fin), 4000), "{fin}");
}

#[test]
fn retries_find_a_server_that_ignores_the_first_request() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let (c, srv) = (lab.host("c"), lab.host("s"));
    lab.link(&c, "eth0", "10.77.0.1/24", &srv, "eth0", "10.77.0.2/24");
    for port in ["9991", "9992"] {
        let mut cmd = lab.cmd(&srv, &common::peers_python().display().to_string());
        cmd.arg(common::peer_script("flaky_server.py"))
            .args([port, "1", "30"])
            .stdout(Stdio::null());
        lab.spawn(cmd);
    }
    lab.wait_udp_bound(&srv, 9991);
    lab.wait_udp_bound(&srv, 9992);
    // 3 s: retries at 0.5 s and 2 s, and a Python peer on a loaded machine
    // may take a second to answer the one it does not ignore.
    let (found, _, code) = scan(
        &lab,
        &c,
        &[
            "--timeout",
            "3",
            "--retries",
            "0",
            "--port",
            "9991",
            "--no-fallback",
        ],
    );
    assert!(
        found.is_empty() && code == Some(1),
        "without retries the only probe is ignored"
    );
    let (found, fin, code) = scan(
        &lab,
        &c,
        &[
            "--timeout",
            "3",
            "--retries",
            "2",
            "--port",
            "9992",
            "--no-fallback",
        ],
    );
    assert_eq!(code, Some(0), "{fin}");
    assert_eq!(summary(&found), [(s("10.77.0.2"), 8000, None)]);
}

#[test]
fn a_burst_of_1000_replies_to_one_broadcast_loses_none() {
    require_root!();
    common::assert_isolated();
    let _alone = SWEEP_LOCK.lock();
    const COUNT: usize = 1000;
    let mut lab = Lab::new();
    let (c, srv) = (lab.host("c"), lab.host("s"));
    lab.link(&c, "eth0", "10.76.0.1/16", &srv, "eth0", "10.76.0.2/16");
    let addrs: String = (0..COUNT)
        .map(|i| {
            format!(
                "addr add {}/16 dev eth0\n",
                std::net::Ipv4Addr::from(
                    u32::from(std::net::Ipv4Addr::new(10, 76, 1, 1)) + i as u32
                )
            )
        })
        .collect();
    lab.batch(&srv, &addrs);
    let shown = lab
        .cmd(&srv, "ip")
        .args(["-o", "-4", "addr", "show", "dev", "eth0"])
        .output()
        .expect("ip addr");
    assert_eq!(
        String::from_utf8_lossy(&shown.stdout).lines().count(),
        COUNT + 1,
        "secondary addresses added"
    );
    let _burst =
        common::BurstResponder::start(&srv, 9999, std::net::Ipv4Addr::new(10, 76, 1, 1), COUNT);

    // One probe: every reply of the burst arrives within milliseconds.
    let (found, fin, code) = scan(&lab, &c, &["--timeout", "3", "--retries", "0"]);
    assert_eq!(code, Some(0));
    assert_eq!(found.len(), COUNT, "replies kept: {fin}");
    assert_eq!(fin["replies"].as_u64(), Some(COUNT as u64));
    // Same burst, stock client (default receive buffer), same run, for the record.
    let stock = lab.stock_discover(&c, 3.0, 9999);
    eprintln!(
        "burst of {COUNT}: LanScout kept {}, stock client kept {} (rcvbuf {})",
        found.len(),
        stock.len(),
        fin["rcvbuf"]
    );
}

/// Sweeps share the kernel's neighbour table (one for all namespaces): run
/// them one at a time so that each is measured alone.
static SWEEP_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Servers that answer only unicast: in namespace `ns`, one socket bound to
/// each address (so broadcasts never reach them), replying with that address.
struct UnicastServers {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl UnicastServers {
    fn start(ns: &str, addrs: &[std::net::Ipv4Addr]) -> UnicastServers {
        use std::os::fd::AsRawFd;
        use std::sync::atomic::{AtomicBool, Ordering};
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let path = format!("/run/netns/{ns}");
        let threads = addrs
            .iter()
            .map(|&addr| {
                let (flag, path) = (std::sync::Arc::clone(&stop), path.clone());
                let (ready_tx, ready_rx) = std::sync::mpsc::channel();
                let t = std::thread::spawn(move || {
                    let file = std::fs::File::open(&path).expect("netns file");
                    // SAFETY: setns on a valid fd; it moves only this thread.
                    let moved = unsafe { libc::setns(file.as_raw_fd(), libc::CLONE_NEWNET) } == 0;
                    assert!(moved, "setns");
                    let sock = std::net::UdpSocket::bind((addr, 9999)).expect("bind server");
                    sock.set_read_timeout(Some(Duration::from_millis(100)))
                        .expect("timeout");
                    let _ = ready_tx.send(());
                    let reply = format!("SERVER_IP:{addr}");
                    let mut buf = [0u8; 1024];
                    while !flag.load(Ordering::SeqCst) {
                        if let Ok((n, from)) = sock.recv_from(&mut buf) {
                            if &buf[..n] == b"DISCOVER_SERVER" {
                                let _ = sock.send_to(reply.as_bytes(), from);
                            }
                        }
                    }
                });
                ready_rx
                    .recv_timeout(Duration::from_secs(10))
                    .expect("server ready");
                t
            })
            .collect();
        UnicastServers { stop, threads }
    }
}

impl Drop for UnicastServers {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

#[test]
fn an_on_link_sweep_of_a_slash_20_finds_every_server_at_default_settings() {
    require_root!();
    common::assert_isolated();
    let _one_sweep_at_a_time = SWEEP_LOCK.lock();
    const SERVERS: usize = 50;
    let mut lab = Lab::new();
    let (c, srv) = (lab.host("c"), lab.host("s"));
    lab.link(&c, "eth0", "10.81.0.1/20", &srv, "eth0", "10.81.0.2/20");
    // 50 distinct addresses spread at random over the /20 (fixed seed).
    let mut seed: u32 = 0x2545_F491;
    let mut addrs = std::collections::BTreeSet::new();
    while addrs.len() < SERVERS {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let host = 3 + seed % 4090; // .0.3 ..= .15.252
        addrs.insert(std::net::Ipv4Addr::from(
            u32::from(std::net::Ipv4Addr::new(10, 81, 0, 0)) + host,
        ));
    }
    let addrs: Vec<_> = addrs.into_iter().collect();
    let batch: String = addrs
        .iter()
        .map(|a| format!("addr add {a}/20 dev eth0\n"))
        .collect();
    lab.batch(&srv, &batch);
    let _servers = UnicastServers::start(&srv, &addrs);

    // Broadcast reaches none of them (and the fallback, which asks only
    // the /24 around the client, is off: this is about the whole /20).
    let (found, _, _) = scan(&lab, &c, &["--timeout", "1", "--no-fallback"]);
    assert!(found.is_empty(), "{found:?}");
    for run in 1..=3 {
        let started = Instant::now();
        let (found, fin, code) = scan_within(
            &lab,
            &c,
            &["--sweep", "--timeout", "3"],
            Duration::from_secs(180),
        );
        let took = started.elapsed();
        assert_eq!(code, Some(0), "{fin}");
        let mut got: Vec<String> = found
            .iter()
            .filter_map(|f| f["ip"].as_str().map(String::from))
            .collect();
        got.sort();
        let mut want: Vec<String> = addrs.iter().map(|a| a.to_string()).collect();
        want.sort();
        assert_eq!(got, want, "run {run}: {} of {SERVERS} found", got.len());
        // Every host of the /20 but the client itself and the 10.81.0.2 it knows.
        let swept = fin["interfaces"]
            .as_array()
            .and_then(|a| a.iter().find(|i| i["name"] == "targets"))
            .and_then(|t| t["probes_sent"].as_u64());
        // (more when the kernel dropped some and they were sent again)
        assert!(swept >= Some(4093), "{fin}");
        eprintln!(
            "on-link /20 sweep, run {run}: {SERVERS}/{SERVERS} found in {took:?}, {} probes",
            swept.unwrap_or(0)
        );
    }
}

#[test]
fn faults_one_interface_failing_removed_or_added_mid_scan() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let (c, s1, s2, s3) = (
        lab.host("c"),
        lab.host("s1"),
        lab.host("s2"),
        lab.host("s3"),
    );
    lab.link(&c, "eth0", "10.83.1.1/24", &s1, "eth0", "10.83.1.2/24");
    lab.link(&c, "eth1", "10.83.2.1/24", &s2, "eth0", "10.83.2.2/24");
    serve(&mut lab, &s1, 9999);
    serve(&mut lab, &s2, 9999);

    // Sending fails on eth1 (a firewall refuses it): eth0 still works.
    let rules = "table inet lanscout_fault {\n  chain out {\n    type filter hook output priority 0;\n    oifname \"eth1\" udp dport 9999 drop\n  }\n}\n";
    let mut nft = lab.cmd(&c, "nft");
    nft.args(["-f", "-"]).stdin(Stdio::piped());
    let mut child = nft.spawn().expect("nft");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), rules.as_bytes())
        .expect("rules");
    assert!(child.wait().expect("nft").success());
    let (_dir, cfg) = temp_config();
    let out = lab.lanscout(
        &c,
        &cfg,
        &["scan", "--json", "--timeout", "1", "--no-details"],
        LIMIT,
    );
    let lines = json_lines(&out.stdout);
    let found: Vec<Value> = events(&lines, "found").into_iter().cloned().collect();
    let warnings: Vec<String> = events(&lines, "warning")
        .iter()
        .filter_map(|w| w["message"].as_str().map(String::from))
        .collect();
    assert_eq!(out.status.code(), Some(0), "{lines:?}");
    assert_eq!(summary(&found), [(s("10.83.1.2"), 8000, None)]);
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("via eth1") && w.contains("not permitted")),
        "{warnings:?}"
    );
    let out = lab
        .cmd(&c, "nft")
        .args(["delete", "table", "inet", "lanscout_fault"])
        .output();
    assert!(out.is_ok_and(|o| o.status.success()));

    // eth1 removed and eth2 added while a scan runs: it ends on time.
    std::thread::sleep(Duration::from_millis(600));
    let started = Instant::now();
    let (_dir, cfg) = temp_config();
    let mut scan = common::KillOnDrop(
        lab.cmd(&c, common::bin())
            .arg("--config")
            .arg(&cfg)
            .args(["scan", "--json", "--timeout", "3", "--no-details"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("lanscout scan"),
    );
    let stdout = scan.0.stdout.take().expect("stdout");
    let mut reader = std::io::BufRead::lines(std::io::BufReader::new(stdout));
    let mut lines: Vec<Value> = Vec::new();
    // Removed only once the scan is proven to use it: the server behind
    // eth1 has answered.
    let via_eth1 = |v: &Value| v["event"] == "found" && v["ip"] == "10.83.2.2";
    for line in reader.by_ref().map_while(Result::ok) {
        if let Ok(v) = serde_json::from_str::<Value>(&line) {
            let seen = via_eth1(&v);
            lines.push(v);
            if seen {
                break;
            }
        }
    }
    assert!(
        lines.iter().any(via_eth1),
        "eth1's server never answered: {lines:?}"
    );
    let del = lab.cmd(&c, "ip").args(["link", "del", "eth1"]).status();
    assert!(del.is_ok_and(|s| s.success()), "delete eth1");
    lab.link(&c, "eth2", "10.83.3.1/24", &s3, "eth0", "10.83.3.2/24");
    lines.extend(
        reader
            .map_while(Result::ok)
            .filter_map(|l| serde_json::from_str::<Value>(&l).ok()),
    );
    let code = scan.0.wait().expect("wait for the scan").code();
    let took = started.elapsed();
    serve(&mut lab, &s3, 9999);
    assert_eq!(code, Some(0), "{lines:?}");
    let fin = events(&lines, "finished");
    let elapsed = common::elapsed_ms(fin.first().expect("a finished line"));
    assert!(common::on_time(elapsed, 3000), "ended at {elapsed} ms");
    assert!(took < Duration::from_secs(5), "{took:?}");
    let found: Vec<String> = events(&lines, "found")
        .iter()
        .filter_map(|f| f["ip"].as_str().map(String::from))
        .collect();
    assert!(found.contains(&s("10.83.1.2")), "{found:?}");
    eprintln!(
        "interface removed mid-scan: ended at {elapsed} ms; found {found:?}; warnings {:?}",
        events(&lines, "warning")
            .iter()
            .map(|w| w["message"].clone())
            .collect::<Vec<_>>()
    );
    // The next scan uses the interface that appeared.
    std::thread::sleep(Duration::from_millis(600));
    let (_dir, cfg) = temp_config();
    let out = lab.lanscout(
        &c,
        &cfg,
        &["scan", "--json", "--timeout", "1", "--no-details"],
        LIMIT,
    );
    let lines = json_lines(&out.stdout);
    let mut found: Vec<String> = events(&lines, "found")
        .iter()
        .filter_map(|f| f["ip"].as_str().map(String::from))
        .collect();
    found.sort();
    assert_eq!(found, [s("10.83.1.2"), s("10.83.3.2")], "{lines:?}");
}

/// Reads JSON lines from `child`'s stdout on a thread, handing each over.
fn json_stream(child: &mut std::process::Child) -> std::sync::mpsc::Receiver<Value> {
    use std::io::BufRead;
    let out = child.stdout.take().expect("piped stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<Value>(&line) {
                if tx.send(v).is_err() {
                    return;
                }
            }
        }
    });
    rx
}

/// The next line of `event` within `limit`.
fn next_event(
    rx: &std::sync::mpsc::Receiver<Value>,
    event: &str,
    limit: Duration,
) -> Option<Value> {
    let end = Instant::now() + limit;
    while let Some(left) = end.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(v) if v["event"] == event => return Some(v),
            Ok(_) => {}
            Err(_) => return None,
        }
    }
    None
}

#[test]
fn ctrl_c_stops_a_long_sweep_at_once_after_reporting_progress() {
    require_root!();
    common::assert_isolated();
    // a reaches 10.99.0.0/16 through r, which drops it: every probe is
    // sent, none answered; at 500/s the sweep would take 131 s.
    let mut lab = Lab::new();
    let (a, r) = (lab.host("a"), lab.host("r"));
    lab.link(&a, "eth0", "10.98.0.1/24", &r, "eth0", "10.98.0.254/24");
    lab.route(&a, "10.99.0.0/16", "10.98.0.254");
    let (_dir, cfg) = temp_config();
    let mut child = lab
        .cmd(&a, common::bin())
        .arg("--config")
        .arg(&cfg)
        .args([
            "scan",
            "--json",
            "--no-details",
            "--no-fallback",
            "-t",
            "10.99.0.0/16",
            "--rate",
            "500",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("scan");
    let rx = json_stream(&mut child);
    let progress = next_event(&rx, "progress", Duration::from_secs(10)).expect("a progress line");
    // 65 534 hosts, and the broadcast on eth0 in its 3 rounds.
    assert_eq!(progress["planned"].as_u64(), Some(65_534 + 3), "{progress}");
    let sent = progress["sent"].as_u64().expect("sent");
    assert!(sent > 0 && sent < 65_534, "{progress}");
    assert!(progress["remaining_s"].as_u64() > Some(60), "{progress}");
    let asked = Instant::now();
    common::signal(&child, libc::SIGINT);
    let finished = next_event(&rx, "finished", Duration::from_secs(5)).expect("a finished line");
    let status = child.wait().expect("wait");
    let took = asked.elapsed();
    eprintln!("Ctrl-C during a sweep: ended after {took:?}: {finished}");
    assert_eq!(finished["cancelled"], true, "{finished}");
    assert!(
        finished["probes_sent"].as_u64() < Some(65_534),
        "{finished}"
    );
    assert_eq!(status.code(), Some(1), "nothing found");
    assert!(took < common::AT_ONCE * 3, "{took:?}");
}

#[test]
fn sigterm_and_ctrl_c_end_server_mode_with_its_counts() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let (client, server) = lab.client_and_server("10.84.0");
    for sig in [libc::SIGTERM, libc::SIGINT] {
        let (_dir, cfg) = temp_config();
        let mut child = lab
            .cmd(&server, common::bin())
            .arg("--config")
            .arg(&cfg)
            .args(["serve", "--json", "--port", "9996"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("serve");
        let rx = json_stream(&mut child);
        lab.wait_udp_bound(&server, 9996);
        let (found, _, _) = scan(
            &lab,
            &client,
            &["--timeout", "1", "--port", "9996", "--no-fallback"],
        );
        assert_eq!(summary(&found), [(s("10.84.0.2"), 8000, None)]);
        let asked = Instant::now();
        common::signal(&child, sig);
        let stats = next_event(&rx, "stats", Duration::from_secs(5)).expect("a stats line");
        let status = child.wait().expect("wait");
        eprintln!(
            "serve, signal {sig}: ended after {:?}: {stats}",
            asked.elapsed()
        );
        assert_eq!(status.code(), Some(0), "signal {sig}");
        assert!(stats["answered"].as_u64() >= Some(1), "{stats}");
        assert!(
            !common::udp_table_has_port(
                &String::from_utf8_lossy(
                    &lab.cmd(&server, "cat")
                        .arg("/proc/net/udp")
                        .output()
                        .expect("cat")
                        .stdout
                ),
                9996
            ),
            "the port is released"
        );
    }
}

#[test]
fn answer_on_interface_answers_only_requesters_reached_through_it() {
    require_root!();
    common::assert_isolated();
    // s has eth0 towards c0 and eth1 towards c1; it answers only via eth1.
    let mut lab = Lab::new();
    let (c0, srv, c1) = (lab.host("c0"), lab.host("s"), lab.host("c1"));
    lab.link(&c0, "eth0", "10.85.0.1/24", &srv, "eth0", "10.85.0.2/24");
    lab.link(&srv, "eth1", "10.85.1.2/24", &c1, "eth0", "10.85.1.1/24");
    let (_dir, cfg) = temp_config();
    std::fs::write(&cfg, "[server]\ninterface = \"eth1\"\n").expect("settings");
    let mut serve = lab.cmd(&srv, common::bin());
    serve
        .arg("--config")
        .arg(&cfg)
        .args(["serve", "--port", "9995", "--duration", "120"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    lab.spawn(serve);
    lab.wait_udp_bound(&srv, 9995);
    // Positive control first: the requester behind eth1 is answered.
    let (found, _, _) = scan(
        &lab,
        &c1,
        &["--timeout", "1", "--port", "9995", "--no-fallback"],
    );
    assert_eq!(summary(&found), [(s("10.85.1.2"), 8000, None)], "via eth1");
    let (found, _, code) = scan(
        &lab,
        &c0,
        &["--timeout", "1", "--port", "9995", "--no-fallback"],
    );
    assert!(
        found.is_empty() && code == Some(1),
        "not via eth0: {found:?}"
    );
}
