# 9000-consistency: the command tables against themselves and the docs.

=== self-test: the tables are consistent
$ hvsh self-test
>>>

>>>= 0

=== self-test needs no connection
$ VIRSH_DEFAULT_CONNECT_URI=bogus:/// hvsh self-test
>>>

>>>= 0

=== self-test is hidden from help
$ hvsh help | grep -c self-test || :
>>>
0
>>>= 0

=== every command in help is in the man page, and the reverse
# hvsh-only: our man page
$ "$HVSH_SRCDIR/tests/man-check" hvsh "$HVSH_SRCDIR/man/hvsh.1" | tail -n 1 | sed 's/^[0-9]* commands/N commands/'
>>>
N commands, 0 differences
>>>= 0

=== the man-page check fails when a command is missing
# hvsh-only: checks the checker
$ sed '/^\.B echo$/d' "$HVSH_SRCDIR/man/hvsh.1" >m.1; "$HVSH_SRCDIR/tests/man-check" hvsh m.1 >out; echo "exit $?"; grep -v commands out
>>>
exit 1
missing from the man page: echo
>>>= 0

=== help lists the group of shell commands
$ hvsh help virsh | sed -n '1p; s/^    \([a-z-]*\) .*/\1/p'
>>>
 Virsh itself (help keyword 'virsh'):
cd
echo
exit
help
pwd
quit
connect
>>>= 0

=== doc/design.md names every file of the tree
# hvsh-only: our design document
$ "$HVSH_SRCDIR/tests/design-check" "$HVSH_SRCDIR" | tail -n 1 | sed 's/^[0-9]* files/N files/'
>>>
N files, 0 missing
>>>= 0

=== the design check fails when a file is missing from doc/design.md
# hvsh-only: checks the checker
$ sed 's/test_host\.c//; s/uri\.\[ch\]//' "$HVSH_SRCDIR/doc/design.md" >d.md; "$HVSH_SRCDIR/tests/design-check" "$HVSH_SRCDIR" d.md >out; echo "exit $?"; grep -v ' files, ' out | sed 's|^missing from [^:]*: |missing: |'
>>>
exit 1
missing: src/drivers/test/test_host.c
missing: src/uri.c
missing: src/uri.h
>>>= 0
