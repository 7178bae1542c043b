//! Runtime state of the window that is not a widget: the server list, its
//! order and filter, scans, messages.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

use ipnet::Ipv4Net;

use serde::{Deserialize, Serialize};

use crate::details::Details;
use crate::discovery::{ScanStats, Server, ServerKey, Source};
use crate::net::InterfaceChoice;

/// After this many scans without an answer a server is shown as stale.
pub const STALE_AFTER_MISSED: u32 = 3;

/// Whether the server's web port accepts TCP connections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebPort {
    /// Not checked (checks are off).
    Unchecked,
    /// A check is running.
    Checking,
    /// A TCP connection succeeded.
    Open,
    /// It failed; why.
    Closed(String),
}

/// A mark beside a row's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Badge {
    /// Server mode of this computer answered.
    ThisComputer,
    /// Found another way than (or besides) the UDP probe.
    FoundBy,
    /// Appeared (or came back) during auto-refresh, not looked at yet.
    New,
    /// Answered on a network this computer has left.
    Away,
    /// A favourite that did not answer.
    Unreachable,
    /// Missed several rounds.
    Stale,
}

/// One row of the server table.
#[derive(Debug, Clone)]
pub struct ServerRow {
    /// What the scan reported.
    pub server: Server,
    /// When it answered last.
    pub last_seen: Instant,
    /// The best round-trip time seen in the latest scan that reached it.
    pub rtt: Duration,
    /// Scans in a row that finished without an answer from it.
    pub missed: u32,
    /// The web port check.
    pub web: WebPort,
    /// What the lookups found (kept from the previous scan until new ones end).
    pub details: Option<Details>,
    /// A favourite's name from an earlier run, until this run's lookups end.
    pub remembered: Option<String>,
    /// When it first answered in this run.
    pub first_seen: Instant,
    /// The name the user gave this favourite (before any looked-up name).
    pub label: Option<String>,
    /// Appeared (or came back after being stale) during auto-refresh and
    /// not yet looked at: highlighted until the next click or key.
    pub fresh: bool,
    /// The favourite entry it matches, if it is one.
    pub favourite: Option<String>,
    /// Other ways it was found besides `server.found_by`.
    pub also_by: Vec<Source>,
    /// It answered on a network this computer is no longer on (moved to
    /// another Wi-Fi, woke up elsewhere): kept, greyed, not counted as
    /// missing rounds, until the network is back or the forget rule drops it.
    pub away: bool,
}

impl ServerRow {
    /// What is known of this server, as the export and the CLI describe it.
    pub fn listing(&self) -> crate::export::Listing<'_> {
        crate::export::Listing {
            server: &self.server,
            details: self.details.as_ref(),
            also_by: &self.also_by,
            label: self.label.as_deref(),
            remembered: self.remembered.as_deref(),
            rtt: self.rtt,
        }
    }

    /// The link this row opens: the one the lookups chose, else the scan's.
    pub fn url(&self) -> &str {
        self.listing().link()
    }

    /// The short name (label, page title, host name or maker), if any.
    pub fn name(&self) -> Option<&str> {
        self.listing().name()
    }

    /// Every way it was found, first one first.
    pub fn sources(&self) -> impl Iterator<Item = Source> + '_ {
        std::iter::once(self.server.found_by).chain(self.also_by.iter().copied())
    }

    /// Not seen for [`STALE_AFTER_MISSED`] scans.
    pub fn is_stale(&self) -> bool {
        self.missed >= STALE_AFTER_MISSED
    }

    /// The marks the row carries, in the order they are shown and spoken
    /// (the one rule for the screen and the screen reader).
    pub fn badges(&self) -> Vec<Badge> {
        let mut badges = Vec::new();
        if self.server.is_local {
            badges.push(Badge::ThisComputer);
        }
        // The source, when it is not only the UDP probe everyone expects.
        if self.sources().any(|s| s != Source::Udp) {
            badges.push(Badge::FoundBy);
        }
        if self.fresh {
            badges.push(Badge::New);
        }
        // At most one of these: away says why it is silent, a favourite
        // that does not answer is unreachable, anything else stale.
        if self.away {
            badges.push(Badge::Away);
        } else if self.favourite.is_some() && self.missed > 0 {
            badges.push(Badge::Unreachable);
        } else if self.is_stale() {
            badges.push(Badge::Stale);
        }
        badges
    }

    fn matches(&self, needle: &str) -> bool {
        if needle.is_empty() {
            return true;
        }
        let s = &self.server;
        let hay = [
            s.ip.to_string(),
            s.port.to_string(),
            s.url.clone(),
            s.interface.clone().unwrap_or_default(),
            s.source.to_string(),
            self.name().unwrap_or_default().to_string(),
            self.details
                .as_ref()
                .and_then(|d| d.hostname.clone())
                .unwrap_or_default(),
            if s.is_local {
                crate::tr!("badge-this-computer")
            } else {
                String::new()
            },
        ];
        hay.iter().any(|h| h.to_lowercase().contains(needle))
    }
}

/// Table columns (also the sort keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Column {
    /// Page title, host name or maker.
    Name,
    /// IP address (then port).
    #[default]
    Address,
    /// Web port.
    Port,
    /// Local interface.
    Interface,
    /// Round-trip time.
    Rtt,
    /// Last answer.
    LastSeen,
    /// Web port reachable.
    Web,
}

impl Column {
    /// Every column, in display order.
    pub const ALL: [Column; 7] = [
        Column::Name,
        Column::Address,
        Column::Port,
        Column::Interface,
        Column::Rtt,
        Column::LastSeen,
        Column::Web,
    ];

    /// Where the column stands, left to right (its place in [`Column::ALL`]).
    pub fn index(self) -> usize {
        Column::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    /// The column `step` places to the right (to the left when negative),
    /// stopping at either end.
    pub fn beside(self, step: isize) -> Column {
        let at = self
            .index()
            .saturating_add_signed(step)
            .min(Column::ALL.len() - 1);
        Column::ALL[at]
    }

    /// Header text.
    pub fn title(self) -> String {
        crate::tr!(match self {
            Column::Name => crate::msg!("column-name"),
            Column::Address => crate::msg!("column-address"),
            Column::Port => crate::msg!("column-port"),
            Column::Interface => crate::msg!("column-interface"),
            Column::Rtt => crate::msg!("column-rtt"),
            Column::LastSeen => crate::msg!("column-last-seen"),
            Column::Web => crate::msg!("column-web"),
        })
    }
}

/// The part of the view that is remembered with the window (eframe storage).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ViewState {
    /// Sort column.
    pub sort: Column,
    /// Sort descending.
    pub descending: bool,
    /// Messages panel shown.
    pub show_messages: bool,
    /// Favourite names as versions before 0.1 kept them here: read once
    /// and moved into the settings file ([`Settings::favourite_names`]),
    /// never written again.
    ///
    /// [`Settings::favourite_names`]: crate::settings::Settings::favourite_names
    #[serde(skip_serializing)]
    pub favourite_names: std::collections::BTreeMap<String, crate::settings::FavouriteName>,
    /// The labels of that older place, keyed like `favourite_names`.
    #[serde(skip_serializing)]
    pub favourite_labels: std::collections::BTreeMap<String, String>,
    /// The user was told, once, that closing the window keeps LanScout
    /// running in the tray.
    pub told_running_in_tray: bool,
}

/// The servers, in arrival order, with a cached sorted and filtered view.
#[derive(Debug, Default)]
pub struct ServerList {
    rows: Vec<ServerRow>,
    index: HashMap<ServerKey, usize>,
    visible: Vec<usize>,
    dirty: bool,
    filter: String,
    sort: (Column, bool),
}

impl ServerList {
    /// All rows, in arrival order.
    pub fn rows(&self) -> &[ServerRow] {
        &self.rows
    }

    /// Number of servers.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The row of a server.
    pub fn get(&self, key: ServerKey) -> Option<&ServerRow> {
        self.index.get(&key).map(|&i| &self.rows[i])
    }

    /// Mutable access to the row of a server.
    pub fn get_mut(&mut self, key: ServerKey) -> Option<&mut ServerRow> {
        self.dirty = true;
        let i = *self.index.get(&key)?;
        self.rows.get_mut(i)
    }

    /// Adds a server or refreshes the row it already has. Returns true when new.
    pub fn upsert(&mut self, server: Server, now: Instant, web: WebPort) -> bool {
        self.dirty = true;
        let key = server.key();
        if let Some(&i) = self.index.get(&key) {
            let row = &mut self.rows[i];
            row.rtt = server.rtt;
            row.server = server;
            row.last_seen = now;
            row.missed = 0;
            row.away = false;
            if row.details.is_none() {
                row.web = web;
            }
            false
        } else {
            self.index.insert(key, self.rows.len());
            self.rows.push(ServerRow {
                rtt: server.rtt,
                server,
                last_seen: now,
                missed: 0,
                web,
                details: None,
                remembered: None,
                first_seen: now,
                label: None,
                fresh: false,
                favourite: None,
                also_by: Vec::new(),
                away: false,
            });
            true
        }
    }

    /// The user looked (clicked or typed): nothing is new any more.
    pub fn clear_fresh(&mut self) {
        if self.rows.iter().any(|r| r.fresh) {
            self.dirty = true;
            self.rows.iter_mut().for_each(|r| r.fresh = false);
        }
    }

    /// Mutable access to every row (for changes that touch many).
    pub fn rows_mut(&mut self) -> &mut [ServerRow] {
        self.dirty = true;
        &mut self.rows
    }

    /// A listed server was found another way too.
    pub fn also_found(&mut self, key: ServerKey, by: Source, service_name: Option<String>) {
        if let Some(row) = self.get_mut(key) {
            crate::discovery::add_source(&mut row.server, &mut row.also_by, by, service_name);
        }
    }

    /// A server answered again in the same scan.
    pub fn seen_again(&mut self, key: ServerKey, rtt: Duration, now: Instant) {
        if let Some(row) = self.get_mut(key) {
            row.last_seen = now;
            // Zero: no reply yet (found over DNS-SD).
            row.rtt = if row.rtt.is_zero() {
                rtt
            } else {
                row.rtt.min(rtt)
            };
        }
    }

    /// The networks this computer is on changed from `before` to `now`:
    /// servers that answered from a network it left are marked away (and
    /// those of a network it is back on are not); how many are away now.
    pub fn networks_changed(&mut self, before: &[Ipv4Net], now: &[Ipv4Net]) -> usize {
        self.dirty = true;
        let on = |nets: &[Ipv4Net], ip: Ipv4Addr| nets.iter().any(|n| n.contains(&ip));
        for row in &mut self.rows {
            let ip = *row.server.source.ip();
            if on(now, ip) {
                row.away = false;
            } else if on(before, ip) {
                row.away = true;
            }
        }
        self.rows.iter().filter(|r| r.away).count()
    }

    /// A scan finished: servers it did not reach missed one more round
    /// (not those away on another network: they could not answer).
    pub fn end_round(&mut self, seen: &std::collections::HashSet<ServerKey>) {
        self.dirty = true;
        for row in &mut self.rows {
            if !seen.contains(&row.server.key()) && !row.away {
                row.missed = row.missed.saturating_add(1);
            }
        }
    }

    /// Removes servers that have not answered for longer than `max_age`
    /// (favourites are kept whatever their age); how many went. Bounds the
    /// list of a window left open for days on a network whose addresses
    /// come and go.
    pub fn forget_unseen(&mut self, now: Instant, max_age: Duration) -> usize {
        let before = self.rows.len();
        self.rows.retain(|row| {
            row.favourite.is_some() || now.saturating_duration_since(row.last_seen) <= max_age
        });
        let forgotten = before - self.rows.len();
        if forgotten > 0 {
            self.index = self
                .rows
                .iter()
                .enumerate()
                .map(|(i, row)| (row.server.key(), i))
                .collect();
            self.visible.clear();
            self.dirty = true;
        }
        forgotten
    }

    /// Sets the filter text (case-insensitive substring).
    pub fn set_filter(&mut self, filter: &str) {
        let f = filter.trim().to_lowercase();
        if f != self.filter {
            self.filter = f;
            self.dirty = true;
        }
    }

    /// Sets the order.
    pub fn set_sort(&mut self, column: Column, descending: bool) {
        if self.sort != (column, descending) {
            self.sort = (column, descending);
            self.dirty = true;
        }
    }

    /// Indices into [`Self::rows`] of the rows to show, in order (as of
    /// the last [`Self::refresh`]).
    pub fn visible(&self) -> &[usize] {
        &self.visible
    }

    /// Recomputes the shown rows after changes (once per frame, before
    /// the views read them).
    pub fn refresh(&mut self) {
        if self.dirty {
            self.dirty = false;
            let rows = &self.rows;
            let mut v: Vec<usize> = (0..rows.len())
                .filter(|&i| rows[i].matches(&self.filter))
                .collect();
            let (column, descending) = self.sort;
            v.sort_by(|&a, &b| {
                let o = compare(&rows[a], &rows[b], column);
                if descending {
                    o.reverse()
                } else {
                    o
                }
            });
            self.visible = v;
        }
    }
}

fn compare(a: &ServerRow, b: &ServerRow, column: Column) -> Ordering {
    let by_addr = || a.server.key().cmp(&b.server.key());
    let o = match column {
        // Named rows first, by name (case-insensitive); unnamed after.
        Column::Name => match (a.name(), b.name()) {
            (Some(x), Some(y)) => x.to_lowercase().cmp(&y.to_lowercase()),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
        Column::Address => Ordering::Equal,
        Column::Port => a.server.port.cmp(&b.server.port),
        Column::Interface => a.server.interface.cmp(&b.server.interface),
        Column::Rtt => a.rtt.cmp(&b.rtt),
        // Most recent first when ascending: "last seen" reads as "how long ago".
        Column::LastSeen => b.last_seen.cmp(&a.last_seen),
        Column::Web => web_rank(&a.web).cmp(&web_rank(&b.web)),
    };
    o.then_with(by_addr)
}

fn web_rank(w: &WebPort) -> u8 {
    match w {
        WebPort::Open => 0,
        WebPort::Checking => 1,
        WebPort::Closed(_) => 2,
        WebPort::Unchecked => 3,
    }
}

/// How serious a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Worth knowing.
    Info,
    /// Something may not work as expected.
    Warning,
    /// Something failed.
    Error,
}

impl Level {
    /// The same level in the `log` facade.
    pub fn log_level(self) -> log::Level {
        match self {
            Level::Info => log::Level::Info,
            Level::Warning => log::Level::Warn,
            Level::Error => log::Level::Error,
        }
    }
}

/// A line in the messages panel (and the log file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Seriousness.
    pub level: Level,
    /// What it says, worded when shown (in the language in use then).
    pub words: crate::i18n::Words,
    /// When, as seconds since the app started.
    pub at: Duration,
}

impl Message {
    /// The text in the language in use.
    pub fn text(&self) -> String {
        self.words.text()
    }
}

/// A scan in progress, as the window knows it.
#[derive(Debug, Default)]
pub struct ScanProgress {
    /// When the scan was asked for.
    pub started: Option<Instant>,
    /// How long the engine said it runs.
    pub duration: Option<Duration>,
    /// Probes sent.
    pub sent: u64,
    /// Probes planned.
    pub planned: u64,
    /// Whether this scan sweeps subnets.
    pub sweep: bool,
    /// Whether the engine reported an error.
    pub failed: bool,
    /// Servers that answered in this scan.
    pub seen: std::collections::HashSet<ServerKey>,
}

impl ScanProgress {
    /// 0..=1: time-based (a scan ends at its deadline), or probe-based while a
    /// sweep is still sending.
    pub fn fraction(&self, now: Instant) -> f32 {
        let by_time = match (self.started, self.duration) {
            (Some(s), Some(d)) if !d.is_zero() => {
                (now.duration_since(s).as_secs_f32() / d.as_secs_f32()).min(1.0)
            }
            _ => 0.0,
        };
        // Still sending (so `planned` is at least 1): the lesser of the two,
        // and never quite empty once started.
        if self.sweep && self.sent < self.planned {
            (self.sent as f32 / self.planned as f32).min(by_time.max(0.01))
        } else {
            by_time
        }
    }
}

/// What the last finished scan left behind.
#[derive(Debug, Clone, Default)]
pub struct ScanSummary {
    /// Interfaces and whether they were used.
    pub interfaces: Vec<InterfaceChoice>,
    /// The engine's counters.
    pub stats: ScanStats,
    /// Whether it swept subnets.
    pub sweep: bool,
    /// Whether an error stopped it.
    pub failed: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::server_at;
    use std::net::Ipv4Addr;

    #[test]
    fn left_and_right_move_between_columns_and_stop_at_the_ends() {
        // (from, step, to)
        let table = [
            (Column::Name, 1, Column::Address),
            (Column::Address, -1, Column::Name),
            (Column::Name, -1, Column::Name),
            (Column::Web, 1, Column::Web),
            (Column::Rtt, 2, Column::Web),
            (Column::Port, 0, Column::Port),
            (Column::LastSeen, -5, Column::Name),
        ];
        for (from, step, to) in table {
            assert_eq!(from.beside(step), to, "{from:?} {step:+}");
        }
        for (n, c) in Column::ALL.iter().enumerate() {
            assert_eq!(c.index(), n);
        }
    }

    fn server(last: u8) -> Server {
        server_at(Ipv4Addr::new(10, 0, 0, last))
    }

    #[test]
    fn servers_unseen_for_longer_than_the_limit_are_forgotten_but_favourites_stay() {
        let start = Instant::now();
        let day = Duration::from_secs(24 * 3600);
        // (host, last seen after start, favourite) -> kept after 2 days?
        let table = [
            (1, Duration::ZERO, false, false),
            (2, Duration::ZERO, true, true),
            (3, day, false, true),
            (4, day / 2, false, false),
            (5, 2 * day, false, true),
        ];
        let mut list = ServerList::default();
        for (host, seen, favourite, _) in table {
            list.upsert(server(host), start + seen, WebPort::Unchecked);
            if favourite {
                list.get_mut(server(host).key()).expect("row").favourite = Some("fav".into());
            }
        }
        let now = start + 2 * day;
        assert_eq!(list.forget_unseen(now, day), 2);
        list.refresh();
        let kept: Vec<u8> = list
            .rows()
            .iter()
            .map(|r| r.server.ip.octets()[3])
            .collect();
        let want: Vec<u8> = table.iter().filter(|t| t.3).map(|t| t.0).collect();
        assert_eq!(kept, want);
        // The index follows: every kept row is found by its key, in order.
        for (i, host) in want.iter().enumerate() {
            let key = server(*host).key();
            assert_eq!(
                list.get(key).map(|r| r.server.ip),
                Some(list.rows()[i].server.ip)
            );
        }
        assert_eq!(list.visible().len(), want.len());
        assert_eq!(list.forget_unseen(now, day), 0, "nothing more to forget");
    }

    #[test]
    fn servers_of_a_network_left_are_away_not_missing_and_come_back_with_it() {
        let now = Instant::now();
        let home: Ipv4Net = "10.0.0.0/24".parse().expect("net");
        let office: Ipv4Net = "10.0.1.0/24".parse().expect("net");
        let mut list = ServerList::default();
        list.upsert(server(5), now, WebPort::Unchecked); // 10.0.0.5, at home
        let at_office = server_at(Ipv4Addr::new(10, 0, 1, 7));
        // Home -> office: the home server is away.
        assert_eq!(list.networks_changed(&[home], &[office]), 1);
        list.upsert(at_office.clone(), now, WebPort::Unchecked);
        list.end_round(&[at_office.key()].into());
        let row = |list: &ServerList, key| list.get(key).map(|r| (r.away, r.missed));
        assert_eq!(
            row(&list, server(5).key()),
            Some((true, 0)),
            "away, not missing"
        );
        // Back home: the home server is no longer away; the office one is.
        assert_eq!(list.networks_changed(&[office], &[home]), 1);
        assert_eq!(row(&list, server(5).key()), Some((false, 0)));
        assert_eq!(row(&list, at_office.key()), Some((true, 0)));
        // A server reached through a router (on neither network) is untouched.
        let far = server_at(Ipv4Addr::new(192, 168, 9, 1));
        list.upsert(far.clone(), now, WebPort::Unchecked);
        list.networks_changed(&[home], &[office]);
        assert_eq!(row(&list, far.key()), Some((false, 0)));
    }

    fn row(host: u8) -> ServerRow {
        let mut list = ServerList::default();
        list.upsert(server(host), Instant::now(), WebPort::Unchecked);
        list.rows()[0].clone()
    }

    #[test]
    fn a_row_reads_its_link_name_and_sources_from_what_is_known() {
        let mut r = row(4);
        assert_eq!(r.url(), "http://10.0.0.4:8000/");
        assert_eq!(r.name(), None);
        assert_eq!(r.sources().collect::<Vec<_>>(), [Source::Udp]);
        r.label = Some("Lab".into());
        r.also_by.push(Source::DnsSd);
        assert_eq!(r.name(), Some("Lab"));
        assert_eq!(
            r.sources().collect::<Vec<_>>(),
            [Source::Udp, Source::DnsSd]
        );
    }

    #[test]
    fn the_filter_finds_a_row_by_what_it_shows_and_only_then() {
        let mut r = row(4);
        r.label = Some("Inventory".into());
        // (needle, matches?)
        for (needle, want) in [
            ("", true),
            ("10.0.0.4", true),
            ("8000", true),
            ("invent", true),
            ("10.0.0.5", false),
            ("printer", false),
        ] {
            assert_eq!(r.matches(needle), want, "{needle:?}");
        }
    }

    #[test]
    fn column_titles_are_the_catalogues_words() {
        assert_eq!(Column::Rtt.title(), crate::tr!("column-rtt"));
        assert_eq!(Column::Interface.title(), crate::tr!("column-interface"));
        assert!(Column::ALL.iter().all(|c| !c.title().is_empty()));
    }

    /// The rows to show, by last octet, after a refresh.
    fn shown(list: &mut ServerList) -> Vec<u8> {
        list.refresh();
        list.visible()
            .iter()
            .map(|&i| list.rows()[i].server.ip.octets()[3])
            .collect()
    }

    #[test]
    fn counting_filtering_and_sorting_follow_each_change() {
        let now = Instant::now();
        let mut list = ServerList::default();
        assert!(list.is_empty());
        for (host, port, web) in [
            (3, 8002, WebPort::Unchecked),
            (1, 8003, WebPort::Checking),
            (2, 8001, WebPort::Open),
        ] {
            let mut s = server(host);
            s.port = port;
            list.upsert(s, now, web);
        }
        assert_eq!((list.len(), list.is_empty()), (3, false));
        assert_eq!(shown(&mut list), [1, 2, 3], "by address");
        list.set_sort(Column::Port, false);
        assert_eq!(shown(&mut list), [2, 3, 1]);
        list.set_sort(Column::Port, true);
        assert_eq!(shown(&mut list), [1, 3, 2]);
        // Web: reachable, then checking, then not checked.
        list.set_sort(Column::Web, false);
        assert_eq!(shown(&mut list), [2, 1, 3]);
        list.set_filter(" 10.0.0.3 ");
        assert_eq!(shown(&mut list), [3]);
        list.set_filter("");
        assert_eq!(shown(&mut list), [2, 1, 3]);
    }

    #[test]
    fn web_states_sort_reachable_first_then_checking_closed_unchecked() {
        let ranks = [
            WebPort::Open,
            WebPort::Checking,
            WebPort::Closed("refused".into()),
            WebPort::Unchecked,
        ]
        .map(|w| web_rank(&w));
        assert_eq!(ranks, [0, 1, 2, 3]);
    }

    #[test]
    fn a_round_counts_a_miss_only_for_a_server_that_could_have_answered() {
        let now = Instant::now();
        let mut list = ServerList::default();
        for host in [1, 2, 3] {
            list.upsert(server(host), now, WebPort::Unchecked);
        }
        list.get_mut(server(3).key()).expect("row").away = true;
        list.end_round(&[server(1).key()].into());
        let missed: Vec<u32> = list.rows().iter().map(|r| r.missed).collect();
        assert_eq!(missed, [0, 1, 0], "seen, missed, away");
        // Answering again resets the count.
        list.upsert(server(2), now, WebPort::Unchecked);
        assert_eq!(list.get(server(2).key()).map(|r| r.missed), Some(0));
    }

    #[test]
    fn a_rows_badges_follow_one_rule_in_one_order() {
        use Badge::*;
        // (this computer, also by DNS-SD, fresh, away, favourite, missed) -> badges
        type Case = (bool, bool, bool, bool, bool, u32, &'static [Badge]);
        let table: [Case; 10] = [
            (false, false, false, false, false, 0, &[]),
            (true, false, false, false, false, 0, &[ThisComputer]),
            (false, true, false, false, false, 0, &[FoundBy]),
            (false, false, true, false, false, 0, &[New]),
            (false, false, false, true, false, 5, &[Away]),
            (false, false, false, false, true, 1, &[Unreachable]),
            (
                false,
                false,
                false,
                false,
                false,
                STALE_AFTER_MISSED - 1,
                &[],
            ),
            (
                false,
                false,
                false,
                false,
                false,
                STALE_AFTER_MISSED,
                &[Stale],
            ),
            (false, false, false, false, true, 0, &[]),
            (
                true,
                true,
                true,
                false,
                true,
                2,
                &[ThisComputer, FoundBy, New, Unreachable],
            ),
        ];
        for (local, also, fresh, away, favourite, missed, want) in table {
            let mut list = ServerList::default();
            let mut s = server(1);
            s.is_local = local;
            let key = s.key();
            list.upsert(s, Instant::now(), WebPort::Unchecked);
            if also {
                list.also_found(key, Source::DnsSd, None);
            }
            let row = list.get_mut(key).expect("row");
            row.fresh = fresh;
            row.away = away;
            row.favourite = favourite.then(|| "10.0.0.1".to_string());
            row.missed = missed;
            assert_eq!(
                list.get(key).map(ServerRow::badges).as_deref(),
                Some(want),
                "local {local} also {also} fresh {fresh} away {away} favourite {favourite} missed {missed}"
            );
        }
    }

    #[test]
    fn answering_again_keeps_the_fastest_round_trip_and_the_latest_time() {
        let start = Instant::now();
        let mut list = ServerList::default();
        let mut s = server(1);
        s.rtt = Duration::ZERO; // found over DNS-SD: no reply yet
        list.upsert(s, start, WebPort::Unchecked);
        let key = server(1).key();
        let later = start + Duration::from_secs(1);
        // (reply's round trip, the row's after it)
        for (rtt, want) in [(30, 30), (10, 10), (20, 10)] {
            list.seen_again(key, Duration::from_millis(rtt), later);
            assert_eq!(
                list.get(key).map(|r| r.rtt),
                Some(Duration::from_millis(want))
            );
            // An export says the column's figure, not the first reply's.
            let exported = list
                .get(key)
                .map(|r| crate::export::ExportRow::new(&r.listing()).rtt_ms);
            assert_eq!(exported, Some(want as f64), "rtt {rtt}");
        }
        assert_eq!(list.get(key).map(|r| r.last_seen), Some(later));
    }

    #[test]
    fn a_second_way_of_finding_a_server_is_added_to_its_row() {
        let mut list = ServerList::default();
        list.upsert(server(1), Instant::now(), WebPort::Unchecked);
        list.also_found(server(1).key(), Source::DnsSd, Some("NAS".into()));
        let row = list.get(server(1).key()).expect("row");
        assert_eq!(
            row.sources().collect::<Vec<_>>(),
            [Source::Udp, Source::DnsSd]
        );
    }

    #[test]
    fn looking_clears_every_new_mark_and_rows_mut_reaches_every_row() {
        let mut list = ServerList::default();
        for host in [1, 2] {
            list.upsert(server(host), Instant::now(), WebPort::Unchecked);
        }
        assert_eq!(list.rows_mut().len(), 2);
        list.rows_mut().iter_mut().for_each(|r| r.fresh = true);
        assert!(list.rows().iter().all(|r| r.fresh));
        list.clear_fresh();
        assert!(list.rows().iter().all(|r| !r.fresh));
    }

    #[test]
    fn forgetting_nothing_leaves_the_shown_rows_as_they_were() {
        let now = Instant::now();
        let mut list = ServerList::default();
        list.upsert(server(1), now, WebPort::Unchecked);
        assert_eq!(shown(&mut list), [1]);
        // Seen exactly the limit ago: kept.
        let limit = Duration::from_secs(60);
        assert_eq!(list.forget_unseen(now + limit, limit), 0);
        assert_eq!(list.visible(), [0], "not cleared before the next refresh");
    }

    #[test]
    fn progress_follows_time_or_a_sweep_still_sending() {
        let start = Instant::now();
        let secs = Duration::from_secs;
        // (duration, elapsed, sweep, sent, planned) -> fraction
        let table = [
            (None, 5, false, 0, 0, 0.0),
            (Some(secs(0)), 5, false, 0, 0, 0.0),
            (Some(secs(10)), 5, false, 0, 0, 0.5),
            (Some(secs(10)), 20, false, 0, 0, 1.0),
            // Not a sweep: probes do not matter.
            (Some(secs(10)), 5, false, 20, 100, 0.5),
            // A sweep still sending: the lesser, at least 1 %.
            (Some(secs(10)), 5, true, 20, 100, 0.2),
            (Some(secs(10)), 1, true, 20, 100, 0.1),
            (Some(secs(10)), 0, true, 20, 100, 0.01),
            // Every probe sent: time alone.
            (Some(secs(10)), 0, true, 100, 100, 0.0),
            (Some(secs(10)), 5, true, 100, 100, 0.5),
            (Some(secs(10)), 5, true, 0, 0, 0.5),
        ];
        for (duration, elapsed, sweep, sent, planned, want) in table {
            let p = ScanProgress {
                started: duration.map(|_| start),
                duration,
                sweep,
                sent,
                planned,
                ..ScanProgress::default()
            };
            let got = p.fraction(start + secs(elapsed));
            assert!(
                (got - want).abs() < 1e-6,
                "{duration:?} after {elapsed} s, sweep {sweep}, {sent}/{planned}: {got}, want {want}"
            );
        }
    }
}
