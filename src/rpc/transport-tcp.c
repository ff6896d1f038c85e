/*
 * transport-tcp.c: the client's TCP socket (see client.h).  The host is
 * resolved as libvirt's client resolves it, for any address family but
 * only those the machine has an address of besides loopback
 * (AI_ADDRCONFIG), and each address is tried in turn.  A socket that
 * cannot be made ends the attempt; a refused connect goes on to the
 * next address, the last one's error being the one reported.
 */
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "error.h"
#include "rpc/client.h"

int
hv_rpc_tcp_connect(const char *host, const char *service)
{
	struct addrinfo hints, *res, *ai;
	int fd = -1, err = ENOENT, r, one = 1;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_flags = AI_PASSIVE | AI_ADDRCONFIG;
	hints.ai_socktype = SOCK_STREAM;
	if ((r = getaddrinfo(host, service, &hints, &res)) != 0) {
		hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
		    "Unable to resolve address '%s' service '%s': %s", host,
		    service, gai_strerror(r));
		return -1;
	}
	for (ai = res; ai; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC,
		    ai->ai_protocol);
		if (fd < 0) {
			hv_error_system(errno, "Unable to create socket");
			freeaddrinfo(res);
			return -1;
		}
		(void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one,
		    sizeof(one));
		while ((r = connect(fd, ai->ai_addr, ai->ai_addrlen)) < 0 &&
		    errno == EINTR)
			;
		if (r == 0)
			break;
		err = errno;
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	if (fd < 0)
		hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
		    "unable to connect to server at '%s:%s': %s", host, service,
		    strerror(err));
	return fd;
}

struct hv_rpc_client *
hv_rpc_client_connect_tcp(const char *host, const char *service)
{
	int fd = hv_rpc_tcp_connect(host, service);

	return fd < 0 ? NULL : hv_rpc_client_new(fd);
}
