//! Hardware makers by address prefix: the IEEE registries (MA-L, MA-M,
//! MA-S, CID, IAB) as `data/oui.tsv`, one "PREFIX<TAB>Organization" line per
//! assignment, sorted (scripts/update-oui.py writes it). Looked up by binary
//! search over the text itself (pure): no table is built and nothing is
//! relocated when the program starts (the oui-data crate's map of 59 015
//! records made 8.8 MB of the binary).

const TABLE: &str = include_str!("../../data/oui.tsv");

/// The organization registered for `mac` (12 upper-case hex digits, or a
/// longer prefix of them): the 36-bit assignment first, then 28, then 24.
pub fn organization(mac: &str) -> Option<&'static str> {
    [9, 7, 6]
        .into_iter()
        .filter(|n| mac.len() >= *n)
        .find_map(|n| find(&mac[..n]))
}

/// The line whose prefix is exactly `key`.
fn find(key: &str) -> Option<&'static str> {
    let bytes = TABLE.as_bytes();
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[..mid]
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        let end = bytes[mid..]
            .iter()
            .position(|b| *b == b'\n')
            .map_or(bytes.len(), |i| mid + i);
        let line = &TABLE[start..end];
        let (prefix, name) = line.split_once('\t')?;
        match prefix.cmp(key) {
            std::cmp::Ordering::Equal => return Some(name),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The registries' own examples (those the oui-data crate tested), each
    /// kind of assignment, both ends of the table, and misses.
    #[test]
    fn lookups() {
        let table = [
            ("000000000000", Some("XEROX CORPORATION")),
            ("50A6D8000000", Some("Apple, Inc.")),
            ("B84C87400000", Some("Blum Novotest GmbH")),
            ("8C1F64AFA000", Some("DATA ELECTRONIC DEVICES, INC")),
            ("EA2701000000", Some("ACCE Technology Corp.")),
            ("40D8550D7000", Some("Avant Technologies")),
            ("B827EB3A4107", Some("Raspberry Pi Foundation")),
            ("001132000000", Some("Synology Incorporated")),
            ("FFFFFFFFFFFF", None),
            ("0", None),
            ("", None),
        ];
        for (mac, want) in table {
            assert_eq!(organization(mac), want, "{mac}");
        }
        let first = TABLE.lines().next().and_then(|l| l.split_once('\t'));
        let last = TABLE.lines().last().and_then(|l| l.split_once('\t'));
        for (prefix, name) in [first, last].into_iter().flatten() {
            assert_eq!(find(prefix), Some(name));
        }
    }

    #[test]
    fn the_table_is_sorted_with_one_line_per_prefix() {
        let keys: Vec<&str> = TABLE.lines().filter_map(|l| l.split('\t').next()).collect();
        assert!(keys.len() > 50_000, "{}", keys.len());
        assert!(
            keys.windows(2).all(|w| w[0] < w[1]),
            "sorted, no duplicates"
        );
        assert!(keys
            .iter()
            .all(|k| matches!(k.len(), 6 | 7 | 9) && k.bytes().all(|b| b.is_ascii_hexdigit())));
    }
}
