//! The symbols the window's own words use (⟳ ⚙ ⚠ ✔ ✖ ℹ 🔍 ⏶ ⏷ ...), and nothing
//! more: egui's `monochrome_emoji_fonts` feature bundles two emoji fonts
//! (1.2 MB) for them. These are those fonts cut down to the symbols the
//! sources and catalogues hold (`scripts/subset-symbols.py`; licences in
//! `assets/fonts/`), in egui's order and sizes, so the window looks as it
//! did. Emoji in a server's name or page title come from the system's
//! fonts, as CJK text does. `tests/fonts.rs` fails when a symbol in the
//! text has no glyph.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily, FontTweak};

/// Name, data and scale (egui's own tweak for the font it is cut from).
const SYMBOL_FONTS: [(&str, &[u8], f32); 2] = [
    (
        "noto-emoji-symbols",
        include_bytes!("../../assets/fonts/noto-emoji-symbols.ttf"),
        0.81,
    ),
    (
        "emoji-icon-symbols",
        include_bytes!("../../assets/fonts/emoji-icon-symbols.ttf"),
        0.90,
    ),
];

/// egui's default fonts with the symbol fonts after them in both
/// families, and Hack (the monospace font, bundled anyway) last in the
/// proportional one: Ubuntu-Light has no arrows ("Settings → Scanning").
pub fn definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    for (name, data, scale) in SYMBOL_FONTS {
        let data = FontData::from_static(data).tweak(FontTweak {
            scale,
            ..Default::default()
        });
        defs.font_data.insert(name.to_owned(), Arc::new(data));
    }
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let chain = defs.families.entry(family.clone()).or_default();
        chain.extend(SYMBOL_FONTS.iter().map(|(name, _, _)| (*name).to_owned()));
        if family == FontFamily::Proportional {
            chain.push("Hack".to_owned());
        }
    }
    defs
}

/// Gives the window its fonts; once, before text is laid out (the
/// system's fonts stay behind them, for CJK text and emoji).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
