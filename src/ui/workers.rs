//! Small worker threads of the window: the web port check, opening the
//! browser, listing interfaces and the log file. None of them touches egui
//! state; they send [`AppEvent`]s and call `ctx.request_repaint()`.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::net::{SocketAddr, SocketAddrV4, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crossbeam_channel::{Receiver, Sender};

use crate::discovery::{Event, ServerKey};
use crate::net::Interface;
use crate::settings::{Settings, SettingsStore};

/// How long the web port check waits for a TCP connection.
pub const WEB_CHECK_TIMEOUT: Duration = Duration::from_millis(1500);
const WEB_CHECK_THREADS: usize = 6;

/// Opens a URL in a browser; the error says why it could not.
pub type UrlOpener = Arc<dyn Fn(&str) -> Result<(), String> + Send + Sync>;

/// The system browser (honours `$BROWSER`), as `UrlOpener`.
pub fn system_browser() -> UrlOpener {
    Arc::new(|url: &str| webbrowser::open(url).map_err(|e| e.to_string()))
}

/// Something a worker reports to the window.
#[derive(Debug)]
pub enum AppEvent {
    /// From the scan engine.
    Scan(Event),
    /// Result of a web port check.
    WebPort {
        /// The server.
        key: ServerKey,
        /// Ok when a TCP connection succeeded.
        result: Result<(), String>,
    },
    /// Result of opening a browser.
    Browser {
        /// The URL.
        url: String,
        /// Ok when the browser was started.
        result: Result<(), String>,
    },
    /// The network interfaces of this computer.
    Interfaces(Result<Vec<Interface>, String>),
    /// Server mode started (its port bound), or why not.
    ServerStarted {
        /// The running responder, or the reason it could not start.
        result: Result<crate::responder::Responder, String>,
        /// Whether to remember "on" in the settings when it worked.
        remember: bool,
    },
    /// A desktop notification was clicked: the server it named, or none
    /// for a summary.
    NoticeClicked(Option<ServerKey>),
    /// A desktop notification could not be shown; why.
    NoticeFailed(String),
    /// The list was saved to a file (the message to show), or why not.
    Exported(Result<String, String>),
    /// A settings save finished.
    Saved {
        /// Ok, or why the file could not be written.
        result: Result<(), String>,
        /// What to tell the user when it worked.
        done: Option<String>,
    },
}

/// Writes an exported list into `dir` under a name not yet taken, on a
/// thread (file I/O never runs on the GUI thread).
pub fn save_export(
    dir: PathBuf,
    format: crate::export::Format,
    text: String,
    count: usize,
    events: Sender<AppEvent>,
    notify: Notify,
) {
    std::thread::spawn(move || {
        let result = std::fs::create_dir_all(&dir)
            .and_then(|()| {
                let path = crate::export::free_file_name(&dir, format, |p| p.exists());
                // create_new: a file that appeared meanwhile is never overwritten.
                let mut f = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&path)?;
                std::io::Write::write_all(&mut f, text.as_bytes())?;
                Ok(path)
            })
            .map(|path| {
                format!(
                    "saved {} to {}",
                    super::views::plural(count, "server", "servers"),
                    path.display()
                )
            })
            .map_err(|e| format!("cannot save the list in {}: {e}", dir.display()));
        let _ = events.send(AppEvent::Exported(result));
        notify();
    });
}

/// Where exported lists go: the Downloads folder, else the home folder.
pub fn default_export_dir() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.download_dir()
            .map(|d| d.to_path_buf())
            .unwrap_or_else(|| dirs.home_dir().to_path_buf()),
    )
}

/// Writes settings on a thread of its own (a save fsyncs the file and its
/// folder: never on the GUI thread). Saves run in order; a failure is
/// reported as an event.
pub struct Saver {
    jobs: Option<Sender<(Settings, Option<String>)>>,
}

impl Saver {
    /// A saver writing through `store`; results go to `events`.
    pub fn start(store: SettingsStore, events: Sender<AppEvent>, notify: Notify) -> Saver {
        let (tx, rx) = crossbeam_channel::unbounded::<(Settings, Option<String>)>();
        let started = std::thread::Builder::new()
            .name("lanscout-save".into())
            .spawn(move || {
                for (settings, done) in rx.iter() {
                    let result = store.save(&settings).map_err(|e| {
                        format!(
                            "could not save the settings to {}: {e}",
                            store.path().display()
                        )
                    });
                    if events.send(AppEvent::Saved { result, done }).is_err() {
                        break;
                    }
                    notify();
                }
            });
        Saver {
            jobs: started.ok().map(|_| tx),
        }
    }

    /// Queues a save; `done` is said when it worked. False when the saver
    /// could not start (the caller then reports it).
    pub fn save(&self, settings: Settings, done: Option<String>) -> bool {
        self.jobs
            .as_ref()
            .is_some_and(|j| j.send((settings, done)).is_ok())
    }
}

/// Repaint callback shared by the workers.
pub type Notify = Arc<dyn Fn() + Send + Sync>;

/// A small pool of threads that try TCP connections to web ports.
pub struct WebChecker {
    jobs: Sender<(ServerKey, SocketAddrV4)>,
}

impl WebChecker {
    /// Starts the pool; results go to `events`.
    pub fn start(events: Sender<AppEvent>, notify: Notify) -> WebChecker {
        let (jobs, rx) = crossbeam_channel::unbounded::<(ServerKey, SocketAddrV4)>();
        for n in 0..WEB_CHECK_THREADS {
            let rx: Receiver<(ServerKey, SocketAddrV4)> = rx.clone();
            let events = events.clone();
            let notify = Arc::clone(&notify);
            // A pool that cannot start only means no checks; the rows say "not checked".
            let _ = std::thread::Builder::new()
                .name(format!("lanscout-webcheck-{n}"))
                .spawn(move || {
                    for (key, addr) in rx.iter() {
                        let result =
                            TcpStream::connect_timeout(&SocketAddr::V4(addr), WEB_CHECK_TIMEOUT)
                                .map(drop)
                                .map_err(|e| e.to_string());
                        if events.send(AppEvent::WebPort { key, result }).is_err() {
                            break;
                        }
                        notify();
                    }
                });
        }
        WebChecker { jobs }
    }

    /// Queues a check. Returns false when the pool is gone.
    pub fn check(&self, key: ServerKey) -> bool {
        self.jobs
            .send((key, SocketAddrV4::new(key.0, key.1)))
            .is_ok()
    }
}

/// Opens `url` with `opener` on a thread and reports the result.
pub fn open_url(opener: UrlOpener, url: String, events: Sender<AppEvent>, notify: Notify) {
    let spawned = std::thread::Builder::new()
        .name("lanscout-browser".into())
        .spawn({
            let url = url.clone();
            let events = events.clone();
            let notify = Arc::clone(&notify);
            move || {
                let result = opener(&url);
                let _ = events.send(AppEvent::Browser { url, result });
                notify();
            }
        });
    if let Err(e) = spawned {
        let _ = events.send(AppEvent::Browser {
            url,
            result: Err(format!("cannot start a thread: {e}")),
        });
        notify();
    }
}

/// Lists the interfaces on a thread (it talks to the kernel over netlink).
pub fn list_interfaces(events: Sender<AppEvent>, notify: Notify) {
    let _ = std::thread::Builder::new()
        .name("lanscout-interfaces".into())
        .spawn(move || {
            let result = crate::discovery::interfaces().map_err(|e| e.to_string());
            let _ = events.send(AppEvent::Interfaces(result));
            notify();
        });
}

/// Appends lines to the log file on a thread, so the window never waits
/// for the disk.
pub struct LogFile {
    lines: Option<Sender<String>>,
    path: Option<PathBuf>,
    writer: Option<std::thread::JoinHandle<()>>,
}

impl LogFile {
    /// No log file.
    pub fn none() -> LogFile {
        LogFile {
            lines: None,
            path: None,
            writer: None,
        }
    }

    /// Appends to `path` (folders are created).
    pub fn at(path: PathBuf) -> LogFile {
        let (tx, rx) = crossbeam_channel::unbounded::<String>();
        let p = path.clone();
        let started = std::thread::Builder::new()
            .name("lanscout-log".into())
            .spawn(move || {
                if let Some(dir) = p.parent() {
                    let _ = fs::create_dir_all(dir);
                }
                let mut file = OpenOptions::new().create(true).append(true).open(&p).ok();
                for line in rx.iter() {
                    if let Some(f) = file.as_mut() {
                        if writeln!(f, "{line}").is_err() {
                            file = None;
                        }
                    }
                }
            });
        let writer = started.ok();
        LogFile {
            lines: writer.is_some().then_some(tx),
            path: Some(path),
            writer,
        }
    }

    /// Writes what is queued and closes the file (at exit, where nothing
    /// else waits).
    pub fn finish(mut self) {
        self.lines = None;
        if let Some(w) = self.writer.take() {
            let _ = w.join();
        }
    }

    /// Where the log goes.
    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// Writes one line, prefixed with the Unix time.
    pub fn write(&self, level: &str, text: &str) {
        if let Some(tx) = &self.lines {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs_f64())
                .unwrap_or(0.0);
            let _ = tx.send(format!("{now:.3} {level}: {}", text.replace('\n', " ")));
        }
    }
}

/// Where the desktop app keeps its log: the platform's state folder (Linux
/// `$XDG_STATE_HOME/lanscout/lanscout.log`), else its local data folder.
pub fn default_log_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "lanscout")?;
    let dir = dirs
        .state_dir()
        .map(|d| d.to_path_buf())
        .unwrap_or_else(|| dirs.data_local_dir().to_path_buf());
    Some(dir.join("lanscout.log"))
}

/// Starts server mode on a thread (binding a port is I/O, never on the GUI
/// thread) and reports it.
pub fn start_server(
    config: crate::responder::ResponderConfig,
    remember: bool,
    events: Sender<AppEvent>,
    notify: Notify,
) {
    let wake = Arc::clone(&notify);
    let spawned = std::thread::Builder::new()
        .name("lanscout-server-start".into())
        .spawn({
            let events = events.clone();
            move || {
                let result = crate::responder::start_responder(config, move || wake())
                    .map_err(|e| e.to_string());
                let _ = events.send(AppEvent::ServerStarted { result, remember });
                notify();
            }
        });
    if let Err(e) = spawned {
        let _ = events.send(AppEvent::ServerStarted {
            result: Err(format!("cannot start a thread: {e}")),
            remember,
        });
    }
}
