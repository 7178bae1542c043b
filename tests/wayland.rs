//! The real window on Wayland, natively (no X server exists in the test:
//! `DISPLAY` is unset, so winit can only speak Wayland): Debian's weston
//! with its headless backend and GL renderer (llvmpipe), desktop shell,
//! at output scale 1 and 2. The screenshot is taken through the compositor
//! (`weston-screenshooter`, which weston allows with `--debug`); the
//! client's protocol log (`WAYLAND_DEBUG=client`) shows the app id and the
//! buffer scale the window drew at.
//!
//! Network: the app scans 127.0.0.1 only; the suite runs in `unshare --net`.

mod common;
mod kit;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use lanscout::settings::Settings;
// The desktop entry's file name: what the app id must be for a dock to
// find the icon.
use lanscout::ui::APP_ID;

/// Kills the app however the test ends.
struct Running(Vec<Child>);

impl Drop for Running {
    fn drop(&mut self) {
        for c in self.0.iter_mut().rev() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

struct Shot {
    png: PathBuf,
    protocol_log: String,
}

/// Starts weston at `scale`, the app in it, waits for the first server
/// row to be painted, then screenshots the output until `ready` says the
/// picture shows what it should (at most 30 s), and returns that one.
fn window_on_weston(
    dir: &Path,
    scale: u32,
    settings: &Settings,
    ready: impl Fn(&Path) -> bool,
) -> Shot {
    let config = dir.join("config");
    std::fs::create_dir_all(config.join("lanscout")).expect("config dir");
    std::fs::write(
        config.join("lanscout/settings.toml"),
        settings.to_toml().expect("settings"),
    )
    .expect("settings file");
    let weston = common::Weston::start(dir, scale);
    let stderr_path = dir.join("app.stderr");
    let _app = Running(vec![Command::new(common::bin())
        .arg("--trace-startup")
        .env_remove("DISPLAY")
        .env("WAYLAND_DISPLAY", &weston.socket)
        .env("WAYLAND_DEBUG", "client")
        .env("XDG_RUNTIME_DIR", &weston.runtime)
        .env("XDG_CONFIG_HOME", &config)
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("HOME", dir)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&stderr_path).expect("stderr file"))
        .spawn()
        .expect("lanscout")]);
    let log = || std::fs::read_to_string(&stderr_path).unwrap_or_default();
    let painted = common::wait_for(Duration::from_secs(20), || {
        log().lines().any(|l| l.ends_with("first row painted"))
    });
    assert!(painted, "no row painted on Wayland: {}", tail(&log()));
    // The scan's end, the names and the frames that show them take as
    // long as a loaded machine needs: the picture itself says when.
    let end = Instant::now() + Duration::from_secs(30);
    let mut attempt = 0;
    let png = loop {
        attempt += 1;
        let png = weston.screenshot(&dir.join(format!("shots-{scale}-{attempt}")));
        if ready(&png) || Instant::now() > end {
            break png;
        }
        std::thread::sleep(Duration::from_millis(250));
    };
    Shot {
        png,
        protocol_log: log(),
    }
}

fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

/// The id in `wl_surface@ID` of the window's main surface: the one its
/// `xdg_surface` was made from.
fn main_surface(log: &str) -> Option<String> {
    log.lines()
        .find(|l| l.contains(".get_xdg_surface("))
        .and_then(|l| l.split("wl_surface@").nth(1))
        .map(|s| s.chars().take_while(char::is_ascii_digit).collect())
}

fn image_size(png: &Path) -> (u32, u32) {
    let out = Command::new("identify")
        .args(["-format", "%w %h"])
        .arg(png)
        .output()
        .expect("identify");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut it = text.split_whitespace().filter_map(|n| n.parse().ok());
    (it.next().unwrap_or(0), it.next().unwrap_or(0))
}

#[test]
fn the_window_runs_natively_on_wayland_and_is_crisp_at_scale_1_and_2() {
    common::assert_isolated();
    let dir = tempfile::tempdir().expect("tempdir");
    // Three servers, as the README's screenshot shows them.
    let mut responders = Vec::new();
    let mut ports = Vec::new();
    for title in ["Wayland Lab", "Inventory · Lab 3", "Build dashboard"] {
        let (web_port, _) = common::titled_page_on_loopback(title);
        let (responder, port) = kit::responder_on_free_port(web_port);
        responders.push(responder);
        ports.push(port);
    }
    let mut settings = kit::loopback_settings(ports[0], 1.0);
    settings.scan.extra_targets = ports.iter().map(|p| format!("127.0.0.1:{p}")).collect();
    let desktop = std::fs::read_to_string(common::root().join(format!("dist/{APP_ID}.desktop")))
        .expect("desktop entry");
    let started = Instant::now();
    for scale in [1u32, 2] {
        let sub = dir.path().join(format!("scale{scale}"));
        std::fs::create_dir_all(&sub).expect("dir");
        let on_screen = |text: &str| {
            ["Wayland Lab", "Build dashboard", "127.0.0.1"]
                .iter()
                .all(|t| text.contains(t))
                && text.replace(' ', "").contains("3servers")
        };
        let shot = window_on_weston(&sub, scale, &settings, |png| {
            on_screen(&window_text(png, scale))
        });
        let log = &shot.protocol_log;
        // The dock matches the window to its desktop entry by app id:
        // the entry's file name, and its StartupWMClass for X11.
        let app_id = format!(".set_app_id(\"{APP_ID}\")");
        assert!(log.contains(&app_id), "app id: {}", tail(log));
        assert!(desktop.contains(&format!("StartupWMClass={APP_ID}\n")));
        // Crisp: the window draws at the output's scale (the compositor
        // does not enlarge a scale-1 buffer).
        let surface = main_surface(log).expect("an xdg_surface");
        let scaled = log.contains(&format!("wl_surface@{surface}.set_buffer_scale(2)"));
        assert_eq!(scaled, scale == 2, "main surface {surface}, scale {scale}");
        let keep = common::root().join(format!("target/wayland-scale{scale}.png"));
        let _ = std::fs::copy(&shot.png, &keep);
        eprintln!("scale {scale}: {}", keep.display());
        // The compositor's own picture of the output shows the server.
        let (w, h) = image_size(&shot.png);
        assert_eq!((w, h), (1024 * scale, 700 * scale), "output size");
        let text = window_text(&shot.png, scale);
        // (Tesseract reads the status bar's small "3 servers" without its space.)
        let squeezed = text.replace(' ', "");
        for expected in ["Wayland Lab", "Build dashboard", "127.0.0.1"] {
            assert!(
                text.contains(expected),
                "scale {scale}: {expected:?} is not on screen: {text}"
            );
        }
        assert!(
            squeezed.contains("3servers"),
            "scale {scale}: the count is not on screen: {text}"
        );
    }
    eprintln!("both scales in {:.1} s", started.elapsed().as_secs_f64());
}

/// The window's text in a screenshot of the output at `scale`, by OCR: its
/// content (desktop shell places it at 38,54 below its title bar), dark
/// theme inverted to dark-on-light.
fn window_text(png: &Path, scale: u32) -> String {
    let crop = format!(
        "{}x{}+{}+{}",
        980 * scale,
        620 * scale,
        38 * scale,
        54 * scale
    );
    let enlarge = format!("{}%", 300 / scale);
    common::ocr(
        png,
        &[
            &["-crop", &crop, "+repage", "-negate", "-resize", &enlarge],
            &[
                "-crop",
                &crop,
                "+repage",
                "-negate",
                "-resize",
                &enlarge,
                "-threshold",
                "60%",
            ],
        ],
    )
}
