//! Windows only: compiles dist/windows/lanscout.rc (the icon and the
//! version information Explorer shows) into the exe. Other targets: nothing.

fn main() {
    println!("cargo:rerun-if-changed=dist/windows/lanscout.rc");
    println!("cargo:rerun-if-changed=assets/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let mut numbers: Vec<String> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|n| n.parse::<u16>().unwrap_or(0).to_string())
        .collect();
    numbers.resize(4, "0".into());
    let macros = [
        format!("LANSCOUT_VERSION_NUMBERS={}", numbers.join(",")),
        format!("LANSCOUT_VERSION_TEXT=\"{version}\""),
    ];
    if let Err(e) = embed_resource::compile("dist/windows/lanscout.rc", &macros).manifest_optional()
    {
        panic!("cannot compile the Windows resources (icon, version): {e}");
    }
}
