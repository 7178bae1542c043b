//! The message ids of locales/en.ftl, known while the code compiles:
//! `tr!("id")`, `words!("id")` and `msg!("id")` check a written-out id
//! against them, so a mistyped or removed message is a compile error that
//! names it (English is complete; every other catalogue is held to
//! English's ids by a test).

include!(concat!(env!("OUT_DIR"), "/message_ids.rs"));

/// Whether `id` is a message of locales/en.ftl (usable in a `const`).
pub const fn exists(id: &str) -> bool {
    let mut i = 0;
    while i < ALL.len() {
        if same(ALL[i].as_bytes(), id.as_bytes()) {
            return true;
        }
        i += 1;
    }
    false
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A message id checked while compiling: `msg!("cmd-scan")` is
/// `"cmd-scan"`, and `msg!("cmd-scna")` does not compile. For ids kept
/// as values (a command's label, a warning's text) and worded later.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {{
        const ID: &str = $id;
        const _: () = assert!(
            $crate::i18n::ids::exists(ID),
            concat!("no message `", $id, "` in locales/en.ftl")
        );
        ID
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_english_and_sorted() {
        assert!(ALL.len() > 300, "{}", ALL.len());
        assert!(ALL.windows(2).all(|w| w[0] < w[1]));
        let english = crate::i18n::LANGUAGES[0].ftl;
        for id in ALL {
            assert!(
                english.lines().any(|l| l.starts_with(&format!("{id} ="))),
                "{id}"
            );
        }
    }

    #[test]
    fn known_ids_exist_and_near_misses_do_not() {
        for (id, known) in [
            ("cmd-scan", true),
            ("window-title", true),
            ("cmd-scna", false),
            ("cmd-sca", false),
            ("cmd-scan-", false),
            ("", false),
        ] {
            assert_eq!(exists(id), known, "{id:?}");
        }
        assert_eq!(crate::msg!("cmd-scan"), "cmd-scan");
    }
}
