//! Changing the favourites from the window: keeping a server, naming it,
//! letting it go; each change saved to the settings file.

use crate::discovery::ServerKey;
use crate::words;

use super::app::LanScoutApp;
use super::model::Level;

impl LanScoutApp {
    /// Opens the rename box with the favourite's current name.
    pub(super) fn start_rename(&mut self, entry: String) {
        let names = &self.state.settings.favourite_names;
        let current = names
            .get(&entry)
            .and_then(|n| n.shown())
            .unwrap_or_default();
        self.rename = Some(super::favourites::Rename::new(
            entry.clone(),
            current.to_string(),
        ));
    }

    pub(super) fn add_favourite(&mut self, key: ServerKey) {
        let Some(row) = self.state.servers.get(key) else {
            return;
        };
        let entry = self.favourite_text(row.server.source);
        let mut s = self.state.settings.clone();
        if let Some(d) = &row.details {
            s.favourite_names
                .entry(entry.clone())
                .or_default()
                .record_lookup(d);
        }
        if let Some(row) = self.state.servers.get_mut(key) {
            row.favourite = Some(entry.clone());
        }
        if !s.scan.favourites.contains(&entry) {
            s.scan.favourites.push(entry.clone());
            self.save(
                s,
                Some(words!("msg-favourite-added", entry = entry.clone())),
            );
        }
    }

    pub(super) fn set_favourite_name(&mut self, entry: String, name: String) {
        self.rename = None;
        let label = match name.trim() {
            "" => None,
            typed => match crate::settings::field::label(typed) {
                Ok(l) => Some(l),
                Err(e) => {
                    let text = words!("msg-rename-failed", entry = entry.clone(), error = e);
                    return self.report(Level::Error, text, true);
                }
            },
        };
        let mut s = self.state.settings.clone();
        s.favourite_names.entry(entry.clone()).or_default().label = label.clone();
        for row in self.state.servers.rows_mut() {
            if row.favourite.as_deref() == Some(entry.as_str()) {
                row.label = label.clone();
            }
        }
        let text = match label {
            Some(l) => words!("msg-renamed", entry = entry.clone(), name = l),
            None => words!("msg-name-reset", entry = entry.clone()),
        };
        self.save(s, Some(text));
    }

    pub(super) fn remove_favourite(&mut self, entry: String) {
        for row in self.state.servers.rows_mut() {
            if row.favourite.as_deref() == Some(entry.as_str()) {
                row.favourite = None;
                row.label = None;
            }
        }
        let mut s = self.state.settings.clone();
        s.scan.favourites.retain(|f| f.trim() != entry);
        s.forget_names_of_removed_favourites();
        self.save(
            s,
            Some(words!("msg-favourite-removed", entry = entry.clone())),
        );
    }

    /// How a server that answered from `source` is written as a favourite.
    pub(super) fn favourite_text(&self, source: std::net::SocketAddrV4) -> String {
        super::favourites::favourite_text(source, self.state.settings.scan.port)
    }

    /// The favourite entry a server that answered from `source` matches.
    pub(super) fn favourite_entry(&self, source: std::net::SocketAddrV4) -> Option<String> {
        let text = self.favourite_text(source);
        self.state
            .settings
            .scan
            .favourites
            .iter()
            .any(|f| f.trim() == text)
            .then_some(text)
    }
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;

    use crate::discovery::Event;
    use crate::settings::{Settings, SettingsStore};
    use crate::ui::model::Level;
    use crate::ui::{AppOptions, LanScoutApp};

    fn app_with_server(dir: &std::path::Path, ip: Ipv4Addr) -> LanScoutApp {
        let mut app = LanScoutApp::new(
            Settings::default(),
            SettingsStore::at(dir.join("settings.toml")),
            AppOptions::default(),
        );
        app.fold_scan_event(Event::Found(crate::test_fixtures::server_at(ip)));
        app
    }

    const IP: Ipv4Addr = Ipv4Addr::new(10, 0, 0, 5);
    const KEY: (Ipv4Addr, u16) = (IP, 8000);

    #[test]
    fn keeping_a_server_adds_it_once_and_marks_its_row() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut app = app_with_server(dir.path(), IP);
        app.add_favourite(KEY);
        app.add_favourite(KEY);
        // Port 9999 is the scan's own: the entry is the bare address.
        assert_eq!(app.state.settings.scan.favourites, ["10.0.0.5"]);
        let row = app.state.servers.get(KEY).expect("row");
        assert_eq!(row.favourite.as_deref(), Some("10.0.0.5"));
        assert_eq!(
            app.favourite_entry(row.server.source).as_deref(),
            Some("10.0.0.5")
        );
        // A server not in the list is not kept.
        app.add_favourite((Ipv4Addr::new(10, 0, 0, 6), 8000));
        assert_eq!(app.state.settings.scan.favourites.len(), 1);
    }

    #[test]
    fn a_name_is_given_reset_or_refused_with_the_reason() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut app = app_with_server(dir.path(), IP);
        app.add_favourite(KEY);
        let entry = "10.0.0.5".to_string();
        app.set_favourite_name(entry.clone(), "  Lab NAS ".into());
        let label = |app: &LanScoutApp| app.state.settings.favourite_names[&entry].label.clone();
        assert_eq!(label(&app).as_deref(), Some("Lab NAS"));
        assert_eq!(
            app.state
                .servers
                .get(KEY)
                .and_then(|r| r.label.clone())
                .as_deref(),
            Some("Lab NAS")
        );
        let before = app.state.messages.len();
        app.set_favourite_name(entry.clone(), "bad\u{7}name".into());
        assert_eq!(
            label(&app).as_deref(),
            Some("Lab NAS"),
            "refused: unchanged"
        );
        let said = &app.state.messages[before..];
        assert!(said.iter().any(|m| m.level == Level::Error), "{said:?}");
        app.set_favourite_name(entry.clone(), "   ".into());
        assert_eq!(label(&app), None, "blank: back to the looked-up name");
    }

    #[test]
    fn letting_go_unmarks_the_row_and_forgets_its_name() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut app = app_with_server(dir.path(), IP);
        app.add_favourite(KEY);
        app.set_favourite_name("10.0.0.5".into(), "Lab NAS".into());
        app.remove_favourite("10.0.0.5".into());
        assert!(app.state.settings.scan.favourites.is_empty());
        assert!(app.state.settings.favourite_names.is_empty());
        let row = app.state.servers.get(KEY).expect("row");
        assert_eq!((row.favourite.clone(), row.label.clone()), (None, None));
    }

    #[test]
    fn renaming_starts_from_the_name_shown() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut app = app_with_server(dir.path(), IP);
        app.add_favourite(KEY);
        app.set_favourite_name("10.0.0.5".into(), "Lab NAS".into());
        app.start_rename("10.0.0.5".into());
        assert_eq!(
            app.rename.as_ref().map(|r| r.text.as_str()),
            Some("Lab NAS")
        );
    }
}
