//! Test-only fault injection: in debug builds, a named worker panics once
//! when armed (by a test, or by `LANSCOUT_TEST_PANIC=<site>` for the
//! binary), so that the tests can prove every worker's panic is caught and
//! reported. Release builds compile the checks away.

use std::sync::Mutex;

static ARMED: Mutex<Option<String>> = Mutex::new(None);

/// Makes the next [`check`] at `site` panic (debug builds only). Sites:
/// `scan`, `lookup`, `responder`.
pub fn arm(site: &str) {
    if let Ok(mut a) = ARMED.lock() {
        *a = Some(site.to_string());
    }
}

/// Arms the site named by `LANSCOUT_TEST_PANIC`, if set (debug builds only).
pub fn arm_from_env() {
    if cfg!(debug_assertions) {
        if let Ok(site) = std::env::var("LANSCOUT_TEST_PANIC") {
            arm(&site);
        }
    }
}

/// Whether the I/O at `site` should fail every time: `LANSCOUT_TEST_FAIL`
/// names it (debug builds only). Sites: `recv` (every receive of a scan),
/// `interfaces` (listing the interfaces), `socket` (opening a scan's socket).
pub(crate) fn failing(site: &str) -> bool {
    // Read once: this is asked on every receive.
    static FAILING: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    cfg!(debug_assertions)
        && FAILING
            .get_or_init(|| std::env::var("LANSCOUT_TEST_FAIL").ok())
            .as_deref()
            == Some(site)
}

/// Panics if `site` is armed (once; debug builds only).
pub(crate) fn check(site: &str) {
    if !cfg!(debug_assertions) {
        return;
    }
    let fire = ARMED
        .lock()
        .map(|mut a| {
            let hit = a.as_deref() == Some(site);
            if hit {
                *a = None;
            }
            hit
        })
        .unwrap_or(false);
    if fire {
        panic!("injected panic in {site} (test hook)");
    }
}

/// The text of a caught panic.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}
