//! Which desktop notifications to raise when servers appear while the
//! window is in the background. Pure: what appeared and when in, notices
//! out; the notifier worker shows them.

use std::collections::HashMap;
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

use crate::discovery::ServerKey;
use crate::tr;

/// A server is announced at most once in this long.
pub const NOTICE_EVERY: Duration = Duration::from_secs(3600);

/// From this many servers at once, one summary replaces single notices.
pub const SUMMARY_FROM: usize = 3;

/// Names listed in a summary before "and N more".
const SUMMARY_NAMES: usize = 3;

/// A server that appeared (or came back after being stale).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appeared {
    /// Which one.
    pub key: ServerKey,
    /// Its name (page title, host name), if known.
    pub name: Option<String>,
}

/// One desktop notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// First line ("Inventory is on the network — 10.20.0.12").
    pub summary: String,
    /// Second line (plain text; the notifier escapes markup).
    pub body: String,
    /// The server a click opens; none for a summary (a click shows the window).
    pub opens: Option<ServerKey>,
}

/// Remembers what was announced, so that a server flapping on and off
/// does not raise a notification every round.
#[derive(Debug)]
pub struct NoticeLimiter {
    last: HashMap<ServerKey, Instant>,
    every: Duration,
}

impl Default for NoticeLimiter {
    fn default() -> Self {
        NoticeLimiter::new(NOTICE_EVERY)
    }
}

impl NoticeLimiter {
    /// A limiter that announces a server at most once in `every`.
    pub fn new(every: Duration) -> NoticeLimiter {
        NoticeLimiter {
            last: HashMap::new(),
            every,
        }
    }

    /// How long a server announced stays unannounced.
    pub fn every(&self) -> Duration {
        self.every
    }

    /// Servers remembered (those announced within the last period only:
    /// a week of addresses coming and going does not pile up).
    pub fn remembered(&self) -> usize {
        self.last.len()
    }

    /// The notices for `appeared` at `now`: one per server not announced
    /// in the last [`NOTICE_EVERY`], or one summary when
    /// [`SUMMARY_FROM`] or more appear at once.
    pub fn plan(&mut self, appeared: &[Appeared], now: Instant) -> Vec<Notice> {
        let every = self.every;
        self.last
            .retain(|_, t| now.saturating_duration_since(*t) < every);
        let due: Vec<&Appeared> = appeared
            .iter()
            .filter(|a| !self.last.contains_key(&a.key))
            .collect();
        for a in &due {
            self.last.insert(a.key, now);
        }
        if due.len() >= SUMMARY_FROM {
            return vec![summary(&due)];
        }
        due.into_iter().map(single).collect()
    }
}

fn display_name(a: &Appeared) -> String {
    a.name.clone().unwrap_or_else(|| address(a.key))
}

fn address((ip, port): (Ipv4Addr, u16)) -> String {
    format!("{ip}:{port}")
}

fn single(a: &Appeared) -> Notice {
    let summary = match &a.name {
        Some(name) => tr!(
            "notice-one-named",
            name = name.as_str(),
            address = a.key.0.to_string()
        ),
        None => tr!("notice-one", address = address(a.key)),
    };
    Notice {
        summary,
        body: tr!("notice-one-body"),
        opens: Some(a.key),
    }
}

fn summary(due: &[&Appeared]) -> Notice {
    let names: Vec<String> = due
        .iter()
        .take(SUMMARY_NAMES)
        .map(|a| display_name(a))
        .collect();
    let rest = due.len().saturating_sub(SUMMARY_NAMES);
    let body = tr!(
        "notice-many-body",
        names = names.join(&tr!("list-separator")),
        rest = rest
    );
    Notice {
        summary: tr!("notice-many", count = due.len()),
        body,
        opens: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn appeared(last: u8, name: Option<&str>) -> Appeared {
        Appeared {
            key: (Ipv4Addr::new(10, 20, 0, last), 8080),
            name: name.map(String::from),
        }
    }

    #[test]
    fn one_server_gets_one_notice_naming_it() {
        let mut l = NoticeLimiter::default();
        let n = l.plan(&[appeared(12, Some("Inventory · Lab 3"))], Instant::now());
        assert_eq!(n.len(), 1);
        assert_eq!(
            n[0].summary,
            "Inventory · Lab 3 is on the network — 10.20.0.12"
        );
        assert_eq!(n[0].opens, Some((Ipv4Addr::new(10, 20, 0, 12), 8080)));
        let n = l.plan(&[appeared(13, None)], Instant::now());
        assert_eq!(n[0].summary, "A server is on the network — 10.20.0.13:8080");
    }

    #[test]
    fn a_server_is_announced_once_an_hour_at_most() {
        let mut l = NoticeLimiter::default();
        let t0 = Instant::now();
        let a = [appeared(12, Some("Inventory"))];
        let cases = [
            (Duration::ZERO, 1),
            (Duration::from_secs(60), 0),
            (Duration::from_secs(3599), 0),
            (Duration::from_secs(3600), 1),
            (Duration::from_secs(3700), 0),
        ];
        for (at, expected) in cases {
            assert_eq!(l.plan(&a, t0 + at).len(), expected, "at {at:?}");
        }
    }

    #[test]
    fn many_at_once_become_one_summary() {
        let mut l = NoticeLimiter::default();
        let t0 = Instant::now();
        let two = [appeared(1, Some("A")), appeared(2, None)];
        assert_eq!(l.plan(&two, t0).len(), 2);
        let many: Vec<Appeared> = (10..15).map(|i| appeared(i, Some("NAS"))).collect();
        let n = l.plan(&many, t0);
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].summary, "5 servers appeared on the network");
        assert_eq!(n[0].body, "NAS, NAS, NAS and 2 more.");
        assert_eq!(n[0].opens, None);
        // Already announced ones do not count towards the next summary.
        let mixed: Vec<Appeared> = (10..17).map(|i| appeared(i, None)).collect();
        let n = l.plan(&mixed, t0 + Duration::from_secs(5));
        assert_eq!(n.len(), 2, "only 15 and 16 are due: {n:?}");
        let exactly = [appeared(20, None), appeared(21, None), appeared(22, None)];
        let n = l.plan(&exactly, t0);
        assert_eq!(
            n[0].body,
            "10.20.0.20:8080, 10.20.0.21:8080, 10.20.0.22:8080."
        );
    }

    #[test]
    fn the_limiter_forgets_servers_once_their_hour_is_over() {
        let start = Instant::now();
        let mut limiter = NoticeLimiter::new(Duration::from_secs(3600));
        // A week of one new address every 10 minutes (DHCP churn).
        for n in 0..1008u32 {
            let ip = Ipv4Addr::from(0x0a00_0000 + n);
            let now = start + Duration::from_secs(600) * n;
            let notices = limiter.plan(
                &[Appeared {
                    key: (ip, 8000),
                    name: None,
                }],
                now,
            );
            assert_eq!(notices.len(), 1);
        }
        assert!(limiter.remembered() <= 6, "{}", limiter.remembered());
    }
}
