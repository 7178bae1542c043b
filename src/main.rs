// On Windows the program is a GUI program: a double-click opens only the
// window, no console beside it. The command line runs from lanscout.com,
// the same program marked as a console program (scripts/windows.sh), which
// cmd and PowerShell pick before lanscout.exe; `lanscout.exe scan` typed
// explicitly still prints to the console it was started from.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    lanscout::allocator::tune();
    lanscout::cli::attach_parent_console();
    lanscout::fault::arm_from_env();
    match lanscout::cli::run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("lanscout: {e:#}");
            ExitCode::from(2)
        }
    }
}
