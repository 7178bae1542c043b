//! The server list as text, CSV or JSON: one row type for the window's
//! export and `lanscout scan --format csv|json`, with the fields of
//! `scan --json`'s `found` line plus what the lookups found. Pure.

use serde::Serialize;

use crate::details::{best_name, Details};
use crate::discovery::{Server, Source};

/// How a list is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One line per server: name, URL, interface.
    Text,
    /// A header line, then one line per server (RFC 4180 quoting).
    Csv,
    /// An array of objects.
    Json,
}

impl Format {
    /// The usual file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// One server, flattened.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExportRow {
    /// The best name known (DNS-SD instance, page title, host name,
    /// maker), if any.
    pub name: Option<String>,
    /// Its address.
    pub ip: String,
    /// Its web port.
    pub port: u16,
    /// The link that opens (the lookups' choice when they ran).
    pub url: String,
    /// The interface the reply arrived on.
    pub interface: Option<String>,
    /// Where the reply came from.
    pub source: String,
    /// What it announced, when that differs from the source.
    pub announced: Option<String>,
    /// Round trip in milliseconds.
    pub rtt_ms: f64,
    /// Whether it runs on this computer.
    pub local: bool,
    /// Host name.
    pub hostname: Option<String>,
    /// Page title.
    pub title: Option<String>,
    /// `Server` header of the page.
    pub server: Option<String>,
    /// Hardware address.
    pub mac: Option<String>,
    /// Hardware maker.
    pub vendor: Option<String>,
    /// Whether the web port answered (unknown without lookups).
    pub web: Option<bool>,
    /// How it was found: `udp`, `dns-sd`, or both (`udp+dns-sd`), first one first.
    pub found_by: String,
}

/// What is known of one server: the scan's reply, the lookups, the other
/// ways it was found, and (in the window) the user's name for a favourite
/// and the name an earlier run looked up. The window's rows and the CLI's
/// table both describe a server through this, so that the name and link
/// they show and export are the same.
#[derive(Debug, Clone, Copy)]
pub struct Listing<'a> {
    /// The reply.
    pub server: &'a Server,
    /// What the lookups found, when they ran.
    pub details: Option<&'a Details>,
    /// Other ways it was found besides `server.found_by`.
    pub also_by: &'a [Source],
    /// The name the user gave this favourite.
    pub label: Option<&'a str>,
    /// A favourite's name from an earlier run (until this run's lookups end).
    pub remembered: Option<&'a str>,
    /// The round trip to show: the fastest reply so far (the window's
    /// column and every export say the same figure).
    pub rtt: std::time::Duration,
}

impl<'a> Listing<'a> {
    /// A server as a scan alone knows it.
    pub fn of(server: &'a Server, details: Option<&'a Details>, also_by: &'a [Source]) -> Self {
        Listing {
            server,
            details,
            also_by,
            label: None,
            remembered: None,
            rtt: server.rtt,
        }
    }

    /// The link it opens: the one the lookups chose, else the scan's.
    pub fn link(&self) -> &'a str {
        self.details
            .map(|d| d.url.as_str())
            .filter(|u| !u.is_empty())
            .unwrap_or(&self.server.url)
    }

    /// The name shown: the user's label, the DNS-SD instance name, the
    /// lookups' name (page title, host name, maker), else an earlier run's.
    pub fn name(&self) -> Option<&'a str> {
        if let Some(l) = self.label.or(self.server.service_name.as_deref()) {
            return Some(l);
        }
        match self.details {
            Some(d) => best_name(
                d.title.as_deref(),
                d.hostname.as_deref(),
                d.vendor.as_deref(),
            ),
            None => self.remembered,
        }
    }
}

impl ExportRow {
    /// The row of a listed server.
    pub fn new(l: &Listing<'_>) -> ExportRow {
        let (server, d) = (l.server, l.details);
        let text = |f: fn(&Details) -> &Option<String>| d.and_then(|d| f(d).clone());
        ExportRow {
            name: l.name().map(String::from),
            ip: server.ip.to_string(),
            port: server.port,
            url: l.link().to_string(),
            interface: server.interface.clone(),
            source: server.source.to_string(),
            announced: server.announced.map(|a| a.to_string()),
            rtt_ms: crate::discovery::rtt_ms(l.rtt),
            local: server.is_local,
            hostname: text(|d| &d.hostname),
            title: text(|d| &d.title),
            server: text(|d| &d.server),
            mac: text(|d| &d.mac),
            vendor: text(|d| &d.vendor),
            web: d.map(|d| d.web),
            found_by: std::iter::once(server.found_by)
                .chain(l.also_by.iter().copied())
                .map(Source::name)
                .collect::<Vec<_>>()
                .join("+"),
        }
    }
}

/// The column names of the CSV header, in order (the JSON keys too).
pub const COLUMNS: [&str; 16] = [
    "name",
    "ip",
    "port",
    "url",
    "interface",
    "source",
    "announced",
    "rtt_ms",
    "local",
    "hostname",
    "title",
    "server",
    "mac",
    "vendor",
    "web",
    "found_by",
];

/// `rows` written as `format`.
pub fn render(rows: &[ExportRow], format: Format) -> String {
    match format {
        Format::Text => rows
            .iter()
            .map(|r| {
                let name = r.name.as_deref().unwrap_or("(no name)");
                let via = r
                    .interface
                    .as_deref()
                    .map(|i| format!(" via {i}"))
                    .unwrap_or_default();
                format!("{name}\t{}{via}\n", r.url)
            })
            .collect(),
        Format::Csv => csv(rows),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(rows).unwrap_or_else(|_| "[]".into());
            s.push('\n');
            s
        }
    }
}

/// `lanscout-servers.EXT` in `dir`, or `lanscout-servers (2).EXT` and so on
/// when taken (as browsers name downloads): never overwrites a file.
pub fn free_file_name(
    dir: &std::path::Path,
    format: Format,
    taken: impl Fn(&std::path::Path) -> bool,
) -> std::path::PathBuf {
    let ext = format.extension();
    (1..)
        .map(|n| match n {
            1 => dir.join(format!("lanscout-servers.{ext}")),
            n => dir.join(format!("lanscout-servers ({n}).{ext}")),
        })
        .find(|p| !taken(p))
        .unwrap_or_else(|| dir.join(format!("lanscout-servers.{ext}")))
}

fn csv(rows: &[ExportRow]) -> String {
    // The header is written by hand so that an empty list still has one.
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    // Strings written to memory cannot fail; a failure would only shorten the output.
    let _ = w.write_record(COLUMNS);
    for r in rows {
        let _ = w.serialize(r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, SocketAddrV4};
    use std::time::Duration;

    fn server(ip: [u8; 4]) -> Server {
        let ip = Ipv4Addr::from(ip);
        let source = SocketAddrV4::new(ip, 9999);
        let rtt = Duration::from_micros(1234);
        Server {
            interface: Some("eth0".into()),
            ..Server::found(
                Source::Udp,
                crate::protocol::Scheme::Http,
                ip,
                8000,
                source,
                rtt,
            )
        }
    }

    #[test]
    fn csv_has_the_header_then_one_quoted_row_per_server() {
        let details = Details {
            title: Some("Inventory, \"Lab\" 3".into()),
            hostname: Some("pi.local".into()),
            web: true,
            ..Details::default()
        };
        let mut with = ExportRow::new(&Listing::of(
            &server([10, 0, 0, 2]),
            Some(&details),
            &[Source::DnsSd],
        ));
        with.url = "http://10.0.0.2:8000/".into();
        let rows = [
            with,
            ExportRow::new(&Listing::of(&server([10, 0, 0, 3]), None, &[])),
        ];
        let text = render(&rows, Format::Csv);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], COLUMNS.join(","));
        assert_eq!(
            lines[1],
            "\"Inventory, \"\"Lab\"\" 3\",10.0.0.2,8000,http://10.0.0.2:8000/,eth0,10.0.0.2:9999,,1.23,false,pi.local,\"Inventory, \"\"Lab\"\" 3\",,,,true,udp+dns-sd"
        );
        assert_eq!(
            lines[2],
            ",10.0.0.3,8000,http://10.0.0.3:8000/,eth0,10.0.0.3:9999,,1.23,false,,,,,,,udp"
        );
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn file_names_never_overwrite() {
        // Paths joined by the platform (so that it holds on Windows too).
        let dir = std::path::Path::new("d");
        let taken = |p: &std::path::Path| {
            [
                dir.join("lanscout-servers.csv"),
                dir.join("lanscout-servers (2).csv"),
            ]
            .contains(&p.to_path_buf())
        };
        assert_eq!(
            free_file_name(dir, Format::Csv, taken),
            dir.join("lanscout-servers (3).csv")
        );
        assert_eq!(
            free_file_name(dir, Format::Json, taken),
            dir.join("lanscout-servers.json")
        );
    }

    #[test]
    fn json_keys_are_the_csv_columns_and_text_names_each_server() {
        let rows = [ExportRow::new(&Listing::of(
            &server([10, 0, 0, 2]),
            None,
            &[],
        ))];
        let v: serde_json::Value = serde_json::from_str(&render(&rows, Format::Json)).unwrap();
        let keys: Vec<&str> = v[0]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, COLUMNS);
        assert_eq!(v[0]["ip"], "10.0.0.2");
        assert_eq!(
            render(&rows, Format::Text),
            "(no name)\thttp://10.0.0.2:8000/ via eth0\n"
        );
        assert_eq!(render(&[], Format::Csv), format!("{}\n", COLUMNS.join(",")));
        assert_eq!(render(&[], Format::Json), "[]\n");
    }
}
