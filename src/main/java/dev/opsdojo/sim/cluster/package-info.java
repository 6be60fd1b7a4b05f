/**
 * The Kubernetes control-plane model of the scale-out simulator: nodes, pods, the scheduler, the ReplicaSet, the
 * HPA controller, the Cluster Autoscaler, node failures and self-healing, in simulated time.
 *
 * <p><b>For the request engine.</b> {@link dev.opsdojo.sim.cluster.ControlPlane} is a deterministic state machine:
 * an outer event loop asks {@link dev.opsdojo.sim.cluster.ControlPlane#nextEventTime()}, runs its own events up to
 * that time, then calls {@link dev.opsdojo.sim.cluster.ControlPlane#advanceTo(double)} and applies the returned
 * {@link dev.opsdojo.sim.cluster.PodChange}s: a pod is created (ADDED), joins or leaves the load balancer's targets
 * (ROUTABLE / UNROUTABLE), dies (KILLED: its requests fail, and so do requests still routed to it until it is
 * UNROUTABLE), drains (TERMINATING), disappears (REMOVED), or gets slower (SLOW_FACTOR_CHANGED). The engine feeds
 * pod CPU back through {@link dev.opsdojo.sim.cluster.MetricsSource}. Node counts come as
 * {@link dev.opsdojo.sim.cluster.NodeChange}s and every controller decision as a
 * {@link dev.opsdojo.sim.cluster.Decision} with a kind and numbers, for the explanation panel.
 *
 * <p>Timings follow Kubernetes' defaults: HPA sync 15 s, tolerance 0.1, downscale stabilization 300 s, CPU
 * initialization period 300 s, initial readiness delay 30 s; Cluster Autoscaler scan 10 s, utilization threshold
 * 0.5, unneeded time and delay after add 10 min, unready time 20 min; node-monitor grace period 50 s (v1.32+),
 * not-ready toleration 300 s, termination grace 30 s, crash restart back-off 10 s doubling to 300 s. A killed
 * pod is replaced by the ReplicaSet; a crashed container is restarted in place by the kubelet.
 */
package dev.opsdojo.sim.cluster;
