//! Making text from the network safe to show: pure.

/// Longest page title shown, in characters.
pub const MAX_TITLE_CHARS: usize = 120;
/// Longest host name, `Server` header or vendor shown, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// Plain text for display: control characters (and other invisible format
/// characters) dropped, runs of white space collapsed to one space, trimmed,
/// and cut to `max_chars` characters with an ellipsis. `None` when nothing
/// is left.
pub fn display_text(raw: &str, max_chars: usize) -> Option<String> {
    let mut out = String::new();
    let mut count = 0usize;
    let mut pending_space = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if c.is_control() || is_invisible_format(c) {
            continue;
        }
        let needed = usize::from(pending_space) + 1;
        if count + needed > max_chars {
            // Keep room for the ellipsis.
            while count >= max_chars {
                out.pop();
                count -= 1;
            }
            out.push('…');
            return Some(out);
        }
        if pending_space {
            out.push(' ');
            count += 1;
            pending_space = false;
        }
        out.push(c);
        count += 1;
    }
    (!out.is_empty()).then_some(out)
}

/// Bidirectional overrides and zero-width characters can make a title read
/// as something else; they are never shown.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_text_table() {
        let cases: &[(&str, usize, Option<&str>)] = &[
            ("Inventory", 120, Some("Inventory")),
            ("  Lab \n\t 3  ", 120, Some("Lab 3")),
            ("a\u{0}b\u{7}c\u{1b}[31m", 120, Some("abc[31m")),
            ("", 120, None),
            (" \n\t ", 120, None),
            ("\u{202E}evil\u{200B}", 120, Some("evil")),
            ("abcdef", 4, Some("abc…")),
            ("ab cd", 5, Some("ab cd")),
            ("ab cdef", 5, Some("ab c…")),
            ("Café · Ünïcode", 120, Some("Café · Ünïcode")),
        ];
        for (raw, max, want) in cases {
            assert_eq!(display_text(raw, *max).as_deref(), *want, "{raw:?}");
        }
    }

    #[test]
    fn long_text_is_capped_in_characters() {
        let long = "é".repeat(10_000);
        let t = display_text(&long, MAX_TITLE_CHARS).unwrap_or_default();
        assert_eq!(t.chars().count(), MAX_TITLE_CHARS);
        assert!(t.ends_with('…'));
    }
}
