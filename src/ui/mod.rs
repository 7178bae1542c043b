//! The desktop window (eframe/egui).
//!
//! - [`app`]: persisted settings apart from runtime state; the event fold
//!   (scan, responder and worker events drained at the start of each frame)
//!   and the command runner (after the frame).
//! - [`views`] and [`settings_dialog`]: functions of the state that draw it
//!   and queue [`Command`]s.
//! - [`runtime`]: the handles the window owns, and every thread it starts;
//!   [`workers`]: the web port check pool, the settings saver, the log
//!   writer; [`event`]: what they report. The GUI thread never touches a
//!   socket.
//! - The desktop around the window: [`instance`] (one window at a time),
//!   `portal` (the desktop's light or dark choice), [`tray`] and
//!   `background` (the tray icon; closing to the tray), [`about`].

pub mod a11y;
pub mod about;
pub mod app;
mod background;
pub mod command;
mod command_handling;
pub mod event;
mod favourite_edits;
pub mod favourites;
pub mod fonts;
pub mod format;
pub mod instance;
mod logic;
pub mod model;
pub mod notices;
mod notifier;
#[cfg(target_os = "linux")]
mod portal;
pub mod qr;
pub mod renderer;
pub mod runtime;
mod scan_lifecycle;
mod server_mode;
pub mod settings_dialog;
pub mod startup_trace;
pub mod state;
pub mod table;
pub mod theme;
pub mod tray;
pub mod views;
pub mod widgets;
pub mod workers;

use std::path::PathBuf;
use std::process::ExitCode;

pub use app::LanScoutApp;
pub use command::Command;
pub use event::AppEvent;
pub use model::{Column, Level, ViewState, WebPort};
pub use runtime::AppOptions;
pub use state::State;
pub use workers::UrlOpener;

use crate::settings::SettingsStore;

/// Key of the view state in eframe's storage.
pub const VIEW_KEY: &str = "lanscout-view";

/// The desktop entry's name (`dist/lanscout.desktop`), which is also the
/// Wayland app id, the X11 window class and the notifications'
/// desktop-entry hint: what lets a dock or a notification centre find the
/// icon.
pub const APP_ID: &str = "lanscout";

/// Opens the main window. `config` overrides the settings file location;
/// `at_login`: started by the login entry, so minimised.
pub fn run(config: Option<PathBuf>, at_login: bool) -> anyhow::Result<ExitCode> {
    let store = SettingsStore::chosen(config).map_err(anyhow::Error::msg)?;
    let in_attempt = std::env::var_os(renderer::ATTEMPT_ENV).is_some();
    let mut unchecked = None;
    // A renderer attempt is the supervising start's own child: that start
    // holds the claim.
    let claim = if in_attempt {
        Ok(instance::Claim::Unchecked("a renderer attempt".into()))
    } else {
        instance::claim(&instance::default_dir())
    };
    let instance = match claim {
        Ok(instance::Claim::First(i)) => Some(i),
        Ok(instance::Claim::Shown) => return Ok(ExitCode::SUCCESS),
        Ok(instance::Claim::Unchecked(why)) => {
            unchecked = Some(why);
            None
        }
        Err(e) => {
            log_fatal(workers::default_log_path().as_deref(), &e);
            anyhow::bail!("{e}")
        }
    };
    if renderer::supervise(
        cfg!(windows),
        std::env::var_os(renderer::FORCE_ENV).is_some(),
        std::env::var_os(renderer::BACKEND_ENV).is_some(),
        in_attempt,
    ) {
        return renderer::run_supervised(workers::default_log_path().as_deref());
    }
    let loaded = store.load();
    let options = AppOptions {
        start_minimised: at_login,
        ..AppOptions::desktop(loaded.notice.map(|n| n.to_string()))
    };
    let log_path = options.log_file.clone();
    renderer::install_attempt_hook(log_path.clone());
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("LanScout")
        .with_app_id(APP_ID)
        .with_inner_size([980.0, 620.0])
        .with_min_inner_size([800.0, 480.0]);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon-256.png"))
    {
        viewport = viewport.with_icon(icon);
    }
    let native = eframe::NativeOptions {
        viewport,
        persist_window: true,
        ..Default::default()
    };
    // The scan starts before the renderer exists: a server on a fast
    // network has answered by the time the first frame is drawn.
    let mut app = LanScoutApp::new(loaded.settings, store, options);
    if let Some(why) = unchecked {
        log::info!("not checking for another window: {why}");
    }
    app.launch();
    if let Some(i) = instance {
        let (events, wake) = (app.runtime.events(), app.runtime.waker());
        let served = i.serve(move || {
            let _ = events.send(AppEvent::ShowRequested);
            wake();
        });
        if let Err(e) = served {
            log::warn!("a second start cannot reach this window: {e}");
        }
    }
    #[cfg(target_os = "linux")]
    {
        let (events, wake) = (app.runtime.events(), app.runtime.waker());
        let followed = portal::follow(move |scheme| {
            let _ = events.send(AppEvent::DesktopScheme(scheme));
            wake();
        });
        if let Err(e) = followed {
            log::warn!("cannot follow the desktop's light or dark choice: {e}");
        }
    }
    start_tray(&app);
    let result = eframe::run_native(
        APP_ID,
        native,
        Box::new(move |cc| {
            startup_trace::mark(startup_trace::Mark::WindowCreated);
            renderer::set_in_use(renderer::describe(cc));
            if let Some(view) = cc
                .storage
                .and_then(|s| eframe::get_value::<ViewState>(s, VIEW_KEY))
            {
                app.set_view_state(view);
            }
            Ok(Box::new(app))
        }),
    );
    if let Err(e) = result {
        let text = window_error(&e.to_string());
        log_fatal(log_path.as_deref(), &text);
        if in_attempt && !renderer::drawn() {
            // The parent tries the next renderer.
            eprintln!("lanscout: {text}");
            return Ok(ExitCode::from(renderer::RENDERER_FAILED));
        }
        anyhow::bail!("{text}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Puts LanScout's icon in the tray on a thread of its own (it talks to
/// D-Bus); the window learns whether it is there by an event.
fn start_tray(app: &LanScoutApp) {
    let (events, wake) = (app.runtime.events(), app.runtime.waker());
    let (picks, woken) = (events.clone(), wake.clone());
    let report: tray::Report = std::sync::Arc::new(move |e| {
        let _ = picks.send(AppEvent::Tray(e));
        woken();
    });
    let menu = app.tray_menu();
    let started = crate::threads::start("tray", move || {
        tray::run(menu, report, |result| {
            let _ = events.send(AppEvent::TrayStarted(result));
            wake();
        });
    });
    if let Err(e) = started {
        log::warn!("no tray icon: cannot start a thread: {e}");
    }
}

/// Keeps the reason the window cannot open in the log: started by
/// double-click, there is no terminal to read it in.
fn log_fatal(log_path: Option<&std::path::Path>, text: &str) {
    if let Some(p) = log_path {
        if crate::logging::to_file(p).is_ok() {
            log::error!("{text}");
            crate::logging::flush();
        }
    }
}

/// What to tell a person whose window did not open: the renderer's own
/// words, and what to install when no graphics driver was found.
pub fn window_error(renderer_error: &str) -> String {
    let lower = renderer_error.to_lowercase();
    let no_driver = [
        "adapter",
        "surface for any enabled backend",
        "egl",
        "vulkan",
    ]
    .iter()
    .any(|k| lower.contains(k));
    if no_driver {
        format!(
            "cannot open the window: no graphics driver was found ({renderer_error}). \
             LanScout draws with Vulkan or OpenGL; without a GPU, Mesa's software renderers work. \
             On Debian or Ubuntu: sudo apt install mesa-vulkan-drivers libgl1-mesa-dri libegl1. \
             The command line works without them: lanscout scan"
        )
    } else {
        format!("cannot open the window: {renderer_error}")
    }
}
