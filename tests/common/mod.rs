//! Shared test helpers: the real binary, the stock Python peers, and a
//! network-namespace lab. Nothing here sends a datagram outside loopback or
//! namespaces the tests create themselves.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

/// The `lanscout` binary built for these tests.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_lanscout")
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Python of the peers venv (tests/peers/setup.sh creates it).
pub fn peers_python() -> PathBuf {
    let venv = std::env::var_os("LANSCOUT_PEERS_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/peers-venv"));
    let py = venv.join("bin/python");
    assert!(
        py.exists(),
        "the stock Python peers are not installed: run tests/peers/setup.sh (looked for {})",
        py.display()
    );
    py
}

/// Path of a file under tests/peers.
pub fn peer_script(name: &str) -> PathBuf {
    root().join("tests/peers").join(name)
}

/// Whether the tests run as root (needed for namespaces).
pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// Name of the variable that allows a test needing root to skip itself.
/// A developer without root may set it; scripts/test.sh refuses to run with
/// it, so in CI a test that cannot do its work fails instead of passing.
pub const ALLOW_SKIP: &str = "LANSCOUT_ALLOW_SKIP";

/// Whether a test that needs root (`why`: for what) can do its work. Without
/// root it fails, naming the opt-in, unless `LANSCOUT_ALLOW_SKIP=1` is set:
/// then it prints a `SKIPPED` line and the caller returns. A skip is never a
/// silent "ok".
pub fn root_or_skip(why: &str, test: &str) -> bool {
    if is_root() {
        return true;
    }
    if std::env::var(ALLOW_SKIP).is_ok_and(|v| v == "1") {
        eprintln!("SKIPPED (needs root {why}): {test}");
        return false;
    }
    panic!(
        "{test} needs root {why}; run the suite as root (scripts/test.sh), \
         or set {ALLOW_SKIP}=1 to let it skip on this machine"
    );
}

/// Returns early from a test when it cannot have root and a skip is allowed
/// (see `root_or_skip`); fails it otherwise.
#[macro_export]
macro_rules! require_root {
    () => {
        $crate::require_root!("for network namespaces")
    };
    ($why:expr) => {
        if !common::root_or_skip($why, module_path!()) {
            return;
        }
    };
}

/// Panics unless this process sits in a network namespace with nothing but
/// loopback: the guard that keeps a test mistake off the real network.
/// scripts/test.sh runs the suite under `unshare --net`.
pub fn assert_isolated() {
    let out = Command::new("ip")
        .args(["-o", "link", "show"])
        .output()
        .expect("run `ip link` (iproute2)");
    let text = String::from_utf8_lossy(&out.stdout);
    let others: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split(':').nth(1).map(str::trim))
        .filter(|name| *name != "lo")
        .collect();
    assert!(
        others.is_empty(),
        "network tests must run in an isolated network namespace (found interfaces {others:?}); \
         run them with scripts/test.sh, which uses `unshare --net`"
    );
}

/// A free UDP port on loopback (bound then released).
pub fn free_udp_port() -> u16 {
    let s = std::net::UdpSocket::bind("127.0.0.1:0").expect("bind ephemeral");
    s.local_addr().expect("local addr").port()
}

/// Whether some socket in this namespace is bound to UDP `port` (reads
/// /proc/net/udp, so it never races with the socket's owner).
pub fn udp_port_bound(port: u16) -> bool {
    let table = std::fs::read_to_string("/proc/net/udp").unwrap_or_default();
    udp_table_has_port(&table, port)
}

/// Whether a /proc/net/udp table lists a socket bound to `port`.
pub fn udp_table_has_port(table: &str, port: u16) -> bool {
    let needle = format!(":{port:04X} ");
    table.lines().skip(1).any(|l| {
        l.split_whitespace()
            .nth(1)
            .is_some_and(|local| format!("{local} ").ends_with(&needle))
    })
}

/// A size field (`VmRSS`, `VmHWM`, …) of /proc/`pid`/status in KiB; `pid`
/// may be `self`. Panics when it cannot be read: a memory bound checked
/// against a value that was never measured would pass for nothing.
pub fn proc_status_kib(pid: &str, field: &str) -> u64 {
    try_proc_status_kib(pid, field)
        .unwrap_or_else(|| panic!("cannot read {field} of /proc/{pid}/status"))
}

/// As [`proc_status_kib`], `None` when the process is gone.
pub fn try_proc_status_kib(pid: &str, field: &str) -> Option<u64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
}

/// How far past its deadline a scan may end, measured on the engine's own
/// clock (`elapsed_ms`), in a debug build on a loaded 2-core machine. The
/// claim is "ends at the deadline, not at the next reply or much later";
/// the benchmarks print the real figures (a few ms).
pub const DEADLINE_SLACK_MS: u64 = 250;

/// The longest a user-facing "at once" may take in these tests (stop,
/// cancel, close, a busy port reported, a reply shown): what a person
/// perceives as immediate, with room for a loaded debug build. The
/// benchmarks print the real figures.
pub const AT_ONCE: Duration = Duration::from_millis(300);

/// The `elapsed_ms` of a `finished` JSON line (panics when absent).
pub fn elapsed_ms(finished: &serde_json::Value) -> u64 {
    finished["elapsed_ms"]
        .as_u64()
        .unwrap_or_else(|| panic!("no elapsed_ms in {finished}"))
}

/// Whether `elapsed` ms ends a scan of `timeout_ms` on time.
pub fn on_time(elapsed: u64, timeout_ms: u64) -> bool {
    (timeout_ms.saturating_sub(50)..=timeout_ms + DEADLINE_SLACK_MS).contains(&elapsed)
}

/// A temporary settings file location (so tests never read the user's).
pub fn temp_config() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("settings.toml");
    (dir, path)
}

/// Runs `lanscout ARGS` with a private settings file and a time limit.
pub fn lanscout(args: &[&str], config: &Path, limit: Duration) -> Output {
    run_with_limit(
        Command::new(bin()).arg("--config").arg(config).args(args),
        limit,
    )
}

/// Runs a command, killing it after `limit`.
pub fn run_with_limit(cmd: &mut Command, limit: Duration) -> Output {
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    wait_limited(child, limit)
}

/// Waits for a child, killing it after `limit`; its output is read while it
/// runs, so a chatty child never blocks on a full pipe.
pub fn wait_limited(mut child: Child, limit: Duration) -> Output {
    fn drain(
        pipe: Option<impl std::io::Read + Send + 'static>,
    ) -> std::thread::JoinHandle<Vec<u8>> {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    }
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() < limit => std::thread::sleep(Duration::from_millis(20)),
            _ => {
                let _ = child.kill();
                break child.wait().expect("wait for killed child");
            }
        }
    };
    Output {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    }
}

/// Parses JSON lines.
pub fn json_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| l.trim_start().starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// The events named `event` among JSON lines.
pub fn events<'a>(lines: &'a [serde_json::Value], event: &str) -> Vec<&'a serde_json::Value> {
    lines.iter().filter(|v| v["event"] == event).collect()
}

/// Starts the stock Django listener (`start_discovery --duration SECS`) in
/// the current namespace or through `prefix` (e.g. `ip netns exec NS`).
pub fn stock_server_command(prefix: &[&str], port: u16, secs: u32) -> Command {
    let mut argv: Vec<String> = prefix.iter().map(|s| s.to_string()).collect();
    argv.push(peers_python().display().to_string());
    argv.extend(["-m", "django", "start_discovery", "--duration"].map(String::from));
    argv.push(secs.to_string());
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..])
        .env("DJANGO_SETTINGS_MODULE", "stockproj.settings")
        .env("PYTHONPATH", root().join("tests/peers"))
        .env("LANSCOUT_PEER_PORT", port.to_string())
        // Its progress lines reach a log file as they are printed.
        .env("PYTHONUNBUFFERED", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// What the stock command prints once its final listener runs (Django may
/// start one as the app loads; the command stops it and starts its own).
pub const STOCK_STARTED: &str = "started successfully";

/// Waits (up to 30 s) until the stock command's output in `log` says its
/// listener runs: the moment it answers for good.
pub fn wait_stock_started(log: &Path) {
    let ok = wait_for(Duration::from_secs(30), || {
        std::fs::read_to_string(log).is_ok_and(|t| t.contains(STOCK_STARTED))
    });
    assert!(
        ok,
        "the stock listener did not start: {}",
        std::fs::read_to_string(log).unwrap_or_default()
    );
}

/// How long the stock listener needs after launch before it answers
/// (Django starts it, the command stops and restarts it).
pub const STOCK_STARTUP: Duration = Duration::from_millis(3000);

static LAB_COUNTER: AtomicU32 = AtomicU32::new(0);

/// A set of network namespaces joined by veth links, removed on drop.
pub struct Lab {
    tag: String,
    namespaces: Vec<String>,
    children: Vec<Child>,
    dirs: Vec<tempfile::TempDir>,
    /// The output of each stock listener started (for readiness).
    stock_logs: Vec<PathBuf>,
}

impl Lab {
    /// A new, empty lab (needs root).
    pub fn new() -> Lab {
        let n = LAB_COUNTER.fetch_add(1, Ordering::SeqCst);
        Lab {
            tag: format!("ls{}x{n}", std::process::id()),
            namespaces: Vec::new(),
            children: Vec::new(),
            dirs: Vec::new(),
            stock_logs: Vec::new(),
        }
    }

    /// Creates namespace `name` (with loopback up) and returns its full name.
    pub fn host(&mut self, name: &str) -> String {
        let full = format!("{}{name}", self.tag);
        ip(&["netns", "add", &full]);
        self.namespaces.push(full.clone());
        ip(&["-n", &full, "link", "set", "lo", "up"]);
        full
    }

    /// Joins two namespaces with a veth pair named `a_if` / `b_if`, with
    /// addresses in CIDR form (e.g. "10.1.0.1/24").
    pub fn link(&self, a: &str, a_if: &str, a_addr: &str, b: &str, b_if: &str, b_addr: &str) {
        ip(&[
            "-n", a, "link", "add", a_if, "type", "veth", "peer", "name", b_if, "netns", b,
        ]);
        for (ns, ifname, addr) in [(a, a_if, a_addr), (b, b_if, b_addr)] {
            ip(&["-n", ns, "addr", "add", addr, "dev", ifname]);
            ip(&["-n", ns, "link", "set", ifname, "up"]);
        }
    }

    /// One Ethernet segment: a bridge in a namespace of its own, and an
    /// interface `eth0` in each of `hosts` (namespace, address in CIDR
    /// form) plugged into it. Broadcasts reach every host, as on a LAN.
    pub fn segment(&mut self, hosts: &[(&str, &str)]) {
        let sw = self.host("sw");
        ip(&["-n", &sw, "link", "add", "br0", "type", "bridge"]);
        ip(&["-n", &sw, "link", "set", "br0", "up"]);
        for (n, (ns, addr)) in hosts.iter().enumerate() {
            let port = format!("p{n}");
            ip(&[
                "-n", &sw, "link", "add", &port, "type", "veth", "peer", "name", "eth0", "netns",
                ns,
            ]);
            ip(&["-n", &sw, "link", "set", &port, "master", "br0"]);
            ip(&["-n", &sw, "link", "set", &port, "up"]);
            ip(&["-n", ns, "addr", "add", addr, "dev", "eth0"]);
            ip(&["-n", ns, "link", "set", "eth0", "up"]);
        }
    }

    /// Loads nftables rules into `ns` (from standard input, `nft -f -`).
    pub fn nft(&self, ns: &str, rules: &str) {
        use std::io::Write;
        let mut child = self
            .cmd(ns, "nft")
            .args(["-f", "-"])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("nft (scripts/test.sh installs nftables)");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(rules.as_bytes())
            .expect("write rules");
        let out = child.wait_with_output().expect("nft");
        assert!(
            out.status.success(),
            "nft rules: {}\n{rules}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// A client "c" at `NET.1/24` and a server "s" at `NET.2/24` on one
    /// link (`eth0` on both); `net` is the first three octets ("10.81.0").
    pub fn client_and_server(&mut self, net: &str) -> (String, String) {
        let (client, server) = (self.host("c"), self.host("s"));
        self.link(
            &client,
            "eth0",
            &format!("{net}.1/24"),
            &server,
            "eth0",
            &format!("{net}.2/24"),
        );
        (client, server)
    }

    /// Adds a default route in `ns` via `gateway`.
    pub fn default_route(&self, ns: &str, gateway: &str) {
        ip(&["-n", ns, "route", "add", "default", "via", gateway]);
    }

    /// Adds a route in `ns`.
    pub fn route(&self, ns: &str, net: &str, gateway: &str) {
        ip(&["-n", ns, "route", "add", net, "via", gateway]);
    }

    /// Turns `ns` into a router.
    pub fn forward(&self, ns: &str) {
        let out = Command::new("ip")
            .args([
                "netns",
                "exec",
                ns,
                "sysctl",
                "-qw",
                "net.ipv4.ip_forward=1",
            ])
            .output()
            .expect("sysctl");
        assert!(out.status.success(), "enable forwarding: {out:?}");
    }

    /// Runs `ip -n ns -batch FILE` with the given lines.
    pub fn batch(&self, ns: &str, lines: &str) {
        let mut f = tempfile::NamedTempFile::new().expect("temp batch");
        std::io::Write::write_all(&mut f, lines.as_bytes()).expect("write batch");
        let path = f.path().display().to_string();
        ip(&["-n", ns, "-batch", &path]);
    }

    /// A command that runs inside `ns`.
    pub fn cmd(&self, ns: &str, program: &str) -> Command {
        let mut c = Command::new("ip");
        c.args(["netns", "exec", ns, program]);
        c
    }

    /// Starts a background process that is killed when the lab is dropped.
    pub fn spawn(&mut self, mut cmd: Command) -> &mut Child {
        let child = cmd.spawn().expect("spawn background process");
        self.children.push(child);
        self.children.last_mut().expect("just pushed")
    }

    /// `lanscout ARGS` inside `ns` with a private settings file.
    pub fn lanscout(&self, ns: &str, config: &Path, args: &[&str], limit: Duration) -> Output {
        let mut c = self.cmd(ns, bin());
        c.arg("--config").arg(config).args(args);
        run_with_limit(&mut c, limit)
    }

    /// Starts `lanscout serve ARGS` in `ns` with a private settings file
    /// (the process is killed, the file removed, with the lab).
    pub fn serve(&mut self, ns: &str, args: &[&str]) {
        let (dir, config) = temp_config();
        let mut c = self.cmd(ns, bin());
        c.arg("--config")
            .arg(&config)
            .arg("serve")
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        self.spawn(c);
        self.dirs.push(dir);
    }

    /// Starts Debian's Avahi in `ns` only (no D-Bus), answering as
    /// `host_name`.local on `iface`. `services` are static service files
    /// (name, XML) and `hosts` static host records ("ADDR NAME" lines):
    /// they are bind-mounted over /etc/avahi/services and /etc/avahi/hosts
    /// (and a private folder over /run/avahi-daemon) inside the daemon's own
    /// mount namespace (`ip netns exec` makes one), so the machine's files
    /// are never touched.
    pub fn avahi(
        &mut self,
        ns: &str,
        host_name: &str,
        iface: &str,
        services: &[(&str, &str)],
        hosts: &str,
    ) {
        let dir = tempfile::tempdir().expect("avahi dir");
        let conf = dir.path().join("avahi-daemon.conf");
        std::fs::write(
            &conf,
            format!(
                "[server]\nhost-name={host_name}\nuse-ipv6=no\nallow-interfaces={iface}\nenable-dbus=no\n\
                 [wide-area]\nenable-wide-area=no\n[publish]\npublish-addresses=yes\n\
                 publish-workstation=no\npublish-hinfo=no\n"
            ),
        )
        .expect("avahi conf");
        let service_dir = dir.path().join("services");
        std::fs::create_dir(&service_dir).expect("services dir");
        for (name, xml) in services {
            std::fs::write(service_dir.join(format!("{name}.service")), xml).expect("service file");
        }
        let hosts_file = dir.path().join("hosts");
        std::fs::write(&hosts_file, hosts).expect("hosts file");
        let mut avahi = self.cmd(ns, "sh");
        avahi
            .arg("-c")
            .arg(
                "mkdir -p /run/avahi-daemon \"$4\" && mount --bind \"$4\" /run/avahi-daemon && \
                 mount --bind \"$1\" /etc/avahi/services && mount --bind \"$2\" /etc/avahi/hosts && \
                 exec avahi-daemon --no-drop-root --no-chroot --no-rlimits --no-proc-title -f \"$3\"",
            )
            .arg("avahi")
            .arg(&service_dir)
            .arg(&hosts_file)
            .arg(&conf)
            // Its own pid file and socket: two daemons in one test would
            // otherwise take each other for a running instance.
            .arg(dir.path().join("run"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        self.spawn(avahi);
        self.dirs.push(dir);
    }

    /// Waits (up to 10 s) until a socket in `ns` is bound to UDP `port`:
    /// readiness of a server that cannot be probed without side effects.
    pub fn wait_udp_bound(&self, ns: &str, port: u16) {
        let ok = wait_for(Duration::from_secs(10), || {
            self.cmd(ns, "cat")
                .arg("/proc/net/udp")
                .output()
                .is_ok_and(|o| udp_table_has_port(&String::from_utf8_lossy(&o.stdout), port))
        });
        assert!(ok, "nothing bound UDP port {port} in {ns} within 10 s");
    }

    /// Starts the stock Django listener in `ns` on `port` for `secs`.
    pub fn stock_server(&mut self, ns: &str, port: u16, secs: u32) {
        let dir = tempfile::tempdir().expect("tempdir");
        let log = dir.path().join("stock.log");
        let mut cmd = stock_server_command(&["ip", "netns", "exec", ns], port, secs);
        cmd.stdout(std::fs::File::create(&log).expect("stock log"));
        self.spawn(cmd);
        self.dirs.push(dir);
        self.stock_logs.push(log);
    }

    /// Waits (up to 15 s) until a server at `ip:port` answers a unicast
    /// probe from `ns`: the stock listener needs a few seconds to start.
    pub fn wait_until_answering(&self, ns: &str, ip: &str, port: u16) {
        for log in &self.stock_logs {
            wait_stock_started(log);
        }
        let (_dir, cfg) = temp_config();
        let target = format!("{ip}:{port}");
        let ok = wait_for(Duration::from_secs(15), || {
            let out = self.lanscout(
                ns,
                &cfg,
                &[
                    "scan",
                    "-t",
                    &target,
                    "--timeout",
                    "0.3",
                    "--retries",
                    "0",
                    "--exclude-interface",
                    "eth0",
                    "--exclude-interface",
                    "eth1",
                ],
                Duration::from_secs(5),
            );
            out.status.code() == Some(0)
        });
        assert!(ok, "nothing answers at {target} from {ns}");
        // LanScout servers rate-limit a source to one answer per 500 ms.
        std::thread::sleep(Duration::from_millis(600));
    }

    /// Runs the stock client's discover() in `ns`; returns (ip, port, source) triples.
    pub fn stock_discover(&self, ns: &str, timeout: f64, port: u16) -> Vec<(String, u16, String)> {
        let mut c = self.cmd(ns, &peers_python().display().to_string());
        c.arg(peer_script("discover.py"))
            .arg(timeout.to_string())
            .arg(port.to_string());
        let out = run_with_limit(&mut c, Duration::from_secs_f64(timeout + 20.0));
        let text = String::from_utf8_lossy(&out.stdout);
        let v: serde_json::Value = serde_json::from_str(text.trim()).unwrap_or_else(|e| {
            panic!(
                "stock client output {text:?} ({e}); stderr: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        v["servers"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|s| {
                        (
                            s[0].as_str().unwrap_or_default().to_string(),
                            s[1].as_u64().unwrap_or_default() as u16,
                            s[2].as_str().unwrap_or_default().to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Drop for Lab {
    fn drop(&mut self) {
        for c in &mut self.children {
            let _ = c.kill();
            let _ = c.wait();
        }
        for ns in &self.namespaces {
            let _ = Command::new("ip").args(["netns", "del", ns]).status();
        }
    }
}

fn ip(args: &[&str]) {
    let out = Command::new("ip").args(args).output().expect("run ip");
    assert!(
        out.status.success(),
        "ip {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Waits until `f` is true or `limit` passes.
pub fn wait_for(limit: Duration, mut f: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    f()
}

/// Many servers answering one request at once: a thread that moves into
/// namespace `ns`, listens on `port`, and answers each discovery request
/// with one reply from each of `count` addresses starting at `first` (which
/// must already be on an interface there), as fast as the kernel takes them.
pub struct BurstResponder {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// One socket per answering address, with the reply it sends.
type Senders = Vec<(std::net::UdpSocket, Vec<u8>)>;

impl BurstResponder {
    /// Starts it and waits until it listens.
    pub fn start(ns: &str, port: u16, first: std::net::Ipv4Addr, count: usize) -> BurstResponder {
        use std::net::{Ipv4Addr, UdpSocket};
        use std::os::fd::AsRawFd;
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = std::sync::Arc::clone(&stop);
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<(), String>>();
        let path = format!("/run/netns/{ns}");
        let thread = std::thread::spawn(move || {
            let setup = (|| -> Result<(UdpSocket, Senders), String> {
                let nsfile = std::fs::File::open(&path).map_err(|e| format!("{path}: {e}"))?;
                // SAFETY: plain syscalls on a valid fd / struct; they only affect this thread.
                unsafe {
                    if libc::setns(nsfile.as_raw_fd(), libc::CLONE_NEWNET) != 0 {
                        return Err(format!("setns: {}", std::io::Error::last_os_error()));
                    }
                    let mut lim = libc::rlimit {
                        rlim_cur: 0,
                        rlim_max: 0,
                    };
                    if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) == 0 {
                        lim.rlim_cur = lim.rlim_max.min(count as u64 + 4096).max(lim.rlim_cur);
                        libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
                    }
                }
                let sock = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::DGRAM, None)
                    .map_err(|e| e.to_string())?;
                sock.set_reuse_address(true).map_err(|e| e.to_string())?;
                let any: std::net::SocketAddr = (Ipv4Addr::UNSPECIFIED, port).into();
                sock.bind(&any.into()).map_err(|e| e.to_string())?;
                let listener: UdpSocket = sock.into();
                listener
                    .set_read_timeout(Some(Duration::from_millis(50)))
                    .map_err(|e| e.to_string())?;
                let mut senders = Vec::with_capacity(count);
                for i in 0..count {
                    let addr = Ipv4Addr::from(u32::from(first) + i as u32);
                    let s = UdpSocket::bind((addr, 0)).map_err(|e| format!("bind {addr}: {e}"))?;
                    senders.push((s, format!("SERVER_IP:{addr}").into_bytes()));
                }
                Ok((listener, senders))
            })();
            let (listener, senders) = match setup {
                Ok(v) => {
                    let _ = ready_tx.send(Ok(()));
                    v
                }
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                    return;
                }
            };
            let mut buf = [0u8; 1024];
            while !flag.load(std::sync::atomic::Ordering::SeqCst) {
                if let Ok((n, from)) = listener.recv_from(&mut buf) {
                    if &buf[..n] == b"DISCOVER_SERVER" {
                        for (s, reply) in &senders {
                            let _ = s.send_to(reply, from);
                        }
                    }
                }
            }
        });
        match ready_rx.recv_timeout(Duration::from_secs(60)) {
            Ok(Ok(())) => {}
            Ok(Err(e)) => panic!("burst responder setup failed: {e}"),
            Err(e) => panic!("burst responder did not start: {e}"),
        }
        BurstResponder {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for BurstResponder {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A web server on loopback that answers every request with one HTML page
/// titled `title_html`; returns its port and a count of requests served.
pub fn titled_page_on_loopback(
    title_html: &str,
) -> (u16, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind web server");
    let port = listener.local_addr().expect("addr").port();
    let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let served = std::sync::Arc::clone(&count);
    let body = format!("<html><head><title>{title_html}</title></head><body></body></html>");
    std::thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = conn.set_read_timeout(Some(Duration::from_secs(2)));
            // A bare connection (the web port check) is not a request.
            if !matches!(conn.read(&mut buf), Ok(n) if n > 0) {
                continue;
            }
            served.fetch_add(1, Ordering::SeqCst);
            let _ = conn.write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                )
                .as_bytes(),
            );
        }
    });
    (port, count)
}

/// Waits (up to 10 s) until something in namespace `ns` listens on TCP `port`.
pub fn wait_tcp_listening(ns: &str, port: u16) {
    let ok = wait_for(Duration::from_secs(10), || {
        Command::new("ip")
            .args(["netns", "exec", ns, "ss", "-Hltn"])
            .arg(format!("sport = :{port}"))
            .output()
            .is_ok_and(|o| !o.stdout.is_empty())
    });
    assert!(ok, "nothing listens on TCP port {port} in {ns}");
}

/// A child process killed and reaped when the test ends, however it ends.
pub struct KillOnDrop(pub Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `lanscout serve` on loopback, killed when dropped.
pub struct Serve(std::process::Child);

impl Serve {
    /// Its process id (to read its memory use).
    pub fn pid(&self) -> u32 {
        self.0.id()
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `lanscout serve --port PORT ARGS` for 30 s and waits until it listens.
pub fn serve(config: &std::path::Path, port: u16, args: &[&str]) -> Serve {
    serve_for(config, port, 30, args)
}

/// Starts `lanscout serve --port PORT ARGS` for `secs` seconds and waits
/// until it listens.
pub fn serve_for(config: &std::path::Path, port: u16, secs: u32, args: &[&str]) -> Serve {
    let child = Command::new(bin())
        .arg("--config")
        .arg(config)
        .args([
            "serve",
            "--port",
            &port.to_string(),
            "--duration",
            &secs.to_string(),
        ])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn serve");
    assert!(
        wait_for(Duration::from_secs(5), || udp_port_bound(port)),
        "serve did not bind port {port}"
    );
    Serve(child)
}

/// A counter from the `Udp:` lines of /proc/net/snmp, in the calling
/// thread's network namespace (a bench thread may have joined a lab's).
pub fn udp_counter(name: &str) -> u64 {
    let text = std::fs::read_to_string("/proc/thread-self/net/snmp").unwrap_or_default();
    let mut udp = text.lines().filter(|l| l.starts_with("Udp:"));
    let (Some(head), Some(vals)) = (udp.next(), udp.next()) else {
        return 0;
    };
    head.split_whitespace()
        .zip(vals.split_whitespace())
        .find(|(k, _)| *k == name)
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0)
}

/// The text tesseract reads in `png`, once per pass: each pass is the
/// ImageMagick options applied to a greyscale copy first (enlarge,
/// threshold, crop).
pub fn ocr(png: &Path, passes: &[&[&str]]) -> String {
    let mut text = String::new();
    for (n, extra) in passes.iter().enumerate() {
        let big = png.with_extension(format!("ocr{n}.png"));
        let out = Command::new("convert")
            .arg(png)
            .args(["-colorspace", "Gray"])
            .args(*extra)
            .arg(&big)
            .output()
            .expect("convert (imagemagick)");
        assert!(out.status.success(), "convert: {out:?}");
        let out = Command::new("tesseract")
            .arg(&big)
            .args(["stdout", "--psm", "6"])
            .stderr(Stdio::null())
            .output()
            .expect("tesseract");
        text.push_str(&String::from_utf8_lossy(&out.stdout));
        let _ = std::fs::remove_file(&big);
    }
    text
}

/// A private X server, inside a namespace when given (X11 uses abstract
/// sockets: the app must share it); killed on drop. Xvfb picks a free
/// display itself (`-displayfd`) and prints it once it accepts clients, so
/// parallel tests never race for a number.
pub struct Xvfb {
    child: Child,
    /// `:N`, for `DISPLAY`.
    pub display: String,
}

impl Xvfb {
    /// Starts Xvfb with a screen of `size` (`WxHxDEPTH`).
    pub fn start(ns: Option<&str>, size: &str) -> std::io::Result<Xvfb> {
        use std::io::BufRead;
        let mut cmd = match ns {
            Some(ns) => {
                let mut c = Command::new("ip");
                c.args(["netns", "exec", ns, "Xvfb"]);
                c
            }
            None => Command::new("Xvfb"),
        };
        let mut child = cmd
            .args(["-displayfd", "1", "-screen", "0", size, "-nolisten", "tcp"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        let mut line = String::new();
        if let Some(out) = child.stdout.take() {
            std::io::BufReader::new(out).read_line(&mut line)?;
        }
        let n: u32 = line.trim().parse().map_err(|_| {
            let _ = child.kill();
            std::io::Error::other(format!("Xvfb did not say its display: {line:?}"))
        })?;
        Ok(Xvfb {
            child,
            display: format!(":{n}"),
        })
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A private Wayland compositor: Debian's weston with its headless backend,
/// GL renderer (llvmpipe) and desktop shell, at output `scale`, 1024×700
/// logical pixels; killed on drop. (Its pixman renderer crashes at scale 2
/// with decorated clients, and the kiosk shell screenshots black.)
pub struct Weston {
    child: Child,
    /// For `XDG_RUNTIME_DIR` (0700, holds the socket).
    pub runtime: PathBuf,
    /// For `WAYLAND_DISPLAY`.
    pub socket: String,
    log: PathBuf,
}

impl Weston {
    /// Starts weston with its files in `dir` and waits for its socket.
    pub fn start(dir: &Path, scale: u32) -> Weston {
        use std::os::unix::fs::PermissionsExt;
        let runtime = dir.join("weston-runtime");
        std::fs::create_dir_all(&runtime).expect("runtime dir");
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700))
            .expect("0700 runtime dir");
        let socket = format!("lanscout-{scale}");
        let log = dir.join("weston.log");
        let child = Command::new("weston")
            .args([
                "--backend=headless-backend.so",
                "--use-gl",
                "--width=1024",
                "--height=700",
                &format!("--scale={scale}"),
                &format!("--socket={socket}"),
                "--shell=desktop-shell.so",
                // Allows weston-screenshooter.
                "--debug",
                "--no-config",
                "--idle-time=0",
            ])
            .arg(format!("--log={}", log.display()))
            .env("XDG_RUNTIME_DIR", &runtime)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("weston (scripts/test.sh installs it)");
        let weston = Weston {
            child,
            runtime,
            socket,
            log,
        };
        assert!(
            wait_for(Duration::from_secs(10), || weston
                .runtime
                .join(&weston.socket)
                .exists()),
            "weston did not open its socket: {}",
            std::fs::read_to_string(&weston.log).unwrap_or_default()
        );
        weston
    }

    /// The compositor's picture of its output, as a PNG in `dir`.
    pub fn screenshot(&self, dir: &Path) -> PathBuf {
        std::fs::create_dir_all(dir).expect("shots dir");
        let out = Command::new("weston-screenshooter")
            .current_dir(dir)
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .env("WAYLAND_DISPLAY", &self.socket)
            .output()
            .expect("weston-screenshooter");
        assert!(out.status.success(), "screenshot: {out:?}");
        std::fs::read_dir(dir)
            .expect("shots")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|e| e == "png"))
            .expect("a screenshot file")
    }
}

impl Drop for Weston {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
