/**
 * Git revisions as source trees: a revision's entries indexed once ({@code TreeIndex}, from a
 * commit's tree or from the working tree with Git's ignore rules), their bytes read lazily from the
 * object database or the disk ({@code Content}), symbolic links followed as the file system does
 * ({@code LinkResolver}), and the files that differ, compared by object id ({@code FileChanges}).
 */
package dev.hops.diff.internal.git;
