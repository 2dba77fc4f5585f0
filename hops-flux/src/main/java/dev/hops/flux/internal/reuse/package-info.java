/**
 * Reusing work across renders of different trees (two revisions of a repository): a build records
 * every question it asks of its tree and the answer ({@link
 * dev.hops.flux.internal.reuse.RecordingTree}, {@link dev.hops.flux.internal.reuse.Recording}); a
 * later build with the same key may take the recorded result when the new tree gives the same
 * answers to all of them ({@link dev.hops.flux.internal.reuse.Memo}). The answers of a tree are
 * kept while the tree is in use ({@link dev.hops.flux.internal.reuse.Answers}), so a file shared by
 * many builds is read and hashed once per tree.
 */
package dev.hops.flux.internal.reuse;
