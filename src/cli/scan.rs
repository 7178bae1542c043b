//! `lanscout scan`: runs the engine and prints each event as it comes.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use super::args::{ScanArgs, ScanFormat};
use super::output::{also_found_line, details_line, server_line, JsonLine, Out};
use crate::details::Details;
use crate::discovery::{self, diagnose::diagnose, Event, ScanStats};
use crate::exit::ExitStatus;
use crate::export;
use crate::net::{InterfaceChoice, Target};
use crate::settings::{describe_errors, Settings};

/// What the scan left behind for the summary.
#[derive(Default)]
struct Outcome {
    found: usize,
    error: Option<String>,
    finished: Option<ScanStats>,
    interfaces: Vec<InterfaceChoice>,
}

/// Runs `scan` with the settings file's values under the flags.
pub fn run(
    args: ScanArgs,
    mut settings: Settings,
    notice: Option<String>,
) -> anyhow::Result<ExitStatus> {
    if let Err(e) = args.settings.apply(&mut settings) {
        return Ok(super::fail_with(&e));
    }
    let config = match crate::discovery::ScanConfig::try_from(&settings) {
        Ok(c) => c,
        Err(errors) => return Ok(super::fail_with(&describe_errors(&errors))),
    };
    let format = args.output_format();
    let mut out = Out::new(format == ScanFormat::JsonLines);
    if let Some(n) = notice {
        out.warn(&n);
    }
    let sweeping =
        config.scan.sweep || config.targets.iter().any(|t| matches!(t, Target::Range(_)));
    let handle = discovery::start_scan(config, || {})?;
    let stop = super::interrupted();
    let mut outcome = Outcome::default();
    let mut printer = Printer {
        url_width: 26,
        sweep: SweepReport::default(),
        sweeping,
        table: match format {
            ScanFormat::Csv => Some((export::Format::Csv, Table::default())),
            ScanFormat::Json => Some((export::Format::Json, Table::default())),
            ScanFormat::Text | ScanFormat::JsonLines => None,
        },
    };
    while outcome.finished.is_none() {
        if stop.load(Ordering::SeqCst) || out.is_closed() {
            handle.cancel();
        }
        match handle.events().recv_timeout(Duration::from_millis(50)) {
            Ok(event) => printer.event(event, &mut out, &mut outcome),
            Err(crossbeam_channel::RecvTimeoutError::Timeout) => {}
            Err(crossbeam_channel::RecvTimeoutError::Disconnected) => break,
        }
    }
    if let Some((format, table)) = &printer.table {
        if outcome.error.is_none() {
            out.write_raw(&export::render(&table.rows(), *format));
        }
        // The table is the whole of stdout; the summary goes to stderr.
        out.to_stderr();
    }
    Ok(summary(outcome, &mut out, settings.scan.port, args.explain))
}

/// Servers, their details and the other ways they were found, kept for a
/// table printed at the end.
#[derive(Default)]
struct Table {
    servers: Vec<(discovery::Server, Option<Details>, Vec<discovery::Source>)>,
    /// Where each server is in `servers` (10 000 servers answer a burst).
    index: std::collections::HashMap<discovery::ServerKey, usize>,
}

impl Table {
    fn get_mut(
        &mut self,
        key: discovery::ServerKey,
    ) -> Option<&mut (discovery::Server, Option<Details>, Vec<discovery::Source>)> {
        let at = *self.index.get(&key)?;
        self.servers.get_mut(at)
    }

    fn push(&mut self, server: discovery::Server) {
        self.index.insert(server.key(), self.servers.len());
        self.servers.push((server, None, Vec::new()));
    }

    fn rows(&self) -> Vec<export::ExportRow> {
        self.servers
            .iter()
            .map(|(s, d, also)| export::ExportRow::new(&export::Listing::of(s, d.as_ref(), also)))
            .collect()
    }
}

/// Turns events into lines.
struct Printer {
    url_width: usize,
    sweep: SweepReport,
    sweeping: bool,
    /// `--format csv|json`: servers are kept for the end instead.
    table: Option<(export::Format, Table)>,
}

impl Printer {
    fn event(&mut self, event: Event, out: &mut Out, outcome: &mut Outcome) {
        match event {
            Event::Found(server) => {
                outcome.found += 1;
                if let Some((_, table)) = &mut self.table {
                    table.push(server);
                } else if out.json {
                    out.json(&JsonLine::found(&server));
                } else {
                    self.url_width = self.url_width.max(server.url.len());
                    out.line(&server_line(&server, self.url_width));
                }
            }
            Event::Details(d) => {
                if let Some((_, table)) = &mut self.table {
                    if let Some(entry) = table.get_mut((d.ip, d.port)) {
                        entry.1 = Some(d);
                    }
                } else if out.json {
                    out.json(&JsonLine::details(&d));
                } else {
                    out.line(&details_line(&d));
                }
            }
            Event::Warning(w) => out.scan_warning(&w),
            Event::Error(e) => outcome.error = Some(e),
            Event::Finished(stats) => outcome.finished = Some(stats),
            Event::Started {
                duration,
                interfaces,
                ..
            } => {
                self.sweep.ends = Some(Instant::now() + duration);
                outcome.interfaces = interfaces;
            }
            Event::Progress { sent, planned } => self.progress(sent, planned, out),
            Event::AlsoFound {
                key,
                by,
                service_name,
            } => {
                if let Some((_, table)) = &mut self.table {
                    if let Some((server, _, also)) = table.get_mut(key) {
                        discovery::add_source(server, also, by, service_name);
                    }
                } else if out.json {
                    out.json(&JsonLine::also_found(key, by, service_name.as_deref()));
                } else {
                    out.line(&also_found_line(key, by, service_name.as_deref()));
                }
            }
            Event::SeenAgain { .. } => {}
        }
    }

    fn progress(&mut self, sent: u64, planned: u64, out: &mut Out) {
        if let Some(text) = self.sweep.due(sent, planned, self.sweeping) {
            if out.json {
                out.json(&JsonLine::Progress {
                    sent,
                    planned,
                    remaining_s: self.sweep.remaining_secs(),
                });
            } else {
                eprintln!("{text}");
            }
        }
    }
}

/// The last lines: an error, or the summary and, when asked or when
/// nothing was found, why.
fn summary(outcome: Outcome, out: &mut Out, port: u16, explain: bool) -> ExitStatus {
    if let Some(e) = outcome.error {
        if out.json {
            out.json(&JsonLine::Error { message: &e });
        }
        eprintln!("lanscout: {e}");
        return ExitStatus::Error;
    }
    let stats = outcome.finished.unwrap_or_default();
    let findings = diagnose(&outcome.interfaces, &stats, port);
    let explaining = explain || stats.servers == 0;
    if out.json {
        if explain {
            out.json(&JsonLine::Explain {
                findings: &findings,
            });
        }
        out.json(&JsonLine::finished(&stats));
    } else {
        out.line(&format!(
            "{} server{} found in {:.2} s ({} replies, {} invalid, {} probes sent)",
            stats.servers,
            if stats.servers == 1 { "" } else { "s" },
            stats.elapsed.as_secs_f64(),
            stats.replies,
            stats.invalid,
            stats.probes_sent,
        ));
        if explaining {
            for f in &findings {
                eprintln!("  {f}");
            }
        }
    }
    if outcome.found > 0 {
        ExitStatus::Success
    } else {
        ExitStatus::NothingFound
    }
}

/// Progress of a long sweep, at most every 2 s: how many probes went out
/// and about how long the scan still runs.
#[derive(Default)]
struct SweepReport {
    ends: Option<Instant>,
    last: Option<Instant>,
}

impl SweepReport {
    fn remaining_secs(&self) -> u64 {
        self.ends
            .map(|e| {
                e.saturating_duration_since(Instant::now())
                    .as_secs_f64()
                    .round() as u64
            })
            .unwrap_or(0)
    }

    fn due(&mut self, sent: u64, planned: u64, sweeping: bool) -> Option<String> {
        let now = Instant::now();
        if !sweeping
            || sent >= planned
            || self.last.is_some_and(|l| now - l < Duration::from_secs(2))
        {
            return None;
        }
        self.last = Some(now);
        Some(format!(
            "sweeping: {sent} of {planned} probes sent, about {} s left",
            self.remaining_secs()
        ))
    }
}
