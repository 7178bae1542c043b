//! The DNS-SD source against a real announcer: Debian's Avahi publishing
//! `_http._tcp` and `_https._tcp` services in a lab namespace, next to a
//! LanScout server that answers the UDP probe on the same address.

mod common;

use std::time::Duration;

use common::{events, json_lines, temp_config, Lab};

fn service(name: &str, ty: &str, port: u16, host: Option<&str>) -> String {
    let host = host
        .map(|h| format!("<host-name>{h}</host-name>"))
        .unwrap_or_default();
    format!(
        "<?xml version=\"1.0\" standalone='no'?>\n\
         <!DOCTYPE service-group SYSTEM \"avahi-service.dtd\">\n\
         <service-group><name>{name}</name>\
         <service><type>{ty}</type><port>{port}</port>{host}</service>\
         </service-group>\n"
    )
}

#[test]
fn announced_web_servers_are_listed_merged_with_udp_and_never_off_the_link() {
    require_root!();
    common::assert_isolated();
    let mut lab = Lab::new();
    let (client, server) = lab.client_and_server("10.81.0");
    let inventory = service("Inventory · Lab 3", "_http._tcp", 8000, None);
    let nas = service("NAS box", "_https._tcp", 8443, None);
    // A neighbour naming a host on another network: never listed, never contacted.
    let forged = service("Elsewhere", "_http._tcp", 80, Some("far.local"));
    lab.avahi(
        &server,
        "labnas",
        "eth0",
        &[
            ("inventory", &inventory),
            ("nas", &nas),
            ("forged", &forged),
        ],
        "192.0.2.7 far.local\n",
    );
    // The client runs Avahi too, as desktops do: it holds UDP 5353 there.
    lab.avahi(&client, "labdesk", "eth0", &[], "");
    let avahi_holds_5353 = common::wait_for(Duration::from_secs(10), || {
        lab.cmd(&client, "ss")
            .args(["-Hulnp", "sport = :5353"])
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("avahi"))
    });
    assert!(avahi_holds_5353, "the client's Avahi did not start");
    // The same host answers the UDP probe for its web port 8000.
    lab.serve(&server, &["--web-port", "8000", "--duration", "60"]);
    lab.wait_until_answering(&client, "10.81.0.2", 9999);

    let (_dir, cfg) = temp_config();
    let scan = |extra: &[&str]| {
        let mut args = vec!["scan", "--json", "--timeout", "2", "--no-details"];
        args.extend_from_slice(extra);
        json_lines(
            &lab.lanscout(&client, &cfg, &args, Duration::from_secs(20))
                .stdout,
        )
    };
    // Avahi probes its names for about a second before it announces.
    let mut lines = Vec::new();
    let complete = common::wait_for(Duration::from_secs(20), || {
        lines = scan(&["--dns-sd"]);
        events(&lines, "found").len() >= 2 && !events(&lines, "also_found").is_empty()
    });
    assert!(complete, "announcements missing: {lines:#?}");
    let found = events(&lines, "found");
    let urls: Vec<&str> = found.iter().filter_map(|f| f["url"].as_str()).collect();
    assert_eq!(found.len(), 2, "one row per address and port: {urls:?}");
    assert!(
        urls.contains(&"http://10.81.0.2:8000/") && urls.contains(&"https://10.81.0.2:8443/"),
        "{urls:?}"
    );
    let nas = found
        .iter()
        .find(|f| f["port"] == 8443)
        .expect("the NAS row");
    assert_eq!(nas["found_by"], "dns-sd");
    assert_eq!(nas["service_name"], "NAS box");
    // Port 8000 is one server found both ways, whichever came first.
    let also = events(&lines, "also_found");
    assert_eq!(also.len(), 1, "{also:?}");
    assert_eq!(
        (also[0]["ip"].as_str(), also[0]["port"].as_u64()),
        (Some("10.81.0.2"), Some(8000))
    );
    let inventory = found.iter().find(|f| f["port"] == 8000).expect("row");
    // A `found` line names its source only when it is not UDP (older lines
    // keep their bytes), so the row and the also_found line must name the
    // two sources between them: exactly one of each.
    let first = inventory.get("found_by").and_then(|v| v.as_str());
    let second = also[0]["by"]
        .as_str()
        .expect("an also_found line names its source");
    match second {
        "dns-sd" => assert_eq!(first, None, "found by UDP first: {inventory}"),
        "udp" => assert_eq!(first, Some("dns-sd"), "found by DNS-SD first: {inventory}"),
        other => panic!("unknown source {other:?}"),
    }
    let named = [&inventory["service_name"], &also[0]["service_name"]];
    assert!(named.iter().any(|n| *n == "Inventory · Lab 3"), "{named:?}");
    assert!(
        !lines.iter().any(|l| l.to_string().contains("192.0.2.7")),
        "the off-link announcement was listed: {lines:#?}"
    );

    // The CSV export says how each row was found (and names it).
    let out = lab.lanscout(
        &client,
        &cfg,
        &[
            "scan",
            "--format",
            "csv",
            // Avahi in the lab answers within a second alone, later when
            // the whole suite runs beside it (seen once at 2 s).
            "--timeout",
            "4",
            "--no-details",
            "--dns-sd",
        ],
        Duration::from_secs(20),
    );
    let csv = String::from_utf8_lossy(&out.stdout);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{csv}");
    let merged = rows
        .iter()
        .find(|r| r.contains(",8000,"))
        .expect("row 8000");
    assert!(
        merged.starts_with("Inventory · Lab 3,")
            && (merged.ends_with(",udp+dns-sd") || merged.ends_with(",dns-sd+udp")),
        "{merged}"
    );
    let nas = rows
        .iter()
        .find(|r| r.contains(",8443,"))
        .expect("row 8443");
    assert!(
        nas.starts_with("NAS box,") && nas.ends_with(",dns-sd"),
        "{nas}"
    );

    // Off by default: only the UDP server.
    let plain = scan(&[]);
    let found = events(&plain, "found");
    assert_eq!(found.len(), 1, "{plain:#?}");
    assert_eq!(found[0]["url"], "http://10.81.0.2:8000/");
}
