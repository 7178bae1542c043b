//! A thread that does nothing but empty a UDP socket into a queue, so a
//! burst of replies leaves the kernel's receive buffer as fast as it
//! arrives, whatever the consumer is doing. What matters unprivileged: the
//! buffer is capped at `net.core.rmem_max` (208 KiB on Debian, a few
//! hundred datagrams) and only drain speed keeps a burst of 10 000.

use std::io;
use std::net::UdpSocket;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};

use super::batch::{receive_batch, Batch, Datagram, BATCH};

/// Datagrams held (at most) between the socket and the consumer; beyond it
/// the drain waits (and the kernel buffer fills), so a flood cannot grow
/// memory.
const QUEUE: usize = 65_536;
/// How often the drain looks at its stop flag when nothing arrives.
const POLL: Duration = Duration::from_millis(20);

/// The draining thread; it stops when dropped (within [`POLL`]).
pub struct Drain {
    /// One batch per system call: one queue operation per batch, not per datagram.
    queue: Receiver<Vec<Datagram>>,
    pending: std::collections::VecDeque<Datagram>,
    stop: Arc<AtomicBool>,
}

impl Drain {
    /// Starts draining clones of `sockets`, one thread each.
    pub fn start(sockets: &[&UdpSocket]) -> io::Result<Drain> {
        let (tx, rx) = crossbeam_channel::bounded(QUEUE / BATCH);
        let stop = Arc::new(AtomicBool::new(false));
        for s in sockets {
            drain_one(s.try_clone()?, tx.clone(), Arc::clone(&stop))?;
        }
        Ok(Drain {
            queue: rx,
            pending: std::collections::VecDeque::new(),
            stop,
        })
    }

    /// The next datagram, waiting at most `wait`.
    pub fn next(&mut self, wait: Duration) -> Option<Datagram> {
        if let Some(d) = self.pending.pop_front() {
            return Some(d);
        }
        match self.queue.recv_timeout(wait) {
            Ok(batch) => {
                self.pending.extend(batch);
                self.pending.pop_front()
            }
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => None,
        }
    }
}

/// Empties `socket` into `queue` on a thread of its own until `stop`.
fn drain_one(
    socket: UdpSocket,
    queue: Sender<Vec<Datagram>>,
    stop: Arc<AtomicBool>,
) -> io::Result<()> {
    socket.set_read_timeout(Some(POLL))?;
    let mut batch = Batch::new();
    crate::threads::start("drain", move || {
        while !stop.load(Ordering::Relaxed) {
            let received = if crate::fault::failing("recv") {
                Err(io::Error::other("injected receive error (test hook)"))
            } else {
                receive_batch(&socket, &mut batch)
            };
            match received {
                Ok(()) => {
                    let full = std::mem::replace(&mut batch.out, Vec::with_capacity(BATCH));
                    if queue.send(full).is_err() {
                        return;
                    }
                }
                Err(e) if super::batch::nothing_arrived(&e) => {}
                // Per-datagram errors (ICMP reports) never end a scan;
                // one that comes back at once, every time, must not spin.
                Err(_) => std::thread::sleep(POLL),
            }
        }
    })?;
    Ok(())
}

impl Drop for Drain {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}
