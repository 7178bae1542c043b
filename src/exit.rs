//! What `lanscout` exits with, as `grep` does: 0 found, 1 none, 2 trouble;
//! and 3 between the window's processes (a renderer that failed, so the
//! parent tries the next: `ui::renderer`).

/// The process exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// At least one server was found (or the command did what it was asked).
    Success = 0,
    /// The scan ran and found no server.
    NothingFound = 1,
    /// A usage or setup error (bad value, busy port, no socket).
    Error = 2,
    /// A window process whose renderer failed before its first frame; only
    /// its parent (the supervised start) sees it.
    RendererFailed = 3,
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(s: ExitStatus) -> Self {
        std::process::ExitCode::from(s as u8)
    }
}
