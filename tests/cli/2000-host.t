# 2000-host: host and hypervisor commands.
# Expectations are virsh 9.0's, recorded by running it on test:///default.

# --- uri, version, hostname
=== uri
$ hvsh -c test:///default uri
>>>
test:///default

>>>= 0

=== uri takes no argument
$ hvsh -c test:///default 'uri x'
>>>2
error: unexpected data 'x'
>>>= 1

=== version
$ hvsh -c test:///default version
>>>
Compiled against library: libvirt 9.0.0
Using library: libvirt 9.0.0
Using API: TEST 9.0.0
Running hypervisor: TEST 0.0.2

>>>= 0

=== version --daemon
$ hvsh -c test:///default 'version --daemon'
>>>
Compiled against library: libvirt 9.0.0
Using library: libvirt 9.0.0
Using API: TEST 9.0.0
Running hypervisor: TEST 0.0.2
Running against daemon: 9.0.0

>>>= 0

=== version -q keeps data lines
$ hvsh -q -c test:///default version
>>>
Compiled against library: libvirt 9.0.0
Using library: libvirt 9.0.0
Using API: TEST 9.0.0
Running hypervisor: TEST 0.0.2
>>>= 0

=== hostname is the host's name
$ [ "$(hvsh -c test:///default hostname)" = "$(uname -n)" ] && echo same
>>>
same
>>>= 0

# --- sysinfo, nodeinfo, capabilities
=== sysinfo
$ hvsh -c test:///default sysinfo
>>>
<sysinfo type='smbios'>
  <bios>
    <entry name='vendor'>LENOVO</entry>
    <entry name='version'>G4ETA1WW (2.61 )</entry>
    <entry name='date'>05/07/2014</entry>
    <entry name='release'>2.61</entry>
  </bios>
</sysinfo>

>>>= 0

=== nodeinfo
$ hvsh -c test:///default nodeinfo
>>>
CPU model:           i686
CPU(s):              16
CPU frequency:       1400 MHz
CPU socket(s):       2
Core(s) per socket:  2
Thread(s) per core:  2
NUMA cell(s):        2
Memory size:         3145728 KiB

>>>= 0

=== nodeinfo -q
$ hvsh -q -c test:///default nodeinfo
>>>
CPU model:           i686
CPU(s):              16
CPU frequency:       1400 MHz
CPU socket(s):       2
Core(s) per socket:  2
Thread(s) per core:  2
NUMA cell(s):        2
Memory size:         3145728 KiB
>>>= 0

=== capabilities
$ hvsh -c test:///default capabilities
>>>
<capabilities>

  <host>
    <cpu>
      <arch>i686</arch>
      <features>
        <pae/>
        <nonpae/>
      </features>
      <pages unit='KiB' size='4'/>
      <pages unit='KiB' size='8'/>
      <pages unit='KiB' size='2048'/>
      <pages unit='KiB' size='1048576'/>
    </cpu>
    <power_management/>
    <iommu support='no'/>
    <topology>
      <cells num='2'>
        <cell id='0'>
          <memory unit='KiB'>2097152</memory>
          <pages unit='KiB' size='4'>524288</pages>
          <pages unit='KiB' size='2048'>0</pages>
          <pages unit='KiB' size='1048576'>0</pages>
          <cpus num='8'>
            <cpu id='0' socket_id='0' die_id='0' core_id='0' siblings='0'/>
            <cpu id='1' socket_id='0' die_id='0' core_id='1' siblings='1'/>
            <cpu id='2' socket_id='0' die_id='0' core_id='2' siblings='2'/>
            <cpu id='3' socket_id='0' die_id='0' core_id='3' siblings='3'/>
            <cpu id='4' socket_id='0' die_id='0' core_id='4' siblings='4'/>
            <cpu id='5' socket_id='0' die_id='0' core_id='5' siblings='5'/>
            <cpu id='6' socket_id='0' die_id='0' core_id='6' siblings='6'/>
            <cpu id='7' socket_id='0' die_id='0' core_id='7' siblings='7'/>
          </cpus>
        </cell>
        <cell id='1'>
          <memory unit='KiB'>4194304</memory>
          <pages unit='KiB' size='8'>524288</pages>
          <pages unit='KiB' size='2048'>0</pages>
          <pages unit='KiB' size='1048576'>0</pages>
          <cpus num='8'>
            <cpu id='8' socket_id='1' die_id='0' core_id='0' siblings='8'/>
            <cpu id='9' socket_id='1' die_id='0' core_id='1' siblings='9'/>
            <cpu id='10' socket_id='1' die_id='0' core_id='2' siblings='10'/>
            <cpu id='11' socket_id='1' die_id='0' core_id='3' siblings='11'/>
            <cpu id='12' socket_id='1' die_id='0' core_id='4' siblings='12'/>
            <cpu id='13' socket_id='1' die_id='0' core_id='5' siblings='13'/>
            <cpu id='14' socket_id='1' die_id='0' core_id='6' siblings='14'/>
            <cpu id='15' socket_id='1' die_id='0' core_id='7' siblings='15'/>
          </cpus>
        </cell>
      </cells>
    </topology>
    <secmodel>
      <model>testSecurity</model>
      <doi></doi>
    </secmodel>
  </host>

  <guest>
    <os_type>hvm</os_type>
    <arch name='i686'>
      <wordsize>32</wordsize>
      <emulator>/usr/bin/test-hv</emulator>
      <domain type='test'/>
    </arch>
    <features>
      <pae/>
      <nonpae/>
    </features>
  </guest>

  <guest>
    <os_type>xen</os_type>
    <arch name='i686'>
      <wordsize>32</wordsize>
      <emulator>/usr/bin/test-hv</emulator>
      <domain type='test'/>
    </arch>
    <features>
      <pae/>
      <nonpae/>
    </features>
  </guest>

</capabilities>


>>>= 0

=== capabilities takes no argument
$ hvsh -c test:///default 'capabilities --all'
>>>2
error: command 'capabilities' doesn't support option --all
>>>= 1

# --- freecell
=== freecell: whole host
$ hvsh -c test:///default freecell
>>>
Total: 3072 KiB

>>>= 0

=== freecell --all
$ hvsh -c test:///default 'freecell --all'
>>>
    0:       2048 KiB
    1:       4096 KiB
--------------------
Total:       6144 KiB

>>>= 0

=== freecell --all -q drops the total
$ hvsh -q -c test:///default 'freecell --all'
>>>
    0:       2048 KiB
    1:       4096 KiB
>>>= 0

=== freecell one cell, positional
$ hvsh -c test:///default 'freecell 0'
>>>
0: 2048 KiB

>>>= 0

=== freecell --cellno
$ hvsh -c test:///default 'freecell --cellno 1'
>>>
1: 4096 KiB

>>>= 0

=== freecell: cell out of range
$ hvsh -c test:///default 'freecell 5'
>>>

>>>2
error: invalid argument: Range exceeds available cells
>>>= 1

=== freecell: --all and --cellno exclusive
$ hvsh -c test:///default 'freecell --all --cellno 0'
>>>

>>>2
error: Options --all and --cellno are mutually exclusive
>>>= 1

=== freecell: bad number
$ hvsh -c test:///default 'freecell --cellno x'
>>>

>>>2
error: Numeric value 'x' for <cellno> option is malformed or out of range
>>>= 1

=== freecell --cellno needs a value
$ hvsh -c test:///default 'freecell --cellno'
>>>2
error: expected syntax: --cellno <number>
>>>= 1

=== freecell on a node without NUMA cells
$ printf '<node/>\n' > n.xml && hvsh -c test:n.xml 'freecell --all; freecell 0'
>>>
--------------------
Total:          0 KiB


>>>2
error: invalid argument: Range exceeds available cells
>>>= 1

# --- maxvcpus
=== maxvcpus
$ hvsh -c test:///default maxvcpus
>>>
32

>>>= 0

=== maxvcpus --type
$ hvsh -c test:///default 'maxvcpus --type kvm'
>>>
32

>>>= 0

=== maxvcpus type is positional
$ hvsh -c test:///default 'maxvcpus test'
>>>
32

>>>= 0

=== maxvcpus: empty type
$ hvsh -c test:///default "maxvcpus --type ''"
>>>

>>>2
error: Failed to get option 'type': Option argument is empty
>>>= 1

# --- read-only connections may ask
=== read-only host queries
$ hvsh -r -c test:///default 'uri; nodeinfo; maxvcpus; freecell'
>>>
test:///default

CPU model:           i686
CPU(s):              16
CPU frequency:       1400 MHz
CPU socket(s):       2
Core(s) per socket:  2
Thread(s) per core:  2
NUMA cell(s):        2
Memory size:         3145728 KiB

32

Total: 3072 KiB

>>>= 0

=== node file: nodeinfo and capabilities
$ printf '<node><cpu><nodes>1</nodes><sockets>1</sockets><cores>4</cores><threads>1</threads><mhz>2000</mhz><model>m1</model></cpu><memory>4096</memory></node>\n' > n.xml && hvsh -c test:n.xml 'nodeinfo; uri'
>>>
CPU model:           m1
CPU(s):              4
CPU frequency:       2000 MHz
CPU socket(s):       1
Core(s) per socket:  4
Thread(s) per core:  1
NUMA cell(s):        1
Memory size:         4096 KiB

test://n.xml

>>>= 0
