//! The window's logic between frames: folding worker events into the
//! state, keyboard shortcuts, messages, when to repaint. No drawing.

use std::time::{Duration, Instant};

use crate::discovery::Event;
use crate::i18n::Words;
use crate::responder::ResponderEvent;
use crate::words;

use super::app::LanScoutApp;
use super::command::{Command, Modal, Request, Situation};
use super::event::AppEvent;
use super::model::{Level, ScanSummary, WebPort};
use super::notices::Appeared;
use crate::tr;

impl LanScoutApp {
    /// Folds one event into the state (what the frame does for every event
    /// drained from the workers).
    pub fn handle_event(&mut self, event: AppEvent) {
        match event {
            AppEvent::Scan(e) => self.fold_scan_event(e),
            AppEvent::WebPort { key, result } => {
                if let Some(row) = self.state.servers.get_mut(key) {
                    row.web = match result {
                        Ok(()) => WebPort::Open,
                        Err(e) => WebPort::Closed(e),
                    };
                }
            }
            AppEvent::Browser { url, result } => match result {
                Ok(()) => self.report(Level::Info, words!("msg-opened", url = url), false),
                Err(e) => self.report(
                    Level::Error,
                    words!("msg-open-failed", url = url, error = e.to_string()),
                    true,
                ),
            },
            AppEvent::Autostart(result) => {
                if let Err(e) = result {
                    self.report(
                        Level::Error,
                        words!("msg-autostart-failed", error = e),
                        true,
                    );
                }
            }
            AppEvent::FolderOpened { folder, result } => {
                if let Err(e) = result {
                    self.report(
                        Level::Error,
                        words!("msg-open-folder-failed", folder = folder, error = e),
                        true,
                    );
                }
            }
            AppEvent::ServerStarted { result, remember } => self.server_started(result, remember),
            AppEvent::NoticeClicked(key) => {
                self.requests.push(Command::ShowWindow.into());
                if let Some(key) = key {
                    self.requests.push(Command::OpenServer(key).into());
                }
            }
            AppEvent::DesktopScheme(scheme) => {
                log::info!("the desktop asks for {scheme:?}");
                self.state.desktop_scheme = Some(scheme);
            }
            AppEvent::ShowRequested => {
                log::info!("started again: showing this window");
                self.requests.push(Command::ShowWindow.into());
            }
            AppEvent::TrayStarted(result) => self.tray_started(result),
            AppEvent::Tray(e) => self.tray_event(e),
            AppEvent::NoticeClosed => {}
            AppEvent::NoticeFailed(e) => {
                if !std::mem::replace(&mut self.state.notices_failed, true) {
                    self.report(
                        Level::Warning,
                        words!("msg-notices-failed", error = e.to_string()),
                        false,
                    );
                }
            }
            AppEvent::Exported(result) => match result {
                Ok(text) => self.report(Level::Info, text, true),
                Err(e) => self.report(Level::Error, e, true),
            },
            AppEvent::Saved { result, done } => match result {
                Ok(()) => {
                    if let Some(text) = done {
                        self.report(Level::Info, text, false);
                    }
                }
                Err(e) => self.report(Level::Error, e, true),
            },
            AppEvent::Interfaces(result) => match result {
                Ok(list) => self.state.interfaces = list,
                Err(e) => self.report(
                    Level::Warning,
                    words!("msg-interfaces-failed", error = e.to_string()),
                    false,
                ),
            },
        }
    }

    pub(super) fn fold_scan_event(&mut self, e: Event) {
        let now = Instant::now();
        match e {
            Event::Started {
                interfaces,
                planned,
                duration,
                ..
            } => {
                self.state.progress.planned = planned;
                self.state.progress.duration = Some(duration);
                if self.state.interfaces.is_empty() {
                    self.state.interfaces =
                        interfaces.iter().map(|c| c.interface.clone()).collect();
                }
                self.note_networks(&interfaces);
                self.state.scan_interfaces = interfaces;
            }
            Event::Found(server) => {
                super::startup_trace::mark(super::startup_trace::Mark::FirstServerReceived);
                self.fold_found(server, now)
            }
            Event::Details(d) => self.fold_details(d),
            Event::SeenAgain { key, rtt } => self.state.servers.seen_again(key, rtt, now),
            Event::AlsoFound {
                key,
                by,
                service_name,
            } => self.state.servers.also_found(key, by, service_name),
            Event::Progress { sent, planned } => {
                self.state.progress.sent = sent;
                self.state.progress.planned = planned;
            }
            Event::Warning(w) => {
                // The firewall diagnosis is what the user must see and act on.
                let banner = matches!(w, crate::discovery::Warning::RepliesDropped(_));
                self.report(Level::Warning, Words::new(move || w.to_string()), banner);
            }
            Event::Error(text) => {
                self.report(Level::Error, text, true);
                self.state.progress.failed = true;
            }
            Event::Finished(stats) => self.fold_finished(stats, now),
        }
    }

    fn fold_found(&mut self, server: crate::discovery::Server, now: Instant) {
        let key = server.key();
        self.state.progress.seen.insert(key);
        // With details on, their lookup checks the web port too.
        let details = self.state.settings.scan.lookup_details;
        let web = if self.runtime.options.check_web_ports || details {
            WebPort::Checking
        } else {
            WebPort::Unchecked
        };
        let entry = self.favourite_entry(server.source);
        let was_stale = self.state.servers.get(key).is_some_and(|r| r.is_stale());
        let new = self.state.servers.upsert(server, now, web);
        let highlight = (new || was_stale)
            && self.state.settings.scan.auto_refresh
            && self.state.scans_started > 1;
        let name = entry
            .as_ref()
            .and_then(|e| self.state.settings.favourite_names.get(e));
        let remembered = name.and_then(|n| n.looked_up()).map(String::from);
        let label = name.and_then(|n| n.label.clone());
        if let Some(row) = self.state.servers.get_mut(key) {
            if remembered.is_some() {
                row.remembered = remembered;
            }
            row.label = label;
            row.favourite = entry;
            row.fresh |= highlight;
        }
        if highlight {
            self.state.appeared.push(key);
        }
        if self.runtime.options.check_web_ports && !details {
            self.check_web_port(key);
        }
    }

    fn fold_details(&mut self, d: crate::details::Details) {
        let Some(row) = self.state.servers.get_mut((d.ip, d.port)) else {
            return;
        };
        row.web = if d.web {
            WebPort::Open
        } else {
            WebPort::Closed(
                d.link_note
                    .clone()
                    .unwrap_or_else(|| tr!("cell-web-no-connection")),
            )
        };
        let source = row.server.source;
        if let Some(entry) = self.favourite_entry(source) {
            let mut s = self.state.settings.clone();
            if s.favourite_names
                .entry(entry)
                .or_default()
                .record_lookup(&d)
            {
                self.save(s, None);
            }
        }
        if let Some(row) = self.state.servers.get_mut((d.ip, d.port)) {
            row.details = Some(d);
        }
    }

    fn fold_finished(&mut self, stats: crate::discovery::ScanStats, now: Instant) {
        self.state.scans_finished += 1;
        for report in &stats.fallback {
            if report.kind == crate::discovery::fallback::FallbackKind::Sweep {
                self.state
                    .fallback_swept
                    .insert(report.interface.clone(), now);
            }
        }
        if !stats.cancelled {
            self.state.servers.end_round(&self.state.progress.seen);
            self.forget_unseen(now);
        }
        log::info!(
            "scan finished: {} servers, {} probes, {:.1} s, stopped: {}",
            stats.servers,
            stats.probes_sent,
            stats.elapsed.as_secs_f64(),
            stats.cancelled
        );
        self.state.last_scan = Some(ScanSummary {
            interfaces: self.state.scan_interfaces.clone(),
            stats,
            sweep: self.state.progress.sweep,
            failed: self.state.progress.failed,
        });
        self.end_scan();
        self.notify_appeared(now);
        crate::allocator::trim();
        self.plan_auto_scan(now);
    }

    /// Compares the networks this round uses with the last round's (each
    /// round lists the interfaces again: after a wake-up or a move to
    /// another network this is where it shows): servers of a network left
    /// are marked away (not stale one by one), and server mode is started
    /// again so that it listens where this computer now is.
    fn note_networks(&mut self, interfaces: &[crate::net::InterfaceChoice]) {
        let now: Vec<ipnet::Ipv4Net> = interfaces
            .iter()
            .filter(|c| c.skipped.is_none())
            .filter_map(|c| ipnet::Ipv4Net::new(c.interface.addr, c.interface.prefix_len).ok())
            .map(|n| n.trunc())
            .collect();
        let Some(before) = self.state.networks.replace(now.clone()) else {
            return;
        };
        let (mut left, mut joined) = (before.clone(), now.clone());
        left.retain(|n| !now.contains(n));
        joined.retain(|n| !before.contains(n));
        if left.is_empty() && joined.is_empty() {
            return;
        }
        let away = self.state.servers.networks_changed(&before, &now);
        let list = |nets: &[ipnet::Ipv4Net]| {
            if nets.is_empty() {
                tr!("status-interfaces-none")
            } else {
                nets.iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(&tr!("list-separator"))
            }
        };
        let changed = Words::new(move || {
            tr!(
                "msg-network-changed",
                left = list(&left),
                joined = list(&joined),
                count = away
            )
        });
        self.report(Level::Info, changed, false);
        if self.runtime.responder.is_some() {
            // Bound to where this computer was: listen again where it is.
            self.set_server_mode(false, false);
            self.set_server_mode(true, false);
        }
    }

    /// Drops servers not seen for the setting's hours (favourites stay),
    /// and says how many went.
    fn forget_unseen(&mut self, now: Instant) {
        let hours = self.state.settings.scan.forget_after_hours;
        if hours == 0 {
            return;
        }
        let max_age =
            Duration::from_secs(u64::from(hours) * 3600) / self.runtime.options.time_scale.max(1);
        let forgotten = self.state.servers.forget_unseen(now, max_age);
        if forgotten > 0 {
            if let Some(k) = self.state.selected {
                if self.state.servers.get(k).is_none() {
                    self.state.selected = None;
                }
            }
            let text = words!("msg-forgot", count = forgotten, hours = hours);
            self.report(Level::Info, text, false);
        }
    }

    /// At the end of an auto-refresh scan (names looked up by then), one
    /// desktop notification per server that appeared while the window was
    /// in the background, or one summary for many.
    fn notify_appeared(&mut self, now: Instant) {
        let keys = std::mem::take(&mut self.state.appeared);
        let wanted = self.runtime.options.desktop_notifications
            && self.state.settings.ui.notifications
            && self.state.settings.scan.auto_refresh
            && self.state.in_background;
        if !wanted || keys.is_empty() {
            return;
        }
        let appeared: Vec<Appeared> = keys
            .iter()
            .filter_map(|k| self.state.servers.get(*k))
            .map(|row| Appeared {
                key: row.server.key(),
                name: row.name().map(String::from),
            })
            .collect();
        let notices = self.runtime.notices.plan(&appeared, now);
        let named = if notices.len() == 1 && notices[0].opens.is_none() {
            appeared.len()
        } else {
            notices.len()
        };
        self.state.notices_raised.0 += notices.len() as u64;
        self.state.notices_raised.1 += named as u64;
        for notice in notices {
            let (events, wake) = (self.runtime.events(), self.runtime.waker());
            super::notifier::show(notice, &mut self.runtime.tasks, events, wake);
        }
    }

    pub(super) fn drain_events(&mut self) {
        let mut batch = self.runtime.pending_events();
        if let Some(scan) = &self.runtime.scan {
            batch.extend(scan.events().try_iter().map(AppEvent::Scan));
        }
        for e in batch {
            self.handle_event(e);
        }
        let mut errors = Vec::new();
        if let Some(r) = &self.runtime.responder {
            for e in r.events().try_iter() {
                if let ResponderEvent::Error(text) = e {
                    errors.push(text);
                }
            }
        }
        for e in errors.into_iter().take(5) {
            self.report(Level::Warning, words!("msg-server-mode", text = e), false);
        }
        // Said once per start, as a banner: nobody has asked for this computer.
        let unheard = self
            .runtime
            .responder
            .as_ref()
            .and_then(|r| r.unheard_hint());
        if let (false, Some(hint)) = (self.state.unheard_reported, unheard) {
            self.state.unheard_reported = true;
            let words = Words::new(move || tr!("msg-server-mode", text = hint.text()));
            self.report(Level::Warning, words, true);
        }
        // A scan whose worker ended without `Finished` (it always sends one,
        // but never leave the UI stuck in "scanning").
        if self
            .runtime
            .scan
            .as_ref()
            .is_some_and(|s| s.is_finished() && s.events().is_empty())
        {
            self.end_scan();
        }
        if let Some(t) = self.state.next_auto_scan {
            if Instant::now() >= t && self.runtime.scan.is_none() {
                self.state.next_auto_scan = None;
                if self.state.settings.scan.auto_refresh {
                    self.start_scan(super::command::ScanKind::Auto);
                }
            }
        }
    }

    /// Turns this frame's key presses into commands, through the one
    /// table of shortcuts ([`Command::WITH_SHORTCUTS`]).
    pub(super) fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        let now = Situation {
            typing: ctx.text_edit_focused(),
            // Enter on a focused button presses it; on a row (or with
            // nothing focused) it opens the selected server.
            on_list: ctx
                .memory(|m| m.focused())
                .is_none_or(|f| super::table::is_row_focused(ctx, f)),
            modal: self.top_modal(),
            popup_open: egui::Popup::is_any_open(ctx),
            scanning: self.runtime.scan.is_some(),
        };
        let mut fired = Vec::new();
        ctx.input_mut(|i| {
            for c in Command::WITH_SHORTCUTS.iter().filter(|c| c.applies(&now)) {
                for s in c.shortcuts() {
                    if i.consume_shortcut(s) {
                        fired.push(Request::Command(c.clone()));
                    }
                }
            }
        });
        self.requests.extend(fired);
    }

    /// The scan's handle is gone: the one place "scanning" ends.
    fn end_scan(&mut self) {
        self.runtime.scan = None;
        self.state.scanning = false;
    }

    /// The modal window on top, which keys go to first.
    fn top_modal(&self) -> Option<Modal> {
        if self.rename.is_some() {
            Some(Modal::Rename)
        } else if self.state.qr.is_some() {
            Some(Modal::Qr)
        } else if self.dialog.is_some() {
            Some(Modal::Settings)
        } else if self.state.about.is_some() {
            Some(Modal::About)
        } else {
            None
        }
    }

    pub(super) fn schedule_repaint(&self, ctx: &egui::Context) {
        if self.runtime.scan.is_some() {
            // The progress bar moves with time.
            ctx.request_repaint_after(Duration::from_millis(100));
        } else if let Some(t) = self.state.next_auto_scan {
            ctx.request_repaint_after(t.saturating_duration_since(Instant::now()));
        } else if !self.state.servers.is_empty() {
            // "Last seen" reads in minutes.
            ctx.request_repaint_after(Duration::from_secs(60));
        }
        if self.runtime.responder.is_some() && !self.state.unheard_reported {
            // The "no request yet" hint comes with time, not with an event.
            ctx.request_repaint_after(Duration::from_secs(1));
        }
    }
}
