//! Small widgets used across the window.

use egui::{accesskit::Role, Color32, RichText, Sense, TextStyle, Ui, Vec2};

/// Whether `c` is one of the symbols the window draws beside its words
/// (⟳ ⚙ ⚠ ✔ ✖ ℹ 🔍 ⏶ ⏷): arrows, technical and miscellaneous symbols,
/// dingbats, pictographs, and the emoji variation selector.
fn is_glyph(c: char) -> bool {
    matches!(c, '\u{2139}' | '\u{2190}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}' | '\u{FE0F}')
}

/// What a screen reader should say for a control labelled `text`: its
/// words without the symbols at either end, which are pictures ("⟳ Scan"
/// is read "Scan", "Address ⏶" is read "Address": the sort order is the
/// header's own property). A text that is only a symbol stays as it is.
pub fn spoken(text: &str) -> String {
    let words = text.trim_matches(|c: char| is_glyph(c) || c.is_whitespace());
    if words.is_empty() {
        text.trim().to_string()
    } else {
        words.to_string()
    }
}

/// Names the widget of `response` for assistive technology by [`spoken`]:
/// the window shows `text`, a screen reader reads its words.
pub fn name_plainly(ui: &Ui, response: &egui::Response, text: &str) {
    let name = spoken(text);
    ui.ctx().accesskit_node_builder(response.id, |node| {
        // egui names a label by its value, every other widget by its label.
        if node.role() == Role::Label {
            node.set_value(name);
        } else {
            node.set_label(name);
        }
    });
}

/// How wide `text` is, laid out on one line in `style` (the room a
/// translation needs).
pub fn text_width(ui: &Ui, text: &str, style: TextStyle) -> f32 {
    let font = style.resolve(ui.style());
    ui.fonts_mut(|f| {
        f.layout_no_wrap(text.to_string(), font, Color32::WHITE)
            .size()
            .x
    })
}

/// A small rounded tag. In a cell too narrow for it (a long name, a
/// language with long words) its text is shortened with "…": it never
/// pushes the row's next cells aside.
pub fn badge(ui: &mut Ui, text: &str) -> egui::Response {
    let color = ui.visuals().weak_text_color();
    let room = ui.available_width() - 12.0;
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(5, 0))
        .show(ui, |ui| {
            ui.set_max_width(room.max(8.0));
            ui.add(egui::Label::new(RichText::new(text).small().color(color)).truncate());
        })
        .response
}

/// A labelled on/off switch (AccessKit role: switch, named by its text).
/// Returns the response; `clicked()` means "flip it".
pub fn switch(ui: &mut Ui, on: bool, label: &str) -> egui::Response {
    let h = 18.0;
    let track = Vec2::new(h * 1.9, h);
    let galley = egui::WidgetText::from(label).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        TextStyle::Button,
    );
    let gap = 8.0;
    let size = Vec2::new(
        track.x + gap + galley.size().x,
        ui.spacing().interact_size.y.max(galley.size().y),
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    let enabled = ui.is_enabled();
    response.widget_info(|| egui::WidgetInfo::selected(Role::Switch, enabled, on, label));
    if ui.is_rect_visible(rect) {
        let t = ui.ctx().animate_bool_responsive(response.id, on);
        let visuals = ui.style().interact_selectable(&response, on);
        let track_rect =
            egui::Rect::from_min_size(egui::pos2(rect.min.x, rect.center().y - h / 2.0), track);
        let radius = h / 2.0;
        let fill = if on {
            ui.visuals().selection.bg_fill
        } else {
            ui.visuals().widgets.inactive.bg_fill
        };
        ui.painter().rect(
            track_rect,
            radius,
            fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
        let cx = egui::lerp(
            (track_rect.left() + radius)..=(track_rect.right() - radius),
            t,
        );
        ui.painter().circle(
            egui::pos2(cx, track_rect.center().y),
            radius - 2.5,
            Color32::WHITE,
            egui::Stroke::new(1.0, Color32::from_black_alpha(60)),
        );
        let text_pos = egui::pos2(
            track_rect.right() + gap,
            rect.center().y - galley.size().y / 2.0,
        );
        ui.painter()
            .galley(text_pos, galley, ui.visuals().text_color());
    }
    response
}

/// A dialog made the one way: modal over the window, named for screen
/// readers by its title (a level-1 heading). A click beside it does
/// nothing (a stray click loses nothing); Escape closes it through the
/// command table.
pub fn dialog<R>(
    ui: &mut Ui,
    id: egui::Id,
    title: &str,
    contents: impl FnOnce(&mut Ui) -> R,
) -> egui::InnerResponse<R> {
    let resp = egui::Modal::new(id).show(ui.ctx(), |ui| {
        super::a11y::name_dialog(ui, title);
        let heading = ui.heading(title);
        super::a11y::heading(ui, &heading, title, 1);
        ui.add_space(4.0);
        contents(ui)
    });
    egui::InnerResponse::new(resp.inner, resp.response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_control_is_named_by_its_words_not_its_symbols() {
        let table = [
            ("⟳ Scan", "Scan"),
            ("⚙ Settings", "Settings"),
            ("🔍 Filter", "Filter"),
            ("Address ⏶", "Address"),
            ("Port ⏷", "Port"),
            ("⚠ Messages (2)", "Messages (2)"),
            ("✔ reachable", "reachable"),
            ("✖ no answer", "no answer"),
            ("\u{2139}\u{fe0f} Info", "Info"),
            ("Settings → Scanning", "Settings → Scanning"),
            ("Name", "Name"),
            ("✖", "✖"),
            ("", ""),
        ];
        for (shown, said) in table {
            assert_eq!(spoken(shown), said, "{shown:?}");
        }
    }
}
