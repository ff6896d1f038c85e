# 2200-domain-life: define, create, undefine, start, destroy, shutdown,
# reboot, reset, suspend, resume, autostart, setmem, setmaxmem, setvcpus.
# Expectations are virsh 9.0's, recorded by running it on test:///default.

# --- define, dumpxml, start, list round trip
=== define, dumpxml, start, list
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'define d1.xml; dumpxml d1; start d1; list --all; dumpxml d1 --xpath /domain/@id; domstate --reason d1'
>>>
Domain 'd1' defined from d1.xml

<domain type='test'>
  <name>d1</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <memory unit='KiB'>1048576</memory>
  <currentMemory unit='KiB'>1048576</currentMemory>
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
    <disk type='block' device='cdrom'>
      <source dev='/dev/sr0'/>
      <target dev='hdc' bus='ide'/>
      <readonly/>
      <address type='drive' controller='0' bus='1' target='0' unit='0'/>
    </disk>
    <disk type='file' device='cdrom'>
      <target dev='hdd' bus='ide'/>
      <readonly/>
      <address type='drive' controller='0' bus='1' target='0' unit='1'/>
    </disk>
    <controller type='ide' index='0'/>
    <interface type='bridge'>
      <mac address='52:54:00:00:00:01'/>
      <source bridge='br0'/>
      <target dev='testnet0'/>
      <model type='virtio'/>
    </interface>
  </devices>
</domain>

Domain 'd1' started

 Id   Name   State
----------------------
 1    test   running
 2    d1     running

 id="2"

running (booted)

>>>= 0

=== define --validate
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'define --validate d1.xml; list --all --name'
>>>
Domain 'd1' defined from d1.xml

test
d1

>>>= 0

=== define with --file and a path
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && mkdir sub && mv d1.xml sub && hvsh -c test:///default 'define --file sub/d1.xml'
>>>
Domain 'd1' defined from sub/d1.xml

>>>= 0

=== define again updates
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'define d1.xml; define d1.xml; list --all'
>>>
Domain 'd1' defined from d1.xml

Domain 'd1' defined from d1.xml

 Id   Name   State
-----------------------
 1    test   running
 -    d1     shut off

>>>= 0

=== define -q says nothing
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -q -c test:///default 'define d1.xml; list --all --name'
>>>
test
d1
>>>= 0

=== create: transient and running
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'create d1.xml; list --all; dominfo d1; destroy d1; list --all'
>>>
Domain 'd1' created from d1.xml

 Id   Name   State
----------------------
 1    test   running
 2    d1     running

Id:             2
Name:           d1
UUID:           11111111-2222-3333-4444-555555555555
OS Type:        linux
State:          running
CPU(s):         2
CPU time:       Xs
Max memory:     1048576 KiB
Used memory:    1048576 KiB
Persistent:     no
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

Domain 'd1' destroyed

 Id   Name   State
----------------------
 1    test   running

>>>= 0

=== create --validate
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'create d1.xml --validate; list'
>>>
Domain 'd1' created from d1.xml

 Id   Name   State
----------------------
 1    test   running
 2    d1     running

>>>= 0

=== create --paused is refused by the test driver
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'create d1.xml --paused; list --all'
>>>

 Id   Name   State
----------------------
 1    test   running

>>>2
error: Failed to create domain from d1.xml
error: unsupported flags (0x1) in function testDomainCreateXML
>>>= 0

=== create --autodestroy is refused
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'create d1.xml --autodestroy'
>>>

>>>2
error: Failed to create domain from d1.xml
error: unsupported flags (0x2) in function testDomainCreateXML
>>>= 1

=== create --reset-nvram is refused
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'create d1.xml --reset-nvram'
>>>

>>>2
error: Failed to create domain from d1.xml
error: unsupported flags (0x20) in function testDomainCreateXML
>>>= 1

=== create --pass-fds bad number
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'create d1.xml --pass-fds 3,x; list --all --name'
>>>

test

>>>2
error: Unable to parse FD number 'x'
>>>= 0

=== create --pass-fds empty item
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'create d1.xml --pass-fds 3,,4'
>>>

>>>2
error: Unable to parse FD number ''
>>>= 1

=== create --pass-fds empty list
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default "create d1.xml --pass-fds ''"
>>>
Domain 'd1' created from d1.xml

>>>= 0

=== create --console without a terminal
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'create d1.xml --console; list --name'
>>>
Domain 'd1' created from d1.xml

test
d1

>>>2
error: Cannot run interactive console without a controlling TTY
>>>= 0

# --- undefine
=== undefine a running domain makes it transient
$ hvsh -c test:///default 'undefine test; list --all; dominfo test'
>>>
Domain 'test' has been undefined

 Id   Name   State
----------------------
 1    test   running

Id:             1
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          running
CPU(s):         2
CPU time:       Xs
Max memory:     8388608 KiB
Used memory:    2097152 KiB
Persistent:     no
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

>>>= 0

=== undefine an inactive domain removes it
$ hvsh -c test:///default 'destroy test; undefine test; list --all'
>>>
Domain 'test' destroyed

Domain 'test' has been undefined

 Id   Name   State
--------------------

>>>= 0

=== undefine by id uses the word typed
$ hvsh -c test:///default 'undefine 1'
>>>
Domain '1' has been undefined

>>>= 0

=== undefine --managed-save
$ hvsh -c test:///default 'undefine test --managed-save'
>>>
Domain 'test' has been undefined

>>>= 0

=== undefine --snapshots-metadata
$ hvsh -c test:///default 'undefine test --snapshots-metadata'
>>>
Domain 'test' has been undefined

>>>= 0

=== undefine --checkpoints-metadata
$ hvsh -c test:///default 'undefine test --checkpoints-metadata'
>>>
Domain 'test' has been undefined

>>>= 0

=== undefine --nvram is refused
$ hvsh -c test:///default 'undefine test --nvram; list --all'
>>>

 Id   Name   State
----------------------
 1    test   running

>>>2
error: Failed to undefine domain 'test'
error: unsupported flags (0x4) in function testDomainUndefineFlags
>>>= 0

=== undefine --keep-nvram
$ hvsh -c test:///default 'undefine test --keep-nvram'
>>>
Domain 'test' has been undefined

>>>= 0

=== undefine --tpm
$ hvsh -c test:///default 'undefine test --tpm'
>>>
Domain 'test' has been undefined

>>>= 0

=== undefine --keep-tpm
$ hvsh -c test:///default 'undefine test --keep-tpm'
>>>
Domain 'test' has been undefined

>>>= 0

=== undefine --nvram --keep-nvram
$ hvsh -c test:///default 'undefine test --nvram --keep-nvram'
>>>

>>>2
error: Options --nvram and --keep-nvram are mutually exclusive
>>>= 1

=== undefine --tpm --keep-tpm
$ hvsh -c test:///default 'undefine test --tpm --keep-tpm'
>>>

>>>2
error: Options --tpm and --keep-tpm are mutually exclusive
>>>= 1

=== undefine --wipe-storage alone
$ hvsh -c test:///default 'undefine test --wipe-storage'
>>>

>>>2
error: '--wipe-storage' requires '--storage <string>' or '--remove-all-storage'
>>>= 1

=== undefine --delete-storage-volume-snapshots alone
$ hvsh -c test:///default 'undefine test --delete-storage-volume-snapshots'
>>>

>>>2
error: Option --remove-all-storage is required by option --delete-storage-volume-snapshots
>>>= 1

=== undefine --delete-snapshots alias
$ hvsh -c test:///default 'undefine test --delete-snapshots'
>>>

>>>2
error: Option --remove-all-storage is required by option --delete-storage-volume-snapshots
>>>= 1

=== undefine storage of a running domain
$ hvsh -c test:///default 'undefine test --remove-all-storage; undefine test --storage vda'
>>>


>>>2
error: Storage volume deletion is supported only on stopped domains
error: Storage volume deletion is supported only on stopped domains
>>>= 1

=== undefine storage is positional
$ hvsh -c test:///default 'undefine test vda'
>>>

>>>2
error: Storage volume deletion is supported only on stopped domains
>>>= 1

=== undefine --storage and --remove-all-storage
$ hvsh -c test:///default 'destroy test; undefine test --storage vda --remove-all-storage'
>>>
Domain 'test' destroyed


>>>2
error: Specified both --storage and --remove-all-storage
>>>= 1

=== undefine --storage of an unmanaged volume
$ hvsh -c test:///default 'destroy test; undefine test --storage vda; list --all'
>>>
Domain 'test' destroyed

Domain 'test' has been undefined

 Id   Name   State
--------------------

>>>2
error: Storage volume 'vda'(/guest/diskimage1) is not managed by libvirt. Remove it manually.

>>>= 0

=== undefine --storage by source path
$ hvsh -c test:///default 'destroy test; undefine test --storage /guest/diskimage1'
>>>
Domain 'test' destroyed

Domain 'test' has been undefined

>>>2
error: Storage volume 'vda'(/guest/diskimage1) is not managed by libvirt. Remove it manually.

>>>= 0

=== undefine --storage of an unknown disk
$ hvsh -c test:///default 'destroy test; undefine test --storage vdz; list --all'
>>>
Domain 'test' destroyed


 Id   Name   State
-----------------------
 -    test   shut off

>>>2
error: Volume 'vdz' was not found in domain's definition.

>>>= 0

=== undefine --remove-all-storage
$ hvsh -c test:///default 'destroy test; undefine test --remove-all-storage'
>>>
Domain 'test' destroyed

Domain 'test' has been undefined

>>>2
error: Storage volume 'vda'(/guest/diskimage1) is not managed by libvirt. Remove it manually.

>>>= 0

=== undefine --remove-all-storage removes pool volumes
$ printf "<domain type='test'><name>dv</name><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/default-pool/v1'/><target dev='vdb'/></disk><disk type='volume' device='disk'><source pool='default-pool' volume='v2'/><target dev='vdc'/></disk><disk type='volume' device='disk'><source pool='nopool' volume='v3'/><target dev='vdd'/></disk></devices></domain>\n" > dv.xml && hvsh -c test:///default 'vol-create-as default-pool v1 1M; vol-create-as default-pool v2 1M; define dv.xml; undefine dv --remove-all-storage; vol-list default-pool'
>>>
Vol v1 created

Vol v2 created

Domain 'dv' defined from dv.xml

Domain 'dv' has been undefined
Volume 'vdb'(/default-pool/v1) removed.
Volume 'vdc'(v2) removed.

 Name   Path
--------------

>>>2
error: Storage pool 'nopool' for volume 'vdd' not found.
>>>= 0

=== undefine --storage --wipe-storage: wiping is not supported
$ printf "<domain type='test'><name>dv</name><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/default-pool/v1'/><target dev='vdb'/></disk><disk type='volume' device='disk'><source pool='default-pool' volume='v2'/><target dev='vdc'/></disk><disk type='volume' device='disk'><source pool='nopool' volume='v3'/><target dev='vdd'/></disk></devices></domain>\n" > dv.xml && hvsh -c test:///default 'vol-create-as default-pool v1 1M; define dv.xml; undefine dv --storage vdb --wipe-storage; vol-list default-pool'
>>>
Vol v1 created

Domain 'dv' defined from dv.xml

Domain 'dv' has been undefined
Wiping volume 'vdb'(/default-pool/v1) ... 
 Name   Path
--------------------------
 v1     /default-pool/v1

>>>2
error: Failed! Volume not removed.
error: this function is not supported by the connection driver: virStorageVolWipe
>>>= 0

=== undefine --storage of a disk and of nothing
$ printf "<domain type='test'><name>dv</name><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/default-pool/v1'/><target dev='vdb'/></disk><disk type='volume' device='disk'><source pool='default-pool' volume='v2'/><target dev='vdc'/></disk><disk type='volume' device='disk'><source pool='nopool' volume='v3'/><target dev='vdd'/></disk></devices></domain>\n" > dv.xml && hvsh -c test:///default 'vol-create-as default-pool v1 1M; define dv.xml; undefine dv --storage vdb,nosuch; list --all --name; vol-list default-pool'
>>>
Vol v1 created

Domain 'dv' defined from dv.xml


test
dv

 Name   Path
--------------------------
 v1     /default-pool/v1

>>>2
error: Volume 'nosuch' was not found in domain's definition.

>>>= 0

=== undefine --storage by source, with snapshots
$ printf "<domain type='test'><name>dv</name><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/default-pool/v1'/><target dev='vdb'/></disk><disk type='volume' device='disk'><source pool='default-pool' volume='v2'/><target dev='vdc'/></disk><disk type='volume' device='disk'><source pool='nopool' volume='v3'/><target dev='vdd'/></disk></devices></domain>\n" > dv.xml && hvsh -c test:///default 'vol-create-as default-pool v2 1M; define dv.xml; undefine dv --storage v2 --delete-storage-volume-snapshots --remove-all-storage'
>>>
Vol v2 created

Domain 'dv' defined from dv.xml


>>>2
error: Specified both --storage and --remove-all-storage
>>>= 1

=== undefine of a domain with managed save
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>zeta</name><uuid>00000000-0000-0000-0000-000000000001</uuid><memory>1024</memory><os><type>hvm</type></os></domain><domain type='test'><name>Alpha</name><uuid>00000000-0000-0000-0000-000000000002</uuid><title>First one</title><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain><domain type='test'><name>beta</name><uuid>00000000-0000-0000-0000-000000000003</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>3</test:runstate></domain><domain type='test'><name>gamma</name><uuid>00000000-0000-0000-0000-000000000004</uuid><memory>1024</memory><os><type>hvm</type></os><test:transient/></domain><domain type='test'><name>delta</name><uuid>00000000-0000-0000-0000-000000000005</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:hasmanagedsave/></domain><domain type='test'><name>eps</name><uuid>00000000-0000-0000-0000-000000000006</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>6</test:runstate></domain><domain type='test'><name>inshut</name><uuid>00000000-0000-0000-0000-000000000007</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>4</test:runstate></domain></node>\n" > n.xml && hvsh -c test:n.xml 'undefine delta; list --all --name; undefine delta --managed-save; list --all --name'
>>>

zeta
beta
gamma
eps
inshut
Alpha
delta

Domain 'delta' has been undefined

zeta
beta
gamma
eps
inshut
Alpha

>>>2
error: Refusing to undefine while domain managed save image exists
>>>= 0

=== undefine nosuch
$ hvsh -c test:///default 'undefine nosuch'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

# --- start
=== start
$ hvsh -c test:///default 'destroy test; start test; list'
>>>
Domain 'test' destroyed

Domain 'test' started

 Id   Name   State
----------------------
 2    test   running

>>>= 0

=== start by uuid prints the name
$ hvsh -c test:///default 'destroy test; start 6695eb01-f6a4-8304-79aa-97f2502e193f'
>>>
Domain 'test' destroyed

Domain 'test' started

>>>= 0

=== start refuses an id
$ hvsh -c test:///default 'start 1'
>>>

>>>2
error: failed to get domain '1'
>>>= 1

=== start an active domain
$ hvsh -c test:///default 'start test'
>>>

>>>2
error: Domain is already active
>>>= 1

=== start --paused is refused by the test driver
$ hvsh -c test:///default 'destroy test; start test --paused; domstate --reason test'
>>>
Domain 'test' destroyed


shut off (destroyed)

>>>2
error: Failed to start domain 'test'
error: unsupported flags (0x1) in function testDomainCreateWithFlags
>>>= 0

=== start --autodestroy is refused
$ hvsh -c test:///default 'destroy test; start test --autodestroy'
>>>
Domain 'test' destroyed


>>>2
error: Failed to start domain 'test'
error: unsupported flags (0x2) in function testDomainCreateWithFlags
>>>= 1

=== start --bypass-cache is refused
$ hvsh -c test:///default 'destroy test; start test --bypass-cache'
>>>
Domain 'test' destroyed


>>>2
error: Failed to start domain 'test'
error: unsupported flags (0x4) in function testDomainCreateWithFlags
>>>= 1

=== start --reset-nvram is refused
$ hvsh -c test:///default 'destroy test; start test --reset-nvram'
>>>
Domain 'test' destroyed


>>>2
error: Failed to start domain 'test'
error: unsupported flags (0x20) in function testDomainCreateWithFlags
>>>= 1

=== start --force-boot is emulated
$ hvsh -c test:///default 'destroy test; start test --force-boot; domstate --reason test'
>>>
Domain 'test' destroyed

Domain 'test' started

running (booted)

>>>= 0

=== start --force-boot drops the managed save image
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>zeta</name><uuid>00000000-0000-0000-0000-000000000001</uuid><memory>1024</memory><os><type>hvm</type></os></domain><domain type='test'><name>Alpha</name><uuid>00000000-0000-0000-0000-000000000002</uuid><title>First one</title><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain><domain type='test'><name>beta</name><uuid>00000000-0000-0000-0000-000000000003</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>3</test:runstate></domain><domain type='test'><name>gamma</name><uuid>00000000-0000-0000-0000-000000000004</uuid><memory>1024</memory><os><type>hvm</type></os><test:transient/></domain><domain type='test'><name>delta</name><uuid>00000000-0000-0000-0000-000000000005</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:hasmanagedsave/></domain><domain type='test'><name>eps</name><uuid>00000000-0000-0000-0000-000000000006</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>6</test:runstate></domain><domain type='test'><name>inshut</name><uuid>00000000-0000-0000-0000-000000000007</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>4</test:runstate></domain></node>\n" > n.xml && hvsh -c test:n.xml 'start delta --force-boot; dominfo delta'
>>>
Domain 'delta' started

Id:             6
Name:           delta
UUID:           00000000-0000-0000-0000-000000000005
OS Type:        linux
State:          running
CPU(s):         1
CPU time:       Xs
Max memory:     1024 KiB
Used memory:    1024 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

>>>= 0

=== start from a managed save image
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>zeta</name><uuid>00000000-0000-0000-0000-000000000001</uuid><memory>1024</memory><os><type>hvm</type></os></domain><domain type='test'><name>Alpha</name><uuid>00000000-0000-0000-0000-000000000002</uuid><title>First one</title><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain><domain type='test'><name>beta</name><uuid>00000000-0000-0000-0000-000000000003</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>3</test:runstate></domain><domain type='test'><name>gamma</name><uuid>00000000-0000-0000-0000-000000000004</uuid><memory>1024</memory><os><type>hvm</type></os><test:transient/></domain><domain type='test'><name>delta</name><uuid>00000000-0000-0000-0000-000000000005</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:hasmanagedsave/></domain><domain type='test'><name>eps</name><uuid>00000000-0000-0000-0000-000000000006</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>6</test:runstate></domain><domain type='test'><name>inshut</name><uuid>00000000-0000-0000-0000-000000000007</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>4</test:runstate></domain></node>\n" > n.xml && hvsh -c test:n.xml 'start delta; domstate --reason delta'
>>>
Domain 'delta' started

running (booted)

>>>= 0

=== start --pass-fds
$ hvsh -c test:///default 'destroy test; start test --pass-fds 3'
>>>
Domain 'test' destroyed

Domain 'test' started

>>>= 0

=== start --pass-fds bad
$ hvsh -c test:///default 'destroy test; start test --pass-fds x; list --all'
>>>
Domain 'test' destroyed


 Id   Name   State
-----------------------
 -    test   shut off

>>>2
error: Unable to parse FD number 'x'
>>>= 0

=== start --console without a terminal
$ hvsh -c test:///default 'destroy test; start test --console'
>>>
Domain 'test' destroyed

Domain 'test' started

>>>2
error: Cannot run interactive console without a controlling TTY
>>>= 1

=== start nosuch
$ hvsh -c test:///default 'start nosuch'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

# --- destroy
=== destroy
$ hvsh -c test:///default 'destroy test; domstate --reason test'
>>>
Domain 'test' destroyed

shut off (destroyed)

>>>= 0

=== destroy by id
$ hvsh -c test:///default 'destroy 1'
>>>
Domain '1' destroyed

>>>= 0

=== destroy twice
$ hvsh -c test:///default 'destroy test; destroy test'
>>>
Domain 'test' destroyed


>>>2
error: Failed to destroy domain 'test'
error: Requested operation is not valid: domain is not running
>>>= 1

=== destroy --graceful
$ hvsh -c test:///default 'destroy test --graceful'
>>>
Domain 'test' destroyed

>>>= 0

=== destroy --remove-logs is refused
$ hvsh -c test:///default 'destroy test --remove-logs; list'
>>>

 Id   Name   State
----------------------
 1    test   running

>>>2
error: Failed to destroy domain 'test'
error: unsupported flags (0x2) in function testDomainDestroyFlags
>>>= 0

=== destroy -q
$ hvsh -q -c test:///default 'destroy test; list --all'
>>>
 -   test   shut off
>>>= 0

=== destroy a transient domain removes it
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'create d1.xml; destroy d1; list --all; dominfo d1'
>>>
Domain 'd1' created from d1.xml

Domain 'd1' destroyed

 Id   Name   State
----------------------
 1    test   running


>>>2
error: failed to get domain 'd1'
>>>= 1

# --- shutdown, reboot
=== shutdown
$ hvsh -c test:///default 'shutdown test; domstate --reason test'
>>>
Domain 'test' is being shutdown

shut off (shutdown)

>>>= 0

=== shutdown of an inactive domain
$ hvsh -c test:///default 'shutdown test; shutdown test'
>>>
Domain 'test' is being shutdown


>>>2
error: Failed to shutdown domain 'test'
error: internal error: domain 'test' not running
>>>= 1

=== shutdown --mode is refused by the test driver
$ hvsh -c test:///default 'shutdown test --mode acpi'
>>>

>>>2
error: Failed to shutdown domain 'test'
error: unsupported flags (0x1) in function testDomainShutdownFlags
>>>= 1

=== shutdown mode is positional
$ hvsh -c test:///default 'shutdown test agent'
>>>

>>>2
error: Failed to shutdown domain 'test'
error: unsupported flags (0x2) in function testDomainShutdownFlags
>>>= 1

=== shutdown bad mode
$ hvsh -c test:///default 'shutdown test --mode foo; list'
>>>

 Id   Name   State
----------------------
 1    test   running

>>>2
error: Unknown mode foo value, expecting 'acpi', 'agent', 'initctl', 'signal', or 'paravirt'
>>>= 0

=== shutdown mode list with an empty item
$ hvsh -c test:///default 'shutdown test --mode acpi,'
>>>

>>>2
error: Unknown mode  value, expecting 'acpi', 'agent', 'initctl', 'signal', or 'paravirt'
>>>= 1

=== shutdown empty mode
$ hvsh -c test:///default "shutdown test --mode ''"
>>>

>>>2
error: Failed to get option 'mode': Option argument is empty
>>>= 1

=== reboot
$ hvsh -c test:///default 'reboot test; domstate --reason test; domid test'
>>>
Domain 'test' is being rebooted

running (booted)

1

>>>= 0

=== reboot --mode
$ hvsh -c test:///default 'reboot test --mode acpi,agent'
>>>
Domain 'test' is being rebooted

>>>= 0

=== reboot every mode
$ hvsh -c test:///default 'reboot test --mode acpi,agent,initctl,signal,paravirt'
>>>
Domain 'test' is being rebooted

>>>= 0

=== reboot bad mode
$ hvsh -c test:///default 'reboot test --mode bar'
>>>

>>>2
error: Unknown mode bar value, expecting 'acpi', 'agent', 'initctl', 'signal' or 'paravirt'
>>>= 1

=== reboot of an inactive domain
$ hvsh -c test:///default 'destroy test; reboot test'
>>>
Domain 'test' destroyed


>>>2
error: Failed to reboot domain 'test'
error: Requested operation is not valid: domain is not running
>>>= 1

# --- reset, suspend, resume
=== reset
$ hvsh -c test:///default 'reset test; domstate --reason test'
>>>
Domain 'test' was reset

running (unknown)

>>>= 0

=== reset of an inactive domain
$ hvsh -c test:///default 'destroy test; reset test'
>>>
Domain 'test' destroyed


>>>2
error: Failed to reset domain 'test'
error: Requested operation is not valid: domain is not running
>>>= 1

=== suspend and resume
$ hvsh -c test:///default 'suspend test; domstate --reason test; list; resume test; domstate --reason test'
>>>
Domain 'test' suspended

paused (user)

 Id   Name   State
---------------------
 1    test   paused

Domain 'test' resumed

running (unpaused)

>>>= 0

=== suspend twice
$ hvsh -c test:///default 'suspend test; suspend test'
>>>
Domain 'test' suspended


>>>2
error: Failed to suspend domain 'test'
error: internal error: domain 'test' not running
>>>= 1

=== resume a running domain
$ hvsh -c test:///default 'resume test'
>>>

>>>2
error: Failed to resume domain 'test'
error: internal error: domain 'test' not paused
>>>= 1

=== suspend by uuid
$ hvsh -c test:///default 'suspend 6695eb01-f6a4-8304-79aa-97f2502e193f'
>>>
Domain '6695eb01-f6a4-8304-79aa-97f2502e193f' suspended

>>>= 0

=== suspend -q
$ hvsh -q -c test:///default 'suspend test; resume test; domstate test'
>>>
running
>>>= 0

# --- autostart
=== autostart
$ hvsh -c test:///default 'autostart test; dominfo test; list --autostart; autostart --disable test; list --autostart'
>>>
Domain 'test' marked as autostarted

Id:             1
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          running
CPU(s):         2
CPU time:       Xs
Max memory:     8388608 KiB
Used memory:    2097152 KiB
Persistent:     yes
Autostart:      enable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

 Id   Name   State
----------------------
 1    test   running

Domain 'test' unmarked as autostarted

 Id   Name   State
--------------------

>>>= 0

=== autostart nosuch
$ hvsh -c test:///default 'autostart nosuch'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

# --- setmem, setmaxmem
=== setmem
$ hvsh -c test:///default 'setmem test 1048576; dominfo test'
>>>

Id:             1
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          running
CPU(s):         2
CPU time:       Xs
Max memory:     8388608 KiB
Used memory:    1048576 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

>>>= 0

=== setmem with a unit
$ hvsh -c test:///default 'setmem test 1G; dominfo test'
>>>

Id:             1
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          running
CPU(s):         2
CPU time:       Xs
Max memory:     8388608 KiB
Used memory:    1048576 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

>>>= 0

=== setmem rounds bytes up to KiB
$ hvsh -c test:///default 'setmem test 1025b; dumpxml test --xpath //currentMemory'
>>>

<currentMemory unit="KiB">2</currentMemory>

>>>= 0

=== setmem --kilobytes alias
$ hvsh -c test:///default 'setmem test --kilobytes 4096; dumpxml test --xpath //currentMemory'
>>>

<currentMemory unit="KiB">4096</currentMemory>

>>>= 0

=== setmem --size by name
$ hvsh -c test:///default 'setmem --size 2048 --domain test; dumpxml test --xpath //currentMemory'
>>>

<currentMemory unit="KiB">2048</currentMemory>

>>>= 0

=== setmem --config
$ hvsh -c test:///default 'setmem test 1024 --config; dumpxml test --inactive --xpath //currentMemory; dumpxml test --xpath //currentMemory'
>>>

<currentMemory unit="KiB">1024</currentMemory>

<currentMemory unit="KiB">2097152</currentMemory>

>>>= 0

=== setmem --live
$ hvsh -c test:///default 'setmem test 1024 --live; dumpxml test --xpath //currentMemory'
>>>

<currentMemory unit="KiB">1024</currentMemory>

>>>= 0

=== setmem --current
$ hvsh -c test:///default 'setmem test 1024 --current; dumpxml test --xpath //currentMemory'
>>>

<currentMemory unit="KiB">1024</currentMemory>

>>>= 0

=== setmem above the maximum
$ hvsh -c test:///default 'setmem test 99999999'
>>>

>>>2
error: invalid argument: cannot set memory higher than max memory
>>>= 1

=== setmem zero
$ hvsh -c test:///default 'setmem test 0'
>>>

>>>2
error: memory in virDomainSetMemoryFlags must not be zero
>>>= 1

=== setmem bad suffix
$ hvsh -c test:///default 'setmem test 1xyz'
>>>

>>>2
error: Scaled numeric value '1xyz' for <size> option is malformed or out of range
error: invalid argument: unknown suffix 'xyz'
>>>= 1

=== setmem negative
$ hvsh -c test:///default 'setmem test -1'
>>>

>>>2
error: Scaled numeric value '-1' for <size> option is malformed or out of range
>>>= 1

=== setmem --current --live
$ hvsh -c test:///default 'setmem test 1024 --live --config --current'
>>>

>>>2
error: Options --current and --live are mutually exclusive
>>>= 1

=== setmem --current --config
$ hvsh -c test:///default 'setmem test 1024 --config --current'
>>>

>>>2
error: Options --current and --config are mutually exclusive
>>>= 1

=== setmem --live --config
$ hvsh -c test:///default 'setmem test 1024 --live --config'
>>>

>>>2
error: Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive
>>>= 1

=== setmem of an inactive domain
$ hvsh -c test:///default 'destroy test; setmem test 1024; setmem test 1024 --config; dumpxml test --xpath //currentMemory'
>>>
Domain 'test' destroyed



<currentMemory unit="KiB">1024</currentMemory>

>>>2
error: Requested operation is not valid: domain is not running
>>>= 0

=== setmem --current of an inactive domain
$ hvsh -c test:///default 'destroy test; setmem test 1024 --current; dumpxml test --xpath //currentMemory'
>>>
Domain 'test' destroyed


<currentMemory unit="KiB">1024</currentMemory>

>>>= 0

=== setmem missing size
$ hvsh -c test:///default 'setmem test'
>>>2
error: command 'setmem' requires --size option
>>>= 1

=== setmem nosuch
$ hvsh -c test:///default 'setmem nosuch 1024'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

=== setmaxmem of a running domain
$ hvsh -c test:///default 'setmaxmem test 1024'
>>>

>>>2
error: Unable to change MaxMemorySize
error: Requested operation is not valid: cannot resize the maximum memory on an active domain
>>>= 1

=== setmaxmem --live
$ hvsh -c test:///default 'setmaxmem test 1024 --live'
>>>

>>>2
error: Unable to change MaxMemorySize
error: Requested operation is not valid: cannot resize the maximum memory on an active domain
>>>= 1

=== setmaxmem --config
$ hvsh -c test:///default 'setmaxmem test 4194304 --config; dumpxml test --inactive --xpath //memory; dominfo test'
>>>

<memory unit="KiB">4194304</memory>

Id:             1
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          running
CPU(s):         2
CPU time:       Xs
Max memory:     8388608 KiB
Used memory:    2097152 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

>>>= 0

=== setmaxmem of an inactive domain
$ hvsh -c test:///default 'destroy test; setmaxmem test 1024; dominfo test'
>>>
Domain 'test' destroyed


Id:             -
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          shut off
CPU(s):         2
CPU time:       Xs
Max memory:     1024 KiB
Used memory:    1024 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   

>>>= 0

=== setmaxmem --live --config
$ hvsh -c test:///default 'setmaxmem test 1024 --live --config'
>>>

>>>2
error: Unable to change MaxMemorySize
error: Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive
>>>= 1

=== setmaxmem --kilobytes alias
$ hvsh -c test:///default 'destroy test; setmaxmem test --kilobytes 65536; dumpxml test --xpath //memory'
>>>
Domain 'test' destroyed


<memory unit="KiB">65536</memory>

>>>= 0

# --- setvcpus
=== setvcpus
$ hvsh -c test:///default 'setvcpus test 1; vcpucount test'
>>>

maximum      config         2
maximum      live           2
current      config         2
current      live           1

>>>= 0

=== setvcpus above the maximum
$ hvsh -c test:///default 'setvcpus test 3'
>>>

>>>2
error: invalid argument: requested cpu amount exceeds maximum (3 > 2)
>>>= 1

=== setvcpus zero
$ hvsh -c test:///default 'setvcpus test 0'
>>>

>>>2
error: Can't set 0 processors for a VM
>>>= 1

=== setvcpus zero of nosuch
$ hvsh -c test:///default 'setvcpus nosuch 0'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

=== setvcpus bad number
$ hvsh -c test:///default 'setvcpus test abc'
>>>

>>>2
error: Numeric value 'abc' for <count> option is malformed or out of range
>>>= 1

=== setvcpus fraction
$ hvsh -c test:///default 'setvcpus test 1.5'
>>>

>>>2
error: Numeric value '1.5' for <count> option is malformed or out of range
>>>= 1

=== setvcpus --config
$ hvsh -c test:///default 'setvcpus test 1 --config; vcpucount test'
>>>

maximum      config         2
maximum      live           2
current      config         1
current      live           2

>>>= 0

=== setvcpus --live --config
$ hvsh -c test:///default 'setvcpus test 1 --live --config; vcpucount test'
>>>

maximum      config         2
maximum      live           2
current      config         1
current      live           1

>>>= 0

=== setvcpus --maximum --config
$ hvsh -c test:///default 'setvcpus test 4 --maximum --config; vcpucount test'
>>>

maximum      config         4
maximum      live           2
current      config         2
current      live           2

>>>= 0

=== setvcpus --maximum needs --config
$ hvsh -c test:///default 'setvcpus test 1 --maximum'
>>>

>>>2
error: Option --config is required by option --maximum
>>>= 1

=== setvcpus --current --live
$ hvsh -c test:///default 'setvcpus test 1 --current --live'
>>>

>>>2
error: Options --current and --live are mutually exclusive
>>>= 1

=== setvcpus --current --config
$ hvsh -c test:///default 'setvcpus test 1 --maximum --config --current'
>>>

>>>2
error: Options --current and --config are mutually exclusive
>>>= 1

=== setvcpus --guest is refused
$ hvsh -c test:///default 'setvcpus test 1 --guest'
>>>

>>>2
error: unsupported flags (0x8) in function testDomainSetVcpusFlags
>>>= 1

=== setvcpus --hotpluggable is refused
$ hvsh -c test:///default 'setvcpus test 1 --hotpluggable'
>>>

>>>2
error: unsupported flags (0x10) in function testDomainSetVcpusFlags
>>>= 1

=== setvcpus of an inactive domain
$ hvsh -c test:///default 'destroy test; setvcpus test 1; setvcpus test 1 --config; vcpucount test'
>>>
Domain 'test' destroyed



maximum      config         2
current      config         1

>>>2
error: Requested operation is not valid: domain is not running
>>>= 0

=== setvcpus --current
$ hvsh -c test:///default 'setvcpus test 1 --current; vcpucount test --active'
>>>

1

>>>= 0

=== setvcpus --current of an inactive domain
$ hvsh -c test:///default 'destroy test; setvcpus test 1 --current; vcpucount test'
>>>
Domain 'test' destroyed


maximum      config         2
current      config         1

>>>= 0

=== setvcpus missing count
$ hvsh -c test:///default 'setvcpus test'
>>>2
error: command 'setvcpus' requires --count option
>>>= 1

# --- read-only connections are refused changes
=== read-only destroy
$ hvsh -r -c test:///default 'destroy test; list'
>>>

 Id   Name   State
----------------------
 1    test   running

>>>2
error: Failed to destroy domain 'test'
error: operation forbidden: read only access prevents virDomainDestroy
>>>= 0

=== read-only shutdown, suspend, reboot, reset
$ hvsh -r -c test:///default 'shutdown test; suspend test; reboot test; reset test'
>>>




>>>2
error: Failed to shutdown domain 'test'
error: operation forbidden: read only access prevents virDomainShutdown
error: Failed to suspend domain 'test'
error: operation forbidden: read only access prevents virDomainSuspend
error: Failed to reboot domain 'test'
error: operation forbidden: read only access prevents virDomainReboot
error: Failed to reset domain 'test'
error: operation forbidden: read only access prevents virDomainReset
>>>= 1

=== read-only start
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>zeta</name><uuid>00000000-0000-0000-0000-000000000001</uuid><memory>1024</memory><os><type>hvm</type></os></domain><domain type='test'><name>Alpha</name><uuid>00000000-0000-0000-0000-000000000002</uuid><title>First one</title><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain><domain type='test'><name>beta</name><uuid>00000000-0000-0000-0000-000000000003</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>3</test:runstate></domain><domain type='test'><name>gamma</name><uuid>00000000-0000-0000-0000-000000000004</uuid><memory>1024</memory><os><type>hvm</type></os><test:transient/></domain><domain type='test'><name>delta</name><uuid>00000000-0000-0000-0000-000000000005</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:hasmanagedsave/></domain><domain type='test'><name>eps</name><uuid>00000000-0000-0000-0000-000000000006</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>6</test:runstate></domain><domain type='test'><name>inshut</name><uuid>00000000-0000-0000-0000-000000000007</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>4</test:runstate></domain></node>\n" > n.xml && hvsh -r -c test:n.xml 'start Alpha; list --all --name'
>>>

zeta
beta
gamma
eps
inshut
Alpha
delta

>>>2
error: Failed to start domain 'Alpha'
error: operation forbidden: read only access prevents virDomainCreate
>>>= 0

=== read-only define
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -r -c test:///default 'define d1.xml; create d1.xml; list --all'
>>>


 Id   Name   State
----------------------
 1    test   running

>>>2
error: Failed to define domain from d1.xml
error: operation forbidden: read only access prevents virDomainDefineXML
error: Failed to create domain from d1.xml
error: operation forbidden: read only access prevents virDomainCreateXML
>>>= 0

=== read-only undefine and autostart
$ hvsh -r -c test:///default 'undefine test; autostart test'
>>>


>>>2
error: Failed to undefine domain 'test'
error: operation forbidden: read only access prevents virDomainUndefineFlags
error: Failed to mark domain 'test' as autostarted
error: operation forbidden: read only access prevents virDomainSetAutostart
>>>= 1

=== read-only setmem, setmaxmem, setvcpus
$ hvsh -r -c test:///default 'setmem test 1024; setmaxmem test 1024 --config; setvcpus test 1'
>>>



>>>2
error: operation forbidden: read only access prevents virDomainSetMemoryFlags
error: Unable to change MaxMemorySize
error: operation forbidden: read only access prevents virDomainSetMemoryFlags
error: operation forbidden: read only access prevents virDomainSetVcpus
>>>= 1

=== read-only queries work
$ hvsh -r -c test:///default 'dominfo test; domstate --reason test; vcpucount test; domblklist test'
>>>
Id:             1
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          running
CPU(s):         2
CPU time:       Xs
Max memory:     8388608 KiB
Used memory:    2097152 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

running (unknown)

maximum      config         2
maximum      live           2
current      config         2
current      live           2

 Target   Source
-----------------------------
 vda      /guest/diskimage1

>>>= 0
