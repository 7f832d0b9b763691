package com.pushstudio.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files and folders only their owner can read: the data folder holds the database, the
 * sandbox's private key and users' uploads. Folders are 0700, files 0600; where the file
 * system has no POSIX permissions (Windows) the calls do what they say without them.
 */
public final class OwnerOnlyFiles {

	static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private OwnerOnlyFiles() {
	}

	/** Creates the folder and any missing parent as 0700; an existing one is made so. */
	public static Path createFolder(Path folder) {
		try {
			Path absolute = folder.toAbsolutePath();
			if (!Files.isDirectory(absolute)) {
				Path parent = absolute.getParent();
				if (parent != null && !Files.isDirectory(parent)) {
					createFolder(parent);
				}
				Files.createDirectories(absolute, attributes(FOLDER));
			}
			restrict(absolute, FOLDER);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the folder " + folder, ex);
		}
	}

	/**
	 * Creates an empty file as 0600 (truncating one that exists and making it 0600), in a
	 * folder made 0700 if missing.
	 */
	public static Path createFile(Path file) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null && !Files.isDirectory(parent)) {
				createFolder(parent);
			}
			if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
				Files.write(file, new byte[0]);
				restrict(file, FILE);
			}
			else {
				Files.createFile(file, attributes(FILE));
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the file " + file, ex);
		}
	}

	/**
	 * Makes the folder 0700 and everything in it owner-only: files that others (the
	 * database, before the folder was tightened) created with the default mode.
	 */
	public static void restrictTree(Path folder) throws IOException {
		if (!POSIX || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isSymbolicLink(path)) {
					continue;
				}
				restrict(path, Files.isDirectory(path) ? FOLDER : FILE);
			}
		}
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (POSIX) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

	private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
		return POSIX ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) }
				: new FileAttribute<?>[0];
	}

}
