# 0300-output-history: output that cannot be written, and the files the
# interactive shell keeps ($XDG_CACHE_HOME/hvsh/history).  Through a pipe
# the shell reads the history file when it leaves and writes it back with
# the lines it read appended.

# --- standard output that cannot be written
=== stdout on a full device: one error, status 1
# hvsh-only: virsh says nothing and exits 0
$ hvsh -c test:///default list >/dev/full
>>>2
error: failed to write to standard output: No space left on device
>>>= 1

=== stdout closed: one error, status 1
# hvsh-only: virsh says nothing and exits 0
$ hvsh -c test:///default list >&-
>>>2
error: failed to write to standard output: Bad file descriptor
>>>= 1

=== --help on a full device
# hvsh-only: virsh says nothing and exits 0
$ hvsh --help >/dev/full
>>>2
error: failed to write to standard output: No space left on device
>>>= 1

=== interactive from a pipe, stdout on a full device
# hvsh-only: virsh says nothing and exits 0
$ hvsh -c test:///default >/dev/full
<<<
list
>>>2
error: failed to write to standard output: No space left on device
>>>= 1

=== a failing command keeps its own error before the output error
# hvsh-only: virsh has only the first error, and status 1 either way
$ hvsh -c test:///default 'list; dominfo nosuch' >/dev/full
>>>2
error: failed to get domain 'nosuch'
error: failed to write to standard output: No space left on device
>>>= 1

=== a closed stdout with nothing to print is no error
$ hvsh -q -c test:///default 'echo' >&- && echo fine >&2
>>>2
fine
>>>= 0

=== the reader goes away: head -1 ends the pipe quietly
$ hvsh -c test:///default 'list --all' | head -1
>>>
 Id   Name   State
>>>= 0

=== the reader goes away mid-output: killed by SIGPIPE, nothing said
$ cmds=$(for i in $(seq 3000); do printf 'list --all;'; done)
$ { hvsh -c test:///default "$cmds"; echo "status $?" >&2; } | head -1
>>>
 Id   Name   State
>>>2
status 141
>>>= 0

=== the reader goes away with SIGPIPE ignored: EPIPE is not reported
$ trap '' PIPE
$ cmds=$(for i in $(seq 3000); do printf 'list --all;'; done)
$ { hvsh -c test:///default "$cmds"; echo "status $?" >&2; } | head -1
>>>
 Id   Name   State
>>>2
status 0
>>>= 0

# --- the history file
=== the history file gets the lines read
# hvsh-only: virsh keeps its history in $XDG_CACHE_HOME/virsh/history
$ hvsh -q -c test:///default >/dev/null
$ cat .cache/hvsh/history; ls -l .cache/hvsh | cut -c1-10
<<<
echo one
echo two
>>>
echo one
echo two
total 4
-rw-------
>>>= 0

=== a relative XDG_CACHE_HOME is ignored: nothing is made in the cwd
# hvsh-only: virsh makes ./rel/dir/virsh/history
$ XDG_CACHE_HOME=rel/dir hvsh -q -c test:///default >/dev/null
$ ls -A; cat .cache/hvsh/history
<<<
echo one
>>>
.cache
echo one
>>>= 0

=== a history directory that cannot be written: one error, status 0
# hvsh-only: virsh says nothing when the directory exists
$ mkdir -p .cache/hvsh && echo old > .cache/hvsh/history && chmod 555 .cache/hvsh
$ nonroot hvsh -q -c test:///default 2>err >/dev/null; echo "status $?"
$ sed "s|$PWD/||" err; cat .cache/hvsh/history
<<<
echo one
>>>
status 0
error: Failed to write history file '.cache/hvsh/history': Permission denied
old
>>>= 0

=== a history directory that cannot be made: virsh's error, status 0
# hvsh-only: the directory virsh names is .cache/virsh
$ mkdir .cache && chmod 555 .cache
$ nonroot hvsh -q -c test:///default 2>err >/dev/null; echo "status $?"
$ sed "s|$PWD/||" err; ls -A .cache
<<<
echo one
>>>
status 0
error: Failed to create '.cache/hvsh': Permission denied
>>>= 0

=== a history file that is a symbolic link: not read, not written through
# hvsh-only: virsh reads and writes through the link
$ mkdir -p .cache/hvsh && echo 'echo precious' > secret && ln -s ../../secret .cache/hvsh/history
$ hvsh -q -c test:///default >/dev/null
$ cat secret; test -L .cache/hvsh/history || echo "the link was replaced"
$ cat .cache/hvsh/history
<<<
echo new
>>>
echo precious
the link was replaced
echo new
>>>= 0

=== the history file is replaced whole: no temporary left beside it
# hvsh-only: virsh keeps its history in $XDG_CACHE_HOME/virsh/history
$ mkdir -p .cache/hvsh && echo 'echo old' > .cache/hvsh/history
$ hvsh -q -c test:///default >/dev/null
$ ls -A .cache/hvsh; cat .cache/hvsh/history
<<<
echo new
>>>
history
echo old
echo new
