//! Page title extraction: any bytes never panic, and the title is plain
//! text of at most 120 characters without control characters.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lanscout::details::page::extract_title;
use lanscout::details::text::MAX_TITLE_CHARS;

fuzz_target!(|data: &[u8]| {
    if let Some(title) = extract_title(data) {
        assert!(!title.is_empty());
        assert!(title.chars().count() <= MAX_TITLE_CHARS);
        assert!(!title.chars().any(char::is_control));
        assert_eq!(title.trim(), title);
    }
});
