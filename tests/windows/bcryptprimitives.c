/* Test-only stand-in for Windows 10's bcryptprimitives.dll, which Wine 8
 * lacks: Rust's std (1.78 and later) imports ProcessPrng from it, so every
 * Rust program fails to start under Wine 8 without it (status c0000135).
 * Real Windows 10 and 11 have the DLL; this file never ships. Built by
 * scripts/windows.sh with MinGW and copied into the test Wine prefix. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
