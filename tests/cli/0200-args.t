# 0200-args: how commands read their arguments.  Values are checked when
# the command reads them, in virsh's order: mostly the object first (a
# domain, pool, network...), then the other options, so of two bad
# values the same one is reported.  Every option that takes a value may
# be filled by a data word unless virsh marks it named-only.
# Expectations are virsh 9.0's (tests/run-cli --virsh checks them).

# --- domhostname takes its source as the second data word
=== domhostname: source as a data word
$ hvsh -c test:///default domhostname test lease
>>>

>>>2
error: failed to get hostname
error: unsupported flags (0x1) in function testDomainGetHostname
>>>= 1

=== domhostname: unknown source as a data word
$ hvsh -c test:///default domhostname test extra
>>>

>>>2
error: Unknown data source 'extra'
>>>= 1

=== domhostname: the domain is looked up before the source is read
$ hvsh -c test:///default domhostname x extra
>>>

>>>2
error: failed to get domain 'x'
>>>= 1

=== domhostname: empty source
$ hvsh -c test:///default domhostname test ''
>>>

>>>2
error: Failed to get option 'source': Option argument is empty
>>>= 1

=== domhostname: empty domain, the word fills --source
$ hvsh -c test:///default domhostname --domain= x
>>>

>>>2
error: Failed to get option 'domain': Option argument is empty
>>>= 1

=== domhostname: a third data word
$ hvsh -c test:///default domhostname test lease extra
>>>2
error: unexpected data 'extra'
>>>= 1


# --- save and restore take --xml as a data word
=== save: third data word is the XML file
# hvsh-only: virsh 9.0's save now and then hangs when its job fails
$ hvsh -c test:///default save test s.img extra
>>>

>>>2
error: Failed to open file 'extra': No such file or directory
>>>= 1

=== save: the domain comes first
# hvsh-only: virsh 9.0's save now and then hangs when its job fails
$ hvsh -c test:///default save x x extra
>>>

>>>2
error: failed to get domain 'x'
>>>= 1

=== save: empty file after the domain
# hvsh-only: virsh 9.0's save now and then hangs when its job fails
$ hvsh -c test:///default save --file= x
>>>

>>>2
error: failed to get domain 'x'
>>>= 1

=== save: empty file
# hvsh-only: virsh 9.0's save now and then hangs when its job fails
$ hvsh -c test:///default save test ''
>>>

>>>2
error: Failed to get option 'file': Option argument is empty
>>>= 1

=== restore: second data word is the XML file
$ hvsh -c test:///default restore f extra
>>>

>>>2
error: Failed to open file 'extra': No such file or directory
>>>= 1

=== restore: empty XML file
$ hvsh -c test:///default restore f --xml ''
>>>

>>>2
error: Failed to get option 'xml': Option argument is empty
>>>= 1

=== restore: empty file, the word fills --file
$ hvsh -c test:///default restore --file= x
>>>

>>>2
error: Failed to get option 'file': Option argument is empty
>>>= 1


# --- reboot and shutdown read --mode before the domain
=== reboot: empty domain, the word fills --mode
$ hvsh -c test:///default reboot --domain= x
>>>

>>>2
error: Unknown mode x value, expecting 'acpi', 'agent', 'initctl', 'signal' or 'paravirt'
>>>= 1

=== shutdown: empty domain, the word fills --mode
$ hvsh -c test:///default shutdown --domain= x
>>>

>>>2
error: Unknown mode x value, expecting 'acpi', 'agent', 'initctl', 'signal', or 'paravirt'
>>>= 1

=== reboot: empty domain
$ hvsh -c test:///default reboot ''
>>>

>>>2
error: Failed to get option 'domain': Option argument is empty
>>>= 1

=== shutdown: empty domain
$ hvsh -c test:///default shutdown ''
>>>

>>>2
error: Failed to get option 'domain': Option argument is empty
>>>= 1

=== reboot: bad mode and missing domain
$ hvsh -c test:///default reboot nosuch bogus
>>>

>>>2
error: Unknown mode bogus value, expecting 'acpi', 'agent', 'initctl', 'signal' or 'paravirt'
>>>= 1


# --- dumpxml commands: an empty --xpath fails without a message
=== dumpxml: empty xpath
$ hvsh -c test:///default dumpxml test --xpath ''
>>>

>>>= 1

=== dumpxml: the domain comes first
$ hvsh -c test:///default dumpxml --xpath= x
>>>

>>>2
error: failed to get domain 'x'
>>>= 1

=== net-dumpxml: empty xpath
$ hvsh -c test:///default net-dumpxml default --xpath ''
>>>

>>>= 1

=== net-dumpxml: the network comes first
$ hvsh -c test:///default net-dumpxml --xpath= x
>>>

>>>2
error: failed to get network 'x'
error: Network not found: no network with matching name 'x'
>>>= 1

=== pool-dumpxml: the pool comes first
$ hvsh -c test:///default pool-dumpxml --xpath= x
>>>

>>>2
error: failed to get pool 'x'
error: Storage pool not found: no storage pool with matching name 'x'
>>>= 1

=== vol-dumpxml: the volume comes first
$ hvsh -c test:///default vol-dumpxml --xpath= x
>>>

>>>2
error: failed to get vol 'x', specifying --pool might help
error: Storage volume not found: no storage vol with matching path 'x'
>>>= 1

=== iface-dumpxml: the interface comes first
$ hvsh -c test:///default iface-dumpxml --xpath= x
>>>

>>>2
error: failed to get interface 'x'
error: Interface not found: no interface with matching name 'x'
>>>= 1

=== iface-dumpxml: empty xpath
$ hvsh -c test:///default iface-dumpxml eth1 --xpath ''
>>>

>>>= 1

=== nodedev-dumpxml: --xpath is read before the device
$ hvsh -c test:///default nodedev-dumpxml --xpath= x
>>>

>>>= 1

=== nodedev-dumpxml: unknown device
$ hvsh -c test:///default nodedev-dumpxml x
>>>

>>>2
error: Could not find matching device 'x'
error: Node device not found: no node device with matching name 'x'
>>>= 1


# --- options read after the object
=== undefine: empty --storage is as if not given
$ hvsh -c test:///default undefine test --storage ''
>>>
Domain 'test' has been undefined

>>>= 0

=== undefine: the domain comes first
$ hvsh -c test:///default undefine --storage= x
>>>

>>>2
error: failed to get domain 'x'
>>>= 1

=== vol-create: the pool comes first
$ hvsh -c test:///default vol-create --file= x
>>>

>>>2
error: failed to get pool 'x'
error: Storage pool not found: no storage pool with matching name 'x'
>>>= 1

=== vol-create: empty file after the pool
$ hvsh -c test:///default vol-create test ''
>>>

>>>2
error: failed to get pool 'test'
error: Storage pool not found: no storage pool with matching name 'test'
>>>= 1

=== vol-create-as: empty name
$ hvsh -c test:///default vol-create-as default-pool '' 1
>>>

>>>2
error: Failed to get option 'name': Option argument is empty
>>>= 1

=== vol-create-as: empty format
$ hvsh -c test:///default vol-create-as default-pool v 1 --format ''
>>>

>>>2
error: Failed to get option 'format': Option argument is empty
>>>= 1

=== vol-create-as: bad allocation before empty format
$ hvsh -c test:///default vol-create-as default-pool v 1 --format '' --allocation x
>>>

>>>2
error: Malformed size x
>>>= 1

=== pool-list: empty type
$ hvsh -c test:///default pool-list --type ''
>>>

>>>2
error: Failed to get option 'type': Option argument is empty
>>>= 1

=== maxvcpus: empty type
$ hvsh -c test:///default maxvcpus --type ''
>>>

>>>2
error: Failed to get option 'type': Option argument is empty
>>>= 1

=== cd: refused outside the interactive shell before its argument is read
$ hvsh -c test:///default cd ''
>>>

>>>2
error: cd: command valid only in interactive mode
>>>= 1


# --- help reports a repeated option and goes on with the first value
=== help: repeated option, unknown first value
$ hvsh -c test:///default help --command x --command y
>>>

>>>2
error: option --command already seen
error: command or command group 'x' doesn't exist
>>>= 1

=== help: repeated option, the help still shows
$ hvsh -c test:///default 'echo a; help --command=uri --command=y; echo b' | grep -c uri
>>>
2
>>>2
error: option --command already seen
>>>= 0

=== help: repeated option, its value word is ignored
$ hvsh -c test:///default help --command uri --command y >/dev/null
>>>2
error: option --command already seen
>>>= 0


# --- cd in the interactive shell: an empty directory is as if not given
=== cd: empty directory goes home, like no directory
$ printf "cd /\ncd ''\npwd\ncd /\ncd --dir ''\npwd\ncd /\ncd\npwd\n" | hvsh -q -c test:///default | grep -c "^$HOME\$"
>>>
3
>>>= 0

