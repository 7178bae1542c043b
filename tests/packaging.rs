//! The desktop entry and AppStream metadata pass the distributions' own
//! validators (scripts/test.sh installs desktop-file-utils and appstream).

use std::process::Command;

fn validate(program: &str, args: &[&str]) {
    let out = Command::new(program)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("{program} is needed (scripts/test.sh installs it): {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn desktop_entry_is_valid() {
    validate("desktop-file-validate", &["dist/lanscout.desktop"]);
}

#[test]
fn appstream_metainfo_is_valid() {
    validate(
        "appstreamcli",
        &[
            "validate",
            "--no-net",
            "dist/io.github.lanscout.LanScout.metainfo.xml",
        ],
    );
}
