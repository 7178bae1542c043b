//! The scan's event sender, shared by the engine and the lookup workers.

use std::sync::{Arc, Mutex};

use crossbeam_channel::Sender;

use super::Event;

/// Sends events and wakes the listener; shared with the lookup workers,
/// which may send only while it is open (so nothing follows `Finished`).
#[derive(Clone)]
pub(super) struct Emitter {
    pub(super) tx: Sender<Event>,
    pub(super) notify: Arc<dyn Fn() + Send + Sync>,
    pub(super) open: Arc<Mutex<bool>>,
}

impl Emitter {
    pub(super) fn send(&self, e: Event) {
        // A dropped receiver only means nobody listens any more.
        let _ = self.tx.send(e);
        (self.notify)();
    }

    /// Sends unless closed (from a lookup worker).
    pub(super) fn send_if_open(&self, e: Event) {
        let open = self.open.lock().map(|o| *o).unwrap_or(false);
        if open {
            self.send(e);
        }
    }

    /// After this only the owner sends (the `Finished` event).
    pub(super) fn close(&mut self) {
        if let Ok(mut o) = self.open.lock() {
            *o = false;
        }
    }
}
