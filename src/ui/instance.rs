//! One LanScout window per user and desktop session. The first window
//! holds a lock file in the user's runtime folder (`$XDG_RUNTIME_DIR`,
//! private to the user and emptied at logout) and listens on a socket
//! beside it; a later start finds the lock taken, asks the first window to
//! show itself and ends. The kernel drops the lock when a process dies, so
//! a crashed LanScout never blocks the next start. Only the window takes
//! part: `scan`, `serve` and `interfaces` never look here.
//!
//! On Windows the lock is a named mutex in the session's own namespace
//! (`Local\`), which Windows also releases when a process dies; a later
//! start finds the running window by its title and restores it and brings
//! it forward itself (a process the user just started may hand the
//! foreground to another window; the running one may not take it).

use std::path::{Path, PathBuf};
use std::time::Duration;

/// The request a later start sends, and the first window's answer.
#[cfg(unix)]
const SHOW: &[u8] = b"show\n";
#[cfg(unix)]
const SHOWN: &[u8] = b"shown\n";

/// How long a later start tries to reach the first window before it gives
/// up: the first may be between taking the lock and listening, or (on
/// Windows) still opening its window or trying the next renderer.
pub const REACH_FOR: Duration = Duration::from_secs(10);

/// What a start of the window should do.
pub enum Claim {
    /// This is the only window: keep the instance for the window's life
    /// and [`Instance::serve`] the show requests.
    First(Instance),
    /// The running window was asked to show itself: end this process.
    Shown,
    /// No single-instance check is possible here (no private folder for
    /// the lock, or a platform without one): open a window anyway; why.
    Unchecked(String),
}

/// The first window's claim: the held lock and the listening socket.
pub struct Instance {
    // Held for the life of the window; the kernel releases it on exit.
    #[cfg(unix)]
    _lock: std::fs::File,
    #[cfg(unix)]
    listener: std::os::unix::net::UnixListener,
    // The named mutex's handle, never closed: Windows closes it on exit.
    #[cfg(windows)]
    _mutex: windows_sys::Win32::Foundation::HANDLE,
}

/// The folder for the lock and the socket: `$XDG_RUNTIME_DIR/lanscout`,
/// else a folder of this user's own in the temporary folder.
pub fn default_dir() -> PathBuf {
    match directories::BaseDirs::new().and_then(|b| b.runtime_dir().map(Path::to_path_buf)) {
        Some(d) => d.join("lanscout"),
        None => std::env::temp_dir().join(format!("lanscout-{}", user_id())),
    }
}

#[cfg(unix)]
fn user_id() -> u32 {
    // SAFETY: getuid has no preconditions and cannot fail.
    unsafe { libc::getuid() }
}

#[cfg(not(unix))]
fn user_id() -> u32 {
    0
}

/// Takes the single-instance lock in `dir`, or asks the window that holds
/// it to show itself. `Err` when another window holds the lock but did not
/// answer within [`REACH_FOR`] (the reason, for the user).
#[cfg(unix)]
pub fn claim(dir: &Path) -> Result<Claim, String> {
    if let Err(reason) = private_dir(dir) {
        return Ok(Claim::Unchecked(reason));
    }
    let lock_path = dir.join("window.lock");
    let lock = match std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
    {
        Ok(f) => f,
        Err(e) => {
            return Ok(Claim::Unchecked(format!(
                "cannot open {}: {e}",
                lock_path.display()
            )))
        }
    };
    let socket = dir.join("window.sock");
    match lock.try_lock() {
        Ok(()) => Ok(listen(lock, &socket)),
        Err(std::fs::TryLockError::WouldBlock) => show_or_take(lock, &socket, REACH_FOR),
        Err(std::fs::TryLockError::Error(e)) => Ok(Claim::Unchecked(format!(
            "cannot lock {}: {e}",
            lock_path.display()
        ))),
    }
}

/// The first window's claim: `lock` is held; listen on `socket`.
#[cfg(unix)]
fn listen(lock: std::fs::File, socket: &Path) -> Claim {
    use std::os::unix::net::UnixListener;
    // The lock is ours: a socket file left here is an ended window's.
    let _ = std::fs::remove_file(socket);
    match UnixListener::bind(socket) {
        Ok(listener) => Claim::First(Instance {
            _lock: lock,
            listener,
        }),
        Err(e) => Claim::Unchecked(format!("cannot listen on {}: {e}", socket.display())),
    }
}

/// The window's title, by which a later start finds it on Windows (the
/// installer finds it the same way).
#[cfg(windows)]
const WINDOW_TITLE: &str = "LanScout";

#[cfg(windows)]
fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(std::iter::once(0)).collect()
}

/// Takes the session's named mutex, or restores the window of the
/// LanScout that holds it. `Err` when it holds the mutex but shows no
/// window within [`REACH_FOR`].
#[cfg(windows)]
pub fn claim(_dir: &Path) -> Result<Claim, String> {
    use windows_sys::Win32::Foundation::{CloseHandle, GetLastError, ERROR_ALREADY_EXISTS};
    use windows_sys::Win32::System::Threading::CreateMutexW;
    let name = wide("Local\\LanScout-window");
    // SAFETY: `name` is a live NUL-terminated UTF-16 string; no security
    // attributes; the handle is checked before use.
    let (mutex, error) = unsafe {
        let h = CreateMutexW(std::ptr::null(), 0, name.as_ptr());
        (h, GetLastError())
    };
    if mutex.is_null() {
        return Ok(Claim::Unchecked(format!(
            "cannot create the window's mutex: {}",
            std::io::Error::from_raw_os_error(error as i32)
        )));
    }
    if error == ERROR_ALREADY_EXISTS {
        // SAFETY: a handle this process owns, closed once.
        unsafe { CloseHandle(mutex) };
        return show_running_window(REACH_FOR);
    }
    Ok(Claim::First(Instance { _mutex: mutex }))
}

/// Restores and brings forward the running LanScout's window; retries
/// until `patience` has passed (it may still be opening).
#[cfg(windows)]
fn show_running_window(patience: Duration) -> Result<Claim, String> {
    use windows_sys::Win32::UI::WindowsAndMessaging::{
        FindWindowW, IsIconic, SetForegroundWindow, ShowWindow, SW_RESTORE, SW_SHOW,
    };
    let title = wide(WINDOW_TITLE);
    let deadline = std::time::Instant::now() + patience;
    loop {
        // SAFETY: `title` is a live NUL-terminated UTF-16 string; the
        // window handle is only passed back to user32.
        let shown = unsafe {
            let window = FindWindowW(std::ptr::null(), title.as_ptr());
            if window.is_null() {
                false
            } else {
                let how = if IsIconic(window) != 0 {
                    SW_RESTORE
                } else {
                    SW_SHOW
                };
                ShowWindow(window, how);
                SetForegroundWindow(window);
                true
            }
        };
        if shown {
            return Ok(Claim::Shown);
        }
        if std::time::Instant::now() >= deadline {
            return Err(
                "another LanScout is running but shows no window; end it in the Task Manager \
                 and start LanScout again"
                    .into(),
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Creates `dir` readable by this user only, or says why it cannot be
/// trusted (another user's folder, a link): nobody else may plant a socket
/// that a later start would talk to.
#[cfg(unix)]
fn private_dir(dir: &Path) -> Result<(), String> {
    use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
    let _ = std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir);
    let meta = std::fs::symlink_metadata(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    if !meta.is_dir() || meta.uid() != user_id() || meta.permissions().mode() & 0o077 != 0 {
        return Err(format!(
            "{} is not a folder of this user's own",
            dir.display()
        ));
    }
    Ok(())
}

/// Asks the window listening on `socket` to show itself, again and again
/// until `patience` has passed (the first window may not listen yet); and
/// takes `lock` when it comes free meanwhile (the window that held it was
/// ending as this one started: its socket already closed, its lock not yet
/// released), so a start during another window's exit opens a window.
#[cfg(unix)]
fn show_or_take(lock: std::fs::File, socket: &Path, patience: Duration) -> Result<Claim, String> {
    let deadline = std::time::Instant::now() + patience;
    loop {
        let why = match ask_to_show(socket) {
            Ok(true) => return Ok(Claim::Shown),
            Ok(false) => "it gave no answer".to_string(),
            Err(e) => e.to_string(),
        };
        if lock.try_lock().is_ok() {
            return Ok(listen(lock, socket));
        }
        if std::time::Instant::now() >= deadline {
            return Err(format!(
                "another LanScout window is running but did not answer ({why}); \
                 close it, or end it in the system monitor, and start LanScout again"
            ));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// One request to the window listening on `socket` to show itself: whether
/// it said it did.
#[cfg(unix)]
fn ask_to_show(socket: &Path) -> std::io::Result<bool> {
    use std::io::{Read, Write};
    use std::os::unix::net::UnixStream;
    let mut stream = UnixStream::connect(socket)?;
    stream.set_read_timeout(Some(Duration::from_secs(1)))?;
    stream.set_write_timeout(Some(Duration::from_secs(1)))?;
    stream.write_all(SHOW)?;
    let mut answer = [0u8; 16];
    let n = stream.read(&mut answer)?;
    Ok(answer.get(..n) == Some(SHOWN))
}

impl Instance {
    /// Answers show requests on a thread for as long as the process runs;
    /// `show` is called once per request.
    #[cfg(unix)]
    pub fn serve(self, show: impl Fn() + Send + 'static) -> std::io::Result<()> {
        use std::io::{Read, Write};
        crate::threads::start("instance", move || {
            let _lock = self._lock;
            for stream in self.listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let _ = stream.set_read_timeout(Some(Duration::from_secs(1)));
                let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
                let mut request = [0u8; 16];
                let n = stream.read(&mut request).unwrap_or(0);
                if request.get(..n) == Some(SHOW) {
                    show();
                    let _ = stream.write_all(SHOWN);
                }
            }
        })
        .map(|_| ())
    }

    /// Nothing to answer: on Windows a later start shows the window itself.
    #[cfg(not(unix))]
    pub fn serve(self, _show: impl Fn() + Send + 'static) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn first(dir: &Path) -> Instance {
        match claim(dir) {
            Ok(Claim::First(i)) => i,
            Ok(Claim::Shown) => panic!("no window ran, yet one was shown"),
            Ok(Claim::Unchecked(why)) => panic!("unchecked: {why}"),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn a_second_start_asks_the_first_to_show_itself() {
        let dir = tempfile::tempdir().expect("tempdir");
        let dir = dir.path().join("lanscout");
        let (tx, rx) = crossbeam_channel::unbounded();
        first(&dir)
            .serve(move || {
                let _ = tx.send(());
            })
            .expect("thread");
        assert!(matches!(claim(&dir), Ok(Claim::Shown)));
        assert!(matches!(claim(&dir), Ok(Claim::Shown)));
        assert_eq!(rx.try_iter().count(), 2, "shown once per start");
    }

    #[test]
    fn a_lock_left_by_an_ended_window_never_blocks_a_start() {
        let dir = tempfile::tempdir().expect("tempdir");
        let dir = dir.path().join("lanscout");
        // A window that ended without cleaning up leaves both files.
        drop(first(&dir));
        assert!(dir.join("window.sock").exists());
        assert!(dir.join("window.lock").exists());
        drop(first(&dir));
    }

    #[test]
    fn a_window_that_holds_the_lock_but_never_answers_is_reported_not_waited_for() {
        let dir = tempfile::tempdir().expect("tempdir");
        let dir = dir.path().join("lanscout");
        // Held, but nobody reads the socket: the request is never answered.
        let _held = first(&dir);
        let started = std::time::Instant::now();
        match show_or_take(
            lock_file(&dir),
            &dir.join("window.sock"),
            Duration::from_millis(300),
        ) {
            Err(e) => assert!(e.contains("did not answer"), "{e}"),
            Ok(_) => panic!("an unanswered request counted as shown"),
        }
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    /// The lock file, opened again (a lock on it conflicts with `first`'s).
    fn lock_file(dir: &Path) -> std::fs::File {
        std::fs::OpenOptions::new()
            .write(true)
            .open(dir.join("window.lock"))
            .expect("lock file")
    }

    /// A start while the first window is ending (its socket closed, its
    /// lock not yet released) waits for the lock and becomes the window.
    #[test]
    fn a_start_during_the_first_windows_exit_becomes_the_window() {
        let dir = tempfile::tempdir().expect("tempdir");
        let dir = dir.path().join("lanscout");
        drop(first(&dir));
        // The ending window: the lock held, nobody listening.
        let ending = lock_file(&dir);
        ending.try_lock().expect("lock");
        let release = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            drop(ending);
        });
        let started = std::time::Instant::now();
        match show_or_take(
            lock_file(&dir),
            &dir.join("window.sock"),
            Duration::from_secs(5),
        ) {
            Ok(Claim::First(_)) => {}
            Ok(Claim::Shown) => panic!("nobody was shown"),
            Ok(Claim::Unchecked(why)) => panic!("unchecked: {why}"),
            Err(e) => panic!("{e}"),
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "it waited for the lock, not its patience"
        );
        release.join().expect("thread");
    }

    #[test]
    fn a_folder_others_can_enter_is_not_trusted() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let shared = dir.path().join("lanscout");
        std::fs::create_dir(&shared).expect("dir");
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o777)).expect("chmod");
        assert!(matches!(claim(&shared), Ok(Claim::Unchecked(_))));
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o700)).expect("chmod");
        drop(first(&shared));
    }
}
