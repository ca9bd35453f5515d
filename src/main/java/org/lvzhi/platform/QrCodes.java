package org.lvzhi.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** Draws a link as a QR-code PNG: the liaison stations' printable codes, an authenticator app's key. */
public final class QrCodes {

	private QrCodes() {
	}

	/** The PNG as a {@code data:} URI, for an image that must not be fetched by another request. */
	public static String dataUri(String text, int size) {
		return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png(text, size));
	}

	public static byte[] png(String text, int size) {
		try {
			BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < m.getHeight(); y++) {
				for (int x = 0; x < m.getWidth(); x++) {
					image.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
