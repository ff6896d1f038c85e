# 1100-connect: the connect command and the life of a connection.
# Expectations are virsh 9.0's.

=== connect with a positional URI
$ hvsh -c test:///default 'connect test:///default; uri'
>>>

test:///default

>>>= 0

=== connect --name
$ hvsh -c test:///default 'connect --name test:///default; uri'
>>>

test:///default

>>>= 0

=== connect without -c first
$ hvsh 'connect test:///default; uri'
>>>

test:///default

>>>= 0

=== connect with no name reconnects to the same URI
$ hvsh -c 'test:///default?a=b' 'connect; uri'
>>>

test:///default?a=b

>>>= 0

=== connect resets test:///default
$ hvsh -c test:///default 'destroy test; connect test:///default; domstate test'
>>>
Domain 'test' destroyed


running

>>>= 0

=== connect prints nothing but the newline
$ hvsh -c test:///default 'connect test:///default'
>>>

>>>= 0

=== failed connect: two errors, exit 1
$ hvsh -c test:///default 'connect bogus:///?socket=/nonexistent/sock'
>>>

>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 1

=== failed connect keeps the old URI
$ hvsh -c test:///default 'connect bogus:///?socket=/nonexistent/sock; uri'
>>>

test:///default

>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 0

=== failed connect then connect with no name
$ hvsh -c test:///default 'connect bogus:///?socket=/nonexistent/sock; connect; uri'
>>>


test:///default

>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 0

=== connect --readonly refuses changes
$ hvsh -c test:///default 'connect --readonly test:///default; destroy test'
>>>


>>>2
error: Failed to destroy domain 'test'
error: operation forbidden: read only access prevents virDomainDestroy
>>>= 1

=== connect --readonly still reads
$ hvsh -c test:///default 'connect --readonly test:///default; domstate test'
>>>

running

>>>= 0

=== connect without --readonly undoes -r
$ hvsh -r -c test:///default 'connect test:///default; destroy test'
>>>

Domain 'test' destroyed

>>>= 0

=== connect --readonly without a name
$ hvsh -c test:///default 'connect --readonly; destroy test'
>>>


>>>2
error: Failed to destroy domain 'test'
error: operation forbidden: read only access prevents virDomainDestroy
>>>= 1

=== connect to an empty string
$ LIBVIRT_DEFAULT_URI=test:///default hvsh "connect ''; uri"
>>>

test:///default

>>>= 0

=== connect: unknown option
$ hvsh -c test:///default 'connect --bogus'
>>>2
error: command 'connect' doesn't support option --bogus
>>>= 1

=== connect: extra data
$ hvsh -c test:///default 'connect test:///default extra'
>>>2
error: unexpected data 'extra'
>>>= 1

=== connect to a URI that does not parse
$ hvsh -c test:///default "connect 'test://exa mple.com/'"
>>>

>>>2
error: failed to connect to the hypervisor
error: internal error: Unable to parse URI test://exa mple.com/
>>>= 1

=== connect to qemu://system
$ hvsh -c test:///default 'connect qemu://system'
>>>

>>>2
error: failed to connect to the hypervisor
error: internal error: invalid URI qemu://system (maybe you want qemu:///system)
>>>= 1

=== connect to a missing node file
# hvsh-only (libxml2 never prints its own warnings in hvsh)
$ hvsh -c test:///default 'connect test:///nonexistent/node.xml'
>>>

>>>2
error: failed to connect to the hypervisor
error: XML error: failed to parse xml document '/nonexistent/node.xml'
>>>= 1

=== commands needing no connection do not connect
$ hvsh 'echo x; help quit' >/dev/null; echo "exit $?"
>>>
exit 0
>>>= 0

=== lazy connect fails per command, the next retries
$ VIRSH_DEFAULT_CONNECT_URI=bogus:///?socket=/nonexistent/sock hvsh 'uri; uri'
>>>


>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 1

=== lazy connect: a later connect fixes it
$ VIRSH_DEFAULT_CONNECT_URI=bogus:///?socket=/nonexistent/sock hvsh 'uri; connect test:///default; uri'
>>>


test:///default

>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 0

=== -r with a failed -c
$ hvsh -r -c bogus:///?socket=/nonexistent/sock uri
>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 1

=== readonly domain change messages
$ hvsh -r -c test:///default 'suspend test; shutdown test; start test'
>>>



>>>2
error: Failed to suspend domain 'test'
error: operation forbidden: read only access prevents virDomainSuspend
error: Failed to shutdown domain 'test'
error: operation forbidden: read only access prevents virDomainShutdown
error: Domain is already active
>>>= 1

=== two shells do not share test:///default
$ hvsh -c test:///default 'destroy test' >/dev/null; hvsh -c test:///default 'domstate test'
>>>
running

>>>= 0


