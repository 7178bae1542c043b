//! "Show QR code": a server's link as a QR code in a small modal window,
//! with the link as text and a copy button, so a phone can open it.

use egui::{Color32, Rect, Sense, Ui, Vec2};

use crate::discovery::ServerKey;

use super::command::{Command, Request};
use super::state::State;
use crate::tr;

/// Light modules around the code, as the standard asks (4).
const QUIET_ZONE: usize = 4;
/// Screen size of one module, in points.
const MODULE: f32 = 6.0;

/// The modules of `text`'s QR code, row by row (`true` = dark), and the
/// side length; `None` when the text is too long for a QR code.
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let side = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Some((side, dark))
}

/// The QR code window of server `key`, when it is still listed.
pub fn window(state: &State, key: ServerKey, ui: &mut Ui, out: &mut Vec<Request>) {
    let Some(row) = state.servers.get(key) else {
        out.push(Command::CloseQr.into());
        return;
    };
    let url = row.url().to_string();
    let title = row.name().map_or_else(|| tr!("qr-title"), str::to_string);
    let resp = super::widgets::dialog(ui, egui::Id::unique("qr-code"), &title, |ui| {
        ui.label(tr!("qr-text"));
        ui.add_space(8.0);
        match modules(&url) {
            Some((side, dark)) => paint(ui, side, &dark),
            None => {
                ui.label(tr!("qr-too-long"));
            }
        }
        ui.add_space(8.0);
        ui.label(egui::RichText::new(&url).monospace());
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let mut clicked = None;
            for c in [Command::CopyUrl(key), Command::CloseQr] {
                if ui.button(c.label()).on_hover_text(c.tooltip()).clicked() {
                    clicked = Some(c);
                }
            }
            clicked
        })
        .inner
    });
    out.extend(resp.inner.map(Request::from));
}

/// Draws the code black on white whatever the theme (cameras need the contrast).
fn paint(ui: &mut Ui, side: usize, dark: &[bool]) {
    let total = (side + 2 * QUIET_ZONE) as f32 * MODULE;
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(total), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
        let (x, y) = (i % side + QUIET_ZONE, i / side + QUIET_ZONE);
        let min = rect.min + Vec2::new(x as f32, y as f32) * MODULE;
        painter.rect_filled(
            Rect::from_min_size(min, Vec2::splat(MODULE)),
            0.0,
            Color32::BLACK,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_code_with_dark_and_light_modules() {
        let (side, dark) = modules("http://10.20.0.12:8000/").expect("fits");
        assert_eq!(dark.len(), side * side);
        // Version 2 (25 modules) holds this URL at the default error correction.
        assert!((21..=29).contains(&side), "{side}");
        // Finder pattern: the top-left corner module is dark, the one inside its ring light.
        assert!(dark[0]);
        assert!(!dark[side + 1]);
        assert!(modules(&"x".repeat(5000)).is_none());
    }
}
