//! The tray icon on Linux: a StatusNotifierItem at `/StatusNotifierItem`
//! and its menu at `/MenuBar` (`com.canonical.dbusmenu`), answered message
//! by message on a blocking zbus connection of its own.
//!
//! Written against the two specifications rather than taken from a crate:
//! ksni did the same work for 243 KB of the .deb, over its budget; this is
//! the zbus the window already links, and the method calls a panel makes
//! (Properties Get/GetAll, Activate, GetLayout, Event, AboutToShow and
//! their group forms). Registered with the panel's
//! `org.kde.StatusNotifierWatcher` under the connection's unique name, and
//! again whenever a panel takes that name (KDE's panel restarting).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use zbus::blocking::{Connection, MessageIterator};
use zbus::message::{Header, Type};
use zbus::zvariant::{ObjectPath, OwnedValue, Value};

use super::{entries, event_of, Entry, Report, Tray, TrayEvent, TrayMenu};

const ITEM_PATH: &str = "/StatusNotifierItem";
const MENU_PATH: &str = "/MenuBar";
const ITEM_IFACE: &str = "org.kde.StatusNotifierItem";
const MENU_IFACE: &str = "com.canonical.dbusmenu";
const WATCHER: &str = "org.kde.StatusNotifierWatcher";
const WATCHER_PATH: &str = "/StatusNotifierWatcher";
const PROPERTIES: &str = "org.freedesktop.DBus.Properties";
const BUS: &str = "org.freedesktop.DBus";

/// A picture of the icon: width, height, ARGB pixels (the spec's `(iiay)`).
type Pixmap = (i32, i32, Vec<u8>);

/// The menu as the panel was last told it.
struct Shown {
    menu: TrayMenu,
    /// dbusmenu's layout revision: one more at each change.
    revision: u32,
}

/// What the thread that answers the panel holds.
struct Item {
    conn: Connection,
    shown: Arc<Mutex<Shown>>,
    report: Report,
    icon: Vec<Pixmap>,
    stopping: Arc<AtomicBool>,
}

/// See [`super::run`].
pub fn run(menu: TrayMenu, report: Report, started: impl FnOnce(Result<Tray, String>)) {
    let conn = match Connection::session() {
        Ok(c) => c,
        Err(e) => return started(Err(format!("no session bus: {e}"))),
    };
    // Listening starts before the panel learns of the item: it asks for
    // the menu at once.
    let incoming = MessageIterator::from(&conn);
    let rule = format!(
        "type='signal',sender='{BUS}',interface='{BUS}',member='NameOwnerChanged',arg0='{WATCHER}'"
    );
    if let Err(e) = conn.call_method(
        Some(BUS),
        "/org/freedesktop/DBus",
        Some(BUS),
        "AddMatch",
        &rule,
    ) {
        return started(Err(format!(
            "cannot follow the panel on the session bus: {e}"
        )));
    }
    let shown = Arc::new(Mutex::new(Shown { menu, revision: 1 }));
    let stopping = Arc::new(AtomicBool::new(false));
    let item = Item {
        conn: conn.clone(),
        shown: Arc::clone(&shown),
        report,
        icon: icon(),
        stopping: Arc::clone(&stopping),
    };
    if let Err(e) = crate::threads::start("tray-bus", move || item.serve(incoming)) {
        return started(Err(format!("cannot start a thread: {e}")));
    }
    // The answering thread runs first: a panel may read the item before it
    // answers the registration.
    if let Err(e) = register(&conn) {
        stop(conn, &stopping);
        return started(Err(format!("no panel shows tray icons ({e})")));
    }
    let (updates, asked) = crossbeam_channel::unbounded::<TrayMenu>();
    started(Ok(Tray { updates }));
    for menu in asked {
        let revision = {
            let mut shown = lock(&shown);
            if shown.menu == menu {
                continue;
            }
            shown.menu = menu;
            shown.revision = shown.revision.wrapping_add(1);
            shown.revision
        };
        // A panel that missed these reads the menu again when it opens it.
        let _ = conn.emit_signal(
            None::<&str>,
            MENU_PATH,
            MENU_IFACE,
            "LayoutUpdated",
            &(revision, 0i32),
        );
        let _ = conn.emit_signal(None::<&str>, ITEM_PATH, ITEM_IFACE, "NewToolTip", &());
    }
    // The window let go of its tray: the icon goes away with the connection.
    stop(conn, &stopping);
}

/// Ends the answering thread and takes the item off the bus.
fn stop(conn: Connection, stopping: &AtomicBool) {
    stopping.store(true, Ordering::SeqCst);
    let _ = conn.close();
}

fn lock(shown: &Mutex<Shown>) -> std::sync::MutexGuard<'_, Shown> {
    shown
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Tells the panel where the item is: this connection's unique name (the
/// item at the spec's `/StatusNotifierItem`).
fn register(conn: &Connection) -> zbus::Result<()> {
    let name = conn
        .unique_name()
        .map(|n| n.as_str().to_string())
        .ok_or_else(|| zbus::Error::Failure("the session bus gave no name".into()))?;
    conn.call_method(
        Some(WATCHER),
        WATCHER_PATH,
        Some(WATCHER),
        "RegisterStatusNotifierItem",
        &name,
    )?;
    Ok(())
}

/// The app's icon as the picture the panel draws when the icon theme has
/// no "lanscout" (a copy that is not installed).
fn icon() -> Vec<Pixmap> {
    let Ok(png) = eframe::icon_data::from_png_bytes(include_bytes!("../../../assets/icon-64.png"))
    else {
        return Vec::new();
    };
    let mut data = png.rgba;
    for pixel in data.chunks_exact_mut(4) {
        // RGBA to the ARGB the spec asks for.
        pixel.rotate_right(1);
    }
    vec![(png.width as i32, png.height as i32, data)]
}

/// The names a panel reads of the item (`GetAll` answers them all).
const ITEM_PROPERTIES: [&str; 14] = [
    "Category",
    "Id",
    "Title",
    "Status",
    "WindowId",
    "IconName",
    "IconPixmap",
    "IconThemePath",
    "OverlayIconName",
    "AttentionIconName",
    "AttentionIconPixmap",
    "ToolTip",
    "ItemIsMenu",
    "Menu",
];

/// The names of the menu object's own properties.
const MENU_PROPERTIES: [&str; 4] = ["Version", "TextDirection", "Status", "IconThemePath"];

/// A method call the item does not know: the standard error.
enum Refused {
    UnknownMethod,
    UnknownProperty(String),
    InvalidArgs(String),
    Bus(zbus::Error),
}

impl From<zbus::Error> for Refused {
    fn from(e: zbus::Error) -> Self {
        Refused::Bus(e)
    }
}

impl Item {
    /// Answers the panel until the window lets go of the tray.
    fn serve(self, incoming: MessageIterator) {
        for message in incoming {
            if self.stopping.load(Ordering::SeqCst) {
                break;
            }
            let message = match message {
                Ok(m) => m,
                Err(e) if self.conn.is_closed() => {
                    log::debug!("tray: the session bus went away ({e})");
                    break;
                }
                Err(e) => {
                    log::debug!("tray: a message that cannot be read ({e})");
                    continue;
                }
            };
            let header = message.header();
            match header.message_type() {
                Type::MethodCall => self.answer(&message, &header),
                Type::Signal => self.on_signal(&message, &header),
                _ => {}
            }
        }
    }

    fn answer(&self, message: &zbus::Message, header: &Header<'_>) {
        let path = header.path().map(|p| p.as_str()).unwrap_or_default();
        let iface = header.interface().map(|i| i.as_str()).unwrap_or_default();
        let member = header.member().map(|m| m.as_str()).unwrap_or_default();
        let answered = match path {
            ITEM_PATH | MENU_PATH => self.call(path, iface, member, message, header),
            _ => Err(Refused::UnknownMethod),
        };
        let refused = match answered {
            Ok(()) => return,
            Err(Refused::UnknownMethod) => self.conn.reply_error(
                header,
                "org.freedesktop.DBus.Error.UnknownMethod",
                &format!("no method {iface}.{member} at {path}"),
            ),
            Err(Refused::UnknownProperty(name)) => self.conn.reply_error(
                header,
                "org.freedesktop.DBus.Error.UnknownProperty",
                &format!("no property {name}"),
            ),
            Err(Refused::InvalidArgs(why)) => {
                self.conn
                    .reply_error(header, "org.freedesktop.DBus.Error.InvalidArgs", &why)
            }
            Err(Refused::Bus(e)) => {
                log::debug!("tray: cannot answer {iface}.{member}: {e}");
                return;
            }
        };
        if let Err(e) = refused {
            log::debug!("tray: cannot refuse {iface}.{member}: {e}");
        }
    }

    fn call(
        &self,
        path: &str,
        iface: &str,
        member: &str,
        message: &zbus::Message,
        header: &Header<'_>,
    ) -> Result<(), Refused> {
        let body = message.body();
        match (path, iface, member) {
            (_, "org.freedesktop.DBus.Peer", "Ping") => Ok(self.conn.reply(header, &())?),
            (_, "org.freedesktop.DBus.Introspectable", "Introspect") => {
                Ok(self.conn.reply(header, &introspection(path))?)
            }
            (_, PROPERTIES, "Get") => {
                let (of, name): (String, String) = body.deserialize()?;
                let value = self
                    .property(path, &of, &name)
                    .ok_or(Refused::UnknownProperty(name))?;
                Ok(self.conn.reply(header, &value)?)
            }
            (_, PROPERTIES, "GetAll") => {
                let of: String = body.deserialize()?;
                let names: &[&str] = match (path, of.as_str()) {
                    (ITEM_PATH, ITEM_IFACE) => &ITEM_PROPERTIES,
                    (MENU_PATH, MENU_IFACE) => &MENU_PROPERTIES,
                    _ => &[],
                };
                let all: HashMap<&str, Value<'_>> = names
                    .iter()
                    .filter_map(|n| self.property(path, &of, n).map(|v| (*n, v)))
                    .collect();
                Ok(self.conn.reply(header, &all)?)
            }
            (ITEM_PATH, ITEM_IFACE, "Activate") => {
                (self.report)(TrayEvent::Show);
                Ok(self.conn.reply(header, &())?)
            }
            (ITEM_PATH, ITEM_IFACE, "SecondaryActivate" | "ContextMenu" | "Scroll") => {
                Ok(self.conn.reply(header, &())?)
            }
            (MENU_PATH, MENU_IFACE, "GetLayout") => {
                let (parent, depth, _names): (i32, i32, Vec<String>) = body.deserialize()?;
                let shown = lock(&self.shown);
                let layout = layout(&shown.menu, parent, depth)
                    .ok_or_else(|| Refused::InvalidArgs(format!("no menu entry {parent}")))?;
                let revision = shown.revision;
                drop(shown);
                Ok(self.conn.reply(header, &(revision, layout))?)
            }
            (MENU_PATH, MENU_IFACE, "GetGroupProperties") => {
                let (ids, _names): (Vec<i32>, Vec<String>) = body.deserialize()?;
                let menu = lock(&self.shown).menu.clone();
                let found: Vec<(i32, HashMap<&str, Value<'_>>)> = numbered(&menu)
                    .into_iter()
                    .filter(|(id, _)| ids.is_empty() || ids.contains(id))
                    .map(|(id, entry)| (id, entry_properties(&entry)))
                    .collect();
                Ok(self.conn.reply(header, &found)?)
            }
            (MENU_PATH, MENU_IFACE, "GetProperty") => {
                let (id, name): (i32, String) = body.deserialize()?;
                let menu = lock(&self.shown).menu.clone();
                let value = numbered(&menu)
                    .into_iter()
                    .find(|(i, _)| *i == id)
                    .and_then(|(_, entry)| entry_properties(&entry).remove(name.as_str()))
                    .ok_or(Refused::UnknownProperty(name))?;
                Ok(self.conn.reply(header, &value)?)
            }
            (MENU_PATH, MENU_IFACE, "Event") => {
                let (id, kind, _data, _time): (i32, String, OwnedValue, u32) =
                    body.deserialize()?;
                self.picked(id, &kind);
                Ok(self.conn.reply(header, &())?)
            }
            (MENU_PATH, MENU_IFACE, "EventGroup") => {
                let events: Vec<(i32, String, OwnedValue, u32)> = body.deserialize()?;
                for (id, kind, _, _) in &events {
                    self.picked(*id, kind);
                }
                Ok(self.conn.reply(header, &Vec::<i32>::new())?)
            }
            (MENU_PATH, MENU_IFACE, "AboutToShow") => Ok(self.conn.reply(header, &false)?),
            (MENU_PATH, MENU_IFACE, "AboutToShowGroup") => Ok(self
                .conn
                .reply(header, &(Vec::<i32>::new(), Vec::<i32>::new()))?),
            _ => Err(Refused::UnknownMethod),
        }
    }

    /// A click on menu entry `id` (other events, hovers and openings, do
    /// nothing).
    fn picked(&self, id: i32, kind: &str) {
        if kind != "clicked" {
            return;
        }
        let event = event_of(&lock(&self.shown).menu, id);
        if let Some(event) = event {
            (self.report)(event);
        }
    }

    /// The value of property `name` of interface `of` at `path`.
    fn property(&self, path: &str, of: &str, name: &str) -> Option<Value<'static>> {
        let text = |s: &str| Some(Value::from(s.to_string()));
        match (path, of) {
            (ITEM_PATH, ITEM_IFACE) => match name {
                "Category" => text("ApplicationStatus"),
                "Id" | "IconName" => text(crate::ui::APP_ID),
                "Title" => text("LanScout"),
                "Status" => text("Active"),
                "WindowId" => Some(Value::from(0i32)),
                "IconPixmap" => Some(Value::from(self.icon.clone())),
                "IconThemePath" | "OverlayIconName" | "AttentionIconName" => text(""),
                "AttentionIconPixmap" => Some(Value::from(Vec::<Pixmap>::new())),
                "ToolTip" => {
                    let status = lock(&self.shown).menu.status.clone();
                    Some(Value::from((
                        String::new(),
                        Vec::<Pixmap>::new(),
                        "LanScout".to_string(),
                        status,
                    )))
                }
                "ItemIsMenu" => Some(Value::from(false)),
                "Menu" => Some(Value::from(ObjectPath::from_static_str_unchecked(
                    MENU_PATH,
                ))),
                _ => None,
            },
            (MENU_PATH, MENU_IFACE) => match name {
                "Version" => Some(Value::from(3u32)),
                "TextDirection" => text("ltr"),
                "Status" => text("normal"),
                "IconThemePath" => Some(Value::from(Vec::<String>::new())),
                _ => None,
            },
            _ => None,
        }
    }

    /// A panel took the watcher's name (register again) or gave it up.
    fn on_signal(&self, message: &zbus::Message, header: &Header<'_>) {
        let from_bus = header.interface().is_some_and(|i| i.as_str() == BUS)
            && header
                .member()
                .is_some_and(|m| m.as_str() == "NameOwnerChanged");
        if !from_bus {
            return;
        }
        let Ok((name, _old, new)) = message.body().deserialize::<(String, String, String)>() else {
            return;
        };
        if name != WATCHER {
            return;
        }
        if new.is_empty() {
            (self.report)(TrayEvent::Host(false));
            return;
        }
        // Registered from a thread of its own: a panel may read the item
        // before it answers, and this thread is the one that answers.
        let (conn, report) = (self.conn.clone(), Arc::clone(&self.report));
        let started = crate::threads::start("tray-register", move || match register(&conn) {
            Ok(()) => report(TrayEvent::Host(true)),
            Err(e) => log::info!("tray: the new panel did not take the icon ({e})"),
        });
        if let Err(e) = started {
            log::warn!("tray: cannot start a thread: {e}");
        }
    }
}

/// Each entry with its number (separators numbered after the entries, so
/// that a panel can address every line).
fn numbered(menu: &TrayMenu) -> Vec<(i32, Entry)> {
    entries(menu)
        .into_iter()
        .enumerate()
        .map(|(at, entry)| match &entry {
            Entry::Action { id, .. } | Entry::Check { id, .. } => (*id, entry),
            Entry::Separator => (100 + at as i32, entry),
        })
        .collect()
}

/// What dbusmenu says of one entry.
fn entry_properties(entry: &Entry) -> HashMap<&'static str, Value<'static>> {
    // dbusmenu reads "_" as the start of a keyboard mnemonic.
    let label = |l: &str| Value::from(l.replace('_', "__"));
    let mut props = HashMap::new();
    match entry {
        Entry::Separator => {
            props.insert("type", Value::from("separator"));
        }
        Entry::Action { label: l, .. } => {
            props.insert("label", label(l));
        }
        Entry::Check {
            label: l, checked, ..
        } => {
            props.insert("label", label(l));
            props.insert("toggle-type", Value::from("checkmark"));
            props.insert("toggle-state", Value::from(i32::from(*checked)));
        }
    }
    props
}

/// dbusmenu's `(ia{sv}av)` of one entry and (to `depth`, -1 for all) its
/// children: the menu itself is entry 0.
type Layout = (
    i32,
    HashMap<&'static str, Value<'static>>,
    Vec<Value<'static>>,
);

/// The layout under entry `parent`, or `None` when the menu has no such
/// entry.
fn layout(menu: &TrayMenu, parent: i32, depth: i32) -> Option<Layout> {
    let entries = numbered(menu);
    if parent != 0 {
        let (id, entry) = entries.into_iter().find(|(id, _)| *id == parent)?;
        return Some((id, entry_properties(&entry), Vec::new()));
    }
    let children = if depth == 0 {
        Vec::new()
    } else {
        entries
            .into_iter()
            .map(|(id, entry)| {
                Value::from((id, entry_properties(&entry), Vec::<Value<'static>>::new()))
            })
            .collect()
    };
    let root = HashMap::from([("children-display", Value::from("submenu"))]);
    Some((0, root, children))
}

/// What `Introspect` says at `path`: the interfaces answered there.
fn introspection(path: &str) -> String {
    let body = match path {
        ITEM_PATH => format!(
            r#"<interface name="{ITEM_IFACE}">
<method name="Activate"><arg type="i" direction="in"/><arg type="i" direction="in"/></method>
<method name="SecondaryActivate"><arg type="i" direction="in"/><arg type="i" direction="in"/></method>
<method name="ContextMenu"><arg type="i" direction="in"/><arg type="i" direction="in"/></method>
<method name="Scroll"><arg type="i" direction="in"/><arg type="s" direction="in"/></method>
<property name="Category" type="s" access="read"/><property name="Id" type="s" access="read"/>
<property name="Title" type="s" access="read"/><property name="Status" type="s" access="read"/>
<property name="WindowId" type="i" access="read"/><property name="IconName" type="s" access="read"/>
<property name="IconPixmap" type="a(iiay)" access="read"/><property name="IconThemePath" type="s" access="read"/>
<property name="OverlayIconName" type="s" access="read"/><property name="AttentionIconName" type="s" access="read"/>
<property name="AttentionIconPixmap" type="a(iiay)" access="read"/>
<property name="ToolTip" type="(sa(iiay)ss)" access="read"/><property name="ItemIsMenu" type="b" access="read"/>
<property name="Menu" type="o" access="read"/>
<signal name="NewToolTip"/>
</interface>"#
        ),
        MENU_PATH => format!(
            r#"<interface name="{MENU_IFACE}">
<method name="GetLayout"><arg type="i" direction="in"/><arg type="i" direction="in"/><arg type="as" direction="in"/><arg type="u" direction="out"/><arg type="(ia{{sv}}av)" direction="out"/></method>
<method name="GetGroupProperties"><arg type="ai" direction="in"/><arg type="as" direction="in"/><arg type="a(ia{{sv}})" direction="out"/></method>
<method name="GetProperty"><arg type="i" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="out"/></method>
<method name="Event"><arg type="i" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="in"/><arg type="u" direction="in"/></method>
<method name="EventGroup"><arg type="a(isvu)" direction="in"/><arg type="ai" direction="out"/></method>
<method name="AboutToShow"><arg type="i" direction="in"/><arg type="b" direction="out"/></method>
<method name="AboutToShowGroup"><arg type="ai" direction="in"/><arg type="ai" direction="out"/><arg type="ai" direction="out"/></method>
<property name="Version" type="u" access="read"/><property name="TextDirection" type="s" access="read"/>
<property name="Status" type="s" access="read"/><property name="IconThemePath" type="as" access="read"/>
<signal name="LayoutUpdated"><arg type="u"/><arg type="i"/></signal>
</interface>"#
        ),
        _ => String::new(),
    };
    format!(
        r#"<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node><interface name="org.freedesktop.DBus.Properties"><method name="Get"><arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="out"/></method><method name="GetAll"><arg type="s" direction="in"/><arg type="a{{sv}}" direction="out"/></method></interface>
{body}</node>"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn menu() -> TrayMenu {
        TrayMenu {
            show: "Show LanScout".into(),
            scan: "Scan_now".into(),
            server_mode: "Also act as server".into(),
            quit: "Quit".into(),
            serving: true,
            status: "1 server".into(),
        }
    }

    #[test]
    fn the_layout_has_every_entry_under_the_menu_and_each_alone_by_number() {
        let (root, props, children) = layout(&menu(), 0, -1).expect("root");
        assert_eq!((root, props.len(), children.len()), (0, 1, 6));
        assert_eq!(
            layout(&menu(), 0, 0).map(|l| l.2.len()),
            Some(0),
            "depth 0: no children"
        );
        let (id, props, children) = layout(&menu(), 3, -1).expect("entry 3");
        assert_eq!(id, 3);
        assert!(children.is_empty());
        assert_eq!(props.get("toggle-type"), Some(&Value::from("checkmark")));
        assert_eq!(props.get("toggle-state"), Some(&Value::from(1i32)));
        assert_eq!(
            layout(&menu(), 2, -1).map(|l| l.1["label"].clone()),
            Some(Value::from("Scan__now"))
        );
        assert!(layout(&menu(), 102, -1).is_some_and(|l| l.1["type"] == Value::from("separator")));
        assert!(layout(&menu(), 7, -1).is_none());
        // The layout has dbusmenu's type.
        let body = (1u32, layout(&menu(), 0, -1).expect("root"));
        assert_eq!(
            zbus::zvariant::DynamicType::signature(&body).to_string(),
            "(u(ia{sv}av))"
        );
    }

    #[test]
    fn every_entry_and_separator_has_its_own_number() {
        let ids: Vec<i32> = numbered(&menu()).into_iter().map(|(id, _)| id).collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        assert!(!ids.contains(&0), "0 is the menu itself: {ids:?}");
    }

    #[test]
    fn introspection_names_the_interfaces_answered_at_each_path() {
        assert!(introspection(ITEM_PATH).contains(ITEM_IFACE));
        assert!(introspection(MENU_PATH).contains("(ia{sv}av)"));
        assert!(!introspection("/other").contains(ITEM_IFACE));
    }
}
