/*
 * transport-tcp.c: the client's TCP socket (see client.h).  The host is
 * resolved for any address family, and each address is tried in turn,
 * as libvirt's client does.
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
	int fd = -1, err = 0, r, one = 1;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
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
			err = errno;
			continue;
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
		    strerror(err ? err : ECONNREFUSED));
	return fd;
}

struct hv_rpc_client *
hv_rpc_client_connect_tcp(const char *host, const char *service)
{
	int fd = hv_rpc_tcp_connect(host, service);

	return fd < 0 ? NULL : hv_rpc_client_new(fd);
}
