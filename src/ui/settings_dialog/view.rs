//! Drawing the settings dialog from the catalogue: each section's heading,
//! then one row per setting as its entry's [`Control`] says (a new setting
//! needs nothing here), each field with its error beside it. Only what
//! belongs to a section rather than a setting is drawn by hand: the list of
//! this computer's interfaces above the Interfaces section's fields.

use egui::{Color32, RichText, Ui};

use super::{DraftErrors, SettingsDraft};
use crate::i18n::{LANGUAGES, SYSTEM};
use crate::net::Interface;
use crate::settings::catalog::{self, Control, Section, Setting};
use crate::tr;
use crate::ui::command::{Command, Request};
use crate::ui::widgets::badge;

/// Width of the label column, the same in every section.
const LABEL_WIDTH: f32 = 170.0;

fn error_color(ui: &Ui) -> Color32 {
    ui.visuals().error_fg_color
}

/// A labelled single-line field with its error next to it; the field.
fn text_row(
    ui: &mut Ui,
    setting: &'static Setting,
    draft: &mut SettingsDraft,
    errors: &DraftErrors,
) -> Option<egui::Response> {
    let (width, hint, unit) = match setting.control {
        Control::Text { width, hint } => (width, hint, ""),
        Control::Number { width, unit } => (width, "", unit),
        _ => return None,
    };
    let l = ui.label(setting.label());
    let field = ui.horizontal(|ui| {
        let mut edit = egui::TextEdit::singleline(draft.text_mut(setting)).desired_width(width);
        if !hint.is_empty() {
            edit = edit.hint_text(tr!(hint));
        }
        let r = ui.add(edit).labelled_by(l.id).on_hover_text(setting.help());
        if !unit.is_empty() {
            ui.add(egui::Label::new(tr!(unit)).wrap());
        }
        mark_error(ui, &r, errors.of(setting));
        r
    });
    ui.end_row();
    Some(field.inner)
}

/// A labelled multi-line field with its error under it.
fn lines_row(
    ui: &mut Ui,
    setting: &'static Setting,
    draft: &mut SettingsDraft,
    errors: &DraftErrors,
) {
    let Control::Lines { hint } = setting.control else {
        return;
    };
    let l = ui.label(setting.label());
    ui.vertical(|ui| {
        let r = ui
            .add(
                egui::TextEdit::multiline(draft.text_mut(setting))
                    .desired_rows(2)
                    .desired_width(300.0)
                    .hint_text(tr!(hint)),
            )
            .labelled_by(l.id)
            .on_hover_text(setting.help());
        mark_error(ui, &r, errors.of(setting));
    });
    ui.end_row();
}

/// A grid row: the setting's label, and its check box, which a screen
/// reader names by the caption beside the box (what the user reads), with
/// the row's label as its description.
fn check_row(ui: &mut Ui, setting: &'static Setting, draft: &mut SettingsDraft, enabled: bool) {
    let label = setting.label();
    ui.label(&label);
    let b = check_box(ui, setting, draft, enabled);
    crate::ui::a11y::describe(ui, &b, &label);
    ui.end_row();
}

/// The setting's check box with its caption.
fn check_box(
    ui: &mut Ui,
    setting: &'static Setting,
    draft: &mut SettingsDraft,
    enabled: bool,
) -> egui::Response {
    let (Control::Check { caption } | Control::CheckUnder { caption, .. }) = setting.control else {
        return ui.label("");
    };
    let mut on = draft.is_on(setting);
    let caption = tr!(caption);
    // A caption longer than the row (German, Russian) wraps inside the
    // dialog instead of widening it past the window.
    let width = crate::ui::widgets::text_width(ui, &caption, egui::TextStyle::Body);
    let room = ui.spacing().icon_width + ui.spacing().icon_spacing;
    let r = if width + room <= ui.available_width() {
        ui.add_enabled(enabled, egui::Checkbox::new(&mut on, caption))
    } else {
        ui.scope(|ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            ui.add_enabled(enabled, egui::Checkbox::new(&mut on, caption))
        })
        .inner
    }
    .on_hover_text(setting.help());
    if r.changed() {
        draft.set_on(setting, on);
    }
    r
}

/// The setting's choices as radio buttons.
fn choices(ui: &mut Ui, setting: &'static Setting, draft: &mut SettingsDraft) {
    let Control::Choice(options) = setting.control else {
        return;
    };
    for (value, text) in options {
        let selected = draft.text(setting) == *value;
        if ui
            .radio(selected, tr!(text))
            .on_hover_text(setting.help())
            .clicked()
        {
            *draft.text_mut(setting) = value.to_string();
        }
    }
}

/// Outlines a field in error and says why beside it.
fn mark_error(ui: &mut Ui, field: &egui::Response, error: Option<&str>) {
    let Some(m) = error else { return };
    ui.painter().rect_stroke(
        field.rect.expand(1.0),
        4.0,
        egui::Stroke::new(1.0, error_color(ui)),
        egui::StrokeKind::Outside,
    );
    ui.label(RichText::new(format!("⚠ {m}")).color(error_color(ui)));
}

/// A two-column grid of labelled fields, aligned in every section.
fn form(id: &str) -> egui::Grid {
    egui::Grid::new(id)
        .num_columns(2)
        .min_col_width(LABEL_WIDTH)
        .spacing([16.0, 8.0])
}

/// A section's heading (a heading to a screen reader too).
fn section(ui: &mut Ui, title: &str) {
    ui.add_space(6.0);
    let heading = ui.label(RichText::new(title).strong().size(15.0));
    crate::ui::a11y::heading(ui, &heading, title, 2);
    ui.separator();
}

/// The dialog body. Returns the commands it asks for.
pub fn show(ui: &mut Ui, draft: &mut SettingsDraft, interfaces: &[Interface]) -> Vec<Request> {
    let mut out = Vec::new();
    let (_, errors) = draft.parse();
    ui.set_width(640.0_f32.min(ui.ctx().content_rect().width() - 48.0));
    let title_text = tr!("settings-title");
    crate::ui::a11y::name_dialog(ui, &title_text);
    let title = ui.heading(&title_text);
    crate::ui::a11y::heading(ui, &title, &title_text, 1);
    ui.add_space(4.0);
    let max_h = (ui.ctx().content_rect().height() - 150.0).max(120.0);
    egui::ScrollArea::vertical()
        .max_height(max_h)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let mut focus = draft.take_first_focus();
            for &s in Section::ALL {
                section(ui, &tr!(s.title()));
                if s == Section::Interfaces {
                    interface_list(ui, draft, interfaces);
                }
                form(s.title()).show(ui, |ui| {
                    let rows: Vec<&'static Setting> = s.settings().collect();
                    for (i, setting) in rows.iter().enumerate() {
                        let beside = rows
                            .get(i + 1)
                            .copied()
                            .filter(|next| matches!(next.control, Control::OnTheRowAbove { .. }));
                        let field = row(ui, setting, beside, draft, &errors, interfaces);
                        if let (true, Some(field)) = (focus, field) {
                            field.request_focus();
                            focus = false;
                        }
                    }
                });
            }
        });

    ui.add_space(8.0);
    for m in &errors.other {
        ui.label(RichText::new(format!("⚠ {m}")).color(error_color(ui)));
    }
    let invalid = errors.any();
    ui.separator();
    ui.horizontal(|ui| {
        let c = Command::RestoreDefaults;
        if ui.button(c.label()).on_hover_text(c.tooltip()).clicked() {
            out.push(c.into());
        }
        if invalid {
            ui.label(RichText::new(tr!("settings-fix-fields")).color(error_color(ui)));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let c = Command::ApplySettings;
            let apply = ui
                .add_enabled(!invalid, egui::Button::new(c.label()))
                .on_hover_text(c.tooltip())
                .on_disabled_hover_text(tr!("settings-some-invalid"));
            if apply.clicked() {
                out.push(c.into());
            }
            let c = Command::CancelSettings;
            if ui
                .button(c.label())
                .on_hover_text(c.tooltip_with_shortcut(ui.ctx()))
                .clicked()
            {
                out.push(c.into());
            }
        });
    });
    out
}

/// One setting's row, drawn as its entry's control says; `beside` is the
/// setting drawn on the same row (after the check box). Returns the text
/// field, if the row has one (the dialog's first takes the keyboard).
fn row(
    ui: &mut Ui,
    setting: &'static Setting,
    beside: Option<&'static Setting>,
    draft: &mut SettingsDraft,
    errors: &DraftErrors,
    interfaces: &[Interface],
) -> Option<egui::Response> {
    match setting.control {
        Control::Text { .. } | Control::Number { .. } => {
            return text_row(ui, setting, draft, errors);
        }
        Control::Lines { .. } => lines_row(ui, setting, draft, errors),
        Control::Check { .. } => match beside {
            Some(field) => check_with_field_row(ui, setting, field, draft, errors),
            None => check_row(ui, setting, draft, true),
        },
        Control::CheckUnder { of, .. } => {
            let on = catalog::by_key(of).is_some_and(|o| draft.is_on(o));
            check_row(ui, setting, draft, on);
        }
        Control::Choice(_) => {
            ui.label(setting.label());
            ui.horizontal(|ui| choices(ui, setting, draft));
            ui.end_row();
        }
        Control::Interface => interface_row(ui, setting, draft, errors, interfaces),
        Control::Language => language_row(ui, setting, draft),
        Control::OnTheRowAbove { .. } | Control::None => {}
    }
    None
}

/// A check box with a short field after it on its row (auto-refresh and
/// its interval); the field is named by its own label, written after it.
fn check_with_field_row(
    ui: &mut Ui,
    check: &'static Setting,
    field: &'static Setting,
    draft: &mut SettingsDraft,
    errors: &DraftErrors,
) {
    let Control::OnTheRowAbove { width } = field.control else {
        return;
    };
    let label = check.label();
    ui.label(&label);
    ui.horizontal(|ui| {
        let b = check_box(ui, check, draft, true);
        crate::ui::a11y::describe(ui, &b, &label);
        let edit = ui
            .add(egui::TextEdit::singleline(draft.text_mut(field)).desired_width(width))
            .on_hover_text(field.help());
        let unit = ui.label(field.label());
        edit.labelled_by(unit.id);
        if let Some(m) = errors.of(field) {
            ui.label(RichText::new(format!("⚠ {m}")).color(error_color(ui)));
        }
    });
    ui.end_row();
}

/// This computer's interfaces, each a check box: ticking one puts it in
/// "Only these interfaces".
fn interface_list(ui: &mut Ui, draft: &mut SettingsDraft, interfaces: &[Interface]) {
    let mut names: Vec<&Interface> = interfaces.iter().filter(|i| !i.is_loopback).collect();
    names.dedup_by(|a, b| a.name == b.name);
    if names.is_empty() {
        ui.weak(tr!("settings-no-interfaces"));
    }
    for iface in names {
        ui.horizontal(|ui| {
            ui.add_space(LABEL_WIDTH + 16.0);
            let mut on = draft.uses(&iface.name);
            let text = format!("{}  {}/{}", iface.name, iface.addr, iface.prefix_len);
            if ui.checkbox(&mut on, text).changed() {
                draft.set_uses(&iface.name, on);
            }
            if iface.is_virtual {
                badge(ui, &tr!("badge-virtual"));
            }
            if !iface.is_up {
                badge(ui, &tr!("badge-down"));
            }
        });
    }
}

/// One of this computer's interfaces, or any, as a drop-down.
fn interface_row(
    ui: &mut Ui,
    setting: &'static Setting,
    draft: &mut SettingsDraft,
    errors: &DraftErrors,
    interfaces: &[Interface],
) {
    let l = ui.label(setting.label());
    ui.horizontal(|ui| {
        let chosen = draft.text(setting).to_string();
        let shown = if chosen.is_empty() {
            tr!("settings-any-interface")
        } else {
            chosen.clone()
        };
        let mut picked = None;
        egui::ComboBox::from_id_salt(setting.key)
            .selected_text(shown)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(chosen.is_empty(), tr!("settings-any-interface"))
                    .clicked()
                {
                    picked = Some(String::new());
                }
                let mut seen = Vec::new();
                for i in interfaces.iter().filter(|i| !i.is_loopback) {
                    if seen.contains(&i.name) {
                        continue;
                    }
                    seen.push(i.name.clone());
                    if ui
                        .selectable_label(chosen == i.name, i.name.as_str())
                        .clicked()
                    {
                        picked = Some(i.name.clone());
                    }
                }
            })
            .response
            .labelled_by(l.id)
            .on_hover_text(setting.help());
        if let Some(name) = picked {
            *draft.text_mut(setting) = name;
        }
        if let Some(m) = errors.of(setting) {
            ui.label(RichText::new(format!("⚠ {m}")).color(error_color(ui)));
        }
    });
    ui.end_row();
}

/// The Language choice: the system's, or one of the catalogues by its own
/// name (a German reader finds "Deutsch" whatever language is shown).
fn language_row(ui: &mut Ui, setting: &'static Setting, draft: &mut SettingsDraft) {
    let l = ui.label(setting.label());
    ui.horizontal(|ui| {
        let chosen = draft.text(setting).to_string();
        let name = |tag: &str| {
            if tag == SYSTEM {
                tr!("setting-ui-language-system")
            } else {
                LANGUAGES
                    .iter()
                    .find(|l| l.tag == tag)
                    .map_or_else(|| tag.to_string(), |l| l.name.to_string())
            }
        };
        let mut picked = None;
        egui::ComboBox::from_id_salt("language")
            .selected_text(name(&chosen))
            .show_ui(ui, |ui| {
                let tags = std::iter::once(SYSTEM).chain(LANGUAGES.iter().map(|l| l.tag));
                for tag in tags {
                    if ui.selectable_label(chosen == tag, name(tag)).clicked() {
                        picked = Some(tag.to_string());
                    }
                }
            })
            .response
            .labelled_by(l.id)
            .on_hover_text(setting.help());
        if let Some(tag) = picked {
            *draft.text_mut(setting) = tag;
        }
    });
    ui.end_row();
}
