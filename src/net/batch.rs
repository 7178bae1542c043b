//! Many datagrams per system call (`recvmmsg` / `sendmmsg` on Linux, one
//! at a time elsewhere): the scan's drain and server mode use them.

use std::io;
use std::net::{SocketAddrV4, UdpSocket};

/// Whether a receive error only means "nothing arrived yet" (timeout,
/// interruption), as opposed to a real failure.
pub fn nothing_arrived(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut | io::ErrorKind::Interrupted
    )
}

/// One received datagram.
pub struct Datagram {
    pub bytes: Vec<u8>,
    pub from: SocketAddrV4,
}

/// Datagrams taken off the socket by one call.
pub struct Batch {
    /// [`BATCH`] buffers of [`MAX_DATAGRAM`] bytes in one allocation: large
    /// enough to be mapped fresh, so only the pages datagrams touch count.
    buffers: Vec<u8>,
    pub out: Vec<Datagram>,
}

/// The largest UDP payload: a datagram is never cut.
const MAX_DATAGRAM: usize = 65_536;

/// Datagrams per `recvmmsg` call.
pub const BATCH: usize = 64;

impl Default for Batch {
    fn default() -> Batch {
        Batch::new()
    }
}

impl Batch {
    pub fn new() -> Batch {
        Batch {
            buffers: vec![0u8; BATCH * MAX_DATAGRAM],
            out: Vec::with_capacity(BATCH),
        }
    }
}

/// Waits (up to the socket's read timeout) for one datagram, then takes
/// every one already queued, up to [`BATCH`], in one system call.
#[cfg(target_os = "linux")]
pub fn receive_batch(socket: &UdpSocket, batch: &mut Batch) -> io::Result<()> {
    use nix::sys::socket::{recvmmsg, MsgFlags, MultiHeaders, SockaddrIn};
    use std::io::IoSliceMut;
    use std::os::fd::AsRawFd;
    let mut headers = MultiHeaders::<SockaddrIn>::preallocate(BATCH, None);
    let mut slices: Vec<[IoSliceMut; 1]> = batch
        .buffers
        .chunks_mut(MAX_DATAGRAM)
        .map(|b| [IoSliceMut::new(b)])
        .collect();
    let results = recvmmsg(
        socket.as_raw_fd(),
        &mut headers,
        slices.iter_mut(),
        MsgFlags::MSG_WAITFORONE,
        None,
    )
    .map_err(io::Error::from)?;
    for msg in results {
        let Some(addr) = msg.address else { continue };
        let bytes = msg.iovs().next().map(<[u8]>::to_vec).unwrap_or_default();
        batch.out.push(Datagram {
            bytes,
            from: SocketAddrV4::new(addr.ip(), addr.port()),
        });
    }
    Ok(())
}

/// One datagram per call where `recvmmsg` does not exist.
#[cfg(not(target_os = "linux"))]
pub fn receive_batch(socket: &UdpSocket, batch: &mut Batch) -> io::Result<()> {
    let buffer = &mut batch.buffers[..MAX_DATAGRAM];
    let (len, from) = socket.recv_from(buffer)?;
    if let std::net::SocketAddr::V4(from) = from {
        batch.out.push(Datagram {
            bytes: buffer[..len].to_vec(),
            from,
        });
    }
    Ok(())
}

/// Sends each `(payload, destination)`; returns one result per message, in
/// order (a failed message does not stop the others).
#[cfg(target_os = "linux")]
pub fn send_batch(socket: &UdpSocket, messages: &[(Vec<u8>, SocketAddrV4)]) -> Vec<io::Result<()>> {
    use nix::sys::socket::{sendmmsg, ControlMessage, MsgFlags, MultiHeaders, SockaddrIn};
    use std::io::IoSlice;
    use std::os::fd::AsRawFd;
    let mut results: Vec<io::Result<()>> = Vec::with_capacity(messages.len());
    while results.len() < messages.len() {
        let rest = &messages[results.len()..];
        let slices: Vec<[IoSlice; 1]> = rest.iter().map(|(p, _)| [IoSlice::new(p)]).collect();
        let addrs: Vec<Option<SockaddrIn>> = rest
            .iter()
            .map(|(_, a)| Some(SockaddrIn::from(*a)))
            .collect();
        let mut headers = MultiHeaders::<SockaddrIn>::preallocate(rest.len(), None);
        let cmsgs: [ControlMessage; 0] = [];
        match sendmmsg(
            socket.as_raw_fd(),
            &mut headers,
            &slices,
            addrs,
            cmsgs,
            MsgFlags::empty(),
        ) {
            Ok(sent) => {
                let n = sent.count();
                if n == 0 {
                    results.push(Err(io::Error::other("sendmmsg sent nothing")));
                }
                results.extend((0..n).map(|_| Ok(())));
            }
            // The first message failed; the next call starts after it.
            Err(e) => results.push(Err(io::Error::from(e))),
        }
    }
    results
}

/// One `send_to` per message where `sendmmsg` does not exist.
#[cfg(not(target_os = "linux"))]
pub fn send_batch(socket: &UdpSocket, messages: &[(Vec<u8>, SocketAddrV4)]) -> Vec<io::Result<()>> {
    messages
        .iter()
        .map(|(p, a)| socket.send_to(p, a).map(|_| ()))
        .collect()
}
