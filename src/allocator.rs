//! How the process allocates memory over a long run, with glibc's malloc.
//!
//! Two habits of glibc make a window left open for days look as if it
//! leaked. Each thread that contends for the heap gets an arena of its own
//! (up to 8 per core), which keeps what it freed: every scan round starts
//! and ends a few threads. And a large block (a scan's 4 MiB receive
//! buffers) is mapped fresh only until the first one is freed: glibc then
//! raises its mapping threshold, serves the next ones from the heap, where
//! `calloc` writes every page, and the heap keeps them. Two arenas and a
//! fixed threshold keep the resident size flat (tests/soak.rs: about +1 MiB
//! over a simulated week, +5.3 MiB without the threshold).

/// Above this, blocks are mapped on their own and unmapped when freed.
/// Well above a frame's meshes, well below a scan's receive buffers.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MMAP_THRESHOLD: libc::c_int = 1024 * 1024;

/// Sets how glibc's malloc serves this process; call first thing in
/// `main`, before threads start. Elsewhere (musl, Windows) it does nothing.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt takes two integers, touches no memory of ours, and
    // only changes how later allocations are served; called before any
    // thread of ours runs.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
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
