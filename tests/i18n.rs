//! The window in every language (issue 20), as a spec:
//! - every catalogue has exactly the keys English has, no syntax error, and
//!   every message formats with its arguments (plural forms included);
//! - every language is translated, not a copy of English;
//! - the code asks only for messages that exist, and every message is used;
//! - the views pass no text to a widget that is not from the catalogue;
//! - the desktop entry and the AppStream metadata are the catalogues' text.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use lanscout::i18n::{Catalog, FluentArgs, FluentValue, LANGUAGES};

/// Each message's id and the variables it uses.
fn messages(tag: &str, ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{tag}.ftl does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.to_string(), vars).is_none(),
                    "{tag}.ftl: {} twice",
                    m.id.name
                );
            }
            ast::Entry::Junk { content } => panic!("{tag}.ftl: junk {content:?}"),
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn english() -> BTreeMap<String, BTreeSet<String>> {
    messages("en", LANGUAGES[0].ftl)
}

#[test]
fn every_language_has_exactly_the_english_keys() {
    let en = english();
    assert!(en.len() > 300, "English has {} messages", en.len());
    for l in &LANGUAGES[1..] {
        let theirs = messages(l.tag, l.ftl);
        let missing: Vec<&String> = en.keys().filter(|k| !theirs.contains_key(*k)).collect();
        let extra: Vec<&String> = theirs.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}.ftl: missing {missing:?}, not in English {extra:?}",
            l.tag
        );
    }
}

/// Counts that pick every plural form of the languages here (Russian:
/// 1 one, 2 few, 5 many, 21 one again).
const COUNTS: &[i64] = &[0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1000];

#[test]
fn every_message_formats_with_its_arguments_in_every_language() {
    let en = english();
    for l in LANGUAGES {
        let theirs = messages(l.tag, l.ftl);
        let catalog = Catalog::for_tag(l.tag).expect("a catalogue");
        for (id, vars) in &theirs {
            let wanted = &en[id];
            let unknown: Vec<&String> = vars.difference(wanted).collect();
            assert!(
                unknown.is_empty(),
                "{}.ftl: {id} uses {unknown:?}, which the code never passes",
                l.tag
            );
            for &n in COUNTS {
                let mut args = FluentArgs::new();
                for v in wanted {
                    args.set(v.as_str(), FluentValue::from(n));
                }
                assert!(catalog.has_own(id), "{}: {id}", l.tag);
                let text = catalog.text(id, Some(&args));
                assert!(
                    !text.trim().is_empty() && !text.contains("{$") && !text.contains("{ $"),
                    "{}.ftl: {id} with {n} formats as {text:?}",
                    l.tag
                );
            }
        }
    }
}

/// A message may read as in English where the word is the same (a brand,
/// a protocol, "OK"), but a language that is mostly English is not done.
#[test]
fn every_language_is_translated() {
    let en = Catalog::for_tag("en").expect("English");
    for l in &LANGUAGES[1..] {
        let theirs = messages(l.tag, l.ftl);
        let catalog = Catalog::for_tag(l.tag).expect("a catalogue");
        let same: Vec<&String> = theirs
            .keys()
            .filter(|id| catalog.text(id, None) == en.text(id, None))
            .collect();
        assert!(
            same.len() * 100 <= theirs.len() * 8,
            "{}.ftl: {} of {} messages read as in English: {same:?}",
            l.tag,
            same.len(),
            theirs.len()
        );
    }
}

/// Words a person who is not a network engineer does not know (issue 29).
/// A word of several parts matches as written; one of five letters or more
/// also matches as the start of a longer word ("probes", "announced").
const TECHNICAL: &[&str] = &[
    "broadcast",
    "unicast",
    "multicast",
    "subnet",
    "probe",
    "sweep",
    "udp",
    "tcp",
    "rtt",
    "round trip",
    "stale",
    "announce",
    "dns-sd",
    "mdns",
    "dns",
    "interface",
    "cidr",
    "packet",
    "datagram",
    "socket",
    "kernel",
    "neighbour table",
    "arp",
    "http",
    "https",
    "ipv4",
    "ip",
    "django",
    "latency",
    "ping",
    "host",
    "hosts",
    "prefix",
    "protocol",
    "target",
    "loopback",
    "localhost",
    "lan",
    "url",
    "netmask",
    "gateway",
    "listener",
    "requester",
];

/// The text a message's pattern holds (not its arguments), variants and
/// attributes included, lower case.
fn pattern_text(p: &ast::Pattern<&str>, out: &mut String) {
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Select { variants, .. } => {
                    for v in variants {
                        out.push(' ');
                        pattern_text(&v.value, out);
                    }
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    out.push_str(value)
                }
                ast::Expression::Inline(_) => out.push(' '),
            },
        }
    }
}

/// The messages of the groups whose heading starts with "Default view": what
/// the window shows without being asked.
fn default_view(ftl: &str) -> BTreeMap<String, String> {
    let resource = fluent_syntax::parser::parse(ftl).expect("the catalogue parses");
    let mut marked = false;
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::GroupComment(c) => {
                marked = c
                    .content
                    .first()
                    .is_some_and(|l| l.starts_with("Default view"));
            }
            ast::Entry::Message(m) if marked => {
                let mut text = String::new();
                if let Some(p) = &m.value {
                    pattern_text(p, &mut text);
                }
                for a in &m.attributes {
                    text.push(' ');
                    pattern_text(&a.value, &mut text);
                }
                out.insert(m.id.name.to_string(), text.to_lowercase());
            }
            _ => {}
        }
    }
    out
}

/// The technical words `text` (lower case) holds.
fn technical_words(text: &str) -> Vec<&'static str> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .collect();
    TECHNICAL
        .iter()
        .copied()
        .filter(|t| {
            if t.contains(' ') {
                text.contains(t)
            } else {
                words
                    .iter()
                    .any(|w| *w == *t || (t.len() >= 5 && w.starts_with(t)))
            }
        })
        .collect()
}

#[test]
fn the_technical_word_check_finds_what_it_should() {
    assert_eq!(technical_words("the broadcast"), ["broadcast"]);
    assert_eq!(technical_words("2 probes sent"), ["probe"]);
    assert_eq!(technical_words("it announced itself"), ["announce"]);
    assert_eq!(technical_words("round trip (ms)"), ["round trip"]);
    assert_eq!(technical_words("udp 42420"), ["udp"]);
    assert_eq!(technical_words("dns-sd and http"), ["dns-sd", "http"]);
    // A short word matches whole only: "language", "shipping", "hostel".
    assert!(technical_words("language shipping hostel").is_empty());
}

#[test]
fn the_default_view_speaks_everyday_words() {
    let marked = default_view(LANGUAGES[0].ftl);
    // The groups exist and hold what the main window shows.
    for id in [
        "cmd-scan",
        "column-rtt",
        "badge-stale",
        "status-last-sweep",
        "diag-router",
    ] {
        assert!(
            marked.contains_key(id),
            "{id} is not in a Default view group"
        );
    }
    assert!(
        marked.len() > 120,
        "only {} messages are marked",
        marked.len()
    );
    let jargon: Vec<String> = marked
        .iter()
        .filter_map(|(id, text)| {
            let found = technical_words(text);
            (!found.is_empty()).then(|| format!("{id}: {found:?} in {text:?}"))
        })
        .collect();
    assert!(
        jargon.is_empty(),
        "the default view says what only a network engineer knows (put the fact one step away: \
         the row's details, the messages panel, a setting's help):\n{}",
        jargon.join("\n")
    );
}

/// A string literal in the source: its line, its text and the call it is
/// an argument of (`tr!`, `label`, `Id::new`; "" at statement level).
#[derive(Debug)]
struct Literal {
    line: usize,
    text: String,
    call: String,
}

/// The source without its test module (tests may say anything).
fn without_tests(src: &str) -> &str {
    match src.find("#[cfg(test)]\nmod tests") {
        Some(i) => &src[..i],
        None => src,
    }
}

/// The string literals of Rust source, each with the call it sits in: a
/// small lexer (comments, raw strings, char literals and lifetimes).
fn literals(src: &str) -> Vec<Literal> {
    let b: Vec<char> = src.chars().collect();
    let (mut i, mut line) = (0, 1);
    let mut calls: Vec<String> = Vec::new();
    let mut out = Vec::new();
    let call_before = |b: &[char], i: usize| {
        let mut j = i;
        while j > 0 && (b[j - 1].is_alphanumeric() || "_:!".contains(b[j - 1])) {
            j -= 1;
        }
        b[j..i].iter().collect::<String>()
    };
    while i < b.len() {
        let c = b[i];
        match c {
            '\n' => line += 1,
            '/' if b.get(i + 1) == Some(&'/') => {
                while i < b.len() && b[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if b.get(i + 1) == Some(&'*') => {
                while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                    if b[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
                continue;
            }
            '(' | '[' | '{' => {
                // A tuple or a grouping is part of the call it sits in;
                // format! hands its text to the call around it.
                let name = match (c, call_before(&b, i).as_str()) {
                    ('(', "" | "format!") => calls.last().cloned().unwrap_or_default(),
                    ('(', name) => name.to_string(),
                    _ => String::new(),
                };
                calls.push(name);
            }
            ')' | ']' | '}' => {
                calls.pop();
            }
            '\'' => {
                // A char literal ('x', '\n', '"'), or a lifetime ('a).
                if b.get(i + 1) == Some(&'\\') {
                    i += 2;
                    while i < b.len() && b[i] != '\'' {
                        i += 1;
                    }
                } else if b.get(i + 2) == Some(&'\'') {
                    i += 2;
                }
            }
            'r' if matches!(b.get(i + 1), Some('"') | Some('#'))
                && (i == 0 || !(b[i - 1].is_alphanumeric() || b[i - 1] == '_')) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) == Some(&'"') {
                    let start = j + 1;
                    let mut k = start;
                    loop {
                        if k >= b.len() {
                            break;
                        }
                        if b[k] == '"' && (1..=hashes).all(|h| b.get(k + h) == Some(&'#')) {
                            break;
                        }
                        k += 1;
                    }
                    let text: String = b[start..k.min(b.len())].iter().collect();
                    line += text.matches('\n').count();
                    out.push(Literal {
                        line,
                        text,
                        call: calls.last().cloned().unwrap_or_default(),
                    });
                    i = k + 1 + hashes;
                    continue;
                }
            }
            '"' => {
                let start = i + 1;
                let mut k = start;
                while k < b.len() && b[k] != '"' {
                    if b[k] == '\\' {
                        k += 1;
                    }
                    k += 1;
                }
                let text: String = b[start..k.min(b.len())].iter().collect();
                let at = line;
                line += text.matches('\n').count();
                let byte_string = i > 0 && b[i - 1] == 'b';
                if !byte_string {
                    out.push(Literal {
                        line: at,
                        text,
                        call: calls.last().cloned().unwrap_or_default(),
                    });
                }
                i = k + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Letters outside format placeholders (`{name}`, `{:.1}`) and escapes.
fn words_in(text: &str) -> usize {
    let mut depth = 0u32;
    let mut letters = 0;
    let mut escaped = false;
    for c in text.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 && c.is_alphabetic() => letters += 1,
            _ => {}
        }
    }
    letters
}

/// Calls whose string arguments no one reads as text: message ids, egui
/// ids, thread names, the log, developer errors.
const NOT_SHOWN: &[&str] = &[
    "tr!",
    "crate::tr!",
    "id_salt",
    "from_id_salt",
    "Id::new",
    "egui::Id::new",
    "Id::unique",
    "egui::Id::unique",
    "with",
    "Panel::top",
    "egui::Panel::top",
    "Panel::bottom",
    "egui::Panel::bottom",
    "Grid::new",
    "egui::Grid::new",
    "form",
    "remembered",
    "remember",
    "threads::start",
    "spawn",
    "log::info!",
    "log::warn!",
    "log::debug!",
    "log::error!",
    "log::trace!",
    "expect",
    "debug_assert!",
    "eprintln!",
    "unreachable!",
    "include_bytes!",
    "ProjectDirs::from",
    "var_os",
    "join",
];

/// Whether a literal in `call` is never read as text.
fn not_shown(call: &str) -> bool {
    NOT_SHOWN
        .iter()
        .any(|n| call == *n || call.ends_with(&format!("::{n}")))
}

/// The window's views and the logic that writes its messages: every text
/// they hand to a person comes from the catalogue.
#[test]
fn views_pass_no_text_that_is_not_from_the_catalogue() {
    let ids: BTreeSet<String> = english().into_keys().collect();
    let ui = common::root().join("src/ui");
    let mut files = common::files_under(&ui, "rs");
    // Not views: the renderer's and the start-up trace's own errors go to
    // stderr before there is a window; thread plumbing; the theme's test
    // labels; the notifier's and the portal's D-Bus names; font names;
    // the single-instance lock's reasons (the log only); the tray item's
    // and its menu's D-Bus names and title (the program's name) and why there is no tray
    // (the log).
    let skip = [
        "portal.rs",
        "tray.rs",
        "sni.rs",
        "dbusmenu.rs",
        "instance.rs",
        "renderer.rs",
        "fonts.rs",
        "startup_trace.rs",
        "runtime.rs",
        "mod.rs",
        "theme.rs",
        "notifier.rs",
        "event.rs",
        "state.rs",
    ];
    files.retain(|p| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        !skip.contains(&name)
    });
    assert!(files.len() >= 12, "{files:?}");
    let mut found = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).expect("source");
        for l in literals(without_tests(&src)) {
            let is_id = ids.contains(&l.text);
            if is_id || words_in(&l.text) < 2 || not_shown(&l.call) {
                continue;
            }
            found.push(format!(
                "{}:{}: {:?} (in {})",
                f.strip_prefix(common::root()).unwrap_or(f).display(),
                l.line,
                l.text,
                if l.call.is_empty() { "—" } else { &l.call }
            ));
        }
    }
    assert!(
        found.is_empty(),
        "text not from the catalogue (use tr!, add the message to locales/en.ftl):\n{}",
        found.join("\n")
    );
}

/// The message ids the code names: the written-out ids of `tr!`,
/// `words!` and `msg!` (each checked against English while the code
/// compiles: see src/i18n/ids.rs), plus the ids each setting derives from
/// its key.
fn ids_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for f in common::files_under(&common::root().join("src"), "rs") {
        let src = std::fs::read_to_string(&f).expect("source");
        let code: String = src
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for call in ["tr!(", "words!(", "msg!("] {
            let mut parts = code.split(call);
            let mut before = parts.next().unwrap_or_default();
            for after in parts {
                // `include_str!(` is not `tr!(`.
                let whole_name = !before.ends_with(|c: char| c.is_alphanumeric() || c == '_');
                let id = after
                    .trim_start()
                    .strip_prefix('"')
                    .and_then(|r| r.split_once('"'));
                if let (true, Some((id, _))) = (whole_name, id) {
                    ids.insert(id.to_string());
                }
                before = after;
            }
        }
    }
    for s in lanscout::settings::catalog::ALL {
        let id = s.message_id();
        ids.insert(format!("{id}-help"));
        ids.insert(id);
    }
    ids
}

/// The ids written out in the code exist (held while compiling: a
/// mistyped id does not build); the ids the settings derive from their
/// keys exist (held here); and every message is used by something.
#[test]
fn the_code_asks_only_for_messages_that_exist_and_uses_them_all() {
    let en = english();
    let in_code = ids_in_code();
    assert!(
        in_code.contains("cmd-scan") && in_code.contains("column-rtt"),
        "the reader finds the ids"
    );
    let asked: Vec<&String> = in_code.iter().filter(|i| !en.contains_key(*i)).collect();
    assert!(
        asked.is_empty(),
        "the code asks for messages English lacks: {asked:?}"
    );
    // The desktop metadata, the installer and the zip's README are
    // written from their messages by the tests here.
    let generated = ["desktop-", "appstream-", "installer-", "readme-"];
    let unused: Vec<&String> = en
        .keys()
        .filter(|k| !in_code.contains(*k) && !generated.iter().any(|g| k.starts_with(g)))
        .collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
}

/// The locale as desktop entries and AppStream write it (`pt_BR`).
fn posix(tag: &str) -> String {
    tag.replace('-', "_")
}

fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `key=English` then `key[de]=Deutsch` for each language.
fn desktop_key(out: &mut String, key: &str, id: &str) {
    for l in LANGUAGES {
        let text = Catalog::for_tag(l.tag).expect("catalogue").text(id, None);
        match l.tag {
            "en" => out.push_str(&format!("{key}={text}\n")),
            tag => out.push_str(&format!("{key}[{}]={text}\n", posix(tag))),
        }
    }
}

fn desktop_entry() -> String {
    let mut out = String::from("[Desktop Entry]\nType=Application\nName=LanScout\n");
    desktop_key(&mut out, "GenericName", "desktop-generic-name");
    desktop_key(&mut out, "Comment", "desktop-comment");
    out.push_str("Exec=lanscout\nIcon=lanscout\nTerminal=false\nCategories=Network;Monitor;\n");
    desktop_key(&mut out, "Keywords", "desktop-keywords");
    out.push_str("StartupWMClass=lanscout\n");
    out
}

/// `<tag>English</tag>` then `<tag xml:lang="de">…</tag>` for each language.
fn xml_element(out: &mut String, indent: &str, tag: &str, id: &str) {
    for l in LANGUAGES {
        let text = xml(&Catalog::for_tag(l.tag).expect("catalogue").text(id, None));
        match l.tag {
            "en" => out.push_str(&format!("{indent}<{tag}>{text}</{tag}>\n")),
            lang => out.push_str(&format!(
                "{indent}<{tag} xml:lang=\"{}\">{text}</{tag}>\n",
                posix(lang)
            )),
        }
    }
}

fn metainfo() -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<component type=\"desktop-application\">\n  \
         <id>io.github.lanscout.LanScout</id>\n  <metadata_license>CC0-1.0</metadata_license>\n  \
         <project_license>MIT OR Apache-2.0</project_license>\n  <name>LanScout</name>\n",
    );
    xml_element(&mut out, "  ", "summary", "appstream-summary");
    out.push_str("  <developer_name>The LanScout developers</developer_name>\n  <description>\n");
    xml_element(&mut out, "    ", "p", "appstream-description-1");
    xml_element(&mut out, "    ", "p", "appstream-description-2");
    out.push_str(
        "  </description>\n  <launchable type=\"desktop-id\">lanscout.desktop</launchable>\n  \
         <screenshots>\n    <screenshot type=\"default\">\n",
    );
    xml_element(&mut out, "      ", "caption", "appstream-screenshot");
    // The screenshot in each language that has one (assets/screenshot-<tag>.png).
    let image = "https://raw.githubusercontent.com/lanscout/lanscout/main/assets/screenshot";
    out.push_str(&format!("      <image>{image}.png</image>\n"));
    for l in &LANGUAGES[1..] {
        let shot = format!("assets/screenshot-{}.png", l.tag);
        if common::root().join(&shot).is_file() {
            out.push_str(&format!(
                "      <image xml:lang=\"{}\">{image}-{}.png</image>\n",
                posix(l.tag),
                l.tag
            ));
        }
    }
    out.push_str(
        "    </screenshot>\n  </screenshots>\n  <categories>\n    <category>Network</category>\n    \
         <category>Monitor</category>\n  </categories>\n  <provides>\n    <binary>lanscout</binary>\n  \
         </provides>\n  <content_rating type=\"oars-1.1\"/>\n  <releases>\n    \
         <release version=\"0.1.0\" date=\"2026-11-25\"/>\n  </releases>\n</component>\n",
    );
    out
}

/// Holds the committed file at `path` (from the root) to `want`, its text
/// written from the catalogues; `UPDATE_DIST=1` rewrites it first. Returns
/// the file's text.
fn generated_file(path: &str, want: &str) -> String {
    let path = common::root().join(path);
    if std::env::var_os("UPDATE_DIST").is_some() {
        std::fs::write(&path, want).expect("write");
    }
    let have = std::fs::read_to_string(&path).expect("read");
    assert_eq!(have, want, "{} (UPDATE_DIST=1 rewrites it)", path.display());
    have
}

/// The name and the language constant NSIS gives each language.
const NSIS_LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("de", "German"),
    ("fr", "French"),
    ("es", "Spanish"),
    ("pt-BR", "PortugueseBR"),
    ("ru", "Russian"),
    ("ja", "Japanese"),
    ("zh-CN", "SimpChinese"),
];

/// The installer's languages and its own strings (dist/windows/languages.nsh,
/// included by installer.nsi). makensis reads a UTF-8 file by its BOM.
fn languages_nsh() -> String {
    let mut out = String::from(
        "\u{feff}; The installer's languages and words, written from locales/*.ftl by\n\
         ; `UPDATE_DIST=1 cargo test --test i18n`: do not edit. Windows picks the\n\
         ; user's language; English otherwise.\n",
    );
    for (_, name) in NSIS_LANGUAGES {
        out.push_str(&format!("!insertmacro MUI_LANGUAGE \"{name}\"\n"));
    }
    for (string, id) in [
        ("START_LANSCOUT", "installer-start"),
        ("STILL_RUNNING", "installer-still-running"),
        ("NOTHING_CHANGED", "installer-nothing-changed"),
        ("REMOVE_SETTINGS", "installer-remove-settings"),
    ] {
        for (tag, name) in NSIS_LANGUAGES {
            let text = Catalog::for_tag(tag).expect("catalogue").text(id, None);
            let text = text.replace('$', "$$").replace('"', "$\\\"");
            out.push_str(&format!(
                "LangString {string} ${{LANG_{}}} \"{text}\"\n",
                name.to_uppercase()
            ));
        }
    }
    out
}

/// The zip's README.txt (UTF-8): English first, then each language; the command
/// line is English, as the program's --help is.
fn readme_txt() -> String {
    let text = |tag: &str, id: &str| Catalog::for_tag(tag).expect("catalogue").text(id, None);
    let files = |tag: &str| {
        format!(
            "{}\n    {}: %APPDATA%\\lanscout\\config\\settings.toml\n    {}: %LOCALAPPDATA%\\lanscout\\data\\lanscout.log\n",
            text(tag, "readme-files"),
            text(tag, "readme-settings"),
            text(tag, "readme-log")
        )
    };
    let title = text("en", "readme-title");
    // The BOM: Notepad before Windows 10 (1903) reads a file without one
    // in the system's code page.
    let mut out = format!(
        "\u{feff}{title}\n{}\n\n{}\n\n{}\n\n",
        "=".repeat(title.chars().count()),
        text("en", "readme-start"),
        text("en", "readme-firewall")
    );
    out.push_str(
        "Command line (in cmd or PowerShell, in this folder):\n    \
         lanscout scan          find servers, one line each\n    \
         lanscout serve         answer discovery requests until Ctrl-C\n    \
         lanscout interfaces    which networks a scan uses\n    \
         lanscout --help\n\n",
    );
    out.push_str(&files("en"));
    for l in &LANGUAGES[1..] {
        out.push_str(&format!(
            "\n\n{}\n{}\n\n{}\n\n{}\n\n{}\n\n{}",
            l.name,
            "-".repeat(l.name.chars().count()),
            text(l.tag, "readme-title"),
            text(l.tag, "readme-start"),
            text(l.tag, "readme-firewall"),
            files(l.tag)
        ));
    }
    out
}

/// The installer and the zip's README speak every language, from the
/// catalogues (the Wine tests build and run the installer).
#[test]
fn the_windows_installer_and_readme_are_the_catalogues_text() {
    assert_eq!(
        NSIS_LANGUAGES.iter().map(|l| l.0).collect::<Vec<_>>(),
        LANGUAGES.iter().map(|l| l.tag).collect::<Vec<_>>(),
        "every language has its NSIS name"
    );
    for (path, want) in [
        ("dist/windows/languages.nsh", languages_nsh()),
        ("dist/windows/README.txt", readme_txt()),
    ] {
        generated_file(path, &want);
    }
    let nsh = languages_nsh();
    for (_, name) in NSIS_LANGUAGES {
        assert_eq!(
            nsh.matches(&format!("${{LANG_{}}}", name.to_uppercase()))
                .count(),
            4,
            "{name}: every string"
        );
    }
}

/// The desktop entry and the AppStream file hold every language's text
/// from the catalogues (packaging.rs validates them with
/// desktop-file-validate and appstreamcli). `UPDATE_DIST=1` rewrites them.
#[test]
fn desktop_entry_and_metainfo_are_the_catalogues_text() {
    for (path, want) in [
        ("dist/lanscout.desktop", desktop_entry()),
        ("dist/io.github.lanscout.LanScout.metainfo.xml", metainfo()),
    ] {
        let have = generated_file(path, &want);
        for l in &LANGUAGES[1..] {
            assert!(
                have.contains(&format!("[{}]=", posix(l.tag)))
                    || have.contains(&format!("xml:lang=\"{}\"", posix(l.tag))),
                "{path}: no {}",
                l.tag
            );
        }
    }
}
