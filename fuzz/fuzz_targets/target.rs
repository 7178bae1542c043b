//! Target parsing (`host`, `host:port`, CIDR): never panics, and what
//! parses prints back to something that parses the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lanscout::net::Target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(t) = text.parse::<Target>() {
        let again: Result<Target, _> = t.to_string().parse();
        assert_eq!(again.as_ref().ok(), Some(&t), "{t}");
    }
});
