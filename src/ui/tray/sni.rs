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

use super::dbusmenu::{
    entry_properties, introspection, layout, numbered, ITEM_IFACE, ITEM_PATH, MENU_IFACE, MENU_PATH,
};
use super::{event_of, Report, Tray, TrayEvent, TrayMenu};

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
