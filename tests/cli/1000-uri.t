# 1000-uri: connection URIs, where the URI comes from, libvirt.conf.
# Expectations are virsh 9.0's.  No case reaches beyond this machine:
# remote URIs here fail before any connection is attempted.
# 'nonroot' runs the shell as nobody when the tests run as root, because
# root reads /etc/libvirt/libvirt.conf instead of $XDG_CONFIG_HOME's.

# --- the test driver's URIs, as uri prints them back
=== test:///default
$ hvsh -c test:///default uri
>>>
test:///default

>>>= 0

=== test:/default is reformatted
$ hvsh -c test:/default uri
>>>
test:///default

>>>= 0

=== query kept
$ hvsh -c 'test:///default?foo=bar' uri
>>>
test:///default?foo=bar

>>>= 0

=== fragment kept
$ hvsh -c 'test:///default#x' uri
>>>
test:///default#x

>>>= 0

=== empty query kept
$ hvsh -c 'test:///default?' uri
>>>
test:///default?

>>>= 0

=== a node file by absolute path
# hvsh-only (libxml2 never prints its own warnings in hvsh)
$ hvsh -c test:///nonexistent/node.xml uri
>>>2
error: failed to connect to the hypervisor
error: XML error: failed to parse xml document '/nonexistent/node.xml'
>>>= 1

=== relative node file path
# hvsh-only (libxml2 never prints its own warnings in hvsh)
$ hvsh -c test:nonexistent.xml uri
>>>2
error: failed to connect to the hypervisor
error: XML error: failed to parse xml document 'nonexistent.xml'
>>>= 1


# --- URIs no driver takes
=== scheme case matters
# the remote driver takes it: not the test driver
$ hvsh -c TEST:///default?socket=/nonexistent/sock uri
>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 1

=== no scheme: a bare word
$ hvsh -c foo uri
>>>2
error: failed to connect to the hypervisor
error: no connection driver available for URI 'foo' does not include a driver name
>>>= 1

=== no scheme: a path
$ hvsh -c /tmp/foo.xml uri
>>>2
error: failed to connect to the hypervisor
error: no connection driver available for URI '/tmp/foo.xml' does not include a driver name
>>>= 1

=== legacy xend socket path
$ hvsh -c ///var/run/xend/xend-socket uri
>>>2
error: failed to connect to the hypervisor
error: no connection driver available for URI '///var/run/xend/xend-socket' does not include a driver name
>>>= 1

=== unknown scheme goes to the remote driver
$ hvsh -c 'bogus:///default?socket=/nonexistent/sock' uri
>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 1


# --- URIs that do not parse
=== space in the server
$ hvsh -c 'test://exa mple.com/' uri
>>>2
error: failed to connect to the hypervisor
error: internal error: Unable to parse URI test://exa mple.com/
>>>= 1

=== non-numeric port
$ hvsh -c 'http://host:port/' uri
>>>2
error: failed to connect to the hypervisor
error: internal error: Unable to parse URI http://host:port/
>>>= 1

=== port overflow
$ hvsh -c 'test://host:99999999999/' uri
>>>2
error: failed to connect to the hypervisor
error: internal error: Unable to parse URI test://host:99999999999/
>>>= 1

=== negative port
$ hvsh -c 'test://host:-1/' uri
>>>2
error: failed to connect to the hypervisor
error: internal error: Unable to parse URI test://host:-1/
>>>= 1

=== empty port
$ hvsh -c 'test://host:/x' uri
>>>2
error: failed to connect to the hypervisor
error: internal error: Unable to parse URI test://host:/x
>>>= 1

=== scheme starting with a digit
$ hvsh -c '1abc://x' uri
>>>2
error: failed to connect to the hypervisor
error: internal error: Unable to parse URI 1abc://x
>>>= 1

=== scheme starting with a dash
$ hvsh -c -- '-a://x' uri
>>>2
error: unsupported option '-a'. See --help.
>>>= 1

=== unclosed IPv6 bracket
$ hvsh -c 'test://[::1/x' uri
>>>2
error: failed to connect to the hypervisor
error: internal error: Unable to parse URI test://[::1/x
>>>= 1

=== junk after IPv6 bracket
$ hvsh -c 'test://[::1]x/' uri
>>>2
error: failed to connect to the hypervisor
error: internal error: Unable to parse URI test://[::1]x/
>>>= 1

=== bad percent escape
$ hvsh -c 'test:///default?a=%zz' uri
>>>2
error: failed to connect to the hypervisor
error: internal error: Unable to parse URI test:///default?a=%zz
>>>= 1


# --- driver-specific refusals
=== qemu://system is a mistake for qemu:///system
$ hvsh -c qemu://system uri
>>>2
error: failed to connect to the hypervisor
error: internal error: invalid URI qemu://system (maybe you want qemu:///system)
>>>= 1

=== qemu://session likewise
$ hvsh -c qemu://session uri
>>>2
error: failed to connect to the hypervisor
error: internal error: invalid URI qemu://session (maybe you want qemu:///session)
>>>= 1

=== unknown transport
$ hvsh -c 'qemu+bogus:///system' uri
>>>2
error: failed to connect to the hypervisor
error: invalid argument: remote_open: transport in URL not recognised (should be tls|unix|ssh|ext|tcp|libssh2|libssh)
>>>= 1

=== unix transport with a server
$ hvsh -c 'qemu+unix://host/system' uri
>>>2
error: failed to connect to the hypervisor
error: invalid argument: using unix socket and remote server 'host' is not supported.
>>>= 1

=== ext transport needs command=
$ hvsh -c 'qemu+ext:///system' uri
>>>2
error: failed to connect to the hypervisor
error: invalid argument: remote_open: for 'ext' transport, command is required
>>>= 1

=== local daemon socket missing
$ hvsh -c 'qemu:///system?socket=/nonexistent/sock' uri
>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 1

=== explicit unix transport, socket missing
$ hvsh -c 'qemu+unix:///system?socket=/nonexistent/sock' uri
>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 1


# --- where the URI comes from when -c is absent
=== LIBVIRT_DEFAULT_URI
$ LIBVIRT_DEFAULT_URI=test:///default hvsh uri
>>>
test:///default

>>>= 0

=== VIRSH_DEFAULT_CONNECT_URI
$ VIRSH_DEFAULT_CONNECT_URI=test:///default hvsh uri
>>>
test:///default

>>>= 0

=== VIRSH_DEFAULT_CONNECT_URI beats LIBVIRT_DEFAULT_URI
$ VIRSH_DEFAULT_CONNECT_URI=test:///default LIBVIRT_DEFAULT_URI=bogus:/// hvsh uri
>>>
test:///default

>>>= 0

=== -c beats both
$ VIRSH_DEFAULT_CONNECT_URI=bogus:/// LIBVIRT_DEFAULT_URI=bogus:/// hvsh -c test:///default uri
>>>
test:///default

>>>= 0

=== empty VIRSH_DEFAULT_CONNECT_URI is unset
$ VIRSH_DEFAULT_CONNECT_URI= LIBVIRT_DEFAULT_URI=test:///default hvsh uri
>>>
test:///default

>>>= 0

=== VIRSH_DEFAULT_CONNECT_URI connects lazily
$ VIRSH_DEFAULT_CONNECT_URI=bogus:///?socket=/nonexistent/sock hvsh 'echo x; uri; echo y'
>>>
x

y
>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 0

=== -c connects at start-up
$ hvsh -c bogus:///?socket=/nonexistent/sock 'echo x; uri; echo y'
>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 1

=== LIBVIRT_DEFAULT_URI bad
$ LIBVIRT_DEFAULT_URI=TEST:///default?socket=/nonexistent/sock hvsh uri
>>>

>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 1

=== uri_default from libvirt.conf
$ mkdir -p .config/libvirt && echo 'uri_default = "test:///default"' >.config/libvirt/libvirt.conf && nonroot hvsh uri
>>>
test:///default

>>>= 0

=== LIBVIRT_DEFAULT_URI beats uri_default
$ mkdir -p .config/libvirt && echo 'uri_default = "bogus:///"' >.config/libvirt/libvirt.conf && LIBVIRT_DEFAULT_URI=test:///default nonroot hvsh uri
>>>
test:///default

>>>= 0

=== VIRSH_DEFAULT_CONNECT_URI beats uri_default
$ mkdir -p .config/libvirt && echo 'uri_default = "bogus:///"' >.config/libvirt/libvirt.conf && VIRSH_DEFAULT_CONNECT_URI=test:///default nonroot hvsh uri
>>>
test:///default

>>>= 0

=== uri_default in single quotes
$ mkdir -p .config/libvirt && echo "uri_default='test:///default'" >.config/libvirt/libvirt.conf && nonroot hvsh uri
>>>
test:///default

>>>= 0

=== libvirt.conf: unquoted value
$ mkdir -p .config/libvirt && echo 'uri_default = test' >.config/libvirt/libvirt.conf && { nonroot hvsh uri 2>&1; echo "exit $?"; } | sed "s|$HOME|\$HOME|"
>>>
error: failed to connect to the hypervisor
error: configuration file syntax error: $HOME/.config/libvirt/libvirt.conf:1: expecting a value

exit 1
>>>= 0

=== libvirt.conf: uri_default of the wrong type
$ mkdir -p .config/libvirt && echo 'uri_default = 1' >.config/libvirt/libvirt.conf && { nonroot hvsh uri 2>&1; echo "exit $?"; } | sed "s|$HOME|\$HOME|"
>>>
error: failed to connect to the hypervisor
error: internal error: $HOME/.config/libvirt/libvirt.conf: expected a string for 'uri_default' parameter

exit 1
>>>= 0


# --- uri_aliases
=== alias with -c
$ mkdir -p .config/libvirt && echo 'uri_aliases = [ "tst=test:///default" ]' >.config/libvirt/libvirt.conf && nonroot hvsh -c tst uri
>>>
test:///default

>>>= 0

=== alias target keeps its query
$ mkdir -p .config/libvirt && echo 'uri_aliases = [ "tst=test:///default?a=b" ]' >.config/libvirt/libvirt.conf && nonroot hvsh -c tst uri
>>>
test:///default?a=b

>>>= 0

=== alias applies to uri_default
$ mkdir -p .config/libvirt && printf 'uri_default = "tst"\nuri_aliases = [\n  "tst=test:///default",\n]\n' >.config/libvirt/libvirt.conf && nonroot hvsh uri
>>>
test:///default

>>>= 0

=== alias applies to LIBVIRT_DEFAULT_URI
$ mkdir -p .config/libvirt && echo 'uri_aliases = [ "tst=test:///default" ]' >.config/libvirt/libvirt.conf && LIBVIRT_DEFAULT_URI=tst nonroot hvsh uri
>>>
test:///default

>>>= 0

=== alias applies to connect
$ mkdir -p .config/libvirt && echo 'uri_aliases = [ "tst=test:///default" ]' >.config/libvirt/libvirt.conf && nonroot hvsh -c test:///default 'connect tst; uri'
>>>

test:///default

>>>= 0

=== aliases do not chain
$ mkdir -p .config/libvirt && echo 'uri_aliases = [ "chain=tst", "tst=test:///default" ]' >.config/libvirt/libvirt.conf && nonroot hvsh -c chain uri
>>>2
error: failed to connect to the hypervisor
error: no connection driver available for URI 'chain' does not include a driver name
>>>= 1

=== first duplicate wins
$ mkdir -p .config/libvirt && echo 'uri_aliases = [ "tst=test:///default", "tst=bogus:///" ]' >.config/libvirt/libvirt.conf && nonroot hvsh -c tst uri
>>>
test:///default

>>>= 0

=== alias names are case-sensitive
$ mkdir -p .config/libvirt && echo 'uri_aliases = [ "tst=test:///default" ]' >.config/libvirt/libvirt.conf && nonroot hvsh -c TST uri
>>>2
error: failed to connect to the hypervisor
error: no connection driver available for URI 'TST' does not include a driver name
>>>= 1

=== malformed entry: no '='
$ mkdir -p .config/libvirt && echo 'uri_aliases = [ "noeq", "tst=test:///default" ]' >.config/libvirt/libvirt.conf && nonroot hvsh -c tst uri
>>>2
error: failed to connect to the hypervisor
error: configuration file syntax error: Malformed 'uri_aliases' config entry 'noeq', expected 'alias=uri://host/path'
>>>= 1

=== malformed entry breaks even full URIs
$ mkdir -p .config/libvirt && echo 'uri_aliases = [ "bad.name=test:///default" ]' >.config/libvirt/libvirt.conf && nonroot hvsh -c test:///default uri
>>>2
error: failed to connect to the hypervisor
error: configuration file syntax error: Malformed 'uri_aliases' config entry 'bad.name=test:///default', aliases may only contain 'a-Z, 0-9, _, -'
>>>= 1

=== entries after the match are not checked
$ mkdir -p .config/libvirt && echo 'uri_aliases = [ "tst=test:///default", "noeq" ]' >.config/libvirt/libvirt.conf && nonroot hvsh -c tst uri
>>>
test:///default

>>>= 0

=== uri_aliases of the wrong type
$ mkdir -p .config/libvirt && echo 'uri_aliases = "tst=test:///default"' >.config/libvirt/libvirt.conf && { nonroot hvsh -c test:///default uri 2>&1; echo "exit $?"; } | sed "s|$HOME|\$HOME|"
>>>
error: failed to connect to the hypervisor
error: internal error: $HOME/.config/libvirt/libvirt.conf: expected a string list for 'uri_aliases' parameter
exit 1
>>>= 0

# libvirt.conf is read as virsh reads it: a regular file of at most
# 10 MiB; a directory or a device is refused.
=== libvirt.conf: a directory
$ mkdir -p .config/libvirt/libvirt.conf && { nonroot hvsh -c test:///default uri 2>&1; echo "exit $?"; } | sed "s|$HOME|\$HOME|"
>>>
error: failed to connect to the hypervisor
error: Failed to read file '$HOME/.config/libvirt/libvirt.conf': Is a directory
exit 1
>>>= 0

=== libvirt.conf: a device is never read to its end
$ mkdir -p .config/libvirt && ln -s /dev/zero .config/libvirt/libvirt.conf && { nonroot hvsh -c test:///default uri 2>&1; echo "exit $?"; } | sed "s|$HOME|\$HOME|"
>>>
error: failed to connect to the hypervisor
error: Failed to read file '$HOME/.config/libvirt/libvirt.conf': Value too large for defined data type
exit 1
>>>= 0

=== libvirt.conf: over 10 MiB
$ mkdir -p .config/libvirt && truncate -s 11M .config/libvirt/libvirt.conf && { nonroot hvsh -c test:///default uri 2>&1; echo "exit $?"; } | sed "s|$HOME|\$HOME|"
>>>
error: failed to connect to the hypervisor
error: Failed to read file '$HOME/.config/libvirt/libvirt.conf': Value too large for defined data type
exit 1
>>>= 0

=== libvirt.conf: a FIFO nothing writes to
# hvsh-only (virsh waits for a writer for ever)
$ mkdir -p .config/libvirt && mkfifo -m 644 .config/libvirt/libvirt.conf && { nonroot hvsh -c test:///default uri 2>&1; echo "exit $?"; } | sed "s|$HOME|\$HOME|"
>>>
error: failed to connect to the hypervisor
error: Failed to read file '$HOME/.config/libvirt/libvirt.conf': nothing has the FIFO open for writing
exit 1
>>>= 0
