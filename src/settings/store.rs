//! Where settings live on disk, and how they are read and written:
//! atomically (temporary file, fsync, rename) with a backup; an unreadable
//! file is kept aside, never overwritten.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::Settings;

/// What happened when settings were loaded, beyond the settings themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNotice {
    /// The file could not be used; it was renamed to `moved_to`.
    KeptAside {
        /// Where the unreadable file is now.
        moved_to: PathBuf,
        /// Why it could not be used.
        reason: String,
    },
    /// The file could not be used, nor moved aside.
    Unusable {
        /// Why it could not be used.
        reason: String,
    },
}

impl fmt::Display for LoadNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadNotice::KeptAside { moved_to, reason } => write!(
                f,
                "the settings file could not be read ({reason}); it was kept as {} and defaults are used",
                moved_to.display()
            ),
            LoadNotice::Unusable { reason } => {
                write!(f, "the settings file could not be read ({reason}); defaults are used")
            }
        }
    }
}

/// Result of loading: settings to use, and a notice if the file was bad.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The settings (defaults when the file was missing or bad).
    pub settings: Settings,
    /// Set when the file existed but could not be used.
    pub notice: Option<LoadNotice>,
}

/// Where settings live on disk, and how they are read and written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsStore {
    path: PathBuf,
}

impl SettingsStore {
    /// The platform location: on Linux `$XDG_CONFIG_HOME/lanscout/settings.toml`
    /// (default `~/.config/lanscout/settings.toml`).
    pub fn default_location() -> Option<SettingsStore> {
        let dirs = directories::ProjectDirs::from("", "", "lanscout")?;
        Some(SettingsStore::at(dirs.config_dir().join("settings.toml")))
    }

    /// The store a run uses: `--config FILE` when given, else the
    /// platform location; an error when there is no home folder to hold it.
    pub fn chosen(config: Option<PathBuf>) -> Result<SettingsStore, String> {
        match config {
            Some(path) => Ok(SettingsStore::at(path)),
            None => SettingsStore::default_location()
                .ok_or_else(|| "cannot find a home folder for the settings file".to_string()),
        }
    }

    /// A store at an explicit file path.
    pub fn at(path: impl Into<PathBuf>) -> SettingsStore {
        SettingsStore { path: path.into() }
    }

    /// The settings file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The backup of the previous file, written by [`SettingsStore::save`].
    pub fn backup_path(&self) -> PathBuf {
        with_suffix(&self.path, ".bak")
    }

    /// Loads settings. A missing file gives defaults; an unreadable or
    /// invalid one is renamed aside and defaults are used, with a notice.
    pub fn load(&self) -> Loaded {
        let reason = match fs::read(&self.path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Loaded {
                    settings: Settings::default(),
                    notice: None,
                };
            }
            Err(e) => e.to_string(),
            Ok(bytes) => match String::from_utf8(bytes) {
                Err(_) => "it is not UTF-8 text".to_string(),
                // A crash can leave an empty file: worth a word, not silence.
                Ok(text) if text.trim().is_empty() => "it is empty".to_string(),
                Ok(text) => match Settings::from_toml(&text) {
                    Ok(settings) => {
                        return Loaded {
                            settings,
                            notice: None,
                        }
                    }
                    Err(e) => e.trim().replace('\n', " "),
                },
            },
        };
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        // Never overwrite a file kept aside earlier.
        let aside = (0..)
            .map(|n| match n {
                0 => with_suffix(&self.path, &format!(".unreadable-{stamp}")),
                n => with_suffix(&self.path, &format!(".unreadable-{stamp}-{n}")),
            })
            .find(|p| !p.exists())
            .unwrap_or_else(|| with_suffix(&self.path, ".unreadable"));
        let notice = match fs::rename(&self.path, &aside) {
            Ok(()) => LoadNotice::KeptAside {
                moved_to: aside,
                reason,
            },
            Err(e) => LoadNotice::Unusable {
                reason: format!("{reason}; moving it aside failed: {e}"),
            },
        };
        Loaded {
            settings: Settings::default(),
            notice: Some(notice),
        }
    }

    /// Saves atomically: writes a temporary file, syncs it, keeps the
    /// previous file as `.bak`, then renames the new one into place.
    pub fn save(&self, settings: &Settings) -> io::Result<()> {
        let errors = settings.validate();
        if let Some(e) = errors.first() {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, e.to_string()));
        }
        let dir = self.path.parent().filter(|p| !p.as_os_str().is_empty());
        if let Some(dir) = dir {
            fs::create_dir_all(dir)?;
        }
        let text = settings
            .to_toml()
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        let tmp = with_suffix(&self.path, &format!(".tmp-{}", std::process::id()));
        let written = (|| {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(text.as_bytes())?;
            f.sync_all()
        })();
        if let Err(e) = written {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
        // A failed backup or rename leaves the old file as it was, and no
        // temporary file behind.
        let replaced = (|| {
            if self.path.exists() {
                fs::copy(&self.path, self.backup_path())?;
            }
            fs::rename(&tmp, &self.path)
        })();
        if let Err(e) = replaced {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
        #[cfg(unix)]
        if let Some(dir) = dir {
            fs::File::open(dir)?.sync_all()?;
        }
        self.remove_stale_temporaries();
        Ok(())
    }

    /// Temporary files of saves that were killed halfway (older than a
    /// minute, so never another process's save in progress).
    fn remove_stale_temporaries(&self) {
        let (Some(dir), Some(name)) = (self.path.parent(), self.path.file_name()) else {
            return;
        };
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        let prefix = format!("{}.tmp-", name.to_string_lossy());
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let stale = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > Duration::from_secs(60));
            if stale && entry.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_removes_temporaries_of_killed_saves_but_not_fresh_ones() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("settings.toml");
        let old = dir.path().join("settings.toml.tmp-999999");
        let fresh = dir.path().join("settings.toml.tmp-999998");
        for p in [&old, &fresh] {
            fs::write(p, "half a file").expect("write");
        }
        let long_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
        fs::File::options()
            .write(true)
            .open(&old)
            .and_then(|f| f.set_modified(long_ago))
            .expect("set mtime");
        SettingsStore::at(&path)
            .save(&Settings::default())
            .expect("save");
        assert!(!old.exists(), "stale temporary removed");
        assert!(fresh.exists(), "a save in progress elsewhere is left alone");
    }

    #[test]
    fn a_save_that_cannot_keep_the_backup_changes_nothing_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("settings.toml");
        let store = SettingsStore::at(&path);
        let mut old = Settings::default();
        old.scan.timeout_secs = 3.0;
        store.save(&old).expect("first save");
        let before = fs::read(&path).expect("read");
        // The backup's place is taken by a folder: copying onto it fails.
        fs::remove_file(store.backup_path()).ok();
        fs::create_dir(store.backup_path()).expect("folder in the way");
        let mut new = Settings::default();
        new.scan.timeout_secs = 7.0;
        let err = store.save(&new).expect_err("the backup cannot be written");
        assert!(!err.to_string().is_empty());
        assert_eq!(fs::read(&path).expect("read"), before, "old file untouched");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".tmp-"))
            .collect();
        assert!(leftovers.is_empty(), "temporary left behind: {leftovers:?}");
        assert_eq!(store.load().settings.scan.timeout_secs, 3.0);
    }

    #[test]
    fn save_is_atomic_with_backup_and_load_keeps_bad_files_aside() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = SettingsStore::at(dir.path().join("sub/settings.toml"));
        assert_eq!(store.load().notice, None);
        let mut s = Settings::default();
        s.scan.port = 7000;
        store.save(&s).expect("save");
        s.scan.port = 7001;
        store.save(&s).expect("save again");
        assert_eq!(store.load().settings.scan.port, 7001);
        let backup = fs::read_to_string(store.backup_path()).expect("backup");
        assert!(backup.contains("7000"));

        let mut bad = s.clone();
        bad.scan.port = 0;
        assert!(store.save(&bad).is_err(), "invalid settings are refused");

        fs::write(store.path(), "[scan\nport = ").expect("write junk");
        let loaded = store.load();
        assert_eq!(loaded.settings, Settings::default());
        let why = loaded
            .notice
            .as_ref()
            .map(|n| n.to_string())
            .unwrap_or_default();
        assert!(why.contains("line 1") && !why.contains('\n'), "{why}");
        match loaded.notice {
            Some(LoadNotice::KeptAside { moved_to, .. }) => {
                assert_eq!(
                    fs::read_to_string(moved_to).expect("kept"),
                    "[scan\nport = "
                );
            }
            other => panic!("expected KeptAside, got {other:?}"),
        }
        assert!(!store.path().exists());

        fs::write(store.path(), "[scan]\nport = 0\n").expect("write invalid");
        let loaded = store.load();
        assert!(loaded
            .notice
            .map(|n| n.to_string())
            .unwrap_or_default()
            .contains("scan.port"));

        fs::write(store.path(), [0xff, 0xfe, 0x00]).expect("write binary");
        assert!(store.load().notice.is_some());
        let kept = fs::read_dir(dir.path().join("sub"))
            .expect("list")
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains(".unreadable-"))
            .count();
        assert_eq!(kept, 3, "each unreadable file is kept, none overwritten");
    }
}
