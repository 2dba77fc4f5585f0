/**
 * {@code hops check}: rules over a rendered Flux repository ({@link dev.hops.check.Checker}, {@link
 * dev.hops.check.Rule}, {@link dev.hops.check.Finding}); the built-in rules are in {@code rules}.
 */
package dev.hops.check;
