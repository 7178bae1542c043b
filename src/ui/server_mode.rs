//! Server mode's life in the window: starting it off the GUI thread,
//! taking in the result, stopping it, and remembering the choice.

use crate::i18n::Words;
use crate::{tr, words};

use super::app::LanScoutApp;
use super::event::AppEvent;
use super::model::Level;

impl LanScoutApp {
    pub(super) fn set_server_mode(&mut self, on: bool, remember: bool) {
        self.state.server_wanted = on;
        if !on {
            if let Some(r) = self.runtime.responder.take() {
                let answered = r.stats().answered;
                // It ends within 100 ms on its own thread.
                r.stop_without_waiting();
                self.report(
                    Level::Info,
                    words!("msg-server-stopped", count = answered),
                    false,
                );
            }
            self.remember_server_mode(false, remember);
            return;
        }
        if self.runtime.responder.is_some() || self.state.server_starting {
            return;
        }
        let config = match crate::responder::ResponderConfig::try_from(&self.state.settings) {
            Ok(c) => c,
            Err(errors) => return self.report_invalid(crate::msg!("msg-invalid-server"), &errors),
        };
        self.state.server_starting = true;
        let wake = self.runtime.waker();
        // Binding a port is I/O: never on the GUI thread.
        self.runtime.tasks.spawn(
            "server-start",
            move || AppEvent::ServerStarted {
                result: crate::responder::start_responder(config, move || wake())
                    .map_err(|e| e.to_string()),
                remember,
            },
            move |e| AppEvent::ServerStarted {
                result: Err(e),
                remember,
            },
        );
    }

    /// Server mode came up on its worker (or could not).
    pub(super) fn server_started(
        &mut self,
        result: Result<crate::responder::Responder, String>,
        remember: bool,
    ) {
        self.state.server_starting = false;
        match result {
            Ok(r) if self.state.server_wanted => {
                self.report(Level::Info, words!("msg-server-on", port = r.port()), false);
                if cfg!(windows) {
                    // Windows shows its firewall prompt now: say what to click.
                    self.report(
                        Level::Info,
                        {
                            let port = r.port();
                            Words::new(move || crate::firewall::windows_prompt_text(port))
                        },
                        true,
                    );
                }
                self.runtime.responder = Some(r);
                self.state.unheard_reported = false;
                self.remember_server_mode(true, remember);
            }
            // Switched off while it was starting.
            Ok(r) => r.stop_without_waiting(),
            Err(e) => self.report(Level::Error, words!("msg-server-failed", error = e), true),
        }
    }

    pub(super) fn remember_server_mode(&mut self, on: bool, remember: bool) {
        if remember && self.state.settings.server.enabled != on {
            let mut s = self.state.settings.clone();
            s.server.enabled = on;
            self.save(s, None);
        }
    }

    /// "cannot scan, the settings are not valid: …" as an error banner
    /// (`message`: the catalogue's id of that sentence).
    pub(super) fn report_invalid(
        &mut self,
        message: &'static str,
        errors: &[crate::settings::FieldError],
    ) {
        let errors = errors.to_vec();
        let text = Words::new(move || {
            let errors = crate::settings::describe_errors(&errors);
            tr!(message, errors = errors)
        });
        self.report(Level::Error, text, true);
    }
}
