package org.lvzhi.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One load thread's HTTP/1.1 connection, kept alive, carrying a signed-in session's cookie: GET
 * requests and form POSTs written straight to the socket and answers read by Content-Length or
 * chunks. Cookies the app sets (a new session, a device cookie) are kept in a small jar and sent
 * back, so an anonymous visitor's GET and POST belong together; {@link #forget} starts the next
 * visitor on the same socket.
 *
 * <p>Why not the JDK client for the load: on this machine it spent 0.8–1.8 ms of CPU per request
 * of its own (its selector thread, futures and timers), about as much as the app spends on a small
 * page, and the load generator shares the two cores with the app; this one spends a few
 * microseconds. Sign-in and checks still use {@link Http}.
 */
public final class KeepAlive implements AutoCloseable {

	/** A status, the Location header (or {@code null}) and the body, decoded as UTF-8. */
	public record Response(int status, String location, String body) {
	}

	private final String host;
	private final int port;
	private final String cookie;
	private final Map<String, String> jar = new LinkedHashMap<>();
	private Socket socket;
	private InputStream in;
	private OutputStream out;

	KeepAlive(String base, String cookie) {
		URI uri = URI.create(base);
		this.host = uri.getHost();
		this.port = uri.getPort() == -1 ? 80 : uri.getPort();
		this.cookie = cookie;
	}

	/** A client without an account and without cookies yet, as a visitor's phone. */
	public static KeepAlive anonymous(String base) {
		return new KeepAlive(base, null);
	}

	/** Forgets the cookies the app set: the next request comes from a new visitor. */
	public void forget() {
		jar.clear();
	}

	/** The value of a cookie the app set, or {@code null}. */
	public String cookie(String name) {
		return jar.get(name);
	}

	public Response get(String pathAndQuery) throws IOException {
		String accept = pathAndQuery.startsWith("/api/") ? "application/json" : "text/html";
		return send(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: " + accept
				+ "\r\nAccept-Language: zh-CN\r\n" + cookies() + "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	/** POSTs a complete form body ({@code application/x-www-form-urlencoded}, CSRF token included). */
	public Response post(String path, String form) throws IOException {
		byte[] body = form.getBytes(StandardCharsets.UTF_8);
		byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
				+ "\r\nAccept: text/html\r\nAccept-Language: zh-CN\r\nContent-Type: application/x-www-form-urlencoded"
				+ "\r\nContent-Length: " + body.length + "\r\n" + cookies() + "\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] request = new byte[head.length + body.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(body, 0, request, head.length, body.length);
		return send(request);
	}

	private String cookies() {
		if (jar.isEmpty()) {
			return cookie == null ? "" : "Cookie: " + cookie + "\r\n";
		}
		StringBuilder b = new StringBuilder("Cookie: ");
		if (cookie != null) {
			b.append(cookie).append("; ");
		}
		jar.forEach((k, v) -> b.append(k).append('=').append(v).append("; "));
		b.setLength(b.length() - 2);
		return b.append("\r\n").toString();
	}

	private Response send(byte[] request) throws IOException {
		boolean reused = socket != null;
		try {
			return exchange(request);
		}
		catch (EOFException e) {
			// The server closes a kept-alive connection after some requests or when idle: once more, on a new one.
			if (!reused) {
				throw e;
			}
			closeSocket();
			return exchange(request);
		}
	}

	private Response exchange(byte[] request) throws IOException {
		if (socket == null) {
			socket = new Socket(host, port);
			socket.setTcpNoDelay(true);
			in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
			out = socket.getOutputStream();
		}
		out.write(request);
		out.flush();
		String statusLine = line(true);
		String[] parts = statusLine.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
			throw new IOException("not an HTTP answer: " + statusLine);
		}
		int status = Integer.parseInt(parts[1]);
		long length = -1;
		boolean chunked = false;
		boolean close = false;
		String location = null;
		for (String header = line(false); !header.isEmpty(); header = line(false)) {
			String h = header.toLowerCase(Locale.ROOT);
			if (h.startsWith("set-cookie:")) {
				remember(header.substring(11).trim());
			}
			else if (h.startsWith("location:")) {
				location = header.substring(9).trim();
			}
			else if (h.startsWith("content-length:")) {
				length = Long.parseLong(h.substring(15).trim());
			}
			else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
				chunked = true;
			}
			else if (h.startsWith("connection:") && h.contains("close")) {
				close = true;
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
		if (chunked) {
			for (int size = chunkSize(); size > 0; size = chunkSize()) {
				body.write(exactly(size));
				line(false);
			}
			for (String trailer = line(false); !trailer.isEmpty(); trailer = line(false)) {
				// trailers are not used
			}
		}
		else if (length >= 0) {
			body.write(exactly((int) length));
		}
		else {
			body.write(in.readAllBytes());
			close = true;
		}
		if (close) {
			closeSocket();
		}
		return new Response(status, location, body.toString(StandardCharsets.UTF_8));
	}

	/** Keeps {@code name=value} of a Set-Cookie header; an expired or empty one removes the cookie. */
	private void remember(String setCookie) {
		int semicolon = setCookie.indexOf(';');
		String pair = semicolon < 0 ? setCookie : setCookie.substring(0, semicolon);
		int eq = pair.indexOf('=');
		if (eq <= 0) {
			return;
		}
		String name = pair.substring(0, eq).trim();
		String value = pair.substring(eq + 1).trim();
		String attributes = setCookie.toLowerCase(Locale.ROOT);
		if (value.isEmpty() || attributes.contains("max-age=0")) {
			jar.remove(name);
		}
		else {
			jar.put(name, value);
		}
	}

	private int chunkSize() throws IOException {
		String line = line(false);
		int semicolon = line.indexOf(';');
		return Integer.parseInt((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
	}

	private byte[] exactly(int n) throws IOException {
		byte[] bytes = in.readNBytes(n);
		if (bytes.length < n) {
			throw new IOException("connection closed in the middle of an answer");
		}
		return bytes;
	}

	/** A header line without its CRLF; at the status line, end of stream is an {@link EOFException}. */
	private String line(boolean status) throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int c = in.read();; c = in.read()) {
			if (c == -1) {
				if (status && line.isEmpty()) {
					throw new EOFException("connection closed by the server");
				}
				throw new IOException("connection closed in the middle of an answer");
			}
			if (c == '\n') {
				return line.toString();
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
	}

	private void closeSocket() throws IOException {
		if (socket != null) {
			try {
				socket.close();
			}
			finally {
				socket = null;
				in = null;
				out = null;
			}
		}
	}

	@Override
	public void close() throws IOException {
		closeSocket();
	}
}
