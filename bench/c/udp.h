/* What both benchmark helpers need: a UDP socket bound to PORT on every
 * address (receives time out every 100 ms, so the time limit is checked),
 * the seconds since a start, and sending a batch whole. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int bound_udp(int port) {
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in any = {.sin_family = AF_INET, .sin_port = htons(port)};
    if (fd < 0 || bind(fd, (struct sockaddr *)&any, sizeof any) != 0) {
        perror("bind");
        exit(1);
    }
    struct timeval tv = {.tv_sec = 0, .tv_usec = 100000};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    return fd;
}

static double seconds_since(const struct timespec *start) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - start->tv_sec) + (now.tv_nsec - start->tv_nsec) / 1e9;
}

/* Sends all K messages (sendmmsg may take fewer at once); returns how many went. */
static int send_all(int fd, struct mmsghdr *msgs, int k) {
    int sent = 0;
    while (sent < k) {
        int m = sendmmsg(fd, msgs + sent, k - sent, 0);
        if (m <= 0)
            break;
        sent += m;
    }
    return sent;
}
