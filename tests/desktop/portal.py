#!/usr/bin/env python3
"""A stand-in for xdg-desktop-portal's Settings interface on the session bus
of DBUS_SESSION_BUS_ADDRESS: answers ReadOne/Read for
org.freedesktop.appearance color-scheme with argv[1] (0, 1, 2), prints
"ready" once it owns the portal's name, then takes a new scheme from each
line on stdin and announces it with SettingChanged, printing "sent N"."""

import sys

from gi.repository import Gio, GLib

NAME = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
IFACE = "org.freedesktop.portal.Settings"
XML = f"""<node><interface name="{IFACE}">
<method name="ReadOne"><arg type="s" direction="in"/><arg type="s" direction="in"/>
<arg type="v" direction="out"/></method>
<method name="Read"><arg type="s" direction="in"/><arg type="s" direction="in"/>
<arg type="v" direction="out"/></method>
<signal name="SettingChanged"><arg type="s"/><arg type="s"/><arg type="v"/></signal>
<property name="version" type="u" access="read"/>
</interface></node>"""

scheme = int(sys.argv[1])
bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
loop = GLib.MainLoop()


def call(conn, sender, path, iface, method, params, invocation):
    namespace, key = params.unpack()
    if (namespace, key) != ("org.freedesktop.appearance", "color-scheme"):
        invocation.return_dbus_error("org.freedesktop.portal.Error.NotFound", "no such key")
        return
    value = GLib.Variant("u", scheme)
    if method == "Read":
        value = GLib.Variant("v", value)
    invocation.return_value(GLib.Variant("(v)", (value,)))


def get_property(conn, sender, path, iface, name):
    return GLib.Variant("u", 2)


node = Gio.DBusNodeInfo.new_for_xml(XML)
bus.register_object(PATH, node.interfaces[0], call, get_property, None)


def owned(*_):
    print("ready", flush=True)


Gio.bus_own_name_on_connection(bus, NAME, Gio.BusNameOwnerFlags.NONE, owned, None)


def line(channel, condition):
    global scheme
    text = channel.readline()
    if not text:
        loop.quit()
        return False
    scheme = int(text)
    bus.emit_signal(None, PATH, IFACE, "SettingChanged",
                    GLib.Variant("(ssv)", ("org.freedesktop.appearance", "color-scheme",
                                           GLib.Variant("u", scheme))))
    bus.flush_sync(None)
    print(f"sent {scheme}", flush=True)
    return True


GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.IO_IN | GLib.IO_HUP, line)
loop.run()
