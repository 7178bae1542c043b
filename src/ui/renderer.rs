//! A window that opens whatever the graphics stack: when the renderer wgpu
//! picks first cannot draw (DX12 under Wine; VMs, remote desktops and old
//! laptops with broken drivers), the next one is tried (Vulkan, then
//! OpenGL) before LanScout gives up, and the log says which one draws.
//!
//! A failed renderer cannot be retried in the same process (winit creates
//! its event loop once per process, and a lost device often ends in a
//! panic), so the desktop app runs its window in a child process per
//! attempt: a child whose renderer fails before the first frame exits with
//! [`RENDERER_FAILED`], and the parent starts the next attempt. The plan
//! is pure; the parent and the child's exit live in `run_supervised` and
//! `child_failed`.

use std::sync::atomic::{AtomicBool, Ordering};

/// The variable that marks a window process as one attempt (its value:
/// the attempt's name), and tells it not to supervise in turn.
pub const ATTEMPT_ENV: &str = "LANSCOUT_RENDERER_ATTEMPT";

/// wgpu's own variable: a backend named by the user is used as it is.
pub const BACKEND_ENV: &str = "WGPU_BACKEND";

/// Forces the supervised start on platforms where it is off by default
/// (tests on Linux).
pub const FORCE_ENV: &str = "LANSCOUT_RENDERER_FALLBACK";

/// Exit status of a window process whose renderer failed before its first
/// frame.
pub const RENDERER_FAILED: u8 = crate::exit::ExitStatus::RendererFailed as u8;

/// One way to draw the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempt {
    /// For the log.
    pub name: &'static str,
    /// The `WGPU_BACKEND` value; `None` lets wgpu choose.
    pub backend: Option<&'static str>,
}

/// The attempts, in order: wgpu's own choice (DX12 on Windows), Vulkan,
/// OpenGL.
pub const ATTEMPTS: &[Attempt] = &[
    Attempt {
        name: "default",
        backend: None,
    },
    Attempt {
        name: "Vulkan",
        backend: Some("vulkan"),
    },
    Attempt {
        name: "OpenGL",
        backend: Some("gl"),
    },
];

/// Whether this process should run the window through attempts (pure):
/// on Windows, or when forced; never inside an attempt, nor when the user
/// chose a backend.
pub fn supervise(windows: bool, forced: bool, user_backend: bool, in_attempt: bool) -> bool {
    (windows || forced) && !user_backend && !in_attempt
}

/// What the parent does after an attempt ended with `status` (pure):
/// `Some(status)` to end with it, `None` to try the next attempt.
pub fn after_attempt(status: Option<i32>, attempts_left: bool) -> Option<i32> {
    match status {
        Some(s) if s == i32::from(RENDERER_FAILED) && attempts_left => None,
        Some(s) => Some(s),
        // Killed by a signal: the user or the system ended it.
        None => Some(1),
    }
}

static FIRST_FRAME: AtomicBool = AtomicBool::new(false);
static IN_USE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Records which renderer and adapter draw the window (once).
pub fn set_in_use(description: String) {
    let _ = IN_USE.set(description);
}

/// Which renderer and adapter draw the window, for the log.
pub fn in_use() -> &'static str {
    IN_USE.get().map_or("an unknown renderer", String::as_str)
}

/// The renderer wgpu chose, in words: "Vulkan (llvmpipe …)".
pub fn describe(cc: &eframe::CreationContext<'_>) -> String {
    match &cc.wgpu_render_state {
        Some(rs) => {
            let info = rs.adapter.get_info();
            format!("{:?} ({})", info.backend, info.name)
        }
        None => "OpenGL (glow)".to_string(),
    }
}

/// Records that a frame was drawn: from now on a failure is not the
/// renderer's.
pub fn first_frame_drawn() {
    FIRST_FRAME.store(true, Ordering::SeqCst);
}

/// Whether a frame was drawn in this process.
pub fn drawn() -> bool {
    FIRST_FRAME.load(Ordering::SeqCst)
}

/// In an attempt: a panic before the first frame is the renderer failing;
/// log it and leave with [`RENDERER_FAILED`] so the parent tries the next.
pub fn install_attempt_hook(log: Option<std::path::PathBuf>) {
    let Ok(name) = std::env::var(ATTEMPT_ENV) else {
        return;
    };
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let on_main = std::thread::current().name() == Some("main");
        if on_main && !drawn() {
            let text = format!("renderer {name} failed before the first frame: {info}");
            eprintln!("lanscout: {text}");
            if let Some(p) = &log {
                if crate::logging::to_file(p).is_ok() {
                    log::warn!("{text}");
                    crate::logging::flush();
                }
            }
            std::process::exit(i32::from(RENDERER_FAILED));
        }
        previous(info);
    }));
}

/// Runs the window once per attempt in a child process of this program,
/// until one draws; returns the exit status to end with.
pub fn run_supervised(log: Option<&std::path::Path>) -> anyhow::Result<std::process::ExitCode> {
    let exe = std::env::current_exe()?;
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let logger = log.filter(|p| crate::logging::to_file(p).is_ok());
    for (n, attempt) in ATTEMPTS.iter().enumerate() {
        let mut cmd = std::process::Command::new(&exe);
        cmd.args(&args).env(ATTEMPT_ENV, attempt.name);
        match attempt.backend {
            Some(b) => cmd.env(BACKEND_ENV, b),
            None => cmd.env_remove(BACKEND_ENV),
        };
        let status = cmd.status()?;
        match after_attempt(status.code(), n + 1 < ATTEMPTS.len()) {
            Some(code) => {
                crate::logging::flush();
                return Ok(std::process::ExitCode::from(
                    u8::try_from(code).unwrap_or(1),
                ));
            }
            None => {
                if logger.is_some() {
                    log::warn!(
                        "the {} renderer could not draw the window; trying the next",
                        attempt.name
                    );
                }
            }
        }
    }
    anyhow::bail!("no renderer could draw the window")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn who_supervises() {
        assert!(supervise(true, false, false, false), "Windows");
        assert!(
            !supervise(false, false, false, false),
            "elsewhere, by default"
        );
        assert!(supervise(false, true, false, false), "forced");
        assert!(
            !supervise(true, false, true, false),
            "the user chose a backend"
        );
        assert!(
            !supervise(true, false, false, true),
            "an attempt never supervises"
        );
    }

    #[test]
    fn what_follows_an_attempt() {
        let failed = Some(i32::from(RENDERER_FAILED));
        assert_eq!(after_attempt(failed, true), None, "next attempt");
        assert_eq!(after_attempt(failed, false), failed, "none left");
        assert_eq!(after_attempt(Some(0), true), Some(0));
        assert_eq!(
            after_attempt(Some(2), true),
            Some(2),
            "another error ends it"
        );
        assert_eq!(after_attempt(None, true), Some(1));
        assert_eq!(
            ATTEMPTS.iter().map(|a| a.name).collect::<Vec<_>>(),
            ["default", "Vulkan", "OpenGL"]
        );
    }
}
