package dev.opsdojo.calc.controlplane;

/**
 * One step of a Deployment's way from {@code kubectl apply} to traffic: who acts ({@code actor}), whom it sends
 * the request to ({@code target}), which API object changes, what happens, and the documentation page saying so.
 */
public record JourneyStep(int number, Component actor, Component target, String apiObject, String title, String text, String source) {
}
