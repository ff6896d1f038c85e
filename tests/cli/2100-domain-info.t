# 2100-domain-info: list, dominfo, domstate, domid/domname/domuuid,
# dumpxml, vcpucount, domblklist, domiflist.
# Expectations are virsh 9.0's, recorded by running it on test:///default.

# --- list
=== list
$ hvsh -c test:///default list
>>>
 Id   Name   State
----------------------
 1    test   running

>>>= 0

=== list --all
$ hvsh -c test:///default 'list --all'
>>>
 Id   Name   State
----------------------
 1    test   running

>>>= 0

=== list --inactive: none
$ hvsh -c test:///default 'list --inactive'
>>>
 Id   Name   State
--------------------

>>>= 0

=== list --name
$ hvsh -c test:///default 'list --name'
>>>
test

>>>= 0

=== list --uuid
$ hvsh -c test:///default 'list --uuid'
>>>
6695eb01-f6a4-8304-79aa-97f2502e193f

>>>= 0

=== list --id
$ hvsh -c test:///default 'list --id'
>>>
1

>>>= 0

=== list --uuid --name --id: fixed field order
$ hvsh -c test:///default 'list --id --name --uuid'
>>>
6695eb01-f6a4-8304-79aa-97f2502e193f 1 test

>>>= 0

=== list --title
$ hvsh -c test:///default 'list --title'
>>>
 Id   Name   State     Title
------------------------------
 1    test   running   

>>>= 0

=== list --table
$ hvsh -c test:///default 'list --table'
>>>
 Id   Name   State
----------------------
 1    test   running

>>>= 0

=== list -q: no header
$ hvsh -q -c test:///default 'list --all'
>>>
 1   test   running
>>>= 0

=== list --table --name
$ hvsh -c test:///default 'list --table --name'
>>>

>>>2
error: Options --table and --name are mutually exclusive
>>>= 1

=== list --table --uuid
$ hvsh -c test:///default 'list --table --uuid'
>>>

>>>2
error: Options --table and --uuid are mutually exclusive
>>>= 1

=== list --id --table
$ hvsh -c test:///default 'list --id --table'
>>>

>>>2
error: Options --table and --id are mutually exclusive
>>>= 1

=== list takes no data
$ hvsh -c test:///default 'list x'
>>>2
error: unexpected data 'x'
>>>= 1

=== list bool with =
$ hvsh -c test:///default 'list --all=yes'
>>>2
error: invalid '=' after option --all
>>>= 1

=== list after destroy
$ hvsh -c test:///default 'destroy test; list; list --all; list --inactive; list --id; list --all --id --name'
>>>
Domain 'test' destroyed

 Id   Name   State
--------------------

 Id   Name   State
-----------------------
 -    test   shut off

 Id   Name   State
-----------------------
 -    test   shut off


- test

>>>= 0

=== list --state-shutoff lists inactive domains
$ hvsh -c test:///default 'destroy test; list --state-shutoff'
>>>
Domain 'test' destroyed

 Id   Name   State
-----------------------
 -    test   shut off

>>>= 0

=== list filters on default
$ hvsh -c test:///default 'list --persistent; list --transient; list --autostart; list --no-autostart'
>>>
 Id   Name   State
----------------------
 1    test   running

 Id   Name   State
--------------------

 Id   Name   State
--------------------

 Id   Name   State
----------------------
 1    test   running

>>>= 0

=== list snapshot and checkpoint filters
$ hvsh -c test:///default 'list --with-snapshot; list --without-snapshot; list --with-checkpoint; list --without-checkpoint'
>>>
 Id   Name   State
--------------------

 Id   Name   State
----------------------
 1    test   running

 Id   Name   State
--------------------

 Id   Name   State
----------------------
 1    test   running

>>>= 0

=== list managed save filters
$ hvsh -c test:///default 'list --with-managed-save; list --without-managed-save'
>>>
 Id   Name   State
--------------------

 Id   Name   State
----------------------
 1    test   running

>>>= 0

=== list state filters
$ hvsh -c test:///default 'list --state-running; list --state-paused; list --state-other; list --all --state-running'
>>>
 Id   Name   State
----------------------
 1    test   running

 Id   Name   State
--------------------

 Id   Name   State
--------------------

 Id   Name   State
----------------------
 1    test   running

>>>= 0

=== list sorts running by id, then the rest by name ignoring case
$ for n in delta Alpha beta; do printf "<domain type='test'><name>$n</name><title>T $n</title><memory>1024</memory><os><type>hvm</type></os></domain>\n" > $n.xml; done && printf "<domain type='test'><name>zz</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" > zz.xml && hvsh -c test:///default 'define delta.xml; define Alpha.xml; define beta.xml; create zz.xml; start beta; list --all; list --all --title; list --all --name; list --inactive --id --name; list --all --id'
>>>
Domain 'delta' defined from delta.xml

Domain 'Alpha' defined from Alpha.xml

Domain 'beta' defined from beta.xml

Domain 'zz' created from zz.xml

Domain 'beta' started

 Id   Name    State
------------------------
 1    test    running
 2    zz      running
 3    beta    running
 -    Alpha   shut off
 -    delta   shut off

 Id   Name    State      Title
----------------------------------
 1    test    running    
 2    zz      running    
 3    beta    running    T beta
 -    Alpha   shut off   T Alpha
 -    delta   shut off   T delta

test
zz
beta
Alpha
delta

- Alpha
- delta

1
2
3

>>>= 0

=== list of a node file: sort and states
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>zeta</name><uuid>00000000-0000-0000-0000-000000000001</uuid><memory>1024</memory><os><type>hvm</type></os></domain><domain type='test'><name>Alpha</name><uuid>00000000-0000-0000-0000-000000000002</uuid><title>First one</title><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain><domain type='test'><name>beta</name><uuid>00000000-0000-0000-0000-000000000003</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>3</test:runstate></domain><domain type='test'><name>gamma</name><uuid>00000000-0000-0000-0000-000000000004</uuid><memory>1024</memory><os><type>hvm</type></os><test:transient/></domain><domain type='test'><name>delta</name><uuid>00000000-0000-0000-0000-000000000005</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:hasmanagedsave/></domain><domain type='test'><name>eps</name><uuid>00000000-0000-0000-0000-000000000006</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>6</test:runstate></domain><domain type='test'><name>inshut</name><uuid>00000000-0000-0000-0000-000000000007</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>4</test:runstate></domain></node>\n" > n.xml && hvsh -c test:n.xml 'list --all; list --all --managed-save; list --all --title; list --all --name; list --state-other; list --transient --all; list --with-managed-save --all; list --state-paused'
>>>
 Id   Name     State
----------------------------
 1    zeta     running
 2    beta     paused
 3    gamma    running
 4    eps      crashed
 5    inshut   in shutdown
 -    Alpha    shut off
 -    delta    shut off

 Id   Name     State
----------------------------
 1    zeta     running
 2    beta     paused
 3    gamma    running
 4    eps      crashed
 5    inshut   in shutdown
 -    Alpha    shut off
 -    delta    saved

 Id   Name     State         Title
----------------------------------------
 1    zeta     running       
 2    beta     paused        
 3    gamma    running       
 4    eps      crashed       
 5    inshut   in shutdown   
 -    Alpha    shut off      First one
 -    delta    shut off      

zeta
beta
gamma
eps
inshut
Alpha
delta

 Id   Name     State
----------------------------
 4    eps      crashed
 5    inshut   in shutdown

 Id   Name    State
-----------------------
 3    gamma   running

 Id   Name    State
------------------------
 -    delta   shut off

 Id   Name   State
---------------------
 2    beta   paused

>>>= 0

=== list --title -q of a node file
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>zeta</name><uuid>00000000-0000-0000-0000-000000000001</uuid><memory>1024</memory><os><type>hvm</type></os></domain><domain type='test'><name>Alpha</name><uuid>00000000-0000-0000-0000-000000000002</uuid><title>First one</title><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain><domain type='test'><name>beta</name><uuid>00000000-0000-0000-0000-000000000003</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>3</test:runstate></domain><domain type='test'><name>gamma</name><uuid>00000000-0000-0000-0000-000000000004</uuid><memory>1024</memory><os><type>hvm</type></os><test:transient/></domain><domain type='test'><name>delta</name><uuid>00000000-0000-0000-0000-000000000005</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:hasmanagedsave/></domain><domain type='test'><name>eps</name><uuid>00000000-0000-0000-0000-000000000006</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>6</test:runstate></domain><domain type='test'><name>inshut</name><uuid>00000000-0000-0000-0000-000000000007</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>4</test:runstate></domain></node>\n" > n.xml && hvsh -q -c test:n.xml 'list --all --title'
>>>
 1   zeta     running       
 2   beta     paused        
 3   gamma    running       
 4   eps      crashed       
 5   inshut   in shutdown   
 -   Alpha    shut off      First one
 -   delta    shut off      
>>>= 0

# --- dominfo
=== dominfo
$ hvsh -c test:///default 'dominfo test'
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

>>>= 0

=== dominfo by id
$ hvsh -c test:///default 'dominfo 1'
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

>>>= 0

=== dominfo by uuid
$ hvsh -c test:///default 'dominfo 6695eb01-f6a4-8304-79aa-97f2502e193f'
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

>>>= 0

=== dominfo by --domain
$ hvsh -c test:///default 'dominfo --domain test'
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

>>>= 0

=== dominfo: 32-digit uuid is not looked up
$ hvsh -c test:///default 'dominfo 6695eb01f6a4830479aa97f2502e193f'
>>>

>>>2
error: failed to get domain '6695eb01f6a4830479aa97f2502e193f'
>>>= 1

=== dominfo nosuch
$ hvsh -c test:///default 'dominfo nosuch'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

=== dominfo missing domain
$ hvsh -c test:///default dominfo
>>>2
error: command 'dominfo' requires <domain> option
>>>= 1

=== dominfo empty domain
$ hvsh -c test:///default "dominfo ''"
>>>

>>>2
error: Failed to get option 'domain': Option argument is empty
>>>= 1

=== dominfo of an inactive domain
$ hvsh -c test:///default 'destroy test; dominfo test'
>>>
Domain 'test' destroyed

Id:             -
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          shut off
CPU(s):         2
CPU time:       Xs
Max memory:     8388608 KiB
Used memory:    2097152 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   

>>>= 0

=== dominfo of a node file domain with managed save
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>zeta</name><uuid>00000000-0000-0000-0000-000000000001</uuid><memory>1024</memory><os><type>hvm</type></os></domain><domain type='test'><name>Alpha</name><uuid>00000000-0000-0000-0000-000000000002</uuid><title>First one</title><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain><domain type='test'><name>beta</name><uuid>00000000-0000-0000-0000-000000000003</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>3</test:runstate></domain><domain type='test'><name>gamma</name><uuid>00000000-0000-0000-0000-000000000004</uuid><memory>1024</memory><os><type>hvm</type></os><test:transient/></domain><domain type='test'><name>delta</name><uuid>00000000-0000-0000-0000-000000000005</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:hasmanagedsave/></domain><domain type='test'><name>eps</name><uuid>00000000-0000-0000-0000-000000000006</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>6</test:runstate></domain><domain type='test'><name>inshut</name><uuid>00000000-0000-0000-0000-000000000007</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>4</test:runstate></domain></node>\n" > n.xml && hvsh -c test:n.xml 'dominfo delta; dominfo beta'
>>>
Id:             -
Name:           delta
UUID:           00000000-0000-0000-0000-000000000005
OS Type:        linux
State:          shut off
CPU(s):         1
CPU time:       Xs
Max memory:     1024 KiB
Used memory:    1024 KiB
Persistent:     yes
Autostart:      disable
Managed save:   yes
Security model: testSecurity
Security DOI:   

Id:             2
Name:           beta
UUID:           00000000-0000-0000-0000-000000000003
OS Type:        linux
State:          paused
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

# --- domstate
=== domstate
$ hvsh -c test:///default 'domstate test'
>>>
running

>>>= 0

=== domstate --reason
$ hvsh -c test:///default 'domstate test --reason'
>>>
running (unknown)

>>>= 0

=== domstate reasons through the life cycle
$ hvsh -c test:///default 'suspend test; domstate --reason test; resume test; domstate --reason test; destroy test; domstate --reason test; start test; domstate --reason test; shutdown test; domstate --reason test'
>>>
Domain 'test' suspended

paused (user)

Domain 'test' resumed

running (unpaused)

Domain 'test' destroyed

shut off (destroyed)

Domain 'test' started

running (booted)

Domain 'test' is being shutdown

shut off (shutdown)

>>>= 0

=== domstate of node file states
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>zeta</name><uuid>00000000-0000-0000-0000-000000000001</uuid><memory>1024</memory><os><type>hvm</type></os></domain><domain type='test'><name>Alpha</name><uuid>00000000-0000-0000-0000-000000000002</uuid><title>First one</title><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain><domain type='test'><name>beta</name><uuid>00000000-0000-0000-0000-000000000003</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>3</test:runstate></domain><domain type='test'><name>gamma</name><uuid>00000000-0000-0000-0000-000000000004</uuid><memory>1024</memory><os><type>hvm</type></os><test:transient/></domain><domain type='test'><name>delta</name><uuid>00000000-0000-0000-0000-000000000005</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:hasmanagedsave/></domain><domain type='test'><name>eps</name><uuid>00000000-0000-0000-0000-000000000006</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>6</test:runstate></domain><domain type='test'><name>inshut</name><uuid>00000000-0000-0000-0000-000000000007</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>4</test:runstate></domain></node>\n" > n.xml && hvsh -c test:n.xml 'domstate --reason beta; domstate eps; domstate --reason inshut; domstate --reason delta'
>>>
paused (unknown)

crashed

in shutdown (unknown)

shut off (unknown)

>>>= 0

=== domstate nosuch
$ hvsh -c test:///default 'domstate nosuch --reason'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

# --- domid, domname, domuuid
=== domid
$ hvsh -c test:///default 'domid test'
>>>
1

>>>= 0

=== domid by uuid, any case
$ hvsh -c test:///default 'domid 6695EB01-f6a4-8304-79aa-97f2502e193f'
>>>
1

>>>= 0

=== domid refuses an id
$ hvsh -c test:///default 'domid 1'
>>>

>>>2
error: failed to get domain '1'
>>>= 1

=== domid of an inactive domain
$ hvsh -c test:///default 'destroy test; domid test'
>>>
Domain 'test' destroyed

-

>>>= 0

=== domname
$ hvsh -c test:///default 'domname 1'
>>>
test

>>>= 0

=== domname with leading zero
$ hvsh -c test:///default 'domname 01'
>>>
test

>>>= 0

=== domname by uuid
$ hvsh -c test:///default 'domname 6695eb01-f6a4-8304-79aa-97f2502e193f'
>>>
test

>>>= 0

=== domname refuses a name
$ hvsh -c test:///default 'domname test'
>>>

>>>2
error: failed to get domain 'test'
>>>= 1

=== domuuid
$ hvsh -c test:///default 'domuuid test'
>>>
6695eb01-f6a4-8304-79aa-97f2502e193f

>>>= 0

=== domuuid by id
$ hvsh -c test:///default 'domuuid 1'
>>>
6695eb01-f6a4-8304-79aa-97f2502e193f

>>>= 0

=== domuuid refuses a uuid
$ hvsh -c test:///default 'domuuid 6695eb01-f6a4-8304-79aa-97f2502e193f'
>>>

>>>2
error: failed to get domain '6695eb01-f6a4-8304-79aa-97f2502e193f'
>>>= 1

# --- dumpxml
=== dumpxml
$ hvsh -c test:///default 'dumpxml test'
>>>
<domain type='test' id='1'>
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

>>>= 0

=== dumpxml --inactive
$ hvsh -c test:///default 'dumpxml test --inactive'
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

>>>= 0

=== dumpxml --security-info
$ hvsh -c test:///default 'dumpxml --security-info test'
>>>
<domain type='test' id='1'>
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

>>>= 0

=== dumpxml --migratable
$ hvsh -c test:///default 'dumpxml test --migratable'
>>>
<domain type='test' id='1'>
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

>>>= 0

=== dumpxml --update-cpu is refused by the test driver
$ hvsh -c test:///default 'dumpxml test --update-cpu'
>>>

>>>2
error: unsupported flags (0x4) in function testDomainGetXMLDesc
>>>= 1

=== dumpxml --wrap without --xpath
$ hvsh -c test:///default 'dumpxml test --wrap'
>>>
<domain type='test' id='1'>
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

>>>= 0

=== dumpxml --xpath
$ hvsh -c test:///default 'dumpxml test --xpath //name'
>>>
<name>test</name>

>>>= 0

=== dumpxml --xpath several nodes
$ hvsh -c test:///default "dumpxml test --xpath '//disk|//name'"
>>>
<name>test</name>
<disk type="file" device="disk">
  <source file="/guest/diskimage1"/>
  <target dev="vda" bus="virtio"/>
  <address type="pci" domain="0x0000" bus="0x01" slot="0x00" function="0x0"/>
</disk>

>>>= 0

=== dumpxml --xpath --wrap
$ hvsh -c test:///default 'dumpxml test --xpath //disk --wrap'
>>>
<nodes>
  <disk type="file" device="disk">
    <source file="/guest/diskimage1"/>
    <target dev="vda" bus="virtio"/>
    <address type="pci" domain="0x0000" bus="0x01" slot="0x00" function="0x0"/>
  </disk>
</nodes>

>>>= 0

=== dumpxml --xpath children --wrap
$ hvsh -c test:///default "dumpxml test --xpath '//os/*' --wrap"
>>>
<nodes>
  <type arch="i686">hvm</type>
  <boot dev="hd"/>
</nodes>

>>>= 0

=== dumpxml --xpath no match
$ hvsh -c test:///default 'dumpxml test --xpath //nosuch'
>>>

>>>= 0

=== dumpxml --xpath no match --wrap
$ hvsh -c test:///default 'dumpxml test --xpath //nosuch --wrap'
>>>
<nodes/>

>>>= 0

=== dumpxml --xpath attributes
$ hvsh -c test:///default "dumpxml test --xpath '//@type'"
>>>
 type="test"
 type="file"
 type="pci"
 type="network"
 type="pci"
 type="pci"

>>>= 0

=== dumpxml --xpath attributes --wrap
$ hvsh -c test:///default "dumpxml test --xpath '//@type' --wrap"
>>>
<nodes type="pci"/>

>>>= 0

=== dumpxml --xpath text
$ hvsh -c test:///default "dumpxml test --xpath '//name/text()'"
>>>
test

>>>= 0

=== dumpxml --xpath not a node set
$ hvsh -c test:///default "dumpxml test --xpath 'string(//name)'"
>>>

>>>2
error: internal error: Incorrect xpath 'string(//name)'
>>>= 1

=== dumpxml --xpath count
$ hvsh -c test:///default "dumpxml test --xpath 'count(//disk)'"
>>>

>>>2
error: internal error: Incorrect xpath 'count(//disk)'
>>>= 1

=== dumpxml --xpath is named only
$ hvsh -c test:///default 'dumpxml test //name'
>>>2
error: unexpected data '//name'
>>>= 1

=== dumpxml --xpath needs a value
$ hvsh -c test:///default 'dumpxml test --xpath'
>>>2
error: expected syntax: --xpath <string>
>>>= 1

=== dumpxml nosuch
$ hvsh -c test:///default 'dumpxml nosuch'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

=== dumpxml -q
$ hvsh -q -c test:///default 'dumpxml test --xpath //vcpu'
>>>
<vcpu placement="static">2</vcpu>
>>>= 0

# --- vcpucount
=== vcpucount
$ hvsh -c test:///default 'vcpucount test'
>>>
maximum      config         2
maximum      live           2
current      config         2
current      live           2

>>>= 0

=== vcpucount --maximum
$ hvsh -c test:///default 'vcpucount test --maximum'
>>>
2

>>>= 0

=== vcpucount --active
$ hvsh -c test:///default 'vcpucount test --active'
>>>
2

>>>= 0

=== vcpucount --live
$ hvsh -c test:///default 'vcpucount test --live'
>>>
2

>>>= 0

=== vcpucount --config
$ hvsh -c test:///default 'vcpucount test --config'
>>>
2

>>>= 0

=== vcpucount --current
$ hvsh -c test:///default 'vcpucount test --current'
>>>
2

>>>= 0

=== vcpucount --current --live is the old meaning
$ hvsh -c test:///default 'vcpucount test --current --live'
>>>
2

>>>= 0

=== vcpucount --maximum --current
$ hvsh -c test:///default 'vcpucount test --maximum --current'
>>>
2

>>>= 0

=== vcpucount --maximum --live
$ hvsh -c test:///default 'vcpucount test --maximum --live'
>>>
2

>>>= 0

=== vcpucount --active --config
$ hvsh -c test:///default 'vcpucount test --active --config'
>>>
2

>>>= 0

=== vcpucount --maximum --active
$ hvsh -c test:///default 'vcpucount test --maximum --active'
>>>

>>>2
error: Options --active and --maximum are mutually exclusive
>>>= 1

=== vcpucount --live --config
$ hvsh -c test:///default 'vcpucount test --live --config'
>>>

>>>2
error: Options --live and --config are mutually exclusive
>>>= 1

=== vcpucount: --live --config checked first
$ hvsh -c test:///default 'vcpucount test --current --maximum --live --config'
>>>

>>>2
error: Options --live and --config are mutually exclusive
>>>= 1

=== vcpucount --current --live --maximum
$ hvsh -c test:///default 'vcpucount test --current --live --maximum'
>>>

>>>2
error: Options --current and --live are mutually exclusive
>>>= 1

=== vcpucount --current --config --active
$ hvsh -c test:///default 'vcpucount test --current --config --active'
>>>

>>>2
error: Options --current and --config are mutually exclusive
>>>= 1

=== vcpucount --guest --config
$ hvsh -c test:///default 'vcpucount test --guest --config'
>>>

>>>2
error: Options --guest and --config are mutually exclusive
>>>= 1

=== vcpucount --guest
$ hvsh -c test:///default 'vcpucount test --guest'
>>>

>>>2
error: Failed to retrieve vCPU count from the guest
error: unsupported flags (0x8) in function testDomainGetVcpusFlags
>>>= 1

=== vcpucount of an inactive domain
$ hvsh -c test:///default 'destroy test; vcpucount test; vcpucount test --active'
>>>
Domain 'test' destroyed

maximum      config         2
current      config         2

2

>>>= 0

=== vcpucount --live of an inactive domain
$ hvsh -c test:///default 'destroy test; vcpucount test --live'
>>>
Domain 'test' destroyed


>>>2
error: Requested operation is not valid: domain is not running
>>>= 1

=== vcpucount of a transient domain
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>zeta</name><uuid>00000000-0000-0000-0000-000000000001</uuid><memory>1024</memory><os><type>hvm</type></os></domain><domain type='test'><name>Alpha</name><uuid>00000000-0000-0000-0000-000000000002</uuid><title>First one</title><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain><domain type='test'><name>beta</name><uuid>00000000-0000-0000-0000-000000000003</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>3</test:runstate></domain><domain type='test'><name>gamma</name><uuid>00000000-0000-0000-0000-000000000004</uuid><memory>1024</memory><os><type>hvm</type></os><test:transient/></domain><domain type='test'><name>delta</name><uuid>00000000-0000-0000-0000-000000000005</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:hasmanagedsave/></domain><domain type='test'><name>eps</name><uuid>00000000-0000-0000-0000-000000000006</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>6</test:runstate></domain><domain type='test'><name>inshut</name><uuid>00000000-0000-0000-0000-000000000007</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>4</test:runstate></domain></node>\n" > n.xml && hvsh -c test:n.xml 'vcpucount gamma'
>>>
maximum      live           1
current      live           1

>>>= 0

=== vcpucount -q
$ hvsh -q -c test:///default 'vcpucount test'
>>>
maximum      config         2
maximum      live           2
current      config         2
current      live           2
>>>= 0

=== vcpucount nosuch
$ hvsh -c test:///default 'vcpucount nosuch'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

# --- domblklist, domiflist
=== domblklist
$ hvsh -c test:///default 'domblklist test'
>>>
 Target   Source
-----------------------------
 vda      /guest/diskimage1

>>>= 0

=== domblklist --details
$ hvsh -c test:///default 'domblklist test --details'
>>>
 Type   Device   Target   Source
---------------------------------------------
 file   disk     vda      /guest/diskimage1

>>>= 0

=== domblklist --inactive --details
$ hvsh -c test:///default 'domblklist --inactive test --details'
>>>
 Type   Device   Target   Source
---------------------------------------------
 file   disk     vda      /guest/diskimage1

>>>= 0

=== domblklist -q
$ hvsh -q -c test:///default 'domblklist test'
>>>
 vda   /guest/diskimage1
>>>= 0

=== domblklist with no disks
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>zeta</name><uuid>00000000-0000-0000-0000-000000000001</uuid><memory>1024</memory><os><type>hvm</type></os></domain><domain type='test'><name>Alpha</name><uuid>00000000-0000-0000-0000-000000000002</uuid><title>First one</title><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain><domain type='test'><name>beta</name><uuid>00000000-0000-0000-0000-000000000003</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>3</test:runstate></domain><domain type='test'><name>gamma</name><uuid>00000000-0000-0000-0000-000000000004</uuid><memory>1024</memory><os><type>hvm</type></os><test:transient/></domain><domain type='test'><name>delta</name><uuid>00000000-0000-0000-0000-000000000005</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:hasmanagedsave/></domain><domain type='test'><name>eps</name><uuid>00000000-0000-0000-0000-000000000006</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>6</test:runstate></domain><domain type='test'><name>inshut</name><uuid>00000000-0000-0000-0000-000000000007</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>4</test:runstate></domain></node>\n" > n.xml && hvsh -c test:n.xml 'domblklist zeta; domblklist zeta --details'
>>>
 Target   Source
------------------

 Type   Device   Target   Source
----------------------------------

>>>= 0

=== domblklist nosuch
$ hvsh -c test:///default 'domblklist nosuch'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

=== domiflist
$ hvsh -c test:///default 'domiflist test'
>>>
 Interface   Type      Source    Model   MAC
------------------------------------------------------------
 testnet0    network   default   -       aa:bb:cc:dd:ee:ff

>>>= 0

=== domiflist --inactive
$ hvsh -c test:///default 'domiflist test --inactive'
>>>
 Interface   Type      Source    Model   MAC
------------------------------------------------------------
 testnet0    network   default   -       aa:bb:cc:dd:ee:ff

>>>= 0

=== domiflist -q
$ hvsh -q -c test:///default 'domiflist test'
>>>
 testnet0   network   default   -   aa:bb:cc:dd:ee:ff
>>>= 0

=== domiflist with no interfaces
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>zeta</name><uuid>00000000-0000-0000-0000-000000000001</uuid><memory>1024</memory><os><type>hvm</type></os></domain><domain type='test'><name>Alpha</name><uuid>00000000-0000-0000-0000-000000000002</uuid><title>First one</title><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain><domain type='test'><name>beta</name><uuid>00000000-0000-0000-0000-000000000003</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>3</test:runstate></domain><domain type='test'><name>gamma</name><uuid>00000000-0000-0000-0000-000000000004</uuid><memory>1024</memory><os><type>hvm</type></os><test:transient/></domain><domain type='test'><name>delta</name><uuid>00000000-0000-0000-0000-000000000005</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:hasmanagedsave/></domain><domain type='test'><name>eps</name><uuid>00000000-0000-0000-0000-000000000006</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>6</test:runstate></domain><domain type='test'><name>inshut</name><uuid>00000000-0000-0000-0000-000000000007</uuid><memory>1024</memory><os><type>hvm</type></os><test:runstate>4</test:runstate></domain></node>\n" > n.xml && hvsh -c test:n.xml 'domiflist zeta'
>>>
 Interface   Type   Source   Model   MAC
------------------------------------------

>>>= 0

=== domblklist and domiflist of a defined domain
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices><disk type='block' device='cdrom'><source dev='/dev/sr0'/><target dev='hdc' bus='ide'/></disk><disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk><interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/><model type='virtio'/></interface></devices></domain>\n" > d1.xml && hvsh -c test:///default 'define d1.xml; domblklist d1; domblklist d1 --details; domiflist d1'
>>>
Domain 'd1' defined from d1.xml

 Target   Source
--------------------
 hdc      /dev/sr0
 hdd      -

 Type    Device   Target   Source
-------------------------------------
 block   cdrom    hdc      /dev/sr0
 file    cdrom    hdd      -

 Interface   Type     Source   Model    MAC
-----------------------------------------------------------
 testnet0    bridge   br0      virtio   52:54:00:00:00:01

>>>= 0

=== domiflist nosuch
$ hvsh -c test:///default 'domiflist nosuch'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1
