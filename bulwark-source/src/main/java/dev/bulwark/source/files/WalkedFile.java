package dev.bulwark.source.files;

import java.nio.file.Path;

/** A regular file the walk handed over for scanning. */
public record WalkedFile(Path absolute, String relative, long size) {}
