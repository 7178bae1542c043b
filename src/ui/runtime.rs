//! The handles the window owns: the settings file, the running scan and
//! server mode, the event channel its workers send on, and every
//! thread it starts ([`Tasks`]). Nothing here is drawn; nothing here blocks
//! the GUI thread.

use std::sync::{Arc, OnceLock};
use std::thread::JoinHandle;

use crossbeam_channel::{Receiver, Sender};

use crate::discovery::ScanHandle;
use crate::responder::Responder;
use crate::settings::SettingsStore;

use super::event::AppEvent;
use super::notices::NoticeLimiter;
use super::workers::{self, Notify, Saver, UrlOpener, WebChecker};

/// How the app is wired to the outside world (the desktop build and the
/// tests differ only here).
#[derive(Clone)]
pub struct AppOptions {
    /// Scan (and start server mode if the settings say so) on the first frame.
    pub start_on_launch: bool,
    /// Check each server's web port with a TCP connection.
    pub check_web_ports: bool,
    /// List this computer's interfaces (for the settings dialog) on a
    /// worker; off, only the interfaces scans report are shown.
    pub detect_interfaces: bool,
    /// `None`: clicking a server emits egui's `OpenUrl` (eframe opens it and
    /// logs failures only). `Some`: the opener runs on a thread and its
    /// error is shown in the window.
    pub url_opener: Option<UrlOpener>,
    /// Append warnings and errors to this file.
    pub log_file: Option<std::path::PathBuf>,
    /// A notice about the settings file to show once (`Loaded.notice`).
    pub notice: Option<String>,
    /// Where "Save as CSV/JSON" writes (`None`: saving is refused, with a reason).
    pub export_dir: Option<std::path::PathBuf>,
    /// Raise desktop notifications (when the settings ask for them).
    pub desktop_notifications: bool,
    /// Keep the login start (autostart entry, Windows Run key) as the
    /// settings say. Off in tests: they never touch the user's desktop.
    pub manage_autostart: bool,
    /// Open minimised (started at login).
    pub start_minimised: bool,
    /// How much faster than real time the window's own time rules run
    /// (1 in the app; a soak test compresses a week: forgetting after a
    /// day then takes a day divided by this).
    pub time_scale: u32,
}

impl Default for AppOptions {
    /// For tests: nothing starts by itself, links become `OpenUrl` output.
    fn default() -> Self {
        AppOptions {
            start_on_launch: false,
            check_web_ports: true,
            detect_interfaces: true,
            url_opener: None,
            log_file: None,
            notice: None,
            export_dir: None,
            desktop_notifications: false,
            manage_autostart: false,
            start_minimised: false,
            time_scale: 1,
        }
    }
}

impl AppOptions {
    /// The desktop app: scans on start, opens the system browser and
    /// reports its errors, logs to the platform's state folder.
    pub fn desktop(notice: Option<String>) -> AppOptions {
        AppOptions {
            start_on_launch: true,
            check_web_ports: true,
            detect_interfaces: true,
            url_opener: Some(workers::system_browser()),
            log_file: workers::default_log_path(),
            notice,
            export_dir: workers::default_export_dir(),
            desktop_notifications: true,
            manage_autostart: true,
            start_minimised: false,
            time_scale: 1,
        }
    }
}

/// The short tasks the window started (open a browser, list interfaces,
/// start server mode, save a list, show a notification): each on a named
/// thread whose result comes back as one [`AppEvent`]. Kept so that what
/// runs can be counted; never joined (the window never waits for one).
pub struct Tasks {
    events: Sender<AppEvent>,
    wake: Notify,
    running: Vec<(&'static str, JoinHandle<()>)>,
}

impl Tasks {
    fn new(events: Sender<AppEvent>, wake: Notify) -> Tasks {
        Tasks {
            events,
            wake,
            running: Vec::new(),
        }
    }

    /// Runs `job` on a thread named after `name`; its event is sent and
    /// the window woken. When no thread can be started, `failed` turns the
    /// reason into the event instead (nothing is lost, nothing panics).
    pub fn spawn(
        &mut self,
        name: &'static str,
        job: impl FnOnce() -> AppEvent + Send + 'static,
        failed: impl FnOnce(String) -> AppEvent,
    ) {
        self.running.retain(|(_, h)| !h.is_finished());
        let (events, wake) = (self.events.clone(), Arc::clone(&self.wake));
        match crate::threads::start(name, move || {
            let _ = events.send(job());
            wake();
        }) {
            Ok(handle) => self.running.push((name, handle)),
            Err(e) => {
                let _ = self
                    .events
                    .send(failed(format!("cannot start a thread: {e}")));
                (self.wake)();
            }
        }
    }

    /// Names of the tasks still running (for the tests: the window never
    /// asks).
    #[cfg(test)]
    fn running(&self) -> Vec<&'static str> {
        self.running
            .iter()
            .filter(|(_, h)| !h.is_finished())
            .map(|(n, _)| *n)
            .collect()
    }
}

/// Threads, sockets and files of the window.
pub struct Runtime {
    /// Where settings are saved.
    pub store: SettingsStore,
    /// How the app is wired.
    pub options: AppOptions,
    /// The running scan.
    pub scan: Option<ScanHandle>,
    /// Server mode.
    pub responder: Option<Responder>,
    /// Which servers were announced by a desktop notification, and when.
    pub notices: NoticeLimiter,
    /// The tray icon, while a panel shows it.
    pub tray: Option<super::tray::Tray>,
    /// The tray menu as last sent (sent again only when it changes).
    pub tray_menu: Option<super::tray::TrayMenu>,
    /// Short tasks (browser, interface list, server start, export, notices).
    pub tasks: Tasks,
    /// Web port checks (when lookups are off), started on first use.
    pub web_checker: Option<WebChecker>,
    /// Writes the settings file off the GUI thread.
    pub saver: Saver,
    /// Repeated log lines, folded (the log itself is the `log` facade).
    pub repeats: crate::logging::Repeats,
    events: Sender<AppEvent>,
    events_rx: Receiver<AppEvent>,
    /// The window's context once it exists (threads started before the
    /// first frame have nothing to wake until then).
    window: Arc<OnceLock<egui::Context>>,
}

impl Runtime {
    /// The runtime of a window saving to `store`: the event channel, the
    /// log writer and the settings saver start here; nothing else does.
    pub fn new(store: SettingsStore, options: AppOptions) -> Runtime {
        let (events, events_rx) = crossbeam_channel::unbounded();
        let notice_every = super::notices::NOTICE_EVERY / options.time_scale.max(1);
        let window: Arc<OnceLock<egui::Context>> = Arc::default();
        let wake = waker(&window);
        if let Some(path) = &options.log_file {
            if let Err(e) = crate::logging::to_file(path) {
                eprintln!("lanscout: {e}");
            }
        }
        Runtime {
            saver: Saver::start(store.clone(), events.clone(), Arc::clone(&wake)),
            tasks: Tasks::new(events.clone(), wake),
            store,
            options,
            scan: None,
            responder: None,
            notices: NoticeLimiter::new(notice_every),
            tray: None,
            tray_menu: None,
            web_checker: None,
            repeats: crate::logging::Repeats::default(),
            events,
            events_rx,
            window,
        }
    }

    /// Gives the workers the window to wake (first frame); false when it
    /// was already set.
    pub fn attach_window(&self, ctx: &egui::Context) -> bool {
        self.window.set(ctx.clone()).is_ok()
    }

    /// The window's context, once the first frame gave it.
    pub fn window(&self) -> Option<egui::Context> {
        self.window.get().cloned()
    }

    /// Wakes the window from a worker; works before the first frame too
    /// (nothing to wake then).
    pub fn waker(&self) -> Notify {
        waker(&self.window)
    }

    /// The channel workers report on.
    pub fn events(&self) -> Sender<AppEvent> {
        self.events.clone()
    }

    /// Worker events waiting to be folded.
    pub fn pending_events(&self) -> Vec<AppEvent> {
        self.events_rx.try_iter().collect()
    }

    /// The web port check pool, started on first use.
    pub fn web_checker(&mut self) -> &WebChecker {
        let (events, wake) = (self.events.clone(), self.waker());
        self.web_checker
            .get_or_insert_with(|| WebChecker::start(events, wake))
    }
}

fn waker(window: &Arc<OnceLock<egui::Context>>) -> Notify {
    let window = Arc::clone(window);
    Arc::new(move || {
        if let Some(ctx) = window.get() {
            ctx.request_repaint();
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::{Duration, Instant};

    #[test]
    fn a_task_runs_on_a_named_thread_reports_once_and_wakes_the_window() {
        let (tx, rx) = crossbeam_channel::unbounded();
        let woken = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&woken);
        let mut tasks = Tasks::new(
            tx,
            Arc::new(move || {
                counter.fetch_add(1, Ordering::SeqCst);
            }),
        );
        tasks.spawn(
            "probe",
            || AppEvent::NoticeFailed(std::thread::current().name().unwrap_or("").into()),
            |_| panic!("a thread could be started"),
        );
        match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(AppEvent::NoticeFailed(name)) => assert_eq!(name, "lanscout-probe"),
            other => panic!("expected the task's event, got {other:?}"),
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while !tasks.running().is_empty() && Instant::now() < deadline {
            std::thread::yield_now();
        }
        assert!(tasks.running().is_empty(), "the task ended");
        assert_eq!(woken.load(Ordering::SeqCst), 1, "woken once");
        assert!(rx.try_recv().is_err(), "exactly one event");
    }

    /// The window announces a server once an hour at most, on the window's
    /// clock (a soak compresses it). Today the forget rule (one hour at
    /// least) also keeps a server from appearing twice within the hour; this
    /// holds the limit itself, should that bound ever change.
    #[test]
    fn a_server_is_announced_once_an_hour_at_most_on_the_windows_clock() {
        let dir = tempfile::tempdir().expect("tempdir");
        for scale in [1, 60, 36_000] {
            let runtime = Runtime::new(
                SettingsStore::at(dir.path().join("settings.toml")),
                AppOptions {
                    time_scale: scale,
                    ..AppOptions::default()
                },
            );
            assert_eq!(
                runtime.notices.every(),
                Duration::from_secs(3600) / scale,
                "time scale {scale}"
            );
        }
    }
}
