//! The real `lanscout` binary: run with a time limit, its JSON lines, server mode as a child.

use super::*;

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

/// Sends `signal` to `child` (e.g. SIGTERM: what a service manager sends).
pub fn signal(child: &std::process::Child, signal: libc::c_int) {
    // SAFETY: signalling our own child process.
    let r = unsafe { libc::kill(child.id() as libc::pid_t, signal) };
    assert_eq!(r, 0, "kill");
}
