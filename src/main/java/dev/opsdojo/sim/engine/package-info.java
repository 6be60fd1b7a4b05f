/**
 * The request-level discrete-event simulation engine behind the scale-out simulator: every request is simulated from
 * arrival through load-balancer choice, queueing and service to completion or error. Pure Java, deterministic for a
 * given configuration and seed, bounded in memory for any run length. {@link dev.opsdojo.sim.engine.Simulation} is the
 * entry point; a control-plane layer drives pods through its pod API and scheduled callbacks.
 */
package dev.opsdojo.sim.engine;
