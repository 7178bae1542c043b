//! The tray's menu as the panel reads it (`com.canonical.dbusmenu`) and
//! what `Introspect` says at each path: values only, no connection (the
//! item in `sni.rs` answers with them).

use std::collections::HashMap;

use zbus::zvariant::Value;

use super::{entries, Entry, TrayMenu};

/// Where the item answers, and under which interface names.
pub(super) const ITEM_PATH: &str = "/StatusNotifierItem";
pub(super) const MENU_PATH: &str = "/MenuBar";
pub(super) const ITEM_IFACE: &str = "org.kde.StatusNotifierItem";
pub(super) const MENU_IFACE: &str = "com.canonical.dbusmenu";

/// Each entry with its number (separators numbered after the entries, so
/// that a panel can address every line).
pub(super) fn numbered(menu: &TrayMenu) -> Vec<(i32, Entry)> {
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
pub(super) fn entry_properties(entry: &Entry) -> HashMap<&'static str, Value<'static>> {
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
pub(super) type Layout = (
    i32,
    HashMap<&'static str, Value<'static>>,
    Vec<Value<'static>>,
);

/// The layout under entry `parent`, or `None` when the menu has no such
/// entry.
pub(super) fn layout(menu: &TrayMenu, parent: i32, depth: i32) -> Option<Layout> {
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
pub(super) fn introspection(path: &str) -> String {
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
