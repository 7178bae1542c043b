//! Windows only: compiles dist/windows/lanscout.rc (the icon and the
//! version information Explorer shows) into the exe, with the version from
//! Cargo.toml filled in. Other targets: nothing.

fn main() {
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
