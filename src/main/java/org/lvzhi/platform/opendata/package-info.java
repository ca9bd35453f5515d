/**
 * Open data: what every module's public lists share when they are served under {@code /api/v1} as
 * JSON and CSV. The page envelope ({@link ApiPage}), the CSV writer ({@link Csv}), the description
 * of a dataset each module contributes as a bean ({@link Dataset}) and the DCAT catalogue built from
 * them, problem details (RFC 9457) for every refusal under {@code /api/v1}, ETag and caching
 * headers, and a rate limit per client address that holds behind a trusted reverse proxy.
 */
@org.springframework.modulith.NamedInterface("opendata")
package org.lvzhi.platform.opendata;
