//! "About LanScout" (the facts and the support details are
//! [`crate::support`]'s): the version, the licence, where the notices, the
//! settings and the log are, each folder one click away, and the details
//! a support request needs, copied in one click.

use egui::{RichText, Ui};

use super::command::{Command, Request};
use super::state::State;
use crate::support::{system_name, LastScan, Situation, LICENCE};
use crate::tr;

/// The window's situation, for [`support_details`].
pub fn situation(state: &State) -> Situation {
    let networks = state
        .last_scan
        .as_ref()
        .map(|s| {
            s.interfaces
                .iter()
                .filter(|c| c.skipped.is_none())
                .map(|c| format!("{} {}", c.interface.name, c.interface.network()))
                .collect()
        })
        .unwrap_or_default();
    Situation {
        system: system_name(),
        renderer: super::renderer::in_use().to_string(),
        language: crate::i18n::current().language().tag.to_string(),
        networks,
        servers: state.servers.len(),
        last_scan: state.last_scan.as_ref().map(|s| LastScan {
            stopped: s.stats.cancelled,
            secs: s.stats.elapsed.as_secs_f64(),
            every_address: s.sweep,
        }),
        server_mode: state.serving.as_ref().map(|s| (s.port, s.answered)),
    }
}

/// The About window (while `state.about` holds its facts).
pub fn window(state: &State, ui: &mut Ui, out: &mut Vec<Request>) {
    let Some(facts) = &state.about else { return };
    let title = tr!("about-title");
    let resp = super::widgets::dialog(ui, egui::Id::unique("about"), &title, |ui| {
        let mut clicked = None;
        ui.label(tr!("about-tagline"));
        ui.add_space(6.0);
        ui.label(RichText::new(tr!("about-version", version = facts.version.as_str())).strong());
        ui.label(tr!("about-commit", commit = facts.commit.as_str()));
        ui.label(tr!("about-licence", licence = LICENCE));
        ui.add_space(6.0);
        let places = [
            (tr!("about-notices"), facts.notices.as_deref()),
            (tr!("about-settings"), Some(facts.settings.as_path())),
            (tr!("about-log"), facts.log.as_deref()),
        ];
        for (what, path) in places {
            ui.label(what);
            match path {
                Some(p) => {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(p.display().to_string()).monospace());
                        let folder = p.parent().unwrap_or(p);
                        let c = Command::OpenFolder(folder.to_path_buf());
                        if ui.button(c.label()).on_hover_text(c.tooltip()).clicked() {
                            clicked = Some(c);
                        }
                    });
                }
                None => {
                    ui.label(RichText::new(tr!("about-not-installed")).weak());
                }
            }
            ui.add_space(2.0);
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            for c in [Command::CopySupportDetails, Command::CloseAbout] {
                if ui
                    .button(c.label())
                    .on_hover_text(c.tooltip_with_shortcut(ui.ctx()))
                    .clicked()
                {
                    clicked = Some(c);
                }
            }
            if facts.copied {
                ui.label(tr!("about-copied"));
            }
        });
        clicked
    });
    out.extend(resp.inner.map(Request::from));
}
