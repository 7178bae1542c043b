//! The `lanscout` command line on loopback, as a user or a script sees it.
//! Every test runs inside an isolated network namespace (scripts/test.sh).

mod common;

use std::net::UdpSocket;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{events, json_lines, lanscout, temp_config};

const LIMIT: Duration = Duration::from_secs(20);

#[test]
fn scan_finds_lanscout_server_on_loopback_and_prints_it_at_once() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let port = common::free_udp_port();
    let _server = common::serve(&cfg, port, &[]);
    let started = Instant::now();
    let out = lanscout(
        &[
            "scan",
            "--target",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--timeout",
            "1.5",
            "--json",
        ],
        &cfg,
        LIMIT,
    );
    let wall = started.elapsed();
    let lines = json_lines(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let found = events(&lines, "found");
    assert_eq!(found.len(), 1, "{lines:?}");
    let f = found[0];
    assert_eq!(f["event"], "found");
    assert_eq!(f["ip"], "127.0.0.1");
    assert_eq!(f["port"], 8000);
    assert_eq!(f["url"], "http://127.0.0.1:8000/");
    assert_eq!(f["interface"], "lo");
    assert_eq!(f["source"], format!("127.0.0.1:{port}"));
    assert!(f["announced"].is_null());
    assert!(f["rtt_ms"].as_f64().is_some_and(|ms| ms < 200.0), "{f}");
    // A loopback server announcing its own (loopback) address is usable
    // from here: no "not reachable from here" warning, nor any other.
    let warnings = events(&lines, "warning");
    assert!(warnings.is_empty(), "{warnings:?}");
    let fin = events(&lines, "finished");
    assert_eq!(fin.len(), 1);
    assert_eq!(lines.last().map(|l| &l["event"]), Some(&"finished".into()));
    assert_eq!(fin[0]["servers"], 1);
    assert!(fin[0]["replies"].as_u64() >= Some(1));
    assert_eq!(fin[0]["invalid"], 0);
    assert!(
        fin[0]["rcvbuf"].as_u64() > Some(8_000_000),
        "root gets a forced buffer: {}",
        fin[0]
    );
    let elapsed = common::elapsed_ms(fin[0]);
    assert!(
        common::on_time(elapsed, 1500),
        "elapsed {elapsed} ms for a 1.5 s scan"
    );
    assert!(wall < Duration::from_millis(3000), "wall time {wall:?}");
}

#[test]
fn advertised_web_port_and_https_scheme_reach_the_url() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let port = common::free_udp_port();
    let _server = common::serve(&cfg, port, &["--web-port", "8443"]);
    let out = lanscout(
        &[
            "scan",
            "-t",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--timeout",
            "1",
            "--scheme",
            "https",
        ],
        &cfg,
        LIMIT,
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let first = text.lines().next().unwrap_or_default();
    assert!(first.starts_with("https://127.0.0.1:8443/ "), "{first:?}");
    assert!(first.contains(" lo "), "{first:?}");
    assert!(text.contains("1 server found"), "{text}");
}

#[test]
fn scan_finds_the_stock_django_listener_on_loopback() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let port = common::free_udp_port();
    let mut stock = common::stock_server_command(&[], port, 15)
        .spawn()
        .expect("start stock server");
    // The stock listener answers only a few seconds after launch.
    let mut out = None;
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline {
        let o = lanscout(
            &[
                "scan",
                "-t",
                "127.0.0.1",
                "--port",
                &port.to_string(),
                "--timeout",
                "0.5",
                "--json",
            ],
            &cfg,
            LIMIT,
        );
        let done = o.status.code() == Some(0);
        out = Some(o);
        if done {
            break;
        }
    }
    let out = out.expect("at least one scan ran");
    let _ = stock.kill();
    let _ = stock.wait();
    let lines = json_lines(&out.stdout);
    let found = events(&lines, "found");
    assert_eq!(
        found.len(),
        1,
        "{lines:?} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(found[0]["url"], "http://127.0.0.1:8000/");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn nothing_found_exits_1_and_explains() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let port = common::free_udp_port();
    let out = lanscout(
        &[
            "scan",
            "-t",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--timeout",
            "0.5",
        ],
        &cfg,
        LIMIT,
    );
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("0 servers found"), "{text}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("firewall") && err.contains(&port.to_string()),
        "{err}"
    );
}

#[test]
fn bad_values_are_refused_with_the_reason_and_exit_2() {
    let (_dir, cfg) = temp_config();
    for (args, needle) in [
        (&["scan", "--port", "0"][..], "65535"),
        (&["scan", "--timeout", "soon"], "not a number"),
        (&["scan", "--target", "10.0.0.0/8"], "/16"),
        (&["scan", "--target", "bad host"], "not an IPv4 address"),
        (&["scan", "--scheme", "ftp"], "http or https"),
        (&["scan", "--rate", "0"], "probes per second"),
        (&["serve", "--web-port", "70000"], "65535"),
        (&["scan", "--frobnicate"], "frobnicate"),
    ] {
        let out = lanscout(args, &cfg, LIMIT);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}

#[test]
fn settings_file_applies_and_flags_override_it() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let port = common::free_udp_port();
    let _server = common::serve(&cfg, port, &["--web-port", "8123"]);
    std::fs::write(
        &cfg,
        format!("[scan]\nport = {port}\ntimeout_secs = 0.8\nextra_targets = [\"127.0.0.1\"]\nscheme = \"https\"\n"),
    )
    .expect("write settings");
    let out = lanscout(&["scan", "--json"], &cfg, LIMIT);
    let lines = json_lines(&out.stdout);
    assert_eq!(
        events(&lines, "found")[0]["url"],
        "https://127.0.0.1:8123/",
        "{lines:?}"
    );
    let elapsed = common::elapsed_ms(events(&lines, "finished")[0]);
    assert!(
        common::on_time(elapsed, 800),
        "timeout from the file: {elapsed}"
    );
    // The server answers one source at most every 500 ms.
    std::thread::sleep(Duration::from_millis(600));
    let out = lanscout(
        &["scan", "--json", "--scheme", "http", "--timeout", "0.3"],
        &cfg,
        LIMIT,
    );
    let lines = json_lines(&out.stdout);
    assert_eq!(events(&lines, "found")[0]["url"], "http://127.0.0.1:8123/");
}

#[test]
fn unreadable_settings_file_is_kept_aside_with_a_warning() {
    common::assert_isolated();
    let (dir, cfg) = temp_config();
    std::fs::write(&cfg, "this is [not toml").expect("write junk");
    let out = lanscout(
        &["scan", "--timeout", "0.2", "-t", "127.0.0.1", "--port", "9"],
        &cfg,
        LIMIT,
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "an unreadable file is a warning, not an exit"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("warning") && err.contains("kept as"), "{err}");
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("unreadable"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read_to_string(kept[0].path()).ok().as_deref(),
        Some("this is [not toml")
    );
}

#[test]
fn busy_port_exits_2_fast_naming_the_port() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let holder = UdpSocket::bind("0.0.0.0:0").expect("hold a port");
    let port = holder.local_addr().expect("addr").port();
    let started = Instant::now();
    let out = lanscout(&["serve", "--port", &port.to_string()], &cfg, LIMIT);
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&port.to_string()) && err.contains("in use"),
        "{err}"
    );
    // Reported at once, not after some timeout (the limit includes
    // starting the process).
    assert!(took < common::AT_ONCE * 3, "took {took:?}");
}

#[test]
fn serve_reports_each_request_and_stats_and_stops_at_duration() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let port = common::free_udp_port();
    let spawned = Instant::now();
    let child = Command::new(common::bin())
        .arg("--config")
        .arg(&cfg)
        .args([
            "serve",
            "--port",
            &port.to_string(),
            "--duration",
            "1.5",
            "--json",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    assert!(
        common::wait_for(Duration::from_secs(5), || common::udp_port_bound(port)),
        "serve did not bind"
    );
    let client = UdpSocket::bind("127.0.0.1:0").expect("client");
    client
        .set_read_timeout(Some(Duration::from_secs(1)))
        .expect("timeout");
    client
        .send_to(b"DISCOVER_SERVER\n", ("127.0.0.1", port))
        .expect("send");
    client
        .send_to(b"DISCOVER_SERVER", ("127.0.0.1", port))
        .expect("send");
    let mut buf = [0u8; 100];
    let (n, _) = client.recv_from(&mut buf).expect("reply");
    assert_eq!(&buf[..n], b"SERVER_IP:127.0.0.1", "exactly the stock bytes");
    client
        .send_to(b"DISCOVER_SERVER", ("127.0.0.1", port))
        .expect("send again");
    assert!(
        client.recv_from(&mut buf).is_err(),
        "second request within 500 ms is rate-limited"
    );
    let out = common::wait_limited(child, LIMIT);
    // Not before its 1.5 s, and not running on (LIMIT would end it at 20 s).
    let ran = spawned.elapsed();
    assert!(
        (Duration::from_millis(1500)..Duration::from_secs(8)).contains(&ran),
        "serve --duration 1.5 ended after {ran:?}"
    );
    let lines = json_lines(&out.stdout);
    assert_eq!(events(&lines, "ignored").len(), 1, "{lines:?}");
    assert_eq!(events(&lines, "answered").len(), 1);
    assert_eq!(events(&lines, "rate_limited").len(), 1);
    let stats = events(&lines, "stats");
    assert_eq!(stats[0]["requests"], 3);
    assert_eq!(stats[0]["answered"], 1);
}

#[test]
fn junk_oversize_and_trickle_do_not_extend_the_deadline() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let fake = UdpSocket::bind("127.0.0.1:0").expect("fake server");
    let port = fake.local_addr().expect("addr").port();
    let feeder = std::thread::spawn(move || {
        let mut buf = [0u8; 64];
        fake.set_read_timeout(Some(Duration::from_secs(10))).ok();
        let Ok((_, scanner)) = fake.recv_from(&mut buf) else {
            return 0;
        };
        let mut sent = 0;
        let _ = fake.send_to(b"SERVER_IP:junk", scanner);
        let _ = fake.send_to(&vec![b'A'; 64 * 1024 - 100], scanner);
        let end = Instant::now() + Duration::from_secs(4);
        while Instant::now() < end {
            if fake.send_to(b"hello?", scanner).is_err() {
                break;
            }
            sent += 1;
            std::thread::sleep(Duration::from_millis(20));
        }
        sent
    });
    let started = Instant::now();
    let out = lanscout(
        &[
            "scan",
            "-t",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--timeout",
            "1.5",
            "--json",
            "--retries",
            "0",
        ],
        &cfg,
        LIMIT,
    );
    let wall = started.elapsed();
    let lines = json_lines(&out.stdout);
    let fin = events(&lines, "finished");
    let elapsed = common::elapsed_ms(fin[0]);
    assert!(
        common::on_time(elapsed, 1500),
        "deadline held: {elapsed} ms"
    );
    assert!(wall < Duration::from_millis(3000), "wall {wall:?}");
    assert!(
        fin[0]["invalid"].as_u64() >= Some(30),
        "junk counted: {}",
        fin[0]
    );
    assert_eq!(fin[0]["servers"], 0);
    assert!(!events(&lines, "warning").is_empty());
    assert_eq!(out.status.code(), Some(1));
    assert!(feeder.join().unwrap_or(0) > 50);
}

#[test]
fn spoofed_broadcast_source_does_not_stop_the_responder() {
    common::assert_isolated();
    require_root!("for a raw socket");
    let (_dir, cfg) = temp_config();
    let port = common::free_udp_port();
    // Counts what server mode sends: to a broadcast, unspecified or
    // multicast address (must stay 0), and to loopback (the control).
    let table = format!("lanscout_spoof_{port}");
    let rules = format!(
        "table inet {table} {{\n  chain out {{\n    type filter hook output priority 0; policy accept;\n    \
         udp sport {port} ip daddr {{ 255.255.255.255, 0.0.0.0, 224.0.0.0/4 }} counter\n    \
         udp sport {port} ip daddr 127.0.0.0/8 counter\n  }}\n}}\n"
    );
    let mut nft = Command::new("nft")
        .args(["-f", "-"])
        .stdin(Stdio::piped())
        .spawn()
        .expect("nft (scripts/test.sh installs nftables)");
    std::io::Write::write_all(&mut nft.stdin.take().expect("stdin"), rules.as_bytes())
        .expect("rules");
    assert!(nft.wait().expect("nft").success(), "{rules}");
    let counters = || -> Vec<u64> {
        let out = Command::new("nft")
            .args(["list", "table", "inet", &table])
            .output()
            .expect("nft list");
        String::from_utf8_lossy(&out.stdout)
            .split("counter packets ")
            .skip(1)
            .filter_map(|s| s.split(' ').next()?.parse().ok())
            .collect()
    };
    let _server = common::serve(&cfg, port, &[]);
    for src in ["255.255.255.255", "0.0.0.0", "224.0.0.1"] {
        let st = Command::new(common::peers_python())
            .arg(common::peer_script("spoof.py"))
            .args([
                src,
                "5555",
                "127.0.0.1",
                &port.to_string(),
                "DISCOVER_SERVER",
            ])
            .status()
            .expect("spoof");
        assert!(st.success());
    }
    std::thread::sleep(Duration::from_millis(200));
    let out = lanscout(
        &[
            "scan",
            "-t",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--timeout",
            "1",
        ],
        &cfg,
        LIMIT,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "responder still answers after spoofed requests"
    );
    let sent = counters();
    let _ = Command::new("nft")
        .args(["delete", "table", "inet", &table])
        .status();
    assert_eq!(sent.len(), 2, "the two counters");
    assert_eq!(
        sent[0], 0,
        "a reply went to a broadcast or multicast address"
    );
    assert!(
        sent[1] >= 1,
        "the control: the scan's request was answered on loopback"
    );
}

#[test]
fn closed_pipe_ends_quietly() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let port = common::free_udp_port();
    let _server = common::serve(&cfg, port, &[]);
    let script = format!(
        "'{}' --config '{}' scan -t 127.0.0.1 --port {port} --timeout 1 | head -c 5; echo; echo status=${{PIPESTATUS[0]}}",
        common::bin(),
        cfg.display()
    );
    let out = common::run_with_limit(Command::new("bash").args(["-c", &script]), LIMIT);
    let text = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(text.starts_with("http:"), "{text}");
    assert!(text.contains("status=0"), "{text} {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn interfaces_lists_what_a_scan_would_use() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let out = lanscout(&["interfaces", "--json"], &cfg, LIMIT);
    assert_eq!(out.status.code(), Some(0));
    let lines = json_lines(&out.stdout);
    let lo = lines.iter().find(|l| l["name"] == "lo").expect("lo listed");
    assert_eq!(lo["used"], false);
    assert_eq!(lo["skipped"], "loopback address");
    let human = lanscout(&["interfaces"], &cfg, LIMIT);
    assert!(String::from_utf8_lossy(&human.stdout).contains("skipped: loopback address"));
}

#[test]
fn help_marks_no_rate_limit_as_benchmark_only() {
    let (_dir, cfg) = temp_config();
    let out = lanscout(&["serve", "--help"], &cfg, LIMIT);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("--no-rate-limit") && text.contains("BENCHMARKS ONLY"),
        "{text}"
    );
}

#[test]
fn explain_prints_the_findings_even_when_servers_are_found() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let port = common::free_udp_port();
    let _server = common::serve(&cfg, port, &[]);
    let p = port.to_string();
    let args = [
        "scan",
        "-t",
        "127.0.0.1",
        "--port",
        &p,
        "--timeout",
        "0.5",
        "--no-details",
    ];
    let out = lanscout(&[&args[..], &["--explain"]].concat(), &cfg, LIMIT);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("Favourites and added addresses: asked once, 1 answer"),
        "{err}"
    );
    std::thread::sleep(Duration::from_millis(600));
    let out = lanscout(&[&args[..], &["--explain", "--json"]].concat(), &cfg, LIMIT);
    let lines = json_lines(&out.stdout);
    let explain = events(&lines, "explain");
    assert_eq!(explain.len(), 1, "{lines:?}");
    assert!(explain[0]["findings"]
        .as_array()
        .is_some_and(|f| f.len() >= 2));
}

#[test]
fn scan_format_csv_and_json_print_every_server_with_its_name_at_the_end() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let (web_port, _) = common::titled_page_on_loopback("Lab &amp; Stock");
    let port = common::free_udp_port();
    let _server = common::serve(&cfg, port, &["--web-port", &web_port.to_string()]);
    let scan = |format: &str| {
        lanscout(
            &[
                "scan",
                "-t",
                "127.0.0.1",
                "--port",
                &port.to_string(),
                "--timeout",
                "1.5",
                "--format",
                format,
            ],
            &cfg,
            LIMIT,
        )
    };
    let out = scan("csv");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "name,ip,port,url,interface,source,announced,rtt_ms,local,hostname,title,server,mac,vendor,web,found_by",
            lines.get(1).copied().unwrap_or("(no row)"),
        ],
        "the table is the whole of stdout: {stdout}"
    );
    let row = lines[1];
    let url = format!("http://127.0.0.1:{web_port}/");
    assert!(
        row.starts_with(&format!(
            "Lab & Stock,127.0.0.1,{web_port},{url},lo,127.0.0.1:{port},,"
        )),
        "{row}"
    );
    let fields: Vec<&str> = row.split(',').collect();
    assert_eq!(fields.len(), 16, "{row}");
    assert_eq!(fields[8], "true", "a server on this computer: {row}");
    assert_eq!(fields[10], "Lab & Stock", "the page title: {row}");
    assert_eq!(fields[14], "true", "the web port answered: {row}");
    assert_eq!(fields[15], "udp", "found by the UDP probe: {row}");
    assert!(
        stderr.contains("1 server found"),
        "summary on stderr: {stderr}"
    );

    let out = scan("json");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON array");
    let servers = v.as_array().expect("array");
    assert_eq!(servers.len(), 1, "{v}");
    assert_eq!(servers[0]["title"], "Lab & Stock");
    assert_eq!(servers[0]["url"], url.as_str());
    assert_eq!(servers[0]["web"], true);

    // --json and --format conflict: a clear refusal, exit 2.
    let out = lanscout(&["scan", "--json", "--format", "csv"], &cfg, LIMIT);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used with"));
}

#[test]
fn without_config_the_settings_come_from_the_home_folder() {
    common::assert_isolated();
    let home = tempfile::tempdir().expect("home");
    let dir = home.path().join(".config/lanscout");
    std::fs::create_dir_all(&dir).expect("config dir");
    std::fs::write(dir.join("settings.toml"), "[scan]\ntimeout_secs = 0.7\n").expect("settings");
    let port = common::free_udp_port().to_string();
    let out = common::run_with_limit(
        Command::new(common::bin())
            .args([
                "scan",
                "--json",
                "--no-details",
                "-t",
                "127.0.0.1",
                "--port",
                &port,
            ])
            .env("HOME", home.path())
            .env_remove("XDG_CONFIG_HOME"),
        LIMIT,
    );
    let lines = json_lines(&out.stdout);
    let elapsed = common::elapsed_ms(events(&lines, "finished")[0]);
    assert!(
        common::on_time(elapsed, 700),
        "the timeout came from ~/.config/lanscout/settings.toml: {elapsed} ms"
    );
}

#[test]
fn without_any_home_folder_the_cli_says_so_and_exits_2() {
    common::assert_isolated();
    require_root!("to run as a user with no passwd entry");
    // A user id with no passwd entry and no HOME: no settings location.
    let out = common::run_with_limit(
        Command::new("setpriv")
            .args(["--reuid=54321", "--regid=54321", "--clear-groups", "--"])
            .arg(common::bin())
            .args(["scan", "-t", "127.0.0.1", "--timeout", "0.2"])
            .env_remove("HOME")
            .env_remove("XDG_CONFIG_HOME"),
        LIMIT,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("cannot find a home folder for the settings file"),
        "{err}"
    );
}

#[test]
fn an_interface_listing_error_and_a_socket_error_exit_2_with_the_reason() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    // Positive control: without the fault both work.
    let ok = lanscout(&["interfaces"], &cfg, LIMIT);
    assert_eq!(ok.status.code(), Some(0), "{ok:?}");
    let run = |args: &[&str], site: &str| {
        common::run_with_limit(
            Command::new(common::bin())
                .arg("--config")
                .arg(&cfg)
                .args(args)
                .env("LANSCOUT_TEST_FAIL", site),
            LIMIT,
        )
    };
    let out = run(&["interfaces"], "interfaces");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("cannot list network interfaces: injected interface-listing error"),
        "{err}"
    );
    let out = run(&["scan", "-t", "127.0.0.1", "--timeout", "0.3"], "socket");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("cannot open a UDP socket for scanning: injected socket error"),
        "{err}"
    );
    // A scan whose interface list fails still probes its targets, and says so.
    let out = run(
        &["scan", "-t", "127.0.0.1", "--timeout", "0.3"],
        "interfaces",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "nothing found, not an error: {err}"
    );
    assert!(err.contains("cannot list the network interfaces"), "{err}");
}

/// `lanscout --version` names the version and the commit the binary was
/// built from (build.rs), the one this checkout is at.
#[test]
fn version_names_the_release_and_the_commit() {
    let out = Command::new(common::bin())
        .arg("--version")
        .output()
        .expect("lanscout --version");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    let head = Command::new("git")
        .args(["rev-parse", "--short=10", "HEAD"])
        .current_dir(common::root())
        .output()
        .expect("git (the tests run in a checkout)");
    let head = String::from_utf8_lossy(&head.stdout).trim().to_string();
    assert_eq!(head.len(), 10, "git rev-parse: {head:?}");
    assert_eq!(
        text.trim(),
        format!("lanscout {} (commit {head})", env!("CARGO_PKG_VERSION"))
    );
}

/// What `lanscout --generate KIND` writes (scripts/test.sh builds with
/// the `generate` feature; the shipped binary has no `--generate`).
#[cfg(feature = "generate")]
fn generated(kind: &str) -> String {
    let out = Command::new(common::bin())
        .args(["--generate", kind])
        .output()
        .expect("lanscout --generate");
    assert!(out.status.success(), "--generate {kind}: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The man page renders with groff without a warning (as man and lintian
/// render it) and shows every subcommand's options.
#[cfg(feature = "generate")]
#[test]
fn the_man_page_renders_without_warnings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("lanscout.1");
    std::fs::write(&page, generated("man")).expect("write the page");
    let out = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-b", "-P-bou"])
        .arg(&page)
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("groff (man-db's groff-base)");
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && warnings.is_empty(),
        "groff: {warnings}"
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for heading in ["LANSCOUT SCAN", "LANSCOUT SERVE", "LANSCOUT INTERFACES"] {
        assert!(text.contains(heading), "{heading} in:\n{text}");
    }
    assert!(
        text.contains("--sweep") || text.contains("‐‐sweep"),
        "{text}"
    );
}

/// bash, given the generated completions, completes the subcommands and a
/// subcommand's flags (as it does when Tab is pressed).
#[cfg(feature = "generate")]
#[test]
fn bash_completes_subcommands_and_flags() {
    let script = format!(
        "{}\n\
         COMP_WORDS=(lanscout se); COMP_CWORD=1; _lanscout lanscout se lanscout; echo \"${{COMPREPLY[*]}}\"\n\
         COMP_WORDS=(lanscout scan --swe); COMP_CWORD=2; _lanscout lanscout --swe scan; echo \"${{COMPREPLY[*]}}\"\n",
        generated("complete-bash")
    );
    let out = Command::new("bash")
        .args(["--norc", "-c", &script])
        .output()
        .expect("bash");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(out.status.success() && lines.len() == 2, "{out:?}");
    assert_eq!(lines[0], "serve");
    assert!(lines[1].split(' ').any(|w| w == "--sweep"), "{lines:?}");
}
