package dev.bulwark.store;

/**
 * The result of saving a report.
 *
 * @param scanId the store's id of the scan
 * @param created false when a scan with the same report id was already stored (nothing changed)
 */
public record SaveOutcome(long scanId, boolean created) {}
