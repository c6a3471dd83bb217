/**
 * Load benchmark of the HTTP server: many concurrent clients on loopback against a running
 * {@code storyline serve}, reporting throughput, latency percentiles and errors per endpoint.
 */
package org.storyline.bench.server;
