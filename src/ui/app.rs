//! The app: persisted settings, runtime state, the event fold and the
//! command runner. Views (in `views.rs`) read this state and queue commands.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender};

use crate::discovery::{self, Event, ScanHandle, ServerKey};
use crate::net::Interface;
use crate::responder::{self, Responder, ResponderEvent};
use crate::settings::{Settings, SettingsStore, Theme};

use super::command::Command;
use super::model::{
    Level, Message, RememberedName, ScanProgress, ScanSummary, ServerList, ViewState, WebPort,
};
use super::settings_dialog::SettingsDraft;
use super::workers::{self, AppEvent, LogFile, Notify, UrlOpener, WebChecker};

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
        }
    }
}

/// The LanScout window's state.
pub struct LanScoutApp {
    // Persisted: the settings file, and the view state in eframe's storage.
    pub(crate) settings: Settings,
    pub(crate) store: SettingsStore,
    pub(crate) view: ViewState,

    // Runtime.
    pub(crate) options: AppOptions,
    pub(crate) servers: ServerList,
    pub(crate) selected: Option<ServerKey>,
    pub(crate) filter: String,
    pub(crate) scan: Option<ScanHandle>,
    pub(crate) progress: ScanProgress,
    pub(crate) scan_interfaces: Vec<crate::net::InterfaceChoice>,
    pub(crate) last_scan: Option<ScanSummary>,
    pub(crate) scans_started: u64,
    pub(crate) responder: Option<Responder>,
    pub(crate) dialog: Option<SettingsDraft>,
    pub(crate) interfaces: Vec<Interface>,
    pub(crate) messages: Vec<Message>,
    pub(crate) unread: usize,
    pub(crate) banner: Option<Message>,
    pub(crate) next_auto_scan: Option<Instant>,
    commands: Vec<Command>,
    events_tx: Sender<AppEvent>,
    events_rx: Receiver<AppEvent>,
    ctx: Option<egui::Context>,
    web_checker: Option<WebChecker>,
    log: LogFile,
    launched: bool,
    applied_theme: Option<Theme>,
    born: Instant,
}

impl LanScoutApp {
    /// An app over these settings, saving to `store`. Nothing runs until
    /// the first frame.
    pub fn new(settings: Settings, store: SettingsStore, options: AppOptions) -> LanScoutApp {
        let (events_tx, events_rx) = crossbeam_channel::unbounded();
        let log = match &options.log_file {
            Some(p) => LogFile::at(p.clone()),
            None => LogFile::none(),
        };
        let mut app = LanScoutApp {
            settings,
            store,
            view: ViewState::default(),
            options,
            servers: ServerList::default(),
            selected: None,
            filter: String::new(),
            scan: None,
            progress: ScanProgress::default(),
            scan_interfaces: Vec::new(),
            last_scan: None,
            scans_started: 0,
            responder: None,
            dialog: None,
            interfaces: Vec::new(),
            messages: Vec::new(),
            unread: 0,
            banner: None,
            next_auto_scan: None,
            commands: Vec::new(),
            events_tx,
            events_rx,
            ctx: None,
            web_checker: None,
            log,
            launched: false,
            applied_theme: None,
            born: Instant::now(),
        };
        if let Some(n) = app.options.notice.take() {
            app.report(Level::Warning, n, true);
        }
        app
    }

    /// The settings in use.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The servers found so far.
    pub fn servers(&self) -> &ServerList {
        &self.servers
    }

    /// Whether a scan runs.
    pub fn is_scanning(&self) -> bool {
        self.scan.is_some()
    }

    /// Whether server mode runs.
    pub fn is_serving(&self) -> bool {
        self.responder.is_some()
    }

    /// Messages shown in the window so far.
    pub fn messages(&self) -> &[Message] {
        &self.messages
    }

    /// The view state kept with the window.
    pub fn view_state(&self) -> &ViewState {
        &self.view
    }

    /// Restores the view state (from eframe's storage).
    pub fn set_view_state(&mut self, view: ViewState) {
        self.view = view;
    }

    /// Queues a command, as a click would.
    pub fn queue(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// A sender for events, as the workers have (tests use it to feed the
    /// fold with made-up scan results).
    pub fn event_sender(&self) -> Sender<AppEvent> {
        self.events_tx.clone()
    }

    /// Folds one event into the state (what the frame does for every event
    /// drained from the workers).
    pub fn handle_event(&mut self, event: AppEvent) {
        match event {
            AppEvent::Scan(e) => self.fold_scan_event(e),
            AppEvent::WebPort { key, result } => {
                if let Some(row) = self.servers.get_mut(key) {
                    row.web = match result {
                        Ok(()) => WebPort::Open,
                        Err(e) => WebPort::Closed(e),
                    };
                }
            }
            AppEvent::Browser { url, result } => match result {
                Ok(()) => self.report(Level::Info, format!("opened {url} in the browser"), false),
                Err(e) => self.report(
                    Level::Error,
                    format!(
                        "could not open {url} in a web browser: {e}. Right-click the server and copy its URL instead."
                    ),
                    true,
                ),
            },
            AppEvent::Interfaces(result) => match result {
                Ok(list) => self.interfaces = list,
                Err(e) => self.report(
                    Level::Warning,
                    format!("cannot list network interfaces: {e}"),
                    false,
                ),
            },
        }
    }

    fn fold_scan_event(&mut self, e: Event) {
        let now = Instant::now();
        match e {
            Event::Started {
                interfaces,
                planned,
                duration,
                ..
            } => {
                self.progress.planned = planned;
                self.progress.duration = Some(duration);
                if self.interfaces.is_empty() {
                    self.interfaces = interfaces.iter().map(|c| c.interface.clone()).collect();
                }
                self.scan_interfaces = interfaces;
            }
            Event::Found(server) => {
                let key = server.key();
                self.progress.seen.insert(key);
                // With details on, their lookup checks the web port too.
                let details = self.settings.scan.lookup_details;
                let web = if self.options.check_web_ports || details {
                    WebPort::Checking
                } else {
                    WebPort::Unchecked
                };
                let entry = self.favourite_entry(server.source);
                self.servers.upsert(server, now, web);
                if let Some(name) = entry.and_then(|e| self.view.favourite_names.get(&e)) {
                    if let Some(row) = self.servers.get_mut(key) {
                        row.remembered = Some(name.clone());
                    }
                }
                if self.options.check_web_ports && !details {
                    self.check_web_port(key);
                }
            }
            Event::Details(d) => {
                if let Some(row) = self.servers.get_mut((d.ip, d.port)) {
                    row.web = if d.web {
                        WebPort::Open
                    } else {
                        WebPort::Closed(
                            d.link_note
                                .clone()
                                .unwrap_or_else(|| "no TCP connection".into()),
                        )
                    };
                    let source = row.server.source;
                    let remembered = RememberedName::from_details(&d);
                    row.details = Some(d);
                    if let Some(entry) = self.favourite_entry(source) {
                        if remembered.name().is_some() {
                            self.view.favourite_names.insert(entry, remembered);
                        }
                    }
                }
            }
            Event::SeenAgain { key, rtt } => self.servers.seen_again(key, rtt, now),
            Event::Progress { sent, planned } => {
                self.progress.sent = sent;
                self.progress.planned = planned;
            }
            Event::Warning(w) => self.report(Level::Warning, w.to_string(), false),
            Event::Error(text) => {
                self.report(Level::Error, text, true);
                self.progress.failed = true;
            }
            Event::Finished(stats) => {
                if !stats.cancelled {
                    self.servers.end_round(&self.progress.seen);
                }
                let failed = self.progress.failed;
                self.log.write(
                    "info",
                    &format!(
                        "scan finished: {} servers, {} probes, {:.1} s{}",
                        stats.servers,
                        stats.probes_sent,
                        stats.elapsed.as_secs_f64(),
                        if stats.cancelled { " (stopped)" } else { "" }
                    ),
                );
                self.last_scan = Some(ScanSummary {
                    interfaces: self.scan_interfaces.clone(),
                    stats,
                    sweep: self.progress.sweep,
                    failed,
                });
                self.scan = None;
                self.next_auto_scan = self.settings.scan.auto_refresh.then(|| {
                    now + Duration::from_secs(u64::from(self.settings.scan.auto_refresh_secs))
                });
            }
        }
    }

    /// How a server that answered from `source` is written as a favourite.
    fn favourite_text(&self, source: std::net::SocketAddrV4) -> String {
        if source.port() == self.settings.scan.port {
            source.ip().to_string()
        } else {
            source.to_string()
        }
    }

    /// The favourite entry a server that answered from `source` matches.
    fn favourite_entry(&self, source: std::net::SocketAddrV4) -> Option<String> {
        let text = self.favourite_text(source);
        self.settings
            .scan
            .favourites
            .iter()
            .any(|f| f.trim() == text)
            .then_some(text)
    }

    fn check_web_port(&mut self, key: ServerKey) {
        if self.web_checker.is_none() {
            if let Some(notify) = self.notify() {
                self.web_checker = Some(WebChecker::start(self.events_tx.clone(), notify));
            }
        }
        let queued = self.web_checker.as_ref().is_some_and(|w| w.check(key));
        if !queued {
            if let Some(row) = self.servers.get_mut(key) {
                row.web = WebPort::Unchecked;
            }
        }
    }

    fn detect_interfaces(&self) {
        if self.options.detect_interfaces {
            if let Some(n) = self.notify() {
                workers::list_interfaces(self.events_tx.clone(), n);
            }
        }
    }

    fn notify(&self) -> Option<Notify> {
        let ctx = self.ctx.clone()?;
        Some(Arc::new(move || ctx.request_repaint()))
    }

    /// Adds a message to the panel and the log file; `banner` also shows it
    /// at the top of the window until dismissed.
    pub(crate) fn report(&mut self, level: Level, text: String, banner: bool) {
        self.log.write(level.word(), &text);
        let m = Message {
            level,
            text,
            at: self.born.elapsed(),
        };
        if level >= Level::Warning {
            self.unread += 1;
        }
        if banner {
            self.banner = Some(m.clone());
        }
        self.messages.push(m);
        if self.messages.len() > 500 {
            self.messages.drain(..100);
        }
    }

    /// One frame: drain events, handle shortcuts, draw, run commands.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
            super::views::apply_style(&ctx);
        }
        if self.applied_theme != Some(self.settings.ui.theme) {
            self.applied_theme = Some(self.settings.ui.theme);
            ctx.set_theme(match self.settings.ui.theme {
                Theme::System => egui::ThemePreference::System,
                Theme::Light => egui::ThemePreference::Light,
                Theme::Dark => egui::ThemePreference::Dark,
            });
        }
        if !self.launched {
            self.launched = true;
            if self.options.start_on_launch {
                self.commands.push(Command::Scan);
                if self.settings.server.enabled {
                    self.commands.push(Command::SetServerMode(true));
                }
                self.detect_interfaces();
            }
        }
        self.drain_events();
        self.handle_shortcuts(&ctx);

        let mut queued = super::views::main_window(self, ui);
        self.commands.append(&mut queued);

        let commands = std::mem::take(&mut self.commands);
        for c in commands {
            self.run(c, &ctx);
        }
        self.schedule_repaint(&ctx);
    }

    fn drain_events(&mut self) {
        let mut batch: Vec<AppEvent> = self.events_rx.try_iter().collect();
        if let Some(scan) = &self.scan {
            batch.extend(scan.events().try_iter().map(AppEvent::Scan));
        }
        for e in batch {
            self.handle_event(e);
        }
        let mut errors = Vec::new();
        if let Some(r) = &self.responder {
            for e in r.events().try_iter() {
                if let ResponderEvent::Error(text) = e {
                    errors.push(text);
                }
            }
        }
        for e in errors.into_iter().take(5) {
            self.report(Level::Warning, format!("server mode: {e}"), false);
        }
        // A scan whose worker ended without `Finished` (it always sends one,
        // but never leave the UI stuck in "scanning").
        if self
            .scan
            .as_ref()
            .is_some_and(|s| s.is_finished() && s.events().is_empty())
        {
            self.scan = None;
        }
        if let Some(t) = self.next_auto_scan {
            if Instant::now() >= t && self.scan.is_none() {
                self.next_auto_scan = None;
                if self.settings.scan.auto_refresh {
                    self.commands.push(Command::Scan);
                }
            }
        }
    }

    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        let mut fired = Vec::new();
        let mut step = 0i32;
        ctx.input_mut(|i| {
            for s in Command::Scan.shortcuts() {
                if i.consume_shortcut(s) {
                    fired.push(Command::Scan);
                }
            }
            for c in [Command::OpenSettings, Command::Quit] {
                for s in c.shortcuts() {
                    if i.consume_shortcut(s) {
                        fired.push(c.clone());
                    }
                }
            }
            if !typing && self.dialog.is_none() {
                for s in Command::OpenSelected.shortcuts() {
                    if i.consume_shortcut(s) {
                        fired.push(Command::OpenSelected);
                    }
                }
            }
            if !typing && self.dialog.is_none() {
                if i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown) {
                    step += 1;
                }
                if i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp) {
                    step -= 1;
                }
            }
            // Esc closes the dialog first (the dialog handles it), else stops a scan.
            if self.dialog.is_none() && self.scan.is_some() {
                for s in Command::Stop.shortcuts() {
                    if i.consume_shortcut(s) {
                        fired.push(Command::Stop);
                    }
                }
            }
        });
        fired.dedup();
        self.commands.extend(fired);
        if step != 0 {
            self.move_selection(step);
        }
    }

    /// Moves the selection up or down the shown rows (Up/Down keys).
    fn move_selection(&mut self, step: i32) {
        let keys: Vec<ServerKey> = {
            let visible = self.servers.visible().to_vec();
            visible
                .iter()
                .map(|&i| self.servers.rows()[i].server.key())
                .collect()
        };
        if keys.is_empty() {
            return;
        }
        let at = self
            .selected
            .and_then(|k| keys.iter().position(|&x| x == k));
        let next = match at {
            None if step > 0 => 0,
            None => keys.len() - 1,
            Some(i) => (i as i64 + i64::from(step)).clamp(0, keys.len() as i64 - 1) as usize,
        };
        self.selected = Some(keys[next]);
    }

    fn schedule_repaint(&self, ctx: &egui::Context) {
        if self.scan.is_some() {
            // The progress bar moves with time.
            ctx.request_repaint_after(Duration::from_millis(100));
        } else if let Some(t) = self.next_auto_scan {
            ctx.request_repaint_after(t.saturating_duration_since(Instant::now()));
        } else if !self.servers.is_empty() {
            // "Last seen" reads in minutes.
            ctx.request_repaint_after(Duration::from_secs(60));
        }
    }

    /// Runs a command now (after the frame that queued it).
    pub fn run(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Scan => self.start_scan(false),
            Command::Sweep => self.start_scan(true),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Stop => {
                if let Some(s) = &self.scan {
                    s.cancel();
                }
            }
            Command::OpenSettings => {
                if self.dialog.is_none() {
                    self.dialog = Some(SettingsDraft::from_settings(&self.settings));
                    self.detect_interfaces();
                }
            }
            Command::CancelSettings => self.dialog = None,
            Command::RestoreDefaults => {
                if self.dialog.is_some() {
                    self.dialog = Some(SettingsDraft::from_settings(&Settings::default()));
                }
            }
            Command::ApplySettings => self.apply_settings(),
            Command::SetServerMode(on) => self.set_server_mode(on, true),
            Command::SetAutoRefresh(on) => {
                let mut s = self.settings.clone();
                s.scan.auto_refresh = on;
                if self.save(s) {
                    self.next_auto_scan = (on && self.scan.is_none()).then(|| {
                        Instant::now()
                            + Duration::from_secs(u64::from(self.settings.scan.auto_refresh_secs))
                    });
                }
            }
            Command::OpenSelected => {
                if let Some(key) = self.selected {
                    self.open_server(key, ctx);
                }
            }
            Command::OpenServer(key) => {
                self.selected = Some(key);
                self.open_server(key, ctx);
            }
            Command::CopyUrl(key) => {
                if let Some(row) = self.servers.get(key) {
                    ctx.copy_text(row.url().to_string());
                }
            }
            Command::CopyAddress(key) => {
                if let Some(row) = self.servers.get(key) {
                    ctx.copy_text(row.server.ip.to_string());
                }
            }
            Command::AddFavourite(key) => {
                if let Some(row) = self.servers.get(key) {
                    let entry = self.favourite_text(row.server.source);
                    if let Some(d) = &row.details {
                        let name = RememberedName::from_details(d);
                        self.view.favourite_names.insert(entry.clone(), name);
                    }
                    let mut s = self.settings.clone();
                    if !s.scan.favourites.contains(&entry) {
                        s.scan.favourites.push(entry.clone());
                        if self.save(s) {
                            self.report(Level::Info, format!("{entry} added to favourites"), false);
                        }
                    }
                }
            }
            Command::ToggleMessages => {
                self.view.show_messages = !self.view.show_messages;
                self.unread = 0;
            }
            Command::DismissBanner => self.banner = None,
        }
    }

    fn start_scan(&mut self, sweep: bool) {
        if self.scan.is_some() {
            return;
        }
        let mut config = match self.settings.scan_config() {
            Ok(c) => c,
            Err(errors) => {
                let text = crate::settings::describe_errors(&errors);
                self.report(
                    Level::Error,
                    format!("cannot scan, the settings are not valid: {text}"),
                    true,
                );
                return;
            }
        };
        config.sweep |= sweep;
        let ctx = self.ctx.clone();
        let notify = move || {
            if let Some(c) = &ctx {
                c.request_repaint();
            }
        };
        match discovery::start_scan(config.clone(), notify) {
            Ok(handle) => {
                self.scans_started += 1;
                self.progress = ScanProgress {
                    started: Some(Instant::now()),
                    duration: Some(config.timeout),
                    sweep: config.sweep,
                    seen: HashSet::new(),
                    ..Default::default()
                };
                self.next_auto_scan = None;
                self.scan = Some(handle);
            }
            Err(e) => self.report(Level::Error, format!("cannot start a scan: {e}"), true),
        }
    }

    fn open_server(&mut self, key: ServerKey, ctx: &egui::Context) {
        let Some(row) = self.servers.get(key) else {
            return;
        };
        let url = row.url().to_string();
        match (&self.options.url_opener, self.notify()) {
            (Some(opener), Some(notify)) => {
                workers::open_url(Arc::clone(opener), url, self.events_tx.clone(), notify)
            }
            _ => ctx.open_url(egui::OpenUrl::new_tab(url)),
        }
    }

    fn set_server_mode(&mut self, on: bool, remember: bool) {
        if !on {
            if let Some(r) = self.responder.take() {
                let stats = r.stop();
                self.report(
                    Level::Info,
                    format!("server mode stopped ({} requests answered)", stats.answered),
                    false,
                );
            }
        } else if self.responder.is_none() {
            let config = match self.settings.responder_config() {
                Ok(c) => c,
                Err(errors) => {
                    let text = crate::settings::describe_errors(&errors);
                    self.report(
                        Level::Error,
                        format!("cannot start server mode, the settings are not valid: {text}"),
                        true,
                    );
                    return;
                }
            };
            let ctx = self.ctx.clone();
            let notify = move || {
                if let Some(c) = &ctx {
                    c.request_repaint();
                }
            };
            match responder::start_responder(config, notify) {
                Ok(r) => {
                    self.report(
                        Level::Info,
                        format!("server mode on: answering on UDP port {}", r.port()),
                        false,
                    );
                    self.responder = Some(r);
                }
                Err(e) => {
                    self.report(
                        Level::Error,
                        format!("could not start server mode: {e}"),
                        true,
                    );
                    return;
                }
            }
        }
        if remember && self.settings.server.enabled != on {
            let mut s = self.settings.clone();
            s.server.enabled = on;
            self.save(s);
        }
    }

    /// Saves and adopts `s`; reports a failure (and keeps `s` in use anyway).
    fn save(&mut self, s: Settings) -> bool {
        let ok = match self.store.save(&s) {
            Ok(()) => true,
            Err(e) => {
                self.report(
                    Level::Error,
                    format!(
                        "could not save the settings to {}: {e}",
                        self.store.path().display()
                    ),
                    true,
                );
                false
            }
        };
        self.settings = s;
        ok
    }

    fn apply_settings(&mut self) {
        let Some(draft) = &self.dialog else {
            return;
        };
        let (parsed, _) = draft.parse();
        let Some(new) = parsed else {
            return;
        };
        let server_changed = new.server != self.settings.server
            || new.scan.message != self.settings.scan.message
            || new.scan.response_prefix != self.settings.scan.response_prefix;
        let serving = self.responder.is_some();
        let saved = self.save(new);
        self.dialog = None;
        if saved {
            self.report(Level::Info, "settings saved".into(), false);
        }
        if serving && server_changed {
            self.set_server_mode(false, false);
            self.set_server_mode(true, false);
        }
        if self.settings.scan.auto_refresh && self.scan.is_none() && self.next_auto_scan.is_none() {
            self.next_auto_scan = Some(
                Instant::now()
                    + Duration::from_secs(u64::from(self.settings.scan.auto_refresh_secs)),
            );
        } else if !self.settings.scan.auto_refresh {
            self.next_auto_scan = None;
        }
    }

    pub(crate) fn log_path(&self) -> Option<&std::path::PathBuf> {
        self.log.path()
    }
}

impl eframe::App for LanScoutApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        LanScoutApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, super::VIEW_KEY, &self.view);
    }

    /// Never waits for a worker: a scan stuck in a name lookup, a page
    /// fetch or server mode end on their own threads after the window is
    /// gone.
    fn on_exit(&mut self) {
        if let Some(s) = self.scan.take() {
            s.cancel();
        }
        if let Some(r) = self.responder.take() {
            r.stop_without_waiting();
        }
    }
}
