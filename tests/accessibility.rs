//! What a screen reader and a keyboard user get, read from the AccessKit
//! tree the window builds (the same tree AT-SPI and UI Automation expose;
//! tests/atspi.rs reads it over the real accessibility bus): a named
//! window, the servers as a table of named rows with one Tab stop each
//! after a header row that is one Tab stop (Left/Right along it, Enter
//! sorts), names that are words without the symbols drawn beside them,
//! keys that move, open and open the menu, a named modal settings dialog
//! with headings and check boxes named by their captions, errors
//! announced, progress with a range and a stable name, and the window at
//! 200 % zoom. (kittest also fails any frame that has an unnamed input.)

mod common;
mod kit;

use std::time::Duration;

use egui::accesskit::{Live, Role, SortDirection};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;

use lanscout::settings::Settings;
use lanscout::ui::{AppEvent, AppOptions, LanScoutApp};

use kit::{app_in, feed_servers, harness, opened_urls, wait_until};

/// The column headers, left to right, as the window names them.
const HEADERS: [&str; 7] = [
    "Name",
    "Address",
    "Port",
    "Network",
    "Response time",
    "Last seen",
    "Web page",
];

fn with_servers(n: usize) -> (tempfile::TempDir, Harness<'static, LanScoutApp>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_in(dir.path(), Settings::default(), AppOptions::default());
    feed_servers(&mut app, n);
    let mut h = harness(app, (1280.0, 800.0));
    h.run();
    (dir, h)
}

/// The label of the node that has the keyboard focus.
fn focused(h: &Harness<'_, LanScoutApp>) -> Option<(Role, String)> {
    h.root()
        .children_recursive()
        .map(|n| n.accesskit_node())
        .find(|n| n.is_focused())
        .map(|n| (n.role(), n.label().unwrap_or_default()))
}

/// Presses Tab until the focus comes back to where it started; every
/// node it stopped on, in order.
fn tab_stops(h: &mut Harness<'_, LanScoutApp>, limit: usize) -> Vec<(Role, String)> {
    let mut stops = Vec::new();
    for _ in 0..limit {
        h.key_press(Key::Tab);
        h.run();
        let Some(now) = focused(h) else { continue };
        if stops.first() == Some(&now) {
            break;
        }
        stops.push(now);
    }
    stops
}

#[test]
fn the_window_is_named_and_the_servers_are_a_table_of_named_rows() {
    let (_dir, h) = with_servers(3);
    assert_eq!(
        h.root().accesskit_node().label().as_deref(),
        Some("LanScout")
    );

    let table = h.get_by_role_and_label(Role::Table, "Servers");
    let t = table.accesskit_node();
    assert_eq!(t.data().row_count(), Some(4), "a header row and 3 servers");
    assert_eq!(t.data().column_count(), Some(7));

    let headers: Vec<String> = table
        .query_all_by_role(Role::ColumnHeader)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(headers, HEADERS);

    let rows: Vec<String> = table
        .query_all_by_role(Role::Row)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .filter(|l| l != "Columns")
        .collect();
    // Made-up servers: no name, web ports checked by a worker that the
    // test options do not start.
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(
        rows[0].starts_with("unnamed server, 10.20.0.1:8000, "),
        "{rows:?}"
    );
    assert!(
        rows[1].starts_with("unnamed server, 10.20.0.2:8080, "),
        "{rows:?}"
    );

    // Each cell is named after its column and holds the value as text.
    let row = table.get_by_role_and_label(Role::Row, &rows[1]);
    let cells: Vec<String> = row
        .query_all_by_role(Role::Cell)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(cells, headers);
    let port_cell = row.get_by_role_and_label(Role::Cell, "Port");
    assert!(
        port_cell.query_by_label("8080").is_some(),
        "the Port cell reads 8080"
    );
    // The address is a link a screen reader can follow.
    assert!(row
        .query_by_role_and_label(Role::Link, "10.20.0.2")
        .is_some());
}

#[test]
fn one_tab_stop_per_row_and_the_focus_ring_follows_up_and_down() {
    let (_dir, mut h) = with_servers(3);
    let stops = tab_stops(&mut h, 60);
    let rows: Vec<&(Role, String)> = stops.iter().filter(|(r, _)| *r == Role::Row).collect();
    assert_eq!(rows.len(), 3, "one stop per server row: {stops:?}");
    for (role, label) in &stops {
        assert!(
            !label.trim().is_empty(),
            "a focus stop without a name: {role:?} in {stops:?}"
        );
    }
    // The order follows the screen: toolbar, column headers, rows, status bar.
    let position = |role: Role, label: &str| {
        stops
            .iter()
            .position(|(r, l)| *r == role && l.starts_with(label))
            .unwrap_or_else(|| panic!("{role:?} {label:?} not in {stops:?}"))
    };
    assert!(position(Role::Button, "Scan") < position(Role::Button, "Address"));
    assert!(position(Role::Button, "Address") < position(Role::Row, "unnamed server, 10.20.0.1"));
    assert!(position(Role::Row, "unnamed server, 10.20.0.3") < position(Role::Button, "Export"));
    // The header row is one Tab stop (the sorted column's header), so the
    // first server is the seventh: Scan, Settings, server mode,
    // auto-refresh, filter, the header row, the server (13 before).
    let header_stops: Vec<&String> = stops
        .iter()
        .filter(|(r, l)| *r == Role::Button && HEADERS.contains(&l.as_str()))
        .map(|(_, l)| l)
        .collect();
    assert_eq!(header_stops, ["Address"], "{stops:?}");
    assert_eq!(
        position(Role::Row, "unnamed server, 10.20.0.1"),
        6,
        "{stops:?}"
    );
    // Names are words: the symbols beside them are pictures.
    for (role, label) in &stops {
        assert!(
            !label
                .chars()
                .any(|c| matches!(c, '\u{2190}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}')),
            "{role:?} {label:?} is named with a symbol"
        );
    }

    // Focus the first row: it is selected; Down moves selection and focus.
    while focused(&h).is_none_or(|(r, l)| r != Role::Row || !l.contains("10.20.0.1:")) {
        h.key_press(Key::Tab);
        h.run();
    }
    let selected = |h: &Harness<'_, LanScoutApp>| -> Vec<String> {
        h.query_all_by_role(Role::Row)
            .map(|n| n.accesskit_node())
            .filter(|n| n.is_selected() == Some(true))
            .map(|n| n.label().unwrap_or_default())
            .collect()
    };
    assert_eq!(selected(&h).len(), 1);
    assert!(selected(&h)[0].contains("10.20.0.1:"));
    h.key_press(Key::ArrowDown);
    h.run();
    assert!(selected(&h)[0].contains("10.20.0.2:"), "{:?}", selected(&h));
    assert!(
        focused(&h).is_some_and(|(_, l)| l.contains("10.20.0.2:")),
        "the focus follows the selection: {:?}",
        focused(&h)
    );

    // Enter opens it; Shift+F10 opens the row's menu.
    // (One frame per input event: look at the output of the key-down frame.)
    h.key_down(Key::Enter);
    h.step();
    assert_eq!(opened_urls(&h), ["http://10.20.0.2:8080/"]);
    h.key_up(Key::Enter);
    h.run();
    h.key_down_modifiers(Modifiers::SHIFT, Key::F10);
    h.step();

    h.key_up_modifiers(Modifiers::SHIFT, Key::F10);
    h.run();

    assert!(
        h.query_by_label("Copy link").is_some(),
        "Shift+F10 opens the menu"
    );
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Copy link").is_none(), "Escape closes it");
}

/// Left and Right move along the header row, Enter sorts by the column
/// that has the focus; the header's name never changes with the order.
#[test]
fn the_header_row_is_walked_with_left_and_right_and_sorts_with_enter() {
    let (_dir, mut h) = with_servers(3);
    while focused(&h).is_none_or(|(r, l)| r != Role::Button || l != "Address") {
        h.key_press(Key::Tab);
        h.run();
    }
    let walk = [
        (Key::ArrowRight, "Port"),
        (Key::ArrowRight, "Network"),
        (Key::ArrowLeft, "Port"),
        (Key::ArrowLeft, "Address"),
        (Key::ArrowLeft, "Name"),
        (Key::ArrowLeft, "Name"),
    ];
    for (key, want) in walk {
        h.key_press(key);
        h.run();
        assert_eq!(
            focused(&h),
            Some((Role::Button, want.to_string())),
            "after {key:?}"
        );
    }
    let sorted = |h: &Harness<'_, LanScoutApp>| -> Vec<(String, SortDirection)> {
        h.query_all_by_role(Role::ColumnHeader)
            .map(|n| n.accesskit_node())
            .filter_map(|n| {
                n.data()
                    .sort_direction()
                    .map(|d| (n.label().unwrap_or_default(), d))
            })
            .collect()
    };
    assert_eq!(
        sorted(&h),
        [("Address".to_string(), SortDirection::Ascending)]
    );
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(sorted(&h), [("Name".to_string(), SortDirection::Ascending)]);
    assert_eq!(
        focused(&h),
        Some((Role::Button, "Name".to_string())),
        "the focus stays"
    );
    // The next Tab leaves the header row for the first server.
    h.key_press(Key::Tab);
    h.run();
    assert!(
        focused(&h).is_some_and(|(r, _)| r == Role::Row),
        "{:?}",
        focused(&h)
    );
}

#[test]
fn the_settings_dialog_is_named_modal_and_gives_the_focus_back() {
    let (_dir, mut h) = with_servers(1);
    h.get_by_label("Settings").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let dialog = h.get_by_role_and_label(Role::Dialog, "Settings");
    assert!(dialog.accesskit_node().is_modal());
    // The focus moved into it, on its first field.
    assert_eq!(
        focused(&h).map(|(_, l)| l),
        Some("Timeout (seconds)".into())
    );
    let headings: Vec<String> = dialog
        .query_all_by_role(Role::Heading)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    for want in [
        "Settings",
        "Scanning",
        "Protocol",
        "Server mode",
        "Appearance",
    ] {
        assert!(headings.iter().any(|h| h == want), "{want} in {headings:?}");
    }
    // A check box is named by the text beside it; its row label describes it.
    let names = dialog.get_by_role_and_label(Role::CheckBox, "Look up names and page titles");
    assert_eq!(
        names.accesskit_node().description().as_deref(),
        Some("Names")
    );
    // Tab stays inside the dialog.
    let stops = tab_stops(&mut h, 80);
    assert!(stops.len() > 10, "{stops:?}");
    for (role, label) in &stops {
        assert!(
            h.get_by_role_and_label(Role::Dialog, "Settings")
                .query_all_by_role_and_label(*role, label)
                .next()
                .is_some(),
            "Tab left the dialog for {role:?} {label:?}"
        );
    }
    // Escape closes it and the Settings button has the keyboard again.
    h.key_press(Key::Escape);
    h.run();
    assert!(h
        .query_by_role_and_label(Role::Dialog, "Settings")
        .is_none());
    assert_eq!(focused(&h).map(|(_, l)| l), Some("Settings".into()));
}

#[test]
fn errors_are_announced_and_progress_keeps_its_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A scan of nothing (no interface, one target on loopback) that runs 3 s.
    let mut settings = kit::loopback_settings(common::free_udp_port(), 3.0);
    settings.scan.lookup_details = false;
    let mut app = app_in(dir.path(), settings, AppOptions::default());
    app.handle_event(AppEvent::Browser {
        url: "http://10.0.0.5:8000/".into(),
        result: Err("no browser is installed".into()),
    });
    let mut h = harness(app, (1280.0, 800.0));
    h.run();
    let alert = h.get_by_role(Role::Alert);
    let a = alert.accesskit_node();
    assert_eq!(a.live(), Live::Assertive);
    assert!(a
        .label()
        .unwrap_or_default()
        .contains("no browser is installed"));

    h.get_by_label("Scan").click();
    let mut seen = Vec::new();
    assert!(wait_until(&mut h, Duration::from_secs(3), |h| {
        if let Some(bar) = h.query_by_role(Role::ProgressIndicator) {
            let n = bar.accesskit_node();
            seen.push((
                n.label(),
                n.numeric_value(),
                n.min_numeric_value(),
                n.max_numeric_value(),
                n.value(),
            ));
        }
        seen.len() >= 5
    }));
    let names: std::collections::HashSet<_> = seen.iter().map(|s| s.0.clone()).collect();
    assert_eq!(names.len(), 1, "one name while it runs: {names:?}");
    assert_eq!(seen[0].0.as_deref(), Some("Scan progress"));
    assert!(
        seen.iter().all(|s| s.2 == Some(0.0) && s.3 == Some(100.0)),
        "{seen:?}"
    );
    assert!(seen
        .iter()
        .all(|s| s.4.as_deref().is_some_and(|v| v.contains("Scanning"))));
}

#[test]
fn at_200_percent_zoom_nothing_is_cut_off() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_in(dir.path(), Settings::default(), AppOptions::default());
    feed_servers(&mut app, 4);
    // 1600×1000 pixels at twice the size: 800×500 points.
    let mut h = Harness::builder()
        .with_size(egui::Vec2::new(800.0, 500.0))
        .with_pixels_per_point(2.0)
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut LanScoutApp| app.ui(ui), app);
    h.run();
    kit::steady_caret(&mut h);
    // Ctrl+Plus zooms as in a browser.
    let before = h.ctx.zoom_factor();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    assert!(h.ctx.zoom_factor() > before, "Ctrl+Plus did not zoom");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run();
    // Every control of the toolbar and the status bar lies inside the window.
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::Vec2::new(800.0, 500.0));
    for label in [
        "Scan",
        "Settings",
        "Also act as server",
        "Auto-refresh",
        "Filter",
        "Export",
        "Messages",
    ] {
        let node = h.get_by_label(label).accesskit_node();
        let rect = node.raw_bounds().expect("laid out");
        let r = egui::Rect::from_min_max(
            egui::pos2(rect.x0 as f32, rect.y0 as f32),
            egui::pos2(rect.x1 as f32, rect.y1 as f32),
        );
        assert!(window.contains_rect(r), "{label} at {r:?} is cut off");
    }
    h.snapshot("main_zoom_200");
    h.get_by_label("Settings").click();
    h.run();
    h.snapshot("settings_zoom_200");
}

#[test]
fn about_opens_with_f1_says_the_version_and_where_things_are_and_closes_with_escape() {
    let (dir, mut h) = with_servers(2);
    // No "About" dialog until asked for.
    assert!(h
        .query_by_role_and_label(Role::Dialog, "About LanScout")
        .is_none());
    h.key_press(Key::F1);
    h.run();
    let dialog = h.get_by_role_and_label(Role::Dialog, "About LanScout");
    assert!(dialog.accesskit_node().is_modal());
    let heading = dialog
        .query_all_by_role(Role::Heading)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .next();
    assert_eq!(heading.as_deref(), Some("About LanScout"));
    let version = format!("Version {}", env!("CARGO_PKG_VERSION"));
    assert!(h.query_by_label(&version).is_some(), "{version}");
    assert!(h
        .query_by_label("Free software under the licence MIT OR Apache-2.0")
        .is_some());
    let settings_file = dir.path().join("settings.toml").display().to_string();
    assert!(
        h.query_by_label(&settings_file).is_some(),
        "{settings_file}"
    );

    // The settings' folder opens as a file link (the system's opener
    // shows it in the file manager); the first "Open folder" that is
    // there belongs to the settings (the notices are not installed here).
    h.get_all_by_label("Open folder")
        .next()
        .expect("an Open folder button")
        .click();
    h.step();
    let folder = url::Url::from_directory_path(dir.path())
        .expect("a full path")
        .to_string();
    assert_eq!(opened_urls(&h), [folder]);
    h.run();

    h.get_by_label("Copy details for a support request").click();
    h.step();
    let copied = kit::copied_texts(&h);
    assert_eq!(copied.len(), 1, "{copied:?}");
    let details = &copied[0];
    assert!(
        details.starts_with(&format!("LanScout {} (commit ", env!("CARGO_PKG_VERSION"))),
        "{details}"
    );
    assert!(details.contains("\nServers listed: 2\n"), "{details}");
    assert!(
        !details.contains(&dir.path().display().to_string()),
        "no path of the user's own: {details}"
    );
    h.run();
    assert!(h
        .query_by_label("Copied. Paste it into your message.")
        .is_some());

    h.key_press(Key::Escape);
    h.run();
    assert!(h
        .query_by_role_and_label(Role::Dialog, "About LanScout")
        .is_none());
    // F1 does nothing over another dialog (Escape belongs to that one).
    h.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    h.run();
    h.key_press(Key::F1);
    h.run();
    assert!(h
        .query_by_role_and_label(Role::Dialog, "About LanScout")
        .is_none());
}

/// A press and release of the primary button at `pos` (a click beside a
/// dialog, on its backdrop).
fn click_at(h: &mut Harness<'_, LanScoutApp>, pos: egui::Pos2) {
    h.event(egui::Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h.run();
}

#[test]
fn the_rename_box_is_named_gives_the_focus_once_and_keeps_the_typing_on_a_stray_click() {
    let (_dir, mut h) = with_servers(1);
    h.get_by_label("10.20.0.1").click_secondary();
    h.run();
    h.get_by_label("Add to favourites").click();
    h.run();
    h.get_by_label("10.20.0.1").click_secondary();
    h.run();
    h.get_by_label("Rename favourite…").click();
    h.run();
    let dialog = h.get_by_role_and_label(Role::Dialog, "Rename favourite 10.20.0.1");
    assert!(dialog.accesskit_node().is_modal());
    assert_eq!(
        focused(&h),
        Some((Role::TextInput, "New name".into())),
        "the field has the keyboard when the box opens"
    );
    h.get_by_label("New name").type_text("Lab");
    h.run();
    // Tab leaves the field (the box used to take it back every frame).
    h.key_press(Key::Tab);
    h.run();
    h.run();
    assert_eq!(focused(&h), Some((Role::Button, "Rename".into())));
    // A click beside the box keeps it, and the typing.
    click_at(&mut h, egui::pos2(5.0, 790.0));
    assert!(
        h.query_by_role_and_label(Role::Dialog, "Rename favourite 10.20.0.1")
            .is_some(),
        "a stray click closed the box"
    );
    assert_eq!(
        h.get_by_label("New name")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("Lab")
    );
    // Escape cancels (the command table).
    h.key_press(Key::Escape);
    h.run();
    assert!(h
        .query_by_role_and_label(Role::Dialog, "Rename favourite 10.20.0.1")
        .is_none());
}

#[test]
fn the_qr_code_window_is_named_and_only_escape_or_close_closes_it() {
    let (_dir, mut h) = with_servers(1);
    h.get_by_label("10.20.0.1").click_secondary();
    h.run();
    h.get_by_label("Show QR code").click();
    h.run();
    let title = "Open on a phone";
    assert!(h
        .get_by_role_and_label(Role::Dialog, title)
        .accesskit_node()
        .is_modal());
    click_at(&mut h, egui::pos2(5.0, 790.0));
    assert!(h.query_by_role_and_label(Role::Dialog, title).is_some());
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_role_and_label(Role::Dialog, title).is_none());
}
