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
pub mod threads;
#[cfg(feature = "gui")]
pub mod ui;

pub use discovery::{start_scan, Event, ScanConfig, ScanHandle, ScanStats, Server, Warning};
pub use responder::{start_responder, Responder, ResponderConfig, ResponderEvent, ResponderStats};
pub use settings::{Settings, SettingsStore};

/// The modules use each other without a cycle, at two levels: the crate's
/// top-level modules (their `crate::` paths), and the files of the window
/// (`ui/`: their `super::` and `crate::ui::` paths). Only imports count:
/// the files that implement `LanScoutApp` (`command_handling`, `logic`,
/// `background`) name the app, and the app names none of them. The
/// top-level graph is also the one in docs/architecture.md.
#[cfg(test)]
mod layering {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    type Graph = BTreeMap<String, BTreeSet<String>>;

    fn src() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
    }

    /// The module names that follow `prefix` on `line`: `crate::net::x`
    /// gives `net` for the prefix `crate::`, and `crate::{net, ui::y}`
    /// gives `net` and `ui`.
    fn named_after(line: &str, prefix: &str) -> Vec<String> {
        let name = |t: &str| -> String {
            t.trim_start()
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect()
        };
        let mut names = Vec::new();
        for used in line.split(prefix).skip(1) {
            match used.strip_prefix('{') {
                Some(group) => {
                    let inside = group.split('}').next().unwrap_or_default();
                    names.extend(inside.split(',').map(name));
                }
                None => names.push(name(used)),
            }
        }
        names.retain(|n| !n.is_empty());
        names
    }

    /// Module (a file or folder directly under `dir`) → the sibling
    /// modules it names. `prefixes(depth)` are the paths that lead from a
    /// file `depth` folders below `dir` to the siblings.
    fn graph(dir: &Path, prefixes: impl Fn(usize) -> Vec<String>) -> Graph {
        let is_module =
            |name: &str| dir.join(format!("{name}.rs")).exists() || dir.join(name).is_dir();
        let mut edges = Graph::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(folder) = stack.pop() {
            for entry in std::fs::read_dir(&folder).expect("src").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let rel = path.strip_prefix(dir).expect("under dir");
                let top = rel
                    .components()
                    .next()
                    .and_then(|c| c.as_os_str().to_str())
                    .unwrap_or_default()
                    .trim_end_matches(".rs")
                    .to_string();
                if path.extension().is_none_or(|e| e != "rs")
                    || ["lib", "main", "mod"].contains(&top.as_str())
                {
                    continue;
                }
                // `x/mod.rs` sits at the level of `x.rs`.
                let depth = rel.components().count() - usize::from(path.ends_with("mod.rs"));
                let text = std::fs::read_to_string(&path).expect("source");
                let code = text.split("#[cfg(test)]").next().unwrap_or_default();
                for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                    for prefix in prefixes(depth) {
                        for name in named_after(line, &prefix) {
                            if name != top && is_module(&name) {
                                edges.entry(top.clone()).or_default().insert(name);
                            }
                        }
                    }
                }
            }
        }
        edges
    }

    fn top_level() -> Graph {
        let mut edges = graph(&src(), |_| vec!["crate::".into()]);
        edges.remove("test_fixtures"); // compiled for tests only
        edges
    }

    fn window() -> Graph {
        // `super::` from `ui/x.rs` is `ui`; from `ui/x/y.rs` it is `x`, and
        // `super::super::` is `ui`. A split on `super::` would also split
        // `super::super::x`, so depth 2 files are read with the full path.
        graph(&src().join("ui"), |depth| match depth {
            1 => vec!["crate::ui::".into(), "super::".into()],
            _ => vec!["crate::ui::".into(), "super::super::".into()],
        })
    }

    /// Whether `to` can be reached from `from`.
    fn reaches(edges: &Graph, from: &str, to: &str) -> bool {
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

    fn cycles(edges: &Graph) -> Vec<String> {
        edges
            .iter()
            .flat_map(|(from, to)| to.iter().map(move |t| (from, t)))
            .filter(|(from, to)| reaches(edges, to, from))
            .map(|(from, to)| format!("{from} -> {to}"))
            .collect()
    }

    #[test]
    fn no_module_depends_on_itself_through_others() {
        let edges = top_level();
        assert!(edges.len() >= 8, "{edges:?}");
        assert!(
            edges["ui"].contains("discovery"),
            "the scanner sees the uses: {edges:?}"
        );
        let cycles = cycles(&edges);
        assert!(
            cycles.is_empty(),
            "modules in a cycle: {cycles:?}\n{edges:#?}"
        );
    }

    #[test]
    fn no_file_of_the_window_depends_on_itself_through_others() {
        let edges = window();
        assert!(
            edges["views"].contains("table") && edges["command_handling"].contains("app"),
            "the scanner sees the uses: {edges:?}"
        );
        assert!(
            edges["settings_dialog"].contains("widgets"),
            "the scanner sees a nested file's uses: {edges:?}"
        );
        let cycles = cycles(&edges);
        assert!(
            cycles.is_empty(),
            "files of ui/ in a cycle: {cycles:?}\n{edges:#?}"
        );
    }

    #[test]
    fn grouped_and_plain_paths_name_their_modules() {
        assert_eq!(named_after("use crate::net::x;", "crate::"), ["net"]);
        assert_eq!(
            named_after("use crate::{net, ui::y, tr};", "crate::"),
            ["net", "ui", "tr"]
        );
        assert!(named_after("use crate::{};", "crate::").is_empty());
    }

    #[test]
    fn the_cycle_finder_finds_a_ring() {
        let ring: Graph = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]
            .iter()
            .map(|(f, t)| (f.to_string(), BTreeSet::from([t.to_string()])))
            .fold(Graph::new(), |mut g, (f, t)| {
                g.entry(f).or_default().extend(t);
                g
            });
        assert_eq!(cycles(&ring), ["a -> b", "b -> c", "c -> a"]);
    }

    /// docs/architecture.md's graph (`from -> a, b` lines, continued on
    /// indented lines) is the code's.
    #[test]
    fn the_documented_graph_is_the_code() {
        let doc = std::fs::read_to_string(src().join("../docs/architecture.md")).expect("doc");
        let block = doc
            .split("## Which module uses which")
            .nth(1)
            .and_then(|s| s.split("```text").nth(1))
            .and_then(|s| s.split("```").next())
            .expect("the graph block");
        let mut documented = Graph::new();
        let mut from = String::new();
        for line in block.lines().filter(|l| !l.trim().is_empty()) {
            let targets = match line.split_once("->") {
                Some((f, t)) => {
                    from = f.trim().to_string();
                    t
                }
                None => line,
            };
            documented.entry(from.clone()).or_default().extend(
                targets
                    .split(',')
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(String::from),
            );
        }
        let code = top_level();
        let mut shown = String::new();
        for (from, to) in &code {
            shown += &format!(
                "{from:<9} -> {}\n",
                to.iter().cloned().collect::<Vec<_>>().join(", ")
            );
        }
        assert_eq!(
            documented, code,
            "docs/architecture.md should read:\n{shown}"
        );
    }
}
