# 0100-options: the global options before the command.
# Expectations are virsh 9.0's unless marked hvsh-only.

# --- -c / --connect
=== -c URI
$ hvsh -c test:///default uri
>>>
test:///default

>>>= 0

=== --connect URI
$ hvsh --connect test:///default uri
>>>
test:///default

>>>= 0

=== --connect=URI
$ hvsh --connect=test:///default uri
>>>
test:///default

>>>= 0

=== -cURI attached
$ hvsh -ctest:///default uri
>>>
test:///default

>>>= 0

=== abbreviated long option
$ hvsh --conn test:///default uri
>>>
test:///default

>>>= 0

=== the last -c wins
$ hvsh -c bogus:/// -c test:///default uri
>>>
test:///default

>>>= 0

=== -c without an argument
$ hvsh -c
>>>2
error: option '-c'/'--connect' requires an argument
>>>= 1

=== --connect without an argument
$ hvsh --connect
>>>2
error: option '-c'/'--connect' requires an argument
>>>= 1

=== a failed -c fails even commands needing no connection
$ hvsh -c bogus:///?socket=/nonexistent/sock echo x
>>>2
error: failed to connect to the hypervisor
error: Failed to connect socket to '/nonexistent/sock': No such file or directory
>>>= 1

=== '--' ends the global options
$ hvsh -c test:///default -q -- uri
>>>
test:///default
>>>= 0

=== options stop at the first non-option word
$ hvsh -c test:///default uri -q
>>>2
error: unexpected data '-q'
>>>= 1


# --- unknown options
=== unknown short option
$ hvsh -x
>>>2
error: unsupported option '-x'. See --help.
>>>= 1

=== unknown long option
$ hvsh --bogus
>>>2
error: unsupported option '--bogus'. See --help.
>>>= 1


# --- -q / --quiet
=== -q drops the extra newline
$ hvsh -q -c test:///default domid test
>>>
1
>>>= 0

=== --quiet drops table headers
$ hvsh --quiet -c test:///default list
>>>
 1   test   running
>>>= 0

=== -q drops informational lines
$ hvsh -q -c test:///default 'suspend test; resume test; domstate test'
>>>
running
>>>= 0

=== -q: echo output has no newline at all
$ hvsh -q -c test:///default 'echo hi; echo there'
>>>
hithere
\no-newline
>>>= 0

=== informational lines without -q
$ hvsh -c test:///default 'suspend test; resume test'
>>>
Domain 'test' suspended

Domain 'test' resumed

>>>= 0


# --- -r / --readonly
=== -r refuses changes
$ hvsh -r -c test:///default destroy test
>>>

>>>2
error: Failed to destroy domain 'test'
error: operation forbidden: read only access prevents virDomainDestroy
>>>= 1

=== --readonly allows reading
$ hvsh --readonly -c test:///default domstate test
>>>
running

>>>= 0

=== --read abbreviated
$ hvsh --read -c test:///default 'destroy test'
>>>

>>>2
error: Failed to destroy domain 'test'
error: operation forbidden: read only access prevents virDomainDestroy
>>>= 1


# --- -t / --timing: the time varies, so look at the shape only
=== -t prints the time after each command
$ hvsh -t -c test:///default 'domid test; echo hi' | sed 's/^(Time: [0-9]*\.[0-9][0-9][0-9] ms)$/(Time: T)/'
>>>
1

(Time: T)

hi
(Time: T)

>>>= 0

=== -t is printed even with -q
$ hvsh -t -q -c test:///default 'domid test' | sed 's/^(Time: [0-9]*\.[0-9][0-9][0-9] ms)$/(Time: T)/'
>>>
1

(Time: T)

>>>= 0


# --- -d / --debug
=== -d takes a number
$ hvsh -d x -c test:///default uri
>>>2
error: option -d takes a numeric argument
>>>= 1

=== --debug takes a number
$ hvsh --debug x -c test:///default uri
>>>2
error: option --debug takes a numeric argument
>>>= 1

=== -d out of range is ignored
$ hvsh -d 5 -c test:///default uri
>>>
test:///default

>>>2
error: ignoring debug level 5 out of range [0-4]
>>>= 0

=== -d -1 out of range
$ hvsh -d -1 -c test:///default uri
>>>
test:///default

>>>2
error: ignoring debug level -1 out of range [0-4]
>>>= 0


# --- -e / --escape
=== -e one character
$ hvsh -e x -c test:///default uri
>>>
test:///default

>>>= 0

=== -e caret letter
$ hvsh -e ^a -c test:///default uri
>>>
test:///default

>>>= 0

=== -e too long
$ hvsh -e abc -c test:///default uri
>>>2
error: Invalid string 'abc' for escape sequence
>>>= 1

=== -e lone caret
$ hvsh -e ^ -c test:///default uri
>>>2
error: Invalid string '^' for escape sequence
>>>= 1

=== -e caret digit
$ hvsh -e ^1 -c test:///default uri
>>>2
error: Invalid string '^1' for escape sequence
>>>= 1

=== -e empty
$ hvsh -e '' -c test:///default uri
>>>2
error: Invalid string '' for escape sequence
>>>= 1


# --- -k / -K keepalive
=== -k 0 disables keepalive
$ hvsh -k 0 -c test:///default uri
>>>
test:///default

>>>= 0

=== -k not a number
$ hvsh -k x -c test:///default uri
>>>2
error: Invalid value for option -k
>>>= 1

=== -k negative
$ hvsh -k -1 -c test:///default uri
>>>2
error: option -k requires a positive integer argument
>>>= 1

=== --keepalive-interval negative
$ hvsh --keepalive-interval -1 -c test:///default uri
>>>2
error: option --keepalive-interval requires a positive integer argument
>>>= 1

=== -K not a number
$ hvsh -K x -c test:///default uri
>>>2
error: Invalid value for option -K
>>>= 1

=== --keepalive-count negative
$ hvsh --keepalive-count -1 -c test:///default uri
>>>2
error: option --keepalive-count requires a positive integer argument
>>>= 1

=== -K asks for keepalive the test driver lacks
# local-only: libvirtd's test driver has keepalive, in process it has none
$ hvsh -K 3 -c test:///default uri
>>>2
error: Cannot setup keepalive on connection as requested, disconnecting
error: failed to connect to the hypervisor
error: this function is not supported by the connection driver: virConnectSetKeepAlive
>>>= 1

=== -k above 0 asks for keepalive too
# local-only: libvirtd's test driver has keepalive, in process it has none
$ hvsh -k 5 -c test:///default uri
>>>2
error: Cannot setup keepalive on connection as requested, disconnecting
error: failed to connect to the hypervisor
error: this function is not supported by the connection driver: virConnectSetKeepAlive
>>>= 1

=== keepalive not asked for: its failure is only a debug line
# local-only: libvirtd's test driver has keepalive, in process it has none
$ hvsh -d 0 -c test:///default uri 2>&1
>>>
commands: "uri"
Failed to setup keepalive on connection
test:///default

>>>= 0

=== -k 0 -K 5 works
$ hvsh -k 0 -K 5 -c test:///default uri
>>>
test:///default

>>>= 0


# --- -l / --log and VIRSH_LOG_FILE
=== -l to a file that cannot be opened
$ hvsh -l /nonexistent/dir/log -c test:///default uri
>>>2
error: failed to open the log file. check the log file path
>>>= 1

=== -l appends errors to the log
$ hvsh -l log -c test:///default 'domid nosuch'; echo "exit $?"; sed 's/^\[[^]]*\] /[T] /' log
>>>

exit 1
[T] ERROR failed to get domain 'nosuch'
>>>2
error: failed to get domain 'nosuch'
>>>= 0

=== VIRSH_LOG_FILE is used without -l
$ VIRSH_LOG_FILE=log2 hvsh -c test:///default 'domid nosuch'; echo "exit $?"; sed 's/^\[[^]]*\] /[T] /' log2
>>>

exit 1
[T] ERROR failed to get domain 'nosuch'
>>>2
error: failed to get domain 'nosuch'
>>>= 0


# --- VIRSH_DEBUG
=== VIRSH_DEBUG invalid
$ VIRSH_DEBUG=x hvsh -c test:///default uri
>>>
test:///default

>>>2
error: VIRSH_DEBUG not set with a valid numeric value
error: VIRSH_DEBUG not set with a valid numeric value
>>>= 0


# --- VIRSH_HISTSIZE is only read interactively
=== VIRSH_HISTSIZE bad, one-shot: ignored
$ VIRSH_HISTSIZE=x hvsh -c test:///default uri
>>>
test:///default

>>>= 0


# --- -v / -V / --version
=== -v prints the version
$ hvsh -v
>>>
9.0.0
>>>= 0

=== --version is short
$ hvsh --version
>>>
9.0.0
>>>= 0

=== --version=short
$ hvsh --version=short
>>>
9.0.0
>>>= 0

=== --version=bad is short too
$ hvsh --version=bad
>>>
9.0.0
>>>= 0

=== -v wins over everything after it
$ hvsh -v -c bogus:/// nosuchcmd
>>>
9.0.0
>>>= 0


=== -V lists what this build has
# hvsh-only (hvsh's own banner; the test driver and line editing only)
$ hvsh -V | sed 1,2d
>>>

Compiled with support for:
 Hypervisors: Test
 Miscellaneous: Readline
>>>= 0

=== --version=long is -V
# hvsh-only (hvsh's own banner)
$ hvsh --version=long | tail -n 2
>>>
 Hypervisors: Test
 Miscellaneous: Readline
>>>= 0
