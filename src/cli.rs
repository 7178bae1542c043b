//! The command line: `scan`, `serve`, `interfaces` (no subcommand opens the
//! window). Clap types stay here and become plain settings at the edge.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use clap::{Args, Parser, Subcommand};
use serde_json::json;

use crate::discovery::{self, Event};
use crate::net;
use crate::protocol::Scheme;
use crate::responder::{self, ResponderEvent};
use crate::settings::{field, Settings, SettingsStore};

/// Find Django servers on the local network (django-udp-discovery protocol)
/// and open them in one click. Without a subcommand, opens the window.
#[derive(Debug, Parser)]
#[command(name = "lanscout", version, about, long_about = None)]
pub struct Cli {
    /// Settings file to use instead of the default one.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find servers; prints each one the moment it answers.
    /// Exit status: 0 when a server was found, 1 when none, 2 on error.
    Scan(ScanArgs),
    /// Answer discovery requests (server mode) until Ctrl-C or --duration.
    Serve(ServeArgs),
    /// Show the network interfaces a scan would use, and why others are skipped.
    Interfaces(InterfacesArgs),
}

/// `lanscout scan` options; unset ones come from the settings file.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Seconds to collect replies (the scan ends then, whatever arrives).
    #[arg(long, value_name = "SECS", value_parser = field::timeout)]
    pub timeout: Option<f64>,
    /// Times to re-send the probes inside the window (at 0.5 s, 2 s, then doubling).
    #[arg(long, value_name = "N", value_parser = field::retries)]
    pub retries: Option<u32>,
    /// UDP discovery port.
    #[arg(long, value_name = "N", value_parser = field::port)]
    pub port: Option<u16>,
    /// Request message.
    #[arg(long, value_name = "TEXT", value_parser = field::message)]
    pub message: Option<String>,
    /// Expected reply prefix.
    #[arg(long, value_name = "TEXT", value_parser = field::prefix)]
    pub prefix: Option<String>,
    /// Web port assumed when a reply names none.
    #[arg(long, value_name = "N", value_parser = field::port)]
    pub default_web_port: Option<u16>,
    /// Scheme of the printed URLs.
    #[arg(long, value_name = "http|https", value_parser = parse_scheme)]
    pub scheme: Option<Scheme>,
    /// Which interfaces to use.
    #[command(flatten)]
    pub interfaces: InterfaceFilter,
    /// Also probe this host, host:port or CIDR range by unicast (repeatable).
    #[arg(short = 't', long = "target", value_name = "HOST|HOST:PORT|CIDR", value_parser = parse_target)]
    pub target: Vec<String>,
    /// Sweep every host of the used interfaces' subnets with unicast probes.
    #[arg(long)]
    pub sweep: bool,
    /// Most sweep probes per second.
    #[arg(long, value_name = "PPS", value_parser = field::sweep_rate)]
    pub rate: Option<u32>,
    /// Do not look up names, page titles or hardware makers (no HTTP, no DNS).
    #[arg(long)]
    pub no_details: bool,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

/// Exact interface names to use or skip (shared by `scan` and `interfaces`).
#[derive(Debug, Args)]
pub struct InterfaceFilter {
    /// Use only this interface (exact name; repeatable).
    #[arg(short = 'i', long = "interface", value_name = "NAME", value_parser = field::interface_name)]
    pub interface: Vec<String>,
    /// Skip this interface (exact name; repeatable).
    #[arg(long = "exclude-interface", value_name = "NAME", value_parser = field::interface_name)]
    pub exclude_interface: Vec<String>,
}

impl InterfaceFilter {
    /// Applies the flags over the settings' lists: `-i` replaces the include
    /// list, `--exclude-interface` adds to the exclude list.
    fn apply(self, include: &mut Vec<String>, exclude: &mut Vec<String>) {
        if !self.interface.is_empty() {
            *include = self.interface;
        }
        exclude.extend(self.exclude_interface);
    }
}

/// `lanscout serve` options.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// UDP port to listen on.
    #[arg(long, value_name = "N", value_parser = field::port)]
    pub port: Option<u16>,
    /// Web port to advertise (8000 sends exactly the stock reply).
    #[arg(long, value_name = "N", value_parser = field::port)]
    pub web_port: Option<u16>,
    /// Request message to answer.
    #[arg(long, value_name = "TEXT", value_parser = field::message)]
    pub message: Option<String>,
    /// Reply prefix.
    #[arg(long, value_name = "TEXT", value_parser = field::prefix)]
    pub prefix: Option<String>,
    /// Answer only requesters on this computer's own subnets.
    #[arg(long)]
    pub local_only: bool,
    /// FOR BENCHMARKS ONLY: turn off the per-source and global reply rate limits.
    #[arg(long)]
    pub no_rate_limit: bool,
    /// Stop after this many seconds.
    #[arg(long, value_name = "SECS", value_parser = parse_duration)]
    pub duration: Option<f64>,
    /// One JSON object per line (one per request).
    #[arg(long)]
    pub json: bool,
}

/// `lanscout interfaces` options.
#[derive(Debug, Args)]
pub struct InterfacesArgs {
    /// Which interfaces to use.
    #[command(flatten)]
    pub interfaces: InterfaceFilter,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

fn parse_scheme(text: &str) -> Result<Scheme, String> {
    text.parse()
}

fn parse_target(text: &str) -> Result<String, String> {
    field::target(text).map(|t| t.to_string())
}

fn parse_duration(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 && v <= 1e7 => Ok(v),
        _ => Err(format!("{text:?} is not a positive number of seconds")),
    }
}

/// Parses the command line and runs it.
pub fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        #[cfg(feature = "gui")]
        None => crate::ui::run(cli.config),
        #[cfg(not(feature = "gui"))]
        None => anyhow::bail!("this build has no window; use a subcommand (lanscout --help)"),
        Some(command) => {
            let store = match cli.config {
                Some(path) => SettingsStore::at(path),
                None => SettingsStore::default_location().ok_or_else(|| {
                    anyhow::anyhow!("cannot find a home folder for the settings file")
                })?,
            };
            let loaded = store.load();
            let notice = loaded.notice.map(|n| n.to_string());
            match command {
                Command::Scan(args) => scan(args, loaded.settings, notice),
                Command::Serve(args) => serve(args, loaded.settings, notice),
                Command::Interfaces(args) => interfaces(args, loaded.settings, notice),
            }
        }
    }
}

/// Set by Ctrl-C / SIGTERM.
fn interrupted() -> &'static Arc<AtomicBool> {
    static FLAG: OnceLock<Arc<AtomicBool>> = OnceLock::new();
    FLAG.get_or_init(|| {
        let flag = Arc::new(AtomicBool::new(false));
        let f = Arc::clone(&flag);
        // Without a handler, Ctrl-C just ends the process, which is acceptable.
        let _ = ctrlc::set_handler(move || f.store(true, Ordering::SeqCst));
        flag
    })
}

/// Line output that treats a closed pipe as a quiet end.
struct Out {
    json: bool,
    closed: bool,
}

impl Out {
    fn line(&mut self, text: &str) {
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

    fn json(&mut self, value: serde_json::Value) {
        self.line(&value.to_string());
    }

    fn warn(&mut self, text: &str) {
        if self.json {
            self.json(json!({"event": "warning", "message": text}));
        } else {
            eprintln!("warning: {text}");
        }
    }
}

fn usage_error(text: &str) -> ExitCode {
    eprintln!("lanscout: {text}");
    ExitCode::from(2)
}

fn scan(
    args: ScanArgs,
    mut settings: Settings,
    notice: Option<String>,
) -> anyhow::Result<ExitCode> {
    let s = &mut settings.scan;
    if let Some(v) = args.timeout {
        s.timeout_secs = v;
    }
    if let Some(v) = args.retries {
        s.retries = v;
    }
    if let Some(v) = args.port {
        s.port = v;
    }
    if let Some(v) = args.message {
        s.message = v;
    }
    if let Some(v) = args.prefix {
        s.response_prefix = v;
    }
    if let Some(v) = args.default_web_port {
        s.default_web_port = v;
    }
    if let Some(v) = args.scheme {
        s.scheme = v;
    }
    args.interfaces
        .apply(&mut s.include_interfaces, &mut s.exclude_interfaces);
    s.extra_targets.extend(args.target);
    s.sweep |= args.sweep;
    if let Some(v) = args.rate {
        s.sweep_rate = v;
    }
    if args.no_details {
        s.lookup_details = false;
    }
    let config = match settings.scan_config() {
        Ok(c) => c,
        Err(errors) => return Ok(usage_error(&crate::settings::describe_errors(&errors))),
    };

    let mut out = Out {
        json: args.json,
        closed: false,
    };
    if let Some(n) = notice {
        out.warn(&n);
    }
    let stop = interrupted();
    let config_sweep = config.sweep
        || config
            .targets
            .iter()
            .any(|t| matches!(t, net::Target::Range(_)));
    let mut sweep_report = SweepReport::default();
    let handle = discovery::start_scan(config, || {})?;
    let mut found = 0usize;
    let mut error = None;
    let mut finished = None;
    let mut url_width = 26;
    while finished.is_none() {
        if stop.load(Ordering::SeqCst) || out.closed {
            handle.cancel();
        }
        let event = match handle.events().recv_timeout(Duration::from_millis(50)) {
            Ok(e) => e,
            Err(crossbeam_channel::RecvTimeoutError::Timeout) => continue,
            Err(crossbeam_channel::RecvTimeoutError::Disconnected) => break,
        };
        match event {
            Event::Found(server) => {
                found += 1;
                if out.json {
                    out.json(json!({
                        "event": "found",
                        "ip": server.ip.to_string(),
                        "port": server.port,
                        "url": server.url,
                        "interface": server.interface,
                        "source": server.source.to_string(),
                        "announced": server.announced.map(|a| a.to_string()),
                        "rtt_ms": round2(server.rtt.as_secs_f64() * 1000.0),
                        "local": server.is_local,
                    }));
                } else {
                    url_width = url_width.max(server.url.len());
                    let note = match server.announced {
                        Some(a) => format!("  (announced {a})"),
                        None => String::new(),
                    };
                    out.line(&format!(
                        "{:<url_width$}  {:<10}  from {:<21}  {:>8.1} ms{note}",
                        server.url,
                        server.interface.as_deref().unwrap_or("?"),
                        server.source.to_string(),
                        server.rtt.as_secs_f64() * 1000.0,
                    ));
                }
            }
            Event::Details(d) => {
                if out.json {
                    out.json(json!({
                        "event": "details",
                        "ip": d.ip.to_string(),
                        "port": d.port,
                        "url": d.url,
                        "hostname": d.hostname,
                        "title": d.title,
                        "server": d.server,
                        "mac": d.mac,
                        "vendor": d.vendor,
                        "web": d.web,
                    }));
                } else {
                    out.line(&details_line(&d));
                }
            }
            Event::Warning(w) => out.warn(&w.to_string()),
            Event::Error(e) => error = Some(e),
            Event::Finished(stats) => finished = Some(stats),
            Event::Started { duration, .. } => {
                sweep_report.ends = Some(Instant::now() + duration);
            }
            Event::Progress { sent, planned } => {
                if let Some(text) = sweep_report.due(sent, planned, config_sweep) {
                    if out.json {
                        out.json(json!({
                            "event": "progress",
                            "sent": sent,
                            "planned": planned,
                            "remaining_s": sweep_report.remaining_secs(),
                        }));
                    } else {
                        eprintln!("{text}");
                    }
                }
            }
            Event::SeenAgain { .. } => {}
        }
    }
    let stats = finished.unwrap_or_default();
    if let Some(e) = error {
        if out.json {
            out.json(json!({"event": "error", "message": e}));
        }
        eprintln!("lanscout: {e}");
        return Ok(ExitCode::from(2));
    }
    if out.json {
        out.json(json!({
            "event": "finished",
            "servers": stats.servers,
            "replies": stats.replies,
            "invalid": stats.invalid,
            "probes_sent": stats.probes_sent,
            "elapsed_ms": stats.elapsed.as_millis() as u64,
            "rcvbuf": stats.rcvbuf,
            "cancelled": stats.cancelled,
            "interfaces": stats.per_interface,
        }));
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
        if stats.servers == 0 {
            for hint in empty_result_hints(&stats, settings.scan.port) {
                eprintln!("  {hint}");
            }
        }
    }
    Ok(if found > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The human line that follows a server's line once its lookups end:
/// `  └ Inventory · pi-lab.local · Raspberry Pi Foundation · web: nginx`.
fn details_line(d: &crate::details::Details) -> String {
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

/// Plain-language reasons a scan may have found nothing.
pub fn empty_result_hints(stats: &discovery::ScanStats, port: u16) -> Vec<String> {
    let mut hints = Vec::new();
    for i in &stats.per_interface {
        if i.probes_sent == 0 && i.send_errors == 0 {
            continue;
        }
        let outcome = if i.send_errors > 0 && i.probes_sent == 0 {
            "probes could not be sent".to_string()
        } else if i.replies + i.invalid == 0 {
            "probes went out, nothing came back".to_string()
        } else {
            format!("{} replies, {} invalid", i.replies, i.invalid)
        };
        hints.push(format!("{}: {outcome}", i.name));
    }
    if stats.probes_sent == 0 {
        hints.push("no probe went out: no usable network interface and no --target".into());
    }
    hints.push(format!(
        "a firewall may block UDP port {port}; servers behind a router are not reached by broadcast: try --sweep or --target 192.168.1.0/24"
    ));
    hints
}

fn serve(
    args: ServeArgs,
    mut settings: Settings,
    notice: Option<String>,
) -> anyhow::Result<ExitCode> {
    if let Some(v) = args.port {
        settings.server.port = v;
    }
    if let Some(v) = args.web_port {
        settings.server.web_port = v;
    }
    if let Some(v) = args.message {
        settings.scan.message = v;
    }
    if let Some(v) = args.prefix {
        settings.scan.response_prefix = v;
    }
    settings.server.local_only |= args.local_only;
    let mut config = match settings.responder_config() {
        Ok(c) => c,
        Err(errors) => return Ok(usage_error(&crate::settings::describe_errors(&errors))),
    };
    config.rate_limit = !args.no_rate_limit;
    let mut out = Out {
        json: args.json,
        closed: false,
    };
    if let Some(n) = notice {
        out.warn(&n);
    }
    let stop = interrupted();
    let responder = match responder::start_responder(config.clone(), || {}) {
        Ok(r) => r,
        Err(e) => return Ok(usage_error(&e.to_string())),
    };
    let port = responder.port();
    if out.json {
        out.json(json!({"event": "listening", "port": port, "web_port": config.web_port}));
    } else {
        eprintln!(
            "lanscout: answering discovery requests on UDP port {port} (advertising web port {}); Ctrl-C to stop",
            config.web_port
        );
    }
    let end = args
        .duration
        .map(|d| Instant::now() + Duration::from_secs_f64(d));
    loop {
        if stop.load(Ordering::SeqCst) || end.is_some_and(|e| Instant::now() >= e) {
            break;
        }
        let event = match responder.events().recv_timeout(Duration::from_millis(50)) {
            Ok(e) => e,
            Err(_) => continue,
        };
        if !out.json {
            if let ResponderEvent::Error(e) = &event {
                eprintln!("warning: {e}");
            }
            continue;
        }
        let value = match event {
            ResponderEvent::Answered { from, announced } => {
                json!({"event": "answered", "from": from.to_string(), "announced": announced.to_string()})
            }
            ResponderEvent::Ignored { from, reason } => {
                json!({"event": "ignored", "from": from.to_string(), "reason": reason})
            }
            ResponderEvent::RateLimited { from } => {
                json!({"event": "rate_limited", "from": from.to_string()})
            }
            ResponderEvent::Error(e) => json!({"event": "error", "message": e}),
        };
        out.json(value);
    }
    let stats = responder.stop();
    if out.json {
        out.json(
            json!({"event": "stats", "requests": stats.requests, "answered": stats.answered,
            "ignored": stats.ignored, "rate_limited": stats.rate_limited, "errors": stats.errors}),
        );
    } else {
        eprintln!(
            "lanscout: {} requests, {} answered, {} ignored, {} rate-limited, {} errors",
            stats.requests, stats.answered, stats.ignored, stats.rate_limited, stats.errors
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn interfaces(
    args: InterfacesArgs,
    settings: Settings,
    notice: Option<String>,
) -> anyhow::Result<ExitCode> {
    let mut out = Out {
        json: args.json,
        closed: false,
    };
    if let Some(n) = notice {
        out.warn(&n);
    }
    let (mut include, mut exclude) = (
        settings.scan.include_interfaces,
        settings.scan.exclude_interfaces,
    );
    args.interfaces.apply(&mut include, &mut exclude);
    let all = match net::list_interfaces() {
        Ok(a) => a,
        Err(e) => return Ok(usage_error(&format!("cannot list network interfaces: {e}"))),
    };
    let choices = net::select_interfaces(&all, &include, &exclude);
    for c in &choices {
        let i = &c.interface;
        if out.json {
            out.json(json!({
                "name": i.name, "address": i.addr.to_string(), "prefix_len": i.prefix_len,
                "netmask": i.netmask.to_string(), "broadcast": i.broadcast.to_string(),
                "up": i.is_up, "loopback": i.is_loopback, "virtual": i.is_virtual,
                "used": c.skipped.is_none(), "skipped": c.skipped.map(|s| s.to_string()),
            }));
        } else {
            let status = match c.skipped {
                None => format!("used: broadcast to {}", i.broadcast),
                Some(reason) => format!("skipped: {reason}"),
            };
            let tag = if i.is_virtual { " (virtual)" } else { "" };
            out.line(&format!(
                "{:<16} {:<18} {status}{tag}",
                i.name,
                format!("{}/{}", i.addr, i.prefix_len)
            ));
        }
    }
    if choices.is_empty() && !out.json {
        out.line("no IPv4 interfaces");
    }
    Ok(ExitCode::SUCCESS)
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}
