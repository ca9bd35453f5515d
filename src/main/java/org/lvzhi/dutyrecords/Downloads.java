package org.lvzhi.dutyrecords;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;

import jakarta.servlet.http.HttpServletResponse;

/** Sends a generated file as a download with a Chinese file name. */
final class Downloads {

	private Downloads() {
	}

	static void send(HttpServletResponse response, String contentType, String fileName, byte[] body) throws IOException {
		response.setContentType(contentType);
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}
}
