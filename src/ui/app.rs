//! The app: persisted settings, runtime state, the event fold and the
//! command runner. Views (in `views.rs`) read this state and queue commands.

use crate::i18n::Words;
use crate::settings::{Settings, SettingsStore};

use super::command::{Request, ScanKind};
use super::model::{Level, Message, ServerList, ViewState};
use super::runtime::{AppOptions, Runtime};
use super::settings_dialog::SettingsDraft;
use super::state::{Serving, State};

/// The LanScout window: what the views read ([`State`]), the handles to
/// threads and files ([`Runtime`]), and the widgets' own buffers.
pub struct LanScoutApp {
    pub(crate) state: State,
    pub(crate) runtime: Runtime,
    /// The settings dialog's text fields, while it is open.
    pub(crate) dialog: Option<SettingsDraft>,
    /// The favourite being renamed and the name as typed.
    pub(crate) rename: Option<super::favourites::Rename>,
    /// What had the keyboard before the settings dialog opened (it gets
    /// it back when the dialog closes).
    pub(crate) focus_before_dialog: Option<egui::Id>,
    /// Focus to give in the next frame (the dialog that held it is gone by then).
    pub(crate) focus_next_frame: Option<egui::Id>,
    /// What views and keys asked for this frame (applied after it).
    pub(crate) requests: Vec<Request>,
    launched: bool,
    applied_theme: Option<egui::ThemePreference>,
}

impl LanScoutApp {
    /// An app over these settings, saving to `store`. Nothing runs until
    /// the first frame. The window speaks the settings' language from here.
    pub fn new(settings: Settings, store: SettingsStore, options: AppOptions) -> LanScoutApp {
        let language = crate::i18n::use_language(&settings.ui.language);
        log::info!("language: {} ({})", language.tag, settings.ui.language);
        let mut app = LanScoutApp {
            state: State::new(settings, options.log_file.clone()),
            runtime: Runtime::new(store, options),
            dialog: None,
            focus_before_dialog: None,
            focus_next_frame: None,
            rename: None,
            requests: Vec::new(),
            launched: false,
            applied_theme: None,
        };
        if let Some(n) = app.runtime.options.notice.take() {
            app.report(Level::Warning, n, true);
        }
        app
    }

    /// The settings in use.
    pub fn settings(&self) -> &Settings {
        &self.state.settings
    }

    /// The servers found so far.
    pub fn servers(&self) -> &ServerList {
        &self.state.servers
    }

    /// Scans that ended (their summary was taken in).
    pub fn scans_finished(&self) -> usize {
        self.state.scans_finished
    }

    /// Whether a scan runs.
    pub fn is_scanning(&self) -> bool {
        self.state.scanning
    }

    /// Whether server mode runs.
    pub fn is_serving(&self) -> bool {
        self.runtime.responder.is_some()
    }

    /// Desktop notifications raised since the start, and how many servers
    /// they named (a summary names several).
    pub fn notices_raised(&self) -> (u64, u64) {
        self.state.notices_raised
    }

    /// Servers the notification limiter remembers.
    pub fn notice_memory(&self) -> usize {
        self.runtime.notices.remembered()
    }

    /// Messages shown in the window so far.
    pub fn messages(&self) -> &[Message] {
        &self.state.messages
    }

    /// The message shown at the top until dismissed.
    pub fn banner(&self) -> Option<&Message> {
        self.state.banner.as_ref()
    }

    /// The view state kept with the window.
    pub fn view_state(&self) -> &ViewState {
        &self.state.view
    }

    /// Restores the view state (from eframe's storage). Favourite names
    /// that older versions kept there move into the settings file.
    pub fn set_view_state(&mut self, mut view: ViewState) {
        let looked_up = std::mem::take(&mut view.favourite_names);
        let labels = std::mem::take(&mut view.favourite_labels);
        let mut s = self.state.settings.clone();
        if s.adopt_window_names(&looked_up, &labels) {
            self.save(s, Some(crate::words!("msg-names-moved")));
        }
        self.state.view = view;
    }

    /// One frame, as kittest drives it: [`Self::logic`] then [`Self::draw`]
    /// (eframe calls the two hooks itself).
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.logic(&ctx);
        self.draw(ui);
    }

    /// Everything but drawing: the first-frame start, events from the
    /// workers, shortcuts. Runs even while the window is minimised.
    pub fn logic(&mut self, ctx: &egui::Context) {
        super::startup_trace::frame_began();
        if self.runtime.attach_window(ctx) {
            super::views::apply_style(ctx);
            if self.runtime.options.start_minimised {
                ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(true));
            }
        }
        let theme =
            super::theme::preference(self.state.settings.ui.theme, self.state.desktop_scheme);
        if self.applied_theme != Some(theme) {
            self.applied_theme = Some(theme);
            ctx.set_theme(theme);
        }
        self.launch();
        let looked = ctx.input(|i| {
            i.pointer.any_pressed()
                || i.events
                    .iter()
                    .any(|e| matches!(e, egui::Event::Key { pressed: true, .. }))
        });
        if looked {
            self.state.servers.clear_fresh();
        }
        // A hidden window gets logic-only passes, whose input keeps the
        // focus of the last drawn frame: hidden counts by itself.
        self.state.in_background =
            self.state.hidden || ctx.input(|i| !i.focused || i.viewport().minimized == Some(true));
        if let Some(id) = self.focus_next_frame.take() {
            ctx.memory_mut(|m| m.request_focus(id));
        }
        self.handle_close(ctx);
        self.drain_events();
        self.handle_shortcuts(ctx);
        self.apply_requests(ctx);
        self.sync_tray();
    }

    /// Starts what runs from launch (the scan, server mode if it was on,
    /// the interface list); once. Needs no window: the desktop app calls it
    /// before the renderer is created, tests on the first frame.
    pub fn launch(&mut self) {
        if self.launched {
            return;
        }
        self.launched = true;
        if self.runtime.options.start_on_launch {
            self.start_scan(ScanKind::Manual);
            if self.state.settings.server.enabled {
                self.set_server_mode(true, true);
            }
            self.detect_interfaces();
            self.sync_state();
        }
        self.apply_autostart();
    }

    /// Draws the window from [`State`] and applies what the views asked for.
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        super::a11y::name_window(&ctx, &crate::tr!("window-title"));
        let mut queued =
            super::views::main_window(&self.state, self.dialog.as_mut(), self.rename.as_mut(), ui);
        self.requests.append(&mut queued);
        self.apply_requests(&ctx);
        if !super::renderer::drawn() {
            super::renderer::first_frame_drawn();
            log::info!("window drawn with {}", super::renderer::in_use());
        }
        self.schedule_repaint(&ctx);
        super::startup_trace::frame_drawn(!self.state.servers.is_empty(), &ctx);
    }

    /// Adds a message to the panel and the log file; `banner` also shows it
    /// at the top of the window until dismissed.
    pub(crate) fn report(&mut self, level: Level, words: impl Into<Words>, banner: bool) {
        let words = words.into();
        // The log is English: one language for support requests.
        let english = words.english();
        if let Some(line) = self
            .runtime
            .repeats
            .note(&english, std::time::Instant::now())
        {
            log::log!(level.log_level(), "{line}");
        }
        let m = Message {
            level,
            words,
            at: self.state.born.elapsed(),
        };
        if level >= Level::Warning {
            self.state.unread += 1;
        }
        if banner {
            self.state.banner = Some(m.clone());
        }
        self.state.messages.push(m);
        if self.state.messages.len() > 500 {
            self.state.messages.drain(..100);
        }
    }

    /// Applies the queued requests, then brings the derived state up to date.
    fn apply_requests(&mut self, ctx: &egui::Context) {
        let requests = std::mem::take(&mut self.requests);
        let any = !requests.is_empty();
        for r in requests {
            self.apply(r, ctx);
        }
        self.sync_state();
        if any {
            // What the commands changed shows in the next frame.
            ctx.request_repaint();
        }
    }

    /// Server mode's live counters, and the list's order and filter.
    fn sync_state(&mut self) {
        self.state.serving = self.runtime.responder.as_ref().map(|r| Serving {
            port: r.port(),
            answered: r.stats().answered,
            unheard_hint: r.unheard_hint(),
        });
        let (sort, descending) = (self.state.view.sort, self.state.view.descending);
        self.state.servers.set_sort(sort, descending);
        self.state.servers.set_filter(&self.state.filter);
        self.state.servers.refresh();
    }
}

impl eframe::App for LanScoutApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        LanScoutApp::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, super::VIEW_KEY, &self.state.view);
    }

    /// Never waits for a worker: a scan stuck in a name lookup, a page
    /// fetch or server mode end on their own threads after the window is
    /// gone.
    fn on_exit(&mut self) {
        crate::logging::flush();
        if let Some(s) = self.runtime.scan.take() {
            s.cancel();
        }
        if let Some(r) = self.runtime.responder.take() {
            r.stop_without_waiting();
        }
    }
}
