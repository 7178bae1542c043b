//! The desktop's light or dark choice on Linux, read from
//! xdg-desktop-portal (`org.freedesktop.appearance` `color-scheme`) and
//! followed live through its `SettingChanged` signal. egui learns nothing
//! of it under Wayland (egui#7681) and guesses under X11; GNOME, KDE and
//! the other desktops that run the portal all say it here.

use zbus::zvariant::Value;

use super::theme::Scheme;

const DESTINATION: &str = "org.freedesktop.portal.Desktop";
const PATH: &str = "/org/freedesktop/portal/desktop";
const INTERFACE: &str = "org.freedesktop.portal.Settings";
const NAMESPACE: &str = "org.freedesktop.appearance";
const KEY: &str = "color-scheme";

/// The scheme a portal value says (0, 1, 2), unwrapping the extra
/// variant older portals' `Read` adds; `None` for anything else.
pub fn scheme_of(value: &Value<'_>) -> Option<Scheme> {
    match value {
        Value::Value(inner) => scheme_of(inner),
        Value::U32(n) => Scheme::from_portal(*n),
        _ => None,
    }
}

/// Follows the desktop's scheme on a thread: `changed` gets the scheme at
/// the start and after every change. Without a session bus or a portal
/// the thread ends quietly (egui's own guess stays).
pub fn follow(changed: impl Fn(Scheme) + Send + 'static) -> std::io::Result<()> {
    crate::threads::start("portal", move || {
        if let Err(e) = watch(&changed) {
            log::info!("the desktop's light or dark choice is not known: {e}");
        }
    })
    .map(|_| ())
}

fn watch(changed: &dyn Fn(Scheme)) -> zbus::Result<()> {
    let bus = zbus::blocking::Connection::session()?;
    let portal: zbus::blocking::Proxy<'_> = zbus::blocking::proxy::Builder::new(&bus)
        .destination(DESTINATION)?
        .path(PATH)?
        .interface(INTERFACE)?
        .cache_properties(zbus::proxy::CacheProperties::No)
        .build()?;
    // Listening first: a change between the read and the subscription
    // would be lost otherwise.
    let signals = portal.receive_signal_with_args("SettingChanged", &[(0, NAMESPACE), (1, KEY)])?;
    let now = portal
        .call_method("ReadOne", &(NAMESPACE, KEY))
        .or_else(|_| portal.call_method("Read", &(NAMESPACE, KEY)))?;
    let value: zbus::zvariant::OwnedValue = now.body().deserialize()?;
    if let Some(s) = scheme_of(&value) {
        changed(s);
    }
    for signal in signals {
        let body = signal.body();
        let Ok((namespace, key, value)) =
            body.deserialize::<(String, String, zbus::zvariant::OwnedValue)>()
        else {
            continue;
        };
        if namespace == NAMESPACE && key == KEY {
            if let Some(s) = scheme_of(&value) {
                changed(s);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portal_values_become_schemes() {
        let nested = |v: Value<'static>| Value::Value(Box::new(v));
        let cases: [(Value<'static>, Option<Scheme>); 8] = [
            (Value::U32(0), Some(Scheme::NoPreference)),
            (Value::U32(1), Some(Scheme::Dark)),
            (Value::U32(2), Some(Scheme::Light)),
            (Value::U32(3), None),
            // Older portals' Read: one more variant around the value.
            (nested(Value::U32(1)), Some(Scheme::Dark)),
            (nested(nested(Value::U32(2))), Some(Scheme::Light)),
            (Value::I32(1), None),
            (Value::from("dark"), None),
        ];
        for (value, want) in cases {
            assert_eq!(scheme_of(&value), want, "{value:?}");
        }
    }
}
