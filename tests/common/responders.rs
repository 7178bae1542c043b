//! Stand-in servers on loopback: a burst of UDP replies, a page with a title.

use super::*;

/// Many servers answering one request at once: a thread that moves into
/// namespace `ns`, listens on `port`, and answers each discovery request
/// with one reply from each of `count` addresses starting at `first` (which
/// must already be on an interface there), as fast as the kernel takes them.
pub struct BurstResponder {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// One socket per answering address, with the reply it sends.
type Senders = Vec<(std::net::UdpSocket, Vec<u8>)>;

impl BurstResponder {
    /// Starts it and waits until it listens.
    pub fn start(ns: &str, port: u16, first: std::net::Ipv4Addr, count: usize) -> BurstResponder {
        use std::net::{Ipv4Addr, UdpSocket};
        use std::os::fd::AsRawFd;
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = std::sync::Arc::clone(&stop);
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<(), String>>();
        let path = format!("/run/netns/{ns}");
        let thread = std::thread::spawn(move || {
            let setup = (|| -> Result<(UdpSocket, Senders), String> {
                let nsfile = std::fs::File::open(&path).map_err(|e| format!("{path}: {e}"))?;
                // SAFETY: plain syscalls on a valid fd / struct; they only affect this thread.
                unsafe {
                    if libc::setns(nsfile.as_raw_fd(), libc::CLONE_NEWNET) != 0 {
                        return Err(format!("setns: {}", std::io::Error::last_os_error()));
                    }
                    let mut lim = libc::rlimit {
                        rlim_cur: 0,
                        rlim_max: 0,
                    };
                    if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) == 0 {
                        lim.rlim_cur = lim.rlim_max.min(count as u64 + 4096).max(lim.rlim_cur);
                        libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
                    }
                }
                let sock = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::DGRAM, None)
                    .map_err(|e| e.to_string())?;
                sock.set_reuse_address(true).map_err(|e| e.to_string())?;
                let any: std::net::SocketAddr = (Ipv4Addr::UNSPECIFIED, port).into();
                sock.bind(&any.into()).map_err(|e| e.to_string())?;
                let listener: UdpSocket = sock.into();
                listener
                    .set_read_timeout(Some(Duration::from_millis(50)))
                    .map_err(|e| e.to_string())?;
                let mut senders = Vec::with_capacity(count);
                for i in 0..count {
                    let addr = Ipv4Addr::from(u32::from(first) + i as u32);
                    let s = UdpSocket::bind((addr, 0)).map_err(|e| format!("bind {addr}: {e}"))?;
                    senders.push((s, format!("SERVER_IP:{addr}").into_bytes()));
                }
                Ok((listener, senders))
            })();
            let (listener, senders) = match setup {
                Ok(v) => {
                    let _ = ready_tx.send(Ok(()));
                    v
                }
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                    return;
                }
            };
            let mut buf = [0u8; 1024];
            while !flag.load(std::sync::atomic::Ordering::SeqCst) {
                if let Ok((n, from)) = listener.recv_from(&mut buf) {
                    if &buf[..n] == b"DISCOVER_SERVER" {
                        for (s, reply) in &senders {
                            let _ = s.send_to(reply, from);
                        }
                    }
                }
            }
        });
        match ready_rx.recv_timeout(Duration::from_secs(60)) {
            Ok(Ok(())) => {}
            Ok(Err(e)) => panic!("burst responder setup failed: {e}"),
            Err(e) => panic!("burst responder did not start: {e}"),
        }
        BurstResponder {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for BurstResponder {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A web server on loopback that answers every request with one HTML page
/// titled `title_html`; returns its port and a count of requests served.
pub fn titled_page_on_loopback(
    title_html: &str,
) -> (u16, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind web server");
    let port = listener.local_addr().expect("addr").port();
    let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let served = std::sync::Arc::clone(&count);
    let body = format!("<html><head><title>{title_html}</title></head><body></body></html>");
    std::thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = conn.set_read_timeout(Some(Duration::from_secs(2)));
            // A bare connection (the web port check) is not a request.
            if !matches!(conn.read(&mut buf), Ok(n) if n > 0) {
                continue;
            }
            served.fetch_add(1, Ordering::SeqCst);
            let _ = conn.write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                )
                .as_bytes(),
            );
        }
    });
    (port, count)
}

/// A scan that asks only 127.0.0.1 on `port` (no broadcast), lookups off.
pub fn loopback_scan(
    port: u16,
    timeout: Duration,
    retries: u32,
) -> lanscout::discovery::ScanConfig {
    lanscout::discovery::ScanConfig {
        scan: lanscout::settings::ScanSettings {
            port,
            timeout_secs: timeout.as_secs_f64(),
            retries,
            lookup_details: false,
            ..Default::default()
        },
        targets: vec![lanscout::net::Target::Addr(
            std::net::Ipv4Addr::LOCALHOST,
            None,
        )],
        broadcast: false,
        ..Default::default()
    }
}
