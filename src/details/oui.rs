//! Hardware makers by address prefix: the IEEE registries (MA-L, MA-M,
//! MA-S, CID, IAB) from `data/oui.tsv` (one "PREFIX<TAB>Organization" line
//! per assignment, sorted; scripts/update-oui.py writes it), packed by
//! build.rs: each organization's name once, then per prefix length (24,
//! 28 or 36 bits) a sorted column of fixed-width prefixes and a column of
//! name numbers. Looked up by binary search in place (pure): nothing is
//! relocated when the program starts (the oui-data crate's map of 59 015
//! records made 8.8 MB of the binary), and the packed columns compress to
//! 383 KB in the .deb where the text took 475 KB.

use std::sync::OnceLock;

const PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/oui.bin"));

/// The packed table's parts, found once.
struct Table {
    /// The names, one per line, sorted.
    names: &'static [u8],
    /// Where each name starts in `names`, and where the last one ends.
    starts: Vec<usize>,
    /// Per prefix length in hex digits (6, 7, 9): its prefixes (each
    /// `digits.div_ceil(2)` bytes, big-endian) and their name numbers.
    columns: [(usize, &'static [u8], &'static [u8]); 3],
}

fn table() -> Option<&'static Table> {
    static TABLE: OnceLock<Option<Table>> = OnceLock::new();
    TABLE.get_or_init(|| unpack(PACKED)).as_ref()
}

/// Reads the parts of what build.rs packed (`None` if it is cut short).
fn unpack(packed: &'static [u8]) -> Option<Table> {
    let mut rest = packed;
    let names_len = count(&mut rest)?;
    let names = take(&mut rest, names_len)?;
    let mut columns = [(0, &[][..], &[][..]); 3];
    for (column, digits) in columns.iter_mut().zip([6usize, 7, 9]) {
        let n = count(&mut rest)?;
        let prefixes = take(&mut rest, n * digits.div_ceil(2))?;
        let numbers = take(&mut rest, n * 2)?;
        *column = (digits, prefixes, numbers);
    }
    let mut starts = vec![0];
    starts.extend(
        names
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .map(|(i, _)| i + 1),
    );
    Some(Table {
        names,
        starts,
        columns,
    })
}

/// The next `n` bytes of `rest`.
fn take(rest: &mut &'static [u8], n: usize) -> Option<&'static [u8]> {
    if rest.len() < n {
        return None;
    }
    let (part, after) = rest.split_at(n);
    *rest = after;
    Some(part)
}

/// A little-endian u32 count.
fn count(rest: &mut &'static [u8]) -> Option<usize> {
    let bytes: [u8; 4] = take(rest, 4)?.try_into().ok()?;
    Some(u32::from_le_bytes(bytes) as usize)
}

/// The organization registered for `mac` (12 hex digits, or a longer
/// prefix of them): the 36-bit assignment first, then 28, then 24.
pub fn organization(mac: &str) -> Option<&'static str> {
    let table = table()?;
    table
        .columns
        .iter()
        .rev()
        .find_map(|&(digits, prefixes, numbers)| {
            let key = u64::from_str_radix(mac.get(..digits)?, 16).ok()?;
            let width = digits.div_ceil(2);
            let key = key.to_be_bytes();
            let key = &key[8 - width..];
            let at = find(prefixes, width, key)?;
            let number = usize::from(u16::from_be_bytes([
                *numbers.get(2 * at)?,
                *numbers.get(2 * at + 1)?,
            ]));
            let (start, end) = (*table.starts.get(number)?, *table.starts.get(number + 1)?);
            std::str::from_utf8(table.names.get(start..end - 1)?).ok()
        })
}

/// Where `key` is in the sorted column of `width`-byte `prefixes`.
fn find(prefixes: &[u8], width: usize, key: &[u8]) -> Option<usize> {
    let (mut lo, mut hi) = (0, prefixes.len() / width);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match prefixes.get(mid * width..(mid + 1) * width)?.cmp(key) {
            std::cmp::Ordering::Equal => return Some(mid),
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The listing the table is packed from.
    const TABLE: &str = include_str!("../../data/oui.tsv");

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
    }

    /// Every assignment of the listing is found, with its organization
    /// (the packing and the search together).
    #[test]
    fn every_assignment_in_the_listing_is_found() {
        let prefixes: std::collections::HashSet<&str> =
            TABLE.lines().filter_map(|l| l.split('\t').next()).collect();
        let mut checked = 0;
        for (prefix, name) in TABLE.lines().filter_map(|l| l.split_once('\t')) {
            let mac = format!("{prefix:0<12}");
            // A longer assignment inside this one may name another maker.
            let inside = [7, 9]
                .into_iter()
                .any(|n| n > prefix.len() && prefixes.contains(&mac[..n]));
            if !inside {
                assert_eq!(organization(&mac), Some(name), "{prefix}");
                checked += 1;
            }
        }
        assert!(checked > 50_000, "{checked}");
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
