package dev.bulwark.secrets;

/**
 * A secret found in a byte buffer.
 *
 * @param start byte offset of the secret in the buffer
 * @param end byte offset just past it
 * @param match the match (its {@code start}/{@code end} are the same offsets)
 */
public record ByteMatch(int start, int end, SecretMatch match) {}
