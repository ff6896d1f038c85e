# 2600-pool: storage pool commands on the test driver.
# Expectations are virsh 9.0's (tests/run-cli --virsh checks them).

=== pool-list default table
$ hvsh -c test:///default pool-list
>>>
 Name           State    Autostart
------------------------------------
 default-pool   active   no

>>>= 0

=== pool-list --details and --all
$ hvsh -c test:///default 'pool-list --details; pool-list --all'
>>>
 Name           State     Autostart   Persistent   Capacity     Allocation   Available
-----------------------------------------------------------------------------------------
 default-pool   running   no          yes          100.00 GiB   0.00 B       100.00 GiB

 Name           State    Autostart
------------------------------------
 default-pool   active   no

>>>= 0

=== pool-list name and uuid forms (name padded to 20 columns)
$ hvsh -c test:///default 'pool-list --name; pool-list --uuid; pool-list --uuid --name'
>>>
default-pool        

dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566

dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566 default-pool        

>>>= 0

=== pool-list type filter, positional and named
$ hvsh -c test:///default 'pool-list dir; pool-list --type disk,netfs; pool-list --type dir,fs --details'
>>>
 Name           State    Autostart
------------------------------------
 default-pool   active   no

 Name   State   Autostart
---------------------------

 Name           State     Autostart   Persistent   Capacity     Allocation   Available
-----------------------------------------------------------------------------------------
 default-pool   running   no          yes          100.00 GiB   0.00 B       100.00 GiB

>>>= 0

=== pool-list filters that match nothing
$ hvsh -c test:///default 'pool-list --inactive; pool-list --transient; pool-list --autostart'
>>>
 Name   State   Autostart
---------------------------

 Name   State   Autostart
---------------------------

 Name   State   Autostart
---------------------------

>>>= 0

=== pool-list bad type
$ hvsh -c test:///default 'pool-list --type foo'
>>>

>>>2
error: Invalid pool type 'foo'
>>>= 1

=== pool-list empty type in a list
$ hvsh -c test:///default 'pool-list --type dir,'
>>>

>>>2
error: Invalid pool type ''
>>>= 1

=== pool-list --all and --inactive exclude each other
$ hvsh -c test:///default 'pool-list --inactive --all'
>>>

>>>2
error: Options --all and --inactive are mutually exclusive
>>>= 1

=== pool-list --details and --uuid exclude each other
$ hvsh -c test:///default 'pool-list --uuid --details'
>>>

>>>2
error: Options --details and --uuid are mutually exclusive
>>>= 1

=== pool-list --details and --name exclude each other
$ hvsh -c test:///default 'pool-list --name --details'
>>>

>>>2
error: Options --details and --name are mutually exclusive
>>>= 1

=== pool-info and --bytes
$ hvsh -c test:///default 'pool-info default-pool; pool-info --bytes default-pool'
>>>
Name:           default-pool
UUID:           dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566
State:          running
Persistent:     yes
Autostart:      no
Capacity:       100.00 GiB
Allocation:     0.00 B
Available:      100.00 GiB

Name:           default-pool
UUID:           dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566
State:          running
Persistent:     yes
Autostart:      no
Capacity:       107374182400
Allocation:     0
Available:      107374182400

>>>= 0

=== pool-info by uuid
$ hvsh -c test:///default 'pool-info dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566'
>>>
Name:           default-pool
UUID:           dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566
State:          running
Persistent:     yes
Autostart:      no
Capacity:       100.00 GiB
Allocation:     0.00 B
Available:      100.00 GiB

>>>= 0

=== pool-info unknown pool
$ hvsh -c test:///default 'pool-info nosuch'
>>>

>>>2
error: failed to get pool 'nosuch'
error: Storage pool not found: no storage pool with matching name 'nosuch'
>>>= 1

=== pool-dumpxml of the built-in pool
$ hvsh -c test:///default 'pool-dumpxml default-pool'
>>>
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

>>>= 0

=== pool-dumpxml --inactive is refused by the test driver
$ hvsh -c test:///default 'pool-dumpxml --inactive default-pool'
>>>

>>>2
error: unsupported flags (0x1) in function testStoragePoolGetXMLDesc
>>>= 1

=== pool-dumpxml --xpath
$ hvsh -c test:///default 'pool-dumpxml default-pool --xpath //path'
>>>
<path>/default-pool</path>

>>>= 0

=== pool life cycle: define, start, autostart, destroy, undefine
$ printf "<pool type='dir'><name>pool2</name><uuid>11111111-2222-3333-4444-555555555555</uuid><target><path>/pool2/</path></target></pool>\\n" > pool2.xml && hvsh -c test:///default 'pool-define pool2.xml; pool-list --all --details; pool-info pool2; pool-dumpxml pool2; pool-start pool2; pool-info pool2; pool-autostart pool2; pool-list --all --autostart; pool-autostart --disable pool2; pool-destroy pool2; pool-info pool2; pool-undefine pool2; pool-list --all'
>>>
Pool pool2 defined from pool2.xml

 Name           State      Autostart   Persistent   Capacity     Allocation   Available
------------------------------------------------------------------------------------------
 default-pool   running    no          yes          100.00 GiB   0.00 B       100.00 GiB
 pool2          inactive   no          yes          -            -            -

Name:           pool2
UUID:           11111111-2222-3333-4444-555555555555
State:          inactive
Persistent:     yes
Autostart:      no

<pool type='dir'>
  <name>pool2</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <capacity unit='bytes'>107374182400</capacity>
  <allocation unit='bytes'>0</allocation>
  <available unit='bytes'>107374182400</available>
  <source>
  </source>
  <target>
    <path>/pool2</path>
  </target>
</pool>

Pool pool2 started

Name:           pool2
UUID:           11111111-2222-3333-4444-555555555555
State:          running
Persistent:     yes
Autostart:      no
Capacity:       100.00 GiB
Allocation:     0.00 B
Available:      100.00 GiB

Pool pool2 marked as autostarted

 Name    State    Autostart
-----------------------------
 pool2   active   yes

Pool pool2 unmarked as autostarted

Pool pool2 destroyed

Name:           pool2
UUID:           11111111-2222-3333-4444-555555555555
State:          inactive
Persistent:     yes
Autostart:      no

Pool pool2 has been undefined

 Name           State    Autostart
------------------------------------
 default-pool   active   no

>>>= 0

=== pool-create makes a transient running pool
$ printf "<pool type='dir'><name>pool2</name><uuid>11111111-2222-3333-4444-555555555555</uuid><target><path>/pool2/</path></target></pool>\\n" > pool2.xml && hvsh -c test:///default 'pool-create pool2.xml; pool-list --all --details; pool-list --transient --name; pool-destroy pool2; pool-list --all'
>>>
Pool pool2 created from pool2.xml

 Name           State     Autostart   Persistent   Capacity     Allocation   Available
-----------------------------------------------------------------------------------------
 default-pool   running   no          yes          100.00 GiB   0.00 B       100.00 GiB
 pool2          running   no          no           100.00 GiB   0.00 B       100.00 GiB

pool2               

Pool pool2 destroyed

 Name           State    Autostart
------------------------------------
 default-pool   active   no

>>>= 0

=== pool-autostart of a transient pool
$ printf "<pool type='dir'><name>pool2</name><uuid>11111111-2222-3333-4444-555555555555</uuid><target><path>/pool2/</path></target></pool>\\n" > pool2.xml && hvsh -c test:///default 'pool-create pool2.xml; pool-autostart pool2'
>>>
Pool pool2 created from pool2.xml


>>>2
error: failed to mark pool pool2 as autostarted
error: invalid argument: pool has no config file
>>>= 1

=== pool-create of a running pool
$ printf "<pool type='dir'><name>pool2</name><uuid>11111111-2222-3333-4444-555555555555</uuid><target><path>/pool2/</path></target></pool>\\n" > pool2.xml && hvsh -c test:///default 'pool-create pool2.xml; pool-create pool2.xml'
>>>
Pool pool2 created from pool2.xml


>>>2
error: Failed to create pool from pool2.xml
error: Requested operation is not valid: pool is already active as 'pool2'
>>>= 1

=== pool-define twice redefines
$ printf "<pool type='dir'><name>pool2</name><uuid>11111111-2222-3333-4444-555555555555</uuid><target><path>/pool2/</path></target></pool>\\n" > pool2.xml && hvsh -c test:///default 'pool-define pool2.xml; pool-define pool2.xml; pool-list --all --name'
>>>
Pool pool2 defined from pool2.xml

Pool pool2 defined from pool2.xml

default-pool        
pool2               

>>>= 0

=== pool-define: same name, other uuid
$ printf "<pool type='dir'><name>pool2</name><uuid>11111111-2222-3333-4444-555555555555</uuid><target><path>/pool2/</path></target></pool>\\n" > pool2.xml && sed 's/<uuid>.*<.uuid>//; s/pool2<.path>/pool3<\/path>/' pool2.xml > pool3.xml && hvsh -c test:///default 'pool-define pool2.xml; pool-define pool3.xml'
>>>
Pool pool2 defined from pool2.xml


>>>2
error: Failed to define pool from pool3.xml
error: operation failed: pool 'pool2' already exists with uuid 11111111-2222-3333-4444-555555555555
>>>= 1

=== pool-define: same uuid, other name
$ printf "<pool type='dir'><name>other</name><uuid>dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566</uuid><target><path>/x</path></target></pool>\\n" > p.xml && hvsh -c test:///default 'pool-define p.xml; pool-create p.xml'
>>>


>>>2
error: Failed to define pool from p.xml
error: operation failed: pool 'default-pool' is already defined with uuid dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566
error: Failed to create pool from p.xml
error: operation failed: pool 'default-pool' is already defined with uuid dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566
>>>= 1

=== pool-define: same target path
$ printf "<pool type='dir'><name>other</name><target><path>/default-pool</path></target></pool>\\n" > p.xml && hvsh -c test:///default 'pool-define p.xml'
>>>

>>>2
error: Failed to define pool from p.xml
error: operation failed: Storage source conflict with pool: 'default-pool'
>>>= 1

=== pool-define: missing file
$ hvsh -c test:///default 'pool-define nosuch.xml'
>>>

>>>2
error: Failed to open file 'nosuch.xml': No such file or directory
>>>= 1

=== pool-define: XML errors
$ printf "<pool><name>a</name><target><path>/a</path></target></pool>\\n" > 1.xml && printf "<pool type='foo'><name>a</name></pool>\\n" > 2.xml && printf "<pool type='dir'><target><path>/a</path></target></pool>\\n" > 3.xml && printf "<pool type='dir'><name>a</name></pool>\\n" > 4.xml && printf "<pool type='dir'><name>a</name><uuid>zz</uuid><target><path>/a</path></target></pool>\\n" > 5.xml && printf "<pool type='dir'><name>a/b</name><target><path>/a</path></target></pool>\\n" > 6.xml && printf "<domain/>\\n" > 7.xml && hvsh -c test:///default 'pool-define 1.xml; pool-define 2.xml; pool-define 3.xml; pool-define 4.xml; pool-define 5.xml; pool-define 6.xml; pool-define 7.xml'
>>>







>>>2
error: Failed to define pool from 1.xml
error: XML error: Missing required attribute 'type' in element 'pool'
error: Failed to define pool from 2.xml
error: XML error: Invalid value for attribute 'type' in element 'pool': 'foo'.
error: Failed to define pool from 3.xml
error: XML error: missing pool source name element
error: Failed to define pool from 4.xml
error: XML error: missing storage pool target path
error: Failed to define pool from 5.xml
error: XML error: malformed uuid element
error: Failed to define pool from 6.xml
error: XML error: name a/b cannot contain '/'
error: Failed to define pool from 7.xml
error: XML error: expecting root element of 'pool', not 'domain'
>>>= 1

=== pool-define: malformed XML
$ printf "<pool type='dir'><name>a</name>\\n" > 1.xml && hvsh -c test:///default 'pool-define 1.xml'
>>>

>>>2
error: Failed to define pool from 1.xml
error: (storage_pool_definition):2: Premature end of data in tag pool line 1
(null)
^
>>>= 1

=== pool-define: source checks per type
$ printf "<pool type='fs'><name>a</name><target><path>/a</path></target></pool>\\n" > 1.xml && printf "<pool type='netfs'><name>a</name><target><path>/a</path></target></pool>\\n" > 2.xml && printf "<pool type='netfs'><name>a</name><source><host name='h'/></source><target><path>/a</path></target></pool>\\n" > 3.xml && printf "<pool type='fs'><name>f</name><source><device path='/dev/x'/><format type='zz'/></source><target><path>/f</path></target></pool>\\n" > 4.xml && hvsh -c test:///default 'pool-define 1.xml; pool-define 2.xml; pool-define 3.xml; pool-define 4.xml'
>>>




>>>2
error: Failed to define pool from 1.xml
error: XML error: missing storage pool source device name
error: Failed to define pool from 2.xml
error: XML error: missing storage pool source host name
error: Failed to define pool from 3.xml
error: XML error: missing storage pool source path
error: Failed to define pool from 4.xml
error: unsupported configuration: unknown pool format type zz
>>>= 1

=== pool-dumpxml of other pool types
$ printf "<pool type='netfs'><name>n</name><uuid>00000001-0000-4000-8000-000000000000</uuid><source><host name='h' port='22'/><dir path='/exp'/><format type='nfs'/></source><target><path>/n</path></target></pool>\\n" > n.xml && printf "<pool type='fs'><name>f</name><uuid>00000002-0000-4000-8000-000000000000</uuid><source><device path='/dev/x'/></source><target><path>/f</path><permissions><mode>755</mode><owner>0</owner><group>0</group><label>x</label></permissions></target></pool>\\n" > f.xml && printf "<pool type='logical'><name>l</name><uuid>00000003-0000-4000-8000-000000000000</uuid><source><name>vg</name><device path='/dev/y'/></source><target><path>/dev/vg</path></target></pool>\\n" > l.xml && printf "<pool type='rbd'><name>r</name><uuid>00000004-0000-4000-8000-000000000000</uuid><source><host name='h'/><name>rbdpool</name></source></pool>\\n" > r.xml && printf "<pool type='scsi'><name>s</name><uuid>00000005-0000-4000-8000-000000000000</uuid><source><adapter type='scsi_host' name='host0'/></source><target><path>/dev/disk/by-path</path></target></pool>\\n" > s.xml && hvsh -c test:///default 'pool-define n.xml; pool-dumpxml n; pool-define f.xml; pool-dumpxml f; pool-define l.xml; pool-dumpxml l; pool-define r.xml; pool-dumpxml r; pool-define s.xml; pool-dumpxml s; pool-list --all --type netfs,rbd'
>>>
Pool n defined from n.xml

<pool type='netfs'>
  <name>n</name>
  <uuid>00000001-0000-4000-8000-000000000000</uuid>
  <capacity unit='bytes'>107374182400</capacity>
  <allocation unit='bytes'>0</allocation>
  <available unit='bytes'>107374182400</available>
  <source>
    <host name='h' port='22'/>
    <dir path='/exp'/>
    <format type='nfs'/>
  </source>
  <target>
    <path>/n</path>
  </target>
</pool>

Pool f defined from f.xml

<pool type='fs'>
  <name>f</name>
  <uuid>00000002-0000-4000-8000-000000000000</uuid>
  <capacity unit='bytes'>107374182400</capacity>
  <allocation unit='bytes'>0</allocation>
  <available unit='bytes'>107374182400</available>
  <source>
    <device path='/dev/x'/>
    <format type='auto'/>
  </source>
  <target>
    <path>/f</path>
    <permissions>
      <mode>0755</mode>
      <owner>0</owner>
      <group>0</group>
      <label>x</label>
    </permissions>
  </target>
</pool>

Pool l defined from l.xml

<pool type='logical'>
  <name>l</name>
  <uuid>00000003-0000-4000-8000-000000000000</uuid>
  <capacity unit='bytes'>107374182400</capacity>
  <allocation unit='bytes'>0</allocation>
  <available unit='bytes'>107374182400</available>
  <source>
    <device path='/dev/y'/>
    <name>vg</name>
    <format type='lvm2'/>
  </source>
  <target>
    <path>/dev/vg</path>
  </target>
</pool>

Pool r defined from r.xml

<pool type='rbd'>
  <name>r</name>
  <uuid>00000004-0000-4000-8000-000000000000</uuid>
  <capacity unit='bytes'>107374182400</capacity>
  <allocation unit='bytes'>0</allocation>
  <available unit='bytes'>107374182400</available>
  <source>
    <host name='h'/>
    <name>rbdpool</name>
  </source>
</pool>

Pool s defined from s.xml

<pool type='scsi'>
  <name>s</name>
  <uuid>00000005-0000-4000-8000-000000000000</uuid>
  <capacity unit='bytes'>107374182400</capacity>
  <allocation unit='bytes'>0</allocation>
  <available unit='bytes'>107374182400</available>
  <source>
    <adapter type='scsi_host' name='host0'/>
  </source>
  <target>
    <path>/dev/disk/by-path</path>
  </target>
</pool>

 Name   State      Autostart
------------------------------
 n      inactive   no
 r      inactive   no

>>>= 0

=== pool-define: storage source conflict
$ printf "<pool type='fs'><name>f</name><source><device path='/dev/x'/></source><target><path>/f</path></target></pool>\\n" > f.xml && printf "<pool type='disk'><name>d</name><source><device path='/dev/x'/></source><target><path>/dev</path></target></pool>\\n" > d.xml && hvsh -c test:///default 'pool-define f.xml; pool-define d.xml'
>>>
Pool f defined from f.xml


>>>2
error: Failed to define pool from d.xml
error: operation failed: Storage source conflict with pool: 'f'
>>>= 1

=== pool-start and pool-undefine of a running pool
$ hvsh -c test:///default 'pool-start default-pool; pool-undefine default-pool'
>>>


>>>2
error: Failed to start pool default-pool
error: Requested operation is not valid: storage pool 'default-pool' is active
error: Failed to undefine pool default-pool
error: Requested operation is not valid: storage pool 'default-pool' is active
>>>= 1

=== pool-destroy twice
$ hvsh -c test:///default 'pool-destroy default-pool; pool-destroy default-pool; pool-list --all'
>>>
Pool default-pool destroyed


 Name           State      Autostart
--------------------------------------
 default-pool   inactive   no

>>>2
error: Failed to destroy pool default-pool
error: Requested operation is not valid: storage pool 'default-pool' is not active
>>>= 0

=== pool-destroy by uuid uses the word as typed
$ hvsh -c test:///default 'pool-destroy dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566'
>>>
Pool dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566 destroyed

>>>= 0

=== pool-refresh
$ printf "<pool type='dir'><name>pool2</name><uuid>11111111-2222-3333-4444-555555555555</uuid><target><path>/pool2/</path></target></pool>\\n" > pool2.xml && hvsh -c test:///default 'pool-refresh default-pool; pool-define pool2.xml; pool-refresh pool2'
>>>
Pool default-pool refreshed

Pool pool2 defined from pool2.xml


>>>2
error: Failed to refresh pool pool2
error: Requested operation is not valid: storage pool 'pool2' is not active
>>>= 1

=== build flags are refused by the test driver
$ printf "<pool type='dir'><name>pool2</name><uuid>11111111-2222-3333-4444-555555555555</uuid><target><path>/pool2/</path></target></pool>\\n" > pool2.xml && hvsh -c test:///default 'pool-create --build pool2.xml; pool-start --build default-pool'
>>>


>>>2
error: Failed to create pool from pool2.xml
error: unsupported flags (0x1) in function testStoragePoolCreateXML
error: Failed to start pool default-pool
error: unsupported flags (0x1) in function testStoragePoolCreate
>>>= 1

=== pool-start --overwrite and --no-overwrite exclude each other
$ hvsh -c test:///default 'pool-start --overwrite --no-overwrite default-pool'
>>>

>>>2
error: Options --overwrite and --no-overwrite are mutually exclusive
>>>= 1

=== read-only connection
$ hvsh -r -c test:///default 'pool-destroy default-pool'
>>>

>>>2
error: Failed to destroy pool default-pool
error: operation forbidden: read only access prevents virStoragePoolDestroy
>>>= 1

=== quiet mode drops headers and messages
$ hvsh -q -c test:///default 'pool-list --all; pool-destroy default-pool; pool-list --all --details'
>>>
 default-pool   active   no
 default-pool   inactive   no   yes   -   -   -
>>>= 0

=== pool-build of a running pool
$ hvsh -c test:///default 'pool-build default-pool'
>>>

>>>2
error: Failed to build pool default-pool
error: Requested operation is not valid: storage pool 'default-pool' is active
>>>= 1

=== pool-build of a stopped pool; build flags refused
$ hvsh -c test:///default 'pool-destroy default-pool; pool-build default-pool; pool-build --overwrite --no-overwrite default-pool'
>>>
Pool default-pool destroyed

Pool default-pool built


>>>2
error: Failed to build pool default-pool
error: unsupported flags (0xc) in function testStoragePoolBuild
>>>= 1

=== pool-name and pool-uuid
$ hvsh -c test:///default 'pool-name dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566; pool-uuid default-pool'
>>>
default-pool

dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566

>>>= 0

=== pool-name takes only a UUID
$ hvsh -c test:///default 'pool-name default-pool'
>>>

>>>2
error: failed to get pool 'default-pool'
>>>= 1

=== pool-name of an unknown UUID
$ hvsh -c test:///default 'pool-name 11111111-2222-3333-4444-555555555555'
>>>

>>>2
error: failed to get pool '11111111-2222-3333-4444-555555555555'
error: Storage pool not found: no storage pool with matching uuid '11111111-2222-3333-4444-555555555555'
>>>= 1

=== pool-uuid takes only a name
$ hvsh -c test:///default 'pool-uuid dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566'
>>>

>>>2
error: failed to get pool 'dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566'
error: Storage pool not found: no storage pool with matching name 'dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566'
>>>= 1


=== a pool whose volumes take more than its capacity has 0 bytes available
# hvsh-only (virsh's test driver lets capacity - allocation wrap round and prints 16.00 EiB; see DIFFERENCES in man/hvsh.1)
$ cat >node.xml && hvsh -c "test://$PWD/node.xml" 'pool-list --details; vol-delete --pool big a.img; pool-list --details; vol-delete --pool big b.img; pool-list --details'
<<<
<node>
  <pool type='dir'>
    <name>big</name>
    <uuid>a1c1e2b3-0000-4000-8000-0000000000d1</uuid>
    <target><path>/big</path></target>
    <volume>
      <name>a.img</name>
      <capacity unit='GiB'>300</capacity>
      <allocation unit='GiB'>150</allocation>
    </volume>
    <volume>
      <name>b.img</name>
      <capacity unit='GiB'>300</capacity>
      <allocation unit='GiB'>150</allocation>
    </volume>
    <volume>
      <name>c.img</name>
      <capacity unit='GiB'>1</capacity>
      <allocation unit='GiB'>1</allocation>
    </volume>
  </pool>
</node>
>>>
 Name   State     Autostart   Persistent   Capacity     Allocation   Available
--------------------------------------------------------------------------------
 big    running   no          yes          100.00 GiB   301.00 GiB   0.00 B

Vol a.img deleted

 Name   State     Autostart   Persistent   Capacity     Allocation   Available
--------------------------------------------------------------------------------
 big    running   no          yes          100.00 GiB   151.00 GiB   0.00 B

Vol b.img deleted

 Name   State     Autostart   Persistent   Capacity     Allocation   Available
--------------------------------------------------------------------------------
 big    running   no          yes          100.00 GiB   1.00 GiB     99.00 GiB

>>>= 0

=== deleting a volume gives its pool back what creating it took
$ hvsh -c test:///default 'vol-create-as default-pool x.img 10G --allocation 3G; pool-info default-pool; vol-delete --pool default-pool x.img; pool-info default-pool' | grep -v '^UUID:'
>>>
Vol x.img created

Name:           default-pool
State:          running
Persistent:     yes
Autostart:      no
Capacity:       100.00 GiB
Allocation:     3.00 GiB
Available:      97.00 GiB

Vol x.img deleted

Name:           default-pool
State:          running
Persistent:     yes
Autostart:      no
Capacity:       100.00 GiB
Allocation:     0.00 B
Available:      100.00 GiB

>>>= 0
