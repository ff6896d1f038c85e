# 2150-ints: integer and scaled-size options.  Numbers are decimal;
# leading white space and '+' are accepted, unsigned options refuse any
# '-'; sizes take virsh's suffixes and their limits.  A value is checked
# when the command reads it, after the domain or pool it names is found.
# Expectations are virsh 9.0's (tests/run-cli --virsh checks them).

# --- unsigned: setvcpus <count>
=== setvcpus: the largest unsigned reaches the driver, printed signed
$ hvsh -c test:///default setvcpus test 4294967295
>>>

>>>2
error: invalid argument: requested cpu amount exceeds maximum supported amount (-1 > 32)
>>>= 1

=== setvcpus: one past unsigned
$ hvsh -c test:///default setvcpus test 4294967296
>>>

>>>2
error: Numeric value '4294967296' for <count> option is malformed or out of range
>>>= 1

=== setvcpus: negative
$ hvsh -c test:///default setvcpus test -- -1
>>>

>>>2
error: Numeric value '-1' for <count> option is malformed or out of range
>>>= 1

=== setvcpus: minus zero is refused too
$ hvsh -c test:///default setvcpus test -- -0
>>>

>>>2
error: Numeric value '-0' for <count> option is malformed or out of range
>>>= 1

=== setvcpus: plus sign and leading spaces
$ hvsh -c test:///default setvcpus test ' +1' --config
>>>

>>>= 0

=== setvcpus: leading zeros are decimal
$ hvsh -c test:///default setvcpus test 010
>>>

>>>2
error: invalid argument: requested cpu amount exceeds maximum (10 > 2)
>>>= 1

=== setvcpus: hexadecimal
$ hvsh -c test:///default setvcpus test 0x10
>>>

>>>2
error: Numeric value '0x10' for <count> option is malformed or out of range
>>>= 1

=== setvcpus: exponent
$ hvsh -c test:///default setvcpus test 1e3
>>>

>>>2
error: Numeric value '1e3' for <count> option is malformed or out of range
>>>= 1

=== setvcpus: empty
$ hvsh -c test:///default setvcpus test ''
>>>

>>>2
error: Numeric value '' for <count> option is malformed or out of range
>>>= 1

=== setvcpus: trailing blank
$ hvsh -c test:///default setvcpus test '1 '
>>>

>>>2
error: Numeric value '1 ' for <count> option is malformed or out of range
>>>= 1

=== setvcpus: trailing garbage
$ hvsh -c test:///default setvcpus test 1x
>>>

>>>2
error: Numeric value '1x' for <count> option is malformed or out of range
>>>= 1

=== setvcpus: zero
$ hvsh -c test:///default setvcpus test 0
>>>

>>>2
error: Can't set 0 processors for a VM
>>>= 1

=== setvcpus: the domain is looked up before the number is read
$ hvsh -c test:///default setvcpus nosuch abc
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

=== setvcpus: --count= with the domain after it
$ hvsh -c test:///default setvcpus --count= x
>>>

>>>2
error: failed to get domain 'x'
>>>= 1


# --- signed: freecell --cellno, dommemstat --period
=== freecell: negative reaches the API
$ hvsh -c test:///default freecell -- -1
>>>

>>>2
error: startCell in virNodeGetCellsFreeMemory must be zero or greater
>>>= 1

=== freecell: smallest int
$ hvsh -c test:///default freecell --cellno -2147483648
>>>

>>>2
error: startCell in virNodeGetCellsFreeMemory must be zero or greater
>>>= 1

=== freecell: one below int
$ hvsh -c test:///default freecell --cellno -2147483649
>>>

>>>2
error: Numeric value '-2147483649' for <cellno> option is malformed or out of range
>>>= 1

=== freecell: one past int
$ hvsh -c test:///default freecell --cellno 2147483648
>>>

>>>2
error: Numeric value '2147483648' for <cellno> option is malformed or out of range
>>>= 1

=== freecell: minus zero is zero
$ hvsh -c test:///default freecell --cellno -0
>>>
0: 2048 KiB

>>>= 0

=== freecell: plus sign and leading space
$ hvsh -c test:///default freecell --cellno ' +1'
>>>
1: 4096 KiB

>>>= 0

=== freecell: hexadecimal
$ hvsh -c test:///default freecell --cellno 0x1
>>>

>>>2
error: Numeric value '0x1' for <cellno> option is malformed or out of range
>>>= 1

=== freecell: empty
$ hvsh -c test:///default freecell --cellno ''
>>>

>>>2
error: Numeric value '' for <cellno> option is malformed or out of range
>>>= 1

=== freecell: trailing garbage
$ hvsh -c test:///default freecell --cellno 1k
>>>

>>>2
error: Numeric value '1k' for <cellno> option is malformed or out of range
>>>= 1

=== freecell: exclusive options come before the number
$ hvsh -c test:///default freecell --all --cellno x
>>>

>>>2
error: Options --all and --cellno are mutually exclusive
>>>= 1

=== dommemstat: negative period
$ hvsh -c test:///default dommemstat test --period -1
>>>

>>>2
error: Invalid collection period value '-1'
>>>= 1

=== dommemstat: empty period is a bad number
$ hvsh -c test:///default dommemstat test --period ''
>>>

>>>2
error: Numeric value '' for <period> option is malformed or out of range
>>>= 1

=== dommemstat: period out of range
$ hvsh -c test:///default dommemstat test --period 2147483648
>>>

>>>2
error: Numeric value '2147483648' for <period> option is malformed or out of range
>>>= 1

=== dommemstat: the domain comes before the period
$ hvsh -c test:///default dommemstat nosuch --period x
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

=== dommemstat: --period= with the domain after it
$ hvsh -c test:///default dommemstat --period= x
>>>

>>>2
error: failed to get domain 'x'
>>>= 1

=== dommemstat: --period without a value wants a number
$ hvsh -c test:///default dommemstat test --period
>>>2
error: expected syntax: --period <number>
>>>= 1

=== dommemstat: the synopsis says number
$ hvsh help dommemstat | grep -o -F -- '--period <number>'
>>>
--period <number>
--period <number>
>>>= 0


# --- scaled, KiB by default: setmem, setmaxmem <size>
=== setmem: bare numbers are KiB
$ hvsh -c test:///default 'setmem test 1000 --config; dumpxml test --inactive --xpath //currentMemory'
>>>

<currentMemory unit="KiB">1000</currentMemory>

>>>= 0

=== setmem: bytes round up to a KiB
$ hvsh -c test:///default 'setmem test 1025b --config; dumpxml test --inactive --xpath //currentMemory'
>>>

<currentMemory unit="KiB">2</currentMemory>

>>>= 0

=== setmem: decimal and binary suffixes
$ hvsh -c test:///default 'setmem test 1MB --config; dumpxml test --inactive --xpath //currentMemory; setmem test 1MiB --config; dumpxml test --inactive --xpath //currentMemory'
>>>

<currentMemory unit="KiB">977</currentMemory>


<currentMemory unit="KiB">1024</currentMemory>

>>>= 0

=== setmem: unknown suffix
$ hvsh -c test:///default setmem test 1q
>>>

>>>2
error: Scaled numeric value '1q' for <size> option is malformed or out of range
error: invalid argument: unknown suffix 'q'
>>>= 1

=== setmem: blank before the suffix
$ hvsh -c test:///default setmem test '1 k'
>>>

>>>2
error: Scaled numeric value '1 k' for <size> option is malformed or out of range
error: invalid argument: unknown suffix ' k'
>>>= 1

=== setmem: suffix with trailing blank
$ hvsh -c test:///default setmem test '1kib '
>>>

>>>2
error: Scaled numeric value '1kib ' for <size> option is malformed or out of range
error: invalid argument: unknown suffix 'kib '
>>>= 1

=== setmem: more bytes than an unsigned long
$ hvsh -c test:///default setmem test 18014398509481984
>>>

>>>2
error: Scaled numeric value '18014398509481984' for <size> option is malformed or out of range
error: numerical overflow: value too large: 18014398509481984
>>>= 1

=== setmem: suffix that overflows
$ hvsh -c test:///default setmem test 16E
>>>

>>>2
error: Scaled numeric value '16E' for <size> option is malformed or out of range
error: numerical overflow: value too large: 16E
>>>= 1

=== setmem: number that overflows before the suffix
$ hvsh -c test:///default setmem test 99999999999999999999E
>>>

>>>2
error: Scaled numeric value '99999999999999999999E' for <size> option is malformed or out of range
>>>= 1

=== setmem: negative
$ hvsh -c test:///default setmem test -- -1
>>>

>>>2
error: Scaled numeric value '-1' for <size> option is malformed or out of range
>>>= 1

=== setmem: hexadecimal
$ hvsh -c test:///default setmem test 0x10
>>>

>>>2
error: Scaled numeric value '0x10' for <size> option is malformed or out of range
error: invalid argument: unknown suffix 'x10'
>>>= 1

=== setmem: empty
$ hvsh -c test:///default setmem test ''
>>>

>>>2
error: Scaled numeric value '' for <size> option is malformed or out of range
>>>= 1

=== setmem: the domain is looked up before the size is read
$ hvsh -c test:///default setmem nosuch abc
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1

=== setmem: --size= with the domain after it
$ hvsh -c test:///default setmem --size= x
>>>

>>>2
error: failed to get domain 'x'
>>>= 1

=== setmaxmem: suffix that overflows
$ hvsh -c test:///default setmaxmem test 16E
>>>

>>>2
error: Scaled numeric value '16E' for <size> option is malformed or out of range
error: numerical overflow: value too large: 16E
>>>= 1

=== setmaxmem: the domain comes first
$ hvsh -c test:///default setmaxmem nosuch 1q
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 1


# --- vol-create-as: sizes in bytes, up to the largest unsigned long long
=== vol-create-as: largest size passes the shell, the pool refuses it
$ hvsh -c test:///default vol-create-as default-pool v 18446744073709551615
>>>

>>>2
error: Failed to create vol v
error: numerical overflow: value too large: 18446744073709551615
>>>= 1

=== vol-create-as: one past
$ hvsh -c test:///default vol-create-as default-pool v 18446744073709551616
>>>

>>>2
error: Malformed size 18446744073709551616
>>>= 1

=== vol-create-as: 8E is beyond what a volume may hold
$ hvsh -c test:///default vol-create-as default-pool v 8E
>>>

>>>2
error: Failed to create vol v
error: numerical overflow: value too large: 9223372036854775808
>>>= 1

=== vol-create-as: suffix that overflows
$ hvsh -c test:///default vol-create-as default-pool v 16E --allocation 17E
>>>

>>>2
error: Malformed size 16E
error: numerical overflow: value too large: 16E
>>>= 1

=== vol-create-as: allocation overflows
$ hvsh -c test:///default vol-create-as default-pool v 1 --allocation 17E
>>>

>>>2
error: Malformed size 17E
error: numerical overflow: value too large: 17E
>>>= 1

=== vol-create-as: unknown suffix
$ hvsh -c test:///default vol-create-as default-pool v 1x
>>>

>>>2
error: Malformed size 1x
error: invalid argument: unknown suffix 'x'
>>>= 1

=== vol-create-as: negative
$ hvsh -c test:///default vol-create-as default-pool v -- -1
>>>

>>>2
error: Malformed size -1
>>>= 1

=== vol-create-as: blanks and plus
$ hvsh -c test:///default vol-create-as default-pool v ' 1k' --allocation ' +2' --print-xml
>>>
<volume>
  <name>v</name>
  <capacity>1024</capacity>
  <allocation>2</allocation>
</volume>

>>>= 0

=== vol-create-as: suffixes
$ hvsh -c test:///default vol-create-as default-pool v 1KB --allocation 1kib --print-xml
>>>
<volume>
  <name>v</name>
  <capacity>1000</capacity>
  <allocation>1024</allocation>
</volume>

>>>= 0

=== vol-create-as: empty allocation counts as none
$ hvsh -c test:///default vol-create-as default-pool v 1 --allocation '' --print-xml
>>>
<volume>
  <name>v</name>
  <capacity>1</capacity>
</volume>

>>>= 0

=== vol-create-as: empty capacity
$ hvsh -c test:///default vol-create-as default-pool v ''
>>>

>>>2
error: Failed to get option 'capacity': Option argument is empty
>>>= 1

=== vol-create-as: the pool comes first
$ hvsh -c test:///default vol-create-as nosuch v ''
>>>

>>>2
error: failed to get pool 'nosuch'
error: Storage pool not found: no storage pool with matching name 'nosuch'
>>>= 1

