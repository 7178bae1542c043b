//! The command line's shape (clap types). They become [`Settings`] at the
//! edge, in [`ScanArgs::apply`] and [`ServeArgs::apply`]; nothing else sees them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::settings::catalog::{self, Flag, Setting, Sub};
use crate::settings::{field, Settings};

/// Find Django servers on the local network (django-udp-discovery protocol)
/// and open them in one click. Without a subcommand, opens the window.
#[derive(Debug, Parser)]
#[command(name = "lanscout", version = crate::build_info::VERSION, about, long_about = None)]
pub struct Cli {
    /// Settings file to use instead of the default one.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Open the window minimised (how the login entry starts it).
    #[arg(long, global = true, hide = true)]
    pub at_login: bool,
    /// Print start-up timestamps of the window on stderr (a benchmark).
    #[arg(long, global = true, hide = true)]
    pub trace_startup: bool,
    /// Write the man page or a shell's completions on standard output
    /// (for packagers: scripts/deb.sh; built with the `generate` feature).
    #[cfg(feature = "generate")]
    #[arg(long, hide = true, value_enum, value_name = "KIND")]
    pub generate: Option<super::generate::Generate>,
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
    /// The settings a scan takes from the command line (from the catalog).
    #[command(flatten)]
    pub settings: SettingFlags<ForScan>,
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
}

/// `lanscout serve` options.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The settings server mode takes from the command line (from the catalog).
    #[command(flatten)]
    pub settings: SettingFlags<ForServe>,
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

/// `lanscout interfaces` options.
#[derive(Debug, Args)]
pub struct InterfacesArgs {
    /// Which interfaces to use (from the catalog).
    #[command(flatten)]
    pub settings: SettingFlags<ForInterfaces>,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

/// Which subcommand a set of setting flags is for.
pub trait FlagsFor {
    /// The subcommand.
    const SUB: Sub;
}

/// Setting flags of `scan`.
#[derive(Debug, Clone, Copy)]
pub struct ForScan;
/// Setting flags of `serve`.
#[derive(Debug, Clone, Copy)]
pub struct ForServe;
/// Setting flags of `interfaces`.
#[derive(Debug, Clone, Copy)]
pub struct ForInterfaces;

impl FlagsFor for ForScan {
    const SUB: Sub = Sub::Scan;
}
impl FlagsFor for ForServe {
    const SUB: Sub = Sub::Serve;
}
impl FlagsFor for ForInterfaces {
    const SUB: Sub = Sub::Interfaces;
}

/// A setting given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Given {
    /// `--name VALUE`.
    Value(String),
    /// `--name A --name B`.
    Values(Vec<String>),
    /// `--name`.
    Switch,
}

/// The flags of every catalog setting a subcommand accepts (built from
/// [`catalog::ALL`], validated by each setting's own parser), and what was
/// given; [`SettingFlags::apply`] lays them over the settings file's values.
#[derive(Debug, Clone)]
pub struct SettingFlags<F> {
    given: Vec<(&'static Setting, Given)>,
    sub: std::marker::PhantomData<F>,
}

impl<F: FlagsFor> SettingFlags<F> {
    fn settings() -> impl Iterator<Item = &'static Setting> {
        catalog::ALL
            .iter()
            .copied()
            .filter(|s| s.flag.in_sub(F::SUB))
    }

    /// Lays the flags over the settings file's values.
    pub fn apply(&self, settings: &mut Settings) -> Result<(), String> {
        for (setting, given) in &self.given {
            let text = match (given, setting.flag) {
                (Given::Value(v), _) => v.clone(),
                (Given::Switch, Flag::Switch { sets, .. }) => sets.to_string(),
                (Given::Values(vs), Flag::List { adds, .. }) => {
                    let mut all = if adds {
                        field::split_list(&(setting.show)(settings))
                    } else {
                        Vec::new()
                    };
                    all.extend(vs.iter().cloned());
                    all.join("\n")
                }
                _ => continue,
            };
            (setting.set)(settings, &text).map_err(|e| format!("{}: {e}", setting.key))?;
        }
        Ok(())
    }
}

/// Checks a flag's value with its setting's own parser (on a scratch copy).
fn validator(setting: &'static Setting) -> impl Fn(&str) -> Result<String, String> + Clone {
    move |text: &str| {
        let mut scratch = Settings::default();
        (setting.set)(&mut scratch, text).map(|()| text.to_string())
    }
}

impl<F: FlagsFor> clap::Args for SettingFlags<F> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        Self::settings().fold(cmd, |cmd, setting| {
            let arg = clap::Arg::new(setting.key).help(setting.help());
            let arg = match setting.flag {
                Flag::Value {
                    name, value_name, ..
                } => arg
                    .long(name)
                    .value_name(value_name)
                    .value_parser(validator(setting)),
                Flag::List {
                    name,
                    short,
                    value_name,
                    ..
                } => {
                    let arg = arg
                        .long(name)
                        .value_name(value_name)
                        .action(clap::ArgAction::Append)
                        .value_parser(validator(setting));
                    match short {
                        Some(c) => arg.short(c),
                        None => arg,
                    }
                }
                Flag::Switch { name, help, .. } => {
                    arg.long(name).help(help).action(clap::ArgAction::SetTrue)
                }
                Flag::None(_) => return cmd,
            };
            cmd.arg(arg)
        })
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

impl<F: FlagsFor> clap::FromArgMatches for SettingFlags<F> {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        let mut given = Vec::new();
        for setting in Self::settings() {
            let value = match setting.flag {
                Flag::Value { .. } => m.get_one::<String>(setting.key).cloned().map(Given::Value),
                Flag::List { .. } => m
                    .get_many::<String>(setting.key)
                    .map(|vs| Given::Values(vs.cloned().collect())),
                Flag::Switch { .. } => m.get_flag(setting.key).then_some(Given::Switch),
                Flag::None(_) => None,
            };
            given.extend(value.map(|v| (setting, v)));
        }
        Ok(SettingFlags {
            given,
            sub: std::marker::PhantomData,
        })
    }

    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

pub(crate) fn parse_duration(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 && v <= 1e7 => Ok(v),
        _ => Err(format!("{text:?} is not a positive number of seconds")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn parsed(args: &[&str]) -> Cli {
        Cli::try_parse_from(std::iter::once("lanscout").chain(args.iter().copied()))
            .unwrap_or_else(|e| panic!("{args:?}: {e}"))
    }

    #[test]
    fn setting_flags_lay_over_the_file_as_the_catalog_says() {
        let mut file = Settings::default();
        file.scan.exclude_interfaces = vec!["docker0".into()];
        file.scan.include_interfaces = vec!["eth9".into()];
        file.scan.extra_targets = vec!["10.0.0.1".into()];
        let cli = parsed(&[
            "scan",
            "--timeout",
            "2.5",
            "-i",
            "eth0",
            "-i",
            "Ethernet 2",
            "--exclude-interface",
            "wlan0",
            "-t",
            "10.0.0.9",
            "--no-details",
            "--message",
            "HELLO",
            "--sweep",
        ]);
        let Some(Command::Scan(args)) = cli.command else {
            panic!("not a scan")
        };
        let mut s = file.clone();
        args.settings.apply(&mut s).expect("valid flags");
        assert_eq!(s.scan.timeout_secs, 2.5);
        assert_eq!(
            s.scan.include_interfaces,
            ["eth0", "Ethernet 2"],
            "-i replaces"
        );
        assert_eq!(s.scan.exclude_interfaces, ["docker0", "wlan0"], "added");
        assert_eq!(s.scan.extra_targets, ["10.0.0.1", "10.0.0.9"], "added");
        assert!(!s.scan.lookup_details && s.scan.sweep);
        assert_eq!(s.protocol.message, "HELLO");
        // Nothing given, nothing changed.
        let Some(Command::Scan(none)) = parsed(&["scan"]).command else {
            panic!("not a scan")
        };
        let mut same = file.clone();
        none.settings.apply(&mut same).expect("nothing to apply");
        assert_eq!(same, file);
    }

    #[test]
    fn the_same_flag_name_sets_what_its_subcommand_means() {
        let Some(Command::Serve(args)) =
            parsed(&["serve", "--port", "7000", "--message", "HI", "--local-only"]).command
        else {
            panic!("not serve")
        };
        let mut s = Settings::default();
        args.settings.apply(&mut s).expect("valid flags");
        assert_eq!((s.server.port, s.scan.port), (7000, 9999));
        assert_eq!(s.protocol.message, "HI");
        assert!(s.server.local_only);
        // A flag of another subcommand is refused by clap, a bad value by the setting's parser.
        for bad in [
            &["serve", "--sweep"][..],
            &["scan", "--port", "0"],
            &["scan", "-i", "tab\there"],
        ] {
            let e = Cli::try_parse_from(std::iter::once("lanscout").chain(bad.iter().copied()));
            assert!(e.is_err(), "{bad:?} was accepted");
        }
    }
}
