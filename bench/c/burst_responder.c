/* N servers answering one broadcast at once, as tightly as the kernel
 * allows: on each "DISCOVER_SERVER" on UDP PORT, sends COUNT replies
 * "SERVER_IP:a.b.c.d", each from its own address FIRST, FIRST+1, ...
 * (secondary addresses of this namespace), with sendmmsg and IP_PKTINFO.
 * Usage: burst_responder PORT FIRST COUNT SECONDS  (prints "ready" once bound) */
#include "udp.h"

#define BATCH 512

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: %s PORT FIRST COUNT SECONDS\n", argv[0]);
        return 2;
    }
    int port = atoi(argv[1]);
    struct in_addr first;
    if (inet_pton(AF_INET, argv[2], &first) != 1) {
        fprintf(stderr, "bad address %s\n", argv[2]);
        return 2;
    }
    int count = atoi(argv[3]);
    double seconds = atof(argv[4]);
    int fd = bound_udp(port);
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);
    int sndbuf = 64 << 20;
    setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &sndbuf, sizeof sndbuf);
    char (*replies)[32] = calloc(count, 32);
    int *lens = calloc(count, sizeof(int));
    for (int i = 0; i < count; i++) {
        struct in_addr a = {.s_addr = htonl(ntohl(first.s_addr) + i)};
        lens[i] = snprintf(replies[i], 32, "SERVER_IP:%s", inet_ntoa(a));
    }
    static struct mmsghdr msgs[BATCH];
    static struct iovec iov[BATCH];
    static char cmsgbuf[BATCH][CMSG_SPACE(sizeof(struct in_pktinfo))];
    printf("ready\n");
    fflush(stdout);
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    char buf[512];
    for (;;) {
        if (seconds_since(&start) >= seconds)
            break;
        struct sockaddr_in from;
        socklen_t flen = sizeof from;
        ssize_t n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&from, &flen);
        if (n != 15 || memcmp(buf, "DISCOVER_SERVER", 15) != 0)
            continue;
        for (int base = 0; base < count; base += BATCH) {
            int k = count - base < BATCH ? count - base : BATCH;
            for (int j = 0; j < k; j++) {
                int i = base + j;
                iov[j] = (struct iovec){replies[i], (size_t)lens[i]};
                memset(&msgs[j].msg_hdr, 0, sizeof msgs[j].msg_hdr);
                msgs[j].msg_hdr.msg_iov = &iov[j];
                msgs[j].msg_hdr.msg_iovlen = 1;
                msgs[j].msg_hdr.msg_name = &from;
                msgs[j].msg_hdr.msg_namelen = flen;
                msgs[j].msg_hdr.msg_control = cmsgbuf[j];
                msgs[j].msg_hdr.msg_controllen = sizeof cmsgbuf[j];
                struct cmsghdr *c = CMSG_FIRSTHDR(&msgs[j].msg_hdr);
                c->cmsg_level = IPPROTO_IP;
                c->cmsg_type = IP_PKTINFO;
                c->cmsg_len = CMSG_LEN(sizeof(struct in_pktinfo));
                struct in_pktinfo *pi = (struct in_pktinfo *)CMSG_DATA(c);
                memset(pi, 0, sizeof *pi);
                pi->ipi_spec_dst.s_addr = htonl(ntohl(first.s_addr) + i);
            }
            send_all(fd, msgs, k);
        }
    }
    return 0;
}
