//! LanScout's icon in the desktop's tray and its menu: Show LanScout, Scan
//! now, Also act as server, Quit.
//!
//! On Linux the icon is a StatusNotifierItem (`ksni`, plain D-Bus), which
//! a panel shows when it runs a StatusNotifierWatcher (KDE, most panels;
//! GNOME only with the AppIndicator extension). Where no watcher answers
//! there is no tray, and closing the window quits LanScout: never an
//! invisible process that nobody can reach. Other systems, and builds
//! without the `tray` feature, have no tray ([`run`] says so).

use std::sync::Arc;

/// What the user did with the tray, or what became of the panel showing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayEvent {
    /// "Show LanScout", or a click on the icon.
    Show,
    /// "Scan now".
    Scan,
    /// "Also act as server" ticked (`true`) or unticked.
    ServerMode(bool),
    /// "Quit".
    Quit,
    /// The panel that shows the icon came (`true`) or went away: without
    /// it, closing the window quits.
    Host(bool),
}

/// The menu as the window has it: its words, in the window's language,
/// and the state of its tick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayMenu {
    /// "Show LanScout".
    pub show: String,
    /// "Scan now".
    pub scan: String,
    /// "Also act as server".
    pub server_mode: String,
    /// "Quit".
    pub quit: String,
    /// Whether server mode runs (the tick).
    pub serving: bool,
    /// The tool tip's second line (how many servers were found).
    pub status: String,
}

/// Where the tray reports to (the window's event channel and its waker).
pub type Report = Arc<dyn Fn(TrayEvent) + Send + Sync>;

/// The running tray icon, as the window holds it: new words and ticks go
/// to the tray's own thread (the GUI thread never waits on D-Bus);
/// dropping it takes the icon away.
#[derive(Debug)]
pub struct Tray {
    pub(crate) updates: crossbeam_channel::Sender<TrayMenu>,
}

impl Tray {
    /// Shows the menu's new words or tick.
    pub fn update(&self, menu: TrayMenu) {
        let _ = self.updates.send(menu);
    }
}

/// Puts the icon in the tray and serves it on this thread until the
/// window drops its [`Tray`]: `started` gets the tray, or why there is
/// none (no panel that shows tray icons, no session bus, a system without
/// a tray yet). Talks to D-Bus: run it on a worker thread.
pub fn run(menu: TrayMenu, report: Report, started: impl FnOnce(Result<Tray, String>)) {
    #[cfg(all(target_os = "linux", feature = "tray"))]
    {
        let handle = match linux::start(menu, report) {
            Ok(h) => h,
            Err(e) => return started(Err(e)),
        };
        let (updates, asked) = crossbeam_channel::unbounded::<TrayMenu>();
        started(Ok(Tray { updates }));
        for menu in asked {
            handle.update(|item| item.menu = menu);
        }
        handle.shutdown().wait();
    }
    #[cfg(not(all(target_os = "linux", feature = "tray")))]
    {
        let _ = (menu, report);
        started(Err("this build of LanScout has no tray icon".into()));
    }
}

#[cfg(all(target_os = "linux", feature = "tray"))]
mod linux {
    use super::{Report, TrayEvent, TrayMenu};
    use ksni::blocking::TrayMethods;

    /// The StatusNotifierItem: what the panel reads and calls.
    pub struct Item {
        pub menu: TrayMenu,
        report: Report,
        icon: Vec<ksni::Icon>,
    }

    pub fn start(menu: TrayMenu, report: Report) -> Result<ksni::blocking::Handle<Item>, String> {
        let item = Item {
            menu,
            report,
            icon: icon(),
        };
        // Without a watcher (no panel, or a panel without tray support)
        // this fails at once: then there is no tray.
        item.spawn().map_err(|e| e.to_string())
    }

    /// The app's icon as the picture the panel draws when the icon theme
    /// has no "lanscout" (a copy that is not installed).
    fn icon() -> Vec<ksni::Icon> {
        let Ok(png) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon-64.png"))
        else {
            return Vec::new();
        };
        let mut data = png.rgba;
        for pixel in data.chunks_exact_mut(4) {
            // RGBA to the ARGB the spec asks for.
            pixel.rotate_right(1);
        }
        vec![ksni::Icon {
            width: png.width as i32,
            height: png.height as i32,
            data,
        }]
    }

    impl ksni::Tray for Item {
        fn id(&self) -> String {
            crate::ui::APP_ID.into()
        }

        fn title(&self) -> String {
            "LanScout".into()
        }

        fn icon_name(&self) -> String {
            crate::ui::APP_ID.into()
        }

        fn icon_pixmap(&self) -> Vec<ksni::Icon> {
            self.icon.clone()
        }

        fn tool_tip(&self) -> ksni::ToolTip {
            ksni::ToolTip {
                title: "LanScout".into(),
                description: self.menu.status.clone(),
                ..Default::default()
            }
        }

        fn activate(&mut self, _x: i32, _y: i32) {
            (self.report)(TrayEvent::Show);
        }

        fn menu(&self) -> Vec<ksni::MenuItem<Self>> {
            use ksni::menu::{CheckmarkItem, StandardItem};
            let entry = |label: &str, event: TrayEvent| -> ksni::MenuItem<Self> {
                StandardItem {
                    label: label.into(),
                    activate: Box::new(move |item: &mut Item| (item.report)(event)),
                    ..Default::default()
                }
                .into()
            };
            vec![
                entry(&self.menu.show, TrayEvent::Show),
                entry(&self.menu.scan, TrayEvent::Scan),
                ksni::MenuItem::Separator,
                CheckmarkItem {
                    label: self.menu.server_mode.clone(),
                    checked: self.menu.serving,
                    activate: Box::new(|item: &mut Item| {
                        // The tick follows server mode as the window reports
                        // it (a busy port leaves it off), not the click.
                        (item.report)(TrayEvent::ServerMode(!item.menu.serving));
                    }),
                    ..Default::default()
                }
                .into(),
                ksni::MenuItem::Separator,
                entry(&self.menu.quit, TrayEvent::Quit),
            ]
        }

        fn watcher_online(&self) {
            (self.report)(TrayEvent::Host(true));
        }

        fn watcher_offline(&self, _reason: ksni::OfflineReason) -> bool {
            (self.report)(TrayEvent::Host(false));
            // Keep the item: it registers again when a panel comes back.
            true
        }
    }
}
