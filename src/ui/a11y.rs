//! What assistive technologies are told beyond what egui says by itself
//! (through AccessKit: AT-SPI on Linux, UI Automation on Windows): names
//! of the window and dialogs, headings, descriptions, announcements,
//! progress. Each does nothing while no assistive technology listens.

use egui::accesskit::{Live, Role};
use egui::{Response, Ui, UiKind};

/// Gives the window its name (the viewport title is not passed on).
pub fn name_window(ctx: &egui::Context, name: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |n| n.set_label(name));
}

/// Names the modal dialog `ui` is drawn in, and marks it modal.
pub fn name_dialog(ui: &Ui, name: &str) {
    let modal = ui
        .stack()
        .iter()
        .find(|frame| frame.kind() == Some(UiKind::Modal))
        .map(|frame| frame.unique_id);
    if let Some(id) = modal {
        ui.ctx().accesskit_node_builder(id, |n| {
            n.set_label(name);
            n.set_modal();
        });
    }
}

/// Makes a label saying `text` a heading of `level` (1 for a dialog's title).
pub fn heading(ui: &Ui, label: &Response, text: &str, level: usize) {
    ui.ctx().accesskit_node_builder(label.id, |n| {
        n.set_role(Role::Heading);
        n.set_label(text);
        n.set_level(level);
    });
}

/// Adds a description (what a screen reader says after the name).
pub fn describe(ui: &Ui, widget: &Response, text: &str) {
    ui.ctx()
        .accesskit_node_builder(widget.id, |n| n.set_description(text));
}

/// Makes a label saying `text` an alert, announced when it appears.
pub fn alert(ui: &Ui, widget: &Response, text: &str) {
    ui.ctx().accesskit_node_builder(widget.id, |n| {
        n.set_role(Role::Alert);
        n.set_label(text);
        n.set_live(Live::Assertive);
    });
}

/// Gives a progress bar a stable name, its range, and what it stands at
/// as value text (so that a screen reader is not told a new name every
/// frame).
pub fn progress(ui: &Ui, bar: &Response, name: &str, fraction: f32, value_text: &str) {
    ui.ctx().accesskit_node_builder(bar.id, |n| {
        n.set_label(name);
        n.set_min_numeric_value(0.0);
        n.set_max_numeric_value(100.0);
        n.set_numeric_value(f64::from((fraction * 100.0).round()));
        n.set_value(value_text);
    });
}
