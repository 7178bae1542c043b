//! Everything the command line prints: human lines, and one JSON object per
//! line from one serde-tagged enum (the `event` key names the variant). A
//! closed pipe (`lanscout scan | head -1`) ends output quietly.

use std::io::{self, Write};

use serde::Serialize;

use crate::details::Details;
use crate::discovery::{InterfaceStats, ScanStats, Server, ServerKey, Source};
use crate::responder::IgnoreReason;

/// One line of `--json` output.
#[derive(Debug, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum JsonLine<'a> {
    /// A new server.
    Found {
        /// Its address.
        ip: String,
        /// Its web port.
        port: u16,
        /// `scheme://ip:port/`.
        url: &'a str,
        /// The interface the reply arrived on.
        interface: Option<&'a str>,
        /// Where the reply came from.
        source: String,
        /// What it announced, when that differs from the source.
        announced: Option<String>,
        /// Round trip in milliseconds.
        rtt_ms: f64,
        /// Whether it runs on this computer.
        local: bool,
        /// How it was found, when not by the UDP probe (older lines keep their bytes).
        #[serde(skip_serializing_if = "Option::is_none")]
        found_by: Option<Source>,
        /// The DNS-SD instance name it announced.
        #[serde(skip_serializing_if = "Option::is_none")]
        service_name: Option<&'a str>,
    },
    /// A server already listed was found another way too.
    AlsoFound {
        /// Its address (as in `found`).
        ip: String,
        /// Its web port.
        port: u16,
        /// The other way.
        by: Source,
        /// The DNS-SD instance name, when that is the other way.
        #[serde(skip_serializing_if = "Option::is_none")]
        service_name: Option<&'a str>,
    },
    /// What the lookups found about a server.
    Details {
        /// The server's address (as in `found`).
        ip: String,
        /// Its web port.
        port: u16,
        /// The link that opens.
        url: &'a str,
        /// Host name.
        hostname: Option<&'a str>,
        /// Page title.
        title: Option<&'a str>,
        /// `Server` header.
        server: Option<&'a str>,
        /// Hardware address.
        mac: Option<&'a str>,
        /// Hardware maker.
        vendor: Option<&'a str>,
        /// Whether the web port answered.
        web: bool,
    },
    /// A long sweep's progress.
    Progress {
        /// Probes sent.
        sent: u64,
        /// Probes planned.
        planned: u64,
        /// About how long the scan still runs, in seconds.
        remaining_s: u64,
    },
    /// Something worth knowing.
    Warning {
        /// In plain words.
        message: &'a str,
        /// A stable code, for warnings that are a diagnosis to act on.
        #[serde(skip_serializing_if = "Option::is_none")]
        code: Option<&'static str>,
        /// The firewall this computer likely runs (with `broadcast-replies-dropped`).
        #[serde(skip_serializing_if = "Option::is_none")]
        firewall: Option<crate::firewall::Firewall>,
        /// The command that helps (shown, never run).
        #[serde(skip_serializing_if = "Option::is_none")]
        command: Option<String>,
    },
    /// Why the scan found what it found (`--explain`).
    Explain {
        /// One finding per line.
        findings: &'a [String],
    },
    /// The scan could not run.
    Error {
        /// In plain words.
        message: &'a str,
    },
    /// The last line of a scan.
    Finished {
        /// Distinct servers.
        servers: usize,
        /// Valid replies.
        replies: u64,
        /// Invalid replies.
        invalid: u64,
        /// Probes sent.
        probes_sent: u64,
        /// How long the scan ran.
        elapsed_ms: u64,
        /// Receive buffer granted.
        rcvbuf: usize,
        /// Whether it was stopped early.
        cancelled: bool,
        /// Per interface.
        interfaces: &'a [InterfaceStats],
    },
    /// Server mode is listening.
    Listening {
        /// UDP port.
        port: u16,
        /// Advertised web port.
        web_port: u16,
    },
    /// A request was answered.
    Answered {
        /// The requester.
        from: String,
        /// The address announced to it.
        announced: String,
    },
    /// A datagram was ignored.
    Ignored {
        /// The sender.
        from: String,
        /// Why.
        reason: IgnoreReason,
    },
    /// A request was not answered because of the rate limits.
    RateLimited {
        /// The requester.
        from: String,
    },
    /// Server mode's counters at exit.
    Stats {
        /// Datagrams read.
        requests: u64,
        /// Answered.
        answered: u64,
        /// Ignored.
        ignored: u64,
        /// Rate-limited.
        rate_limited: u64,
        /// Errors survived.
        errors: u64,
    },
}

impl<'a> JsonLine<'a> {
    /// The `found` line of a server.
    pub fn found(s: &'a Server) -> JsonLine<'a> {
        JsonLine::Found {
            ip: s.ip.to_string(),
            port: s.port,
            url: &s.url,
            interface: s.interface.as_deref(),
            source: s.source.to_string(),
            announced: s.announced.map(|a| a.to_string()),
            rtt_ms: crate::discovery::rtt_ms(s.rtt),
            local: s.is_local,
            found_by: (s.found_by != Source::Udp).then_some(s.found_by),
            service_name: s.service_name.as_deref(),
        }
    }

    /// The `also_found` line of a server.
    pub fn also_found(key: ServerKey, by: Source, service_name: Option<&'a str>) -> JsonLine<'a> {
        JsonLine::AlsoFound {
            ip: key.0.to_string(),
            port: key.1,
            by,
            service_name,
        }
    }

    /// The `details` line of a server.
    pub fn details(d: &'a Details) -> JsonLine<'a> {
        JsonLine::Details {
            ip: d.ip.to_string(),
            port: d.port,
            url: &d.url,
            hostname: d.hostname.as_deref(),
            title: d.title.as_deref(),
            server: d.server.as_deref(),
            mac: d.mac.as_deref(),
            vendor: d.vendor.as_deref(),
            web: d.web,
        }
    }

    /// The `finished` line of a scan.
    pub fn finished(s: &'a ScanStats) -> JsonLine<'a> {
        JsonLine::Finished {
            servers: s.servers,
            replies: s.replies,
            invalid: s.invalid,
            probes_sent: s.probes_sent,
            elapsed_ms: s.elapsed.as_millis() as u64,
            rcvbuf: s.rcvbuf,
            cancelled: s.cancelled,
            interfaces: &s.per_interface,
        }
    }
}

/// Line output that treats a closed pipe as a quiet end.
pub struct Out {
    /// JSON lines instead of human text.
    pub json: bool,
    closed: bool,
    /// Lines go to stderr (after a table that is the whole of stdout).
    stderr: bool,
}

impl Out {
    /// Human text, or JSON lines when `json`.
    pub fn new(json: bool) -> Out {
        Out {
            json,
            closed: false,
            stderr: false,
        }
    }

    /// Sends the lines that follow to stderr.
    pub fn to_stderr(&mut self) {
        self.stderr = true;
    }

    /// Text on stdout as it is (a table).
    pub fn write_raw(&mut self, text: &str) {
        if self.closed {
            return;
        }
        let mut stdout = io::stdout().lock();
        if stdout
            .write_all(text.as_bytes())
            .and_then(|_| stdout.flush())
            .is_err()
        {
            self.closed = true;
        }
    }

    /// Whether stdout was closed by its reader.
    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// One line on stdout.
    pub fn line(&mut self, text: &str) {
        if self.stderr {
            eprintln!("{text}");
            return;
        }
        if self.closed {
            return;
        }
        let mut stdout = io::stdout().lock();
        if writeln!(stdout, "{text}")
            .and_then(|_| stdout.flush())
            .is_err()
        {
            self.closed = true;
        }
    }

    /// One JSON object on stdout.
    pub fn json(&mut self, value: &impl Serialize) {
        match serde_json::to_string(value) {
            Ok(text) => self.line(&text),
            Err(e) => eprintln!("lanscout: cannot write a JSON line: {e}"),
        }
    }

    /// A warning: a JSON line, or `warning: …` on stderr.
    pub fn warn(&mut self, text: &str) {
        if self.json {
            self.json(&JsonLine::Warning {
                message: text,
                code: None,
                firewall: None,
                command: None,
            });
        } else {
            eprintln!("warning: {text}");
        }
    }

    /// Advice that is not a problem yet (`code` names it in JSON): a
    /// warning line in JSON, `note: …` on stderr.
    pub fn note(&mut self, code: &'static str, text: &str) {
        if self.json {
            self.json(&JsonLine::Warning {
                message: text,
                code: Some(code),
                firewall: None,
                command: None,
            });
        } else {
            eprintln!("note: {text}");
        }
    }

    /// A scan's warning, with its code and (for a firewall diagnosis) the
    /// firewall and command as fields of their own in JSON.
    pub fn scan_warning(&mut self, warning: &crate::discovery::Warning) {
        let text = warning.to_string();
        if !self.json {
            return self.warn(&text);
        }
        let dropped = match warning {
            crate::discovery::Warning::RepliesDropped(d) => Some(d),
            _ => None,
        };
        self.json(&JsonLine::Warning {
            message: &text,
            code: warning.code(),
            firewall: dropped.map(|d| d.firewall),
            command: dropped.and_then(|d| d.command()),
        });
    }
}

/// The human line that follows a server's line once its lookups end:
/// `  └ http://… Inventory · pi-lab.local · Raspberry Pi Foundation · web: nginx`.
pub fn details_line(d: &Details) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(d.title.iter().cloned());
    parts.extend(d.hostname.iter().cloned());
    parts.extend(d.vendor.iter().cloned());
    parts.extend(d.mac.iter().cloned());
    parts.push(match (&d.server, d.web) {
        (Some(s), true) => format!("web: {s}"),
        (None, true) => "web port answers".into(),
        (_, false) => "web port does not answer".into(),
    });
    let mut line = format!("  └ {} {}", d.url, parts.join(" · "));
    if let Some(note) = &d.link_note {
        line.push_str(&format!(" ({note})"));
    }
    line
}

/// The human line of a server: URL, interface, source, round trip.
pub fn server_line(s: &Server, url_width: usize) -> String {
    let interface = s.interface.as_deref().unwrap_or("?");
    match s.found_by {
        // No reply, so no sender and no round trip to show.
        Source::DnsSd => format!(
            "{:<url_width$}  {interface:<10}  {}",
            s.url,
            announced_as(s.service_name.as_deref())
        ),
        Source::Udp => {
            let note = s
                .announced
                .map(|a| format!("  (announced {a})"))
                .unwrap_or_default();
            format!(
                "{:<url_width$}  {interface:<10}  from {:<21}  {:>8.1} ms{note}",
                s.url,
                s.source.to_string(),
                s.rtt.as_secs_f64() * 1000.0,
            )
        }
    }
}

/// "announced over DNS-SD as "Inventory"".
fn announced_as(service_name: Option<&str>) -> String {
    match service_name {
        Some(n) => format!("announced over DNS-SD as \"{n}\""),
        None => "announced over DNS-SD".into(),
    }
}

/// `  └ also announced over DNS-SD as "Inventory"` under a server's line.
pub fn also_found_line(key: ServerKey, by: Source, service_name: Option<&str>) -> String {
    let (ip, port) = key;
    match by {
        Source::DnsSd => format!("  └ {ip}:{port} also {}", announced_as(service_name)),
        Source::Udp => format!("  └ {ip}:{port} also answers the UDP probe"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Scheme;
    use std::net::{Ipv4Addr, SocketAddrV4};
    use std::time::Duration;

    #[test]
    fn server_lines_say_how_the_server_was_found() {
        let ip = Ipv4Addr::new(10, 0, 0, 5);
        let udp = Server {
            interface: Some("eth0".into()),
            ..Server::found(
                Source::Udp,
                Scheme::Http,
                ip,
                8000,
                SocketAddrV4::new(ip, 9999),
                Duration::from_micros(1500),
            )
        };
        let announced = Server {
            url: "https://10.0.0.5:8443/".into(),
            found_by: Source::DnsSd,
            service_name: Some("NAS box".into()),
            ..udp.clone()
        };
        let cases = [
            (
                &udp,
                "http://10.0.0.5:8000/  eth0        from 10.0.0.5:9999               1.5 ms",
            ),
            (
                &announced,
                "https://10.0.0.5:8443/  eth0        announced over DNS-SD as \"NAS box\"",
            ),
        ];
        for (server, line) in cases {
            assert_eq!(server_line(server, 21), line);
        }
        assert_eq!(
            also_found_line((ip, 8000), Source::DnsSd, Some("Inventory")),
            "  └ 10.0.0.5:8000 also announced over DNS-SD as \"Inventory\""
        );
    }

    /// The bytes scripts read: compared with what the hand-built lines
    /// printed before this enum existed.
    #[test]
    fn json_lines_keep_their_bytes() {
        let ip = Ipv4Addr::new(10, 0, 0, 5);
        let server = Server {
            interface: Some("eth0".into()),
            ..Server::found(
                Source::Udp,
                Scheme::Http,
                ip,
                8000,
                SocketAddrV4::new(ip, 9999),
                Duration::from_micros(1234),
            )
        };
        let line = |v: &JsonLine<'_>| serde_json::to_string(v).unwrap_or_default();
        assert_eq!(
            line(&JsonLine::found(&server)),
            r#"{"event":"found","ip":"10.0.0.5","port":8000,"url":"http://10.0.0.5:8000/","interface":"eth0","source":"10.0.0.5:9999","announced":null,"rtt_ms":1.23,"local":false}"#
        );
        assert_eq!(
            line(&JsonLine::Warning {
                message: "hm",
                code: None,
                firewall: None,
                command: None
            }),
            r#"{"event":"warning","message":"hm"}"#
        );
        let stats = ScanStats {
            servers: 1,
            replies: 2,
            probes_sent: 3,
            elapsed: Duration::from_millis(1500),
            rcvbuf: 4096,
            per_interface: vec![InterfaceStats {
                name: "eth0".into(),
                probes_sent: 3,
                ..Default::default()
            }],
            ..Default::default()
        };
        assert_eq!(
            line(&JsonLine::finished(&stats)),
            r#"{"event":"finished","servers":1,"replies":2,"invalid":0,"probes_sent":3,"elapsed_ms":1500,"rcvbuf":4096,"cancelled":false,"interfaces":[{"name":"eth0","probes_sent":3,"send_errors":0,"replies":0,"invalid":0}]}"#
        );
        assert_eq!(
            line(&JsonLine::RateLimited {
                from: "10.0.0.9:4000".into()
            }),
            r#"{"event":"rate_limited","from":"10.0.0.9:4000"}"#
        );
        let d = Details {
            ip: Ipv4Addr::new(172, 17, 0, 2),
            port: 8000,
            url: "http://10.77.0.2:8000/".into(),
            title: Some("Shop".into()),
            web: true,
            ..Details::default()
        };
        assert_eq!(
            line(&JsonLine::details(&d)),
            r#"{"event":"details","ip":"172.17.0.2","port":8000,"url":"http://10.77.0.2:8000/","hostname":null,"title":"Shop","server":null,"mac":null,"vendor":null,"web":true}"#
        );
    }
}
