//! The real window as a screen reader meets it: a private X server and
//! session bus with the accessibility bus (at-spi-bus-launcher, as a
//! desktop starts it for Orca), the release-like binary, a real LanScout
//! server with a titled page on loopback, and a driver that uses nothing
//! but AT-SPI (Debian's python3-pyatspi, tests/atspi/drive.py): it finds
//! the table by role, reads the server's row by its name, opens it with
//! the row's action ($BROWSER gets the URL), starts a scan with the Scan
//! button's action, opens the settings dialog and reads its fields' names,
//! and lists every focusable node without a name.

mod common;

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::KillOnDrop;

/// A desktop session with the accessibility bus turned on.
struct A11ySession {
    _children: Vec<KillOnDrop>,
    _launcher: common::KillGroupOnDrop,
    xvfb: common::Xvfb,
    bus: String,
}

fn spawn(cmd: &mut Command) -> Child {
    cmd.spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e} (scripts/test.sh installs it)"))
}

fn busctl(bus: &str, args: &[&str]) -> bool {
    // The bus is a socket file: reachable from any namespace.
    Command::new("busctl")
        .arg(format!("--address={bus}"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// `program`, run inside `ns` when given (X11 and the accessibility bus
/// use abstract sockets: everything of one session shares a namespace).
fn command_in(ns: Option<&str>, program: &str) -> Command {
    match ns {
        Some(ns) => {
            let mut c = Command::new("ip");
            c.args(["netns", "exec", ns, program]);
            c
        }
        None => Command::new(program),
    }
}

impl A11ySession {
    /// `python3 tests/atspi/<script>` (inside `ns` when given) on this
    /// session's display and bus, with `runtime` as its runtime folder:
    /// what a client of the accessibility bus needs.
    fn python(&self, ns: Option<&str>, runtime: &Path, script: &str) -> Command {
        let mut c = command_in(ns, "/usr/bin/python3");
        c.arg(common::root().join("tests/atspi").join(script))
            .env("DISPLAY", &self.xvfb.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .env("XDG_RUNTIME_DIR", runtime);
        c
    }

    /// Runs a driver script of tests/atspi/ on this session's bus with
    /// `args`; its JSON report, which must not say "failed".
    fn drive(
        &self,
        runtime: &Path,
        script: &str,
        args: &[&std::ffi::OsStr],
        limit: Duration,
    ) -> serde_json::Value {
        let driver = self
            .python(None, runtime, script)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3 with pyatspi (scripts/test.sh installs python3-pyatspi)");
        let out = common::wait_limited(driver, limit);
        let text = String::from_utf8_lossy(&out.stdout);
        let report: serde_json::Value = serde_json::from_str(text.trim()).unwrap_or_else(|e| {
            panic!(
                "the driver said no JSON ({e}): {text}\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        eprintln!("{script} {args:?}: {report}");
        assert!(report.get("failed").is_none(), "{report:#}");
        report
    }

    fn start(dir: &Path, runtime: &Path, ns: Option<&str>) -> A11ySession {
        let xvfb = common::Xvfb::start(ns, "1280x800x24").expect("Xvfb");
        let mut daemon = spawn(
            command_in(ns, "dbus-daemon")
                .args(["--session", "--nofork", "--print-address=1"])
                .arg(format!("--address=unix:path={}", dir.join("bus").display()))
                .stdout(Stdio::piped()),
        );
        let bus = {
            use std::io::BufRead;
            let mut line = String::new();
            let out = daemon.stdout.take().expect("piped stdout");
            std::io::BufReader::new(out)
                .read_line(&mut line)
                .expect("bus address");
            line.trim().to_string()
        };
        let children = vec![KillOnDrop(daemon)];
        // Its own process group: the accessibility bus it starts goes with it.
        let launcher = common::KillGroupOnDrop(spawn(
            command_in(ns, "/usr/libexec/at-spi-bus-launcher")
                .arg("--launch-immediately")
                .env("DISPLAY", &xvfb.display)
                .env("DBUS_SESSION_BUS_ADDRESS", &bus)
                .env("XDG_RUNTIME_DIR", runtime)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .process_group(0),
        ));
        // Ready when the launcher owns org.a11y.Bus; then turn it on, as a
        // desktop does when the screen reader starts.
        assert!(
            common::wait_for(Duration::from_secs(10), || busctl(
                &bus,
                &["status", "org.a11y.Bus"]
            )),
            "at-spi-bus-launcher did not take org.a11y.Bus"
        );
        for property in ["IsEnabled", "ScreenReaderEnabled"] {
            assert!(
                busctl(
                    &bus,
                    &[
                        "set-property",
                        "org.a11y.Bus",
                        "/org/a11y/bus",
                        "org.a11y.Status",
                        property,
                        "b",
                        "true"
                    ]
                ),
                "cannot set {property}"
            );
        }
        A11ySession {
            _children: children,
            _launcher: launcher,
            xvfb,
            bus,
        }
    }
}

impl A11ySession {
    /// The server table's rows read over AT-SPI (tests/atspi/rows.py, run
    /// inside `ns` when given) once every text of `wanted` is in some row,
    /// or what they were when it gave up.
    fn rows(&self, ns: Option<&str>, runtime: &Path, wanted: &[&str]) -> Vec<String> {
        let reader = self
            .python(ns, runtime, "rows.py")
            .args(wanted)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3 with pyatspi");
        let out = common::wait_limited(reader, Duration::from_secs(75));
        let text = String::from_utf8_lossy(&out.stdout);
        let last = text.lines().last().unwrap_or("[]");
        serde_json::from_str(last).unwrap_or_else(|e| panic!("{e}: {text}"))
    }
}

/// What [`A11ySession::window_with_a_server`] keeps running: the window,
/// the server and its folder.
struct WithAServer {
    _window: KillOnDrop,
    _server: common::Serve,
    _server_dir: tempfile::TempDir,
    /// The server's web page.
    web_port: u16,
}

impl A11ySession {
    /// A real LanScout server whose web page is titled "Inventory · Lab 3",
    /// and the window on this session, set to find it on loopback; a click
    /// that opens a page writes its URL to `opened`.
    fn window_with_a_server(&self, dir: &Path, runtime: &Path, opened: &Path) -> WithAServer {
        let (web_port, _) = common::titled_page_on_loopback("Inventory · Lab 3");
        let (serve_dir, serve_config) = common::temp_config();
        let port = common::free_udp_port();
        let server = common::serve_for(
            &serve_config,
            port,
            120,
            &["--web-port", &web_port.to_string()],
        );

        let mut settings = lanscout::Settings::default();
        settings.scan.port = port;
        settings.scan.timeout_secs = 1.0;
        settings.scan.extra_targets = vec![format!("127.0.0.1:{port}")];
        settings.scan.include_interfaces = vec!["no-such-interface".into()];
        let config = dir.join("settings.toml");
        std::fs::write(&config, settings.to_toml().expect("toml")).expect("settings");
        std::fs::write(opened, "").expect("opened file");
        let browser = dir.join("browser");
        std::fs::write(
            &browser,
            format!("#!/bin/sh\necho \"$1\" >> '{}'\n", opened.display()),
        )
        .expect("browser script");
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755))
                .expect("chmod");
        }
        let window = KillOnDrop(spawn(
            Command::new(common::bin())
                .arg("--config")
                .arg(&config)
                .env("DISPLAY", &self.xvfb.display)
                .env_remove("WAYLAND_DISPLAY")
                .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
                .env("XDG_RUNTIME_DIR", runtime)
                .env("BROWSER", &browser)
                .env("HOME", dir)
                .env("XDG_STATE_HOME", dir.join("state"))
                .env("WGPU_BACKEND", "vulkan")
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        ));
        WithAServer {
            _window: window,
            _server: server,
            _server_dir: serve_dir,
            web_port,
        }
    }
}

fn private_dir(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(path).expect("dir");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700)).expect("0700");
}

#[test]
fn a_screen_reader_finds_reads_and_opens_the_server_and_every_control_has_a_name() {
    common::assert_isolated();
    assert!(
        Path::new("/usr/libexec/at-spi-bus-launcher").exists(),
        "at-spi2-core is needed; scripts/test.sh installs it"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("runtime");
    private_dir(&runtime);
    let session = A11ySession::start(dir.path(), &runtime, None);
    let opened = dir.path().join("opened");
    let running = session.window_with_a_server(dir.path(), &runtime, &opened);
    let web_port = running.web_port;

    let report = session.drive(
        &runtime,
        "drive.py",
        &["Inventory · Lab 3".as_ref(), opened.as_os_str()],
        Duration::from_secs(90),
    );
    drop(running);

    assert_eq!(report["window"], "LanScout");
    assert_eq!(report["table"], "Servers");
    let row = report["row"].as_str().unwrap_or_default();
    assert!(
        row.starts_with(&format!(
            "Inventory · Lab 3, 127.0.0.1:{web_port}, reachable"
        )),
        "{row}"
    );
    assert_eq!(
        report["columns"],
        serde_json::json!([
            "Name",
            "Address",
            "Port",
            "Network",
            "Response time",
            "Last seen",
            "Web page"
        ])
    );
    assert_eq!(
        report["cells"], report["columns"],
        "cells are named by column"
    );
    assert_eq!(
        report["opened"],
        format!("http://127.0.0.1:{web_port}/"),
        "the row's action opens the server"
    );
    assert_eq!(report["progress"], "Scan progress");
    assert_eq!(report["progress_range"], serde_json::json!([0.0, 100.0]));
    assert_eq!(report["dialog"], "Settings");
    let fields: Vec<&str> = report["fields"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    for want in [
        "Timeout (seconds)",
        "Look up names and page titles",
        "Discovery port (UDP)",
        "Request message",
        "https",
    ] {
        assert!(fields.contains(&want), "{want:?} not among {fields:?}");
    }
    assert!(fields.iter().all(|f| !f.trim().is_empty()), "{fields:?}");
    let headings = report["headings"].as_array().map_or(0, Vec::len);
    assert!(headings >= 6, "{report:#}");
    for key in ["unnamed_focusable_main", "unnamed_focusable_dialog"] {
        assert_eq!(report[key], serde_json::json!([]), "{key}: {report:#}");
    }
}

/// Moving to another network while the window is open (a laptop taken
/// from one Wi-Fi to another, or woken up elsewhere), in a lab: the
/// client's namespace leaves 10.81.1.0/24 and joins 10.81.2.0/24, each
/// with a stock Django listener. With auto-refresh on, the next round
/// lists the new network's server and marks the old one as on a network
/// this computer left (not stale), read over AT-SPI from the real window;
/// the log says what changed.
#[test]
fn a_move_to_another_network_marks_the_old_servers_away_and_lists_the_new_ones() {
    require_root!("network namespaces for the two networks");
    common::assert_isolated();
    let mut lab = common::Lab::new();
    let (client, home, office) = (lab.host("cl"), lab.host("sa"), lab.host("sb"));
    lab.link(
        &client,
        "eth0",
        "10.81.1.1/24",
        &home,
        "eth0",
        "10.81.1.2/24",
    );
    lab.link(
        &client,
        "eth1",
        "10.81.2.1/24",
        &office,
        "eth0",
        "10.81.2.2/24",
    );
    // Away from the office network at first.
    common::lab::ip(&["-n", &client, "addr", "flush", "dev", "eth1"]);
    common::lab::ip(&["-n", &client, "link", "set", "eth1", "down"]);
    lab.stock_server(&home, 9999, 120);
    lab.stock_server(&office, 9999, 120);
    lab.wait_until_answering(&client, "10.81.1.2", 9999);
    lab.wait_until_answering(&office, "10.81.2.2", 9999);

    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("runtime");
    private_dir(&runtime);
    let session = A11ySession::start(dir.path(), &runtime, Some(&client));
    let mut settings = lanscout::Settings::default();
    settings.scan.timeout_secs = 1.0;
    settings.scan.auto_refresh = true;
    settings.scan.auto_refresh_secs = 5;
    settings.scan.lookup_details = false;
    settings.scan.fallback = false;
    let config = dir.path().join("settings.toml");
    std::fs::write(&config, settings.to_toml().expect("toml")).expect("settings");
    let state = dir.path().join("state");
    let _app = KillOnDrop(spawn(
        command_in(Some(&client), common::bin())
            .arg("--config")
            .arg(&config)
            .env("DISPLAY", &session.xvfb.display)
            .env_remove("WAYLAND_DISPLAY")
            .env("DBUS_SESSION_BUS_ADDRESS", &session.bus)
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("HOME", dir.path())
            .env("XDG_STATE_HOME", &state)
            .env("WGPU_BACKEND", "vulkan")
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
    ));
    let rows = |wanted: &[&str]| session.rows(Some(&client), &runtime, wanted);
    let before = rows(&["10.81.1.2:8000"]);
    assert!(
        before.iter().any(|r| r.contains("10.81.1.2:8000")),
        "{before:?}"
    );

    // The move: off the home network, onto the office one.
    common::lab::ip(&["-n", &client, "addr", "flush", "dev", "eth0"]);
    common::lab::ip(&["-n", &client, "link", "set", "eth0", "down"]);
    common::lab::ip(&["-n", &client, "addr", "add", "10.81.2.1/24", "dev", "eth1"]);
    common::lab::ip(&["-n", &client, "link", "set", "eth1", "up"]);
    let after = rows(&["10.81.2.2:8000", "on a network this computer left"]);
    eprintln!("rows after the move: {after:?}");
    let home_row = after.iter().find(|r| r.contains("10.81.1.2:8000"));
    assert!(
        home_row.is_some_and(
            |r| r.ends_with("on a network this computer left") && !r.contains("not answering")
        ),
        "{after:?}"
    );
    assert!(
        after
            .iter()
            .any(|r| r.contains("10.81.2.2:8000") && !r.contains("left")),
        "{after:?}"
    );
    // The log is flushed once a second.
    let log_file = state.join("lanscout/lanscout.log");
    let said = "the network changed: left 10.81.1.0/24, joined 10.81.2.0/24; 1 server is on a network this computer left";
    assert!(
        common::wait_for(Duration::from_secs(5), || {
            std::fs::read_to_string(&log_file).is_ok_and(|t| t.contains(said))
        }),
        "{}",
        std::fs::read_to_string(&log_file).unwrap_or_default()
    );
}

/// The window in the desktop's language (issue 20): started with
/// `LANG=de_DE.UTF-8`, then `LANG=ja_JP.UTF-8` (the Language setting left
/// at "System"), its toolbar, its settings dialog and the dialog's
/// headings are named in that language over AT-SPI, as the catalogue
/// says and unlike English.
#[test]
fn the_window_speaks_the_language_of_the_desktop() {
    common::assert_isolated();
    use lanscout::i18n::Catalog;
    let english = Catalog::for_tag("en").expect("English");
    for (lang, tag) in [("de_DE.UTF-8", "de"), ("ja_JP.UTF-8", "ja")] {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("runtime");
        private_dir(&runtime);
        let session = A11ySession::start(dir.path(), &runtime, None);
        let mut settings = lanscout::Settings::default();
        settings.scan.include_interfaces = vec!["no-such-interface".into()];
        let config = dir.path().join("settings.toml");
        std::fs::write(&config, settings.to_toml().expect("toml")).expect("settings");
        let _app = KillOnDrop(spawn(
            Command::new(common::bin())
                .arg("--config")
                .arg(&config)
                .env("DISPLAY", &session.xvfb.display)
                .env_remove("WAYLAND_DISPLAY")
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env_remove("LANGUAGE")
                .env("LANG", lang)
                .env("DBUS_SESSION_BUS_ADDRESS", &session.bus)
                .env("XDG_RUNTIME_DIR", &runtime)
                .env("HOME", dir.path())
                .env("XDG_STATE_HOME", dir.path().join("state"))
                .env("WGPU_BACKEND", "vulkan")
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        ));
        let theirs = Catalog::for_tag(tag).expect("catalogue");
        let settings = theirs.text("cmd-open-settings", None);
        let settings = settings.trim_start_matches(|c: char| !c.is_alphanumeric());
        let report = session.drive(
            &runtime,
            "names.py",
            &[settings.as_ref()],
            Duration::from_secs(75),
        );
        let strings = |key: &str| -> Vec<String> {
            report[key]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        let buttons = strings("buttons");
        for id in ["cmd-scan", "cmd-open-settings", "cmd-sweep"] {
            let want = theirs.text(id, None);
            assert_ne!(want, english.text(id, None), "{tag}: {id} is translated");
            if id != "cmd-sweep" {
                // Named by its words: the symbol before them is a picture.
                let words = want.trim_start_matches(|c: char| !c.is_alphanumeric());
                assert!(
                    buttons.iter().any(|b| b == words),
                    "{lang}: {words:?} not among {buttons:?}"
                );
            }
        }
        assert_eq!(
            report["dialog"],
            theirs.text("settings-title", None),
            "{lang}"
        );
        let headings = strings("headings");
        for id in ["settings-section-scanning", "settings-section-server"] {
            let want = theirs.text(id, None);
            assert!(
                headings.contains(&want),
                "{lang}: {want:?} not among {headings:?}"
            );
        }
        let fields = strings("fields");
        let want = theirs.text("setting-scan-lookup-details-caption", None);
        assert!(
            fields.contains(&want),
            "{lang}: {want:?} not among {fields:?}"
        );
        let english_scan = english.text("cmd-scan", None);
        let english_scan = english_scan.trim_start_matches(|c: char| !c.is_alphanumeric());
        assert!(
            !buttons.iter().any(|b| b == english_scan),
            "{lang}: English left in {buttons:?}"
        );
    }
}

/// Every line Orca said, in order, from its debug file.
fn orca_said(log: &Path) -> Vec<String> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once("SPEECH OUTPUT: '"))
        // "SPEECH OUTPUT: 'Scan push button.'{'established': False}"
        .map(|(_, said)| {
            let said = said.rsplit_once("'{").map_or(said, |(text, _)| text);
            said.trim_end_matches('\'').to_string()
        })
        .collect()
}

/// What Orca itself (the screen reader GNOME ships, Debian's package)
/// says while a keyboard user presses Tab from the start of the window:
/// words without the symbols drawn beside them ("Scan push button", not
/// "⟳ Scan"), the header row as one stop, and the first server at the
/// seventh Tab (thirteen before the header row was one stop).
#[test]
fn orca_reads_words_and_reaches_the_first_server_at_the_seventh_tab() {
    common::assert_isolated();
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("runtime");
    private_dir(&runtime);
    let session = A11ySession::start(dir.path(), &runtime, None);
    let log = dir.path().join("orca.log");
    let _orca = KillOnDrop(spawn(
        session
            .python(None, &runtime, "screen_reader.py")
            .arg("--replace")
            .arg(format!("--debug-file={}", log.display()))
            .env("HOME", dir.path())
            .env("GSETTINGS_BACKEND", "memory")
            // No speech server: Orca's start of one fails at once (it may
            // otherwise hang for a minute) and Orca logs what it would say.
            .env("SPEECHD_CMD", "/bin/false")
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
    ));
    // Ready when it says so ("Screen reader on"); as on a desktop, the
    // screen reader runs before the app starts.
    assert!(
        common::wait_for(Duration::from_secs(60), || !orca_said(&log).is_empty()),
        "Orca said nothing (scripts/test.sh installs orca): {}",
        std::fs::read_to_string(&log)
            .unwrap_or_default()
            .lines()
            .rev()
            .take(20)
            .collect::<Vec<_>>()
            .join("\n")
    );
    let opened = dir.path().join("opened");
    let _running = session.window_with_a_server(dir.path(), &runtime, &opened);
    let server = "Inventory · Lab 3";
    // The server is listed before the first Tab.
    let rows = session.rows(None, &runtime, &[server]);
    assert!(
        rows.iter().any(|r| r.contains(server)),
        "the server was never listed: {rows:?}"
    );

    let xdotool = |args: &[&str]| {
        Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &session.xvfb.display)
            .output()
            .expect("xdotool")
    };
    let window = String::from_utf8_lossy(&xdotool(&["search", "--name", "^LanScout$"]).stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(!window.is_empty(), "no LanScout window");
    xdotool(&["windowfocus", "--sync", &window]);
    // Orca speaks the window as it gets the focus ...
    assert!(
        common::wait_for(Duration::from_secs(20), || orca_said(&log)
            .iter()
            .any(|s| s.starts_with("LanScout frame"))),
        "Orca did not read the window: {:?}",
        orca_said(&log)
    );
    // ... then what each Tab reaches: a press counts once Orca has spoken
    // and then been quiet for half a second (a focus that moves on before
    // Orca gets to it is never spoken).
    let settled = |seen: usize| -> Vec<String> {
        let mut said = orca_said(&log);
        let mut quiet_since = std::time::Instant::now();
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
            let now = orca_said(&log);
            if now.len() != said.len() {
                said = now;
                quiet_since = std::time::Instant::now();
            } else if said.len() > seen && quiet_since.elapsed() > Duration::from_millis(500) {
                break;
            }
        }
        said
    };
    let mut seen = settled(0).len();
    let mut heard: Vec<Vec<String>> = Vec::new();
    for _ in 0..15 {
        xdotool(&["key", "Tab"]);
        let now = settled(seen);
        heard.push(now.get(seen..).unwrap_or_default().to_vec());
        seen = now.len();
        if heard
            .last()
            .is_some_and(|said| said.iter().any(|s| s.contains(server)))
        {
            break;
        }
    }
    let presses = heard.len();
    let all: Vec<&String> = heard.iter().flatten().collect();
    eprintln!("Orca, Tab by Tab: {heard:#?}");
    assert!(
        heard
            .last()
            .is_some_and(|said| said.iter().any(|s| s.contains(server))),
        "Orca never read the server: {heard:#?}"
    );
    assert_eq!(presses, 7, "Tab presses to the first server: {heard:#?}");
    assert!(
        all.iter()
            .any(|s| s.starts_with("Scan") && s.contains("button")),
        "Orca did not read \"Scan push button\": {heard:#?}"
    );
    for said in &all {
        assert!(
            !said
                .chars()
                .any(|c| matches!(c, '⟳' | '⚙' | '🔍' | '⏶' | '⏷' | '⚠' | '✔' | '✖')),
            "Orca read a symbol: {said:?}"
        );
    }
}
