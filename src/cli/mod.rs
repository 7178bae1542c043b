//! The command line: `scan`, `serve`, `interfaces` (no subcommand opens the
//! window). [`args`] holds the clap types, which become plain settings at
//! the edge; [`scan`] and [`serve`] run the library; [`output`] prints;
//! [`ExitStatus`] (the crate's `exit`) names the exit statuses; [`generate`] writes the man page and
//! shell completions.

pub mod args;
#[cfg(feature = "generate")]
pub mod generate;
pub mod output;
pub mod scan;
pub mod serve;

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use clap::Parser;

pub use crate::exit::ExitStatus;
pub use args::{Cli, Command, InterfacesArgs, ScanArgs, ServeArgs, SettingFlags};
use output::Out;

use crate::net;
use crate::settings::{Settings, SettingsStore};

/// Parses the command line and runs it.
pub fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    #[cfg(feature = "generate")]
    if let Some(kind) = cli.generate {
        generate::write(kind, &mut std::io::stdout().lock())?;
        return Ok(ExitStatus::Success.into());
    }
    #[cfg(feature = "gui")]
    if cli.trace_startup {
        crate::ui::startup_trace::enable();
    }
    match cli.command {
        #[cfg(feature = "gui")]
        None => crate::ui::run(cli.config, cli.at_login),
        #[cfg(not(feature = "gui"))]
        None => anyhow::bail!("this build has no window; use a subcommand (lanscout --help)"),
        Some(command) => {
            let store = SettingsStore::chosen(cli.config).map_err(anyhow::Error::msg)?;
            let loaded = store.load();
            let notice = loaded.notice.map(|n| n.to_string());
            let status = match command {
                Command::Scan(args) => scan::run(args, loaded.settings, notice)?,
                Command::Serve(args) => serve::run(args, loaded.settings, notice)?,
                Command::Interfaces(args) => interfaces(args, loaded.settings, notice),
            };
            Ok(status.into())
        }
    }
}

/// On Windows, when started with a subcommand from a console, writes to
/// that console: lanscout.exe is a GUI program with no console of its own
/// (lanscout.com has one, and this does nothing there). Elsewhere nothing.
pub fn attach_parent_console() {
    #[cfg(windows)]
    if std::env::args_os().len() > 1 {
        use windows_sys::Win32::System::Console::{AttachConsole, ATTACH_PARENT_PROCESS};
        // SAFETY: AttachConsole takes a process id and touches no memory of
        // ours; it fails harmlessly without a parent console or with one
        // already attached.
        unsafe {
            AttachConsole(ATTACH_PARENT_PROCESS);
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

/// Says why the command cannot do its work (a bad setting, a busy port, no
/// socket) and gives the exit status for it.
fn fail_with(text: &str) -> ExitStatus {
    eprintln!("lanscout: {text}");
    ExitStatus::Error
}

/// `lanscout interfaces`: what a scan would use, and why others are skipped.
fn interfaces(args: InterfacesArgs, settings: Settings, notice: Option<String>) -> ExitStatus {
    let mut out = Out::new(args.json);
    if let Some(n) = notice {
        out.warn(&n);
    }
    let mut settings = settings;
    if let Err(e) = args.settings.apply(&mut settings) {
        return fail_with(&e);
    }
    let (include, exclude) = (
        settings.scan.include_interfaces,
        settings.scan.exclude_interfaces,
    );
    let all = match net::list_interfaces() {
        Ok(a) => a,
        Err(e) => return fail_with(&format!("cannot list network interfaces: {e}")),
    };
    let choices = net::select_interfaces(&all, &include, &exclude);
    for c in &choices {
        let i = &c.interface;
        if out.json {
            out.json(c);
        } else {
            let status = match c.skipped {
                None => format!("used: broadcast to {}", i.broadcast),
                Some(reason) => format!("skipped: {}", reason.name()),
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
    ExitStatus::Success
}
