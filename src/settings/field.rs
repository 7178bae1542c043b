//! Parsers for single fields, shared by validation, the CLI and the
//! settings dialog (which validates as the user types).

use super::*;
use crate::tr;

/// Scan timeout in seconds: 0.1 to 600.
pub fn timeout(text: &str) -> Result<f64, String> {
    let v: f64 = text
        .trim()
        .parse()
        .map_err(|_| tr!("field-not-seconds", text = format!("{:?}", text.trim())))?;
    check_timeout(v)
}

/// Range check for a timeout.
fn check_timeout(v: f64) -> Result<f64, String> {
    if v.is_finite() && (0.1..=600.0).contains(&v) {
        Ok(v)
    } else {
        Err(tr!("field-timeout-range"))
    }
}

/// A UDP or TCP port: 1 to 65535.
pub fn port(text: &str) -> Result<u16, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(tr!("field-port-empty"));
    }
    match t.parse::<u32>() {
        Ok(p) if (1..=65535).contains(&p) && t.bytes().all(|b| b.is_ascii_digit()) => Ok(p as u16),
        Ok(_) => Err(tr!("field-port-range")),
        Err(_) => Err(tr!("field-not-port", text = format!("{t:?}"))),
    }
}

/// Server mode's request buffer: 16 to 65507 bytes (the largest UDP
/// payload over IPv4).
pub fn buffer_size(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let v: usize = t
        .parse()
        .map_err(|_| tr!("field-not-bytes", text = format!("{t:?}")))?;
    if (16..=65507).contains(&v) {
        Ok(v)
    } else {
        Err(tr!("field-buffer-range"))
    }
}

/// Retries: 0 to 10.
pub fn retries(text: &str) -> Result<u32, String> {
    let v: u32 = text
        .trim()
        .parse()
        .map_err(|_| tr!("field-not-whole", text = format!("{:?}", text.trim())))?;
    check_retries(v)
}

/// Range check for retries.
fn check_retries(v: u32) -> Result<u32, String> {
    if v <= 10 {
        Ok(v)
    } else {
        Err(tr!("field-retries-range"))
    }
}

/// Sweep rate in probes per second: 1 to 50 000.
pub fn sweep_rate(text: &str) -> Result<u32, String> {
    let v: u32 = text
        .trim()
        .parse()
        .map_err(|_| tr!("field-not-rate", text = format!("{:?}", text.trim())))?;
    check_sweep_rate(v)
}

/// Range check for the sweep rate.
fn check_sweep_rate(v: u32) -> Result<u32, String> {
    if (1..=50_000).contains(&v) {
        Ok(v)
    } else {
        Err(tr!("field-rate-range"))
    }
}

/// The request message: 1 to 1024 bytes of UTF-8, not only white space.
pub fn message(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        Err(tr!("field-empty"))
    } else if text.len() > protocol::DEFAULT_REQUEST_BUFFER {
        Err(tr!(
            "field-too-long",
            bytes = text.len(),
            most = protocol::DEFAULT_REQUEST_BUFFER
        ))
    } else {
        Ok(text.to_string())
    }
}

/// The reply prefix: 1 to 256 bytes, not only white space.
pub fn prefix(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        Err(tr!("field-empty"))
    } else if text.len() > 256 {
        Err(tr!("field-too-long", bytes = text.len(), most = 256))
    } else {
        Ok(text.to_string())
    }
}

/// One target (`host`, `host:port`, `a.b.c.d/nn`).
pub fn target(text: &str) -> Result<Target, String> {
    text.parse::<Target>().map_err(|e| e.to_string())
}

/// A list of targets, one per line or separated by commas.
pub fn targets(text: &str) -> Result<Vec<String>, String> {
    let items = split_list(text);
    for item in &items {
        target(item)?;
    }
    Ok(items)
}

/// An interface name: not empty, no white space or commas.
pub fn interface_name(text: &str) -> Result<String, String> {
    let t = text.trim();
    if t.is_empty() {
        Err(tr!("field-interface-empty"))
    } else if t.chars().any(|c| c.is_control() || c == ',') || t.chars().count() > 256 {
        // Windows names interfaces for people ("Ethernet 2", "Wi-Fi"):
        // spaces inside a name are fine; a comma separates names in a list.
        Err(tr!("field-not-interface", text = format!("{t:?}")))
    } else {
        Ok(t.to_string())
    }
}

/// A name the user gives a favourite: 1 to 200 characters, no control
/// characters (a line break would break the list and the file).
pub fn label(text: &str) -> Result<String, String> {
    let t = text.trim();
    if t.is_empty() {
        Err(tr!("field-name-empty"))
    } else if t.chars().count() > MAX_LABEL_CHARS {
        Err(tr!("field-name-too-long", most = MAX_LABEL_CHARS))
    } else if t.chars().any(char::is_control) {
        Err(tr!("field-control-chars"))
    } else {
        Ok(t.to_string())
    }
}

/// Seconds between automatic scans, as typed.
pub fn auto_refresh_secs(text: &str) -> Result<u32, String> {
    let v: u32 = text.trim().parse().map_err(|_| {
        tr!(
            "field-not-whole-seconds",
            text = format!("{:?}", text.trim())
        )
    })?;
    check_auto_refresh(v)
}

/// Seconds between automatic scans: 5 to 3600.
fn check_auto_refresh(v: u32) -> Result<u32, String> {
    if (5..=3600).contains(&v) {
        Ok(v)
    } else {
        Err(tr!("field-auto-refresh-range"))
    }
}

/// Hours before an unseen server is forgotten: 0 (never) to 8760 (a year).
fn check_forget_after(v: u32) -> Result<u32, String> {
    if v <= 8760 {
        Ok(v)
    } else {
        Err(tr!("field-forget-range"))
    }
}

/// Hours before an unseen server is forgotten, as typed.
pub fn forget_after(text: &str) -> Result<u32, String> {
    let v: u32 = text
        .trim()
        .parse()
        .map_err(|_| tr!("field-not-hours", text = format!("{:?}", text.trim())))?;
    check_forget_after(v)
}

/// Splits a list typed as lines or comma-separated items.
pub fn split_list(text: &str) -> Vec<String> {
    text.split(['\n', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The Language setting: `system` or the tag of a catalogue.
pub fn language(text: &str) -> Result<String, String> {
    let t = text.trim();
    let languages = crate::i18n::LANGUAGES;
    if t == crate::i18n::SYSTEM || languages.iter().any(|l| l.tag == t) {
        return Ok(t.to_string());
    }
    let tags: Vec<&str> = languages.iter().map(|l| l.tag).collect();
    Err(tr!(
        "field-not-language",
        text = format!("{t:?}"),
        tags = tags.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_system_or_a_catalogue_tag() {
        for (text, ok) in [
            ("system", true),
            ("de", true),
            (" pt-BR ", true),
            ("xx", false),
            ("", false),
        ] {
            assert_eq!(language(text).is_ok(), ok, "{text:?}");
        }
    }

    /// Each length limit at its edge: the longest allowed, one more.
    #[test]
    fn lengths_at_their_limits() {
        let a = |n: usize| "a".repeat(n);
        let max = protocol::DEFAULT_REQUEST_BUFFER;
        assert!(message(&a(max)).is_ok());
        assert!(message(&a(max + 1)).is_err());
        assert!(prefix(&a(256)).is_ok());
        assert!(prefix(&a(257)).is_err());
        assert!(interface_name(&a(256)).is_ok());
        assert!(interface_name(&a(257)).is_err());
        // Characters, not bytes: 200 "é" are 400 bytes.
        assert!(label(&"é".repeat(MAX_LABEL_CHARS)).is_ok());
        assert!(label(&"é".repeat(MAX_LABEL_CHARS + 1)).is_err());
    }

    #[test]
    fn field_parsers_explain() {
        assert_eq!(field::port("8080"), Ok(8080));
        assert!(field::port("0").unwrap_err().contains("1 and 65535"));
        assert!(field::port("99999").unwrap_err().contains("1 and 65535"));
        assert!(field::port("abc").unwrap_err().contains("not a port"));
        assert!(field::port("+80").is_err());
        assert_eq!(field::timeout(" 2.5 "), Ok(2.5));
        assert!(field::timeout("0").is_err());
        assert!(field::timeout("NaN").is_err());
        assert!(field::retries("11").is_err());
        assert!(field::sweep_rate("0").is_err());
        assert_eq!(
            field::targets("10.0.0.1, 10.0.1.0/24\nnas:7000").map(|v| v.len()),
            Ok(3)
        );
        assert!(field::targets("10.0.0.1, bad host").is_err());
    }

    #[test]
    fn interface_names_as_linux_and_windows_spell_them() {
        for ok in [
            "eth0",
            "wlp2s0",
            "Ethernet 2",
            "Wi-Fi",
            "vEthernet (WSL)",
            "Беспроводная сеть",
        ] {
            assert_eq!(interface_name(ok).as_deref(), Ok(ok), "{ok}");
        }
        assert_eq!(
            interface_name("  Ethernet 2 ").as_deref(),
            Ok("Ethernet 2"),
            "trimmed"
        );
        for bad in ["", "   ", "eth0,eth1", "tab\there", "new\nline"] {
            assert!(interface_name(bad).is_err(), "{bad:?}");
        }
        assert!(interface_name(&"x".repeat(257)).is_err());
    }
}
