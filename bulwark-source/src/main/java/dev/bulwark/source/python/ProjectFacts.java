package dev.bulwark.source.python;

/**
 * Facts about the whole project that single-file rules need.
 *
 * @param dotEnvFiles how many {@code .env*} files the tree holds (a committed {@code .env} makes
 *     {@code load_dotenv()} in production code a risk)
 */
public record ProjectFacts(int dotEnvFiles) {}
