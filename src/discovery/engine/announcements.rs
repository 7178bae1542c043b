//! The scan's second source: DNS-SD announcements, browsed while the scan
//! runs and folded into the same servers as UDP replies.

use super::{Emitter, Scan};
use crate::discovery::fold::Folded;
use crate::discovery::{Event, ScanConfig, Source, Warning};
use crate::net::dns_sd::DnsSdBrowser;

/// The browse, when the settings ask for it; a warning when it cannot start
/// (the UDP scan goes on).
pub(super) fn start(config: &ScanConfig, out: &Emitter) -> Option<DnsSdBrowser> {
    if !config.scan.dns_sd {
        return None;
    }
    DnsSdBrowser::start(
        &config.scan.include_interfaces,
        &config.scan.exclude_interfaces,
    )
    .map_err(|e| out.send(Event::Warning(Warning::DnsSdUnavailable(e))))
    .ok()
}

impl Scan {
    /// What the DNS-SD browse resolved since the last look.
    pub(super) fn handle_announcements(&mut self, config: &ScanConfig, out: &Emitter) {
        let Some(browser) = &self.dns_sd else { return };
        for a in browser.poll() {
            for folded in self.folder.fold_announcement(&a, &self.plan.used) {
                match folded {
                    Folded::New {
                        server,
                        announced,
                        scheme,
                        ..
                    } => {
                        self.request_details(&server, announced, scheme, config);
                        out.send(Event::Found(server));
                    }
                    Folded::Announced { key, service_name } => out.send(Event::AlsoFound {
                        key,
                        by: Source::DnsSd,
                        service_name,
                    }),
                    Folded::OverLimit(Some(w)) => out.send(Event::Warning(w)),
                    _ => {}
                }
            }
        }
    }
}
