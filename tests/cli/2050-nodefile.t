# 2050-nodefile: test:///PATH node files: the path opened as given, each
# connection a private state, nothing written back; libvirt's format.
# Good files live in tests/data/nodes; bad ones are written by the case.
# Expectations are virsh 9.0's, except the hvsh-only cases at the end:
# libxml2 prints I/O warnings there that hvsh never prints.

=== list --all: IDs in document order, runstates, external domain
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'list --all'
>>>
 Id   Name         State
--------------------------------
 1    zeta         running
 2    beta         paused
 3    gamma        running
 4    eps          crashed
 5    pm           pmsuspended
 6    nostate      no state
 7    blocked      idle
 8    inshutdown   in shutdown
 9    external     running
 -    Alpha        shut off
 -    delta        shut off

>>>= 0

=== list --managed-save shows the managed save image
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'list --all --managed-save'
>>>
 Id   Name         State
--------------------------------
 1    zeta         running
 2    beta         paused
 3    gamma        running
 4    eps          crashed
 5    pm           pmsuspended
 6    nostate      no state
 7    blocked      idle
 8    inshutdown   in shutdown
 9    external     running
 -    Alpha        shut off
 -    delta        saved

>>>= 0

=== list --transient
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'list --transient'
>>>
 Id   Name    State
-----------------------
 3    gamma   running

>>>= 0

=== nodeinfo from <cpu> and <memory>
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" nodeinfo
>>>
CPU model:           i986
CPU(s):              50
CPU frequency:       6000 MHz
CPU socket(s):       4
Core(s) per socket:  4
Thread(s) per core:  2
NUMA cell(s):        4
Memory size:         8192000 KiB

>>>= 0

=== networks and interfaces are loaded active
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'net-list --all; iface-list --all'
>>>
 Name        State    Autostart   Persistent
----------------------------------------------
 extnet      active   no          yes
 inlinenet   active   no          yes

 Name   State    MAC Address
------------------------------------
 eth7   active   aa:bb:cc:dd:ee:01

>>>= 0

=== pools: 100 GiB, allocation summed from the volumes
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'pool-list --all --details'
>>>
 Name         State     Autostart   Persistent   Capacity     Allocation   Available
---------------------------------------------------------------------------------------
 extpool      running   no          yes          100.00 GiB   10.00 KiB    100.00 GiB
 inlinepool   running   no          yes          100.00 GiB   6.00 KiB     100.00 GiB

>>>= 0

=== volumes inside <pool file=...> are lost; the file's own are kept
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'vol-list extpool --details; vol-list inlinepool --details'
>>>
 Name       Path                 Type   Capacity     Allocation
-----------------------------------------------------------------
 kept.img   /ext-pool/kept.img   file   100.00 KiB   10.00 KiB

 Name    Path                 Type   Capacity   Allocation
------------------------------------------------------------
 a.img   /inline-pool/a.img   file   1.00 MiB   4.00 KiB
 b.img   /inline-pool/b.img   file   2.00 KiB   2.00 KiB
 c.img   /elsewhere/c.img     file   8.00 KiB   0.00 B

>>>= 0

=== volume key and path defaults
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'vol-key b.img inlinepool; vol-path a.img --pool inlinepool; vol-key c.img inlinepool; vol-key kept.img extpool'
>>>
/inline-pool/b.img

/inline-pool/a.img

/some/key

/ext-pool/kept.img

>>>= 0

=== states come with reason unknown
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'domstate --reason beta; domstate --reason eps; domstate --reason blocked; domstate --reason Alpha; domid inshutdown; domid delta'
>>>
paused (unknown)

crashed (unknown)

idle (unknown)

shut off (unknown)

8

-

>>>= 0

=== dominfo of a shut-off domain with a managed save image
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'dominfo delta'
>>>
Id:             -
Name:           delta
UUID:           a1c1e2b3-0000-4000-8000-000000000005
OS Type:        linux
State:          shut off
CPU(s):         1
CPU time:       0.0s
Max memory:     1024 KiB
Used memory:    1024 KiB
Persistent:     yes
Autostart:      disable
Managed save:   yes
Security model: testSecurity
Security DOI:   

>>>= 0

=== dominfo of a transient domain
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'dominfo gamma'
>>>
Id:             3
Name:           gamma
UUID:           a1c1e2b3-0000-4000-8000-000000000004
OS Type:        linux
State:          running
CPU(s):         1
CPU time:       0.0s
Max memory:     1024 KiB
Used memory:    1024 KiB
Persistent:     no
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

>>>= 0

=== interfaces without a target get testnet0, testnet1, ...
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'dumpxml external'
>>>
<domain type='test' id='9'>
  <name>external</name>
  <uuid>a1c1e2b3-0000-4000-8000-0000000000d1</uuid>
  <memory unit='KiB'>4096</memory>
  <currentMemory unit='KiB'>4096</currentMemory>
  <vcpu placement='static'>1</vcpu>
  <os>
    <type arch='i686'>hvm</type>
    <boot dev='hd'/>
  </os>
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <interface type='network'>
      <mac address='52:54:00:00:00:01'/>
      <source network='default'/>
      <target dev='testnet0'/>
    </interface>
    <interface type='network'>
      <mac address='52:54:00:00:00:02'/>
      <source network='default'/>
      <target dev='mine0'/>
    </interface>
    <interface type='network'>
      <mac address='52:54:00:00:00:03'/>
      <source network='default'/>
      <target dev='testnet1'/>
    </interface>
  </devices>
</domain>

>>>= 0

=== relative path: test:FILE is relative to the working directory
$ cd "$HVSH_SRCDIR/tests/data" && hvsh -c test:nodes/full.xml 'list --inactive; uri'
>>>
 Id   Name    State
------------------------
 -    Alpha   shut off
 -    delta   shut off

test://nodes/full.xml

>>>= 0

=== test:default is a file called default
$ printf '<node><cpu><nodes>1</nodes></cpu></node>' > default
$ hvsh -c test:default 'nodeinfo; uri'
>>>
CPU model:           i686
CPU(s):              8
CPU frequency:       1400 MHz
CPU socket(s):       2
Core(s) per socket:  2
Thread(s) per core:  2
NUMA cell(s):        1
Memory size:         3145728 KiB

test://default

>>>= 0

=== each connection parses the file anew
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" "destroy zeta; domstate zeta; connect test://$HVSH_SRCDIR/tests/data/nodes/full.xml; domstate zeta"
>>>
Domain 'zeta' destroyed

shut off


running

>>>= 0

=== nothing is written back to the file
$ cp "$HVSH_SRCDIR/tests/data/nodes/full.xml" n.xml && mkdir sub && cp "$HVSH_SRCDIR"/tests/data/nodes/sub/*.xml sub/
$ hvsh -c "test://$PWD/n.xml" 'undefine Alpha; destroy zeta' && cmp n.xml "$HVSH_SRCDIR/tests/data/nodes/full.xml" && echo unchanged
>>>
Domain 'Alpha' has been undefined

Domain 'zeta' destroyed

unchanged
>>>= 0

=== <node/> alone: no objects, default node info
$ printf '<node/>' > n.xml
$ hvsh -c "test://$PWD/n.xml" 'list --all; nodeinfo; net-list --all'
>>>
 Id   Name   State
--------------------

CPU model:           i686
CPU(s):              16
CPU frequency:       1400 MHz
CPU socket(s):       2
Core(s) per socket:  2
Thread(s) per core:  2
NUMA cell(s):        2
Memory size:         3145728 KiB

 Name   State   Autostart   Persistent
----------------------------------------

>>>= 0

=== <active> lowers the CPU count, never raises it
$ printf '<node><cpu><active>100</active><mhz> 7</mhz></cpu><cpu><nodes>1</nodes></cpu></node>' > n.xml
$ hvsh -c "test://$PWD/n.xml" nodeinfo
>>>
CPU model:           i686
CPU(s):              8
CPU frequency:       7 MHz
CPU socket(s):       2
Core(s) per socket:  2
Thread(s) per core:  2
NUMA cell(s):        1
Memory size:         3145728 KiB

>>>= 0

=== an undeclared test: prefix is ignored
$ printf "<node><domain type='test'><name>a</name><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain></node>" > n.xml
$ hvsh -c "test://$PWD/n.xml" 'list --all'
>>>
 Id   Name   State
----------------------
 1    a      running

>>>= 0

=== bad file: truncated
$ printf '<node><domain>' > n.xml
$ hvsh -c "test://$PWD/n.xml" list 2>&1 | sed "s|$PWD|DIR|"
>>>
error: failed to connect to the hypervisor
error: DIR/n.xml:1: Premature end of data in tag domain line 1
<node><domain>
--------------^
>>>= 0

=== bad file: empty
$ : > n.xml
$ hvsh -c "test://$PWD/n.xml" list 2>&1 | sed "s|$PWD|DIR|"
>>>
error: failed to connect to the hypervisor
error: DIR/n.xml:1: Document is empty
(null)
^
>>>= 0

=== bad file: wrong root element
$ printf '<domain/>' > n.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: XML error: expecting root element of 'node', not 'domain'
>>>= 1

=== bad file: cpu value
$ printf '<node><cpu><threads>-2</threads></cpu></node>' > n.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: XML error: invalid node cpu threads value
>>>= 1

=== bad file: memory value
$ printf '<node><memory>1 </memory></node>' > n.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: XML error: invalid node memory value
>>>= 1

=== bad file: model too long
$ printf '<node><cpu><model>abcdefghijklmnopqrstuvwxyz0123456789</model></cpu></node>' > n.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: internal error: Model abcdefghijklmnopqrstuvwxyz0123456789 too big for destination
>>>= 1

=== bad file: runstate out of range (libvirt's stray quote)
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>a</name><memory>1024</memory><os><type>hvm</type></os><test:runstate>8</test:runstate></domain></node>" > n.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: XML error: runstate '8' out of range'
>>>= 1

=== bad file: transient and shut off
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>a</name><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:transient/></domain></node>" > n.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: XML error: transient domain cannot have runstate 'shutoff'
>>>= 1

=== bad file: managed save while running
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>a</name><memory>1024</memory><os><type>hvm</type></os><test:hasmanagedsave/></domain></node>" > n.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: XML error: domain with managedsave data can only have runstate 'shutoff'
>>>= 1

=== bad file: duplicate domain name
$ printf "<node><domain type='test'><name>a</name><uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid><memory>1024</memory><os><type>hvm</type></os></domain><domain type='test'><name>a</name><memory>1024</memory><os><type>hvm</type></os></domain></node>" > n.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: operation failed: domain 'a' already exists with uuid 6695eb01-f6a4-8304-79aa-97f2502e193f
>>>= 1

=== bad file: domain without type
$ printf '<node><domain><name>a</name></domain></node>' > n.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: internal error: missing domain type attribute
>>>= 1

=== bad file: external file with the wrong root
$ printf '<node><domain file="net.xml"/></node>' > n.xml
$ printf '<network><name>n</name></network>' > net.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: XML error: expecting root element of 'domain', not 'network'
>>>= 1

=== bad file: user without a name
$ printf '<node><auth><user password="x"/></auth></node>' > n.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: XML error: missing username in /node/auth/user field
>>>= 1

# What a node file names beyond itself.  libvirt never loads a DOCTYPE's
# external subset or an external entity: an entity that is never read
# gives no text, and nothing outside the file is opened.
=== an external subset naming a FIFO is never opened
$ mkfifo f && printf '<?xml version="1.0"?>\n<!DOCTYPE node SYSTEM "%s/f">\n<node><domain type="test"><name>a</name><memory>1024</memory><os><type>hvm</type></os></domain></node>\n' "$PWD" > n.xml
$ hvsh -c "test://$PWD/n.xml" 'list --name'
>>>
a

>>>= 0

=== an external subset naming /dev/stdin leaves the commands on stdin alone
$ printf '<?xml version="1.0"?>\n<!DOCTYPE node SYSTEM "/dev/stdin">\n<node><domain type="test"><name>a</name><memory>1024</memory><os><type>hvm</type></os></domain></node>\n' > n.xml
$ hvsh -q -c "test://$PWD/n.xml" | grep -v ' # '
<<<
list --name
domstate a
>>>
a
running
>>>= 0

=== an external subset naming a directory: no I/O error
$ printf '<?xml version="1.0"?>\n<!DOCTYPE node SYSTEM "%s">\n<node><domain type="test"><name>a</name><memory>1024</memory><os><type>hvm</type></os></domain></node>\n' "$PWD" > n.xml
$ hvsh -c "test://$PWD/n.xml" 'list --name'
>>>
a

>>>= 0

=== entities declared in the external subset are not expanded
$ printf '<!ENTITY ext "EXTERNAL">\n' > ext.dtd
$ printf '<?xml version="1.0"?>\n<!DOCTYPE node SYSTEM "%s/ext.dtd">\n<node><domain type="test"><name>a&ext;</name><description>x&ext;y</description><memory>1024</memory><os><type>hvm</type></os></domain><network><name>n&ext;m</name><bridge name="virbr9"/></network></node>\n' "$PWD" > n.xml
$ hvsh -c "test://$PWD/n.xml" 'list --name; desc a; net-list --name'
>>>
a

xy
nm

>>>= 0

=== external entities give no text: a file, a FIFO, a missing file
$ echo SECRET > s.txt && mkfifo f
$ printf '<?xml version="1.0"?>\n<!DOCTYPE node [\n<!ENTITY s SYSTEM "%s/s.txt">\n<!ENTITY f SYSTEM "%s/f">\n<!ENTITY m SYSTEM "%s/missing">\n]>\n<node><domain type="test"><name>a&s;&m;</name><description>x&s;&f;&m;y</description><memory>1024</memory><os><type>hvm</type></os></domain><network><name>n&s;&f;m</name><bridge name="virbr9"/></network></node>\n' "$PWD" "$PWD" "$PWD" > n.xml
$ hvsh -c "test://$PWD/n.xml" 'list --name; desc a; net-list --name; net-dumpxml nm --xpath /network/name'
>>>
a

xy
nm

<name>nm</name>

>>>= 0

=== internal entities in a description and a network name are expanded
$ printf '<?xml version="1.0"?>\n<!DOCTYPE node [\n<!ENTITY e "ENT">\n]>\n<node><domain type="test"><name>a</name><description>x&e;y</description><memory>1024</memory><os><type>hvm</type></os></domain><network><name>n&e;m</name><bridge name="virbr9"/></network></node>\n' > n.xml
$ hvsh -c "test://$PWD/n.xml" 'desc a; net-list --name'
>>>
xENTy
nENTm

>>>= 0

=== undeclared entities (an external subset may declare them) give no text
$ printf '<?xml version="1.0"?>\n<!DOCTYPE node SYSTEM "nothere.dtd">\n<node><domain type="test"><name>a</name><description>x&u;y</description><memory>1024</memory><os><type>hvm</type></os></domain><network><name>n&u;m</name><bridge name="virbr9"/></network></node>\n' > n.xml
$ hvsh -c "test://$PWD/n.xml" 'desc a; net-list --name'
>>>
xy
nm

>>>= 0

=== a file= reference whose DOCTYPE names a FIFO
$ mkfifo f && printf '<?xml version="1.0"?>\n<!DOCTYPE domain SYSTEM "%s/f">\n<domain type="test"><name>ext</name><memory>1024</memory><os><type>hvm</type></os></domain>\n' "$PWD" > d.xml
$ printf '<node><domain file="d.xml"/></node>' > n.xml
$ hvsh -c "test://$PWD/n.xml" 'list --name'
>>>
ext

>>>= 0

=== a device as the node file reads nothing: an empty document
$ hvsh -c test:///dev/zero list
>>>2
error: failed to connect to the hypervisor
error: /dev/zero:1: Document is empty
(null)
^
>>>= 1

=== a device as a file= reference reads nothing: an empty document
$ printf '<node><network file="/dev/zero"/></node>' > n.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: /dev/zero:1: Document is empty
(null)
^
>>>= 1

=== a node file read from a pipe
$ printf '<node><domain type="test"><name>piped</name><memory>1024</memory><os><type>hvm</type></os></domain></node>' | hvsh -c test:///dev/stdin 'list --name'
>>>
piped

>>>= 0


# A node file and the files it refers to are read as files: in the
# encoding they declare, with libxml2's limits on input.
=== a file= reference in KOI8-R
$ printf '<?xml version="1.0" encoding="KOI8-R"?>\n<domain type="test"><name>k\301</name><memory>1024</memory><os><type>hvm</type></os></domain>\n' > k.xml
$ printf '<node><domain file="k.xml"/></node>' > n.xml && hvsh -c "test://$PWD/n.xml" 'list --name'
>>>
kа

>>>= 0

=== a syntax error in a KOI8-R node file shows the line in UTF-8
$ printf '<?xml version="1.0" encoding="KOI8-R"?>\n<node><domain type="test"><name>k\301</name></domain><bad></node>\n' > n.xml
$ hvsh -c "test://$PWD/n.xml" list 2>&1 | sed "s|$PWD|DIR|"
>>>
error: failed to connect to the hypervisor
error: DIR/n.xml:2: Opening and ending tag mismatch: bad line 2 and node
<node><domain type="test"><name>kа</name></domain><bad></node>
---------------------------------------------------------------^
>>>= 0

=== 10 MiB of blanks: libxml2's limit on input lookahead
$ head -c 10485761 /dev/zero | tr '\0' ' ' > n.xml && hvsh -c "test://$PWD/n.xml" list 2>&1 | head -2 | sed "s|$PWD|DIR|"
>>>
error: failed to connect to the hypervisor
error: DIR/n.xml:1: internal error: Huge input lookup
>>>= 0

=== a directory reads as an empty document
# hvsh-only (virsh also prints a libxml2 I/O warning)
$ hvsh -c "test://$PWD" list 2>&1 | sed "s|$PWD|DIR|"
>>>
error: failed to connect to the hypervisor
error: DIR:1: Document is empty
(null)
^
>>>= 0

=== auth: no way to answer the prompts yet
# hvsh-only (virsh also prints a libxml2 I/O warning)
$ printf '<node><auth><user password="x">joe</user></auth></node>' > n.xml
$ hvsh -c "test://$PWD/n.xml" list
>>>2
error: failed to connect to the hypervisor
error: authentication failed: authentication failed, see test XML for the correct username/password
>>>= 1

=== missing external file: one error line, no libxml2 warning
# hvsh-only (virsh also prints a libxml2 I/O warning)
$ printf '<node><network file="sub/nothere.xml"/></node>' > n.xml
$ hvsh -c "test://$PWD/n.xml" list 2>&1 | sed "s|$PWD|DIR|"
>>>
error: failed to connect to the hypervisor
error: XML error: failed to parse xml document 'DIR/sub/nothere.xml'
>>>= 0

=== missing file: one error line, no libxml2 warning
# hvsh-only (virsh also prints a libxml2 I/O warning)
$ hvsh -c "test://$PWD/nothere.xml" list 2>&1 | sed "s|$PWD|DIR|"
>>>
error: failed to connect to the hypervisor
error: XML error: failed to parse xml document 'DIR/nothere.xml'
>>>= 0

=== test:default with no such file
# hvsh-only (virsh also prints a libxml2 I/O warning)
$ hvsh -c test:default list
>>>2
error: failed to connect to the hypervisor
error: XML error: failed to parse xml document 'default'
>>>= 1

=== node file: entity reference loop, placed in the entity's text
$ printf '<?xml version="1.0"?>\n<!DOCTYPE node [\n<!ENTITY a "&b;">\n<!ENTITY b "&a;">\n]>\n<node><domain type="test"><name>&a;</name><memory>1024</memory><os><type>hvm</type></os></domain></node>\n' > nl.xml && hvsh -c "test://$PWD/nl.xml" list
>>>2
error: failed to connect to the hypervisor
error: at line 1: Detected an entity reference loop
&a;
---^
>>>= 1

=== a FIFO as the node file, nothing writing to it
# hvsh-only (virsh waits for a writer for ever)
$ mkfifo f && hvsh -c "test://$PWD/f" list 2>&1 | sed "s|$PWD|DIR|"
>>>
error: failed to connect to the hypervisor
error: Failed to read file 'DIR/f': nothing has the FIFO open for writing
>>>= 0

=== a FIFO as a file= reference, nothing writing to it
# hvsh-only (virsh waits for a writer for ever)
$ mkfifo f && printf '<node><pool file="f"/></node>' > n.xml
$ hvsh -c "test://$PWD/n.xml" list 2>&1 | sed "s|$PWD|DIR|"
>>>
error: failed to connect to the hypervisor
error: Failed to read file 'DIR/f': nothing has the FIFO open for writing
>>>= 0

=== a node file over 256 MiB is not read
# hvsh-only (virsh reads any size; a sparse file here, so nothing is big)
$ truncate -s 257M n.xml && hvsh -c "test://$PWD/n.xml" list 2>&1 | sed "s|$PWD|DIR|"
>>>
error: failed to connect to the hypervisor
error: XML error: failed to parse xml document 'DIR/n.xml'
>>>= 0

=== a file= reference over 10 MiB is not read
# hvsh-only (virsh reads any size; a sparse file here, so nothing is big)
$ truncate -s 11M big.xml && printf '<node><domain file="big.xml"/></node>' > n.xml
$ hvsh -c "test://$PWD/n.xml" list 2>&1 | sed "s|$PWD|DIR|"
>>>
error: failed to connect to the hypervisor
error: XML error: failed to parse xml document 'DIR/big.xml'
>>>= 0
