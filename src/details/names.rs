//! A server's host name: the system resolver (`getnameinfo`: /etc/hosts,
//! DNS PTR, nss-mdns where installed), else LanScout's own mDNS reverse
//! query. Message building and answer parsing are pure.

use std::net::{IpAddr, Ipv4Addr, SocketAddrV4, UdpSocket};
use std::time::{Duration, Instant};

use hickory_proto::op::{Message, Query};
use hickory_proto::rr::{Name, RData, RecordType};

use super::text::{display_text, MAX_NAME_CHARS};

/// The mDNS group and port.
pub const MDNS_GROUP: SocketAddrV4 = SocketAddrV4::new(Ipv4Addr::new(224, 0, 0, 251), 5353);

/// The system resolver's name for `ip`, if it has one.
pub fn system_name(ip: Ipv4Addr) -> Option<String> {
    let name = dns_lookup::lookup_addr(&IpAddr::V4(ip)).ok()?;
    clean_host_name(&name)
}

/// A host name as shown: cleaned, trailing dot removed, and never an
/// address echoed back.
pub fn clean_host_name(raw: &str) -> Option<String> {
    let name = display_text(raw.trim_end_matches('.'), MAX_NAME_CHARS)?;
    if name.parse::<IpAddr>().is_ok() {
        return None;
    }
    Some(name)
}

/// A reverse (PTR) query for `ip` with the unicast-response bit set, as
/// Avahi and Bonjour answer it.
pub fn reverse_query(ip: Ipv4Addr, id: u16) -> Option<Vec<u8>> {
    let mut query = Query::query(Name::from(ip), RecordType::PTR);
    query.set_mdns_unicast_response(true);
    let mut message = Message::new(
        id,
        hickory_proto::op::MessageType::Query,
        hickory_proto::op::OpCode::Query,
    );
    message.add_query(query);
    message.to_vec().ok()
}

/// The host name in an mDNS answer to the reverse query for `ip`, if the
/// datagram is one.
pub fn parse_reverse_answer(datagram: &[u8], ip: Ipv4Addr) -> Option<String> {
    let message = Message::from_vec(datagram).ok()?;
    let wanted = Name::from(ip);
    message
        .answers
        .iter()
        .chain(message.additionals.iter())
        .filter(|r| r.name == wanted)
        .find_map(|r| match &r.data {
            RData::PTR(ptr) => clean_host_name(&ptr.0.to_utf8()),
            _ => None,
        })
}

/// Asks the link for `ip`'s name over mDNS from `local` (our address on the
/// link the server is on), waiting at most `timeout`.
pub fn mdns_name(ip: Ipv4Addr, local: Ipv4Addr, timeout: Duration) -> Option<String> {
    let socket = UdpSocket::bind(SocketAddrV4::new(local, 0)).ok()?;
    // Without a default route, a send to the group fails unless the
    // interface is named.
    let sock = socket2::SockRef::from(&socket);
    sock.set_multicast_if_v4(&local).ok()?;
    sock.set_multicast_ttl_v4(255).ok()?;
    let id = (u32::from(ip) as u16) ^ 0x5a5a;
    let query = reverse_query(ip, id)?;
    socket.send_to(&query, MDNS_GROUP).ok()?;
    let end = Instant::now() + timeout;
    let mut buf = [0u8; 9000];
    loop {
        let left = end.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return None;
        }
        socket.set_read_timeout(Some(left)).ok()?;
        let (len, _) = socket.recv_from(&mut buf).ok()?;
        if let Some(name) = parse_reverse_answer(&buf[..len], ip) {
            return Some(name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hickory_proto::rr::rdata::PTR;
    use hickory_proto::rr::Record;

    fn answer(for_ip: Ipv4Addr, target: &str) -> Vec<u8> {
        let mut m = Message::new(
            7,
            hickory_proto::op::MessageType::Response,
            hickory_proto::op::OpCode::Query,
        );
        let name: Name = target.parse().unwrap_or_else(|_| Name::root());
        m.add_answer(Record::from_rdata(
            Name::from(for_ip),
            120,
            RData::PTR(PTR(name)),
        ));
        m.to_vec().unwrap_or_default()
    }

    #[test]
    fn reverse_query_asks_the_in_addr_arpa_name_with_the_qu_bit() {
        let q = reverse_query(Ipv4Addr::new(10, 20, 0, 12), 1).unwrap_or_default();
        let parsed = Message::from_vec(&q).expect("parses");
        assert_eq!(parsed.queries.len(), 1);
        assert_eq!(
            parsed.queries[0].name().to_ascii(),
            "12.0.20.10.in-addr.arpa."
        );
        assert_eq!(parsed.queries[0].query_type(), RecordType::PTR);
        // QCLASS with the top (unicast-response) bit: 0x8001.
        assert_eq!(&q[q.len() - 2..], &[0x80, 0x01]);
    }

    #[test]
    fn answers_table() {
        let ip = Ipv4Addr::new(10, 20, 0, 12);
        assert_eq!(
            parse_reverse_answer(&answer(ip, "pi-lab.local."), ip).as_deref(),
            Some("pi-lab.local")
        );
        // An answer about another address is not ours.
        assert_eq!(
            parse_reverse_answer(&answer(Ipv4Addr::new(10, 20, 0, 13), "x.local."), ip),
            None
        );
        assert_eq!(parse_reverse_answer(b"\x00\x01garbage", ip), None);
        assert_eq!(parse_reverse_answer(&[], ip), None);
    }

    #[test]
    fn host_names_are_cleaned() {
        assert_eq!(clean_host_name("nas.lan.").as_deref(), Some("nas.lan"));
        assert_eq!(clean_host_name("10.0.0.1"), None);
        assert_eq!(clean_host_name(""), None);
        assert_eq!(clean_host_name("a\u{1b}b").as_deref(), Some("ab"));
    }
}
