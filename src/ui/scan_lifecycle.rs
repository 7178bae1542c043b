//! A scan's life in the window: starting one (by hand, as a sweep, or as
//! an auto-refresh round, which after a fallback sweep asks only known
//! hosts), planning the next round, and the work a round starts besides
//! (web port checks, the list of this computer's interfaces).

use std::collections::HashSet;
use std::time::{Duration, Instant};

use crate::discovery::{self, ServerKey};
use crate::words;

use super::app::LanScoutApp;
use super::command::ScanKind;
use super::event::AppEvent;
use super::model::{Level, ScanProgress, WebPort};

impl LanScoutApp {
    pub(super) fn start_scan(&mut self, kind: ScanKind) {
        if self.runtime.scan.is_some() {
            return;
        }
        let mut config = match crate::discovery::ScanConfig::try_from(&self.state.settings) {
            Ok(c) => c,
            Err(errors) => return self.report_invalid(crate::msg!("msg-invalid-scan"), &errors),
        };
        config.scan.sweep |= kind == ScanKind::Sweep;
        if kind == ScanKind::Auto {
            // A round every few seconds must not ask 254 hosts each time:
            // after a fallback sweep, only the hosts known on that link.
            config.fallback_quiet =
                discovery::fallback::quiet_interfaces(&self.state.fallback_swept, Instant::now());
        }
        let notify = self.runtime.waker();
        match discovery::start_scan(config.clone(), move || notify()) {
            Ok(handle) => {
                super::startup_trace::mark(super::startup_trace::Mark::ScanStarted);
                self.state.scans_started += 1;
                self.state.progress = ScanProgress {
                    started: Some(Instant::now()),
                    duration: Some(config.timeout()),
                    sweep: config.scan.sweep,
                    seen: HashSet::new(),
                    ..Default::default()
                };
                self.state.next_auto_scan = None;
                self.runtime.scan = Some(handle);
                self.state.scanning = true;
            }
            Err(e) => self.report(
                Level::Error,
                words!("msg-scan-failed", error = e.to_string()),
                true,
            ),
        }
    }

    /// When auto-refresh scans next: an interval from `now`, unless a scan
    /// runs (its end plans the next round) or a round is planned already;
    /// never while auto-refresh is off.
    pub(super) fn plan_auto_scan(&mut self, now: Instant) {
        let scan = &self.state.settings.scan;
        if !scan.auto_refresh {
            self.state.next_auto_scan = None;
        } else if self.runtime.scan.is_none() && self.state.next_auto_scan.is_none() {
            let interval = Duration::from_secs(u64::from(scan.auto_refresh_secs))
                / self.runtime.options.time_scale.max(1);
            self.state.next_auto_scan = Some(now + interval);
        }
    }

    pub(super) fn set_auto_refresh(&mut self, on: bool) {
        let mut s = self.state.settings.clone();
        s.scan.auto_refresh = on;
        self.save(s, None);
        self.plan_auto_scan(Instant::now());
    }

    /// Queues a TCP check of the server's web port (when lookups are off).
    pub(super) fn check_web_port(&mut self, key: ServerKey) {
        if !self.runtime.web_checker().check(key) {
            if let Some(row) = self.state.servers.get_mut(key) {
                row.web = WebPort::Unchecked;
            }
        }
    }

    /// Lists this computer's interfaces on a task (netlink: not on the GUI thread).
    pub(super) fn detect_interfaces(&mut self) {
        if self.runtime.options.detect_interfaces {
            self.runtime.tasks.spawn(
                "interfaces",
                || AppEvent::Interfaces(crate::net::list_interfaces().map_err(|e| e.to_string())),
                |e| AppEvent::Interfaces(Err(e)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use crate::settings::{Settings, SettingsStore};
    use crate::ui::{AppOptions, LanScoutApp};

    fn app(dir: &std::path::Path, time_scale: u32) -> LanScoutApp {
        let mut s = Settings::default();
        s.scan.auto_refresh_secs = 60;
        LanScoutApp::new(
            s,
            SettingsStore::at(dir.join("settings.toml")),
            AppOptions {
                time_scale,
                ..AppOptions::default()
            },
        )
    }

    #[test]
    fn auto_refresh_plans_one_round_an_interval_away_and_none_when_off() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut app = app(dir.path(), 1);
        let now = Instant::now();
        app.plan_auto_scan(now);
        assert_eq!(app.state.next_auto_scan, None, "off: no round");
        app.set_auto_refresh(true);
        assert!(app.state.settings.scan.auto_refresh, "the switch is saved");
        let planned = app.state.next_auto_scan.expect("a round");
        let away = planned.saturating_duration_since(now);
        assert!(
            (Duration::from_secs(60)..Duration::from_secs(61)).contains(&away),
            "{away:?}"
        );
        // A round planned stays planned: asking again does not push it.
        app.plan_auto_scan(now + Duration::from_secs(30));
        assert_eq!(app.state.next_auto_scan, Some(planned));
        app.set_auto_refresh(false);
        assert_eq!(app.state.next_auto_scan, None);
    }

    #[test]
    fn a_compressed_clock_divides_the_interval() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut app = app(dir.path(), 60);
        app.state.settings.scan.auto_refresh = true;
        let now = Instant::now();
        app.plan_auto_scan(now);
        assert_eq!(app.state.next_auto_scan, Some(now + Duration::from_secs(1)));
    }
}
