//! A network-namespace lab: hosts, links, bridges, NAT, nftables; torn down on drop.

use super::*;

static LAB_COUNTER: AtomicU32 = AtomicU32::new(0);

/// A set of network namespaces joined by veth links, removed on drop.
pub struct Lab {
    tag: String,
    namespaces: Vec<String>,
    children: Vec<Child>,
    dirs: Vec<tempfile::TempDir>,
    /// The output of each stock listener started (for readiness).
    stock_logs: Vec<PathBuf>,
    /// Where [`Lab::spawn_logged`] keeps each process's stderr.
    logs: tempfile::TempDir,
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
            logs: tempfile::tempdir().expect("a folder for the lab's logs"),
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

    /// Starts `args` inside `ns` with `envs` (and no Wayland display: X11
    /// only), its stderr kept for [`Lab::log`]; returns its number for
    /// [`Lab::alive`] and [`Lab::log`]. Killed when the lab is dropped.
    pub fn spawn_logged(&mut self, ns: &str, envs: &[(&str, &Path)], args: &[&str]) -> usize {
        let n = self.children.len();
        let log =
            std::fs::File::create(self.logs.path().join(format!("{n}.log"))).expect("log file");
        let mut cmd = self.cmd(ns, args[0]);
        cmd.args(&args[1..]);
        for (k, v) in envs {
            cmd.env(k, v);
        }
        cmd.env_remove("WAYLAND_DISPLAY")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::from(log));
        self.spawn(cmd);
        n
    }

    /// A scratch folder that lives as long as the lab.
    pub fn dir(&self) -> &Path {
        self.logs.path()
    }

    /// How process `n` of [`Lab::spawn_logged`] ended (waits for it).
    pub fn exit_code(&mut self, n: usize) -> Option<i32> {
        self.children[n].wait().ok().and_then(|s| s.code())
    }

    /// Whether process `n` of [`Lab::spawn_logged`] still runs.
    pub fn alive(&mut self, n: usize) -> bool {
        matches!(self.children[n].try_wait(), Ok(None))
    }

    /// What process `n` of [`Lab::spawn_logged`] wrote to stderr so far.
    pub fn log(&self, n: usize) -> String {
        std::fs::read_to_string(self.logs.path().join(format!("{n}.log"))).unwrap_or_default()
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

    /// Waits (up to 30 s: Wine starts slowly on a loaded machine) until a
    /// socket in `ns` is bound to UDP `port`: readiness of a server that
    /// cannot be probed without side effects.
    pub fn wait_udp_bound(&self, ns: &str, port: u16) {
        let ok = wait_for(Duration::from_secs(30), || {
            self.cmd(ns, "cat")
                .arg("/proc/net/udp")
                .output()
                .is_ok_and(|o| udp_table_has_port(&String::from_utf8_lossy(&o.stdout), port))
        });
        assert!(ok, "nothing bound UDP port {port} in {ns} within 30 s");
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

/// `ip ARGS`, which must succeed.
pub fn ip(args: &[&str]) {
    let out = Command::new("ip").args(args).output().expect("run ip");
    assert!(
        out.status.success(),
        "ip {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
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
