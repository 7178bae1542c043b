//! The window under egui_kittest: building the app, stepping frames,
//! loopback responders (shared by the kittest test binaries).

#![allow(dead_code)]

use std::net::{Ipv4Addr, SocketAddrV4};
use std::path::Path;
use std::time::{Duration, Instant};

use egui::{Key, Modifiers, OutputCommand, Vec2};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;

use lanscout::details::Details;
use lanscout::discovery::{Event, ScanStats, Server};
use lanscout::net::{Interface, InterfaceChoice, SkipReason};
use lanscout::protocol::{server_url, Scheme};
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
    let asked = settings.ui.language.clone();
    let app = LanScoutApp::new(
        settings,
        SettingsStore::at(dir.join("settings.toml")),
        options,
    );
    speak(&asked);
    app
}

/// The window's tests read English whatever the machine's locale, unless
/// a test asks for a language (tests/translations.rs).
fn speak(asked: &str) {
    if asked == lanscout::i18n::SYSTEM {
        lanscout::i18n::use_language("en");
    }
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

/// The README-like scene: several servers, one local, one with an
/// announced address that differs, web port results.
pub fn scene(mut s: Settings) -> LanScoutApp {
    let dir = std::env::temp_dir();
    let asked = s.ui.language.clone();
    s.scan.extra_targets = vec!["192.168.7.0/24".into()];
    let options = AppOptions {
        check_web_ports: false,
        detect_interfaces: false,
        ..AppOptions::default()
    };
    let mut app = LanScoutApp::new(
        s,
        SettingsStore::at(dir.join("lanscout-snapshot-never-written.toml")),
        options,
    );
    speak(&asked);
    feed_servers(&mut app, 0);
    let servers = [
        ((192, 168, 1, 20), 8000, "wlan0", 0.4, true, None),
        ((192, 168, 1, 34), 8000, "wlan0", 2.8, false, None),
        ((192, 168, 1, 57), 8080, "wlan0", 3.6, false, None),
        ((10, 20, 0, 12), 8000, "eth0", 1.2, false, None),
        (
            (10, 20, 0, 40),
            9000,
            "eth0",
            14.0,
            false,
            Some((127, 0, 0, 1)),
        ),
        ((192, 168, 7, 9), 8000, "eth0", 41.0, false, None),
    ];
    for (ip, port, iface, ms, local, announced) in servers {
        let ip = Ipv4Addr::new(ip.0, ip.1, ip.2, ip.3);
        let (source, rtt) = (
            SocketAddrV4::new(ip, 9999),
            Duration::from_secs_f64(ms / 1000.0),
        );
        app.handle_event(AppEvent::Scan(Event::Found(Server {
            interface: Some(iface.into()),
            announced: announced.map(|a: (u8, u8, u8, u8)| Ipv4Addr::new(a.0, a.1, a.2, a.3)),
            is_local: local,
            ..Server::found(
                lanscout::discovery::Source::Udp,
                Scheme::Http,
                ip,
                port,
                source,
                rtt,
            )
        })));
        let ok = port != 9000 && ip.octets()[3] != 57;
        app.handle_event(AppEvent::WebPort {
            key: (ip, port),
            result: if ok {
                Ok(())
            } else {
                Err("Connection refused (os error 111)".into())
            },
        });
    }
    // What the lookups found for some of them (one has nothing to show).
    let named = [
        (
            (192, 168, 1, 20),
            8000,
            Some("Build dashboard"),
            Some("my-laptop.local"),
            None,
        ),
        (
            (192, 168, 1, 34),
            8000,
            Some("Inventory · Lab 3"),
            Some("inventory-pi"),
            Some("Raspberry Pi Foundation"),
        ),
        (
            (10, 20, 0, 12),
            8000,
            None,
            Some("nas.lan"),
            Some("Synology Incorporated"),
        ),
        ((192, 168, 7, 9), 8000, None, None, Some("Intel Corporate")),
    ];
    for (ip, port, title, host, vendor) in named {
        let ip = Ipv4Addr::new(ip.0, ip.1, ip.2, ip.3);
        app.handle_event(AppEvent::Scan(Event::Details(Details {
            ip,
            port,
            url: server_url(Scheme::Http, ip, port),
            link: ip,
            title: title.map(String::from),
            hostname: host.map(String::from),
            vendor: vendor.map(String::from),
            web: true,
            ..Details::default()
        })));
    }
    app.handle_event(AppEvent::Scan(Event::Finished(ScanStats {
        servers: 6,
        replies: 7,
        probes_sent: 258,
        elapsed: Duration::from_millis(5004),
        ..Default::default()
    })));
    app
}
