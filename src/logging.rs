//! The window's log: every diagnostic goes through the `log` facade, and
//! flexi_logger writes it to a file that rotates at [`MAX_LOG_BYTES`] and
//! keeps [`LOG_FILES`] files (`lanscout.log`, and the older ones named
//! with the time they were closed), buffered and flushed once a second by the crate's own thread. The
//! lines are the messages panel's: `UNIX-TIME level: text`. A warning that
//! comes back every round is written once, then once an hour with how
//! often it came ([`Repeats`]), not 2 880 times a day.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use flexi_logger::{
    Cleanup, Criterion, DeferredNow, FileSpec, LogSpecification, Logger, LoggerHandle, Naming,
    WriteMode,
};

/// A log file is rotated when it reaches this size.
pub const MAX_LOG_BYTES: u64 = 1 << 20;

/// Log files kept: the one written and the rotated ones.
pub const LOG_FILES: usize = 3;

/// How long a repeated line is held back before it is written again with
/// its count.
pub const REPEAT_WINDOW: Duration = Duration::from_secs(3600);

/// Distinct lines [`Repeats`] remembers (the oldest is forgotten first).
const REPEATS_KEPT: usize = 256;

static LOGGER: OnceLock<LoggerHandle> = OnceLock::new();

/// The word the log and the messages panel use for a level.
pub fn word(level: log::Level) -> &'static str {
    match level {
        log::Level::Error => "error",
        log::Level::Warn => "warning",
        log::Level::Info => "info",
        log::Level::Debug => "debug",
        log::Level::Trace => "trace",
    }
}

fn line(
    w: &mut dyn std::io::Write,
    _now: &mut DeferredNow,
    record: &log::Record<'_>,
) -> std::io::Result<()> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    let text = record.args().to_string().replace('\n', " ");
    write!(w, "{secs:.3} {}: {text}", word(record.level()))
}

/// Starts writing LanScout's log to `path` (its folder is created). Once
/// per process: later calls keep the first file. An error says why the
/// file cannot be written (the window then runs without a log file).
pub fn to_file(path: &Path) -> Result<(), String> {
    if LOGGER.get().is_some() {
        return Ok(());
    }
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let basename = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("lanscout");
    let suffix = path.extension().and_then(|s| s.to_str()).unwrap_or("log");
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let handle =
        Logger::with(LogSpecification::parse("off, lanscout=info").map_err(|e| e.to_string())?)
            .log_to_file(
                FileSpec::default()
                    .directory(dir)
                    .basename(basename)
                    .suffix(suffix)
                    .suppress_timestamp(),
            )
            .rotate(
                Criterion::Size(MAX_LOG_BYTES),
                // Written to `lanscout.log` itself (what the README and a user
                // open); rotation renames it with the time it was closed.
                Naming::TimestampsCustomFormat {
                    current_infix: Some(""),
                    format: "%Y-%m-%d_%H-%M-%S",
                },
                Cleanup::KeepLogFiles(LOG_FILES - 1),
            )
            // At each rotation, not later on another thread: the bound on
            // files holds the moment a rotation is done (a background
            // cleanup raced the log-rotation test into four files).
            .cleanup_in_background_thread(false)
            .append()
            .format(line)
            .write_mode(WriteMode::BufferAndFlushWith(
                64 * 1024,
                Duration::from_secs(1),
            ))
            .start()
            .map_err(|e| format!("cannot write the log {}: {e}", path.display()))?;
    // Another thread may have won the race: its logger is the one in use.
    let _ = LOGGER.set(handle);
    Ok(())
}

/// Writes one line to the log (a no-op until [`to_file`] ran).
pub fn write(level: log::Level, text: &str) {
    log::log!(target: "lanscout", level, "{text}");
}

/// Writes what is buffered (at exit, and before a crash report).
pub fn flush() {
    if let Some(h) = LOGGER.get() {
        h.flush();
    }
}

/// Folds lines that come back: the first one is written, repeats within
/// [`REPEAT_WINDOW`] are counted, and the next one after it is written
/// with that count. Pure (the caller gives the time).
#[derive(Debug, Default)]
pub struct Repeats {
    seen: HashMap<String, (Instant, u32)>,
}

impl Repeats {
    /// What to write for `text` at `now`, if anything.
    pub fn note(&mut self, text: &str, now: Instant) -> Option<String> {
        match self.seen.get_mut(text) {
            Some((since, count)) if now.saturating_duration_since(*since) < REPEAT_WINDOW => {
                *count += 1;
                None
            }
            Some((since, count)) => {
                let out = if *count > 0 {
                    format!("{text} (and {count} more times in the last hour)")
                } else {
                    text.to_string()
                };
                (*since, *count) = (now, 0);
                Some(out)
            }
            None => {
                if self.seen.len() >= REPEATS_KEPT {
                    let oldest = self
                        .seen
                        .iter()
                        .min_by_key(|(_, (since, _))| *since)
                        .map(|(k, _)| k.clone());
                    if let Some(k) = oldest {
                        self.seen.remove(&k);
                    }
                }
                self.seen.insert(text.to_string(), (now, 0));
                Some(text.to_string())
            }
        }
    }

    /// Lines remembered (bounded by 256).
    pub fn len(&self) -> usize {
        self.seen.len()
    }

    /// Whether nothing is remembered.
    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_that_comes_back_every_round_is_written_once_an_hour_with_its_count() {
        let start = Instant::now();
        let round = Duration::from_secs(30);
        let mut r = Repeats::default();
        let mut written = Vec::new();
        // A day of rounds every 30 s: 2 880 times the same warning.
        for n in 0..2880u32 {
            if let Some(line) = r.note("no interface to broadcast on", start + round * n) {
                written.push(line);
            }
        }
        assert_eq!(written.len(), 24, "once an hour: {written:?}");
        assert_eq!(written[0], "no interface to broadcast on");
        assert_eq!(
            written[1],
            "no interface to broadcast on (and 119 more times in the last hour)"
        );
        // Another line is not held back by the first.
        assert_eq!(r.note("other", start).as_deref(), Some("other"));
    }

    #[test]
    fn memory_is_bounded_by_forgetting_the_oldest_line() {
        let start = Instant::now();
        let mut r = Repeats::default();
        for n in 0..10_000u64 {
            assert!(r
                .note(&format!("line {n}"), start + Duration::from_millis(n))
                .is_some());
        }
        assert_eq!(r.len(), REPEATS_KEPT);
        // The newest are remembered (held back), the oldest forgotten (written again).
        assert!(r
            .note("line 9999", start + Duration::from_secs(20))
            .is_none());
        assert!(r.note("line 0", start + Duration::from_secs(20)).is_some());
    }
}
