//! What this build is: its version and the commit it was built from
//! (build.rs finds the commit), for `lanscout --version`, the log and a
//! support request.

/// The commit the build was made from (`git rev-parse --short=10 HEAD`, or
/// `LANSCOUT_COMMIT` for a build outside a git checkout), or "unknown".
pub const COMMIT: &str = env!("LANSCOUT_COMMIT");

/// The version and the commit, as `lanscout --version` prints them after
/// the program's name: "0.1.0 (commit 1a2b3c4d5e)".
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("LANSCOUT_COMMIT"),
    ")"
);
