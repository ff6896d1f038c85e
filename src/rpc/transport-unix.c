/*
 * transport-unix.c: the client's unix socket (see client.h).
 */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "error.h"
#include "rpc/client.h"

int
hv_rpc_unix_connect_quiet(const char *path)
{
	struct sockaddr_un sa;
	int fd, err;

	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	if (strlen(path) >= sizeof(sa.sun_path))
		return -ENAMETOOLONG;
	strcpy(sa.sun_path, path);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	while (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		if (errno == EINTR)
			continue;
		err = errno;
		close(fd);
		return -err;
	}
	return fd;
}

int
hv_rpc_unix_connect(const char *path)
{
	int fd = hv_rpc_unix_connect_quiet(path);

	if (fd == -ENAMETOOLONG)
		hv_error_report(HV_FROM_RPC, HV_ERR_INTERNAL_ERROR,
		    "Path %s too long for unix socket", path);
	else if (fd < 0)
		hv_error_report(HV_FROM_RPC, HV_ERR_SYSTEM_ERROR,
		    "Failed to connect socket to '%s': %s", path,
		    strerror(-fd));
	return fd < 0 ? -1 : fd;
}

struct hv_rpc_client *
hv_rpc_client_connect_unix(const char *path)
{
	int fd = hv_rpc_unix_connect(path);

	return fd < 0 ? NULL : hv_rpc_client_new(fd);
}
