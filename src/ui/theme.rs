//! The window's colours for both themes, chosen so that every text colour
//! reads at a contrast of at least 4.5:1 (WCAG 2.2 AA) on every background
//! it is drawn on; a test computes each pair from these values.

use egui::{Color32, ThemePreference, Visuals};

use crate::settings::Theme;

/// What the desktop says of light and dark (xdg-desktop-portal's
/// `color-scheme`, on Linux).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// The user chose neither: egui's own guess stands.
    NoPreference,
    /// Dark.
    Dark,
    /// Light.
    Light,
}

impl Scheme {
    /// The portal's number for it (0, 1, 2); `None` for a number the
    /// portal does not define.
    pub fn from_portal(n: u32) -> Option<Scheme> {
        match n {
            0 => Some(Scheme::NoPreference),
            1 => Some(Scheme::Dark),
            2 => Some(Scheme::Light),
            _ => None,
        }
    }
}

/// The theme to draw with: the setting, and for "System" what the desktop
/// said, when it said anything.
pub fn preference(setting: Theme, desktop: Option<Scheme>) -> ThemePreference {
    match (setting, desktop) {
        (Theme::Light, _) => ThemePreference::Light,
        (Theme::Dark, _) => ThemePreference::Dark,
        (Theme::System, Some(Scheme::Dark)) => ThemePreference::Dark,
        (Theme::System, Some(Scheme::Light)) => ThemePreference::Light,
        (Theme::System, Some(Scheme::NoPreference) | None) => ThemePreference::System,
    }
}

/// WCAG 2.2's minimum contrast for normal text.
pub const MIN_CONTRAST: f32 = 4.5;

/// The look of one theme: egui's visuals with LanScout's text colours.
pub fn visuals(dark: bool) -> Visuals {
    let mut v = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    if dark {
        v.weak_text_color = Some(Color32::from_gray(160));
        v.warn_fg_color = Color32::from_rgb(255, 160, 70);
        v.error_fg_color = Color32::from_rgb(255, 120, 120);
        v.hyperlink_color = Color32::from_rgb(110, 180, 255);
    } else {
        v.weak_text_color = Some(Color32::from_gray(100));
        v.warn_fg_color = Color32::from_rgb(160, 64, 0);
        v.error_fg_color = Color32::from_rgb(190, 20, 20);
        v.hyperlink_color = Color32::from_rgb(0, 95, 184);
    }
    v
}

/// "✔ reachable": a green that reads on the theme's backgrounds.
pub fn ok_color(visuals: &Visuals) -> Color32 {
    if let Some(c) = visuals.override_text_color {
        c
    } else if visuals.dark_mode {
        Color32::from_rgb(90, 200, 120)
    } else {
        Color32::from_rgb(10, 110, 40)
    }
}

/// A row under the pointer: a tint light enough for every text colour.
pub fn row_hover(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_gray(36)
    } else {
        Color32::from_gray(228)
    }
}

/// Every text colour paired with every background it is drawn on.
pub fn text_pairs(v: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
    let texts = [
        ("text", v.text_color()),
        ("weak text", v.weak_text_color()),
        ("warning", v.warn_fg_color),
        ("error", v.error_fg_color),
        ("link", v.hyperlink_color),
        ("reachable", ok_color(v)),
    ];
    let backgrounds = [
        v.panel_fill,
        v.window_fill,
        v.extreme_bg_color,
        over(v.faint_bg_color, v.panel_fill),
        row_hover(v),
    ];
    let mut pairs: Vec<(&'static str, Color32, Color32)> = texts
        .iter()
        .flat_map(|(name, fg)| backgrounds.iter().map(move |bg| (*name, *fg, *bg)))
        .collect();
    // The selected row: its text colour on the selection.
    let selection = over(v.selection.bg_fill, v.panel_fill);
    pairs.push(("selected row", v.selection.stroke.color, selection));
    pairs
}

/// `fg` drawn over `bg` (alpha blended, as the painter does).
pub fn over(fg: Color32, bg: Color32) -> Color32 {
    let a = f32::from(fg.a()) / 255.0;
    if a >= 1.0 {
        return fg;
    }
    // Color32 is premultiplied: the channels already carry the alpha.
    let mix = |f: u8, b: u8| (f32::from(f) + f32::from(b) * (1.0 - a)).round().min(255.0) as u8;
    Color32::from_rgb(
        mix(fg.r(), bg.r()),
        mix(fg.g(), bg.g()),
        mix(fg.b(), bg.b()),
    )
}

/// WCAG relative luminance of an opaque colour.
fn luminance(c: Color32) -> f32 {
    let channel = |v: u8| {
        let s = f32::from(v) / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG contrast ratio of two opaque colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_desktop_decides_only_when_the_setting_says_system() {
        use Scheme::*;
        use ThemePreference as P;
        let cases = [
            (Theme::System, None, P::System),
            (Theme::System, Some(NoPreference), P::System),
            (Theme::System, Some(Dark), P::Dark),
            (Theme::System, Some(Light), P::Light),
            (Theme::Light, Some(Dark), P::Light),
            (Theme::Light, None, P::Light),
            (Theme::Dark, Some(Light), P::Dark),
            (Theme::Dark, None, P::Dark),
        ];
        for (setting, desktop, want) in cases {
            assert_eq!(
                preference(setting, desktop),
                want,
                "{setting:?} {desktop:?}"
            );
        }
        assert_eq!(Scheme::from_portal(0), Some(NoPreference));
        assert_eq!(Scheme::from_portal(1), Some(Dark));
        assert_eq!(Scheme::from_portal(2), Some(Light));
        assert_eq!(Scheme::from_portal(3), None);
    }

    #[test]
    fn contrast_is_computed_as_wcag_says() {
        let cases = [
            (Color32::BLACK, Color32::WHITE, 21.0),
            (Color32::WHITE, Color32::WHITE, 1.0),
            // WCAG's own example threshold: #767676 on white is 4.54:1.
            (Color32::from_gray(0x76), Color32::WHITE, 4.54),
        ];
        for (a, b, want) in cases {
            assert!(
                (contrast(a, b) - want).abs() < 0.01,
                "{a:?} {b:?}: {}",
                contrast(a, b)
            );
        }
    }

    #[test]
    fn every_text_reads_at_4_5_to_1_in_both_themes() {
        let mut failing = Vec::new();
        for dark in [false, true] {
            for (name, fg, bg) in text_pairs(&visuals(dark)) {
                let ratio = contrast(fg, bg);
                if ratio < MIN_CONTRAST {
                    failing.push(format!(
                        "{} {name} {fg:?} on {bg:?}: {ratio:.2}",
                        if dark { "dark" } else { "light" }
                    ));
                }
            }
        }
        assert!(
            failing.is_empty(),
            "below {MIN_CONTRAST}:1:\n{}",
            failing.join("\n")
        );
    }

    #[test]
    fn egui_defaults_alone_would_fail_the_check() {
        // The check can fail: egui's own grey and orange do (this is why
        // the theme sets its own).
        let plain = Visuals::light();
        let weak = over(plain.weak_text_color(), plain.panel_fill);
        let worst = [weak, plain.warn_fg_color]
            .iter()
            .map(|c| contrast(*c, over(plain.faint_bg_color, plain.panel_fill)))
            .fold(f32::INFINITY, f32::min);
        assert!(worst < MIN_CONTRAST, "{worst}");
    }
}
