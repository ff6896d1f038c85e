# 2610-storage-bad: hostile pool and volume definitions: sizes at and
# past libvirt's bounds, owner and group IDs.  Expectations are virsh
# 9.0's, recorded by running it on test:///default.

=== pool-define: owner and group -1 mean none
$ printf "<pool type='dir'><name>p</name><target><path>/tmp/p</path><permissions><owner>-1</owner><group>-1</group></permissions></target></pool>\n" > p.xml && hvsh -c test:///default 'pool-define p.xml; pool-dumpxml p --xpath //permissions'
>>>
Pool p defined from p.xml


>>>= 0

=== pool-define: owner and group 4294967295 mean none
$ printf "<pool type='dir'><name>p</name><target><path>/tmp/p</path><permissions><owner>4294967295</owner><group>4294967295</group></permissions></target></pool>\n" > p.xml && hvsh -c test:///default 'pool-define p.xml; pool-dumpxml p --xpath //permissions'
>>>
Pool p defined from p.xml


>>>= 0

=== pool-define: a negative owner
$ printf "<pool type='dir'><name>p</name><target><path>/tmp/p</path><permissions><owner>-2</owner></permissions></target></pool>\n" > p.xml && hvsh -c test:///default 'pool-define p.xml; pool-dumpxml p --xpath //permissions'
>>>


>>>2
error: Failed to define pool from p.xml
error: XML error: malformed owner element
error: failed to get pool 'p'
error: Storage pool not found: no storage pool with matching name 'p'
>>>= 1

=== pool-define: an owner past 32 bits
$ printf "<pool type='dir'><name>p</name><target><path>/tmp/p</path><permissions><owner>4294967296</owner></permissions></target></pool>\n" > p.xml && hvsh -c test:///default 'pool-define p.xml; pool-dumpxml p --xpath //permissions'
>>>


>>>2
error: Failed to define pool from p.xml
error: XML error: malformed owner element
error: failed to get pool 'p'
error: Storage pool not found: no storage pool with matching name 'p'
>>>= 1

=== pool-define: a negative group
$ printf "<pool type='dir'><name>p</name><target><path>/tmp/p</path><permissions><group>-5</group></permissions></target></pool>\n" > p.xml && hvsh -c test:///default 'pool-define p.xml; pool-dumpxml p --xpath //permissions'
>>>


>>>2
error: Failed to define pool from p.xml
error: XML error: malformed group element
error: failed to get pool 'p'
error: Storage pool not found: no storage pool with matching name 'p'
>>>= 1

=== pool-define: owner and group with a sign and blanks
$ printf "<pool type='dir'><name>p</name><target><path>/tmp/p</path><permissions><owner> +5</owner><group>6</group></permissions></target></pool>\n" > p.xml && hvsh -c test:///default 'pool-define p.xml; pool-dumpxml p --xpath //permissions'
>>>
Pool p defined from p.xml

<permissions>
  <owner>5</owner>
  <group>6</group>
</permissions>

>>>= 0

=== vol-create: a capacity of 20 EiB
$ printf "<volume><name>v</name><capacity unit='EiB'>20</capacity></volume>\n" > v.xml && hvsh -c test:///default 'vol-create default-pool v.xml; vol-list default-pool'
>>>

 Name   Path
--------------

>>>2
error: Failed to create vol from v.xml
error: numerical overflow: value too large: 20EiB
>>>= 0

=== vol-create: a capacity of 8 EiB is past libvirt's bound
$ printf "<volume><name>v</name><capacity unit='EiB'>8</capacity></volume>\n" > v.xml && hvsh -c test:///default 'vol-create default-pool v.xml; vol-list default-pool'
>>>

 Name   Path
--------------

>>>2
error: Failed to create vol from v.xml
error: numerical overflow: value too large: 8EiB
>>>= 0

=== vol-create: a capacity past the bound in bytes
$ printf "<volume><name>v</name><capacity>9223372036854775808</capacity></volume>\n" > v.xml && hvsh -c test:///default 'vol-create default-pool v.xml; vol-list default-pool'
>>>

 Name   Path
--------------

>>>2
error: Failed to create vol from v.xml
error: numerical overflow: value too large: 9223372036854775808
>>>= 0

=== vol-create: a negative allocation is reported as the capacity
$ printf "<volume><name>v</name><capacity>1024</capacity><allocation>-5</allocation></volume>\n" > v.xml && hvsh -c test:///default 'vol-create default-pool v.xml; vol-list default-pool'
>>>

 Name   Path
--------------

>>>2
error: Failed to create vol from v.xml
error: XML error: malformed capacity element
>>>= 0

=== vol-create: an allocation of 20 EiB
$ printf "<volume><name>v</name><capacity>1024</capacity><allocation unit='EiB'>20</allocation></volume>\n" > v.xml && hvsh -c test:///default 'vol-create default-pool v.xml; vol-list default-pool'
>>>

 Name   Path
--------------

>>>2
error: Failed to create vol from v.xml
error: numerical overflow: value too large: 20EiB
>>>= 0

=== vol-create-as: 20 EiB does not scale
$ hvsh -c test:///default 'vol-create-as default-pool v 20E'
>>>

>>>2
error: Malformed size 20E
error: numerical overflow: value too large: 20E
>>>= 1

=== vol-create-as: 15 EiB scales but is past the bound of the XML
$ hvsh -c test:///default 'vol-create-as default-pool v 15E'
>>>

>>>2
error: Failed to create vol v
error: numerical overflow: value too large: 17293822569102704640
>>>= 1

=== vol-create-as: an allocation of 15 EiB
$ hvsh -c test:///default 'vol-create-as default-pool v 1 --allocation 15E'
>>>

>>>2
error: Failed to create vol v
error: numerical overflow: value too large: 17293822569102704640
>>>= 1
