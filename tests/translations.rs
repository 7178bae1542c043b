//! The window in other languages (issue 20), under kittest with the
//! system's fonts (as eframe gives the real window): in every language the
//! toolbar, the column headers, the status bar and the settings dialog
//! hold their text (nothing pushed out of the window, no two controls
//! overlapping); snapshots of the main window and the settings dialog in
//! German and Japanese (a server titled in Japanese among them); the
//! Language setting switches the window without a restart; durations
//! read per language.
//!
//! The language is process-wide: the tests here take turns.

mod common;
mod kit;

use std::net::Ipv4Addr;
use std::sync::{Arc, Mutex, MutexGuard};

use egui::accesskit::Role;
use egui::Rect;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;

use lanscout::details::Details;
use lanscout::discovery::Event;
use lanscout::i18n::{Catalog, LANGUAGES};
use lanscout::protocol::{server_url, Scheme};
use lanscout::settings::Settings;
use lanscout::ui::{AppEvent, LanScoutApp};

static TURN: Mutex<()> = Mutex::new(());

fn turn() -> MutexGuard<'static, ()> {
    TURN.lock().unwrap_or_else(|e| e.into_inner())
}

/// The README scene in `tag`, with a server whose page is titled in
/// Japanese, drawn with the system's fonts.
fn window(tag: &str, size: (f32, f32)) -> Harness<'static, LanScoutApp> {
    let mut h = harness(scene_app(tag), size);
    h.run();
    kit::steady_caret(&mut h);
    h
}

/// The README scene's app in `tag`, before it is drawn.
fn scene_app(tag: &str) -> LanScoutApp {
    let mut s = Settings::default();
    s.ui.language = tag.to_string();
    let mut app = kit::scene(s);
    let ip = Ipv4Addr::new(10, 20, 0, 12);
    app.handle_event(AppEvent::Scan(Event::Details(Details {
        ip,
        port: 8000,
        url: server_url(Scheme::Http, ip, 8000),
        link: ip,
        title: Some("研究室サーバー".into()),
        hostname: Some("nas.lan".into()),
        web: true,
        ..Details::default()
    })));
    app
}

/// kit::harness with the system's fonts, as eframe gives the real window.
fn harness(app: LanScoutApp, size: (f32, f32)) -> Harness<'static, LanScoutApp> {
    Harness::builder()
        .with_size(egui::Vec2::new(size.0, size.1))
        .with_max_steps(16)
        .with_context_setup(|ctx| {
            ctx.add_font_provider(Arc::new(
                egui_system_font_provider::SystemFontProvider::new(),
            ))
        })
        .build_ui_state(|ui, app: &mut LanScoutApp| app.ui(ui), app)
}

/// The labelled controls under `root` (role, name, rectangle).
fn controls(root: egui_kittest::Node<'_>) -> Vec<(Role, String, Rect)> {
    root.children_recursive()
        .filter_map(|n| {
            let node = n.accesskit_node();
            let role = node.role();
            let wanted = matches!(
                role,
                Role::Button
                    | Role::CheckBox
                    | Role::Switch
                    | Role::ColumnHeader
                    | Role::ComboBox
                    | Role::Label
                    | Role::TextInput
            );
            let b = node.bounding_box()?;
            let rect = Rect::from_min_max(
                egui::pos2(b.x0 as f32, b.y0 as f32),
                egui::pos2(b.x1 as f32, b.y1 as f32),
            );
            wanted.then(|| (role, node.label().unwrap_or_default(), rect))
        })
        .collect()
}

/// Controls that leave `frame` sideways (a label too long for its place
/// pushes the row out; the dialog scrolls up and down, never sideways) or
/// lie on top of each other.
fn layout_problems(all: &[(Role, String, Rect)], frame: Rect) -> Vec<String> {
    let visible: Vec<&(Role, String, Rect)> = all
        .iter()
        .filter(|(_, _, r)| r.min.y >= frame.min.y - 1.0 && r.max.y <= frame.max.y + 1.0)
        .collect();
    let mut problems = Vec::new();
    for (i, (role, name, r)) in visible.iter().enumerate() {
        if r.min.x < frame.min.x - 1.0 || r.max.x > frame.max.x + 1.0 {
            problems.push(format!("{role:?} {name:?} at {r:?} leaves {frame:?}"));
        }
        for (role2, name2, r2) in &visible[i + 1..] {
            let overlap = r.intersect(*r2);
            if overlap.width() > 2.0
                && overlap.height() > 2.0
                && !r.contains_rect(*r2)
                && !r2.contains_rect(*r)
            {
                problems.push(format!(
                    "{role:?} {name:?} {r:?} overlaps {role2:?} {name2:?} {r2:?}"
                ));
            }
        }
    }
    problems
}

fn bounds(node: &egui_kittest::Node<'_>) -> Rect {
    let b = node.accesskit_node().bounding_box().expect("bounds");
    Rect::from_min_max(
        egui::pos2(b.x0 as f32, b.y0 as f32),
        egui::pos2(b.x1 as f32, b.y1 as f32),
    )
}

/// A control's name: its catalogue text without the symbol before the
/// words ("⟳ Scan" is named "Scan").
fn words(text: &str) -> &str {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
}

#[test]
fn in_every_language_the_main_window_and_the_settings_dialog_hold_their_text() {
    let _turn = turn();
    let mut problems = Vec::new();
    // The window's first size, and the smallest it can be made.
    for (l, size) in LANGUAGES
        .iter()
        .flat_map(|l| [(l, (980.0, 620.0)), (l, (800.0, 480.0))])
    {
        let mut h = window(l.tag, size);
        let catalog = Catalog::for_tag(l.tag).expect("catalogue");
        // The window speaks the language: the toolbar's Scan button (named
        // by its words, without the symbol before them).
        let scan = catalog.text("cmd-scan", None);
        let scan = words(&scan);
        assert!(h.query_by_label(scan).is_some(), "{}: no {scan:?}", l.tag);
        let window = Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(size.0, size.1));
        let main = controls(h.root());
        problems.extend(
            layout_problems(&main, window)
                .into_iter()
                .map(|p| format!("{} {size:?}: main: {p}", l.tag)),
        );
        h.get_by_label(words(&catalog.text("cmd-open-settings", None)))
            .click();
        h.run();
        assert!(
            h.query_by_label(&catalog.text("settings-section-server", None))
                .is_some(),
            "{}: the dialog is open",
            l.tag
        );
        let dialog = h.get_by_role(Role::Dialog);
        let in_dialog = controls(dialog);
        // The dialog is as wide as its content area says (640 points at
        // most), starting where its title does, and scrolls vertically.
        let title_text = catalog.text("settings-title", None);
        let title = h.get_by_role_and_label(Role::Heading, &title_text);
        let top_left = bounds(&title).min;
        let width = 640.0_f32.min(size.0 - 48.0);
        // The fields scroll above the row of Restore / Cancel / Apply:
        // each part is checked within its own band.
        let restore_text = catalog.text("cmd-restore-defaults", None);
        let buttons = bounds(&h.get_by_role_and_label(Role::Button, &restore_text));
        let fields = Rect::from_min_max(
            top_left,
            egui::pos2(top_left.x + width, buttons.min.y - 2.0),
        );
        let row = Rect::from_min_max(
            egui::pos2(top_left.x, buttons.min.y - 1.0),
            egui::pos2(top_left.x + width, buttons.max.y + 1.0),
        );
        // Under the row, the scroll area hides what it scrolled away.
        let row_buttons: Vec<_> = in_dialog
            .iter()
            .filter(|c| c.0 == Role::Button)
            .cloned()
            .collect();
        for (frame, controls) in [(fields, &in_dialog), (row, &row_buttons)] {
            problems.extend(
                layout_problems(controls, frame)
                    .into_iter()
                    .map(|p| format!("{} {size:?}: settings: {p}", l.tag)),
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn snapshots_in_german_and_japanese() {
    let _turn = turn();
    let mut results = egui_kittest::SnapshotResults::new();
    for tag in ["de", "ja"] {
        let mut h = window(tag, (1280.0, 800.0));
        results.add(h.try_snapshot(format!("main_{tag}")));
        let settings = Catalog::for_tag(tag)
            .expect("catalogue")
            .text("cmd-open-settings", None);
        h.get_by_label(words(&settings)).click();
        h.run();
        results.add(h.try_snapshot(format!("settings_{tag}")));
    }
}

/// Choosing a language in Settings switches the window at once; the
/// setting is saved.
#[test]
fn the_language_setting_applies_without_a_restart() {
    let _turn = turn();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = Settings::default();
    s.ui.language = "en".into();
    let app = kit::app_in(dir.path(), s, lanscout::ui::AppOptions::default());
    let mut h = harness(app, (1280.0, 800.0));
    h.run();
    assert!(h.query_by_label("Scan").is_some());
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_role_and_label(Role::ComboBox, "Language")
        .scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::ComboBox, "Language")
        .click_accesskit();
    h.run();
    h.get_by_label("Français").click();
    h.run();
    h.get_by_label("Apply").click();
    h.run();
    assert!(
        h.query_by_label("Rechercher").is_some(),
        "the toolbar is French"
    );
    assert!(h.query_by_label("Scan").is_none());
    assert!(
        kit::wait_until(&mut h, std::time::Duration::from_secs(5), |h| {
            h.state().settings().ui.language == "fr"
                && std::fs::read_to_string(dir.path().join("settings.toml"))
                    .is_ok_and(|t| t.contains("language = \"fr\""))
        }),
        "saved"
    );
    lanscout::i18n::use_language("en");
}

#[test]
fn durations_and_decimals_read_per_language() {
    let _turn = turn();
    use lanscout::ui::format::{format_ago, format_rtt};
    use std::time::Duration;
    let table = [
        ("en", "4 min ago", "3 days ago", "1.4 s"),
        ("de", "vor 4 Min.", "vor 3 Tagen", "1,4 s"),
        ("fr", "il y a 4 min", "il y a 3 jours", "1,4 s"),
        ("ru", "4 мин назад", "3 дня назад", "1,4 с"),
        ("ja", "4 分前", "3 日前", "1.4 秒"),
    ];
    for (tag, minutes, days, secs) in table {
        lanscout::i18n::use_language(tag);
        assert_eq!(format_ago(Duration::from_secs(240)), minutes, "{tag}");
        assert_eq!(format_ago(Duration::from_secs(3 * 86400)), days, "{tag}");
        assert_eq!(format_rtt(Duration::from_millis(1400)), secs, "{tag}");
    }
    lanscout::i18n::use_language("en");
}

/// A Japanese page title renders through the system's fonts (Debian's
/// fonts-noto-cjk, which scripts/test.sh installs): the name cell of the
/// row, scaled 3× and inverted, is read back by tesseract's Japanese
/// model (tesseract-ocr-jpn).
#[test]
fn a_japanese_title_renders_and_reads_back() {
    let _turn = turn();
    let mut h = window("ja", (1280.0, 800.0));
    let title = "研究室サーバー";
    let cell = bounds(&h.get_by_label(title));
    let shot = h.render().expect("render");
    let (x, y) = (cell.min.x.max(0.0) as u32, cell.min.y.max(0.0) as u32);
    let (w, hgt) = (
        cell.width().ceil() as u32 + 4,
        cell.height().ceil() as u32 + 4,
    );
    let crop = image::imageops::crop_imm(&shot, x.saturating_sub(2), y.saturating_sub(2), w, hgt)
        .to_image();
    let mut big =
        image::imageops::resize(&crop, w * 3, hgt * 3, image::imageops::FilterType::Lanczos3);
    image::imageops::invert(&mut big);
    let dir = tempfile::tempdir().expect("tempdir");
    let png = dir.path().join("title.png");
    big.save(&png).expect("png");
    let out = std::process::Command::new("tesseract")
        .arg(&png)
        .arg("stdout")
        .args(["-l", "jpn", "--psm", "7"])
        .output()
        .expect("tesseract (scripts/test.sh installs tesseract-ocr-jpn)");
    let read: String = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect();
    assert!(
        read.contains("研究室") || read.contains("サーバー"),
        "tesseract read {read:?} ({})",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An app in `tag` with no scan on start, no web checks and no interface
/// list: only the events a test sends change it (the folder holds its
/// settings).
fn quiet_app(tag: &str) -> (tempfile::TempDir, LanScoutApp) {
    let mut s = Settings::default();
    s.ui.language = tag.to_string();
    let dir = tempfile::tempdir().expect("tempdir");
    let options = lanscout::ui::AppOptions {
        start_on_launch: false,
        check_web_ports: false,
        detect_interfaces: false,
        ..lanscout::ui::AppOptions::default()
    };
    let app = kit::app_in(dir.path(), s, options);
    (dir, app)
}

/// The firewall banner and the explanation of an empty list in English,
/// German and Japanese: each speaks its language (the catalogue's own
/// sentence is on screen, the command to copy comes last), and the
/// pictures are kept under target/lang-shots/ to be looked at.
#[test]
fn the_firewall_banner_and_the_empty_list_speak_each_language() {
    use lanscout::discovery::fallback::RepliesDropped;
    use lanscout::discovery::{ScanStats, Warning};
    use lanscout::firewall::Firewall;

    let _turn = turn();
    let shots = common::root().join("target/lang-shots");
    std::fs::create_dir_all(&shots).expect("target/lang-shots");
    for tag in ["en", "de", "ja"] {
        let words = |id: &str| Catalog::for_tag(tag).expect("catalogue").text(id, None);
        // Servers found one by one, none by the quick search: the banner.
        let mut app = scene_app(tag);
        app.handle_event(AppEvent::Scan(Event::Warning(Warning::RepliesDropped(
            RepliesDropped {
                interface: "eth0".into(),
                block: "10.20.0.0/24".parse().expect("net"),
                found: 3,
                firewall: Firewall::Ufw,
                port: 9999,
            },
        ))));
        let mut h = harness(app, (1280.0, 800.0));
        h.run();
        let banner = h.state().banner().map(|m| m.text()).unwrap_or_default();
        assert!(
            banner.contains(&words("firewall-dropped-found-anyway")),
            "{tag}: {banner}"
        );
        assert!(
            banner.ends_with("sudo ufw allow proto udp from 10.20.0.0/24 port 9999 to any"),
            "{tag}: the command to copy comes last: {banner}"
        );
        assert!(
            kit::has_text(&h, &words("firewall-dropped-found-anyway")),
            "{tag}: the banner is on screen"
        );
        if let Ok(img) = h.render() {
            let _ = img.save(shots.join(format!("banner-{tag}.png")));
        }

        // A scan that found nothing: the list explains why.
        let (_dir, mut app) = quiet_app(tag);
        app.handle_event(AppEvent::Scan(Event::Finished(ScanStats {
            probes_sent: 1,
            elapsed: std::time::Duration::from_secs(5),
            ..Default::default()
        })));
        let mut h = harness(app, (800.0, 600.0));
        h.run();
        for id in ["empty-none-title", "empty-why", "cmd-sweep"] {
            assert!(
                kit::has_text(&h, &words(id)),
                "{tag}: {id} is not on screen"
            );
        }
        if let Ok(img) = h.render() {
            let _ = img.save(shots.join(format!("empty-{tag}.png")));
        }
    }
    lanscout::i18n::use_language("en");
}

/// A line of the messages panel written before a language switch reads in
/// the new language after it (messages are kept as how to say them).
#[test]
fn the_messages_panel_follows_a_language_switch() {
    let _turn = turn();
    let (_dir, mut app) = quiet_app("en");
    app.handle_event(AppEvent::Browser {
        url: "http://10.0.0.5:8000/".into(),
        result: Ok(()),
    });
    let last = |app: &LanScoutApp| app.messages().last().map(|m| m.text());
    assert_eq!(
        last(&app).as_deref(),
        Some("opened http://10.0.0.5:8000/ in the browser")
    );
    lanscout::i18n::use_language("de");
    assert_eq!(
        last(&app).as_deref(),
        Some("http://10.0.0.5:8000/ im Browser geöffnet")
    );
    let mut h = harness(app, (980.0, 620.0));
    h.get_by_label("Meldungen").click();
    h.run();
    assert!(kit::has_text(
        &h,
        "http://10.0.0.5:8000/ im Browser geöffnet"
    ));
    lanscout::i18n::use_language("en");
}
