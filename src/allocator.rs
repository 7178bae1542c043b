//! How the process allocates memory over a long run. glibc gives each
//! thread that contends for the heap an arena of its own (up to 8 per
//! core) and keeps what those arenas freed: every scan round starts and
//! ends a few threads, so a window left open for days would hold on to a
//! high-water mark per arena. Two arenas are plenty for a few busy
//! threads and keep memory flat (measured by tests/soak.rs).

/// Limits glibc's malloc arenas; call first thing in `main`, before
/// threads start. Elsewhere (musl, Windows) it does nothing.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt takes two integers, touches no memory of ours, and
    // only changes how later allocations are served; called before any
    // thread of ours runs.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Gives the heap's free memory back to the system (end of each scan
/// round): what a round allocated and freed, a burst of replies included,
/// does not stay in the process's resident size. Elsewhere it does nothing.
pub fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes an integer and only returns free pages
    // of the allocator's own heaps to the kernel.
    unsafe {
        libc::malloc_trim(0);
    }
}
