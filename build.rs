//! Names the commit the build is made from (`LANSCOUT_COMMIT`, read by
//! src/build_info.rs for `--version`). Windows only: compiles
//! dist/windows/lanscout.rc (the icon and the version information Explorer
//! shows) into the exe, with the version from Cargo.toml filled in.

use std::process::Command;

fn main() {
    let commit = commit_id();
    println!("cargo:rustc-env=LANSCOUT_COMMIT={commit}");
    println!("cargo:rerun-if-changed=dist/windows/lanscout.rc");
    println!("cargo:rerun-if-changed=assets/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    if let Err(e) = compile_resources() {
        panic!("cannot compile the Windows resources (icon, version): {e}");
    }
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
