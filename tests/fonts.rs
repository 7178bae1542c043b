//! The symbols in the window's own text have a glyph in the fonts it ships
//! (egui's Ubuntu-Light, Hack and icons, and the two symbol fonts cut by
//! `scripts/subset-symbols.py`), with no system font to help: a symbol
//! added to a catalogue or a view without re-running the script fails
//! here, instead of showing as an empty box on a machine without emoji
//! fonts.

mod common;
mod kit;

use std::path::PathBuf;

use egui::FontId;
use lanscout::settings::Settings;
use lanscout::ui::AppOptions;

/// A character the shipped fonts must draw: anything but ASCII and CJK
/// (a space other than ASCII's too: French puts a no-break one before
/// ":", and a font without it draws a box) (ideographs, kana and their punctuation come from the system's
/// CJK font, which the translation tests check).
fn is_symbol(c: char) -> bool {
    let cp = c as u32;
    cp >= 128
        && !c.is_control()
        && !(0x2E80..=0x9FFF).contains(&cp)
        && !(0xF900..=0xFAFF).contains(&cp)
        && !(0xFF00..=0xFFEF).contains(&cp)
}

#[test]
fn every_symbol_in_the_text_has_a_glyph_in_the_shipped_fonts() {
    // The window's words: the catalogues, and the few symbols the views
    // draw themselves (the command line and doc comments are not shown).
    let mut files = common::files_under(&common::root().join("src/ui"), "rs");
    files.extend(common::files_under(&common::root().join("locales"), "ftl"));
    let mut symbols: Vec<(char, PathBuf)> = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("utf-8 text");
        let shown = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//") && !l.trim_start().starts_with('#'));
        for c in shown.flat_map(str::chars).filter(|c| is_symbol(*c)) {
            if !symbols.iter().any(|(s, _)| *s == c) {
                symbols.push((c, file.clone()));
            }
        }
    }
    // The ones the toolbar and the table show, at least.
    for c in ['⟳', '⚙', '⚠', '✔', '✖', '🔍', '⏶', '⏷'] {
        assert!(symbols.iter().any(|(s, _)| *s == c), "{c} not found");
    }

    let dir = tempfile::tempdir().expect("tempdir");
    let options = AppOptions {
        start_on_launch: false,
        check_web_ports: false,
        detect_interfaces: false,
        ..AppOptions::default()
    };
    let app = kit::app_in(dir.path(), Settings::default(), options);
    let mut h = kit::harness(app, (980.0, 620.0));
    h.step();
    let missing: Vec<String> = symbols
        .iter()
        .filter(|(c, _)| {
            [FontId::proportional(14.0), FontId::monospace(13.0)]
                .iter()
                .any(|font| !h.ctx.fonts_mut(|f| f.has_glyph(font, *c)))
        })
        .map(|(c, file)| format!("{c} (U+{:04X}, {})", *c as u32, file.display()))
        .collect();
    assert!(
        missing.is_empty(),
        "no glyph in the shipped fonts for {missing:?}: run scripts/subset-symbols.py"
    );
    // The fonts are the cut ones, not whole emoji fonts.
    assert!(!h
        .ctx
        .fonts_mut(|f| f.has_glyph(&FontId::proportional(14.0), '🐱')));
}
