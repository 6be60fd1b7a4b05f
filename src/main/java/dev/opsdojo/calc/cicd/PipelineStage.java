package dev.opsdojo.calc.cicd;

/** The stages of a build-and-push-to-ECR pipeline, in the order a workflow runs them. */
public enum PipelineStage { CHECKOUT, CREDENTIALS, REGISTRY_LOGIN, BUILD, TAG, PUSH, DEPLOY }
