//! The window under egui_kittest: building the app, stepping frames,
//! loopback responders (shared by the kittest test binaries).

#![allow(dead_code)]

use std::path::Path;
use std::time::{Duration, Instant};

use egui::{Key, Modifiers, OutputCommand, Vec2};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;

use lanscout::responder::{start_responder, ResponderConfig};
use lanscout::settings::{Settings, SettingsStore};
use lanscout::ui::{AppOptions, LanScoutApp};

use crate::common;

/// Settings that probe only 127.0.0.1:`port` and broadcast nowhere.
pub fn loopback_settings(port: u16, timeout: f64) -> Settings {
    let mut s = Settings::default();
    s.scan.port = port;
    s.scan.timeout_secs = timeout;
    s.scan.retries = 0;
    s.scan.extra_targets = vec!["127.0.0.1".into()];
    s.scan.include_interfaces = vec!["none-such".into()];
    s
}

pub fn app_in(dir: &Path, settings: Settings, options: AppOptions) -> LanScoutApp {
    LanScoutApp::new(
        settings,
        SettingsStore::at(dir.join("settings.toml")),
        options,
    )
}

pub fn harness(app: LanScoutApp, size: (f32, f32)) -> Harness<'static, LanScoutApp> {
    // Workers (interface list, the scan on start) wake the UI on their own
    // schedule: a few more frames than kittest's default 4 may be needed
    // before it settles.
    Harness::builder()
        .with_size(Vec2::new(size.0, size.1))
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut LanScoutApp| app.ui(ui), app)
}

/// Steps frames (as the event loop would on repaint requests) until `cond`.
pub fn wait_until(
    h: &mut Harness<'_, LanScoutApp>,
    limit: Duration,
    mut cond: impl FnMut(&mut Harness<'_, LanScoutApp>) -> bool,
) -> bool {
    let end = Instant::now() + limit;
    loop {
        h.step();
        if cond(h) {
            return true;
        }
        if Instant::now() > end {
            return false;
        }
        std::thread::sleep(Duration::from_millis(15));
    }
}

pub fn has_text(h: &Harness<'_, LanScoutApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

pub fn opened_urls(h: &Harness<'_, LanScoutApp>) -> Vec<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            OutputCommand::OpenUrl(u) => Some(u.url.clone()),
            _ => None,
        })
        .collect()
}

/// The texts the last frame put on the clipboard.
pub fn copied_texts(h: &Harness<'_, LanScoutApp>) -> Vec<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

pub fn replace_text(h: &mut Harness<'_, LanScoutApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Server mode on loopback `port`, announcing `web_port`.
pub fn responder(port: u16, web_port: u16) -> lanscout::Responder {
    start_responder(
        ResponderConfig {
            port,
            web_port,
            ..ResponderConfig::default()
        },
        || {},
    )
    .expect("responder on a loopback port")
}

pub fn responder_on_free_port(web_port: u16) -> (lanscout::Responder, u16) {
    let port = common::free_udp_port();
    (responder(port, web_port), port)
}
