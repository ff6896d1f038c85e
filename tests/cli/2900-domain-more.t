# 2900-domain-more: save, restore, managedsave, managedsave-remove,
# domhostname, dommemstat, domblkinfo, desc, edit, net-edit, pool-edit.
# Expectations are virsh 9.0's, recorded by running it on test:///default,
# except where a case says hvsh-only.  Editor cases set EDITOR to a
# non-interactive command; the temporary file's random name is masked as
# TMP.xml (virsh calls it virshXXXXXX.xml, hvsh hvshXXXXXX.xml).  The
# re-edit prompt on a terminal ("Failed. Try again? [y,n,i,f,?]: ") needs a
# pty and is not covered here.  virsh 9.0 now and then hangs after a save
# job (its job-watching thread), so run-cli --virsh may time out on a
# save or managedsave case: rerun it.

# --- save and restore
=== save then restore: states, reasons, new ID
$ hvsh -c test:///default 'save test s.img; list --all; domstate --reason test; restore s.img; list --all; domstate --reason test'
>>>

Domain 'test' saved to s.img

 Id   Name   State
-----------------------
 -    test   shut off

shut off (saved)

Domain restored from s.img

 Id   Name   State
----------------------
 2    test   running

running (restored)

>>>= 0

=== the save file: magic, native-endian length, then the XML
$ hvsh -c test:///default 'save test s.img' >/dev/null && head -c 15 s.img | od -An -c && test $(od -An -tu4 -j15 -N4 s.img) -eq $(tail -c +20 s.img | wc -c) && echo length ok && tail -c +20 s.img | head -3
>>>
   T   e   s   t   G   u   e   s   t   M   a   g   i   c  \0
length ok
<domain type='test' id='1'>
  <name>test</name>
  <uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>
>>>= 0

=== save by ID and by UUID names the domain as typed
$ hvsh -c test:///default 'save 1 a.img; restore a.img; save 6695eb01-f6a4-8304-79aa-97f2502e193f b.img'
>>>

Domain '1' saved to a.img

Domain restored from a.img


Domain '6695eb01-f6a4-8304-79aa-97f2502e193f' saved to b.img

>>>= 0

=== save with named options
$ hvsh -c test:///default 'save --domain test --file s.img; restore --file s.img'
>>>

Domain 'test' saved to s.img

Domain restored from s.img

>>>= 0

=== save of a domain that is not running
$ hvsh -c test:///default 'save test s.img; save test s2.img'
>>>

Domain 'test' saved to s.img


>>>2
error: Failed to save domain 'test' to s2.img
error: Requested operation is not valid: domain is not running
>>>= 1

=== save into a missing directory
$ hvsh -c test:///default 'save test /nonexistent/dir/x.img'
>>>

>>>2
error: Failed to save domain 'test' to /nonexistent/dir/x.img
error: saving domain 'test' to '/nonexistent/dir/x.img': open failed: No such file or directory
>>>= 1

=== save to a device that fails: virsh's errors, and the device stays
# local-only: libvirtd's test driver removes the file it failed to write
# hvsh-only: virsh's test driver unlinks the path after the failed write,
# which removes the device node (as root, 'save test /dev/full' deletes
# /dev/full); hvsh writes a device in place and never removes it.
# As root a full device of our own is made; else a link to /dev/full.
$ mknod full c 1 7 2>/dev/null || ln -s /dev/full full
$ hvsh -c test:///default 'save test full' 2>err; echo "status $?"
$ sed "s|$PWD/||" err
$ test -c full && echo "full is still a character device"
$ hvsh -c test:///default 'domstate test'
>>>

status 1
error: Failed to save domain 'test' to full
error: saving domain 'test' to 'full': write failed: No space left on device
full is still a character device
running

=== save into a read-only directory fails and leaves the old image
# local-only: the daemon writes as its own user, not the client's
# As nobody when run as root, so that the mode counts.
$ mkdir ro && echo old > ro/img && chmod 555 ro
$ nonroot hvsh -c test:///default 'save test ro/new' 2>err; echo "status $?"
$ sed "s|$PWD/||" err; ls ro; cat ro/img
>>>

status 1
error: Failed to save domain 'test' to ro/new
error: saving domain 'test' to 'ro/new': open failed: Permission denied
img
old
=== save over a writable file in a read-only directory writes it in place
$ mkdir ro && echo old > ro/img && chmod 666 ro/img && chmod 555 ro
$ nonroot hvsh -c test:///default 'save test ro/img; restore ro/img; list'; echo "status $?"
$ ls ro
>>>

Domain 'test' saved to ro/img

Domain restored from ro/img

 Id   Name   State
----------------------
 2    test   running

status 0
img
=== save replaces a file whole, through a link the user named
$ echo old > real && ln -s real link
$ hvsh -c test:///default 'save test link; restore real; list'
$ test -L link && echo "link is still a link"; ls -A
>>>

Domain 'test' saved to link

Domain restored from real

 Id   Name   State
----------------------
 2    test   running

link is still a link
link
real
=== save of an unknown domain
$ hvsh -c test:///default 'save nosuch s.img'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

=== save without a file is a parse error
$ hvsh -c test:///default 'save test'
>>>2
error: command 'save' requires <file> option
>>>= 1

=== save with an empty file name
$ hvsh -c test:///default 'save test ""'
>>>

>>>2
error: Failed to get option 'file': Option argument is empty
>>>= 1

=== save --verbose draws the finished progress on stderr
$ hvsh -c test:///default 'save test s.img --verbose'
>>>

Domain 'test' saved to s.img

>>>2
Save: [100 %]
\no-newline
>>>= 0

=== save --verbose under -q: the progress stays
$ hvsh -q -c test:///default 'save test s.img --verbose; restore s.img'
>>>2
Save: [100 %]
\no-newline
>>>= 0

=== save flags the test driver refuses
$ hvsh -c test:///default 'save test a.img --bypass-cache; save test b.img --running; save test c.img --paused'
>>>



>>>2
error: Failed to save domain 'test' to a.img
error: unsupported flags (0x1) in function testDomainSaveFlags
error: Failed to save domain 'test' to b.img
error: unsupported flags (0x2) in function testDomainSaveFlags
error: Failed to save domain 'test' to c.img
error: unsupported flags (0x4) in function testDomainSaveFlags
>>>= 1

=== save --running --paused are exclusive (checked before the driver)
$ hvsh -c test:///default 'save test s.img --running --paused'
>>>

>>>2
error: Failed to save domain 'test' to s.img
error: Flags 'VIR_DOMAIN_SAVE_RUNNING' and 'VIR_DOMAIN_SAVE_PAUSED' are mutually exclusive
>>>= 1

=== save --xml with a missing file: only the file's error
$ hvsh -c test:///default 'save test s.img --xml nosuch.xml'
>>>

>>>2
error: Failed to open file 'nosuch.xml': No such file or directory
>>>= 1

=== save --xml with a file: the driver cannot change the XML
$ hvsh -c test:///default 'save test s.img --xml /etc/hostname'
>>>

>>>2
error: Failed to save domain 'test' to s.img
error: argument unsupported: xml modification unsupported
>>>= 1

=== save --xml with a flag: the driver refuses the flag before the XML
$ hvsh -c test:///default 'save test s.img --xml /etc/hostname --running'
>>>

>>>2
error: Failed to save domain 'test' to s.img
error: unsupported flags (0x2) in function testDomainSaveFlags
>>>= 1

=== restore of a missing file (the path is made absolute)
$ hvsh -c test:///default 'restore nosuch.img' 2>&1 | sed "s|$PWD|CWD|"
>>>
error: Failed to restore domain from nosuch.img
error: cannot read domain image 'CWD/nosuch.img': No such file or directory

>>>= 0

=== restore of something that is no save file
# local-only: libvirtd's test driver words a short file with a stale errno
$ echo junk > j.img && hvsh -c test:///default 'restore j.img' 2>&1 | sed "s|$PWD|CWD|"
>>>
error: Failed to restore domain from j.img
error: incomplete save header in 'CWD/j.img': Success

>>>= 0

=== restore of a directory
$ hvsh -c test:///default 'restore /'
>>>

>>>2
error: Failed to restore domain from /
error: incomplete save header in '/': Is a directory
>>>= 1

=== restore twice: the domain is already active
$ hvsh -c test:///default 'save test s.img; restore s.img; restore s.img'
>>>

Domain 'test' saved to s.img

Domain restored from s.img


>>>2
error: Failed to restore domain from s.img
error: Requested operation is not valid: domain 'test' is already active
>>>= 1

=== restore flags the test driver refuses
$ hvsh -c test:///default 'save test s.img; restore s.img --bypass-cache; restore s.img --running; restore s.img --paused; restore s.img --reset-nvram'
>>>

Domain 'test' saved to s.img





>>>2
error: Failed to restore domain from s.img
error: unsupported flags (0x1) in function testDomainRestoreFlags
error: Failed to restore domain from s.img
error: unsupported flags (0x2) in function testDomainRestoreFlags
error: Failed to restore domain from s.img
error: unsupported flags (0x4) in function testDomainRestoreFlags
error: Failed to restore domain from s.img
error: unsupported flags (0x8) in function testDomainRestoreFlags
>>>= 1

=== restore --running --paused are exclusive
$ hvsh -c test:///default 'save test s.img; restore s.img --running --paused'
>>>

Domain 'test' saved to s.img


>>>2
error: Failed to restore domain from s.img
error: Flags 'VIR_DOMAIN_SAVE_RUNNING' and 'VIR_DOMAIN_SAVE_PAUSED' are mutually exclusive
>>>= 1

=== restore --xml: the driver cannot change the XML
$ hvsh -c test:///default 'save test s.img; restore s.img --xml /etc/hostname; restore s.img --xml nosuch.xml'
>>>

Domain 'test' saved to s.img



>>>2
error: Failed to restore domain from s.img
error: argument unsupported: xml modification unsupported
error: Failed to open file 'nosuch.xml': No such file or directory
>>>= 1

=== restore without a file
$ hvsh -c test:///default restore
>>>2
error: command 'restore' requires <file> option
>>>= 1

# --- managedsave
=== managedsave, list, dominfo, start resumes (booted)
$ hvsh -c test:///default 'managedsave test; list --all --managed-save; dominfo test; start test; domstate --reason test'
>>>

Domain 'test' state saved by libvirt

 Id   Name   State
--------------------
 -    test   saved

Id:             -
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          shut off
CPU(s):         2
CPU time:       1795593326.6s
Max memory:     8388608 KiB
Used memory:    2097152 KiB
Persistent:     yes
Autostart:      disable
Managed save:   yes
Security model: testSecurity
Security DOI:   

Domain 'test' started

running (booted)

>>>= 0

=== managedsave of a saved domain
$ hvsh -c test:///default 'managedsave test; managedsave test'
>>>

Domain 'test' state saved by libvirt


>>>2
error: Failed to save domain 'test' state
error: Requested operation is not valid: domain is not running
>>>= 1

=== managedsave-remove: removed, then nothing to remove
$ hvsh -c test:///default 'managedsave test; managedsave-remove test; managedsave-remove test; list --all --managed-save'
>>>

Domain 'test' state saved by libvirt

Removed managedsave image for domain 'test'
Domain 'test' has no manage save image; removal skipped
 Id   Name   State
-----------------------
 -    test   shut off

>>>= 0

=== managedsave-remove messages end without a newline
$ hvsh -q -c test:///default 'managedsave test; managedsave-remove test; managedsave-remove test; echo end'
>>>
end
\no-newline
>>>= 0

=== managedsave by ID and UUID, --verbose
$ hvsh -c test:///default 'managedsave 1 --verbose; managedsave-remove 6695eb01-f6a4-8304-79aa-97f2502e193f'
>>>

Domain '1' state saved by libvirt

Removed managedsave image for domain '6695eb01-f6a4-8304-79aa-97f2502e193f'
>>>2
Managedsave: [100 %]
\no-newline
>>>= 0

=== managedsave flags the test driver accepts
$ hvsh -c test:///default 'managedsave test --bypass-cache --running'
>>>

Domain 'test' state saved by libvirt

>>>= 0

=== managedsave --running --paused
$ hvsh -c test:///default 'managedsave test --running --paused'
>>>

>>>2
error: Failed to save domain 'test' state
error: Flags 'VIR_DOMAIN_SAVE_RUNNING' and 'VIR_DOMAIN_SAVE_PAUSED' are mutually exclusive
>>>= 1

=== managedsave of an unknown domain
$ hvsh -c test:///default 'managedsave nosuch; managedsave-remove nosuch'
>>>


>>>2
error: failed to get domain 'nosuch'
error: failed to get domain 'nosuch'
>>>= 1

# --- domhostname
=== domhostname
$ hvsh -c test:///default 'domhostname test; domhostname 1'
>>>
testhost

testhost

>>>= 0

=== domhostname --source
$ hvsh -c test:///default 'domhostname test --source lease; domhostname test --source agent; domhostname test --source foo'
>>>



>>>2
error: failed to get hostname
error: unsupported flags (0x1) in function testDomainGetHostname
error: failed to get hostname
error: unsupported flags (0x2) in function testDomainGetHostname
error: Unknown data source 'foo'
>>>= 1

=== domhostname of a domain that is not running
$ hvsh -c test:///default 'destroy test; domhostname test'
>>>
Domain 'test' destroyed


>>>2
error: failed to get hostname
error: Requested operation is not valid: domain is not running
>>>= 1

# --- dommemstat
=== dommemstat
$ hvsh -c test:///default 'dommemstat test'
>>>
actual 2097152
swap_in 0
swap_out 0
major_fault 0
minor_fault 0
unused 1048576
available 2097152
usable 1048576
last_update 627319920
disk_caches 262144
hugetlb_pgalloc 0
hugetlb_pgfail 0
rss 1048576

>>>= 0

=== dommemstat ignores --live/--config without --period
$ hvsh -q -c test:///default 'dommemstat 1 --live --config'
>>>
actual 2097152
swap_in 0
swap_out 0
major_fault 0
minor_fault 0
unused 1048576
available 2097152
usable 1048576
last_update 627319920
disk_caches 262144
hugetlb_pgalloc 0
hugetlb_pgfail 0
rss 1048576
>>>= 0

=== dommemstat --current is exclusive with --live and --config
$ hvsh -c test:///default 'dommemstat test --current --live; dommemstat test --current --config'
>>>


>>>2
error: Options --current and --live are mutually exclusive
error: Options --current and --config are mutually exclusive
>>>= 1

=== dommemstat --period sets the balloon period
$ hvsh -c test:///default 'dommemstat test --period 3; dumpxml test --xpath //memballoon/stats'
>>>

<stats period="3"/>

>>>= 0

=== dommemstat --period must be a non-negative number
$ hvsh -c test:///default 'dommemstat test --period -1; dommemstat test --period abc; dommemstat test --period 99999999999'
>>>



>>>2
error: Invalid collection period value '-1'
error: Numeric value 'abc' for <period> option is malformed or out of range
error: Numeric value '99999999999' for <period> option is malformed or out of range
>>>= 1

=== dommemstat of a domain that is not running
$ hvsh -c test:///default 'destroy test; dommemstat test'
>>>
Domain 'test' destroyed


>>>2
error: Failed to get memory statistics for domain test
error: Requested operation is not valid: domain is not running
>>>= 1

# --- domblkinfo
=== domblkinfo by target and by path
$ hvsh -c test:///default 'domblkinfo test vda; domblkinfo test /guest/diskimage1; domblkinfo test --device vda'
>>>
Capacity:       1099506450432
Allocation:     1099511627776
Physical:       1099511627776

Capacity:       1099506450432
Allocation:     1099511627776
Physical:       1099511627776

Capacity:       1099506450432
Allocation:     1099511627776
Physical:       1099511627776

>>>= 0

=== domblkinfo --human
$ hvsh -c test:///default 'domblkinfo test vda --human'
>>>
Capacity:       1023.995 GiB
Allocation:     1.000 TiB
Physical:       1.000 TiB

>>>= 0

=== domblkinfo --all
$ hvsh -c test:///default 'domblkinfo test --all; domblkinfo test --all --human'
>>>
 Target   Capacity        Allocation      Physical
---------------------------------------------------------
 vda      1099506450432   1099511627776   1099511627776

 Target   Capacity       Allocation   Physical
-------------------------------------------------
 vda      1023.995 GiB   1.000 TiB    1.000 TiB

>>>= 0

=== domblkinfo --all under -q
$ hvsh -q -c test:///default 'domblkinfo test --all --human'
>>>
 vda   1023.995 GiB   1.000 TiB   1.000 TiB
>>>= 0

=== domblkinfo of an inactive domain
$ hvsh -c test:///default 'destroy test; domblkinfo test vda; domblkinfo test --all'
>>>
Domain 'test' destroyed

Capacity:       1099506450432
Allocation:     1099511627776
Physical:       1099511627776

 Target   Capacity        Allocation      Physical
---------------------------------------------------------
 vda      1099506450432   1099511627776   1099511627776

>>>= 0

=== domblkinfo without a device
$ hvsh -c test:///default 'domblkinfo test; domblkinfo test ""'
>>>


>>>2
error: command 'domblkinfo' requires <device> option
error: command 'domblkinfo' requires <device> option
>>>= 1

=== domblkinfo --all and a device are exclusive
$ hvsh -c test:///default 'domblkinfo test vda --all'
>>>

>>>2
error: Options --all and --device are mutually exclusive
>>>= 1

=== domblkinfo of an unknown disk or domain
$ hvsh -c test:///default 'domblkinfo test vdb; domblkinfo nosuch vda'
>>>


>>>2
error: invalid argument: invalid path vdb not assigned to domain
error: failed to get domain 'nosuch'
>>>= 1

=== domblkinfo --all: disks without a source, network disks
$ printf "<node><domain type='test'><name>multi</name><memory>1048576</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/a.img'/><target dev='vda' bus='virtio'/></disk><disk type='file' device='cdrom'><target dev='hdc' bus='ide'/><readonly/></disk><disk type='network' device='disk'><source protocol='nbd' name='x'><host name='h'/></source><target dev='vdb' bus='virtio'/></disk></devices></domain></node>\n" > n.xml && hvsh -c "test://$PWD/n.xml" 'domblkinfo multi --all; domblkinfo multi --all --human; domblkinfo multi hdc; domblkinfo multi vdb'
>>>
 Target   Capacity        Allocation      Physical
---------------------------------------------------------
 vda      1099506450432   1099511627776   1099511627776
 vdb      1099506450432   1099511627776   1099511627776
 hdc      -               -               -

 Target   Capacity       Allocation   Physical
-------------------------------------------------
 vda      1023.995 GiB   1.000 TiB    1.000 TiB
 vdb      1023.995 GiB   1.000 TiB    1.000 TiB
 hdc      -              -            -


Capacity:       1099506450432
Allocation:     1099511627776
Physical:       1099511627776

>>>2
error: invalid argument: disk 'hdc' does not currently have a source assigned
>>>= 0

# --- desc
=== desc with nothing set: messages without a newline
$ hvsh -c test:///default 'desc test; desc test --title'
>>>
No description for domain: test
No title for domain: test
>>>= 0

=== desc under -q: only the text itself
$ hvsh -q -c test:///default 'desc test; desc test x; desc test; desc test --title'
>>>
x
\no-newline
>>>= 0

=== desc sets the description from words
$ hvsh -c test:///default 'desc test hello   world; desc test; desc test --title; desc test --config; desc test --live'
>>>
Domain description updated successfully
hello world
No title for domain: test
No description for domain: test
hello world
>>>= 0

=== desc --title
$ hvsh -c test:///default 'desc test --title My Title; desc test --title; dumpxml test --xpath //title'
>>>
Domain title updated successfully
My Title
<title>My Title</title>

>>>= 0

=== desc --config changes the persistent definition only
$ hvsh -c test:///default 'desc test --config newdesc; desc test; desc test --config; desc test --live'
>>>
Domain description updated successfully
No description for domain: test
newdesc
No description for domain: test
>>>= 0

=== desc --live changes the running domain only
$ hvsh -c test:///default 'desc test --live newdesc; desc test; desc test --config'
>>>
Domain description updated successfully
newdesc
No description for domain: test
>>>= 0

=== desc --live --config
$ hvsh -c test:///default 'desc test --live --config x; desc test --live; desc test --config'
>>>
Domain description updated successfully
x
x
>>>= 0

=== desc --current is exclusive
$ hvsh -c test:///default 'desc test --current --live; desc test --current --config x'
>>>


>>>2
error: Options --current and --live are mutually exclusive
error: Options --current and --config are mutually exclusive
>>>= 1

=== desc --live of an inactive domain: reading works, setting does not
$ hvsh -c test:///default 'destroy test; desc test --live; desc test --live x'
>>>
Domain 'test' destroyed

No description for domain: test

>>>2
error: Failed to set new domain description
error: Requested operation is not valid: domain is not running
>>>= 1

=== desc with an empty text removes it
$ hvsh -c test:///default 'desc test x; desc test ""; desc test; desc test --title t; desc test --title ""; desc test --title'
>>>
Domain description updated successfully
Domain description updated successfully
No description for domain: test
Domain title updated successfully
Domain title updated successfully
No title for domain: test
>>>= 0

=== desc --new-desc repeated
$ hvsh -c test:///default 'desc test --new-desc a --new-desc b; desc test'
>>>
Domain description updated successfully
a b
>>>= 0

=== desc with a newline in the description and the title
$ hvsh -c test:///default "desc test 'line1$(printf '\nline2')'; desc test; desc test --title 'a$(printf '\nb')'"
>>>
Domain description updated successfully
line1
line2

>>>2
error: Failed to set new domain title
error: metadata title can't contain newlines
>>>= 1

=== desc by ID and UUID
$ hvsh -c test:///default 'desc 1 x; desc 6695eb01-f6a4-8304-79aa-97f2502e193f'
>>>
Domain description updated successfully
x
>>>= 0

=== desc of an unknown domain
$ hvsh -c test:///default 'desc nosuch'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

# --- desc --edit
=== desc --edit changes the text
$ EDITOR='sed -i s/^/X/' hvsh -c test:///default 'desc test abc; desc test --edit; desc test; desc test --title abc; desc test --title --edit; desc test --title'
>>>
Domain description updated successfully
Domain description updated successfully
Xabc
Domain title updated successfully
Domain title updated successfully
Xabc
>>>= 0

=== desc --edit with words starts from them
$ EDITOR='sed -i s/^/X/' hvsh -c test:///default 'desc test --edit foo; desc test'
>>>
Domain description updated successfully
Xfoo
>>>= 0

=== desc --edit unchanged
$ EDITOR=true hvsh -c test:///default 'desc test --edit; desc test --title --edit; desc test x; desc test --edit x'
>>>
Domain description not changed

Domain title not changed

Domain description updated successfully
Domain description not changed

>>>= 0

=== desc --edit keeps the description's last newline, not the title's
$ EDITOR='sh -c "printf \"a\\nb\\n\" > \$0"' hvsh -c test:///default 'desc test --edit; desc test; desc test --title --edit; desc test --title'
>>>
Domain description updated successfully
a
b


No title for domain: test
>>>2
error: Failed to set new domain title
error: metadata title can't contain newlines
>>>= 0

=== desc --edit with an editor that fails
$ EDITOR=false hvsh -c test:///default 'desc test --edit' 2>e; s=$?; sed 's/\(virsh\|hvsh\)[A-Za-z0-9]\{6\}\.xml/TMP.xml/' e >&2; exit $s
>>>

>>>2
error: internal error: Child process (false /tmp/TMP.xml) unexpected exit status 1
>>>= 1

=== VISUAL comes before EDITOR
$ VISUAL=true EDITOR=false hvsh -c test:///default 'desc test --edit'
>>>
Domain description not changed

>>>= 0

=== an empty VISUAL is used as it is
$ VISUAL= EDITOR=true hvsh -c test:///default 'desc test --edit'
>>>

>>>2
error: Cannot find '' in path: No such file or directory
>>>= 1

=== an editor not on PATH
$ EDITOR=nosuchcmd hvsh -c test:///default 'desc test --edit'
>>>

>>>2
error: Cannot find 'nosuchcmd' in path: No such file or directory
>>>= 1

# --- edit
=== edit changes the persistent definition
$ EDITOR='sed -i s/2097152/1048576/' hvsh -c test:///default 'edit test; dominfo test; dumpxml test --inactive --xpath //currentMemory'
>>>
Domain 'test' XML configuration edited.

Id:             1
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          running
CPU(s):         2
CPU time:       1795593331.1s
Max memory:     8388608 KiB
Used memory:    2097152 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

<currentMemory unit="KiB">1048576</currentMemory>

>>>= 0

=== edit under -q
$ EDITOR='sed -i s/2097152/1048576/' hvsh -q -c test:///default 'edit test'
>>>= 0

=== edit unchanged
$ EDITOR=true hvsh -c test:///default 'edit test; edit 1'
>>>
Domain 'test' XML configuration not changed.

Domain 'test' XML configuration not changed.

>>>= 0

=== edit gets the inactive XML
$ EDITOR=cat hvsh -c test:///default 'edit test'
>>>
<domain type='test'>
  <name>test</name>
  <uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>
  <memory unit='KiB'>8388608</memory>
  <currentMemory unit='KiB'>2097152</currentMemory>
  <vcpu placement='static'>2</vcpu>
  <os>
    <type arch='i686'>hvm</type>
    <boot dev='hd'/>
  </os>
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <disk type='file' device='disk'>
      <source file='/guest/diskimage1'/>
      <target dev='vda' bus='virtio'/>
      <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>
    </disk>
    <interface type='network'>
      <mac address='aa:bb:cc:dd:ee:ff'/>
      <source network='default'/>
      <target dev='testnet0'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x0'/>
    </interface>
    <memballoon model='virtio'>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>
    </memballoon>
  </devices>
</domain>
Domain 'test' XML configuration not changed.

>>>= 0

=== edit can rename (a new domain)
$ printf '#!/bin/sh\nsed -i "s/>test</>test2</; s/6695eb01/6695eb02/" "$1"\n' > ed && chmod +x ed && EDITOR=$PWD/ed hvsh -c test:///default 'edit test; list --all'
>>>
Domain 'test2' XML configuration edited.

 Id   Name    State
------------------------
 1    test    running
 -    test2   shut off

>>>= 0

=== edit with an editor run through sh -c that fails
$ EDITOR='exit 3;' hvsh -c test:///default 'edit test' 2>e; s=$?; sed 's/\(virsh\|hvsh\)[A-Za-z0-9]\{6\}\.xml/TMP.xml/' e >&2; exit $s
>>>

>>>2
error: internal error: Child process (sh -c 'exit 3; /tmp/TMP.xml') unexpected exit status 3
>>>= 1

=== edit with an editor killed by a signal
$ EDITOR='kill -9 $$ #' hvsh -c test:///default 'edit test' 2>e; s=$?; sed 's/\(virsh\|hvsh\)[A-Za-z0-9]\{6\}\.xml/TMP.xml/' e >&2; exit $s
>>>

>>>2
error: internal error: Child process (sh -c 'kill -9 $$ # /tmp/TMP.xml') unexpected fatal signal 9
>>>= 1

=== edit when the editor removes the file
$ EDITOR=rm hvsh -c test:///default 'edit test' 2>e; s=$?; sed 's/\(virsh\|hvsh\)[A-Za-z0-9]\{6\}\.xml/TMP.xml/' e >&2; exit $s
>>>

>>>2
error: /tmp/TMP.xml: failed to read temporary file: No such file or directory
error: Failed to open file '/tmp/TMP.xml': No such file or directory
>>>= 1

=== edit with TMPDIR missing
$ TMPDIR=$PWD/nonexistent EDITOR=true hvsh -c test:///default 'edit test'
>>>

>>>2
error: g_mkstemp_full: failed to create temporary file: No such file or directory
>>>= 1

=== edit with shell syntax in TMPDIR and in EDITOR
$ mkdir 'a b' && TMPDIR="$PWD/a b" EDITOR='true x' hvsh -c test:///default 'edit test' 2>&1 | sed "s|$PWD|CWD|; s/\(virsh\|hvsh\)[A-Za-z0-9]\{6\}\.xml/TMP.xml/"
>>>
error: CWD/a b/TMP.xml: temporary filename contains shell meta or other unacceptable characters (is $TMPDIR wrong?)

>>>= 0

=== edit of an unknown domain
$ EDITOR=true hvsh -c test:///default 'edit nosuch'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

=== edit: broken XML without a terminal fails with the error
# hvsh-only (virsh goes on to print "Domain '(null)' XML configuration edited." and exits 0)
$ EDITOR="sh -c 'echo junk > \$0'" hvsh -c test:///default 'edit test; dominfo test'
>>>

Id:             1
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          running
CPU(s):         2
CPU time:       1795593332.3s
Max memory:     8388608 KiB
Used memory:    2097152 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

>>>2
error: Failed.
error: (domain_definition):1: Start tag expected, '<' not found
junk
^
>>>= 0

# --- net-edit, pool-edit
=== net-edit and pool-edit unchanged
$ EDITOR=true hvsh -c test:///default 'net-edit default; pool-edit default-pool'
>>>
Network default XML configuration not changed.

Pool default-pool XML configuration not changed.

>>>= 0

=== net-edit and pool-edit get the XML
$ EDITOR=cat hvsh -c test:///default 'net-edit default; pool-edit default-pool'
>>>
<network>
  <name>default</name>
  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>
  <forward mode='nat'/>
  <bridge name='virbr0' stp='on' delay='0'/>
  <ip address='192.168.122.1' netmask='255.255.255.0'>
    <dhcp>
      <range start='192.168.122.2' end='192.168.122.254'/>
    </dhcp>
  </ip>
</network>
Network default XML configuration not changed.

<pool type='dir'>
  <name>default-pool</name>
  <uuid>dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566</uuid>
  <capacity unit='bytes'>107374182400</capacity>
  <allocation unit='bytes'>0</allocation>
  <available unit='bytes'>107374182400</available>
  <source>
  </source>
  <target>
    <path>/default-pool</path>
  </target>
</pool>
Pool default-pool XML configuration not changed.

>>>= 0

=== net-edit changes the persistent definition
$ EDITOR='sed -i s/virbr0/virbr1/' hvsh -c test:///default 'net-edit default; net-dumpxml default --inactive; net-dumpxml default'
>>>
Network default XML configuration edited.


<network>
  <name>default</name>
  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>
  <forward mode='nat'/>
  <bridge name='virbr0' stp='on' delay='0'/>
  <ip address='192.168.122.1' netmask='255.255.255.0'>
    <dhcp>
      <range start='192.168.122.2' end='192.168.122.254'/>
    </dhcp>
  </ip>
</network>

>>>2
error: unsupported flags (0x1) in function testNetworkGetXMLDesc
>>>= 0

=== net-edit by UUID, renaming
$ printf '#!/bin/sh\nsed -i "s/>default</>def2</; s/dd8fe884/dd8fe885/" "$1"\n' > ed && chmod +x ed && EDITOR=$PWD/ed hvsh -c test:///default 'net-edit dd8fe884-6c02-601e-7551-cca97df1c5df; net-list --all'
>>>
Network def2 XML configuration edited.

 Name      State      Autostart   Persistent
----------------------------------------------
 def2      inactive   no          yes
 default   active     no          yes

>>>= 0

=== net-edit and pool-edit of unknown objects
$ EDITOR=true hvsh -c test:///default 'net-edit nosuch; pool-edit nosuch'
>>>


>>>2
error: failed to get network 'nosuch'
error: Network not found: no network with matching name 'nosuch'
error: failed to get pool 'nosuch'
error: Storage pool not found: no storage pool with matching name 'nosuch'
>>>= 1

=== pool-edit: broken XML without a terminal
# hvsh-only (virsh goes on to print "Pool (null) XML configuration edited." and exits 0)
$ EDITOR="sh -c 'echo junk > \$0'" hvsh -c test:///default 'pool-edit default-pool'
>>>

>>>2
error: Failed.
error: (storage_pool_definition):1: Start tag expected, '<' not found
junk
^
>>>= 1

=== net-edit: a definition the driver refuses
# hvsh-only (virsh goes on to print "Network (null) XML configuration edited." and exits 0)
$ EDITOR='sed -i s/default/x/' hvsh -c test:///default 'net-edit default; net-list --all'
>>>

 Name      State    Autostart   Persistent
--------------------------------------------
 default   active   no          yes

>>>2
error: Failed.
error: operation failed: network 'default' is already defined with uuid dd8fe884-6c02-601e-7551-cca97df1c5df
>>>= 0
