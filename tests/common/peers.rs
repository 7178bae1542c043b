//! The stock Python peers (django-udp-discovery and its client) from the venv.

use super::*;

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
