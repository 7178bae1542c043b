//! The one way LanScout starts a thread, for the library and the window
//! alike: every thread is named `lanscout-…`, so a stack dump, `top -H` or a
//! panic message says what it is, and a failure to start is an error the
//! caller reports rather than a panic.

use std::thread::JoinHandle;

/// Starts `job` on a thread named `lanscout-{name}`.
pub fn start<T: Send + 'static>(
    name: &str,
    job: impl FnOnce() -> T + Send + 'static,
) -> std::io::Result<JoinHandle<T>> {
    std::thread::Builder::new()
        .name(format!("lanscout-{name}"))
        .spawn(job)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_thread_carries_the_lanscout_name() {
        let name = super::start("probe", || std::thread::current().name().map(String::from))
            .expect("start")
            .join()
            .expect("join");
        assert_eq!(name.as_deref(), Some("lanscout-probe"));
    }
}
