/**
 * Queueing models for capacity questions: M/M/c (one shared FIFO queue), M/M/c/K (a bounded system that drops the
 * excess), c separate M/M/1 queues (a random load balancer), and the closed model of N users with think time in front
 * of one pool of c servers. Formulas and numerical cautions follow {@code shared/specs/QUEUEING.md}; everything is
 * computed in a way that stays finite for thousands of servers (recursions and log space, never big factorials).
 * Times are in seconds and rates in requests per second.
 */
package dev.opsdojo.calc.queue;
