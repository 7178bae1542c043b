//! Start-up timestamps (`lanscout --trace-startup`): when the window was
//! created, the first frame drawn and presented, the first server received,
//! drawn and presented. A benchmark, not a log: off unless asked for, and
//! then one line per mark on stderr:
//!
//! ```text
//! startup   212.4 ms  first row painted
//! ```
//!
//! Times count from `LANSCOUT_LAUNCHED_AT_NS` (Unix time in nanoseconds,
//! set by whoever launches the process, so exec and dynamic loading count
//! too) or else from the moment the command line was read.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The environment variable a launcher sets to its own clock reading.
pub const LAUNCHED_AT_ENV: &str = "LANSCOUT_LAUNCHED_AT_NS";

/// The moments measured, in the order they normally happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The scan's sockets are open and the first probes are out.
    ScanStarted,
    /// The window and its renderer exist (eframe calls the app's creator).
    WindowCreated,
    /// The first frame was drawn.
    FirstFrameDrawn,
    /// The first frame reached the screen (the next frame began).
    FirstFramePainted,
    /// The first server reached the window's state.
    FirstServerReceived,
    /// A frame with a server row was drawn.
    FirstRowDrawn,
    /// That frame reached the screen.
    FirstRowPainted,
}

impl Mark {
    fn label(self) -> &'static str {
        match self {
            Mark::ScanStarted => "scan started",
            Mark::WindowCreated => "window created",
            Mark::FirstFrameDrawn => "first frame drawn",
            Mark::FirstFramePainted => "first frame painted",
            Mark::FirstServerReceived => "first server received",
            Mark::FirstRowDrawn => "first row drawn",
            Mark::FirstRowPainted => "first row painted",
        }
    }

    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

struct Trace {
    origin: Instant,
    /// Time between the launcher's clock reading and `origin`.
    before_origin: Duration,
    seen: AtomicU32,
}

static TRACE: OnceLock<Trace> = OnceLock::new();

/// Turns tracing on for this process (the first call wins).
pub fn enable() {
    let origin = Instant::now();
    let before_origin = std::env::var(LAUNCHED_AT_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .and_then(|launched| {
            let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?;
            now.checked_sub(Duration::from_nanos(launched))
        })
        .unwrap_or_default();
    let _ = TRACE.set(Trace {
        origin,
        before_origin,
        seen: AtomicU32::new(0),
    });
}

/// Whether `--trace-startup` is on.
pub fn enabled() -> bool {
    TRACE.get().is_some()
}

/// Whether `mark` was printed already.
pub fn reached(mark: Mark) -> bool {
    TRACE
        .get()
        .is_some_and(|t| t.seen.load(Ordering::Relaxed) & mark.bit() != 0)
}

/// Prints `mark` the first time it is reached; later calls do nothing.
pub fn mark(mark: Mark) {
    let Some(t) = TRACE.get() else { return };
    if t.seen.fetch_or(mark.bit(), Ordering::Relaxed) & mark.bit() != 0 {
        return;
    }
    let elapsed = t.before_origin + t.origin.elapsed();
    eprintln!(
        "startup {:>9.1} ms  {}",
        elapsed.as_secs_f64() * 1000.0,
        mark.label()
    );
}

/// Called at the start of every frame: what the previous frame drew has
/// been presented by now.
pub fn frame_began() {
    if !enabled() {
        return;
    }
    if reached(Mark::FirstFrameDrawn) {
        mark(Mark::FirstFramePainted);
    }
    if reached(Mark::FirstRowDrawn) {
        mark(Mark::FirstRowPainted);
    }
}

/// Called after a frame was drawn, with whether it held a server row.
pub fn frame_drawn(with_row: bool, ctx: &egui::Context) {
    if !enabled() {
        return;
    }
    let fresh = !reached(Mark::FirstFrameDrawn) || (with_row && !reached(Mark::FirstRowDrawn));
    mark(Mark::FirstFrameDrawn);
    if with_row {
        mark(Mark::FirstRowDrawn);
    }
    if fresh {
        // The "painted" mark needs the next frame to begin.
        ctx.request_repaint();
    }
}
