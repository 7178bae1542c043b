//! The window under egui_kittest: building the app, stepping frames,
//! loopback responders (shared by the kittest test binaries).

#![allow(dead_code)]

use std::net::{Ipv4Addr, SocketAddrV4};
use std::path::Path;
use std::time::{Duration, Instant};

use egui::{Key, Modifiers, OutputCommand, Vec2};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;

use lanscout::discovery::{Event, Server};
use lanscout::net::{Interface, InterfaceChoice, SkipReason};
use lanscout::protocol::Scheme;
use lanscout::responder::{start_responder, ResponderConfig};
use lanscout::settings::{Settings, SettingsStore};
use lanscout::ui::{AppEvent, AppOptions, LanScoutApp};

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

/// Feeds the app `n` made-up servers (10.20.0.1…), as a scan would.
pub fn feed_servers(app: &mut LanScoutApp, n: usize) {
    let eth = Interface::new(
        "eth0",
        Ipv4Addr::new(10, 20, 0, 100),
        Ipv4Addr::new(255, 255, 0, 0),
        None,
    );
    let wlan = Interface::new(
        "wlan0",
        Ipv4Addr::new(192, 168, 1, 20),
        Ipv4Addr::new(255, 255, 255, 0),
        None,
    );
    let docker = Interface::new(
        "docker0",
        Ipv4Addr::new(172, 17, 0, 1),
        Ipv4Addr::new(255, 255, 0, 0),
        None,
    );
    app.handle_event(AppEvent::Scan(Event::Started {
        interfaces: vec![
            InterfaceChoice {
                interface: eth,
                skipped: None,
            },
            InterfaceChoice {
                interface: wlan,
                skipped: None,
            },
            InterfaceChoice {
                interface: docker,
                skipped: Some(SkipReason::Excluded),
            },
        ],
        planned: 2,
        duration: Duration::from_secs(5),
        rcvbuf: 1 << 20,
    }));
    for i in 0..n {
        let ip = Ipv4Addr::from(u32::from(Ipv4Addr::new(10, 20, 0, 1)) + i as u32);
        let port = if i % 3 == 1 { 8080 } else { 8000 };
        let rtt = Duration::from_micros(((n - i) * 1000 + 234) as u64);
        let source = SocketAddrV4::new(ip, 9999);
        app.handle_event(AppEvent::Scan(Event::Found(Server {
            interface: Some("eth0".into()),
            ..Server::found(
                lanscout::discovery::Source::Udp,
                Scheme::Http,
                ip,
                port,
                source,
                rtt,
            )
        })));
    }
}

/// A text caret that does not blink, for snapshots (the dialog's first
/// field has the keyboard; a blinking caret makes the picture depend on
/// the time it is taken). Call after the first frame, which sets the style.
pub fn steady_caret(h: &mut Harness<'_, LanScoutApp>) {
    h.ctx
        .all_styles_mut(|s| s.visuals.text_cursor.blink = false);
}
