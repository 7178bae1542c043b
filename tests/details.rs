//! Names, page titles and links: what LanScout learns about each server,
//! against real web servers (on loopback, and in namespace labs with a
//! Docker-style NAT and a host name known only to the client's /etc/hosts).
//! Every network test runs isolated (scripts/test.sh uses `unshare --net`).

mod common;

use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{events, json_lines, lanscout, temp_config, Lab};
use lanscout::details::page;
use lanscout::details::text::MAX_TITLE_CHARS;
use lanscout::protocol::Scheme;

const LIMIT: Duration = Duration::from_secs(30);

/// How a test web server answers `GET`.
#[derive(Clone)]
enum Page {
    /// 200 with this body and `Server` header.
    Html(Vec<u8>, &'static str),
    /// 200, `size` bytes: a title, then filler.
    Big(usize),
    /// 200 without a length: a title start, then a byte every 50 ms, forever.
    Endless,
    /// 302 to this location.
    Redirect(String),
}

/// A minimal HTTP/1.1 server on loopback that records every request line.
struct WebServer {
    port: u16,
    requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
}

impl WebServer {
    fn start(page: Page) -> WebServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind web server");
        let port = listener.local_addr().expect("addr").port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (log, flag) = (Arc::clone(&requests), Arc::clone(&stop));
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if flag.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (page, log, flag) = (page.clone(), Arc::clone(&log), Arc::clone(&flag));
                std::thread::spawn(move || serve_one(conn, &page, &log, &flag));
            }
        });
        WebServer {
            port,
            requests,
            stop,
        }
    }

    fn requests(&self) -> Vec<String> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

impl Drop for WebServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn serve_one(mut conn: TcpStream, page: &Page, log: &Mutex<Vec<String>>, stop: &AtomicBool) {
    let _ = conn.set_read_timeout(Some(Duration::from_secs(5)));
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 8192 {
        match conn.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let first = String::from_utf8_lossy(&head)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    if let Ok(mut l) = log.lock() {
        l.push(first);
    }
    let _ = match page {
        Page::Html(body, server) => conn
            .write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nServer: {server}\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                )
                .as_bytes(),
            )
            .and_then(|_| conn.write_all(body)),
        Page::Big(size) => {
            let mut body = b"<html><head><title>Big page</title></head><body>".to_vec();
            body.resize(*size, b'x');
            conn.write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {size}\r\n\r\n"
                )
                .as_bytes(),
            )
            .and_then(|_| conn.write_all(&body))
        }
        Page::Endless => (|| {
            conn.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<title>slow")?;
            while !stop.load(Ordering::SeqCst) {
                conn.write_all(b".")?;
                conn.flush()?;
                std::thread::sleep(Duration::from_millis(50));
            }
            Ok(())
        })(),
        Page::Redirect(location) => conn.write_all(
            format!(
                "HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )
            .as_bytes(),
        ),
    };
}

const LOCAL: Ipv4Addr = Ipv4Addr::LOCALHOST;

fn timed_fetch(port: u16) -> (page::PageInfo, Duration) {
    let started = Instant::now();
    let info = page::fetch(Scheme::Http, LOCAL, port, page::FETCH_TIMEOUT);
    (info, started.elapsed())
}

#[test]
fn a_page_gives_its_decoded_title_and_server_header() {
    common::assert_isolated();
    let web = WebServer::start(Page::Html(
        "<html><head><title>\n  Inventory · Lab 3 &amp; Co &#8212; Ünïcode\n</title></head></html>"
            .as_bytes()
            .to_vec(),
        "nginx/1.22",
    ));
    let (info, took) = timed_fetch(web.port);
    assert_eq!(
        info.title.as_deref(),
        Some("Inventory · Lab 3 & Co — Ünïcode")
    );
    assert_eq!(info.server.as_deref(), Some("nginx/1.22"));
    assert!(took < Duration::from_secs(1), "{took:?}");
    assert_eq!(web.requests(), ["GET / HTTP/1.1"]);
}

#[test]
fn hostile_pages_are_read_in_bounded_time_with_capped_text() {
    common::assert_isolated();
    let bound = page::FETCH_TIMEOUT + Duration::from_millis(300);

    // 10 MB: only the first 64 KiB are read.
    let web = WebServer::start(Page::Big(10 * 1024 * 1024));
    let (info, took) = timed_fetch(web.port);
    assert_eq!(info.title.as_deref(), Some("Big page"));
    assert!(took < bound, "10 MB page took {took:?}");

    // A page that never ends: the fetch ends at its timeout with what came.
    let web = WebServer::start(Page::Endless);
    let (info, took) = timed_fetch(web.port);
    assert!(took < bound, "endless page took {took:?}");
    assert!(
        info.title.as_deref().is_some_and(|t| t.starts_with("slow")),
        "{info:?}"
    );

    // A redirect loop: at most 3 redirects are followed.
    let web = WebServer::start(Page::Redirect("/".into()));
    let (info, took) = timed_fetch(web.port);
    assert!(took < bound, "redirect loop took {took:?}");
    assert_eq!(info.title, None);
    assert_eq!(web.requests().len(), 4, "1 request + 3 redirects");

    // A redirect to another host is not followed.
    let web = WebServer::start(Page::Redirect("http://10.99.0.1:8000/".into()));
    let (info, _) = timed_fetch(web.port);
    assert!(info.answered);
    assert_eq!(web.requests().len(), 1);

    // Control characters and 10 000 characters: cleaned and capped.
    let mut body = b"<title>\x1b[31mRed\x07 ".to_vec();
    body.extend(std::iter::repeat_n(b'y', 10_000));
    body.extend_from_slice(b"</title>");
    let web = WebServer::start(Page::Html(body, "evil\r\nX-Injected: 1"));
    let (info, _) = timed_fetch(web.port);
    let title = info.title.unwrap_or_default();
    assert!(title.starts_with("[31mRed y"), "{title:?}");
    assert_eq!(title.chars().count(), MAX_TITLE_CHARS);
    assert!(!title.chars().any(char::is_control));

    // Invalid UTF-8: replaced, not a failure.
    let web = WebServer::start(Page::Html(b"<title>caf\xe9 \xff</title>".to_vec(), "x"));
    let (info, _) = timed_fetch(web.port);
    assert_eq!(info.title.as_deref(), Some("caf\u{FFFD} \u{FFFD}"));
}

#[test]
fn scan_json_adds_a_details_line_per_server_and_no_details_sends_no_request() {
    common::assert_isolated();
    let web = WebServer::start(Page::Html(
        b"<title>Inventory</title>".to_vec(),
        "WSGIServer/0.2",
    ));
    let (_dir, cfg) = temp_config();
    let port = common::free_udp_port();
    let web_port = web.port.to_string();
    let _server = common::serve(&cfg, port, &["--web-port", &web_port]);
    let scan = |extra: &[&str]| {
        let mut args = vec!["scan", "--json", "--target", "127.0.0.1", "--port"];
        let p = port.to_string();
        args.push(&p);
        args.extend_from_slice(&["--timeout", "1", "--retries", "0"]);
        args.extend_from_slice(extra);
        let started = Instant::now();
        let out = lanscout(&args, &cfg, LIMIT);
        (
            json_lines(&out.stdout),
            started.elapsed(),
            out.status.code(),
        )
    };

    let (lines, wall, code) = scan(&["--no-details"]);
    assert_eq!(code, Some(0), "{lines:?}");
    assert!(events(&lines, "details").is_empty(), "{lines:?}");
    assert!(
        web.requests().is_empty(),
        "--no-details sent {:?}",
        web.requests()
    );
    assert!(wall < Duration::from_millis(1800), "{wall:?}");

    std::thread::sleep(Duration::from_millis(600)); // the server's per-source limit
    let (lines, wall, code) = scan(&[]);
    assert_eq!(code, Some(0), "{lines:?}");
    let kinds: Vec<&str> = lines
        .iter()
        .filter_map(|l| l["event"].as_str())
        .filter(|e| *e != "warning")
        .collect();
    assert_eq!(kinds, ["found", "details", "finished"], "{lines:?}");
    let d = events(&lines, "details")[0];
    let url = format!("http://127.0.0.1:{}/", web.port);
    assert_eq!(d["url"], url.as_str());
    assert_eq!(d["ip"], "127.0.0.1");
    assert_eq!(d["port"], web.port);
    assert_eq!(d["title"], "Inventory");
    assert_eq!(d["server"], "WSGIServer/0.2");
    assert_eq!(d["web"], true);
    assert_eq!(d["hostname"], "localhost", "from /etc/hosts");
    for key in ["mac", "vendor"] {
        assert!(d.get(key).is_some_and(|v| v.is_null()), "{key}: {d}");
    }
    assert_eq!(web.requests(), ["GET / HTTP/1.1"]);
    assert!(wall < Duration::from_millis(2600), "{wall:?}");
}

/// Writes `/etc/netns/NS/hosts` (seen by `ip netns exec NS` as /etc/hosts)
/// and removes it on drop.
struct NetnsHosts(std::path::PathBuf);

impl NetnsHosts {
    fn write(ns: &str, lines: &str) -> NetnsHosts {
        let dir = std::path::PathBuf::from(format!("/etc/netns/{ns}"));
        std::fs::create_dir_all(&dir).expect("create /etc/netns dir");
        std::fs::write(dir.join("hosts"), lines).expect("write hosts");
        NetnsHosts(dir)
    }
}

impl Drop for NetnsHosts {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A static web server (Python's http.server) in `ns` serving `index.html`.
fn web_server_in(lab: &mut Lab, ns: &str, title_html: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("web root");
    std::fs::write(
        dir.path().join("index.html"),
        format!("<!doctype html><html><head><meta charset=\"utf-8\"><title>{title_html}</title></head><body>hi</body></html>"),
    )
    .expect("index.html");
    let mut cmd = lab.cmd(ns, "python3");
    cmd.args([
        "-m",
        "http.server",
        "8000",
        "--bind",
        "0.0.0.0",
        "--directory",
    ])
    .arg(dir.path())
    .stdout(Stdio::null())
    .stderr(Stdio::null());
    lab.spawn(cmd);
    dir
}

fn scan_in(lab: &Lab, ns: &str, args: &[&str]) -> Vec<serde_json::Value> {
    let (_dir, cfg) = temp_config();
    let mut full = vec!["scan", "--json"];
    full.extend_from_slice(args);
    let out = lab.lanscout(ns, &cfg, &full, LIMIT);
    let lines = json_lines(&out.stdout);
    assert!(
        !events(&lines, "finished").is_empty(),
        "no finished line: {lines:?} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    lines
}

#[test]
fn a_server_in_a_container_behind_nat_gets_a_link_that_opens() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let (client, host, container) = (lab.host("c"), lab.host("h"), lab.host("k"));
    lab.link(
        &client,
        "eth0",
        "10.78.0.1/24",
        &host,
        "eth0",
        "10.78.0.2/24",
    );
    lab.link(
        &host,
        "docker0",
        "172.17.0.1/16",
        &container,
        "eth0",
        "172.17.0.2/16",
    );
    lab.default_route(&container, "172.17.0.1");
    lab.forward(&host);
    // Docker's published ports: -p 9999:9999/udp -p 8000:8000.
    let rules = "table ip nat {
  chain prerouting {
    type nat hook prerouting priority dstnat;
    iifname \"eth0\" udp dport 9999 dnat to 172.17.0.2:9999
    iifname \"eth0\" tcp dport 8000 dnat to 172.17.0.2:8000
  }
  chain postrouting {
    type nat hook postrouting priority srcnat;
    ip saddr 172.17.0.0/16 oifname != \"docker0\" masquerade
  }
}
";
    lab.nft(&host, rules);
    lab.stock_server(&container, 9999, 120);
    let _web = web_server_in(&mut lab, &container, "Shop");
    common::wait_tcp_listening(&container, 8000);
    lab.wait_until_answering(&client, "10.78.0.2", 9999);

    // What the stock client sees: the container's own address.
    let mut raw = lab.cmd(&client, &common::peers_python().display().to_string());
    raw.args([
        "-c",
        "import socket,json\n\
from discovery_client.network.socket import parse_response\n\
s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); s.settimeout(3)\n\
s.sendto(b'DISCOVER_SERVER',('10.78.0.2',9999)); d,a=s.recvfrom(4096)\n\
print(json.dumps([d.decode(), a[0], parse_response(d,b'SERVER_IP:')]))",
    ]);
    let out = common::run_with_limit(&mut raw, LIMIT);
    let stock: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {out:?}"));
    assert_eq!(
        stock,
        serde_json::json!(["SERVER_IP:172.17.0.2", "10.78.0.2", ["172.17.0.2", 8000]])
    );

    std::thread::sleep(Duration::from_millis(600));
    let lines = scan_in(
        &lab,
        &client,
        &["--target", "10.78.0.2", "--timeout", "1.5"],
    );
    let found = events(&lines, "found");
    assert_eq!(found.len(), 1, "{lines:?}");
    assert_eq!(found[0]["announced"], "172.17.0.2");
    let details = events(&lines, "details");
    assert_eq!(details.len(), 1, "{lines:?}");
    assert_eq!(details[0]["url"], "http://10.78.0.2:8000/", "{lines:?}");
    assert_eq!(details[0]["web"], true);
    assert_eq!(details[0]["title"], "Shop");
}

#[test]
fn details_name_the_server_by_hosts_file_title_and_hardware_maker() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let (client, server) = lab.client_and_server("10.79.0");
    let mac = Command::new("ip")
        .args([
            "-n",
            &server,
            "link",
            "set",
            "eth0",
            "address",
            "b8:27:eb:12:34:56",
        ])
        .status()
        .expect("ip link set address");
    assert!(mac.success());
    let _hosts = NetnsHosts::write(
        &client,
        "127.0.0.1 localhost\n10.79.0.2 inventory-pi.lab inventory-pi\n",
    );
    let _web = web_server_in(
        &mut lab,
        &server,
        "Inventory · Lab 3 &amp; Co &#8212; Ünïcode",
    );
    lab.serve(&server, &["--duration", "60"]);
    common::wait_tcp_listening(&server, 8000);
    lab.wait_udp_bound(&server, 9999);

    let (lines, gap) = scan_timed(&lab, &client, &["--timeout", "1.5"]);
    eprintln!("reply → name (namespace, through the binary's stdout): {gap:?}");
    let details = events(&lines, "details");
    assert_eq!(details.len(), 1, "{lines:?}");
    let d = details[0];
    assert_eq!(d["url"], "http://10.79.0.2:8000/");
    assert_eq!(d["hostname"], "inventory-pi.lab");
    assert_eq!(d["title"], "Inventory · Lab 3 & Co — Ünïcode");
    assert_eq!(d["mac"], "b8:27:eb:12:34:56");
    assert_eq!(d["vendor"], "Raspberry Pi Foundation");
    assert_eq!(d["web"], true);
    assert!(
        d["server"]
            .as_str()
            .is_some_and(|s| s.starts_with("SimpleHTTP")),
        "{d}"
    );
}

/// `lanscout scan --json ARGS` in `ns`, timing each line as it arrives;
/// returns the lines and the time from the `found` line to the `details` line.
fn scan_timed(lab: &Lab, ns: &str, args: &[&str]) -> (Vec<serde_json::Value>, Duration) {
    use std::io::BufRead;
    let (_dir, cfg) = temp_config();
    let mut cmd = lab.cmd(ns, common::bin());
    cmd.arg("--config")
        .arg(&cfg)
        .args(["scan", "--json"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = cmd.spawn().expect("scan");
    let stdout = child.stdout.take().expect("stdout");
    let (mut lines, mut found_at, mut gap) = (Vec::new(), None, Duration::ZERO);
    for line in std::io::BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
    {
        let now = Instant::now();
        let v: serde_json::Value = serde_json::from_str(&line).unwrap_or_default();
        match v["event"].as_str() {
            Some("found") => found_at = Some(now),
            Some("details") => gap = found_at.map(|f| now - f).unwrap_or_default(),
            _ => {}
        }
        lines.push(v);
    }
    let _ = child.wait();
    (lines, gap)
}

#[test]
fn an_mdns_responder_names_a_server_the_resolver_does_not_know() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let (client, server) = lab.client_and_server("10.80.0");
    // Debian's Avahi, in the server's namespace only, without D-Bus.
    lab.avahi(&server, "labpi", "eth0", &[], "");
    lab.serve(&server, &["--duration", "60"]);

    // Avahi probes its name for about a second before it answers.
    let mut last = Vec::new();
    let named = common::wait_for(Duration::from_secs(15), || {
        last = scan_in(&lab, &client, &["--timeout", "1"]);
        events(&last, "details")
            .first()
            .is_some_and(|d| d["hostname"] == "labpi.local")
    });
    assert!(named, "no mDNS name: {last:?}");
    let found = events(&last, "found");
    assert_eq!(found.len(), 1, "{last:?}");
    assert_eq!(found[0]["ip"], "10.80.0.2");
    // The setting (here its flag) turns the mDNS question off.
    std::thread::sleep(Duration::from_millis(600));
    let quiet = scan_in(&lab, &client, &["--timeout", "1", "--no-mdns"]);
    let d = events(&quiet, "details");
    assert!(
        d.first().is_some_and(|d| d["hostname"].is_null()),
        "{quiet:?}"
    );
}

#[test]
fn a_name_follows_the_reply_within_milliseconds_on_loopback() {
    use lanscout::discovery::{start_scan, Event};
    common::assert_isolated();
    let (web_port, _) = common::titled_page_on_loopback("Quick");
    let port = common::free_udp_port();
    let responder = lanscout::start_responder(
        lanscout::ResponderConfig {
            port,
            web_port,
            ..Default::default()
        },
        || {},
    )
    .expect("responder");
    let mut gaps = Vec::new();
    for _ in 0..5 {
        let mut config = common::loopback_scan(port, Duration::from_millis(400), 0);
        config.scan.lookup_details = true;
        let scan = start_scan(config, || {}).expect("scan");
        let mut found_at = None;
        for e in scan.events().iter() {
            match e {
                Event::Found(_) => found_at = Some(Instant::now()),
                Event::Details(d) => {
                    assert_eq!(d.title.as_deref(), Some("Quick"));
                    gaps.push(found_at.map(|f| f.elapsed()).unwrap_or_default());
                }
                _ => {}
            }
        }
        std::thread::sleep(Duration::from_millis(600)); // per-source limit
    }
    drop(responder);
    gaps.sort();
    assert_eq!(gaps.len(), 5, "a details event per scan");
    let median = gaps[2];
    eprintln!("reply → name (loopback): median {median:?}, all {gaps:?}");
    assert!(median < Duration::from_millis(500), "{gaps:?}");
}
