/**
 * A port of the parts of goyaml.v2 (as vendored by sigs.k8s.io/yaml v1.4.0) that decide how
 * kustomize prints a resource: {@link dev.hops.yaml.internal.v2.V2Encoder} walks the value as
 * {@code yaml.Marshal} does (keys in {@link dev.hops.yaml.internal.v2.V2KeyOrder}, strings quoted
 * when {@link dev.hops.yaml.internal.v2.V2Resolver} says plain text would read back as something
 * else), and {@link dev.hops.yaml.internal.v2.V2Emitter} is libyaml's emitter state machine with
 * its scalar analysis and writers ({@code V2ScalarAnalysis}, {@code V2Scalars}, {@code V2Output}).
 *
 * <p>Only what kustomize's output path exercises is ported: one implicit document per call, block
 * collections, no tags, no anchors; the emitter settings are those of {@code yaml.Marshal}.
 */
package dev.hops.yaml.internal.v2;
