/**
 * What source-controller leaves out of an artifact: go-git's gitignore matching ({@link
 * dev.hops.flux.internal.ignore.GitIgnore}, {@link dev.hops.flux.internal.ignore.IgnorePattern},
 * Go's {@code filepath.Match} over UTF-8 bytes in {@link dev.hops.flux.internal.ignore.GoGlob}),
 * fluxcd/pkg's sourceignore defaults and {@code .sourceignore} loading ({@link
 * dev.hops.flux.internal.ignore.SourceIgnore}), and a tree that hides what they exclude ({@link
 * dev.hops.flux.internal.ignore.IgnoredTree}).
 */
package dev.hops.flux.internal.ignore;
