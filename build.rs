//! Names the commit the build is made from (`LANSCOUT_COMMIT`, read by
//! src/build_info.rs for `--version`); lists the message ids of
//! locales/en.ftl (`OUT_DIR/message_ids.rs`), against which `tr!`,
//! `words!` and `msg!` check their ids while the code compiles; packs the hardware makers'
//! registry, data/oui.tsv, into the compact table src/details/oui.rs
//! searches (`OUT_DIR/oui.bin`). Windows only: compiles
//! dist/windows/lanscout.rc (the icon and the version information Explorer
//! shows) into the exe, with the version from Cargo.toml filled in.

use std::process::Command;

fn main() {
    let commit = commit_id();
    println!("cargo:rustc-env=LANSCOUT_COMMIT={commit}");
    if let Err(e) = list_message_ids() {
        panic!("cannot list the message ids of locales/en.ftl: {e}");
    }
    if let Err(e) = pack_oui() {
        panic!("cannot pack data/oui.tsv: {e}");
    }
    println!("cargo:rerun-if-changed=dist/windows/lanscout.rc");
    println!("cargo:rerun-if-changed=assets/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    if let Err(e) = compile_resources() {
        panic!("cannot compile the Windows resources (icon, version): {e}");
    }
}

/// The ids of English's messages (lines `id = …`; attributes and
/// continuation lines are indented, comments start with `#`), sorted, as
/// a Rust array the i18n module includes.
fn list_message_ids() -> Result<(), String> {
    println!("cargo:rerun-if-changed=locales/en.ftl");
    let ftl = std::fs::read_to_string("locales/en.ftl").map_err(|e| e.to_string())?;
    let mut ids: Vec<&str> = ftl
        .lines()
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim_end()))
        .filter(|id| {
            id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let out = std::env::var("OUT_DIR").map_err(|e| e.to_string())?;
    let mut text = String::from("/// Every message id of locales/en.ftl, sorted (written by build.rs).\npub const ALL: &[&str] = &[\n");
    for id in &ids {
        text += &format!("    {id:?},\n");
    }
    text += "];\n";
    std::fs::write(std::path::Path::new(&out).join("message_ids.rs"), text)
        .map_err(|e| e.to_string())
}

fn compile_resources() -> Result<(), String> {
    let version = std::env::var("CARGO_PKG_VERSION").map_err(|e| e.to_string())?;
    let manifest = std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?;
    let out = std::env::var("OUT_DIR").map_err(|e| e.to_string())?;
    let mut numbers: Vec<String> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|n| n.parse::<u16>().unwrap_or(0).to_string())
        .collect();
    numbers.resize(4, "0".into());
    let root = std::path::Path::new(&manifest);
    let template = std::fs::read_to_string(root.join("dist/windows/lanscout.rc"))
        .map_err(|e| format!("dist/windows/lanscout.rc: {e}"))?;
    // Forward slashes: both resource compilers accept them, and no
    // backslash escapes to get wrong.
    let icon = root
        .join("assets/icon.ico")
        .display()
        .to_string()
        .replace('\\', "/");
    let rc = template
        .replace("@ICON@", &icon)
        .replace("@VERSION_NUMBERS@", &numbers.join(","))
        .replace("@VERSION@", &version);
    let path = std::path::Path::new(&out).join("lanscout.rc");
    std::fs::write(&path, rc).map_err(|e| format!("{}: {e}", path.display()))?;
    embed_resource::compile(&path, embed_resource::NONE)
        .manifest_optional()
        .map_err(|e| e.to_string())
}

/// The commit: `LANSCOUT_COMMIT` when set (a build from a source archive,
/// where there is no git), else git's short id of HEAD, else "unknown".
/// Only hexadecimal ids are taken: the value ends up in `--version`.
fn commit_id() -> String {
    println!("cargo:rerun-if-env-changed=LANSCOUT_COMMIT");
    let from_env = std::env::var("LANSCOUT_COMMIT").ok();
    let id = from_env.or_else(git_head).unwrap_or_default();
    let id = id.trim();
    if (7..=40).contains(&id.len()) && id.chars().all(|c| c.is_ascii_hexdigit()) {
        id.to_string()
    } else {
        "unknown".to_string()
    }
}

/// `git rev-parse --short=10 HEAD`, and a rerun whenever HEAD or the branch
/// it names moves (a new commit), so that `--version` never lags behind.
fn git_head() -> Option<String> {
    let git = |args: &[&str]| -> Option<String> {
        let out = Command::new("git").args(args).output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    let id = git(&["rev-parse", "--short=10", "HEAD"])?;
    for name in ["HEAD", "packed-refs"] {
        if let Some(path) = git(&["rev-parse", "--git-path", name]) {
            if std::path::Path::new(&path).exists() {
                println!("cargo:rerun-if-changed={path}");
            }
        }
    }
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        if let Some(path) = git(&["rev-parse", "--git-path", &branch]) {
            if std::path::Path::new(&path).exists() {
                println!("cargo:rerun-if-changed={path}");
            }
        }
    }
    Some(id)
}

/// data/oui.tsv ("PREFIX<TAB>Organization", sorted; 6, 7 or 9 hex digits)
/// as src/details/oui.rs reads it: each organization's name once (sorted,
/// one per line), then per prefix length a column of fixed-width
/// big-endian prefixes and a column of 2-byte name numbers, in the
/// listing's order. Numbers are little-endian u32 counts before each part.
/// Sorted columns compress far better than the text (the .deb is 91 KB
/// smaller) and are searched in place the same way.
fn pack_oui() -> Result<(), String> {
    println!("cargo:rerun-if-changed=data/oui.tsv");
    let manifest = std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?;
    let out = std::env::var("OUT_DIR").map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(std::path::Path::new(&manifest).join("data/oui.tsv"))
        .map_err(|e| format!("data/oui.tsv: {e}"))?;
    let mut rows: Vec<(&str, &str)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let (prefix, name) = line
            .split_once('\t')
            .ok_or_else(|| format!("line {}: no tab", n + 1))?;
        if !matches!(prefix.len(), 6 | 7 | 9) || !prefix.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(format!(
                "line {}: {prefix:?} is not 6, 7 or 9 hex digits",
                n + 1
            ));
        }
        if name.contains('\n') || name.is_empty() {
            return Err(format!("line {}: no name", n + 1));
        }
        rows.push((prefix, name));
    }
    let mut names: Vec<&str> = rows.iter().map(|(_, name)| *name).collect();
    names.sort_unstable();
    names.dedup();
    if names.len() > usize::from(u16::MAX) {
        return Err(format!("{} names do not fit 2-byte numbers", names.len()));
    }
    let number = |name: &str| names.binary_search(&name).unwrap_or(0) as u16;
    let count = |n: usize| (n as u32).to_le_bytes();
    let mut packed = Vec::new();
    let blob: String = names.iter().map(|n| format!("{n}\n")).collect();
    packed.extend(count(blob.len()));
    packed.extend(blob.as_bytes());
    for digits in [6usize, 7, 9] {
        let width = digits.div_ceil(2);
        let column: Vec<&(&str, &str)> = rows.iter().filter(|(p, _)| p.len() == digits).collect();
        packed.extend(count(column.len()));
        for (prefix, _) in &column {
            let value = u64::from_str_radix(prefix, 16).map_err(|e| e.to_string())?;
            packed.extend(&value.to_be_bytes()[8 - width..]);
        }
        for (_, name) in &column {
            packed.extend(number(name).to_be_bytes());
        }
    }
    let path = std::path::Path::new(&out).join("oui.bin");
    std::fs::write(&path, packed).map_err(|e| format!("{}: {e}", path.display()))
}
