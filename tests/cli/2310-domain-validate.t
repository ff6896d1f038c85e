# 2310-domain-validate: domain definitions checked as libvirt 9.0 checks
# them: names, disks, interfaces, vCPUs, memory sizes, enums, CPU modes.
# Expectations are virsh 9.0's, recorded by running it on test:///default.

=== define: a name with a newline is refused
$ printf "<domain type='test'><name>a\nb</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; list --all --name'
>>>

test

>>>2
error: Failed to define domain from d.xml
error: invalid char in name: 

>>>= 0

=== define: a newline written as a character reference is refused too
$ printf "<domain type='test'><name>a&#10;b</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: invalid char in name: 

>>>= 1

=== create: a name with a newline is taken (libvirt checks define only)
$ printf "<domain type='test'><name>a\nb</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'create d.xml; list --all'
>>>
Domain 'a
b' created from d.xml

 Id   Name     State
------------------------
 1    test     running
 2    a\x0ab   running

>>>= 0

=== define: a tab in a name is taken
$ printf "<domain type='test'><name>a\tb</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; list --all'
>>>
Domain 'a	b' defined from d.xml

 Id   Name     State
-------------------------
 1    test     running
 -    a\x09b   shut off

>>>= 0

=== node file: a name with a newline is taken
$ printf "<node><domain type='test'><name>a\nb</name><memory>1024</memory><os><type>hvm</type></os></domain></node>\n" > n.xml && hvsh -c test:///$PWD/n.xml 'list --all'
>>>
 Id   Name     State
------------------------
 1    a\x0ab   running

>>>= 0

=== define: two disks with one target
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/a'/><target dev='vda'/></disk><disk type='file' device='disk'><source file='/b'/><target dev='vda'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; list --all --name'
>>>

test

>>>2
error: Failed to define domain from d.xml
error: XML error: target 'vda' duplicated for disk sources '/a' and '/b'
>>>= 0

=== define: duplicate targets on two buses name the first disk with a twin
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/s2'/><target dev='sdb' bus='scsi'/></disk><disk type='file' device='disk'><source file='/t2'/><target dev='sdb' bus='sata'/></disk><disk type='file' device='disk'><source file='/s1'/><target dev='sda' bus='scsi'/></disk><disk type='file' device='disk'><source file='/v0'/><target dev='vda'/></disk><disk type='file' device='disk'><source file='/v1'/><target dev='vdb'/></disk><disk type='file' device='disk'><source file='/v2'/><target dev='vdc'/></disk><disk type='file' device='disk'><source file='/v3'/><target dev='vdd'/></disk><disk type='file' device='disk'><source file='/v4'/><target dev='vde'/></disk><disk type='file' device='disk'><source file='/v5'/><target dev='vdf'/></disk><disk type='file' device='disk'><source file='/v6'/><target dev='vdg'/></disk><disk type='file' device='disk'><source file='/v7'/><target dev='vdh'/></disk><disk type='file' device='disk'><source file='/v8'/><target dev='vdi'/></disk><disk type='file' device='disk'><source file='/v9'/><target dev='vdj'/></disk><disk type='file' device='disk'><source file='/v10'/><target dev='vdk'/></disk><disk type='file' device='disk'><source file='/v11'/><target dev='vdl'/></disk><disk type='file' device='disk'><source file='/v12'/><target dev='vdm'/></disk><disk type='file' device='disk'><source file='/v13'/><target dev='vdn'/></disk><disk type='file' device='disk'><source file='/v14'/><target dev='vdo'/></disk><disk type='file' device='disk'><source file='/v15'/><target dev='vdp'/></disk><disk type='file' device='disk'><source file='/v16'/><target dev='vdq'/></disk><disk type='file' device='disk'><source file='/v17'/><target dev='vdr'/></disk><disk type='file' device='disk'><source file='/t1'/><target dev='sda' bus='sata'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: target 'sda' duplicated for disk sources '/s1' and '/t1'
>>>= 1

=== define: duplicate targets of disks without a medium
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='cdrom'><target dev='hdc'/></disk><disk type='file' device='cdrom'><target dev='hdc'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: target 'hdc' duplicated for disk sources '<null>' and '<null>'
>>>= 1

=== define: 3000 disks all on vda
$ python3 -c "print(\"<domain type='test'><name>x</name><memory>1024</memory><os><type>hvm</type></os><devices>\" + ''.join(\"<disk type='file' device='disk'><source file='/i/%d'/><target dev='vda'/></disk>\" % i for i in range(3000)) + '</devices></domain>')" > d.xml && hvsh -c test:///default 'define d.xml; list --all --name'
>>>

test

>>>2
error: Failed to define domain from d.xml
error: XML error: target 'vda' duplicated for disk sources '/i/0' and '/i/1'
>>>= 0

=== define: a disk without a medium
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><target dev='hda'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: missing source information for device hda
>>>= 1

=== define: a network disk without a protocol
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='network' device='disk'><source name='n'/><target dev='vda'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Missing required attribute 'protocol' in element 'source'
>>>= 1

=== define: a disk name libvirt cannot number
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/a'/><target dev='xda'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Unknown disk name 'xda' and no address specified
>>>= 1

=== define: a disk name past the largest index
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/a'/><target dev='vdfxshrxy'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Unknown disk name 'vdfxshrxy' and no address specified
>>>= 1

=== define: a disk name with an address but no known prefix
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/a'/><target dev='xda'/><address type='drive' controller='0' bus='0' target='0' unit='1'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: internal error: Invalid harddisk device name: xda
>>>= 1

=== define: a floppy off the fdc bus
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='floppy'><source file='/a'/><target dev='fda' bus='ide'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: internal error: Invalid bus type 'ide' for floppy disk
>>>= 1

=== define: a floppy with a hard disk name
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='floppy'><source file='/a'/><target dev='hda'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: internal error: Invalid floppy device name: hda
>>>= 1

=== define: a lun on a file
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='lun'><source file='/a'/><target dev='sda'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: disk device='lun' is only valid for block type disk source
>>>= 1

=== define: 1024 interfaces are the most the test driver names
$ python3 -c "print(\"<domain type='test'><name>x</name><memory>1024</memory><os><type>hvm</type></os><devices>\" + \"<interface type='user'/>\" * 1024 + '</devices></domain>')" > d.xml && hvsh -c test:///default 'define d.xml; list --all --name'
>>>
Domain 'x' defined from d.xml

test
x

>>>= 0

=== define: 20000 interfaces
$ python3 -c "print(\"<domain type='test'><name>x</name><memory>1024</memory><os><type>hvm</type></os><devices>\" + \"<interface type='user'/>\" * 20000 + '</devices></domain>')" > d.xml && hvsh -c test:///default 'define d.xml; list --all --name'
>>>

test

>>>2
error: Failed to define domain from d.xml
error: internal error: Exceeded max iface limit 1024
>>>= 0

=== create: 1025 interfaces
$ python3 -c "print(\"<domain type='test'><name>x</name><memory>1024</memory><os><type>hvm</type></os><devices>\" + \"<interface type='user'/>\" * 1025 + '</devices></domain>')" > d.xml && hvsh -c test:///default 'create d.xml'
>>>

>>>2
error: Failed to create domain from d.xml
error: internal error: Exceeded max iface limit 1024
>>>= 1

=== node file: 1025 interfaces
$ python3 -c "print(\"<node><domain type='test'><name>x</name><memory>1024</memory><os><type>hvm</type></os><devices>\" + \"<interface type='user'/>\" * 1025 + '</devices></domain></node>')" > n.xml && hvsh -c test:///$PWD/n.xml list
>>>2
error: failed to connect to the hypervisor
error: internal error: Exceeded max iface limit 1024
>>>= 1

=== define: interfaces are named around the testnet names taken
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><interface type='user'/><interface type='user'><target dev='testnet0'/></interface><interface type='user'/><interface type='user'><target dev='testnet02'/></interface></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //interface/target'
>>>
Domain 'x' defined from d.xml

<target dev="testnet1"/>
<target dev="testnet0"/>
<target dev="testnet2"/>
<target dev="testnet02"/>

>>>= 0

=== define: 100000 vCPUs; dominfo shows the count modulo 65536
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu>100000</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dominfo x; vcpucount x; setvcpus x 5 --config; vcpucount x; setvcpus x 100001 --config --maximum; maxvcpus'
>>>
Domain 'x' defined from d.xml

Id:             -
Name:           x
UUID:           11111111-2222-3333-4444-555555555555
OS Type:        linux
State:          shut off
CPU(s):         34464
CPU time:       Xs
Max memory:     1024 KiB
Used memory:    1024 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   

maximum      config       100000
current      config       100000


maximum      config       100000
current      config         5


32

>>>2
error: invalid argument: requested cpu amount exceeds maximum supported amount (100001 > 32)
>>>= 0

=== define: 100000 vCPUs, 3 of them current, running
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu current='3'>100000</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; start x; vcpucount x; setvcpus x 2; vcpucount x --live'
>>>
Domain 'x' defined from d.xml

Domain 'x' started

maximum      config       100000
maximum      live         100000
current      config         3
current      live           3


2

>>>= 0

=== define: a negative vCPU count wraps as libvirt reads it
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu>-4294967295</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; vcpucount x'
>>>
Domain 'x' defined from d.xml

maximum      config         1
current      config         1

>>>= 0

=== define: a vCPU count with leading blanks and a sign
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu> +3</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; vcpucount x'
>>>
Domain 'x' defined from d.xml

maximum      config         3
current      config         3

>>>= 0

=== define: an empty vCPU count
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu></vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: maximum vcpus count must be an integer
>>>= 1

=== define: a vCPU count past 32 bits
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu>4294967296</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: maximum vcpus count must be an integer
>>>= 1

=== define: a negative current vCPU count
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu current='-1'>3</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'current' in element 'vcpu': '-1'. Expected non-negative integer value
>>>= 1

=== define: an empty current vCPU count
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu current=''>3</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'current' in element 'vcpu': ''. Expected non-negative integer value
>>>= 1

=== define: current vCPUs zero is kept
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu current='0'>3</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; vcpucount x; dumpxml x --xpath //vcpu'
>>>
Domain 'x' defined from d.xml

maximum      config         3

<vcpu placement="static" current="0">3</vcpu>

>>>= 0

=== define: a bad vCPU placement
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu placement='bogus'>2</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'placement' in element 'vcpu': 'bogus'.
>>>= 1

=== define: automatic vCPU placement brings automatic memory placement
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu placement='auto'>2</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //vcpu; dumpxml x --xpath //numatune'
>>>
Domain 'x' defined from d.xml

<vcpu placement="auto">2</vcpu>

<numatune>
  <memory mode="strict" placement="auto"/>
</numatune>

>>>= 0

=== define: memory past 64 bits
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory unit='KiB'>99999999999999999999</memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value '99999999999999999999' for element or attribute './memory[1]'
>>>= 1

=== define: 20 EiB of memory
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory unit='EiB'>20</memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: numerical overflow: value too large: 20EiB
>>>= 1

=== define: 8 EiB of memory is past libvirt's bound
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory unit='EiB'>8</memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: numerical overflow: value too large: 8EiB
>>>= 1

=== define: memory at the bound in KiB
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>9007199254740991</memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dominfo x'
>>>
Domain 'x' defined from d.xml

Id:             -
Name:           x
UUID:           11111111-2222-3333-4444-555555555555
OS Type:        linux
State:          shut off
CPU(s):         1
CPU time:       Xs
Max memory:     9007199254740991 KiB
Used memory:    9007199254740991 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   

>>>= 0

=== define: memory one KiB past the bound, no unit
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>9007199254740992</memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: numerical overflow: value too large: 9007199254740992
>>>= 1

=== define: memory past the bound in bytes
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory unit='b'>18446744073709551615</memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: numerical overflow: value too large: 18446744073709551615b
>>>= 1

=== define: decimal units in any case
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory unit='kb'>1000</memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dominfo x'
>>>
Domain 'x' defined from d.xml

Id:             -
Name:           x
UUID:           11111111-2222-3333-4444-555555555555
OS Type:        linux
State:          shut off
CPU(s):         1
CPU time:       Xs
Max memory:     977 KiB
Used memory:    977 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   

>>>= 0

=== define: current memory past the bound
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><currentMemory unit='EiB'>20</currentMemory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: numerical overflow: value too large: 20EiB
>>>= 1

=== define: a 9 MB attribute is within libxml2's limit
# local-only: the wire's strings stop at 4 MiB (virsh: Unable to encode message payload)
$ python3 -c "print(\"<domain type='test'><name>x</name><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/\" + 'x' * 9437184 + \"'/><target dev='vda'/></disk></devices></domain>\")" > d.xml && hvsh -c test:///default 'define d.xml; domblklist x' | wc -c
>>>
18874443
>>>= 0

=== define: a 9 MB description
# local-only: the wire's strings stop at 4 MiB (virsh: Unable to encode message payload)
$ python3 -c "print(\"<domain type='test'><name>x</name><memory>1024</memory><description>\" + 'x' * 9437184 + \"</description><os><type>hvm</type></os></domain>\")" > d.xml && hvsh -c test:///default 'define d.xml; desc x' | wc -c
>>>
9437216
>>>= 0

=== define: unknown devices and parts of disks and interfaces are dropped
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><bogus a='1'/><disk type='file' device='cdrom'><target dev='hdc'/><bogus/></disk><frob>text</frob><interface type='user'><mac address='52:54:00:00:00:01'/><bogus/></interface></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //devices'
>>>
Domain 'x' defined from d.xml

<devices>
  <disk type="file" device="cdrom">
    <target dev="hdc" bus="ide"/>
    <readonly/>
    <address type="drive" controller="0" bus="1" target="0" unit="0"/>
  </disk>
  <controller type="ide" index="0"/>
  <interface type="user">
    <mac address="52:54:00:00:00:01"/>
    <target dev="testnet0"/>
  </interface>
</devices>

>>>= 0

=== define: disk parts in libvirt's order
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><boot order='1'/><target dev='vda'/><blockio logical_block_size='512'/><geometry cyls='1' heads='1' secs='1'/><source file='/a'/></disk><interface type='user'><acpi index='3'/><alias name='ua-y'/><rom bar='on'/><mac address='52:54:00:00:00:01'/></interface></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //devices'
>>>
Domain 'x' defined from d.xml

<devices>
  <disk type="file" device="disk">
    <source file="/a"/>
    <geometry cyls="1" heads="1" secs="1"/>
    <blockio logical_block_size="512"/>
    <target dev="vda" bus="virtio"/>
    <boot order="1"/>
  </disk>
  <interface type="user">
    <mac address="52:54:00:00:00:01"/>
    <target dev="testnet0"/>
    <alias name="ua-y"/>
    <rom bar="on"/>
    <acpi index="3"/>
  </interface>
</devices>

>>>= 0

=== define: a host-model CPU model falls back by default
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><cpu mode='host-model'><model>qemu64</model></cpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //cpu'
>>>
Domain 'x' defined from d.xml

<cpu mode="host-model">
  <model fallback="allow">qemu64</model>
</cpu>

>>>= 0

=== define: a host-passthrough CPU has no model
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><cpu mode='host-passthrough'><model>qemu64</model></cpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //cpu'
>>>
Domain 'x' defined from d.xml

<cpu mode="host-passthrough"/>

>>>= 0

=== define: a bad CPU mode
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><cpu mode='bogus'><model>x</model></cpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: Invalid mode attribute 'bogus'
>>>= 1

=== define: a bad CPU match
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><cpu match='bogus'><model>x</model></cpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'match' in element 'cpu': 'bogus'.
>>>= 1

=== define: a bad CPU model fallback
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><cpu><model fallback='bogus'>x</model></cpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: Invalid fallback attribute
>>>= 1

=== define: a 2000-character CPU model is taken
$ python3 -c "print(\"<domain type='test'><name>x</name><memory>1024</memory><os><type>hvm</type></os><cpu mode='custom'><model>\" + 'A' * 2000 + '</model></cpu></domain>')" > d.xml && hvsh -c test:///default 'define d.xml; list --all --name'
>>>
Domain 'x' defined from d.xml

test
x

>>>= 0

=== define: an OS type in capitals
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>HVM</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: unknown OS type 'HVM'
>>>= 1

=== define: an unknown architecture
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type arch='bogus'>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: Unknown architecture bogus
>>>= 1

=== define: an unknown disk type
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='bogus' device='disk'><source file='/a'/><target dev='vda'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'type' in element 'disk': 'bogus'.
>>>= 1

=== define: an unknown disk device
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='bogus'><source file='/a'/><target dev='vda'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'device' in element 'disk': 'bogus'.
>>>= 1

=== define: an unknown disk bus
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/a'/><target dev='vda' bus='bogus'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'bus' in element 'target': 'bogus'.
>>>= 1

=== define: an unknown interface type
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><interface type='bogus'/></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'type' in element 'interface': 'bogus'.
>>>= 1

=== define: a network interface without a source
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><interface type='network'/></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: interface type='network' requires a 'source' element
>>>= 1

=== define: a multicast interface MAC
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><interface type='user'><mac address='01:54:00:00:00:01'/></interface></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: expected unicast mac address, found multicast '01:54:00:00:00:01'
>>>= 1

=== define: an unknown clock offset
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><clock offset='bogus'/></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: unknown clock offset 'bogus'
>>>= 1

=== define: an unknown feature
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><features><acpi/><bogus/></features></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: unexpected feature 'bogus'
>>>= 1

=== define: an unknown lock failure action
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><on_lockfailure>bogus</on_lockfailure></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: unknown on_lockfailure action: bogus
>>>= 1

=== define: a core dump on reboot
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><on_reboot>coredump-destroy</on_reboot></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: Lifecycle event 'reboot' doesn't support 'coredump-destroy' action
>>>= 1

=== define: an empty poweroff action is the default
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><on_poweroff></on_poweroff></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //on_poweroff'
>>>
Domain 'x' defined from d.xml

<on_poweroff>destroy</on_poweroff>

>>>= 0

=== define: two disks at one drive address
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/a'/><target dev='sda'/><address type='drive' controller='0' bus='0' target='0' unit='0'/></disk><disk type='file' device='disk'><source file='/b'/><target dev='sdb'/><address type='drive' controller='0' bus='0' target='0' unit='0'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: Found duplicate drive address for disk with target name 'sda' controller='0' bus='0' target='0' unit='0'
>>>= 1

=== define: a drive address given that another disk has by its name
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/a'/><target dev='sda'/></disk><disk type='file' device='disk'><source file='/b'/><target dev='sdb'/><address type='drive' controller='0' bus='0' target='0' unit='0'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: Found duplicate drive address for disk with target name 'sda' controller='0' bus='0' target='0' unit='0'
>>>= 1

=== define: a drive address taken among 21 disks
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/i/0'/><target dev='sda'/></disk><disk type='file' device='disk'><source file='/i/1'/><target dev='sdb'/></disk><disk type='file' device='disk'><source file='/i/2'/><target dev='sdc'/></disk><disk type='file' device='disk'><source file='/i/3'/><target dev='sdd'/></disk><disk type='file' device='disk'><source file='/i/4'/><target dev='sde'/></disk><disk type='file' device='disk'><source file='/i/5'/><target dev='sdf'/></disk><disk type='file' device='disk'><source file='/i/6'/><target dev='sdg'/></disk><disk type='file' device='disk'><source file='/i/7'/><target dev='sdh'/></disk><disk type='file' device='disk'><source file='/i/8'/><target dev='sdi'/></disk><disk type='file' device='disk'><source file='/i/9'/><target dev='sdj'/></disk><disk type='file' device='disk'><source file='/i/10'/><target dev='sdk'/></disk><disk type='file' device='disk'><source file='/i/11'/><target dev='sdl'/></disk><disk type='file' device='disk'><source file='/i/12'/><target dev='sdm'/></disk><disk type='file' device='disk'><source file='/i/13'/><target dev='sdn'/></disk><disk type='file' device='disk'><source file='/i/14'/><target dev='sdo'/></disk><disk type='file' device='disk'><source file='/i/15'/><target dev='sdp'/></disk><disk type='file' device='disk'><source file='/i/16'/><target dev='sdq'/></disk><disk type='file' device='disk'><source file='/i/17'/><target dev='sdr'/></disk><disk type='file' device='disk'><source file='/i/18'/><target dev='sds'/></disk><disk type='file' device='disk'><source file='/i/19'/><target dev='sdt'/></disk><disk type='file' device='disk'><source file='/z'/><target dev='sdz'/><address type='drive' controller='1' bus='0' target='0' unit='0'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: Found duplicate drive address for disk with target name 'sdh' controller='1' bus='0' target='0' unit='0'
>>>= 1

=== define: one drive address on two buses
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/a'/><target dev='sda' bus='scsi'/><address type='drive' controller='0' bus='0' target='0' unit='0'/></disk><disk type='file' device='disk'><source file='/b'/><target dev='sdb' bus='sata'/><address type='drive' controller='0' bus='0' target='0' unit='0'/></disk></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; list --all --name'
>>>
Domain 'x' defined from d.xml

test
x

>>>= 0

=== define: memory with a leading blank and a sign
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory> +5</memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dominfo x'
>>>
Domain 'x' defined from d.xml

Id:             -
Name:           x
UUID:           11111111-2222-3333-4444-555555555555
OS Type:        linux
State:          shut off
CPU(s):         1
CPU time:       Xs
Max memory:     5 KiB
Used memory:    5 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   

>>>= 0

=== define: memory with a trailing blank
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>5 </memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value '5 ' for element or attribute './memory[1]'
>>>= 1

=== define: empty memory is no memory
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory></memory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Memory size must be specified via <memory> or in the <numa> configuration
>>>= 1

=== define: maxMemory is printed in KiB
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><maxMemory slots='2' unit='MiB'>4</maxMemory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //maxMemory'
>>>
Domain 'x' defined from d.xml

<maxMemory slots="2" unit="KiB">4096</maxMemory>

>>>= 0

=== define: maxMemory without slots
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><maxMemory>4096</maxMemory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: both maximum memory size and memory slot count must be specified
>>>= 1

=== define: a negative memory slot count
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><maxMemory slots='-1'>4096</maxMemory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Failed to parse memory slot count
>>>= 1

=== define: a bad maxMemory
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><maxMemory slots='2'>abc</maxMemory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value 'abc' for element or attribute './maxMemory[1]'
>>>= 1

=== define: maxMemory below memory
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><maxMemory slots='3' unit='KiB'>5</maxMemory><os><type>hvm</type></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: maximum memory size must be equal or greater than the actual memory size
>>>= 1

=== define: a vCPU set is printed as libvirt reads it
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu cpuset=' 5, 1 - 3 ,^2,00'>2</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //vcpu'
>>>
Domain 'x' defined from d.xml

<vcpu placement="static" cpuset="0-1,3,5">2</vcpu>

>>>= 0

=== define: a vCPU set of every CPU is dropped
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu cpuset='0-16383'>2</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //vcpu'
>>>
Domain 'x' defined from d.xml

<vcpu placement="static">2</vcpu>

>>>= 0

=== define: a vCPU set past the last CPU
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu cpuset='16384'>2</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: invalid argument: Failed to parse bitmap '16384'
>>>= 1

=== define: a vCPU set that is not a list
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu cpuset='0,,1'>2</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: invalid argument: Failed to parse bitmap '0,,1'
>>>= 1

=== define: a reversed vCPU range
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu cpuset='3-1'>2</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: invalid argument: Failed to parse bitmap '3-1'
>>>= 1

=== define: an empty vCPU set
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><vcpu cpuset='0-1,^0,^1'>2</vcpu></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: Invalid value of 'cpuset': 0-1,^0,^1
>>>= 1

=== define: an unknown boot device
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type><boot dev='bogus'/></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'dev' in element 'boot': 'bogus'.
>>>= 1

=== define: a bad boot menu switch
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type><bootmenu enable='maybe'/></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'enable' in element 'bootmenu': 'maybe'.
>>>= 1

=== define: a boot menu timeout past 65535
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type><bootmenu enable='yes' timeout='99999'/></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: invalid value for boot menu timeout, must be in range [0,65535]
>>>= 1

=== define: a reboot timeout below -1
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type><bios rebootTimeout='-5'/></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: invalid value for rebootTimeout, must be in range [-1,65535]
>>>= 1

=== define: an unknown SMBIOS mode
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type><smbios mode='bogus'/></os></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: unknown smbios mode 'bogus'
>>>= 1

=== define: a bad APIC EOI switch
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><features><apic eoi='maybe'/></features></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'eoi' in element 'apic': 'maybe'.
>>>= 1

=== define: a bad HAP state
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><features><hap state='maybe'/></features></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'state' in element 'hap': 'maybe'.
>>>= 1

=== define: a bad suspend switch
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><pm><suspend-to-mem enabled='maybe'/></pm></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'enabled' in element 'suspend-to-mem': 'maybe'.
>>>= 1

=== define: an unknown timer
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><clock offset='utc'><timer name='bogus'/></clock></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'name' in element 'timer': 'bogus'.
>>>= 1

=== define: an iothreads count past 32 bits
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><iothreads>99999999999</iothreads></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: invalid iothreads count '99999999999'
>>>= 1

=== define: a negative iothreads count
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><iothreads>-1</iothreads></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: invalid iothreads count '-1'
>>>= 1

=== define: CPU shares out of range
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><cputune><shares>99999999999</shares></cputune></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: Value of cputune 'shares' must be in range [2, 262144]
>>>= 1

=== define: CPU shares that are not a number
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><cputune><shares>abc</shares></cputune></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: can't parse cputune shares value
>>>= 1

=== define: a memory limit past the bound
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><memtune><hard_limit unit='EiB'>20</hard_limit></memtune></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: numerical overflow: value too large: 20EiB
>>>= 1

=== define: a bad memory limit
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><memtune><hard_limit>abc</hard_limit></memtune></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value 'abc' for element or attribute './memtune/hard_limit[1]'
>>>= 1

=== define: an unknown graphics type
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><graphics type='bogus'/></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'type' in element 'graphics': 'bogus'.
>>>= 1

=== define: an unknown video model
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><video><model type='bogus'/></video></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: unknown video model 'bogus'
>>>= 1

=== define: an unknown controller type
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><controller type='bogus'/></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'type' in element 'controller': 'bogus'.
>>>= 1

=== define: a negative controller index
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><controller type='scsi' index='-1'/></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'index' in element 'controller': '-1'. Expected non-negative value
>>>= 1

=== define: a controller index that is not a number
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><controller type='scsi' index='abc'/></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'index' in element 'controller': 'abc'. Expected integer value
>>>= 1

=== define: an unknown input type
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><input type='bogus'/></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: unknown input device type 'bogus'
>>>= 1

=== define: an unknown serial type
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><serial type='bogus'/></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: unknown type presented to host for character device: bogus
>>>= 1

=== define: an unknown console target
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><console type='pty'><target type='bogus'/></console></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: unknown target type 'bogus' specified for character device
>>>= 1

=== define: an unknown balloon model
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><memballoon model='bogus'/></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'model' in element 'memballoon': 'bogus'.
>>>= 1

=== define: an unknown watchdog model
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><watchdog model='bogus'/></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: unknown watchdog model 'bogus'
>>>= 1

=== define: an unknown RNG backend
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><rng model='virtio'><backend model='bogus'/></rng></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: unknown RNG backend model 'bogus'
>>>= 1

=== define: an unknown sound model
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><sound model='bogus'/></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Invalid value for attribute 'model' in element 'sound': 'bogus'.
>>>= 1

=== define: a host device without a source
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><hostdev mode='subsystem' type='pci'/></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: Missing <source> element in hostdev device
>>>= 1

=== define: memory limits are printed in KiB and no limit is dropped
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><memtune><swap_hard_limit>3</swap_hard_limit><hard_limit>9007199254740991</hard_limit><min_guarantee unit='MiB'>7</min_guarantee><soft_limit></soft_limit></memtune></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //memtune'
>>>
Domain 'x' defined from d.xml

<memtune>
  <min_guarantee unit="KiB">7168</min_guarantee>
  <swap_hard_limit unit="KiB">3</swap_hard_limit>
</memtune>

>>>= 0

=== define: values libvirt 9.0 knows are taken
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><features><apic eoi='on'/><pmu state='off'/></features><devices><graphics type='dbus'/><video><model type='gop'/></video><sound model='ich7'/><input type='evdev'><source dev='/dev/input/event1'/></input></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; list --all --name'
>>>
Domain 'x' defined from d.xml

test
x

>>>= 0

=== define: the default video model is the driver's
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><video><model type='default'/></video><video><model type='vga'/></video></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //video'
>>>
Domain 'x' defined from d.xml

<video>
  <model type="cirrus" vram="16384" heads="1" primary="yes"/>
</video>
<video>
  <model type="vga" vram="16384" heads="1"/>
</video>

>>>= 0

=== define: a none video is not primary
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><video><model type='none'/></video></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //video'
>>>
Domain 'x' defined from d.xml

<video>
  <model type="none"/>
</video>

>>>= 0

=== define: a none video beside another
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><video><model type='none'/></video><video><model type='vga'/></video></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: unsupported configuration: a 'none' video type must be the only video device defined for the domain
>>>= 1

=== define: the values at the start of libvirt's lists are taken
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type><smbios mode='none'/></os><devices><console type='pty'><target type='none'/></console></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; list --all --name'
>>>
Domain 'x' defined from d.xml

test
x

>>>= 0

=== define: a MAC address is read as libvirt reads it: one digit a byte, blanks after it
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><interface type='user'><mac address='2:54:0:A:bB:c '/></interface></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml; dumpxml x --xpath //mac'
>>>
Domain 'x' defined from d.xml

<mac address="02:54:00:0a:bb:0c"/>

>>>= 0

=== define: a MAC address with three digits in a byte is refused
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><interface type='user'><mac address='52:54:00:aa:bb:ccc'/></interface></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: unable to parse mac address '52:54:00:aa:bb:ccc'
>>>= 1

=== define: a short MAC address can still be multicast
$ printf "<domain type='test'><name>x</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os><devices><interface type='user'><mac address='1:2:3:4:5:6'/></interface></devices></domain>\n" > d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to define domain from d.xml
error: XML error: expected unicast mac address, found multicast '1:2:3:4:5:6'
>>>= 1
