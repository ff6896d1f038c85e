/*
 * The monotonic clock, for deadlines and timings (keepalive, --wait,
 * -t): never set back, unlike the time of day.
 */
#ifndef HV_UTIL_CLOCK_H
#define HV_UTIL_CLOCK_H

/* Nanoseconds since some fixed moment. */
long long hv_clock_ns(void);

#endif
