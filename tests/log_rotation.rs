//! The log stays within its bound however long LanScout runs: the real
//! logger (flexi_logger, as the window starts it) writing 4 MiB of lines
//! keeps at most 3 files of about 1 MiB each, the newest lines in
//! `lanscout.log`. (Its own test binary: a process has one logger.)

use lanscout::logging::{self, LOG_FILES, MAX_LOG_BYTES};

#[test]
fn four_mib_of_lines_leave_at_most_three_files_of_one_mib() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("state/lanscout.log");
    logging::to_file(&path).expect("log file");
    let filler = "x".repeat(200);
    let lines = 4 * MAX_LOG_BYTES / 240;
    for n in 0..lines {
        logging::write(log::Level::Warn, &format!("line {n} {filler}"));
    }
    logging::write(log::Level::Info, "the last line");
    logging::flush();
    let files: Vec<(String, u64)> = std::fs::read_dir(path.parent().expect("dir"))
        .expect("log dir")
        .flatten()
        .map(|e| {
            let size = e.metadata().map(|m| m.len()).unwrap_or(0);
            (e.file_name().to_string_lossy().into_owned(), size)
        })
        .collect();
    eprintln!("log files after {lines} lines: {files:?}");
    assert!(files.len() <= LOG_FILES, "{files:?}");
    assert!(files.len() >= 2, "it rotated: {files:?}");
    for (name, size) in &files {
        // A file is rotated once it passes the limit: one line over at most.
        assert!(*size <= MAX_LOG_BYTES + 1024, "{name}: {size} bytes");
    }
    let current = std::fs::read_to_string(&path).expect("lanscout.log");
    let last = current.lines().last().unwrap_or_default();
    assert!(last.ends_with(" info: the last line"), "{last:?}");
    let first = current.lines().next().unwrap_or_default();
    assert!(first.contains(" warning: line "), "{first:?}");
}
