//! LanScout finds servers that run the django-udp-discovery listener on the
//! local network, and can answer as one itself.
//!
//! The window, the command line and the tests all use this library:
//! [`protocol`] (wire format, pure), [`net`] (interfaces, targets, sockets),
//! [`discovery`] (the scan engine), [`details`] (names, page titles and
//! hardware makers of what was found), [`responder`] (server mode),
//! [`firewall`] (what a firewall on this computer hides, and the fix),
//! [`settings`] (persisted configuration, one catalogue of settings),
//! [`i18n`] (the catalogues of the eight languages), [`export`] (a server
//! as listed, CSV and JSON), [`support`] and [`autostart`] (About and start
//! at login), [`exit`] (the exit statuses), [`cli`] (the command line)
//! and, with the `gui` feature, [`ui`] (the window).

pub mod allocator;
pub mod autostart;
pub mod build_info;
pub mod cli;
pub mod details;
pub mod discovery;
pub mod exit;
pub mod export;
#[doc(hidden)]
pub mod fault;
pub mod firewall;
pub mod i18n;
pub mod logging;
pub mod net;
pub mod protocol;
pub mod responder;
pub mod settings;
pub mod support;
#[cfg(test)]
mod test_fixtures;
#[cfg(feature = "gui")]
pub mod ui;

pub use discovery::{start_scan, Event, ScanConfig, ScanHandle, ScanStats, Server, Warning};
pub use responder::{start_responder, Responder, ResponderConfig, ResponderEvent, ResponderStats};
pub use settings::{Settings, SettingsStore};

/// The modules use each other without a cycle: each top-level module's
/// `crate::` paths outside comments and tests, as a graph, has no strongly
/// connected part (the window and the command line sit on top; `settings`
/// no longer builds the scan's and server mode's configurations, which
/// come from `TryFrom<&Settings>` in their own modules; the neighbour
/// table's limits live in `net`).
#[cfg(test)]
mod layering {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    /// Top-level module → the top-level modules it names.
    fn graph() -> BTreeMap<String, BTreeSet<String>> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let is_module =
            |name: &str| src.join(format!("{name}.rs")).exists() || src.join(name).is_dir();
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut stack = vec![src.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let rel = path.strip_prefix(&src).expect("under src");
                let top = rel
                    .components()
                    .next()
                    .and_then(|c| c.as_os_str().to_str())
                    .unwrap_or_default()
                    .trim_end_matches(".rs")
                    .to_string();
                if path.extension().is_none_or(|e| e != "rs") || top == "lib" || top == "main" {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("source");
                let code = text.split("#[cfg(test)]").next().unwrap_or_default();
                for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                    for used in line.split("crate::").skip(1) {
                        let name: String = used
                            .chars()
                            .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                            .collect();
                        if name != top && is_module(&name) {
                            edges.entry(top.clone()).or_default().insert(name);
                        }
                    }
                }
            }
        }
        edges
    }

    /// Whether `to` can be reached from `from`.
    fn reaches(edges: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str) -> bool {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_string()];
        while let Some(m) = todo.pop() {
            for next in edges.get(&m).into_iter().flatten() {
                if next == to {
                    return true;
                }
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        false
    }

    #[test]
    fn no_module_depends_on_itself_through_others() {
        let edges = graph();
        assert!(edges.len() >= 8, "{edges:?}");
        assert!(
            edges["ui"].contains("discovery"),
            "the scanner sees the uses: {edges:?}"
        );
        let cycles: Vec<String> = edges
            .iter()
            .flat_map(|(from, to)| to.iter().map(move |t| (from, t)))
            .filter(|(from, to)| reaches(&edges, to, from))
            .map(|(from, to)| format!("{from} -> {to}"))
            .collect();
        assert!(
            cycles.is_empty(),
            "modules in a cycle: {cycles:?}\n{edges:#?}"
        );
    }
}
