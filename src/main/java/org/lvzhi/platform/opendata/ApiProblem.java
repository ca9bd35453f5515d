package org.lvzhi.platform.opendata;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A refusal of the API as problem details (RFC 9457, {@code application/problem+json}).
 *
 * @param type {@code about:blank}: the status says what kind of problem it is
 * @param title the status in the caller's language
 * @param status the HTTP status
 * @param detail what was wrong with this call, in the caller's language
 * @param instance the path that was called
 */
@Schema(description = "Problem details (RFC 9457)")
public record ApiProblem(@Schema(example = "about:blank") String type, @Schema(example = "参数错误") String title,
		@Schema(example = "400") int status, @Schema(example = "参数 size 的值 500 不可用") String detail,
		@Schema(example = "/api/v1/laws") String instance) {

	public static final String MEDIA_TYPE = "application/problem+json";
}
