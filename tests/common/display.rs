//! What a window is seen through: Xvfb, weston (Wayland), tesseract OCR.

use super::*;

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
