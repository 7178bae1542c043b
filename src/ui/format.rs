//! Durations as the list shows them: pure.

use std::time::Duration;

/// "just now", "4 min ago", "2 h ago".
pub fn format_ago(d: Duration) -> String {
    let s = d.as_secs();
    if s < 60 {
        "just now".into()
    } else if s < 3600 {
        format!("{} min ago", s / 60)
    } else if s < 48 * 3600 {
        format!("{} h ago", s / 3600)
    } else {
        format!("{} days ago", s / 86400)
    }
}

/// "3.2 ms", "120 ms", "1.4 s".
pub fn format_rtt(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 1.0 {
        format!("{ms:.2} ms")
    } else if ms < 10.0 {
        format!("{ms:.1} ms")
    } else if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.1} s", ms / 1000.0)
    }
}
