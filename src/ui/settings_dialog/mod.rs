//! The settings dialog: a text draft of every setting the dialog edits
//! (one entry per [`catalog`] setting), validated as it is typed with the
//! reason next to the field; Apply only when all is valid.

use std::collections::BTreeMap;

use crate::settings::catalog::{self, Control, Setting};
use crate::settings::{field, Settings};

mod view;

pub use view::show;

/// The dialog's editable copy of the settings, as typed: each setting's
/// text under its key (check boxes hold "true" or "false").
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsDraft {
    base: Settings,
    values: BTreeMap<&'static str, String>,
    /// The first field takes the keyboard when the dialog opens.
    focus_first: bool,
}

/// What is wrong with a draft: per setting key, and what no single field owns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftErrors {
    /// The reason beside each field in error, by setting key.
    pub fields: BTreeMap<&'static str, String>,
    /// Problems no single field owns (the server's buffer must hold the message).
    pub other: Vec<String>,
}

impl DraftErrors {
    /// Whether anything is wrong.
    pub fn any(&self) -> bool {
        !self.fields.is_empty() || !self.other.is_empty()
    }

    /// The reason beside `setting`'s field, if it is in error.
    pub fn of(&self, setting: &Setting) -> Option<&str> {
        self.fields.get(setting.key).map(String::as_str)
    }
}

/// The settings the dialog edits.
fn edited() -> impl Iterator<Item = &'static Setting> {
    catalog::ALL
        .iter()
        .copied()
        .filter(|s| s.control != Control::None)
}

impl SettingsDraft {
    /// A draft showing `s`.
    pub fn from_settings(s: &Settings) -> SettingsDraft {
        SettingsDraft {
            base: s.clone(),
            values: edited()
                .map(|setting| (setting.key, (setting.show)(s)))
                .collect(),
            focus_first: true,
        }
    }

    /// True once, when the dialog has just opened: its first field then
    /// takes the keyboard.
    pub fn take_first_focus(&mut self) -> bool {
        std::mem::take(&mut self.focus_first)
    }

    /// The text of `setting`, for its field.
    pub fn text_mut(&mut self, setting: &'static Setting) -> &mut String {
        self.values.entry(setting.key).or_default()
    }

    /// The text of `setting`.
    pub fn text(&self, setting: &Setting) -> &str {
        self.values.get(setting.key).map_or("", String::as_str)
    }

    /// Whether `setting`'s check box is on.
    pub fn is_on(&self, setting: &Setting) -> bool {
        self.text(setting) == "true"
    }

    /// Checks or unchecks `setting`'s box.
    pub fn set_on(&mut self, setting: &'static Setting, on: bool) {
        *self.text_mut(setting) = on.to_string();
    }

    /// The settings the draft describes, or what is wrong with it.
    pub fn parse(&self) -> (Option<Settings>, DraftErrors) {
        let mut errors = DraftErrors::default();
        let mut s = self.base.clone();
        for setting in edited() {
            if let Err(e) = (setting.set)(&mut s, self.text(setting)) {
                errors.fields.insert(setting.key, e);
            }
        }
        if errors.any() {
            return (None, errors);
        }
        // Cross-field rules (e.g. the server's buffer must hold the message).
        for err in s.validate() {
            errors.other.push(err.to_string());
        }
        if errors.any() {
            (None, errors)
        } else {
            (Some(s), errors)
        }
    }

    fn names(&self, setting: &Setting) -> Vec<String> {
        field::split_list(self.text(setting))
    }

    /// Whether a scan with this draft would use the interface.
    fn uses(&self, name: &str) -> bool {
        let include = self.names(&catalog::INCLUDE_INTERFACES);
        (include.is_empty() || include.iter().any(|n| n == name))
            && !self
                .names(&catalog::EXCLUDE_INTERFACES)
                .iter()
                .any(|n| n == name)
    }

    /// Checks or unchecks an interface by editing the include list when one
    /// is set, else the exclude list.
    fn set_uses(&mut self, name: &str, on: bool) {
        let mut include = self.names(&catalog::INCLUDE_INTERFACES);
        let mut exclude = self.names(&catalog::EXCLUDE_INTERFACES);
        exclude.retain(|n| n != name);
        if include.is_empty() {
            if !on {
                exclude.push(name.to_string());
            }
        } else if on {
            if !include.iter().any(|n| n == name) {
                include.push(name.to_string());
            }
        } else {
            include.retain(|n| n != name);
            if include.is_empty() {
                // An empty include list means "all": keep it meaning "none of these".
                exclude.push(name.to_string());
            }
        }
        *self.text_mut(&catalog::INCLUDE_INTERFACES) = include.join(", ");
        *self.text_mut(&catalog::EXCLUDE_INTERFACES) = exclude.join(", ");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_untouched_draft_gives_back_the_settings() {
        let mut s = Settings::default();
        s.scan.timeout_secs = 2.5;
        s.scan.include_interfaces = vec!["Ethernet 2".into()];
        s.server.interface = "eth0".into();
        let (parsed, errors) = SettingsDraft::from_settings(&s).parse();
        assert_eq!(errors, DraftErrors::default());
        assert_eq!(parsed, Some(s));
    }

    #[test]
    fn each_bad_field_gets_its_own_reason_and_nothing_applies() {
        let mut d = SettingsDraft::from_settings(&Settings::default());
        *d.text_mut(&catalog::TIMEOUT) = "soon".into();
        *d.text_mut(&catalog::SERVER_PORT) = "0".into();
        d.set_on(&catalog::SWEEP, true);
        let (parsed, errors) = d.parse();
        assert_eq!(parsed, None);
        let keys: Vec<&str> = errors.fields.keys().copied().collect();
        assert_eq!(keys, ["scan.timeout_secs", "server.port"]);
        assert!(errors
            .of(&catalog::TIMEOUT)
            .is_some_and(|e| e.contains("not a number")));
    }

    #[test]
    fn interface_boxes_edit_the_lists() {
        let mut d = SettingsDraft::from_settings(&Settings::default());
        assert!(d.uses("eth0"));
        d.set_uses("eth0", false);
        assert_eq!(d.text(&catalog::EXCLUDE_INTERFACES), "eth0");
        assert!(!d.uses("eth0"));
        *d.text_mut(&catalog::INCLUDE_INTERFACES) = "eth1".into();
        d.set_uses("eth1", false);
        assert_eq!(d.text(&catalog::INCLUDE_INTERFACES), "");
        assert_eq!(d.text(&catalog::EXCLUDE_INTERFACES), "eth0, eth1");
    }
}
