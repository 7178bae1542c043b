//! The window's long-lived workers (the web port check pool, the settings
//! saver) and the jobs its short tasks run (saving an
//! export). None of them touches egui state; they send [`AppEvent`]s and
//! wake the window. Every thread is started through [`super::runtime`].

use std::net::{SocketAddr, SocketAddrV4, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crossbeam_channel::{Receiver, Sender};

use crate::discovery::ServerKey;
use crate::i18n::Words;
use crate::settings::{Settings, SettingsStore};

use super::event::AppEvent;

/// How long the web port check waits for a TCP connection.
pub const WEB_CHECK_TIMEOUT: Duration = Duration::from_millis(1500);
const WEB_CHECK_THREADS: usize = 6;

/// Opens a URL in a browser; the error says why it could not.
pub type UrlOpener = Arc<dyn Fn(&str) -> Result<(), String> + Send + Sync>;

/// The system browser (honours `$BROWSER`), as `UrlOpener`.
pub fn system_browser() -> UrlOpener {
    Arc::new(|url: &str| webbrowser::open(url).map_err(|e| e.to_string()))
}

/// Writes an exported list into `dir` under a name not yet taken (a task:
/// file I/O never runs on the GUI thread). The message to show, or why not.
pub fn save_export(
    dir: &std::path::Path,
    format: crate::export::Format,
    text: &str,
    count: usize,
) -> Result<Words, Words> {
    std::fs::create_dir_all(dir)
        .and_then(|()| {
            let path = crate::export::free_file_name(dir, format, |p| p.exists());
            // create_new: a file that appeared meanwhile is never overwritten.
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)?;
            std::io::Write::write_all(&mut f, text.as_bytes())?;
            Ok(path)
        })
        .map(|path| {
            crate::words!(
                "msg-saved-list",
                count = count,
                path = path.display().to_string()
            )
        })
        .map_err(|e| {
            crate::words!(
                "msg-save-list-failed",
                folder = dir.display().to_string(),
                error = e.to_string()
            )
        })
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
    jobs: Option<Sender<(Settings, Option<Words>)>>,
}

impl Saver {
    /// A saver writing through `store`; results go to `events`.
    pub fn start(store: SettingsStore, events: Sender<AppEvent>, notify: Notify) -> Saver {
        let (tx, rx) = crossbeam_channel::unbounded::<(Settings, Option<Words>)>();
        let started = crate::threads::start("save", move || {
            for (settings, done) in rx.iter() {
                let result = store.save(&settings).map_err(|e| {
                    crate::words!(
                        "msg-save-settings-failed",
                        path = store.path().display().to_string(),
                        error = e.to_string()
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
    pub fn save(&self, settings: Settings, done: Option<Words>) -> bool {
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
            let _ = crate::threads::start(&format!("webcheck-{n}"), move || {
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
