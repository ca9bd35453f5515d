package org.lvzhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lvzhi.platform.files.AttachmentSettings;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The request limits let an anonymous upload to a public form through up to the attachments' request
 * limit (the form then refuses a file above 10 MB with its own message); any other anonymous body
 * keeps the small limit.
 */
class RequestLimitsUploadTests {

	private final RequestLimits limits = new RequestLimits(new LimitSettings(256 * 1024, 2 * 1024 * 1024, 100_000, 20, 60),
			new AttachmentSettings(null, null, null, null));

	private int post(String path, String contentType, int bytes) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setContentType(contentType);
		request.setContent(new byte[bytes]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		limits.doFilter(request, response, chain);
		return chain.getRequest() != null ? 200 : response.getStatus();
	}

	@Test
	void anAnonymousUploadToAPublicFormPassesUpToTheAttachmentsLimit() throws Exception {
		assertThat(post("/public/petitions/new", "multipart/form-data; boundary=x", 11 * 1024 * 1024)).isEqualTo(200);
		assertThat(post("/public/petitions/new", "multipart/form-data; boundary=x", 64 * 1024 * 1024 + 1)).isEqualTo(413);
	}

	@Test
	void anyOtherAnonymousBodyKeepsTheSmallLimit() throws Exception {
		assertThat(post("/public/petitions/new", "application/x-www-form-urlencoded", 300 * 1024)).isEqualTo(413);
		assertThat(post("/register", "multipart/form-data; boundary=x", 300 * 1024)).isEqualTo(413);
	}
}
