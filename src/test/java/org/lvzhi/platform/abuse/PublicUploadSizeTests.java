package org.lvzhi.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A public form with attachments (an online petition) may send a body up to the attachments'
 * request limit, so that a file above an attachment's own 10 MB reaches the form and its message;
 * every other anonymous post keeps the small limit of a text form.
 */
class PublicUploadSizeTests {

	private static final long TEXT_FORM = 64 * 1024;
	private static final long UPLOAD = 64L * 1024 * 1024;

	private static int post(String path, String contentType, int bytes) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setContentType(contentType);
		request.setContent(new byte[bytes]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		new AbuseFilters.FormSizeFilter(TEXT_FORM, UPLOAD).doFilter(request, response, chain);
		return chain.getRequest() != null ? 200 : response.getStatus();
	}

	@Test
	void anElevenMegabyteFileReachesThePublicFormThatSaysItIsTooLarge() throws Exception {
		assertThat(post("/public/petitions/new", "multipart/form-data; boundary=x", 11 * 1024 * 1024)).isEqualTo(200);
	}

	@Test
	void aTextFormOrAnotherPathKeepsTheSmallLimit() throws Exception {
		assertThat(post("/public/petitions/new", "application/x-www-form-urlencoded", 100 * 1024)).isEqualTo(413);
		assertThat(post("/login", "multipart/form-data; boundary=x", 100 * 1024)).isEqualTo(413);
		assertThat(post("/public/petitions/new", "multipart/form-data; boundary=x", (int) UPLOAD + 1)).isEqualTo(413);
	}
}
