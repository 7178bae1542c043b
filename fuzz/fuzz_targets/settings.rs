//! Settings loading: any bytes as TOML never panic; what loads validates
//! and survives a save/load round trip unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lanscout::settings::Settings;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(s) = Settings::from_toml(text) {
        assert!(s.validate().is_empty());
        let written = s.to_toml().expect("valid settings serialise");
        assert!(!written.is_empty());
        assert_eq!(Settings::from_toml(&written).as_ref(), Ok(&s));
    }
});
