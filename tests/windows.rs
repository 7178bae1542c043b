//! The Windows build (scripts/windows.sh) under Wine, against the real
//! peers: `lanscout.com scan` finds the stock Django listener on another
//! lab host and the stock client finds `lanscout.com serve`; the library's
//! unit tests pass; the window opens with no renderer forced and shows the
//! server; the installer installs, its shortcut starts the window, and its
//! uninstaller removes every file it installed.
//!
//! Wine creates sockets inside its *wineserver*, so each test starts a
//! fresh prefix with its own wineserver inside the lab namespace. Needs
//! root, Wine and the output of scripts/windows.sh (scripts/test.sh runs
//! it first).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::KillOnDrop;

use common::{events, json_lines, Lab};

/// Where scripts/windows.sh puts what it builds.
fn windows_dir() -> PathBuf {
    common::root().join("target/windows")
}

fn dist(file: &str) -> PathBuf {
    let path = windows_dir().join("dist").join(file);
    assert!(
        path.exists(),
        "{} is missing: build it with scripts/windows.sh (scripts/test.sh does)",
        path.display()
    );
    path
}

fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// A Wine prefix of its own, its wineserver running inside `ns`.
struct Wine {
    ns: String,
    prefix: tempfile::TempDir,
    display: Option<String>,
}

impl Wine {
    fn start(ns: &str, display: Option<&str>) -> Wine {
        let wine = Wine {
            ns: ns.to_string(),
            prefix: tempfile::tempdir().expect("prefix dir"),
            display: display.map(str::to_string),
        };
        let status = wine
            .raw("wineserver")
            .args(["-p", "120"])
            .status()
            .expect("wineserver (scripts/windows.sh installs wine)");
        assert!(status.success(), "wineserver -p");
        // Wine's services inherit the first process's output: keep it null.
        let out = wine
            .raw("wine")
            .args(["wineboot", "-i"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("wineboot");
        assert!(out.success(), "wineboot -i");
        let system32 = wine.drive_c().join("windows/system32");
        std::fs::copy(
            windows_dir().join("test/bcryptprimitives.dll"),
            system32.join("bcryptprimitives.dll"),
        )
        .expect("copy the ProcessPrng stand-in (scripts/windows.sh builds it)");
        wine
    }

    /// A command run inside the namespace with this prefix's environment.
    fn raw(&self, program: &str) -> Command {
        let mut cmd = Command::new("ip");
        cmd.args(["netns", "exec", &self.ns, program])
            .env("WINEPREFIX", self.prefix.path())
            .env("WINEDEBUG", "-all")
            // No Mono or Gecko download prompts in a fresh prefix.
            .env("WINEDLLOVERRIDES", "mscoree,mshtml=")
            .env_remove("WGPU_BACKEND")
            .env_remove("WAYLAND_DISPLAY");
        match &self.display {
            Some(d) => cmd.env("DISPLAY", d),
            None => cmd.env_remove("DISPLAY"),
        };
        cmd
    }

    /// `wine PROGRAM ARGS`.
    fn run(&self, program: &Path, args: &[&str]) -> Command {
        let mut cmd = self.raw("wine");
        cmd.arg(program).args(args);
        cmd
    }

    fn drive_c(&self) -> PathBuf {
        self.prefix.path().join("drive_c")
    }

    /// The Windows user's profile folder inside the prefix.
    fn profile(&self) -> PathBuf {
        let users = self.drive_c().join("users");
        std::fs::read_dir(&users)
            .expect("users folder")
            .flatten()
            .map(|e| e.path())
            .find(|p| p.file_name().is_some_and(|n| n != "Public") && p.join("AppData").exists())
            .expect("a user profile")
    }
}

impl Drop for Wine {
    fn drop(&mut self) {
        let _ = self.raw("wineserver").arg("-k").status();
    }
}

/// A client "c" at 10.83.0.1 and a server host "s" at 10.83.0.2 (with a
/// default route, as on a LAN) running the stock listener, answering.
fn client_and_stock_server(lab: &mut Lab) -> (String, String) {
    let (c, s) = (lab.host("c"), lab.host("s"));
    lab.link(&c, "eth0", "10.83.0.1/24", &s, "eth0", "10.83.0.2/24");
    lab.default_route(&s, "10.83.0.1");
    lab.stock_server(&s, 9999, 120);
    lab.wait_until_answering(&c, "10.83.0.2", 9999);
    (c, s)
}

#[test]
fn the_unit_tests_pass_under_wine() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let ns = lab.host("unit");
    let wine = Wine::start(&ns, None);
    let exe = windows_dir().join("test/lanscout-unit-tests.exe");
    let out = common::run_with_limit(&mut wine.run(&exe, &[]), Duration::from_secs(300));
    let text = String::from_utf8_lossy(&out.stdout);
    eprintln!(
        "{}",
        text.lines().rev().take(3).collect::<Vec<_>>().join("\n")
    );
    // "test result: ok. N passed; 0 failed": ok with no test is no proof.
    let passed: u32 = text
        .lines()
        .find_map(|l| l.strip_prefix("test result: ok. "))
        .and_then(|l| l.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(
        out.status.success() && passed > 0 && text.contains(" 0 failed"),
        "{passed} passed:\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn under_wine_scan_finds_the_stock_listener_and_the_stock_client_finds_serve() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let (c, s) = client_and_stock_server(&mut lab);
    let wine = Wine::start(&c, None);
    let com = dist("lanscout.com");

    // The interface names Wine reports, and a scan limited to one of them.
    let out = common::run_with_limit(
        &mut wine.run(&com, &["interfaces", "--json"]),
        Duration::from_secs(60),
    );
    let listed = json_lines(&out.stdout);
    let used: Vec<String> = listed
        .iter()
        .filter(|i| i["used"] == true)
        .filter_map(|i| i["name"].as_str().map(str::to_string))
        .collect();
    eprintln!("interfaces under Wine: {listed:?}");
    assert_eq!(used.len(), 1, "one usable interface: {listed:?}");

    let started = Instant::now();
    let out = common::run_with_limit(
        &mut wine.run(
            &com,
            &[
                "scan",
                "--json",
                "--timeout",
                "3",
                "--no-details",
                "-i",
                &used[0],
            ],
        ),
        Duration::from_secs(60),
    );
    let lines = json_lines(&out.stdout);
    eprintln!("wine lanscout.com scan: {:?}", started.elapsed());
    let found = events(&lines, "found");
    assert_eq!(
        found.iter().map(|f| f["url"].clone()).collect::<Vec<_>>(),
        ["http://10.83.0.2:8000/"],
        "{lines:?}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0), "exit status through Wine");
    assert_eq!(found[0]["interface"].as_str(), Some(used[0].as_str()));

    // Nothing found: exit status 1 reaches the caller.
    let out = common::run_with_limit(
        &mut wine.run(
            &com,
            &["scan", "--timeout", "1", "--port", "9", "--no-fallback"],
        ),
        Duration::from_secs(60),
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");

    // Server mode under Wine, found by the stock client.
    let mut serve = wine.run(&com, &["serve", "--duration", "60", "--port", "9998"]);
    let _serve = KillOnDrop(
        serve
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("serve"),
    );
    lab.wait_udp_bound(&c, 9998);
    let stock = lab.stock_discover(&s, 2.0, 9998);
    assert_eq!(
        stock,
        [("10.83.0.1".to_string(), 8000, "10.83.0.1".to_string())],
        "the stock client finds lanscout.com serve"
    );
}

#[test]
fn the_window_opens_under_wine_with_no_renderer_forced_and_shows_the_server() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let (c, _) = client_and_stock_server(&mut lab);
    let xvfb = common::Xvfb::start(Some(&c), "1280x800x24").expect("Xvfb");
    let wine = Wine::start(&c, Some(&xvfb.display));
    let exe = dist("lanscout.exe");
    let app = KillOnDrop(
        wine.run(&exe, &[])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("wine lanscout.exe"),
    );
    let log = wine
        .profile()
        .join("AppData/Local/lanscout/data/lanscout.log");
    let drawn = common::wait_for(Duration::from_secs(90), || {
        std::fs::read_to_string(&log).is_ok_and(|t| t.contains("window drawn with"))
    });
    let log_text = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(drawn, "the window was never drawn; log:\n{log_text}");
    eprintln!("log:\n{log_text}");
    // The scan (5 s) ends, the row is there: the app logs it.
    assert!(
        common::wait_for(Duration::from_secs(30), || {
            std::fs::read_to_string(&log).is_ok_and(|t| t.contains("scan finished: 1 servers"))
        }),
        "{}",
        std::fs::read_to_string(&log).unwrap_or_default()
    );
    let shot = common::root().join("target/windows-window.png");
    let out = lab
        .cmd(&c, "import")
        .args(["-window", "root"])
        .arg(&shot)
        .env("DISPLAY", &xvfb.display)
        .output()
        .expect("import");
    assert!(out.status.success(), "screenshot: {out:?}");
    // The table's first rows (below the toolbar and progress bar),
    // enlarged and thresholded: link-blue text reads as black.
    let text = common::ocr(
        &shot,
        &[
            &[
                "-crop",
                "980x120+0+100",
                "-resize",
                "300%",
                "-threshold",
                "75%",
            ],
            &["-resize", "300%", "-threshold", "60%"],
        ],
    );
    assert!(text.contains("10.83.0.2"), "the server row, by OCR: {text}");
    drop(app);
}

#[test]
fn the_installer_installs_its_shortcut_starts_the_window_and_the_uninstaller_removes_it() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let ns = lab.host("setup");
    let xvfb = common::Xvfb::start(Some(&ns), "1024x700x24").expect("Xvfb");
    let wine = Wine::start(&ns, Some(&xvfb.display));
    let started = Instant::now();
    let installed = install(&wine, &dist(&format!("LanScout-{}-setup.exe", version())));
    eprintln!("silent install: {:?}", started.elapsed());
    let profile = wine.profile();
    let shortcut =
        profile.join("AppData/Roaming/Microsoft/Windows/Start Menu/Programs/LanScout.lnk");
    assert!(
        shortcut.exists(),
        "Start-menu shortcut {}",
        shortcut.display()
    );

    // Settings of the user's own (kept by the uninstaller unless asked),
    // with "Start LanScout when I log in" on.
    let settings = profile.join("AppData/Roaming/lanscout/config/settings.toml");
    std::fs::create_dir_all(settings.parent().expect("dir")).expect("settings dir");
    std::fs::write(&settings, "[ui]\nstart_at_login = true\n").expect("settings");

    // The shortcut starts the window (as a click in the Start menu does).
    let _app = KillOnDrop(
        wine.raw("wine")
            .args(["start", "/unix"])
            .arg(&shortcut)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("wine start"),
    );
    let window = common::wait_for(Duration::from_secs(90), || {
        lab.cmd(&ns, "xdotool")
            .args(["search", "--name", "^LanScout$"])
            .env("DISPLAY", &xvfb.display)
            .output()
            .is_ok_and(|o| o.status.success() && !o.stdout.is_empty())
    });
    assert!(window, "no LanScout window after starting the shortcut");
    let windows = || {
        lab.cmd(&ns, "xdotool")
            .args(["search", "--name", "^LanScout$"])
            .env("DISPLAY", &xvfb.display)
            .output()
            .map(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .split_whitespace()
                    .count()
            })
            .unwrap_or(0)
    };
    let before = windows();

    // One window at a time: starting it again brings that window forward
    // and ends (a second window would never end: the limit fails it).
    let started = Instant::now();
    let again = common::run_with_limit(
        wine.run(&installed.join("lanscout.exe"), &[])
            .stdin(Stdio::null()),
        Duration::from_secs(60),
    );
    assert!(again.status.success(), "the second start: {again:?}");
    eprintln!(
        "second start under Wine ended after {:?}",
        started.elapsed()
    );
    let mut now = 0;
    assert!(
        common::wait_for(Duration::from_secs(10), || {
            now = windows();
            now == before
        }),
        "LanScout windows: {before} before the second start, {now} after"
    );

    // The window put itself in the user's Run key, the program quoted (a
    // user's folder may have a space).
    let run = format!(
        "\"{}\" --at-login",
        windows_path(&installed.join("lanscout.exe"))
    );
    let mut seen = None;
    assert!(
        common::wait_for(Duration::from_secs(30), || {
            seen = run_value(&wine);
            seen.as_deref() == Some(run.as_str())
        }),
        "Run value {seen:?}, wanted {run:?}"
    );
    let _ = wine
        .raw("wine")
        .args(["taskkill", "/f", "/im", "lanscout.exe"])
        .status();

    let out = common::run_with_limit(
        &mut wine.run(&installed.join("uninstall.exe"), &["/S"]),
        Duration::from_secs(60),
    );
    assert!(out.status.success(), "{out:?}");
    // The uninstaller runs again from a temporary copy: wait for its work.
    let gone = common::wait_for(Duration::from_secs(30), || !installed.exists());
    assert!(
        gone,
        "left behind: {:?}",
        std::fs::read_dir(&installed)
            .map(|d| d.flatten().map(|e| e.file_name()).collect::<Vec<_>>())
    );
    assert!(!shortcut.exists(), "the shortcut is removed");
    assert_eq!(run_value(&wine), None, "the login start is removed");
    assert!(settings.exists(), "the user's settings are kept");
}

/// What scripts/windows.sh puts beside the exe, in the zip and the installer.
const SHIPPED: [&str; 6] = [
    "lanscout.exe",
    "lanscout.com",
    "README.txt",
    "LICENSE-MIT.txt",
    "LICENSE-APACHE.txt",
    "THIRD-PARTY-NOTICES.txt",
];

/// An installer, run silently in `wine`'s prefix: the folder it installed
/// every shipped file and the uninstaller to. Checked by the files, never
/// by the exit status alone (a 32-bit stub would exit 0 having installed
/// nothing).
fn install(wine: &Wine, setup: &Path) -> PathBuf {
    let out = common::run_with_limit(&mut wine.run(setup, &["/S"]), Duration::from_secs(120));
    assert!(out.status.success(), "{out:?}");
    let installed = wine.profile().join("AppData/Local/Programs/LanScout");
    assert!(
        common::wait_for(Duration::from_secs(30), || SHIPPED
            .iter()
            .chain(&["uninstall.exe"])
            .all(|f| installed.join(f).exists())),
        "installed: {:?}",
        std::fs::read_dir(&installed)
            .map(|d| d.flatten().map(|e| e.file_name()).collect::<Vec<_>>())
    );
    installed
}

/// The next release's installer: this one's files, lanscout.exe with a
/// byte appended (data after a PE image is ignored by the loader, so it
/// runs the same, but it tells which copy is installed) and a marked
/// README, packed by the same NSIS script under another version.
fn next_release(dir: &Path, version: &str) -> PathBuf {
    let files = dir.join("dist");
    std::fs::create_dir_all(&files).expect("dist copy");
    for f in SHIPPED {
        std::fs::copy(dist(f), files.join(f)).expect("copy a dist file");
    }
    let mut exe = std::fs::read(files.join("lanscout.exe")).expect("exe");
    exe.push(0);
    std::fs::write(files.join("lanscout.exe"), exe).expect("next exe");
    let mut readme = std::fs::read_to_string(files.join("README.txt")).expect("README");
    readme.push_str(&format!("\r\n(release {version})\r\n"));
    std::fs::write(files.join("README.txt"), readme).expect("next README");
    let setup = dir.join(format!("LanScout-{version}-setup.exe"));
    let out = Command::new("makensis")
        .arg("-V2")
        .arg(format!("-DVERSION={version}"))
        .arg(format!("-DDIST={}", files.display()))
        .arg(format!("-DOUTFILE={}", setup.display()))
        .arg(common::root().join("dist/windows/installer.nsi"))
        .output()
        .expect("makensis (scripts/windows.sh installs nsis)");
    assert!(out.status.success(), "makensis: {out:?}");
    setup
}

/// The user's Run value "LanScout" (what starts at login), if any.
fn run_value(wine: &Wine) -> Option<String> {
    let out = wine
        .run(
            Path::new("reg"),
            &[
                "query",
                r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run",
                "/v",
                "LanScout",
            ],
        )
        .output()
        .expect("wine reg");
    String::from_utf8_lossy(&out.stdout).lines().find_map(|l| {
        let rest = l.trim().strip_prefix("LanScout")?.trim_start();
        let value = rest.strip_prefix("REG_SZ")?.trim();
        Some(value.to_string())
    })
}

/// How Windows names a file of the Wine prefix ("C:\Program Files\…").
fn windows_path(unix: &Path) -> String {
    let text = unix.display().to_string();
    let tail = text.split("/drive_c/").nth(1).unwrap_or(&text);
    format!("C:\\{}", tail.replace('/', "\\"))
}

/// What "Installed apps" shows as LanScout's version.
fn registered_version(wine: &Wine) -> String {
    let out = wine
        .run(
            Path::new("reg"),
            &[
                "query",
                r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\LanScout",
                "/v",
                "DisplayVersion",
            ],
        )
        .output()
        .expect("wine reg");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.trim().strip_prefix("DisplayVersion"))
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or_default()
        .to_string()
}

/// Installing the next release while LanScout's window is open: the
/// installer closes the window (as its close button does), replaces every
/// file, and records the new version; the user's settings stay.
#[test]
fn the_installer_upgrades_over_an_open_window() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let ns = lab.host("upgrade");
    let xvfb = common::Xvfb::start(Some(&ns), "1024x700x24").expect("Xvfb");
    let wine = Wine::start(&ns, Some(&xvfb.display));
    let installed = install(&wine, &dist(&format!("LanScout-{}-setup.exe", version())));
    assert_eq!(registered_version(&wine), version());
    let settings = wine
        .profile()
        .join("AppData/Roaming/lanscout/config/settings.toml");
    std::fs::create_dir_all(settings.parent().expect("dir")).expect("settings dir");
    let saved =
        std::fs::read(common::root().join("tests/fixtures/settings-0.1.0.toml")).expect("fixture");
    std::fs::write(&settings, &saved).expect("settings");

    let _app = KillOnDrop(
        wine.run(&installed.join("lanscout.exe"), &[])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("wine lanscout.exe"),
    );
    let window_open = || {
        lab.cmd(&ns, "xdotool")
            .args(["search", "--name", "^LanScout$"])
            .env("DISPLAY", &xvfb.display)
            .output()
            .is_ok_and(|o| o.status.success() && !o.stdout.is_empty())
    };
    assert!(
        common::wait_for(Duration::from_secs(90), window_open),
        "the installed LanScout never opened its window"
    );

    let work = tempfile::tempdir().expect("tempdir");
    let next_version = "0.1.99";
    let setup = next_release(work.path(), next_version);
    let started = Instant::now();
    let out = common::run_with_limit(&mut wine.run(&setup, &["/S"]), Duration::from_secs(120));
    assert!(out.status.success(), "{out:?}");
    eprintln!("upgrade over the open window: {:?}", started.elapsed());
    // Under Wine a running exe can be overwritten, so the installer may end
    // while the window it closed is still going away (a loaded run saw
    // that): nothing else closes it, so its going within 20 s is the
    // installer's doing.
    assert!(
        common::wait_for(Duration::from_secs(20), || !window_open()),
        "the window is still open 20 s after the upgrade"
    );
    for f in ["lanscout.exe", "README.txt"] {
        assert_eq!(
            std::fs::read(installed.join(f)).ok(),
            std::fs::read(work.path().join("dist").join(f)).ok(),
            "{f} is not the next release's"
        );
    }
    assert_eq!(registered_version(&wine), next_version);
    assert_eq!(
        std::fs::read(&settings).ok().as_deref(),
        Some(&saved[..]),
        "the settings changed"
    );
}

/// A LanScout that cannot be closed by its window (`lanscout.com serve`
/// in a console has none): the silent installer stops before touching a
/// file, with a non-zero exit status, and the installed release still runs.
#[test]
fn the_installer_changes_nothing_while_a_lanscout_it_cannot_close_runs() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let ns = lab.host("busy");
    let wine = Wine::start(&ns, None);
    let installed = install(&wine, &dist(&format!("LanScout-{}-setup.exe", version())));
    let before = std::fs::read(installed.join("lanscout.com")).expect("installed .com");
    // The next release is built first: on a loaded machine makensis takes
    // minutes, and the running LanScout must outlive the installer's run.
    let work = tempfile::tempdir().expect("tempdir");
    let setup = next_release(work.path(), "0.1.99");
    let mut serve = KillOnDrop(
        wine.run(
            &installed.join("lanscout.com"),
            &["serve", "--port", "39871"],
        )
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("wine lanscout.com serve"),
    );
    lab.wait_udp_bound(&ns, 39871);

    let out = common::run_with_limit(&mut wine.run(&setup, &["/S"]), Duration::from_secs(120));
    assert!(
        matches!(serve.0.try_wait(), Ok(None)),
        "lanscout.com serve ended before the installer did: the test proves nothing"
    );
    assert!(
        !out.status.success(),
        "the installer claims success: {out:?}"
    );
    assert_eq!(
        std::fs::read(installed.join("lanscout.exe")).ok(),
        std::fs::read(dist("lanscout.exe")).ok(),
        "lanscout.exe was replaced while lanscout.com ran"
    );
    assert_eq!(
        std::fs::read(installed.join("lanscout.com")).ok(),
        Some(before)
    );
    assert_eq!(registered_version(&wine), version());
    drop(serve);
}
