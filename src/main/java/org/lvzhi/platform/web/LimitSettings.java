package org.lvzhi.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one request may send and how long it may run ({@code lvzhi.limits}).
 *
 * @param anonymousBodyBytes the largest body accepted from someone not signed in
 * @param signedInBodyBytes the largest form body (file uploads aside) from a signed-in user
 * @param maxFieldLength the longest single text field, in characters
 * @param stuckRequestWarnSeconds a request running longer is logged with its stack
 * @param stuckRequestInterruptSeconds a request running longer has its thread interrupted
 */
@ConfigurationProperties("lvzhi.limits")
record LimitSettings(long anonymousBodyBytes, long signedInBodyBytes, int maxFieldLength, int stuckRequestWarnSeconds,
		int stuckRequestInterruptSeconds) {

	LimitSettings {
		anonymousBodyBytes = anonymousBodyBytes <= 0 ? 256 * 1024 : anonymousBodyBytes;
		signedInBodyBytes = signedInBodyBytes <= 0 ? 2 * 1024 * 1024 : signedInBodyBytes;
		maxFieldLength = maxFieldLength <= 0 ? 100_000 : maxFieldLength;
		stuckRequestWarnSeconds = stuckRequestWarnSeconds <= 0 ? 20 : stuckRequestWarnSeconds;
		stuckRequestInterruptSeconds = stuckRequestInterruptSeconds <= 0 ? 60 : stuckRequestInterruptSeconds;
	}
}
