//! Socket construction (socket2) for scans and for server mode.

use std::io;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, UdpSocket};

use socket2::{Domain, Protocol, Socket, Type};

/// A scan socket and the receive buffer the kernel granted it.
#[derive(Debug)]
pub struct ScanSocket {
    /// Unbound-port UDP socket with SO_BROADCAST set.
    pub socket: UdpSocket,
    /// More receive queues on the same port (SO_REUSEPORT), opened when the
    /// kernel capped the buffer (no CAP_NET_ADMIN): Linux spreads replies
    /// over them by sender, each with a buffer of its own, so a burst from
    /// thousands of servers fits without privileges.
    pub extra_queues: Vec<UdpSocket>,
    /// The receive buffer size the kernel reports (bytes), all queues together.
    pub rcvbuf_granted: usize,
    /// The size that was asked for.
    pub rcvbuf_requested: usize,
}

/// Opens the scan socket: UDP on an ephemeral port, SO_BROADCAST, and a
/// receive buffer of `rcvbuf` bytes (SO_RCVBUFFORCE when permitted, else
/// SO_RCVBUF, which the kernel caps at `net.core.rmem_max`).
pub fn open_discovery_socket(rcvbuf: usize) -> io::Result<ScanSocket> {
    if crate::fault::failing("socket") {
        return Err(io::Error::other("injected socket error (test hook)"));
    }
    let socket = Socket::new(Domain::IPV4, Type::DGRAM, Some(Protocol::UDP))?;
    socket.set_broadcast(true)?;
    let forced = force_buffer(&socket, BufferKind::Receive, rcvbuf);
    if !forced {
        // Best effort: an error here only means a smaller buffer.
        let _ = socket.set_recv_buffer_size(rcvbuf);
        share_port(&socket);
    }
    // Probes to absent hosts wait in the send buffer until ARP gives up
    // (about 3 s); a sweep needs room for thousands of them.
    if !force_buffer(&socket, BufferKind::Send, SWEEP_SNDBUF) {
        let _ = socket.set_send_buffer_size(SWEEP_SNDBUF);
    }
    socket.bind(&SocketAddr::from((Ipv4Addr::UNSPECIFIED, 0)).into())?;
    let granted = socket.recv_buffer_size().unwrap_or(0);
    let extra_queues = if forced {
        Vec::new()
    } else {
        extra_queues(&socket, rcvbuf, granted)
    };
    Ok(ScanSocket {
        socket: socket.into(),
        rcvbuf_granted: granted * (1 + extra_queues.len()),
        extra_queues,
        rcvbuf_requested: rcvbuf,
    })
}

/// At most this many receive queues per scan.
#[cfg(target_os = "linux")]
const MAX_QUEUES: usize = 16;

#[cfg(target_os = "linux")]
fn share_port(socket: &Socket) {
    let _ = socket.set_reuse_port(true);
}

#[cfg(not(target_os = "linux"))]
fn share_port(_: &Socket) {}

/// Sockets joining `first`'s port until the buffers add up to `wanted`
/// (Linux only: elsewhere SO_REUSEPORT does not spread unicast replies).
#[cfg(target_os = "linux")]
fn extra_queues(first: &Socket, wanted: usize, each: usize) -> Vec<UdpSocket> {
    let Ok(Some(port)) = first.local_addr().map(|a| a.as_socket().map(|a| a.port())) else {
        return Vec::new();
    };
    let count = wanted.div_ceil(each.max(1)).clamp(1, MAX_QUEUES) - 1;
    let open = || -> io::Result<UdpSocket> {
        let s = Socket::new(Domain::IPV4, Type::DGRAM, Some(Protocol::UDP))?;
        s.set_reuse_port(true)?;
        let _ = s.set_recv_buffer_size(wanted);
        s.bind(&SocketAddr::from((Ipv4Addr::UNSPECIFIED, port)).into())?;
        Ok(s.into())
    };
    // Best effort: fewer queues only mean a smaller buffer.
    (0..count).map_while(|_| open().ok()).collect()
}

#[cfg(not(target_os = "linux"))]
fn extra_queues(_: &Socket, _: usize, _: usize) -> Vec<UdpSocket> {
    Vec::new()
}

/// Send buffer of a scan socket.
const SWEEP_SNDBUF: usize = 8 * 1024 * 1024;

#[derive(Clone, Copy)]
enum BufferKind {
    Receive,
    Send,
}

/// Sends without blocking where the OS allows it: `WouldBlock` means the
/// send buffer is full and the caller should try again shortly.
pub fn send_nowait(socket: &UdpSocket, payload: &[u8], dest: SocketAddrV4) -> io::Result<usize> {
    #[cfg(unix)]
    {
        socket2::SockRef::from(socket).send_to_with_flags(
            payload,
            &SocketAddr::V4(dest).into(),
            libc::MSG_DONTWAIT,
        )
    }
    #[cfg(not(unix))]
    {
        socket.send_to(payload, dest)
    }
}

#[cfg(target_os = "linux")]
fn force_buffer(socket: &Socket, kind: BufferKind, size: usize) -> bool {
    use nix::sys::socket::{setsockopt, sockopt};
    // The kernel doubles the value it is given; ask for half.
    let half = size / 2;
    match kind {
        BufferKind::Receive => setsockopt(socket, sockopt::RcvBufForce, &half).is_ok(),
        BufferKind::Send => setsockopt(socket, sockopt::SndBufForce, &half).is_ok(),
    }
}

#[cfg(not(target_os = "linux"))]
fn force_buffer(_socket: &Socket, _kind: BufferKind, _size: usize) -> bool {
    false
}

/// Why server mode could not bind its port.
#[derive(Debug, thiserror::Error)]
pub enum BindError {
    /// Another program holds the port.
    #[error("UDP port {port} is already in use by another program (is another discovery server running?)")]
    PortBusy {
        /// The port.
        port: u16,
    },
    /// Ports below 1024 need privileges.
    #[error("not allowed to use UDP port {port} (ports below 1024 need administrator rights)")]
    PermissionDenied {
        /// The port.
        port: u16,
    },
    /// Anything else.
    #[error("cannot open UDP port {port}: {source}")]
    Other {
        /// The port.
        port: u16,
        /// The OS error.
        source: io::Error,
    },
}

impl BindError {
    fn from_io(port: u16, e: io::Error) -> Self {
        match e.kind() {
            io::ErrorKind::AddrInUse => BindError::PortBusy { port },
            io::ErrorKind::PermissionDenied => BindError::PermissionDenied { port },
            _ => BindError::Other { port, source: e },
        }
    }
}

/// Binds `0.0.0.0:<port>` with SO_REUSEADDR, as the stock server does. Since
/// SO_REUSEADDR lets two UDP sockets share a port silently, the port is first
/// tried without it, so that a port held by anyone is reported as busy.
pub fn bind_responder(port: u16) -> Result<UdpSocket, BindError> {
    let addr: SocketAddr = SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, port).into();
    let err = |e| BindError::from_io(port, e);
    // Bound without SO_REUSEADDR, so that a port already taken (even by a
    // socket with it) is reported busy; then marked SO_REUSEADDR, as the
    // stock server's socket is, so that it shares the port the same way.
    // One socket: no moment in which the port is bound but not answered.
    let socket = Socket::new(Domain::IPV4, Type::DGRAM, Some(Protocol::UDP)).map_err(err)?;
    socket.bind(&addr.into()).map_err(err)?;
    socket.set_reuse_address(true).map_err(err)?;
    Ok(socket.into())
}

/// The local address the kernel would use to reach `dest` (connects a UDP
/// socket, which sends nothing).
pub fn local_addr_toward(dest: Ipv4Addr) -> io::Result<Ipv4Addr> {
    let socket = UdpSocket::bind(SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 0))?;
    socket.connect(SocketAddrV4::new(dest, 9))?;
    match socket.local_addr()? {
        SocketAddr::V4(a) => Ok(*a.ip()),
        SocketAddr::V6(_) => Err(io::Error::other("IPv6 local address for an IPv4 peer")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_route_uses_loopback() {
        let local = local_addr_toward(Ipv4Addr::LOCALHOST).expect("loopback route");
        assert!(local.is_loopback());
    }

    #[test]
    fn a_responder_socket_shares_its_port_as_the_stock_one_does() {
        let ours = bind_responder(0).expect("ephemeral bind");
        let port = ours.local_addr().map(|a| a.port()).expect("port");
        // What the stock server does: SO_REUSEADDR, then bind.
        let stock = Socket::new(Domain::IPV4, Type::DGRAM, Some(Protocol::UDP)).expect("socket");
        stock.set_reuse_address(true).expect("reuse");
        let addr: SocketAddr = SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, port).into();
        assert!(
            stock.bind(&addr.into()).is_ok(),
            "the stock server can still bind beside it"
        );
        let plain = Socket::new(Domain::IPV4, Type::DGRAM, Some(Protocol::UDP)).expect("socket");
        assert!(
            plain.bind(&addr.into()).is_err(),
            "a socket without SO_REUSEADDR cannot"
        );
    }

    #[test]
    fn busy_port_is_reported_even_with_reuseaddr_holder() {
        let holder = bind_responder(0).expect("ephemeral bind");
        let port = holder.local_addr().map(|a| a.port()).expect("port");
        match bind_responder(port) {
            Err(BindError::PortBusy { port: p }) => assert_eq!(p, port),
            other => panic!("expected PortBusy, got {other:?}"),
        }
        let msg = BindError::PortBusy { port }.to_string();
        assert!(msg.contains(&port.to_string()));
    }

    #[test]
    fn scan_socket_reports_buffer() {
        let s = open_discovery_socket(1 << 20).expect("socket");
        assert!(s.rcvbuf_granted > 0);
    }
}
