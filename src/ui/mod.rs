//! The desktop window (eframe/egui).

use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the main window. `config` overrides the settings file location.
pub fn run(config: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let _ = config;
    anyhow::bail!("the desktop window is not built yet; use `lanscout scan`")
}
