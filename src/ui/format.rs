//! Durations as the list shows them, in the language in use.

use std::time::Duration;

use crate::i18n::decimal;
use crate::tr;

/// "just now", "4 min ago", "2 h ago" (German: "vor 4 Min.").
pub fn format_ago(d: Duration) -> String {
    let s = d.as_secs();
    if s < 60 {
        tr!("ago-now")
    } else if s < 3600 {
        tr!("ago-minutes", count = s / 60)
    } else if s < 48 * 3600 {
        tr!("ago-hours", count = s / 3600)
    } else {
        tr!("ago-days", count = s / 86400)
    }
}

/// "3.2 ms", "120 ms", "1.4 s"; "—" for none (a server that only
/// announced itself over DNS-SD sent no reply).
pub fn format_rtt(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if d.is_zero() {
        "—".into()
    } else if ms < 1.0 {
        tr!("duration-ms", ms = decimal(ms, 2))
    } else if ms < 10.0 {
        tr!("duration-ms", ms = decimal(ms, 1))
    } else if ms < 1000.0 {
        tr!("duration-ms", ms = decimal(ms, 0))
    } else {
        tr!("duration-s", secs = decimal(ms / 1000.0, 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_ages_read_naturally() {
        let ms = |v: f64| Duration::from_secs_f64(v / 1000.0);
        let rtts = [
            (Duration::ZERO, "—"),
            (ms(0.24), "0.24 ms"),
            (ms(3.25), "3.2 ms"),
            (ms(120.4), "120 ms"),
            (ms(1400.0), "1.4 s"),
        ];
        for (d, text) in rtts {
            assert_eq!(format_rtt(d), text, "{d:?}");
        }
        let secs = Duration::from_secs;
        let ages = [
            (secs(5), "just now"),
            (secs(120), "2 min ago"),
            (secs(7200), "2 h ago"),
            (secs(3 * 86400), "3 days ago"),
        ];
        for (d, text) in ages {
            assert_eq!(format_ago(d), text, "{d:?}");
        }
    }
}
