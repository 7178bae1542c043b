#!/usr/bin/env python3
"""A tray host for tests: a StatusNotifierWatcher (what KDE's panel, most
Linux panels and GNOME's AppIndicator extension run) on the session bus of
DBUS_SESSION_BUS_ADDRESS, and a client of the items that register with it,
as a panel is.

It also stands in for the desktop's notification service
(org.freedesktop.Notifications) and prints "notify SUMMARY" for each
notification shown.

Prints "ready" once it owns org.kde.StatusNotifierWatcher, then
"item SERVICE" for each item that registers. Takes one command per line on
stdin and answers with one line of JSON:
  props                    the item's Id, Title, Status, IconName, tool tip
                           and whether it carries an icon picture
  layout                   the menu as a panel shows it: [{id, label,
                           toggle, state, enabled, visible}], separators
                           as {"separator": true}
  click LABEL              clicks the menu entry labelled LABEL
  activate                 a left click on the icon
  leave                    the panel goes away (gives up the name)
"""

import json
import sys

from gi.repository import Gio, GLib

NAME = "org.kde.StatusNotifierWatcher"
PATH = "/StatusNotifierWatcher"
XML = f"""<node><interface name="{NAME}">
<method name="RegisterStatusNotifierItem"><arg type="s" direction="in"/></method>
<method name="RegisterStatusNotifierHost"><arg type="s" direction="in"/></method>
<property name="RegisteredStatusNotifierItems" type="as" access="read"/>
<property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
<property name="ProtocolVersion" type="i" access="read"/>
<signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
<signal name="StatusNotifierItemUnregistered"><arg type="s"/></signal>
<signal name="StatusNotifierHostRegistered"/>
</interface></node>"""

bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
loop = GLib.MainLoop()
items = []  # (bus name, object path)


def say(value):
    print(json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value,
          flush=True)


def call(conn, sender, path, iface, method, params, invocation):
    if method == "RegisterStatusNotifierItem":
        (service,) = params.unpack()
        # The spec allows a bus name (the item is at /StatusNotifierItem)
        # or an object path on the caller's connection.
        if service.startswith("/"):
            items.append((sender, service))
        else:
            items.append((service, "/StatusNotifierItem"))
        conn.emit_signal(None, PATH, NAME, "StatusNotifierItemRegistered",
                         GLib.Variant("(s)", (service,)))
        say(f"item {service}")
    invocation.return_value(None)


def get_property(conn, sender, path, iface, name):
    if name == "RegisteredStatusNotifierItems":
        return GLib.Variant("as", [f"{b}{p}" for b, p in items])
    if name == "IsStatusNotifierHostRegistered":
        return GLib.Variant("b", True)
    return GLib.Variant("i", 0)


NOTIFY_XML = """<node><interface name="org.freedesktop.Notifications">
<method name="Notify"><arg type="s" direction="in"/><arg type="u" direction="in"/>
<arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="s" direction="in"/>
<arg type="as" direction="in"/><arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
<arg type="u" direction="out"/></method>
<method name="GetCapabilities"><arg type="as" direction="out"/></method>
<method name="GetServerInformation"><arg type="s" direction="out"/><arg type="s" direction="out"/>
<arg type="s" direction="out"/><arg type="s" direction="out"/></method>
<method name="CloseNotification"><arg type="u" direction="in"/></method>
<signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
<signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
</interface></node>"""
shown = [0]


def notify_call(conn, sender, path, iface, method, params, invocation):
    if method == "Notify":
        shown[0] += 1
        say(f"notify {params.unpack()[3]}")
        invocation.return_value(GLib.Variant("(u)", (shown[0],)))
    elif method == "GetCapabilities":
        invocation.return_value(GLib.Variant("(as)", (["actions", "body"],)))
    elif method == "GetServerInformation":
        invocation.return_value(GLib.Variant("(ssss)", ("watcher.py", "tests", "1", "1.2")))
    else:
        invocation.return_value(None)


notify_node = Gio.DBusNodeInfo.new_for_xml(NOTIFY_XML)
bus.register_object("/org/freedesktop/Notifications", notify_node.interfaces[0], notify_call,
                    None, None)
Gio.bus_own_name_on_connection(bus, "org.freedesktop.Notifications",
                               Gio.BusNameOwnerFlags.NONE, None, None)

node = Gio.DBusNodeInfo.new_for_xml(XML)
registration = bus.register_object(PATH, node.interfaces[0], call, get_property, None)
owner = None


def owned(*_):
    say("ready")


owner = Gio.bus_own_name_on_connection(bus, NAME, Gio.BusNameOwnerFlags.NONE, owned, None)


def item_call(path, iface, method, args, reply):
    name, _ = items[-1]
    return bus.call_sync(name, path, iface, method, args, GLib.VariantType(reply),
                         Gio.DBusCallFlags.NONE, 5000, None).unpack()


def item_prop(prop):
    name, path = items[-1]
    (value,) = bus.call_sync(name, path, "org.freedesktop.DBus.Properties", "Get",
                             GLib.Variant("(ss)", ("org.kde.StatusNotifierItem", prop)),
                             GLib.VariantType("(v)"), Gio.DBusCallFlags.NONE, 5000,
                             None).unpack()
    return value


def menu_entries():
    menu = item_prop("Menu")
    _, (root_id, _, children) = item_call(menu, "com.canonical.dbusmenu", "GetLayout",
                                          GLib.Variant("(iias)", (0, -1, [])),
                                          "(u(ia{sv}av))")
    out = []
    for (entry_id, props, _) in children:
        if props.get("type") == "separator":
            out.append({"separator": True})
            continue
        out.append({
            "id": entry_id,
            "label": props.get("label", ""),
            "toggle": props.get("toggle-type", ""),
            "state": props.get("toggle-state", -1),
            "enabled": props.get("enabled", True),
            "visible": props.get("visible", True),
        })
    return menu, out


def command(text):
    words = text.split(" ", 1)
    if not items and words[0] != "leave":
        return {"error": "no item registered"}
    if words[0] == "props":
        tip = item_prop("ToolTip")
        return {
            "id": item_prop("Id"),
            "title": item_prop("Title"),
            "status": item_prop("Status"),
            "icon_name": item_prop("IconName"),
            "pictures": len(item_prop("IconPixmap")),
            "tooltip": [tip[2], tip[3]],
        }
    if words[0] == "layout":
        return menu_entries()[1]
    if words[0] == "click":
        menu, entries = menu_entries()
        found = [e for e in entries if e.get("label") == words[1]]
        if not found:
            return {"error": f"no entry {words[1]!r} in {entries}"}
        item_call(menu, "com.canonical.dbusmenu", "Event",
                  GLib.Variant("(isvu)", (found[0]["id"], "clicked", GLib.Variant("i", 0), 0)),
                  "()")
        return {"clicked": words[1]}
    if words[0] == "activate":
        name, path = items[-1]
        item_call(path, "org.kde.StatusNotifierItem", "Activate",
                  GLib.Variant("(ii)", (0, 0)), "()")
        return {"activated": True}
    if words[0] == "leave":
        Gio.bus_unown_name(owner)
        bus.unregister_object(registration)
        bus.flush_sync(None)
        return {"left": True}
    return {"error": f"unknown command {text!r}"}


def line(channel, condition):
    text = channel.readline()
    if not text:
        loop.quit()
        return False
    try:
        say(command(text.strip()))
    except GLib.Error as e:
        say({"error": e.message})
    return True


GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.IO_IN | GLib.IO_HUP, line)
loop.run()
