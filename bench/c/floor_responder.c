/* The floor: the fastest discovery server this machine can run. Answers
 * every "DISCOVER_SERVER" on UDP PORT with "SERVER_IP:ADDR", batched with
 * recvmmsg/sendmmsg, nothing else (no rate limit, no logging).
 * Usage: floor_responder PORT ADDR SECONDS   (prints "answered N" at the end) */
#include "udp.h"

#define BATCH 64

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s PORT ADDR SECONDS\n", argv[0]);
        return 2;
    }
    int port = atoi(argv[1]);
    char reply[64];
    int reply_len = snprintf(reply, sizeof reply, "SERVER_IP:%s", argv[2]);
    double seconds = atof(argv[3]);
    int fd = bound_udp(port);
    static char bufs[BATCH][512];
    struct sockaddr_in from[BATCH];
    struct iovec in_iov[BATCH], out_iov[BATCH];
    struct mmsghdr in[BATCH], out[BATCH];
    for (int i = 0; i < BATCH; i++) {
        in_iov[i] = (struct iovec){bufs[i], sizeof bufs[i]};
        out_iov[i] = (struct iovec){reply, (size_t)reply_len};
    }
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    unsigned long long answered = 0;
    for (;;) {
        if (seconds_since(&start) >= seconds)
            break;
        for (int i = 0; i < BATCH; i++) {
            memset(&in[i].msg_hdr, 0, sizeof in[i].msg_hdr);
            in[i].msg_hdr.msg_iov = &in_iov[i];
            in[i].msg_hdr.msg_iovlen = 1;
            in[i].msg_hdr.msg_name = &from[i];
            in[i].msg_hdr.msg_namelen = sizeof from[i];
        }
        int n = recvmmsg(fd, in, BATCH, MSG_WAITFORONE, NULL);
        if (n <= 0)
            continue;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (in[i].msg_len != 15 || memcmp(bufs[i], "DISCOVER_SERVER", 15) != 0)
                continue;
            memset(&out[k].msg_hdr, 0, sizeof out[k].msg_hdr);
            out[k].msg_hdr.msg_iov = &out_iov[k];
            out[k].msg_hdr.msg_iovlen = 1;
            out[k].msg_hdr.msg_name = &from[i];
            out[k].msg_hdr.msg_namelen = in[i].msg_hdr.msg_namelen;
            k++;
        }
        answered += send_all(fd, out, k);
    }
    printf("answered %llu\n", answered);
    return 0;
}
