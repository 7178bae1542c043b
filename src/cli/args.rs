//! The command line's shape (clap types). They become [`Settings`] at the
//! edge, in [`ScanArgs::apply`] and [`ServeArgs::apply`]; nothing else sees them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::protocol::Scheme;
use crate::settings::{field, Settings};

/// Find Django servers on the local network (django-udp-discovery protocol)
/// and open them in one click. Without a subcommand, opens the window.
#[derive(Debug, Parser)]
#[command(name = "lanscout", version, about, long_about = None)]
pub struct Cli {
    /// Settings file to use instead of the default one.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Print start-up timestamps of the window on stderr (a benchmark).
    #[arg(long, global = true, hide = true)]
    pub trace_startup: bool,
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
    /// Do not ask the local network for names over mDNS.
    #[arg(long)]
    pub no_mdns: bool,
    /// When nothing answers the broadcast on an interface, do not ask the
    /// hosts of its /24 one by one (the fallback for a desktop firewall
    /// that drops replies to a broadcast).
    #[arg(long)]
    pub no_fallback: bool,
    /// Also list web servers that announce themselves over DNS-SD
    /// (`_http._tcp`, `_https._tcp`: printers, NAS boxes, Home Assistant).
    #[arg(long)]
    pub dns_sd: bool,
    /// Also print why the scan found what it found (always when it finds nothing).
    #[arg(long)]
    pub explain: bool,
    /// One JSON object per line (the same as `--format json-lines`).
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// Output: human text as servers answer, JSON lines as they answer, or
    /// a CSV table / JSON array of every server (with names) when the scan ends.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ScanFormat>,
}

/// `scan --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ScanFormat {
    /// Lines for people, as servers answer.
    Text,
    /// One JSON object per event, as servers answer.
    JsonLines,
    /// A header and one row per server, at the end.
    Csv,
    /// An array of servers, at the end.
    Json,
}

impl ScanArgs {
    /// The output format asked for (`--json` is JSON lines).
    pub fn output_format(&self) -> ScanFormat {
        match (self.json, self.format) {
            (true, _) => ScanFormat::JsonLines,
            (false, Some(f)) => f,
            (false, None) => ScanFormat::Text,
        }
    }

    /// Lays the flags over the settings file's values.
    pub fn apply(&mut self, settings: &mut Settings) {
        let s = &mut settings.scan;
        if let Some(v) = self.timeout {
            s.timeout_secs = v;
        }
        if let Some(v) = self.retries {
            s.retries = v;
        }
        if let Some(v) = self.port {
            s.port = v;
        }
        if let Some(v) = self.message.take() {
            settings.protocol.message = v;
        }
        if let Some(v) = self.prefix.take() {
            settings.protocol.response_prefix = v;
        }
        if let Some(v) = self.default_web_port {
            s.default_web_port = v;
        }
        if let Some(v) = self.scheme {
            s.scheme = v;
        }
        self.interfaces
            .apply(&mut s.include_interfaces, &mut s.exclude_interfaces);
        s.extra_targets.append(&mut self.target);
        s.sweep |= self.sweep;
        if let Some(v) = self.rate {
            s.sweep_rate = v;
        }
        if self.no_details {
            s.lookup_details = false;
        }
        if self.no_mdns {
            s.names_over_mdns = false;
        }
        if self.no_fallback {
            s.fallback = false;
        }
        s.dns_sd |= self.dns_sd;
    }
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
    pub fn apply(&mut self, include: &mut Vec<String>, exclude: &mut Vec<String>) {
        if !self.interface.is_empty() {
            *include = std::mem::take(&mut self.interface);
        }
        exclude.append(&mut self.exclude_interface);
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
    /// Seconds without any request before saying what to check (60).
    #[arg(long, value_name = "SECS", value_parser = parse_duration, hide = true)]
    pub unheard_after: Option<f64>,
    /// One JSON object per line (one per request).
    #[arg(long)]
    pub json: bool,
}

impl ServeArgs {
    /// Lays the flags over the settings file's values.
    pub fn apply(&mut self, settings: &mut Settings) {
        if let Some(v) = self.port {
            settings.server.port = v;
        }
        if let Some(v) = self.web_port {
            settings.server.web_port = v;
        }
        if let Some(v) = self.message.take() {
            settings.protocol.message = v;
        }
        if let Some(v) = self.prefix.take() {
            settings.protocol.response_prefix = v;
        }
        settings.server.local_only |= self.local_only;
    }
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

pub(crate) fn parse_scheme(text: &str) -> Result<Scheme, String> {
    text.parse()
}

pub(crate) fn parse_target(text: &str) -> Result<String, String> {
    field::target(text).map(|t| t.to_string())
}

pub(crate) fn parse_duration(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 && v <= 1e7 => Ok(v),
        _ => Err(format!("{text:?} is not a positive number of seconds")),
    }
}
